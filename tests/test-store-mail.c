/* test-store-mail.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-automation.h"
#include "pursuit-backup.h"
#include "pursuit-mail-parser.h"
#include "pursuit-pipeline.h"
#include "pursuit-store-mail.h"
#include "pursuit-test-store.h"

#define DAY (24 * 60 * 60)

/* What the store keeps as it is given; not checked against Google's. */
#define MAIL_SCOPES "openid email gmail.send"

static gint64
now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static PursuitMailMessage *
make_message (const char *gmail_id,
              const char *thread_id,
              const char *message_id,
              const char *subject,
              gint64      job_id)
{
  PursuitMailMessage *message = pursuit_mail_message_new ();

  pursuit_mail_message_set_gmail_id (message, gmail_id);
  pursuit_mail_message_set_thread_id (message, thread_id);
  pursuit_mail_message_set_message_id (message, message_id);
  pursuit_mail_message_set_subject (message, subject);
  pursuit_mail_message_set_from_name (message, "Acme Talent Team");
  pursuit_mail_message_set_from_address (message, "Jobs@Acme.example");
  pursuit_mail_message_set_snippet (message, "Thank you for your interest");
  pursuit_mail_message_set_body_text (message, "Thank you for your interest in Acme.");
  pursuit_mail_message_set_received_at (message, now () - 3600);
  pursuit_mail_message_set_labels (message, "INBOX,UNREAD");
  pursuit_mail_message_set_category (message, PURSUIT_MAIL_REJECTION);
  pursuit_mail_message_set_confidence (message, 0.93);
  pursuit_mail_message_set_company (message, "Acme");
  pursuit_mail_message_set_job_id (message, job_id);
  if (job_id != 0)
    pursuit_mail_message_set_match_reason (message, "sender domain acme.example");

  return message;
}

static PursuitMailSuggestion *
make_suggestion (PursuitSuggestionAction  action,
                 PursuitMailCategory      category,
                 gint64                   job_id,
                 const char              *target_stage)
{
  PursuitMailSuggestion *suggestion = pursuit_mail_suggestion_new ();

  pursuit_mail_suggestion_set_action (suggestion, action);
  pursuit_mail_suggestion_set_category (suggestion, category);
  pursuit_mail_suggestion_set_confidence (suggestion, 0.93);
  pursuit_mail_suggestion_set_job_id (suggestion, job_id);
  pursuit_mail_suggestion_set_target_stage (suggestion, target_stage);

  return suggestion;
}

/* Saves one message of @account_id with its suggestion; returns the
 * suggestion's id. */
static gint64
save_one (PursuitStore          *store,
          gint64                 account_id,
          PursuitMailMessage    *message,
          PursuitMailSuggestion *suggestion)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new ();
  g_autoptr(GPtrArray) suggestions = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (messages, message);
  g_ptr_array_add (suggestions, suggestion);
  g_assert_true (pursuit_store_save_mail (store, account_id, messages, suggestions, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_mail_message_get_id (message), >, 0);

  return suggestion != NULL ? pursuit_mail_suggestion_get_id (suggestion) : 0;
}

static gint64
save_suggestion (PursuitStore            *store,
                 gint64                   account_id,
                 const char              *gmail_id,
                 gint64                   job_id,
                 PursuitSuggestionAction  action,
                 PursuitMailCategory      category,
                 const char              *target_stage)
{
  g_autofree char *message_id = g_strdup_printf ("<%s@acme.example>", gmail_id);
  g_autoptr(PursuitMailMessage) message = make_message (gmail_id, "t-1", message_id, "Your application", job_id);
  g_autoptr(PursuitMailSuggestion) suggestion = make_suggestion (action, category, job_id, target_stage);

  return save_one (store, account_id, message, suggestion);
}

static char *
job_stage (PursuitStore *store,
           gint64        job_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = pursuit_store_get_job (store, job_id, &error);

  g_assert_no_error (error);
  return g_strdup (pursuit_job_get_stage (job));
}

static guint
count_events (PursuitStore *store,
              gint64        job_id,
              const char   *kind)
{
  g_autoptr(GPtrArray) events = pursuit_store_list_events (store, job_id);
  guint n = 0;

  for (guint i = 0; i < events->len; i++)
    n += g_strcmp0 (pursuit_timeline_event_get_kind (g_ptr_array_index (events, i)), kind) == 0;

  return n;
}

static guint
count_all_events (PursuitStore *store,
                  gint64        job_id)
{
  g_autoptr(GPtrArray) events = pursuit_store_list_events (store, job_id);

  return events->len;
}

static guint
count_interviews (PursuitStore *store,
                  gint64        job_id)
{
  g_autoptr(GPtrArray) interviews = pursuit_store_list_interviews (store, job_id);

  return interviews->len;
}

static PursuitTimelineEvent *
last_event (PursuitStore *store,
            gint64        job_id,
            const char   *kind)
{
  g_autoptr(GPtrArray) events = pursuit_store_list_events (store, job_id);

  for (guint i = events->len; i > 0; i--)
    if (g_strcmp0 (pursuit_timeline_event_get_kind (g_ptr_array_index (events, i - 1)), kind) == 0)
      return g_object_ref (g_ptr_array_index (events, i - 1));

  return NULL;
}

static const char *
suggestion_state (PursuitStore *store,
                  gint64        id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailSuggestion) suggestion = pursuit_store_get_mail_suggestion (store, id, &error);
  static char state[32];

  g_assert_no_error (error);
  g_strlcpy (state, pursuit_mail_suggestion_get_state (suggestion), sizeof state);
  return state;
}

/* Connected swapped: @count comes first, whatever the signal carries. */
static void
count_signal_cb (guint *count)
{
  (*count)++;
}

/* Records ----------------------------------------------------------------- */

static void
test_message_record (void)
{
  g_autoptr(PursuitMailMessage) message = make_message ("g1", "t1", "<a@b>", "Hi <b>there</b>", 7);
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;
  g_autofree char *url = NULL;
  g_autofree char *long_text = NULL;
  JsonObject *object;

  g_assert_cmpstr (pursuit_mail_message_get_from_address (message), ==, "jobs@acme.example");
  g_assert_cmpstr (pursuit_mail_message_get_from_domain (message), ==, "acme.example");
  pursuit_mail_message_set_from_address (message, "no-at-sign");
  g_assert_null (pursuit_mail_message_get_from_domain (message));
  pursuit_mail_message_set_from_address (message, "jobs@acme.example");

  for (int i = 0; i < PURSUIT_MAIL_N_CATEGORIES; i++)
    {
      g_assert_cmpint (pursuit_mail_category_from_string (pursuit_mail_category_to_string (i)), ==, i);
      g_assert_nonnull (pursuit_mail_category_get_label (i));
    }
  g_assert_cmpint (pursuit_mail_category_from_string ("nonsense"), ==, PURSUIT_MAIL_OTHER);
  g_assert_cmpint (pursuit_mail_category_from_string (NULL), ==, PURSUIT_MAIL_OTHER);
  g_assert_cmpstr (pursuit_mail_category_get_label (PURSUIT_MAIL_INTERVIEW), ==, "Interview invitation");
  g_assert_cmpstr (pursuit_mail_category_get_label (PURSUIT_MAIL_CONFIRMATION), ==, "Application received");

  /* Confidence stays a probability; the body a bounded, valid text. */
  pursuit_mail_message_set_confidence (message, 7.0);
  g_assert_cmpfloat (pursuit_mail_message_get_confidence (message), ==, 1.0);
  pursuit_mail_message_set_confidence (message, 0.93);
  long_text = g_strnfill (PURSUIT_MAIL_MAX_BODY_TEXT + 10, 'x');
  long_text[PURSUIT_MAIL_MAX_BODY_TEXT - 1] = '\xc3';
  long_text[PURSUIT_MAIL_MAX_BODY_TEXT] = '\xa9';
  pursuit_mail_message_set_body_text (message, long_text);
  g_assert_cmpuint (strlen (pursuit_mail_message_get_body_text (message)), ==, PURSUIT_MAIL_MAX_BODY_TEXT - 1);
  pursuit_mail_message_set_body_text (message, "bad \xff byte");
  g_assert_true (g_utf8_validate (pursuit_mail_message_get_body_text (message), -1, NULL));

  url = pursuit_mail_web_url ("ann+jobs@example.org", "18c2f");
  g_assert_cmpstr (url, ==, "https://mail.google.com/mail/u/?authuser=ann%2Bjobs%40example.org#all/18c2f");
  g_assert_null (pursuit_mail_web_url (NULL, "18c2f"));
  g_assert_null (pursuit_mail_web_url ("ann@example.org", NULL));

  pursuit_mail_message_set_received_at (message, 1772546400);
  node = pursuit_mail_message_to_json (message);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "category"), ==, "rejection");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, "confidence"), 0.93, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (object, "company"), ==, "Acme");
  g_assert_cmpint (json_object_get_int_member (object, "matched_job_id"), ==, 7);
  g_assert_cmpstr (json_object_get_string_member (object, "from"), ==, "Acme Talent Team <jobs@acme.example>");
  g_assert_cmpstr (json_object_get_string_member (object, "received_at"), ==, "2026-03-03T14:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (object, "subject"), ==, "Hi <b>there</b>");
  g_assert_cmpstr (json_object_get_string_member (object, "message_id"), ==, "<a@b>");
  g_assert_true (json_object_has_member (object, "job_title"));

  pursuit_mail_message_set_job_id (message, 0);
  g_clear_pointer (&node, json_node_unref);
  node = pursuit_mail_message_to_json (message);
  g_assert_true (json_object_get_null_member (json_node_get_object (node), "matched_job_id"));
  json = json_to_string (node, FALSE);
  g_assert_nonnull (strstr (json, "\"matched_job_id\":null"));
}

static void
test_suggestion_record (void)
{
  g_autoptr(PursuitMailSuggestion) suggestion = pursuit_mail_suggestion_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  JsonObject *object;

  g_assert_cmpstr (pursuit_mail_suggestion_get_state (suggestion), ==, PURSUIT_SUGGESTION_PENDING);
  for (int i = PURSUIT_SUGGESTION_MOVE_STAGE; i <= PURSUIT_SUGGESTION_RECORD; i++)
    g_assert_cmpint (pursuit_suggestion_action_from_string (pursuit_suggestion_action_to_string (i)), ==, i);
  g_assert_cmpstr (pursuit_suggestion_action_to_string (PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW), ==,
                   "schedule-interview");
  g_assert_cmpint (pursuit_suggestion_action_from_string ("launch-rockets"), ==, PURSUIT_SUGGESTION_RECORD);

  pursuit_mail_suggestion_set_company (suggestion, "Acme <i>Inc</i>");
  pursuit_mail_suggestion_set_category (suggestion, PURSUIT_MAIL_REJECTION);
  pursuit_mail_suggestion_set_action (suggestion, PURSUIT_SUGGESTION_MOVE_STAGE);
  pursuit_mail_suggestion_set_target_stage (suggestion, PURSUIT_STAGE_REJECTED);
  text = pursuit_mail_suggestion_describe (suggestion, NULL);
  g_assert_cmpstr (text, ==, "Acme <i>Inc</i>: rejection. Move to Rejected?");
  g_clear_pointer (&text, g_free);
  text = pursuit_mail_suggestion_describe (suggestion, "Declined");
  g_assert_cmpstr (text, ==, "Acme <i>Inc</i>: rejection. Move to Declined?");
  g_clear_pointer (&text, g_free);

  pursuit_mail_suggestion_set_category (suggestion, PURSUIT_MAIL_CONFIRMATION);
  pursuit_mail_suggestion_set_action (suggestion, PURSUIT_SUGGESTION_CREATE_JOB);
  pursuit_mail_suggestion_set_title (suggestion, "Backend Engineer");
  text = pursuit_mail_suggestion_describe (suggestion, NULL);
  g_assert_cmpstr (text, ==, "Acme <i>Inc</i>: application received. Add the job “Backend Engineer”?");
  g_clear_pointer (&text, g_free);

  /* No company: the sender says who wrote. */
  pursuit_mail_suggestion_set_company (suggestion, NULL);
  pursuit_mail_suggestion_set_sender (suggestion, "Dana Recruiter");
  pursuit_mail_suggestion_set_category (suggestion, PURSUIT_MAIL_INTERVIEW);
  pursuit_mail_suggestion_set_action (suggestion, PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW);
  pursuit_mail_suggestion_set_interview_starts_at (suggestion, 1772546400);
  text = pursuit_mail_suggestion_describe (suggestion, NULL);
  g_assert_true (g_str_has_prefix (text, "Dana Recruiter: interview invitation. Schedule the interview on "));
  g_assert_true (g_str_has_suffix (text, "?"));
  g_assert_nonnull (strstr (text, "Mar"));

  node = pursuit_mail_suggestion_to_json (suggestion);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "action"), ==, "schedule-interview");
  g_assert_cmpstr (json_object_get_string_member (object, "category"), ==, "interview");
  g_assert_cmpstr (json_object_get_string_member (object, "interview_starts_at"), ==, "2026-03-03T14:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (object, "state"), ==, "pending");
  g_assert_true (json_object_get_null_member (object, "job_id"));
  g_assert_cmpstr (json_object_get_string_member (object, "sender"), ==, "Dana Recruiter");
}

static void
test_account_mail_fields (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(PursuitAccount) account = NULL;
  g_autoptr(PursuitAccount) copy = NULL;
  g_autoptr(PursuitAccount) caldav = pursuit_account_new ();
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  gint64 id, caldav_id;

  g_signal_connect_swapped (fixture->store, "accounts-changed", G_CALLBACK (count_signal_cb), &changed);
  id = add_google_account (fixture->store, "ann@example.org", NULL, MAIL_SCOPES);
  account = get_stored_account (fixture->store, id);
  g_assert_true (pursuit_account_get_mail_enabled (account));
  g_assert_cmpstr (pursuit_account_get_scopes (account), ==, "openid email gmail.send");
  g_assert_null (pursuit_account_get_mail_history_id (account));
  g_assert_cmpint (pursuit_account_get_mail_synced_at (account), ==, 0);

  /* A successful sync, then a failed one that keeps the sync time. */
  g_assert_true (pursuit_store_record_mail_sync (fixture->store, id, "4711", 1790000000, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_record_mail_sync (fixture->store, id, "4711", 1790000500, "Offline \xff", &error));
  g_assert_no_error (error);
  g_clear_object (&account);
  account = get_stored_account (fixture->store, id);
  g_assert_cmpstr (pursuit_account_get_mail_history_id (account), ==, "4711");
  g_assert_cmpint (pursuit_account_get_mail_synced_at (account), ==, 1790000000);
  g_assert_true (g_str_has_prefix (pursuit_account_get_mail_last_error (account), "Offline "));
  g_assert_true (g_utf8_validate (pursuit_account_get_mail_last_error (account), -1, NULL));
  g_assert_cmpuint (changed, >=, 3);

  /* Copies and updates carry the fields. */
  copy = pursuit_account_copy (account);
  g_assert_cmpstr (pursuit_account_get_mail_history_id (copy), ==, "4711");
  g_assert_true (pursuit_account_get_mail_enabled (copy));
  pursuit_account_set_label (copy, "Ann’s Gmail");
  g_assert_true (pursuit_store_update_account (fixture->store, copy, &error));
  g_assert_no_error (error);
  g_clear_object (&account);
  account = get_stored_account (fixture->store, id);
  g_assert_cmpstr (pursuit_account_get_mail_history_id (account), ==, "4711");
  g_assert_true (pursuit_account_get_mail_enabled (account));
  g_assert_nonnull (pursuit_account_get_mail_last_error (account));

  /* Success clears the error; NULL clears the history id. */
  g_assert_true (pursuit_store_record_mail_sync (fixture->store, id, NULL, 1790000900, NULL, &error));
  g_clear_object (&account);
  account = get_stored_account (fixture->store, id);
  g_assert_null (pursuit_account_get_mail_history_id (account));
  g_assert_null (pursuit_account_get_mail_last_error (account));
  g_assert_cmpint (pursuit_account_get_mail_synced_at (account), ==, 1790000900);

  /* Off forgets the history. */
  g_assert_true (pursuit_store_record_mail_sync (fixture->store, id, "99", 1790001000, NULL, &error));
  g_assert_true (pursuit_store_set_account_mail_enabled (fixture->store, id, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&account);
  account = get_stored_account (fixture->store, id);
  g_assert_false (pursuit_account_get_mail_enabled (account));
  g_assert_null (pursuit_account_get_mail_history_id (account));
  g_assert_cmpstr (pursuit_account_get_scopes (account), ==, "openid email gmail.send");

  /* Hostile and wrong input. */
  g_assert_false (pursuit_store_record_mail_sync (fixture->store, id, "12\n34", 1, NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_record_mail_sync (fixture->store, 999, "1", 1, NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  pursuit_account_set_kind (caldav, "caldav");
  pursuit_account_set_label (caldav, "dav");
  pursuit_account_set_server_url (caldav, "https://dav.example.org/");
  caldav_id = pursuit_store_add_account (fixture->store, caldav, &error);
  g_assert_no_error (error);
  g_assert_false (pursuit_store_set_account_mail_enabled (fixture->store, caldav_id, TRUE, NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
}

/* Messages ---------------------------------------------------------------- */

static void
test_save_and_upsert (StoreFixture  *fixture,
                      gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(PursuitMailMessage) first = NULL;
  g_autoptr(PursuitMailMessage) again = NULL;
  g_autoptr(PursuitMailMessage) other = NULL;
  g_autoptr(PursuitMailMessage) stored = NULL;
  g_autoptr(PursuitMailSuggestion) suggestion = NULL;
  g_autoptr(PursuitMailSuggestion) second = NULL;
  g_autoptr(PursuitTimelineEvent) event = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 account_id = add_google_account (store, "ann@example.org", NULL, MAIL_SCOPES);
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  guint mail_changed = 0;
  gint64 first_id;

  g_signal_connect_swapped (store, "mail-changed", G_CALLBACK (count_signal_cb), &mail_changed);

  first = make_message ("g-1", "t-1", "<m1@acme.example>", "Your <b>application</b>", job_id);
  suggestion = make_suggestion (PURSUIT_SUGGESTION_MOVE_STAGE, PURSUIT_MAIL_REJECTION, job_id,
                                PURSUIT_STAGE_REJECTED);
  save_one (store, account_id, first, suggestion);
  first_id = pursuit_mail_message_get_id (first);
  g_assert_cmpint (pursuit_mail_message_get_account_id (first), ==, account_id);
  g_assert_cmpint (pursuit_mail_suggestion_get_id (suggestion), >, 0);
  g_assert_cmpint (pursuit_mail_suggestion_get_message_id (suggestion), ==, first_id);
  g_assert_cmpuint (mail_changed, ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_mail_suggestions (store), ==, 1);

  /* Matched: once on the job's timeline, with the thread's link. */
  g_assert_cmpuint (count_events (store, job_id, "email-received"), ==, 1);
  event = last_event (store, job_id, "email-received");
  g_assert_cmpstr (pursuit_timeline_event_get_detail (event), ==, "Your <b>application</b>");
  g_assert_cmpstr (pursuit_timeline_event_get_url (event), ==,
                   "https://mail.google.com/mail/u/?authuser=ann%40example.org#all/t-1");

  /* The same message again: updated, same id, no second suggestion, no
   * second event. */
  again = make_message ("g-1", "t-1", "<m1@acme.example>", "Your <b>application</b>", 0);
  pursuit_mail_message_set_labels (again, "INBOX");
  pursuit_mail_message_set_category (again, PURSUIT_MAIL_OTHER);
  second = make_suggestion (PURSUIT_SUGGESTION_RECORD, PURSUIT_MAIL_OTHER, job_id, NULL);
  save_one (store, account_id, again, second);
  g_assert_cmpint (pursuit_mail_message_get_id (again), ==, first_id);
  g_assert_cmpint (pursuit_mail_suggestion_get_id (second), ==, 0);
  /* The match made before stays when nothing matches this time. */
  g_assert_cmpint (pursuit_mail_message_get_job_id (again), ==, job_id);
  g_assert_cmpuint (count_events (store, job_id, "email-received"), ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_mail_suggestions (store), ==, 1);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM mail_messages"), ==, 1);

  stored = pursuit_store_get_mail_message (store, first_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_mail_message_get_labels (stored), ==, "INBOX");
  g_assert_cmpint (pursuit_mail_message_get_category (stored), ==, PURSUIT_MAIL_OTHER);
  g_assert_cmpstr (pursuit_mail_message_get_subject (stored), ==, "Your <b>application</b>");
  g_assert_cmpstr (pursuit_mail_message_get_from_address (stored), ==, "jobs@acme.example");
  g_assert_cmpstr (pursuit_mail_message_get_from_name (stored), ==, "Acme Talent Team");
  g_assert_cmpstr (pursuit_mail_message_get_message_id (stored), ==, "<m1@acme.example>");
  /* Never the body. */
  g_assert_null (pursuit_mail_message_get_body_text (stored));
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM pragma_table_info ('mail_messages')"
                                            " WHERE name LIKE '%body%'"), ==, 0);

  /* Invalid UTF-8 from outside is kept as valid text; a job removed
   * meanwhile is no match. */
  other = make_message ("g-2", "t-2", "<m2@x>", "Caf\xe9 \xff", 424242);
  save_one (store, account_id, other, NULL);
  g_clear_object (&stored);
  stored = pursuit_store_get_mail_message (store, pursuit_mail_message_get_id (other), &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (pursuit_mail_message_get_subject (stored), -1, NULL));
  g_assert_cmpint (pursuit_mail_message_get_job_id (stored), ==, 0);

  ids = pursuit_store_list_mail_gmail_ids (store, account_id);
  g_assert_cmpuint (g_hash_table_size (ids), ==, 2);
  g_assert_true (g_hash_table_contains (ids, "g-1"));
  g_assert_true (g_hash_table_contains (ids, "g-2"));

  list = pursuit_store_list_job_mail (store, job_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);

  g_assert_null (pursuit_store_get_mail_message (store, 999, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Messages of an account that does not exist are refused whole. */
  {
    g_autoptr(GPtrArray) messages = g_ptr_array_new ();
    g_autoptr(PursuitMailMessage) lost = make_message ("g-9", "t-9", "<m9@x>", "Lost", 0);

    g_ptr_array_add (messages, lost);
    g_assert_false (pursuit_store_save_mail (store, 999, messages, NULL, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  /* Files (account 0) are told apart by their Message-ID. */
  {
    g_autoptr(PursuitMailMessage) file = make_message (NULL, NULL, "<file@x>", "From a file", 0);
    g_autoptr(PursuitMailMessage) file_again = make_message (NULL, NULL, "<file@x>", "From a file", 0);

    save_one (store, 0, file, NULL);
    save_one (store, 0, file_again, NULL);
    g_assert_cmpint (pursuit_mail_message_get_id (file), ==, pursuit_mail_message_get_id (file_again));
    g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM mail_messages WHERE account_id IS NULL"), ==, 1);
  }
}

static void
test_threads (StoreFixture  *fixture,
              gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(PursuitMailMessage) confirmation = NULL;
  g_autoptr(PursuitMailMessage) unmatched = NULL;
  g_autoptr(PursuitMailMessage) target = NULL;
  gint64 account_id = add_google_account (store, "ann@example.org", NULL, MAIL_SCOPES);
  gint64 other_account = add_google_account (store, "bob@example.org", NULL, MAIL_SCOPES);
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  gint64 other_job = add_job (store, "Designer", "Globex", PURSUIT_STAGE_APPLIED);

  g_assert_null (pursuit_store_get_job_reply_target (store, job_id, account_id));

  confirmation = make_message ("g-1", "thread-a", "<conf@acme.example>", "Thanks for applying", job_id);
  save_one (store, account_id, confirmation, NULL);
  unmatched = make_message ("g-2", "thread-b", "<other@acme.example>", "Newsletter", 0);
  save_one (store, account_id, unmatched, NULL);

  /* By Gmail's thread, in the same account only. */
  g_assert_cmpint (pursuit_store_find_mail_thread_job (store, account_id, "thread-a", NULL), ==, job_id);
  g_assert_cmpint (pursuit_store_find_mail_thread_job (store, other_account, "thread-a", NULL), ==, 0);
  g_assert_cmpint (pursuit_store_find_mail_thread_job (store, account_id, "thread-b", NULL), ==, 0);
  g_assert_cmpint (pursuit_store_find_mail_thread_job (store, account_id, "nope", NULL), ==, 0);

  /* By References, whatever the thread: a reply to a message we know. */
  g_assert_cmpint (pursuit_store_find_mail_thread_job (store, other_account, "thread-z",
                                                       "<x@y>  <conf@acme.example>\r\n <other@acme.example>"),
                   ==, job_id);
  g_assert_cmpint (pursuit_store_find_mail_thread_job (store, 0, NULL, "<conf@acme.example>"), ==, job_id);
  g_assert_cmpint (pursuit_store_find_mail_thread_job (store, 0, NULL, "garbage \xff <unknown@x>"), ==, 0);
  g_assert_cmpint (pursuit_store_find_mail_thread_job (store, 0, NULL, ""), ==, 0);

  /* The reply target: the newest message of the account matched to the
   * job, with a thread and a Message-ID. */
  target = pursuit_store_get_job_reply_target (store, job_id, account_id);
  g_assert_nonnull (target);
  g_assert_cmpstr (pursuit_mail_message_get_message_id (target), ==, "<conf@acme.example>");
  g_assert_cmpstr (pursuit_mail_message_get_thread_id (target), ==, "thread-a");
  g_assert_null (pursuit_store_get_job_reply_target (store, job_id, other_account));
  g_assert_null (pursuit_store_get_job_reply_target (store, other_job, account_id));
  g_clear_object (&target);

  /* A newer incoming message in another thread wins. */
  {
    g_autoptr(PursuitMailMessage) newer = make_message ("g-3", "thread-c", "<invite@acme.example>",
                                                        "Interview", job_id);
    g_autoptr(PursuitMailMessage) no_id = make_message ("g-4", "thread-d", NULL, "No id", job_id);

    pursuit_mail_message_set_references (newer, "<conf@acme.example>");
    pursuit_mail_message_set_received_at (newer, now () - 60);
    pursuit_mail_message_set_received_at (no_id, now ());
    save_one (store, account_id, newer, NULL);
    save_one (store, account_id, no_id, NULL);
    target = pursuit_store_get_job_reply_target (store, job_id, account_id);
    g_assert_cmpstr (pursuit_mail_message_get_message_id (target), ==, "<invite@acme.example>");
    g_assert_cmpstr (pursuit_mail_message_get_references (target), ==, "<conf@acme.example>");
  }
}

/* Suggestions ------------------------------------------------------------- */

static void
test_accept_move (StoreFixture  *fixture,
                  gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(PursuitTimelineEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stage = NULL;
  gint64 account_id = add_google_account (store, "ann@example.org", NULL, MAIL_SCOPES);
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  gint64 id = save_suggestion (store, account_id, "g-1", job_id, PURSUIT_SUGGESTION_MOVE_STAGE,
                               PURSUIT_MAIL_REJECTION, PURSUIT_STAGE_REJECTED);
  guint mail_changed = 0, stage_changed = 0;

  g_signal_connect_swapped (store, "mail-changed", G_CALLBACK (count_signal_cb), &mail_changed);
  g_signal_connect_swapped (store, "stage-changed", G_CALLBACK (count_signal_cb), &stage_changed);

  g_assert_true (pursuit_store_accept_mail_suggestion (store, id, FALSE, &error));
  g_assert_no_error (error);
  stage = job_stage (store, job_id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_REJECTED);
  g_assert_cmpstr (suggestion_state (store, id), ==, PURSUIT_SUGGESTION_ACCEPTED);
  g_assert_cmpuint (mail_changed, ==, 1);
  g_assert_cmpuint (stage_changed, ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_mail_suggestions (store), ==, 0);
  event = last_event (store, job_id, "stage-changed");
  g_assert_cmpstr (pursuit_timeline_event_get_detail (event), ==, "From email: Your application");

  /* Only once. */
  g_assert_false (pursuit_store_accept_mail_suggestion (store, id, FALSE, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_dismiss_mail_suggestion (store, id, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Undo: back to applied and pending again. */
  g_assert_true (pursuit_store_undo_mail_suggestion (store, id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&stage, g_free);
  stage = job_stage (store, job_id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_APPLIED);
  g_assert_cmpstr (suggestion_state (store, id), ==, PURSUIT_SUGGESTION_PENDING);
  g_assert_cmpuint (mail_changed, ==, 2);

  g_assert_false (pursuit_store_undo_mail_suggestion (store, id, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Accepted again, then the job moves on: the undo cannot take it back
   * and changes nothing. */
  g_assert_true (pursuit_store_accept_mail_suggestion (store, id, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (suggestion_state (store, id), ==, PURSUIT_SUGGESTION_APPLIED);
  g_assert_true (pursuit_store_undo_move (store, job_id, PURSUIT_STAGE_APPLIED, &error));
  g_assert_true (pursuit_store_move_job (store, job_id, PURSUIT_STAGE_WITHDRAWN, "Took another offer", &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_store_undo_mail_suggestion (store, id, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_cmpstr (suggestion_state (store, id), ==, PURSUIT_SUGGESTION_APPLIED);
  g_clear_pointer (&stage, g_free);
  stage = job_stage (store, job_id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_WITHDRAWN);

  g_assert_false (pursuit_store_accept_mail_suggestion (store, 999, FALSE, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_accept_transition_refused (StoreFixture  *fixture,
                                gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autofree char *stage = NULL;
  gint64 account_id = add_google_account (store, "ann@example.org", NULL, MAIL_SCOPES);
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  gint64 id = save_suggestion (store, account_id, "g-1", job_id, PURSUIT_SUGGESTION_MOVE_STAGE,
                               PURSUIT_MAIL_ASSESSMENT, PURSUIT_STAGE_SCREENING);
  gint64 interview = save_suggestion (store, account_id, "g-2", job_id, PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW,
                                      PURSUIT_MAIL_INTERVIEW, NULL);
  guint events;

  /* The user withdrew meanwhile: neither can happen any more. */
  g_assert_true (pursuit_store_move_job (store, job_id, PURSUIT_STAGE_WITHDRAWN, "Moved abroad", &error));
  g_assert_no_error (error);
  events = count_all_events (store, job_id);

  g_assert_false (pursuit_store_accept_mail_suggestion (store, id, FALSE, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_false (pursuit_store_accept_mail_suggestion (store, interview, FALSE, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION);
  g_clear_error (&error);

  stage = job_stage (store, job_id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_WITHDRAWN);
  g_assert_cmpstr (suggestion_state (store, id), ==, PURSUIT_SUGGESTION_PENDING);
  g_assert_cmpstr (suggestion_state (store, interview), ==, PURSUIT_SUGGESTION_PENDING);
  g_assert_cmpuint (count_all_events (store, job_id), ==, events);
  g_assert_cmpuint (count_interviews (store, job_id), ==, 0);

  /* Dismissing it is still possible. */
  g_assert_true (pursuit_store_dismiss_mail_suggestion (store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (suggestion_state (store, id), ==, PURSUIT_SUGGESTION_DISMISSED);
  g_assert_cmpuint (pursuit_store_count_pending_mail_suggestions (store), ==, 1);
}

static void
test_accept_interview (StoreFixture  *fixture,
                       gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(PursuitAutomation) automation = pursuit_automation_new (store);
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autoptr(PursuitMailSuggestion) suggestion = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GPtrArray) interviews = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stage = NULL;
  gint64 account_id = add_google_account (store, "ann@example.org", NULL, MAIL_SCOPES);
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  gint64 starts_at = now () + 3 * DAY;
  gint64 id;

  message = make_message ("g-1", "t-1", "<invite@acme.example>", "Interview with Acme", job_id);
  suggestion = make_suggestion (PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW, PURSUIT_MAIL_INTERVIEW, job_id, NULL);
  pursuit_mail_suggestion_set_interview_starts_at (suggestion, starts_at);
  pursuit_mail_suggestion_set_interview_minutes (suggestion, 45);
  pursuit_mail_suggestion_set_interview_location (suggestion, "https://meet.google.com/abc-defg-hij");
  pursuit_mail_suggestion_set_interview_kind (suggestion, "video");
  id = save_one (store, account_id, message, suggestion);

  g_assert_true (pursuit_store_accept_mail_suggestion (store, id, FALSE, &error));
  g_assert_no_error (error);
  spin_until_idle ();

  interviews = pursuit_store_list_interviews (store, job_id);
  g_assert_cmpuint (interviews->len, ==, 1);
  interview = g_object_ref (g_ptr_array_index (interviews, 0));
  g_assert_cmpint (pursuit_interview_get_starts_at (interview), ==, starts_at);
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interview), ==, 45);
  g_assert_cmpstr (pursuit_interview_get_kind (interview), ==, "video");
  g_assert_cmpstr (pursuit_interview_get_location (interview), ==, "https://meet.google.com/abc-defg-hij");
  g_assert_cmpstr (pursuit_interview_get_status (interview), ==, "scheduled");
  /* The automation moved the job, as scheduling by hand does. */
  stage = job_stage (store, job_id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_INTERVIEW_SCHEDULED);

  g_assert_true (pursuit_store_undo_mail_suggestion (store, id, &error));
  g_assert_no_error (error);
  spin_until_idle ();
  g_clear_object (&interview);
  interview = get_stored_interview (store, pursuit_interview_get_id (g_ptr_array_index (interviews, 0)));
  g_assert_cmpstr (pursuit_interview_get_status (interview), ==, "cancelled");
  g_clear_pointer (&stage, g_free);
  stage = job_stage (store, job_id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_APPLIED);
  g_assert_cmpstr (suggestion_state (store, id), ==, PURSUIT_SUGGESTION_PENDING);
}

static void
test_accept_create_job (StoreFixture  *fixture,
                        gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autoptr(PursuitMailMessage) stored = NULL;
  g_autoptr(PursuitMailSuggestion) suggestion = NULL;
  g_autoptr(PursuitMailSuggestion) accepted = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  gint64 account_id = add_google_account (store, "ann@example.org", NULL, MAIL_SCOPES);
  gint64 id, job_id;

  message = make_message ("g-1", "t-1", "<conf@initech.example>", "Thank you for applying to Initech", 0);
  pursuit_mail_message_set_from_name (message, "Initech Recruiting");
  pursuit_mail_message_set_from_address (message, "careers@initech.example");
  suggestion = make_suggestion (PURSUIT_SUGGESTION_CREATE_JOB, PURSUIT_MAIL_CONFIRMATION, 0, PURSUIT_STAGE_APPLIED);
  pursuit_mail_suggestion_set_company (suggestion, "Initech");
  pursuit_mail_suggestion_set_title (suggestion, "Data Analyst");
  id = save_one (store, account_id, message, suggestion);

  g_assert_true (pursuit_store_accept_mail_suggestion (store, id, FALSE, &error));
  g_assert_no_error (error);

  accepted = pursuit_store_get_mail_suggestion (store, id, &error);
  g_assert_no_error (error);
  job_id = pursuit_mail_suggestion_get_job_id (accepted);
  g_assert_cmpint (job_id, >, 0);
  job = pursuit_store_get_job (store, job_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Data Analyst");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Initech");
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, PURSUIT_STAGE_APPLIED);
  g_assert_cmpstr (pursuit_mail_suggestion_get_title (accepted), ==, "Data Analyst");
  g_assert_cmpstr (pursuit_mail_suggestion_get_company (accepted), ==, "Initech");

  contacts = pursuit_store_list_contacts (store, job_id);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpstr (pursuit_contact_get_name (g_ptr_array_index (contacts, 0)), ==, "Initech Recruiting");
  g_assert_cmpstr (pursuit_contact_get_email (g_ptr_array_index (contacts, 0)), ==, "careers@initech.example");

  /* The message now belongs to the job, and its thread leads there. */
  stored = pursuit_store_get_mail_message (store, pursuit_mail_message_get_id (message), &error);
  g_assert_cmpint (pursuit_mail_message_get_job_id (stored), ==, job_id);
  g_assert_cmpint (pursuit_store_find_mail_thread_job (store, account_id, "t-1", NULL), ==, job_id);
  g_assert_cmpuint (count_events (store, job_id, "email-received"), ==, 1);

  /* Undo removes the job, keeps the message and the suggestion. */
  g_assert_true (pursuit_store_undo_mail_suggestion (store, id, &error));
  g_assert_no_error (error);
  jobs = pursuit_store_list_jobs (store, NULL, &error);
  g_assert_cmpuint (jobs->len, ==, 0);
  g_assert_cmpstr (suggestion_state (store, id), ==, PURSUIT_SUGGESTION_PENDING);
  g_clear_object (&stored);
  stored = pursuit_store_get_mail_message (store, pursuit_mail_message_get_id (message), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_mail_message_get_job_id (stored), ==, 0);
  g_assert_cmpint (pursuit_store_find_mail_thread_job (store, account_id, "t-1", NULL), ==, 0);

  /* And it can be accepted again: a new job. */
  g_assert_true (pursuit_store_accept_mail_suggestion (store, id, FALSE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&jobs, g_ptr_array_unref);
  jobs = pursuit_store_list_jobs (store, NULL, &error);
  g_assert_cmpuint (jobs->len, ==, 1);
}

static void
test_accept_record (StoreFixture  *fixture,
                    gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autofree char *stage = NULL;
  gint64 account_id = add_google_account (store, "ann@example.org", NULL, MAIL_SCOPES);
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", PURSUIT_STAGE_OFFER);
  gint64 id = save_suggestion (store, account_id, "g-1", job_id, PURSUIT_SUGGESTION_RECORD,
                               PURSUIT_MAIL_CONFIRMATION, NULL);
  guint events = count_all_events (store, job_id);

  g_assert_cmpuint (count_events (store, job_id, "email-received"), ==, 1);
  g_assert_true (pursuit_store_accept_mail_suggestion (store, id, FALSE, &error));
  g_assert_no_error (error);
  stage = job_stage (store, job_id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_OFFER);
  g_assert_cmpuint (count_all_events (store, job_id), ==, events);
  g_assert_true (pursuit_store_undo_mail_suggestion (store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (suggestion_state (store, id), ==, PURSUIT_SUGGESTION_PENDING);
}

static void
test_list_and_auto_applied (StoreFixture  *fixture,
                            gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 account_id = add_google_account (store, "ann@example.org", NULL, MAIL_SCOPES);
  gint64 acme = add_job (store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  gint64 globex = add_job (store, "Designer", "Globex", PURSUIT_STAGE_APPLIED);
  gint64 pending = save_suggestion (store, account_id, "g-1", acme, PURSUIT_SUGGESTION_MOVE_STAGE,
                                    PURSUIT_MAIL_REJECTION, PURSUIT_STAGE_REJECTED);
  gint64 applied = save_suggestion (store, account_id, "g-2", globex, PURSUIT_SUGGESTION_MOVE_STAGE,
                                    PURSUIT_MAIL_OFFER, PURSUIT_STAGE_OFFER);
  gint64 old = save_suggestion (store, account_id, "g-3", globex, PURSUIT_SUGGESTION_RECORD,
                                PURSUIT_MAIL_CONFIRMATION, NULL);
  gint64 dismissed = save_suggestion (store, account_id, "g-4", acme, PURSUIT_SUGGESTION_RECORD,
                                      PURSUIT_MAIL_CONFIRMATION, NULL);
  PursuitMailSuggestion *first;

  g_assert_true (pursuit_store_accept_mail_suggestion (store, applied, TRUE, &error));
  g_assert_true (pursuit_store_accept_mail_suggestion (store, old, TRUE, &error));
  g_assert_true (pursuit_store_dismiss_mail_suggestion (store, dismissed, &error));
  g_assert_no_error (error);
  /* Applied long ago: no more Undo in the panel. */
  exec_store_sql (store, "UPDATE mail_suggestions SET resolved_at = 1000 WHERE state = 'applied'"
                         " AND message_id = (SELECT id FROM mail_messages WHERE gmail_id = 'g-3')");

  list = pursuit_store_list_mail_suggestions (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  for (guint i = 0; i < list->len; i++)
    {
      PursuitMailSuggestion *s = g_ptr_array_index (list, i);

      g_assert_true (pursuit_mail_suggestion_get_id (s) == pending || pursuit_mail_suggestion_get_id (s) == applied);
    }
  g_clear_pointer (&list, g_ptr_array_unref);

  list = pursuit_store_list_mail_suggestions (store, PURSUIT_SUGGESTION_PENDING, &error);
  g_assert_cmpuint (list->len, ==, 1);
  first = g_ptr_array_index (list, 0);
  g_assert_cmpint (pursuit_mail_suggestion_get_id (first), ==, pending);
  g_assert_cmpint (pursuit_mail_suggestion_get_job_id (first), ==, acme);
  g_assert_cmpstr (pursuit_mail_suggestion_get_company (first), ==, "Acme");
  g_assert_cmpstr (pursuit_mail_suggestion_get_title (first), ==, "Backend Engineer");
  g_assert_cmpstr (pursuit_mail_suggestion_get_subject (first), ==, "Your application");
  g_assert_cmpstr (pursuit_mail_suggestion_get_sender (first), ==, "Acme Talent Team");
  g_assert_cmpstr (pursuit_mail_suggestion_get_snippet (first), ==, "Thank you for your interest");
  g_assert_cmpstr (pursuit_mail_suggestion_get_web_url (first), ==,
                   "https://mail.google.com/mail/u/?authuser=ann%40example.org#all/t-1");
  g_assert_cmpint (pursuit_mail_suggestion_get_action (first), ==, PURSUIT_SUGGESTION_MOVE_STAGE);
  g_assert_cmpstr (pursuit_mail_suggestion_get_target_stage (first), ==, PURSUIT_STAGE_REJECTED);
  g_assert_cmpint (pursuit_mail_suggestion_get_received_at (first), >, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  list = pursuit_store_list_mail_suggestions (store, PURSUIT_SUGGESTION_DISMISSED, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (pursuit_mail_suggestion_get_resolved_at (g_ptr_array_index (list, 0)), >, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  list = pursuit_store_list_mail_suggestions (store, PURSUIT_SUGGESTION_APPLIED, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_null (pursuit_store_get_mail_suggestion (store, 999, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

/* Sending ----------------------------------------------------------------- */

static PursuitOutgoingMail *
make_outgoing (const char *thread_id)
{
  PursuitOutgoingMail *mail = pursuit_outgoing_mail_new ();

  mail->from_name = g_strdup ("Ann Émile");
  mail->to = g_strdup ("Dana <dana@acme.example>");
  mail->subject = g_strdup ("Re: Your application — next steps");
  mail->body = g_strdup ("Hello Dana,\n\nI am still very interested.\n\nAnn");
  mail->thread_id = g_strdup (thread_id);
  if (thread_id != NULL)
    {
      mail->in_reply_to = g_strdup ("<conf@acme.example>");
      mail->references = g_strdup ("<conf@acme.example>");
    }

  return mail;
}

static void
test_queue_and_complete (StoreFixture  *fixture,
                         gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(PursuitOutgoingMail) mail = make_outgoing ("thread-a");
  g_autoptr(PursuitMailMessage) parsed = NULL;
  g_autoptr(PursuitMailMessage) target = NULL;
  g_autoptr(PursuitFollowUp) follow_up = NULL;
  g_autoptr(PursuitTimelineEvent) event = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  g_autoptr(GBytes) raw = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message_id = NULL;
  g_autofree char *thread_id = NULL;
  gint64 account_id = add_google_account (store, "ann@example.org", NULL, MAIL_SCOPES);
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  gint64 follow_up_id = add_follow_up_due (store, job_id, now () - DAY);
  gint64 parsed_job = 0, parsed_follow_up = 0;
  guint outbox_changed = 0, follow_ups_changed = 0, mail_changed = 0;
  PursuitOutboxItem *item;
  gint64 outbox_id;

  g_signal_connect_swapped (store, "outbox-changed", G_CALLBACK (count_signal_cb), &outbox_changed);
  g_signal_connect_swapped (store, "follow-ups-changed", G_CALLBACK (count_signal_cb), &follow_ups_changed);
  g_signal_connect_swapped (store, "mail-changed", G_CALLBACK (count_signal_cb), &mail_changed);

  outbox_id = pursuit_store_queue_mail (store, account_id, PURSUIT_OUTBOX_GMAIL_SEND, 0, follow_up_id, mail, &error);
  g_assert_no_error (error);
  g_assert_cmpint (outbox_id, >, 0);
  g_assert_cmpuint (outbox_changed, ==, 1);

  items = pursuit_store_list_due_outbox (store, account_id, now (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (pursuit_outbox_item_get_kind (item), ==, "gmail.send");
  g_assert_cmpstr (pursuit_outbox_item_get_source (item), ==, "follow-up");
  g_assert_cmpint (pursuit_outbox_item_get_source_id (item), ==, follow_up_id);

  g_assert_true (pursuit_store_parse_mail_payload (pursuit_outbox_item_get_payload (item), &raw, &message_id,
                                                   &thread_id, &parsed_job, &parsed_follow_up, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (thread_id, ==, "thread-a");
  g_assert_cmpint (parsed_job, ==, job_id);
  g_assert_cmpint (parsed_follow_up, ==, follow_up_id);
  g_assert_true (g_str_has_prefix (message_id, "<"));
  g_assert_true (g_str_has_suffix (message_id, "@example.org>"));

  /* The raw message is what will be sent: From the account, the reply
   * headers, the Message-ID of the payload. */
  parsed = pursuit_mail_parse (raw, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_mail_message_get_from_address (parsed), ==, "ann@example.org");
  g_assert_cmpstr (pursuit_mail_message_get_from_name (parsed), ==, "Ann Émile");
  g_assert_cmpstr (pursuit_mail_message_get_message_id (parsed), ==, message_id);
  g_assert_cmpstr (pursuit_mail_message_get_in_reply_to (parsed), ==, "<conf@acme.example>");
  g_assert_cmpstr (pursuit_mail_message_get_subject (parsed), ==, "Re: Your application — next steps");

  /* Gmail took it. */
  g_assert_true (pursuit_store_complete_mail (store, outbox_id, "18c2f00d", "thread-a", NULL,
                                              "https://mail.google.com/mail/u/?authuser=ann%40example.org#all/thread-a",
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (store, account_id), ==, 0);
  g_assert_cmpuint (outbox_changed, ==, 2);
  g_assert_cmpuint (follow_ups_changed, >=, 1);
  g_assert_cmpuint (mail_changed, ==, 1);

  follow_up = pursuit_store_get_follow_up (store, follow_up_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_follow_up_get_status (follow_up), ==, "sent");

  event = last_event (store, job_id, "email-sent");
  g_assert_nonnull (event);
  g_assert_cmpstr (pursuit_timeline_event_get_detail (event), ==, "Re: Your application — next steps");
  g_assert_cmpstr (pursuit_timeline_event_get_url (event), ==,
                   "https://mail.google.com/mail/u/?authuser=ann%40example.org#all/thread-a");

  /* The sent message is stored: outgoing, matched, never "received". */
  sent = pursuit_store_list_job_mail (store, job_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sent->len, ==, 1);
  g_assert_true (pursuit_mail_message_get_outgoing (g_ptr_array_index (sent, 0)));
  g_assert_cmpstr (pursuit_mail_message_get_gmail_id (g_ptr_array_index (sent, 0)), ==, "18c2f00d");
  g_assert_cmpstr (pursuit_mail_message_get_message_id (g_ptr_array_index (sent, 0)), ==, message_id);
  g_assert_cmpuint (count_events (store, job_id, "email-received"), ==, 0);
  g_assert_cmpint (pursuit_store_find_mail_thread_job (store, account_id, "thread-a", NULL), ==, job_id);
  g_assert_cmpint (pursuit_store_find_mail_thread_job (store, account_id, NULL, message_id), ==, job_id);

  /* With nothing received, the next follow-up goes on in that thread. */
  target = pursuit_store_get_job_reply_target (store, job_id, account_id);
  g_assert_nonnull (target);
  g_assert_cmpstr (pursuit_mail_message_get_message_id (target), ==, message_id);

  /* Completing it twice does nothing more. */
  g_assert_true (pursuit_store_complete_mail (store, outbox_id, "18c2f00d", "thread-a", NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_events (store, job_id, "email-sent"), ==, 1);
}

static void
test_queue_draft (StoreFixture  *fixture,
                  gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(PursuitOutgoingMail) mail = make_outgoing (NULL);
  g_autoptr(PursuitTimelineEvent) event = NULL;
  g_autoptr(PursuitFollowUp) follow_up = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *thread_id = NULL;
  gint64 account_id = add_google_account (store, "ann@example.org", NULL, MAIL_SCOPES);
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  gint64 follow_up_id = add_follow_up_due (store, job_id, now ());
  gint64 outbox_id;
  PursuitOutboxItem *item;

  outbox_id = pursuit_store_queue_mail (store, account_id, PURSUIT_OUTBOX_GMAIL_DRAFT, job_id, follow_up_id,
                                        mail, &error);
  g_assert_no_error (error);
  items = pursuit_store_list_outbox (store, account_id, &error);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (pursuit_outbox_item_get_kind (item), ==, "gmail.draft");
  g_assert_true (pursuit_store_parse_mail_payload (pursuit_outbox_item_get_payload (item), NULL, NULL,
                                                   &thread_id, NULL, NULL, &error));
  g_assert_null (thread_id);

  g_assert_true (pursuit_store_complete_mail (store, outbox_id, "m-1", "thread-new", "r-123",
                                              "https://mail.google.com/mail/u/?authuser=ann%40example.org#drafts",
                                              &error));
  g_assert_no_error (error);
  event = last_event (store, job_id, "email-draft-saved");
  g_assert_nonnull (event);
  g_assert_nonnull (pursuit_timeline_event_get_url (event));
  /* A draft does not carry the follow-up out, nor counts as mail sent. */
  follow_up = pursuit_store_get_follow_up (store, follow_up_id, &error);
  g_assert_cmpstr (pursuit_follow_up_get_status (follow_up), ==, "pending");
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM mail_messages"), ==, 0);
}

static void
test_queue_errors (StoreFixture  *fixture,
                   gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(PursuitOutgoingMail) mail = make_outgoing (NULL);
  g_autoptr(PursuitOutgoingMail) no_to = make_outgoing (NULL);
  g_autoptr(GError) error = NULL;
  gint64 account_id = add_google_account (store, "ann@example.org", NULL, MAIL_SCOPES);
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  gint64 other_job = add_job (store, "Designer", "Globex", PURSUIT_STAGE_APPLIED);
  gint64 follow_up_id = add_follow_up_due (store, job_id, now ());
  const char * const bad_payloads[] = {
    "", "not json", "[]", "{}", "{\"raw\": 5, \"message_id\": \"<a@b>\"}",
    "{\"raw\": \"aGVsbG8=\"}", "{\"raw\": \"aGVsbG8=\", \"message_id\": \"<a@b>\", \"job_id\": \"7\"}",
    "{\"raw\": \"aGVsbG8=\", \"message_id\": \"<a@b>\", \"job_id\": -3}",
    "{\"raw\": \"!!!!\", \"message_id\": \"<a@b>\"}",
  };

  g_assert_cmpint (pursuit_store_queue_mail (store, account_id, "mail.send", job_id, 0, mail, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (pursuit_store_queue_mail (store, 999, PURSUIT_OUTBOX_GMAIL_SEND, job_id, 0, mail, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (pursuit_store_queue_mail (store, account_id, PURSUIT_OUTBOX_GMAIL_SEND, 999, 0, mail, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (pursuit_store_queue_mail (store, account_id, PURSUIT_OUTBOX_GMAIL_SEND, other_job,
                                             follow_up_id, mail, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Composing errors come from the composer, for the dialog's fields. */
  g_clear_pointer (&no_to->to, g_free);
  g_assert_cmpint (pursuit_store_queue_mail (store, account_id, PURSUIT_OUTBOX_GMAIL_SEND, job_id, 0, no_to,
                                             &error), ==, 0);
  g_assert_error (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_ADDRESS);
  g_clear_error (&error);

  /* Gmail off: nothing can be queued. */
  g_assert_true (pursuit_store_set_account_mail_enabled (store, account_id, FALSE, NULL, &error));
  g_assert_cmpint (pursuit_store_queue_mail (store, account_id, PURSUIT_OUTBOX_GMAIL_SEND, job_id, 0, mail,
                                             &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM outbox"), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bad_payloads); i++)
    {
      g_autoptr(GBytes) raw = NULL;

      g_assert_false (pursuit_store_parse_mail_payload (bad_payloads[i], &raw, NULL, NULL, NULL, NULL, &error));
      g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
      g_assert_null (raw);
      g_clear_error (&error);
    }
  g_assert_false (pursuit_store_parse_mail_payload (NULL, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Completing something that is not mail. */
  {
    gint64 push = pursuit_store_enqueue_outbox (store, "calendar.push", "{}", &error);

    g_assert_no_error (error);
    g_assert_false (pursuit_store_complete_mail (store, push, "x", "y", NULL, NULL, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  }
}

/* Removing things ---------------------------------------------------------- */

static void
test_remove_job_and_account (StoreFixture  *fixture,
                             gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(PursuitOutgoingMail) mail = make_outgoing (NULL);
  g_autoptr(GPtrArray) sent = NULL;
  g_autoptr(GError) error = NULL;
  gint64 account_id = add_google_account (store, "ann@example.org", NULL, MAIL_SCOPES);
  gint64 acme = add_job (store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  gint64 globex = add_job (store, "Designer", "Globex", PURSUIT_STAGE_APPLIED);
  guint mail_changed = 0;
  gint64 outbox_id;

  save_suggestion (store, account_id, "g-1", acme, PURSUIT_SUGGESTION_MOVE_STAGE,
                   PURSUIT_MAIL_REJECTION, PURSUIT_STAGE_REJECTED);
  save_suggestion (store, account_id, "g-2", globex, PURSUIT_SUGGESTION_MOVE_STAGE,
                   PURSUIT_MAIL_OFFER, PURSUIT_STAGE_OFFER);
  outbox_id = pursuit_store_queue_mail (store, account_id, PURSUIT_OUTBOX_GMAIL_SEND, acme, 0, mail, &error);
  g_assert_no_error (error);

  /* The job goes: its suggestions with it, its messages stay unmatched;
   * the mail queued for it still goes out, for no job. */
  g_assert_true (pursuit_store_remove_job (store, acme, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_store_count_pending_mail_suggestions (store), ==, 1);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM mail_messages WHERE job_id IS NULL"), ==, 1);
  g_assert_cmpint (pursuit_store_find_mail_thread_job (store, account_id, "t-1", NULL), ==, globex);
  g_assert_true (pursuit_store_complete_mail (store, outbox_id, "s-1", "t-9", NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM mail_messages WHERE outgoing = 1"
                                            " AND job_id IS NULL"), ==, 1);

  /* The account goes: its messages and suggestions with it. */
  g_signal_connect_swapped (store, "mail-changed", G_CALLBACK (count_signal_cb), &mail_changed);
  g_assert_true (pursuit_store_remove_account (store, account_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mail_changed, ==, 1);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM mail_messages"), ==, 0);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM mail_suggestions"), ==, 0);
  g_assert_cmpuint (pursuit_store_count_pending_mail_suggestions (store), ==, 0);
  sent = pursuit_store_list_job_mail (store, globex, &error);
  g_assert_cmpuint (sent->len, ==, 0);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);
}

/* A JSON backup keeps the timeline's links to Gmail, not the mail: it
 * belongs to an account of this computer, as the accounts do. */
static void
test_backup (StoreFixture  *fixture,
             gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(PursuitTimelineEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  gint64 account_id = add_google_account (store, "ann@example.org", NULL, MAIL_SCOPES);
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);

  save_suggestion (store, account_id, "g-1", job_id, PURSUIT_SUGGESTION_MOVE_STAGE,
                   PURSUIT_MAIL_REJECTION, PURSUIT_STAGE_REJECTED);
  json = pursuit_backup_export_json (store, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (json, "mail_messages"));
  g_assert_null (strstr (json, "Thank you for your interest"));

  g_assert_true (pursuit_backup_restore_json (store, json, strlen (json), &error));
  g_assert_no_error (error);
  event = last_event (store, job_id, "email-received");
  g_assert_nonnull (event);
  g_assert_cmpstr (pursuit_timeline_event_get_url (event), ==,
                   "https://mail.google.com/mail/u/?authuser=ann%40example.org#all/t-1");
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ((path), StoreFixture, NULL, store_fixture_setup, (func), store_fixture_teardown)

  g_test_add_func ("/store/mail/message-record", test_message_record);
  g_test_add_func ("/store/mail/suggestion-record", test_suggestion_record);
  ADD ("/store/mail/account-fields", test_account_mail_fields);
  ADD ("/store/mail/save-and-upsert", test_save_and_upsert);
  ADD ("/store/mail/threads", test_threads);
  ADD ("/store/mail/accept-move", test_accept_move);
  ADD ("/store/mail/accept-transition-refused", test_accept_transition_refused);
  ADD ("/store/mail/accept-interview", test_accept_interview);
  ADD ("/store/mail/accept-create-job", test_accept_create_job);
  ADD ("/store/mail/accept-record", test_accept_record);
  ADD ("/store/mail/list-and-auto-applied", test_list_and_auto_applied);
  ADD ("/store/mail/queue-and-complete", test_queue_and_complete);
  ADD ("/store/mail/queue-draft", test_queue_draft);
  ADD ("/store/mail/queue-errors", test_queue_errors);
  ADD ("/store/mail/remove-job-and-account", test_remove_job_and_account);
  ADD ("/store/mail/backup", test_backup);

#undef ADD

  return g_test_run ();
}
