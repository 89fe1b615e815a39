/* pursuit-suggestion-row.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-inbox"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-job-page-private.h"
#include "pursuit-suggestion-row.h"

struct _PursuitSuggestionRow
{
  AdwActionRow           parent_instance;

  PursuitMailSuggestion *suggestion;

  GtkImage              *category_icon;
  GtkLabel              *confidence_label;
  GtkButton             *open_button;
  GtkButton             *dismiss_button;
  GtkButton             *accept_button;
  GtkButton             *undo_button;
};

G_DEFINE_FINAL_TYPE (PursuitSuggestionRow, pursuit_suggestion_row, ADW_TYPE_ACTION_ROW)

static const char *
category_icon_name (PursuitMailCategory category)
{
  switch (category)
    {
    case PURSUIT_MAIL_REJECTION:
      return "action-unavailable-symbolic";
    case PURSUIT_MAIL_INTERVIEW:
      return "x-office-calendar-symbolic";
    case PURSUIT_MAIL_ASSESSMENT:
      return "document-edit-symbolic";
    case PURSUIT_MAIL_OFFER:
      return "starred-symbolic";
    case PURSUIT_MAIL_CONFIRMATION:
      return "mail-read-symbolic";
    case PURSUIT_MAIL_OTHER:
    default:
      return "mail-unread-symbolic";
    }
}

static const char *
category_style (PursuitMailCategory category)
{
  switch (category)
    {
    case PURSUIT_MAIL_REJECTION:
      return "rejection";
    case PURSUIT_MAIL_INTERVIEW:
    case PURSUIT_MAIL_ASSESSMENT:
      return "interview";
    case PURSUIT_MAIL_OFFER:
      return "offer";
    case PURSUIT_MAIL_CONFIRMATION:
    case PURSUIT_MAIL_OTHER:
    default:
      return "received";
    }
}

/* Takes @label. */
static void
name_button (GtkButton *button,
             char      *label)
{
  g_autofree char *owned = label;

  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, owned,
                                  -1);
}

static void
set_target (GtkButton *button,
            GVariant  *target)
{
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
}

static void
show_suggestion (PursuitSuggestionRow *self,
                 const char           *stage_label)
{
  PursuitMailSuggestion *suggestion = self->suggestion;
  const char *state = pursuit_mail_suggestion_get_state (suggestion);
  const char *url = pursuit_mail_suggestion_get_web_url (suggestion);
  const char *subject = pursuit_mail_suggestion_get_subject (suggestion);
  gboolean pending = g_strcmp0 (state, PURSUIT_SUGGESTION_PENDING) == 0;
  gboolean applied = g_strcmp0 (state, PURSUIT_SUGGESTION_APPLIED) == 0 ||
                     g_strcmp0 (state, PURSUIT_SUGGESTION_ACCEPTED) == 0;
  /* Done already: say what was done rather than ask. */
  g_autofree char *question = applied ? pursuit_suggestion_row_describe_done (suggestion, stage_label)
                                      : pursuit_mail_suggestion_describe (suggestion, stage_label);
  g_autofree char *message = pursuit_suggestion_row_describe_message (suggestion);
  g_autofree char *confidence = NULL;
  g_autofree char *confidence_tip = NULL;
  g_autoptr(GVariant) id = g_variant_ref_sink (g_variant_new_int64 (pursuit_mail_suggestion_get_id (suggestion)));
  PursuitMailCategory category = pursuit_mail_suggestion_get_category (suggestion);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), question != NULL ? question : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), message);

  gtk_image_set_from_icon_name (self->category_icon, category_icon_name (category));
  gtk_widget_add_css_class (GTK_WIDGET (self->category_icon), category_style (category));

  confidence = pursuit_suggestion_row_format_confidence (pursuit_mail_suggestion_get_confidence (suggestion));
  gtk_label_set_text (self->confidence_label, confidence);
  /* TRANSLATORS: %s is a percentage such as "92 %" */
  confidence_tip = g_strdup_printf (_("%s sure"), confidence);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->confidence_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, confidence_tip,
                                  -1);

  gtk_widget_set_visible (GTK_WIDGET (self->accept_button), pending);
  gtk_widget_set_visible (GTK_WIDGET (self->dismiss_button), pending);
  gtk_widget_set_visible (GTK_WIDGET (self->undo_button), applied);
  gtk_widget_set_visible (GTK_WIDGET (self->open_button), url != NULL && *url != '\0');

  set_target (self->accept_button, id);
  set_target (self->dismiss_button, id);
  set_target (self->undo_button, id);
  if (url != NULL)
    set_target (self->open_button, g_variant_new_string (url));

  /* TRANSLATORS: %s is the question, such as "Acme: rejection. Move to Rejected?" */
  name_button (self->accept_button, g_strdup_printf (_("Accept suggestion: %s"), question));
  /* TRANSLATORS: %s is the question, such as "Acme: rejection. Move to Rejected?" */
  name_button (self->dismiss_button, g_strdup_printf (_("Dismiss suggestion: %s"), question));
  /* TRANSLATORS: %s is the question, such as "Acme: rejection. Move to Rejected?" */
  name_button (self->undo_button, g_strdup_printf (_("Undo suggestion: %s"), question));
  /* TRANSLATORS: %s is the subject of an email */
  name_button (self->open_button, g_strdup_printf (_("Open in Gmail: %s"), subject != NULL ? subject : ""));
}

static void
pursuit_suggestion_row_dispose (GObject *object)
{
  PursuitSuggestionRow *self = PURSUIT_SUGGESTION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_SUGGESTION_ROW);
  g_clear_object (&self->suggestion);

  G_OBJECT_CLASS (pursuit_suggestion_row_parent_class)->dispose (object);
}

static void
pursuit_suggestion_row_class_init (PursuitSuggestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_suggestion_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pursuit/Pursuit/ui/pursuit-suggestion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitSuggestionRow, category_icon);
  gtk_widget_class_bind_template_child (widget_class, PursuitSuggestionRow, confidence_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitSuggestionRow, open_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitSuggestionRow, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitSuggestionRow, accept_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitSuggestionRow, undo_button);
}

static void
pursuit_suggestion_row_init (PursuitSuggestionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pursuit_suggestion_row_new:
 * @suggestion: as listed by the store (subject, sender... filled in)
 * @stage_label: (nullable): the user's label of its target stage
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
pursuit_suggestion_row_new (PursuitMailSuggestion *suggestion,
                            const char            *stage_label)
{
  PursuitSuggestionRow *self;

  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (suggestion), NULL);

  self = g_object_new (PURSUIT_TYPE_SUGGESTION_ROW, NULL);
  self->suggestion = g_object_ref (suggestion);
  show_suggestion (self, stage_label);

  return GTK_WIDGET (self);
}

/**
 * pursuit_suggestion_row_get_suggestion:
 *
 * Returns: (transfer none): the suggestion shown
 */
PursuitMailSuggestion *
pursuit_suggestion_row_get_suggestion (PursuitSuggestionRow *self)
{
  g_return_val_if_fail (PURSUIT_IS_SUGGESTION_ROW (self), NULL);

  return self->suggestion;
}

char *
pursuit_suggestion_row_describe_message (PursuitMailSuggestion *suggestion)
{
  const char *subject, *sender;
  gint64 received_at;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (suggestion), NULL);

  subject = pursuit_mail_suggestion_get_subject (suggestion);
  sender = pursuit_mail_suggestion_get_sender (suggestion);
  received_at = pursuit_mail_suggestion_get_received_at (suggestion);

  g_string_append (text, subject != NULL && *subject != '\0' ? subject : _("(no subject)"));
  if (sender != NULL && *sender != '\0')
    g_string_append_printf (text, " · %s", sender);
  if (received_at > 0)
    {
      g_autofree char *when = _pursuit_job_page_format_relative (received_at);

      g_string_append_printf (text, " · %s", when);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
job_name (PursuitMailSuggestion *suggestion)
{
  const char *company = pursuit_mail_suggestion_get_company (suggestion);
  const char *title = pursuit_mail_suggestion_get_title (suggestion);

  if (company != NULL && *company != '\0')
    return company;
  if (title != NULL && *title != '\0')
    return title;

  return _("The job");
}

char *
pursuit_suggestion_row_describe_done (PursuitMailSuggestion *suggestion,
                                      const char            *stage_label)
{
  const char *name;

  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (suggestion), NULL);

  name = job_name (suggestion);
  if (stage_label == NULL)
    stage_label = "";

  switch (pursuit_mail_suggestion_get_action (suggestion))
    {
    case PURSUIT_SUGGESTION_MOVE_STAGE:
      /* TRANSLATORS: "Acme moved to Rejected" */
      return g_strdup_printf (_("%s moved to %s"), name, stage_label);
    case PURSUIT_SUGGESTION_CREATE_JOB:
      /* TRANSLATORS: "Acme added to Applied" */
      return g_strdup_printf (_("%s added to %s"), name, stage_label);
    case PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW:
      /* TRANSLATORS: %s is a company */
      return g_strdup_printf (_("Interview with %s scheduled"), name);
    case PURSUIT_SUGGESTION_RECORD:
    default:
      /* TRANSLATORS: %s is a company */
      return g_strdup_printf (_("Email recorded on %s"), name);
    }
}

char *
pursuit_suggestion_row_format_confidence (double confidence)
{
  int percent = (int) CLAMP (confidence * 100.0 + 0.5, 0.0, 100.0);

  /* Translators: a percentage, "92%"; add a space before the sign
   * ("92 %") if your language writes it so */
  return g_strdup_printf (C_("percentage", "%d%%"), percent);
}
