/* pursuit-google-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Reading Google's JSON answers, shared by sign-in and the calendar: a
 * member that is missing or of another type reads as NULL (or FALSE), as
 * the APIs leave out what is empty. */
gboolean    _pursuit_google_is_set           (const char *text);
const char *_pursuit_google_json_get_string  (JsonObject *object,
                                              const char *name);
JsonObject *_pursuit_google_json_get_object  (JsonObject *object,
                                              const char *name);
gboolean    _pursuit_google_json_get_boolean (JsonObject *object,
                                              const char *name);

G_END_DECLS
