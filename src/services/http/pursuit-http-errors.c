/* pursuit-http-errors.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What went wrong, in words for people: HTTP statuses and the servers'
 * error envelopes mapped to PURSUIT_HTTP_ERROR, and URIs made fit for
 * logs. */

#define G_LOG_DOMAIN "pursuit-http"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-http-errors-private.h"

/* The longest server text quoted in an error message, in characters. */
#define MAX_DETAIL_CHARS 200

G_DEFINE_QUARK (pursuit-http-error-quark, pursuit_http_error)

/* Server text goes into messages for people: valid UTF-8, one line, not
 * too long, without the final full stop (the sentence adds its own). */
static char *
clean_detail (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_new (NULL);
  guint n_chars = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n_chars == MAX_DETAIL_CHARS)
        {
          g_string_append (out, "…");
          break;
        }

      if (g_unichar_iscntrl (c) || g_unichar_type (c) == G_UNICODE_FORMAT)
        c = ' ';
      g_string_append_unichar (out, c);
      n_chars++;
    }

  g_strstrip (out->str);
  out->len = strlen (out->str);
  while (out->len > 0 && out->str[out->len - 1] == '.')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/* Google's envelope {"error": {"message", "errors": [{"reason"}]}} and
 * OAuth's {"error": "invalid_grant", "error_description"}. */
void
_pursuit_http_read_error_envelope (JsonNode  *json,
                                   char     **message,
                                   char     **reason)
{
  JsonObject *root;
  JsonNode *error_node;

  *message = NULL;
  *reason = NULL;

  if (json == NULL || !JSON_NODE_HOLDS_OBJECT (json))
    return;

  root = json_node_get_object (json);
  error_node = json_object_get_member (root, "error");
  if (error_node == NULL)
    return;

  if (JSON_NODE_HOLDS_OBJECT (error_node))
    {
      JsonObject *error = json_node_get_object (error_node);
      JsonNode *errors = json_object_get_member (error, "errors");
      JsonNode *text = json_object_get_member (error, "message");

      if (text != NULL && JSON_NODE_HOLDS_VALUE (text) &&
          json_node_get_value_type (text) == G_TYPE_STRING)
        *message = g_strdup (json_node_get_string (text));

      if (errors != NULL && JSON_NODE_HOLDS_ARRAY (errors) &&
          json_array_get_length (json_node_get_array (errors)) > 0)
        {
          JsonNode *first = json_array_get_element (json_node_get_array (errors), 0);

          if (JSON_NODE_HOLDS_OBJECT (first))
            {
              JsonNode *r = json_object_get_member (json_node_get_object (first), "reason");

              if (r != NULL && JSON_NODE_HOLDS_VALUE (r) &&
                  json_node_get_value_type (r) == G_TYPE_STRING)
                *reason = g_strdup (json_node_get_string (r));
            }
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (error_node) &&
           json_node_get_value_type (error_node) == G_TYPE_STRING)
    {
      JsonNode *text = json_object_get_member (root, "error_description");

      *reason = g_strdup (json_node_get_string (error_node));
      if (text != NULL && JSON_NODE_HOLDS_VALUE (text) &&
          json_node_get_value_type (text) == G_TYPE_STRING)
        *message = g_strdup (json_node_get_string (text));
    }
}

GError *
_pursuit_http_new_status_error (const char *name,
                                guint       status,
                                const char *message,
                                const char *reason,
                                gboolean    rate_limited)
{
  g_autofree char *detail = NULL;
  const char *source;

  if (message != NULL && message[0] != '\0')
    source = message;
  else if (reason != NULL && reason[0] != '\0')
    source = reason;
  else
    source = soup_status_get_phrase (status);

  detail = clean_detail (source != NULL ? source : "");
  if (detail[0] == '\0')
    {
      g_free (detail);
      detail = g_strdup_printf ("HTTP %u", status);
    }

  if (rate_limited)
    /* Translators: the first %s is a service ("Google"), %u an HTTP status,
     * the last %s the server's explanation. */
    return g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_RATE_LIMITED,
                        _("%s answered that there were too many requests (%u): %s."),
                        name, status, detail);

  switch (status)
    {
    case SOUP_STATUS_UNAUTHORIZED:
      return g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_UNAUTHORIZED,
                          _("%s did not accept the sign-in (%u): %s."), name, status, detail);
    case SOUP_STATUS_FORBIDDEN:
      return g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_FORBIDDEN,
                          _("%s answered that the request was not allowed (%u): %s."),
                          name, status, detail);
    case SOUP_STATUS_NOT_FOUND:
      return g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_NOT_FOUND,
                          _("%s answered that the item was not found (%u): %s."),
                          name, status, detail);
    case SOUP_STATUS_CONFLICT:
      return g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_CONFLICT,
                          _("%s answered that the item already exists (%u): %s."),
                          name, status, detail);
    case SOUP_STATUS_GONE:
      return g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_GONE,
                          _("%s answered that the item is gone (%u): %s."), name, status, detail);
    case SOUP_STATUS_PRECONDITION_FAILED:
      return g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_PRECONDITION_FAILED,
                          _("%s answered that the item was changed elsewhere (%u): %s."),
                          name, status, detail);
    default:
      break;
    }

  if (status >= 500)
    return g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_SERVER,
                        _("%s had a problem answering (%u): %s."), name, status, detail);

  if (status >= 400)
    return g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_BAD_REQUEST,
                        _("%s answered that the request was not valid (%u): %s."),
                        name, status, detail);

  return g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE,
                      _("%s gave an unexpected answer (%u): %s."), name, status, detail);
}

GError *
_pursuit_http_new_invalid_response_error (const char *name,
                                          const char *why)
{
  /* Translators: %s is a service ("Google"), the second %s why. */
  return g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE,
                      _("%s sent an answer Pursuit could not read: %s."), name, why);
}

GError *
_pursuit_http_new_transport_error (const char *name,
                                   gboolean    timed_out,
                                   guint       timeout)
{
  if (timed_out)
    return g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_TIMEOUT,
                        g_dngettext (GETTEXT_PACKAGE,
                                     "%s did not answer within %u second.",
                                     "%s did not answer within %u seconds.", timeout),
                        name, timeout);

  return g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_OFFLINE,
                      _("%s could not be reached. Check the network connection."), name);
}

gboolean
pursuit_http_error_is_transient (const GError *error)
{
  if (error == NULL || error->domain != PURSUIT_HTTP_ERROR)
    return FALSE;

  switch ((PursuitHttpError)error->code)
    {
    case PURSUIT_HTTP_ERROR_OFFLINE:
    case PURSUIT_HTTP_ERROR_TIMEOUT:
    case PURSUIT_HTTP_ERROR_RATE_LIMITED:
    case PURSUIT_HTTP_ERROR_SERVER:
    case PURSUIT_HTTP_ERROR_CIRCUIT_OPEN:
      return TRUE;

    case PURSUIT_HTTP_ERROR_TLS:
    case PURSUIT_HTTP_ERROR_UNAUTHORIZED:
    case PURSUIT_HTTP_ERROR_FORBIDDEN:
    case PURSUIT_HTTP_ERROR_NOT_FOUND:
    case PURSUIT_HTTP_ERROR_CONFLICT:
    case PURSUIT_HTTP_ERROR_GONE:
    case PURSUIT_HTTP_ERROR_PRECONDITION_FAILED:
    case PURSUIT_HTTP_ERROR_BAD_REQUEST:
    case PURSUIT_HTTP_ERROR_INVALID_RESPONSE:
    default:
      return FALSE;
    }
}

static void
append_redacted_query (GString    *out,
                       const char *query)
{
  g_auto(GStrv) parts = g_strsplit (query, "&", -1);
  gboolean first = TRUE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *equals = strchr (parts[i], '=');

      if (parts[i][0] == '\0')
        continue;

      if (!first)
        g_string_append_c (out, '&');
      first = FALSE;

      if (equals != NULL)
        {
          g_string_append_len (out, parts[i], equals - parts[i]);
          g_string_append (out, "=[redacted]");
        }
      else
        {
          g_string_append (out, "[redacted]");
        }
    }
}

/**
 * pursuit_http_redact_uri:
 * @uri: a URI
 *
 * Returns: (transfer full): @uri without its user info, fragment and
 *   query values, for logs
 */
char *
pursuit_http_redact_uri (const char *uri)
{
  g_autoptr(GUri) parsed = NULL;
  GString *out;
  const char *query;

  g_return_val_if_fail (uri != NULL, NULL);

  parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED | G_URI_FLAGS_NON_DNS, NULL);
  if (parsed == NULL || g_uri_get_host (parsed) == NULL)
    return g_strdup ("[invalid URI]");

  out = g_string_new (g_uri_get_scheme (parsed));
  g_string_append (out, "://");
  if (strchr (g_uri_get_host (parsed), ':') != NULL)
    g_string_append_printf (out, "[%s]", g_uri_get_host (parsed));
  else
    g_string_append (out, g_uri_get_host (parsed));
  if (g_uri_get_port (parsed) != -1)
    g_string_append_printf (out, ":%d", g_uri_get_port (parsed));
  g_string_append (out, g_uri_get_path (parsed));

  query = g_uri_get_query (parsed);
  if (query != NULL)
    {
      g_string_append_c (out, '?');
      append_redacted_query (out, query);
    }

  return g_string_free (out, FALSE);
}
