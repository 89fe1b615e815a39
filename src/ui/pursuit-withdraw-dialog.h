/* pursuit-withdraw-dialog.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_WITHDRAW_DIALOG (pursuit_withdraw_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PursuitWithdrawDialog, pursuit_withdraw_dialog, PURSUIT, WITHDRAW_DIALOG, AdwMessageDialog)

GtkWidget *pursuit_withdraw_dialog_new        (GtkWidget             *parent,
                                               const char            *heading,
                                               const char            *body);
char      *pursuit_withdraw_dialog_get_reason (PursuitWithdrawDialog *self);

G_END_DECLS
