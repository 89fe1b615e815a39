/* pursuit-store-sequences.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: follow-up sequences (the built-ins and the
 * user's own). */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-store-private.h"

/* The schema that has the sequence tables. */
#define SEQUENCES_SCHEMA_VERSION 4

#define MAX_STEPS          10
#define MAX_STEP_DAYS      365
#define MAX_KEY_LENGTH     64
#define MAX_NAME_LENGTH    80
#define MAX_TEMPLATE_CHARS 20000

static const char * const triggers[] = {
  PURSUIT_SEQUENCE_TRIGGER_APPLIED,
  PURSUIT_SEQUENCE_TRIGGER_INTERVIEW,
};

/* The built-in sequence each trigger falls back to. */
static const char *
builtin_for_trigger (const char *trigger)
{
  if (g_strcmp0 (trigger, PURSUIT_SEQUENCE_TRIGGER_INTERVIEW) == 0)
    return PURSUIT_SEQUENCE_AFTER_INTERVIEW;

  return PURSUIT_SEQUENCE_AFTER_APPLIED;
}

static gboolean
is_trigger (const char *trigger)
{
  for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
    if (g_strcmp0 (trigger, triggers[i]) == 0)
      return TRUE;

  return FALSE;
}

/* The built-in templates. They are translated once, when the sequences are
 * first written, so a user edits them in their own language. */

static const char *
template_first_check_in (void)
{
  /* TRANSLATORS: a follow-up e-mail template. Keep the words in braces
   * ({title}, {company}, ...) as they are: they are replaced by the job's
   * details. The first line must start with "Subject:" as you translated
   * it in the "email header" context. */
  return _("Subject: Following up on my application for {title}\n"
           "\n"
           "Hello {contact_first_name},\n"
           "\n"
           "I recently applied for the {title} position at {company} and wanted to follow up. "
           "I am very interested in the role and would be glad to provide anything else "
           "that helps with your review.\n"
           "\n"
           "Thank you for your time.\n"
           "\n"
           "Best regards,\n"
           "{my_name}");
}

static const char *
template_second_check_in (void)
{
  /* TRANSLATORS: a follow-up e-mail template; see the first one */
  return _("Subject: Checking in on my application for {title}\n"
           "\n"
           "Hello {contact_first_name},\n"
           "\n"
           "I am writing to check in on my application for the {title} position at {company}, "
           "which I sent on {applied_date}. I remain very interested in the role and would "
           "welcome the chance to talk about how I could contribute to the team.\n"
           "\n"
           "Best regards,\n"
           "{my_name}");
}

static const char *
template_last_check_in (void)
{
  /* TRANSLATORS: a follow-up e-mail template; see the first one */
  return _("Subject: A last follow-up on my application for {title}\n"
           "\n"
           "Hello {contact_first_name},\n"
           "\n"
           "I wanted to follow up one last time on my application for the {title} position "
           "at {company}. If the position has been filled, or you have decided to move "
           "forward with other candidates, a short note would help me plan. Either way, "
           "thank you for considering my application.\n"
           "\n"
           "Kind regards,\n"
           "{my_name}");
}

static const char *
template_thank_you (void)
{
  /* TRANSLATORS: a thank-you e-mail template sent the day after an
   * interview; see the first follow-up template */
  return _("Subject: Thank you for the interview\n"
           "\n"
           "Hello {contact_first_name},\n"
           "\n"
           "Thank you for taking the time to speak with me on {interview_date} about the "
           "{title} position. I enjoyed learning more about the team and the work at "
           "{company}, and our conversation made me even more excited about the role.\n"
           "\n"
           "Please let me know if I can provide anything else.\n"
           "\n"
           "Best regards,\n"
           "{my_name}");
}

static PursuitFollowUpSequence *
builtin_sequence (const char *key)
{
  PursuitFollowUpSequence *sequence = NULL;

  if (g_str_equal (key, PURSUIT_SEQUENCE_AFTER_APPLIED))
    {
      /* TRANSLATORS: the usual follow-up sequence after applying */
      sequence = pursuit_follow_up_sequence_new (key, _("Standard"),
                                                 PURSUIT_SEQUENCE_TRIGGER_APPLIED);
      pursuit_follow_up_sequence_add_step (sequence, 3, template_first_check_in ());
      pursuit_follow_up_sequence_add_step (sequence, 7, template_second_check_in ());
      pursuit_follow_up_sequence_add_step (sequence, 14, template_last_check_in ());
      pursuit_follow_up_sequence_set_active (sequence, TRUE);
    }
  else if (g_str_equal (key, PURSUIT_SEQUENCE_AGGRESSIVE))
    {
      /* TRANSLATORS: a follow-up sequence with frequent steps */
      sequence = pursuit_follow_up_sequence_new (key, _("Aggressive"),
                                                 PURSUIT_SEQUENCE_TRIGGER_APPLIED);
      pursuit_follow_up_sequence_add_step (sequence, 2, template_first_check_in ());
      pursuit_follow_up_sequence_add_step (sequence, 5, template_second_check_in ());
      pursuit_follow_up_sequence_add_step (sequence, 10, template_last_check_in ());
    }
  else if (g_str_equal (key, PURSUIT_SEQUENCE_PASSIVE))
    {
      /* TRANSLATORS: a follow-up sequence with few, far apart steps */
      sequence = pursuit_follow_up_sequence_new (key, _("Passive"),
                                                 PURSUIT_SEQUENCE_TRIGGER_APPLIED);
      pursuit_follow_up_sequence_add_step (sequence, 7, template_first_check_in ());
      pursuit_follow_up_sequence_add_step (sequence, 21, template_last_check_in ());
    }
  else if (g_str_equal (key, PURSUIT_SEQUENCE_AFTER_INTERVIEW))
    {
      /* TRANSLATORS: the follow-up sequence after an interview */
      sequence = pursuit_follow_up_sequence_new (key, _("Thank-You Note"),
                                                 PURSUIT_SEQUENCE_TRIGGER_INTERVIEW);
      pursuit_follow_up_sequence_add_step (sequence, 1, template_thank_you ());
      pursuit_follow_up_sequence_set_active (sequence, TRUE);
    }
  else
    g_assert_not_reached ();

  pursuit_follow_up_sequence_set_builtin (sequence, TRUE);
  return sequence;
}

static const char * const builtin_keys[] = {
  PURSUIT_SEQUENCE_AFTER_APPLIED,
  PURSUIT_SEQUENCE_AGGRESSIVE,
  PURSUIT_SEQUENCE_PASSIVE,
  PURSUIT_SEQUENCE_AFTER_INTERVIEW,
};

/* Reading */

static gboolean
load_steps (PursuitStore             *self,
            PursuitFollowUpSequence  *sequence,
            GError                  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT days, template FROM follow_up_steps"
                                 " WHERE sequence_key = ? ORDER BY step",
                                 error);
  if (stmt == NULL)
    return FALSE;

  _pursuit_bind_text (stmt, 1, pursuit_follow_up_sequence_get_key (sequence));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    pursuit_follow_up_sequence_add_step (sequence, sqlite3_column_int (stmt, 0),
                                         _pursuit_column_text (stmt, 1));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading follow-up steps");

  return TRUE;
}

static PursuitFollowUpSequence *
sequence_from_row (sqlite3_stmt *stmt)
{
  PursuitFollowUpSequence *sequence;

  sequence = pursuit_follow_up_sequence_new (_pursuit_column_text (stmt, 0),
                                             _pursuit_column_text (stmt, 1),
                                             _pursuit_column_text (stmt, 2));
  pursuit_follow_up_sequence_set_builtin (sequence, sqlite3_column_int (stmt, 3) != 0);
  pursuit_follow_up_sequence_set_active (sequence, sqlite3_column_int (stmt, 4) != 0);

  return sequence;
}

/* Sequences without their steps, for @sql with one optional text parameter. */
static GPtrArray *
query_sequences (PursuitStore  *self,
                 const char    *sql,
                 const char    *parameter,
                 GError       **error)
{
  g_autoptr(GPtrArray) sequences = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  if (parameter != NULL)
    _pursuit_bind_text (stmt, 1, parameter);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (sequences, sequence_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading follow-up sequences");
      return NULL;
    }

  for (guint i = 0; i < sequences->len; i++)
    if (!load_steps (self, g_ptr_array_index (sequences, i), error))
      return NULL;

  return g_steal_pointer (&sequences);
}

#define SEQUENCE_COLUMNS "SELECT key, name, trigger, builtin, active FROM follow_up_sequences"

/**
 * pursuit_store_list_sequences:
 * @self: a store
 *
 * Returns: (transfer full) (element-type PursuitFollowUpSequence): every
 *   sequence with its steps: the built-ins first, then the user's in the
 *   order they were made
 */
GPtrArray *
pursuit_store_list_sequences (PursuitStore *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *sequences;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  sequences = query_sequences (self, SEQUENCE_COLUMNS " ORDER BY position, key", NULL, &error);
  if (sequences == NULL)
    {
      g_warning ("Could not list the follow-up sequences: %s", error->message);
      return g_ptr_array_new_with_free_func (g_object_unref);
    }

  return sequences;
}

/**
 * pursuit_store_get_sequence:
 * @self: a store
 * @key: (nullable): a sequence key
 *
 * Returns: (transfer full) (nullable): the sequence with its steps, or
 *   %NULL when there is none with that key
 */
PursuitFollowUpSequence *
pursuit_store_get_sequence (PursuitStore *self,
                            const char   *key)
{
  g_autoptr(GPtrArray) sequences = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  if (key == NULL)
    return NULL;

  sequences = query_sequences (self, SEQUENCE_COLUMNS " WHERE key = ?", key, NULL);
  if (sequences == NULL || sequences->len == 0)
    return NULL;

  return g_object_ref (g_ptr_array_index (sequences, 0));
}

/**
 * pursuit_store_get_active_sequence:
 * @self: a store
 * @trigger: %PURSUIT_SEQUENCE_TRIGGER_APPLIED or
 *   %PURSUIT_SEQUENCE_TRIGGER_INTERVIEW
 *
 * Returns: (transfer full) (nullable): the sequence new jobs get for
 *   @trigger, with its steps; %NULL for an unknown trigger
 */
PursuitFollowUpSequence *
pursuit_store_get_active_sequence (PursuitStore *self,
                                   const char   *trigger)
{
  g_autoptr(GPtrArray) sequences = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  if (!is_trigger (trigger))
    return NULL;

  sequences = query_sequences (self,
                               SEQUENCE_COLUMNS " WHERE trigger = ?"
                               " ORDER BY active DESC, builtin DESC, position, key LIMIT 1",
                               trigger, NULL);
  if (sequences == NULL || sequences->len == 0)
    return NULL;

  return g_object_ref (g_ptr_array_index (sequences, 0));
}

/* Writing */

static gboolean
check_key (const char  *key,
           GError     **error)
{
  gsize length = key != NULL ? strlen (key) : 0;
  gboolean valid = length > 0 && length <= MAX_KEY_LENGTH;

  for (gsize i = 0; valid && i < length; i++)
    valid = g_ascii_islower (key[i]) || g_ascii_isdigit (key[i]) || key[i] == '_';

  if (!valid)
    g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                 _("A sequence key is 1 to %d lower-case letters, digits and underscores"),
                 MAX_KEY_LENGTH);

  return valid;
}

static gboolean
check_steps (PursuitFollowUpSequence  *sequence,
             GError                  **error)
{
  guint n_steps = pursuit_follow_up_sequence_get_n_steps (sequence);
  int previous = -1;

  if (n_steps < 1 || n_steps > MAX_STEPS)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A sequence has between 1 and %d steps"), MAX_STEPS);
      return FALSE;
    }

  for (guint i = 0; i < n_steps; i++)
    {
      int days = pursuit_follow_up_sequence_get_step_days (sequence, i);
      const char *template_ = pursuit_follow_up_sequence_get_step_template (sequence, i);

      if (days < 0 || days > MAX_STEP_DAYS)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("Step %u is %d days after the start; it must be between 0 and %d"),
                       i + 1, days, MAX_STEP_DAYS);
          return FALSE;
        }

      if (days <= previous)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("Step %u must come later than the step before it"), i + 1);
          return FALSE;
        }
      previous = days;

      if (!_pursuit_store_check_text (template_, _("message template"), error))
        return FALSE;

      if (template_ != NULL && g_utf8_strlen (template_, -1) > MAX_TEMPLATE_CHARS)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("The message of step %u is longer than %d characters"),
                       i + 1, MAX_TEMPLATE_CHARS);
          return FALSE;
        }
    }

  return TRUE;
}

/* Checks @sequence against what is stored under its key (@stored, or NULL
 * for a new one) and returns its name, trimmed. */
static char *
validate_sequence (PursuitFollowUpSequence  *sequence,
                   PursuitFollowUpSequence  *stored,
                   GError                  **error)
{
  const char *name = pursuit_follow_up_sequence_get_name (sequence);
  const char *trigger = pursuit_follow_up_sequence_get_trigger (sequence);
  g_autofree char *stripped = NULL;

  if (!check_key (pursuit_follow_up_sequence_get_key (sequence), error) ||
      !_pursuit_store_check_text (name, _("sequence name"), error))
    return NULL;

  stripped = g_strstrip (g_strdup (name ? name : ""));
  if (stripped[0] == '\0' || g_utf8_strlen (stripped, -1) > MAX_NAME_LENGTH)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A sequence needs a name of at most %d characters"), MAX_NAME_LENGTH);
      return NULL;
    }

  if (!is_trigger (trigger))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Unknown sequence start “%s”"), trigger ? trigger : "");
      return NULL;
    }

  if (stored != NULL && pursuit_follow_up_sequence_get_builtin (stored) &&
      g_strcmp0 (trigger, pursuit_follow_up_sequence_get_trigger (stored)) != 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A built-in sequence keeps what starts it"));
      return NULL;
    }

  if (!check_steps (sequence, error))
    return NULL;

  return g_steal_pointer (&stripped);
}

static gboolean
run_statement (PursuitStore  *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  return stmt != NULL && _pursuit_store_step_done (self, stmt, error);
}

static gboolean
write_steps (PursuitStore             *self,
             PursuitFollowUpSequence  *sequence,
             GError                  **error)
{
  const char *key = pursuit_follow_up_sequence_get_key (sequence);
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_prepare (self, "DELETE FROM follow_up_steps WHERE sequence_key = ?", error);
  if (stmt != NULL)
    _pursuit_bind_text (stmt, 1, key);
  if (!run_statement (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < pursuit_follow_up_sequence_get_n_steps (sequence); i++)
    {
      stmt = _pursuit_store_prepare (self,
                                     "INSERT INTO follow_up_steps (sequence_key, step, days, template)"
                                     " VALUES (?, ?, ?, ?)",
                                     error);
      if (stmt != NULL)
        {
          _pursuit_bind_text (stmt, 1, key);
          sqlite3_bind_int (stmt, 2, i + 1);
          sqlite3_bind_int (stmt, 3, pursuit_follow_up_sequence_get_step_days (sequence, i));
          _pursuit_bind_text (stmt, 4, pursuit_follow_up_sequence_get_step_template (sequence, i));
        }
      if (!run_statement (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
activate (PursuitStore  *self,
          const char    *trigger,
          const char    *key,
          GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE follow_up_sequences SET active = (key = ?1) WHERE trigger = ?2",
                                 error);
  if (stmt != NULL)
    {
      _pursuit_bind_text (stmt, 1, key);
      _pursuit_bind_text (stmt, 2, trigger);
    }

  return run_statement (self, stmt, error);
}

/* Each trigger has exactly one active sequence: where none is left (the
 * active one was removed or moved to the other trigger), its built-in
 * takes over. */
static gboolean
ensure_active (PursuitStore  *self,
               GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
    {
      sqlite3_stmt *stmt;
      gboolean has_active;

      stmt = _pursuit_store_prepare (self,
                                     "SELECT 1 FROM follow_up_sequences WHERE trigger = ? AND active",
                                     error);
      if (stmt == NULL)
        return FALSE;

      _pursuit_bind_text (stmt, 1, triggers[i]);
      has_active = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);

      if (!has_active && !activate (self, triggers[i], builtin_for_trigger (triggers[i]), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_sequence (PursuitStore             *self,
                PursuitFollowUpSequence  *sequence,
                const char               *name,
                gboolean                  builtin,
                GError                  **error)
{
  sqlite3_stmt *stmt;

  /* An upsert, not INSERT OR REPLACE: replacing the row would delete it
   * first, and its steps with it through the foreign key. */
  stmt = _pursuit_store_prepare (self,
                                 "INSERT INTO follow_up_sequences (key, name, trigger, builtin, active, position)"
                                 " VALUES (?1, ?2, ?3, ?4, 0,"
                                 "  (SELECT coalesce (max (position) + 1, 0) FROM follow_up_sequences))"
                                 " ON CONFLICT (key) DO UPDATE SET name = ?2, trigger = ?3,"
                                 "  active = active AND trigger = ?3",
                                 error);
  if (stmt != NULL)
    {
      _pursuit_bind_text (stmt, 1, pursuit_follow_up_sequence_get_key (sequence));
      _pursuit_bind_text (stmt, 2, name);
      _pursuit_bind_text (stmt, 3, pursuit_follow_up_sequence_get_trigger (sequence));
      sqlite3_bind_int (stmt, 4, builtin);
    }

  if (!run_statement (self, stmt, error) ||
      !write_steps (self, sequence, error))
    return FALSE;

  if (pursuit_follow_up_sequence_get_active (sequence) &&
      !activate (self, pursuit_follow_up_sequence_get_trigger (sequence),
                 pursuit_follow_up_sequence_get_key (sequence), error))
    return FALSE;

  return ensure_active (self, error);
}

/**
 * pursuit_store_save_sequence:
 * @self: a store
 * @sequence: the sequence
 * @error: a location for a #GError
 *
 * Adds @sequence, or replaces the one with its key (name, trigger, steps).
 * Whether it is built-in is the store's to say. When @sequence is active
 * it becomes the active one for its trigger; saving an inactive copy of
 * the active sequence keeps it active.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_save_sequence (PursuitStore             *self,
                             PursuitFollowUpSequence  *sequence,
                             GError                  **error)
{
  g_autoptr(PursuitFollowUpSequence) stored = NULL;
  g_autofree char *name = NULL;
  gboolean builtin;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (sequence), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = pursuit_store_get_sequence (self, pursuit_follow_up_sequence_get_key (sequence));
  name = validate_sequence (sequence, stored, error);
  if (name == NULL)
    return FALSE;

  builtin = stored != NULL && pursuit_follow_up_sequence_get_builtin (stored);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!write_sequence (self, sequence, name, builtin, error))
    return _pursuit_store_write_fail (self);

  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_remove_sequence:
 * @self: a store
 * @key: the sequence to remove
 * @error: a location for a #GError
 *
 * Removes a sequence the user made, with its steps. Follow-ups it already
 * planned stay. When it was active, its trigger's built-in takes over.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_remove_sequence (PursuitStore  *self,
                               const char    *key,
                               GError       **error)
{
  g_autoptr(PursuitFollowUpSequence) stored = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stored = pursuit_store_get_sequence (self, key);
  if (stored == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no follow-up sequence “%s”"), key ? key : "");
      return FALSE;
    }

  if (pursuit_follow_up_sequence_get_builtin (stored))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The built-in sequence “%s” cannot be removed"),
                   pursuit_follow_up_sequence_get_name (stored));
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "DELETE FROM follow_up_sequences WHERE key = ?", error);
  if (stmt != NULL)
    _pursuit_bind_text (stmt, 1, key);

  if (!run_statement (self, stmt, error) ||
      !ensure_active (self, error))
    return _pursuit_store_write_fail (self);

  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_set_active_sequence:
 * @self: a store
 * @trigger: %PURSUIT_SEQUENCE_TRIGGER_APPLIED or
 *   %PURSUIT_SEQUENCE_TRIGGER_INTERVIEW
 * @key: a sequence with that trigger
 * @error: a location for a #GError
 *
 * Makes @key the sequence that jobs get from now on; follow-ups already
 * planned stay as they are.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_set_active_sequence (PursuitStore  *self,
                                   const char    *trigger,
                                   const char    *key,
                                   GError       **error)
{
  g_autoptr(PursuitFollowUpSequence) stored = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!is_trigger (trigger))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Unknown sequence start “%s”"), trigger ? trigger : "");
      return FALSE;
    }

  stored = pursuit_store_get_sequence (self, key);
  if (stored == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no follow-up sequence “%s”"), key ? key : "");
      return FALSE;
    }

  if (!g_str_equal (pursuit_follow_up_sequence_get_trigger (stored), trigger))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The sequence “%s” does not start on that event"),
                   pursuit_follow_up_sequence_get_name (stored));
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!activate (self, trigger, key, error))
    return _pursuit_store_write_fail (self);

  return _pursuit_store_write_end (self, error);
}

/**
 * _pursuit_store_seed_sequences:
 * @self: a store
 * @error: a location for a #GError
 *
 * Writes the built-in sequences, in the interface language, into a
 * database that has none yet. Databases of an older schema (tests open
 * those) are left alone.
 *
 * Returns: %TRUE on success
 */
gboolean
_pursuit_store_seed_sequences (PursuitStore  *self,
                               GError       **error)
{
  sqlite3_stmt *stmt;
  gboolean empty;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);

  if (pursuit_store_get_schema_version (self) < SEQUENCES_SCHEMA_VERSION)
    return TRUE;

  stmt = _pursuit_store_prepare (self, "SELECT NOT EXISTS (SELECT 1 FROM follow_up_sequences)", error);
  if (stmt == NULL)
    return FALSE;

  empty = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);

  if (!empty)
    return TRUE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (builtin_keys); i++)
    {
      g_autoptr(PursuitFollowUpSequence) sequence = builtin_sequence (builtin_keys[i]);

      if (!write_sequence (self, sequence, pursuit_follow_up_sequence_get_name (sequence), TRUE, error))
        {
          _pursuit_store_write_abort (self);
          g_prefix_error (error, _("Writing the built-in follow-up sequences: "));
          return FALSE;
        }
    }

  return _pursuit_store_write_end (self, error);
}
