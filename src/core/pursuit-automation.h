/* pursuit-automation.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_AUTOMATION (pursuit_automation_get_type ())

/* Reacts to the store's signals with the pipeline's workflows: follow-ups
 * after applying, stage moves and thank-you notes around interviews,
 * cancelling what no longer applies when an application closes. */
G_DECLARE_FINAL_TYPE (PursuitAutomation, pursuit_automation, PURSUIT, AUTOMATION, GObject)

PursuitAutomation *pursuit_automation_new       (PursuitStore      *store);
PursuitStore      *pursuit_automation_get_store (PursuitAutomation *self);

G_END_DECLS
