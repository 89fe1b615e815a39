/* pursuit-company-window.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-ai-provider.h"
#include "pursuit-store-companies.h"

G_BEGIN_DECLS

/* A company's page: what postings said (industry, size, website,
 * locations; "as of" date), the AI summary (a button to write one when AI
 * is on), its jobs with their stages (activating one opens it: the
 * "open-job" signal, gint64), outcomes (applied, interviews, offers,
 * rejections), the contacts of its jobs, and the user's notes (saved
 * 500 ms after the last edit). Follows the store. */
#define PURSUIT_TYPE_COMPANY_WINDOW (pursuit_company_window_get_type ())
G_DECLARE_FINAL_TYPE (PursuitCompanyWindow, pursuit_company_window, PURSUIT, COMPANY_WINDOW, AdwWindow)

/* @provider may be NULL. */
GtkWidget  *pursuit_company_window_new       (GtkWindow         *parent,
                                              PursuitStore      *store,
                                              const char        *company_key,
                                              PursuitAiProvider *provider);
const char *pursuit_company_window_get_key   (PursuitCompanyWindow *self);
PursuitCompany *pursuit_company_window_get_company (PursuitCompanyWindow *self);

G_END_DECLS
