/* pursuit-skill-taxonomy-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-skill-taxonomy.h"

G_BEGIN_DECLS

/* Aliases are at most this many words: extraction looks up windows of
 * 1 .. this many tokens. */
#define PURSUIT_SKILL_MAX_TOKENS 4

/* One word of a text, as the tokenizer sees it. */
typedef struct
{
  guint offset;       /* in the original text */
  guint length;
  guint norm_offset;  /* in the normalised (lower-case) buffer */
  guint norm_length;
  guint32 hash;       /* of the normalised word */
  guint8 joined;      /* only spaces, '-' or '/' since the previous word */
  guint8 number;      /* digits only */
} PursuitSkillToken;

/* A context rule for words that are skills only in a technical setting
 * ("Go", "R", "Rust", "Spring"). */
typedef struct
{
  GHashTable *context_words;      /* normalised word → itself */
  gboolean   *context_categories; /* one per category */
  GHashTable *reject_next;
  GHashTable *reject_previous;
  gboolean    reject_next_number;
  gboolean    case_sensitive;
  guint       window;
} PursuitSkillRule;

typedef struct
{
  guint32 hash;
  guint32 key_offset;       /* normalised words joined by one space, in the key pool */
  guint32 key_length;
  guint32 spelling_offset;  /* the spelling as written in the file, in the key pool */
  guint32 spelling_length;
  guint32 skill;
  gint32  rule;             /* index in rules, -1 when the spelling is never ambiguous */
  guint8  n_tokens;
} PursuitSkillAlias;

/* Splits @text into words, appends them to @tokens and their lower-case
 * forms, separated by one space, to @norm. */
void                      _pursuit_skill_tokenize            (const char  *text,
                                                              gsize        length,
                                                              GArray      *tokens,
                                                              GString     *norm);
guint32                   _pursuit_skill_hash                (const char  *key,
                                                              gsize        length);
const PursuitSkillAlias  *_pursuit_skill_taxonomy_find       (PursuitSkillTaxonomy *self,
                                                              const char           *key,
                                                              gsize                 length,
                                                              guint32               hash);
const char               *_pursuit_skill_taxonomy_key_pool   (PursuitSkillTaxonomy *self);
const PursuitSkillRule   *_pursuit_skill_taxonomy_get_rule   (PursuitSkillTaxonomy *self,
                                                              guint                 rule);
guint                     _pursuit_skill_taxonomy_get_category_index (PursuitSkillTaxonomy *self,
                                                              guint                 skill);
guint                     _pursuit_skill_taxonomy_get_max_tokens (PursuitSkillTaxonomy *self);
/* Whether the category's display name is marked for translation (the
 * shipped categories must all be). */
gboolean                  _pursuit_skill_category_name_is_translatable (const char *name);

G_END_DECLS
