/* pursuit-store.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-contact.h"
#include "pursuit-document.h"
#include "pursuit-job.h"
#include "pursuit-follow-up.h"
#include "pursuit-interview.h"
#include "pursuit-note.h"
#include "pursuit-stage.h"
#include "pursuit-timeline-event.h"

G_BEGIN_DECLS

/**
 * PursuitStoreError:
 * @PURSUIT_STORE_ERROR_INVALID: the input failed validation (empty title,
 *   unknown stage, salary minimum above maximum, malformed date, ...)
 * @PURSUIT_STORE_ERROR_NOT_FOUND: no row has that id
 * @PURSUIT_STORE_ERROR_TRANSITION: the pipeline does not allow that stage change
 * @PURSUIT_STORE_ERROR_DATABASE: SQLite failed (disk full, corrupt file, ...)
 * @PURSUIT_STORE_ERROR_VERSION: the database was written by a newer Pursuit
 */
typedef enum
{
  PURSUIT_STORE_ERROR_INVALID,
  PURSUIT_STORE_ERROR_NOT_FOUND,
  PURSUIT_STORE_ERROR_TRANSITION,
  PURSUIT_STORE_ERROR_DATABASE,
  PURSUIT_STORE_ERROR_VERSION,
} PursuitStoreError;

#define PURSUIT_STORE_ERROR (pursuit_store_error_quark ())
GQuark pursuit_store_error_quark (void);

#define PURSUIT_STORE_SCHEMA_VERSION 3

/* From this many job, note, contact, document or follow-up signals, a
 * transaction announces itself with one PursuitStore::reloaded instead. */
#define PURSUIT_STORE_COLLAPSE_SIGNALS 200

#define PURSUIT_TYPE_STORE (pursuit_store_get_type ())

G_DECLARE_FINAL_TYPE (PursuitStore, pursuit_store, PURSUIT, STORE, GObject)

PursuitStore *pursuit_store_new                 (const char    *path,
                                                 GError       **error);
char         *pursuit_store_default_data_dir    (void);
PursuitStore *pursuit_store_open_default        (const char    *data_dir,
                                                 GError       **error);
const char   *pursuit_store_get_path            (PursuitStore  *self);
int           pursuit_store_get_schema_version  (PursuitStore  *self);

/* Jobs */
gint64        pursuit_store_add_job             (PursuitStore  *self,
                                                 PursuitJob    *job,
                                                 GError       **error);
gboolean      pursuit_store_update_job          (PursuitStore  *self,
                                                 PursuitJob    *job,
                                                 GError       **error);
gboolean      pursuit_store_remove_job          (PursuitStore  *self,
                                                 gint64         job_id,
                                                 GError       **error);
PursuitJob   *pursuit_store_get_job             (PursuitStore  *self,
                                                 gint64         job_id,
                                                 GError       **error);
GPtrArray    *pursuit_store_list_jobs           (PursuitStore  *self,
                                                 const char    *stage,
                                                 GError       **error);
GPtrArray    *pursuit_store_search_jobs         (PursuitStore  *self,
                                                 const char    *query,
                                                 GError       **error);
GHashTable   *pursuit_store_search_ids          (PursuitStore  *self,
                                                 const char    *query,
                                                 GError       **error);
gboolean      pursuit_store_job_matches         (PursuitStore  *self,
                                                 gint64         job_id,
                                                 const char    *query);
gint64        pursuit_store_find_duplicate      (PursuitStore  *self,
                                                 PursuitJob    *job);
gboolean      pursuit_store_move_job            (PursuitStore  *self,
                                                 gint64         job_id,
                                                 const char    *stage,
                                                 const char    *reason,
                                                 GError       **error);
gboolean      pursuit_store_undo_move           (PursuitStore  *self,
                                                 gint64         job_id,
                                                 const char    *previous_stage,
                                                 GError       **error);

/* Tags and sources */
gboolean      pursuit_store_tag_jobs            (PursuitStore  *self,
                                                 const gint64  *ids,
                                                 guint          n_ids,
                                                 const char    *tag,
                                                 GError       **error);
gboolean      pursuit_store_untag_jobs          (PursuitStore  *self,
                                                 const gint64  *ids,
                                                 guint          n_ids,
                                                 const char    *tag,
                                                 GError       **error);
char        **pursuit_store_list_tags           (PursuitStore  *self);
char        **pursuit_store_list_sources        (PursuitStore  *self);

/* Stages (columns) */
GPtrArray    *pursuit_store_list_stages         (PursuitStore  *self);
PursuitStage *pursuit_store_get_stage           (PursuitStore  *self,
                                                 const char    *key);
gboolean      pursuit_store_update_stage        (PursuitStore  *self,
                                                 const char    *key,
                                                 const char    *label,
                                                 const char    *color,
                                                 GError       **error);
gboolean      pursuit_store_reorder_stages      (PursuitStore  *self,
                                                 const char * const *keys,
                                                 GError       **error);

/* Notes, timeline, interviews, follow-ups, contacts, documents */
gint64        pursuit_store_add_note            (PursuitStore  *self,
                                                 PursuitNote   *note,
                                                 GError       **error);
gboolean      pursuit_store_set_note_done       (PursuitStore  *self,
                                                 gint64         note_id,
                                                 gboolean       done,
                                                 GError       **error);
GPtrArray    *pursuit_store_list_notes          (PursuitStore  *self,
                                                 gint64         job_id);
gboolean      pursuit_store_update_note         (PursuitStore  *self,
                                                 PursuitNote   *note,
                                                 GError       **error);
gboolean      pursuit_store_remove_note         (PursuitStore  *self,
                                                 gint64         note_id,
                                                 GError       **error);
GPtrArray    *pursuit_store_list_events         (PursuitStore  *self,
                                                 gint64         job_id);
gint64        pursuit_store_add_interview       (PursuitStore  *self,
                                                 PursuitInterview *interview,
                                                 GError       **error);
GPtrArray    *pursuit_store_list_interviews     (PursuitStore  *self,
                                                 gint64         job_id);
gint64        pursuit_store_add_follow_up       (PursuitStore  *self,
                                                 PursuitFollowUp *follow_up,
                                                 GError       **error);
GPtrArray    *pursuit_store_list_follow_ups     (PursuitStore  *self,
                                                 gint64         job_id);
guint         pursuit_store_cancel_follow_ups   (PursuitStore  *self,
                                                 gint64         job_id,
                                                 GError       **error);
gint64        pursuit_store_add_contact         (PursuitStore  *self,
                                                 gint64         job_id,
                                                 const char    *name,
                                                 const char    *role,
                                                 const char    *email,
                                                 GError       **error);
gint64        pursuit_store_add_contact_full    (PursuitStore  *self,
                                                 PursuitContact *contact,
                                                 GError       **error);
gboolean      pursuit_store_update_contact      (PursuitStore  *self,
                                                 PursuitContact *contact,
                                                 GError       **error);
gboolean      pursuit_store_remove_contact      (PursuitStore  *self,
                                                 gint64         contact_id,
                                                 GError       **error);
GPtrArray    *pursuit_store_list_contacts       (PursuitStore  *self,
                                                 gint64         job_id);
gint64        pursuit_store_add_document        (PursuitStore  *self,
                                                 gint64         job_id,
                                                 const char    *kind,
                                                 const char    *title,
                                                 const char    *path,
                                                 GError       **error);
gboolean      pursuit_store_remove_document     (PursuitStore  *self,
                                                 gint64         document_id,
                                                 GError       **error);
GPtrArray    *pursuit_store_list_documents      (PursuitStore  *self,
                                                 gint64         job_id);

/* Outbox and TTL cache */
gint64        pursuit_store_enqueue_outbox      (PursuitStore  *self,
                                                 const char    *kind,
                                                 const char    *payload,
                                                 GError       **error);
gboolean      pursuit_store_cache_set           (PursuitStore  *self,
                                                 const char    *namespace_,
                                                 const char    *key,
                                                 const char    *value,
                                                 GTimeSpan      ttl,
                                                 GError       **error);
char         *pursuit_store_cache_get           (PursuitStore  *self,
                                                 const char    *namespace_,
                                                 const char    *key);

/* Batches: several writes in one transaction, one rollback on failure. */
gboolean      pursuit_store_begin               (PursuitStore  *self,
                                                 GError       **error);
gboolean      pursuit_store_commit              (PursuitStore  *self,
                                                 GError       **error);
void          pursuit_store_rollback            (PursuitStore  *self);

G_END_DECLS
