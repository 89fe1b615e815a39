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
  PursuitJobSection parent_instance;

  GtkButton      *add_button;
  GtkListBox     *contacts_list;

  /* The form; the section keeps the contact it edits, none when it
   * adds one. */
  PursuitJobForm *form;
  AdwEntryRow    *name_row;
  AdwEntryRow    *role_row;
  AdwEntryRow    *email_row;
  AdwEntryRow    *phone_row;
};

G_DEFINE_FINAL_TYPE (PursuitJobContactsSection, pursuit_job_contacts_section, PURSUIT_TYPE_JOB_SECTION)

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

static gboolean
remove_contact (PursuitStore  *store,
                gpointer       contact,
                GError       **error)
{
  return pursuit_store_remove_contact (store, pursuit_contact_get_id (contact), error);
}

static gboolean
restore_contact (PursuitStore  *store,
                 gpointer       contact,
                 GError       **error)
{
  pursuit_contact_set_id (contact, 0);

  return pursuit_store_add_contact_full (store, contact, error) != 0;
}

static void
on_remove_clicked_cb (GtkButton                 *button,
                      PursuitJobContactsSection *self)
{
  PursuitContact *contact = contact_of_widget (GTK_WIDGET (button));
  g_autoptr(PursuitContact) copy = NULL;
  g_autofree char *title = NULL;

  if (contact == NULL)
    return;

  copy = pursuit_contact_copy (contact);
  /* Translators: a contact's name */
  title = g_strdup_printf (_("“%s” removed"), pursuit_contact_get_name (copy));
  _pursuit_job_section_remove_with_undo (PURSUIT_JOB_SECTION (self), copy,
                                         remove_contact, restore_contact, title);
}

/* The form */

static void
open_form (PursuitJobContactsSection *self,
           PursuitContact            *contact,
           GtkWidget                 *anchor)
{
  _pursuit_job_section_edit (PURSUIT_JOB_SECTION (self), contact);

  if (contact != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), pursuit_contact_get_name (contact));
      gtk_editable_set_text (GTK_EDITABLE (self->role_row), or_empty (pursuit_contact_get_role (contact)));
      gtk_editable_set_text (GTK_EDITABLE (self->email_row), or_empty (pursuit_contact_get_email (contact)));
      gtk_editable_set_text (GTK_EDITABLE (self->phone_row), or_empty (pursuit_contact_get_phone (contact)));
    }

  /* A new contact's form opens at the top, an edit in place of the row. */
  _pursuit_job_form_open (self->form,
                          contact != NULL ? gtk_widget_get_ancestor (anchor, ADW_TYPE_ACTION_ROW) : NULL,
                          contact != NULL ? _("_Save") : _("_Add"));
}

static void
on_add_clicked_cb (PursuitJobContactsSection *self,
                   GtkButton                 *button)
{
  PursuitJobSection *section = PURSUIT_JOB_SECTION (self);

  if (pursuit_job_section_get_store (section) != NULL && pursuit_job_section_get_job_id (section) > 0)
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
  PursuitStore *store = pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
  gint64 job_id = pursuit_job_section_get_job_id (PURSUIT_JOB_SECTION (self));
  PursuitContact *editing = _pursuit_job_section_get_editing (PURSUIT_JOB_SECTION (self));
  g_autoptr(PursuitContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (store == NULL || job_id <= 0)
    return;

  contact = editing != NULL ? pursuit_contact_copy (editing) : pursuit_contact_new ();
  if (editing == NULL)
    pursuit_contact_set_job_id (contact, job_id);
  pursuit_contact_set_name (contact, row_text (self->name_row));
  pursuit_contact_set_role (contact, row_text (self->role_row));
  pursuit_contact_set_email (contact, row_text (self->email_row));
  pursuit_contact_set_phone (contact, row_text (self->phone_row));

  if (editing != NULL)
    saved = pursuit_store_update_contact (store, contact, &error);
  else
    saved = pursuit_store_add_contact_full (store, contact, &error) != 0;

  if (!saved)
    {
      /* The form stays open with what was typed, and says why. */
      mark_error_row (self, row_text (self->email_row), row_text (self->phone_row), error);
      _pursuit_job_form_show_error (self->form, error->message);
      return;
    }

  _pursuit_job_form_close (self->form);
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
pursuit_job_contacts_section_load (PursuitJobSection *section,
                                   PursuitStore      *store,
                                   gint64             job_id)
{
  PursuitJobContactsSection *self = PURSUIT_JOB_CONTACTS_SECTION (section);
  g_autoptr(GPtrArray) contacts = pursuit_store_list_contacts (store, job_id);

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

/* PursuitJobSection */

static void
pursuit_job_contacts_section_connect_store (PursuitJobSection *section,
                                            PursuitStore      *store)
{
  _pursuit_job_section_follow (section, store, "contacts-changed");
}

/* GObject */

static void
pursuit_job_contacts_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PURSUIT_TYPE_JOB_CONTACTS_SECTION);

  G_OBJECT_CLASS (pursuit_job_contacts_section_parent_class)->dispose (object);
}

static void
pursuit_job_contacts_section_class_init (PursuitJobContactsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  object_class->dispose = pursuit_job_contacts_section_dispose;

  section_class->connect_store = pursuit_job_contacts_section_connect_store;
  section_class->load = pursuit_job_contacts_section_load;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-job-contacts-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobContactsSection, add_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobContactsSection, contacts_list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
pursuit_job_contacts_section_init (PursuitJobContactsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = _pursuit_job_section_init_list (PURSUIT_JOB_SECTION (self), self->contacts_list,
                                               _("No contacts yet"), _("Contact"));
  self->name_row = _pursuit_job_form_add_entry (self->form, _("Name"));
  self->role_row = _pursuit_job_form_add_entry (self->form, _("Role (e.g. Recruiter)"));
  self->email_row = _pursuit_job_form_add_entry (self->form, _("Email"));
  self->phone_row = _pursuit_job_form_add_entry (self->form, _("Phone"));
  g_signal_connect_object (self->form->save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self, 0);
}
