/* pursuit-company-rows.c: the rows and figures of the company page
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-company"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-company-window-private.h"
#include "pursuit-pipeline.h"
#include "pursuit-stage-dot-private.h"

static gboolean
is_empty (const char *text)
{
  return text == NULL || text[0] == '\0';
}

char *
_pursuit_company_format_day (gint64 unix_time)
{
  static GTimeZone *local_zone;
  g_autoptr(GDateTime) date_time = NULL;

  if (local_zone == NULL)
    local_zone = g_time_zone_new_local ();

  date_time = g_date_time_new_from_unix_utc (unix_time);
  if (date_time == NULL)
    return NULL;

  {
    g_autoptr(GDateTime) local = g_date_time_to_timezone (date_time, local_zone);

    /* Translators: a day on the company page, e.g. "3 Mar 2026"; see g_date_time_format() */
    return g_date_time_format (local, _("%-d %b %Y"));
  }
}

/* "2026-03-03" → "3 Mar 2026"; anything else as it is. */
static char *
format_iso_date (const char *iso)
{
  g_autoptr(GDateTime) date_time = NULL;
  g_autofree char *with_time = NULL;

  with_time = g_strconcat (iso, "T12:00:00Z", NULL);
  date_time = g_date_time_new_from_iso8601 (with_time, NULL);
  if (date_time == NULL)
    return g_strdup (iso);

  return _pursuit_company_format_day (g_date_time_to_unix (date_time));
}

static GtkWidget *
make_stage_pill (PursuitStage *stage,
                 const char   *stage_key)
{
  GtkWidget *pill = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *dot = gtk_drawing_area_new ();
  GtkWidget *label;
  GdkRGBA color;

  _pursuit_stage_dot_get_color (stage, &color);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (dot), 8);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (dot), 8);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), _pursuit_stage_dot_draw,
                                  gdk_rgba_copy (&color), (GDestroyNotify) gdk_rgba_free);

  label = gtk_label_new (stage != NULL ? pursuit_stage_get_label (stage) : stage_key);
  gtk_widget_add_css_class (label, "caption");

  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "company-stage-pill");
  gtk_box_append (GTK_BOX (pill), dot);
  gtk_box_append (GTK_BOX (pill), label);

  return pill;
}

static char *
job_dates (PursuitJob *job)
{
  const char *applied = pursuit_job_get_applied_date (job);

  if (!is_empty (applied))
    {
      g_autofree char *day = format_iso_date (applied);

      /* Translators: when an application was sent, e.g. "Applied 3 Mar 2026" */
      return g_strdup_printf (_("Applied %s"), day);
    }

  if (pursuit_job_get_created_at (job) > 0)
    {
      g_autofree char *day = _pursuit_company_format_day (pursuit_job_get_created_at (job));

      /* Translators: when a job was saved, e.g. "Saved 3 Mar 2026" */
      return day != NULL ? g_strdup_printf (_("Saved %s"), day) : NULL;
    }

  return NULL;
}

GtkWidget *
_pursuit_company_job_row_new (PursuitJob   *job,
                              PursuitStage *stage)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *dates = job_dates (job);
  const char *location = pursuit_job_get_location (job);
  g_autofree char *subtitle = NULL;
  gint64 job_id = pursuit_job_get_id (job);

  if (!is_empty (location) && dates != NULL)
    subtitle = g_strdup_printf ("%s · %s", location, dates);
  else
    subtitle = g_strdup (!is_empty (location) ? location : dates);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_job_get_title (job));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_stage_pill (stage, pursuit_job_get_stage (job)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "job-id", g_memdup2 (&job_id, sizeof job_id), g_free);

  return row;
}

gint64
_pursuit_company_job_row_get_id (GtkWidget *row)
{
  const gint64 *job_id = g_object_get_data (G_OBJECT (row), "job-id");

  return job_id != NULL ? *job_id : 0;
}


/* From each job's current stage: an application counts once it left
 * Saved (a withdrawn one only if it had been sent), a response is any
 * step the company took. */
void
_pursuit_company_outcomes_count (PursuitCompanyOutcomes *outcomes,
                                 const char             *category,
                                 PursuitJob             *job)
{
  gboolean sent;

  if (category == NULL)
    return;

  sent = !is_empty (pursuit_job_get_applied_date (job)) ||
         (!g_str_equal (category, PURSUIT_STAGE_SAVED) && !g_str_equal (category, PURSUIT_STAGE_WITHDRAWN));
  if (!sent)
    return;

  outcomes->applied++;
  if (g_str_equal (category, PURSUIT_STAGE_SCREENING) ||
      g_str_equal (category, PURSUIT_STAGE_INTERVIEW_SCHEDULED) ||
      g_str_equal (category, PURSUIT_STAGE_INTERVIEWING) ||
      g_str_equal (category, PURSUIT_STAGE_OFFER) ||
      g_str_equal (category, PURSUIT_STAGE_ACCEPTED) ||
      g_str_equal (category, PURSUIT_STAGE_REJECTED))
    outcomes->responded++;
  if (g_str_equal (category, PURSUIT_STAGE_INTERVIEW_SCHEDULED) ||
      g_str_equal (category, PURSUIT_STAGE_INTERVIEWING) ||
      g_str_equal (category, PURSUIT_STAGE_OFFER) ||
      g_str_equal (category, PURSUIT_STAGE_ACCEPTED))
    outcomes->interviews++;
  if (g_str_equal (category, PURSUIT_STAGE_OFFER) || g_str_equal (category, PURSUIT_STAGE_ACCEPTED))
    outcomes->offers++;
  if (g_str_equal (category, PURSUIT_STAGE_REJECTED))
    outcomes->rejections++;
}

static gboolean
is_plain_email (const char *email)
{
  return !is_empty (email) && strchr (email, '@') != NULL && strpbrk (email, " \t\r\n<>\"?&") == NULL;
}

GtkWidget *
_pursuit_company_contact_row_new (PursuitContact  *contact,
                                  PursuitJob      *job,
                                  GtkWidget      **email_button)
{
  GtkWidget *row = adw_action_row_new ();
  const char *name = pursuit_contact_get_name (contact);
  const char *role = pursuit_contact_get_role (contact);
  const char *email = pursuit_contact_get_email (contact);
  g_autofree char *subtitle = NULL;

  *email_button = NULL;
  if (!is_empty (role))
    subtitle = g_strdup_printf ("%s · %s", role, pursuit_job_get_title (job));
  else
    subtitle = g_strdup (pursuit_job_get_title (job));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), !is_empty (name) ? name : (email != NULL ? email : ""));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (is_plain_email (email))
    {
      GtkWidget *button = gtk_button_new_with_label (email);
      /* Translators: the button that writes to a contact, read out, e.g. "Write to ann@acme.com" */
      g_autofree char *accessible = g_strdup_printf (_("Write to %s"), email);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      /* Looks like the website's link above it, not a bold button. */
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "link");
      gtk_widget_set_tooltip_text (button, accessible);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data_full (G_OBJECT (button), "email", g_strdup (email), g_free);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      *email_button = button;
    }

  return row;
}

/* The same person on two of its jobs is listed once. */
char *
_pursuit_company_contact_identity (PursuitContact *contact)
{
  const char *email = pursuit_contact_get_email (contact);
  const char *name = pursuit_contact_get_name (contact);

  if (!is_empty (email))
    return g_utf8_casefold (email, -1);

  return g_utf8_casefold (name != NULL ? name : "", -1);
}
