/* pursuit-source-label.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-source"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-mail-matcher-private.h"
#include "pursuit-source-label.h"

/* Job boards and the words importers and people use. A name that is a
 * brand stays as the brand writes it; a word is translated. */
static const struct
{
  const char *key;
  const char *label;
  gboolean    translate;
  gboolean    in_hosts;  /* also matches a part of a host name */
} sources[] = {
  { "linkedin", "LinkedIn", FALSE, TRUE },
  { "indeed", "Indeed", FALSE, TRUE },
  { "stepstone", "StepStone", FALSE, TRUE },
  { "xing", "XING", FALSE, TRUE },
  { "glassdoor", "Glassdoor", FALSE, TRUE },
  { "monster", "Monster", FALSE, TRUE },
  { "wellfound", "Wellfound", FALSE, TRUE },
  { "welcometothejungle", "Welcome to the Jungle", FALSE, TRUE },
  { "referral", N_("Referral"), TRUE, FALSE },
  { "company site", N_("Company Site"), TRUE, FALSE },
  { "recruiter", N_("Recruiter"), TRUE, FALSE },
  { "email", N_("Email"), TRUE, FALSE },
  { "csv", N_("CSV Import"), TRUE, FALSE },
  { "web", N_("Web"), TRUE, FALSE },
};

/* Other spellings and the host names of boards whose brand differs. */
static const struct { const char *alias; const char *key; } aliases[] = {
  { "company-site", "company site" },
  { "company_site", "company site" },
  { "company website", "company site" },
  { "website", "company site" },
  { "ashbyhq", "ashby" },
  { "myworkdayjobs", "workday" },
};

/* The application tracking systems the mail matcher knows by name
 * (Greenhouse, Lever, Workday…): the same names here. */
static const char *
lookup_ats (const char *word)
{
  g_autofree char *lower = g_ascii_strdown (word, -1);

  if (_pursuit_mail_ats_display_name (lower) == lower)
    return NULL;

  return g_intern_string (lower);
}

static const char *
lookup_word (const char *word,
             gboolean    host_part)
{
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_ascii_strcasecmp (word, aliases[i].alias) == 0)
      return lookup_word (aliases[i].key, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if ((!host_part || sources[i].in_hosts) && g_ascii_strcasecmp (word, sources[i].key) == 0)
      return sources[i].key;

  return lookup_ats (word);
}

const char *
pursuit_source_get_known_key (const char *source)
{
  g_autofree char *trimmed = NULL;
  g_auto(GStrv) parts = NULL;
  const char *key;

  if (source == NULL || !g_utf8_validate (source, -1, NULL))
    return NULL;

  trimmed = g_strstrip (g_strdup (source));
  if ((key = lookup_word (trimmed, FALSE)) != NULL)
    return key;

  /* A host: "boards.greenhouse.io", "de.indeed.com", "jobs.lever.co"; the
   * last part is the top-level domain, never a board. */
  if (strchr (trimmed, '.') == NULL || strchr (trimmed, ' ') != NULL)
    return NULL;

  parts = g_strsplit (trimmed, ".", -1);
  for (guint i = 0; parts[i] != NULL && parts[i + 1] != NULL; i++)
    if ((key = lookup_word (parts[i], TRUE)) != NULL)
      return key;

  return NULL;
}

char *
pursuit_source_dup_label (const char *source)
{
  const char *key = pursuit_source_get_known_key (source);

  if (source == NULL)
    return g_strdup ("");

  if (key == NULL)
    return g_utf8_make_valid (source, -1);

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (g_str_equal (sources[i].key, key))
      return g_strdup (sources[i].translate ? _(sources[i].label) : sources[i].label);

  return g_strdup (_pursuit_mail_ats_display_name (key));
}
