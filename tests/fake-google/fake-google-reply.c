/* fake-google-reply.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <string.h>

#include "fake-google-request.h"
#include "fake-google-validate.h"

/* Replies ------------------------------------------------------------------ */

static const char *
status_name (guint status)
{
  switch (status)
    {
    case 400: return "INVALID_ARGUMENT";
    case 401: return "UNAUTHENTICATED";
    case 403: return "PERMISSION_DENIED";
    case 404: return "NOT_FOUND";
    case 409: return "ALREADY_EXISTS";
    case 412: return "FAILED_PRECONDITION";
    case 429: return "RESOURCE_EXHAUSTED";
    case 501: return "UNIMPLEMENTED";
    case 503: return "UNAVAILABLE";
    case 504: return "DEADLINE_EXCEEDED";
    default:  return status >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
    }
}

static const char *
reason_for_status (guint status)
{
  switch (status)
    {
    case 400: return "badRequest";
    case 401: return "authError";
    case 403: return "userRateLimitExceeded";
    case 404: return "notFound";
    case 409: return "conflict";
    case 410: return "deleted";
    case 412: return "conditionNotMet";
    case 429: return "rateLimitExceeded";
    default:  return "backendError";
    }
}

static const char *
domain_for_reason (const char *reason)
{
  if (g_str_equal (reason, "rateLimitExceeded") ||
      g_str_equal (reason, "userRateLimitExceeded") ||
      g_str_equal (reason, "dailyLimitExceeded") ||
      g_str_equal (reason, "quotaExceeded"))
    return "usageLimits";
  if (g_str_equal (reason, "fullSyncRequired"))
    return "calendar";
  return "global";
}

static Route *
route_of_call (FakeGoogleCall *call)
{
  return ((Request *) call)->route;
}

void
_fake_google_reply_json (FakeGoogle     *self,
                         FakeGoogleCall *call,
                         guint           status,
                         JsonNode       *body)
{
  Route *route;
  char *text;

  g_return_if_fail (FAKE_IS_GOOGLE (self));
  g_return_if_fail (call != NULL && !call->replied);
  g_return_if_fail (body != NULL);

  route = route_of_call (call);
  if (route != NULL && route->method != NULL && SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      JsonObject *response = _fake_google_object_member (route->method, "response");

      if (response != NULL)
        {
          g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

          _fake_google_validate_value (route->schemas, response, body, "response", problems);
          for (guint i = 0; i < problems->len; i++)
            _fake_google_record_violation (self, call->method_id, "%s",
                                           (char *) problems->pdata[i]);
        }
    }

  if (JSON_NODE_HOLDS_OBJECT (body))
    {
      const char *etag = json_object_get_string_member_with_default (json_node_get_object (body),
                                                                     "etag", NULL);
      if (etag != NULL)
        soup_message_headers_replace (soup_server_message_get_response_headers (call->message),
                                      "ETag", etag);
    }

  text = json_to_string (body, FALSE);
  json_node_unref (body);

  soup_server_message_set_status (call->message, status, NULL);
  soup_server_message_set_response (call->message, "application/json; charset=UTF-8",
                                    SOUP_MEMORY_TAKE, text, strlen (text));
  call->replied = TRUE;
}

static JsonNode *
build_error (guint       status,
             const char *reason,
             const char *message)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "error");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "code");
  json_builder_add_int_value (builder, status);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, message);
  json_builder_set_member_name (builder, "errors");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "domain");
  json_builder_add_string_value (builder, domain_for_reason (reason));
  json_builder_set_member_name (builder, "reason");
  json_builder_add_string_value (builder, reason);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, message);
  if (g_str_equal (reason, "authError"))
    {
      json_builder_set_member_name (builder, "locationType");
      json_builder_add_string_value (builder, "header");
      json_builder_set_member_name (builder, "location");
      json_builder_add_string_value (builder, "Authorization");
    }
  else if (g_str_equal (reason, "fullSyncRequired"))
    {
      json_builder_set_member_name (builder, "locationType");
      json_builder_add_string_value (builder, "parameter");
      json_builder_set_member_name (builder, "location");
      json_builder_add_string_value (builder, "syncToken");
    }
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, status_name (status));
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

void
_fake_google_reply_error (FakeGoogle     *self,
                          FakeGoogleCall *call,
                          guint           status,
                          const char     *reason,
                          const char     *message)
{
  g_return_if_fail (FAKE_IS_GOOGLE (self));
  g_return_if_fail (call != NULL && !call->replied);

  if (reason == NULL)
    reason = reason_for_status (status);
  if (message == NULL)
    message = soup_status_get_phrase (status);

  if (status == SOUP_STATUS_UNAUTHORIZED)
    soup_message_headers_replace (soup_server_message_get_response_headers (call->message),
                                  "WWW-Authenticate",
                                  "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");

  /* Error bodies have no response schema: sent as they are. */
  {
    JsonNode *body = build_error (status, reason, message);
    char *text = json_to_string (body, FALSE);

    json_node_unref (body);
    soup_server_message_set_status (call->message, status, NULL);
    soup_server_message_set_response (call->message, "application/json; charset=UTF-8",
                                      SOUP_MEMORY_TAKE, text, strlen (text));
    call->replied = TRUE;
  }
}

void
_fake_google_reply_empty (FakeGoogle     *self,
                          FakeGoogleCall *call,
                          guint           status)
{
  g_return_if_fail (FAKE_IS_GOOGLE (self));
  g_return_if_fail (call != NULL && !call->replied);

  soup_server_message_set_status (call->message, status, NULL);
  soup_server_message_set_response (call->message, NULL, SOUP_MEMORY_STATIC, NULL, 0);
  call->replied = TRUE;
}

const char *
_fake_google_call_get_header (FakeGoogleCall *call,
                              const char     *name)
{
  g_return_val_if_fail (call != NULL, NULL);

  return soup_message_headers_get_one (soup_server_message_get_request_headers (call->message),
                                       name);
}

GStrv
_fake_google_call_get_query_all (FakeGoogleCall *call,
                                 const char     *name)
{
  GPtrArray *pairs;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (call != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  pairs = ((Request *) call)->query_pairs;
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    if (g_str_equal (pairs->pdata[i], name))
      g_strv_builder_add (builder, pairs->pdata[i + 1]);

  return g_strv_builder_end (builder);
}

