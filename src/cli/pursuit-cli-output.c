/* pursuit-cli-output.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-cli-private.h"

/* Human output: tables for lists, labelled lines for one job. Text from the
 * outside (postings, imported files) can hold escape sequences and line
 * breaks; it never reaches the terminal as is. */

#define ELLIPSIS "…"

static gboolean
is_invisible_control (gunichar c)
{
  /* Bidirectional embeddings, overrides and isolates can make a line show
   * something else than it says. */
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x200E || c == 0x200F || c == 0x061C;
}

/**
 * _pursuit_cli_sanitize:
 * @text: (nullable): UTF-8 text from the store or from outside
 * @keep_newlines: whether line breaks may stay (multi-line fields)
 *
 * Returns: (transfer full): @text with control characters replaced by
 *   spaces (or dropped, for invisible ones), safe to print on a terminal
 */
char *
_pursuit_cli_sanitize (const char *text,
                       gboolean    keep_newlines)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' && keep_newlines)
        g_string_append_c (out, '\n');
      else if (c == '\r' && keep_newlines)
        continue;
      else if (is_invisible_control (c))
        continue;
      else if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Columns a string takes on a terminal: wide East Asian characters take
 * two, combining marks none. */
static guint
text_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }

  return width;
}

/* Cuts @text to @max_width columns, ending with an ellipsis if it was cut. */
static char *
fit_width (const char *text,
           guint       max_width)
{
  GString *out;
  guint width = 0;

  if (max_width == 0 || text_width (text) <= max_width)
    return g_strdup (text);

  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint w = g_unichar_iszerowidth (c) ? 0 : g_unichar_iswide (c) ? 2 : 1;

      if (width + w > max_width - 1)
        break;
      g_string_append_unichar (out, c);
      width += w;
    }

  g_string_append (out, ELLIPSIS);
  return g_string_free (out, FALSE);
}

static void
append_padded (GString    *line,
               const char *text,
               guint       width)
{
  guint used = text_width (text);

  g_string_append (line, text);
  for (guint i = used; i < width; i++)
    g_string_append_c (line, ' ');
}

/**
 * _pursuit_cli_print_table:
 * @headers: the column titles, %NULL-terminated
 * @rows: (element-type GStrv): the cells of each row
 * @max_widths: (nullable): the widest each column may be, 0 for no limit
 *
 * Prints left-aligned columns two spaces apart. Cells are sanitized.
 */
void
_pursuit_cli_print_table (const char * const *headers,
                          GPtrArray          *rows,
                          const guint        *max_widths)
{
  guint n_columns = g_strv_length ((char **)headers);
  g_autofree guint *widths = g_new0 (guint, n_columns);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint r = 0; r <= rows->len; r++)
    {
      const char * const *source = r == 0 ? headers : g_ptr_array_index (rows, r - 1);
      char **row = g_new0 (char *, n_columns + 1);

      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *clean = _pursuit_cli_sanitize (source[c], FALSE);

          row[c] = fit_width (clean, max_widths != NULL ? max_widths[c] : 0);
          widths[c] = MAX (widths[c], text_width (row[c]));
        }

      g_ptr_array_add (cells, row);
    }

  for (guint r = 0; r < cells->len; r++)
    {
      char **row = g_ptr_array_index (cells, r);

      g_string_truncate (line, 0);
      for (guint c = 0; c < n_columns; c++)
        {
          if (c + 1 < n_columns)
            {
              append_padded (line, row[c], widths[c]);
              g_string_append (line, "  ");
            }
          else
            {
              g_string_append (line, row[c]);
            }
        }

      /* No trailing blanks when the last cells are empty. */
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);

      g_print ("%s\n", line->str);
    }
}

static char *
describe_location (PursuitJob *job)
{
  const char *location = pursuit_job_get_location (job);

  if (!pursuit_job_get_remote (job))
    return g_strdup (location ? location : "");

  if (location == NULL || location[0] == '\0')
    return g_strdup (_("Remote"));

  /* TRANSLATORS: a job's location when it is also remote, such as "Berlin (remote)" */
  return g_strdup_printf (_("%s (remote)"), location);
}

void
_pursuit_cli_print_jobs (PursuitCli *cli,
                         GPtrArray  *jobs)
{
  const char *headers[] = { _("ID"), _("Stage"), _("Title"), _("Company"), _("Location"), NULL };
  const guint max_widths[] = { 0, 22, 44, 28, 28 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      char **row = g_new0 (char *, 6);

      row[0] = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));
      row[1] = g_strdup (_pursuit_cli_stage_label (cli, pursuit_job_get_stage (job)));
      row[2] = g_strdup (pursuit_job_get_title (job) ? pursuit_job_get_title (job) : "");
      row[3] = g_strdup (pursuit_job_get_company (job) ? pursuit_job_get_company (job) : "");
      row[4] = describe_location (job);
      g_ptr_array_add (rows, row);
    }

  _pursuit_cli_print_table (headers, rows, max_widths);
}

/**
 * _pursuit_cli_format_local_time:
 *
 * Returns: (transfer full): @unix_time as "2026-05-01 09:30" in local time
 */
char *
_pursuit_cli_format_local_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_time);

  if (time == NULL)
    return g_strdup ("?");

  return g_date_time_format (time, "%Y-%m-%d %H:%M");
}

typedef struct
{
  const char *label;
  char       *value;
} Field;

static void
add_field (GArray     *fields,
           const char *label,
           const char *value)
{
  Field field;

  if (value == NULL || value[0] == '\0')
    return;

  field.label = label;
  field.value = _pursuit_cli_sanitize (value, FALSE);
  g_array_append_val (fields, field);
}

static void
add_field_take (GArray     *fields,
                const char *label,
                char       *value)
{
  add_field (fields, label, value);
  g_free (value);
}

static char *
describe_next_due (PursuitJob *job)
{
  const char *kind = pursuit_job_get_next_due_kind (job);
  g_autofree char *when = NULL;

  if (pursuit_job_get_next_due_at (job) == 0 || kind == NULL)
    return NULL;

  when = _pursuit_cli_format_local_time (pursuit_job_get_next_due_at (job));

  if (g_str_equal (kind, "interview"))
    /* Translators: a job's next due item and when, "Interview on 2026-05-01 09:30" */
    return g_strdup_printf (_("Interview on %s"), when);
  else if (g_str_equal (kind, "follow-up"))
    /* Translators: a job's next due item and when, "Follow-up on 2026-05-01 09:30" */
    return g_strdup_printf (_("Follow-up on %s"), when);
  else
    /* Translators: a job's next due item and when, "Reminder on 2026-05-01 09:30" */
    return g_strdup_printf (_("Reminder on %s"), when);
}

static void
clear_field (gpointer data)
{
  Field *field = data;

  g_free (field->value);
}

static char *
describe_salary (PursuitJob *job)
{
  gint64 min = pursuit_job_get_salary_min (job);
  gint64 max = pursuit_job_get_salary_max (job);
  const char *currency = pursuit_job_get_currency (job);
  const char *period = pursuit_job_get_salary_period (job);
  g_autoptr(GString) text = NULL;

  if (min <= 0 && max <= 0)
    return NULL;

  text = g_string_new (NULL);
  if (min > 0 && max > 0 && min != max)
    g_string_append_printf (text, "%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT, min, max);
  else if (min > 0 && max <= 0)
    /* TRANSLATORS: a salary with only a lower bound, such as "from 60000" */
    g_string_append_printf (text, _("from %lld"), (long long)min);
  else if (min <= 0)
    /* TRANSLATORS: a salary with only an upper bound, such as "up to 80000" */
    g_string_append_printf (text, _("up to %lld"), (long long)max);
  else
    g_string_append_printf (text, "%" G_GINT64_FORMAT, min);

  if (currency != NULL)
    g_string_append_printf (text, " %s", currency);

  return pursuit_job_format_salary_period (text->str, period);
}

static void
print_fields (GArray *fields)
{
  guint width = 0;

  for (guint i = 0; i < fields->len; i++)
    width = MAX (width, text_width (g_array_index (fields, Field, i).label));

  for (guint i = 0; i < fields->len; i++)
    {
      Field *field = &g_array_index (fields, Field, i);
      g_autoptr(GString) line = g_string_new ("  ");

      g_string_append (line, field->label);
      g_string_append_c (line, ':');
      for (guint w = text_width (field->label); w < width + 1; w++)
        g_string_append_c (line, ' ');
      g_string_append (line, field->value);
      g_print ("%s\n", line->str);
    }
}

/* Prints one line of text wrapped at word boundaries, indented. */
static void
print_wrapped (const char *line,
               guint       width)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  guint used = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint word_width = text_width (words[i]);

      if (words[i][0] == '\0')
        continue;

      if (used > 0 && used + 1 + word_width > width)
        {
          g_print ("  %s\n", out->str);
          g_string_truncate (out, 0);
          used = 0;
        }

      if (used > 0)
        {
          g_string_append_c (out, ' ');
          used++;
        }
      g_string_append (out, words[i]);
      used += word_width;
    }

  g_print ("  %s\n", out->str);
}

static void
print_paragraphs (const char *text)
{
  g_autofree char *clean = _pursuit_cli_sanitize (text, TRUE);
  g_auto(GStrv) lines = g_strsplit (clean, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (lines[i][0] == '\0')
        g_print ("\n");
      else
        print_wrapped (lines[i], 76);
    }
}

static void
print_heading (const char *heading)
{
  g_print ("\n%s\n", heading);
}

static void
print_notes (GPtrArray *notes)
{
  if (notes == NULL || notes->len == 0)
    return;

  print_heading (_("Notes"));
  for (guint i = 0; i < notes->len; i++)
    {
      PursuitNote *note = g_ptr_array_index (notes, i);
      g_autofree char *created = _pursuit_cli_format_local_time (pursuit_note_get_created_at (note));
      g_autofree char *body = _pursuit_cli_sanitize (pursuit_note_get_body (note), FALSE);
      g_autofree char *tags = _pursuit_cli_sanitize (pursuit_note_get_tags (note), FALSE);

      if (g_strcmp0 (pursuit_note_get_kind (note), "reminder") == 0)
        {
          g_autofree char *due = _pursuit_cli_format_local_time (pursuit_note_get_due_at (note));

          /* TRANSLATORS: a reminder in `pursuit-cli show`: id, due time, "done" or "", text */
          g_print (_("  #%lld  reminder due %s%s: %s"), (long long)pursuit_note_get_id (note), due,
                   pursuit_note_get_done (note) ? _(" (done)") : "", body);
        }
      else
        {
          g_print ("  #%" G_GINT64_FORMAT "  %s: %s", pursuit_note_get_id (note), created, body);
        }

      if (tags[0] != '\0')
        g_print ("  [%s]", tags);
      g_print ("\n");
    }
}

static void
print_interviews (GPtrArray *interviews)
{
  if (interviews == NULL || interviews->len == 0)
    return;

  print_heading (_("Interviews"));
  for (guint i = 0; i < interviews->len; i++)
    {
      PursuitInterview *interview = g_ptr_array_index (interviews, i);
      g_autofree char *starts = _pursuit_cli_format_local_time (pursuit_interview_get_starts_at (interview));
      g_autofree char *kind = _pursuit_cli_sanitize (pursuit_interview_get_kind (interview), FALSE);
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "  %s  %s", starts, kind);
      if (pursuit_interview_get_duration_minutes (interview) > 0)
        g_string_append_printf (line, _(", %d min"), pursuit_interview_get_duration_minutes (interview));
      if (pursuit_interview_get_location (interview) != NULL)
        {
          g_autofree char *location = _pursuit_cli_sanitize (pursuit_interview_get_location (interview), FALSE);
          g_string_append_printf (line, _(", at %s"), location);
        }
      if (pursuit_interview_get_interviewer (interview) != NULL)
        {
          g_autofree char *who = _pursuit_cli_sanitize (pursuit_interview_get_interviewer (interview), FALSE);
          g_string_append_printf (line, _(", with %s"), who);
        }
      g_print ("%s\n", line->str);
    }
}

static void
print_follow_ups (GPtrArray *follow_ups)
{
  if (follow_ups == NULL || follow_ups->len == 0)
    return;

  print_heading (_("Follow-ups"));
  for (guint i = 0; i < follow_ups->len; i++)
    {
      PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, i);
      g_autofree char *due = _pursuit_cli_format_local_time (pursuit_follow_up_get_due_at (follow_up));
      g_autofree char *sequence = _pursuit_cli_sanitize (pursuit_follow_up_get_sequence (follow_up), FALSE);
      g_autofree char *status = _pursuit_cli_sanitize (pursuit_follow_up_get_status (follow_up), FALSE);

      /* TRANSLATORS: a follow-up in `pursuit-cli show`: due time, sequence, step, status */
      g_print (_("  %s  %s, step %d  %s\n"), due, sequence, pursuit_follow_up_get_step (follow_up), status);
    }
}

static char *
describe_event_kind (const char *kind)
{
  if (g_strcmp0 (kind, "created") == 0)
    return g_strdup (C_("timeline", "Added"));
  if (g_strcmp0 (kind, "stage-changed") == 0)
    return g_strdup (C_("timeline", "Moved"));
  if (g_strcmp0 (kind, "updated") == 0)
    return g_strdup (C_("timeline", "Edited"));
  if (g_strcmp0 (kind, "interview") == 0)
    return g_strdup (C_("timeline", "Interview"));

  return _pursuit_cli_sanitize (kind, FALSE);
}

static void
print_timeline (PursuitCli *cli,
                GPtrArray  *events)
{
  if (events == NULL || events->len == 0)
    return;

  print_heading (_("Timeline"));
  for (guint i = 0; i < events->len; i++)
    {
      PursuitTimelineEvent *event = g_ptr_array_index (events, i);
      g_autofree char *when = _pursuit_cli_format_local_time (pursuit_timeline_event_get_created_at (event));
      g_autofree char *kind = describe_event_kind (pursuit_timeline_event_get_kind (event));
      const char *from = pursuit_timeline_event_get_from_stage (event);
      const char *to = pursuit_timeline_event_get_to_stage (event);
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "  %s  %s", when, kind);
      if (from != NULL && to != NULL)
        g_string_append_printf (line, "  %s → %s", _pursuit_cli_stage_label (cli, from),
                                _pursuit_cli_stage_label (cli, to));
      else if (to != NULL)
        g_string_append_printf (line, "  → %s", _pursuit_cli_stage_label (cli, to));

      if (pursuit_timeline_event_get_detail (event) != NULL)
        {
          g_autofree char *detail = _pursuit_cli_sanitize (pursuit_timeline_event_get_detail (event), FALSE);
          g_string_append_printf (line, "  %s", detail);
        }

      g_print ("%s\n", line->str);
    }
}

/**
 * _pursuit_cli_print_job:
 *
 * Prints every field of @job as labelled lines, then its description,
 * notes, interviews, follow-ups and timeline.
 */
void
_pursuit_cli_print_job (PursuitCli *cli,
                        PursuitJob *job)
{
  gint64 id = pursuit_job_get_id (job);
  g_autoptr(GArray) fields = g_array_new (FALSE, FALSE, sizeof (Field));
  g_autoptr(GPtrArray) notes = pursuit_store_list_notes (cli->store, id);
  g_autoptr(GPtrArray) interviews = pursuit_store_list_interviews (cli->store, id);
  g_autoptr(GPtrArray) follow_ups = pursuit_store_list_follow_ups (cli->store, id);
  g_autoptr(GPtrArray) events = pursuit_store_list_events (cli->store, id);
  g_autofree char *title = _pursuit_cli_sanitize (pursuit_job_get_title (job), FALSE);
  const char *stage = pursuit_job_get_stage (job);

  g_array_set_clear_func (fields, clear_field);

  g_print ("%s\n", title);

  add_field_take (fields, _("ID"), g_strdup_printf ("%" G_GINT64_FORMAT, id));
  add_field_take (fields, _("Stage"), g_strdup_printf ("%s (%s)", _pursuit_cli_stage_label (cli, stage), stage));
  add_field (fields, _("Company"), pursuit_job_get_company (job));
  add_field_take (fields, _("Location"), describe_location (job));
  add_field_take (fields, _("Salary"), describe_salary (job));
  add_field (fields, _("Employment"), pursuit_job_get_employment_type (job));
  add_field (fields, _("Posting"), pursuit_job_get_url (job));
  add_field (fields, _("Apply at"), pursuit_job_get_apply_url (job));
  add_field (fields, _("Source"), pursuit_job_get_source (job));
  add_field_take (fields, _("Tags"), g_strjoinv (", ", (char **)pursuit_job_get_tags (job)));
  add_field (fields, _("Posted"), pursuit_job_get_posted_date (job));
  add_field (fields, _("Deadline"), pursuit_job_get_deadline (job));
  add_field (fields, _("Applied"), pursuit_job_get_applied_date (job));
  if (pursuit_job_get_match_score (job) >= 0)
    add_field_take (fields, _("Match score"), g_strdup_printf ("%d", pursuit_job_get_match_score (job)));
  add_field (fields, _("Résumé"), pursuit_job_get_resume (job));
  add_field (fields, _("Cover letter"), pursuit_job_get_cover_letter (job));
  add_field (fields, _("Withdrawn because"), pursuit_job_get_withdraw_reason (job));
  add_field_take (fields, _("Added"), _pursuit_cli_format_local_time (pursuit_job_get_created_at (job)));
  add_field_take (fields, _("Updated"), _pursuit_cli_format_local_time (pursuit_job_get_updated_at (job)));
  add_field_take (fields, _("In stage since"), _pursuit_cli_format_local_time (pursuit_job_get_stage_changed_at (job)));
  add_field_take (fields, _("Next due"), describe_next_due (job));
  print_fields (fields);

  if (pursuit_job_get_description (job) != NULL && pursuit_job_get_description (job)[0] != '\0')
    {
      print_heading (_("Description"));
      print_paragraphs (pursuit_job_get_description (job));
    }

  print_notes (notes);
  print_interviews (interviews);
  print_follow_ups (follow_ups);
  print_timeline (cli, events);
}
