/* pursuit-settings.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-settings"

#include "config.h"

#include "pursuit-settings.h"

/**
 * pursuit_settings_new_if_installed:
 * @required_key: (nullable): a key the caller needs, or %NULL
 *
 * Without the schema (an uninstalled run without GSETTINGS_SCHEMA_DIR, a
 * test, an older schema missing @required_key) the app works and just does
 * not remember its state, instead of aborting as g_settings_new() would.
 *
 * Returns: (transfer full) (nullable): the app's settings, or %NULL
 */
GSettings *
pursuit_settings_new_if_installed (const char *required_key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  if (schema == NULL || (required_key != NULL && !g_settings_schema_has_key (schema, required_key)))
    {
      g_debug ("The GSettings schema %s is not installed; state is not kept", APPLICATION_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}
