/* pursuit-sync-report.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-sync-report"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-sync-report.h"

typedef struct
{
  gint64  id;
  char   *label;
  guint   counts[PURSUIT_SYNC_N_COUNTS];
  guint   pending;
  char   *error;
} AccountReport;

struct _PursuitSyncReport
{
  GObject  parent_instance;

  GArray  *accounts;            /* of AccountReport, in the order added */
  guint64  requests;
};

G_DEFINE_FINAL_TYPE (PursuitSyncReport, pursuit_sync_report, G_TYPE_OBJECT)

/* The JSON names of PursuitSyncCount. */
static const char * const count_names[] = {
  "created",
  "updated",
  "deleted",
  "moved_locally",
  "cancelled_locally",
  "mail_fetched",
  "mail_job_related",
  "mail_suggested",
  "mail_applied",
  "mail_sent",
  "mail_drafted",
};
G_STATIC_ASSERT (G_N_ELEMENTS (count_names) == PURSUIT_SYNC_N_COUNTS);

static void
account_report_clear (gpointer data)
{
  AccountReport *account = data;

  g_clear_pointer (&account->label, g_free);
  g_clear_pointer (&account->error, g_free);
}

static AccountReport *
find_account (PursuitSyncReport *self,
              gint64             account_id)
{
  for (guint i = 0; i < self->accounts->len; i++)
    {
      AccountReport *account = &g_array_index (self->accounts, AccountReport, i);

      if (account->id == account_id)
        return account;
    }
  return NULL;
}

/* Reports about an account nobody added get one with no label. */
static AccountReport *
ensure_account (PursuitSyncReport *self,
                gint64             account_id)
{
  AccountReport *account = find_account (self, account_id);
  AccountReport fresh = { account_id, NULL, { 0 }, 0, NULL };

  if (account != NULL)
    return account;
  g_array_append_val (self->accounts, fresh);
  return &g_array_index (self->accounts, AccountReport, self->accounts->len - 1);
}

static void
pursuit_sync_report_finalize (GObject *object)
{
  PursuitSyncReport *self = PURSUIT_SYNC_REPORT (object);

  g_clear_pointer (&self->accounts, g_array_unref);

  G_OBJECT_CLASS (pursuit_sync_report_parent_class)->finalize (object);
}

static void
pursuit_sync_report_class_init (PursuitSyncReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_sync_report_finalize;
}

static void
pursuit_sync_report_init (PursuitSyncReport *self)
{
  self->accounts = g_array_new (FALSE, TRUE, sizeof (AccountReport));
  g_array_set_clear_func (self->accounts, account_report_clear);
}

PursuitSyncReport *
pursuit_sync_report_new (void)
{
  return g_object_new (PURSUIT_TYPE_SYNC_REPORT, NULL);
}

void
pursuit_sync_report_add_account (PursuitSyncReport *self,
                                 gint64             account_id,
                                 const char        *label)
{
  AccountReport *account;

  g_return_if_fail (PURSUIT_IS_SYNC_REPORT (self));

  account = ensure_account (self, account_id);
  if (label != NULL && g_strcmp0 (account->label, label) != 0)
    {
      g_free (account->label);
      account->label = g_strdup (label);
    }
}

void
pursuit_sync_report_count (PursuitSyncReport *self,
                           gint64             account_id,
                           PursuitSyncCount   what)
{
  g_return_if_fail (PURSUIT_IS_SYNC_REPORT (self));
  g_return_if_fail (what < PURSUIT_SYNC_N_COUNTS);

  ensure_account (self, account_id)->counts[what]++;
}

void
pursuit_sync_report_set_error (PursuitSyncReport *self,
                               gint64             account_id,
                               const char        *message)
{
  AccountReport *account;

  g_return_if_fail (PURSUIT_IS_SYNC_REPORT (self));

  account = ensure_account (self, account_id);
  g_free (account->error);
  account->error = g_strdup (message);
}

void
pursuit_sync_report_set_pending (PursuitSyncReport *self,
                                 gint64             account_id,
                                 guint              pending)
{
  g_return_if_fail (PURSUIT_IS_SYNC_REPORT (self));

  ensure_account (self, account_id)->pending = pending;
}

void
pursuit_sync_report_set_requests (PursuitSyncReport *self,
                                  guint64            requests)
{
  g_return_if_fail (PURSUIT_IS_SYNC_REPORT (self));

  self->requests = requests;
}

guint
pursuit_sync_report_get_count (PursuitSyncReport *self,
                               gint64             account_id,
                               PursuitSyncCount   what)
{
  AccountReport *account;

  g_return_val_if_fail (PURSUIT_IS_SYNC_REPORT (self), 0);
  g_return_val_if_fail (what < PURSUIT_SYNC_N_COUNTS, 0);

  if (account_id == 0)
    return pursuit_sync_report_get_total (self, what);
  account = find_account (self, account_id);
  return account != NULL ? account->counts[what] : 0;
}

guint
pursuit_sync_report_get_total (PursuitSyncReport *self,
                               PursuitSyncCount   what)
{
  guint total = 0;

  g_return_val_if_fail (PURSUIT_IS_SYNC_REPORT (self), 0);
  g_return_val_if_fail (what < PURSUIT_SYNC_N_COUNTS, 0);

  for (guint i = 0; i < self->accounts->len; i++)
    total += g_array_index (self->accounts, AccountReport, i).counts[what];
  return total;
}

guint64
pursuit_sync_report_get_requests (PursuitSyncReport *self)
{
  g_return_val_if_fail (PURSUIT_IS_SYNC_REPORT (self), 0);

  return self->requests;
}

guint
pursuit_sync_report_get_n_errors (PursuitSyncReport *self)
{
  guint n = 0;

  g_return_val_if_fail (PURSUIT_IS_SYNC_REPORT (self), 0);

  for (guint i = 0; i < self->accounts->len; i++)
    if (g_array_index (self->accounts, AccountReport, i).error != NULL)
      n++;
  return n;
}

JsonNode *
pursuit_sync_report_to_json (PursuitSyncReport *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (PURSUIT_IS_SYNC_REPORT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "requests");
  json_builder_add_int_value (builder, (gint64) self->requests);
  json_builder_set_member_name (builder, "errors");
  json_builder_add_int_value (builder, pursuit_sync_report_get_n_errors (self));
  json_builder_set_member_name (builder, "accounts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->accounts->len; i++)
    {
      AccountReport *account = &g_array_index (self->accounts, AccountReport, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, account->id);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, account->label != NULL ? account->label : "");
      for (guint c = 0; c < PURSUIT_SYNC_N_COUNTS; c++)
        {
          json_builder_set_member_name (builder, count_names[c]);
          json_builder_add_int_value (builder, account->counts[c]);
        }
      json_builder_set_member_name (builder, "pending");
      json_builder_add_int_value (builder, account->pending);
      json_builder_set_member_name (builder, "error");
      if (account->error != NULL)
        json_builder_add_string_value (builder, account->error);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static gboolean
has_mail_counts (AccountReport *account)
{
  for (guint c = PURSUIT_SYNC_MAIL_FETCHED; c <= PURSUIT_SYNC_MAIL_DRAFTED; c++)
    if (account->counts[c] > 0)
      return TRUE;
  return FALSE;
}

char *
pursuit_sync_report_to_text (PursuitSyncReport *self)
{
  GString *text;
  guint requests;

  g_return_val_if_fail (PURSUIT_IS_SYNC_REPORT (self), NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < self->accounts->len; i++)
    {
      AccountReport *account = &g_array_index (self->accounts, AccountReport, i);
      const char *label = account->label != NULL ? account->label : "?";

      /* Translators: one line of `pursuit-cli sync`; the first %s is the
       * account (an address), the numbers count events and interviews. */
      g_string_append_printf (text, _("%s: %u created, %u updated, %u deleted, "
                                      "%u moved here, %u cancelled here, %u pending"),
                              label,
                              account->counts[PURSUIT_SYNC_CREATED],
                              account->counts[PURSUIT_SYNC_UPDATED],
                              account->counts[PURSUIT_SYNC_DELETED],
                              account->counts[PURSUIT_SYNC_MOVED_LOCALLY],
                              account->counts[PURSUIT_SYNC_CANCELLED_LOCALLY],
                              account->pending);
      g_string_append_c (text, '\n');
      if (has_mail_counts (account))
        {
          /* Translators: the Gmail line of `pursuit-cli sync`, under the
           * account's line; the numbers count messages and suggestions. */
          g_string_append_printf (text, _("  Gmail: %u read, %u about applications, %u suggestions, "
                                          "%u applied, %u sent, %u drafts"),
                                  account->counts[PURSUIT_SYNC_MAIL_FETCHED],
                                  account->counts[PURSUIT_SYNC_MAIL_JOB_RELATED],
                                  account->counts[PURSUIT_SYNC_MAIL_SUGGESTED],
                                  account->counts[PURSUIT_SYNC_MAIL_APPLIED],
                                  account->counts[PURSUIT_SYNC_MAIL_SENT],
                                  account->counts[PURSUIT_SYNC_MAIL_DRAFTED]);
          g_string_append_c (text, '\n');
        }
      if (account->error != NULL)
        {
          /* Translators: %s is an error message in plain words. */
          g_string_append_printf (text, _("  Error: %s"), account->error);
          g_string_append_c (text, '\n');
        }
    }
  if (self->accounts->len == 0)
    {
      g_string_append (text, _("No accounts to sync."));
      g_string_append_c (text, '\n');
    }
  requests = (guint) MIN (self->requests, G_MAXUINT);
  g_string_append_printf (text, ngettext ("%u request made", "%u requests made", requests),
                          requests);
  g_string_append_c (text, '\n');

  return g_string_free (text, FALSE);
}
