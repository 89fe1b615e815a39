/* pursuit-confirm-dialog.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-confirm-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-confirm-dialog-private.h"

AdwMessageDialog *
_pursuit_confirm_dialog_new (GtkWindow  *parent,
                             const char *heading,
                             const char *body,
                             const char *response_id,
                             const char *response_label)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (heading != NULL, NULL);
  g_return_val_if_fail (response_id != NULL, NULL);
  g_return_val_if_fail (response_label != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    response_id, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, response_id, ADW_RESPONSE_DESTRUCTIVE);
  /* Nothing is lost by accident: Enter and Escape both keep things. */
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  return dialog;
}
