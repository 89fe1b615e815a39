/* pursuit-sync-report.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  PURSUIT_SYNC_CREATED,         /* events created on the server */
  PURSUIT_SYNC_UPDATED,         /* events updated on the server */
  PURSUIT_SYNC_DELETED,         /* events deleted on the server */
  PURSUIT_SYNC_MOVED_LOCALLY,   /* interviews moved after a change on the server */
  PURSUIT_SYNC_CANCELLED_LOCALLY, /* interviews cancelled after a deletion on the server */
  PURSUIT_SYNC_MAIL_FETCHED,    /* Gmail messages read */
  PURSUIT_SYNC_MAIL_JOB_RELATED, /* of those, classified other than "other" */
  PURSUIT_SYNC_MAIL_SUGGESTED,  /* suggestions made */
  PURSUIT_SYNC_MAIL_APPLIED,    /* suggestions applied automatically */
  PURSUIT_SYNC_MAIL_SENT,       /* follow-ups sent through Gmail */
  PURSUIT_SYNC_MAIL_DRAFTED,    /* drafts saved in Gmail */
  PURSUIT_SYNC_N_COUNTS,
} PursuitSyncCount;

#define PURSUIT_TYPE_SYNC_REPORT (pursuit_sync_report_get_type ())

/* What one sync did, per account: what `pursuit-cli sync` prints. */
G_DECLARE_FINAL_TYPE (PursuitSyncReport, pursuit_sync_report, PURSUIT, SYNC_REPORT, GObject)

PursuitSyncReport *pursuit_sync_report_new            (void);
void               pursuit_sync_report_add_account    (PursuitSyncReport *self,
                                                       gint64             account_id,
                                                       const char        *label);
void               pursuit_sync_report_count          (PursuitSyncReport *self,
                                                       gint64             account_id,
                                                       PursuitSyncCount   what);
/* The account's error in plain words; one per account, the last wins. */
void               pursuit_sync_report_set_error      (PursuitSyncReport *self,
                                                       gint64             account_id,
                                                       const char        *message);
void               pursuit_sync_report_set_pending    (PursuitSyncReport *self,
                                                       gint64             account_id,
                                                       guint              pending);
void               pursuit_sync_report_set_requests   (PursuitSyncReport *self,
                                                       guint64            requests);
guint              pursuit_sync_report_get_count      (PursuitSyncReport *self,
                                                       gint64             account_id,
                                                       PursuitSyncCount   what);
/* Sum over the accounts (@account_id 0). */
guint              pursuit_sync_report_get_total      (PursuitSyncReport *self,
                                                       PursuitSyncCount   what);
guint64            pursuit_sync_report_get_requests   (PursuitSyncReport *self);
guint              pursuit_sync_report_get_n_errors   (PursuitSyncReport *self);
/* {"requests": N, "errors": N, "accounts": [{"id", "label", "created",
 * "updated", "deleted", "moved_locally", "cancelled_locally", "pending",
 * "error"}]} */
JsonNode          *pursuit_sync_report_to_json        (PursuitSyncReport *self);
/* One translated line per account ("ann@example.com: 2 created, 1 updated,
 * 0 deleted, 1 moved here, 0 cancelled here, 0 pending") and one with the
 * requests. */
char              *pursuit_sync_report_to_text        (PursuitSyncReport *self);

G_END_DECLS
