/* test-accounts.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-test-store.h"

#define HOUR 3600
#define DAY (24 * HOUR)

static PursuitAccount *
make_account (const char *kind,
              const char *label)
{
  PursuitAccount *account = pursuit_account_new ();

  pursuit_account_set_kind (account, kind);
  pursuit_account_set_label (account, label);
  if (g_strcmp0 (kind, "caldav") == 0)
    {
      pursuit_account_set_server_url (account, "https://dav.example.org/");
      pursuit_account_set_username (account, "ann");
    }

  return account;
}

static gint64
add_account (PursuitStore *store,
             const char   *kind,
             const char   *label,
             const char   *calendar_id)
{
  g_autoptr(PursuitAccount) account = make_account (kind, label);
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_account_set_calendar_id (account, calendar_id);
  id = pursuit_store_add_account (store, account, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_future_interview (PursuitStore *store,
                      gint64        job_id,
                      gint64        in_seconds)
{
  g_autoptr(PursuitInterview) interview =
    make_interview (job_id, "video", g_get_real_time () / G_USEC_PER_SEC + in_seconds, 45);

  return store_interview (store, interview);
}

static void
count_signal_cb (gpointer  instance,
                 gpointer  user_data)
{
  (*(guint *)user_data)++;
}

static void
count_outbox_signal_cb (gpointer  instance,
                        gint64    account_id,
                        gpointer  user_data)
{
  (*(guint *)user_data)++;
}

static void
count_interview_signal_cb (PursuitStore     *store,
                           PursuitInterview *interview,
                           gpointer          user_data)
{
  (*(guint *)user_data)++;
}

static void
test_accounts_crud (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(PursuitAccount) google = make_account ("google", "ann@example.com");
  g_autoptr(PursuitAccount) caldav = make_account ("caldav", "ann@dav.example.org");
  g_autoptr(PursuitAccount) stored = NULL;
  g_autoptr(PursuitAccount) changed = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  gint64 google_id, caldav_id;

  g_signal_connect (fixture->store, "accounts-changed", G_CALLBACK (count_signal_cb), &n_changed);

  pursuit_account_set_scopes (google, "https://www.googleapis.com/auth/calendar.events");
  google_id = pursuit_store_add_account (fixture->store, google, &error);
  g_assert_no_error (error);
  g_assert_cmpint (google_id, >, 0);
  g_assert_cmpint (pursuit_account_get_id (google), ==, google_id);
  g_assert_cmpuint (n_changed, ==, 1);

  caldav_id = pursuit_store_add_account (fixture->store, caldav, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 2);

  /* Each its own random key for the Secret Service. */
  g_assert_cmpuint (strlen (pursuit_account_get_secret_key (google)), ==, 32);
  for (const char *p = pursuit_account_get_secret_key (google); *p; p++)
    g_assert_true (g_ascii_isxdigit (*p));
  g_assert_cmpstr (pursuit_account_get_secret_key (google), !=, pursuit_account_get_secret_key (caldav));

  stored = pursuit_store_get_account (fixture->store, google_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_account_get_kind (stored), ==, "google");
  g_assert_cmpstr (pursuit_account_get_label (stored), ==, "ann@example.com");
  g_assert_cmpstr (pursuit_account_get_scopes (stored), ==, "https://www.googleapis.com/auth/calendar.events");
  g_assert_cmpstr (pursuit_account_get_secret_key (stored), ==, pursuit_account_get_secret_key (google));
  g_assert_null (pursuit_account_get_server_url (stored));
  g_assert_null (pursuit_account_get_calendar_id (stored));
  g_assert_true (pursuit_account_get_enabled (stored));
  g_assert_false (pursuit_account_get_sync_follow_ups (stored));
  g_assert_false (pursuit_account_get_invite_interviewer (stored));
  g_assert_false (pursuit_account_get_needs_sign_in (stored));
  g_assert_cmpint (pursuit_account_get_last_sync_at (stored), ==, 0);
  g_assert_cmpint (pursuit_account_get_created_at (stored), >, 0);

  accounts = pursuit_store_list_accounts (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (accounts->len, ==, 2);
  g_assert_cmpint (pursuit_account_get_id (g_ptr_array_index (accounts, 0)), ==, google_id);
  g_assert_cmpint (pursuit_account_get_id (g_ptr_array_index (accounts, 1)), ==, caldav_id);
  g_assert_cmpstr (pursuit_account_get_server_url (g_ptr_array_index (accounts, 1)), ==, "https://dav.example.org/");
  g_assert_cmpstr (pursuit_account_get_username (g_ptr_array_index (accounts, 1)), ==, "ann");

  /* Update saves the settings but not what identifies the account. */
  changed = pursuit_account_copy (stored);
  pursuit_account_set_label (changed, "Ann (work)");
  pursuit_account_set_enabled (changed, FALSE);
  pursuit_account_set_sync_follow_ups (changed, TRUE);
  pursuit_account_set_invite_interviewer (changed, TRUE);
  pursuit_account_set_kind (changed, "caldav");
  pursuit_account_set_secret_key (changed, "0000");
  pursuit_account_set_created_at (changed, 1);
  g_assert_true (pursuit_store_update_account (fixture->store, changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 3);
  g_clear_object (&stored);
  stored = pursuit_store_get_account (fixture->store, google_id, &error);
  g_assert_cmpstr (pursuit_account_get_label (stored), ==, "Ann (work)");
  g_assert_false (pursuit_account_get_enabled (stored));
  g_assert_true (pursuit_account_get_sync_follow_ups (stored));
  g_assert_true (pursuit_account_get_invite_interviewer (stored));
  g_assert_cmpstr (pursuit_account_get_kind (stored), ==, "google");
  g_assert_cmpstr (pursuit_account_get_secret_key (stored), ==, pursuit_account_get_secret_key (google));
  g_assert_cmpint (pursuit_account_get_created_at (stored), ==, pursuit_account_get_created_at (google));

  g_assert_true (pursuit_store_remove_account (fixture->store, google_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 4);
  g_clear_object (&stored);
  stored = pursuit_store_get_account (fixture->store, google_id, &error);
  g_assert_null (stored);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (pursuit_store_remove_account (fixture->store, google_id, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pursuit_store_update_account (fixture->store, changed, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_clear_pointer (&accounts, g_ptr_array_unref);
  accounts = pursuit_store_list_accounts (fixture->store, &error);
  g_assert_cmpuint (accounts->len, ==, 1);
  g_assert_cmpuint (n_changed, ==, 4);
}

static void
assert_refused (PursuitStore   *store,
                PursuitAccount *account)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pursuit_store_add_account (store, account, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
test_accounts_validation (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autofree char *long_label = g_strnfill (400, 'a');
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(PursuitAccount) good = NULL;
  g_autoptr(GError) error = NULL;
  struct {
    const char *kind;
    const char *label;
    const char *server_url;
    const char *username;
  } bad[] = {
    { NULL, "ann@example.com", NULL, NULL },
    { "outlook", "ann@example.com", NULL, NULL },
    { "Google", "ann@example.com", NULL, NULL },
    { "google", NULL, NULL, NULL },
    { "google", "", NULL, NULL },
    { "google", "   \t ", NULL, NULL },
    { "google", "ann\n@example.com", NULL, NULL },
    { "google", "ann\x1b[31m", NULL, NULL },
    { "google", "\xff\xfe", NULL, NULL },
    { "google", long_label, NULL, NULL },
    { "caldav", "ann@dav", NULL, "ann" },
    { "caldav", "ann@dav", "", "ann" },
    { "caldav", "ann@dav", "ftp://dav.example.org/", "ann" },
    { "caldav", "ann@dav", "javascript:alert(1)", "ann" },
    { "caldav", "ann@dav", "https://", "ann" },
    { "caldav", "ann@dav", "https://dav.example.org/\r\nX-Evil: 1", "ann" },
    { "caldav", "ann@dav", "https://dav.example.org/", "ann\r\nX-Evil: 1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(PursuitAccount) account = pursuit_account_new ();

      pursuit_account_set_kind (account, bad[i].kind);
      pursuit_account_set_label (account, bad[i].label);
      pursuit_account_set_server_url (account, bad[i].server_url);
      pursuit_account_set_username (account, bad[i].username);
      assert_refused (fixture->store, account);
    }

  accounts = pursuit_store_list_accounts (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (accounts->len, ==, 0);

  /* The label may be any text a user types. */
  good = make_account ("caldav", "Ann’s calendar <b>&amp;</b> 日本");
  pursuit_account_set_server_url (good, "http://127.0.0.1:5232/");
  g_assert_cmpint (pursuit_store_add_account (fixture->store, good, &error), >, 0);
  g_assert_no_error (error);

  /* And an update is checked as an add is. */
  pursuit_account_set_label (good, "");
  g_assert_false (pursuit_store_update_account (fixture->store, good, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  pursuit_account_set_label (good, "ok");
  pursuit_account_set_server_url (good, "file:///etc/passwd");
  g_assert_false (pursuit_store_update_account (fixture->store, good, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A calendar id with a line break is no calendar. */
  g_assert_false (pursuit_store_set_account_calendar (fixture->store, pursuit_account_get_id (good),
                                                      "cal\n1", "Cal", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
}

static void
test_accounts_calendar_and_sync (StoreFixture  *fixture,
                                 gconstpointer  data)
{
  g_autoptr(PursuitAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitInterview) past = NULL;
  gint64 job_id, id, upcoming, cancelled;
  g_autofree char *remote_id = NULL;

  job_id = add_job (fixture->store, "Engineer", "Acme", "applied");
  upcoming = add_future_interview (fixture->store, job_id, 2 * DAY);
  cancelled = add_future_interview (fixture->store, job_id, 3 * DAY);
  g_assert_true (pursuit_store_cancel_interview (fixture->store, cancelled, &error));
  past = make_interview (job_id, "phone", g_get_real_time () / G_USEC_PER_SEC - 3 * DAY, 30);
  store_interview (fixture->store, past);

  /* Without a calendar nothing is queued. */
  id = add_account (fixture->store, "google", "ann@example.com", NULL);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, id), ==, 0);

  /* Choosing one queues what is to come: not the past, not the cancelled. */
  g_assert_true (pursuit_store_set_account_calendar (fixture->store, id, "primary", "Ann", &error));
  g_assert_no_error (error);
  account = pursuit_store_get_account (fixture->store, id, &error);
  g_assert_cmpstr (pursuit_account_get_calendar_id (account), ==, "primary");
  g_assert_cmpstr (pursuit_account_get_calendar_name (account), ==, "Ann");
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, id), ==, 1);
  {
    g_autoptr(GPtrArray) items = pursuit_store_list_outbox (fixture->store, id, &error);

    g_assert_cmpuint (items->len, ==, 1);
    g_assert_cmpstr (pursuit_outbox_item_get_kind (g_ptr_array_index (items, 0)), ==, "calendar.push");
    g_assert_cmpstr (pursuit_outbox_item_get_source (g_ptr_array_index (items, 0)), ==, "interview");
    g_assert_cmpint (pursuit_outbox_item_get_source_id (g_ptr_array_index (items, 0)), ==, upcoming);
    g_assert_cmpstr (pursuit_outbox_item_get_payload (g_ptr_array_index (items, 0)), ==, "{}");
  }

  /* A sync: token and time kept, errors cleared. */
  g_assert_true (pursuit_store_set_calendar_link (fixture->store, id, "interview", upcoming, "ev1", "\"1\"", &error));
  g_assert_true (pursuit_store_record_account_sync (fixture->store, id, "token-1", 1800000000, NULL, FALSE, &error));
  g_assert_no_error (error);
  g_clear_object (&account);
  account = pursuit_store_get_account (fixture->store, id, &error);
  g_assert_cmpstr (pursuit_account_get_sync_token (account), ==, "token-1");
  g_assert_cmpint (pursuit_account_get_last_sync_at (account), ==, 1800000000);
  g_assert_null (pursuit_account_get_last_error (account));

  /* A failure keeps the last good sync and the token. */
  g_assert_true (pursuit_store_record_account_sync (fixture->store, id, NULL, 1800000100,
                                                    "Google refused the sign-in", TRUE, &error));
  g_clear_object (&account);
  account = pursuit_store_get_account (fixture->store, id, &error);
  g_assert_cmpstr (pursuit_account_get_sync_token (account), ==, "token-1");
  g_assert_cmpint (pursuit_account_get_last_sync_at (account), ==, 1800000000);
  g_assert_cmpstr (pursuit_account_get_last_error (account), ==, "Google refused the sign-in");
  g_assert_true (pursuit_account_get_needs_sign_in (account));

  /* A network failure does not forget that the sign-in is needed... */
  g_assert_true (pursuit_store_record_account_sync (fixture->store, id, NULL, 1800000150,
                                                    "Offline \xff", FALSE, &error));
  g_clear_object (&account);
  account = pursuit_store_get_account (fixture->store, id, &error);
  g_assert_true (pursuit_account_get_needs_sign_in (account));
  g_assert_true (g_utf8_validate (pursuit_account_get_last_error (account), -1, NULL));

  /* ...a success does; "" clears the token. */
  g_assert_true (pursuit_store_record_account_sync (fixture->store, id, "", 1800000200, NULL, FALSE, &error));
  g_clear_object (&account);
  account = pursuit_store_get_account (fixture->store, id, &error);
  g_assert_null (pursuit_account_get_sync_token (account));
  g_assert_cmpint (pursuit_account_get_last_sync_at (account), ==, 1800000200);
  g_assert_null (pursuit_account_get_last_error (account));
  g_assert_false (pursuit_account_get_needs_sign_in (account));

  /* Another calendar forgets the token and the links. */
  g_assert_true (pursuit_store_record_account_sync (fixture->store, id, "token-2", 1800000300, NULL, FALSE, &error));
  g_assert_true (pursuit_store_set_account_calendar (fixture->store, id, "work@group.calendar.google.com",
                                                     "Work", &error));
  g_clear_object (&account);
  account = pursuit_store_get_account (fixture->store, id, &error);
  g_assert_null (pursuit_account_get_sync_token (account));
  g_assert_cmpuint (pursuit_store_count_calendar_links (fixture->store, id), ==, 0);
  g_assert_false (pursuit_store_get_calendar_link (fixture->store, id, "interview", upcoming, &remote_id, NULL));
  g_assert_null (remote_id);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, id), ==, 1);

  g_assert_false (pursuit_store_record_account_sync (fixture->store, 999, NULL, 1, NULL, FALSE, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_accounts_links (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *remote_id = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *source = NULL;
  gint64 account, other, source_id = 0;

  account = add_account (fixture->store, "google", "ann@example.com", "primary");
  other = add_account (fixture->store, "caldav", "ann@dav", "https://dav.example.org/cal/");

  g_assert_true (pursuit_store_set_calendar_link (fixture->store, account, "interview", 7, "evt7", "\"e1\"", &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_set_calendar_link (fixture->store, other, "interview", 7, "/cal/x.ics", NULL, &error));
  g_assert_true (pursuit_store_set_calendar_link (fixture->store, account, "follow-up", 7, "fu7", "\"f1\"", &error));
  g_assert_cmpuint (pursuit_store_count_calendar_links (fixture->store, account), ==, 2);
  g_assert_cmpuint (pursuit_store_count_calendar_links (fixture->store, other), ==, 1);

  g_assert_true (pursuit_store_get_calendar_link (fixture->store, account, "interview", 7, &remote_id, &etag));
  g_assert_cmpstr (remote_id, ==, "evt7");
  g_assert_cmpstr (etag, ==, "\"e1\"");
  g_clear_pointer (&remote_id, g_free);
  g_clear_pointer (&etag, g_free);
  g_assert_true (pursuit_store_get_calendar_link (fixture->store, other, "interview", 7, &remote_id, &etag));
  g_assert_cmpstr (remote_id, ==, "/cal/x.ics");
  g_assert_null (etag);
  g_clear_pointer (&remote_id, g_free);

  g_assert_true (pursuit_store_find_calendar_link (fixture->store, account, "fu7", &source, &source_id, &etag));
  g_assert_cmpstr (source, ==, "follow-up");
  g_assert_cmpint (source_id, ==, 7);
  g_assert_cmpstr (etag, ==, "\"f1\"");
  g_clear_pointer (&source, g_free);
  g_clear_pointer (&etag, g_free);
  g_assert_false (pursuit_store_find_calendar_link (fixture->store, other, "fu7", &source, &source_id, NULL));
  g_assert_null (source);
  g_assert_cmpint (source_id, ==, 0);

  /* A new etag replaces the old; a second item on the same event takes it. */
  g_assert_true (pursuit_store_set_calendar_link (fixture->store, account, "interview", 7, "evt7", "\"e2\"", &error));
  g_assert_true (pursuit_store_get_calendar_link (fixture->store, account, "interview", 7, NULL, &etag));
  g_assert_cmpstr (etag, ==, "\"e2\"");
  g_clear_pointer (&etag, g_free);
  g_assert_true (pursuit_store_set_calendar_link (fixture->store, account, "interview", 8, "evt7", "\"e3\"", &error));
  g_assert_false (pursuit_store_get_calendar_link (fixture->store, account, "interview", 7, NULL, NULL));
  g_assert_true (pursuit_store_find_calendar_link (fixture->store, account, "evt7", NULL, &source_id, NULL));
  g_assert_cmpint (source_id, ==, 8);

  /* Hostile or wrong input. */
  g_assert_false (pursuit_store_set_calendar_link (fixture->store, account, "note", 1, "x", NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_set_calendar_link (fixture->store, account, "interview", 1, "a\nb", NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_set_calendar_link (fixture->store, account, "interview", 1, "x", "\xff", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_set_calendar_link (fixture->store, account, "interview", 1, NULL, NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_set_calendar_link (fixture->store, 999, "interview", 1, "x", NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (pursuit_store_remove_calendar_link (fixture->store, account, "interview", 8, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_remove_calendar_link (fixture->store, account, "interview", 8, &error));
  g_assert_cmpuint (pursuit_store_count_calendar_links (fixture->store, account), ==, 1);
}

static void
test_accounts_cascade (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 job_id, account, other, interview;
  guint n_outbox = 0;

  g_signal_connect (fixture->store, "outbox-changed", G_CALLBACK (count_outbox_signal_cb), &n_outbox);

  job_id = add_job (fixture->store, "Engineer", "Acme", "applied");
  account = add_account (fixture->store, "google", "ann@example.com", "primary");
  other = add_account (fixture->store, "google", "bob@example.com", "primary");
  interview = add_future_interview (fixture->store, job_id, DAY);
  g_assert_true (pursuit_store_set_calendar_link (fixture->store, account, "interview", interview, "e", NULL, &error));
  g_assert_true (pursuit_store_set_calendar_link (fixture->store, other, "interview", interview, "e", NULL, &error));
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, other), ==, 1);

  n_outbox = 0;
  g_assert_true (pursuit_store_remove_account (fixture->store, account, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_outbox, ==, 1);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM calendar_links"), ==, 1);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM outbox"), ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 0);
  g_assert_cmpuint (pursuit_store_count_calendar_links (fixture->store, account), ==, 0);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, other), ==, 1);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);
}

/* Changes from the calendar's side */

static GPtrArray *
events_of_kind (PursuitStore *store,
                gint64        job_id,
                const char   *kind)
{
  g_autoptr(GPtrArray) events = pursuit_store_list_events (store, job_id);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (pursuit_timeline_event_get_kind (g_ptr_array_index (events, i)), kind) == 0)
      g_ptr_array_add (found, g_object_ref (g_ptr_array_index (events, i)));

  return found;
}

static void
test_accounts_remote_move (StoreFixture  *fixture,
                           gconstpointer  data)
{
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(PursuitFollowUp) thank_you = NULL;
  g_autoptr(PursuitFollowUp) moved_thank_you = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 job_id, account, other, interview_id, starts_at, follow_up_id;
  guint n_changed = 0;

  job_id = add_job (fixture->store, "Engineer", "Acme", "applied");
  account = add_account (fixture->store, "google", "ann@example.com", "primary");
  other = add_account (fixture->store, "caldav", "ann@dav", "https://dav.example.org/cal/");
  interview_id = add_future_interview (fixture->store, job_id, 2 * DAY);
  interview = pursuit_store_get_interview (fixture->store, interview_id, &error);
  starts_at = pursuit_interview_get_starts_at (interview);

  thank_you = make_follow_up (job_id, "after_interview", starts_at + DAY);
  pursuit_follow_up_set_interview_id (thank_you, interview_id);
  follow_up_id = store_follow_up (fixture->store, thank_you);

  /* Both calendars have the event; their pushes are done. */
  items = pursuit_store_list_outbox (fixture->store, 0, &error);
  for (guint i = 0; i < items->len; i++)
    g_assert_true (pursuit_store_complete_outbox (fixture->store,
                                                  pursuit_outbox_item_get_id (g_ptr_array_index (items, i)),
                                                  &error));
  g_clear_pointer (&items, g_ptr_array_unref);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, 0), ==, 0);

  /* The reminder of an hour before had fired. */
  sql = g_strdup_printf ("INSERT INTO reminder_state (source, source_id, offset_minutes, fired_due_at)"
                         " VALUES ('interview', %" G_GINT64_FORMAT ", 60, %" G_GINT64_FORMAT ")",
                         interview_id, starts_at - HOUR);
  exec_store_sql (fixture->store, sql);

  g_signal_connect (fixture->store, "interview-changed", G_CALLBACK (count_interview_signal_cb), &n_changed);
  g_assert_true (pursuit_store_apply_remote_interview_move (fixture->store, interview_id, starts_at + 3 * HOUR, 90,
                                                            account, "ann@example.com", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);

  g_clear_object (&interview);
  interview = pursuit_store_get_interview (fixture->store, interview_id, &error);
  g_assert_cmpint (pursuit_interview_get_starts_at (interview), ==, starts_at + 3 * HOUR);
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interview), ==, 90);
  g_assert_cmpstr (pursuit_interview_get_status (interview), ==, "scheduled");

  /* Reminders armed again, the thank-you moved with the end. */
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM reminder_state WHERE source = 'interview'"), ==, 0);
  moved_thank_you = pursuit_store_get_follow_up (fixture->store, follow_up_id, &error);
  g_assert_cmpint (pursuit_follow_up_get_due_at (moved_thank_you), ==, starts_at + DAY + 3 * HOUR + 45 * 60);

  /* The timeline says where it came from. */
  moved = events_of_kind (fixture->store, job_id, "interview_moved_remotely");
  g_assert_cmpuint (moved->len, ==, 1);
  g_assert_cmpstr (pursuit_timeline_event_get_detail (g_ptr_array_index (moved, 0)), ==, "ann@example.com");

  /* The other calendar gets the move; the one it came from does not. */
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 0);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, other), ==, 1);

  /* The same times again change nothing. */
  g_assert_true (pursuit_store_apply_remote_interview_move (fixture->store, interview_id, starts_at + 3 * HOUR, 90,
                                                            account, "ann@example.com", &error));
  g_assert_cmpuint (n_changed, ==, 1);
  g_clear_pointer (&moved, g_ptr_array_unref);
  moved = events_of_kind (fixture->store, job_id, "interview_moved_remotely");
  g_assert_cmpuint (moved->len, ==, 1);

  /* Wrong input. */
  g_assert_false (pursuit_store_apply_remote_interview_move (fixture->store, interview_id, starts_at, 0,
                                                             account, "ann@example.com", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_apply_remote_interview_move (fixture->store, 999, starts_at, 30,
                                                             account, "ann@example.com", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pursuit_store_apply_remote_interview_move (fixture->store, interview_id, starts_at, 30,
                                                             account, NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
}

static void
test_accounts_remote_delete (StoreFixture  *fixture,
                             gconstpointer  data)
{
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(PursuitFollowUp) thank_you = NULL;
  g_autoptr(GPtrArray) cancelled = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id, account, other, interview_id, follow_up_id;

  job_id = add_job (fixture->store, "Engineer", "Acme", "applied");
  account = add_account (fixture->store, "google", "ann@example.com", "primary");
  other = add_account (fixture->store, "google", "bob@example.com", "primary");
  interview_id = add_future_interview (fixture->store, job_id, DAY);
  thank_you = make_follow_up (job_id, "after_interview", g_get_real_time () / G_USEC_PER_SEC + 2 * DAY);
  pursuit_follow_up_set_interview_id (thank_you, interview_id);
  follow_up_id = store_follow_up (fixture->store, thank_you);
  g_clear_object (&thank_you);

  items = pursuit_store_list_outbox (fixture->store, 0, &error);
  for (guint i = 0; i < items->len; i++)
    pursuit_store_complete_outbox (fixture->store, pursuit_outbox_item_get_id (g_ptr_array_index (items, i)), &error);

  g_assert_true (pursuit_store_apply_remote_interview_delete (fixture->store, interview_id, account,
                                                              "ann@example.com", &error));
  g_assert_no_error (error);

  interview = pursuit_store_get_interview (fixture->store, interview_id, &error);
  g_assert_cmpstr (pursuit_interview_get_status (interview), ==, "cancelled");
  thank_you = pursuit_store_get_follow_up (fixture->store, follow_up_id, &error);
  g_assert_cmpstr (pursuit_follow_up_get_status (thank_you), ==, "cancelled");

  cancelled = events_of_kind (fixture->store, job_id, "interview_cancelled_remotely");
  g_assert_cmpuint (cancelled->len, ==, 1);
  g_assert_cmpstr (pursuit_timeline_event_get_detail (g_ptr_array_index (cancelled, 0)), ==, "ann@example.com");

  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 0);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, other), ==, 1);

  /* Twice is once. */
  g_assert_true (pursuit_store_apply_remote_interview_delete (fixture->store, interview_id, account,
                                                              "ann@example.com", &error));
  g_clear_pointer (&cancelled, g_ptr_array_unref);
  cancelled = events_of_kind (fixture->store, job_id, "interview_cancelled_remotely");
  g_assert_cmpuint (cancelled->len, ==, 1);

  /* A cancelled interview is not moved back to life by its calendar. */
  g_assert_false (pursuit_store_apply_remote_interview_move (fixture->store, interview_id,
                                                             pursuit_interview_get_starts_at (interview) + HOUR, 30,
                                                             account, "ann@example.com", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/accounts/" path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)

  ADD ("crud", test_accounts_crud);
  ADD ("validation", test_accounts_validation);
  ADD ("calendar-and-sync", test_accounts_calendar_and_sync);
  ADD ("links", test_accounts_links);
  ADD ("cascade", test_accounts_cascade);
  ADD ("remote-move", test_accounts_remote_move);
  ADD ("remote-delete", test_accounts_remote_delete);

#undef ADD

  return g_test_run ();
}
