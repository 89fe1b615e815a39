/* pursuit-job-notes-section.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-job-notes-section.h"
#include "pursuit-job-page-private.h"

/* A job's notes and reminders: add one (with tags and a priority), edit
 * one in place, mark it done, delete it with Undo. The list
 * follows the store, so another window's edits show here too. */

struct _PursuitJobNotesSection
{
  PursuitJobSection parent_instance;

  AdwEntryRow    *note_row;
  AdwEntryRow    *note_due_row;
  AdwEntryRow    *note_tags_row;
  AdwComboRow    *note_priority_row;
  GtkDropDown    *note_kind_dropdown;
  GtkListBox     *notes_list;

  /* The edit form; the section keeps the note it edits. */
  PursuitJobForm *form;
  AdwComboRow    *edit_kind_row;
  AdwEntryRow    *edit_body_row;
  AdwEntryRow    *edit_tags_row;
  AdwComboRow    *edit_priority_row;
  AdwEntryRow    *edit_due_row;
};

G_DEFINE_FINAL_TYPE (PursuitJobNotesSection, pursuit_job_notes_section, PURSUIT_TYPE_JOB_SECTION)

static PursuitNote *
copy_note (PursuitNote *note)
{
  PursuitNote *copy = pursuit_note_new ();

  pursuit_note_set_id (copy, pursuit_note_get_id (note));
  pursuit_note_set_job_id (copy, pursuit_note_get_job_id (note));
  pursuit_note_set_kind (copy, pursuit_note_get_kind (note));
  pursuit_note_set_body (copy, pursuit_note_get_body (note));
  pursuit_note_set_tags (copy, pursuit_note_get_tags (note));
  pursuit_note_set_priority (copy, pursuit_note_get_priority (note));
  pursuit_note_set_due_at (copy, pursuit_note_get_due_at (note));
  pursuit_note_set_done (copy, pursuit_note_get_done (note));
  pursuit_note_set_created_at (copy, pursuit_note_get_created_at (note));

  return copy;
}

/* "a,b" as typed back: "a, b". */
static char *
tags_for_editing (const char *tags)
{
  g_auto(GStrv) parts = NULL;

  if (tags == NULL)
    return g_strdup ("");

  parts = g_strsplit (tags, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    g_strstrip (parts[i]);

  return g_strjoinv (", ", parts);
}

static const char *
row_text (gpointer row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
note_subtitle (PursuitNote *note)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *tags = pursuit_note_get_tags (note);

  if (g_strcmp0 (pursuit_note_get_kind (note), "reminder") == 0)
    g_ptr_array_add (parts, g_strdup (_("Reminder")));

  if (pursuit_note_get_due_at (note) > 0)
    {
      g_autofree char *when = _pursuit_job_page_format_time (pursuit_note_get_due_at (note));
      g_ptr_array_add (parts, g_strdup_printf (_("Due %s"), when));
    }

  switch (pursuit_note_get_priority (note))
    {
    case 1: g_ptr_array_add (parts, g_strdup (_("Low priority"))); break;
    case 2: g_ptr_array_add (parts, g_strdup (_("Medium priority"))); break;
    case 3: g_ptr_array_add (parts, g_strdup (_("High priority"))); break;
    default: break;
    }

  if (tags != NULL && tags[0] != '\0')
    {
      /* Stored comma-separated; shown as a list people read. */
      g_auto(GStrv) names = g_strsplit (tags, ",", -1);
      g_autofree char *listed = g_strjoinv (", ", names);

      g_ptr_array_add (parts, g_strdup_printf (_("Tags: %s"), listed));
    }

  g_ptr_array_add (parts, _pursuit_job_page_format_relative (pursuit_note_get_created_at (note)));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

static PursuitNote *
note_of_widget (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "note") : NULL;
}

/* Done */

static void
on_note_done_toggled_cb (GtkCheckButton         *check,
                         PursuitJobNotesSection *self)
{
  PursuitStore *store = pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
  PursuitNote *note = note_of_widget (GTK_WIDGET (check));
  gboolean done = gtk_check_button_get_active (check);
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW);
  g_autoptr(GError) error = NULL;

  if (note == NULL || done == pursuit_note_get_done (note))
    return;

  if (!pursuit_store_set_note_done (store, pursuit_note_get_id (note), done, &error))
    {
      _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), error->message);
      return;
    }

  pursuit_note_set_done (note, done);
  if (done)
    gtk_widget_add_css_class (row, "dim-label");
  else
    gtk_widget_remove_css_class (row, "dim-label");
}

/* Delete, with undo */

static gboolean
remove_note (PursuitStore  *store,
             gpointer       note,
             GError       **error)
{
  return pursuit_store_remove_note (store, pursuit_note_get_id (note), error);
}

/* The note comes back as a new row, with a new id. */
static gboolean
restore_note (PursuitStore  *store,
              gpointer       note,
              GError       **error)
{
  gboolean done = pursuit_note_get_done (note);

  pursuit_note_set_id (note, 0);
  pursuit_note_set_done (note, FALSE);

  return pursuit_store_add_note (store, note, error) != 0 &&
         (!done || pursuit_store_set_note_done (store, pursuit_note_get_id (note), TRUE, error));
}

static void
on_note_delete_clicked_cb (GtkButton              *button,
                           PursuitJobNotesSection *self)
{
  PursuitNote *note = note_of_widget (GTK_WIDGET (button));
  g_autoptr(PursuitNote) copy = NULL;

  if (note == NULL)
    return;

  copy = copy_note (note);
  _pursuit_job_section_remove_with_undo (PURSUIT_JOB_SECTION (self), copy,
                                         remove_note, restore_note, _("Note deleted"));
}

/* Edit */

static void
on_note_edit_clicked_cb (GtkButton              *button,
                         PursuitJobNotesSection *self)
{
  PursuitNote *note = note_of_widget (GTK_WIDGET (button));
  g_autofree char *tags = NULL;
  g_autofree char *due = NULL;

  if (note == NULL)
    return;

  _pursuit_job_section_edit (PURSUIT_JOB_SECTION (self), note);

  tags = tags_for_editing (pursuit_note_get_tags (note));
  due = _pursuit_job_page_format_due (pursuit_note_get_due_at (note));
  adw_combo_row_set_selected (self->edit_kind_row,
                              g_strcmp0 (pursuit_note_get_kind (note), "reminder") == 0 ? 1 : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->edit_body_row), pursuit_note_get_body (note));
  gtk_editable_set_text (GTK_EDITABLE (self->edit_tags_row), tags);
  adw_combo_row_set_selected (self->edit_priority_row, CLAMP (pursuit_note_get_priority (note), 0, 3));
  gtk_editable_set_text (GTK_EDITABLE (self->edit_due_row), due);

  _pursuit_job_form_open (self->form, gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW),
                          _("_Save"));
  gtk_widget_grab_focus (GTK_WIDGET (self->edit_body_row));
}

static void
on_edit_save_clicked_cb (GtkButton              *button,
                         PursuitJobNotesSection *self)
{
  PursuitStore *store = pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
  PursuitNote *editing = _pursuit_job_section_get_editing (PURSUIT_JOB_SECTION (self));
  g_autoptr(PursuitNote) note = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due_text = g_strstrip (g_strdup (row_text (self->edit_due_row)));
  gint64 due = 0;

  if (editing == NULL || store == NULL)
    return;

  _pursuit_job_page_set_row_error (GTK_WIDGET (self->edit_due_row), FALSE);
  _pursuit_job_page_set_row_error (GTK_WIDGET (self->edit_body_row), FALSE);

  if (due_text[0] != '\0' && (due = _pursuit_job_page_parse_due (due_text)) == 0)
    {
      _pursuit_job_page_set_row_error (GTK_WIDGET (self->edit_due_row), TRUE);
      _pursuit_job_form_show_error (self->form, _("Enter when to remind you, as YYYY-MM-DD HH:MM"));
      gtk_widget_grab_focus (GTK_WIDGET (self->edit_due_row));
      return;
    }

  note = copy_note (editing);
  pursuit_note_set_kind (note, adw_combo_row_get_selected (self->edit_kind_row) == 1 ? "reminder" : "note");
  pursuit_note_set_body (note, row_text (self->edit_body_row));
  pursuit_note_set_tags (note, row_text (self->edit_tags_row));
  pursuit_note_set_priority (note, adw_combo_row_get_selected (self->edit_priority_row));
  pursuit_note_set_due_at (note, due);

  if (!pursuit_store_update_note (store, note, &error))
    {
      /* The form stays open with what was typed. */
      _pursuit_job_form_show_error (self->form, error->message);
      return;
    }

  _pursuit_job_form_close (self->form);
}

/* The list */

static void
pursuit_job_notes_section_load (PursuitJobSection *section,
                                PursuitStore      *store,
                                gint64             job_id)
{
  PursuitJobNotesSection *self = PURSUIT_JOB_NOTES_SECTION (section);
  g_autoptr(GPtrArray) notes = pursuit_store_list_notes (store, job_id);

  for (guint i = 0; i < notes->len; i++)
    {
      PursuitNote *note = g_ptr_array_index (notes, i);
      g_autofree char *subtitle = note_subtitle (note);
      GtkWidget *row = _pursuit_job_page_new_row (pursuit_note_get_body (note), subtitle);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *edit = _pursuit_job_page_new_icon_button ("document-edit-symbolic", _("Edit Note"));
      GtkWidget *remove = _pursuit_job_page_new_icon_button ("user-trash-symbolic", _("Delete Note"));

      g_object_set_data_full (G_OBJECT (row), "note", g_object_ref (note), g_object_unref);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), pursuit_note_get_done (note));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (check, _("Done"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"),
                                      -1);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_note_done_toggled_cb), self, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

      g_signal_connect_object (edit, "clicked", G_CALLBACK (on_note_edit_clicked_cb), self, 0);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_note_delete_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      if (pursuit_note_get_done (note))
        gtk_widget_add_css_class (row, "dim-label");

      gtk_list_box_append (self->notes_list, row);
    }
}

/* Adding */

static void
update_add_rows (PursuitJobNotesSection *self)
{
  g_autofree char *body = g_strstrip (g_strdup (row_text (self->note_row)));
  gboolean reminder = gtk_drop_down_get_selected (self->note_kind_dropdown) == 1;

  gtk_widget_set_visible (GTK_WIDGET (self->note_due_row), reminder);
  /* Tags and priority only once there is a note to give them to. */
  gtk_widget_set_visible (GTK_WIDGET (self->note_tags_row), body[0] != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->note_priority_row), body[0] != '\0');
}

static void
on_note_kind_selected_cb (PursuitJobNotesSection *self,
                          GParamSpec             *pspec,
                          GtkDropDown            *dropdown)
{
  update_add_rows (self);
}

static void
on_note_changed_cb (PursuitJobNotesSection *self,
                    GtkEditable            *editable)
{
  update_add_rows (self);
}

static void
reset_add_rows (PursuitJobNotesSection *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_due_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_tags_row), "");
  adw_combo_row_set_selected (self->note_priority_row, 0);
  gtk_widget_remove_css_class (GTK_WIDGET (self->note_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->note_due_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->note_tags_row), "error");
}

static void
add_note (PursuitJobNotesSection *self)
{
  g_autoptr(PursuitNote) note = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = g_strstrip (g_strdup (row_text (self->note_row)));
  g_autofree char *due_text = g_strstrip (g_strdup (row_text (self->note_due_row)));
  gboolean reminder = gtk_drop_down_get_selected (self->note_kind_dropdown) == 1;
  PursuitStore *store = pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
  gint64 job_id = pursuit_job_section_get_job_id (PURSUIT_JOB_SECTION (self));
  gint64 due = 0;

  if (store == NULL || job_id <= 0 || body[0] == '\0')
    return;

  if (reminder)
    {
      due = _pursuit_job_page_parse_due (due_text);
      if (due == 0)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->note_due_row), "error");
          _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), _("Enter when to remind you, as YYYY-MM-DD HH:MM"));
          gtk_widget_grab_focus (GTK_WIDGET (self->note_due_row));
          return;
        }
    }

  note = pursuit_note_new ();
  pursuit_note_set_job_id (note, job_id);
  pursuit_note_set_body (note, body);
  pursuit_note_set_kind (note, reminder ? "reminder" : "note");
  pursuit_note_set_due_at (note, due);
  pursuit_note_set_priority (note, adw_combo_row_get_selected (self->note_priority_row));
  pursuit_note_set_tags (note, row_text (self->note_tags_row));

  if (pursuit_store_add_note (store, note, &error) == 0)
    {
      /* The text stays in the rows for another try. */
      gtk_widget_add_css_class (GTK_WIDGET (self->note_row), "error");
      _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), error->message);
      return;
    }

  reset_add_rows (self);
  /* note-added reloads the list. */
}

static void
on_note_apply_cb (PursuitJobNotesSection *self,
                  AdwEntryRow            *row)
{
  add_note (self);
}

static void
on_note_entry_activated_cb (PursuitJobNotesSection *self,
                            AdwEntryRow            *row)
{
  add_note (self);
}

/* Store signals */

static void
on_note_added_cb (PursuitJobNotesSection *self,
                  PursuitNote            *note,
                  PursuitStore           *store)
{
  _pursuit_job_section_queue_reload_for_job (PURSUIT_JOB_SECTION (self), pursuit_note_get_job_id (note));
}

/* PursuitJobSection */

static void
pursuit_job_notes_section_connect_store (PursuitJobSection *section,
                                         PursuitStore      *store)
{
  g_signal_connect_object (store, "note-added", G_CALLBACK (on_note_added_cb), section, G_CONNECT_SWAPPED);
  _pursuit_job_section_follow (section, store, "notes-changed");
}

static void
pursuit_job_notes_section_reset (PursuitJobSection *section)
{
  reset_add_rows (PURSUIT_JOB_NOTES_SECTION (section));
}

/* GObject */

static void
pursuit_job_notes_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PURSUIT_TYPE_JOB_NOTES_SECTION);

  G_OBJECT_CLASS (pursuit_job_notes_section_parent_class)->dispose (object);
}

static void
pursuit_job_notes_section_class_init (PursuitJobNotesSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  object_class->dispose = pursuit_job_notes_section_dispose;

  section_class->connect_store = pursuit_job_notes_section_connect_store;
  section_class->load = pursuit_job_notes_section_load;
  section_class->reset = pursuit_job_notes_section_reset;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-job-notes-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobNotesSection, note_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobNotesSection, note_due_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobNotesSection, note_tags_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobNotesSection, note_priority_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobNotesSection, note_kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobNotesSection, notes_list);
  gtk_widget_class_bind_template_callback (widget_class, on_note_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_note_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_note_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_note_entry_activated_cb);
}

static void
pursuit_job_notes_section_init (PursuitJobNotesSection *self)
{
  const char *kinds[] = { _("Note"), _("Reminder"), NULL };
  const char *priorities[] = { C_("priority", "None"), C_("priority", "Low"),
                               C_("priority", "Medium"), C_("priority", "High"), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = _pursuit_job_section_init_list (PURSUIT_JOB_SECTION (self), self->notes_list,
                                               _("No notes yet"), _("Edit Note"));
  self->edit_kind_row = _pursuit_job_form_add_combo (self->form, _("Kind of Note"), kinds);
  self->edit_body_row = _pursuit_job_form_add_entry (self->form, _("Text"));
  self->edit_tags_row = _pursuit_job_form_add_entry (self->form, _("Note Tags (comma-separated)"));
  self->edit_priority_row = _pursuit_job_form_add_combo (self->form, _("Priority"), priorities);
  self->edit_due_row = _pursuit_job_form_add_entry (self->form, _("Remind On (YYYY-MM-DD HH:MM)"));
  g_signal_connect_object (self->form->save_button, "clicked", G_CALLBACK (on_edit_save_clicked_cb), self, 0);
}
