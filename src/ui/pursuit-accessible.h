/* pursuit-accessible.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pursuit_accessible_name_inner_buttons (GtkWidget *root);

G_END_DECLS
