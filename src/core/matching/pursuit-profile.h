/* pursuit-profile.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pursuit-matching-types.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_PROFILE (pursuit_profile_get_type ())

/* What the user offers: extracted from a CV, then corrected by the user on
 * the Profile page. Skills are kept by name (the taxonomy's canonical name
 * when it knows the skill, else as the user typed it), each with a level,
 * in the order the user sees them. Also what the user looks for (salary,
 * places, remote), which the recommendations weigh.
 *
 * Properties: name, headline (strings), years-of-experience (double, >= 0),
 * education (PursuitEducationLevel as int), desired-salary (gint64, 0 =
 * not set; yearly, in desired-currency), desired-currency (ISO 4217 or
 * NULL), remote-preference (int: 0 = no preference, 1 = remote only,
 * 2 = on site or hybrid). "changed" is emitted after any edit. */
G_DECLARE_FINAL_TYPE (PursuitProfile, pursuit_profile, PURSUIT, PROFILE, GObject)

PursuitProfile *pursuit_profile_new                (void);
PursuitProfile *pursuit_profile_copy               (PursuitProfile    *self);

const char     *pursuit_profile_get_name           (PursuitProfile    *self);
void            pursuit_profile_set_name           (PursuitProfile    *self,
                                                    const char        *name);
const char     *pursuit_profile_get_headline       (PursuitProfile    *self);
void            pursuit_profile_set_headline       (PursuitProfile    *self,
                                                    const char        *headline);
double          pursuit_profile_get_years_of_experience (PursuitProfile *self);
void            pursuit_profile_set_years_of_experience (PursuitProfile *self,
                                                    double             years);
PursuitEducationLevel pursuit_profile_get_education (PursuitProfile   *self);
void            pursuit_profile_set_education      (PursuitProfile    *self,
                                                    PursuitEducationLevel education);
/* Languages spoken, as English names ("English", "German"). */
const char * const *pursuit_profile_get_languages  (PursuitProfile    *self);
void            pursuit_profile_set_languages      (PursuitProfile    *self,
                                                    const char * const *languages);
gint64          pursuit_profile_get_desired_salary (PursuitProfile    *self);
void            pursuit_profile_set_desired_salary (PursuitProfile    *self,
                                                    gint64             yearly);
const char     *pursuit_profile_get_desired_currency (PursuitProfile  *self);
void            pursuit_profile_set_desired_currency (PursuitProfile  *self,
                                                    const char        *currency);
/* Places the user would work in ("Berlin", "Remote"), NULL-terminated. */
const char * const *pursuit_profile_get_locations  (PursuitProfile    *self);
void            pursuit_profile_set_locations      (PursuitProfile    *self,
                                                    const char * const *locations);
int             pursuit_profile_get_remote_preference (PursuitProfile *self);
void            pursuit_profile_set_remote_preference (PursuitProfile *self,
                                                    int                preference);

/* Skills */
guint           pursuit_profile_get_n_skills       (PursuitProfile    *self);
/* @index < n_skills. Returns the name; @out_level may be NULL. */
const char     *pursuit_profile_get_skill          (PursuitProfile    *self,
                                                    guint              index,
                                                    PursuitSkillLevel *out_level);
/* NONE when the profile does not have it (case-insensitive on the name). */
PursuitSkillLevel pursuit_profile_get_skill_level  (PursuitProfile    *self,
                                                    const char        *name);
/* Adds the skill at the end, or changes the level of the one with that
 * name (case-insensitive). An empty name is a programmer error. */
void            pursuit_profile_set_skill          (PursuitProfile    *self,
                                                    const char        *name,
                                                    PursuitSkillLevel  level);
gboolean        pursuit_profile_remove_skill       (PursuitProfile    *self,
                                                    const char        *name);

/* A JSON object: {"name", "headline", "years_of_experience", "education"
 * (level key), "languages": [..], "skills": [{"name", "level"}],
 * "desired_salary", "desired_currency", "locations": [..],
 * "remote_preference"}. from_json accepts what to_json wrote; wrong types
 * or a non-object give G_IO_ERROR_INVALID_DATA; unknown members are
 * ignored. */
char           *pursuit_profile_to_json            (PursuitProfile    *self);
PursuitProfile *pursuit_profile_new_from_json      (const char        *json,
                                                    GError           **error);
/* Copies desired salary, currency, locations and remote preference (what
 * the user looks for does not change with a new CV). */
void            pursuit_profile_copy_wishes        (PursuitProfile    *self,
                                                    PursuitProfile    *from);

G_END_DECLS
