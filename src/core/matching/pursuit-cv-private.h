/* pursuit-cv-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "pursuit-cv.h"

G_BEGIN_DECLS

/* What the CV reader shares with the profile extraction, so a JSON
 * Resume's structured fields are read the same way as plain text. */

/* Reading a CV's text (pursuit-cv-vocabulary.c) */

typedef enum
{
  PURSUIT_CV_SECTION_NONE,
  PURSUIT_CV_SECTION_WORK,
  PURSUIT_CV_SECTION_EDUCATION,
  PURSUIT_CV_SECTION_SKILLS,
  PURSUIT_CV_SECTION_LANGUAGES,
  PURSUIT_CV_SECTION_OTHER,
} PursuitCvSection;

/* The patterns and word tables, built once and read-only after, so any
 * thread may use them. */
typedef struct
{
  GRegex *range;          /* "Jan 2018 – Present": named groups s_*, e_*, now */
  GRegex *since;          /* "since 2020": named groups s_* */
  GRegex *years_of;       /* "5+ years": group 1 */
  GRegex *school;
  GRegex **degrees;       /* one per degree pattern, highest degree first */
  GHashTable *months;     /* casefolded name → month 1..12 */
  GHashTable *levels;     /* casefolded word → PursuitSkillLevel */
  GHashTable *languages;  /* casefolded name → English name */
  GHashTable *language_cues;
  GHashTable *headings;   /* casefolded heading → PursuitCvSection */
} PursuitCvTables;

/* A word of a text: byte offsets and its casefolded form. */
typedef struct
{
  gsize start;
  gsize end;
  char *folded;
} PursuitCvWord;

PursuitCvTables      *_pursuit_cv_get_tables       (void);
/* Runs of letters and digits, as PursuitCvWord. */
GArray               *_pursuit_cv_split_words      (const char  *text,
                                                    gsize        length);

/* A span of work in months since year 0: [start, end). */
typedef struct
{
  int start;
  int end;
} PursuitCvSpan;

/* @today's month index plus one: the end of a job that runs until now. */
int                   _pursuit_cv_month_now        (GDateTime   *today);
/* "2018", "2018-03", "2018-03-15" (JSON Resume's ISO 8601 dates). For an
 * end date the month counts in full. FALSE for anything else. */
gboolean              _pursuit_cv_parse_iso_date   (const char  *text,
                                                    gboolean     is_end,
                                                    int         *out_month);
/* The years the spans cover, overlapping ones counted once, to one
 * decimal. */
double                _pursuit_cv_merge_years      (GArray      *spans);
/* The highest degree @text names ("M.Sc. Computer Science" → master). */
PursuitEducationLevel _pursuit_cv_parse_education  (const char  *text,
                                                    gboolean     in_education_section);
/* The English name of a spoken language named in English, German, French
 * or Spanish ("Deutsch" → "German"), or NULL. */
const char           *_pursuit_cv_language_name    (const char  *word);
/* A level from words like "expert", "advanced", "Grundkenntnisse"; NONE
 * when @text has none. */
PursuitSkillLevel     _pursuit_cv_parse_level      (const char  *text);

/* Reading files (pursuit-cv-reader.c, pursuit-cv-json-resume.c) */

gboolean              _pursuit_cv_is_blank         (const char  *text);
/* Sets PURSUIT_CV_ERROR_EMPTY and returns FALSE. */
gboolean              _pursuit_cv_set_empty_error  (GError     **error);
/* A JSON object with "basics" or "work". */
gboolean              _pursuit_cv_looks_like_json_resume (JsonNode *root);
PursuitCv            *_pursuit_cv_read_json_resume (JsonNode              *root,
                                                    PursuitSkillTaxonomy  *taxonomy,
                                                    GDateTime             *today,
                                                    GError               **error);

G_END_DECLS
