/* pursuit-json-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Members of the JSON that core writes (a message's and a suggestion's
 * to_json, the outbox payload of a mail, the matching records): what is
 * not there is written as null rather than left out, so readers see every
 * member. */

static inline void
_pursuit_json_add_string_or_null (JsonBuilder *builder,
                                  const char  *name,
                                  const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* Row ids start at 1: 0 is "none". */
static inline void
_pursuit_json_add_id_or_null (JsonBuilder *builder,
                              const char  *name,
                              gint64       id)
{
  json_builder_set_member_name (builder, name);
  if (id != 0)
    json_builder_add_int_value (builder, id);
  else
    json_builder_add_null_value (builder);
}

/* TRUE when no array or object in @data nests deeper than @max_depth.
 * json-glib parses recursively: a few million '[' would overflow the
 * stack, so hostile input is measured before it is parsed. */
static inline gboolean
_pursuit_json_is_shallow (const char *data,
                          gsize       length,
                          guint       max_depth)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > max_depth)
            return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

/* A list of strings; NULL is the empty list, so readers always get an
 * array. */
static inline void
_pursuit_json_add_strv (JsonBuilder        *builder,
                        const char         *name,
                        const char * const *strv)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

/* The compact text of what @builder built: what the records' to_json
 * return and the store keeps. */
static inline char *
_pursuit_json_builder_to_data (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* Reading JSON from elsewhere (job boards, posting pages, schema.org
 * data): a member that is missing or of the wrong type reads as NULL. */
static inline JsonNode *
_pursuit_json_get_member (JsonObject *object,
                          const char *name)
{
  if (object == NULL || !json_object_has_member (object, name))
    return NULL;

  return json_object_get_member (object, name);
}

static inline const char *
_pursuit_json_node_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

G_END_DECLS
