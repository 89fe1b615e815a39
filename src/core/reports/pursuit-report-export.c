/* pursuit-report-export.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A report as JSON (for `pursuit-cli report --json` and scripts) and as
 * CSV (for spreadsheets). */

#define G_LOG_DOMAIN "pursuit-report"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "pursuit-report-private.h"

static const char *
unit_name (PursuitReportUnit unit)
{
  switch (unit)
    {
    case PURSUIT_REPORT_UNIT_PERCENT:
      return "percent";
    case PURSUIT_REPORT_UNIT_DAYS:
      return "days";
    case PURSUIT_REPORT_UNIT_COUNT:
    default:
      return "count";
    }
}

static void
add_day (JsonBuilder *builder,
         const char  *member,
         gint64       unix_time,
         gboolean     known,
         GTimeZone   *time_zone)
{
  g_autoptr(GDateTime) utc = known ? g_date_time_new_from_unix_utc (unix_time) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_timezone (utc, time_zone) : NULL;

  json_builder_set_member_name (builder, member);
  if (local == NULL)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");

      json_builder_add_string_value (builder, day);
    }
}

/* Counts as integers, so scripts read 12 and not 12.0. */
static void
add_number (JsonBuilder *builder,
            double       value)
{
  if (value == (double)(gint64)value)
    json_builder_add_int_value (builder, (gint64)value);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_section (JsonBuilder          *builder,
             PursuitReportSection *section)
{
  guint n_columns = pursuit_report_section_get_n_columns (section);
  guint n_rows = pursuit_report_section_get_n_rows (section);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, pursuit_report_section_get_id (section));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, pursuit_report_section_get_title (section));
  json_builder_set_member_name (builder, "summary");
  json_builder_add_string_value (builder, pursuit_report_section_get_summary (section));

  json_builder_set_member_name (builder, "columns");
  json_builder_begin_array (builder);
  for (guint c = 0; c < n_columns; c++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "key");
      json_builder_add_string_value (builder, pursuit_report_section_get_column_key (section, c));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, pursuit_report_section_get_column_title (section, c));
      json_builder_set_member_name (builder, "unit");
      json_builder_add_string_value (builder, unit_name (pursuit_report_section_get_column_unit (section, c)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint r = 0; r < n_rows; r++)
    {
      const gint64 *ids;
      guint n_ids;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "key");
      json_builder_add_string_value (builder, pursuit_report_section_get_row_key (section, r));
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, pursuit_report_section_get_row_label (section, r));

      json_builder_set_member_name (builder, "values");
      json_builder_begin_object (builder);
      for (guint c = 0; c < n_columns; c++)
        {
          json_builder_set_member_name (builder, pursuit_report_section_get_column_key (section, c));
          add_number (builder, pursuit_report_section_get_value (section, r, c));
        }
      json_builder_end_object (builder);

      json_builder_set_member_name (builder, "job_ids");
      json_builder_begin_array (builder);
      ids = pursuit_report_section_get_row_job_ids (section, r, &n_ids);
      for (guint i = 0; i < n_ids; i++)
        json_builder_add_int_value (builder, ids[i]);
      json_builder_end_array (builder);

      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

char *
pursuit_report_to_json (PursuitReport *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) generated = NULL;
  GTimeZone *time_zone;
  const char * const *keys;
  GPtrArray *sections;
  gint64 from, to;

  g_return_val_if_fail (PURSUIT_IS_REPORT (self), NULL);

  time_zone = _pursuit_report_get_time_zone (self);
  from = pursuit_report_get_from (self);
  to = pursuit_report_get_to (self);

  json_builder_begin_object (builder);
  add_day (builder, "from", from, from > 0, time_zone);
  add_day (builder, "to", to - 1, to != G_MAXINT64 && to > from, time_zone);

  json_builder_set_member_name (builder, "generated_at");
  utc = g_date_time_new_from_unix_utc (pursuit_report_get_generated_at (self));
  generated = utc != NULL ? g_date_time_to_timezone (utc, time_zone) : NULL;
  if (generated != NULL)
    {
      g_autofree char *iso = g_date_time_format_iso8601 (generated);

      json_builder_add_string_value (builder, iso);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "figures");
  json_builder_begin_object (builder);
  keys = _pursuit_report_get_figure_keys ();
  for (guint i = 0; keys[i] != NULL; i++)
    {
      json_builder_set_member_name (builder, keys[i]);
      add_number (builder, pursuit_report_get_figure (self, keys[i]));
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  sections = pursuit_report_get_sections (self);
  for (guint i = 0; i < sections->len; i++)
    add_section (builder, g_ptr_array_index (sections, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}

/* RFC 4180, and no formulas: a spreadsheet runs a cell that starts with
 * = + - @ (or a tab or carriage return before one) as a formula, so such
 * cells get a leading apostrophe. */
static void
append_cell (GString    *csv,
             const char *text,
             gboolean    first)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  gboolean quote;

  if (!first)
    g_string_append_c (csv, ',');

  quote = strpbrk (valid, ",\"\r\n") != NULL;
  if (strchr ("=+-@\t\r", valid[0]) != NULL && valid[0] != '\0')
    {
      g_autofree char *escaped = g_strconcat ("'", valid, NULL);

      g_free (valid);
      valid = g_steal_pointer (&escaped);
    }

  if (!quote)
    {
      g_string_append (csv, valid);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = valid; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

/* Machine-readable whatever the locale: a dot, at most four decimals,
 * fractions as fractions (0.25, not 25 %). */
static void
append_number (GString *csv,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (buffer, sizeof buffer, "%.4f", value);
  if (strchr (buffer, '.') != NULL)
    {
      end = buffer + strlen (buffer) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  if (g_str_equal (buffer, "-0"))
    strcpy (buffer, "0");

  g_string_append_c (csv, ',');
  g_string_append (csv, buffer);
}

char *
pursuit_report_to_csv (PursuitReport *self)
{
  GString *csv;
  GPtrArray *sections;

  g_return_val_if_fail (PURSUIT_IS_REPORT (self), NULL);

  csv = g_string_new (NULL);
  sections = pursuit_report_get_sections (self);

  for (guint s = 0; s < sections->len; s++)
    {
      PursuitReportSection *section = g_ptr_array_index (sections, s);
      guint n_columns = pursuit_report_section_get_n_columns (section);
      guint n_rows = pursuit_report_section_get_n_rows (section);

      append_cell (csv, pursuit_report_section_get_title (section), TRUE);
      g_string_append (csv, "\r\n");

      append_cell (csv, "key", TRUE);
      append_cell (csv, "label", FALSE);
      for (guint c = 0; c < n_columns; c++)
        append_cell (csv, pursuit_report_section_get_column_title (section, c), FALSE);
      g_string_append (csv, "\r\n");

      for (guint r = 0; r < n_rows; r++)
        {
          append_cell (csv, pursuit_report_section_get_row_key (section, r), TRUE);
          append_cell (csv, pursuit_report_section_get_row_label (section, r), FALSE);
          for (guint c = 0; c < n_columns; c++)
            append_number (csv, pursuit_report_section_get_value (section, r, c));
          g_string_append (csv, "\r\n");
        }

      g_string_append (csv, "\r\n");
    }

  return g_string_free (csv, FALSE);
}

gboolean
pursuit_report_write_csv (PursuitReport  *self,
                          GFile          *file,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autofree char *csv = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PURSUIT_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  csv = pursuit_report_to_csv (self);

  /* Written beside the target and renamed over it: a failure leaves the
   * old file (or none), never half a table. */
  if (!g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, cancellable, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, PURSUIT_REPORT_ERROR, PURSUIT_REPORT_ERROR_WRITE,
                   _("Could not save the report to “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}
