/* pursuit-interview-dialog-choosers.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-interview-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-interview-dialog-private.h"
#include "pursuit-pipeline.h"

/* The interview dialog's two choosers: the job the interview is for
 * (shown when the dialog was opened without one) and its kind, guessed
 * from the job's stage. */

static const struct {
  const char *key;
  const char *label;
} kinds[] = {
  { "phone_screen", N_("Phone screen") },
  { "technical", N_("Technical") },
  { "behavioral", N_("Behavioral") },
  { "onsite", N_("On-site") },
  { "final", N_("Final round") },
  { "other", N_("Other") },
};

void
_pursuit_interview_dialog_fill_kinds (PursuitInterviewDialog *self,
                                      const char             *extra)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->kind_keys, 0);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      gtk_string_list_append (labels, _(kinds[i].label));
      g_ptr_array_add (self->kind_keys, g_strdup (kinds[i].key));
    }

  /* A kind from an older version or an invitation stays as it is. */
  if (extra != NULL && extra[0] != '\0')
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        known |= g_str_equal (kinds[i].key, extra);

      if (!known)
        {
          gtk_string_list_append (labels, extra);
          g_ptr_array_add (self->kind_keys, g_strdup (extra));
        }
    }

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
}

void
_pursuit_interview_dialog_select_kind (PursuitInterviewDialog *self,
                                       const char             *key)
{
  for (guint i = 0; key != NULL && i < self->kind_keys->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->kind_keys, i), key))
        {
          adw_combo_row_set_selected (self->kind_row, i);
          return;
        }
    }
}

/* A phone screen early on, a technical interview once there has been
 * one, the final round at the offer stage. */
const char *
_pursuit_interview_dialog_guess_kind (PursuitInterviewDialog *self)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitStage) stage = NULL;
  g_autoptr(GPtrArray) interviews = NULL;
  const char *category;

  if (self->store == NULL || self->job_id <= 0)
    return "phone_screen";

  job = pursuit_store_get_job (self->store, self->job_id, NULL);
  if (job == NULL)
    return "phone_screen";

  stage = pursuit_store_get_stage (self->store, pursuit_job_get_stage (job));
  category = stage != NULL ? pursuit_stage_get_category (stage) : pursuit_job_get_stage (job);
  interviews = pursuit_store_list_interviews (self->store, self->job_id);

  if (g_strcmp0 (category, PURSUIT_STAGE_OFFER) == 0)
    return "final";
  if (g_strcmp0 (category, PURSUIT_STAGE_INTERVIEW_SCHEDULED) == 0 ||
      g_strcmp0 (category, PURSUIT_STAGE_INTERVIEWING) == 0 ||
      (interviews != NULL && interviews->len > 0))
    return "technical";

  return "phone_screen";
}

/* "Backend Engineer — Acme" for each open job, the dialog's own first. */
void
_pursuit_interview_dialog_fill_jobs (PursuitInterviewDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkExpression) expression = NULL;

  g_array_set_size (self->job_ids, 0);

  jobs = pursuit_store_list_jobs (self->store, NULL, &error);
  if (jobs == NULL)
    g_warning ("Could not list the jobs: %s", error->message);

  /* GTK 4.8's drop-down always selects an item: the first one says that
   * none is chosen yet, rather than picking a job for the user. */
  if (self->job_id <= 0)
    {
      gint64 none = 0;

      gtk_string_list_append (labels, _("Choose a Job…"));
      g_array_append_val (self->job_ids, none);
    }

  for (guint i = 0; jobs != NULL && i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      g_autoptr(PursuitStage) stage = pursuit_store_get_stage (self->store, pursuit_job_get_stage (job));
      const char *category = stage != NULL ? pursuit_stage_get_category (stage) : pursuit_job_get_stage (job);
      gint64 id = pursuit_job_get_id (job);
      g_autofree char *label = NULL;

      if (!pursuit_pipeline_is_open (category) && id != self->job_id)
        continue;

      if (pursuit_job_get_company (job) != NULL)
        /* Translators: a job in the interview dialog's job chooser: title — company */
        label = g_strdup_printf (_("%s — %s"), pursuit_job_get_title (job), pursuit_job_get_company (job));
      else
        label = g_strdup (pursuit_job_get_title (job));

      gtk_string_list_append (labels, label);
      g_array_append_val (self->job_ids, id);
    }

  /* Search needs to know what to search. */
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->job_dropdown, expression);
  gtk_drop_down_set_model (self->job_dropdown, G_LIST_MODEL (labels));

  gtk_drop_down_set_selected (self->job_dropdown, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; i < self->job_ids->len; i++)
    if (g_array_index (self->job_ids, gint64, i) == self->job_id)
      gtk_drop_down_set_selected (self->job_dropdown, i);
}

/**
 * pursuit_interview_dialog_set_job_id:
 * @self: a dialog showing its job chooser
 * @job_id: an open job's id
 *
 * Chooses a job in the chooser, as the user would.
 */
void
pursuit_interview_dialog_set_job_id (PursuitInterviewDialog *self,
                                     gint64                  job_id)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW_DIALOG (self));

  for (guint i = 0; i < self->job_ids->len; i++)
    {
      if (g_array_index (self->job_ids, gint64, i) == job_id)
        {
          gtk_drop_down_set_selected (self->job_dropdown, i);
          return;
        }
    }

  g_warning ("Job %" G_GINT64_FORMAT " is not in the interview dialog's chooser", job_id);
}

/**
 * pursuit_interview_dialog_describe_kind:
 * @kind: (nullable): an interview kind as stored ("phone_screen")
 *
 * Returns: (transfer none): the kind in the user's words ("Phone screen");
 *   a kind the app does not know (from an older version or an invitation)
 *   as it is, "Other" for %NULL
 */
const char *
pursuit_interview_dialog_describe_kind (const char *kind)
{
  if (kind == NULL || kind[0] == '\0')
    return _("Other");

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].key, kind))
      return _(kinds[i].label);

  return kind;
}
