/* pursuit-matching-page.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-job-page-private.h"
#include "pursuit-matching-page.h"

struct _PursuitMatchingPage
{
  AdwPreferencesPage   parent_instance;

  GSettings           *settings;   /* NULL without the schema */
  PursuitAiProvider   *provider;
  GCancellable        *cancellable;

  GtkScale            *skills_scale;
  GtkScale            *behaviour_scale;
  GtkScale            *salary_scale;
  GtkScale            *location_scale;
  GtkScale            *company_scale;
  GtkWidget           *reset_button;
  AdwPreferencesGroup *ai_group;
  GtkSwitch           *ai_switch;
  AdwEntryRow         *ai_url_row;
  AdwEntryRow         *ai_model_row;
  AdwEntryRow         *ai_key_row;
};

G_DEFINE_FINAL_TYPE (PursuitMatchingPage, pursuit_matching_page, ADW_TYPE_PREFERENCES_PAGE)

static const struct {
  const char *key;
  gsize       offset;
} weight_keys[] = {
  { "recommendation-weight-skills", G_STRUCT_OFFSET (PursuitMatchingPage, skills_scale) },
  { "recommendation-weight-behaviour", G_STRUCT_OFFSET (PursuitMatchingPage, behaviour_scale) },
  { "recommendation-weight-salary", G_STRUCT_OFFSET (PursuitMatchingPage, salary_scale) },
  { "recommendation-weight-location", G_STRUCT_OFFSET (PursuitMatchingPage, location_scale) },
  { "recommendation-weight-company", G_STRUCT_OFFSET (PursuitMatchingPage, company_scale) },
};

#define WEIGHT_SCALE(self, i) (*(GtkScale **) G_STRUCT_MEMBER_P ((self), weight_keys[i].offset))

/* The window's toast overlay; the page has none of its own. */
static void
show_toast (PursuitMatchingPage *self,
            const char          *plain_title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), _pursuit_job_page_new_toast (plain_title));
}

static void
reset_weights_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  pursuit_matching_page_reset_weights (PURSUIT_MATCHING_PAGE (widget));
}

/* AI */

static void
on_ai_url_apply_cb (PursuitMatchingPage *self)
{
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->ai_url_row))));

  if (self->settings == NULL)
    return;

  /* Only http(s): anything else would never answer. */
  if (*url != '\0' && !g_str_has_prefix (url, "http://") && !g_str_has_prefix (url, "https://"))
    {
      show_toast (self, _("The endpoint must start with http:// or https://"));
      return;
    }

  g_settings_set_string (self->settings, "ai-base-url", url);
}

static void
on_ai_model_apply_cb (PursuitMatchingPage *self)
{
  g_autofree char *model = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->ai_model_row))));

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "ai-model", model);
}

static void
set_api_key_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PursuitMatchingPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_ai_provider_set_api_key_finish (PURSUIT_AI_PROVIDER (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      g_warning ("Could not store the AI API key: %s", error->message);
      show_toast (self, _("The API key could not be saved in the keyring"));
      return;
    }

  show_toast (self, _("API key saved in the keyring"));
}

static void
on_ai_key_apply_cb (PursuitMatchingPage *self)
{
  g_autofree char *key = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->ai_key_row))));

  if (self->provider == NULL)
    return;

  pursuit_ai_provider_set_api_key_async (self->provider, key, self->cancellable, set_api_key_cb,
                                         g_object_ref (self));
  /* The key stays in the keyring, not on screen. */
  gtk_editable_set_text (GTK_EDITABLE (self->ai_key_row), "");
}

static void
bind_settings (PursuitMatchingPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (weight_keys); i++)
    {
      GtkRange *range = GTK_RANGE (WEIGHT_SCALE (self, i));

      if (self->settings != NULL)
        g_settings_bind (self->settings, weight_keys[i].key, gtk_range_get_adjustment (range), "value",
                         G_SETTINGS_BIND_DEFAULT);
      else
        gtk_widget_set_sensitive (GTK_WIDGET (range), FALSE);
    }

  if (self->settings == NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "matching.reset-weights", FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->ai_group), FALSE);
      return;
    }

  g_settings_bind (self->settings, "ai-enabled", self->ai_switch, "active", G_SETTINGS_BIND_DEFAULT);
  /* Written on Apply, so a half-typed URL is never tried. */
  g_settings_bind (self->settings, "ai-base-url", self->ai_url_row, "text", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "ai-model", self->ai_model_row, "text", G_SETTINGS_BIND_GET);
}

/* GObject */

static void
pursuit_matching_page_dispose (GObject *object)
{
  PursuitMatchingPage *self = PURSUIT_MATCHING_PAGE (object);

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_MATCHING_PAGE);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->provider);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pursuit_matching_page_parent_class)->dispose (object);
}

static void
pursuit_matching_page_class_init (PursuitMatchingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_matching_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pursuit/Pursuit/ui/pursuit-matching-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitMatchingPage, skills_scale);
  gtk_widget_class_bind_template_child (widget_class, PursuitMatchingPage, behaviour_scale);
  gtk_widget_class_bind_template_child (widget_class, PursuitMatchingPage, salary_scale);
  gtk_widget_class_bind_template_child (widget_class, PursuitMatchingPage, location_scale);
  gtk_widget_class_bind_template_child (widget_class, PursuitMatchingPage, company_scale);
  gtk_widget_class_bind_template_child (widget_class, PursuitMatchingPage, reset_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitMatchingPage, ai_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitMatchingPage, ai_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitMatchingPage, ai_url_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitMatchingPage, ai_model_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitMatchingPage, ai_key_row);
  gtk_widget_class_bind_template_callback (widget_class, on_ai_url_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_ai_model_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_ai_key_apply_cb);

  gtk_widget_class_install_action (widget_class, "matching.reset-weights", NULL, reset_weights_action);
}

static void
pursuit_matching_page_init (PursuitMatchingPage *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pursuit_matching_page_new:
 * @settings: (nullable): the application's settings
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
pursuit_matching_page_new (GSettings *settings)
{
  PursuitMatchingPage *self;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PURSUIT_TYPE_MATCHING_PAGE, NULL);
  g_set_object (&self->settings, settings);
  bind_settings (self);

  return GTK_WIDGET (self);
}

/**
 * pursuit_matching_page_set_ai_provider:
 * @provider: the application's AI provider
 *
 * Shows the AI group; its switch and fields are the settings the
 * application binds to @provider, the API key goes to @provider.
 */
void
pursuit_matching_page_set_ai_provider (PursuitMatchingPage *self,
                                       PursuitAiProvider   *provider)
{
  g_return_if_fail (PURSUIT_IS_MATCHING_PAGE (self));
  g_return_if_fail (PURSUIT_IS_AI_PROVIDER (provider));
  g_return_if_fail (self->provider == NULL);

  self->provider = g_object_ref (provider);
  gtk_widget_set_visible (GTK_WIDGET (self->ai_group), TRUE);
}

void
pursuit_matching_page_reset_weights (PursuitMatchingPage *self)
{
  g_return_if_fail (PURSUIT_IS_MATCHING_PAGE (self));

  if (self->settings == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (weight_keys); i++)
    g_settings_reset (self->settings, weight_keys[i].key);
}
