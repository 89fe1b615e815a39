/* fake-google-routes.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <string.h>

#include "fake-google-request.h"
#include "fake-google-validate.h"

#ifndef FAKE_GOOGLE_DISCOVERY_DIR
# error "FAKE_GOOGLE_DISCOVERY_DIR must name the folder of the discovery documents"
#endif

void
_fake_google_route_free (Route *route)
{
  g_free (route->method_id);
  g_free (route->http_method);
  g_free (route->path);
  g_strfreev (route->segments);
  g_free (route);
}

/* Discovery ---------------------------------------------------------------- */

static void
add_api_route (GPtrArray  *routes,
               JsonObject *doc,
               JsonObject *method,
               const char *full_path,
               gboolean    upload)
{
  Route *route = g_new0 (Route, 1);

  route->method_id = g_strdup (json_object_get_string_member (method, "id"));
  route->http_method = g_strdup (json_object_get_string_member (method, "httpMethod"));
  route->segments = g_strsplit (full_path + 1, "/", -1);
  for (guint i = 0; route->segments[i] != NULL; i++)
    if (route->segments[i][0] != '{')
      route->n_literals++;
  route->upload = upload;
  route->method = method;
  route->schemas = _fake_google_object_member (doc, "schemas");
  route->global_params = _fake_google_object_member (doc, "parameters");
  g_ptr_array_add (routes, route);
}

static void
add_resources (GPtrArray  *routes,
               JsonObject *doc,
               JsonObject *resources)
{
  const char *service_path = json_object_get_string_member_with_default (doc, "servicePath", "");
  g_autoptr(GList) names = json_object_get_members (resources);

  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonObject *resource = _fake_google_object_member (resources, l->data);
      JsonObject *methods = _fake_google_object_member (resource, "methods");
      JsonObject *children = _fake_google_object_member (resource, "resources");

      if (methods != NULL)
        {
          g_autoptr(GList) method_names = json_object_get_members (methods);

          for (GList *m = method_names; m != NULL; m = m->next)
            {
              JsonObject *method = _fake_google_object_member (methods, m->data);
              JsonObject *upload = _fake_google_object_member (method, "mediaUpload");
              const char *path = json_object_get_string_member (method, "path");
              g_autofree char *full_path = g_strconcat ("/", service_path, path, NULL);

              add_api_route (routes, doc, method, full_path, FALSE);

              if (upload != NULL)
                {
                  JsonObject *protocols = _fake_google_object_member (upload, "protocols");
                  JsonObject *simple = protocols ? _fake_google_object_member (protocols, "simple") : NULL;
                  const char *upload_path = simple ? json_object_get_string_member (simple, "path") : NULL;

                  if (upload_path != NULL && upload_path[0] == '/')
                    add_api_route (routes, doc, method, upload_path, TRUE);
                }
            }
        }

      if (children != NULL)
        add_resources (routes, doc, children);
    }
}

/* Parsed once a process: every test makes fakes, and the documents are
 * large. Never written to after loading. */
JsonNode *
_fake_google_routes_load (GPtrArray   *routes,
                          const char  *name,
                          GError     **error)
{
  static GHashTable *cache;
  JsonNode *root;
  JsonObject *doc;

  if (cache == NULL)
    cache = g_hash_table_new (g_str_hash, g_str_equal);

  root = g_hash_table_lookup (cache, name);
  if (root == NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autofree char *path = g_build_filename (FAKE_GOOGLE_DISCOVERY_DIR, name, NULL);

      if (!json_parser_load_from_file (parser, path, error))
        return NULL;
      root = json_parser_get_root (parser);
      if (!JSON_NODE_HOLDS_OBJECT (root))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s is not a discovery document", path);
          return NULL;
        }
      root = json_node_ref (root);
      g_hash_table_insert (cache, (gpointer) g_intern_string (name), root);
    }

  doc = json_node_get_object (root);
  add_resources (routes, doc, _fake_google_object_member (doc, "resources"));
  return json_node_ref (root);
}

/* Routing ------------------------------------------------------------------ */

Route *
_fake_google_routes_find (GPtrArray   *routes,
                          const char  *http_method,
                          const char  *path,
                          GHashTable **path_params,
                          gboolean    *wrong_method)
{
  g_auto(GStrv) segments = NULL;
  Route *best = NULL;

  *wrong_method = FALSE;

  for (guint i = 0; i < routes->len; i++)
    {
      Route *route = routes->pdata[i];

      if (route->path != NULL && g_str_equal (route->path, path))
        return route;
    }

  segments = g_strsplit (path + 1, "/", -1);

  for (guint i = 0; i < routes->len; i++)
    {
      Route *route = routes->pdata[i];
      guint n;

      if (route->segments == NULL)
        continue;
      if (g_strv_length (route->segments) != g_strv_length (segments))
        continue;

      for (n = 0; segments[n] != NULL; n++)
        {
          const char *want = route->segments[n];

          if (want[0] == '{' ? segments[n][0] == '\0' : !g_str_equal (want, segments[n]))
            break;
        }
      if (segments[n] != NULL)
        continue;

      if (!g_str_equal (route->http_method, http_method))
        {
          *wrong_method = TRUE;
          continue;
        }
      if (best == NULL || route->n_literals > best->n_literals)
        best = route;
    }

  if (best != NULL)
    {
      *path_params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint n = 0; segments[n] != NULL; n++)
        {
          const char *want = best->segments[n];
          gsize len = strlen (want);

          if (want[0] == '{' && want[len - 1] == '}')
            {
              char *value = g_uri_unescape_string (segments[n], NULL);

              /* A broken escape is taken as it is: no such id. */
              g_hash_table_insert (*path_params, g_strndup (want + 1, len - 2),
                                   value ? value : g_strdup (segments[n]));
            }
        }
    }

  return best;
}

GPtrArray *
_fake_google_parse_query (const char *query)
{
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;

  if (query == NULL || *query == '\0')
    return pairs;

  parts = g_strsplit (query, "&", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *eq = strchr (parts[i], '=');
      char *name, *value;

      if (parts[i][0] == '\0')
        continue;
      if (eq != NULL)
        *eq = '\0';
      g_strdelimit (parts[i], "+", ' ');
      if (eq != NULL)
        g_strdelimit (eq + 1, "+", ' ');
      name = g_uri_unescape_string (parts[i], NULL);
      value = g_uri_unescape_string (eq ? eq + 1 : "", NULL);
      g_ptr_array_add (pairs, name ? name : g_strdup (""));
      g_ptr_array_add (pairs, value ? value : g_strdup (""));
    }

  return pairs;
}

