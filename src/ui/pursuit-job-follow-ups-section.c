/* pursuit-job-follow-ups-section.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-compose-dialog.h"
#include "pursuit-follow-up-template.h"
#include "pursuit-job-follow-ups-section.h"
#include "pursuit-job-page-private.h"

/* A job's follow-ups: the pending ones with when they are due, and those
 * completed in the last weeks. A pending one can be marked done, snoozed,
 * skipped (each with Undo) or composed: its template filled in and, with
 * Gmail on, opened in the compose dialog (a reply in the job's thread when
 * there is one); else copied to the clipboard and opened in the mail
 * program; addressed to the job's first contact with an email address. */

#define RECENT_DAYS 30

struct _PursuitJobFollowUpsSection
{
  PursuitJobSection parent_instance;

  GCancellable *cancellable;
  GtkListBox   *follow_ups_list;
};

G_DEFINE_FINAL_TYPE (PursuitJobFollowUpsSection, pursuit_job_follow_ups_section, PURSUIT_TYPE_JOB_SECTION)

static PursuitStore *
section_store (PursuitJobFollowUpsSection *self)
{
  return pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static gboolean
is_pending (PursuitFollowUp *follow_up)
{
  return g_strcmp0 (pursuit_follow_up_get_status (follow_up), "pending") == 0;
}

/* Calendar days from today to @unix_time, in local time. */
static int
days_from_today (gint64 unix_time)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_new_from_unix_local (unix_time);
  GDate today, day;

  if (then == NULL)
    return 0;

  g_date_clear (&today, 1);
  g_date_clear (&day, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  g_date_set_dmy (&day, g_date_time_get_day_of_month (then), g_date_time_get_month (then), g_date_time_get_year (then));

  return g_date_days_between (&today, &day);
}

/* "Due tomorrow", "Overdue by 2 days", "Due in 5 days · Fri 27 November". */
static char *
describe_due (gint64 due_at)
{
  int days = days_from_today (due_at);
  g_autofree char *day = _pursuit_job_page_format_day (due_at);
  g_autofree char *when = NULL;

  if (days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day", "Overdue by %d days", -days), -days);
  if (days == 0)
    return g_strdup (_("Due today"));
  if (days == 1)
    return g_strdup (_("Due tomorrow"));

  when = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day", "Due in %d days", days), days);
  return g_strdup_printf ("%s · %s", when, day);
}

static char *
describe_status (PursuitFollowUp *follow_up)
{
  const char *status = pursuit_follow_up_get_status (follow_up);
  gint64 at = pursuit_follow_up_get_completed_at (follow_up);
  g_autofree char *when = _pursuit_job_page_format_relative (at > 0 ? at : pursuit_follow_up_get_due_at (follow_up));
  const char *label;

  if (is_pending (follow_up))
    return describe_due (pursuit_follow_up_get_due_at (follow_up));

  if (g_strcmp0 (status, "done") == 0)
    label = _("Done");
  else if (g_strcmp0 (status, "sent") == 0)
    label = _("Sent");
  else if (g_strcmp0 (status, "skipped") == 0)
    label = _("Skipped");
  else
    return g_strdup (_("Cancelled"));

  return g_strdup_printf ("%s · %s", label, when);
}

/* The template with its placeholders filled in */

/* For follow-ups made before templates were stored with them. */
static const char *
fallback_template (PursuitFollowUp *follow_up)
{
  if (pursuit_follow_up_get_interview_id (follow_up) > 0)
    return _("Subject: Thank you for the interview\n"
             "\n"
             "Hello {contact_name},\n"
             "\n"
             "Thank you for taking the time to talk with me about the {title} position at {company}. "
             "I enjoyed our conversation and I am excited about the role.\n"
             "\n"
             "Best regards,\n"
             "{my_name}");

  return _("Subject: Following up on my application for {title}\n"
           "\n"
           "Hello {contact_name},\n"
           "\n"
           "I am following up on my application for the {title} position at {company}. "
           "I am still very interested and would be glad to hear about the next steps.\n"
           "\n"
           "Best regards,\n"
           "{my_name}");
}

/* The contact to write to: the first one with an address, else the first. */
static PursuitContact *
dup_contact (PursuitStore *store,
             gint64        job_id)
{
  g_autoptr(GPtrArray) contacts = pursuit_store_list_contacts (store, job_id);

  if (contacts == NULL || contacts->len == 0)
    return NULL;

  for (guint i = 0; i < contacts->len; i++)
    {
      PursuitContact *contact = g_ptr_array_index (contacts, i);
      const char *email = pursuit_contact_get_email (contact);

      if (email != NULL && email[0] != '\0')
        return g_object_ref (contact);
    }

  return g_object_ref (g_ptr_array_index (contacts, 0));
}

/* The interview a thank-you is for, or else the last one that began. */
static gint64
interview_time (PursuitStore    *store,
                PursuitFollowUp *follow_up)
{
  gint64 interview_id = pursuit_follow_up_get_interview_id (follow_up);
  g_autoptr(GPtrArray) interviews = NULL;
  gint64 now = now_seconds ();
  gint64 last = 0;

  if (interview_id > 0)
    {
      g_autoptr(PursuitInterview) interview = pursuit_store_get_interview (store, interview_id, NULL);

      if (interview != NULL)
        return pursuit_interview_get_starts_at (interview);
    }

  interviews = pursuit_store_list_interviews (store, pursuit_follow_up_get_job_id (follow_up));
  for (guint i = 0; interviews != NULL && i < interviews->len; i++)
    {
      PursuitInterview *interview = g_ptr_array_index (interviews, i);
      gint64 starts_at = pursuit_interview_get_starts_at (interview);

      if (g_strcmp0 (pursuit_interview_get_status (interview), "cancelled") != 0 && starts_at <= now)
        last = MAX (last, starts_at);
    }

  return last;
}

static const char *
sender_name (void)
{
  const char *name = g_get_real_name ();

  /* GLib's word for "not set". */
  return name != NULL && g_strcmp0 (name, "Unknown") != 0 ? name : NULL;
}

typedef struct
{
  char *to;
  char *subject;
  char *body;
} Message;

static void
message_clear (Message *message)
{
  g_clear_pointer (&message->to, g_free);
  g_clear_pointer (&message->subject, g_free);
  g_clear_pointer (&message->body, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Message, message_clear)

static void
compose_message (PursuitStore    *store,
                 PursuitFollowUp *follow_up,
                 PursuitJob      *job,
                 PursuitContact  *contact,
                 Message         *message)
{
  PursuitTemplateContext context = { 0 };
  const char *template_ = pursuit_follow_up_get_template (follow_up);
  g_autofree char *expanded = NULL;
  char *body = NULL;

  if (template_ == NULL || template_[0] == '\0')
    template_ = fallback_template (follow_up);

  context.job = job;
  context.contact = contact;
  context.interview_at = interview_time (store, follow_up);
  context.sender_name = sender_name ();

  expanded = pursuit_follow_up_template_expand (template_, &context);
  message->subject = pursuit_follow_up_template_split_subject (expanded, &body);
  message->body = message->subject != NULL ? body : g_steal_pointer (&expanded);
  if (message->subject == NULL)
    g_free (body);

  if (contact != NULL && pursuit_contact_get_email (contact) != NULL && pursuit_contact_get_email (contact)[0] != '\0')
    message->to = g_strdup (pursuit_contact_get_email (contact));
}

/* mailto:ada@example.com?subject=...&body=... (RFC 6068) */
static char *
mailto_uri (const Message *message)
{
  g_autoptr(GString) uri = g_string_new ("mailto:");
  char separator = '?';

  if (message->to != NULL)
    g_string_append_uri_escaped (uri, message->to, "@", FALSE);

  if (message->subject != NULL)
    {
      g_string_append_printf (uri, "%csubject=", separator);
      g_string_append_uri_escaped (uri, message->subject, NULL, FALSE);
      separator = '&';
    }

  if (message->body != NULL)
    {
      g_string_append_printf (uri, "%cbody=", separator);
      g_string_append_uri_escaped (uri, message->body, NULL, FALSE);
    }

  return g_string_free (g_steal_pointer (&uri), FALSE);
}

/* Rows */

static PursuitFollowUp *
find_follow_up (PursuitJobFollowUpsSection *self,
                gint64                      follow_up_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->follow_ups_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PursuitFollowUp *follow_up = g_object_get_data (G_OBJECT (child), "follow-up");

      if (follow_up != NULL && pursuit_follow_up_get_id (follow_up) == follow_up_id)
        return follow_up;
    }

  return NULL;
}

static char *
follow_up_title (PursuitStore    *store,
                 PursuitFollowUp *follow_up,
                 PursuitJob      *job,
                 PursuitContact  *contact)
{
  g_auto(Message) message = { 0 };

  /* The message's subject says best what it is about. */
  compose_message (store, follow_up, job, contact, &message);
  if (message.subject != NULL && message.subject[0] != '\0')
    return g_steal_pointer (&message.subject);

  if (pursuit_follow_up_get_interview_id (follow_up) > 0)
    return g_strdup (_("Thank-you note"));

  return g_strdup_printf (_("Follow-up %d"), pursuit_follow_up_get_step (follow_up));
}

static GtkWidget *
new_snooze_button (gint64 follow_up_id)
{
  static const struct {
    int         days;
    const char *label;
  } choices[] = {
    { 1, N_("For 1 _Day") },
    { 3, N_("For _3 Days") },
    { 7, N_("For 1 _Week") },
  };
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(choices[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, "follow-ups.snooze",
                                               g_variant_new ("(xi)", follow_up_id, choices[i].days));
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "alarm-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Snooze Follow-up"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Snooze Follow-up"),
                                  -1);

  /* The toggle button inside is what a screen reader lands on. */
  for (GtkWidget *child = gtk_widget_get_first_child (button); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Snooze Follow-up"),
                                      -1);

  return button;
}

static void
on_done_toggled_cb (GtkCheckButton             *check,
                    PursuitJobFollowUpsSection *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW);
  PursuitFollowUp *follow_up = row != NULL ? g_object_get_data (G_OBJECT (row), "follow-up") : NULL;
  gboolean done = gtk_check_button_get_active (check);

  if (follow_up == NULL || done == !is_pending (follow_up))
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), done ? "follow-ups.done" : "follow-ups.reopen",
                              "x", pursuit_follow_up_get_id (follow_up));
}

static GtkWidget *
new_follow_up_row (PursuitJobFollowUpsSection *self,
                   PursuitFollowUp            *follow_up,
                   PursuitJob                 *job,
                   PursuitContact             *contact)
{
  PursuitStore *store = section_store (self);
  g_autofree char *title = follow_up_title (store, follow_up, job, contact);
  g_autofree char *subtitle = describe_status (follow_up);
  GtkWidget *row = _pursuit_job_page_new_row (title, subtitle);
  gint64 id = pursuit_follow_up_get_id (follow_up);
  const char *status = pursuit_follow_up_get_status (follow_up);
  gboolean pending = is_pending (follow_up);

  g_object_set_data_full (G_OBJECT (row), "follow-up", g_object_ref (follow_up), g_object_unref);

  if (pending || g_strcmp0 (status, "done") == 0)
    {
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), !pending);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (check, _("Done"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"),
                                      -1);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_done_toggled_cb), self, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
    }

  if (!pending)
    {
      gtk_widget_add_css_class (row, "dim-label");
      return row;
    }

  if (pursuit_follow_up_get_due_at (follow_up) < now_seconds ())
    gtk_widget_add_css_class (row, "follow-up-overdue");

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             _pursuit_job_page_new_action_button ("mail-send-symbolic", _("Compose Message"),
                                                                  "follow-ups.compose", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_snooze_button (id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             _pursuit_job_page_new_action_button ("media-skip-forward-symbolic", _("Skip Follow-up"),
                                                                  "follow-ups.skip", id));

  return row;
}

/* Changes, with Undo */

typedef struct
{
  PursuitStore *store;
  gint64        follow_up_id;
  char         *status;     /* the status to go back to; NULL: the due time */
  gint64        due_at;
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_clear_object (&undo->store);
  g_free (undo->status);
  g_free (undo);
}

static void
on_undo_clicked_cb (AdwToast *toast,
                    Undo     *undo)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (undo->status != NULL)
    ok = pursuit_store_set_follow_up_status (undo->store, undo->follow_up_id, undo->status, &error);
  else
    ok = pursuit_store_reschedule_follow_up (undo->store, undo->follow_up_id, undo->due_at, &error);

  if (!ok)
    g_warning ("Could not undo a change of follow-up %" G_GINT64_FORMAT ": %s", undo->follow_up_id, error->message);
}

static void
offer_undo (PursuitJobFollowUpsSection *self,
            const char                 *plain_title,
            PursuitFollowUp            *before,
            gboolean                    status_changed)
{
  g_autoptr(AdwToast) toast = _pursuit_job_page_new_toast (plain_title);
  Undo *undo = g_new0 (Undo, 1);

  undo->store = g_object_ref (section_store (self));
  undo->follow_up_id = pursuit_follow_up_get_id (before);
  undo->status = status_changed ? g_strdup (pursuit_follow_up_get_status (before)) : NULL;
  undo->due_at = pursuit_follow_up_get_due_at (before);

  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), undo, undo_free, 0);
  _pursuit_job_section_add_toast (PURSUIT_JOB_SECTION (self), toast);
}

static void
set_status (PursuitJobFollowUpsSection *self,
            gint64                      follow_up_id,
            const char                 *status,
            const char                 *toast_title)
{
  PursuitFollowUp *follow_up = find_follow_up (self, follow_up_id);
  g_autoptr(PursuitFollowUp) before = NULL;
  g_autoptr(GError) error = NULL;

  if (follow_up == NULL || section_store (self) == NULL)
    return;

  before = pursuit_follow_up_copy (follow_up);
  if (!pursuit_store_set_follow_up_status (section_store (self), follow_up_id, status, &error))
    {
      _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), error->message);
      _pursuit_job_section_queue_reload (PURSUIT_JOB_SECTION (self));
      return;
    }

  if (toast_title != NULL)
    offer_undo (self, toast_title, before, TRUE);
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  set_status (PURSUIT_JOB_FOLLOW_UPS_SECTION (widget), g_variant_get_int64 (parameter),
              "done", _("Follow-up done"));
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  set_status (PURSUIT_JOB_FOLLOW_UPS_SECTION (widget), g_variant_get_int64 (parameter),
              "pending", NULL);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  set_status (PURSUIT_JOB_FOLLOW_UPS_SECTION (widget), g_variant_get_int64 (parameter),
              "skipped", _("Follow-up skipped"));
}

/* Later by whole days, at the same time of day; from now when it is
 * already overdue. */
static void
snooze_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitJobFollowUpsSection *self = PURSUIT_JOB_FOLLOW_UPS_SECTION (widget);
  g_autoptr(PursuitFollowUp) before = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) until = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  g_autofree char *title = NULL;
  PursuitFollowUp *follow_up;
  gint64 follow_up_id;
  int days;

  g_variant_get (parameter, "(xi)", &follow_up_id, &days);
  follow_up = find_follow_up (self, follow_up_id);
  if (follow_up == NULL || section_store (self) == NULL || days < 1)
    return;

  before = pursuit_follow_up_copy (follow_up);
  from = g_date_time_new_from_unix_local (MAX (pursuit_follow_up_get_due_at (follow_up), now_seconds ()));
  until = g_date_time_add_days (from, days);

  if (!pursuit_store_reschedule_follow_up (section_store (self), follow_up_id, g_date_time_to_unix (until), &error))
    {
      _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), error->message);
      return;
    }

  day = _pursuit_job_page_format_day (g_date_time_to_unix (until));
  /* Translators: the day the follow-up is now due */
  title = g_strdup_printf (_("Snoozed until %s"), day);
  offer_undo (self, title, before, FALSE);
}

/* Compose */

typedef struct
{
  PursuitJobFollowUpsSection *self;   /* weak */
} LaunchData;

static void
launch_mail_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LaunchData *data = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("Could not open the mail program: %s", error->message);
      if (data->self != NULL)
        _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (data->self),
                                           _("No mail program opened: paste the message into one"));
    }

  g_clear_weak_pointer (&data->self);
  g_free (data);
}

static void
on_compose_queued_cb (PursuitJobFollowUpsSection *self,
                      gint64                      outbox_id,
                      gboolean                    draft)
{
  _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self),
                                     draft ? _("Saving the draft in Gmail…") : _("Sending the message…"));
}

static void
open_compose_dialog (PursuitJobFollowUpsSection *self,
                     PursuitFollowUp            *follow_up,
                     const Message              *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = pursuit_compose_dialog_new (section_store (self), pursuit_follow_up_get_job_id (follow_up),
                                       pursuit_follow_up_get_id (follow_up));
  pursuit_compose_dialog_set_message (PURSUIT_COMPOSE_DIALOG (dialog), message->to, message->subject, message->body);
  g_signal_connect_object (dialog, "queued", G_CALLBACK (on_compose_queued_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
compose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitJobFollowUpsSection *self = PURSUIT_JOB_FOLLOW_UPS_SECTION (widget);
  PursuitStore *store = section_store (self);
  PursuitFollowUp *follow_up = find_follow_up (self, g_variant_get_int64 (parameter));
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitContact) contact = NULL;
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Message) message = { 0 };
  g_autofree char *uri = NULL;
  LaunchData *data;

  if (follow_up == NULL || store == NULL)
    return;

  job = pursuit_store_get_job (store, pursuit_follow_up_get_job_id (follow_up), &error);
  if (job == NULL)
    {
      _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), error->message);
      return;
    }

  contact = dup_contact (store, pursuit_job_get_id (job));
  compose_message (store, follow_up, job, contact, &message);

  if (pursuit_compose_dialog_can_send (store))
    {
      open_compose_dialog (self, follow_up, &message);
      return;
    }

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), message.body);
  _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), _("Message copied"));

  uri = mailto_uri (&message);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  data = g_new0 (LaunchData, 1);
  g_set_weak_pointer (&data->self, self);
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), self->cancellable,
                                           launch_mail_cb, data);
}

/* The list */

static int
compare_recent_first (gconstpointer a,
                      gconstpointer b)
{
  PursuitFollowUp *x = *(PursuitFollowUp **)a;
  PursuitFollowUp *y = *(PursuitFollowUp **)b;
  gint64 at_x = pursuit_follow_up_get_completed_at (x) > 0 ? pursuit_follow_up_get_completed_at (x)
                                                            : pursuit_follow_up_get_due_at (x);
  gint64 at_y = pursuit_follow_up_get_completed_at (y) > 0 ? pursuit_follow_up_get_completed_at (y)
                                                            : pursuit_follow_up_get_due_at (y);

  return (at_y > at_x) - (at_y < at_x);
}

static void
pursuit_job_follow_ups_section_load (PursuitJobSection *section,
                                     PursuitStore      *store,
                                     gint64             job_id)
{
  PursuitJobFollowUpsSection *self = PURSUIT_JOB_FOLLOW_UPS_SECTION (section);
  g_autoptr(GPtrArray) follow_ups = pursuit_store_list_follow_ups (store, job_id);
  g_autoptr(GPtrArray) recent = g_ptr_array_new ();
  g_autoptr(PursuitJob) job = pursuit_store_get_job (store, job_id, NULL);
  g_autoptr(PursuitContact) contact = NULL;
  gint64 since = now_seconds () - RECENT_DAYS * 24 * 60 * 60;

  if (follow_ups == NULL || job == NULL)
    return;

  contact = dup_contact (store, job_id);

  /* Pending ones first, soonest due first (the store's order)... */
  for (guint i = 0; i < follow_ups->len; i++)
    {
      PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, i);
      gint64 at = pursuit_follow_up_get_completed_at (follow_up);

      if (is_pending (follow_up))
        gtk_list_box_append (self->follow_ups_list, new_follow_up_row (self, follow_up, job, contact));
      else if ((at > 0 ? at : pursuit_follow_up_get_due_at (follow_up)) >= since)
        g_ptr_array_add (recent, follow_up);
    }

  /* ...then what happened lately, the latest first. */
  g_ptr_array_sort (recent, compare_recent_first);
  for (guint i = 0; i < recent->len; i++)
    gtk_list_box_append (self->follow_ups_list,
                         new_follow_up_row (self, g_ptr_array_index (recent, i), job, contact));
}

/* Store signals */

static void
on_contacts_changed_cb (PursuitJobFollowUpsSection *self,
                        gint64                      job_id,
                        PursuitStore               *store)
{
  /* Titles name the contact. */
  _pursuit_job_section_queue_reload_for_job (PURSUIT_JOB_SECTION (self), job_id);
}

static void
on_job_changed_cb (PursuitJobFollowUpsSection *self,
                   PursuitJob                 *job,
                   PursuitStore               *store)
{
  _pursuit_job_section_queue_reload_for_job (PURSUIT_JOB_SECTION (self), pursuit_job_get_id (job));
}

/* PursuitJobSection */

static void
pursuit_job_follow_ups_section_connect_store (PursuitJobSection *section,
                                              PursuitStore      *store)
{
  _pursuit_job_section_follow (section, store, "follow-ups-changed");
  g_signal_connect_object (store, "contacts-changed", G_CALLBACK (on_contacts_changed_cb), section, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "job-changed", G_CALLBACK (on_job_changed_cb), section, G_CONNECT_SWAPPED);
}

/* GObject */

static void
pursuit_job_follow_ups_section_dispose (GObject *object)
{
  PursuitJobFollowUpsSection *self = (PursuitJobFollowUpsSection *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (object), PURSUIT_TYPE_JOB_FOLLOW_UPS_SECTION);

  G_OBJECT_CLASS (pursuit_job_follow_ups_section_parent_class)->dispose (object);
}

static void
pursuit_job_follow_ups_section_class_init (PursuitJobFollowUpsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  object_class->dispose = pursuit_job_follow_ups_section_dispose;

  section_class->connect_store = pursuit_job_follow_ups_section_connect_store;
  section_class->load = pursuit_job_follow_ups_section_load;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-job-follow-ups-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobFollowUpsSection, follow_ups_list);

  gtk_widget_class_install_action (widget_class, "follow-ups.done", "x", done_action);
  gtk_widget_class_install_action (widget_class, "follow-ups.reopen", "x", reopen_action);
  gtk_widget_class_install_action (widget_class, "follow-ups.skip", "x", skip_action);
  gtk_widget_class_install_action (widget_class, "follow-ups.snooze", "(xi)", snooze_action);
  gtk_widget_class_install_action (widget_class, "follow-ups.compose", "x", compose_action);
}

static void
pursuit_job_follow_ups_section_init (PursuitJobFollowUpsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  _pursuit_job_section_init_list (PURSUIT_JOB_SECTION (self), self->follow_ups_list,
                                  _("No follow-ups"), _("Follow-up"));
}
