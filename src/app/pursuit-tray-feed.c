/* pursuit-tray-feed.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-tray-feed"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-notifier.h"
#include "pursuit-tray-feed.h"

/* An interview needs attention this long before it starts. */
#define INTERVIEW_LEAD_SECONDS (15 * 60)
/* The longest wait between two looks at the wall clock: GLib's timeouts
 * stop during suspend, the day and due items do not. */
#define MAX_WAIT_SECONDS       60
/* Reminder note text in the menu is cut to this many characters. */
#define MAX_SUMMARY_CHARS      40

struct _PursuitTrayFeed
{
  GObject           parent_instance;

  /* Not owned: the application owns the feed. */
  GApplication     *application;
  GSettings        *settings;
  PursuitStore     *store;
  PursuitTray      *tray;

  GTimeZone        *time_zone;
  PursuitClockFunc  clock_func;
  gpointer          clock_data;
  gboolean          twelve_hour;

  guint             refresh_idle;
  guint             tick_source;
  /* When today's list or its due count changes next (unix seconds). */
  gint64            next_change;
};

G_DEFINE_FINAL_TYPE (PursuitTrayFeed, pursuit_tray_feed, G_TYPE_OBJECT)

static void schedule_tick (PursuitTrayFeed *self);

static gint64
get_now (PursuitTrayFeed *self)
{
  if (self->clock_func != NULL)
    return self->clock_func (self->clock_data);

  return g_get_real_time () / G_USEC_PER_SEC;
}

/* As in the notifications, so both say a time the same way. */
static char *
format_time (gint64     at,
             GTimeZone *time_zone,
             gboolean   twelve_hour)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (at);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("");

  local = g_date_time_to_timezone (utc, time_zone);

  return pursuit_notifier_format_time (local, twelve_hour);
}

/* The company, or the job title when there is none. */
static const char *
get_who (PursuitAgendaItem *item)
{
  const char *company = pursuit_agenda_item_get_company (item);
  const char *title = pursuit_agenda_item_get_job_title (item);

  if (company != NULL && *company != '\0')
    return company;
  if (title != NULL && *title != '\0')
    return title;

  return _("Untitled Job");
}

static char *
dup_short_summary (PursuitAgendaItem *item)
{
  const char *summary = pursuit_agenda_item_get_summary (item);
  g_autofree char *valid = NULL;
  g_autofree char *first_line = NULL;
  char *newline;

  if (summary == NULL)
    return NULL;

  valid = g_utf8_make_valid (summary, -1);
  newline = strchr (valid, '\n');
  first_line = g_strstrip (g_strndup (valid, newline != NULL ? (gsize) (newline - valid) : strlen (valid)));

  if (*first_line == '\0')
    return NULL;

  if (g_utf8_strlen (first_line, -1) > MAX_SUMMARY_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (first_line, 0, MAX_SUMMARY_CHARS - 1);
      char *space = strrchr (cut, ' ');

      /* At a word's end when there is one near. */
      if (space != NULL && g_utf8_strlen (cut, space - cut) >= MAX_SUMMARY_CHARS - 12)
        *space = '\0';

      return g_strconcat (g_strchomp (cut), "…", NULL);
    }

  return g_steal_pointer (&first_line);
}

char *
pursuit_tray_feed_format_label (PursuitAgendaItem *item,
                                GTimeZone         *time_zone,
                                gboolean           twelve_hour)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autofree char *time = NULL;
  const char *who;

  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (item), NULL);

  if (time_zone == NULL)
    time_zone = local = g_time_zone_new_local ();

  who = get_who (item);
  time = format_time (pursuit_agenda_item_get_starts_at (item), time_zone, twelve_hour);

  switch (pursuit_agenda_item_get_kind (item))
    {
    case PURSUIT_AGENDA_INTERVIEW:
      /* Translators: a tray menu entry; the first %s is a time ("14:00"),
       * the second a company */
      return g_strdup_printf (_("%s Interview — %s"), time, who);

    case PURSUIT_AGENDA_FOLLOW_UP:
      /* Translators: a tray menu entry; %s is a company */
      return g_strdup_printf (_("Follow up — %s"), who);

    case PURSUIT_AGENDA_REMINDER:
      {
        g_autofree char *summary = dup_short_summary (item);

        if (summary != NULL)
          /* Translators: a tray menu entry; a time ("14:00"), a company,
           * then the reminder's own text */
          return g_strdup_printf (_("%s Reminder — %s: %s"), time, who, summary);

        /* Translators: a tray menu entry; a time ("14:00"), then a company */
        return g_strdup_printf (_("%s Reminder — %s"), time, who);
      }

    case PURSUIT_AGENDA_DEADLINE:
      /* Translators: a tray menu entry: the last day to apply; %s is a company */
      return g_strdup_printf (_("Deadline — %s"), who);

    default:
      g_return_val_if_reached (g_strdup (who));
    }
}

gboolean
pursuit_tray_feed_item_is_due (PursuitAgendaItem *item,
                               gint64             now)
{
  gint64 starts_at;

  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (item), FALSE);

  starts_at = pursuit_agenda_item_get_starts_at (item);

  switch (pursuit_agenda_item_get_kind (item))
    {
    case PURSUIT_AGENDA_INTERVIEW:
      return now >= starts_at - INTERVIEW_LEAD_SECONDS && now < pursuit_agenda_item_get_ends_at (item);
    case PURSUIT_AGENDA_FOLLOW_UP:
    case PURSUIT_AGENDA_REMINDER:
      return now >= starts_at;
    case PURSUIT_AGENDA_DEADLINE:
    default:
      /* A deadline is information, not something to do right now. */
      return FALSE;
    }
}

/* When pursuit_tray_feed_item_is_due() next changes for @item after
 * @now; G_MAXINT64 when it never does. */
static gint64
next_due_change (PursuitAgendaItem *item,
                 gint64             now)
{
  gint64 starts_at = pursuit_agenda_item_get_starts_at (item);
  gint64 candidates[2] = { G_MAXINT64, G_MAXINT64 };
  gint64 next = G_MAXINT64;

  switch (pursuit_agenda_item_get_kind (item))
    {
    case PURSUIT_AGENDA_INTERVIEW:
      candidates[0] = starts_at - INTERVIEW_LEAD_SECONDS;
      candidates[1] = pursuit_agenda_item_get_ends_at (item);
      break;
    case PURSUIT_AGENDA_FOLLOW_UP:
    case PURSUIT_AGENDA_REMINDER:
      candidates[0] = starts_at;
      break;
    case PURSUIT_AGENDA_DEADLINE:
    default:
      break;
    }

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (candidates[i] > now && candidates[i] < next)
      next = candidates[i];

  return next;
}

/* app.pause-reminders' state: the pause's end (x), or a plain flag (b). */
static gboolean
get_paused (PursuitTrayFeed *self,
            gint64           now,
            gint64          *paused_until)
{
  g_autoptr(GVariant) state = NULL;

  *paused_until = 0;

  if (self->application == NULL
      || !g_action_group_has_action (G_ACTION_GROUP (self->application), "pause-reminders"))
    return FALSE;

  state = g_action_group_get_action_state (G_ACTION_GROUP (self->application), "pause-reminders");
  if (state == NULL)
    return FALSE;

  if (g_variant_is_of_type (state, G_VARIANT_TYPE_INT64))
    {
      *paused_until = g_variant_get_int64 (state);
      return *paused_until > now;
    }

  if (g_variant_is_of_type (state, G_VARIANT_TYPE_BOOLEAN))
    return g_variant_get_boolean (state);

  return FALSE;
}

static gint64
get_next_midnight (gint64     now,
                   GTimeZone *time_zone,
                   gint64    *today_start)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, time_zone);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  /* From the calendar date, never + 86400: days around a DST change are
   * 23 or 25 hours long. */
  start = g_date_time_new (time_zone, g_date_time_get_year (local), g_date_time_get_month (local),
                           g_date_time_get_day_of_month (local), 0, 0, 0);
  end = g_date_time_add_days (start, 1);

  *today_start = g_date_time_to_unix (start);
  return g_date_time_to_unix (end);
}

static void
clear_tray_items (PursuitTrayFeed *self)
{
  if (self->tray != NULL)
    pursuit_tray_set_items (self->tray, NULL, NULL, 0, 0);
}

void
pursuit_tray_feed_refresh (PursuitTrayFeed *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GArray) job_ids = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now, today_start, tomorrow_start, paused_until;
  gint64 next_change;
  guint n_due = 0;

  g_return_if_fail (PURSUIT_IS_TRAY_FEED (self));

  g_clear_handle_id (&self->refresh_idle, g_source_remove);

  if (self->tray == NULL)
    return;

  now = get_now (self);
  tomorrow_start = get_next_midnight (now, self->time_zone, &today_start);
  next_change = tomorrow_start;

  pursuit_tray_set_paused (self->tray, get_paused (self, now, &paused_until));
  if (paused_until > now)
    next_change = MIN (next_change, paused_until);

  if (self->store == NULL)
    {
      clear_tray_items (self);
      self->next_change = next_change;
      schedule_tick (self);
      return;
    }

  items = pursuit_store_list_agenda (self->store, today_start, tomorrow_start, self->time_zone, &error);
  if (items == NULL)
    {
      g_warning ("Could not read today’s agenda for the tray: %s", error->message);
      clear_tray_items (self);
      self->next_change = MIN (next_change, now + MAX_WAIT_SECONDS);
      schedule_tick (self);
      return;
    }

  labels = g_ptr_array_new_full (items->len + 1, g_free);
  job_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), items->len);

  for (guint i = 0; i < items->len; i++)
    {
      PursuitAgendaItem *item = g_ptr_array_index (items, i);
      gint64 job_id = pursuit_agenda_item_get_job_id (item);

      g_ptr_array_add (labels, pursuit_tray_feed_format_label (item, self->time_zone, self->twelve_hour));
      g_array_append_val (job_ids, job_id);

      if (pursuit_tray_feed_item_is_due (item, now))
        n_due++;
      next_change = MIN (next_change, next_due_change (item, now));
    }

  pursuit_tray_set_items (self->tray, (const char * const *) labels->pdata, (const gint64 *) job_ids->data,
                          labels->len, n_due);

  self->next_change = next_change;
  schedule_tick (self);
}

static gboolean
on_tick_cb (gpointer user_data)
{
  PursuitTrayFeed *self = user_data;

  self->tick_source = 0;

  if (get_now (self) >= self->next_change)
    pursuit_tray_feed_refresh (self);
  else
    schedule_tick (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_tick (PursuitTrayFeed *self)
{
  gint64 wait;

  g_clear_handle_id (&self->tick_source, g_source_remove);

  if (self->tray == NULL)
    return;

  wait = CLAMP (self->next_change - get_now (self), 1, MAX_WAIT_SECONDS);
  self->tick_source = g_timeout_add_seconds ((guint) wait, on_tick_cb, self);
}

static gboolean
on_refresh_idle_cb (gpointer user_data)
{
  PursuitTrayFeed *self = user_data;

  self->refresh_idle = 0;
  pursuit_tray_feed_refresh (self);

  return G_SOURCE_REMOVE;
}

/* Several signals in a row (an import, a restore) read the agenda once. */
static void
queue_refresh (PursuitTrayFeed *self)
{
  if (self->tray == NULL || self->refresh_idle != 0)
    return;

  self->refresh_idle = g_idle_add (on_refresh_idle_cb, self);
}

static void
on_pause_state_changed_cb (GActionGroup *group,
                           const char   *action_name,
                           GVariant     *value,
                           gpointer      user_data)
{
  queue_refresh (PURSUIT_TRAY_FEED (user_data));
}

static void
on_pause_added_cb (GActionGroup *group,
                   const char   *action_name,
                   gpointer      user_data)
{
  queue_refresh (PURSUIT_TRAY_FEED (user_data));
}

static void
update_tray (PursuitTrayFeed *self)
{
  gboolean want = self->settings == NULL || g_settings_get_boolean (self->settings, "show-tray-icon");

  if (self->application == NULL)
    want = FALSE;

  if (want == (self->tray != NULL))
    return;

  if (want)
    {
      self->tray = pursuit_tray_new (G_ACTION_GROUP (self->application));
      pursuit_tray_start (self->tray);
      pursuit_tray_feed_refresh (self);
    }
  else
    {
      g_clear_handle_id (&self->refresh_idle, g_source_remove);
      g_clear_handle_id (&self->tick_source, g_source_remove);
      pursuit_tray_stop (self->tray);
      g_clear_object (&self->tray);
    }
}

static void
on_show_tray_icon_changed_cb (PursuitTrayFeed *self,
                              const char      *key,
                              GSettings       *settings)
{
  update_tray (self);
}

static void
pursuit_tray_feed_dispose (GObject *object)
{
  PursuitTrayFeed *self = (PursuitTrayFeed *)object;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_handle_id (&self->tick_source, g_source_remove);

  if (self->tray != NULL)
    pursuit_tray_stop (self->tray);
  g_clear_object (&self->tray);

  if (self->application != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->application, self);
      g_object_remove_weak_pointer (G_OBJECT (self->application), (gpointer *) &self->application);
      self->application = NULL;
    }

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_tray_feed_parent_class)->dispose (object);
}

static void
pursuit_tray_feed_finalize (GObject *object)
{
  PursuitTrayFeed *self = (PursuitTrayFeed *)object;

  g_clear_pointer (&self->time_zone, g_time_zone_unref);

  G_OBJECT_CLASS (pursuit_tray_feed_parent_class)->finalize (object);
}

static void
pursuit_tray_feed_class_init (PursuitTrayFeedClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_tray_feed_dispose;
  object_class->finalize = pursuit_tray_feed_finalize;
}

static void
pursuit_tray_feed_init (PursuitTrayFeed *self)
{
  /* Once: GLib 2.74 re-reads /etc/localtime for every local zone. */
  self->time_zone = g_time_zone_new_local ();
  self->twelve_hour = pursuit_notifier_locale_uses_12h ();
}

/**
 * pursuit_tray_feed_new:
 * @application: where the tray's actions go; not referenced
 * @settings: (nullable): for show-tray-icon
 *
 * Returns: (transfer full): a feed that shows the tray at once if
 *   show-tray-icon is on
 */
PursuitTrayFeed *
pursuit_tray_feed_new (GApplication *application,
                       GSettings    *settings)
{
  PursuitTrayFeed *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PURSUIT_TYPE_TRAY_FEED, NULL);
  self->application = application;
  g_object_add_weak_pointer (G_OBJECT (application), (gpointer *) &self->application);

  g_signal_connect (application, "action-state-changed::pause-reminders",
                    G_CALLBACK (on_pause_state_changed_cb), self);
  g_signal_connect (application, "action-added::pause-reminders",
                    G_CALLBACK (on_pause_added_cb), self);

  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_signal_connect_swapped (settings, "changed::show-tray-icon",
                                G_CALLBACK (on_show_tray_icon_changed_cb), self);
    }

  update_tray (self);

  return self;
}

void
pursuit_tray_feed_set_store (PursuitTrayFeed *self,
                             PursuitStore    *store)
{
  g_return_if_fail (PURSUIT_IS_TRAY_FEED (self));
  g_return_if_fail (store == NULL || PURSUIT_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);

  if (store != NULL)
    g_signal_connect_swapped (store, "schedule-changed", G_CALLBACK (queue_refresh), self);

  pursuit_tray_feed_refresh (self);
}

/**
 * pursuit_tray_feed_get_tray:
 *
 * Returns: (transfer none) (nullable): the tray, while shown
 */
PursuitTray *
pursuit_tray_feed_get_tray (PursuitTrayFeed *self)
{
  g_return_val_if_fail (PURSUIT_IS_TRAY_FEED (self), NULL);

  return self->tray;
}

void
pursuit_tray_feed_set_clock (PursuitTrayFeed  *self,
                             PursuitClockFunc  clock_func,
                             gpointer          user_data)
{
  g_return_if_fail (PURSUIT_IS_TRAY_FEED (self));

  self->clock_func = clock_func;
  self->clock_data = user_data;
  pursuit_tray_feed_refresh (self);
}

void
pursuit_tray_feed_set_time_zone (PursuitTrayFeed *self,
                                 GTimeZone       *time_zone)
{
  g_return_if_fail (PURSUIT_IS_TRAY_FEED (self));

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  self->time_zone = time_zone != NULL ? g_time_zone_ref (time_zone) : g_time_zone_new_local ();
  pursuit_tray_feed_refresh (self);
}

void
pursuit_tray_feed_set_clock_format (PursuitTrayFeed *self,
                                    int              twelve_hour)
{
  gboolean value;

  g_return_if_fail (PURSUIT_IS_TRAY_FEED (self));

  value = twelve_hour < 0 ? pursuit_notifier_locale_uses_12h () : twelve_hour > 0;
  if (value == self->twelve_hour)
    return;

  self->twelve_hour = value;
  pursuit_tray_feed_refresh (self);
}
