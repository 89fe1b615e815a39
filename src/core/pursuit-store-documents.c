/* pursuit-store-documents.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: documents written in the app (cover letters,
 * CV variants) and the application they went out with. Files and links
 * are added through pursuit_store_add_document (pursuit-store-contacts.c);
 * both read the same columns. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-pipeline.h"
#include "pursuit-store-documents.h"
#include "pursuit-store-documents-private.h"
#include "pursuit-store-matching.h"
#include "pursuit-store-private.h"

/* Generous for a letter or a CV; it keeps a runaway paste out of the
 * database. */
#define MAX_BODY_BYTES     (1024 * 1024)
#define MAX_TITLE_CHARS    200
#define MAX_TEMPLATE_CHARS 100

PursuitDocument *
_pursuit_store_document_from_row (sqlite3_stmt *stmt)
{
  PursuitDocument *document = pursuit_document_new ();

  pursuit_document_set_id (document, sqlite3_column_int64 (stmt, 0));
  pursuit_document_set_job_id (document, sqlite3_column_int64 (stmt, 1));
  pursuit_document_set_kind (document, _pursuit_column_text (stmt, 2));
  pursuit_document_set_title (document, _pursuit_column_text (stmt, 3));
  pursuit_document_set_path (document, _pursuit_column_text (stmt, 4));
  pursuit_document_set_created_at (document, sqlite3_column_int64 (stmt, 5));
  pursuit_document_set_body (document, _pursuit_column_text (stmt, 6));
  pursuit_document_set_template (document, _pursuit_column_text (stmt, 7));
  pursuit_document_set_updated_at (document, sqlite3_column_int64 (stmt, 8));
  pursuit_document_set_sent_at (document, sqlite3_column_int64 (stmt, 9));

  return document;
}

static gpointer
read_document_row (sqlite3_stmt *stmt)
{
  return _pursuit_store_document_from_row (stmt);
}

static gboolean
is_document_kind (const char *kind)
{
  return g_strcmp0 (kind, "resume") == 0 || g_strcmp0 (kind, "cover_letter") == 0 ||
         g_strcmp0 (kind, "portfolio") == 0 || g_strcmp0 (kind, "other") == 0;
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Checks @document and writes its cleaned title (stripped) to @title. */
static gboolean
check_document (PursuitDocument  *document,
                char            **title,
                GError          **error)
{
  const char *kind = pursuit_document_get_kind (document);
  const char *body = pursuit_document_get_body (document);
  const char *template_id = pursuit_document_get_template (document);
  const char *path = pursuit_document_get_path (document);
  g_autofree char *stripped = NULL;

  if (!_pursuit_store_check_text (kind, _("document type"), error) ||
      !_pursuit_store_check_text (pursuit_document_get_title (document), _("title"), error) ||
      !_pursuit_store_check_text (body, _("text"), error) ||
      !_pursuit_store_check_text (template_id, _("template"), error) ||
      !_pursuit_store_check_text (path, _("path"), error))
    return FALSE;

  if (!is_document_kind (kind))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Unknown document type “%s”"), kind ? kind : "");
      return FALSE;
    }

  stripped = g_strstrip (g_strdup (pursuit_document_get_title (document) ? pursuit_document_get_title (document) : ""));
  if (stripped[0] == '\0')
    return invalid (error, _("A document needs a title"));
  if (_pursuit_store_has_control_characters (stripped))
    return invalid (error, _("A document title cannot have control characters"));
  if (g_utf8_strlen (stripped, -1) > MAX_TITLE_CHARS)
    return invalid (error, _("A document title can have at most 200 characters"));

  if (body != NULL && strlen (body) > MAX_BODY_BYTES)
    return invalid (error, _("A document’s text can be at most 1 MB"));

  if (template_id != NULL &&
      (template_id[0] == '\0' || _pursuit_store_has_control_characters (template_id) ||
       g_utf8_strlen (template_id, -1) > MAX_TEMPLATE_CHARS))
    return invalid (error, _("A document’s template must be a short name"));

  if (path != NULL && !_pursuit_store_check_document_path (path, error))
    return FALSE;

  *title = g_steal_pointer (&stripped);
  return TRUE;
}

#define INSERT_DOCUMENT_SQL \
  "INSERT INTO documents (job_id, kind, title, path, body, template," \
  " created_at, updated_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"

/* Binds INSERT_DOCUMENT_SQL's values: @document's, but for the job, the
 * (cleaned) title and the time it was sent (0 for not yet), as written
 * @now. */
static void
bind_document_insert (sqlite3_stmt    *stmt,
                      PursuitDocument *document,
                      gint64           job_id,
                      const char      *title,
                      gint64           sent_at,
                      gint64           now)
{
  _pursuit_bind_optional_int64 (stmt, 1, job_id);
  _pursuit_bind_text (stmt, 2, pursuit_document_get_kind (document));
  _pursuit_bind_text (stmt, 3, title);
  _pursuit_bind_text (stmt, 4, pursuit_document_get_path (document));
  _pursuit_bind_text (stmt, 5, pursuit_document_get_body (document));
  _pursuit_bind_text (stmt, 6, pursuit_document_get_template (document));
  sqlite3_bind_int64 (stmt, 7, now);
  sqlite3_bind_int64 (stmt, 8, now);
  _pursuit_bind_optional_int64 (stmt, 9, sent_at);
}

static gint64
insert_document (PursuitStore     *self,
                 PursuitDocument  *document,
                 const char       *title,
                 gint64            now,
                 GError          **error)
{
  gint64 job_id = pursuit_document_get_job_id (document);
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_begin_insert (self, job_id, FALSE, INSERT_DOCUMENT_SQL, error);
  if (stmt == NULL)
    return 0;

  bind_document_insert (stmt, document, job_id, title, pursuit_document_get_sent_at (document), now);
  return _pursuit_store_insert_row (self, stmt, PENDING_DOCUMENTS_CHANGED, NULL, job_id, error);
}

static gboolean
update_document (PursuitStore     *self,
                 PursuitDocument  *document,
                 const char       *title,
                 gint64            now,
                 gint64           *job_id,
                 GError          **error)
{
  gint64 id = pursuit_document_get_id (document);
  sqlite3_stmt *stmt;

  if (!_pursuit_store_find_row_job_id (self, "SELECT coalesce (job_id, 0) FROM documents WHERE id = ?",
                                       id, job_id))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no document with id %lld"), (long long)id);
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  /* The job and sent-at stay: the application it went out with is history. */
  stmt = _pursuit_store_prepare (self,
                                 "UPDATE documents SET kind = ?, title = ?, path = ?, body = ?, template = ?,"
                                 " updated_at = ? WHERE id = ?",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, pursuit_document_get_kind (document));
  _pursuit_bind_text (stmt, 2, title);
  _pursuit_bind_text (stmt, 3, pursuit_document_get_path (document));
  _pursuit_bind_text (stmt, 4, pursuit_document_get_body (document));
  _pursuit_bind_text (stmt, 5, pursuit_document_get_template (document));
  sqlite3_bind_int64 (stmt, 6, now);
  sqlite3_bind_int64 (stmt, 7, id);

  return _pursuit_store_change_row (self, stmt, PENDING_DOCUMENTS_CHANGED, *job_id, error);
}

/**
 * pursuit_store_save_document:
 * @self: a store
 * @document: the document to add (id 0) or update
 * @error: a location for a #GError
 *
 * Adds or updates a document. On success @document gets its id (when
 * added), its created-at and updated-at. Emits
 * #PursuitStore::documents-changed.
 *
 * Returns: the document's id, or 0 with @error set
 */
gint64
pursuit_store_save_document (PursuitStore     *self,
                             PursuitDocument  *document,
                             GError          **error)
{
  g_autofree char *title = NULL;
  gint64 now;
  gint64 id;
  gint64 job_id = 0;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!check_document (document, &title, error))
    return 0;

  now = _pursuit_store_now (self);
  id = pursuit_document_get_id (document);

  if (id == 0)
    {
      id = insert_document (self, document, title, now, error);
      if (id == 0)
        return 0;

      pursuit_document_set_id (document, id);
      pursuit_document_set_created_at (document, now);
    }
  else if (!update_document (self, document, title, now, &job_id, error))
    return 0;
  else
    pursuit_document_set_job_id (document, job_id);

  pursuit_document_set_title (document, title);
  pursuit_document_set_updated_at (document, now);
  return id;
}

/**
 * pursuit_store_get_document:
 * @self: a store
 * @document_id: the document
 * @error: a location for a #GError
 *
 * Returns: (transfer full): the document, or %NULL with
 *   %PURSUIT_STORE_ERROR_NOT_FOUND
 */
PursuitDocument *
pursuit_store_get_document (PursuitStore  *self,
                            gint64         document_id,
                            GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _pursuit_store_find_by_id (self,
                                    "SELECT " PURSUIT_STORE_DOCUMENT_COLUMNS " FROM documents WHERE id = ?",
                                    document_id, read_document_row, "reading a document", error,
                                    _("There is no document with id %lld"), (long long)document_id);
}

/* The application's documents, checked before anything is written: each
 * exists and is the job's or of no job. */
static GPtrArray *
collect_documents (PursuitStore  *self,
                   gint64         job_id,
                   const gint64  *document_ids,
                   guint          n_document_ids,
                   GError       **error)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < n_document_ids; i++)
    {
      PursuitDocument *document;
      gint64 owner;

      if (g_hash_table_contains (seen, &document_ids[i]))
        continue;
      g_hash_table_add (seen, (gpointer)&document_ids[i]);

      document = pursuit_store_get_document (self, document_ids[i], error);
      if (document == NULL)
        return NULL;
      g_ptr_array_add (documents, document);

      owner = pursuit_document_get_job_id (document);
      if (owner != 0 && owner != job_id)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("The document “%s” belongs to another job"), pursuit_document_get_title (document));
          return NULL;
        }
    }

  return g_steal_pointer (&documents);
}

static gboolean
mark_sent (PursuitStore  *self,
           gint64         document_id,
           gint64         sent_at,
           GError       **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, "UPDATE documents SET sent_at = ? WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, sent_at);
  sqlite3_bind_int64 (stmt, 2, document_id);
  return _pursuit_store_step_done (self, stmt, error);
}

/* A copy of @document for the job, sent: the original (a CV file of no
 * job, say) stays where it was for the next application. */
static gboolean
insert_sent_copy (PursuitStore     *self,
                  gint64            job_id,
                  PursuitDocument  *document,
                  const char       *title,
                  gint64            sent_at,
                  GError          **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, INSERT_DOCUMENT_SQL, error);

  if (stmt == NULL)
    return FALSE;

  bind_document_insert (stmt, document, job_id, title, sent_at, _pursuit_store_now (self));
  return _pursuit_store_step_done (self, stmt, error);
}

/* The first stage of the "applied" category in board order; NULL when the
 * database has none (it always should). */
static char *
first_applied_stage (PursuitStore  *self,
                     GError       **error)
{
  sqlite3_stmt *stmt;
  char *key = NULL;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT key FROM stages WHERE category = ? ORDER BY position, key LIMIT 1",
                                 error);
  if (stmt == NULL)
    return NULL;

  _pursuit_bind_text (stmt, 1, PURSUIT_STAGE_APPLIED);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    key = g_strdup (_pursuit_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (key == NULL)
    g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                         _("The pipeline has no stage for applications"));
  return key;
}

static char *
stage_category (PursuitStore *self,
                const char   *stage)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, "SELECT category FROM stages WHERE key = ?", NULL);
  char *category = NULL;

  if (stmt == NULL)
    return NULL;

  _pursuit_bind_text (stmt, 1, stage);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    category = g_strdup (_pursuit_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return category;
}

/* Moves a job still in a saved-category stage to Applied, applied on
 * @sent_at's local date; through update_job, so the timeline, the
 * signals and with them the follow-up sequence come as for any move. */
static gboolean
move_to_applied (PursuitStore  *self,
                 gint64         job_id,
                 gint64         sent_at,
                 GError       **error)
{
  g_autoptr(PursuitJob) job = pursuit_store_get_job (self, job_id, error);
  g_autofree char *category = NULL;
  g_autofree char *applied = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GDateTime) sent = NULL;

  if (job == NULL)
    return FALSE;

  category = stage_category (self, pursuit_job_get_stage (job));
  if (g_strcmp0 (category, PURSUIT_STAGE_SAVED) != 0)
    return TRUE;

  applied = first_applied_stage (self, error);
  if (applied == NULL)
    return FALSE;

  sent = g_date_time_new_from_unix_local (sent_at);
  if (sent != NULL)
    date = g_date_time_format (sent, "%Y-%m-%d");

  pursuit_job_set_stage (job, applied);
  if (date != NULL)
    pursuit_job_set_applied_date (job, date);

  return pursuit_store_update_job (self, job, error);
}

static gboolean
record_application_rows (PursuitStore  *self,
                         gint64         job_id,
                         GPtrArray     *documents,
                         PursuitCv     *cv,
                         gint64         sent_at,
                         GError       **error)
{
  g_autoptr(GString) detail = g_string_new (NULL);

  for (guint i = 0; i < documents->len; i++)
    {
      PursuitDocument *document = g_ptr_array_index (documents, i);
      gboolean written;

      if (pursuit_document_get_job_id (document) == job_id)
        written = mark_sent (self, pursuit_document_get_id (document), sent_at, error);
      else
        written = insert_sent_copy (self, job_id, document, pursuit_document_get_title (document),
                                    sent_at, error);
      if (!written)
        return FALSE;

      g_string_append_printf (detail, "%s%s", detail->len ? ", " : "", pursuit_document_get_title (document));
    }

  if (cv != NULL)
    {
      const char *cv_title = pursuit_cv_get_title (cv);
      g_autofree char *title = g_utf8_strlen (cv_title, -1) > MAX_TITLE_CHARS
        ? g_utf8_substring (cv_title, 0, MAX_TITLE_CHARS) : g_strdup (cv_title);
      g_autoptr(PursuitDocument) resume = pursuit_document_new ();

      pursuit_document_set_kind (resume, "resume");
      if (!insert_sent_copy (self, job_id, resume, title, sent_at, error))
        return FALSE;
      g_string_append_printf (detail, "%s%s", detail->len ? ", " : "", title);
    }

  return move_to_applied (self, job_id, sent_at, error) &&
         _pursuit_store_add_event (self, job_id, "application-sent", NULL, NULL,
                                   detail->len ? detail->str : NULL, error) &&
         _pursuit_store_touch_job (self, job_id, error);
}

/**
 * pursuit_store_record_application:
 * @self: a store
 * @job_id: the job applied for
 * @document_ids: (array length=n_document_ids) (nullable): the documents sent
 * @n_document_ids: their number
 * @cv_id: the CV version sent, 0 for none
 * @sent_at: when the application went out (Unix time)
 * @error: a location for a #GError
 *
 * See pursuit-store-documents.h. Nothing is written when a document, the
 * job or the CV is not found, or a document belongs to another job.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_record_application (PursuitStore  *self,
                                  gint64         job_id,
                                  const gint64  *document_ids,
                                  guint          n_document_ids,
                                  gint64         cv_id,
                                  gint64         sent_at,
                                  GError       **error)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(PursuitCv) cv = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (document_ids != NULL || n_document_ids == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (sent_at <= 0)
    return invalid (error, _("An application needs the time it was sent"));

  if (!_pursuit_store_job_exists (self, job_id, error))
    return FALSE;

  documents = collect_documents (self, job_id, document_ids, n_document_ids, error);
  if (documents == NULL)
    return FALSE;

  if (cv_id != 0)
    {
      cv = pursuit_store_get_cv (self, cv_id, error);
      if (cv == NULL)
        return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!record_application_rows (self, job_id, documents, cv, sent_at, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_DOCUMENTS_CHANGED, NULL, job_id, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_list_sent_documents:
 * @self: a store
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (element-type PursuitDocument): every document
 *   sent with an application, the latest first; %NULL with @error set
 */
GPtrArray *
pursuit_store_list_sent_documents (PursuitStore  *self,
                                   GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT " PURSUIT_STORE_DOCUMENT_COLUMNS " FROM documents"
                                 " WHERE sent_at IS NOT NULL ORDER BY sent_at DESC, id DESC",
                                 error);
  if (stmt == NULL)
    return NULL;

  return _pursuit_store_read_rows (self, stmt, read_document_row, "reading the sent documents", error);
}
