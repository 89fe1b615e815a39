/* pursuit-object-fields.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pursuit-object-fields-private.h"

gboolean
_pursuit_object_set_string (GObject     *object,
                            char       **field,
                            const char  *value,
                            GParamSpec  *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);

  return TRUE;
}

/* The setters of plain values differ only in the field's type. */
#define DEFINE_VALUE_SETTER(name, type) \
  gboolean \
  _pursuit_object_set_##name (GObject    *object, \
                              type       *field, \
                              type        value, \
                              GParamSpec *pspec) \
  { \
    if (*field == value) \
      return FALSE; \
    *field = value; \
    g_object_notify_by_pspec (object, pspec); \
    return TRUE; \
  }

DEFINE_VALUE_SETTER (int64, gint64)
DEFINE_VALUE_SETTER (int, int)
DEFINE_VALUE_SETTER (double, double)

gboolean
_pursuit_object_set_boolean (GObject    *object,
                             gboolean   *field,
                             gboolean    value,
                             GParamSpec *pspec)
{
  /* TRUE is any non-zero value: store one TRUE so equal values compare equal. */
  return _pursuit_object_set_int (object, field, !!value, pspec);
}

gboolean
_pursuit_object_set_object (GObject     *object,
                            GObject    **field,
                            gpointer     value,
                            GParamSpec  *pspec)
{
  if (!g_set_object (field, value))
    return FALSE;

  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

/* The field behind @prop_id, or NULL (with the usual warning) for an id
 * the table does not have. */
static gpointer
find_field (GObject     *object,
            const gsize *offsets,
            guint        n_offsets,
            guint        prop_id,
            GParamSpec  *pspec)
{
  if (prop_id == 0 || prop_id >= n_offsets)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return NULL;
    }

  return G_STRUCT_MEMBER_P (object, offsets [prop_id]);
}

void
_pursuit_object_get_field (GObject     *object,
                           const gsize *offsets,
                           guint        n_offsets,
                           guint        prop_id,
                           GValue      *value,
                           GParamSpec  *pspec)
{
  gpointer field = find_field (object, offsets, n_offsets, prop_id, pspec);

  if (field == NULL)
    return;

  switch (G_TYPE_FUNDAMENTAL (G_PARAM_SPEC_VALUE_TYPE (pspec)))
    {
    case G_TYPE_STRING:
      g_value_set_string (value, *(char **)field);
      break;
    case G_TYPE_INT64:
      g_value_set_int64 (value, *(gint64 *)field);
      break;
    case G_TYPE_INT:
      g_value_set_int (value, *(int *)field);
      break;
    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *)field);
      break;
    case G_TYPE_DOUBLE:
      g_value_set_double (value, *(double *)field);
      break;
    case G_TYPE_OBJECT:
      g_value_set_object (value, *(GObject **)field);
      break;
    default:
      g_assert_not_reached ();
    }
}

gboolean
_pursuit_object_set_field (GObject      *object,
                           const gsize  *offsets,
                           guint         n_offsets,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  gpointer field = find_field (object, offsets, n_offsets, prop_id, pspec);

  if (field == NULL)
    return FALSE;

  /* Ranges need no check here: GObject validates a value against its
   * pspec (the category and confidence bounds) before set_property. */
  switch (G_TYPE_FUNDAMENTAL (G_PARAM_SPEC_VALUE_TYPE (pspec)))
    {
    case G_TYPE_STRING:
      return _pursuit_object_set_string (object, field, g_value_get_string (value), pspec);
    case G_TYPE_INT64:
      return _pursuit_object_set_int64 (object, field, g_value_get_int64 (value), pspec);
    case G_TYPE_INT:
      return _pursuit_object_set_int (object, field, g_value_get_int (value), pspec);
    case G_TYPE_BOOLEAN:
      return _pursuit_object_set_boolean (object, field, g_value_get_boolean (value), pspec);
    case G_TYPE_DOUBLE:
      return _pursuit_object_set_double (object, field, g_value_get_double (value), pspec);
    case G_TYPE_OBJECT:
      return _pursuit_object_set_object (object, field, g_value_get_object (value), pspec);
    default:
      g_assert_not_reached ();
    }

  return FALSE;
}

void
_pursuit_object_clear_fields (GObject     *object,
                              const gsize *offsets,
                              GParamSpec **pspecs,
                              guint        n_pspecs)
{
  for (guint i = 1; i < n_pspecs; i++)
    {
      GType type = G_TYPE_FUNDAMENTAL (G_PARAM_SPEC_VALUE_TYPE (pspecs [i]));

      if (type == G_TYPE_STRING)
        g_clear_pointer ((char **)G_STRUCT_MEMBER_P (object, offsets [i]), g_free);
      else if (type == G_TYPE_OBJECT)
        g_clear_object ((GObject **)G_STRUCT_MEMBER_P (object, offsets [i]));
    }
}
