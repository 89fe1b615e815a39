/* pursuit-cli-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "pursuit-automation.h"
#include "pursuit-cv.h"
#include "pursuit-pdf-writer.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* Exit statuses: 2 for a command line that cannot be understood, 130 when
 * the user interrupted a download with Ctrl+C, as shells do. */
#define PURSUIT_CLI_EXIT_FAILURE   1
#define PURSUIT_CLI_EXIT_USAGE     2
#define PURSUIT_CLI_EXIT_CANCELLED 130

/* How many automatic database copies to keep. */
#define PURSUIT_CLI_KEEP_BACKUPS 14

typedef struct
{
  char              *data_dir;          /* --data-dir, or NULL for the default folder */
  char              *command_data_dir;  /* a command's own --data-dir, which wins */
  gboolean           json;              /* --json */
  PursuitStore      *store;             /* opened on first use */
  PursuitAutomation *automation;
  GHashTable        *stage_labels;      /* stage key → label shown to people */
  char              *help_description;  /* the subcommands, under the --help of a command's default */
} PursuitCli;

typedef gboolean (*PursuitCliCommandFunc) (PursuitCli  *cli,
                                           int          argc,
                                           char       **argv,
                                           GError     **error);

/* A row of a table of commands, or of a command's subcommands. */
typedef struct
{
  const char            *name;
  PursuitCliCommandFunc  func;
  const char            *summary;   /* marked for translation, untranslated */
} PursuitCliCommand;

/* pursuit-cli.c: the run, the store, stages, messages */
PursuitStore   *_pursuit_cli_open_store          (PursuitCli          *cli,
                                                  GError             **error);
char           *_pursuit_cli_get_data_dir        (PursuitCli          *cli);
const char     *_pursuit_cli_stage_label         (PursuitCli          *cli,
                                                  const char          *key);
char           *_pursuit_cli_resolve_stage       (PursuitCli          *cli,
                                                  const char          *text,
                                                  GError             **error);
void            _pursuit_cli_capture_messages    (GPtrArray           *sink);
void            _pursuit_cli_warn                (const char          *format,
                                                  ...) G_GNUC_PRINTF (1, 2);
gboolean        _pursuit_cli_write_stdout        (const char          *data,
                                                  gsize                length,
                                                  GError             **error);
gboolean        _pursuit_cli_write_export        (PursuitCli          *cli,
                                                  const char          *output,
                                                  const char          *text,
                                                  const char          *format,
                                                  gint64               n_jobs,
                                                  char               **out_shown,
                                                  GError             **error);
gboolean        _pursuit_cli_print_written       (const char          *path,
                                                  const char          *format,
                                                  gint64               n_jobs,
                                                  GError             **error);

/* pursuit-cli-args.c: options and arguments */
GOptionContext *_pursuit_cli_context_new         (PursuitCli          *cli,
                                                  const char          *parameters,
                                                  const char          *summary,
                                                  const GOptionEntry  *entries);
GStrv           _pursuit_cli_parse               (PursuitCli          *cli,
                                                  GOptionContext      *context,
                                                  const GOptionEntry  *entries,
                                                  int                 *argc,
                                                  char              ***argv,
                                                  GError             **error);
gboolean        _pursuit_cli_check_text          (char               **text,
                                                  const char          *what,
                                                  GError             **error);
char           *_pursuit_cli_join_words          (char               **words,
                                                  const char          *what,
                                                  GError             **error);
gboolean        _pursuit_cli_usage_error         (GError             **error,
                                                  const char          *format,
                                                  ...) G_GNUC_PRINTF (2, 3);
gboolean        _pursuit_cli_check_n_args        (char               **args,
                                                  guint                n_wanted,
                                                  const char          *names,
                                                  GError             **error);
gboolean        _pursuit_cli_parse_id            (const char          *text,
                                                  gint64              *out_id,
                                                  GError             **error);
GStrv           _pursuit_cli_parse_command       (PursuitCli          *cli,
                                                  int                  argc,
                                                  char               **argv,
                                                  const char          *parameters,
                                                  guint                n_args,
                                                  const char          *summary,
                                                  const GOptionEntry  *entries,
                                                  GError             **error);
gboolean        _pursuit_cli_parse_id_command    (PursuitCli          *cli,
                                                  int                  argc,
                                                  char               **argv,
                                                  const char          *parameter,
                                                  const char          *summary,
                                                  gint64              *out_id,
                                                  GError             **error);
gboolean        _pursuit_cli_run_subcommand      (PursuitCli          *cli,
                                                  const char          *command,
                                                  const PursuitCliCommand *subcommands,
                                                  guint                n_subcommands,
                                                  PursuitCliCommandFunc otherwise,
                                                  int                  argc,
                                                  char               **argv,
                                                  GError             **error);
gboolean        _pursuit_cli_refuse_subcommand_word (const char       *command,
                                                  int                  argc,
                                                  char               **argv,
                                                  GError             **error);
gboolean        _pursuit_cli_parse_time          (const char          *text,
                                                  gint64              *out_time,
                                                  GError             **error);

/* pursuit-cli-input.c: files and web pages */
gboolean        _pursuit_cli_is_web_address      (const char          *text);
GBytes         *_pursuit_cli_read_input          (const char          *file_or_url,
                                                  char               **out_origin,
                                                  GError             **error);
GBytes         *_pursuit_cli_fetch               (const char          *url,
                                                  char               **out_final_url,
                                                  GError             **error);

/* pursuit-cli-json.c */
typedef JsonNode *(*PursuitCliToJsonFunc) (gpointer item);

char           *_pursuit_cli_format_iso_time     (gint64               unix_time);
void            _pursuit_cli_json_add_string     (JsonBuilder         *builder,
                                                  const char          *name,
                                                  const char          *value);
void            _pursuit_cli_json_add_strv       (JsonBuilder         *builder,
                                                  const char          *name,
                                                  const char * const  *strv);
void            _pursuit_cli_json_add_time       (JsonBuilder         *builder,
                                                  const char          *name,
                                                  gint64               unix_time);
JsonNode       *_pursuit_cli_job_to_json         (PursuitCli          *cli,
                                                  PursuitJob          *job);
JsonNode       *_pursuit_cli_jobs_to_json        (PursuitCli          *cli,
                                                  GPtrArray           *jobs);
JsonNode       *_pursuit_cli_note_to_json        (PursuitNote         *note);
JsonNode       *_pursuit_cli_interview_to_json   (PursuitInterview    *interview);
JsonNode       *_pursuit_cli_interviews_to_json  (GPtrArray           *interviews);
JsonNode       *_pursuit_cli_follow_up_to_json   (PursuitFollowUp     *follow_up);
char           *_pursuit_cli_format_local_iso_time (gint64             unix_time);
const char     *_pursuit_cli_agenda_kind_key     (PursuitAgendaKind    kind);
JsonNode       *_pursuit_cli_agenda_to_json      (GPtrArray           *items,
                                                  gint64               now);
gboolean        _pursuit_cli_print_json          (JsonNode            *node,
                                                  GError             **error);
gboolean        _pursuit_cli_print_json_list     (GPtrArray           *items,
                                                  PursuitCliToJsonFunc to_json,
                                                  GError             **error);

/* pursuit-cli-output.c: text for people */
char           *_pursuit_cli_sanitize            (const char          *text,
                                                  gboolean             keep_newlines);
char           *_pursuit_cli_format_local_time   (gint64               unix_time);
void            _pursuit_cli_print_table         (const char * const  *headers,
                                                  GPtrArray           *rows,
                                                  const guint         *max_widths);
void            _pursuit_cli_print_jobs          (PursuitCli          *cli,
                                                  GPtrArray           *jobs);
void            _pursuit_cli_print_job           (PursuitCli          *cli,
                                                  PursuitJob          *job);

/* pursuit-cli-jobs.c: shared with `add` */
gboolean        _pursuit_cli_print_job_by_id     (PursuitCli          *cli,
                                                  gint64               job_id,
                                                  GError             **error);
gboolean        _pursuit_cli_is_withdrawn_stage  (PursuitCli          *cli,
                                                  const char          *key);

/* The commands */
gboolean        _pursuit_cli_cmd_add             (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_list            (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_show            (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_move            (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_note            (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_tag             (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_untag           (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_search          (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_stages          (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_import          (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_export          (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_demo            (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_backups         (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_restore         (PursuitCli *cli, int argc, char **argv, GError **error);

/* pursuit-cli-schedule.c: interviews, follow-ups, what is due, iCalendar */
gboolean        _pursuit_cli_cmd_interview       (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_follow_up       (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_due             (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_export_ics      (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_import_ics      (PursuitCli *cli, int argc, char **argv, GError **error);

/* pursuit-cli-mail.c: one email classified, the suggestions from mail */
gboolean        _pursuit_cli_cmd_classify_email  (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_suggestions     (PursuitCli *cli, int argc, char **argv, GError **error);

/* pursuit-cli-matching.c: CVs, match scores, recommendations, practice */
PursuitCv      *_pursuit_cli_require_active_cv   (PursuitCli          *cli,
                                                  const char          *missing,
                                                  GError             **error);
gboolean        _pursuit_cli_cmd_cv              (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_match           (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_recommend       (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_practice        (PursuitCli *cli, int argc, char **argv, GError **error);

/* pursuit-cli-reports.c: the Reports page's numbers, its PDF, a job's PDF */
gboolean        _pursuit_cli_parse_paper         (const char          *text,
                                                  PursuitPaperSize    *out_paper,
                                                  GError             **error);
gboolean        _pursuit_cli_cmd_report          (PursuitCli *cli, int argc, char **argv, GError **error);

/* pursuit-cli-documents.c: cover letters and CV variants, the application sent */
gboolean        _pursuit_cli_cmd_document        (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_apply           (PursuitCli *cli, int argc, char **argv, GError **error);

/* pursuit-cli-companies.c: company pages and their notes */
gboolean        _pursuit_cli_cmd_company         (PursuitCli *cli, int argc, char **argv, GError **error);

/* pursuit-cli-accounts.c: calendar accounts and sync */
gboolean        _pursuit_cli_cmd_accounts        (PursuitCli *cli, int argc, char **argv, GError **error);
gboolean        _pursuit_cli_cmd_sync            (PursuitCli *cli, int argc, char **argv, GError **error);

G_END_DECLS
