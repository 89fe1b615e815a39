/* pursuit-backup.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-backup"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "pursuit-backup.h"
#include "pursuit-store-private.h"

#define BACKUP_FORMAT      "pursuit-backup"
#define BACKUP_VERSION     1
#define SNAPSHOT_PREFIX    "pursuit-"
#define SNAPSHOT_SUFFIX    ".db"
#define SNAPSHOT_INTERVAL  (24 * 60 * 60)

/* The tables a backup holds, in an order that satisfies foreign keys. The
 * full-text index is left out: triggers rebuild it from the rows. */
static const char * const backup_tables[] = {
  "stages",
  "companies",
  "jobs",
  "job_tags",
  "contacts",
  "notes",
  "events",
  "interviews",
  "follow_ups",
  "reminder_state",
  "follow_up_sequences",
  "follow_up_steps",
  "documents",
  "outbox",
  "cache",
  /* Matching (schema 7). A job's extracted requirements are a cache the
   * store rebuilds, so they stay out. */
  "cvs",
  "recommendation_feedback",
  "practice_sessions",
};

/* Settings rather than data: a backup from before they existed leaves the
 * store's own. */
static gboolean
is_kept_when_missing (const char *table)
{
  return g_str_equal (table, "follow_up_sequences") || g_str_equal (table, "follow_up_steps");
}

static gboolean
is_backup_table (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (backup_tables); i++)
    if (g_str_equal (backup_tables[i], name))
      return TRUE;

  return FALSE;
}

static GPtrArray *
table_columns (sqlite3    *db,
               const char *table)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sql = g_strdup_printf ("PRAGMA table_info (\"%s\")", table);
  sqlite3_stmt *stmt = NULL;

  g_assert (is_backup_table (table));

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_ptr_array_add (columns, g_strdup ((const char *)sqlite3_column_text (stmt, 1)));

  sqlite3_finalize (stmt);
  return g_steal_pointer (&columns);
}

static void
add_value (JsonBuilder  *builder,
           sqlite3_stmt *stmt,
           int           column)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_INTEGER:
      json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, column));
      break;
    case SQLITE_FLOAT:
      json_builder_add_double_value (builder, sqlite3_column_double (stmt, column));
      break;
    case SQLITE_TEXT:
      json_builder_add_string_value (builder, (const char *)sqlite3_column_text (stmt, column));
      break;
    case SQLITE_BLOB:
      {
        g_autofree char *encoded = g_base64_encode (sqlite3_column_blob (stmt, column),
                                                    sqlite3_column_bytes (stmt, column));
        json_builder_begin_object (builder);
        json_builder_set_member_name (builder, "base64");
        json_builder_add_string_value (builder, encoded);
        json_builder_end_object (builder);
      }
      break;
    case SQLITE_NULL:
    default:
      json_builder_add_null_value (builder);
      break;
    }
}

static gboolean
export_table (sqlite3      *db,
              const char   *table,
              JsonBuilder  *builder,
              GError      **error)
{
  g_autoptr(GPtrArray) columns = table_columns (db, table);
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  sqlite3_stmt *stmt = NULL;
  int rc;

  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, "%s\"%s\"", i ? ", " : "", (char *)g_ptr_array_index (columns, i));
  g_string_append_printf (sql, " FROM \"%s\"", table);
  /* Accounts, their calendar links and their pushes stay out of backups:
   * they belong to this computer's keyring, and a backup restored
   * elsewhere must not act on someone's calendar. */
  if (g_str_equal (table, "outbox"))
    g_string_append (sql, " WHERE account_id IS NULL");
  g_string_append (sql, " ORDER BY 1");

  if (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
    return _pursuit_store_set_sqlite_error (error, db, "reading a table");

  json_builder_set_member_name (builder, table);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "columns");
  json_builder_begin_array (builder);
  for (guint i = 0; i < columns->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (columns, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      json_builder_begin_array (builder);
      for (guint i = 0; i < columns->len; i++)
        add_value (builder, stmt, i);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    return _pursuit_store_set_sqlite_error (error, db, "reading a table");

  return TRUE;
}

/**
 * pursuit_backup_export_json:
 * @store: a store
 * @error: a location for a #GError
 *
 * Writes every row of every table as JSON, from one consistent read.
 *
 * Returns: (transfer full) (nullable): the backup document
 */
char *
pursuit_backup_export_json (PursuitStore  *store,
                            GError       **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  sqlite3 *db;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  db = _pursuit_store_get_db (store);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, BACKUP_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, BACKUP_VERSION);
  json_builder_set_member_name (builder, "schema");
  json_builder_add_int_value (builder, pursuit_store_get_schema_version (store));
  json_builder_set_member_name (builder, "created_at");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "tables");
  json_builder_begin_object (builder);

  /* One read transaction, so the tables agree with each other. */
  if (!_pursuit_store_write_begin (store, error))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (backup_tables); i++)
    {
      if (!export_table (db, backup_tables[i], builder, error))
        {
          _pursuit_store_write_abort (store);
          return NULL;
        }
    }

  _pursuit_store_write_abort (store);

  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}

gboolean
pursuit_backup_is_json_backup (const char *data,
                               gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonObject *object;

  if (data == NULL || !json_parser_load_from_data (parser, data, length, NULL))
    return FALSE;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;

  object = json_node_get_object (root);
  return g_strcmp0 (json_object_get_string_member_with_default (object, "format", NULL),
                    BACKUP_FORMAT) == 0;
}

/* json-glib 1.6 has no typed lookups with a default. */
static JsonArray *
lookup_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
lookup_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gboolean
bind_json_value (sqlite3_stmt  *stmt,
                 int            column,
                 JsonNode      *node,
                 GError       **error)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      sqlite3_bind_null (stmt, column);
      return TRUE;
    }

  if (JSON_NODE_HOLDS_VALUE (node))
    {
      GType type = json_node_get_value_type (node);

      if (type == G_TYPE_INT64)
        sqlite3_bind_int64 (stmt, column, json_node_get_int (node));
      else if (type == G_TYPE_DOUBLE)
        sqlite3_bind_double (stmt, column, json_node_get_double (node));
      else if (type == G_TYPE_BOOLEAN)
        sqlite3_bind_int (stmt, column, json_node_get_boolean (node));
      else if (type == G_TYPE_STRING && g_utf8_validate (json_node_get_string (node), -1, NULL))
        sqlite3_bind_text (stmt, column, json_node_get_string (node), -1, SQLITE_TRANSIENT);
      else
        goto invalid;

      return TRUE;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      const char *encoded = json_object_get_string_member_with_default (json_node_get_object (node),
                                                                        "base64", NULL);
      gsize length;
      guchar *decoded;

      if (encoded == NULL)
        goto invalid;

      decoded = g_base64_decode (encoded, &length);
      sqlite3_bind_blob64 (stmt, column, decoded, length, g_free);
      return TRUE;
    }

invalid:
  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
               _("The backup has a value of an unexpected type"));
  return FALSE;
}

static gboolean
restore_table (sqlite3      *db,
               const char   *table,
               JsonObject   *data,
               GError      **error)
{
  g_autoptr(GPtrArray) known = table_columns (db, table);
  g_autoptr(GString) sql = g_string_new (NULL);
  JsonArray *columns;
  JsonArray *rows;
  sqlite3_stmt *stmt = NULL;
  guint n_columns;

  columns = lookup_array (data, "columns");
  rows = lookup_array (data, "rows");
  if (columns == NULL || rows == NULL || json_array_get_length (columns) == 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The table “%s” of the backup has no columns or rows"), table);
      return FALSE;
    }

  n_columns = json_array_get_length (columns);
  g_string_append_printf (sql, "INSERT INTO \"%s\" (", table);
  for (guint i = 0; i < n_columns; i++)
    {
      const char *name = json_node_get_string (json_array_get_element (columns, i));

      /* Only names of our own columns reach the SQL text. */
      if (name == NULL || !g_ptr_array_find_with_equal_func (known, name, g_str_equal, NULL))
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("The table “%s” of the backup has an unknown column"), table);
          return FALSE;
        }

      g_string_append_printf (sql, "%s\"%s\"", i ? ", " : "", name);
    }
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < n_columns; i++)
    g_string_append (sql, i ? ", ?" : "?");
  g_string_append (sql, ")");

  if (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
    return _pursuit_store_set_sqlite_error (error, db, "restoring a backup");

  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      JsonNode *row_node = json_array_get_element (rows, r);
      JsonArray *row;

      if (!JSON_NODE_HOLDS_ARRAY (row_node) ||
          json_array_get_length (row = json_node_get_array (row_node)) != n_columns)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("Row %u of the table “%s” in the backup is malformed"), r + 1, table);
          sqlite3_finalize (stmt);
          return FALSE;
        }

      for (guint i = 0; i < n_columns; i++)
        {
          if (!bind_json_value (stmt, i + 1, json_array_get_element (row, i), error))
            {
              sqlite3_finalize (stmt);
              return FALSE;
            }
        }

      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("Row %u of the table “%s” in the backup was refused: %s"),
                       r + 1, table, sqlite3_errmsg (db));
          sqlite3_finalize (stmt);
          return FALSE;
        }
      sqlite3_reset (stmt);
    }

  sqlite3_finalize (stmt);
  return TRUE;
}

/* Backups from before schema 3 have no stage times: a job entered its
 * stage with its last move, or when it was created. And tags come from a
 * file anyone may have edited, so they pass the store's rules. */
static gboolean
complete_restored_rows (PursuitStore  *store,
                        GError       **error)
{
  sqlite3 *db = _pursuit_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_exec (db,
                    "UPDATE jobs SET stage_changed_at = coalesce ("
                    "  (SELECT e.created_at FROM events e"
                    "   WHERE e.job_id = jobs.id AND e.kind = 'stage-changed'"
                    "   ORDER BY e.id DESC LIMIT 1),"
                    "  created_at)"
                    " WHERE stage_changed_at IS NULL",
                    NULL, NULL, NULL) != SQLITE_OK)
    return _pursuit_store_set_sqlite_error (error, db, "restoring a backup");

  /* Backups from before schema 4: interviews get a calendar UID, as the
   * migration gave them. */
  if (sqlite3_exec (db,
                    "UPDATE interviews SET uid = lower (hex (randomblob (16))) || '@pursuit.invalid'"
                    " WHERE uid IS NULL OR uid = '';"
                    "UPDATE interviews SET updated_at = created_at WHERE updated_at IS NULL;"
                    /* State of reminders whose item the backup lacks. */
                    "DELETE FROM reminder_state WHERE"
                    " (source = 'interview' AND source_id NOT IN (SELECT id FROM interviews))"
                    " OR (source = 'follow-up' AND source_id NOT IN (SELECT id FROM follow_ups))"
                    " OR (source = 'note' AND source_id NOT IN (SELECT id FROM notes))",
                    NULL, NULL, NULL) != SQLITE_OK)
    return _pursuit_store_set_sqlite_error (error, db, "restoring a backup");

  /* A backup with an empty list of sequences gets the built-in ones. */
  if (!_pursuit_store_seed_sequences (store, error))
    return FALSE;

  /* The accounts stay; what they knew of the old rows does not. */
  if (!_pursuit_store_reset_calendar_state (store, error))
    return FALSE;

  if (sqlite3_prepare_v2 (db, "SELECT tag FROM job_tags", -1, &stmt, NULL) != SQLITE_OK)
    return _pursuit_store_set_sqlite_error (error, db, "restoring a backup");

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *tag = (const char *)sqlite3_column_text (stmt, 0);
      g_autofree char *stripped = g_strstrip (g_strdup (tag ? tag : ""));

      if (sqlite3_column_type (stmt, 0) != SQLITE_TEXT ||
          !_pursuit_store_check_tag (tag, error) ||
          !g_str_equal (stripped, tag))
        {
          g_clear_error (error);
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("The backup has a tag that is not valid: tags are trimmed text of at most 64 characters without commas or control characters"));
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return _pursuit_store_set_sqlite_error (error, db, "restoring a backup");

  return TRUE;
}

static gboolean
replace_contents (PursuitStore  *store,
                  JsonObject    *tables,
                  GError       **error)
{
  sqlite3 *db = _pursuit_store_get_db (store);

  if (sqlite3_exec (db, "PRAGMA defer_foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK)
    return _pursuit_store_set_sqlite_error (error, db, "restoring a backup");

  for (guint i = G_N_ELEMENTS (backup_tables); i > 0; i--)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM \"%s\"", backup_tables[i - 1]);

      if (is_kept_when_missing (backup_tables[i - 1]) &&
          lookup_object (tables, "follow_up_sequences") == NULL)
        continue;

      if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return _pursuit_store_set_sqlite_error (error, db, "clearing the database");
    }

  for (guint i = 0; i < G_N_ELEMENTS (backup_tables); i++)
    {
      JsonObject *table = lookup_object (tables, backup_tables[i]);

      if (table == NULL)
        continue;

      if (!restore_table (db, backup_tables[i], table, error))
        return FALSE;
    }

  return complete_restored_rows (store, error);
}

static JsonObject *
check_backup_root (JsonNode  *root,
                   int        schema,
                   GError   **error)
{
  JsonObject *object;
  JsonObject *tables;
  GList *names;
  gboolean known = TRUE;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      g_strcmp0 (json_object_get_string_member_with_default (object = json_node_get_object (root),
                                                             "format", NULL), BACKUP_FORMAT) != 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("This file is not a Pursuit backup"));
      return NULL;
    }

  /* Every schema so far only added to the one before, so the rows of an
   * older backup still fit; what they lack is filled in after. */
  if (json_object_get_int_member_with_default (object, "schema", 0) < 1 ||
      json_object_get_int_member_with_default (object, "schema", 0) > schema)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_VERSION,
                   _("This backup was made with database schema %lld; this version of Pursuit restores schema %d"),
                   (long long)json_object_get_int_member_with_default (object, "schema", 0), schema);
      return NULL;
    }

  tables = lookup_object (object, "tables");
  if (tables == NULL || !json_object_has_member (tables, "jobs"))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The backup has no jobs table"));
      return NULL;
    }

  names = json_object_get_members (tables);
  for (GList *l = names; l != NULL; l = l->next)
    known = known && is_backup_table (l->data);
  g_list_free (names);

  if (!known)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The backup has a table this version of Pursuit does not know"));
      return NULL;
    }

  return tables;
}

/**
 * pursuit_backup_restore_json:
 * @store: a store
 * @json: a document from [func@Pursuit.backup_export_json]
 * @length: the length of @json
 * @error: a location for a #GError
 *
 * Replaces everything in @store with the backup, in one transaction: on
 * any error the store is left as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_backup_restore_json (PursuitStore  *store,
                             const char    *json,
                             gsize          length,
                             GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  JsonObject *tables;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!json_parser_load_from_data (parser, json, length, &parse_error))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The backup is not valid JSON: %s"), parse_error->message);
      return FALSE;
    }

  tables = check_backup_root (json_parser_get_root (parser), pursuit_store_get_schema_version (store), error);
  if (tables == NULL)
    return FALSE;

  if (!_pursuit_store_write_begin (store, error))
    return FALSE;

  if (!replace_contents (store, tables, error))
    {
      _pursuit_store_write_abort (store);
      return FALSE;
    }

  _pursuit_store_queue_signal (store, PENDING_STAGES_CHANGED, NULL, 0, NULL, NULL);
  _pursuit_store_queue_signal (store, PENDING_RELOADED, NULL, 0, NULL, NULL);
  _pursuit_store_queue_signal (store, PENDING_PROFILE_CHANGED, NULL, 0, NULL, NULL);

  if (!_pursuit_store_write_end (store, error))
    {
      g_prefix_error (error, _("The backup is inconsistent: "));
      return FALSE;
    }

  return TRUE;
}

guint
pursuit_backup_count_jobs (PursuitStore *store)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), 0);

  stmt = _pursuit_store_prepare (store, "SELECT count(*) FROM jobs", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);

  return count;
}

/**
 * pursuit_backup_default_dir:
 * @data_dir: (nullable): the data folder, or %NULL for the default one
 *
 * Returns: (transfer full): the folder of automatic backups
 */
char *
pursuit_backup_default_dir (const char *data_dir)
{
  g_autofree char *dir = data_dir ? g_strdup (data_dir) : pursuit_store_default_data_dir ();

  return g_build_filename (dir, "backups", NULL);
}

/* Copies the database at @database_path with `VACUUM INTO`, through a
 * connection of its own: it reads one consistent snapshot while the store
 * goes on writing, and can run in a worker thread. */
static char *
snapshot_database (const char  *database_path,
                   const char  *backup_dir,
                   GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *partial = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (g_mkdir_with_parents (backup_dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the backup folder “%s”: %s"), backup_dir, g_strerror (saved_errno));
      return NULL;
    }

  name = g_strconcat (SNAPSHOT_PREFIX, stamp, SNAPSHOT_SUFFIX, NULL);
  path = g_build_filename (backup_dir, name, NULL);

  /* Two copies in the same second: the first one is as good. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&path);

  if (sqlite3_open_v2 (database_path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      _pursuit_store_set_sqlite_error (error, db, "opening the database for a backup");
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_prepare_v2 (db, "VACUUM INTO ?", -1, &stmt, NULL) != SQLITE_OK)
    {
      _pursuit_store_set_sqlite_error (error, db, "preparing a backup");
      sqlite3_close (db);
      return NULL;
    }

  /* Written under another name and renamed when complete, so an
   * interrupted copy is never taken for a backup. */
  partial = g_strconcat (path, ".part", NULL);
  g_unlink (partial);
  sqlite3_bind_text (stmt, 1, partial, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      _pursuit_store_set_sqlite_error (error, db, "writing a backup");
      sqlite3_close (db);
      g_unlink (partial);
      return NULL;
    }

  sqlite3_close (db);
  g_chmod (partial, 0600);

  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not finish the backup “%s”: %s"), path, g_strerror (saved_errno));
      g_unlink (partial);
      return NULL;
    }

  return g_steal_pointer (&path);
}

/**
 * pursuit_backup_snapshot:
 * @store: a store
 * @backup_dir: the folder of backups
 * @error: a location for a #GError
 *
 * Writes a consistent copy of the store's database into @backup_dir.
 *
 * Returns: (transfer full) (nullable): the path of the copy
 */
char *
pursuit_backup_snapshot (PursuitStore  *store,
                         const char    *backup_dir,
                         GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (backup_dir != NULL, NULL);

  return snapshot_database (pursuit_store_get_path (store), backup_dir, error);
}

static gint
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return -g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/**
 * pursuit_backup_list:
 * @backup_dir: the folder of backups
 *
 * Returns: (transfer full) (element-type utf8): the paths of the automatic
 *   backups, newest first
 */
GPtrArray *
pursuit_backup_list (const char *backup_dir)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (backup_dir != NULL, NULL);

  dir = g_dir_open (backup_dir, 0, NULL);
  if (dir == NULL)
    return g_steal_pointer (&paths);

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, SNAPSHOT_PREFIX) && g_str_has_suffix (name, SNAPSHOT_SUFFIX))
      g_ptr_array_add (paths, g_build_filename (backup_dir, name, NULL));

  /* The names carry a sortable UTC time stamp. */
  g_ptr_array_sort (paths, compare_newest_first);
  return g_steal_pointer (&paths);
}

static gint64
modification_time (const char *path)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return 0;

  return buf.st_mtime;
}

static char *
run_if_due (const char  *database_path,
            const char  *backup_dir,
            guint        keep,
            GError     **error)
{
  g_autoptr(GPtrArray) existing = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *path = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  existing = pursuit_backup_list (backup_dir);
  if (existing->len > 0 &&
      now - modification_time (g_ptr_array_index (existing, 0)) < SNAPSHOT_INTERVAL)
    return NULL;

  path = snapshot_database (database_path, backup_dir, error);
  if (path == NULL)
    return NULL;

  after = pursuit_backup_list (backup_dir);
  for (guint i = keep; i < after->len; i++)
    if (g_unlink (g_ptr_array_index (after, i)) != 0)
      g_warning ("Could not delete the old backup %s: %s",
                 (char *)g_ptr_array_index (after, i), g_strerror (errno));

  return g_steal_pointer (&path);
}

/**
 * pursuit_backup_run_if_due:
 * @store: a store
 * @backup_dir: the folder of backups
 * @keep: how many backups to keep
 * @error: a location for a #GError
 *
 * Makes a backup when the newest one is a day old or more, then deletes the
 * oldest beyond @keep. This blocks while the copy is written: the window
 * uses [func@Pursuit.backup_run_if_due_async].
 *
 * Returns: (transfer full) (nullable): the new backup's path, or %NULL when
 *   none was due or on error (then @error is set)
 */
char *
pursuit_backup_run_if_due (PursuitStore  *store,
                           const char    *backup_dir,
                           guint          keep,
                           GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (backup_dir != NULL, NULL);
  g_return_val_if_fail (keep > 0, NULL);

  return run_if_due (pursuit_store_get_path (store), backup_dir, keep, error);
}

typedef struct
{
  char  *database_path;
  char  *backup_dir;
  guint  keep;
} BackupJob;

static void
backup_job_free (BackupJob *job)
{
  g_free (job->database_path);
  g_free (job->backup_dir);
  g_free (job);
}

static void
run_if_due_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  BackupJob *job = task_data;
  g_autoptr(GError) error = NULL;
  char *path = run_if_due (job->database_path, job->backup_dir, job->keep, &error);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, path, g_free);
}

/**
 * pursuit_backup_run_if_due_async:
 * @store: a store
 * @backup_dir: the folder of backups
 * @keep: how many backups to keep
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Like [func@Pursuit.backup_run_if_due], in a worker thread with a
 * database connection of its own.
 */
void
pursuit_backup_run_if_due_async (PursuitStore        *store,
                                 const char          *backup_dir,
                                 guint                keep,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  BackupJob *job;

  g_return_if_fail (PURSUIT_IS_STORE (store));
  g_return_if_fail (backup_dir != NULL);
  g_return_if_fail (keep > 0);

  job = g_new0 (BackupJob, 1);
  job->database_path = g_strdup (pursuit_store_get_path (store));
  job->backup_dir = g_strdup (backup_dir);
  job->keep = keep;

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_backup_run_if_due_async);
  g_task_set_task_data (task, job, (GDestroyNotify)backup_job_free);
  g_task_run_in_thread (task, run_if_due_thread);
}

/**
 * pursuit_backup_run_if_due_finish:
 *
 * Returns: (transfer full) (nullable): the new backup's path, or %NULL when
 *   none was due or on error (then @error is set)
 */
char *
pursuit_backup_run_if_due_finish (PursuitStore  *store,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * pursuit_backup_check_file:
 * @path: a database file
 * @error: a location for a #GError
 *
 * Checks that @path is an intact Pursuit database this version can open.
 *
 * Returns: %TRUE if it is
 */
gboolean
pursuit_backup_check_file (const char  *path,
                           GError     **error)
{
  g_autofree char *result = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;
  gboolean has_jobs = FALSE;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no file “%s”"), path);
      return FALSE;
    }

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    goto corrupt;

  if (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    goto corrupt;
  result = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (g_strcmp0 (result, "ok") != 0)
    goto corrupt;

  if (sqlite3_prepare_v2 (db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'jobs'",
                          -1, &stmt, NULL) == SQLITE_OK)
    has_jobs = sqlite3_step (stmt) == SQLITE_ROW;
  g_clear_pointer (&stmt, sqlite3_finalize);

  version = _pursuit_migrations_get_version (db);
  sqlite3_close (db);

  if (!has_jobs || version < 1)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("“%s” is not a Pursuit database"), path);
      return FALSE;
    }

  if (version > PURSUIT_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_VERSION,
                   _("“%s” was written by a newer version of Pursuit"), path);
      return FALSE;
    }

  return TRUE;

corrupt:
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close (db);
  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_DATABASE,
               _("“%s” is damaged or not a database"), path);
  return FALSE;
}

static gboolean
move_aside (const char  *from,
            const char  *to,
            GError     **error)
{
  if (!g_file_test (from, G_FILE_TEST_EXISTS))
    return TRUE;

  if (g_rename (from, to) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not move “%s” aside: %s"), from, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * pursuit_backup_restore_file:
 * @database_path: the database to replace; no store may have it open
 * @backup_path: the backup to restore
 * @out_kept_aside: (out) (optional): where the replaced database was kept
 * @error: a location for a #GError
 *
 * Checks the backup, keeps the current database aside, then copies the
 * backup into its place.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_backup_restore_file (const char  *database_path,
                             const char  *backup_path,
                             char       **out_kept_aside,
                             GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.before-restore-%s", database_path, stamp);
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (database_path != NULL && backup_path != NULL, FALSE);

  if (!pursuit_backup_check_file (backup_path, error))
    return FALSE;

  if (!g_file_get_contents (backup_path, &contents, &length, error))
    return FALSE;

  if (g_file_test (database_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *wal = g_strconcat (database_path, "-wal", NULL);
      g_autofree char *wal_aside = g_strconcat (aside, "-wal", NULL);
      g_autofree char *shm = g_strconcat (database_path, "-shm", NULL);

      if (!move_aside (database_path, aside, error) ||
          !move_aside (wal, wal_aside, error))
        return FALSE;

      g_unlink (shm);
    }
  else
    {
      g_clear_pointer (&aside, g_free);
    }

  if (!g_file_set_contents_full (database_path, contents, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;

  if (out_kept_aside != NULL)
    *out_kept_aside = g_steal_pointer (&aside);

  return TRUE;
}
