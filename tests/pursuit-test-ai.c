/* pursuit-test-ai.c: a fake OpenAI-compatible endpoint for the widget
 * tests of the optional AI.
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <json-glib/json-glib.h>

#include "pursuit-test-ai.h"

/* {"choices": [{"message": {"role": "assistant", "content": @content}}]},
 * built so that any text in @content arrives as it is. */
static char *
completion_body (const char *content)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "choices");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "message");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, "assistant");
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, content);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

static void
on_completion_cb (SoupServer        *server,
                  SoupServerMessage *message,
                  const char        *path,
                  GHashTable        *query,
                  gpointer           user_data)
{
  FakeAi *ai = user_data;
  g_autofree char *body = NULL;

  ai->requests++;
  if (!ai->broken)
    body = completion_body (ai->answer);
  else if (ai->broken_body != NULL)
    body = g_strdup (ai->broken_body);
  else
    body = g_strdup ("this is not a chat completion");
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, body, strlen (body));
}

PursuitAiProvider *
pursuit_test_fake_ai_provider (SoupServer *server,
                               FakeAi     *ai)
{
  g_autoptr(PursuitHttp) http = pursuit_http_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;
  g_autofree char *base_url = NULL;
  PursuitAiProvider *provider;

  g_assert_nonnull (ai->answer);

  soup_server_add_handler (server, "/v1/chat/completions", on_completion_cb, ai, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  base_url = g_strdup_printf ("http://127.0.0.1:%d/v1", g_uri_get_port (uris->data));
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);

  provider = pursuit_ai_provider_new (http, NULL);
  pursuit_ai_provider_set_base_url (provider, base_url);
  pursuit_ai_provider_set_model (provider, "test-model");

  return provider;
}
