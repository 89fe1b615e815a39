/* pursuit-store-contacts.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: a job's contacts and documents, and linking
 * documents again when a job's deletion is undone. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-store-private.h"
#include "pursuit-store-documents-private.h"

/* Stripped text, or NULL for nothing but spaces. */
static char *
dup_optional (const char *text)
{
  g_autofree char *stripped = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  if (stripped == NULL || stripped[0] == '\0')
    return NULL;

  return g_steal_pointer (&stripped);
}

static gboolean
check_length (const char  *text,
              glong        max_chars,
              const char  *message,
              GError     **error)
{
  if (text != NULL && g_utf8_strlen (text, -1) > max_chars)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, message);
      return FALSE;
    }

  return TRUE;
}

/* Something@something, with nothing a mail program would read as a
 * second address or a display name. */
gboolean
_pursuit_store_check_email (const char  *email,
                            GError     **error)
{
  const char *at;
  gboolean valid;

  if (email == NULL)
    return TRUE;

  at = strchr (email, '@');
  valid = at != NULL && at != email && at[1] != '\0' && strchr (at + 1, '@') == NULL &&
          strlen (email) <= 254 && !_pursuit_store_has_control_characters (email) &&
          strpbrk (email, " \t<>()[],;:\"\\") == NULL;

  if (!valid)
    g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                 _("“%s” is not an email address"), email);

  return valid;
}

static gboolean
check_phone (const char  *phone,
             GError     **error)
{
  gboolean has_digit = FALSE;
  gboolean valid = TRUE;

  if (phone == NULL)
    return TRUE;

  for (const char *p = phone; *p != '\0' && valid; p++)
    {
      if (g_ascii_isdigit (*p))
        has_digit = TRUE;
      else
        valid = strchr (" +-()./", *p) != NULL;
    }

  if (!valid || !has_digit || strlen (phone) > 40)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("“%s” is not a phone number: use digits, spaces and + - ( ) . /"), phone);
      return FALSE;
    }

  return TRUE;
}

/* Validates @contact's fields and normalises them in place (stripped,
 * empty ones unset). */
static gboolean
check_contact (PursuitContact  *contact,
               GError         **error)
{
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *notes = NULL;

  if (!_pursuit_store_check_text (pursuit_contact_get_name (contact), _("name"), error) ||
      !_pursuit_store_check_text (pursuit_contact_get_role (contact), _("role"), error) ||
      !_pursuit_store_check_text (pursuit_contact_get_email (contact), _("email address"), error) ||
      !_pursuit_store_check_text (pursuit_contact_get_phone (contact), _("phone number"), error) ||
      !_pursuit_store_check_text (pursuit_contact_get_notes (contact), _("contact note"), error))
    return FALSE;

  name = dup_optional (pursuit_contact_get_name (contact));
  role = dup_optional (pursuit_contact_get_role (contact));
  email = dup_optional (pursuit_contact_get_email (contact));
  phone = dup_optional (pursuit_contact_get_phone (contact));
  notes = dup_optional (pursuit_contact_get_notes (contact));

  if (name == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, _("A contact needs a name"));
      return FALSE;
    }

  if (_pursuit_store_has_control_characters (name) || _pursuit_store_has_control_characters (role))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A name or role cannot have control characters"));
      return FALSE;
    }

  if (!check_length (name, 200, _("A name can have at most 200 characters"), error) ||
      !check_length (role, 200, _("A role can have at most 200 characters"), error) ||
      !check_length (notes, 10000, _("A contact note can have at most 10,000 characters"), error) ||
      !_pursuit_store_check_email (email, error) ||
      !check_phone (phone, error))
    return FALSE;

  pursuit_contact_set_name (contact, name);
  pursuit_contact_set_role (contact, role);
  pursuit_contact_set_email (contact, email);
  pursuit_contact_set_phone (contact, phone);
  pursuit_contact_set_notes (contact, notes);

  return TRUE;
}

/**
 * pursuit_store_add_contact:
 * @self: a store
 * @job_id: the job
 * @name: the person's name
 * @role: (nullable): their role
 * @email: (nullable): their email address
 * @error: a location for a #GError
 *
 * A shorthand for [method@Pursuit.Store.add_contact_full].
 *
 * Returns: the id of the new contact, or 0 with @error set
 */
gint64
pursuit_store_add_contact (PursuitStore  *self,
                           gint64         job_id,
                           const char    *name,
                           const char    *role,
                           const char    *email,
                           GError       **error)
{
  g_autoptr(PursuitContact) contact = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  contact = pursuit_contact_new ();
  pursuit_contact_set_job_id (contact, job_id);
  pursuit_contact_set_name (contact, name);
  pursuit_contact_set_role (contact, role);
  pursuit_contact_set_email (contact, email);

  return pursuit_store_add_contact_full (self, contact, error);
}

/**
 * pursuit_store_add_contact_full:
 * @self: a store
 * @contact: the contact; its job-id names the job
 * @error: a location for a #GError
 *
 * Adds a contact to a job, with the job's company. The name is required;
 * the email address and phone number, when given, must look like one.
 * Emits #PursuitStore::contacts-changed.
 *
 * Returns: the id of the new contact (also set on @contact), or 0 with
 *   @error set
 */
gint64
pursuit_store_add_contact_full (PursuitStore    *self,
                                PursuitContact  *contact,
                                GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 job_id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (PURSUIT_IS_CONTACT (contact), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!check_contact (contact, error))
    return 0;

  job_id = pursuit_contact_get_job_id (contact);
  stmt = _pursuit_store_begin_insert (self, job_id, TRUE,
                                      "INSERT INTO contacts (job_id, company_id, name, role, email, phone, notes, created_at)"
                                      " VALUES (?1, (SELECT company_id FROM jobs WHERE id = ?1), ?2, ?3, ?4, ?5, ?6, ?7)",
                                      error);
  if (stmt == NULL)
    return 0;

  if (pursuit_contact_get_created_at (contact) == 0)
    pursuit_contact_set_created_at (contact, _pursuit_store_now (self));

  sqlite3_bind_int64 (stmt, 1, job_id);
  _pursuit_bind_text (stmt, 2, pursuit_contact_get_name (contact));
  _pursuit_bind_text (stmt, 3, pursuit_contact_get_role (contact));
  _pursuit_bind_text (stmt, 4, pursuit_contact_get_email (contact));
  _pursuit_bind_text (stmt, 5, pursuit_contact_get_phone (contact));
  _pursuit_bind_text (stmt, 6, pursuit_contact_get_notes (contact));
  sqlite3_bind_int64 (stmt, 7, pursuit_contact_get_created_at (contact));

  return _pursuit_store_insert_row (self, stmt, PENDING_CONTACTS_CHANGED, contact, job_id, error);
}

/**
 * pursuit_store_update_contact:
 * @self: a store
 * @contact: the contact, with its id; its job does not change
 * @error: a location for a #GError
 *
 * Saves a contact's name, role, email address, phone number and notes,
 * validated as by [method@Pursuit.Store.add_contact_full]. Emits
 * #PursuitStore::contacts-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_update_contact (PursuitStore    *self,
                              PursuitContact  *contact,
                              GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 job_id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_contact (contact, error))
    return FALSE;

  if (!_pursuit_store_find_row_job_id (self, "SELECT job_id FROM contacts WHERE id = ?",
                                       pursuit_contact_get_id (contact), &job_id))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no contact with id %lld"), (long long)pursuit_contact_get_id (contact));
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE contacts SET name = ?, role = ?, email = ?, phone = ?, notes = ?"
                                 " WHERE id = ?",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, pursuit_contact_get_name (contact));
  _pursuit_bind_text (stmt, 2, pursuit_contact_get_role (contact));
  _pursuit_bind_text (stmt, 3, pursuit_contact_get_email (contact));
  _pursuit_bind_text (stmt, 4, pursuit_contact_get_phone (contact));
  _pursuit_bind_text (stmt, 5, pursuit_contact_get_notes (contact));
  sqlite3_bind_int64 (stmt, 6, pursuit_contact_get_id (contact));

  pursuit_contact_set_job_id (contact, job_id);
  return _pursuit_store_change_row (self, stmt, PENDING_CONTACTS_CHANGED, job_id, error);
}

/**
 * pursuit_store_remove_contact:
 * @self: a store
 * @contact_id: the contact
 * @error: a location for a #GError
 *
 * Emits #PursuitStore::contacts-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_remove_contact (PursuitStore  *self,
                              gint64         contact_id,
                              GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 job_id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pursuit_store_find_row_job_id (self, "SELECT job_id FROM contacts WHERE id = ?",
                                       contact_id, &job_id))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no contact with id %lld"), (long long)contact_id);
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "DELETE FROM contacts WHERE id = ?", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, contact_id);
  return _pursuit_store_change_row (self, stmt, PENDING_CONTACTS_CHANGED, job_id, error);
}

/**
 * pursuit_store_list_contacts:
 *
 * Returns: (transfer full) (element-type PursuitContact): the job's
 *   contacts, oldest first
 */
GPtrArray *
pursuit_store_list_contacts (PursuitStore *self,
                             gint64        job_id)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT id, job_id, name, role, email, phone, notes, created_at"
                                 " FROM contacts WHERE job_id = ? ORDER BY created_at, id",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&contacts);

  sqlite3_bind_int64 (stmt, 1, job_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PursuitContact *contact = pursuit_contact_new ();

      pursuit_contact_set_id (contact, sqlite3_column_int64 (stmt, 0));
      pursuit_contact_set_job_id (contact, sqlite3_column_int64 (stmt, 1));
      pursuit_contact_set_name (contact, _pursuit_column_text (stmt, 2));
      pursuit_contact_set_role (contact, _pursuit_column_text (stmt, 3));
      pursuit_contact_set_email (contact, _pursuit_column_text (stmt, 4));
      pursuit_contact_set_phone (contact, _pursuit_column_text (stmt, 5));
      pursuit_contact_set_notes (contact, _pursuit_column_text (stmt, 6));
      pursuit_contact_set_created_at (contact, sqlite3_column_int64 (stmt, 7));
      g_ptr_array_add (contacts, contact);
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&contacts);
}

/* An absolute file name or an http(s) address with a host. */
gboolean
_pursuit_store_check_document_path (const char  *path,
                                    GError     **error)
{
  g_autoptr(GUri) uri = NULL;

  if (path == NULL)
    return TRUE;

  if (!_pursuit_store_has_control_characters (path) && strlen (path) <= 4096)
    {
      if (g_path_is_absolute (path) && path[0] == '/')
        return TRUE;

      uri = g_uri_parse (path, G_URI_FLAGS_NONE, NULL);
      if (uri != NULL &&
          (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") == 0 ||
           g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0) &&
          g_uri_get_host (uri) != NULL && g_uri_get_host (uri)[0] != '\0')
        return TRUE;
    }

  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
               _("A document must be a file, given by its full path, or an http(s) address"));
  return FALSE;
}

/**
 * pursuit_store_add_document:
 * @self: a store
 * @job_id: the job, or 0 for a document of no job
 * @kind: "resume", "cover_letter", "portfolio" or "other"
 * @title: its title
 * @path: (nullable): an absolute file name or an http(s) address
 * @error: a location for a #GError
 *
 * Emits #PursuitStore::documents-changed.
 *
 * Returns: the id of the new document, or 0 with @error set
 */
gint64
pursuit_store_add_document (PursuitStore  *self,
                            gint64         job_id,
                            const char    *kind,
                            const char    *title,
                            const char    *path,
                            GError       **error)
{
  g_autofree char *stripped_title = NULL;
  g_autofree char *stripped_path = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_pursuit_store_check_text (kind, _("document type"), error) ||
      !_pursuit_store_check_text (title, _("title"), error) ||
      !_pursuit_store_check_text (path, _("path"), error))
    return 0;

  if (g_strcmp0 (kind, "resume") != 0 && g_strcmp0 (kind, "cover_letter") != 0 &&
      g_strcmp0 (kind, "portfolio") != 0 && g_strcmp0 (kind, "other") != 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Unknown document type “%s”"), kind ? kind : "");
      return 0;
    }

  stripped_title = dup_optional (title);
  stripped_path = dup_optional (path);

  if (stripped_title == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, _("A document needs a title"));
      return 0;
    }

  if (_pursuit_store_has_control_characters (stripped_title))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A document title cannot have control characters"));
      return 0;
    }

  if (!check_length (stripped_title, 200, _("A document title can have at most 200 characters"), error) ||
      !_pursuit_store_check_document_path (stripped_path, error))
    return 0;

  stmt = _pursuit_store_begin_insert (self, job_id, FALSE,
                                      "INSERT INTO documents (job_id, kind, title, path, created_at)"
                                      " VALUES (?, ?, ?, ?, ?)",
                                      error);
  if (stmt == NULL)
    return 0;

  _pursuit_bind_optional_int64 (stmt, 1, job_id);
  _pursuit_bind_text (stmt, 2, kind);
  _pursuit_bind_text (stmt, 3, stripped_title);
  _pursuit_bind_text (stmt, 4, stripped_path);
  sqlite3_bind_int64 (stmt, 5, _pursuit_store_now (self));

  return _pursuit_store_insert_row (self, stmt, PENDING_DOCUMENTS_CHANGED, NULL, job_id, error);
}

/**
 * pursuit_store_remove_document:
 * @self: a store
 * @document_id: the document
 * @error: a location for a #GError
 *
 * Forgets a document; its file, if any, is left alone. Emits
 * #PursuitStore::documents-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_remove_document (PursuitStore  *self,
                               gint64         document_id,
                               GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 job_id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pursuit_store_find_row_job_id (self, "SELECT coalesce (job_id, 0) FROM documents WHERE id = ?",
                                       document_id, &job_id))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no document with id %lld"), (long long)document_id);
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "DELETE FROM documents WHERE id = ?", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, document_id);
  return _pursuit_store_change_row (self, stmt, PENDING_DOCUMENTS_CHANGED, job_id, error);
}

/**
 * pursuit_store_list_documents:
 * @self: a store
 * @job_id: the job, or 0 for the documents of no job
 *
 * Returns: (transfer full) (element-type PursuitDocument): the documents,
 *   oldest first
 */
GPtrArray *
pursuit_store_list_documents (PursuitStore *self,
                              gint64        job_id)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT " PURSUIT_STORE_DOCUMENT_COLUMNS
                                 " FROM documents WHERE coalesce (job_id, 0) = ? ORDER BY created_at, id",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&documents);

  sqlite3_bind_int64 (stmt, 1, job_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (documents, _pursuit_store_document_from_row (stmt));
  sqlite3_reset (stmt);

  return g_steal_pointer (&documents);
}

/* Undoing a deletion (pursuit-job-deletion.c): see
 * _pursuit_store_restore_events(). */

/* Links the documents with the ids in @document_ids to @job_id again,
 * those that still belong to no job: a document removed or given to
 * another job since is left alone. */
gboolean
_pursuit_store_relink_documents (PursuitStore  *self,
                                 gint64         job_id,
                                 GArray        *document_ids,
                                 GError       **error)
{
  sqlite3_stmt *stmt;
  guint n_linked = 0;

  if (!_pursuit_store_job_exists (self, job_id, error) ||
      !_pursuit_store_write_begin (self, error))
    return FALSE;

  for (guint i = 0; i < document_ids->len; i++)
    {
      stmt = _pursuit_store_prepare (self,
                                     "UPDATE documents SET job_id = ? WHERE id = ? AND job_id IS NULL",
                                     error);
      if (stmt == NULL)
        goto failed;

      sqlite3_bind_int64 (stmt, 1, job_id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (document_ids, gint64, i));
      if (!_pursuit_store_step_done (self, stmt, error))
        goto failed;

      n_linked += sqlite3_changes (_pursuit_store_get_db (self));
    }

  if (n_linked > 0)
    {
      _pursuit_store_queue_signal (self, PENDING_DOCUMENTS_CHANGED, NULL, 0, NULL, NULL);
      _pursuit_store_queue_signal (self, PENDING_DOCUMENTS_CHANGED, NULL, job_id, NULL, NULL);
    }

  return _pursuit_store_write_end (self, error);

failed:
  _pursuit_store_write_abort (self);
  return FALSE;
}
