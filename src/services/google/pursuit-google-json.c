/* pursuit-google-json.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pursuit-google-private.h"

gboolean
_pursuit_google_is_set (const char *text)
{
  return text != NULL && text[0] != '\0';
}

const char *
_pursuit_google_json_get_string (JsonObject *object,
                                 const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

JsonObject *
_pursuit_google_json_get_object (JsonObject *object,
                                 const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

gboolean
_pursuit_google_json_get_boolean (JsonObject *object,
                                  const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
    && json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}
