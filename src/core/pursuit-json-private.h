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
 * to_json, the outbox payload of a mail): what is not there is written
 * as null rather than left out, so readers see every member. */

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

G_END_DECLS
