/* pursuit-notifier.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-notifier"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-notifier-private.h"

/* More reminders than this at once (the app was closed for a while)
 * become one summary, not a wall of notifications. */
#define MAX_SEPARATE_NOTIFICATIONS 3
#define SUMMARY_ID                 "reminders-summary"
#define DEFAULT_SNOOZE_MINUTES     60
#define PAUSE_SECONDS              (60 * 60)

struct _PursuitNotifier
{
  GObject                   parent_instance;

  /* Not a reference: the application owns the notifier. */
  GApplication             *application;
  GSettings                *settings;

  PursuitReminderScheduler *scheduler;
  gulong                    reminders_due_id;
  gulong                    paused_notify_id;
  gulong                    schedule_changed_id;

  PursuitClockFunc          clock_func;
  gpointer                  clock_data;
  GTimeZone                *time_zone;
  int                       twelve_hour;

  /* Keys of the reminders whose notification is on screen. */
  GHashTable               *shown;
  gboolean                  summary_shown;
  guint                     withdraw_source;
};

G_DEFINE_FINAL_TYPE (PursuitNotifier, pursuit_notifier, G_TYPE_OBJECT)

enum {
  SCHEDULER_NEEDED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void open_reminder_action   (GSimpleAction *action, GVariant *parameter, gpointer user_data);
static void snooze_reminder_action (GSimpleAction *action, GVariant *parameter, gpointer user_data);
static void done_reminder_action   (GSimpleAction *action, GVariant *parameter, gpointer user_data);
static void pause_reminders_action (GSimpleAction *action, GVariant *parameter, gpointer user_data);
static void pause_reminders_change_state (GSimpleAction *action, GVariant *value, gpointer user_data);
static void resume_reminders_action (GSimpleAction *action, GVariant *parameter, gpointer user_data);

static const GActionEntry reminder_actions[] = {
  { "open-reminder", open_reminder_action, "s" },
  { "snooze-reminder", snooze_reminder_action, "s" },
  { "done-reminder", done_reminder_action, "s" },
  { "pause-reminders", pause_reminders_action, NULL, "int64 0", pause_reminders_change_state },
  { "resume-reminders", resume_reminders_action },
};

static gint64
get_now (PursuitNotifier *self)
{
  if (self->clock_func != NULL)
    return self->clock_func (self->clock_data);

  return g_get_real_time () / G_USEC_PER_SEC;
}

static GTimeZone *
get_time_zone (PursuitNotifier *self)
{
  /* Cached: g_time_zone_new_local () re-reads /etc/localtime each call. */
  if (self->time_zone == NULL)
    self->time_zone = g_time_zone_new_local ();

  return self->time_zone;
}

static gboolean
use_twelve_hour (PursuitNotifier *self)
{
  if (self->twelve_hour < 0)
    return pursuit_notifier_locale_uses_12h ();

  return self->twelve_hour > 0;
}

/* A notification's button may start the app (D-Bus activation) before
 * any store is open: the application opens it on request. */
static PursuitStore *
ensure_store (PursuitNotifier *self)
{
  if (self->scheduler == NULL)
    g_signal_emit (self, signals [SCHEDULER_NEEDED], 0);

  if (self->scheduler == NULL)
    return NULL;

  return pursuit_reminder_scheduler_get_store (self->scheduler);
}

static PursuitStore *
get_store (PursuitNotifier *self)
{
  if (self->scheduler == NULL)
    return NULL;

  return pursuit_reminder_scheduler_get_store (self->scheduler);
}

static int
get_snooze_minutes (PursuitNotifier *self)
{
  int minutes = DEFAULT_SNOOZE_MINUTES;

  if (self->settings != NULL)
    minutes = g_settings_get_int (self->settings, "default-snooze-minutes");

  return CLAMP (minutes, 1, 7 * 24 * 60);
}

static char *
dup_notification_id (const char *key)
{
  return g_strconcat ("reminder-", key, NULL);
}

static gboolean
can_notify (PursuitNotifier *self)
{
  return self->application != NULL && g_application_get_is_registered (self->application);
}

static void
withdraw (PursuitNotifier *self,
          const char      *key)
{
  g_autofree char *id = dup_notification_id (key);

  if (!g_hash_table_remove (self->shown, key))
    return;

  if (can_notify (self))
    g_application_withdraw_notification (self->application, id);
}

/* The notifications of another store's reminders would act on the
 * wrong items. */
static void
withdraw_all (PursuitNotifier *self)
{
  GHashTableIter iter;
  const char *key;

  g_hash_table_iter_init (&iter, self->shown);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    {
      g_autofree char *id = dup_notification_id (key);

      if (can_notify (self))
        g_application_withdraw_notification (self->application, id);
    }
  g_hash_table_remove_all (self->shown);

  if (self->summary_shown && can_notify (self))
    g_application_withdraw_notification (self->application, SUMMARY_ID);
  self->summary_shown = FALSE;
}

static void
send_summary (PursuitNotifier *self,
              GPtrArray       *reminders,
              gint64           now)
{
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = NULL;
  GString *body = g_string_new (NULL);
  guint shown = MIN (reminders->len, MAX_SEPARATE_NOTIFICATIONS);

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reminder due", "%u reminders due", reminders->len),
                           reminders->len);

  for (guint i = 0; i < shown; i++)
    {
      g_autofree char *one_title = NULL;
      g_autofree char *one_body = NULL;

      _pursuit_notifier_build_text (g_ptr_array_index (reminders, i), now, get_time_zone (self),
                                    use_twelve_hour (self), &one_title, &one_body);
      if (i > 0)
        g_string_append_c (body, '\n');
      g_string_append (body, one_title);
    }

  if (reminders->len > shown)
    {
      guint more = reminders->len - shown;

      g_string_append_c (body, '\n');
      /* Translators: after the first reminders of a summary */
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more), more);
    }

  notification = g_notification_new (title);
  g_notification_set_body (notification, body->str);
  g_notification_set_default_action (notification, "app.show-calendar");
  /* Translators: a notification button opening the calendar */
  g_notification_add_button (notification, _("Open Calendar"), "app.show-calendar");
  g_string_free (body, TRUE);

  g_application_send_notification (self->application, SUMMARY_ID, notification);
  self->summary_shown = TRUE;
}

static void
on_reminders_due_cb (PursuitNotifier          *self,
                     GPtrArray                *reminders,
                     PursuitReminderScheduler *scheduler)
{
  gint64 now = get_now (self);

  if (self->settings != NULL && !g_settings_get_boolean (self->settings, "notify-reminders"))
    return;

  if (!can_notify (self))
    {
      g_debug ("Not registered: %u reminders not shown", reminders->len);
      return;
    }

  if (reminders->len > MAX_SEPARATE_NOTIFICATIONS)
    {
      send_summary (self, reminders, now);
      return;
    }

  for (guint i = 0; i < reminders->len; i++)
    {
      PursuitReminder *reminder = g_ptr_array_index (reminders, i);
      g_autoptr(GNotification) notification = pursuit_notifier_build_notification (self, reminder, now);
      g_autofree char *key = pursuit_reminder_dup_key (reminder);
      g_autofree char *id = dup_notification_id (key);

      g_application_send_notification (self->application, id, notification);
      g_hash_table_add (self->shown, g_steal_pointer (&key));
    }
}

/* Whether the item behind a reminder still wants it: not done, cancelled
 * or deleted somewhere else. */
static gboolean
reminder_still_wanted (PursuitStore *store,
                       const char   *key)
{
  PursuitReminderSource source;
  gint64 id;

  if (!pursuit_reminder_parse_key (key, &source, &id, NULL))
    return FALSE;

  if (pursuit_store_get_reminder_job (store, source, id) == 0)
    return FALSE;

  switch (source)
    {
    case PURSUIT_REMINDER_INTERVIEW:
      {
        g_autoptr(PursuitInterview) interview = pursuit_store_get_interview (store, id, NULL);

        return interview != NULL && g_strcmp0 (pursuit_interview_get_status (interview), "scheduled") == 0;
      }

    case PURSUIT_REMINDER_FOLLOW_UP:
      {
        g_autoptr(PursuitFollowUp) follow_up = pursuit_store_get_follow_up (store, id, NULL);

        return follow_up != NULL && g_strcmp0 (pursuit_follow_up_get_status (follow_up), "pending") == 0;
      }

    case PURSUIT_REMINDER_NOTE:
    default:
      /* get_reminder_job only finds notes that are not done. */
      return TRUE;
    }
}

static void
withdraw_stale_cb (gpointer user_data)
{
  PursuitNotifier *self = user_data;
  PursuitStore *store = get_store (self);
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  const char *key;

  self->withdraw_source = 0;

  if (store == NULL)
    return;

  g_hash_table_iter_init (&iter, self->shown);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (!reminder_still_wanted (store, key))
      g_ptr_array_add (stale, g_strdup (key));

  for (guint i = 0; i < stale->len; i++)
    withdraw (self, g_ptr_array_index (stale, i));
}

/* Done on the job page, a cancelled interview, a deleted job: the
 * notification goes too. */
static void
on_store_schedule_changed_cb (PursuitNotifier *self,
                              PursuitStore    *store)
{
  if (self->withdraw_source != 0 || g_hash_table_size (self->shown) == 0)
    return;

  self->withdraw_source = g_idle_add_once (withdraw_stale_cb, self);
  g_source_set_name_by_id (self->withdraw_source, "[pursuit] withdraw stale reminders");
}

static void
update_pause_state (PursuitNotifier *self)
{
  GAction *action;
  gint64 until = 0;

  if (self->application == NULL)
    return;

  if (self->scheduler != NULL)
    until = pursuit_reminder_scheduler_get_paused_until (self->scheduler);

  action = g_action_map_lookup_action (G_ACTION_MAP (self->application), "pause-reminders");
  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_int64 (until));

  action = g_action_map_lookup_action (G_ACTION_MAP (self->application), "resume-reminders");
  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), until != 0);
}

static void
on_scheduler_paused_until_notify_cb (PursuitNotifier *self)
{
  update_pause_state (self);
}

static void
apply_quiet_hours (PursuitNotifier *self)
{
  int start = 0;
  int end = 0;

  if (self->scheduler == NULL)
    return;

  if (self->settings != NULL && g_settings_get_boolean (self->settings, "quiet-hours-enabled"))
    {
      start = CLAMP (g_settings_get_int (self->settings, "quiet-hours-start"), 0, 24 * 60 - 1);
      end = CLAMP (g_settings_get_int (self->settings, "quiet-hours-end"), 0, 24 * 60 - 1);
    }

  pursuit_reminder_scheduler_set_quiet_hours (self->scheduler, start, end);
}

static void
on_settings_quiet_hours_changed_cb (PursuitNotifier *self)
{
  apply_quiet_hours (self);
}

static gboolean
parse_key_parameter (GVariant              *parameter,
                     const char           **key,
                     PursuitReminderSource *source,
                     gint64                *id,
                     int                   *offset)
{
  *key = g_variant_get_string (parameter, NULL);

  if (!pursuit_reminder_parse_key (*key, source, id, offset))
    {
      /* Anyone on the session bus can activate the action. */
      g_debug ("Ignoring the malformed reminder key “%s”", *key);
      return FALSE;
    }

  return TRUE;
}

static void
activate_app_action (PursuitNotifier *self,
                     const char      *name,
                     GVariant        *parameter)
{
  g_autoptr(GVariant) owned = parameter != NULL ? g_variant_ref_sink (parameter) : NULL;

  if (self->application == NULL ||
      !g_action_group_has_action (G_ACTION_GROUP (self->application), name))
    {
      g_debug ("The application has no action “%s”", name);
      return;
    }

  g_action_group_activate_action (G_ACTION_GROUP (self->application), name, owned);
}

static void
open_reminder_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  PursuitNotifier *self = user_data;
  PursuitStore *store = ensure_store (self);
  PursuitReminderSource source;
  const char *key;
  gint64 id;
  gint64 job_id = 0;

  if (parse_key_parameter (parameter, &key, &source, &id, NULL) && store != NULL)
    job_id = pursuit_store_get_reminder_job (store, source, id);

  if (job_id > 0)
    activate_app_action (self, "open-job", g_variant_new_int64 (job_id));
  else
    activate_app_action (self, "show-window", NULL);
}

/* Snooze (@snooze_until > 0) and Done (0) both withdraw the notification
 * first, so on_store_schedule_changed_cb need not look at it, then act on
 * the reminder in the store. */
static void
answer_reminder (PursuitNotifier *self,
                 GVariant        *parameter,
                 gint64           snooze_until)
{
  PursuitStore *store = ensure_store (self);
  g_autoptr(GError) error = NULL;
  PursuitReminderSource source;
  const char *key;
  gint64 id;
  int offset;

  if (!parse_key_parameter (parameter, &key, &source, &id, &offset))
    return;

  withdraw (self, key);

  if (store == NULL)
    return;

  /* The item may be gone already (a deleted job): nothing left to do. */
  if (snooze_until > 0)
    {
      if (!pursuit_store_snooze_reminder (store, source, id, offset, snooze_until, &error))
        g_debug ("Could not snooze the reminder %s: %s", key, error->message);
    }
  else if (!pursuit_store_complete_reminder (store, source, id, offset, &error))
    g_debug ("Could not complete the reminder %s: %s", key, error->message);
}

static void
snooze_reminder_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  PursuitNotifier *self = user_data;

  answer_reminder (self, parameter, get_now (self) + (gint64) get_snooze_minutes (self) * 60);
}

static void
done_reminder_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  answer_reminder (PURSUIT_NOTIFIER (user_data), parameter, 0);
}

static void
pause_until (PursuitNotifier *self,
             gint64           until)
{
  if (self->scheduler != NULL)
    pursuit_reminder_scheduler_pause_until (self->scheduler, until);

  update_pause_state (self);
}

static void
pause_reminders_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  PursuitNotifier *self = user_data;

  pause_until (self, get_now (self) + PAUSE_SECONDS);
}

/* Setting the state directly pauses until then (0 resumes), which the
 * tray and the tests use. */
static void
pause_reminders_change_state (GSimpleAction *action,
                              GVariant      *value,
                              gpointer       user_data)
{
  PursuitNotifier *self = user_data;
  gint64 until = g_variant_get_int64 (value);

  if (until <= get_now (self))
    until = 0;

  pause_until (self, until);
}

static void
resume_reminders_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  pause_until (PURSUIT_NOTIFIER (user_data), 0);
}

static void
disconnect_scheduler (PursuitNotifier *self)
{
  PursuitStore *store = get_store (self);

  if (self->scheduler == NULL)
    return;

  g_clear_signal_handler (&self->reminders_due_id, self->scheduler);
  g_clear_signal_handler (&self->paused_notify_id, self->scheduler);
  if (store != NULL)
    g_clear_signal_handler (&self->schedule_changed_id, store);
  g_clear_object (&self->scheduler);
}

static void
pursuit_notifier_dispose (GObject *object)
{
  PursuitNotifier *self = (PursuitNotifier *)object;

  disconnect_scheduler (self);
  g_clear_handle_id (&self->withdraw_source, g_source_remove);

  /* The actions point at us. */
  if (self->application != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (reminder_actions); i++)
        g_action_map_remove_action (G_ACTION_MAP (self->application), reminder_actions[i].name);

      g_object_remove_weak_pointer (G_OBJECT (self->application), (gpointer *) &self->application);
      self->application = NULL;
    }

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pursuit_notifier_parent_class)->dispose (object);
}

static void
pursuit_notifier_finalize (GObject *object)
{
  PursuitNotifier *self = (PursuitNotifier *)object;

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_clear_pointer (&self->shown, g_hash_table_unref);

  G_OBJECT_CLASS (pursuit_notifier_parent_class)->finalize (object);
}

static void
pursuit_notifier_class_init (PursuitNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_notifier_dispose;
  object_class->finalize = pursuit_notifier_finalize;

  /**
   * PursuitNotifier::scheduler-needed:
   *
   * A reminder action came while there is no scheduler (the app was
   * started by the action itself); handlers open the store and call
   * pursuit_notifier_set_scheduler().
   */
  signals [SCHEDULER_NEEDED] =
    g_signal_new ("scheduler-needed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
pursuit_notifier_init (PursuitNotifier *self)
{
  self->twelve_hour = -1;
  self->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * pursuit_notifier_new:
 * @application: gets the notifications and the reminder actions
 * @settings: (nullable): the app's settings
 *
 * Returns: (transfer full): a notifier without a scheduler
 */
PursuitNotifier *
pursuit_notifier_new (GApplication *application,
                      GSettings    *settings)
{
  PursuitNotifier *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PURSUIT_TYPE_NOTIFIER, NULL);
  self->application = application;
  g_object_add_weak_pointer (G_OBJECT (application), (gpointer *) &self->application);
  g_action_map_add_action_entries (G_ACTION_MAP (application), reminder_actions,
                                   G_N_ELEMENTS (reminder_actions), self);

  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_signal_connect_object (settings, "changed::quiet-hours-enabled",
                               G_CALLBACK (on_settings_quiet_hours_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (settings, "changed::quiet-hours-start",
                               G_CALLBACK (on_settings_quiet_hours_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (settings, "changed::quiet-hours-end",
                               G_CALLBACK (on_settings_quiet_hours_changed_cb), self, G_CONNECT_SWAPPED);
    }

  update_pause_state (self);

  return self;
}

/**
 * pursuit_notifier_set_scheduler:
 * @scheduler: (nullable): the scheduler of the store in use
 *
 * Shows what @scheduler fires. A pause carries over from the previous
 * scheduler, and the quiet hours of the settings apply to it.
 */
void
pursuit_notifier_set_scheduler (PursuitNotifier          *self,
                                PursuitReminderScheduler *scheduler)
{
  gint64 paused_until = 0;

  g_return_if_fail (PURSUIT_IS_NOTIFIER (self));
  g_return_if_fail (scheduler == NULL || PURSUIT_IS_REMINDER_SCHEDULER (scheduler));

  if (self->scheduler == scheduler)
    return;

  if (self->scheduler != NULL)
    paused_until = pursuit_reminder_scheduler_get_paused_until (self->scheduler);

  if (scheduler == NULL || self->scheduler == NULL ||
      pursuit_reminder_scheduler_get_store (scheduler) != get_store (self))
    withdraw_all (self);

  disconnect_scheduler (self);

  if (scheduler != NULL)
    {
      self->scheduler = g_object_ref (scheduler);
      self->reminders_due_id =
        g_signal_connect_object (scheduler, "reminders-due",
                                 G_CALLBACK (on_reminders_due_cb), self, G_CONNECT_SWAPPED);
      self->paused_notify_id =
        g_signal_connect_object (scheduler, "notify::paused-until",
                                 G_CALLBACK (on_scheduler_paused_until_notify_cb), self, G_CONNECT_SWAPPED);
      self->schedule_changed_id =
        g_signal_connect_object (pursuit_reminder_scheduler_get_store (scheduler), "schedule-changed",
                                 G_CALLBACK (on_store_schedule_changed_cb), self, G_CONNECT_SWAPPED);

      if (paused_until > get_now (self))
        pursuit_reminder_scheduler_pause_until (scheduler, paused_until);
      apply_quiet_hours (self);
    }

  update_pause_state (self);
}

/**
 * pursuit_notifier_get_scheduler:
 *
 * Returns: (transfer none) (nullable): the scheduler
 */
PursuitReminderScheduler *
pursuit_notifier_get_scheduler (PursuitNotifier *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTIFIER (self), NULL);

  return self->scheduler;
}

/**
 * pursuit_notifier_set_clock:
 * @clock_func: (nullable): unix seconds; %NULL for the real clock
 *
 * The time snoozes and pauses count from, and texts are written for.
 */
void
pursuit_notifier_set_clock (PursuitNotifier  *self,
                            PursuitClockFunc  clock_func,
                            gpointer          user_data)
{
  g_return_if_fail (PURSUIT_IS_NOTIFIER (self));

  self->clock_func = clock_func;
  self->clock_data = user_data;
}

/**
 * pursuit_notifier_set_time_zone:
 * @time_zone: (nullable): where times are shown; %NULL for local
 */
void
pursuit_notifier_set_time_zone (PursuitNotifier *self,
                                GTimeZone       *time_zone)
{
  g_return_if_fail (PURSUIT_IS_NOTIFIER (self));

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  if (time_zone != NULL)
    self->time_zone = g_time_zone_ref (time_zone);
}

/**
 * pursuit_notifier_set_clock_format:
 * @twelve_hour: -1 to follow the locale, 0 for 24-hour, 1 for 12-hour times
 */
void
pursuit_notifier_set_clock_format (PursuitNotifier *self,
                                   int              twelve_hour)
{
  g_return_if_fail (PURSUIT_IS_NOTIFIER (self));

  self->twelve_hour = twelve_hour < 0 ? -1 : twelve_hour > 0;
}

/**
 * pursuit_notifier_build_notification:
 * @reminder: what fired
 * @now: unix seconds; relative times ("in 1 hour") count from here
 *
 * Plain text only: notification servers may read markup, so titles and
 * bodies never come from markup.
 *
 * Returns: (transfer full): the notification for @reminder, with Open
 *   (the default action), Snooze and Done
 */
GNotification *
pursuit_notifier_build_notification (PursuitNotifier *self,
                                     PursuitReminder *reminder,
                                     gint64           now)
{
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *key = NULL;
  g_autofree char *snooze = NULL;
  GNotificationPriority priority = G_NOTIFICATION_PRIORITY_NORMAL;

  g_return_val_if_fail (PURSUIT_IS_NOTIFIER (self), NULL);
  g_return_val_if_fail (PURSUIT_IS_REMINDER (reminder), NULL);

  _pursuit_notifier_build_text (reminder, now, get_time_zone (self), use_twelve_hour (self), &title, &body);

  /* Starting within the hour: the user has to act now. */
  if (pursuit_reminder_get_source (reminder) == PURSUIT_REMINDER_INTERVIEW &&
      pursuit_reminder_get_item_at (reminder) - now <= 60 * 60)
    priority = G_NOTIFICATION_PRIORITY_HIGH;

  key = pursuit_reminder_dup_key (reminder);
  snooze = _pursuit_notifier_dup_snooze_label (get_snooze_minutes (self));

  notification = g_notification_new (title);
  if (body != NULL)
    g_notification_set_body (notification, body);
  g_notification_set_priority (notification, priority);
  g_notification_set_default_action_and_target (notification, "app.open-reminder", "s", key);
  g_notification_add_button_with_target (notification, snooze, "app.snooze-reminder", "s", key);
  /* Translators: a notification button: the follow-up or reminder is done */
  g_notification_add_button_with_target (notification, _("Done"), "app.done-reminder", "s", key);

  return g_steal_pointer (&notification);
}
