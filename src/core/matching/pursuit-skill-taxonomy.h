/* pursuit-skill-taxonomy.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-matching-types.h"

G_BEGIN_DECLS

#define PURSUIT_SKILL_TAXONOMY_ERROR (pursuit_skill_taxonomy_error_quark ())
GQuark pursuit_skill_taxonomy_error_quark (void);

/**
 * PursuitSkillTaxonomyError:
 * @PURSUIT_SKILL_TAXONOMY_ERROR_INVALID: the taxonomy file is not valid
 *   (not JSON, a skill without a name, an unknown category, a duplicate
 *   alias, a related skill that does not exist, ...)
 */
typedef enum
{
  PURSUIT_SKILL_TAXONOMY_ERROR_INVALID,
} PursuitSkillTaxonomyError;

/* One place a skill is named in a text: byte offset and length of the
 * words that named it. */
typedef struct
{
  guint skill;
  guint offset;
  guint length;
} PursuitSkillMention;

#define PURSUIT_TYPE_SKILL_TAXONOMY (pursuit_skill_taxonomy_get_type ())

/* The skills Pursuit knows (data/skills.json, compiled into the core
 * library as the resource /io/github/pursuit/Pursuit/core/skills.json):
 * canonical names, aliases and spellings, categories, related skills with
 * a transfer weight, learning hints; and the extraction of skills from
 * free text. A skill is named by its index (0 .. n-1), valid for the
 * taxonomy that gave it; files and the store keep canonical names.
 *
 * Immutable once loaded, so any thread may use it. */
G_DECLARE_FINAL_TYPE (PursuitSkillTaxonomy, pursuit_skill_taxonomy, PURSUIT, SKILL_TAXONOMY, GObject)

PursuitSkillTaxonomy *pursuit_skill_taxonomy_new_from_bytes   (GBytes               *json,
                                                               GError              **error);
/* The shipped taxonomy, loaded once (thread-safe). Never NULL: the
 * resource is checked by the tests. (transfer none) */
PursuitSkillTaxonomy *pursuit_skill_taxonomy_get_default      (void);

/* A short hash of the taxonomy's content, so caches made with another
 * version are recognised. */
const char  *pursuit_skill_taxonomy_get_version      (PursuitSkillTaxonomy  *self);
guint        pursuit_skill_taxonomy_get_n_skills     (PursuitSkillTaxonomy  *self);

/* -1 when unknown. Case-insensitive on canonical names and aliases
 * ("js", "K8s", "postgres", "c#"). */
int          pursuit_skill_taxonomy_lookup           (PursuitSkillTaxonomy  *self,
                                                      const char            *name);
const char  *pursuit_skill_taxonomy_get_name         (PursuitSkillTaxonomy  *self,
                                                      guint                  skill);
/* The category's key ("languages", "cloud", "soft-skills", ...). */
const char  *pursuit_skill_taxonomy_get_category     (PursuitSkillTaxonomy  *self,
                                                      guint                  skill);
/* The category's display name in the user's language ("Cloud platforms"). */
const char  *pursuit_skill_taxonomy_get_category_label (PursuitSkillTaxonomy *self,
                                                      const char            *category);
/* Of category keys, in file order. (transfer none) */
GPtrArray   *pursuit_skill_taxonomy_list_categories  (PursuitSkillTaxonomy  *self);
/* The skills a user of @skill can transfer from/to, with weights in
 * (0, 1]. Returns the count; the arrays belong to the taxonomy. */
guint        pursuit_skill_taxonomy_get_related      (PursuitSkillTaxonomy  *self,
                                                      guint                  skill,
                                                      const guint          **out_skills,
                                                      const double         **out_weights);
/* The transfer weight from @have to @want (0 when unrelated, 1 when the
 * same skill). */
double       pursuit_skill_taxonomy_get_transfer     (PursuitSkillTaxonomy  *self,
                                                      guint                  have,
                                                      guint                  want);
/* Learning hint: kind is "course", "documentation", "book", "project",
 * "certification" or "practice"; hours an estimate to reach working level. */
const char  *pursuit_skill_taxonomy_get_learning_kind  (PursuitSkillTaxonomy *self,
                                                      guint                  skill);
guint        pursuit_skill_taxonomy_get_learning_hours (PursuitSkillTaxonomy *self,
                                                      guint                  skill);

/* Every skill named in @text (UTF-8; invalid sequences are skipped, never
 * read past @length, -1 = NUL-terminated), as PursuitSkillMention in text
 * order; overlapping names keep the longest ("Spring Boot" over "Spring").
 * Respects word boundaries and punctuation ("C++", "C#", ".NET",
 * "Node.js" match; "Java" is not found in "JavaScript"), and context rules
 * for ambiguous words ("Go" the verb, "R" the letter, "Rust" the corrosion,
 * "Spring" the season are not skills without a technical context). */
GArray      *pursuit_skill_taxonomy_extract          (PursuitSkillTaxonomy  *self,
                                                      const char            *text,
                                                      gssize                 length);
/* The same, as a set: a GArray of guint skill indexes, each skill once,
 * in order of first mention. */
GArray      *pursuit_skill_taxonomy_extract_skills   (PursuitSkillTaxonomy  *self,
                                                      const char            *text,
                                                      gssize                 length);

G_END_DECLS
