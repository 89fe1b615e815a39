/* pursuit-calendar-agenda-list.c: a list of the days that have something on
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-calendar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pursuit-calendar-agenda-list.h"
#include "pursuit-calendar-date.h"
#include "pursuit-calendar-item.h"

#define DATE_KEY "pursuit-date"
#define TODAY_KEY "pursuit-today"

/* The widgets of a row, kept on the row's box. */
typedef struct
{
  GtkWidget *heading;
  GtkWidget *day;
  GtkWidget *today;
  GtkWidget *item;
  GtkWidget *bar;
  GtkWidget *time;
  GtkWidget *title;
  GtkWidget *detail;
  GtkWidget *kind;
} Row;

struct _PursuitCalendarAgendaList
{
  GtkWidget      parent_instance;

  GListStore    *rows;
  GTimeZone     *time_zone;
  guint          scroll_id;
  guint          scroll_to;

  GtkStack      *stack;
  GtkListView   *list;
  AdwStatusPage *empty;
};

G_DEFINE_FINAL_TYPE (PursuitCalendarAgendaList, pursuit_calendar_agenda_list, GTK_TYPE_WIDGET)

static const char * const kind_classes[] = { "interview", "follow-up", "reminder", "deadline" };

static GtkWidget *
row_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PursuitCalendarAgendaList    *self)
{
  Row *row = g_new0 (Row, 1);
  GtkWidget *box, *text, *when;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  row->heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_add_css_class (row->heading, "calendar-agenda-heading");
  row->day = row_label ("heading");
  gtk_box_append (GTK_BOX (row->heading), row->day);
  row->today = gtk_label_new (_("Today"));
  gtk_widget_add_css_class (row->today, "calendar-today-pill");
  gtk_widget_set_valign (row->today, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row->heading), row->today);
  gtk_box_append (GTK_BOX (box), row->heading);

  row->item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (row->item, "calendar-agenda-item");
  row->bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (row->bar, "calendar-agenda-bar");
  gtk_box_append (GTK_BOX (row->item), row->bar);
  /* Time over kind, in a column as wide as "All day" or "12:00 PM". */
  when = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_valign (when, GTK_ALIGN_START);
  row->time = row_label ("calendar-item-time");
  gtk_label_set_width_chars (GTK_LABEL (row->time), 7);
  gtk_label_set_ellipsize (GTK_LABEL (row->time), PANGO_ELLIPSIZE_NONE);
  gtk_box_append (GTK_BOX (when), row->time);
  row->kind = row_label ("calendar-item-kind");
  gtk_label_set_ellipsize (GTK_LABEL (row->kind), PANGO_ELLIPSIZE_NONE);
  gtk_box_append (GTK_BOX (when), row->kind);
  gtk_box_append (GTK_BOX (row->item), when);
  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (text, TRUE);
  row->title = row_label ("calendar-item-title");
  row->detail = row_label ("dim-label");
  gtk_widget_add_css_class (row->detail, "caption");
  gtk_box_append (GTK_BOX (text), row->title);
  gtk_box_append (GTK_BOX (text), row->detail);
  gtk_box_append (GTK_BOX (row->item), text);
  gtk_box_append (GTK_BOX (box), row->item);

  g_object_set_data_full (G_OBJECT (box), "pursuit-row", row, g_free);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_heading (PursuitCalendarAgendaList *self,
              GtkListItem           *list_item,
              Row                   *row,
              GtkStringObject       *heading)
{
  gtk_label_set_text (GTK_LABEL (row->day), gtk_string_object_get_string (heading));
  gtk_widget_set_visible (row->today, g_object_get_data (G_OBJECT (heading), TODAY_KEY) != NULL);
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_list_item_get_child (list_item)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_string_object_get_string (heading),
                                  -1);
}

static void
bind_item (PursuitCalendarAgendaList *self,
           GtkListItem           *list_item,
           Row                   *row,
           PursuitAgendaItem     *item)
{
  PursuitAgendaKind kind = pursuit_agenda_item_get_kind (item);
  const char *company = pursuit_agenda_item_get_company (item);
  const char *title = pursuit_agenda_item_get_job_title (item);
  g_autofree char *time = pursuit_calendar_item_time_text (item, self->time_zone);
  g_autofree char *detail = pursuit_calendar_item_detail (item);
  g_autofree char *description = pursuit_calendar_item_describe (item, self->time_zone);
  g_autofree char *job = NULL;

  if (company != NULL && *company != '\0' && title != NULL && *title != '\0')
    /* TRANSLATORS: company and job title of an agenda row */
    job = g_strdup_printf (C_("calendar item", "%s · %s"), company, title);
  else
    job = g_strdup (company != NULL && *company != '\0' ? company : title != NULL ? title : "");

  for (guint i = 0; i < G_N_ELEMENTS (kind_classes); i++)
    gtk_widget_remove_css_class (row->item, kind_classes[i]);
  gtk_widget_add_css_class (row->item, pursuit_calendar_item_css_class (kind));

  /* Companies, titles and notes come from users and postings: plain text. */
  gtk_label_set_text (GTK_LABEL (row->time), time);
  gtk_label_set_text (GTK_LABEL (row->title), job);
  gtk_label_set_text (GTK_LABEL (row->detail), detail != NULL ? detail : "");
  gtk_widget_set_visible (row->detail, detail != NULL && *detail != '\0');
  gtk_label_set_text (GTK_LABEL (row->kind), pursuit_calendar_item_kind_name (kind));
  gtk_widget_set_tooltip_text (row->item, description);
  gtk_list_item_set_activatable (list_item, TRUE);
  gtk_list_item_set_selectable (list_item, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_list_item_get_child (list_item)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            PursuitCalendarAgendaList    *self)
{
  GObject *object = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  Row *row = g_object_get_data (G_OBJECT (box), "pursuit-row");
  gboolean heading = GTK_IS_STRING_OBJECT (object);

  gtk_widget_set_visible (row->heading, heading);
  gtk_widget_set_visible (row->item, !heading);

  if (heading)
    bind_heading (self, list_item, row, GTK_STRING_OBJECT (object));
  else if (PURSUIT_IS_AGENDA_ITEM (object))
    bind_item (self, list_item, row, PURSUIT_AGENDA_ITEM (object));
}

static void
on_list_activate_cb (GtkListView           *list,
                     guint                  position,
                     PursuitCalendarAgendaList *self)
{
  g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (self->rows), position);

  if (!PURSUIT_IS_AGENDA_ITEM (object))
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-job", "x",
                              pursuit_agenda_item_get_job_id (PURSUIT_AGENDA_ITEM (object)));
}

/* GTK 4.8's list view scrolls only to rows it has laid out: after the
 * next frame, not right after a new model. */
static gboolean
scroll_cb (gpointer data)
{
  PursuitCalendarAgendaList *self = data;

  self->scroll_id = 0;
  if (self->scroll_to < g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", self->scroll_to);

  return G_SOURCE_REMOVE;
}

static void
pursuit_calendar_agenda_list_dispose (GObject *object)
{
  PursuitCalendarAgendaList *self = (PursuitCalendarAgendaList *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->scroll_id, g_source_remove);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->rows);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);

  G_OBJECT_CLASS (pursuit_calendar_agenda_list_parent_class)->dispose (object);
}

static void
pursuit_calendar_agenda_list_class_init (PursuitCalendarAgendaListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_calendar_agenda_list_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calendaragenda");
}

static void
pursuit_calendar_agenda_list_init (PursuitCalendarAgendaList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;
  GtkWidget *scrolled, *clamp;

  self->rows = g_list_store_new (G_TYPE_OBJECT);
  self->time_zone = g_time_zone_new_utc ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (selection), g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "calendar-agenda");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Agenda"),
                                  -1);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_list_activate_cb), self);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  clamp = adw_clamp_scrollable_new ();
  adw_clamp_scrollable_set_maximum_size (ADW_CLAMP_SCROLLABLE (clamp), 860);
  adw_clamp_scrollable_set_tightening_threshold (ADW_CLAMP_SCROLLABLE (clamp), 600);
  adw_clamp_scrollable_set_child (ADW_CLAMP_SCROLLABLE (clamp), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);

  self->empty = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty, "x-office-calendar-symbolic");
  adw_status_page_set_title (self->empty, _("Nothing Scheduled"));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scrolled, "list");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty), "empty");
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));
}

GtkWidget *
pursuit_calendar_agenda_list_new (void)
{
  return g_object_new (PURSUIT_TYPE_CALENDAR_AGENDA_LIST, NULL);
}

void
pursuit_calendar_agenda_list_set_span (PursuitCalendarAgendaList *self,
                                  PursuitCalendarSpan   *span,
                                  const GDate           *today,
                                  const char            *period)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GtkSelectionModel) selection = NULL;
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;
  guint n_days;

  g_return_if_fail (PURSUIT_IS_CALENDAR_AGENDA_LIST (self));
  g_return_if_fail (span != NULL);

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  self->time_zone = g_time_zone_ref (pursuit_calendar_span_get_time_zone (span));

  n_days = pursuit_calendar_span_get_n_days (span);
  for (guint i = 0; i < n_days; i++)
    {
      GPtrArray *items = pursuit_calendar_span_get_items (span, i);
      g_autofree char *day = NULL;
      GtkStringObject *heading;
      GDate date;

      if (items->len == 0)
        continue;

      pursuit_calendar_span_get_date (span, i, &date);
      day = pursuit_calendar_format_day (&date);
      heading = gtk_string_object_new (day);
      g_object_set_data (G_OBJECT (heading), DATE_KEY, GUINT_TO_POINTER (g_date_get_julian (&date)));
      if (today != NULL && g_date_compare (&date, today) == 0)
        g_object_set_data (G_OBJECT (heading), TODAY_KEY, GINT_TO_POINTER (TRUE));
      g_ptr_array_add (rows, heading);

      for (guint j = 0; j < items->len; j++)
        g_ptr_array_add (rows, g_object_ref (g_ptr_array_index (items, j)));
    }

  /* A new model rather than a splice into the old one: GTK 4.8's list
   * view takes a tenth of a second per few thousand rows removed and
   * added, and nothing of the old rows is worth keeping. */
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  g_set_object (&self->rows, store);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (store))));
  gtk_list_view_set_model (self->list, selection);

  /* TRANSLATORS: the empty agenda's description; %s is a month, e.g. "November 2026" */
  description = g_strdup_printf (_("No interviews, follow-ups, reminders or deadlines in %s"),
                                 period != NULL ? period : "");
  /* The status page reads its description as markup. */
  escaped = g_markup_escape_text (description, -1);
  adw_status_page_set_description (self->empty, escaped);
  gtk_stack_set_visible_child_name (self->stack, rows->len > 0 ? "list" : "empty");
}

GListModel *
pursuit_calendar_agenda_list_get_model (PursuitCalendarAgendaList *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_AGENDA_LIST (self), NULL);

  return G_LIST_MODEL (self->rows);
}

GtkWidget *
pursuit_calendar_agenda_list_get_list (PursuitCalendarAgendaList *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_AGENDA_LIST (self), NULL);

  return GTK_WIDGET (self->list);
}

gboolean
pursuit_calendar_agenda_list_focus_date (PursuitCalendarAgendaList *self,
                                    const GDate           *date)
{
  guint n_rows;
  guint32 julian;

  g_return_val_if_fail (PURSUIT_IS_CALENDAR_AGENDA_LIST (self), FALSE);
  g_return_val_if_fail (g_date_valid (date), FALSE);

  julian = g_date_get_julian (date);
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (GTK_IS_STRING_OBJECT (row) &&
          GPOINTER_TO_UINT (g_object_get_data (row, DATE_KEY)) >= julian)
        {
          self->scroll_to = i;
          if (self->scroll_id == 0)
            self->scroll_id = g_idle_add_full (G_PRIORITY_LOW, scroll_cb, self, NULL);
          return TRUE;
        }
    }

  return FALSE;
}
