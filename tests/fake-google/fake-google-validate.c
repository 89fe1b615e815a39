/* fake-google-validate.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "fake-google-validate.h"

/* Deeper than any discovery schema nests; stops reference loops. */
#define MAX_DEPTH 64

/* Calendar: "There are several query parameters that cannot be specified
 * together with nextSyncToken" (events.list), and minAccessRole for
 * calendarList.list; both from the syncToken descriptions. */
static const char * const events_forbidden_with_sync[] = {
  "iCalUID", "orderBy", "privateExtendedProperty", "q",
  "sharedExtendedProperty", "timeMin", "timeMax", "updatedMin", NULL
};
static const char * const calendar_list_forbidden_with_sync[] = {
  "minAccessRole", NULL
};

JsonObject *
_fake_google_object_member (JsonObject *object,
                            const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
_fake_google_array_member (JsonObject *object,
                           const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

gboolean
_fake_google_is_rfc3339 (const char *text)
{
  g_autoptr(GDateTime) parsed = NULL;
  const char *t;
  gsize len;

  if (text == NULL)
    return FALSE;

  /* RFC 3339 wants a full date, a 'T' and an offset or 'Z';
   * g_date_time_new_from_iso8601 would take more than that. */
  len = strlen (text);
  if (len < 20 || !g_ascii_isdigit (text[0]))
    return FALSE;
  t = strchr (text, 'T');
  if (t == NULL)
    t = strchr (text, 't');
  if (t == NULL || t - text != 10)
    return FALSE;
  if (text[len - 1] != 'Z' && text[len - 1] != 'z' &&
      !(len > 6 && (text[len - 6] == '+' || text[len - 6] == '-') && text[len - 3] == ':'))
    return FALSE;

  parsed = g_date_time_new_from_iso8601 (text, NULL);
  return parsed != NULL;
}

static gboolean
is_date (const char *text)
{
  int y, m, d;
  char tail;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  return g_date_valid_dmy (d, m, y);
}

static gboolean
is_integer_text (const char *text,
                 gboolean    is_signed)
{
  const char *p = text;

  if (is_signed && *p == '-')
    p++;
  if (*p == '\0')
    return FALSE;
  for (; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  errno = 0;
  if (is_signed)
    g_ascii_strtoll (text, NULL, 10);
  else
    g_ascii_strtoull (text, NULL, 10);
  return errno == 0;
}

static gboolean
is_base64 (const char *text)
{
  for (const char *p = text; *p; p++)
    if (!g_ascii_isalnum (*p) && strchr ("+/-_=", *p) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
in_enum (JsonObject *schema,
         const char *value)
{
  JsonArray *values = _fake_google_array_member (schema, "enum");

  for (guint i = 0; i < json_array_get_length (values); i++)
    if (g_strcmp0 (json_array_get_string_element (values, i), value) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
integer_in_bounds (JsonObject *schema,
                   gint64      value)
{
  const char *format = json_object_get_string_member_with_default (schema, "format", "");
  const char *minimum = json_object_get_string_member_with_default (schema, "minimum", NULL);
  const char *maximum = json_object_get_string_member_with_default (schema, "maximum", NULL);

  if (g_str_equal (format, "int32") && (value < G_MININT32 || value > G_MAXINT32))
    return FALSE;
  if (g_str_equal (format, "uint32") && (value < 0 || value > G_MAXUINT32))
    return FALSE;
  if (minimum != NULL && value < g_ascii_strtoll (minimum, NULL, 10))
    return FALSE;
  if (maximum != NULL && value > g_ascii_strtoll (maximum, NULL, 10))
    return FALSE;
  return TRUE;
}

/* A string value against a string schema's format and enum. */
static const char *
check_string (JsonObject *schema,
              const char *value)
{
  const char *format = json_object_get_string_member_with_default (schema, "format", "");

  if (json_object_has_member (schema, "enum") && !in_enum (schema, value))
    return "is not one of the allowed values";
  if (g_str_equal (format, "int64") && !is_integer_text (value, TRUE))
    return "is not an int64 in a string";
  if (g_str_equal (format, "uint64") && !is_integer_text (value, FALSE))
    return "is not a uint64 in a string";
  if ((g_str_equal (format, "date-time") || g_str_equal (format, "google-datetime")) &&
      !_fake_google_is_rfc3339 (value))
    return "is not an RFC 3339 date-time";
  if (g_str_equal (format, "date") && !is_date (value))
    return "is not a yyyy-mm-dd date";
  if (g_str_equal (format, "byte") && !is_base64 (value))
    return "is not base64";
  return NULL;
}

static void
add_problem (GPtrArray  *problems,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
add_problem (GPtrArray  *problems,
             const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (problems, g_strdup_vprintf (format, args));
  va_end (args);
}

static void
check_param_value (JsonObject *param,
                   const char *name,
                   const char *value,
                   GPtrArray  *problems)
{
  const char *type = json_object_get_string_member_with_default (param, "type", "string");

  if (g_str_equal (type, "integer"))
    {
      gint64 number;

      if (!g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
        add_problem (problems, "parameter %s is not an integer", name);
      else if (!integer_in_bounds (param, number))
        add_problem (problems, "parameter %s is out of range", name);
    }
  else if (g_str_equal (type, "boolean"))
    {
      if (!g_str_equal (value, "true") && !g_str_equal (value, "false"))
        add_problem (problems, "parameter %s is not a boolean", name);
    }
  else
    {
      const char *what = check_string (param, value);

      if (what != NULL)
        add_problem (problems, "parameter %s %s", name, what);
    }
}

/* Some documents only say so in the description (Gmail's startHistoryId). */
static gboolean
is_required (JsonObject *param)
{
  return json_object_get_boolean_member_with_default (param, "required", FALSE) ||
         g_str_has_prefix (json_object_get_string_member_with_default (param, "description", ""),
                           "Required.");
}

static JsonObject *
lookup_param (JsonObject *method,
              JsonObject *global_params,
              const char *name)
{
  JsonObject *params = _fake_google_object_member (method, "parameters");
  JsonObject *param = NULL;

  if (params != NULL && json_object_has_member (params, name))
    param = _fake_google_object_member (params, name);
  else if (global_params != NULL && json_object_has_member (global_params, name))
    param = _fake_google_object_member (global_params, name);

  return param;
}

static void
check_forbidden_with_sync (JsonObject         *method,
                           GHashTable         *seen,
                           GPtrArray          *query_pairs,
                           GPtrArray          *problems)
{
  const char *id = json_object_get_string_member_with_default (method, "id", "");
  const char * const *forbidden = NULL;

  if (!g_hash_table_contains (seen, "syncToken"))
    return;

  if (g_str_equal (id, "calendar.events.list"))
    forbidden = events_forbidden_with_sync;
  else if (g_str_equal (id, "calendar.calendarList.list"))
    forbidden = calendar_list_forbidden_with_sync;
  else
    return;

  for (guint i = 0; forbidden[i] != NULL; i++)
    if (g_hash_table_contains (seen, forbidden[i]))
      add_problem (problems, "parameter %s is not allowed with syncToken", forbidden[i]);

  /* "it is not allowed to set showDeleted to False" (nor showHidden, for
   * the calendar list). */
  for (guint i = 0; i + 1 < query_pairs->len; i += 2)
    if ((g_str_equal (query_pairs->pdata[i], "showDeleted") ||
         g_str_equal (query_pairs->pdata[i], "showHidden")) &&
        g_str_equal (query_pairs->pdata[i + 1], "false"))
      add_problem (problems, "parameter %s=false is not allowed with syncToken",
                   (char *) query_pairs->pdata[i]);
}

void
_fake_google_validate_params (JsonObject *method,
                              JsonObject *global_params,
                              GHashTable *path_params,
                              GPtrArray  *query_pairs,
                              GPtrArray  *problems)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *params = _fake_google_object_member (method, "parameters");

  for (guint i = 0; i + 1 < query_pairs->len; i += 2)
    {
      const char *name = query_pairs->pdata[i];
      const char *value = query_pairs->pdata[i + 1];
      JsonObject *param = lookup_param (method, global_params, name);
      guint count;

      if (param == NULL ||
          g_strcmp0 (json_object_get_string_member_with_default (param, "location", "query"),
                     "query") != 0)
        {
          add_problem (problems, "unknown parameter %s", name);
          continue;
        }

      count = GPOINTER_TO_UINT (g_hash_table_lookup (seen, name)) + 1;
      g_hash_table_insert (seen, (gpointer) name, GUINT_TO_POINTER (count));
      if (count == 2 && !json_object_get_boolean_member_with_default (param, "repeated", FALSE))
        add_problem (problems, "parameter %s is given more than once", name);

      check_param_value (param, name, value, problems);
    }

  if (params != NULL)
    {
      g_autoptr(GList) names = json_object_get_members (params);

      for (GList *l = names; l != NULL; l = l->next)
        {
          const char *name = l->data;
          JsonObject *param = _fake_google_object_member (params, name);
          const char *location = json_object_get_string_member_with_default (param, "location", "query");

          if (g_str_equal (location, "path"))
            {
              const char *value = g_hash_table_lookup (path_params, name);

              if (value == NULL || *value == '\0')
                add_problem (problems, "path parameter %s is empty", name);
              else
                check_param_value (param, name, value, problems);
            }
          else if (is_required (param) && !g_hash_table_contains (seen, name))
            {
              add_problem (problems, "required parameter %s is missing", name);
            }
        }
    }

  check_forbidden_with_sync (method, seen, query_pairs, problems);
}

static JsonObject *
resolve (JsonObject *schemas,
         JsonObject *schema)
{
  const char *ref = json_object_get_string_member_with_default (schema, "$ref", NULL);

  if (ref == NULL)
    return schema;
  if (!json_object_has_member (schemas, ref))
    return NULL;
  return _fake_google_object_member (schemas, ref);
}

static void
validate_node (JsonObject *schemas,
               JsonObject *schema,
               JsonNode   *node,
               GString    *path,
               guint       depth,
               GPtrArray  *problems)
{
  const char *where = path->str;
  const char *type;

  if (depth > MAX_DEPTH)
    {
      add_problem (problems, "%s is nested too deeply", where);
      return;
    }

  schema = resolve (schemas, schema);
  if (schema == NULL)
    {
      add_problem (problems, "%s refers to an unknown schema", where);
      return;
    }

  /* Google takes null for any field (it clears it in a patch). */
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;

  type = json_object_get_string_member_with_default (schema, "type", "any");

  if (g_str_equal (type, "object"))
    {
      JsonObject *properties = _fake_google_object_member (schema, "properties");
      JsonObject *additional = _fake_google_object_member (schema, "additionalProperties");
      JsonObjectIter iter;
      const char *name;
      JsonNode *child;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          add_problem (problems, "%s is not an object", where);
          return;
        }

      /* One growing path rather than a string per node: the fake checks
       * every answer it sends, and tests run under sanitizers. */
      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &child))
        {
          gsize len = path->len;

          g_string_append_c (path, '.');
          g_string_append (path, name);
          if (properties != NULL && json_object_has_member (properties, name))
            validate_node (schemas, _fake_google_object_member (properties, name),
                           child, path, depth + 1, problems);
          else if (additional != NULL)
            validate_node (schemas, additional, child, path, depth + 1, problems);
          else
            add_problem (problems, "%s is an unknown field", path->str);
          g_string_truncate (path, len);
          where = path->str;
        }
    }
  else if (g_str_equal (type, "array"))
    {
      JsonObject *items = _fake_google_object_member (schema, "items");
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          add_problem (problems, "%s is not an array", where);
          return;
        }

      array = json_node_get_array (node);
      for (guint i = 0; items != NULL && i < json_array_get_length (array); i++)
        {
          gsize len = path->len;

          g_string_append_printf (path, "[%u]", i);
          validate_node (schemas, items, json_array_get_element (array, i),
                         path, depth + 1, problems);
          g_string_truncate (path, len);
          where = path->str;
        }
    }
  else if (g_str_equal (type, "string"))
    {
      const char *what;

      if (json_node_get_value_type (node) != G_TYPE_STRING)
        {
          add_problem (problems, "%s is not a string", where);
          return;
        }
      what = check_string (schema, json_node_get_string (node));
      if (what != NULL)
        add_problem (problems, "%s %s", where, what);
    }
  else if (g_str_equal (type, "integer"))
    {
      if (json_node_get_value_type (node) != G_TYPE_INT64)
        add_problem (problems, "%s is not an integer number", where);
      else if (!integer_in_bounds (schema, json_node_get_int (node)))
        add_problem (problems, "%s is out of range", where);
    }
  else if (g_str_equal (type, "number"))
    {
      GType value_type = json_node_get_value_type (node);

      if (value_type != G_TYPE_INT64 && value_type != G_TYPE_DOUBLE)
        add_problem (problems, "%s is not a number", where);
    }
  else if (g_str_equal (type, "boolean"))
    {
      if (json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        add_problem (problems, "%s is not a boolean", where);
    }
}

void
_fake_google_validate_value (JsonObject *schemas,
                             JsonObject *schema,
                             JsonNode   *node,
                             const char *where,
                             GPtrArray  *problems)
{
  g_autoptr(GString) path = g_string_new (where);

  validate_node (schemas, schema, node, path, 0, problems);
}
