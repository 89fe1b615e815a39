/* pursuit-test-http-server.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libsoup/soup.h>

#include "http/pursuit-http.h"
#include "http/pursuit-http-private.h"

G_BEGIN_DECLS

/* A scripted server: each request takes the next step of the plan (the
 * last step repeats), and what the client sent is kept for the checks. */

typedef enum
{
  STEP_ANSWER,
  STEP_DROP,          /* close the connection without an answer */
  STEP_TRUNCATE,      /* promise 100 bytes, send 5, close */
  STEP_ECHO,          /* answer 200 with the request body and type */
} StepKind;

typedef struct
{
  StepKind    kind;
  guint       status;
  const char *content_type;
  const char *body;
  const char *retry_after;
  const char *location;
  guint       delay_ms;
  gboolean    chunked;
  gsize       repeat;  /* body repeated that many times (huge bodies) */
} Step;

typedef struct
{
  char    *method;
  char    *path;
  char    *query;
  char    *authorization;
  char    *depth;
  char    *content_type;
  GBytes  *body;
  gint64   at;
} Seen;

typedef struct
{
  SoupServer   *server;
  char         *base;
  PursuitHttp  *http;
  GArray       *plan;
  guint         next;
  GPtrArray    *seen;
  GPtrArray    *delayed;
  GCancellable *cancellable;
} Fixture;

typedef struct
{
  gboolean             done;
  PursuitHttpResponse *response;
  GError              *error;
  gint64               started;
  gint64               elapsed;
} Result;

/* Every PursuitHttp log message of the run, so that the redaction test
 * can look for secrets in what a user would see. */
extern GString *captured_logs;

void                pursuit_test_http_init (int    *argc,
                                            char ***argv);
/* Only the log capture of pursuit_test_http_init (), for a program whose
 * g_test_init () is another helper's (once, after it). */
void                pursuit_test_http_capture_logs (void);

void                result_clear      (Result             *result);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

void                plan              (Fixture            *fixture,
                                       const Step         *steps,
                                       guint               n_steps);
void                fixture_setup     (Fixture            *fixture,
                                       gconstpointer       data);
void                fixture_teardown  (Fixture            *fixture,
                                       gconstpointer       data);
void                start             (Fixture            *fixture,
                                       PursuitHttpRequest *request,
                                       Result             *result);
void                wait_for          (Result             *result);
void                send_and_wait     (Fixture            *fixture,
                                       PursuitHttpRequest *request,
                                       Result             *result);
PursuitHttpRequest *new_request       (Fixture            *fixture,
                                       const char         *method,
                                       const char         *path);
Seen               *seen_at           (Fixture            *fixture,
                                       guint               index);

/* A test authorizer: "Bearer old-secret-token" until asked to refresh. */

#define TEST_TYPE_AUTHORIZER (test_authorizer_get_type ())
G_DECLARE_FINAL_TYPE (TestAuthorizer, test_authorizer, TEST, AUTHORIZER, GObject)

struct _TestAuthorizer
{
  GObject  parent_instance;
  guint    calls;
  guint    forced;
  gboolean fail;
};

/* Each test program's subtests under one fixture, /http/<path>. */
#define ADD(path, func) \
  g_test_add ("/http/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

G_END_DECLS
