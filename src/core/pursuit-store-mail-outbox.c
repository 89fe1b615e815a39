/* pursuit-store-mail-outbox.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: mail waiting to go out through Gmail. The
 * message is composed when it is queued, Message-ID included, and kept in
 * the outbox item as it will be sent: after an ambiguous failure the
 * engine looks for that Message-ID before sending again, so a message
 * goes out once. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-json-private.h"
#include "pursuit-mail-parser.h"
#include "pursuit-store-mail-private.h"

static gboolean
invalid_payload (GError     **error,
                 const char  *why)
{
  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
               _("The queued message cannot be read: %s"), why);
  return FALSE;
}

static gboolean
is_mail_kind (const char *kind)
{
  return g_strcmp0 (kind, PURSUIT_OUTBOX_GMAIL_SEND) == 0 || g_strcmp0 (kind, PURSUIT_OUTBOX_GMAIL_DRAFT) == 0;
}

/* An empty string is no value either: no thread is null, not "". */
static void
add_optional_string (JsonBuilder *builder,
                     const char  *name,
                     const char  *value)
{
  _pursuit_json_add_string_or_null (builder, name, value != NULL && value[0] != '\0' ? value : NULL);
}

static char *
build_payload (GBytes                    *raw,
               const char                *message_id,
               const PursuitOutgoingMail *mail,
               gint64                     job_id,
               gint64                     follow_up_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *encoded = NULL;
  gsize size;
  const guchar *data = g_bytes_get_data (raw, &size);

  encoded = g_base64_encode (data, size);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "raw");
  json_builder_add_string_value (builder, encoded);
  add_optional_string (builder, "message_id", message_id);
  add_optional_string (builder, "thread_id", mail->thread_id);
  _pursuit_json_add_id_or_null (builder, "job_id", job_id);
  _pursuit_json_add_id_or_null (builder, "follow_up_id", follow_up_id);
  add_optional_string (builder, "subject", mail->subject);
  add_optional_string (builder, "to", mail->to);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/* The job and follow-up the message is about: the follow-up must exist
 * and belong to the job (whose id it gives when @job_id is 0). */
static gboolean
check_mail_source (PursuitStore  *self,
                   gint64        *job_id,
                   gint64         follow_up_id,
                   GError       **error)
{
  if (follow_up_id != 0)
    {
      g_autoptr(PursuitFollowUp) follow_up = pursuit_store_get_follow_up (self, follow_up_id, error);

      if (follow_up == NULL)
        return FALSE;

      if (*job_id == 0)
        *job_id = pursuit_follow_up_get_job_id (follow_up);
      else if (*job_id != pursuit_follow_up_get_job_id (follow_up))
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("Follow-up %lld is not one of job %lld"),
                       (long long)follow_up_id, (long long)*job_id);
          return FALSE;
        }
    }

  return *job_id == 0 || _pursuit_store_job_exists (self, *job_id, error);
}

/**
 * pursuit_store_queue_mail:
 * @self: a store
 * @account_id: a Google account with Gmail on
 * @kind: %PURSUIT_OUTBOX_GMAIL_SEND or %PURSUIT_OUTBOX_GMAIL_DRAFT
 * @job_id: the job the message is about, 0 for none (or the follow-up's)
 * @follow_up_id: the follow-up it carries out, 0 for none
 * @mail: the message; an empty From is the account's address
 * @error: a location for a #GError
 *
 * Composes the message (its Message-ID chosen now, once) and queues it.
 * Errors: %PURSUIT_MAIL_ERROR for a message that cannot be composed (no
 * or a bad address, no subject or body), %PURSUIT_STORE_ERROR otherwise.
 * Emits #PursuitStore::outbox-changed.
 *
 * Returns: the outbox item's id, or 0 with @error set
 */
gint64
pursuit_store_queue_mail (PursuitStore               *self,
                          gint64                      account_id,
                          const char                 *kind,
                          gint64                      job_id,
                          gint64                      follow_up_id,
                          const PursuitOutgoingMail  *mail,
                          GError                    **error)
{
  g_autoptr(PursuitAccount) account = NULL;
  g_autoptr(PursuitOutgoingMail) outgoing = NULL;
  g_autoptr(GBytes) raw = NULL;
  g_autofree char *message_id = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *address = NULL;
  sqlite3_stmt *stmt;
  gint64 now = _pursuit_store_now (self);
  gint64 id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (mail != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!is_mail_kind (kind))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Unknown kind of mail “%s”: it is gmail.send or gmail.draft"),
                   kind != NULL && g_utf8_validate (kind, -1, NULL) ? kind : "");
      return 0;
    }

  account = pursuit_store_get_account (self, account_id, error);
  if (account == NULL)
    return 0;

  if (g_strcmp0 (pursuit_account_get_kind (account), "google") != 0 ||
      !pursuit_account_get_mail_enabled (account))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Gmail is not turned on for the account “%s”"), pursuit_account_get_label (account));
      return 0;
    }

  if (!check_mail_source (self, &job_id, follow_up_id, error))
    return 0;

  outgoing = pursuit_outgoing_mail_copy (mail);
  if (outgoing->from_address == NULL || outgoing->from_address[0] == '\0')
    {
      address = _pursuit_store_get_mail_address (self, account_id);
      g_free (outgoing->from_address);
      outgoing->from_address = g_strdup (address);
    }

  raw = pursuit_mail_compose (outgoing, NULL, &message_id, error);
  if (raw == NULL)
    return 0;

  payload = build_payload (raw, message_id, outgoing, job_id, follow_up_id);

  if (!_pursuit_store_write_begin (self, error))
    return 0;

  stmt = _pursuit_store_prepare (self,
                                 "INSERT INTO outbox (kind, payload, next_attempt_at, created_at, account_id,"
                                 " source, source_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, kind);
  _pursuit_bind_text (stmt, 2, payload);
  sqlite3_bind_int64 (stmt, 3, now);
  sqlite3_bind_int64 (stmt, 4, now);
  sqlite3_bind_int64 (stmt, 5, account_id);
  _pursuit_bind_text (stmt, 6, follow_up_id != 0 ? "follow-up" : job_id != 0 ? "job" : NULL);
  _pursuit_bind_optional_int64 (stmt, 7, follow_up_id != 0 ? follow_up_id : job_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  id = sqlite3_last_insert_rowid (_pursuit_store_get_db (self));

  _pursuit_store_queue_signal (self, PENDING_OUTBOX_CHANGED, NULL, account_id, NULL, NULL);
  if (!_pursuit_store_write_end (self, error))
    return 0;

  return id;
}

static gboolean
read_optional_string (JsonObject  *object,
                      const char  *name,
                      char       **out,
                      GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (out != NULL)
        *out = NULL;
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid_payload (error, name);

  if (out != NULL)
    *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
read_optional_id (JsonObject  *object,
                  const char  *name,
                  gint64      *out,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  gint64 value = 0;

  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
          json_node_get_int (node) < 0)
        return invalid_payload (error, name);
      value = json_node_get_int (node);
    }

  if (out != NULL)
    *out = value;
  return TRUE;
}

/**
 * pursuit_store_parse_mail_payload:
 * @payload: an outbox item's payload
 * @out_raw: (out) (optional) (transfer full): the RFC 5322 message
 * @out_message_id: (out) (optional) (transfer full): its Message-ID
 * @out_thread_id: (out) (optional) (transfer full) (nullable): the Gmail
 *   thread it answers in, %NULL for a new one
 * @out_job_id: (out) (optional): the job, 0 for none
 * @out_follow_up_id: (out) (optional): the follow-up, 0 for none
 * @error: a location for a #GError
 *
 * Reads what pursuit_store_queue_mail() put in an item's payload; a
 * payload that is not one is %PURSUIT_STORE_ERROR_INVALID.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_parse_mail_payload (const char  *payload,
                                  GBytes     **out_raw,
                                  char       **out_message_id,
                                  char       **out_thread_id,
                                  gint64      *out_job_id,
                                  gint64      *out_follow_up_id,
                                  GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *raw = NULL;
  g_autofree char *message_id = NULL;
  g_autofree char *thread_id = NULL;
  g_autofree guchar *decoded = NULL;
  gint64 job_id, follow_up_id;
  JsonObject *object;
  gsize size = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (payload == NULL || !json_parser_load_from_data (parser, payload, -1, NULL) ||
      json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return invalid_payload (error, _("it is not a JSON object"));

  object = json_node_get_object (json_parser_get_root (parser));
  if (!read_optional_string (object, "raw", &raw, error) ||
      !read_optional_string (object, "message_id", &message_id, error) ||
      !read_optional_string (object, "thread_id", &thread_id, error) ||
      !read_optional_id (object, "job_id", &job_id, error) ||
      !read_optional_id (object, "follow_up_id", &follow_up_id, error))
    return FALSE;

  if (raw == NULL || raw[0] == '\0')
    return invalid_payload (error, _("the message is missing"));
  if (message_id == NULL || message_id[0] != '<')
    return invalid_payload (error, _("the Message-ID is missing"));

  decoded = g_base64_decode (raw, &size);
  if (decoded == NULL || size == 0)
    return invalid_payload (error, _("the message is not base64"));

  if (out_raw != NULL)
    *out_raw = g_bytes_new_take (g_steal_pointer (&decoded), size);
  if (out_message_id != NULL)
    *out_message_id = g_steal_pointer (&message_id);
  if (out_thread_id != NULL)
    *out_thread_id = g_steal_pointer (&thread_id);
  if (out_job_id != NULL)
    *out_job_id = job_id;
  if (out_follow_up_id != NULL)
    *out_follow_up_id = follow_up_id;

  return TRUE;
}

/* The message as sent, for the store: its headers read back, or what the
 * payload says when they cannot be. */
static PursuitMailMessage *
sent_message (PursuitStore *self,
              gint64        account_id,
              GBytes       *raw,
              const char   *payload,
              const char   *message_id,
              gint64        job_id)
{
  g_autoptr(PursuitMailMessage) message = pursuit_mail_parse (raw, NULL);

  if (message == NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *address = _pursuit_store_get_mail_address (self, account_id);

      message = pursuit_mail_message_new ();
      pursuit_mail_message_set_from_address (message, address);
      if (json_parser_load_from_data (parser, payload, -1, NULL) &&
          json_parser_get_root (parser) != NULL && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        {
          JsonObject *object = json_node_get_object (json_parser_get_root (parser));

          pursuit_mail_message_set_subject (message, json_object_get_string_member_with_default (object, "subject", NULL));
          pursuit_mail_message_set_to (message, json_object_get_string_member_with_default (object, "to", NULL));
        }
    }

  pursuit_mail_message_set_body_text (message, NULL);
  pursuit_mail_message_set_calendar_data (message, NULL);
  pursuit_mail_message_set_message_id (message, message_id);
  pursuit_mail_message_set_account_id (message, account_id);
  pursuit_mail_message_set_outgoing (message, TRUE);
  pursuit_mail_message_set_category (message, PURSUIT_MAIL_OTHER);
  pursuit_mail_message_set_confidence (message, 0.0);
  pursuit_mail_message_set_job_id (message, job_id);
  pursuit_mail_message_set_match_reason (message, job_id != 0 ? "sent by Pursuit" : NULL);
  pursuit_mail_message_set_labels (message, "SENT");
  pursuit_mail_message_set_received_at (message, _pursuit_store_now (self));

  return g_steal_pointer (&message);
}

/* A follow-up that is still to do (or was marked done by hand) is now
 * sent; one cancelled or gone meanwhile stays as it is: the mail went. */
static gboolean
mark_follow_up_sent (PursuitStore  *self,
                     gint64         follow_up_id,
                     GError       **error)
{
  g_autoptr(PursuitFollowUp) follow_up = NULL;
  const char *status;

  if (follow_up_id == 0)
    return TRUE;

  follow_up = pursuit_store_get_follow_up (self, follow_up_id, NULL);
  if (follow_up == NULL)
    return TRUE;

  status = pursuit_follow_up_get_status (follow_up);
  if (g_strcmp0 (status, "pending") != 0 && g_strcmp0 (status, "done") != 0)
    return TRUE;

  return pursuit_store_set_follow_up_status (self, follow_up_id, "sent", error);
}

typedef struct
{
  char   *kind;
  char   *payload;
  gint64  account_id;
} QueuedMail;

static gboolean
read_queued_mail (PursuitStore  *self,
                  gint64         outbox_id,
                  QueuedMail    *queued)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT kind, payload, coalesce (account_id, 0) FROM outbox WHERE id = ?",
                                 NULL);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, outbox_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      queued->kind = g_strdup (_pursuit_column_text (stmt, 0));
      queued->payload = g_strdup (_pursuit_column_text (stmt, 1));
      queued->account_id = sqlite3_column_int64 (stmt, 2);
      found = TRUE;
    }
  sqlite3_reset (stmt);

  return found;
}

static void
queued_mail_clear (QueuedMail *queued)
{
  g_clear_pointer (&queued->kind, g_free);
  g_clear_pointer (&queued->payload, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (QueuedMail, queued_mail_clear)

static gboolean
record_sent (PursuitStore  *self,
             QueuedMail    *queued,
             gboolean       draft,
             const char    *gmail_id,
             const char    *thread_id,
             const char    *web_url,
             GError       **error)
{
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autoptr(GBytes) raw = NULL;
  g_autofree char *message_id = NULL;
  g_autofree char *queued_thread = NULL;
  gint64 job_id, follow_up_id;
  gboolean is_new;

  if (!pursuit_store_parse_mail_payload (queued->payload, &raw, &message_id, &queued_thread,
                                         &job_id, &follow_up_id, error))
    return FALSE;

  /* The job may have been removed while the message was on its way. */
  if (job_id != 0 && !_pursuit_store_job_exists (self, job_id, NULL))
    job_id = 0;

  message = sent_message (self, queued->account_id, raw, queued->payload, message_id, job_id);

  /* A draft is not mail that was sent: it only goes on the timeline. */
  if (!draft)
    {
      pursuit_mail_message_set_gmail_id (message, gmail_id);
      pursuit_mail_message_set_thread_id (message, thread_id != NULL ? thread_id : queued_thread);
      if (!_pursuit_store_write_mail_message (self, message, &is_new, error) ||
          !mark_follow_up_sent (self, follow_up_id, error))
        return FALSE;
    }

  if (job_id == 0)
    return TRUE;

  return _pursuit_store_add_event_full (self, job_id, draft ? "email-draft-saved" : "email-sent",
                                        NULL, NULL,
                                        pursuit_mail_message_get_subject (message) != NULL ?
                                          pursuit_mail_message_get_subject (message) : "",
                                        web_url, 0, error) &&
         _pursuit_store_touch_job (self, job_id, error);
}

/**
 * pursuit_store_complete_mail:
 * @self: a store
 * @outbox_id: the outbox item that went out
 * @gmail_id: (nullable): the id Gmail gave the message
 * @thread_id: (nullable): the thread Gmail put it in
 * @draft_id: (nullable): the draft's id, for a draft
 * @web_url: (nullable): the message in Gmail on the web
 * @error: a location for a #GError
 *
 * In one transaction: deletes the item, stores a sent message (outgoing,
 * matched to its job) so replies and later follow-ups find its thread,
 * records "email-sent" or "email-draft-saved" on the job's timeline with
 * @web_url, and marks a sent follow-up "sent". An item that is gone
 * already (its account was removed) is no error. Emits
 * #PursuitStore::outbox-changed, #PursuitStore::follow-ups-changed and
 * #PursuitStore::mail-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_complete_mail (PursuitStore  *self,
                             gint64         outbox_id,
                             const char    *gmail_id,
                             const char    *thread_id,
                             const char    *draft_id,
                             const char    *web_url,
                             GError       **error)
{
  g_auto(QueuedMail) queued = { NULL, NULL, 0 };
  gboolean draft;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!read_queued_mail (self, outbox_id, &queued))
    {
      g_debug ("Outbox item %" G_GINT64_FORMAT " went out but is gone already", outbox_id);
      return _pursuit_store_write_end (self, error);
    }

  if (!is_mail_kind (queued.kind))
    {
      _pursuit_store_write_abort (self);
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Outbox item %lld is not mail"), (long long)outbox_id);
      return FALSE;
    }

  draft = g_str_equal (queued.kind, PURSUIT_OUTBOX_GMAIL_DRAFT);
  g_debug ("Outbox item %" G_GINT64_FORMAT " went out as %s (draft %s)", outbox_id,
           gmail_id != NULL ? gmail_id : "?", draft_id != NULL ? draft_id : "none");

  if (!_pursuit_store_mail_run (self, "DELETE FROM outbox WHERE id = ?1", outbox_id, 0, error) ||
      !record_sent (self, &queued, draft, gmail_id, thread_id, web_url, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_OUTBOX_CHANGED, NULL, queued.account_id, NULL, NULL);
  _pursuit_store_queue_signal (self, PENDING_MAIL_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}
