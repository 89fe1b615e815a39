/* pursuit-calendar-item.c: how the calendar shows an agenda item
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-calendar"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-calendar-date.h"
#include "pursuit-calendar-item.h"
#include "pursuit-interview.h"

/* Popovers list at most this many items; the agenda shows all of them. */
#define POPOVER_MAX_ITEMS 200

const char *
pursuit_calendar_item_kind_name (PursuitAgendaKind kind)
{
  switch (kind)
    {
    case PURSUIT_AGENDA_INTERVIEW:
      return _("Interview");
    case PURSUIT_AGENDA_FOLLOW_UP:
      return _("Follow-up");
    case PURSUIT_AGENDA_REMINDER:
      return _("Reminder");
    case PURSUIT_AGENDA_DEADLINE:
      return _("Deadline");
    default:
      return "";
    }
}

const char *
pursuit_calendar_item_css_class (PursuitAgendaKind kind)
{
  switch (kind)
    {
    case PURSUIT_AGENDA_INTERVIEW:
      return "interview";
    case PURSUIT_AGENDA_FOLLOW_UP:
      return "follow-up";
    case PURSUIT_AGENDA_REMINDER:
      return "reminder";
    case PURSUIT_AGENDA_DEADLINE:
    default:
      return "deadline";
    }
}

char *
pursuit_calendar_item_time_text (PursuitAgendaItem *item,
                                 GTimeZone         *time_zone)
{
  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (item), NULL);

  if (pursuit_agenda_item_get_all_day (item))
    return g_strdup (_("All day"));

  return pursuit_calendar_format_time (time_zone, pursuit_agenda_item_get_starts_at (item));
}

static const char *
non_empty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

char *
pursuit_calendar_item_describe (PursuitAgendaItem *item,
                                GTimeZone         *time_zone)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_autofree char *time = NULL;
  g_auto(GStrv) strv = NULL;
  const char *company, *title;

  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (item), NULL);

  company = non_empty (pursuit_agenda_item_get_company (item));
  title = non_empty (pursuit_agenda_item_get_job_title (item));
  time = pursuit_calendar_item_time_text (item, time_zone);

  g_strv_builder_add (parts, pursuit_calendar_item_kind_name (pursuit_agenda_item_get_kind (item)));
  if (company != NULL)
    g_strv_builder_add (parts, company);
  if (title != NULL)
    g_strv_builder_add (parts, title);
  g_strv_builder_add (parts, time);
  strv = g_strv_builder_end (parts);

  /* TRANSLATORS: the separator between the parts of a calendar item's
   * spoken name: "Interview, Acme, Backend Engineer, 14:00" */
  return g_strjoinv (C_("calendar item", ", "), strv);
}

char *
pursuit_calendar_item_detail (PursuitAgendaItem *item)
{
  const char *summary, *location;

  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (item), NULL);

  summary = non_empty (pursuit_agenda_item_get_summary (item));
  location = non_empty (pursuit_agenda_item_get_location (item));

  switch (pursuit_agenda_item_get_kind (item))
    {
    case PURSUIT_AGENDA_INTERVIEW:
      {
        const char *kind = pursuit_interview_kind_get_name (summary);

        if (location != NULL)
          /* TRANSLATORS: an interview's kind and place, e.g. "Technical interview · Zoom link" */
          return g_strdup_printf (C_("calendar item", "%s · %s"), kind, location);
        return g_strdup (kind);
      }

    case PURSUIT_AGENDA_FOLLOW_UP:
      return g_strdup (_("Follow up on the application"));

    case PURSUIT_AGENDA_REMINDER:
      return g_strdup (summary);

    case PURSUIT_AGENDA_DEADLINE:
      return g_strdup (_("Application deadline"));

    default:
      return NULL;
    }
}

/* "Acme · Backend Engineer", whichever parts exist. */
static char *
job_text (PursuitAgendaItem *item)
{
  const char *company = non_empty (pursuit_agenda_item_get_company (item));
  const char *title = non_empty (pursuit_agenda_item_get_job_title (item));

  if (company != NULL && title != NULL)
    /* TRANSLATORS: company and job title of a calendar item */
    return g_strdup_printf (C_("calendar item", "%s · %s"), company, title);

  return g_strdup (company != NULL ? company : title != NULL ? title : "");
}

static GtkWidget *
plain_label (const char *text,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Titles and companies come from users and job postings: never markup. */
  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
on_item_button_clicked_cb (GtkButton *button)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

GtkWidget *
pursuit_calendar_item_button_new (PursuitAgendaItem *item,
                                  GTimeZone         *time_zone)
{
  g_autofree char *time = NULL;
  g_autofree char *job = NULL;
  g_autofree char *description = NULL;
  PursuitAgendaKind kind;
  GtkWidget *button, *box, *header, *title;

  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (item), NULL);

  kind = pursuit_agenda_item_get_kind (item);
  time = pursuit_calendar_item_time_text (item, time_zone);
  job = job_text (item);
  description = pursuit_calendar_item_describe (item, time_zone);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 1);
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (header), plain_label (time, "calendar-item-time"));
  gtk_box_append (GTK_BOX (header), plain_label (pursuit_calendar_item_kind_name (kind), "calendar-item-kind"));
  gtk_box_append (GTK_BOX (box), header);
  title = plain_label (job, "calendar-item-title");
  /* Two lines in a week's narrow column: "Company · Title" rarely fits one. */
  gtk_label_set_single_line_mode (GTK_LABEL (title), FALSE);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_box_append (GTK_BOX (box), title);

  /* The button's name says it all (see below); its labels need not. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "calendar-item");
  gtk_widget_add_css_class (button, pursuit_calendar_item_css_class (kind));
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-job");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_int64 (pursuit_agenda_item_get_job_id (item)));
  g_signal_connect (button, "clicked", G_CALLBACK (on_item_button_clicked_cb), NULL);
  g_object_set_data_full (G_OBJECT (button), "pursuit-agenda-item", g_object_ref (item), g_object_unref);

  return button;
}

GtkWidget *
pursuit_calendar_item_chip_new (PursuitAgendaItem *item,
                                GTimeZone         *time_zone)
{
  const char *company = non_empty (pursuit_agenda_item_get_company (item));
  const char *who = company != NULL ? company : pursuit_agenda_item_get_job_title (item);
  g_autofree char *text = NULL;
  GtkWidget *chip;

  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (item), NULL);

  if (pursuit_agenda_item_get_all_day (item))
    {
      text = g_strdup (who != NULL ? who : "");
    }
  else
    {
      g_autofree char *time = pursuit_calendar_format_time (time_zone, pursuit_agenda_item_get_starts_at (item));

      /* TRANSLATORS: a calendar item in a month cell: time and company, "14:00 Acme" */
      text = g_strdup_printf (C_("calendar chip", "%s %s"), time, who != NULL ? who : "");
    }

  chip = plain_label (text, "calendar-chip");
  gtk_widget_add_css_class (chip, pursuit_calendar_item_css_class (pursuit_agenda_item_get_kind (item)));

  return chip;
}

/* The heading and the list of a day, for its popover. */
static GtkWidget *
day_list_new (const GDate *date,
              GPtrArray   *items,
              GTimeZone   *time_zone)
{
  g_autofree char *day = pursuit_calendar_format_day (date);
  GtkWidget *box, *list, *scrolled, *heading;
  guint shown = 0;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "calendar-day-popover");
  heading = plain_label (day, "heading");
  gtk_widget_set_margin_start (heading, 6);
  gtk_box_append (GTK_BOX (box), heading);

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  for (guint i = 0; items != NULL && i < items->len && shown < POPOVER_MAX_ITEMS; i++, shown++)
    gtk_box_append (GTK_BOX (list), pursuit_calendar_item_button_new (g_ptr_array_index (items, i), time_zone));

  if (shown == 0)
    {
      GtkWidget *empty = plain_label (_("Nothing on this day"), "dim-label");

      gtk_widget_set_margin_start (empty, 6);
      gtk_widget_set_margin_bottom (empty, 6);
      gtk_box_append (GTK_BOX (list), empty);
    }
  else if (items->len > shown)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("%u more in the agenda", "%u more in the agenda",
                                                         items->len - shown),
                                               items->len - shown);
      gtk_box_append (GTK_BOX (list), plain_label (more, "dim-label"));
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_widget_set_size_request (scrolled, 260, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (box), scrolled);

  return box;
}

GtkWidget *
pursuit_calendar_day_popover_new (GtkWidget *parent)
{
  GtkWidget *popover;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);

  popover = gtk_popover_new ();
  gtk_widget_set_parent (popover, parent);

  return popover;
}

void
pursuit_calendar_day_popover_show (GtkWidget   *popover,
                                   const GDate *date,
                                   GPtrArray   *items,
                                   GTimeZone   *time_zone)
{
  g_return_if_fail (GTK_IS_POPOVER (popover));
  g_return_if_fail (g_date_valid (date));
  g_return_if_fail (time_zone != NULL);

  gtk_popover_set_child (GTK_POPOVER (popover), day_list_new (date, items, time_zone));
  gtk_popover_popup (GTK_POPOVER (popover));
}

char *
pursuit_calendar_describe_day (const GDate *date,
                               guint        n_items)
{
  g_autofree char *day = pursuit_calendar_format_day (date);

  if (n_items == 0)
    /* TRANSLATORS: a day cell's spoken name, e.g. "Monday 23 November, no items" */
    return g_strdup_printf (C_("calendar day", "%s, no items"), day);

  /* TRANSLATORS: a day cell's spoken name, e.g. "Monday 23 November, 2 items" */
  return g_strdup_printf (ngettext ("%s, %u item", "%s, %u items", n_items), day, n_items);
}
