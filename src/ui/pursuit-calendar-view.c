/* pursuit-calendar-view.c: the Calendar page
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-calendar"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-calendar-agenda-list.h"
#include "pursuit-calendar-month-grid.h"
#include "pursuit-calendar-span.h"
#include "pursuit-calendar-view-private.h"
#include "pursuit-calendar-week-grid.h"
#include "pursuit-settings.h"

G_DEFINE_FINAL_TYPE (PursuitCalendarView, pursuit_calendar_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_MODE,
  N_PROPS
};

enum {
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void     arm_midnight (PursuitCalendarView *self);
static gboolean shows_date   (PursuitCalendarView *self,
                              const GDate         *date);

static int
first_weekday (PursuitCalendarView *self)
{
  return self->first_weekday >= 0 ? self->first_weekday : pursuit_calendar_locale_first_weekday ();
}

static char *
format_short_title (PursuitCalendarView *self)
{
  g_autoptr(GDateTime) focus = pursuit_calendar_date_time (&self->focus);
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  GDate first_date, last_date;

  if (self->mode != PURSUIT_CALENDAR_WEEK)
    /* TRANSLATORS: the calendar's title for a month in a narrow window, e.g. "Nov 2026" */
    return g_date_time_format (focus, C_("calendar title", "%b %Y"));

  pursuit_calendar_period (self->mode, &self->focus, first_weekday (self), &first_date);
  last_date = first_date;
  g_date_add_days (&last_date, 6);
  first = pursuit_calendar_date_time (&first_date);
  last = pursuit_calendar_date_time (&last_date);
  /* TRANSLATORS: a day in the calendar's short title, e.g. "16 Nov" */
  start = g_date_time_format (first, C_("calendar title", "%-d %b"));
  end = g_date_time_format (last, C_("calendar title", "%-d %b"));

  /* TRANSLATORS: a week in the calendar's short title: first day, last day */
  return g_strdup_printf (C_("calendar title", "%s – %s"), start, end);
}

static void
update_title (PursuitCalendarView *self)
{
  g_autofree char *short_title = format_short_title (self);

  g_free (self->title);
  self->title = pursuit_calendar_format_title (self->mode, &self->focus, first_weekday (self));

  gtk_label_set_text (self->title_label, self->title);
  gtk_label_set_text (self->short_title_label, short_title);
  gtk_label_set_text (self->narrow_title_label, self->title);
}

static void
reload (PursuitCalendarView *self)
{
  g_autoptr(PursuitCalendarSpan) span = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  GDate first;
  guint n_days;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->dirty = FALSE;

  n_days = pursuit_calendar_period (self->mode, &self->focus, first_weekday (self), &first);
  span = pursuit_calendar_span_new (self->time_zone, &first, n_days);

  /* Only the days on screen are read: a store of 10,000 jobs costs what
   * their six weeks hold. */
  if (self->store != NULL)
    {
      items = pursuit_store_list_agenda (self->store,
                                         pursuit_calendar_span_get_day_start (span, 0),
                                         pursuit_calendar_span_get_day_start (span, n_days),
                                         self->time_zone, &error);
      if (items == NULL)
        g_warning ("Could not read the calendar: %s", error->message);
      pursuit_calendar_span_add_items (span, items);
    }

  pursuit_calendar_today (self->time_zone, &self->shown_today);
  update_title (self);

  switch (self->mode)
    {
    case PURSUIT_CALENDAR_WEEK:
      pursuit_calendar_week_grid_set_span (self->week, span, &self->shown_today);
      break;
    case PURSUIT_CALENDAR_AGENDA:
      pursuit_calendar_agenda_list_set_span (self->agenda, span, &self->shown_today, self->title);
      /* This month's agenda opens on today, the past above it. */
      if (shows_date (self, &self->shown_today))
        pursuit_calendar_agenda_list_focus_date (self->agenda, &self->shown_today);
      break;
    case PURSUIT_CALENDAR_MONTH:
    default:
      pursuit_calendar_month_grid_set_span (self->month, span, &self->focus, &self->shown_today);
      break;
    }
}

/* Reads the store now if the page is on screen, else when it is shown. */
static void
refresh (PursuitCalendarView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      reload (self);
      return;
    }

  self->dirty = TRUE;
  update_title (self);
}

static gboolean
reload_cb (gpointer data)
{
  PursuitCalendarView *self = data;

  self->reload_id = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

/* Reads the store at the next idle, once however many changes came; a
 * page out of sight waits until it is shown. */
static void
queue_reload (PursuitCalendarView *self)
{
  self->dirty = TRUE;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || self->reload_id != 0)
    return;

  self->reload_id = g_idle_add (reload_cb, self);
}

static void
on_schedule_changed_cb (PursuitCalendarView *self,
                        PursuitStore        *store)
{
  queue_reload (self);
}

static gboolean
midnight_cb (gpointer data)
{
  PursuitCalendarView *self = data;

  self->midnight_id = 0;
  reload (self);
  arm_midnight (self);

  return G_SOURCE_REMOVE;
}

/* Today's highlight moves at local midnight. */
static void
arm_midnight (PursuitCalendarView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (self->time_zone);
  g_autoptr(GDateTime) midnight = NULL;
  GDate tomorrow;
  gint64 seconds;

  g_clear_handle_id (&self->midnight_id, g_source_remove);

  pursuit_calendar_today (self->time_zone, &tomorrow);
  g_date_add_days (&tomorrow, 1);
  midnight = pursuit_calendar_day_start (self->time_zone, &tomorrow);
  seconds = g_date_time_to_unix (midnight) - g_date_time_to_unix (now);

  self->midnight_id = g_timeout_add_seconds ((guint) CLAMP (seconds + 1, 1, 25 * 3600), midnight_cb, self);
}

/* Focus on the shown page's day, for the keyboard. */
static void
focus_day (PursuitCalendarView *self)
{
  switch (self->mode)
    {
    case PURSUIT_CALENDAR_WEEK:
      pursuit_calendar_week_grid_focus_date (self->week, &self->focus);
      break;
    case PURSUIT_CALENDAR_AGENDA:
      pursuit_calendar_agenda_list_focus_date (self->agenda, &self->focus);
      break;
    case PURSUIT_CALENDAR_MONTH:
    default:
      pursuit_calendar_month_grid_focus_date (self->month, &self->focus);
      break;
    }
}

/* Whether @date is in the period shown now. */
static gboolean
shows_date (PursuitCalendarView *self,
            const GDate         *date)
{
  GDate first;
  guint n_days;
  int days;

  if (self->mode != PURSUIT_CALENDAR_WEEK)
    return g_date_get_month (date) == g_date_get_month (&self->focus) &&
           g_date_get_year (date) == g_date_get_year (&self->focus);

  n_days = pursuit_calendar_period (self->mode, &self->focus, first_weekday (self), &first);
  days = g_date_days_between (&first, date);

  return days >= 0 && (guint) days < n_days;
}

static void
move_to (PursuitCalendarView *self,
         const GDate         *date,
         gboolean             grab_focus)
{
  gboolean same_period;

  if (!g_date_valid (date))
    return;

  same_period = shows_date (self, date);
  self->focus = *date;
  if (!same_period || self->dirty)
    refresh (self);

  if (grab_focus)
    focus_day (self);
}

void
_pursuit_calendar_view_move_to (PursuitCalendarView *self,
                                const GDate         *date,
                                gboolean             grab_focus)
{
  move_to (self, date, grab_focus);
}

void
_pursuit_calendar_view_add_toast (PursuitCalendarView *self,
                                  const char          *title)
{
  g_autoptr(AdwToast) toast = adw_toast_new (title);

  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

/* A click or Tab focused a day: arrows go on from there. A day of
 * another month only takes the focus; the page stays. */
static void
on_day_focused_cb (PursuitCalendarView *self,
                   const GDate         *date)
{
  if (g_date_valid (date) && shows_date (self, date))
    self->focus = *date;
}

static void
on_title_squeezer_visible_child_cb (PursuitCalendarView *self,
                                    GParamSpec          *pspec,
                                    AdwSqueezer         *squeezer)
{
  /* No room in the toolbar: the title gets a line of its own. */
  gtk_widget_set_visible (GTK_WIDGET (self->narrow_title_label),
                          adw_squeezer_get_visible_child (squeezer) == self->no_title);
}

static void
pursuit_calendar_view_map (GtkWidget *widget)
{
  PursuitCalendarView *self = PURSUIT_CALENDAR_VIEW (widget);
  GDate today;

  GTK_WIDGET_CLASS (pursuit_calendar_view_parent_class)->map (widget);

  pursuit_calendar_today (self->time_zone, &today);
  if (self->dirty || !g_date_valid (&self->shown_today) || g_date_compare (&today, &self->shown_today) != 0)
    reload (self);
  arm_midnight (self);
}

static void
pursuit_calendar_view_unmap (GtkWidget *widget)
{
  PursuitCalendarView *self = PURSUIT_CALENDAR_VIEW (widget);

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  if (self->reload_id != 0)
    {
      g_clear_handle_id (&self->reload_id, g_source_remove);
      self->dirty = TRUE;
    }

  GTK_WIDGET_CLASS (pursuit_calendar_view_parent_class)->unmap (widget);
}

static void
pursuit_calendar_view_dispose (GObject *object)
{
  PursuitCalendarView *self = (PursuitCalendarView *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);
  g_clear_signal_handler (&self->schedule_changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_CALENDAR_VIEW);

  G_OBJECT_CLASS (pursuit_calendar_view_parent_class)->dispose (object);
}

static void
pursuit_calendar_view_finalize (GObject *object)
{
  PursuitCalendarView *self = (PursuitCalendarView *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_free (self->title);

  G_OBJECT_CLASS (pursuit_calendar_view_parent_class)->finalize (object);
}

static void
pursuit_calendar_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PursuitCalendarView *self = PURSUIT_CALENDAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_MODE:
      g_value_set_string (value, pursuit_calendar_mode_to_string (self->mode));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_calendar_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PursuitCalendarView *self = PURSUIT_CALENDAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      pursuit_calendar_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_MODE:
      {
        PursuitCalendarMode mode;

        if (pursuit_calendar_mode_from_string (g_value_get_string (value), &mode))
          pursuit_calendar_view_set_mode (self, mode);
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_calendar_view_class_init (PursuitCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_calendar_view_dispose;
  object_class->finalize = pursuit_calendar_view_finalize;
  object_class->get_property = pursuit_calendar_view_get_property;
  object_class->set_property = pursuit_calendar_view_set_property;

  widget_class->map = pursuit_calendar_view_map;
  widget_class->unmap = pursuit_calendar_view_unmap;

  /**
   * PursuitCalendarView:store:
   *
   * The store whose interviews, follow-ups, reminders and deadlines show.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PursuitCalendarView:mode:
   *
   * "month", "week" or "agenda" (the calendar.mode action).
   */
  properties [PROP_MODE] =
    g_param_spec_string ("mode", NULL, NULL, "month",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitCalendarView::add-toast:
   * @toast: the toast to show
   *
   * Asks the window to show a toast (an export's outcome).
   */
  signals [ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (PURSUIT_TYPE_CALENDAR_MONTH_GRID);
  g_type_ensure (PURSUIT_TYPE_CALENDAR_WEEK_GRID);
  g_type_ensure (PURSUIT_TYPE_CALENDAR_AGENDA_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-calendar-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitCalendarView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, PursuitCalendarView, title_squeezer);
  gtk_widget_class_bind_template_child (widget_class, PursuitCalendarView, title_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitCalendarView, short_title_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitCalendarView, no_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitCalendarView, narrow_title_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitCalendarView, stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitCalendarView, month);
  gtk_widget_class_bind_template_child (widget_class, PursuitCalendarView, week);
  gtk_widget_class_bind_template_child (widget_class, PursuitCalendarView, agenda);
  gtk_widget_class_bind_template_callback (widget_class, on_title_squeezer_visible_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_focused_cb);

  _pursuit_calendar_view_class_actions_init (widget_class);

  gtk_widget_class_set_css_name (widget_class, "calendarview");
}

static void
add_capture_shortcut (GtkShortcutController *controller,
                      guint                  keyval,
                      const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                                          gtk_named_action_new (action)));
}

static void
pursuit_calendar_view_init (PursuitCalendarView *self)
{
  GtkEventController *shortcuts;
  g_autofree char *mode = NULL;

  self->time_zone = g_time_zone_new_local ();
  self->cancellable = g_cancellable_new ();
  self->first_weekday = -1;
  self->mode = PURSUIT_CALENDAR_MONTH;
  g_date_clear (&self->shown_today, 1);
  pursuit_calendar_today (self->time_zone, &self->focus);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Page Up/Down and T change the period wherever the focus is in the
   * calendar, also inside the lists, which would scroll instead. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  add_capture_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Page_Up, "calendar.previous");
  add_capture_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_KP_Page_Up, "calendar.previous");
  add_capture_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Page_Down, "calendar.next");
  add_capture_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_KP_Page_Down, "calendar.next");
  add_capture_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_t, "calendar.today");
  add_capture_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_T, "calendar.today");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  self->settings = pursuit_settings_new_if_installed ("calendar-mode");
  if (self->settings != NULL)
    {
      PursuitCalendarMode saved;

      mode = g_settings_get_string (self->settings, "calendar-mode");
      if (pursuit_calendar_mode_from_string (mode, &saved))
        self->mode = saved;
    }
  gtk_stack_set_visible_child_name (self->stack, pursuit_calendar_mode_to_string (self->mode));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.new-interview", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.export", FALSE);

  refresh (self);
}

/**
 * pursuit_calendar_view_new:
 * @store: (nullable): the store to show
 *
 * Returns: (transfer full): a new calendar page
 */
GtkWidget *
pursuit_calendar_view_new (PursuitStore *store)
{
  g_return_val_if_fail (store == NULL || PURSUIT_IS_STORE (store), NULL);

  return g_object_new (PURSUIT_TYPE_CALENDAR_VIEW, "store", store, NULL);
}

/**
 * pursuit_calendar_view_get_store:
 *
 * Returns: (transfer none) (nullable): the store shown
 */
PursuitStore *
pursuit_calendar_view_get_store (PursuitCalendarView *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_VIEW (self), NULL);

  return self->store;
}

void
pursuit_calendar_view_set_store (PursuitCalendarView *self,
                                 PursuitStore        *store)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_VIEW (self));
  g_return_if_fail (store == NULL || PURSUIT_IS_STORE (store));

  if (self->store == store)
    return;

  g_clear_signal_handler (&self->schedule_changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->schedule_changed_id = g_signal_connect_object (store, "schedule-changed",
                                                         G_CALLBACK (on_schedule_changed_cb),
                                                         self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.new-interview", store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.export", store != NULL);

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

PursuitCalendarMode
pursuit_calendar_view_get_mode (PursuitCalendarView *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_VIEW (self), PURSUIT_CALENDAR_MONTH);

  return self->mode;
}

void
pursuit_calendar_view_set_mode (PursuitCalendarView *self,
                                PursuitCalendarMode  mode)
{
  gboolean had_focus;

  g_return_if_fail (PURSUIT_IS_CALENDAR_VIEW (self));
  g_return_if_fail (mode <= PURSUIT_CALENDAR_AGENDA);

  if (self->mode == mode)
    return;

  had_focus = gtk_widget_get_focus_child (gtk_stack_get_visible_child (self->stack)) != NULL;

  self->mode = mode;
  gtk_stack_set_visible_child_name (self->stack, pursuit_calendar_mode_to_string (mode));
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "calendar-mode", pursuit_calendar_mode_to_string (mode));

  refresh (self);
  if (had_focus)
    focus_day (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODE]);
}

void
pursuit_calendar_view_get_date (PursuitCalendarView *self,
                                GDate               *date)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_VIEW (self));

  *date = self->focus;
}

void
pursuit_calendar_view_set_date (PursuitCalendarView *self,
                                const GDate         *date)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_VIEW (self));
  g_return_if_fail (g_date_valid (date));

  move_to (self, date, FALSE);
}

void
pursuit_calendar_view_set_time_zone (PursuitCalendarView *self,
                                     GTimeZone           *time_zone)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_VIEW (self));

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  self->time_zone = time_zone != NULL ? g_time_zone_ref (time_zone) : g_time_zone_new_local ();

  refresh (self);
}

int
pursuit_calendar_view_get_first_weekday (PursuitCalendarView *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_VIEW (self), 1);

  return first_weekday (self);
}

void
pursuit_calendar_view_set_first_weekday (PursuitCalendarView *self,
                                         int                  first_weekday)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_VIEW (self));
  g_return_if_fail (first_weekday >= -1 && first_weekday <= 6);

  self->first_weekday = first_weekday;
  refresh (self);
}

void
pursuit_calendar_view_reload (PursuitCalendarView *self)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_VIEW (self));

  reload (self);
}

const char *
pursuit_calendar_view_get_title (PursuitCalendarView *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_VIEW (self), NULL);

  return self->title;
}

/**
 * pursuit_calendar_view_get_month:
 *
 * Returns: (transfer none): the month page
 */
GtkWidget *
pursuit_calendar_view_get_month (PursuitCalendarView *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_VIEW (self), NULL);

  return GTK_WIDGET (self->month);
}

/**
 * pursuit_calendar_view_get_week:
 *
 * Returns: (transfer none): the week page
 */
GtkWidget *
pursuit_calendar_view_get_week (PursuitCalendarView *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_VIEW (self), NULL);

  return GTK_WIDGET (self->week);
}

/**
 * pursuit_calendar_view_get_agenda:
 *
 * Returns: (transfer none): the agenda page
 */
GtkWidget *
pursuit_calendar_view_get_agenda (PursuitCalendarView *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_VIEW (self), NULL);

  return GTK_WIDGET (self->agenda);
}
