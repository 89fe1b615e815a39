/* pursuit-match-result.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pursuit-matching-types.h"

G_BEGIN_DECLS

/**
 * PursuitSkillMatchKind:
 * @PURSUIT_SKILL_MATCH_MATCHING: the user has it at the level asked
 * @PURSUIT_SKILL_MATCH_PARTIAL: the user has it below the level asked
 * @PURSUIT_SKILL_MATCH_TRANSFERABLE: the user has a related skill
 * @PURSUIT_SKILL_MATCH_MISSING: nothing the user has comes close
 */
typedef enum
{
  PURSUIT_SKILL_MATCH_MATCHING,
  PURSUIT_SKILL_MATCH_PARTIAL,
  PURSUIT_SKILL_MATCH_TRANSFERABLE,
  PURSUIT_SKILL_MATCH_MISSING,
} PursuitSkillMatchKind;

/* "matching", "partial", "transferable", "missing"; and a translated label. */
const char *pursuit_skill_match_kind_to_string (PursuitSkillMatchKind kind);
const char *pursuit_skill_match_kind_get_label (PursuitSkillMatchKind kind);

/* One asked-for skill and how the user stands. */
typedef struct
{
  char                 *name;           /* canonical */
  char                 *category;       /* the taxonomy's category key */
  gboolean              required;       /* FALSE: preferred */
  PursuitSkillLevel     required_level; /* NONE: any */
  PursuitSkillLevel     user_level;     /* NONE: not claimed */
  PursuitSkillMatchKind kind;
  char                 *transfer_from;  /* TRANSFERABLE: the user's related skill */
  double                relevance;      /* TRANSFERABLE: transfer weight 0..1; else 1 or 0 */
  double                credit;         /* 0..1: what it adds to its component */
  double                importance;     /* ordering of learning suggestions: higher first */
  char                 *learning_kind;  /* MISSING, PARTIAL, TRANSFERABLE: the hint */
  guint                 learning_hours;
} PursuitSkillMatch;

#define PURSUIT_TYPE_MATCH_RESULT (pursuit_match_result_get_type ())

/* A job's gap analysis against a profile. Score 0..100 = round (50 ×
 * required + 20 × preferred + 20 × experience + 10 × education), each
 * component a fraction 0..1 (see pursuit-matcher.h); -1 when the job
 * asks for nothing Pursuit can read (no skills, years or degree). */
G_DECLARE_FINAL_TYPE (PursuitMatchResult, pursuit_match_result, PURSUIT, MATCH_RESULT, GObject)

PursuitMatchResult *pursuit_match_result_new (void);
int      pursuit_match_result_get_score          (PursuitMatchResult *self);
/* Fractions 0..1; the points are 50/20/20/10 × the fraction. */
double   pursuit_match_result_get_required       (PursuitMatchResult *self);
double   pursuit_match_result_get_preferred      (PursuitMatchResult *self);
double   pursuit_match_result_get_experience     (PursuitMatchResult *self);
double   pursuit_match_result_get_education      (PursuitMatchResult *self);
double   pursuit_match_result_get_user_years     (PursuitMatchResult *self);
double   pursuit_match_result_get_min_years      (PursuitMatchResult *self);
PursuitEducationLevel pursuit_match_result_get_user_education (PursuitMatchResult *self);
PursuitEducationLevel pursuit_match_result_get_required_education (PursuitMatchResult *self);
/* Every asked-for skill: required first, then preferred; within each,
 * matching, partial, transferable, missing. */
guint    pursuit_match_result_get_n_skills       (PursuitMatchResult *self);
const PursuitSkillMatch *pursuit_match_result_get_skill (PursuitMatchResult *self,
                                                   guint               index);
/* Indices of the skills to learn (missing, partial, transferable), most
 * important first (required before preferred, then by how much the score
 * would gain, then fewer hours first). */
GArray  *pursuit_match_result_get_learning_order (PursuitMatchResult *self);
/* Plain-language summary lines ("You have 6 of 8 required skills",
 * "Kubernetes is missing: about 40 hours of course"), translated. */
char   **pursuit_match_result_describe           (PursuitMatchResult *self);
/* {"score", "breakdown": {"required": {"fraction", "points", "weight": 50},
 * "preferred": ..., "experience": {.., "user_years", "min_years"},
 * "education": {.., "user", "required"}}, "matching": [..], "partial": [..],
 * "transferable": [..], "missing": [..]} where each skill is {"name",
 * "category", "required", "required_level", "user_level", "relevance",
 * "transfer_from", "learning": {"kind", "hours"}}. */
char    *pursuit_match_result_to_json            (PursuitMatchResult *self);

/* For the matcher (pursuit-matcher.c) only. */
void     _pursuit_match_result_set_components    (PursuitMatchResult *self,
                                                   int                 score,
                                                   double              required,
                                                   double              preferred,
                                                   double              experience,
                                                   double              education);
void     _pursuit_match_result_set_facts         (PursuitMatchResult *self,
                                                   double              user_years,
                                                   double              min_years,
                                                   PursuitEducationLevel user_education,
                                                   PursuitEducationLevel required_education);
/* Takes a copy of @match's strings. */
void     _pursuit_match_result_add_skill         (PursuitMatchResult *self,
                                                   const PursuitSkillMatch *match);

G_END_DECLS
