/* pursuit-mail-triage.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-triage"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pursuit-mail-matcher-private.h"
#include "pursuit-mail-triage.h"
#include "pursuit-pipeline.h"

/* The stages along the pipeline: a message proposing a stage the job has
 * already reached (or passed) is only recorded. */
static int
stage_rank (const char *category)
{
  const char * const *order = pursuit_pipeline_get_categories ();

  /* The pipeline lists the forward stages first, in order, up to
   * Accepted. */
  for (int i = 0; order[i] != NULL; i++)
    {
      if (g_strcmp0 (category, order[i]) == 0)
        return i;
      if (g_str_equal (order[i], PURSUIT_STAGE_ACCEPTED))
        break;
    }

  /* Rejected, withdrawn, ghosted: the pipeline's transitions decide. */
  return -1;
}

static char *
get_job_category (PursuitStore *store,
                  PursuitJob   *job)
{
  const char *key = pursuit_job_get_stage (job);
  g_autoptr(PursuitStage) stage = NULL;

  if (key == NULL)
    return g_strdup (PURSUIT_STAGE_SAVED);

  stage = pursuit_store_get_stage (store, key);
  if (stage != NULL && pursuit_pipeline_is_category (pursuit_stage_get_category (stage)))
    return g_strdup (pursuit_stage_get_category (stage));

  return g_strdup (pursuit_pipeline_is_category (key) ? key : PURSUIT_STAGE_SAVED);
}

/* Whether moving from @current to @target still means something. */
static gboolean
stage_move_makes_sense (const char *current,
                        const char *target)
{
  int current_rank = stage_rank (current);

  if (!pursuit_pipeline_check_transition (current, target, NULL))
    return FALSE;

  if (g_str_equal (current, target))
    return FALSE;

  /* Out of the order (rejected, ghosted): the transition alone decides,
   * so a ghosted job that hears back moves again. */
  if (current_rank < 0 || stage_rank (target) < 0)
    return TRUE;

  return current_rank < stage_rank (target);
}

static gboolean
has_word (const PursuitMailWords *words,
          const char * const     *phrases)
{
  for (guint i = 0; phrases[i] != NULL; i++)
    if (_pursuit_mail_words_contain (words, phrases[i]))
      return TRUE;

  return FALSE;
}

/* The kind of interview, as PursuitInterview names them, from the link
 * and the wording of the invitation (in the four languages). */
static const char *
guess_interview_kind (PursuitMailMessage *message,
                      const char         *location)
{
  static const char * const technical[] = {
    "technical interview", "technical round", "coding interview", "pair programming",
    "system design", "technisches interview", "technisches gesprach", "fachgesprach",
    "entretien technique", "entrevista tecnica", NULL
  };
  static const char * const onsite[] = {
    "onsite", "on site", "in person", "at our office", "in our office", "vor ort",
    "in unserem buro", "sur place", "dans nos locaux", "presencial", "en nuestras oficinas", NULL
  };
  static const char * const phone[] = {
    "phone screen", "phone call", "phone interview", "call you", "telefoninterview",
    "telefonat", "telefonisch", "entretien telephonique", "appel telephonique",
    "entrevista telefonica", "llamada telefonica", NULL
  };
  static const char * const video[] = {
    "video call", "video interview", "videocall", "google meet", "zoom", "microsoft teams",
    "videogesprach", "visio", "visioconference", "videollamada", NULL
  };
  const char *subject = pursuit_mail_message_get_subject (message);
  const char *body = pursuit_mail_message_get_body_text (message);
  g_autofree char *text = g_strconcat (subject != NULL ? subject : "", "\n",
                                       body != NULL ? body : "", NULL);
  g_autoptr(PursuitMailWords) words = _pursuit_mail_words_new (text, 16 * 1024);

  if (has_word (words, technical))
    return "technical";
  if (has_word (words, onsite))
    return "onsite";
  if (location != NULL && g_str_has_prefix (location, "http"))
    return "video";
  if (has_word (words, phone))
    return "phone";
  if (has_word (words, video))
    return "video";

  return "other";
}

/* An interview at that time is already in the job's list: the message is
 * its confirmation, not a new one. */
static gboolean
has_interview_at (PursuitStore *store,
                  gint64        job_id,
                  gint64        starts_at)
{
  g_autoptr(GPtrArray) interviews = pursuit_store_list_interviews (store, job_id);

  for (guint i = 0; interviews != NULL && i < interviews->len; i++)
    {
      PursuitInterview *interview = g_ptr_array_index (interviews, i);

      if (pursuit_interview_get_starts_at (interview) == starts_at &&
          g_strcmp0 (pursuit_interview_get_status (interview), "cancelled") != 0)
        return TRUE;
    }

  return FALSE;
}

/* A suggestion about @message for @job (NULL: a job to create). */
static PursuitMailSuggestion *
new_suggestion (PursuitMailMessage      *message,
                PursuitSuggestionAction  action,
                PursuitJob              *job)
{
  PursuitMailSuggestion *suggestion = pursuit_mail_suggestion_new ();
  g_autofree char *sender = NULL;

  pursuit_mail_suggestion_set_message_id (suggestion, pursuit_mail_message_get_id (message));
  if (job != NULL)
    {
      pursuit_mail_suggestion_set_job_id (suggestion, pursuit_job_get_id (job));
      pursuit_mail_suggestion_set_company (suggestion, pursuit_job_get_company (job));
      pursuit_mail_suggestion_set_title (suggestion, pursuit_job_get_title (job));
    }
  pursuit_mail_suggestion_set_category (suggestion, pursuit_mail_message_get_category (message));
  pursuit_mail_suggestion_set_confidence (suggestion, pursuit_mail_message_get_confidence (message));
  pursuit_mail_suggestion_set_action (suggestion, action);
  pursuit_mail_suggestion_set_state (suggestion, PURSUIT_SUGGESTION_PENDING);
  pursuit_mail_suggestion_set_created_at (suggestion, g_get_real_time () / G_USEC_PER_SEC);

  /* What the Inbox shows before the store has listed it. */
  sender = g_strdup (pursuit_mail_message_get_from_name (message) != NULL
                     ? pursuit_mail_message_get_from_name (message)
                     : pursuit_mail_message_get_from_address (message));
  pursuit_mail_suggestion_set_subject (suggestion, pursuit_mail_message_get_subject (message));
  pursuit_mail_suggestion_set_sender (suggestion, sender);
  pursuit_mail_suggestion_set_snippet (suggestion, pursuit_mail_message_get_snippet (message));
  pursuit_mail_suggestion_set_received_at (suggestion, pursuit_mail_message_get_received_at (message));

  return suggestion;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

/* An application made outside Pursuit was confirmed: add the job, unless
 * one like it is already there. */
static PursuitMailSuggestion *
triage_unmatched (PursuitStore       *store,
                  PursuitMailMessage *message)
{
  const char *company = pursuit_mail_message_get_company (message);
  const char *title = pursuit_mail_message_get_job_title (message);
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *company_text = NULL;
  g_autofree char *title_text = NULL;
  PursuitMailSuggestion *suggestion;

  if (pursuit_mail_message_get_category (message) != PURSUIT_MAIL_CONFIRMATION || is_blank (company))
    return NULL;

  company_text = g_strstrip (g_strdup (company));
  title_text = g_strstrip (g_strdup (is_blank (title) ? _("Application") : title));

  job = pursuit_job_new ();
  pursuit_job_set_company (job, company_text);
  pursuit_job_set_title (job, title_text);
  if (pursuit_store_find_duplicate (store, job) != 0)
    return NULL;

  suggestion = new_suggestion (message, PURSUIT_SUGGESTION_CREATE_JOB, NULL);
  pursuit_mail_suggestion_set_target_stage (suggestion, PURSUIT_STAGE_APPLIED);
  pursuit_mail_suggestion_set_company (suggestion, company_text);
  pursuit_mail_suggestion_set_title (suggestion, title_text);

  return suggestion;
}

/* The stage a message of @category moves a job to; NULL for an
 * interview whose time was found (scheduled instead). */
static const char *
target_stage (PursuitMailCategory category)
{
  switch (category)
    {
    case PURSUIT_MAIL_REJECTION:
      return PURSUIT_STAGE_REJECTED;
    case PURSUIT_MAIL_OFFER:
      return PURSUIT_STAGE_OFFER;
    case PURSUIT_MAIL_INTERVIEW:
    case PURSUIT_MAIL_ASSESSMENT:
      return PURSUIT_STAGE_SCREENING;
    case PURSUIT_MAIL_CONFIRMATION:
      return PURSUIT_STAGE_APPLIED;
    case PURSUIT_MAIL_OTHER:
    case PURSUIT_MAIL_N_CATEGORIES:
    default:
      return NULL;
    }
}

static PursuitMailSuggestion *
propose_interview (PursuitStore       *store,
                   PursuitMailMessage *message,
                   PursuitJob         *job,
                   const char         *current,
                   GTimeZone          *tz)
{
  gint64 starts_at = 0;
  int minutes = 60;
  g_autofree char *location = NULL;
  PursuitMailSuggestion *suggestion;

  if (!pursuit_mail_find_interview_time (message, tz, &starts_at, &minutes, &location) ||
      starts_at <= 0)
    return NULL;

  if (!pursuit_pipeline_check_transition (current, PURSUIT_STAGE_INTERVIEW_SCHEDULED, NULL) ||
      has_interview_at (store, pursuit_job_get_id (job), starts_at))
    return new_suggestion (message, PURSUIT_SUGGESTION_RECORD, job);

  suggestion = new_suggestion (message, PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW, job);
  pursuit_mail_suggestion_set_interview_starts_at (suggestion, starts_at);
  pursuit_mail_suggestion_set_interview_minutes (suggestion, minutes > 0 ? minutes : 60);
  pursuit_mail_suggestion_set_interview_location (suggestion, location);
  pursuit_mail_suggestion_set_interview_kind (suggestion, guess_interview_kind (message, location));

  return suggestion;
}

/**
 * pursuit_mail_triage:
 * @store: the store the message's job is in
 * @message: a classified and matched message
 * @tz: (nullable): the zone times without one are read in; %NULL for local
 *
 * Returns: (transfer full) (nullable): what to propose, or %NULL
 */
PursuitMailSuggestion *
pursuit_mail_triage (PursuitStore       *store,
                     PursuitMailMessage *message,
                     GTimeZone          *tz)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *current = NULL;
  PursuitMailCategory category;
  PursuitMailSuggestion *suggestion;
  const char *target;
  gint64 job_id;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (message), NULL);

  category = pursuit_mail_message_get_category (message);
  if (pursuit_mail_message_get_outgoing (message) || category == PURSUIT_MAIL_OTHER ||
      category >= PURSUIT_MAIL_N_CATEGORIES)
    return NULL;

  job_id = pursuit_mail_message_get_job_id (message);
  if (job_id != 0)
    job = pursuit_store_get_job (store, job_id, NULL);
  if (job == NULL)
    return triage_unmatched (store, message);

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  current = get_job_category (store, job);

  if (category == PURSUIT_MAIL_INTERVIEW &&
      (suggestion = propose_interview (store, message, job, current, tz)) != NULL)
    return suggestion;

  target = target_stage (category);
  if (target == NULL || !stage_move_makes_sense (current, target))
    return new_suggestion (message, PURSUIT_SUGGESTION_RECORD, job);

  suggestion = new_suggestion (message, PURSUIT_SUGGESTION_MOVE_STAGE, job);
  pursuit_mail_suggestion_set_target_stage (suggestion, target);

  return suggestion;
}
