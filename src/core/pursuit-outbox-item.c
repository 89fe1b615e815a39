/* pursuit-outbox-item.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-outbox-item"

#include "pursuit-outbox-item.h"

struct _PursuitOutboxItem
{
  GObject parent_instance;

  gint64 id;
  char *kind;
  gint64 account_id;
  char *source;
  gint64 source_id;
  char *payload;
  char *state;
  int attempts;
  gint64 next_attempt_at;
  char *last_error;
  gint64 created_at;
};

G_DEFINE_FINAL_TYPE (PursuitOutboxItem, pursuit_outbox_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_ACCOUNT_ID,
  PROP_SOURCE,
  PROP_SOURCE_ID,
  PROP_PAYLOAD,
  PROP_STATE,
  PROP_ATTEMPTS,
  PROP_NEXT_ATTEMPT_AT,
  PROP_LAST_ERROR,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pursuit_outbox_item_finalize (GObject *object)
{
  PursuitOutboxItem *self = (PursuitOutboxItem *)object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->payload, g_free);
  g_clear_pointer (&self->state, g_free);
  g_clear_pointer (&self->last_error, g_free);

  G_OBJECT_CLASS (pursuit_outbox_item_parent_class)->finalize (object);
}

static void
pursuit_outbox_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PursuitOutboxItem *self = PURSUIT_OUTBOX_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_ACCOUNT_ID:
      g_value_set_int64 (value, self->account_id);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_SOURCE_ID:
      g_value_set_int64 (value, self->source_id);
      break;
    case PROP_PAYLOAD:
      g_value_set_string (value, self->payload);
      break;
    case PROP_STATE:
      g_value_set_string (value, self->state);
      break;
    case PROP_ATTEMPTS:
      g_value_set_int (value, self->attempts);
      break;
    case PROP_NEXT_ATTEMPT_AT:
      g_value_set_int64 (value, self->next_attempt_at);
      break;
    case PROP_LAST_ERROR:
      g_value_set_string (value, self->last_error);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_outbox_item_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PursuitOutboxItem *self = PURSUIT_OUTBOX_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_outbox_item_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      pursuit_outbox_item_set_kind (self, g_value_get_string (value));
      break;
    case PROP_ACCOUNT_ID:
      pursuit_outbox_item_set_account_id (self, g_value_get_int64 (value));
      break;
    case PROP_SOURCE:
      pursuit_outbox_item_set_source (self, g_value_get_string (value));
      break;
    case PROP_SOURCE_ID:
      pursuit_outbox_item_set_source_id (self, g_value_get_int64 (value));
      break;
    case PROP_PAYLOAD:
      pursuit_outbox_item_set_payload (self, g_value_get_string (value));
      break;
    case PROP_STATE:
      pursuit_outbox_item_set_state (self, g_value_get_string (value));
      break;
    case PROP_ATTEMPTS:
      pursuit_outbox_item_set_attempts (self, g_value_get_int (value));
      break;
    case PROP_NEXT_ATTEMPT_AT:
      pursuit_outbox_item_set_next_attempt_at (self, g_value_get_int64 (value));
      break;
    case PROP_LAST_ERROR:
      pursuit_outbox_item_set_last_error (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      pursuit_outbox_item_set_created_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_outbox_item_class_init (PursuitOutboxItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_outbox_item_finalize;
  object_class->get_property = pursuit_outbox_item_get_property;
  object_class->set_property = pursuit_outbox_item_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties [PROP_ACCOUNT_ID] =
    g_param_spec_int64 ("account-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, flags);
  properties [PROP_SOURCE_ID] =
    g_param_spec_int64 ("source-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties [PROP_PAYLOAD] =
    g_param_spec_string ("payload", NULL, NULL, "{}", flags);
  properties [PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL, "pending", flags);
  properties [PROP_ATTEMPTS] =
    g_param_spec_int ("attempts", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_NEXT_ATTEMPT_AT] =
    g_param_spec_int64 ("next-attempt-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_LAST_ERROR] =
    g_param_spec_string ("last-error", NULL, NULL, NULL, flags);
  properties [PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_outbox_item_init (PursuitOutboxItem *self)
{
  self->payload = g_strdup ("{}");
  self->state = g_strdup ("pending");
}

PursuitOutboxItem *
pursuit_outbox_item_new (void)
{
  return g_object_new (PURSUIT_TYPE_OUTBOX_ITEM, NULL);
}

gint64
pursuit_outbox_item_get_id (PursuitOutboxItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_OUTBOX_ITEM (self), 0);
  return self->id;
}

void
pursuit_outbox_item_set_id (PursuitOutboxItem *self,
                            gint64             id)
{
  g_return_if_fail (PURSUIT_IS_OUTBOX_ITEM (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

const char *
pursuit_outbox_item_get_kind (PursuitOutboxItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_OUTBOX_ITEM (self), NULL);
  return self->kind;
}

void
pursuit_outbox_item_set_kind (PursuitOutboxItem *self,
                              const char        *kind)
{
  g_return_if_fail (PURSUIT_IS_OUTBOX_ITEM (self));

  if (g_strcmp0 (self->kind, kind) == 0)
    return;

  g_free (self->kind);
  self->kind = g_strdup (kind);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

gint64
pursuit_outbox_item_get_account_id (PursuitOutboxItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_OUTBOX_ITEM (self), 0);
  return self->account_id;
}

void
pursuit_outbox_item_set_account_id (PursuitOutboxItem *self,
                                    gint64             account_id)
{
  g_return_if_fail (PURSUIT_IS_OUTBOX_ITEM (self));

  if (self->account_id == account_id)
    return;

  self->account_id = account_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACCOUNT_ID]);
}

const char *
pursuit_outbox_item_get_source (PursuitOutboxItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_OUTBOX_ITEM (self), NULL);
  return self->source;
}

void
pursuit_outbox_item_set_source (PursuitOutboxItem *self,
                                const char        *source)
{
  g_return_if_fail (PURSUIT_IS_OUTBOX_ITEM (self));

  if (g_strcmp0 (self->source, source) == 0)
    return;

  g_free (self->source);
  self->source = g_strdup (source);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SOURCE]);
}

gint64
pursuit_outbox_item_get_source_id (PursuitOutboxItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_OUTBOX_ITEM (self), 0);
  return self->source_id;
}

void
pursuit_outbox_item_set_source_id (PursuitOutboxItem *self,
                                   gint64             source_id)
{
  g_return_if_fail (PURSUIT_IS_OUTBOX_ITEM (self));

  if (self->source_id == source_id)
    return;

  self->source_id = source_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SOURCE_ID]);
}

const char *
pursuit_outbox_item_get_payload (PursuitOutboxItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_OUTBOX_ITEM (self), NULL);
  return self->payload;
}

void
pursuit_outbox_item_set_payload (PursuitOutboxItem *self,
                                 const char        *payload)
{
  g_return_if_fail (PURSUIT_IS_OUTBOX_ITEM (self));

  if (g_strcmp0 (self->payload, payload) == 0)
    return;

  g_free (self->payload);
  self->payload = g_strdup (payload);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PAYLOAD]);
}

const char *
pursuit_outbox_item_get_state (PursuitOutboxItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_OUTBOX_ITEM (self), NULL);
  return self->state;
}

void
pursuit_outbox_item_set_state (PursuitOutboxItem *self,
                               const char        *state)
{
  g_return_if_fail (PURSUIT_IS_OUTBOX_ITEM (self));

  if (g_strcmp0 (self->state, state) == 0)
    return;

  g_free (self->state);
  self->state = g_strdup (state);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATE]);
}

int
pursuit_outbox_item_get_attempts (PursuitOutboxItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_OUTBOX_ITEM (self), 0);
  return self->attempts;
}

void
pursuit_outbox_item_set_attempts (PursuitOutboxItem *self,
                                  int                attempts)
{
  g_return_if_fail (PURSUIT_IS_OUTBOX_ITEM (self));

  if (self->attempts == attempts)
    return;

  self->attempts = attempts;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ATTEMPTS]);
}

gint64
pursuit_outbox_item_get_next_attempt_at (PursuitOutboxItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_OUTBOX_ITEM (self), 0);
  return self->next_attempt_at;
}

void
pursuit_outbox_item_set_next_attempt_at (PursuitOutboxItem *self,
                                         gint64             next_attempt_at)
{
  g_return_if_fail (PURSUIT_IS_OUTBOX_ITEM (self));

  if (self->next_attempt_at == next_attempt_at)
    return;

  self->next_attempt_at = next_attempt_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NEXT_ATTEMPT_AT]);
}

const char *
pursuit_outbox_item_get_last_error (PursuitOutboxItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_OUTBOX_ITEM (self), NULL);
  return self->last_error;
}

void
pursuit_outbox_item_set_last_error (PursuitOutboxItem *self,
                                    const char        *last_error)
{
  g_return_if_fail (PURSUIT_IS_OUTBOX_ITEM (self));

  if (g_strcmp0 (self->last_error, last_error) == 0)
    return;

  g_free (self->last_error);
  self->last_error = g_strdup (last_error);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LAST_ERROR]);
}

gint64
pursuit_outbox_item_get_created_at (PursuitOutboxItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_OUTBOX_ITEM (self), 0);
  return self->created_at;
}

void
pursuit_outbox_item_set_created_at (PursuitOutboxItem *self,
                                    gint64             created_at)
{
  g_return_if_fail (PURSUIT_IS_OUTBOX_ITEM (self));

  if (self->created_at == created_at)
    return;

  self->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED_AT]);
}
