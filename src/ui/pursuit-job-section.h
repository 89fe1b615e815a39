/* pursuit-job-section.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_SECTION (pursuit_job_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (PursuitJobSection, pursuit_job_section, PURSUIT, JOB_SECTION, AdwPreferencesGroup)

/**
 * PursuitJobSectionClass:
 * @connect_store: connects the section's own store signals; called once,
 *   when the store is set
 * @load: fills the (already emptied) list with @job_id's items; only
 *   called with a store and a job
 * @reset: drops what was typed for the previous job; optional
 *
 * A part of the job page that lists one kind of a job's items (notes,
 * contacts, documents) and edits them in a form inside that list.
 */
struct _PursuitJobSectionClass
{
  AdwPreferencesGroupClass parent_class;

  void (*connect_store) (PursuitJobSection *self,
                         PursuitStore      *store);
  void (*load)          (PursuitJobSection *self,
                         PursuitStore      *store,
                         gint64             job_id);
  void (*reset)         (PursuitJobSection *self);

  /*< private >*/
  gpointer padding[4];
};

PursuitStore *pursuit_job_section_get_store  (PursuitJobSection *self);
void          pursuit_job_section_set_store  (PursuitJobSection *self,
                                              PursuitStore      *store);
gint64        pursuit_job_section_get_job_id (PursuitJobSection *self);
void          pursuit_job_section_set_job_id (PursuitJobSection *self,
                                              gint64             job_id);

G_END_DECLS
