/* pursuit-mail-message-text.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitMailMessage written out: the category as a stable string and as
 * a label, the message's address in Gmail on the web, and what was found
 * about it as JSON. */

#define G_LOG_DOMAIN "pursuit-mail"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-json-private.h"
#include "pursuit-string-table-private.h"
#include "pursuit-mail-message.h"

static const char * const category_strings[] = {
  "other",
  "confirmation",
  "rejection",
  "interview",
  "assessment",
  "offer",
};

G_STATIC_ASSERT (G_N_ELEMENTS (category_strings) == PURSUIT_MAIL_N_CATEGORIES);

const char *
pursuit_mail_category_to_string (PursuitMailCategory category)
{
  return _pursuit_string_table_get (category_strings, G_N_ELEMENTS (category_strings), category, PURSUIT_MAIL_OTHER);
}

PursuitMailCategory
pursuit_mail_category_from_string (const char *string)
{
  return _pursuit_string_table_find (category_strings, G_N_ELEMENTS (category_strings), string, PURSUIT_MAIL_OTHER);
}

const char *
pursuit_mail_category_get_label (PursuitMailCategory category)
{
  switch (category)
    {
    case PURSUIT_MAIL_CONFIRMATION:
      return _("Application received");
    case PURSUIT_MAIL_REJECTION:
      return _("Rejection");
    case PURSUIT_MAIL_INTERVIEW:
      return _("Interview invitation");
    case PURSUIT_MAIL_ASSESSMENT:
      return _("Assessment");
    case PURSUIT_MAIL_OFFER:
      return _("Offer");
    case PURSUIT_MAIL_OTHER:
    case PURSUIT_MAIL_N_CATEGORIES:
    default:
      return _("Other");
    }
}

/**
 * pursuit_mail_web_url:
 * @email: (nullable): the account's address
 * @thread_id: (nullable): Gmail's thread id
 *
 * Returns: (transfer full) (nullable): the thread in Gmail on the web,
 *   %NULL when either is %NULL or empty
 */
char *
pursuit_mail_web_url (const char *email,
                      const char *thread_id)
{
  g_autofree char *escaped_email = NULL;
  g_autofree char *escaped_thread = NULL;

  if (email == NULL || email[0] == '\0' || thread_id == NULL || thread_id[0] == '\0')
    return NULL;

  escaped_email = g_uri_escape_string (email, NULL, FALSE);
  escaped_thread = g_uri_escape_string (thread_id, NULL, FALSE);

  return g_strdup_printf ("https://mail.google.com/mail/u/?authuser=%s#all/%s",
                          escaped_email, escaped_thread);
}

/**
 * pursuit_mail_message_to_json:
 *
 * Returns: (transfer full): what was found about the message, for
 *   `pursuit-cli classify-email --json`
 */
JsonNode *
pursuit_mail_message_to_json (PursuitMailMessage *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *from = NULL;
  g_autofree char *received = NULL;
  const char *name;
  const char *address;
  gint64 received_at;

  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (self), NULL);

  name = pursuit_mail_message_get_from_name (self);
  address = pursuit_mail_message_get_from_address (self);
  if (name != NULL && name[0] != '\0' && address != NULL)
    from = g_strdup_printf ("%s <%s>", name, address);
  else
    from = g_strdup (address != NULL ? address : name);

  received_at = pursuit_mail_message_get_received_at (self);
  if (received_at > 0)
    {
      g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (received_at);

      if (date != NULL)
        received = g_date_time_format_iso8601 (date);
    }

  json_builder_begin_object (builder);
  _pursuit_json_add_string_or_null (builder, "category", pursuit_mail_category_to_string (pursuit_mail_message_get_category (self)));
  json_builder_set_member_name (builder, "confidence");
  json_builder_add_double_value (builder, pursuit_mail_message_get_confidence (self));
  _pursuit_json_add_string_or_null (builder, "reason", pursuit_mail_message_get_classification_reason (self));
  _pursuit_json_add_string_or_null (builder, "company", pursuit_mail_message_get_company (self));
  _pursuit_json_add_string_or_null (builder, "job_title", pursuit_mail_message_get_job_title (self));
  _pursuit_json_add_id_or_null (builder, "matched_job_id", pursuit_mail_message_get_job_id (self));
  _pursuit_json_add_string_or_null (builder, "match_reason", pursuit_mail_message_get_match_reason (self));
  _pursuit_json_add_string_or_null (builder, "subject", pursuit_mail_message_get_subject (self));
  _pursuit_json_add_string_or_null (builder, "from", from);
  _pursuit_json_add_string_or_null (builder, "received_at", received);
  _pursuit_json_add_string_or_null (builder, "message_id", pursuit_mail_message_get_message_id (self));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
