/* pursuit-mail-suggestion.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail"

#include "config.h"

#include "pursuit-mail-suggestion.h"

#include "pursuit-object-fields-private.h"

struct _PursuitMailSuggestion
{
  GObject parent_instance;

  gint64 id;
  gint64 message_id;
  gint64 job_id;
  PursuitMailCategory category;
  double confidence;
  PursuitSuggestionAction action;
  char *target_stage;
  char *company;
  char *title;
  gint64 interview_starts_at;
  int interview_minutes;
  char *interview_location;
  char *interview_kind;
  char *state;
  gint64 created_at;
  gint64 resolved_at;
  char *subject;
  char *sender;
  char *snippet;
  gint64 received_at;
  char *web_url;
};

G_DEFINE_FINAL_TYPE (PursuitMailSuggestion, pursuit_mail_suggestion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MESSAGE_ID,
  PROP_JOB_ID,
  PROP_CATEGORY,
  PROP_CONFIDENCE,
  PROP_ACTION,
  PROP_TARGET_STAGE,
  PROP_COMPANY,
  PROP_TITLE,
  PROP_INTERVIEW_STARTS_AT,
  PROP_INTERVIEW_MINUTES,
  PROP_INTERVIEW_LOCATION,
  PROP_INTERVIEW_KIND,
  PROP_STATE,
  PROP_CREATED_AT,
  PROP_RESOLVED_AT,
  PROP_SUBJECT,
  PROP_SENDER,
  PROP_SNIPPET,
  PROP_RECEIVED_AT,
  PROP_WEB_URL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The field behind each property, for the table-driven accessors of
 * pursuit-object-fields-private.h; enums are read and written as int. */
G_STATIC_ASSERT (sizeof (PursuitMailCategory) == sizeof (int));
G_STATIC_ASSERT (sizeof (PursuitSuggestionAction) == sizeof (int));
static const gsize fields [N_PROPS] = {
  [PROP_ID] = G_STRUCT_OFFSET (PursuitMailSuggestion, id),
  [PROP_MESSAGE_ID] = G_STRUCT_OFFSET (PursuitMailSuggestion, message_id),
  [PROP_JOB_ID] = G_STRUCT_OFFSET (PursuitMailSuggestion, job_id),
  [PROP_CATEGORY] = G_STRUCT_OFFSET (PursuitMailSuggestion, category),
  [PROP_CONFIDENCE] = G_STRUCT_OFFSET (PursuitMailSuggestion, confidence),
  [PROP_ACTION] = G_STRUCT_OFFSET (PursuitMailSuggestion, action),
  [PROP_TARGET_STAGE] = G_STRUCT_OFFSET (PursuitMailSuggestion, target_stage),
  [PROP_COMPANY] = G_STRUCT_OFFSET (PursuitMailSuggestion, company),
  [PROP_TITLE] = G_STRUCT_OFFSET (PursuitMailSuggestion, title),
  [PROP_INTERVIEW_STARTS_AT] = G_STRUCT_OFFSET (PursuitMailSuggestion, interview_starts_at),
  [PROP_INTERVIEW_MINUTES] = G_STRUCT_OFFSET (PursuitMailSuggestion, interview_minutes),
  [PROP_INTERVIEW_LOCATION] = G_STRUCT_OFFSET (PursuitMailSuggestion, interview_location),
  [PROP_INTERVIEW_KIND] = G_STRUCT_OFFSET (PursuitMailSuggestion, interview_kind),
  [PROP_STATE] = G_STRUCT_OFFSET (PursuitMailSuggestion, state),
  [PROP_CREATED_AT] = G_STRUCT_OFFSET (PursuitMailSuggestion, created_at),
  [PROP_RESOLVED_AT] = G_STRUCT_OFFSET (PursuitMailSuggestion, resolved_at),
  [PROP_SUBJECT] = G_STRUCT_OFFSET (PursuitMailSuggestion, subject),
  [PROP_SENDER] = G_STRUCT_OFFSET (PursuitMailSuggestion, sender),
  [PROP_SNIPPET] = G_STRUCT_OFFSET (PursuitMailSuggestion, snippet),
  [PROP_RECEIVED_AT] = G_STRUCT_OFFSET (PursuitMailSuggestion, received_at),
  [PROP_WEB_URL] = G_STRUCT_OFFSET (PursuitMailSuggestion, web_url),
};

static void
pursuit_mail_suggestion_finalize (GObject *object)
{
  _pursuit_object_clear_fields (object, fields, properties, N_PROPS);

  G_OBJECT_CLASS (pursuit_mail_suggestion_parent_class)->finalize (object);
}

static void
pursuit_mail_suggestion_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  _pursuit_object_get_field (object, fields, N_PROPS, prop_id, value, pspec);
}

static void
pursuit_mail_suggestion_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  _pursuit_object_set_field (object, fields, N_PROPS, prop_id, value, pspec);
}

static void
pursuit_mail_suggestion_class_init (PursuitMailSuggestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_mail_suggestion_finalize;
  object_class->get_property = pursuit_mail_suggestion_get_property;
  object_class->set_property = pursuit_mail_suggestion_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_MESSAGE_ID] =
    g_param_spec_int64 ("message-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_CATEGORY] =
    g_param_spec_int ("category", NULL, NULL, 0, PURSUIT_MAIL_N_CATEGORIES - 1, 0, flags);
  properties [PROP_CONFIDENCE] =
    g_param_spec_double ("confidence", NULL, NULL, 0.0, 1.0, 0.0, flags);
  properties [PROP_ACTION] =
    g_param_spec_int ("action", NULL, NULL, 0, PURSUIT_SUGGESTION_RECORD, PURSUIT_SUGGESTION_RECORD, flags);
  properties [PROP_TARGET_STAGE] =
    g_param_spec_string ("target-stage", NULL, NULL, NULL, flags);
  properties [PROP_COMPANY] =
    g_param_spec_string ("company", NULL, NULL, NULL, flags);
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties [PROP_INTERVIEW_STARTS_AT] =
    g_param_spec_int64 ("interview-starts-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_INTERVIEW_MINUTES] =
    g_param_spec_int ("interview-minutes", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_INTERVIEW_LOCATION] =
    g_param_spec_string ("interview-location", NULL, NULL, NULL, flags);
  properties [PROP_INTERVIEW_KIND] =
    g_param_spec_string ("interview-kind", NULL, NULL, NULL, flags);
  properties [PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL, PURSUIT_SUGGESTION_PENDING, flags);
  properties [PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_RESOLVED_AT] =
    g_param_spec_int64 ("resolved-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL, flags);
  properties [PROP_SENDER] =
    g_param_spec_string ("sender", NULL, NULL, NULL, flags);
  properties [PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL, flags);
  properties [PROP_RECEIVED_AT] =
    g_param_spec_int64 ("received-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_WEB_URL] =
    g_param_spec_string ("web-url", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_mail_suggestion_init (PursuitMailSuggestion *self)
{
  self->state = g_strdup (PURSUIT_SUGGESTION_PENDING);
  self->action = PURSUIT_SUGGESTION_RECORD;
}

PursuitMailSuggestion *
pursuit_mail_suggestion_new (void)
{
  return g_object_new (PURSUIT_TYPE_MAIL_SUGGESTION, NULL);
}

gint64
pursuit_mail_suggestion_get_id (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), 0);
  return self->id;
}

void
pursuit_mail_suggestion_set_id (PursuitMailSuggestion *self,
                                gint64                 id)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->id, id,
                             properties [PROP_ID]);
}

gint64
pursuit_mail_suggestion_get_message_id (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), 0);
  return self->message_id;
}

void
pursuit_mail_suggestion_set_message_id (PursuitMailSuggestion *self,
                                        gint64                 message_id)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->message_id, message_id,
                             properties [PROP_MESSAGE_ID]);
}

gint64
pursuit_mail_suggestion_get_job_id (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), 0);
  return self->job_id;
}

void
pursuit_mail_suggestion_set_job_id (PursuitMailSuggestion *self,
                                    gint64                 job_id)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->job_id, job_id,
                             properties [PROP_JOB_ID]);
}

PursuitMailCategory
pursuit_mail_suggestion_get_category (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), 0);
  return self->category;
}

void
pursuit_mail_suggestion_set_category (PursuitMailSuggestion *self,
                                      PursuitMailCategory    category)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));
  g_return_if_fail ((guint)category < PURSUIT_MAIL_N_CATEGORIES);

  _pursuit_object_set_int (G_OBJECT (self), (int *)&self->category, category,
                           properties [PROP_CATEGORY]);
}

double
pursuit_mail_suggestion_get_confidence (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), 0.0);
  return self->confidence;
}

void
pursuit_mail_suggestion_set_confidence (PursuitMailSuggestion *self,
                                        double                 confidence)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  confidence = CLAMP (confidence, 0.0, 1.0);
  _pursuit_object_set_double (G_OBJECT (self), &self->confidence, confidence,
                              properties [PROP_CONFIDENCE]);
}

PursuitSuggestionAction
pursuit_mail_suggestion_get_action (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), 0);
  return self->action;
}

void
pursuit_mail_suggestion_set_action (PursuitMailSuggestion   *self,
                                    PursuitSuggestionAction  action)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));
  g_return_if_fail ((guint)action <= PURSUIT_SUGGESTION_RECORD);

  _pursuit_object_set_int (G_OBJECT (self), (int *)&self->action, action,
                           properties [PROP_ACTION]);
}

const char *
pursuit_mail_suggestion_get_target_stage (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), NULL);
  return self->target_stage;
}

void
pursuit_mail_suggestion_set_target_stage (PursuitMailSuggestion *self,
                                          const char            *target_stage)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->target_stage, target_stage,
                              properties [PROP_TARGET_STAGE]);
}

const char *
pursuit_mail_suggestion_get_company (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), NULL);
  return self->company;
}

void
pursuit_mail_suggestion_set_company (PursuitMailSuggestion *self,
                                     const char            *company)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->company, company,
                              properties [PROP_COMPANY]);
}

const char *
pursuit_mail_suggestion_get_title (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), NULL);
  return self->title;
}

void
pursuit_mail_suggestion_set_title (PursuitMailSuggestion *self,
                                   const char            *title)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->title, title,
                              properties [PROP_TITLE]);
}

gint64
pursuit_mail_suggestion_get_interview_starts_at (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), 0);
  return self->interview_starts_at;
}

void
pursuit_mail_suggestion_set_interview_starts_at (PursuitMailSuggestion *self,
                                                 gint64                 interview_starts_at)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->interview_starts_at, interview_starts_at,
                             properties [PROP_INTERVIEW_STARTS_AT]);
}

int
pursuit_mail_suggestion_get_interview_minutes (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), 0);
  return self->interview_minutes;
}

void
pursuit_mail_suggestion_set_interview_minutes (PursuitMailSuggestion *self,
                                               int                    interview_minutes)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_int (G_OBJECT (self), &self->interview_minutes, interview_minutes,
                           properties [PROP_INTERVIEW_MINUTES]);
}

const char *
pursuit_mail_suggestion_get_interview_location (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), NULL);
  return self->interview_location;
}

void
pursuit_mail_suggestion_set_interview_location (PursuitMailSuggestion *self,
                                                const char            *interview_location)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->interview_location, interview_location,
                              properties [PROP_INTERVIEW_LOCATION]);
}

const char *
pursuit_mail_suggestion_get_interview_kind (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), NULL);
  return self->interview_kind;
}

void
pursuit_mail_suggestion_set_interview_kind (PursuitMailSuggestion *self,
                                            const char            *interview_kind)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->interview_kind, interview_kind,
                              properties [PROP_INTERVIEW_KIND]);
}

const char *
pursuit_mail_suggestion_get_state (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), NULL);
  return self->state;
}

void
pursuit_mail_suggestion_set_state (PursuitMailSuggestion *self,
                                   const char            *state)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->state, state,
                              properties [PROP_STATE]);
}

gint64
pursuit_mail_suggestion_get_created_at (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), 0);
  return self->created_at;
}

void
pursuit_mail_suggestion_set_created_at (PursuitMailSuggestion *self,
                                        gint64                 created_at)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->created_at, created_at,
                             properties [PROP_CREATED_AT]);
}

gint64
pursuit_mail_suggestion_get_resolved_at (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), 0);
  return self->resolved_at;
}

void
pursuit_mail_suggestion_set_resolved_at (PursuitMailSuggestion *self,
                                         gint64                 resolved_at)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->resolved_at, resolved_at,
                             properties [PROP_RESOLVED_AT]);
}

const char *
pursuit_mail_suggestion_get_subject (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), NULL);
  return self->subject;
}

void
pursuit_mail_suggestion_set_subject (PursuitMailSuggestion *self,
                                     const char            *subject)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->subject, subject,
                              properties [PROP_SUBJECT]);
}

const char *
pursuit_mail_suggestion_get_sender (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), NULL);
  return self->sender;
}

void
pursuit_mail_suggestion_set_sender (PursuitMailSuggestion *self,
                                    const char            *sender)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->sender, sender,
                              properties [PROP_SENDER]);
}

const char *
pursuit_mail_suggestion_get_snippet (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), NULL);
  return self->snippet;
}

void
pursuit_mail_suggestion_set_snippet (PursuitMailSuggestion *self,
                                     const char            *snippet)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->snippet, snippet,
                              properties [PROP_SNIPPET]);
}

gint64
pursuit_mail_suggestion_get_received_at (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), 0);
  return self->received_at;
}

void
pursuit_mail_suggestion_set_received_at (PursuitMailSuggestion *self,
                                         gint64                 received_at)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->received_at, received_at,
                             properties [PROP_RECEIVED_AT]);
}

const char *
pursuit_mail_suggestion_get_web_url (PursuitMailSuggestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), NULL);
  return self->web_url;
}

void
pursuit_mail_suggestion_set_web_url (PursuitMailSuggestion *self,
                                     const char            *web_url)
{
  g_return_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->web_url, web_url,
                              properties [PROP_WEB_URL]);
}
