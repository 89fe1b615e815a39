/* pursuit-company-window-private.h: the company page's rows and figures
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-contact.h"
#include "pursuit-job.h"
#include "pursuit-stage.h"

G_BEGIN_DECLS

/* Counted from the jobs' current stages. */
typedef struct
{
  guint applied;
  guint responded;
  guint interviews;
  guint offers;
  guint rejections;
} PursuitCompanyOutcomes;

/* "3 Mar 2026" in the local time zone; NULL for an impossible time. */
char      *_pursuit_company_format_day        (gint64                  unix_time);

/* Title, location and date, the stage as a pill; activatable. */
GtkWidget *_pursuit_company_job_row_new       (PursuitJob             *job,
                                               PursuitStage           *stage);
gint64     _pursuit_company_job_row_get_id    (GtkWidget              *row);

/* @category: the job's stage category */
void       _pursuit_company_outcomes_count    (PursuitCompanyOutcomes *outcomes,
                                               const char             *category,
                                               PursuitJob             *job);

/* Name, role and the job; *@email_button is the suffix button with the
 * address (its "email" data), or NULL when the contact has none usable. */
GtkWidget *_pursuit_company_contact_row_new   (PursuitContact         *contact,
                                               PursuitJob             *job,
                                               GtkWidget             **email_button);
/* What makes two contacts the same person: the address, or the name. */
char      *_pursuit_company_contact_identity  (PursuitContact         *contact);

G_END_DECLS
