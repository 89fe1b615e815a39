/* pursuit-job-requirements-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-job-requirements.h"

G_BEGIN_DECLS

/* How a section of a posting counts its skills. */
typedef enum
{
  REQ_SECTION_NONE,      /* before any heading, or a posting without them */
  REQ_SECTION_REQUIRED,  /* "Requirements", "Ihr Profil", "Requisitos" */
  REQ_SECTION_PREFERRED, /* "Nice to have", "Von Vorteil", "Atouts" */
  REQ_SECTION_OTHER,     /* "About us", "Responsibilities", "Benefits" */
} ReqSection;

/* Text reading for pursuit-job-requirements.c (pursuit-job-requirements-text.c).
 * Every function reads at most @length bytes of valid UTF-8. */

/* Lower case, accents removed, typographic quotes and dashes made ASCII,
 * runs of spaces made one. With @out_map, where each byte of @text (and
 * its end) went in the result. */
char      *_pursuit_requirements_fold           (const char *text,
                                                 gsize       length);
char      *_pursuit_requirements_fold_map       (const char *text,
                                                 gsize       length,
                                                 guint     **out_map);
/* A copy of @text, the same length, with HTML tags and entities blanked
 * out (block tags become a line break), so byte offsets still agree. */
char      *_pursuit_requirements_strip_markup   (const char *text,
                                                 gsize       length);
/* Whether the line is a heading, and which; @out_content is the offset
 * where text after an inline heading ("Requirements: Python") starts, or
 * @length for a heading alone on its line. */
gboolean   _pursuit_requirements_read_heading   (const char *line,
                                                 gsize       length,
                                                 ReqSection *out_section,
                                                 gsize      *out_content);
/* Where hedges are in a folded sentence: the end of the first that
 * hedges what follows ("ideally"), the start of the last that hedges what
 * comes before ("is a plus"); -1 for none. */
void       _pursuit_requirements_find_hedges    (const char *folded,
                                                 gssize     *out_before_end,
                                                 gssize     *out_after_start);
/* Sentence words that ask for its skills ("must", "experience with");
 * @strong_only keeps only the explicit ones ("required", "must"). */
gboolean   _pursuit_requirements_says_required  (const char *folded,
                                                 gboolean    strong_only);
/* Level words in a folded sentence, and the level they give a skill at
 * @position (the nearest before it); the level in parentheses right after
 * a skill (@folded_after: the folded text after it). */
typedef struct
{
  guint             end;
  guint             length;
  PursuitSkillLevel level;
} ReqLevelHit;

GArray    *_pursuit_requirements_find_levels    (const char *folded);
PursuitSkillLevel _pursuit_requirements_level_at (GArray    *hits,
                                                  gsize      position);
PursuitSkillLevel _pursuit_requirements_level_after  (const char *folded_after);
/* The highest minimum years stated in a folded sentence, 0 for none. */
double     _pursuit_requirements_read_years     (const char *folded);
/* The lowest degree a folded sentence asks for, NONE for none. */
PursuitEducationLevel _pursuit_requirements_read_degree (const char *folded);

G_END_DECLS
