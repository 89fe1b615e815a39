/* pursuit-sequence-editor.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-sequence-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-editable.h"
#include "pursuit-follow-up-template.h"
#include "pursuit-sequence-editor.h"

/* Mirrors the limits pursuit_store_save_sequence enforces, so the editor
 * can say what is wrong before saving. */
#define MAX_STEPS 10
#define MAX_DAYS  365

/* The editor of one follow-up sequence, shown as a subpage of the
 * preferences window: its name, what starts it, and its steps, each a
 * number of days and a message template with placeholder chips. */
struct _PursuitSequenceEditor
{
  GtkBox                   parent_instance;

  PursuitStore            *store;
  PursuitFollowUpSequence *sequence;  /* as last saved; NULL for a new one */
  char                    *new_key;   /* the key a new one gets */
  GPtrArray               *steps;     /* (element-type Step) */
  gboolean                 modified;
  gboolean                 valid;

  AdwWindowTitle          *window_title;
  AdwPreferencesPage      *page;
  AdwEntryRow             *name_row;
  AdwComboRow             *trigger_row;
  GtkRevealer             *error_revealer;
  GtkLabel                *error_label;
  AdwPreferencesGroup     *footer_group;
  GtkWidget               *remove_button;
};

typedef struct
{
  AdwPreferencesGroup *group;
  AdwActionRow        *days_row;
  GtkSpinButton       *days_spin;
  GtkTextView         *view;
} Step;

G_DEFINE_FINAL_TYPE (PursuitSequenceEditor, pursuit_sequence_editor, GTK_TYPE_BOX)

enum {
  SAVED,
  REMOVE_REQUESTED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static const char * const triggers[] = {
  PURSUIT_SEQUENCE_TRIGGER_APPLIED,
  PURSUIT_SEQUENCE_TRIGGER_INTERVIEW,
};

static void update_state (PursuitSequenceEditor *self);

static const char *
describe_placeholder (const char *name)
{
  static const struct { const char *name; const char *description; } descriptions[] = {
    { "company", N_("The company’s name") },
    { "title", N_("The job title") },
    { "contact_name", N_("Your contact’s full name") },
    { "contact_first_name", N_("Your contact’s first name") },
    { "applied_date", N_("The day you applied") },
    { "interview_date", N_("The day of the interview") },
    { "my_name", N_("Your name") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (descriptions); i++)
    if (g_str_equal (name, descriptions[i].name))
      return _(descriptions[i].description);

  return NULL;
}

/* "{company}" whether the template module lists "company" or "{company}". */
static char *
placeholder_text (const char *placeholder)
{
  if (placeholder[0] == '{')
    return g_strdup (placeholder);

  return g_strdup_printf ("{%s}", placeholder);
}

static char *
placeholder_name (const char *placeholder)
{
  g_autofree char *text = placeholder_text (placeholder);
  gsize len = strlen (text);

  return g_strndup (text + 1, len >= 2 ? len - 2 : 0);
}

static const char *
current_trigger (PursuitSequenceEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->trigger_row);

  return selected < G_N_ELEMENTS (triggers) ? triggers[selected] : triggers[0];
}

static char *
step_text (Step *step)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (step->view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
on_step_changed_cb (PursuitSequenceEditor *self)
{
  self->modified = TRUE;
  update_state (self);
}

static GtkWidget *
create_chips (guint index)
{
  const char * const *placeholders = pursuit_follow_up_template_placeholders ();
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 8);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_widget_set_margin_top (flow, 12);
  gtk_widget_add_css_class (flow, "placeholder-chips");

  for (guint i = 0; placeholders != NULL && placeholders[i] != NULL; i++)
    {
      g_autofree char *text = placeholder_text (placeholders[i]);
      g_autofree char *name = placeholder_name (placeholders[i]);
      g_autofree char *accessible = g_strdup_printf (_("Insert %s into Follow-up %u"), text, index + 1);
      const char *description = describe_placeholder (name);
      GtkWidget *button = gtk_button_new_with_label (text);
      GtkWidget *child;

      gtk_widget_add_css_class (button, "placeholder-chip");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "editor.insert-placeholder");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(us)", index, text);
      if (description != NULL)
        gtk_widget_set_tooltip_text (button, description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);

      gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
      /* The button takes the focus, not the flow box's child around it. */
      child = gtk_widget_get_parent (button);
      gtk_widget_set_focusable (child, FALSE);
      gtk_widget_set_halign (child, GTK_ALIGN_START);
    }

  return flow;
}

static void
update_days_subtitle (PursuitSequenceEditor *self,
                      Step                  *step)
{
  if (g_str_equal (current_trigger (self), PURSUIT_SEQUENCE_TRIGGER_INTERVIEW))
    adw_action_row_set_subtitle (step->days_row, _("Days after the interview ends"));
  else
    adw_action_row_set_subtitle (step->days_row, _("Days after you applied"));
}

static Step *
create_step (PursuitSequenceEditor *self,
             guint                  index,
             int                    days,
             const char            *template_)
{
  g_autofree char *title = g_strdup_printf (_("Follow-up %u"), index + 1);
  g_autofree char *remove_label = g_strdup_printf (_("Remove Follow-up %u"), index + 1);
  g_autofree char *days_label = g_strdup_printf (_("Days Before Follow-up %u"), index + 1);
  g_autofree char *message_label = g_strdup_printf (_("Message of Follow-up %u"), index + 1);
  Step *step = g_new0 (Step, 1);
  GtkWidget *remove;
  GtkWidget *suffix;
  GtkWidget *unit;
  GtkWidget *frame;
  GtkWidget *hint;
  GtkTextBuffer *buffer;

  step->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (step->group, title);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove This Follow-up"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "editor.remove-step");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", index);
  adw_preferences_group_set_header_suffix (step->group, remove);

  step->days_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (step->days_row), _("Send After"));
  step->days_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, MAX_DAYS, 1));
  gtk_spin_button_set_value (step->days_spin, CLAMP (days, 0, MAX_DAYS));
  gtk_widget_set_valign (GTK_WIDGET (step->days_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (step->days_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, days_label,
                                  -1);
  unit = gtk_label_new (C_("unit", "days"));
  gtk_widget_add_css_class (unit, "dim-label");
  suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (suffix), GTK_WIDGET (step->days_spin));
  gtk_box_append (GTK_BOX (suffix), unit);
  adw_action_row_add_suffix (step->days_row, suffix);
  adw_action_row_set_activatable_widget (step->days_row, GTK_WIDGET (step->days_spin));
  update_days_subtitle (self, step);
  adw_preferences_group_add (step->group, GTK_WIDGET (step->days_row));

  step->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (step->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (step->view, FALSE);
  gtk_text_view_set_top_margin (step->view, 12);
  gtk_text_view_set_bottom_margin (step->view, 12);
  gtk_text_view_set_left_margin (step->view, 12);
  gtk_text_view_set_right_margin (step->view, 12);
  gtk_widget_set_size_request (GTK_WIDGET (step->view), -1, 140);
  gtk_accessible_update_property (GTK_ACCESSIBLE (step->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, message_label,
                                  -1);
  buffer = gtk_text_view_get_buffer (step->view);
  gtk_text_buffer_set_text (buffer, template_ != NULL ? template_ : "", -1);

  hint = gtk_label_new (_("A first line starting with “Subject:” becomes the subject. Placeholders in "
                          "braces are filled in with the job’s details when you compose the message."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_set_margin_top (hint, 6);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");

  frame = gtk_frame_new (NULL);
  gtk_widget_set_margin_top (frame, 12);
  gtk_widget_add_css_class (frame, "sequence-template");
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (step->view));
  adw_preferences_group_add (step->group, frame);
  adw_preferences_group_add (step->group, create_chips (index));
  adw_preferences_group_add (step->group, hint);

  g_signal_connect_object (step->days_spin, "value-changed",
                           G_CALLBACK (on_step_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "changed",
                           G_CALLBACK (on_step_changed_cb), self, G_CONNECT_SWAPPED);

  return step;
}

typedef struct
{
  int   days;
  char *template_;
} StepData;

static void
step_data_clear (gpointer data)
{
  StepData *step = data;

  g_free (step->template_);
}

static GArray *
collect_steps (PursuitSequenceEditor *self)
{
  GArray *data = g_array_sized_new (FALSE, TRUE, sizeof (StepData), self->steps->len);

  g_array_set_clear_func (data, step_data_clear);
  for (guint i = 0; i < self->steps->len; i++)
    {
      Step *step = g_ptr_array_index (self->steps, i);
      StepData item = {
        gtk_spin_button_get_value_as_int (step->days_spin),
        step_text (step),
      };

      g_array_append_val (data, item);
    }

  return data;
}

/* Step widgets carry their index in titles and action targets, so adding
 * or removing one rebuilds them all from what they hold. */
static void
rebuild_steps (PursuitSequenceEditor *self,
               GArray                *data)
{
  for (guint i = 0; i < self->steps->len; i++)
    {
      Step *step = g_ptr_array_index (self->steps, i);

      adw_preferences_page_remove (self->page, step->group);
    }
  g_ptr_array_set_size (self->steps, 0);

  /* The footer stays last. */
  g_object_ref (self->footer_group);
  adw_preferences_page_remove (self->page, self->footer_group);

  for (guint i = 0; i < data->len; i++)
    {
      StepData *item = &g_array_index (data, StepData, i);
      Step *step = create_step (self, i, item->days, item->template_);

      g_ptr_array_add (self->steps, step);
      adw_preferences_page_add (self->page, step->group);
    }

  adw_preferences_page_add (self->page, self->footer_group);
  g_object_unref (self->footer_group);
}

static void
show_error (PursuitSequenceEditor *self,
            const char            *message)
{
  if (message != NULL)
    gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
update_state (PursuitSequenceEditor *self)
{
  g_autoptr(PursuitFollowUpSequence) sequence = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->name_row));
  gboolean builtin = self->sequence != NULL && pursuit_follow_up_sequence_get_builtin (self->sequence);

  sequence = pursuit_sequence_editor_build_sequence (self, &error);
  self->valid = sequence != NULL;

  /* An empty name needs no sentence: the empty Name row says it. */
  show_error (self, error != NULL && name != NULL ? error->message : NULL);
  adw_window_title_set_subtitle (self->window_title, name);

  for (guint i = 0; i < self->steps->len; i++)
    update_days_subtitle (self, g_ptr_array_index (self->steps, i));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 self->valid && (self->modified || self->sequence == NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-step", self->steps->len < MAX_STEPS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-step", self->steps->len > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove", self->sequence != NULL && !builtin);
  gtk_widget_set_visible (self->remove_button, self->sequence != NULL && !builtin);
}

static void
on_field_changed_cb (PursuitSequenceEditor *self)
{
  self->modified = TRUE;
  update_state (self);
}

static void
load_sequence (PursuitSequenceEditor *self)
{
  g_autoptr(GArray) data = g_array_new (FALSE, TRUE, sizeof (StepData));
  PursuitFollowUpSequence *sequence = self->sequence;
  gboolean builtin = sequence != NULL && pursuit_follow_up_sequence_get_builtin (sequence);

  g_array_set_clear_func (data, step_data_clear);

  if (sequence != NULL)
    {
      const char *trigger = pursuit_follow_up_sequence_get_trigger (sequence);

      gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                             pursuit_follow_up_sequence_get_name (sequence));
      adw_combo_row_set_selected (self->trigger_row,
                                  g_strcmp0 (trigger, PURSUIT_SEQUENCE_TRIGGER_INTERVIEW) == 0 ? 1 : 0);

      for (guint i = 0; i < pursuit_follow_up_sequence_get_n_steps (sequence); i++)
        {
          StepData item = {
            pursuit_follow_up_sequence_get_step_days (sequence, i),
            g_strdup (pursuit_follow_up_sequence_get_step_template (sequence, i)),
          };

          g_array_append_val (data, item);
        }
    }

  if (data->len == 0)
    {
      StepData item = { 3, g_strdup (_("Subject: Following up on my application for {title}\n\n"
                                       "Hello {contact_name},\n\n"
                                       "I applied for the {title} position at {company} on {applied_date} "
                                       "and wanted to ask whether there is any news.\n\n"
                                       "Best regards,\n{my_name}")) };

      g_array_append_val (data, item);
    }

  adw_window_title_set_title (self->window_title,
                              sequence != NULL ? _("Edit Sequence") : _("New Sequence"));

  /* Built-ins keep what starts them: the automation looks them up by it. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->trigger_row), !builtin);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->trigger_row),
                               builtin ? _("Built-in sequences keep what starts them") : NULL);

  rebuild_steps (self, data);
  self->modified = FALSE;
  update_state (self);
}

static char *
choose_new_key (PursuitSequenceEditor *self)
{
  g_autoptr(GPtrArray) sequences = pursuit_store_list_sequences (self->store);
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; sequences != NULL && i < sequences->len; i++)
    g_hash_table_add (used, (gpointer) pursuit_follow_up_sequence_get_key (g_ptr_array_index (sequences, i)));

  for (guint n = 1; ; n++)
    {
      g_autofree char *key = g_strdup_printf ("custom_%u", n);

      if (!g_hash_table_contains (used, key))
        return g_steal_pointer (&key);
    }
}

static void
close_subpage (PursuitSequenceEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (root));
}

static void
save_and_report (PursuitSequenceEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!pursuit_sequence_editor_save (self, &error))
    show_error (self, error->message);
}

static void
on_discard_response_cb (AdwMessageDialog      *dialog,
                        const char            *response,
                        PursuitSequenceEditor *self)
{
  if (g_str_equal (response, "discard"))
    close_subpage (self);
  else if (g_str_equal (response, "save"))
    {
      save_and_report (self);
      if (!self->modified)
        close_subpage (self);
    }
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PursuitSequenceEditor *self = PURSUIT_SEQUENCE_EDITOR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (!self->modified)
    {
      close_subpage (self);
      return;
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Save Changes?"),
                                   _("The changes to this sequence are not saved yet."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", self->valid);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), self->valid ? "save" : "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_and_report (PURSUIT_SEQUENCE_EDITOR (widget));
}

static void
add_step_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  pursuit_sequence_editor_add_step (PURSUIT_SEQUENCE_EDITOR (widget));
}

static void
remove_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  pursuit_sequence_editor_remove_step (PURSUIT_SEQUENCE_EDITOR (widget),
                                       g_variant_get_uint32 (parameter));
}

static void
insert_placeholder_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  const char *placeholder;
  guint32 index;

  g_variant_get (parameter, "(u&s)", &index, &placeholder);
  pursuit_sequence_editor_insert_placeholder (PURSUIT_SEQUENCE_EDITOR (widget), index, placeholder);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitSequenceEditor *self = PURSUIT_SEQUENCE_EDITOR (widget);

  if (self->sequence == NULL || pursuit_follow_up_sequence_get_builtin (self->sequence))
    return;

  g_signal_emit (self, signals [REMOVE_REQUESTED], 0,
                 pursuit_follow_up_sequence_get_key (self->sequence));
}

static void
pursuit_sequence_editor_dispose (GObject *object)
{
  PursuitSequenceEditor *self = PURSUIT_SEQUENCE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_SEQUENCE_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->sequence);

  G_OBJECT_CLASS (pursuit_sequence_editor_parent_class)->dispose (object);
}

static void
pursuit_sequence_editor_finalize (GObject *object)
{
  PursuitSequenceEditor *self = PURSUIT_SEQUENCE_EDITOR (object);

  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_free (self->new_key);

  G_OBJECT_CLASS (pursuit_sequence_editor_parent_class)->finalize (object);
}

static void
pursuit_sequence_editor_class_init (PursuitSequenceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_sequence_editor_dispose;
  object_class->finalize = pursuit_sequence_editor_finalize;

  /**
   * PursuitSequenceEditor::saved:
   * @key: the saved sequence's key
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PursuitSequenceEditor::remove-requested:
   * @key: the sequence's key
   *
   * The user asked to remove the (custom) sequence; the preferences window
   * removes it and offers to undo.
   */
  signals [REMOVE_REQUESTED] =
    g_signal_new ("remove-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pursuit/Pursuit/ui/pursuit-sequence-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitSequenceEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitSequenceEditor, page);
  gtk_widget_class_bind_template_child (widget_class, PursuitSequenceEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitSequenceEditor, trigger_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitSequenceEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PursuitSequenceEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitSequenceEditor, footer_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitSequenceEditor, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-step", NULL, add_step_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-step", "u", remove_step_action);
  gtk_widget_class_install_action (widget_class, "editor.insert-placeholder", "(us)",
                                   insert_placeholder_action);
  gtk_widget_class_install_action (widget_class, "editor.remove", NULL, remove_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
pursuit_sequence_editor_init (PursuitSequenceEditor *self)
{
  self->steps = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pursuit_sequence_editor_new:
 * @store: the store the sequence is saved to
 * @sequence: (nullable): the sequence to edit (copied), or %NULL for a new one
 *
 * Returns: (transfer floating): the editor, to show with
 *   adw_preferences_window_present_subpage()
 */
GtkWidget *
pursuit_sequence_editor_new (PursuitStore            *store,
                             PursuitFollowUpSequence *sequence)
{
  PursuitSequenceEditor *self;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (sequence == NULL || PURSUIT_IS_FOLLOW_UP_SEQUENCE (sequence), NULL);

  self = g_object_new (PURSUIT_TYPE_SEQUENCE_EDITOR, NULL);
  self->store = g_object_ref (store);
  if (sequence != NULL)
    self->sequence = pursuit_follow_up_sequence_copy (sequence);
  else
    self->new_key = choose_new_key (self);
  load_sequence (self);

  return GTK_WIDGET (self);
}

/**
 * pursuit_sequence_editor_get_sequence:
 *
 * Returns: (transfer none) (nullable): the sequence as last saved, or %NULL
 *   for a new one not saved yet
 */
PursuitFollowUpSequence *
pursuit_sequence_editor_get_sequence (PursuitSequenceEditor *self)
{
  g_return_val_if_fail (PURSUIT_IS_SEQUENCE_EDITOR (self), NULL);

  return self->sequence;
}

gboolean
pursuit_sequence_editor_get_modified (PursuitSequenceEditor *self)
{
  g_return_val_if_fail (PURSUIT_IS_SEQUENCE_EDITOR (self), FALSE);

  return self->modified;
}

guint
pursuit_sequence_editor_get_n_steps (PursuitSequenceEditor *self)
{
  g_return_val_if_fail (PURSUIT_IS_SEQUENCE_EDITOR (self), 0);

  return self->steps->len;
}

/**
 * pursuit_sequence_editor_add_step:
 *
 * Appends a follow-up a week after the last one, with an empty message.
 */
void
pursuit_sequence_editor_add_step (PursuitSequenceEditor *self)
{
  g_autoptr(GArray) data = NULL;
  StepData item = { 7, NULL };
  Step *last;

  g_return_if_fail (PURSUIT_IS_SEQUENCE_EDITOR (self));

  if (self->steps->len >= MAX_STEPS)
    return;

  data = collect_steps (self);
  if (data->len > 0)
    item.days = MIN (g_array_index (data, StepData, data->len - 1).days + 7, MAX_DAYS);
  g_array_append_val (data, item);

  rebuild_steps (self, data);
  self->modified = TRUE;
  update_state (self);

  last = g_ptr_array_index (self->steps, self->steps->len - 1);
  gtk_widget_grab_focus (GTK_WIDGET (last->days_spin));
}

void
pursuit_sequence_editor_remove_step (PursuitSequenceEditor *self,
                                     guint                  index)
{
  g_autoptr(GArray) data = NULL;

  g_return_if_fail (PURSUIT_IS_SEQUENCE_EDITOR (self));

  /* A sequence keeps at least one follow-up. */
  if (index >= self->steps->len || self->steps->len <= 1)
    return;

  data = collect_steps (self);
  g_array_remove_index (data, index);

  rebuild_steps (self, data);
  self->modified = TRUE;
  update_state (self);
}

/**
 * pursuit_sequence_editor_insert_placeholder:
 * @index: the step
 * @placeholder: what to insert, such as "{company}"
 *
 * Inserts @placeholder at the cursor of step @index's message.
 */
void
pursuit_sequence_editor_insert_placeholder (PursuitSequenceEditor *self,
                                            guint                  index,
                                            const char            *placeholder)
{
  GtkTextBuffer *buffer;
  Step *step;

  g_return_if_fail (PURSUIT_IS_SEQUENCE_EDITOR (self));
  g_return_if_fail (placeholder != NULL);

  if (index >= self->steps->len)
    return;

  step = g_ptr_array_index (self->steps, index);
  buffer = gtk_text_view_get_buffer (step->view);
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_insert_at_cursor (buffer, placeholder, -1);
  gtk_widget_grab_focus (GTK_WIDGET (step->view));
}

/**
 * pursuit_sequence_editor_build_sequence:
 *
 * Returns: (transfer full) (nullable): what the editor holds as a sequence
 *   (a new one has no key yet), or %NULL and @error when it is not valid
 */
PursuitFollowUpSequence *
pursuit_sequence_editor_build_sequence (PursuitSequenceEditor  *self,
                                        GError                **error)
{
  g_autoptr(PursuitFollowUpSequence) sequence = NULL;
  g_autofree char *name = NULL;
  int previous = -1;

  g_return_val_if_fail (PURSUIT_IS_SEQUENCE_EDITOR (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->name_row));
  if (name == NULL)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("Give the sequence a name."));
      return NULL;
    }

  if (self->steps->len == 0 || self->steps->len > MAX_STEPS)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A sequence has from 1 to %d follow-ups."), MAX_STEPS);
      return NULL;
    }

  if (self->sequence != NULL)
    {
      sequence = pursuit_follow_up_sequence_copy (self->sequence);
      pursuit_follow_up_sequence_set_name (sequence, name);
      pursuit_follow_up_sequence_clear_steps (sequence);
    }
  else
    sequence = pursuit_follow_up_sequence_new (self->new_key, name, current_trigger (self));

  if (!pursuit_follow_up_sequence_get_builtin (sequence))
    pursuit_follow_up_sequence_set_trigger (sequence, current_trigger (self));

  for (guint i = 0; i < self->steps->len; i++)
    {
      Step *step = g_ptr_array_index (self->steps, i);
      int days = gtk_spin_button_get_value_as_int (step->days_spin);
      g_autofree char *text = step_text (step);

      if (days <= previous)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("Follow-up %u must come later than follow-up %u."), i + 1, i);
          return NULL;
        }
      previous = days;

      g_strstrip (text);
      pursuit_follow_up_sequence_add_step (sequence, days, *text != '\0' ? text : NULL);
    }

  return g_steal_pointer (&sequence);
}

/**
 * pursuit_sequence_editor_save:
 *
 * Saves what the editor holds to the store (a new sequence gets a key of
 * its own) and emits PursuitSequenceEditor::saved.
 *
 * Returns: %TRUE when saved
 */
gboolean
pursuit_sequence_editor_save (PursuitSequenceEditor  *self,
                              GError                **error)
{
  g_autoptr(PursuitFollowUpSequence) sequence = NULL;
  g_autoptr(PursuitFollowUpSequence) saved = NULL;
  const char *key;

  g_return_val_if_fail (PURSUIT_IS_SEQUENCE_EDITOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  sequence = pursuit_sequence_editor_build_sequence (self, error);
  if (sequence == NULL)
    return FALSE;

  if (!pursuit_store_save_sequence (self->store, sequence, error))
    return FALSE;

  key = pursuit_follow_up_sequence_get_key (sequence);
  saved = pursuit_store_get_sequence (self->store, key);
  g_set_object (&self->sequence, (saved != NULL ? saved : sequence));

  self->modified = FALSE;
  adw_window_title_set_title (self->window_title, _("Edit Sequence"));
  update_state (self);

  g_signal_emit (self, signals [SAVED], 0, key);

  return TRUE;
}
