/* pursuit-cli-schedule.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pursuit-cli-private.h"
#include "pursuit-ics.h"

/* Interviews, follow-ups, what is due, and iCalendar files. */

/* Stored keys and the words `interview list` shows for them. */
typedef struct
{
  const char *key;
  const char *label;   /* marked with NC_, untranslated */
} Label;

static const Label kind_labels[] = {
  { "phone_screen", NC_("interview type", "phone screen") },
  { "technical", NC_("interview type", "technical") },
  { "behavioral", NC_("interview type", "behavioral") },
  { "onsite", NC_("interview type", "onsite") },
  { "final", NC_("interview type", "final") },
  { "other", NC_("interview type", "other") },
};

static const Label status_labels[] = {
  { "scheduled", NC_("interview status", "scheduled") },
  { "cancelled", NC_("interview status", "cancelled") },
  { "done", NC_("interview status", "done") },
};

/* A key we have no word for, from a newer version, is shown as it is. */
static const char *
find_label (const Label *labels,
            guint        n_labels,
            const char  *context,
            const char  *key)
{
  for (guint i = 0; i < n_labels; i++)
    if (g_strcmp0 (key, labels[i].key) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, context, labels[i].label);

  return key != NULL ? key : "";
}

static const char *
kind_label (const char *kind)
{
  return find_label (kind_labels, G_N_ELEMENTS (kind_labels), "interview type", kind);
}

static char *
normalize_kind (const char  *text,
                GError     **error)
{
  g_autofree char *kind = g_ascii_strdown (text, -1);
  g_autoptr(GString) listed = NULL;
  g_autofree char *shown = NULL;

  g_strstrip (kind);
  g_strdelimit (kind, " -", '_');
  if (g_str_equal (kind, "phone") || g_str_equal (kind, "screen") || g_str_equal (kind, "screening"))
    return g_strdup ("phone_screen");
  if (g_str_equal (kind, "behavioural"))
    return g_strdup ("behavioral");
  if (g_str_equal (kind, "on_site"))
    return g_strdup ("onsite");

  listed = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (kind_labels); i++)
    {
      if (g_str_equal (kind, kind_labels[i].key))
        return g_steal_pointer (&kind);

      g_string_append_printf (listed, "%s%s", i > 0 ? ", " : "", kind_labels[i].key);
    }

  shown = _pursuit_cli_sanitize (text, FALSE);
  _pursuit_cli_usage_error (error, _("Unknown interview type “%s”; the types are %s"), shown, listed->str);
  return NULL;
}

static void
print_interview_line (PursuitInterview *interview)
{
  g_autofree char *when = _pursuit_cli_format_local_time (pursuit_interview_get_starts_at (interview));

  g_print (_("Interview %lld for job %lld on %s (%d minutes)\n"),
           (long long)pursuit_interview_get_id (interview), (long long)pursuit_interview_get_job_id (interview),
           when, pursuit_interview_get_duration_minutes (interview));
}

static gboolean
cmd_interview_add (PursuitCli  *cli,
                   int          argc,
                   char       **argv,
                   GError     **error)
{
  g_autofree char *at = NULL;
  g_autofree char *type = NULL;
  g_autofree char *location = NULL;
  g_autofree char *interviewer = NULL;
  g_autofree char *email = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *reminders = NULL;
  int minutes = 60;
  const GOptionEntry entries[] = {
    { "at", 0, 0, G_OPTION_ARG_FILENAME, &at,
      N_("When it starts: ISO 8601 such as 2026-05-01T14:00, local time unless a zone is given"), N_("WHEN") },
    { "minutes", 0, 0, G_OPTION_ARG_INT, &minutes, N_("How long it lasts, 60 unless given"), N_("N") },
    { "type", 0, 0, G_OPTION_ARG_FILENAME, &type,
      N_("phone_screen, technical, behavioral, onsite, final or other"), N_("TYPE") },
    { "location", 0, 0, G_OPTION_ARG_FILENAME, &location, N_("An address or a video call link"), N_("PLACE") },
    { "interviewer", 0, 0, G_OPTION_ARG_FILENAME, &interviewer, N_("Who interviews you"), N_("NAME") },
    { "email", 0, 0, G_OPTION_ARG_FILENAME, &email, N_("The interviewer’s e-mail address"), N_("ADDRESS") },
    { "notes", 0, 0, G_OPTION_ARG_FILENAME, &notes, N_("Anything to remember"), N_("TEXT") },
    { "reminders", 0, 0, G_OPTION_ARG_FILENAME, &reminders,
      N_("Minutes before the start to remind you, comma-separated: 1440,60,15 unless given; \"\" for none"),
      N_("MINUTES") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *kind = NULL;
  g_auto(GStrv) args = NULL;
  gint64 starts_at = 0;
  gint64 job_id;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("ID"), 1,
                                     _("Schedules an interview for a job. Reminders follow, an applied, screening or "
                                       "interviewing job moves to Interview Scheduled, and a thank-you "
                                       "follow-up is planned."),
                                     entries, error);
  if (args == NULL)
    return FALSE;

  if (!_pursuit_cli_parse_id (args[0], &job_id, error))
    return FALSE;

  if (at == NULL)
    return _pursuit_cli_usage_error (error, _("Missing --at: when does the interview start?"));

  if (!_pursuit_cli_parse_time (at, &starts_at, error))
    return FALSE;

  if (minutes <= 0 || minutes > 24 * 60)
    return _pursuit_cli_usage_error (error, _("An interview lasts between 1 and 1440 minutes, not %d"), minutes);

  kind = normalize_kind (type != NULL ? type : "other", error);
  if (kind == NULL)
    return FALSE;

  if (reminders != NULL && !pursuit_interview_reminder_minutes_valid (reminders))
    {
      g_autofree char *shown = _pursuit_cli_sanitize (reminders, FALSE);

      return _pursuit_cli_usage_error (error, _("“%s” is not a list of minutes such as 1440,60,15"), shown);
    }

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  job = pursuit_store_get_job (cli->store, job_id, error);
  if (job == NULL)
    return FALSE;

  interview = pursuit_interview_new ();
  pursuit_interview_set_job_id (interview, job_id);
  pursuit_interview_set_kind (interview, kind);
  pursuit_interview_set_starts_at (interview, starts_at);
  pursuit_interview_set_duration_minutes (interview, minutes);
  pursuit_interview_set_location (interview, location != NULL && location[0] != '\0' ? location : NULL);
  pursuit_interview_set_interviewer (interview, interviewer != NULL && interviewer[0] != '\0' ? interviewer : NULL);
  pursuit_interview_set_interviewer_email (interview, email != NULL && email[0] != '\0' ? email : NULL);
  pursuit_interview_set_notes (interview, notes != NULL && notes[0] != '\0' ? notes : NULL);
  pursuit_interview_set_reminder_minutes (interview, reminders != NULL ? reminders : PURSUIT_INTERVIEW_DEFAULT_REMINDERS);

  if (pursuit_store_add_interview (cli->store, interview, error) == 0)
    return FALSE;

  if (cli->json)
    {
      g_autoptr(PursuitInterview) stored = pursuit_store_get_interview (cli->store, pursuit_interview_get_id (interview),
                                                                         error);
      g_autoptr(JsonNode) node = NULL;

      if (stored == NULL)
        return FALSE;

      node = _pursuit_cli_interview_to_json (stored);
      return _pursuit_cli_print_json (node, error);
    }

  g_print (_("Scheduled interview %lld for job %lld\n"), (long long)pursuit_interview_get_id (interview),
           (long long)job_id);
  print_interview_line (interview);
  return TRUE;
}

static gboolean
cmd_interview_list (PursuitCli  *cli,
                    int          argc,
                    char       **argv,
                    GError     **error)
{
  const char *headers[] = { _("ID"), _("WHEN"), _("MIN"), _("TYPE"), _("STATUS"), _("WHERE"), _("WITH"), NULL };
  const guint max_widths[] = { 0, 0, 0, 0, 0, 40, 30 };
  g_autoptr(GPtrArray) interviews = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(PursuitJob) job = NULL;
  gint64 job_id;

  if (!_pursuit_cli_parse_id_command (cli, argc, argv, _("ID"), _("Lists a job’s interviews, cancelled ones too."),
                                      &job_id, error))
    return FALSE;

  job = pursuit_store_get_job (cli->store, job_id, error);
  if (job == NULL)
    return FALSE;

  interviews = pursuit_store_list_interviews (cli->store, job_id);

  if (cli->json)
    {
      g_autoptr(JsonNode) node = _pursuit_cli_interviews_to_json (interviews);

      return _pursuit_cli_print_json (node, error);
    }

  if (interviews->len == 0)
    {
      g_print (_("Job %lld has no interviews\n"), (long long)job_id);
      return TRUE;
    }

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  for (guint i = 0; i < interviews->len; i++)
    {
      PursuitInterview *interview = g_ptr_array_index (interviews, i);
      const char *interviewer = pursuit_interview_get_interviewer (interview);
      const char *email = pursuit_interview_get_interviewer_email (interview);
      char **row = g_new0 (char *, 8);

      row[0] = g_strdup_printf ("%lld", (long long)pursuit_interview_get_id (interview));
      row[1] = _pursuit_cli_format_local_time (pursuit_interview_get_starts_at (interview));
      row[2] = g_strdup_printf ("%d", pursuit_interview_get_duration_minutes (interview));
      row[3] = g_strdup (kind_label (pursuit_interview_get_kind (interview)));
      row[4] = g_strdup (find_label (status_labels, G_N_ELEMENTS (status_labels), "interview status",
                                     pursuit_interview_get_status (interview)));
      row[5] = g_strdup (pursuit_interview_get_location (interview) ? pursuit_interview_get_location (interview) : "");
      if (interviewer != NULL && email != NULL)
        row[6] = g_strdup_printf ("%s <%s>", interviewer, email);
      else
        row[6] = g_strdup (interviewer != NULL ? interviewer : email != NULL ? email : "");
      g_ptr_array_add (rows, row);
    }

  _pursuit_cli_print_table (headers, rows, max_widths);
  return TRUE;
}

static gboolean
cmd_interview_cancel (PursuitCli  *cli,
                      int          argc,
                      char       **argv,
                      GError     **error)
{
  g_autoptr(PursuitInterview) interview = NULL;
  gint64 interview_id;

  if (!_pursuit_cli_parse_id_command (cli, argc, argv, _("INTERVIEW-ID"),
                                      _("Cancels an interview: its reminders stop and its thank-you follow-up "
                                        "is dropped. The job stays in its stage."),
                                      &interview_id, error))
    return FALSE;

  if (!pursuit_store_cancel_interview (cli->store, interview_id, error))
    return FALSE;

  interview = pursuit_store_get_interview (cli->store, interview_id, error);
  if (interview == NULL)
    return FALSE;

  if (cli->json)
    {
      g_autoptr(JsonNode) node = _pursuit_cli_interview_to_json (interview);

      return _pursuit_cli_print_json (node, error);
    }

  g_print (_("Cancelled interview %lld of job %lld\n"), (long long)interview_id,
           (long long)pursuit_interview_get_job_id (interview));
  return TRUE;
}

static const PursuitCliCommand interview_subcommands[] = {
  { "add", cmd_interview_add, N_("Schedule an interview for a job") },
  { "list", cmd_interview_list, N_("List a job’s interviews") },
  { "cancel", cmd_interview_cancel, N_("Cancel an interview") },
};

gboolean
_pursuit_cli_cmd_interview (PursuitCli  *cli,
                            int          argc,
                            char       **argv,
                            GError     **error)
{
  return _pursuit_cli_run_subcommand (cli, "interview", interview_subcommands, G_N_ELEMENTS (interview_subcommands),
                                      NULL, argc, argv, error);
}

static gboolean
set_follow_up_status (PursuitCli  *cli,
                      int          argc,
                      char       **argv,
                      const char  *status,
                      GError     **error)
{
  g_autoptr(PursuitFollowUp) follow_up = NULL;
  gint64 follow_up_id;

  if (!_pursuit_cli_parse_id_command (cli, argc, argv, _("FOLLOW-UP-ID"),
                                      g_str_equal (status, "done")
                                        ? _("Marks a follow-up as done: you sent it.")
                                        : _("Skips a follow-up: it will not be sent."),
                                      &follow_up_id, error))
    return FALSE;

  if (!pursuit_store_set_follow_up_status (cli->store, follow_up_id, status, error))
    return FALSE;

  follow_up = pursuit_store_get_follow_up (cli->store, follow_up_id, error);
  if (follow_up == NULL)
    return FALSE;

  if (cli->json)
    {
      g_autoptr(JsonNode) node = _pursuit_cli_follow_up_to_json (follow_up);

      return _pursuit_cli_print_json (node, error);
    }

  if (g_str_equal (status, "done"))
    g_print (_("Follow-up %lld of job %lld is done\n"), (long long)follow_up_id,
             (long long)pursuit_follow_up_get_job_id (follow_up));
  else
    g_print (_("Follow-up %lld of job %lld is skipped\n"), (long long)follow_up_id,
             (long long)pursuit_follow_up_get_job_id (follow_up));

  return TRUE;
}

static gboolean
cmd_follow_up_done (PursuitCli  *cli,
                    int          argc,
                    char       **argv,
                    GError     **error)
{
  return set_follow_up_status (cli, argc, argv, "done", error);
}

static gboolean
cmd_follow_up_skip (PursuitCli  *cli,
                    int          argc,
                    char       **argv,
                    GError     **error)
{
  return set_follow_up_status (cli, argc, argv, "skipped", error);
}

static const PursuitCliCommand follow_up_subcommands[] = {
  { "done", cmd_follow_up_done, N_("Mark a follow-up as done") },
  { "skip", cmd_follow_up_skip, N_("Skip a follow-up") },
};

gboolean
_pursuit_cli_cmd_follow_up (PursuitCli  *cli,
                            int          argc,
                            char       **argv,
                            GError     **error)
{
  return _pursuit_cli_run_subcommand (cli, "follow-up", follow_up_subcommands, G_N_ELEMENTS (follow_up_subcommands),
                                      NULL, argc, argv, error);
}

/* "30m", "12h", "1d", "2w": a span of time ahead, up to about ten years. */
static gboolean
parse_window (const char  *text,
              gint64      *out_seconds,
              GError     **error)
{
  g_autofree char *shown = NULL;
  guint64 amount = 0;
  gint64 unit = 0;
  gsize length = text != NULL ? strlen (text) : 0;

  if (length >= 2 && length <= 8)
    {
      g_autofree char *number = g_strndup (text, length - 1);

      switch (g_ascii_tolower (text[length - 1]))
        {
        case 'm':
          unit = 60;
          break;
        case 'h':
          unit = 60 * 60;
          break;
        case 'd':
          unit = 24 * 60 * 60;
          break;
        case 'w':
          unit = 7 * 24 * 60 * 60;
          break;
        default:
          unit = 0;
          break;
        }

      if (unit != 0 && g_ascii_string_to_unsigned (number, 10, 1, 3660 * 24 * 60 * 60 / unit, &amount, NULL))
        {
          *out_seconds = (gint64)amount * unit;
          return TRUE;
        }
    }

  shown = _pursuit_cli_sanitize (text != NULL ? text : "", FALSE);
  return _pursuit_cli_usage_error (error, _("“%s” is not a span of time such as 30m, 12h, 1d or 2w"), shown);
}

/* Overdue follow-ups and reminders wait until they are done; interviews
 * and deadlines that are over are not due any more. */
static GPtrArray *
collect_due (PursuitStore  *store,
             gint64         now,
             gint64         window,
             GError       **error)
{
  g_autoptr(GPtrArray) items = pursuit_store_list_agenda (store, 0, now + window, NULL, error);
  g_autoptr(GPtrArray) due = NULL;

  if (items == NULL)
    return NULL;

  due = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < items->len; i++)
    {
      PursuitAgendaItem *item = g_ptr_array_index (items, i);
      PursuitAgendaKind kind = pursuit_agenda_item_get_kind (item);
      gboolean waits = kind == PURSUIT_AGENDA_FOLLOW_UP || kind == PURSUIT_AGENDA_REMINDER;

      if (waits || pursuit_agenda_item_get_ends_at (item) > now)
        g_ptr_array_add (due, g_object_ref (item));
    }

  return g_steal_pointer (&due);
}

static char *
describe_when (PursuitAgendaItem *item)
{
  if (pursuit_agenda_item_get_all_day (item) && pursuit_agenda_item_get_date (item) != NULL)
    return g_strdup (pursuit_agenda_item_get_date (item));

  return _pursuit_cli_format_local_time (pursuit_agenda_item_get_starts_at (item));
}

static char *
describe_state (PursuitAgendaItem *item,
                gint64             now)
{
  PursuitAgendaKind kind = pursuit_agenda_item_get_kind (item);

  if ((kind == PURSUIT_AGENDA_FOLLOW_UP || kind == PURSUIT_AGENDA_REMINDER) &&
      pursuit_agenda_item_get_starts_at (item) < now)
    return g_strdup (C_("due state", "overdue"));

  if (pursuit_agenda_item_get_starts_at (item) <= now && pursuit_agenda_item_get_ends_at (item) > now)
    return g_strdup (C_("due state", "now"));

  return g_strdup ("");
}

static char *
describe_detail (PursuitAgendaItem *item)
{
  const char *summary = pursuit_agenda_item_get_summary (item);
  const char *location = pursuit_agenda_item_get_location (item);

  if (pursuit_agenda_item_get_kind (item) == PURSUIT_AGENDA_INTERVIEW)
    summary = kind_label (summary);

  if (summary != NULL && summary[0] != '\0' && location != NULL && location[0] != '\0')
    return g_strdup_printf ("%s — %s", summary, location);

  return g_strdup (summary != NULL && summary[0] != '\0' ? summary : location != NULL ? location : "");
}

gboolean
_pursuit_cli_cmd_due (PursuitCli  *cli,
                      int          argc,
                      char       **argv,
                      GError     **error)
{
  g_autofree char *within = NULL;
  const GOptionEntry entries[] = {
    { "within", 'w', 0, G_OPTION_ARG_FILENAME, &within,
      N_("How far ahead to look: 30m, 12h, 1d (the default) or 2w"), N_("SPAN") },
    G_OPTION_ENTRY_NULL
  };
  const char *headers[] = { _("WHEN"), _("KIND"), _("STATE"), _("JOB"), _("COMPANY"), _("TITLE"), _("DETAIL"), NULL };
  const guint max_widths[] = { 0, 0, 0, 0, 24, 32, 50 };
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(GStrv) args = NULL;
  gint64 window = 24 * 60 * 60;
  gint64 now;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Lists what is overdue and what is due soon, in order: interviews, "
                                       "follow-ups, reminders and application deadlines. Times are local."),
                                     entries, error);
  if (args == NULL)
    return FALSE;

  if (within != NULL && !parse_window (within, &window, error))
    return FALSE;

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  now = g_get_real_time () / G_USEC_PER_SEC;
  items = collect_due (cli->store, now, window, error);
  if (items == NULL)
    return FALSE;

  if (cli->json)
    {
      g_autoptr(JsonNode) node = _pursuit_cli_agenda_to_json (items, now);

      return _pursuit_cli_print_json (node, error);
    }

  if (items->len == 0)
    {
      g_print (_("Nothing is due\n"));
      return TRUE;
    }

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  for (guint i = 0; i < items->len; i++)
    {
      PursuitAgendaItem *item = g_ptr_array_index (items, i);
      const char *company = pursuit_agenda_item_get_company (item);
      const char *title = pursuit_agenda_item_get_job_title (item);
      char **row = g_new0 (char *, 8);

      row[0] = describe_when (item);
      row[1] = g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "due item",
                                        _pursuit_cli_agenda_kind_key (pursuit_agenda_item_get_kind (item))));
      row[2] = describe_state (item, now);
      row[3] = g_strdup_printf ("%lld", (long long)pursuit_agenda_item_get_job_id (item));
      row[4] = g_strdup (company != NULL ? company : "");
      row[5] = g_strdup (title != NULL ? title : "");
      row[6] = describe_detail (item);
      g_ptr_array_add (rows, row);
    }

  _pursuit_cli_print_table (headers, rows, max_widths);
  return TRUE;
}

gboolean
_pursuit_cli_cmd_export_ics (PursuitCli  *cli,
                             int          argc,
                             char       **argv,
                             GError     **error)
{
  g_autofree char *output = NULL;
  g_autofree char *job_text = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of the standard output"),
      N_("FILE") },
    { "job", 0, 0, G_OPTION_ARG_FILENAME, &job_text, N_("Only this job’s interviews and follow-ups"), N_("ID") },
    G_OPTION_ENTRY_NULL
  };
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  g_auto(GStrv) args = NULL;
  gint64 job_id = 0;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Exports scheduled interviews and pending follow-ups, with their reminders, "
                                       "as an iCalendar (.ics) file for calendar applications."),
                                     entries, error);
  if (args == NULL)
    return FALSE;

  if (job_text != NULL && !_pursuit_cli_parse_id (job_text, &job_id, error))
    return FALSE;

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  text = pursuit_ics_export (cli->store, job_id, error);
  if (text == NULL)
    return FALSE;

  if (!_pursuit_cli_write_export (cli, output, text, "ics", -1, &shown, error))
    return FALSE;

  if (shown != NULL)
    g_print (_("Exported the calendar to %s\n"), shown);

  return TRUE;
}

static char *
read_ics_file (const char  *path,
               gsize       *length,
               GError     **error)
{
  g_autofree char *shown = g_filename_display_name (path);
  GStatBuf info;
  char *data = NULL;

  /* Refused before reading: a calendar file is never this large. */
  if (g_stat (path, &info) == 0 && info.st_size > PURSUIT_ICS_MAX_BYTES)
    {
      g_set_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_TOO_LARGE,
                   _("“%s” is larger than %d MB; it is not an invitation"), shown,
                   PURSUIT_ICS_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (!g_file_get_contents (path, &data, length, error))
    return NULL;

  return data;
}

gboolean
_pursuit_cli_cmd_import_ics (PursuitCli  *cli,
                             int          argc,
                             char       **argv,
                             GError     **error)
{
  g_autofree char *job_text = NULL;
  const GOptionEntry entries[] = {
    { "job", 0, 0, G_OPTION_ARG_FILENAME, &job_text, N_("The job the invitation is for"), N_("ID") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *data = NULL;
  g_autofree char *shown = NULL;
  g_auto(GStrv) args = NULL;
  gsize length = 0;
  gint64 job_id = 0;
  guint n_saved;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("FILE"), 1,
                                     _("Adds the interviews of an iCalendar (.ics) invitation to a job. A new "
                                       "version of an invitation moves the interview; a cancellation cancels it."),
                                     entries, error);
  if (args == NULL)
    return FALSE;

  /* An invitation names a company's calendar, never our job. */
  if (job_text == NULL)
    return _pursuit_cli_usage_error (error, _("Missing --job ID: which job is the invitation for?"));

  if (!_pursuit_cli_parse_id (job_text, &job_id, error))
    return FALSE;

  data = read_ics_file (args[0], &length, error);
  if (data == NULL)
    return FALSE;

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  job = pursuit_store_get_job (cli->store, job_id, error);
  if (job == NULL)
    return FALSE;

  shown = g_filename_display_name (args[0]);
  n_saved = pursuit_ics_import (cli->store, job_id, data, length, error);
  if (n_saved == 0)
    {
      g_prefix_error (error, _("Could not import “%s”: "), shown);
      return FALSE;
    }

  if (cli->json)
    {
      g_autoptr(GPtrArray) interviews = pursuit_store_list_interviews (cli->store, job_id);
      g_autoptr(JsonNode) node = _pursuit_cli_interviews_to_json (interviews);

      return _pursuit_cli_print_json (node, error);
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u interview from %s into job %lld\n",
                        "Imported %u interviews from %s into job %lld\n", n_saved),
           n_saved, shown, (long long)job_id);
  return TRUE;
}
