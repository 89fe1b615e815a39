/* pursuit-pipeline.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-pipeline"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-pipeline.h"
#include "pursuit-store.h"

typedef struct
{
  const char *key;
  const char *label;
  const char *color;
  gboolean    open;
  /* Stages reachable from this one, besides the closing moves that every
   * open stage allows (rejected, withdrawn, ghosted). */
  const char *next[6];
} StageRule;

static const StageRule rules[] = {
  { PURSUIT_STAGE_SAVED, N_("Saved"), "#3584e4", TRUE,
    { PURSUIT_STAGE_APPLIED } },
  { PURSUIT_STAGE_APPLIED, N_("Applied"), "#2190a4", TRUE,
    { PURSUIT_STAGE_SCREENING, PURSUIT_STAGE_INTERVIEW_SCHEDULED, PURSUIT_STAGE_INTERVIEWING,
      PURSUIT_STAGE_OFFER } },
  { PURSUIT_STAGE_SCREENING, N_("Screening"), "#e5a50a", TRUE,
    { PURSUIT_STAGE_INTERVIEW_SCHEDULED, PURSUIT_STAGE_INTERVIEWING, PURSUIT_STAGE_OFFER } },
  { PURSUIT_STAGE_INTERVIEW_SCHEDULED, N_("Interview Scheduled"), "#ff7800", TRUE,
    { PURSUIT_STAGE_INTERVIEWING, PURSUIT_STAGE_OFFER } },
  /* Several rounds: interviewing goes back to scheduled for the next one. */
  { PURSUIT_STAGE_INTERVIEWING, N_("Interviewing"), "#9141ac", TRUE,
    { PURSUIT_STAGE_INTERVIEW_SCHEDULED, PURSUIT_STAGE_OFFER } },
  { PURSUIT_STAGE_OFFER, N_("Offer"), "#2ec27e", TRUE,
    { PURSUIT_STAGE_ACCEPTED } },
  { PURSUIT_STAGE_ACCEPTED, N_("Accepted"), "#26a269", FALSE,
    { NULL } },
  { PURSUIT_STAGE_REJECTED, N_("Rejected"), "#c01c28", FALSE,
    { NULL } },
  { PURSUIT_STAGE_WITHDRAWN, N_("Withdrawn"), "#77767b", FALSE,
    { NULL } },
  /* A company that went silent may still come back. */
  { PURSUIT_STAGE_GHOSTED, N_("Ghosted"), "#986a44", FALSE,
    { PURSUIT_STAGE_SCREENING, PURSUIT_STAGE_INTERVIEW_SCHEDULED, PURSUIT_STAGE_INTERVIEWING,
      PURSUIT_STAGE_OFFER, PURSUIT_STAGE_REJECTED } },
};

static const char * const categories[] = {
  PURSUIT_STAGE_SAVED,
  PURSUIT_STAGE_APPLIED,
  PURSUIT_STAGE_SCREENING,
  PURSUIT_STAGE_INTERVIEW_SCHEDULED,
  PURSUIT_STAGE_INTERVIEWING,
  PURSUIT_STAGE_OFFER,
  PURSUIT_STAGE_ACCEPTED,
  PURSUIT_STAGE_REJECTED,
  PURSUIT_STAGE_WITHDRAWN,
  PURSUIT_STAGE_GHOSTED,
  NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (rules) + 1 == G_N_ELEMENTS (categories));

static const StageRule *
find_rule (const char *key)
{
  if (key == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (g_str_equal (rules[i].key, key))
      return &rules[i];

  return NULL;
}

static gboolean
is_closing_move (const char *to)
{
  return g_str_equal (to, PURSUIT_STAGE_REJECTED) ||
         g_str_equal (to, PURSUIT_STAGE_WITHDRAWN) ||
         g_str_equal (to, PURSUIT_STAGE_GHOSTED);
}

static char *
describe_next_stages (const StageRule *from)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      const StageRule *rule = &rules[i];
      gboolean reachable = (from->open && is_closing_move (rule->key));

      for (guint j = 0; !reachable && j < G_N_ELEMENTS (from->next) && from->next[j] != NULL; j++)
        reachable = g_str_equal (from->next[j], rule->key);

      if (!reachable)
        continue;

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "“%s”", _(rule->label));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * pursuit_pipeline_get_categories:
 *
 * Returns: (transfer none): the built-in stage keys in pipeline order,
 *   %NULL-terminated
 */
const char * const *
pursuit_pipeline_get_categories (void)
{
  return categories;
}

gboolean
pursuit_pipeline_is_category (const char *key)
{
  return find_rule (key) != NULL;
}

gboolean
pursuit_pipeline_is_open (const char *category)
{
  const StageRule *rule = find_rule (category);

  return rule != NULL && rule->open;
}

/**
 * pursuit_pipeline_get_default_label:
 * @category: a built-in stage key
 *
 * Returns: (nullable): the translated label of @category
 */
const char *
pursuit_pipeline_get_default_label (const char *category)
{
  const StageRule *rule = find_rule (category);

  return rule != NULL ? _(rule->label) : NULL;
}

const char *
pursuit_pipeline_get_default_color (const char *category)
{
  const StageRule *rule = find_rule (category);

  return rule != NULL ? rule->color : NULL;
}

/**
 * pursuit_pipeline_check_transition:
 * @from_category: the built-in stage the application is in
 * @to_category: the built-in stage it should move to
 * @error: set to %PURSUIT_STORE_ERROR_TRANSITION with the reason
 *
 * Returns: %TRUE if the pipeline allows the move
 */
gboolean
pursuit_pipeline_check_transition (const char  *from_category,
                                   const char  *to_category,
                                   GError     **error)
{
  const StageRule *from = find_rule (from_category);
  const StageRule *to = find_rule (to_category);

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (from == NULL || to == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Unknown stage “%s”"), from == NULL ? from_category : to_category);
      return FALSE;
    }

  if (from == to)
    return TRUE;

  if (from->open && is_closing_move (to->key))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (from->next) && from->next[i] != NULL; i++)
    if (g_str_equal (from->next[i], to->key))
      return TRUE;

  if (!from->open)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION,
                   _("“%s” is a closed stage: an application cannot move from it to “%s”"),
                   _(from->label), _(to->label));
    }
  else
    {
      g_autofree char *allowed = describe_next_stages (from);

      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION,
                   _("An application cannot move from “%s” to “%s”; it can move to %s"),
                   _(from->label), _(to->label), allowed);
    }

  return FALSE;
}
