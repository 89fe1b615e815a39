/* pursuit-mail-message.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail"

#include "config.h"

#include <string.h>

#include "pursuit-mail-message.h"

#include "pursuit-object-fields-private.h"

struct _PursuitMailMessage
{
  GObject parent_instance;

  gint64 id;
  gint64 account_id;
  char *gmail_id;
  char *thread_id;
  char *message_id;
  char *in_reply_to;
  char *references;
  char *from_name;
  char *from_address;
  char *reply_to_address;
  char *to;
  char *subject;
  char *snippet;
  char *body_text;
  gint64 received_at;
  char *labels;
  gboolean bulk;
  char *calendar_data;
  gboolean outgoing;
  PursuitMailCategory category;
  double confidence;
  char *classification_reason;
  char *company;
  char *job_title;
  gint64 job_id;
  char *match_reason;
  /* derived from from_address */
  char *from_domain;
};

G_DEFINE_FINAL_TYPE (PursuitMailMessage, pursuit_mail_message, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ACCOUNT_ID,
  PROP_GMAIL_ID,
  PROP_THREAD_ID,
  PROP_MESSAGE_ID,
  PROP_IN_REPLY_TO,
  PROP_REFERENCES,
  PROP_FROM_NAME,
  PROP_FROM_ADDRESS,
  PROP_REPLY_TO_ADDRESS,
  PROP_TO,
  PROP_SUBJECT,
  PROP_SNIPPET,
  PROP_BODY_TEXT,
  PROP_RECEIVED_AT,
  PROP_LABELS,
  PROP_BULK,
  PROP_CALENDAR_DATA,
  PROP_OUTGOING,
  PROP_CATEGORY,
  PROP_CONFIDENCE,
  PROP_CLASSIFICATION_REASON,
  PROP_COMPANY,
  PROP_JOB_TITLE,
  PROP_JOB_ID,
  PROP_MATCH_REASON,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The field behind each property, for the table-driven accessors of
 * pursuit-object-fields-private.h; enums are read and written as int. */
G_STATIC_ASSERT (sizeof (PursuitMailCategory) == sizeof (int));
static const gsize fields [N_PROPS] = {
  [PROP_ID] = G_STRUCT_OFFSET (PursuitMailMessage, id),
  [PROP_ACCOUNT_ID] = G_STRUCT_OFFSET (PursuitMailMessage, account_id),
  [PROP_GMAIL_ID] = G_STRUCT_OFFSET (PursuitMailMessage, gmail_id),
  [PROP_THREAD_ID] = G_STRUCT_OFFSET (PursuitMailMessage, thread_id),
  [PROP_MESSAGE_ID] = G_STRUCT_OFFSET (PursuitMailMessage, message_id),
  [PROP_IN_REPLY_TO] = G_STRUCT_OFFSET (PursuitMailMessage, in_reply_to),
  [PROP_REFERENCES] = G_STRUCT_OFFSET (PursuitMailMessage, references),
  [PROP_FROM_NAME] = G_STRUCT_OFFSET (PursuitMailMessage, from_name),
  [PROP_FROM_ADDRESS] = G_STRUCT_OFFSET (PursuitMailMessage, from_address),
  [PROP_REPLY_TO_ADDRESS] = G_STRUCT_OFFSET (PursuitMailMessage, reply_to_address),
  [PROP_TO] = G_STRUCT_OFFSET (PursuitMailMessage, to),
  [PROP_SUBJECT] = G_STRUCT_OFFSET (PursuitMailMessage, subject),
  [PROP_SNIPPET] = G_STRUCT_OFFSET (PursuitMailMessage, snippet),
  [PROP_BODY_TEXT] = G_STRUCT_OFFSET (PursuitMailMessage, body_text),
  [PROP_RECEIVED_AT] = G_STRUCT_OFFSET (PursuitMailMessage, received_at),
  [PROP_LABELS] = G_STRUCT_OFFSET (PursuitMailMessage, labels),
  [PROP_BULK] = G_STRUCT_OFFSET (PursuitMailMessage, bulk),
  [PROP_CALENDAR_DATA] = G_STRUCT_OFFSET (PursuitMailMessage, calendar_data),
  [PROP_OUTGOING] = G_STRUCT_OFFSET (PursuitMailMessage, outgoing),
  [PROP_CATEGORY] = G_STRUCT_OFFSET (PursuitMailMessage, category),
  [PROP_CONFIDENCE] = G_STRUCT_OFFSET (PursuitMailMessage, confidence),
  [PROP_CLASSIFICATION_REASON] = G_STRUCT_OFFSET (PursuitMailMessage, classification_reason),
  [PROP_COMPANY] = G_STRUCT_OFFSET (PursuitMailMessage, company),
  [PROP_JOB_TITLE] = G_STRUCT_OFFSET (PursuitMailMessage, job_title),
  [PROP_JOB_ID] = G_STRUCT_OFFSET (PursuitMailMessage, job_id),
  [PROP_MATCH_REASON] = G_STRUCT_OFFSET (PursuitMailMessage, match_reason),
};

/* At most @max_bytes of @text, cut at a character boundary; invalid
 * UTF-8 is made valid first, as everything kept is shown or matched. */
static char *
truncate_text (const char *text,
               gsize       max_bytes)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  gsize length = strlen (valid);
  const char *end;

  if (length <= max_bytes)
    return g_steal_pointer (&valid);

  end = g_utf8_find_prev_char (valid, valid + max_bytes + 1);
  if (end == NULL)
    return g_strdup ("");

  return g_strndup (valid, end - valid);
}

static void
pursuit_mail_message_finalize (GObject *object)
{
  PursuitMailMessage *self = (PursuitMailMessage *)object;

  g_clear_pointer (&self->from_domain, g_free);

  _pursuit_object_clear_fields (object, fields, properties, N_PROPS);

  G_OBJECT_CLASS (pursuit_mail_message_parent_class)->finalize (object);
}

static void
pursuit_mail_message_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  _pursuit_object_get_field (object, fields, N_PROPS, prop_id, value, pspec);
}

static void
pursuit_mail_message_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PursuitMailMessage *self = PURSUIT_MAIL_MESSAGE (object);

  /* Most properties are plain fields, written through the table (GObject
   * has checked their ranges); these two setters derive or cut the value. */
  switch (prop_id)
    {
    case PROP_FROM_ADDRESS:
      pursuit_mail_message_set_from_address (self, g_value_get_string (value));
      break;
    case PROP_BODY_TEXT:
      pursuit_mail_message_set_body_text (self, g_value_get_string (value));
      break;
    default:
      _pursuit_object_set_field (object, fields, N_PROPS, prop_id, value, pspec);
    }
}

static void
pursuit_mail_message_class_init (PursuitMailMessageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_mail_message_finalize;
  object_class->get_property = pursuit_mail_message_get_property;
  object_class->set_property = pursuit_mail_message_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_ACCOUNT_ID] =
    g_param_spec_int64 ("account-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_GMAIL_ID] =
    g_param_spec_string ("gmail-id", NULL, NULL, NULL, flags);
  properties [PROP_THREAD_ID] =
    g_param_spec_string ("thread-id", NULL, NULL, NULL, flags);
  properties [PROP_MESSAGE_ID] =
    g_param_spec_string ("message-id", NULL, NULL, NULL, flags);
  properties [PROP_IN_REPLY_TO] =
    g_param_spec_string ("in-reply-to", NULL, NULL, NULL, flags);
  properties [PROP_REFERENCES] =
    g_param_spec_string ("references", NULL, NULL, NULL, flags);
  properties [PROP_FROM_NAME] =
    g_param_spec_string ("from-name", NULL, NULL, NULL, flags);
  properties [PROP_FROM_ADDRESS] =
    g_param_spec_string ("from-address", NULL, NULL, NULL, flags);
  properties [PROP_REPLY_TO_ADDRESS] =
    g_param_spec_string ("reply-to-address", NULL, NULL, NULL, flags);
  properties [PROP_TO] =
    g_param_spec_string ("to", NULL, NULL, NULL, flags);
  properties [PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL, flags);
  properties [PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL, flags);
  properties [PROP_BODY_TEXT] =
    g_param_spec_string ("body-text", NULL, NULL, NULL, flags);
  properties [PROP_RECEIVED_AT] =
    g_param_spec_int64 ("received-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_LABELS] =
    g_param_spec_string ("labels", NULL, NULL, NULL, flags);
  properties [PROP_BULK] =
    g_param_spec_boolean ("bulk", NULL, NULL, FALSE, flags);
  properties [PROP_CALENDAR_DATA] =
    g_param_spec_string ("calendar-data", NULL, NULL, NULL, flags);
  properties [PROP_OUTGOING] =
    g_param_spec_boolean ("outgoing", NULL, NULL, FALSE, flags);
  properties [PROP_CATEGORY] =
    g_param_spec_int ("category", NULL, NULL, 0, PURSUIT_MAIL_N_CATEGORIES - 1, 0, flags);
  properties [PROP_CONFIDENCE] =
    g_param_spec_double ("confidence", NULL, NULL, 0.0, 1.0, 0.0, flags);
  properties [PROP_CLASSIFICATION_REASON] =
    g_param_spec_string ("classification-reason", NULL, NULL, NULL, flags);
  properties [PROP_COMPANY] =
    g_param_spec_string ("company", NULL, NULL, NULL, flags);
  properties [PROP_JOB_TITLE] =
    g_param_spec_string ("job-title", NULL, NULL, NULL, flags);
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_MATCH_REASON] =
    g_param_spec_string ("match-reason", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_mail_message_init (PursuitMailMessage *self)
{
}

PursuitMailMessage *
pursuit_mail_message_new (void)
{
  return g_object_new (PURSUIT_TYPE_MAIL_MESSAGE, NULL);
}

gint64
pursuit_mail_message_get_id (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), 0);
  return self->id;
}

void
pursuit_mail_message_set_id (PursuitMailMessage *self,
                             gint64              id)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->id, id,
                             properties [PROP_ID]);
}

gint64
pursuit_mail_message_get_account_id (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), 0);
  return self->account_id;
}

void
pursuit_mail_message_set_account_id (PursuitMailMessage *self,
                                     gint64              account_id)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->account_id, account_id,
                             properties [PROP_ACCOUNT_ID]);
}

const char *
pursuit_mail_message_get_gmail_id (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->gmail_id;
}

void
pursuit_mail_message_set_gmail_id (PursuitMailMessage *self,
                                   const char         *gmail_id)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->gmail_id, gmail_id,
                              properties [PROP_GMAIL_ID]);
}

const char *
pursuit_mail_message_get_thread_id (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->thread_id;
}

void
pursuit_mail_message_set_thread_id (PursuitMailMessage *self,
                                    const char         *thread_id)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->thread_id, thread_id,
                              properties [PROP_THREAD_ID]);
}

const char *
pursuit_mail_message_get_message_id (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->message_id;
}

void
pursuit_mail_message_set_message_id (PursuitMailMessage *self,
                                     const char         *message_id)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->message_id, message_id,
                              properties [PROP_MESSAGE_ID]);
}

const char *
pursuit_mail_message_get_in_reply_to (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->in_reply_to;
}

void
pursuit_mail_message_set_in_reply_to (PursuitMailMessage *self,
                                      const char         *in_reply_to)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->in_reply_to, in_reply_to,
                              properties [PROP_IN_REPLY_TO]);
}

const char *
pursuit_mail_message_get_references (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->references;
}

void
pursuit_mail_message_set_references (PursuitMailMessage *self,
                                     const char         *references)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->references, references,
                              properties [PROP_REFERENCES]);
}

const char *
pursuit_mail_message_get_from_name (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->from_name;
}

void
pursuit_mail_message_set_from_name (PursuitMailMessage *self,
                                    const char         *from_name)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->from_name, from_name,
                              properties [PROP_FROM_NAME]);
}

const char *
pursuit_mail_message_get_from_address (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->from_address;
}

void
pursuit_mail_message_set_from_address (PursuitMailMessage *self,
                                       const char         *from_address)
{
  g_autofree char *lower = NULL;
  const char *at;

  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  /* Addresses are compared with domains and contacts: one case. */
  if (from_address != NULL)
    {
      g_autofree char *valid = g_utf8_make_valid (from_address, -1);

      lower = g_utf8_strdown (valid, -1);
    }

  if (g_strcmp0 (self->from_address, lower) == 0)
    return;

  g_free (self->from_address);
  self->from_address = g_steal_pointer (&lower);

  g_clear_pointer (&self->from_domain, g_free);
  at = self->from_address != NULL ? strrchr (self->from_address, '@') : NULL;
  if (at != NULL && at[1] != '\0')
    self->from_domain = g_strdup (at + 1);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FROM_ADDRESS]);
}

const char *
pursuit_mail_message_get_reply_to_address (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->reply_to_address;
}

void
pursuit_mail_message_set_reply_to_address (PursuitMailMessage *self,
                                           const char         *reply_to_address)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->reply_to_address, reply_to_address,
                              properties [PROP_REPLY_TO_ADDRESS]);
}

const char *
pursuit_mail_message_get_to (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->to;
}

void
pursuit_mail_message_set_to (PursuitMailMessage *self,
                             const char         *to)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->to, to,
                              properties [PROP_TO]);
}

const char *
pursuit_mail_message_get_subject (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->subject;
}

void
pursuit_mail_message_set_subject (PursuitMailMessage *self,
                                  const char         *subject)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->subject, subject,
                              properties [PROP_SUBJECT]);
}

const char *
pursuit_mail_message_get_snippet (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->snippet;
}

void
pursuit_mail_message_set_snippet (PursuitMailMessage *self,
                                  const char         *snippet)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->snippet, snippet,
                              properties [PROP_SNIPPET]);
}

const char *
pursuit_mail_message_get_body_text (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->body_text;
}

void
pursuit_mail_message_set_body_text (PursuitMailMessage *self,
                                    const char         *body_text)
{
  g_autofree char *kept = NULL;

  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  if (body_text != NULL)
    kept = truncate_text (body_text, PURSUIT_MAIL_MAX_BODY_TEXT);

  _pursuit_object_set_string (G_OBJECT (self), &self->body_text, kept,
                              properties [PROP_BODY_TEXT]);
}

gint64
pursuit_mail_message_get_received_at (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), 0);
  return self->received_at;
}

void
pursuit_mail_message_set_received_at (PursuitMailMessage *self,
                                      gint64              received_at)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->received_at, received_at,
                             properties [PROP_RECEIVED_AT]);
}

const char *
pursuit_mail_message_get_labels (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->labels;
}

void
pursuit_mail_message_set_labels (PursuitMailMessage *self,
                                 const char         *labels)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->labels, labels,
                              properties [PROP_LABELS]);
}

gboolean
pursuit_mail_message_get_bulk (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), FALSE);
  return self->bulk;
}

void
pursuit_mail_message_set_bulk (PursuitMailMessage *self,
                               gboolean            bulk)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_boolean (G_OBJECT (self), &self->bulk, bulk,
                               properties [PROP_BULK]);
}

const char *
pursuit_mail_message_get_calendar_data (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->calendar_data;
}

void
pursuit_mail_message_set_calendar_data (PursuitMailMessage *self,
                                        const char         *calendar_data)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->calendar_data, calendar_data,
                              properties [PROP_CALENDAR_DATA]);
}

gboolean
pursuit_mail_message_get_outgoing (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), FALSE);
  return self->outgoing;
}

void
pursuit_mail_message_set_outgoing (PursuitMailMessage *self,
                                   gboolean            outgoing)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_boolean (G_OBJECT (self), &self->outgoing, outgoing,
                               properties [PROP_OUTGOING]);
}

PursuitMailCategory
pursuit_mail_message_get_category (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), 0);
  return self->category;
}

void
pursuit_mail_message_set_category (PursuitMailMessage  *self,
                                   PursuitMailCategory  category)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));
  g_return_if_fail ((guint)category < PURSUIT_MAIL_N_CATEGORIES);

  _pursuit_object_set_int (G_OBJECT (self), (int *)&self->category, category,
                           properties [PROP_CATEGORY]);
}

double
pursuit_mail_message_get_confidence (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), 0.0);
  return self->confidence;
}

void
pursuit_mail_message_set_confidence (PursuitMailMessage *self,
                                     double              confidence)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  confidence = CLAMP (confidence, 0.0, 1.0);
  _pursuit_object_set_double (G_OBJECT (self), &self->confidence, confidence,
                              properties [PROP_CONFIDENCE]);
}

const char *
pursuit_mail_message_get_classification_reason (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->classification_reason;
}

void
pursuit_mail_message_set_classification_reason (PursuitMailMessage *self,
                                                const char         *classification_reason)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->classification_reason, classification_reason,
                              properties [PROP_CLASSIFICATION_REASON]);
}

const char *
pursuit_mail_message_get_company (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->company;
}

void
pursuit_mail_message_set_company (PursuitMailMessage *self,
                                  const char         *company)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->company, company,
                              properties [PROP_COMPANY]);
}

const char *
pursuit_mail_message_get_job_title (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->job_title;
}

void
pursuit_mail_message_set_job_title (PursuitMailMessage *self,
                                    const char         *job_title)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->job_title, job_title,
                              properties [PROP_JOB_TITLE]);
}

gint64
pursuit_mail_message_get_job_id (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), 0);
  return self->job_id;
}

void
pursuit_mail_message_set_job_id (PursuitMailMessage *self,
                                 gint64              job_id)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->job_id, job_id,
                             properties [PROP_JOB_ID]);
}

const char *
pursuit_mail_message_get_match_reason (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->match_reason;
}

void
pursuit_mail_message_set_match_reason (PursuitMailMessage *self,
                                       const char         *match_reason)
{
  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->match_reason, match_reason,
                              properties [PROP_MATCH_REASON]);
}

/**
 * pursuit_mail_message_get_from_domain:
 *
 * Returns: (nullable): the sender's domain in lower case ("acme.com")
 */
const char *
pursuit_mail_message_get_from_domain (PursuitMailMessage *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);
  return self->from_domain;
}
