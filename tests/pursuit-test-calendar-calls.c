/* pursuit-test-calendar-calls.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-test-async.h"
#include "pursuit-test-calendar-calls.h"

PursuitCalendarEvent *
make_calendar_event (const char *uid,
                     gint64      starts_at)
{
  PursuitCalendarEvent *event = pursuit_calendar_event_new ();

  pursuit_calendar_event_set_uid (event, uid);
  pursuit_calendar_event_set_summary (event, "Interview: Platform Engineer at Acme");
  pursuit_calendar_event_set_description (event, "Stage: interview\nhttps://jobs.example/42");
  pursuit_calendar_event_set_location (event, "Video call; Room \"4\"");
  pursuit_calendar_event_set_starts_at (event, starts_at);
  pursuit_calendar_event_set_ends_at (event, starts_at + 45 * 60);
  pursuit_calendar_event_set_time_zone (event, "Europe/Berlin");
  pursuit_calendar_event_set_reminder_minutes (event, "1440,60,15");
  pursuit_calendar_event_set_url (event, "https://jobs.example/42");

  return event;
}

gboolean
backend_put_event (gpointer               backend,
                   PursuitCalendarEvent  *event,
                   const char            *remote_id,
                   const char            *etag,
                   char                 **out_remote_id,
                   char                 **out_etag,
                   GError               **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_calendar_backend_put_event_async (PURSUIT_CALENDAR_BACKEND (backend), event, remote_id, etag,
                                            NULL, pursuit_test_store_result, &result);
  return pursuit_calendar_backend_put_event_finish (PURSUIT_CALENDAR_BACKEND (backend),
                                                    pursuit_test_wait_for (&result),
                                                    out_remote_id, out_etag, error);
}

gboolean
backend_delete_event (gpointer     backend,
                      const char  *remote_id,
                      const char  *etag,
                      GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_calendar_backend_delete_event_async (PURSUIT_CALENDAR_BACKEND (backend), remote_id, etag,
                                               NULL, pursuit_test_store_result, &result);
  return pursuit_calendar_backend_delete_event_finish (PURSUIT_CALENDAR_BACKEND (backend),
                                                       pursuit_test_wait_for (&result), error);
}

GPtrArray *
backend_pull_changes (gpointer     backend,
                      const char  *sync_token,
                      char       **out_sync_token,
                      GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_calendar_backend_pull_changes_async (PURSUIT_CALENDAR_BACKEND (backend), sync_token,
                                               NULL, pursuit_test_store_result, &result);
  return pursuit_calendar_backend_pull_changes_finish (PURSUIT_CALENDAR_BACKEND (backend),
                                                       pursuit_test_wait_for (&result),
                                                       out_sync_token, error);
}

PursuitSyncReport *
sync_engine_run (PursuitSyncEngine *engine,
                 gint64             account_id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  PursuitSyncReport *report;

  pursuit_sync_engine_sync_async (engine, account_id, NULL, pursuit_test_store_result, &result);
  report = pursuit_sync_engine_sync_finish (engine, pursuit_test_wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

PursuitRemoteChange *
find_remote_change (GPtrArray  *changes,
                    const char *remote_id)
{
  for (guint i = 0; i < changes->len; i++)
    if (g_strcmp0 (pursuit_remote_change_get_remote_id (g_ptr_array_index (changes, i)), remote_id) == 0)
      return g_ptr_array_index (changes, i);

  return NULL;
}
