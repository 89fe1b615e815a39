/* pursuit-timeline-event-title.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-timeline-event"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-timeline-event-title.h"

static char *
stage_label (PursuitStore *store,
             const char   *key)
{
  g_autoptr(PursuitStage) stage = NULL;

  if (key == NULL)
    return g_strdup (_("Unknown stage"));

  stage = pursuit_store_get_stage (store, key);
  if (stage != NULL && pursuit_stage_get_label (stage) != NULL)
    return g_strdup (pursuit_stage_get_label (stage));

  return g_strdup (key);
}

char *
pursuit_timeline_event_dup_title (PursuitTimelineEvent *event,
                                  PursuitStore         *store)
{
  const char *kind;

  g_return_val_if_fail (PURSUIT_IS_TIMELINE_EVENT (event), NULL);
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  kind = pursuit_timeline_event_get_kind (event);

  if (g_strcmp0 (kind, "created") == 0)
    {
      g_autofree char *to = stage_label (store, pursuit_timeline_event_get_to_stage (event));
      return g_strdup_printf (_("Created in %s"), to);
    }
  if (g_strcmp0 (kind, "stage-changed") == 0)
    {
      g_autofree char *from = stage_label (store, pursuit_timeline_event_get_from_stage (event));
      g_autofree char *to = stage_label (store, pursuit_timeline_event_get_to_stage (event));
      return g_strdup_printf (_("Moved from %s to %s"), from, to);
    }
  if (g_strcmp0 (kind, "updated") == 0)
    return g_strdup (_("Edited"));
  if (g_strcmp0 (kind, "note") == 0)
    return g_strdup (_("Note added"));
  if (g_strcmp0 (kind, "interview") == 0)
    return g_strdup (_("Interview scheduled"));
  if (g_strcmp0 (kind, "interview-rescheduled") == 0)
    return g_strdup (_("Interview rescheduled"));
  if (g_strcmp0 (kind, "interview-updated") == 0)
    return g_strdup (_("Interview edited"));
  if (g_strcmp0 (kind, "interview-cancelled") == 0)
    return g_strdup (_("Interview cancelled"));
  /* Translators: %s is the account whose calendar the event was moved in,
   * such as an email address */
  if (g_strcmp0 (kind, "interview_moved_remotely") == 0)
    return g_strdup_printf (_("Interview moved in the calendar of %s"),
                            pursuit_timeline_event_get_detail (event) ? pursuit_timeline_event_get_detail (event) : "");
  /* Translators: %s is the account whose calendar the event was deleted
   * from, such as an email address */
  if (g_strcmp0 (kind, "interview_cancelled_remotely") == 0)
    return g_strdup_printf (_("Interview cancelled: its event was deleted from the calendar of %s"),
                            pursuit_timeline_event_get_detail (event) ? pursuit_timeline_event_get_detail (event) : "");
  if (g_strcmp0 (kind, "follow-up-done") == 0)
    return g_strdup (_("Follow-up done"));
  if (g_strcmp0 (kind, "follow-up-sent") == 0)
    return g_strdup (_("Follow-up sent"));
  if (g_strcmp0 (kind, "follow-up-skipped") == 0)
    return g_strdup (_("Follow-up skipped"));
  if (g_strcmp0 (kind, "follow-up-reopened") == 0)
    return g_strdup (_("Follow-up reopened"));
  if (g_strcmp0 (kind, "ghosting_dismissed") == 0)
    return g_strdup (_("Not marked as ghosted yet"));
  if (g_strcmp0 (kind, "email-sent") == 0)
    return g_strdup (_("Email sent"));
  if (g_strcmp0 (kind, "email-received") == 0)
    return g_strdup (_("Email received"));
  if (g_strcmp0 (kind, "email-draft-saved") == 0)
    return g_strdup (_("Draft saved in Gmail"));
  /* Translators: %s lists the documents sent with the application */
  if (g_strcmp0 (kind, "application-sent") == 0 && pursuit_timeline_event_get_detail (event) != NULL)
    return g_strdup_printf (_("Application sent with %s"), pursuit_timeline_event_get_detail (event));
  if (g_strcmp0 (kind, "application-sent") == 0)
    return g_strdup (_("Application sent"));

  return g_strdup (kind ? kind : "");
}
