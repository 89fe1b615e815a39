/* fake-google-validate.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Checks against a discovery document; each problem found is appended to
 * @problems as a sentence without the method id. */

/* @query_pairs alternates names and values, in request order. */
void _fake_google_validate_params (JsonObject *method,
                                   JsonObject *global_params,
                                   GHashTable *path_params,
                                   GPtrArray  *query_pairs,
                                   GPtrArray  *problems);

/* @schema may be a {"$ref": ...} resolved in @schemas; @where names the
 * value in messages ("body", "response"). */
void _fake_google_validate_value  (JsonObject *schemas,
                                   JsonObject *schema,
                                   JsonNode   *node,
                                   const char *where,
                                   GPtrArray  *problems);

gboolean _fake_google_is_rfc3339   (const char *text);

/* The member if it is there and of that type, else NULL (json-glib 1.6
 * complains about missing members). */
JsonObject *_fake_google_object_member (JsonObject *object,
                                        const char *name);
JsonArray  *_fake_google_array_member  (JsonObject *object,
                                        const char *name);

G_END_DECLS
