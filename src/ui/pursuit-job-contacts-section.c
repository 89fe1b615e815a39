/* pursuit-job-contacts-section.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-page"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-job-contacts-section.h"
#include "pursuit-job-page-private.h"

/* The people behind a job: recruiters, hiring managers. Added and edited
 * in a form in the list, which shows the store's reason when it refuses
 * one (an email address without "@"); removed with Undo. */

struct _PursuitJobContactsSection
{
  AdwPreferencesGroup parent_instance;

  PursuitStore   *store;
  gint64          job_id;
  guint           reload_source;
  gboolean        reload_pending;

  GtkButton      *add_button;
  GtkListBox     *contacts_list;

  /* The form; @editing is the contact it edits, NULL when it adds one. */
  PursuitJobForm  form;
  PursuitContact *editing;
  AdwEntryRow    *name_row;
  AdwEntryRow    *role_row;
  AdwEntryRow    *email_row;
  AdwEntryRow    *phone_row;
};

G_DEFINE_FINAL_TYPE (PursuitJobContactsSection, pursuit_job_contacts_section, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_STORE,
  PROP_JOB_ID,
  N_PROPS
};

enum {
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
emit_toast (PursuitJobContactsSection *self,
            const char                *plain_title)
{
  g_autoptr(AdwToast) toast = _pursuit_job_page_new_toast (plain_title);

  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

static const char *
row_text (gpointer row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static PursuitContact *
contact_of_widget (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "contact") : NULL;
}

/* Remove, with undo */

typedef struct
{
  PursuitStore   *store;
  PursuitContact *contact;
} UndoRemove;

static void
undo_remove_free (gpointer  data,
                  GClosure *closure)
{
  UndoRemove *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->contact);
  g_free (undo);
}

static void
on_undo_remove_cb (AdwToast   *toast,
                   UndoRemove *undo)
{
  g_autoptr(GError) error = NULL;

  pursuit_contact_set_id (undo->contact, 0);
  if (pursuit_store_add_contact_full (undo->store, undo->contact, &error) == 0)
    g_warning ("Could not restore a removed contact: %s", error->message);
}

static void
on_remove_clicked_cb (GtkButton                 *button,
                      PursuitJobContactsSection *self)
{
  PursuitContact *contact = contact_of_widget (GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *title = NULL;
  UndoRemove *undo;

  if (contact == NULL)
    return;

  undo = g_new0 (UndoRemove, 1);
  undo->store = g_object_ref (self->store);
  undo->contact = pursuit_contact_copy (contact);

  if (!pursuit_store_remove_contact (self->store, pursuit_contact_get_id (contact), &error))
    {
      undo_remove_free (undo, NULL);
      emit_toast (self, error->message);
      return;
    }

  /* Translators: a contact's name */
  title = g_strdup_printf (_("“%s” removed"), pursuit_contact_get_name (undo->contact));
  toast = _pursuit_job_page_new_toast (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb),
                         undo, undo_remove_free, 0);
  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

/* The form */

static void
open_form (PursuitJobContactsSection *self,
           PursuitContact            *contact,
           GtkWidget                 *anchor)
{
  g_set_object (&self->editing, contact);
  _pursuit_job_form_clear (&self->form);

  if (contact != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), pursuit_contact_get_name (contact));
      gtk_editable_set_text (GTK_EDITABLE (self->role_row), or_empty (pursuit_contact_get_role (contact)));
      gtk_editable_set_text (GTK_EDITABLE (self->email_row), or_empty (pursuit_contact_get_email (contact)));
      gtk_editable_set_text (GTK_EDITABLE (self->phone_row), or_empty (pursuit_contact_get_phone (contact)));
    }

  /* A new contact's form opens at the top, an edit in place of the row. */
  _pursuit_job_form_open (&self->form,
                          contact != NULL ? gtk_widget_get_ancestor (anchor, ADW_TYPE_ACTION_ROW) : NULL,
                          contact != NULL ? _("_Save") : _("_Add"));
}

static void
on_add_clicked_cb (PursuitJobContactsSection *self,
                   GtkButton                 *button)
{
  if (self->store != NULL && self->job_id > 0)
    open_form (self, NULL, GTK_WIDGET (button));
}

static void
on_edit_clicked_cb (GtkButton                 *button,
                    PursuitJobContactsSection *self)
{
  PursuitContact *contact = contact_of_widget (GTK_WIDGET (button));

  if (contact != NULL)
    open_form (self, contact, GTK_WIDGET (button));
}

/* Marks the row the store's complaint is about: its messages quote a
 * refused address or number. */
static void
mark_error_row (PursuitJobContactsSection *self,
                const char                *email,
                const char                *phone,
                const GError              *error)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->name_row), GTK_WIDGET (self->role_row),
    GTK_WIDGET (self->email_row), GTK_WIDGET (self->phone_row),
  };
  GtkWidget *culprit = GTK_WIDGET (self->name_row);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    _pursuit_job_page_set_row_error (rows[i], FALSE);

  if (email[0] != '\0' && strstr (error->message, email) != NULL)
    culprit = GTK_WIDGET (self->email_row);
  else if (phone[0] != '\0' && strstr (error->message, phone) != NULL)
    culprit = GTK_WIDGET (self->phone_row);

  _pursuit_job_page_set_row_error (culprit, TRUE);
  gtk_widget_grab_focus (culprit);
}

static void
on_save_clicked_cb (GtkButton                 *button,
                    PursuitJobContactsSection *self)
{
  g_autoptr(PursuitContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (self->store == NULL || self->job_id <= 0)
    return;

  contact = self->editing != NULL ? pursuit_contact_copy (self->editing) : pursuit_contact_new ();
  if (self->editing == NULL)
    pursuit_contact_set_job_id (contact, self->job_id);
  pursuit_contact_set_name (contact, row_text (self->name_row));
  pursuit_contact_set_role (contact, row_text (self->role_row));
  pursuit_contact_set_email (contact, row_text (self->email_row));
  pursuit_contact_set_phone (contact, row_text (self->phone_row));

  if (self->editing != NULL)
    saved = pursuit_store_update_contact (self->store, contact, &error);
  else
    saved = pursuit_store_add_contact_full (self->store, contact, &error) != 0;

  if (!saved)
    {
      /* The form stays open with what was typed, and says why. */
      mark_error_row (self, row_text (self->email_row), row_text (self->phone_row), error);
      _pursuit_job_form_show_error (&self->form, error->message);
      return;
    }

  g_clear_object (&self->editing);
  _pursuit_job_form_close (&self->form);
}

/* The list */

/* A link that writes to @email, as an icon: the address itself is in
 * the row's subtitle, where a narrow window still has room for it. */
static GtkWidget *
new_email_link (const char *email)
{
  g_autofree char *escaped = g_uri_escape_string (email, "@+", FALSE);
  g_autofree char *uri = g_strconcat ("mailto:", escaped, NULL);
  g_autofree char *label = g_strdup_printf (_("Write to %s"), email);
  GtkWidget *link = gtk_link_button_new (uri);

  gtk_button_set_icon_name (GTK_BUTTON (link), "mail-send-symbolic");
  gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (link, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (link),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  return link;
}

static void
load_contacts (PursuitJobContactsSection *self)
{
  g_autoptr(GPtrArray) contacts = NULL;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->reload_pending = FALSE;
  _pursuit_job_page_clear_list (self->contacts_list);

  if (self->store == NULL || self->job_id <= 0)
    return;

  contacts = pursuit_store_list_contacts (self->store, self->job_id);
  for (guint i = 0; i < contacts->len; i++)
    {
      PursuitContact *contact = g_ptr_array_index (contacts, i);
      const char *details[] = {
        pursuit_contact_get_role (contact),
        pursuit_contact_get_email (contact),
        pursuit_contact_get_phone (contact),
      };
      g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
      g_auto(GStrv) present = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *edit = _pursuit_job_page_new_icon_button ("document-edit-symbolic", _("Edit Contact"));
      GtkWidget *remove = _pursuit_job_page_new_icon_button ("user-trash-symbolic", _("Remove Contact"));

      for (guint j = 0; j < G_N_ELEMENTS (details); j++)
        if (details[j] != NULL)
          g_strv_builder_add (parts, details[j]);
      present = g_strv_builder_end (parts);
      subtitle = g_strjoinv (" · ", present);

      row = _pursuit_job_page_new_row (pursuit_contact_get_name (contact), subtitle);
      g_object_set_data_full (G_OBJECT (row), "contact", g_object_ref (contact), g_object_unref);

      if (pursuit_contact_get_email (contact) != NULL)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_email_link (pursuit_contact_get_email (contact)));

      g_signal_connect_object (edit, "clicked", G_CALLBACK (on_edit_clicked_cb), self, 0);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      gtk_list_box_append (self->contacts_list, row);
    }
}

static void
on_form_closed_cb (gpointer user_data)
{
  PursuitJobContactsSection *self = user_data;

  if (self->reload_pending)
    load_contacts (self);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  PursuitJobContactsSection *self = user_data;

  self->reload_source = 0;

  /* What is being edited stays as it is; the list follows when the form
   * closes. */
  if (_pursuit_job_form_is_open (&self->form))
    self->reload_pending = TRUE;
  else
    load_contacts (self);

  return G_SOURCE_REMOVE;
}

/* Not at once: the change may come from a button inside a row that the
 * reload replaces. */
static void
queue_reload (PursuitJobContactsSection *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle_cb, self);
}

static void
on_contacts_changed_cb (PursuitJobContactsSection *self,
                        gint64                     job_id,
                        PursuitStore              *store)
{
  if (self->job_id > 0 && job_id == self->job_id)
    queue_reload (self);
}

static void
on_reloaded_cb (PursuitJobContactsSection *self,
                PursuitStore              *store)
{
  queue_reload (self);
}

/* GObject */

static void
pursuit_job_contacts_section_dispose (GObject *object)
{
  PursuitJobContactsSection *self = (PursuitJobContactsSection *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->editing);
  _pursuit_job_form_dispose (&self->form);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_JOB_CONTACTS_SECTION);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_job_contacts_section_parent_class)->dispose (object);
}

static void
pursuit_job_contacts_section_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  PursuitJobContactsSection *self = PURSUIT_JOB_CONTACTS_SECTION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_contacts_section_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  PursuitJobContactsSection *self = PURSUIT_JOB_CONTACTS_SECTION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      pursuit_job_contacts_section_set_store (self, g_value_get_object (value));
      break;
    case PROP_JOB_ID:
      pursuit_job_contacts_section_set_job_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_contacts_section_class_init (PursuitJobContactsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_job_contacts_section_dispose;
  object_class->get_property = pursuit_job_contacts_section_get_property;
  object_class->set_property = pursuit_job_contacts_section_set_property;

  /**
   * PursuitJobContactsSection:store:
   *
   * The store the contacts live in; set once.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PursuitJobContactsSection:job-id:
   *
   * The job whose contacts are shown, 0 for none.
   */
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitJobContactsSection::add-toast:
   * @toast: the toast to show
   */
  signals [ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-job-contacts-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobContactsSection, add_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobContactsSection, contacts_list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
pursuit_job_contacts_section_init (PursuitJobContactsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  _pursuit_job_page_set_placeholder (self->contacts_list, _("No contacts yet"));

  _pursuit_job_form_init (&self->form, self->contacts_list, _("Contact"));
  self->form.closed = on_form_closed_cb;
  self->form.closed_data = self;
  self->name_row = _pursuit_job_form_add_entry (&self->form, _("Name"));
  self->role_row = _pursuit_job_form_add_entry (&self->form, _("Role (e.g. Recruiter)"));
  self->email_row = _pursuit_job_form_add_entry (&self->form, _("Email"));
  self->phone_row = _pursuit_job_form_add_entry (&self->form, _("Phone"));
  g_signal_connect_object (self->form.save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self, 0);
}

/**
 * pursuit_job_contacts_section_get_store:
 *
 * Returns: (transfer none) (nullable): the store
 */
PursuitStore *
pursuit_job_contacts_section_get_store (PursuitJobContactsSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_CONTACTS_SECTION (self), NULL);
  return self->store;
}

/**
 * pursuit_job_contacts_section_set_store:
 * @self: a contacts section
 * @store: the store; set once
 */
void
pursuit_job_contacts_section_set_store (PursuitJobContactsSection *self,
                                        PursuitStore              *store)
{
  g_return_if_fail (PURSUIT_IS_JOB_CONTACTS_SECTION (self));
  g_return_if_fail (store == NULL || PURSUIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL || self->store == store);

  if (self->store == store)
    return;

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "contacts-changed", G_CALLBACK (on_contacts_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reloaded", G_CALLBACK (on_reloaded_cb), self, G_CONNECT_SWAPPED);

  load_contacts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

gint64
pursuit_job_contacts_section_get_job_id (PursuitJobContactsSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_CONTACTS_SECTION (self), 0);
  return self->job_id;
}

/**
 * pursuit_job_contacts_section_set_job_id:
 * @self: a contacts section
 * @job_id: the job, 0 for none
 *
 * Shows a job's contacts, reloaded from the store.
 */
void
pursuit_job_contacts_section_set_job_id (PursuitJobContactsSection *self,
                                         gint64                     job_id)
{
  g_return_if_fail (PURSUIT_IS_JOB_CONTACTS_SECTION (self));

  if (self->job_id != job_id)
    {
      self->job_id = job_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB_ID]);
    }

  _pursuit_job_form_close (&self->form);
  g_clear_object (&self->editing);
  load_contacts (self);
}
