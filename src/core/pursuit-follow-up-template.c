/* pursuit-follow-up-template.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-follow-up-template"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-follow-up-template.h"

/* Longest placeholder name we look for between braces; anything longer is
 * plain text with braces in it. */
#define MAX_NAME_LENGTH 32

static const char * const placeholders[] = {
  "{company}",
  "{title}",
  "{contact_name}",
  "{contact_first_name}",
  "{applied_date}",
  "{interview_date}",
  "{my_name}",
  NULL
};

static GTimeZone *
context_time_zone (const PursuitTemplateContext *context)
{
  if (context != NULL && context->time_zone != NULL)
    return g_time_zone_ref (context->time_zone);

  return g_time_zone_new_local ();
}

static char *
format_date (GDateTime *date_time)
{
  return date_time != NULL ? g_date_time_format (date_time, "%x") : NULL;
}

/* applied-date is "YYYY-MM-DD", perhaps followed by a time: the date part
 * is the day the user applied, wherever they are now. Text that is not a
 * date is shown as it is rather than dropped. */
static char *
format_applied_date (const char *text,
                     GTimeZone  *time_zone)
{
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day;

  if (text == NULL || text[0] == '\0')
    return NULL;

  if (sscanf (text, "%4d-%2d-%2d", &year, &month, &day) == 3 &&
      g_date_valid_dmy (day, month, year))
    date_time = g_date_time_new (time_zone, year, month, day, 12, 0, 0);

  if (date_time == NULL)
    return g_strdup (text);

  return format_date (date_time);
}

static char *
first_name (const char *name)
{
  g_autofree char *stripped = NULL;
  char *space;

  if (name == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (name));
  space = strpbrk (stripped, " \t");
  if (space != NULL)
    *space = '\0';

  return g_steal_pointer (&stripped);
}

/* The value of placeholder @name (without braces), or NULL when @name is
 * not a placeholder. Known placeholders without a value give "". */
static char *
lookup (const char                   *name,
        const PursuitTemplateContext *context,
        GTimeZone                    *time_zone)
{
  PursuitJob *job = context != NULL ? context->job : NULL;
  PursuitContact *contact = context != NULL ? context->contact : NULL;
  char *value = NULL;

  if (g_str_equal (name, "company"))
    value = job != NULL ? g_strdup (pursuit_job_get_company (job)) : NULL;
  else if (g_str_equal (name, "title"))
    value = job != NULL ? g_strdup (pursuit_job_get_title (job)) : NULL;
  else if (g_str_equal (name, "applied_date"))
    value = job != NULL ? format_applied_date (pursuit_job_get_applied_date (job), time_zone) : NULL;
  else if (g_str_equal (name, "contact_name"))
    value = contact != NULL ? g_strstrip (g_strdup (pursuit_contact_get_name (contact))) : NULL;
  else if (g_str_equal (name, "contact_first_name"))
    value = contact != NULL ? first_name (pursuit_contact_get_name (contact)) : NULL;
  else if (g_str_equal (name, "interview_date"))
    {
      if (context != NULL && context->interview_at > 0)
        {
          g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc (context->interview_at);
          g_autoptr(GDateTime) local = at ? g_date_time_to_timezone (at, time_zone) : NULL;

          value = format_date (local);
        }
    }
  else if (g_str_equal (name, "my_name"))
    value = context != NULL ? g_strdup (context->sender_name) : NULL;
  else
    return NULL;

  return value != NULL ? value : g_strdup ("");
}

/* Reads "{name}" at @p; returns the length of the whole placeholder, or 0
 * when @p does not start one. */
static gsize
scan_placeholder (const char *p,
                  char        name[MAX_NAME_LENGTH + 1])
{
  gsize length = 0;

  g_assert (*p == '{');

  for (p++; g_ascii_isalnum (*p) || *p == '_'; p++)
    {
      if (length == MAX_NAME_LENGTH)
        return 0;
      name[length++] = *p;
    }

  if (*p != '}' || length == 0)
    return 0;

  name[length] = '\0';
  return length + 2;
}

/* A placeholder left empty ("Hello {contact_first_name}," without a
 * contact) should not leave a space before the punctuation after it. */
static void
drop_dangling_space (GString    *out,
                     const char *next)
{
  if (out->len > 0 && out->str[out->len - 1] == ' ' &&
      *next != '\0' && strchr (",.;:!?)", *next) != NULL)
    g_string_truncate (out, out->len - 1);
}

/**
 * pursuit_follow_up_template_expand:
 * @template_: (nullable): the template
 * @context: (nullable): what the placeholders stand for
 *
 * Fills the placeholders of @template_. "{{" and "}}" write a literal
 * brace, so "{{company}}" stays "{company}".
 *
 * Returns: (transfer full): the text; "" for a %NULL template
 */
char *
pursuit_follow_up_template_expand (const char                   *template_,
                                   const PursuitTemplateContext *context)
{
  g_autoptr(GTimeZone) time_zone = NULL;
  g_autoptr(GString) out = NULL;
  const char *p;

  if (template_ == NULL)
    return g_strdup ("");

  time_zone = context_time_zone (context);
  out = g_string_sized_new (strlen (template_) + 64);

  for (p = template_; *p != '\0';)
    {
      char name[MAX_NAME_LENGTH + 1];
      g_autofree char *value = NULL;
      gsize length;

      if ((p[0] == '{' && p[1] == '{') || (p[0] == '}' && p[1] == '}'))
        {
          g_string_append_c (out, p[0]);
          p += 2;
          continue;
        }

      if (p[0] != '{' || (length = scan_placeholder (p, name)) == 0 ||
          (value = lookup (name, context, time_zone)) == NULL)
        {
          g_string_append_c (out, *p);
          p++;
          continue;
        }

      p += length;
      if (value[0] == '\0')
        drop_dangling_space (out, p);
      else
        g_string_append (out, value);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * pursuit_follow_up_template_placeholders:
 *
 * Returns: (transfer none): the placeholders with their braces, as they
 *   are written in a template ("{company}"), %NULL-terminated
 */
const char * const *
pursuit_follow_up_template_placeholders (void)
{
  return placeholders;
}

/* "Subject:" in English, or in the language the built-in templates were
 * written in; returns the length of the prefix, or 0. */
static gsize
subject_prefix_length (const char *line)
{
  /* TRANSLATORS: the header line that starts a follow-up template, as it
   * is written in the built-in templates; keep the colon */
  const char *translated = C_("email header", "Subject:");
  gsize length;

  if (g_ascii_strncasecmp (line, "Subject:", strlen ("Subject:")) == 0)
    return strlen ("Subject:");

  length = strlen (translated);
  if (length > 0 && strncmp (line, translated, length) == 0)
    return length;

  return 0;
}

/**
 * pursuit_follow_up_template_split_subject:
 * @expanded: an expanded template
 * @body_out: (out) (optional) (transfer full): the body: what follows the
 *   subject line and the blank lines after it, or all of @expanded when it
 *   has no subject
 *
 * Returns: (transfer full) (nullable): the subject without "Subject:" and
 *   surrounding spaces, or %NULL when the first line is not a subject
 */
char *
pursuit_follow_up_template_split_subject (const char  *expanded,
                                          char       **body_out)
{
  const char *end;
  const char *body;
  gsize prefix;
  char *subject;

  if (body_out != NULL)
    *body_out = NULL;

  if (expanded == NULL)
    {
      if (body_out != NULL)
        *body_out = g_strdup ("");
      return NULL;
    }

  prefix = subject_prefix_length (expanded);
  if (prefix == 0)
    {
      if (body_out != NULL)
        *body_out = g_strdup (expanded);
      return NULL;
    }

  end = strchr (expanded, '\n');
  if (end == NULL)
    end = expanded + strlen (expanded);

  subject = g_strstrip (g_strndup (expanded + prefix, end - (expanded + prefix)));

  /* Skip the blank lines between the subject and the text. */
  body = end;
  for (const char *q = end; *q != '\0'; q++)
    {
      if (*q == '\n')
        body = q + 1;
      else if (*q != '\r' && *q != ' ' && *q != '\t')
        break;
    }

  if (body_out != NULL)
    *body_out = g_strdup (body);

  return subject;
}
