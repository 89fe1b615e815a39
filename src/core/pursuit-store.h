/* pursuit-store.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-account.h"
#include "pursuit-agenda-item.h"
#include "pursuit-contact.h"
#include "pursuit-document.h"
#include "pursuit-job.h"
#include "pursuit-follow-up.h"
#include "pursuit-follow-up-sequence.h"
#include "pursuit-interview.h"
#include "pursuit-note.h"
#include "pursuit-outbox-item.h"
#include "pursuit-reminder.h"
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

#define PURSUIT_STORE_SCHEMA_VERSION 8

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
guint         pursuit_store_cancel_application_follow_ups (PursuitStore *self,
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

/* Interviews, follow-ups and the calendar (pursuit-store-schedule.c,
 * pursuit-store-agenda.c).
 *
 * PursuitStore::schedule-changed (no arguments) is emitted once per
 * committed transaction that changed anything the calendar or the
 * reminders show: interviews, follow-ups, notes, reminder state, a job's
 * deadline, title or company, a removed job, a reload. */
PursuitInterview *pursuit_store_get_interview   (PursuitStore     *self,
                                                 gint64            interview_id,
                                                 GError          **error);
/* Reschedules or edits (kind, times, location, interviewer, notes,
 * reminder-minutes). A new start moves the thank-you follow-up with it and
 * re-arms the reminders; a timeline event records the change. Emits
 * interview-changed. A cancelled interview cannot be edited. */
gboolean      pursuit_store_update_interview    (PursuitStore     *self,
                                                 PursuitInterview *interview,
                                                 GError          **error);
/* Status "cancelled": its reminders never fire, its pending thank-you
 * follow-up is cancelled, a timeline event records it. Emits
 * interview-changed. The stage stays where it is. */
gboolean      pursuit_store_cancel_interview    (PursuitStore     *self,
                                                 gint64            interview_id,
                                                 GError          **error);
PursuitFollowUp *pursuit_store_get_follow_up    (PursuitStore     *self,
                                                 gint64            follow_up_id,
                                                 GError          **error);
/* "done", "sent", "skipped" or back to "pending"; sets completed-at and
 * records a timeline event. Emits follow-ups-changed. */
gboolean      pursuit_store_set_follow_up_status (PursuitStore    *self,
                                                 gint64            follow_up_id,
                                                 const char       *status,
                                                 GError          **error);
/* Moves a pending follow-up's due time (snoozing it from the job page). */
gboolean      pursuit_store_reschedule_follow_up (PursuitStore    *self,
                                                 gint64            follow_up_id,
                                                 gint64            due_at,
                                                 GError          **error);
/* Everything on the calendar that overlaps [from, to): scheduled
 * interviews, pending follow-ups, reminder notes not done, deadlines of
 * open jobs (jobs not rejected, withdrawn, ghosted or accepted). Sorted by
 * pursuit_agenda_item_compare. @time_zone places deadlines' dates (NULL =
 * local). */
GPtrArray    *pursuit_store_list_agenda         (PursuitStore     *self,
                                                 gint64            from,
                                                 gint64            to,
                                                 GTimeZone        *time_zone,
                                                 GError          **error);
GPtrArray    *pursuit_store_list_job_agenda     (PursuitStore     *self,
                                                 gint64            job_id,
                                                 GError          **error);

/* Reminders (pursuit-store-reminders.c). */
/* Reminders that have not fired for their current due time, or whose snooze
 * has run out, with fires_at <= @now, oldest first. Cancelled interviews,
 * follow-ups not pending and notes done never appear, nor reminders of an
 * interview that has started, nor any that fell due over a week before
 * @now and never fired (stale after a long absence). */
GPtrArray    *pursuit_store_list_due_reminders  (PursuitStore     *self,
                                                 gint64            now,
                                                 GError          **error);
/* The earliest fires_at after @now of a reminder not yet fired; 0 = none. */
gint64        pursuit_store_next_reminder_at    (PursuitStore     *self,
                                                 gint64            now);
/* Remembers that these fired (for their current due time), in one
 * transaction: they will not appear again unless rescheduled or snoozed. */
gboolean      pursuit_store_mark_reminders_fired (PursuitStore    *self,
                                                 GPtrArray        *reminders,
                                                 GError          **error);
/* Fires the reminder again at @until. */
gboolean      pursuit_store_snooze_reminder     (PursuitStore     *self,
                                                 PursuitReminderSource source,
                                                 gint64            source_id,
                                                 int               offset_minutes,
                                                 gint64            until,
                                                 GError          **error);
/* "Done" from a notification: a follow-up becomes done, a note done, an
 * interview's reminder is dismissed (marked fired). */
gboolean      pursuit_store_complete_reminder   (PursuitStore     *self,
                                                 PursuitReminderSource source,
                                                 gint64            source_id,
                                                 int               offset_minutes,
                                                 GError          **error);
/* The job a reminder belongs to; 0 when its item is gone. */
gint64        pursuit_store_get_reminder_job    (PursuitStore     *self,
                                                 PursuitReminderSource source,
                                                 gint64            source_id);

/* Follow-up sequences (pursuit-store-sequences.c). */
GPtrArray    *pursuit_store_list_sequences      (PursuitStore     *self);
PursuitFollowUpSequence *pursuit_store_get_sequence (PursuitStore *self,
                                                 const char       *key);
/* The active sequence for a trigger ("applied" or "interview"). */
PursuitFollowUpSequence *pursuit_store_get_active_sequence (PursuitStore *self,
                                                 const char       *trigger);
/* Adds or replaces (by key) a sequence and its steps. Steps must be 1..10,
 * days 0..365 increasing; the name non-empty. Built-ins can be edited
 * (steps, templates) but keep their key and trigger. */
gboolean      pursuit_store_save_sequence       (PursuitStore     *self,
                                                 PursuitFollowUpSequence *sequence,
                                                 GError          **error);
/* Built-ins cannot be removed; removing the active one makes the trigger's
 * built-in active again. */
gboolean      pursuit_store_remove_sequence     (PursuitStore     *self,
                                                 const char       *key,
                                                 GError          **error);
gboolean      pursuit_store_set_active_sequence (PursuitStore     *self,
                                                 const char       *trigger,
                                                 const char       *key,
                                                 GError          **error);

/* Ghosting (pursuit-store-ghosting.c): open jobs in applied, screening or
 * interviewing-like stages whose follow-ups are all done, sent or skipped,
 * with no stage change and no dismissal for @days days after the last one
 * was completed, as of @now. */
GPtrArray    *pursuit_store_list_ghosting_candidates (PursuitStore *self,
                                                 int               days,
                                                 gint64            now,
                                                 GError          **error);
/* "Not yet": records a timeline event ("ghosting_dismissed"); the job is
 * offered again @days days later. */
gboolean      pursuit_store_dismiss_ghosting    (PursuitStore     *self,
                                                 gint64            job_id,
                                                 GError          **error);

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

/* Accounts (pursuit-store-accounts.c). Adding, changing or removing one
 * emits accounts-changed. Removing one drops its calendar links and its
 * outbox items; its secrets are the caller's to clear. */
gint64        pursuit_store_add_account         (PursuitStore   *self,
                                                 PursuitAccount *account,
                                                 GError        **error);
/* Saves everything but id, kind, secret-key and created-at. */
gboolean      pursuit_store_update_account      (PursuitStore   *self,
                                                 PursuitAccount *account,
                                                 GError        **error);
gboolean      pursuit_store_remove_account      (PursuitStore   *self,
                                                 gint64          account_id,
                                                 GError        **error);
PursuitAccount *pursuit_store_get_account       (PursuitStore   *self,
                                                 gint64          account_id,
                                                 GError        **error);
/* Of PursuitAccount, oldest first. */
GPtrArray    *pursuit_store_list_accounts       (PursuitStore   *self,
                                                 GError        **error);
/* Chooses the account's calendar: forgets the sync token and the links to
 * events of the calendar chosen before (those events stay where they are)
 * and queues a push of every scheduled interview to come. */
gboolean      pursuit_store_set_account_calendar (PursuitStore  *self,
                                                 gint64          account_id,
                                                 const char     *calendar_id,
                                                 const char     *calendar_name,
                                                 GError        **error);
/* After a sync: @error_message NULL means it succeeded (last-sync-at =
 * @synced_at, last-error cleared, needs-sign-in cleared unless
 * @needs_sign_in); otherwise last-error is set and last-sync-at kept.
 * @sync_token NULL keeps the stored one; "" clears it. */
gboolean      pursuit_store_record_account_sync (PursuitStore   *self,
                                                 gint64          account_id,
                                                 const char     *sync_token,
                                                 gint64          synced_at,
                                                 const char     *error_message,
                                                 gboolean        needs_sign_in,
                                                 GError        **error);

/* Calendar links: which remote event of an account stands for which local
 * interview or follow-up (@source "interview" or "follow-up"). A link
 * outlives its source, so the delete of a removed job's events can still
 * find them. */
gboolean      pursuit_store_set_calendar_link   (PursuitStore   *self,
                                                 gint64          account_id,
                                                 const char     *source,
                                                 gint64          source_id,
                                                 const char     *remote_id,
                                                 const char     *etag,
                                                 GError        **error);
/* Returns: FALSE (no error) when there is no link. */
gboolean      pursuit_store_get_calendar_link   (PursuitStore   *self,
                                                 gint64          account_id,
                                                 const char     *source,
                                                 gint64          source_id,
                                                 char          **out_remote_id,
                                                 char          **out_etag);
/* Returns: FALSE when no local item has that remote event. */
gboolean      pursuit_store_find_calendar_link  (PursuitStore   *self,
                                                 gint64          account_id,
                                                 const char     *remote_id,
                                                 char          **out_source,
                                                 gint64         *out_source_id,
                                                 char          **out_etag);
gboolean      pursuit_store_remove_calendar_link (PursuitStore  *self,
                                                 gint64          account_id,
                                                 const char     *source,
                                                 gint64          source_id,
                                                 GError        **error);
guint         pursuit_store_count_calendar_links (PursuitStore  *self,
                                                 gint64          account_id);

/* Changes made on the calendar's side (pursuit-store-remote.c). Moving
 * updates the interview's times as pursuit_store_update_interview() does
 * (reminders re-armed, thank-you moved) and records the timeline event
 * "interview_moved_remotely" with @account_label; deleting cancels it as
 * pursuit_store_cancel_interview() does and records
 * "interview_cancelled_remotely". Neither queues a push back to
 * @account_id, only to the other accounts. */
gboolean      pursuit_store_apply_remote_interview_move   (PursuitStore *self,
                                                 gint64          interview_id,
                                                 gint64          starts_at,
                                                 int             duration_minutes,
                                                 gint64          account_id,
                                                 const char     *account_label,
                                                 GError        **error);
gboolean      pursuit_store_apply_remote_interview_delete (PursuitStore *self,
                                                 gint64          interview_id,
                                                 gint64          account_id,
                                                 const char     *account_label,
                                                 GError        **error);

/* The outbox (pursuit-store-outbox.c). Adding, changing or cancelling an
 * interview (and, for accounts with sync-follow-ups, any change of a
 * follow-up), removing a job that has linked events, and restoring one
 * queue a "calendar.push" item per enabled account with a calendar, in
 * the same transaction as the change, unless one is already pending for
 * the same account and source; adding an account queues one for every
 * scheduled interview to come. Queuing emits outbox-changed. */
gint64        pursuit_store_queue_calendar_push (PursuitStore   *self,
                                                 gint64          account_id,
                                                 const char     *source,
                                                 gint64          source_id,
                                                 GError        **error);
/* Pending items of @account_id (0: of every account) with
 * next-attempt-at <= @now, oldest first. */
GPtrArray    *pursuit_store_list_due_outbox     (PursuitStore   *self,
                                                 gint64          account_id,
                                                 gint64          now,
                                                 GError        **error);
/* Of PursuitOutboxItem: pending and failed items of @account_id. */
GPtrArray    *pursuit_store_list_outbox         (PursuitStore   *self,
                                                 gint64          account_id,
                                                 GError        **error);
/* The earliest next-attempt-at of a pending item, 0 when none. */
gint64        pursuit_store_next_outbox_attempt (PursuitStore   *self,
                                                 gint64          account_id);
guint         pursuit_store_count_pending_outbox (PursuitStore  *self,
                                                 gint64          account_id);
/* Done: the item is deleted. */
gboolean      pursuit_store_complete_outbox     (PursuitStore   *self,
                                                 gint64          item_id,
                                                 GError        **error);
/* Another attempt at @retry_at (attempts + 1, last-error set); @retry_at
 * 0 gives up: state "failed". */
gboolean      pursuit_store_fail_outbox         (PursuitStore   *self,
                                                 gint64          item_id,
                                                 const char     *error_message,
                                                 gint64          retry_at,
                                                 GError        **error);
/* "Retry now" for everything of @account_id: failed items back to pending,
 * every next-attempt-at to now. */
gboolean      pursuit_store_retry_outbox        (PursuitStore   *self,
                                                 gint64          account_id,
                                                 GError        **error);

/* Batches: several writes in one transaction, one rollback on failure. */
gboolean      pursuit_store_begin               (PursuitStore  *self,
                                                 GError       **error);
gboolean      pursuit_store_commit              (PursuitStore  *self,
                                                 GError       **error);
void          pursuit_store_rollback            (PursuitStore  *self);

G_END_DECLS
