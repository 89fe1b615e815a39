/* pursuit-caldav-xml.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-caldav"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "pursuit-caldav-calendar.h"
#include "pursuit-caldav-xml.h"

/* Reading WebDAV multistatus bodies (RFC 4918 §13, RFC 6578, RFC 4791):
 * elements are matched by namespace and local name, whatever prefixes the
 * server picked. */

static void
dav_response_free (gpointer data)
{
  PursuitDavResponse *response = data;

  g_free (response->href);
  g_free (response->path);
  g_free (response->etag);
  g_free (response->calendar_data);
  g_free (response->display_name);
  g_free (response->color);
  g_free (response->ctag);
  g_free (response->sync_token);
  g_free (response->principal);
  g_free (response->home);
  g_free (response);
}

void
_pursuit_dav_multistatus_free (PursuitDavMultistatus *multistatus)
{
  if (multistatus == NULL)
    return;

  g_clear_pointer (&multistatus->responses, g_ptr_array_unref);
  g_free (multistatus->sync_token);
  g_free (multistatus);
}

/* Takes @value into @field, freeing what was there. */
static void
replace_str (char **field,
             char  *value)
{
  g_free (*field);
  *field = value;
}

static gboolean
is_element (xmlNode    *node,
            const char *ns,
            const char *name)
{
  return node != NULL
         && node->type == XML_ELEMENT_NODE
         && node->ns != NULL
         && node->ns->href != NULL
         && strcmp ((const char *) node->ns->href, ns) == 0
         && strcmp ((const char *) node->name, name) == 0;
}

static xmlNode *
first_child (xmlNode    *parent,
             const char *ns,
             const char *name)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (is_element (child, ns, name))
      return child;

  return NULL;
}

/* The text of @node, trimmed; NULL when empty or not UTF-8. */
static char *
node_text (xmlNode *node)
{
  xmlChar *content;
  char *text = NULL;

  if (node == NULL)
    return NULL;

  content = xmlNodeGetContent (node);
  if (content != NULL && g_utf8_validate ((const char *) content, -1, NULL))
    {
      text = g_strstrip (g_strdup ((const char *) content));
      if (text[0] == '\0')
        g_clear_pointer (&text, g_free);
    }

  xmlFree (content);
  return text;
}

/* "HTTP/1.1 404 Not Found" -> 404; 0 when it does not parse. */
static guint
parse_status_line (xmlNode *node)
{
  g_autofree char *text = node_text (node);
  g_autofree char *digits = NULL;
  const char *space;
  guint64 code = 0;

  if (text == NULL || !g_str_has_prefix (text, "HTTP/"))
    return 0;

  space = strchr (text, ' ');
  if (space == NULL)
    return 0;

  digits = g_strndup (space + 1, 3);
  if (!g_ascii_string_to_unsigned (digits, 10, 100, 599, &code, NULL))
    return 0;

  return (guint) code;
}

char *
_pursuit_dav_resolve (const char *base,
                      const char *reference)
{
  g_autoptr(GUri) base_uri = NULL;
  g_autoptr(GUri) resolved = NULL;
  const char *scheme;

  if (base == NULL || reference == NULL)
    return NULL;

  base_uri = g_uri_parse (base, G_URI_FLAGS_ENCODED, NULL);
  if (base_uri == NULL)
    return NULL;

  resolved = g_uri_parse_relative (base_uri, reference, G_URI_FLAGS_ENCODED, NULL);
  if (resolved == NULL || g_uri_get_host (resolved) == NULL)
    return NULL;

  scheme = g_uri_get_scheme (resolved);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    return NULL;

  return g_uri_to_string_partial (resolved, G_URI_HIDE_USERINFO | G_URI_HIDE_FRAGMENT);
}

char *
_pursuit_dav_path_of (const char *uri)
{
  g_autoptr(GUri) parsed = NULL;

  if (uri == NULL)
    return NULL;

  parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED, NULL);
  if (parsed == NULL)
    return NULL;

  return g_strdup (g_uri_get_path (parsed)[0] != '\0' ? g_uri_get_path (parsed) : "/");
}

static int
port_of (GUri *uri)
{
  int port = g_uri_get_port (uri);

  if (port > 0)
    return port;

  return g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0 ? 443 : 80;
}

gboolean
_pursuit_dav_same_origin (const char *a,
                          const char *b)
{
  g_autoptr(GUri) uri_a = a != NULL ? g_uri_parse (a, G_URI_FLAGS_ENCODED, NULL) : NULL;
  g_autoptr(GUri) uri_b = b != NULL ? g_uri_parse (b, G_URI_FLAGS_ENCODED, NULL) : NULL;

  if (uri_a == NULL || uri_b == NULL
      || g_uri_get_host (uri_a) == NULL || g_uri_get_host (uri_b) == NULL)
    return FALSE;

  return g_ascii_strcasecmp (g_uri_get_scheme (uri_a), g_uri_get_scheme (uri_b)) == 0
         && g_ascii_strcasecmp (g_uri_get_host (uri_a), g_uri_get_host (uri_b)) == 0
         && port_of (uri_a) == port_of (uri_b);
}

/* The unescaped path without a trailing slash, to compare resources. */
static char *
comparable_path (const char *uri)
{
  g_autofree char *path = _pursuit_dav_path_of (uri);
  char *unescaped;
  gsize length;

  if (path == NULL)
    return NULL;

  unescaped = g_uri_unescape_string (path, NULL);
  if (unescaped == NULL)
    return NULL;

  length = strlen (unescaped);
  while (length > 1 && unescaped[length - 1] == '/')
    unescaped[--length] = '\0';

  return unescaped;
}

gboolean
_pursuit_dav_same_resource (const char *a,
                            const char *b)
{
  g_autofree char *path_a = NULL;
  g_autofree char *path_b = NULL;

  if (!_pursuit_dav_same_origin (a, b))
    return FALSE;

  path_a = comparable_path (a);
  path_b = comparable_path (b);

  return path_a != NULL && g_strcmp0 (path_a, path_b) == 0;
}

char *
_pursuit_dav_escape (const char *text)
{
  return g_markup_escape_text (text, -1);
}

/* Only an href to the server we asked counts: a hostile server must not
 * make us send the password somewhere else. */
static char *
resolve_href (xmlNode    *href_node,
              const char *base_uri)
{
  g_autofree char *href = node_text (href_node);
  g_autofree char *resolved = NULL;

  if (href == NULL)
    return NULL;

  resolved = _pursuit_dav_resolve (base_uri, href);
  if (resolved == NULL || !_pursuit_dav_same_origin (resolved, base_uri))
    {
      g_debug ("Ignoring an href that does not resolve to the same server");
      return NULL;
    }

  return g_steal_pointer (&resolved);
}

/* "#rrggbb" or "#rrggbbaa" -> "#rrggbb"; NULL otherwise. */
static char *
parse_color (const char *text)
{
  gsize length;

  if (text == NULL || text[0] != '#')
    return NULL;

  length = strlen (text);
  if (length != 7 && length != 9)
    return NULL;

  for (gsize i = 1; i < length; i++)
    if (!g_ascii_isxdigit (text[i]))
      return NULL;

  return g_ascii_strdown (text, 7);
}

static void
read_resource_type (xmlNode            *prop,
                    PursuitDavResponse *response)
{
  for (xmlNode *child = prop->children; child != NULL; child = child->next)
    {
      if (is_element (child, PURSUIT_DAV_NS, "collection"))
        response->is_collection = TRUE;
      else if (is_element (child, PURSUIT_CALDAV_NS, "calendar"))
        response->is_calendar = TRUE;
    }
}

static void
read_component_set (xmlNode            *prop,
                    PursuitDavResponse *response)
{
  response->has_component_set = TRUE;

  for (xmlNode *child = prop->children; child != NULL; child = child->next)
    {
      xmlChar *name;

      if (!is_element (child, PURSUIT_CALDAV_NS, "comp"))
        continue;

      name = xmlGetProp (child, (const xmlChar *) "name");
      if (name != NULL && g_ascii_strcasecmp ((const char *) name, "VEVENT") == 0)
        response->takes_events = TRUE;
      xmlFree (name);
    }
}

static void
read_privileges (xmlNode            *prop,
                 PursuitDavResponse *response)
{
  response->has_privileges = TRUE;

  for (xmlNode *privilege = prop->children; privilege != NULL; privilege = privilege->next)
    {
      if (!is_element (privilege, PURSUIT_DAV_NS, "privilege"))
        continue;

      if (first_child (privilege, PURSUIT_DAV_NS, "write") != NULL
          || first_child (privilege, PURSUIT_DAV_NS, "write-content") != NULL
          || first_child (privilege, PURSUIT_DAV_NS, "all") != NULL)
        response->can_write = TRUE;
    }
}

static void
read_prop (xmlNode            *prop,
           const char         *base_uri,
           PursuitDavResponse *response)
{
  for (xmlNode *child = prop->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (is_element (child, PURSUIT_DAV_NS, "getetag"))
        replace_str (&response->etag, node_text (child));
      else if (is_element (child, PURSUIT_CALDAV_NS, "calendar-data"))
        replace_str (&response->calendar_data, node_text (child));
      else if (is_element (child, PURSUIT_DAV_NS, "displayname"))
        replace_str (&response->display_name, node_text (child));
      else if (is_element (child, PURSUIT_APPLE_NS, "calendar-color"))
        {
          g_autofree char *text = node_text (child);

          replace_str (&response->color, parse_color (text));
        }
      else if (is_element (child, PURSUIT_CS_NS, "getctag"))
        replace_str (&response->ctag, node_text (child));
      else if (is_element (child, PURSUIT_DAV_NS, "sync-token"))
        replace_str (&response->sync_token, node_text (child));
      else if (is_element (child, PURSUIT_DAV_NS, "current-user-principal"))
        replace_str (&response->principal,
                        resolve_href (first_child (child, PURSUIT_DAV_NS, "href"), base_uri));
      else if (is_element (child, PURSUIT_CALDAV_NS, "calendar-home-set"))
        replace_str (&response->home,
                        resolve_href (first_child (child, PURSUIT_DAV_NS, "href"), base_uri));
      else if (is_element (child, PURSUIT_DAV_NS, "resourcetype"))
        read_resource_type (child, response);
      else if (is_element (child, PURSUIT_CALDAV_NS, "supported-calendar-component-set"))
        read_component_set (child, response);
      else if (is_element (child, PURSUIT_DAV_NS, "current-user-privilege-set"))
        read_privileges (child, response);
    }
}

static PursuitDavResponse *
read_response (xmlNode    *node,
               const char *base_uri)
{
  PursuitDavResponse *response;
  g_autofree char *href = resolve_href (first_child (node, PURSUIT_DAV_NS, "href"), base_uri);

  if (href == NULL)
    return NULL;

  response = g_new0 (PursuitDavResponse, 1);
  response->path = _pursuit_dav_path_of (href);
  response->href = g_steal_pointer (&href);
  response->status = parse_status_line (first_child (node, PURSUIT_DAV_NS, "status"));

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *prop;
      guint status;

      if (!is_element (child, PURSUIT_DAV_NS, "propstat"))
        continue;

      /* Properties the server could not give come in a 404 propstat:
       * they are simply absent. */
      status = parse_status_line (first_child (child, PURSUIT_DAV_NS, "status"));
      prop = first_child (child, PURSUIT_DAV_NS, "prop");
      if (status >= 200 && status < 300 && prop != NULL)
        read_prop (prop, base_uri, response);
    }

  return response;
}

static gboolean
has_doctype (GBytes *body)
{
  static const char doctype[] = "<!DOCTYPE";
  gsize length;
  const char *data = g_bytes_get_data (body, &length);

  for (gsize i = 0; data != NULL && i + sizeof doctype - 1 <= length; i++)
    if (data[i] == '<' && memcmp (data + i, doctype, sizeof doctype - 1) == 0)
      return TRUE;

  return FALSE;
}

PursuitDavMultistatus *
_pursuit_dav_multistatus_parse (GBytes      *body,
                                const char  *base_uri,
                                GError     **error)
{
  g_autoptr(PursuitDavMultistatus) multistatus = NULL;
  xmlDoc *doc;
  xmlNode *root;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (base_uri != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = body != NULL ? g_bytes_get_data (body, &length) : NULL;
  if (data == NULL || length == 0 || length > G_MAXINT || has_doctype (body))
    {
      g_set_error (error, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_INVALID_RESPONSE,
                   _("The calendar server sent an answer that is not a WebDAV multistatus."));
      return NULL;
    }

  /* No entity substitution, no DTD loading, no network: a multistatus
   * needs none of it, and a hostile one must not read files or URLs. */
  doc = xmlReadMemory (data, (int) length, NULL, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL || doc->intSubset != NULL || doc->extSubset != NULL
      || !is_element (root, PURSUIT_DAV_NS, "multistatus"))
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_set_error (error, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_INVALID_RESPONSE,
                   _("The calendar server sent an answer that is not a WebDAV multistatus."));
      return NULL;
    }

  multistatus = g_new0 (PursuitDavMultistatus, 1);
  multistatus->responses = g_ptr_array_new_with_free_func (dav_response_free);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (is_element (child, PURSUIT_DAV_NS, "response"))
        {
          PursuitDavResponse *response = read_response (child, base_uri);

          if (response != NULL)
            g_ptr_array_add (multistatus->responses, response);
        }
      else if (is_element (child, PURSUIT_DAV_NS, "sync-token"))
        {
          replace_str (&multistatus->sync_token, node_text (child));
        }
    }

  xmlFreeDoc (doc);
  return g_steal_pointer (&multistatus);
}
