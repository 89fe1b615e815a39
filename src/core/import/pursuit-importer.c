/* pursuit-importer.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-importer"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-backup.h"
#include "pursuit-board-parser.h"
#include "pursuit-csv.h"
#include "pursuit-importer.h"
#include "pursuit-store-companies.h"
#include "pursuit-posting-parser.h"

/* Imports are capped well above any real board or export, so a runaway
 * file fails at once instead of filling memory. */
#define MAX_IMPORT_SIZE (256 * 1024 * 1024)

void
pursuit_import_report_free (PursuitImportReport *report)
{
  if (report == NULL)
    return;

  g_clear_pointer (&report->added, g_ptr_array_unref);
  g_clear_pointer (&report->merged, g_ptr_array_unref);
  g_free (report);
}

const char *
pursuit_import_format_to_string (PursuitImportFormat format)
{
  switch (format)
    {
    case PURSUIT_IMPORT_FORMAT_BACKUP:
      return "backup";
    case PURSUIT_IMPORT_FORMAT_CSV:
      return "csv";
    case PURSUIT_IMPORT_FORMAT_HTML:
      return "html";
    case PURSUIT_IMPORT_FORMAT_GREENHOUSE:
      return "greenhouse";
    case PURSUIT_IMPORT_FORMAT_LEVER:
      return "lever";
    case PURSUIT_IMPORT_FORMAT_ASHBY:
      return "ashby";
    case PURSUIT_IMPORT_FORMAT_UNKNOWN:
    default:
      return "unknown";
    }
}

static const char *
skip_space (const char *data,
            gsize       length,
            gsize      *offset)
{
  gsize i = 0;

  /* A UTF-8 byte order mark counts as space here. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  while (i < length && g_ascii_isspace (data[i]))
    i++;

  *offset = i;
  return data + i;
}

static gboolean
looks_like_html (const char *data,
                 gsize       length)
{
  gsize head = MIN (length, 4096);
  g_autofree char *lower = g_ascii_strdown (data, head);

  return strstr (lower, "<!doctype html") != NULL ||
         strstr (lower, "<html") != NULL ||
         strstr (lower, "<head") != NULL ||
         strstr (lower, "<body") != NULL;
}

/**
 * pursuit_importer_detect:
 * @data: the file's contents
 * @length: their length
 * @name_hint: (nullable): a file name or address, to tell CSV from text
 *
 * Returns: the format @data is in
 */
PursuitImportFormat
pursuit_importer_detect (const char *data,
                         gsize       length,
                         const char *name_hint)
{
  const char *start;
  gsize offset;

  g_return_val_if_fail (data != NULL || length == 0, PURSUIT_IMPORT_FORMAT_UNKNOWN);

  if (length == 0)
    return PURSUIT_IMPORT_FORMAT_UNKNOWN;

  start = skip_space (data, length, &offset);
  if (offset < length && (*start == '{' || *start == '['))
    {
      if (pursuit_backup_is_json_backup (start, length - offset))
        return PURSUIT_IMPORT_FORMAT_BACKUP;

      switch (pursuit_board_detect (start, length - offset))
        {
        case PURSUIT_BOARD_GREENHOUSE:
          return PURSUIT_IMPORT_FORMAT_GREENHOUSE;
        case PURSUIT_BOARD_LEVER:
          return PURSUIT_IMPORT_FORMAT_LEVER;
        case PURSUIT_BOARD_ASHBY:
          return PURSUIT_IMPORT_FORMAT_ASHBY;
        case PURSUIT_BOARD_AUTO:
        case PURSUIT_BOARD_NONE:
        default:
          return PURSUIT_IMPORT_FORMAT_UNKNOWN;
        }
    }

  if (*start == '<' || looks_like_html (data, length))
    return PURSUIT_IMPORT_FORMAT_HTML;

  if (name_hint != NULL &&
      (g_str_has_suffix (name_hint, ".html") || g_str_has_suffix (name_hint, ".htm")))
    return PURSUIT_IMPORT_FORMAT_HTML;

  if ((name_hint != NULL && (g_str_has_suffix (name_hint, ".csv") || g_str_has_suffix (name_hint, ".tsv"))) ||
      memchr (data, ',', MIN (length, 4096)) != NULL ||
      memchr (data, ';', MIN (length, 4096)) != NULL ||
      memchr (data, '\t', MIN (length, 4096)) != NULL)
    return PURSUIT_IMPORT_FORMAT_CSV;

  return PURSUIT_IMPORT_FORMAT_UNKNOWN;
}

/* The board name is the path segment after the API's fixed prefix, e.g.
 * https://boards-api.greenhouse.io/v1/boards/acme/jobs. */
static char *
company_from_board_address (const char          *origin,
                            PursuitImportFormat  format)
{
  static const struct {
    PursuitImportFormat format;
    const char *marker;
  } markers[] = {
    { PURSUIT_IMPORT_FORMAT_GREENHOUSE, "/boards/" },
    { PURSUIT_IMPORT_FORMAT_LEVER, "/postings/" },
    { PURSUIT_IMPORT_FORMAT_ASHBY, "/job-board/" },
  };
  g_autoptr(GUri) uri = NULL;
  const char *path;

  if (origin == NULL || (uri = g_uri_parse (origin, G_URI_FLAGS_NONE, NULL)) == NULL)
    return NULL;

  path = g_uri_get_path (uri);
  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    {
      const char *found;
      g_autofree char *name = NULL;
      gsize end;

      if (markers[i].format != format || (found = strstr (path, markers[i].marker)) == NULL)
        continue;

      name = g_uri_unescape_string (found + strlen (markers[i].marker), NULL);
      if (name == NULL || !g_utf8_validate (name, -1, NULL))
        return NULL;

      end = strcspn (name, "/?");
      name[end] = '\0';
      if (name[0] == '\0')
        return NULL;

      name[0] = g_ascii_toupper (name[0]);
      return g_steal_pointer (&name);
    }

  return NULL;
}

static gboolean
is_web_address (const char *origin)
{
  return origin != NULL &&
         (g_str_has_prefix (origin, "http://") || g_str_has_prefix (origin, "https://"));
}

/* What a posting said about its company rides along with its job, from
 * parsing to the write, so that the batch API needs no extra argument. */
#define POSTING_COMPANY_KEY "pursuit-posting-company"

/* Keeps the company facts of an imported posting, in the import's own
 * transaction. */
static gboolean
remember_company (PursuitStore  *store,
                  PursuitJob    *job,
                  GError       **error)
{
  PursuitCompany *company = g_object_get_data (G_OBJECT (job), POSTING_COMPANY_KEY);

  if (company == NULL)
    return TRUE;

  return pursuit_store_remember_company_info (store, company, error);
}

static GPtrArray *
parse_jobs (const char           *data,
            gsize                 length,
            const char           *origin,
            PursuitImportFormat   format,
            PursuitCsvMapping    *mapping,
            GPtrArray           **out_notes,
            GError              **error)
{
  g_autofree char *company = NULL;
  g_autoptr(PursuitJob) fallback = NULL;
  g_autoptr(PursuitCompany) posting_company = NULL;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *jobs;
  PursuitJob *job;

  switch (format)
    {
    case PURSUIT_IMPORT_FORMAT_CSV:
      return pursuit_csv_parse_jobs (data, length, mapping, out_notes, error);

    case PURSUIT_IMPORT_FORMAT_HTML:
      job = pursuit_posting_parse_html_full (data, length, is_web_address (origin) ? origin : NULL,
                                             &fallback, &posting_company, &local_error);
      if (job != NULL && posting_company != NULL)
        g_object_set_data_full (G_OBJECT (job), POSTING_COMPANY_KEY,
                                g_steal_pointer (&posting_company), g_object_unref);
      if (job == NULL && fallback != NULL &&
          g_error_matches (local_error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_NO_POSTING))
        {
          /* Still worth keeping: the user wanted this page. */
          g_message ("%s", local_error->message);
          job = g_steal_pointer (&fallback);
        }
      if (job == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      jobs = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (jobs, job);
      return jobs;

    case PURSUIT_IMPORT_FORMAT_GREENHOUSE:
    case PURSUIT_IMPORT_FORMAT_LEVER:
    case PURSUIT_IMPORT_FORMAT_ASHBY:
      company = company_from_board_address (origin, format);
      return pursuit_board_parse (data, length,
                                  format == PURSUIT_IMPORT_FORMAT_GREENHOUSE ? PURSUIT_BOARD_GREENHOUSE :
                                  format == PURSUIT_IMPORT_FORMAT_LEVER ? PURSUIT_BOARD_LEVER :
                                  PURSUIT_BOARD_ASHBY,
                                  company, error);

    case PURSUIT_IMPORT_FORMAT_BACKUP:
    case PURSUIT_IMPORT_FORMAT_UNKNOWN:
    default:
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("This is not a file Pursuit can import: expected a Pursuit backup, a CSV file, a job posting page, or a Greenhouse, Lever or Ashby job board"));
      return NULL;
    }
}

#define MERGE_TEXT(field) \
  if (pursuit_job_get_##field (stored) == NULL && pursuit_job_get_##field (imported) != NULL) \
    { \
      pursuit_job_set_##field (stored, pursuit_job_get_##field (imported)); \
      changed = TRUE; \
    }

/* Fills what the stored job lacks; never overwrites what the user has. */
static gboolean
merge_into (PursuitJob *stored,
            PursuitJob *imported)
{
  gboolean changed = FALSE;

  MERGE_TEXT (location)
  MERGE_TEXT (url)
  MERGE_TEXT (apply_url)
  MERGE_TEXT (description)
  MERGE_TEXT (employment_type)
  MERGE_TEXT (posted_date)
  MERGE_TEXT (deadline)

  if (pursuit_job_get_salary_min (stored) == 0 && pursuit_job_get_salary_max (stored) == 0 &&
      (pursuit_job_get_salary_min (imported) > 0 || pursuit_job_get_salary_max (imported) > 0))
    {
      pursuit_job_set_salary_min (stored, pursuit_job_get_salary_min (imported));
      pursuit_job_set_salary_max (stored, pursuit_job_get_salary_max (imported));
      pursuit_job_set_currency (stored, pursuit_job_get_currency (imported));
      pursuit_job_set_salary_period (stored, pursuit_job_get_salary_period (imported));
      changed = TRUE;
    }

  if (!pursuit_job_get_remote (stored) && pursuit_job_get_remote (imported))
    {
      pursuit_job_set_remote (stored, TRUE);
      changed = TRUE;
    }

  /* Tags add up: the user's stay, the file's new ones join them. */
  for (const char * const *tag = pursuit_job_get_tags (imported); *tag != NULL; tag++)
    {
      if (!pursuit_job_has_tag (stored, *tag))
        {
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          g_auto(GStrv) tags = NULL;

          g_strv_builder_addv (builder, (const char **)pursuit_job_get_tags (stored));
          g_strv_builder_add (builder, *tag);
          tags = g_strv_builder_end (builder);
          pursuit_job_set_tags (stored, (const char * const *)tags);
          changed = TRUE;
        }
    }

  return changed;
}

#undef MERGE_TEXT

static gboolean
import_one (PursuitStore            *store,
            PursuitJob              *job,
            const char              *note_text,
            PursuitDuplicatePolicy   duplicates,
            PursuitImportReport     *report,
            GError                 **error)
{
  gint64 duplicate_id = pursuit_store_find_duplicate (store, job);
  g_autoptr(PursuitJob) stored = NULL;
  gint64 id;

  if (duplicate_id != 0)
    {
      if (duplicates == PURSUIT_DUPLICATES_SKIP)
        {
          report->n_skipped++;
          return TRUE;
        }

      stored = pursuit_store_get_job (store, duplicate_id, error);
      if (stored == NULL)
        return FALSE;

      if (!remember_company (store, job, error))
        return FALSE;

      if (merge_into (stored, job))
        {
          if (!pursuit_store_update_job (store, stored, error))
            return FALSE;
          g_ptr_array_add (report->merged, g_steal_pointer (&stored));
        }
      else
        {
          report->n_skipped++;
        }

      return TRUE;
    }

  id = pursuit_store_add_job (store, job, error);
  if (id == 0)
    return FALSE;

  if (!remember_company (store, job, error))
    return FALSE;

  if (note_text != NULL && note_text[0] != '\0')
    {
      g_autoptr(PursuitNote) note = pursuit_note_new ();

      pursuit_note_set_job_id (note, id);
      pursuit_note_set_body (note, note_text);
      if (pursuit_store_add_note (store, note, error) == 0)
        return FALSE;
    }

  stored = pursuit_store_get_job (store, id, error);
  if (stored == NULL)
    return FALSE;

  g_ptr_array_add (report->added, g_steal_pointer (&stored));
  return TRUE;
}

static PursuitImportReport *import_all (PursuitStore           *store,
                                        GPtrArray              *jobs,
                                        GPtrArray              *notes,
                                        PursuitDuplicatePolicy  duplicates,
                                        GError                **error);

/**
 * pursuit_importer_import:
 * @store: the store to import into
 * @data: the file or page contents
 * @length: their length
 * @origin: (nullable): where they came from: a web address (a posting's or
 *   a board API's), or a file name
 * @duplicates: what to do with jobs already in the store
 * @error: a location for a #GError
 *
 * Detects the format, parses every job and writes them in one
 * transaction: either all of them land, or none. A Pursuit backup is
 * restored only into an empty store.
 *
 * Returns: (transfer full) (nullable): what was imported
 */
PursuitImportReport *
pursuit_importer_import (PursuitStore            *store,
                         const char              *data,
                         gsize                    length,
                         const char              *origin,
                         PursuitDuplicatePolicy   duplicates,
                         GError                 **error)
{
  g_autoptr(PursuitImportReport) report = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  PursuitImportFormat format;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > MAX_IMPORT_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (MAX_IMPORT_SIZE);

      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_TOO_LARGE,
                   _("The file is too large to import (%s; at most %s)"), size, limit);
      return NULL;
    }

  report = g_new0 (PursuitImportReport, 1);
  report->added = g_ptr_array_new_with_free_func (g_object_unref);
  report->merged = g_ptr_array_new_with_free_func (g_object_unref);

  format = pursuit_importer_detect (data, length, origin);
  if (format == PURSUIT_IMPORT_FORMAT_BACKUP)
    {
      if (pursuit_backup_count_jobs (store) > 0)
        {
          guint n_jobs = pursuit_backup_count_jobs (store);

          g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "This is a Pursuit backup: restoring it replaces the %u job in the store",
                                    "This is a Pursuit backup: restoring it replaces all %u jobs in the store",
                                    n_jobs),
                       n_jobs);
          return NULL;
        }

      if (!pursuit_backup_restore_json (store, data, length, error))
        return NULL;

      g_ptr_array_unref (report->added);
      report->added = pursuit_store_list_jobs (store, NULL, error);
      return report->added ? g_steal_pointer (&report) : NULL;
    }

  jobs = parse_jobs (data, length, origin, format, NULL, &notes, error);
  if (jobs == NULL)
    return NULL;

  return import_all (store, jobs, notes, duplicates, error);
}

/**
 * pursuit_importer_import_csv:
 * @store: the store to import into
 * @data: (array length=length): a CSV file
 * @length: its length
 * @mapping: (nullable): the columns' fields, as the user chose them in the
 *   mapping dialog; %NULL guesses them from the header
 * @duplicates: what to do with jobs already in the store
 * @error: a location for a #GError
 *
 * Like [func@Pursuit.importer_import] for a CSV file, with a given mapping.
 *
 * Returns: (transfer full) (nullable): what was imported
 */
PursuitImportReport *
pursuit_importer_import_csv (PursuitStore           *store,
                             const char             *data,
                             gsize                   length,
                             PursuitCsvMapping      *mapping,
                             PursuitDuplicatePolicy  duplicates,
                             GError                **error)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (mapping == NULL || PURSUIT_IS_CSV_MAPPING (mapping), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  jobs = pursuit_importer_parse (data, length, "import.csv", mapping, &notes, error);
  if (jobs == NULL)
    return NULL;

  return import_all (store, jobs, notes, duplicates, error);
}

/**
 * pursuit_importer_parse:
 * @data: (array length=length): the file or page contents
 * @length: their length
 * @origin: (nullable): where they came from, as for [func@Pursuit.importer_import]
 * @mapping: (nullable): for a CSV file, the columns' fields; %NULL guesses them
 * @out_notes: (out) (optional) (element-type utf8) (transfer full): the
 *   notes text of each job, in the same order (an element may be %NULL)
 * @error: a location for a #GError
 *
 * Detects the format and parses every job, without touching a store, so
 * it may run in a worker thread; [func@Pursuit.import_batch_new] then
 * writes the jobs. A Pursuit backup is not parsed here: it is restored as
 * a whole (%PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT).
 *
 * Returns: (transfer full) (element-type PursuitJob): the jobs, or %NULL
 *   with @error set
 */
GPtrArray *
pursuit_importer_parse (const char         *data,
                        gsize               length,
                        const char         *origin,
                        PursuitCsvMapping  *mapping,
                        GPtrArray         **out_notes,
                        GError            **error)
{
  PursuitImportFormat format;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (mapping == NULL || PURSUIT_IS_CSV_MAPPING (mapping), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (out_notes != NULL)
    *out_notes = NULL;

  if (length > MAX_IMPORT_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (MAX_IMPORT_SIZE);

      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_TOO_LARGE,
                   _("The file is too large to import (%s; at most %s)"), size, limit);
      return NULL;
    }

  format = pursuit_importer_detect (data, length, origin);

  /* A mapping says the user chose CSV, even for a file without a delimiter
   * in its first 4 KiB (a single column). */
  if (mapping != NULL && format != PURSUIT_IMPORT_FORMAT_BACKUP)
    format = PURSUIT_IMPORT_FORMAT_CSV;

  return parse_jobs (data, length, origin, format, mapping, out_notes, error);
}

/* Batches ----------------------------------------------------------------- */

struct _PursuitImportBatch
{
  PursuitStore           *store;
  GPtrArray              *jobs;
  GPtrArray              *notes;
  PursuitImportReport    *report;
  PursuitDuplicatePolicy  duplicates;
  guint                   n_done;
  gboolean                open;
  gboolean                failed;
};

/**
 * pursuit_import_batch_new:
 * @store: the store to import into
 * @jobs: (element-type PursuitJob): parsed jobs, from [func@Pursuit.importer_parse]
 * @notes: (nullable) (element-type utf8): the notes text of each job
 * @duplicates: what to do with jobs already in the store
 *
 * Prepares to write @jobs. Call [func@Pursuit.import_batch_step] until
 * [func@Pursuit.import_batch_is_done], then [func@Pursuit.import_batch_commit];
 * or [func@Pursuit.import_batch_rollback] to cancel, which leaves the store
 * as it was.
 *
 * The first step opens a store transaction that stays open until the
 * commit or rollback: every write to the store in between, from anywhere,
 * joins it, and the store holds its change signals back until the commit.
 * The caller keeps other writers away meanwhile (the window is modal).
 *
 * Returns: (transfer full): a new batch
 */
PursuitImportBatch *
pursuit_import_batch_new (PursuitStore           *store,
                          GPtrArray              *jobs,
                          GPtrArray              *notes,
                          PursuitDuplicatePolicy  duplicates)
{
  PursuitImportBatch *self;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (jobs != NULL, NULL);

  self = g_new0 (PursuitImportBatch, 1);
  self->store = g_object_ref (store);
  self->jobs = g_ptr_array_ref (jobs);
  self->notes = notes != NULL ? g_ptr_array_ref (notes) : NULL;
  self->duplicates = duplicates;
  self->report = g_new0 (PursuitImportReport, 1);
  self->report->added = g_ptr_array_new_with_free_func (g_object_unref);
  self->report->merged = g_ptr_array_new_with_free_func (g_object_unref);

  return self;
}

/**
 * pursuit_import_batch_free:
 * @self: (transfer full): a batch
 *
 * Frees @self, rolling its transaction back if it is still open.
 */
void
pursuit_import_batch_free (PursuitImportBatch *self)
{
  if (self == NULL)
    return;

  if (self->open)
    pursuit_import_batch_rollback (self);

  g_clear_object (&self->store);
  g_clear_pointer (&self->jobs, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->report, pursuit_import_report_free);
  g_free (self);
}

/**
 * pursuit_import_batch_step:
 * @self: a batch
 * @max_jobs: how many jobs to write at most
 * @error: a location for a #GError
 *
 * Writes the next @max_jobs jobs. On failure the whole batch is rolled
 * back and @error says which job failed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_import_batch_step (PursuitImportBatch  *self,
                           guint                max_jobs,
                           GError             **error)
{
  guint end;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->failed, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->open)
    {
      if (self->n_done > 0)
        {
          g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                       _("The import was cancelled"));
          return FALSE;
        }

      if (!pursuit_store_begin (self->store, error))
        {
          self->failed = TRUE;
          return FALSE;
        }
      self->open = TRUE;
    }

  end = self->n_done + MIN (max_jobs, self->jobs->len - self->n_done);

  for (; self->n_done < end; self->n_done++)
    {
      guint i = self->n_done;
      PursuitJob *job = g_ptr_array_index (self->jobs, i);
      const char *note_text = self->notes != NULL && i < self->notes->len ?
                              g_ptr_array_index (self->notes, i) : NULL;

      if (!import_one (self->store, job, note_text, self->duplicates, self->report, error))
        {
          pursuit_import_batch_rollback (self);
          self->failed = TRUE;
          if (self->jobs->len > 1)
            g_prefix_error (error, _("Job %u of %u (“%s”): "), i + 1, self->jobs->len,
                            pursuit_job_get_title (job));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * pursuit_import_batch_is_done:
 * @self: a batch
 *
 * Returns: whether every job has been written (the batch can be committed)
 */
gboolean
pursuit_import_batch_is_done (PursuitImportBatch *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->n_done >= self->jobs->len;
}

/**
 * pursuit_import_batch_get_n_done:
 * @self: a batch
 *
 * Returns: how many jobs have been written so far
 */
guint
pursuit_import_batch_get_n_done (PursuitImportBatch *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_done;
}

/**
 * pursuit_import_batch_get_n_jobs:
 * @self: a batch
 *
 * Returns: how many jobs the batch writes in all
 */
guint
pursuit_import_batch_get_n_jobs (PursuitImportBatch *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->jobs->len;
}

/**
 * pursuit_import_batch_commit:
 * @self: a batch whose every job is written
 * @error: a location for a #GError
 *
 * Commits the transaction; the store then emits its change signals.
 *
 * Returns: (transfer full) (nullable): what was imported
 */
PursuitImportReport *
pursuit_import_batch_commit (PursuitImportBatch  *self,
                             GError             **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (!self->failed, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* An empty batch never opened a transaction: nothing to commit. */
  if (!self->open && self->jobs->len > 0)
    {
      if (!pursuit_import_batch_step (self, self->jobs->len, error))
        return NULL;
    }

  g_return_val_if_fail (pursuit_import_batch_is_done (self), NULL);

  if (self->open)
    {
      self->open = FALSE;
      if (!pursuit_store_commit (self->store, error))
        {
          self->failed = TRUE;
          return NULL;
        }
    }

  return g_steal_pointer (&self->report);
}

/**
 * pursuit_import_batch_rollback:
 * @self: a batch
 *
 * Cancels the import: nothing of it stays in the store, and no change
 * signal is emitted.
 */
void
pursuit_import_batch_rollback (PursuitImportBatch *self)
{
  g_return_if_fail (self != NULL);

  if (!self->open)
    return;

  self->open = FALSE;
  pursuit_store_rollback (self->store);
}

static PursuitImportReport *
import_all (PursuitStore           *store,
            GPtrArray              *jobs,
            GPtrArray              *notes,
            PursuitDuplicatePolicy  duplicates,
            GError                **error)
{
  g_autoptr(PursuitImportBatch) batch = pursuit_import_batch_new (store, jobs, notes, duplicates);

  if (!pursuit_import_batch_step (batch, jobs->len, error))
    return NULL;

  return pursuit_import_batch_commit (batch, error);
}
