/* pursuit-test-calendar-backend.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-calendar-backend.h"

G_BEGIN_DECLS

/* What the test backend counts: calls received, failed ones included. */
typedef enum
{
  TEST_BACKEND_LIST_CALENDARS,
  TEST_BACKEND_CREATE,          /* put_event with remote_id NULL */
  TEST_BACKEND_UPDATE,          /* put_event with a remote_id */
  TEST_BACKEND_DELETE,
  TEST_BACKEND_PULL,
  TEST_BACKEND_N_CALLS,
} TestBackendCall;

/* The two calendars list_calendars gives. */
#define TEST_BACKEND_CALENDAR_PRIMARY    "primary"
#define TEST_BACKEND_CALENDAR_PRIMARY_NAME "Work"
#define TEST_BACKEND_CALENDAR_OTHER      "team@example.com"
#define TEST_BACKEND_CALENDAR_OTHER_NAME "Team"

#define TEST_TYPE_BACKEND (test_backend_get_type ())

/* An in-memory PursuitCalendarBackend: events keyed by remote id
 * ("ev-<uid>") with etags bumped on every change, a change log with sync
 * tokens, deletions kept as such for incremental pulls, failures on demand
 * and changes "made on the server". Every call completes from the main
 * loop, never inside the _async call. */
G_DECLARE_FINAL_TYPE (TestBackend, test_backend, TEST, BACKEND, GObject)

TestBackend *test_backend_new (void);

/* The next @n calls (of any kind) fail with a copy of @error and change
 * nothing. @n 0 clears it. */
void test_backend_fail_next (TestBackend  *self,
                             guint         n,
                             const GError *error);
/* The next put or delete is done on the "server" but its answer is lost:
 * the caller gets PURSUIT_HTTP_ERROR_OFFLINE. */
void test_backend_lose_next_response (TestBackend *self);
/* Every call waits @delay_ms before it completes (UI tests: spinners). */
void test_backend_set_delay (TestBackend *self,
                             guint        delay_ms);
/* Tokens given so far are refused from now on: pulls with them do a full
 * listing (as after Google's 410). */
void test_backend_expire_tokens (TestBackend *self);

/* Changes made on the server by someone else. FALSE when there is no such
 * live event. */
gboolean test_backend_move_event (TestBackend *self,
                                  const char  *remote_id,
                                  gint64       starts_at,
                                  gint64       ends_at);
gboolean test_backend_delete_event (TestBackend *self,
                                    const char  *remote_id);

guint test_backend_get_calls (TestBackend     *self,
                              TestBackendCall  what);
/* Live events (not deleted). */
guint test_backend_get_n_events (TestBackend *self);
/* The live event with that remote id as last written (a copy owned by the
 * backend), NULL when none or deleted. */
PursuitCalendarEvent *test_backend_get_event (TestBackend *self,
                                              const char  *remote_id);
/* The remote id of the live event with that uid, NULL when none. */
const char *test_backend_find_uid (TestBackend *self,
                                   const char  *uid);
const char *test_backend_get_etag (TestBackend *self,
                                   const char  *remote_id);
/* Whether an event of that id exists and was deleted. */
gboolean test_backend_is_deleted (TestBackend *self,
                                  const char  *remote_id);

G_END_DECLS
