/* pursuit-job-requirements.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pursuit-skill-taxonomy.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_REQUIREMENTS (pursuit_job_requirements_get_type ())

/* What a posting asks for, read from its title and description: required
 * and preferred skills (with a level where the text states one), minimum
 * years of experience, degree level. Immutable once made; any thread may
 * read it. */
G_DECLARE_FINAL_TYPE (PursuitJobRequirements, pursuit_job_requirements, PURSUIT, JOB_REQUIREMENTS, GObject)

/* Sections decide required vs preferred: "Requirements", "Must have",
 * "What you bring", "Qualifications" (and de/fr/es: "Anforderungen",
 * "Profil", "Exigences", "Requisitos", ...) are required; "Nice to have",
 * "Bonus", "Preferred", "Plus" ("Wünschenswert", "Von Vorteil", "Atouts",
 * "Se valorará", ...) are preferred; a sentence's own words ("ideally",
 * "is a plus", "would be nice") override its section. Skills named only
 * outside any section (the intro, "About us") are required when the title
 * names them, else preferred. "5+ years", "at least 3 years", "mindestens
 * 5 Jahre", "5 ans d'expérience", "5 años" give the minimum years (the
 * highest stated for the role as a whole); "Bachelor's", "MSc", "PhD",
 * "Master", "Abitur", "Licence", "Grado" the degree. Never fails: a NULL or
 * empty description gives no requirements. */
PursuitJobRequirements *pursuit_job_requirements_extract     (PursuitSkillTaxonomy   *taxonomy,
                                                              const char             *title,
                                                              const char             *description);

guint              pursuit_job_requirements_get_n_skills     (PursuitJobRequirements *self);
/* @index < n_skills; required skills come first, each list in order of
 * first mention. Returns the taxonomy's index of the skill. */
guint              pursuit_job_requirements_get_skill        (PursuitJobRequirements *self,
                                                              guint                   index,
                                                              gboolean               *out_required,
                                                              PursuitSkillLevel      *out_level);
guint              pursuit_job_requirements_get_n_required   (PursuitJobRequirements *self);
/* 0 when the posting states none. */
double             pursuit_job_requirements_get_min_years    (PursuitJobRequirements *self);
/* NONE when the posting states none. */
PursuitEducationLevel pursuit_job_requirements_get_education (PursuitJobRequirements *self);

/* JSON for the store's cache: skills by canonical name, so it survives a
 * taxonomy update (names the new taxonomy does not know are dropped on
 * load). from_json gives G_IO_ERROR_INVALID_DATA on anything else. */
char              *pursuit_job_requirements_to_json          (PursuitJobRequirements *self);
PursuitJobRequirements *pursuit_job_requirements_new_from_json (PursuitSkillTaxonomy *taxonomy,
                                                              const char             *json,
                                                              GError                **error);

G_END_DECLS
