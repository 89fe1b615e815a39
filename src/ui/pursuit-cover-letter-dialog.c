/* pursuit-cover-letter-dialog.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cover-letter"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-cover-letter.h"
#include "pursuit-cover-letter-dialog.h"
#include "pursuit-job-page-private.h"

/* A cover letter draft to edit and copy. The local draft shows at once;
 * with the optional AI, its draft replaces it when it comes, unless the
 * user has started editing. Any AI failure keeps the local draft. */

struct _PursuitCoverLetterDialog
{
  AdwWindow        parent_instance;

  GCancellable    *cancellable;
  GtkTextBuffer   *buffer;
  GtkTextView     *text_view;
  GtkLabel        *status_label;
  GtkSpinner      *spinner;
  AdwToastOverlay *toast_overlay;
  gboolean         edited;
  gboolean         filling;
  gboolean         busy;
};

G_DEFINE_FINAL_TYPE (PursuitCoverLetterDialog, pursuit_cover_letter_dialog, ADW_TYPE_WINDOW)

static void
set_text (PursuitCoverLetterDialog *self,
          const char               *text)
{
  self->filling = TRUE;
  gtk_text_buffer_set_text (self->buffer, text, -1);
  self->filling = FALSE;
}

static void
set_status (PursuitCoverLetterDialog *self,
            const char               *text,
            gboolean                  busy)
{
  self->busy = busy;
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
}

static void
on_buffer_changed_cb (PursuitCoverLetterDialog *self,
                      GtkTextBuffer            *buffer)
{
  if (!self->filling)
    self->edited = TRUE;
}

static void
draft_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PursuitCoverLetterDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = pursuit_ai_client_draft_cover_letter_finish (PURSUIT_AI_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (text == NULL || g_strstrip (text)[0] == '\0')
    {
      g_debug ("No cover letter from the AI: %s", error != NULL ? error->message : "empty");
      set_status (self, _("The AI could not be reached: this is the local draft."), FALSE);
      return;
    }

  if (self->edited)
    {
      set_status (self, _("The AI’s draft arrived after you started editing; your text was kept."), FALSE);
      return;
    }

  set_text (self, text);
  set_status (self, _("Drafted with the AI. Check every sentence before you send it."), FALSE);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PursuitCoverLetterDialog *self = PURSUIT_COVER_LETTER_DIALOG (widget);
  g_autofree char *text = pursuit_cover_letter_dialog_get_text (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  adw_toast_overlay_add_toast (self->toast_overlay, _pursuit_job_page_new_toast (_("Cover letter copied")));
}

static void
pursuit_cover_letter_dialog_dispose (GObject *object)
{
  PursuitCoverLetterDialog *self = (PursuitCoverLetterDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (pursuit_cover_letter_dialog_parent_class)->dispose (object);
}

static void
pursuit_cover_letter_dialog_class_init (PursuitCoverLetterDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_cover_letter_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "cover-letter.copy", NULL, copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_cover_letter_dialog_init (PursuitCoverLetterDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *copy = gtk_button_new_with_mnemonic (_("_Copy"));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->cancellable = g_cancellable_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Cover Letter"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (copy), "cover-letter.copy");
  gtk_widget_add_css_class (copy, "suggested-action");
  gtk_widget_set_tooltip_text (copy, _("Copy the Letter to the Clipboard"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), copy);

  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->status_label, 0);
  gtk_label_set_wrap (self->status_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "dim-label");
  gtk_box_append (GTK_BOX (status), GTK_WIDGET (self->spinner));
  gtk_box_append (GTK_BOX (status), GTK_WIDGET (self->status_label));

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  self->buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->text_view, 12);
  gtk_text_view_set_bottom_margin (self->text_view, 12);
  gtk_text_view_set_left_margin (self->text_view, 12);
  gtk_text_view_set_right_margin (self->text_view, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cover letter"),
                                  -1);
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (on_buffer_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->text_view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_overflow (scrolled, GTK_OVERFLOW_HIDDEN);

  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_box_append (GTK_BOX (content), status);
  gtk_box_append (GTK_BOX (content), scrolled);

  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toast_overlay, content);
  gtk_widget_set_vexpand (GTK_WIDGET (self->toast_overlay), TRUE);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toast_overlay));
  adw_window_set_content (ADW_WINDOW (self), box);
}

GtkWidget *
pursuit_cover_letter_dialog_new (GtkWindow          *parent,
                                 PursuitJob         *job,
                                 PursuitProfile     *profile,
                                 PursuitMatchResult *match,
                                 PursuitAiClient    *client)
{
  PursuitCoverLetterDialog *self;
  g_autofree char *draft = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);
  g_return_val_if_fail (profile == NULL || PURSUIT_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (match == NULL || PURSUIT_IS_MATCH_RESULT (match), NULL);
  g_return_val_if_fail (client == NULL || PURSUIT_IS_AI_CLIENT (client), NULL);

  self = g_object_new (PURSUIT_TYPE_COVER_LETTER_DIALOG,
                       "transient-for", parent,
                       NULL);

  draft = pursuit_cover_letter_draft (job, profile, match);
  set_text (self, draft != NULL ? draft : "");

  if (client != NULL)
    {
      set_status (self, _("Asking the AI for a draft; the local one is below meanwhile."), TRUE);
      pursuit_ai_client_draft_cover_letter_async (client, job, profile, match, self->cancellable,
                                                  draft_cb, g_object_ref (self));
    }
  else
    {
      set_status (self, _("A starting point from your CV and the posting. Make it yours before you send it."), FALSE);
    }

  return GTK_WIDGET (self);
}

char *
pursuit_cover_letter_dialog_get_text (PursuitCoverLetterDialog *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (PURSUIT_IS_COVER_LETTER_DIALOG (self), NULL);

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
}

gboolean
pursuit_cover_letter_dialog_is_busy (PursuitCoverLetterDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_COVER_LETTER_DIALOG (self), FALSE);

  return self->busy;
}
