/* pursuit-job-page.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-job-apply-button.h"
#include "pursuit-job-contacts-section.h"
#include "pursuit-job-deletion.h"
#include "pursuit-job-documents-section.h"
#include "pursuit-job-follow-ups-section.h"
#include "pursuit-job-ghosting-banner.h"
#include "pursuit-job-interviews-section.h"
#include "pursuit-job-match-section.h"
#include "pursuit-job-notes-section.h"
#include "pursuit-accessible.h"
#include "pursuit-calendar-date.h"
#include "pursuit-job-page.h"
#include "pursuit-withdraw-dialog.h"
#include "pursuit-job-page-private.h"
#include "pursuit-job-report-export.h"
#include "pursuit-stage-dot-private.h"
#include "pursuit-timeline-event-title.h"
#include "pursuit-company.h"
#include "pursuit-pipeline.h"

/* One job: its posting fields (saved one at a time, on apply or when the
 * focus leaves a row), its description as plain text, its notes, contacts
 * and documents (each a section of its own), interviews, follow-ups and
 * timeline. The page follows the store's signals; a job removed elsewhere
 * empties the page and asks to close it. */

typedef enum
{
  FIELD_TITLE,
  FIELD_COMPANY,
  FIELD_LOCATION,
  FIELD_SALARY_MIN,
  FIELD_SALARY_MAX,
  FIELD_CURRENCY,
  FIELD_URL,
  FIELD_APPLY_URL,
  FIELD_POSTED_DATE,
  FIELD_DEADLINE,
  FIELD_EMPLOYMENT_TYPE,
  FIELD_SOURCE,
  FIELD_TAGS,
  N_FIELDS
} Field;

struct _PursuitJobPage
{
  AdwBin          parent_instance;

  PursuitStore   *store;
  gint64          job_id;
  PursuitJob     *job;
  gboolean        folded;
  gboolean        loading;

  /* The text each row had when it was last filled from the store; a row
   * whose text differs holds the user's unsaved edit and is left alone. */
  char           *loaded [N_FIELDS];
  AdwEntryRow    *rows [N_FIELDS];

  GtkSeparator   *side_separator;
  GtkButton      *close_button;
  GtkLabel       *toolbar_title;
  PursuitJobApplyButton *apply_button;
  GtkStack       *content_stack;
  AdwPreferencesPage *preferences_page;
  GtkLabel       *title_label;
  GtkLabel       *company_label;
  GtkDrawingArea *stage_dot;
  GtkLabel       *stage_label;
  AdwEntryRow    *title_row;
  AdwEntryRow    *company_row;
  AdwEntryRow    *location_row;
  AdwEntryRow    *salary_min_row;
  AdwEntryRow    *salary_max_row;
  AdwEntryRow    *currency_row;
  AdwEntryRow    *url_row;
  AdwEntryRow    *apply_url_row;
  AdwEntryRow    *posted_row;
  AdwEntryRow    *deadline_row;
  AdwEntryRow    *employment_row;
  AdwEntryRow    *source_row;
  AdwEntryRow    *tags_row;
  GtkSwitch      *remote_switch;
  GtkLabel       *posting_error_label;
  GtkLabel       *description_label;
  PursuitJobNotesSection     *notes_section;
  PursuitJobContactsSection  *contacts_section;
  PursuitJobDocumentsSection *documents_section;
  PursuitJobInterviewsSection *interviews_section;
  PursuitJobFollowUpsSection  *follow_ups_section;
  PursuitJobMatchSection      *match_section;
  PursuitJobGhostingBanner    *ghosting_banner;
  GtkListBox     *timeline_list;

  GdkRGBA         stage_color;
};

G_DEFINE_FINAL_TYPE (PursuitJobPage, pursuit_job_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_JOB_ID,
  PROP_FOLDED,
  N_PROPS
};

enum {
  CLOSE_REQUESTED,
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void reload (PursuitJobPage *self);

/* Shared with the sections (pursuit-job-page-private.h) */

/* Toast titles are Pango markup in libadwaita 1.2. */
AdwToast *
_pursuit_job_page_new_toast (const char *plain_title)
{
  g_autofree char *escaped = g_markup_escape_text (plain_title, -1);

  return adw_toast_new (escaped);
}

/* For something just removed or changed: the caller connects
 * button-clicked to put it back. */
AdwToast *
_pursuit_job_page_new_undo_toast (const char *plain_title)
{
  AdwToast *toast = _pursuit_job_page_new_toast (plain_title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  return toast;
}

char *
_pursuit_job_page_format_relative (gint64 unix_time)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_new_from_unix_local (unix_time);
  GTimeSpan span;
  gint64 minutes, hours, days;

  if (then == NULL)
    return g_strdup ("");

  span = g_date_time_difference (now, then);
  minutes = span / G_TIME_SPAN_MINUTE;
  hours = span / G_TIME_SPAN_HOUR;
  days = span / G_TIME_SPAN_DAY;

  if (span < 0)
    return g_date_time_format (then, _("%-e %B %Y, %H:%M"));
  if (minutes < 1)
    return g_strdup (_("Just now"));
  if (hours < 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute ago", "%d minutes ago", minutes), (int)minutes);
  if (days < 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour ago", "%d hours ago", hours), (int)hours);
  if (days < 2)
    return g_strdup (_("Yesterday"));
  if (days < 31)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", days), (int)days);

  return g_date_time_format (then, _("%-e %B %Y"));
}

char *
_pursuit_job_page_format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) then = g_date_time_new_from_unix_local (unix_time);

  if (then == NULL)
    return g_strdup ("");

  return g_date_time_format (then, _("%a %-e %B %Y, %H:%M"));
}

/* "14:00" or "2:00 PM", as the locale writes times. */
char *
_pursuit_job_page_format_clock (gint64 unix_time)
{
  g_autoptr(GDateTime) then = g_date_time_new_from_unix_local (unix_time);
  g_autofree char *text = NULL;

  if (then == NULL)
    return g_strdup ("");

  /* Translators: a time of day on a 12-hour clock, see g_date_time_format() */
  text = g_date_time_format (then, pursuit_calendar_locale_uses_12h () ? _("%l:%M %p") : _("%H:%M"));
  return g_strdup (g_strstrip (text));
}

/* "Tue 24 November", with the year only when it is not this one. */
char *
_pursuit_job_page_format_day (gint64 unix_time)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_new_from_unix_local (unix_time);

  if (then == NULL)
    return g_strdup ("");

  if (g_date_time_get_year (then) == g_date_time_get_year (now))
    /* Translators: a day this year, see g_date_time_format() */
    return g_date_time_format (then, _("%a %-e %B"));

  /* Translators: a day in another year, see g_date_time_format() */
  return g_date_time_format (then, _("%a %-e %B %Y"));
}

/* The key of the first stage of @category (the user may have renamed or
 * added stages); NULL when there is none. */
char *
_pursuit_job_page_find_stage (PursuitStore *store,
                              const char   *category)
{
  g_autoptr(GPtrArray) stages = pursuit_store_list_stages (store);

  for (guint i = 0; stages != NULL && i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);

      if (g_strcmp0 (pursuit_stage_get_category (stage), category) == 0)
        return g_strdup (pursuit_stage_get_key (stage));
    }

  return NULL;
}

/* The form _pursuit_job_page_parse_due() reads back; "" for none. */
char *
_pursuit_job_page_format_due (gint64 unix_time)
{
  g_autoptr(GDateTime) then = NULL;

  if (unix_time <= 0 || (then = g_date_time_new_from_unix_local (unix_time)) == NULL)
    return g_strdup ("");

  return g_date_time_format (then, "%Y-%m-%d %H:%M");
}

/* "YYYY-MM-DD" (9:00 that day) or "YYYY-MM-DD HH:MM", local time; 0 when
 * it is neither. */
gint64
_pursuit_job_page_parse_due (const char *text)
{
  int year, month, day, hour = 9, minute = 0;
  int n;
  g_autoptr(GDateTime) when = NULL;
  char end;

  n = sscanf (text, "%4d-%2d-%2d %2d:%2d%c", &year, &month, &day, &hour, &minute, &end);
  if (n != 3 && n != 5)
    return 0;
  if (!g_date_valid_dmy (day, month, year) || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return 0;

  when = g_date_time_new_local (year, month, day, hour, minute, 0);
  return when != NULL ? g_date_time_to_unix (when) : 0;
}

GtkWidget *
_pursuit_job_page_new_row (const char *title,
                           const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Text from the store or the outside: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL && subtitle[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

/* A left-aligned label for plain text that wraps anywhere it must, so
 * a long word (a URL, a skill such as "PostgreSQL") never widens the
 * page. */
GtkWidget *
_pursuit_job_page_new_label (const char *text,
                             const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* A flat icon button that says what it does, to the eye and to a
 * screen reader. */
GtkWidget *
_pursuit_job_page_new_icon_button (const char *icon_name,
                                   const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  return button;
}

GtkWidget *
_pursuit_job_page_new_action_button (const char *icon_name,
                                     const char *label,
                                     const char *action_name,
                                     gint64      id)
{
  GtkWidget *button = _pursuit_job_page_new_icon_button (icon_name, label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));

  return button;
}

void
_pursuit_job_page_clear_list (GtkListBox *list)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));

  /* The placeholder is a child too: only rows go. */
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (list, child);
      child = next;
    }
}

void
_pursuit_job_page_set_placeholder (GtkListBox *list,
                                   const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_list_box_set_placeholder (list, label);
}

void
_pursuit_job_page_set_row_error (GtkWidget *row,
                                 gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
on_form_cancel_clicked_cb (GtkButton      *button,
                           PursuitJobForm *form)
{
  _pursuit_job_form_close (form);
}

static gboolean
on_form_escape_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  _pursuit_job_form_close (user_data);
  return TRUE;
}

/* @form must stay at its address (a section's private data) while the
 * section lives: its buttons point to it. */
void
_pursuit_job_form_init (PursuitJobForm *form,
                        GtkListBox     *list,
                        const char     *accessible_label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  form->list = list;
  form->row = GTK_LIST_BOX_ROW (g_object_ref_sink (gtk_list_box_row_new ()));
  form->rows = GTK_LIST_BOX (gtk_list_box_new ());
  form->error_label = GTK_LABEL (gtk_label_new (NULL));
  form->save_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Save")));

  gtk_list_box_row_set_activatable (form->row, FALSE);
  gtk_list_box_row_set_selectable (form->row, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (form->row), "job-page-form");
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);

  gtk_list_box_set_selection_mode (form->rows, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (form->rows), "boxed-list");

  gtk_label_set_xalign (form->error_label, 0);
  gtk_label_set_wrap (form->error_label, TRUE);
  gtk_label_set_wrap_mode (form->error_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (form->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (form->error_label), FALSE);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_add_css_class (GTK_WIDGET (form->save_button), "suggested-action");
  g_signal_connect (cancel, "clicked", G_CALLBACK (on_form_cancel_clicked_cb), form);
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (form->save_button));

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->rows));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->error_label));
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_list_box_row_set_child (form->row, box);

  /* Escape leaves the form, not the page. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (on_form_escape_cb, form, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (form->row), shortcuts);
}

void
_pursuit_job_form_dispose (PursuitJobForm *form)
{
  if (form->row == NULL)
    return;

  g_clear_weak_pointer (&form->opener);
  _pursuit_job_form_detach (form);
  g_clear_object (&form->row);
  form->list = NULL;
}

AdwEntryRow *
_pursuit_job_form_add_entry (PursuitJobForm *form,
                             const char     *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (form->rows, row);

  return ADW_ENTRY_ROW (row);
}

AdwComboRow *
_pursuit_job_form_add_combo (PursuitJobForm     *form,
                             const char         *title,
                             const char * const *items)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  gtk_list_box_append (form->rows, row);

  return ADW_COMBO_ROW (row);
}

void
_pursuit_job_form_show_error (PursuitJobForm *form,
                              const char     *message)
{
  if (message != NULL)
    gtk_label_set_text (form->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (form->error_label), message != NULL);
}

/* Takes the form out of its list, showing the row it edited again. */
void
_pursuit_job_form_detach (PursuitJobForm *form)
{
  if (form->edited_row != NULL)
    {
      gtk_widget_set_visible (form->edited_row, TRUE);
      g_clear_weak_pointer (&form->edited_row);
    }

  if (gtk_widget_get_parent (GTK_WIDGET (form->row)) != NULL)
    gtk_list_box_remove (form->list, GTK_WIDGET (form->row));
}

/* Shows the form in place of @edited_row, or at the top of the list when
 * it is %NULL, and focuses its first row. */
void
_pursuit_job_form_open (PursuitJobForm *form,
                        GtkWidget      *edited_row,
                        const char     *save_label)
{
  GtkWidget *first;
  int position = 0;

  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (form->list));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  _pursuit_job_form_detach (form);

  /* Where the focus goes back to: the button that opened the form. */
  if (focus != NULL && !gtk_widget_is_ancestor (focus, GTK_WIDGET (form->row)))
    g_set_weak_pointer (&form->opener, focus);

  if (edited_row != NULL)
    {
      position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (edited_row)) + 1;
      g_set_weak_pointer (&form->edited_row, edited_row);
      gtk_widget_set_visible (edited_row, FALSE);
    }

  gtk_button_set_label (form->save_button, save_label);
  gtk_list_box_insert (form->list, GTK_WIDGET (form->row), position);
  gtk_widget_set_visible (GTK_WIDGET (form->row), TRUE);

  first = gtk_widget_get_first_child (GTK_WIDGET (form->rows));
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

void
_pursuit_job_form_close (PursuitJobForm *form)
{
  gboolean had_focus = gtk_widget_get_parent (GTK_WIDGET (form->row)) != NULL &&
                       gtk_widget_get_focus_child (GTK_WIDGET (form->row)) != NULL;
  g_autoptr(GtkWidget) edited_row = form->edited_row ? g_object_ref (form->edited_row) : NULL;
  g_autoptr(GtkWidget) opener = form->opener ? g_object_ref (form->opener) : NULL;

  g_clear_weak_pointer (&form->opener);
  _pursuit_job_form_detach (form);
  gtk_widget_set_visible (GTK_WIDGET (form->row), FALSE);

  /* The focus goes back where the user came from, rather than to the top
   * of the page. */
  if (had_focus)
    {
      if (opener == NULL || gtk_widget_get_root (opener) == NULL || !gtk_widget_grab_focus (opener))
        {
          if (edited_row != NULL)
            gtk_widget_grab_focus (edited_row);
        }
    }

  if (form->closed != NULL)
    form->closed (form->closed_data);
}

gboolean
_pursuit_job_form_is_open (PursuitJobForm *form)
{
  return gtk_widget_get_parent (GTK_WIDGET (form->row)) != NULL;
}

/* Empties every row and the error line. */
void
_pursuit_job_form_clear (PursuitJobForm *form)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (form->rows));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (ADW_IS_ENTRY_ROW (row))
        gtk_editable_set_text (GTK_EDITABLE (row), "");
      else if (ADW_IS_COMBO_ROW (row))
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
      gtk_widget_remove_css_class (row, "error");
    }

  _pursuit_job_form_show_error (form, NULL);
}

static void
emit_toast (PursuitJobPage *self,
            const char     *plain_title)
{
  g_autoptr(AdwToast) toast = _pursuit_job_page_new_toast (plain_title);

  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

static char *
field_text (PursuitJob *job,
            Field       field)
{
  const char *text = NULL;
  gint64 number;

  switch (field)
    {
    case FIELD_TITLE: text = pursuit_job_get_title (job); break;
    case FIELD_COMPANY: text = pursuit_job_get_company (job); break;
    case FIELD_LOCATION: text = pursuit_job_get_location (job); break;
    case FIELD_CURRENCY: text = pursuit_job_get_currency (job); break;
    case FIELD_URL: text = pursuit_job_get_url (job); break;
    case FIELD_APPLY_URL: text = pursuit_job_get_apply_url (job); break;
    case FIELD_POSTED_DATE: text = pursuit_job_get_posted_date (job); break;
    case FIELD_DEADLINE: text = pursuit_job_get_deadline (job); break;
    case FIELD_EMPLOYMENT_TYPE: text = pursuit_job_get_employment_type (job); break;
    case FIELD_SOURCE: text = pursuit_job_get_source (job); break;
    case FIELD_TAGS:
      return g_strjoinv (", ", (char **)pursuit_job_get_tags (job));
    case FIELD_SALARY_MIN:
    case FIELD_SALARY_MAX:
      number = field == FIELD_SALARY_MIN ? pursuit_job_get_salary_min (job)
                                         : pursuit_job_get_salary_max (job);
      return number > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, number) : g_strdup ("");
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }

  return g_strdup (text ? text : "");
}

/* Puts the row's text into @job; only the salary can fail here, the rest
 * is validated by the store. */
static gboolean
set_field (PursuitJob  *job,
           Field        field,
           const char  *text,
           GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  const char *value = stripped[0] != '\0' ? stripped : NULL;
  g_autofree char *upper = NULL;
  g_auto(GStrv) tags = NULL;
  guint64 number = 0;

  switch (field)
    {
    case FIELD_TITLE: pursuit_job_set_title (job, stripped); break;
    case FIELD_COMPANY: pursuit_job_set_company (job, value); break;
    case FIELD_LOCATION: pursuit_job_set_location (job, value); break;
    case FIELD_URL: pursuit_job_set_url (job, value); break;
    case FIELD_APPLY_URL: pursuit_job_set_apply_url (job, value); break;
    case FIELD_POSTED_DATE: pursuit_job_set_posted_date (job, value); break;
    case FIELD_DEADLINE: pursuit_job_set_deadline (job, value); break;
    case FIELD_EMPLOYMENT_TYPE: pursuit_job_set_employment_type (job, value); break;
    case FIELD_SOURCE: pursuit_job_set_source (job, value); break;
    case FIELD_TAGS:
      /* The job trims them and drops repeats; the store refuses bad ones. */
      tags = g_strsplit (stripped, ",", -1);
      pursuit_job_set_tags (job, (const char * const *)tags);
      break;
    case FIELD_CURRENCY:
      upper = value ? g_ascii_strup (value, -1) : NULL;
      pursuit_job_set_currency (job, upper);
      break;
    case FIELD_SALARY_MIN:
    case FIELD_SALARY_MAX:
      if (value != NULL && !g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT64, &number, NULL))
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("The salary “%s” is not a whole number"), value);
          return FALSE;
        }
      if (field == FIELD_SALARY_MIN)
        pursuit_job_set_salary_min (job, (gint64)number);
      else
        pursuit_job_set_salary_max (job, (gint64)number);
      break;
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
update_error_label (PursuitJobPage *self,
                    const char     *message)
{
  gboolean any = FALSE;

  for (guint i = 0; i < N_FIELDS; i++)
    any |= gtk_widget_has_css_class (GTK_WIDGET (self->rows[i]), "error");

  if (message != NULL)
    gtk_label_set_text (self->posting_error_label, message);

  gtk_widget_set_visible (GTK_WIDGET (self->posting_error_label), any);
}

/* Fills a row from the store unless it holds an unsaved edit. */
static void
load_field (PursuitJobPage *self,
            Field           field,
            gboolean        force)
{
  g_autofree char *text = field_text (self->job, field);

  if (force || g_strcmp0 (row_text (self->rows[field]), self->loaded[field]) == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->rows[field]), "error");
    }

  g_free (self->loaded[field]);
  self->loaded[field] = g_steal_pointer (&text);
}

static void
save_field (PursuitJobPage *self,
            Field           field)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *typed = NULL;

  if (self->job == NULL || self->loading)
    return;

  typed = g_strdup (row_text (self->rows[field]));

  /* Nothing changed: a failed edit the user put back is no error. */
  if (g_strcmp0 (typed, self->loaded[field]) == 0)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->rows[field]), "error");
      update_error_label (self, NULL);
      return;
    }

  /* Start from the store's copy, so a move made elsewhere is not undone,
   * and change only this field. */
  job = pursuit_store_get_job (self->store, self->job_id, &error);
  if (job != NULL)
    pursuit_job_set_stage (job, NULL);

  if (job == NULL ||
      !set_field (job, field, typed, &error) ||
      !pursuit_store_update_job (self->store, job, &error))
    {
      /* Keep the typed text: the row is not touched. */
      gtk_widget_add_css_class (GTK_WIDGET (self->rows[field]), "error");
      update_error_label (self, error->message);
      return;
    }

  /* The store may have normalised the text (currency in capitals). */
  if (self->job != NULL)
    load_field (self, field, TRUE);
  update_error_label (self, NULL);
}

static Field
field_of_row (PursuitJobPage *self,
              AdwEntryRow    *row)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (self->rows[i] == row)
      return i;

  g_return_val_if_reached (FIELD_TITLE);
}

static void
on_field_apply_cb (AdwEntryRow    *row,
                   PursuitJobPage *self)
{
  save_field (self, field_of_row (self, row));
}

static void
on_field_focus_leave_cb (GtkEventControllerFocus *controller,
                         PursuitJobPage          *self)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  save_field (self, field_of_row (self, row));
}

static void
on_remote_active_cb (PursuitJobPage *self,
                     GParamSpec     *pspec,
                     GtkSwitch      *remote_switch)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  if (self->job == NULL || self->loading)
    return;

  job = pursuit_store_get_job (self->store, self->job_id, &error);
  if (job != NULL)
    {
      pursuit_job_set_stage (job, NULL);
      pursuit_job_set_remote (job, gtk_switch_get_active (remote_switch));
    }

  if (job == NULL || !pursuit_store_update_job (self->store, job, &error))
    emit_toast (self, error->message);
}

/* A mail event's message, in Gmail on the web. */
static GtkWidget *
new_open_link_button (const char *url)
{
  GtkWidget *button = gtk_link_button_new_with_label (url, _("Open in Gmail"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Open the message in Gmail on the web"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open in Gmail"),
                                  -1);
  return button;
}

static void
load_timeline (PursuitJobPage *self)
{
  g_autoptr(GPtrArray) events = pursuit_store_list_events (self->store, self->job_id);

  _pursuit_job_page_clear_list (self->timeline_list);

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      PursuitTimelineEvent *event = g_ptr_array_index (events, i);
      g_autofree char *title = pursuit_timeline_event_dup_title (event, self->store);
      g_autofree char *when = _pursuit_job_page_format_relative (pursuit_timeline_event_get_created_at (event));
      g_autofree char *subtitle = NULL;
      g_autoptr(PursuitStage) to = NULL;
      const char *detail = pursuit_timeline_event_get_detail (event);
      const char *url = pursuit_timeline_event_get_url (event);
      GtkWidget *row;

      if (pursuit_timeline_event_get_to_stage (event) != NULL)
        to = pursuit_store_get_stage (self->store, pursuit_timeline_event_get_to_stage (event));

      if (detail != NULL && to != NULL &&
          g_strcmp0 (pursuit_timeline_event_get_kind (event), "stage-changed") == 0 &&
          g_strcmp0 (pursuit_stage_get_category (to), PURSUIT_STAGE_WITHDRAWN) == 0)
        subtitle = g_strdup_printf (_("%s · Reason: %s"), when, detail);
      else if (detail != NULL && *detail != '\0' &&
               g_str_has_prefix (pursuit_timeline_event_get_kind (event), "email-"))
        /* The message's subject. */
        subtitle = g_strdup_printf ("%s · %s", detail, when);
      else
        subtitle = g_strdup (when);

      row = _pursuit_job_page_new_row (title, subtitle);
      if (url != NULL && *url != '\0')
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_open_link_button (url));
      gtk_list_box_append (self->timeline_list, row);
    }
}

/* The header and the posting */

static char *
withdrawn_stage_key (PursuitJobPage *self)
{
  return _pursuit_job_page_find_stage (self->store, PURSUIT_STAGE_WITHDRAWN);
}

static void
load_header (PursuitJobPage *self)
{
  g_autoptr(PursuitStage) stage = pursuit_store_get_stage (self->store, pursuit_job_get_stage (self->job));
  const char *description = pursuit_job_get_description (self->job);
  gboolean can_withdraw = FALSE;

  gtk_label_set_text (self->title_label, pursuit_job_get_title (self->job));
  gtk_label_set_text (self->toolbar_title, pursuit_job_get_title (self->job));
  gtk_label_set_text (self->company_label, pursuit_job_get_company (self->job) ? pursuit_job_get_company (self->job) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->company_label), pursuit_job_get_company (self->job) != NULL);

  if (stage != NULL)
    {
      gtk_label_set_text (self->stage_label, pursuit_stage_get_label (stage));
      _pursuit_stage_dot_get_color (stage, &self->stage_color);
      can_withdraw = pursuit_pipeline_is_open (pursuit_stage_get_category (stage)) &&
                     pursuit_pipeline_check_transition (pursuit_stage_get_category (stage),
                                                        PURSUIT_STAGE_WITHDRAWN, NULL);
    }
  else
    {
      gtk_label_set_text (self->stage_label, pursuit_job_get_stage (self->job));
      _pursuit_stage_dot_get_color (NULL, &self->stage_color);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self->stage_dot));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-page.withdraw", can_withdraw);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-page.delete", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-page.export-report", TRUE);
  pursuit_job_apply_button_set_job (self->apply_button, self->store, self->job);

  /* Posting text is never markup. */
  if (description != NULL && description[0] != '\0')
    {
      gtk_label_set_text (self->description_label, description);
      gtk_label_set_selectable (self->description_label, TRUE);
      gtk_widget_remove_css_class (GTK_WIDGET (self->description_label), "dim-label");
    }
  else
    {
      /* Not selectable: Tab would stop on it and select the placeholder. */
      gtk_label_set_text (self->description_label, _("No description"));
      gtk_label_set_selectable (self->description_label, FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self->description_label), "dim-label");
    }
}

static void
load_posting (PursuitJobPage *self,
              gboolean        force)
{
  self->loading = TRUE;

  for (guint i = 0; i < N_FIELDS; i++)
    load_field (self, i, force);

  gtk_switch_set_active (self->remote_switch, pursuit_job_get_remote (self->job));

  self->loading = FALSE;
  update_error_label (self, NULL);
}

/* The sections show the page's job, or nothing when it has none. */
static void
load_sections (PursuitJobPage *self)
{
  gint64 job_id = self->job != NULL ? self->job_id : 0;

  pursuit_job_section_set_job_id (PURSUIT_JOB_SECTION (self->notes_section), job_id);
  pursuit_job_section_set_job_id (PURSUIT_JOB_SECTION (self->contacts_section), job_id);
  pursuit_job_section_set_job_id (PURSUIT_JOB_SECTION (self->documents_section), job_id);
  pursuit_job_section_set_job_id (PURSUIT_JOB_SECTION (self->interviews_section), job_id);
  pursuit_job_section_set_job_id (PURSUIT_JOB_SECTION (self->follow_ups_section), job_id);
  pursuit_job_section_set_job_id (PURSUIT_JOB_SECTION (self->match_section), job_id);
  pursuit_job_ghosting_banner_set_job_id (self->ghosting_banner, job_id);
}

static void
show_empty (PursuitJobPage *self)
{
  g_clear_object (&self->job);
  load_sections (self);

  for (guint i = 0; i < N_FIELDS; i++)
    g_clear_pointer (&self->loaded[i], g_free);

  gtk_label_set_text (self->toolbar_title, "");
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-page.withdraw", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-page.delete", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-page.export-report", FALSE);
  pursuit_job_apply_button_set_job (self->apply_button, NULL, NULL);
}

/* A new job: everything from the store, edits of the previous job dropped. */
static void
reload (PursuitJobPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->job);

  if (self->store == NULL || self->job_id <= 0)
    {
      show_empty (self);
      return;
    }

  self->job = pursuit_store_get_job (self->store, self->job_id, &error);
  if (self->job == NULL)
    {
      g_debug ("Job %" G_GINT64_FORMAT " is not in the store: %s", self->job_id, error->message);
      show_empty (self);
      return;
    }

  for (guint i = 0; i < N_FIELDS; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->rows[i]), "error");

  load_header (self);
  load_posting (self, TRUE);
  load_sections (self);
  load_timeline (self);

  gtk_stack_set_visible_child_name (self->content_stack, "job");
}

/* Store signals */

static void
on_job_changed_cb (PursuitJobPage *self,
                   PursuitJob     *job,
                   PursuitStore   *store)
{
  if (self->job == NULL || pursuit_job_get_id (job) != self->job_id)
    return;

  g_set_object (&self->job, job);
  load_header (self);
  load_posting (self, FALSE);
  load_timeline (self);
}

static void
on_stage_changed_cb (PursuitJobPage *self,
                     PursuitJob     *job,
                     const char     *from,
                     const char     *to,
                     PursuitStore   *store)
{
  /* job-changed has already refreshed the rest. */
  if (self->job != NULL && pursuit_job_get_id (job) == self->job_id)
    load_timeline (self);
}

static void
on_note_added_cb (PursuitJobPage *self,
                  PursuitNote    *note,
                  PursuitStore   *store)
{
  if (self->job == NULL || pursuit_note_get_job_id (note) != self->job_id)
    return;

  load_timeline (self);
}

static void
on_section_add_toast_cb (PursuitJobPage *self,
                         AdwToast       *toast)
{
  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

/* Scheduled, rescheduled or cancelled: the timeline says so. */
static void
on_interview_cb (PursuitJobPage   *self,
                 PursuitInterview *interview,
                 PursuitStore     *store)
{
  if (self->job == NULL || pursuit_interview_get_job_id (interview) != self->job_id)
    return;

  load_timeline (self);
}

static void
on_follow_ups_changed_cb (PursuitJobPage *self,
                          gint64          job_id,
                          PursuitStore   *store)
{
  if (self->job != NULL && job_id == self->job_id)
    load_timeline (self);
}

static void
on_stages_changed_cb (PursuitJobPage *self,
                      PursuitStore   *store)
{
  if (self->job == NULL)
    return;

  load_header (self);
  load_timeline (self);
}

static void
on_job_removed_cb (PursuitJobPage *self,
                   gint64          job_id,
                   PursuitStore   *store)
{
  if (job_id != self->job_id || self->job_id == 0)
    return;

  self->job_id = 0;
  show_empty (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB_ID]);
  g_signal_emit (self, signals [CLOSE_REQUESTED], 0);
}

/* A restore or a large transaction: the job may be gone or changed in
 * every part. */
static void
on_reloaded_cb (PursuitJobPage *self,
                PursuitStore   *store)
{
  g_autoptr(PursuitJob) job = NULL;

  if (self->job == NULL)
    return;

  job = pursuit_store_get_job (store, self->job_id, NULL);
  if (job == NULL)
    {
      on_job_removed_cb (self, self->job_id, store);
      return;
    }

  on_job_changed_cb (self, job, store);
}

/* Invitations dropped on the page */

static gboolean
is_invitation (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = name != NULL ? g_utf8_casefold (name, -1) : NULL;

  return folded != NULL && g_str_has_suffix (folded, ".ics");
}

static gboolean
on_drop_cb (GtkDropTarget  *target,
            const GValue   *value,
            double          x,
            double          y,
            PursuitJobPage *self)
{
  GSList *files;
  guint imported = 0;

  if (self->job == NULL || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    {
      if (!is_invitation (l->data))
        continue;

      pursuit_job_interviews_section_import_file (self->interviews_section, l->data);
      imported++;
    }
  g_slist_free (files);

  if (imported == 0)
    emit_toast (self, _("Drop a calendar invitation (.ics) to add its interview"));

  return imported > 0;
}

/* Withdraw */

static void
on_withdraw_response_cb (PursuitWithdrawDialog *dialog,
                         const char            *response,
                         PursuitJobPage        *self)
{
  g_autofree char *reason = pursuit_withdraw_dialog_get_reason (dialog);
  g_autofree char *stage = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "withdraw") || self->job == NULL || reason[0] == '\0')
    return;

  stage = withdrawn_stage_key (self);
  if (stage == NULL)
    {
      emit_toast (self, _("There is no Withdrawn stage"));
      return;
    }

  if (!pursuit_store_move_job (self->store, self->job_id, stage, reason, &error))
    emit_toast (self, error->message);
  else
    emit_toast (self, _("Application withdrawn"));
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (widget);
  g_autofree char *stage_key = NULL;
  g_autoptr(PursuitStage) stage = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->job == NULL)
    return;

  stage_key = withdrawn_stage_key (self);
  stage = pursuit_store_get_stage (self->store, stage_key);
  /* Translators: the job's title, then the name of the Withdrawn stage,
   * which the user may have renamed */
  body = g_strdup_printf (_("“%s” moves to “%s”. Why are you withdrawing?"),
                          pursuit_job_get_title (self->job),
                          stage != NULL ? pursuit_stage_get_label (stage) : "");
  dialog = pursuit_withdraw_dialog_new (widget, _("Withdraw Application?"), body);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_withdraw_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Delete, with undo */

static void
on_undo_delete_clicked_cb (AdwToast       *toast,
                           PursuitJobPage *self)
{
  PursuitJobDeletion *deletion = g_object_get_data (G_OBJECT (toast), "pursuit-undo");
  g_autoptr(GError) error = NULL;

  if (deletion != NULL && !pursuit_job_deletion_undo (deletion, &error))
    emit_toast (self, error->message);
}

static void
delete_job (PursuitJobPage *self)
{
  g_autoptr(PursuitJobDeletion) deletion = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 job_id = self->job_id;

  if (self->job == NULL)
    return;

  /* job-removed empties and closes this page. */
  deletion = pursuit_job_deletion_new (self->store);
  if (!pursuit_job_deletion_delete (deletion, &job_id, 1, &error))
    {
      emit_toast (self, error->message);
      return;
    }

  title = g_strdup_printf (_("“%s” deleted"),
                           pursuit_job_get_title (pursuit_job_deletion_get_job (deletion, 0)));
  toast = _pursuit_job_page_new_undo_toast (title);
  g_object_set_data_full (G_OBJECT (toast), "pursuit-undo", g_steal_pointer (&deletion), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_delete_clicked_cb), self, 0);
  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       PursuitJobPage   *self)
{
  if (g_str_equal (response, "delete"))
    delete_job (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (self->job == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Delete Job?"), NULL));
  adw_message_dialog_format_body (dialog, _("“%s”, its notes and its contacts will be deleted."),
                                  pursuit_job_get_title (self->job));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals [CLOSE_REQUESTED], 0);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (widget);

  if (self->job != NULL)
    pursuit_job_report_export (widget, self->store, self->job_id);
}

/* The window opens the company page (win.show-company), so the Reports
 * page and the job page share one way in. */
static void
show_company_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (widget);
  g_autofree char *key = NULL;

  if (self->job == NULL || pursuit_job_get_company (self->job) == NULL ||
      (key = pursuit_company_key_for_name (pursuit_job_get_company (self->job))) == NULL)
    return;

  gtk_widget_activate_action (widget, "win.show-company", "s", key);
}

/* GObject */

static void
set_store (PursuitJobPage *self,
           PursuitStore   *store)
{
  g_assert (self->store == NULL);

  if (store == NULL)
    return;

  self->store = g_object_ref (store);
  pursuit_job_section_set_store (PURSUIT_JOB_SECTION (self->notes_section), store);
  pursuit_job_section_set_store (PURSUIT_JOB_SECTION (self->contacts_section), store);
  pursuit_job_section_set_store (PURSUIT_JOB_SECTION (self->documents_section), store);
  pursuit_job_section_set_store (PURSUIT_JOB_SECTION (self->interviews_section), store);
  pursuit_job_section_set_store (PURSUIT_JOB_SECTION (self->follow_ups_section), store);
  pursuit_job_section_set_store (PURSUIT_JOB_SECTION (self->match_section), store);
  pursuit_job_ghosting_banner_set_store (self->ghosting_banner, store);
  g_signal_connect_object (store, "job-changed", G_CALLBACK (on_job_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "stage-changed", G_CALLBACK (on_stage_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "note-added", G_CALLBACK (on_note_added_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "interview-scheduled", G_CALLBACK (on_interview_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "interview-changed", G_CALLBACK (on_interview_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "follow-ups-changed", G_CALLBACK (on_follow_ups_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "stages-changed", G_CALLBACK (on_stages_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "job-removed", G_CALLBACK (on_job_removed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reloaded", G_CALLBACK (on_reloaded_cb), self, G_CONNECT_SWAPPED);
}

static void
pursuit_job_page_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  *minimum = *natural = 0;
  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);

  /* Beside the board the page asks for a reading width of its own rather
   * than its content's (the preferences page would take half the window);
   * it still fits a 360 px window when the leaflet folds. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, 440);
}

static void
pursuit_job_page_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
pursuit_job_page_dispose (GObject *object)
{
  PursuitJobPage *self = (PursuitJobPage *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  /* Focus leaving a row while the template goes away saves nothing. */
  g_clear_object (&self->job);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_JOB_PAGE);

  g_clear_object (&self->store);

  for (guint i = 0; i < N_FIELDS; i++)
    g_clear_pointer (&self->loaded[i], g_free);

  G_OBJECT_CLASS (pursuit_job_page_parent_class)->dispose (object);
}

static void
pursuit_job_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;
    case PROP_JOB_ID:
      pursuit_job_page_set_job_id (self, g_value_get_int64 (value));
      break;
    case PROP_FOLDED:
      pursuit_job_page_set_folded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_page_class_init (PursuitJobPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_job_page_dispose;
  object_class->get_property = pursuit_job_page_get_property;
  object_class->set_property = pursuit_job_page_set_property;

  widget_class->measure = pursuit_job_page_measure;
  widget_class->size_allocate = pursuit_job_page_size_allocate;

  /**
   * PursuitJobPage:store:
   *
   * The store the job lives in.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * PursuitJobPage:job-id:
   *
   * The id of the job shown, 0 for none.
   */
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PursuitJobPage:folded:
   *
   * Whether the page covers the board (a narrow window): it then offers
   * Back instead of Close.
   */
  properties [PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitJobPage::close-requested:
   *
   * The user closed the page, or its job was deleted.
   */
  signals [CLOSE_REQUESTED] =
    g_signal_new ("close-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PursuitJobPage::add-toast:
   * @toast: the toast to show
   *
   * The page has something to tell, or to offer undoing.
   */
  signals [ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (PURSUIT_TYPE_JOB_NOTES_SECTION);
  g_type_ensure (PURSUIT_TYPE_JOB_CONTACTS_SECTION);
  g_type_ensure (PURSUIT_TYPE_JOB_DOCUMENTS_SECTION);
  g_type_ensure (PURSUIT_TYPE_JOB_INTERVIEWS_SECTION);
  g_type_ensure (PURSUIT_TYPE_JOB_FOLLOW_UPS_SECTION);
  g_type_ensure (PURSUIT_TYPE_JOB_MATCH_SECTION);
  g_type_ensure (PURSUIT_TYPE_JOB_GHOSTING_BANNER);
  g_type_ensure (PURSUIT_TYPE_JOB_APPLY_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-job-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, side_separator);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, close_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, toolbar_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, apply_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, company_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, stage_dot);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, stage_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, company_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, location_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, salary_min_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, salary_max_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, currency_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, url_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, apply_url_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, posted_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, employment_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, source_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, remote_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, posting_error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, tags_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, notes_section);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, contacts_section);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, documents_section);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, interviews_section);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, follow_ups_section);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, match_section);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, ghosting_banner);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, timeline_list);
  gtk_widget_class_bind_template_callback (widget_class, on_field_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remote_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_section_add_toast_cb);

  gtk_widget_class_install_action (widget_class, "job-page.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "job-page.withdraw", NULL, withdraw_action);
  gtk_widget_class_install_action (widget_class, "job-page.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "job-page.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "job-page.show-company", NULL, show_company_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "job-page.close", NULL);

  gtk_widget_class_set_css_name (widget_class, "jobpage");
}

static void
pursuit_job_page_init (PursuitJobPage *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_inner_buttons (GTK_WIDGET (self));

  /* Our measure() asks for more natural width than the child (AdwBin
   * otherwise sizes through a GtkBinLayout, which would ignore it). */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  /* Beside the board, the board takes the extra width, not the page. */
  gtk_widget_set_hexpand (GTK_WIDGET (self), FALSE);

  self->rows[FIELD_TITLE] = self->title_row;
  self->rows[FIELD_COMPANY] = self->company_row;
  self->rows[FIELD_LOCATION] = self->location_row;
  self->rows[FIELD_SALARY_MIN] = self->salary_min_row;
  self->rows[FIELD_SALARY_MAX] = self->salary_max_row;
  self->rows[FIELD_CURRENCY] = self->currency_row;
  self->rows[FIELD_URL] = self->url_row;
  self->rows[FIELD_APPLY_URL] = self->apply_url_row;
  self->rows[FIELD_POSTED_DATE] = self->posted_row;
  self->rows[FIELD_DEADLINE] = self->deadline_row;
  self->rows[FIELD_EMPLOYMENT_TYPE] = self->employment_row;
  self->rows[FIELD_SOURCE] = self->source_row;
  self->rows[FIELD_TAGS] = self->tags_row;

  for (guint i = 0; i < N_FIELDS; i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_object (focus, "leave", G_CALLBACK (on_field_focus_leave_cb), self, 0);
      gtk_widget_add_controller (GTK_WIDGET (self->rows[i]), focus);
    }

  /* An invitation (.ics) dropped anywhere on the job adds its interview. */
  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->content_stack), GTK_EVENT_CONTROLLER (drop));

  gtk_drawing_area_set_draw_func (self->stage_dot, _pursuit_stage_dot_draw, &self->stage_color, NULL);
  _pursuit_stage_dot_get_color (NULL, &self->stage_color);

  _pursuit_job_page_set_placeholder (self->timeline_list, _("Nothing has happened yet"));

  show_empty (self);
}

/**
 * pursuit_job_page_new:
 * @store: the store
 *
 * Returns: (transfer floating): a new, empty job page
 */
GtkWidget *
pursuit_job_page_new (PursuitStore *store)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  return g_object_new (PURSUIT_TYPE_JOB_PAGE, "store", store, NULL);
}

/**
 * pursuit_job_page_get_store:
 *
 * Returns: (transfer none): the store
 */
PursuitStore *
pursuit_job_page_get_store (PursuitJobPage *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_PAGE (self), NULL);
  return self->store;
}

gint64
pursuit_job_page_get_job_id (PursuitJobPage *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_PAGE (self), 0);
  return self->job_id;
}

/**
 * pursuit_job_page_set_job_id:
 * @self: a job page
 * @job_id: the job to show, 0 for none
 *
 * Shows a job, reloaded from the store (also when it is already shown).
 * Unsaved edits of the previous job are dropped.
 */
void
pursuit_job_page_set_job_id (PursuitJobPage *self,
                             gint64          job_id)
{
  g_return_if_fail (PURSUIT_IS_JOB_PAGE (self));

  if (self->job_id != job_id)
    {
      self->job_id = job_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB_ID]);
    }

  reload (self);

  if (self->job != NULL)
    {
      GtkAdjustment *adjustment;
      GtkWidget *scrolled = gtk_widget_get_first_child (GTK_WIDGET (self->preferences_page));

      /* A new job starts at the top. */
      if (GTK_IS_SCROLLED_WINDOW (scrolled))
        {
          adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
          gtk_adjustment_set_value (adjustment, 0);
        }
    }
}

gboolean
pursuit_job_page_get_folded (PursuitJobPage *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_PAGE (self), FALSE);
  return self->folded;
}

/**
 * pursuit_job_page_set_folded:
 * @self: a job page
 * @folded: whether the page covers the board
 *
 * Switches the page's Close button to Back, and drops its side border.
 */
void
pursuit_job_page_set_folded (PursuitJobPage *self,
                             gboolean        folded)
{
  const char *label;

  g_return_if_fail (PURSUIT_IS_JOB_PAGE (self));

  folded = !!folded;
  if (self->folded == folded)
    return;

  self->folded = folded;

  label = folded ? _("Back") : _("Close Job");
  gtk_button_set_icon_name (self->close_button, folded ? "go-previous-symbolic" : "window-close-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->close_button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->close_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->side_separator), !folded);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FOLDED]);
}

/**
 * pursuit_job_page_set_ai_provider:
 * @self: a job page
 * @provider: (nullable): the optional AI
 *
 * Lets the Match section explain the match, and its cover letter and
 * practice windows use the AI, whenever @provider gives a client.
 */
void
pursuit_job_page_set_ai_provider (PursuitJobPage    *self,
                                  PursuitAiProvider *provider)
{
  g_return_if_fail (PURSUIT_IS_JOB_PAGE (self));
  g_return_if_fail (provider == NULL || PURSUIT_IS_AI_PROVIDER (provider));

  pursuit_job_match_section_set_ai_provider (self->match_section, provider);
  pursuit_job_documents_section_set_ai_provider (self->documents_section, provider);
}
