/* pursuit-object-fields-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Plain records (PursuitMailMessage, PursuitMailSuggestion, PursuitCv,
 * PursuitProfile, PursuitPracticeSession) back each property with one
 * instance field. Instead of a switch per class in get_property,
 * set_property and finalize, the class keeps a table of field offsets
 * indexed by property id (G_STRUCT_OFFSET; 0 for PROP_0) and these
 * helpers read, write and free the field the property's value type says:
 * string (char *), int64, int (also enums), boolean, double, object (a
 * GObject *, holding a reference).
 *
 * The _set_ helpers return TRUE and notify when the value changed, so a
 * public setter is its precondition checks plus one call. */

gboolean _pursuit_object_set_string   (GObject      *object,
                                       char        **field,
                                       const char   *value,
                                       GParamSpec   *pspec);
gboolean _pursuit_object_set_int64    (GObject      *object,
                                       gint64       *field,
                                       gint64        value,
                                       GParamSpec   *pspec);
gboolean _pursuit_object_set_int      (GObject      *object,
                                       int          *field,
                                       int           value,
                                       GParamSpec   *pspec);
gboolean _pursuit_object_set_boolean  (GObject      *object,
                                       gboolean     *field,
                                       gboolean      value,
                                       GParamSpec   *pspec);
gboolean _pursuit_object_set_double   (GObject      *object,
                                       double       *field,
                                       double        value,
                                       GParamSpec   *pspec);
gboolean _pursuit_object_set_object   (GObject      *object,
                                       GObject     **field,
                                       gpointer      value,
                                       GParamSpec   *pspec);

void     _pursuit_object_get_field    (GObject      *object,
                                       const gsize  *offsets,
                                       guint         n_offsets,
                                       guint         prop_id,
                                       GValue       *value,
                                       GParamSpec   *pspec);
/* TRUE when the value changed (and was notified). */
gboolean _pursuit_object_set_field    (GObject      *object,
                                       const gsize  *offsets,
                                       guint         n_offsets,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec);
/* Frees the strings and drops the objects: a finalize's work. */
void     _pursuit_object_clear_fields (GObject      *object,
                                       const gsize  *offsets,
                                       GParamSpec  **pspecs,
                                       guint         n_pspecs);

G_END_DECLS
