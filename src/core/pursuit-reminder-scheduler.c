/* pursuit-reminder-scheduler.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-reminder-scheduler"

#include "config.h"

#include "pursuit-reminder-scheduler.h"

/* The longest the timer sleeps: the monotonic clock GLib's timeouts use
 * stops during suspend, so the wall clock is read again at least this
 * often. */
#define MAX_SLEEP_SECONDS 60

struct _PursuitReminderScheduler
{
  GObject           parent_instance;

  PursuitStore     *store;
  gulong            schedule_changed_id;

  PursuitClockFunc  clock_func;
  gpointer          clock_data;
  GDestroyNotify    clock_destroy;

  GTimeZone        *time_zone;
  int               quiet_start;
  int               quiet_end;
  gint64            paused_until;

  gboolean          started;
  guint             timer_source;
  guint             idle_source;
  gint64            next_check;
};

G_DEFINE_FINAL_TYPE (PursuitReminderScheduler, pursuit_reminder_scheduler, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PAUSED_UNTIL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  REMINDERS_DUE,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static gboolean on_timer_cb (gpointer user_data);

static gint64
real_clock (gpointer user_data)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static gint64
get_now (PursuitReminderScheduler *self)
{
  return self->clock_func (self->clock_data);
}

static GTimeZone *
get_time_zone (PursuitReminderScheduler *self)
{
  /* Cached: g_time_zone_new_local () re-reads /etc/localtime each call. */
  if (self->time_zone == NULL)
    self->time_zone = g_time_zone_new_local ();

  return self->time_zone;
}

static int
minute_of_day (PursuitReminderScheduler *self,
               gint64                    at)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (at);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return 0;

  local = g_date_time_to_timezone (utc, get_time_zone (self));
  return g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);
}

static void
set_paused_until (PursuitReminderScheduler *self,
                  gint64                    until)
{
  if (self->paused_until == until)
    return;

  self->paused_until = until;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PAUSED_UNTIL]);
}

/* Sleeps until the next reminder, the end of a pause, or a minute, which
 * ever comes first. Quiet hours end on a minute boundary, so the
 * one-minute cap finds their end too. */
static void
arm_timer (PursuitReminderScheduler *self,
           gint64                    now)
{
  gint64 target = now + MAX_SLEEP_SECONDS;
  gint64 next_reminder;

  g_clear_handle_id (&self->timer_source, g_source_remove);

  if (!self->started)
    {
      self->next_check = 0;
      return;
    }

  next_reminder = pursuit_store_next_reminder_at (self->store, now);
  if (next_reminder > 0)
    target = MIN (target, next_reminder);
  if (self->paused_until > now)
    target = MIN (target, self->paused_until);

  target = MAX (target, now + 1);
  self->next_check = target;
  self->timer_source = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, (guint) (target - now),
                                                   on_timer_cb, self, NULL);
  g_source_set_name_by_id (self->timer_source, "[pursuit] reminder timer");
}

/* Reminders that fell due while the app was closed can pile up: of one
 * interview only the latest (the smallest offset) is worth showing, and
 * none once the interview has started. */
static GPtrArray *
select_deliverable (GPtrArray *due,
                    gint64     now)
{
  g_autoptr(GHashTable) latest = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GPtrArray *deliver = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < due->len; i++)
    {
      PursuitReminder *reminder = g_ptr_array_index (due, i);
      PursuitReminder *other;
      gint64 *id_key;

      if (pursuit_reminder_get_source (reminder) != PURSUIT_REMINDER_INTERVIEW)
        continue;

      if (pursuit_reminder_get_item_at (reminder) <= now)
        continue;

      id_key = g_new (gint64, 1);
      *id_key = pursuit_reminder_get_source_id (reminder);
      other = g_hash_table_lookup (latest, id_key);
      if (other == NULL ||
          pursuit_reminder_get_fires_at (reminder) > pursuit_reminder_get_fires_at (other) ||
          (pursuit_reminder_get_fires_at (reminder) == pursuit_reminder_get_fires_at (other) &&
           pursuit_reminder_get_offset_minutes (reminder) < pursuit_reminder_get_offset_minutes (other)))
        g_hash_table_replace (latest, id_key, reminder);
      else
        g_free (id_key);
    }

  for (guint i = 0; i < due->len; i++)
    {
      PursuitReminder *reminder = g_ptr_array_index (due, i);

      if (pursuit_reminder_get_source (reminder) == PURSUIT_REMINDER_INTERVIEW)
        {
          gint64 id = pursuit_reminder_get_source_id (reminder);

          if (g_hash_table_lookup (latest, &id) != reminder)
            continue;
        }

      g_ptr_array_add (deliver, g_object_ref (reminder));
    }

  return deliver;
}

static guint
fire_due (PursuitReminderScheduler *self,
          gint64                    now)
{
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) deliver = NULL;
  g_autoptr(GError) error = NULL;

  due = pursuit_store_list_due_reminders (self->store, now, &error);
  if (due == NULL)
    {
      g_warning ("Could not read the due reminders: %s", error->message);
      return 0;
    }

  if (due->len == 0)
    return 0;

  deliver = select_deliverable (due, now);

  /* Marked first, delivered after: a crash in between loses a
   * notification rather than repeating it on every start. */
  if (!pursuit_store_mark_reminders_fired (self->store, due, &error))
    {
      g_warning ("Could not mark %u reminders as fired: %s", due->len, error->message);
      return 0;
    }

  if (deliver->len > 0)
    g_signal_emit (self, signals [REMINDERS_DUE], 0, deliver);

  return deliver->len;
}

static gboolean
on_timer_cb (gpointer user_data)
{
  PursuitReminderScheduler *self = user_data;

  self->timer_source = 0;
  pursuit_reminder_scheduler_check_now (self);

  return G_SOURCE_REMOVE;
}

static void
on_idle_check_cb (gpointer user_data)
{
  PursuitReminderScheduler *self = user_data;

  self->idle_source = 0;
  pursuit_reminder_scheduler_check_now (self);
}

/* An edit may add a reminder that is due already (a follow-up dated
 * today) or earlier than the one the timer waits for. One check after
 * the burst of signals covers both. */
static void
on_store_schedule_changed_cb (PursuitReminderScheduler *self,
                              PursuitStore             *store)
{
  if (!self->started || self->idle_source != 0)
    return;

  self->idle_source = g_idle_add_once (on_idle_check_cb, self);
  g_source_set_name_by_id (self->idle_source, "[pursuit] reminder check");
}

static void
pursuit_reminder_scheduler_set_store (PursuitReminderScheduler *self,
                                      PursuitStore             *store)
{
  g_assert (self->store == NULL);

  self->store = g_object_ref (store);
  self->schedule_changed_id = g_signal_connect_object (store, "schedule-changed",
                                                       G_CALLBACK (on_store_schedule_changed_cb),
                                                       self, G_CONNECT_SWAPPED);
}

static void
pursuit_reminder_scheduler_dispose (GObject *object)
{
  PursuitReminderScheduler *self = (PursuitReminderScheduler *)object;

  self->started = FALSE;
  g_clear_handle_id (&self->timer_source, g_source_remove);
  g_clear_handle_id (&self->idle_source, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->schedule_changed_id, self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_reminder_scheduler_parent_class)->dispose (object);
}

static void
pursuit_reminder_scheduler_finalize (GObject *object)
{
  PursuitReminderScheduler *self = (PursuitReminderScheduler *)object;

  if (self->clock_destroy != NULL)
    self->clock_destroy (self->clock_data);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);

  G_OBJECT_CLASS (pursuit_reminder_scheduler_parent_class)->finalize (object);
}

static void
pursuit_reminder_scheduler_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  PursuitReminderScheduler *self = PURSUIT_REMINDER_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PAUSED_UNTIL:
      g_value_set_int64 (value, self->paused_until);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_reminder_scheduler_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  PursuitReminderScheduler *self = PURSUIT_REMINDER_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      pursuit_reminder_scheduler_set_store (self, g_value_get_object (value));
      break;

    case PROP_PAUSED_UNTIL:
      pursuit_reminder_scheduler_pause_until (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_reminder_scheduler_class_init (PursuitReminderSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_reminder_scheduler_dispose;
  object_class->finalize = pursuit_reminder_scheduler_finalize;
  object_class->get_property = pursuit_reminder_scheduler_get_property;
  object_class->set_property = pursuit_reminder_scheduler_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PursuitReminderScheduler:paused-until:
   *
   * Unix seconds until which nothing fires; 0 when not paused. Goes back
   * to 0 by itself at the first check after the pause ends.
   */
  properties [PROP_PAUSED_UNTIL] =
    g_param_spec_int64 ("paused-until", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitReminderScheduler::reminders-due:
   * @reminders: (element-type PursuitReminder): what to notify, oldest first
   *
   * Emitted after the reminders were marked fired in the store.
   */
  signals [REMINDERS_DUE] =
    g_signal_new ("reminders-due",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
}

static void
pursuit_reminder_scheduler_init (PursuitReminderScheduler *self)
{
  self->clock_func = real_clock;
}

/**
 * pursuit_reminder_scheduler_new:
 * @store: the store whose reminders fire
 *
 * Returns: (transfer full): a stopped scheduler
 */
PursuitReminderScheduler *
pursuit_reminder_scheduler_new (PursuitStore *store)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  return g_object_new (PURSUIT_TYPE_REMINDER_SCHEDULER,
                       "store", store,
                       NULL);
}

/**
 * pursuit_reminder_scheduler_get_store:
 *
 * Returns: (transfer none): the store
 */
PursuitStore *
pursuit_reminder_scheduler_get_store (PursuitReminderScheduler *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER_SCHEDULER (self), NULL);

  return self->store;
}

/**
 * pursuit_reminder_scheduler_set_clock:
 * @clock_func: (nullable): returns the time in unix seconds; %NULL for the
 *   real clock
 *
 * Lets tests move time by hand.
 */
void
pursuit_reminder_scheduler_set_clock (PursuitReminderScheduler *self,
                                      PursuitClockFunc          clock_func,
                                      gpointer                  user_data,
                                      GDestroyNotify            destroy)
{
  g_return_if_fail (PURSUIT_IS_REMINDER_SCHEDULER (self));

  if (self->clock_destroy != NULL)
    self->clock_destroy (self->clock_data);

  self->clock_func = clock_func != NULL ? clock_func : real_clock;
  self->clock_data = clock_func != NULL ? user_data : NULL;
  self->clock_destroy = clock_func != NULL ? destroy : NULL;
}

/**
 * pursuit_reminder_scheduler_set_time_zone:
 * @time_zone: (nullable): where quiet hours are counted; %NULL for local
 */
void
pursuit_reminder_scheduler_set_time_zone (PursuitReminderScheduler *self,
                                          GTimeZone                *time_zone)
{
  g_return_if_fail (PURSUIT_IS_REMINDER_SCHEDULER (self));

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  if (time_zone != NULL)
    self->time_zone = g_time_zone_ref (time_zone);
}

/**
 * pursuit_reminder_scheduler_set_quiet_hours:
 * @start_minute: minutes after local midnight when the quiet hours begin
 * @end_minute: minutes after local midnight when they end
 *
 * Equal values turn quiet hours off; a start after the end spans
 * midnight. Reminders due during quiet hours fire when they end.
 */
void
pursuit_reminder_scheduler_set_quiet_hours (PursuitReminderScheduler *self,
                                            int                       start_minute,
                                            int                       end_minute)
{
  g_return_if_fail (PURSUIT_IS_REMINDER_SCHEDULER (self));
  g_return_if_fail (start_minute >= 0 && start_minute < 24 * 60);
  g_return_if_fail (end_minute >= 0 && end_minute < 24 * 60);

  if (self->quiet_start == start_minute && self->quiet_end == end_minute)
    return;

  self->quiet_start = start_minute;
  self->quiet_end = end_minute;

  /* Turning quiet hours off releases what they held back. */
  if (self->started)
    on_store_schedule_changed_cb (self, self->store);
}

/**
 * pursuit_reminder_scheduler_in_quiet_hours:
 * @at: unix seconds
 *
 * Returns: whether @at falls in the quiet hours, by the local wall clock
 */
gboolean
pursuit_reminder_scheduler_in_quiet_hours (PursuitReminderScheduler *self,
                                           gint64                    at)
{
  int minute;

  g_return_val_if_fail (PURSUIT_IS_REMINDER_SCHEDULER (self), FALSE);

  if (self->quiet_start == self->quiet_end)
    return FALSE;

  minute = minute_of_day (self, at);

  if (self->quiet_start < self->quiet_end)
    return minute >= self->quiet_start && minute < self->quiet_end;

  return minute >= self->quiet_start || minute < self->quiet_end;
}

/**
 * pursuit_reminder_scheduler_pause_until:
 * @until: unix seconds; 0 resumes
 *
 * Holds every reminder back until @until; they fire then.
 */
void
pursuit_reminder_scheduler_pause_until (PursuitReminderScheduler *self,
                                        gint64                    until)
{
  g_return_if_fail (PURSUIT_IS_REMINDER_SCHEDULER (self));
  g_return_if_fail (until >= 0);

  if (self->paused_until == until)
    return;

  set_paused_until (self, until);

  if (self->started)
    {
      if (until == 0)
        on_store_schedule_changed_cb (self, self->store);
      else
        arm_timer (self, get_now (self));
    }
}

/**
 * pursuit_reminder_scheduler_get_paused_until:
 *
 * Returns: unix seconds until which reminders are paused, or 0
 */
gint64
pursuit_reminder_scheduler_get_paused_until (PursuitReminderScheduler *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER_SCHEDULER (self), 0);

  return self->paused_until;
}

/**
 * pursuit_reminder_scheduler_start:
 *
 * Fires what is due now, then keeps checking on the main loop.
 */
void
pursuit_reminder_scheduler_start (PursuitReminderScheduler *self)
{
  g_return_if_fail (PURSUIT_IS_REMINDER_SCHEDULER (self));

  if (self->started)
    return;

  self->started = TRUE;
  pursuit_reminder_scheduler_check_now (self);
}

void
pursuit_reminder_scheduler_stop (PursuitReminderScheduler *self)
{
  g_return_if_fail (PURSUIT_IS_REMINDER_SCHEDULER (self));

  self->started = FALSE;
  self->next_check = 0;
  g_clear_handle_id (&self->timer_source, g_source_remove);
  g_clear_handle_id (&self->idle_source, g_source_remove);
}

/**
 * pursuit_reminder_scheduler_check_now:
 *
 * Fires every reminder due by the clock now, unless paused or in quiet
 * hours, and plans the next check when started.
 *
 * Returns: how many reminders were delivered through
 *   #PursuitReminderScheduler::reminders-due
 */
guint
pursuit_reminder_scheduler_check_now (PursuitReminderScheduler *self)
{
  g_autoptr(GObject) hold = NULL;
  gint64 now;
  guint fired = 0;

  g_return_val_if_fail (PURSUIT_IS_REMINDER_SCHEDULER (self), 0);

  /* A reminders-due handler may drop the last reference. */
  hold = g_object_ref (G_OBJECT (self));
  now = get_now (self);

  if (self->paused_until != 0 && self->paused_until <= now)
    set_paused_until (self, 0);

  if (self->paused_until == 0 && !pursuit_reminder_scheduler_in_quiet_hours (self, now))
    fired = fire_due (self, now);

  if (self->store != NULL)
    arm_timer (self, get_now (self));

  return fired;
}

/**
 * pursuit_reminder_scheduler_get_next_check:
 *
 * Returns: when the timer next checks (unix seconds), or 0 when stopped
 */
gint64
pursuit_reminder_scheduler_get_next_check (PursuitReminderScheduler *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER_SCHEDULER (self), 0);

  return self->next_check;
}
