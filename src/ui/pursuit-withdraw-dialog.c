/* pursuit-withdraw-dialog.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-withdraw-dialog.h"

/* Withdrawing keeps a reason on the timeline, so the dialog asks for one
 * and offers Withdraw only once it is typed. Emits "response" with
 * "withdraw" or "cancel". */
struct _PursuitWithdrawDialog
{
  AdwMessageDialog  parent_instance;

  GtkEntry         *reason_entry;
};

G_DEFINE_FINAL_TYPE (PursuitWithdrawDialog, pursuit_withdraw_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
on_reason_changed_cb (PursuitWithdrawDialog *self)
{
  g_autofree char *reason = pursuit_withdraw_dialog_get_reason (self);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "withdraw", reason[0] != '\0');
}

static void
pursuit_withdraw_dialog_map (GtkWidget *widget)
{
  PursuitWithdrawDialog *self = PURSUIT_WITHDRAW_DIALOG (widget);

  GTK_WIDGET_CLASS (pursuit_withdraw_dialog_parent_class)->map (widget);

  /* The reason is the one thing to type. */
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_entry));
}

static void
pursuit_withdraw_dialog_class_init (PursuitWithdrawDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->map = pursuit_withdraw_dialog_map;
}

static void
pursuit_withdraw_dialog_init (PursuitWithdrawDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "withdraw", _("_Withdraw"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "withdraw", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "withdraw", FALSE);
  adw_message_dialog_set_default_response (dialog, "withdraw");
  adw_message_dialog_set_close_response (dialog, "cancel");

  self->reason_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->reason_entry, _("Reason"));
  gtk_entry_set_activates_default (self->reason_entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reason_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason for withdrawing"),
                                  -1);
  g_signal_connect_object (self->reason_entry, "changed", G_CALLBACK (on_reason_changed_cb),
                           self, G_CONNECT_SWAPPED);
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (self->reason_entry));
}

/**
 * pursuit_withdraw_dialog_new:
 * @parent: (nullable): a widget in the window the dialog belongs to
 * @heading: the question
 * @body: what happens, and why a reason is asked for
 *
 * Returns: (transfer floating): a new dialog; present it and connect to
 *   AdwMessageDialog::response
 */
GtkWidget *
pursuit_withdraw_dialog_new (GtkWidget  *parent,
                             const char *heading,
                             const char *body)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WIDGET (parent), NULL);

  return g_object_new (PURSUIT_TYPE_WITHDRAW_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       "modal", TRUE,
                       "heading", heading,
                       "body", body,
                       NULL);
}

/**
 * pursuit_withdraw_dialog_get_reason:
 *
 * Returns: (transfer full): the reason typed, without surrounding blanks
 */
char *
pursuit_withdraw_dialog_get_reason (PursuitWithdrawDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_WITHDRAW_DIALOG (self), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_entry))));
}
