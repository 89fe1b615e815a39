/* pursuit-compose-dialog.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-compose"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-accessible.h"
#include "pursuit-compose-dialog.h"
#include "pursuit-mail-parser.h"

struct _PursuitComposeDialog
{
  AdwWindow           parent_instance;

  PursuitStore       *store;
  gint64              job_id;
  gint64              follow_up_id;
  /* Of PursuitAccount: the Google accounts with Gmail on, in the order of
   * the From chooser. */
  GPtrArray          *accounts;
  gint64              account_id;
  /* The message answered; NULL for a new thread. */
  PursuitMailMessage *reply_target;
  /* The subject before it became the thread's "Re:", for New Thread. */
  char               *own_subject;
  char               *reply_text;
  gboolean            updating;

  AdwToastOverlay    *toast_overlay;
  GtkWidget          *reply_box;
  GtkLabel           *reply_label;
  GtkLabel           *general_error_label;
  AdwComboRow        *from_combo;
  AdwActionRow       *from_row;
  AdwEntryRow        *to_row;
  GtkWidget          *to_error_row;
  GtkLabel           *to_error_label;
  AdwEntryRow        *subject_row;
  GtkWidget          *subject_error_row;
  GtkLabel           *subject_error_label;
  GtkTextView        *body_view;
  GtkLabel           *body_error_label;
};

G_DEFINE_FINAL_TYPE (PursuitComposeDialog, pursuit_compose_dialog, ADW_TYPE_WINDOW)

enum {
  QUEUED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GPtrArray *
list_mail_accounts (PursuitStore *store)
{
  g_autoptr(GPtrArray) accounts = pursuit_store_list_accounts (store, NULL);
  GPtrArray *mail_accounts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    {
      PursuitAccount *account = g_ptr_array_index (accounts, i);

      if (g_strcmp0 (pursuit_account_get_kind (account), "google") == 0 &&
          pursuit_account_get_mail_enabled (account))
        g_ptr_array_add (mail_accounts, g_object_ref (account));
    }

  return mail_accounts;
}

static PursuitAccount *
current_account (PursuitComposeDialog *self)
{
  for (guint i = 0; i < self->accounts->len; i++)
    {
      PursuitAccount *account = g_ptr_array_index (self->accounts, i);

      if (pursuit_account_get_id (account) == self->account_id)
        return account;
    }

  return NULL;
}

static const char *
sender_name (void)
{
  const char *name = g_get_real_name ();

  /* GLib's word for "not set". */
  return name != NULL && g_strcmp0 (name, "Unknown") != 0 && name[0] != '\0' ? name : NULL;
}

static char *
get_body (PursuitComposeDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Errors, under their field */

static void
show_error (PursuitComposeDialog *self,
            const char           *field,
            const char           *message)
{
  GtkLabel *label = NULL;
  GtkWidget *shown = NULL;
  GtkWidget *row = NULL;

  if (g_str_equal (field, "to"))
    {
      label = self->to_error_label;
      shown = self->to_error_row;
      row = GTK_WIDGET (self->to_row);
    }
  else if (g_str_equal (field, "subject"))
    {
      label = self->subject_error_label;
      shown = self->subject_error_row;
      row = GTK_WIDGET (self->subject_row);
    }
  else
    {
      label = g_str_equal (field, "body") ? self->body_error_label : self->general_error_label;
      shown = GTK_WIDGET (label);
    }

  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (shown, message != NULL);
  if (row != NULL)
    {
      if (message != NULL)
        gtk_widget_add_css_class (row, "error");
      else
        gtk_widget_remove_css_class (row, "error");
    }
}

static void
clear_errors (PursuitComposeDialog *self)
{
  show_error (self, "to", NULL);
  show_error (self, "subject", NULL);
  show_error (self, "body", NULL);
  show_error (self, "general", NULL);
}

static void
on_to_row_changed_cb (PursuitComposeDialog *self)
{
  show_error (self, "to", NULL);
}

static void
on_subject_row_changed_cb (PursuitComposeDialog *self)
{
  show_error (self, "subject", NULL);
}

static void
on_body_changed_cb (PursuitComposeDialog *self)
{
  show_error (self, "body", NULL);
}

/* A plain check of what was typed, so the error lands under its field;
 * the composer checks again. */
static gboolean
looks_like_address (const char *text)
{
  const char *at = strchr (text, '@');

  return at != NULL && at != text && at[1] != '\0' && strchr (at + 1, '@') == NULL &&
         strpbrk (text, " \t\r\n<>\"") == NULL;
}

static gboolean
check_fields (PursuitComposeDialog *self)
{
  const char *to = gtk_editable_get_text (GTK_EDITABLE (self->to_row));
  g_autofree char *subject = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->subject_row))));
  g_autofree char *body = get_body (self);
  g_auto(GStrv) addresses = g_strsplit (to, ",", -1);
  gboolean ok = TRUE;
  guint n = 0;

  for (guint i = 0; addresses[i] != NULL; i++)
    {
      g_autofree char *address = NULL;
      g_autofree char *name = NULL;
      const char *typed = g_strstrip (addresses[i]);

      if (*typed == '\0')
        continue;

      n++;
      /* "Ada <ada@example.com>" as well as a bare address. */
      if (!pursuit_mail_parse_address (typed, &name, &address) ||
          address == NULL || !looks_like_address (address))
        {
          /* TRANSLATORS: %s is what was typed in To */
          g_autofree char *message = g_strdup_printf (_("“%s” is not an email address"), typed);

          show_error (self, "to", message);
          ok = FALSE;
          break;
        }
    }

  if (ok && n == 0)
    {
      show_error (self, "to", _("Enter the address to write to"));
      ok = FALSE;
    }

  if (*subject == '\0')
    {
      show_error (self, "subject", _("Enter a subject"));
      ok = FALSE;
    }

  if (*g_strstrip (body) == '\0')
    {
      show_error (self, "body", _("Write a message"));
      ok = FALSE;
    }

  if (self->account_id <= 0 || current_account (self) == NULL)
    {
      show_error (self, "general", _("Turn Gmail on for a Google account in Preferences first"));
      ok = FALSE;
    }

  /* The first field to fix gets the cursor. */
  if (pursuit_compose_dialog_get_error (self, "to") != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->to_row));
  else if (pursuit_compose_dialog_get_error (self, "subject") != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->subject_row));
  else if (pursuit_compose_dialog_get_error (self, "body") != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->body_view));

  return ok;
}

/* Reply */

static void
update_reply (PursuitComposeDialog *self)
{
  const char *subject;

  g_clear_pointer (&self->reply_text, g_free);

  if (self->reply_target != NULL)
    {
      subject = pursuit_mail_message_get_subject (self->reply_target);
      if (subject == NULL || *subject == '\0')
        subject = _("(no subject)");
      /* TRANSLATORS: %s is the subject of the thread, "Re: …" */
      self->reply_text = g_strdup_printf (_("Reply in the thread “%s”"), subject);
    }

  gtk_label_set_text (self->reply_label, self->reply_text != NULL ? self->reply_text : "");
  gtk_widget_set_visible (self->reply_box, self->reply_text != NULL);
  gtk_window_set_title (GTK_WINDOW (self),
                        self->reply_text != NULL ? C_("compose window title", "Reply") : _("New Message"));
}

/* Gmail threads a message only when its subject matches the thread's. */
static void
apply_reply_subject (PursuitComposeDialog *self)
{
  g_autofree char *subject = NULL;

  if (self->reply_target == NULL)
    return;

  subject = pursuit_mail_reply_subject (pursuit_mail_message_get_subject (self->reply_target));
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->subject_row), subject != NULL ? subject : "");
  self->updating = FALSE;
}

static void
load_reply_target (PursuitComposeDialog *self)
{
  PursuitMailMessage *target = NULL;

  if (self->job_id > 0 && self->account_id > 0)
    target = pursuit_store_get_job_reply_target (self->store, self->job_id, self->account_id);

  g_clear_object (&self->reply_target);
  self->reply_target = target;

  if (self->reply_target != NULL)
    {
      const char *to = gtk_editable_get_text (GTK_EDITABLE (self->to_row));

      apply_reply_subject (self);

      /* No contact with an address: answer whoever wrote. */
      if (*to == '\0')
        {
          const char *address = pursuit_mail_message_get_reply_to_address (self->reply_target);

          if (address == NULL || *address == '\0')
            address = pursuit_mail_message_get_from_address (self->reply_target);
          if (address != NULL)
            gtk_editable_set_text (GTK_EDITABLE (self->to_row), address);
        }
    }
  else if (self->own_subject != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->subject_row), self->own_subject);
    }

  update_reply (self);
}

static void
new_thread_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PursuitComposeDialog *self = PURSUIT_COMPOSE_DIALOG (widget);

  g_clear_object (&self->reply_target);
  gtk_editable_set_text (GTK_EDITABLE (self->subject_row), self->own_subject != NULL ? self->own_subject : "");
  update_reply (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->subject_row));
}

/* From */

static void
show_accounts (PursuitComposeDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;
  PursuitAccount *account;

  for (guint i = 0; i < self->accounts->len; i++)
    {
      account = g_ptr_array_index (self->accounts, i);
      gtk_string_list_append (names, pursuit_account_get_label (account));
      if (pursuit_account_get_id (account) == self->account_id)
        selected = i;
    }

  self->updating = TRUE;
  adw_combo_row_set_model (self->from_combo, G_LIST_MODEL (names));
  if (self->accounts->len > 0)
    adw_combo_row_set_selected (self->from_combo, selected);
  self->updating = FALSE;

  /* A chooser of one is a label. */
  gtk_widget_set_visible (GTK_WIDGET (self->from_combo), self->accounts->len > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->from_row), self->accounts->len <= 1);

  account = current_account (self);
  adw_action_row_set_subtitle (self->from_row,
                               account != NULL ? pursuit_account_get_label (account)
                                               : _("No Gmail account"));
}

static void
on_from_combo_selected_cb (PursuitComposeDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->from_combo);
  PursuitAccount *account;

  if (self->updating || selected >= self->accounts->len)
    return;

  account = g_ptr_array_index (self->accounts, selected);
  pursuit_compose_dialog_set_account_id (self, pursuit_account_get_id (account));
}

/* Actions */

static PursuitOutgoingMail *
build_mail (PursuitComposeDialog *self)
{
  PursuitOutgoingMail *mail = pursuit_outgoing_mail_new ();
  PursuitAccount *account = current_account (self);

  mail->from_address = g_strdup (account != NULL ? pursuit_account_get_label (account) : NULL);
  mail->from_name = g_strdup (sender_name ());
  mail->to = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->to_row))));
  mail->subject = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->subject_row))));
  mail->body = get_body (self);

  if (self->reply_target != NULL)
    {
      const char *message_id = pursuit_mail_message_get_message_id (self->reply_target);

      mail->in_reply_to = g_strdup (message_id);
      mail->references = pursuit_mail_append_reference (pursuit_mail_message_get_references (self->reply_target),
                                                        message_id);
      mail->thread_id = g_strdup (pursuit_mail_message_get_thread_id (self->reply_target));
    }

  return mail;
}

static void
show_queue_error (PursuitComposeDialog *self,
                  const GError         *error)
{
  if (g_error_matches (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_ADDRESS))
    show_error (self, "to", error->message);
  else if (g_error_matches (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_EMPTY) &&
           *gtk_editable_get_text (GTK_EDITABLE (self->subject_row)) == '\0')
    show_error (self, "subject", error->message);
  else if (g_error_matches (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_EMPTY))
    show_error (self, "body", error->message);
  else
    show_error (self, "general", error->message);
}

static void
queue (PursuitComposeDialog *self,
       gboolean              draft)
{
  g_autoptr(PursuitOutgoingMail) mail = NULL;
  g_autoptr(GError) error = NULL;
  gint64 outbox_id;

  clear_errors (self);
  if (!check_fields (self))
    return;

  mail = build_mail (self);
  outbox_id = pursuit_store_queue_mail (self->store, self->account_id,
                                        draft ? PURSUIT_OUTBOX_GMAIL_DRAFT : PURSUIT_OUTBOX_GMAIL_SEND,
                                        self->job_id, self->follow_up_id, mail, &error);
  if (outbox_id <= 0)
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The message could not be queued."));
      show_queue_error (self, error);
      return;
    }

  g_signal_emit (self, signals[QUEUED], 0, outbox_id, draft);
  gtk_window_close (GTK_WINDOW (self));
}

static void
send_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  queue (PURSUIT_COMPOSE_DIALOG (widget), FALSE);
}

static void
save_draft_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  queue (PURSUIT_COMPOSE_DIALOG (widget), TRUE);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PursuitComposeDialog *self = PURSUIT_COMPOSE_DIALOG (widget);
  g_autofree char *body = get_body (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), body);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Message copied")));
}

/* GObject */

static void
pursuit_compose_dialog_dispose (GObject *object)
{
  PursuitComposeDialog *self = PURSUIT_COMPOSE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_COMPOSE_DIALOG);
  g_clear_object (&self->reply_target);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_compose_dialog_parent_class)->dispose (object);
}

static void
pursuit_compose_dialog_finalize (GObject *object)
{
  PursuitComposeDialog *self = PURSUIT_COMPOSE_DIALOG (object);

  g_clear_pointer (&self->accounts, g_ptr_array_unref);
  g_clear_pointer (&self->own_subject, g_free);
  g_clear_pointer (&self->reply_text, g_free);

  G_OBJECT_CLASS (pursuit_compose_dialog_parent_class)->finalize (object);
}

static void
pursuit_compose_dialog_class_init (PursuitComposeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_compose_dialog_dispose;
  object_class->finalize = pursuit_compose_dialog_finalize;

  /**
   * PursuitComposeDialog::queued:
   * @outbox_id: the outbox item
   * @draft: whether it is a draft rather than a message to send
   *
   * The message was queued; the dialog closes.
   */
  signals[QUEUED] = g_signal_new ("queued",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pursuit/Pursuit/ui/pursuit-compose-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, reply_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, reply_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, general_error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, from_combo);
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, to_error_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, to_error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, subject_error_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, subject_error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, body_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitComposeDialog, body_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_from_combo_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_to_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_subject_row_changed_cb);

  gtk_widget_class_install_action (widget_class, "compose.send", NULL, send_action);
  gtk_widget_class_install_action (widget_class, "compose.save-draft", NULL, save_draft_action);
  gtk_widget_class_install_action (widget_class, "compose.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "compose.new-thread", NULL, new_thread_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "compose.send", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "compose.send", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_compose_dialog_init (PursuitComposeDialog *self)
{
  self->accounts = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_inner_buttons (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->body_view), "changed",
                           G_CALLBACK (on_body_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * pursuit_compose_dialog_new:
 * @store: where the message is queued
 * @job_id: the job the message is about
 * @follow_up_id: the follow-up it does, 0 for none
 *
 * Starts from the first account with Gmail on and, when the job's thread
 * is known, as a reply in it.
 *
 * Returns: (transfer floating): the dialog; set a transient parent and
 *   present it
 */
GtkWidget *
pursuit_compose_dialog_new (PursuitStore *store,
                            gint64        job_id,
                            gint64        follow_up_id)
{
  PursuitComposeDialog *self;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  self = g_object_new (PURSUIT_TYPE_COMPOSE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->job_id = job_id;
  self->follow_up_id = follow_up_id;

  g_ptr_array_unref (self->accounts);
  self->accounts = list_mail_accounts (store);
  if (self->accounts->len > 0)
    self->account_id = pursuit_account_get_id (g_ptr_array_index (self->accounts, 0));

  show_accounts (self);
  load_reply_target (self);

  return GTK_WIDGET (self);
}

void
pursuit_compose_dialog_set_message (PursuitComposeDialog *self,
                                    const char           *to,
                                    const char           *subject,
                                    const char           *body)
{
  g_return_if_fail (PURSUIT_IS_COMPOSE_DIALOG (self));

  if (to != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);

  if (subject != NULL)
    {
      g_free (self->own_subject);
      self->own_subject = g_strdup (subject);
      if (self->reply_target == NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->subject_row), subject);
    }

  if (body != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), body, -1);

  /* The reply's address when the template had none. */
  if (self->reply_target != NULL && (to == NULL || *to == '\0'))
    load_reply_target (self);

  clear_errors (self);

  /* Where the user goes on: the address if there is none, else the text. */
  if (*gtk_editable_get_text (GTK_EDITABLE (self->to_row)) == '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->to_row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->body_view));
}

gint64
pursuit_compose_dialog_get_account_id (PursuitComposeDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_COMPOSE_DIALOG (self), 0);

  return self->account_id;
}

void
pursuit_compose_dialog_set_account_id (PursuitComposeDialog *self,
                                       gint64                account_id)
{
  g_return_if_fail (PURSUIT_IS_COMPOSE_DIALOG (self));

  if (self->account_id == account_id)
    return;

  self->account_id = account_id;
  show_accounts (self);
  /* Each account has its own threads. */
  load_reply_target (self);
}

/**
 * pursuit_compose_dialog_get_reply_target:
 *
 * Returns: (transfer none) (nullable): the message answered
 */
PursuitMailMessage *
pursuit_compose_dialog_get_reply_target (PursuitComposeDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_COMPOSE_DIALOG (self), NULL);

  return self->reply_target;
}

const char *
pursuit_compose_dialog_get_reply_text (PursuitComposeDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_COMPOSE_DIALOG (self), NULL);

  return self->reply_text;
}

const char *
pursuit_compose_dialog_get_error (PursuitComposeDialog *self,
                                  const char           *field)
{
  GtkLabel *label;

  g_return_val_if_fail (PURSUIT_IS_COMPOSE_DIALOG (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (g_str_equal (field, "to"))
    label = self->to_error_label;
  else if (g_str_equal (field, "subject"))
    label = self->subject_error_label;
  else if (g_str_equal (field, "body"))
    label = self->body_error_label;
  else
    label = self->general_error_label;

  if (!gtk_widget_get_visible (GTK_WIDGET (label)) ||
      (label != self->body_error_label && label != self->general_error_label &&
       !gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (label)))))
    return NULL;

  return gtk_label_get_text (label);
}

gboolean
pursuit_compose_dialog_can_send (PursuitStore *store)
{
  g_autoptr(GPtrArray) accounts = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), FALSE);

  accounts = list_mail_accounts (store);
  return accounts->len > 0;
}
