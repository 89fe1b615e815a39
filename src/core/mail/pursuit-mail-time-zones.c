/* pursuit-mail-time-zones.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-time"

#include "config.h"

#include "pursuit-mail-time-private.h"

/* The zone a time is given in, when the mail says: "2:30 PM EST", "14:00
 * Uhr MEZ", "10:00 (UK time)", "9 AM Pacific Time", "UTC+1", "+01:00",
 * "Europe/Berlin". Abbreviations must be upper case: "ist" and "est" are
 * German and French words. */

/* Right after a time: a zone, as a name, an offset or both. */
static const char zone_pattern[] =
  "\\s*\\(?\\s*(?:(?<region>ET|PT|CT|MT|(?i:central european(?: summer)? time|eastern|pacific|central|mountain|"
  "uk|british|london|paris|berlin|hora peninsular|hora de españa|hora del centro de méxico|hora del centro de mexico))"
  "(?:\\s+(?i:standard time|daylight time|time))?\\b"
  "|(?<name>UTC|GMT|Z|CET|CEST|MET|MEST|MEZ|MESZ|WET|WEST|EET|EEST|BST|IST|"
  "EST|EDT|CST|CDT|MST|MDT|PST|PDT|(?i:utc|gmt))\\b)?"
  "\\s*(?:(?<sign>[+\\x{2212}-])(?<oh>\\d{1,2})(?::?(?<om>\\d{2}))?)?"
  "(?:\\s*(?<iana>[A-Z][A-Za-z]+/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?))?";

typedef struct
{
  const char *name;
  int minutes;    /* east of UTC */
} ZoneOffset;

/* The abbreviations mail really uses. */
static const ZoneOffset zone_offsets[] = {
  { "utc", 0 }, { "gmt", 0 }, { "z", 0 }, { "wet", 0 },
  { "cet", 60 }, { "met", 60 }, { "mez", 60 }, { "west", 60 }, { "bst", 60 },
  { "cest", 120 }, { "mest", 120 }, { "mesz", 120 }, { "eet", 120 },
  { "eest", 180 }, { "ist", 330 },
  { "est", -300 }, { "edt", -240 },
  { "cst", -360 }, { "cdt", -300 },
  { "mst", -420 }, { "mdt", -360 },
  { "pst", -480 }, { "pdt", -420 },
};

/* Zones named by region follow their daylight saving time. */
typedef struct
{
  const char *name;
  const char *identifier;
} RegionZone;

static const RegionZone region_zones[] = {
  { "et", "America/New_York" }, { "eastern", "America/New_York" },
  { "pt", "America/Los_Angeles" }, { "pacific", "America/Los_Angeles" },
  { "ct", "America/Chicago" }, { "central", "America/Chicago" },
  { "mt", "America/Denver" }, { "mountain", "America/Denver" },
  { "central european time", "Europe/Berlin" }, { "central european summer time", "Europe/Berlin" },
  { "uk", "Europe/London" }, { "british", "Europe/London" }, { "london", "Europe/London" },
  { "paris", "Europe/Paris" }, { "berlin", "Europe/Berlin" },
  { "hora peninsular", "Europe/Madrid" }, { "hora de españa", "Europe/Madrid" },
  { "hora del centro de méxico", "America/Mexico_City" }, { "hora del centro de mexico", "America/Mexico_City" },
};

static gpointer
compile_zone_regex (gpointer data)
{
  g_autoptr(GError) error = NULL;
  GRegex *regex = g_regex_new (zone_pattern, G_REGEX_OPTIMIZE, 0, &error);

  /* The pattern is ours: failing to compile it is a bug. */
  g_assert_no_error (error);
  return regex;
}

static GRegex *
get_zone_regex (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, compile_zone_regex, NULL);
}

/* A zone named right after @position, NULL for none. */
GTimeZone *
_pursuit_mail_time_find_zone (const char *text,
                              gsize       position)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *name = NULL;
  g_autofree char *iana = NULL;
  int offset = 0;
  gboolean have = FALSE;

  if (!g_regex_match_full (get_zone_regex (), text, -1, position, G_REGEX_MATCH_ANCHORED, &info, NULL))
    return NULL;

  if (_pursuit_mail_time_group_matched (info, "region"))
    {
      g_autofree char *region = _pursuit_mail_time_group_lower (info, "region");

      for (guint i = 0; i < G_N_ELEMENTS (region_zones); i++)
        if (g_str_equal (region_zones[i].name, region))
          {
            GTimeZone *zone = g_time_zone_new_identifier (region_zones[i].identifier);

            /* Without tzdata the region is unknown: the reader's zone. */
            if (zone != NULL)
              return zone;
          }
      return NULL;
    }

  name = g_match_info_fetch_named (info, "name");
  if (name != NULL && *name != '\0')
    {
      for (guint i = 0; i < G_N_ELEMENTS (zone_offsets); i++)
        if (g_ascii_strcasecmp (zone_offsets[i].name, name) == 0)
          {
            offset = zone_offsets[i].minutes;
            have = TRUE;
          }
    }

  if (_pursuit_mail_time_group_matched (info, "sign"))
    {
      g_autofree char *sign = g_match_info_fetch_named (info, "sign");
      int minutes = _pursuit_mail_time_group_int (info, "oh") * 60 + _pursuit_mail_time_group_int (info, "om");

      /* "+1" alone after a time could be anything; with UTC/GMT or in
       * the "+01:00" form it is an offset. */
      if (have || _pursuit_mail_time_group_matched (info, "om"))
        {
          offset += sign[0] == '+' ? minutes : -minutes;
          have = TRUE;
        }
    }

  iana = g_match_info_fetch_named (info, "iana");
  if (!have && iana != NULL && *iana != '\0')
    {
      g_autofree char *identifier = NULL;
      GTimeZone *zone;

      identifier = g_strdup (iana);
      zone = g_time_zone_new_identifier (identifier);
      if (zone != NULL)
        return zone;
    }

  if (!have)
    return NULL;

  return g_time_zone_new_offset (offset * 60);
}
