/* pursuit-board-view-bulk.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitBoardView, continued: what it does to several selected jobs at
 * once. With two cards or more selected, an action bar moves, tags or
 * deletes them together, each in one store transaction, with one toast
 * and one Undo. Which cards are selected is the board's business, in
 * pursuit-board-view.c. */

#define G_LOG_DOMAIN "pursuit-board-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "pursuit-board-view-private.h"
#include "pursuit-job-card-text.h"
#include "pursuit-job-deletion.h"
#include "pursuit-pipeline.h"

/* The "Move To…" menu of the action bar: a stage is offered when at least
 * one selected job may go there. Every job of a column is in the column's
 * stage, so this needs no look-up per job. */
static void
update_bulk_move_actions (PursuitBoardView *self)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      PursuitBoardColumn *target = _pursuit_board_view_get_column (self, i);
      g_autofree char *name = g_strdup_printf ("move-%u", i);
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->bulk_actions), name);
      gboolean enabled = FALSE;

      for (guint j = 0; j < self->columns->len && !enabled; j++)
        {
          PursuitBoardColumn *source = _pursuit_board_view_get_column (self, j);

          if (j != i && pursuit_board_column_get_n_selected (source) > 0)
            enabled = pursuit_pipeline_check_transition (pursuit_board_column_get_category (source),
                                                         pursuit_board_column_get_category (target),
                                                         NULL);
        }

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
    }
}

/* The bar of actions on the selected cards, and their actions, follow
 * the selection: @n_selected jobs on the whole board. */
void
_pursuit_board_view_update_bulk_bar (PursuitBoardView *self,
                                     guint             n_selected)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.delete-selected", n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.move-selected", n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.tag-selected", n_selected > 0);

  if (n_selected > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: shown in the bar of actions on the selected cards */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", n_selected),
                              n_selected);
      gtk_label_set_text (self->selection_label, text);
      update_bulk_move_actions (self);
    }

  gtk_action_bar_set_revealed (self->action_bar, n_selected >= 2);
  if (n_selected < 2)
    {
      gtk_menu_button_popdown (self->move_button);
      gtk_menu_button_popdown (self->tag_button);
    }
}

static void
on_bulk_move_activate_cb (GSimpleAction    *action,
                          GVariant         *parameter,
                          PursuitBoardView *self)
{
  const char *stage = g_object_get_data (G_OBJECT (action), "stage-key");

  pursuit_board_view_move_selected (self, stage);
}

void
_pursuit_board_view_rebuild_bulk_move_menu (PursuitBoardView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_menu_append_section (menu, _("Move To"), G_MENU_MODEL (section));

  /* One action per stage, so each item can be insensitive on its own. */
  for (guint i = 0; i < self->columns->len; i++)
    {
      PursuitBoardColumn *column = _pursuit_board_view_get_column (self, i);
      g_autofree char *name = g_strdup_printf ("move-%u", i);
      g_autofree char *detailed = g_strdup_printf ("bulk.%s", name);
      g_autoptr(GSimpleAction) action = g_simple_action_new (name, NULL);
      g_autoptr(PursuitStage) stage = pursuit_store_get_stage (self->store,
                                                               pursuit_board_column_get_stage_key (column));
      g_autofree char *label = pursuit_escape_mnemonic (stage != NULL ? pursuit_stage_get_label (stage)
                                                                      : pursuit_board_column_get_stage_key (column));

      g_object_set_data_full (G_OBJECT (action), "stage-key",
                              g_strdup (pursuit_board_column_get_stage_key (column)), g_free);
      g_signal_connect_object (action, "activate", G_CALLBACK (on_bulk_move_activate_cb), self, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
      g_menu_append (section, label, detailed);
    }

  g_set_object (&self->bulk_actions, group);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "bulk", G_ACTION_GROUP (group));
  gtk_menu_button_set_menu_model (self->move_button, G_MENU_MODEL (menu));
}

/* Bulk moves: several jobs at once, in one transaction */

static void
undo_array_clear (gpointer data)
{
  UndoData *undo = data;

  g_free (undo->from_stage);
}

static void
on_bulk_undo_clicked_cb (AdwToast         *toast,
                         PursuitBoardView *self)
{
  GArray *moved = g_object_get_data (G_OBJECT (toast), "pursuit-undo");
  g_autoptr(GError) error = NULL;

  if (moved == NULL || self->store == NULL)
    return;

  /* All of them back or none: half an Undo would be harder to follow. */
  if (!pursuit_store_begin (self->store, &error))
    {
      _pursuit_board_view_toast_error (self, error);
      return;
    }

  for (guint i = 0; i < moved->len; i++)
    {
      UndoData *undo = &g_array_index (moved, UndoData, i);

      if (!pursuit_store_undo_move (self->store, undo->job_id, undo->from_stage, &error))
        {
          pursuit_store_rollback (self->store);
          _pursuit_board_view_toast_error (self, error);
          return;
        }
    }

  if (!pursuit_store_commit (self->store, &error))
    _pursuit_board_view_toast_error (self, error);
}

static char *
format_bulk_move (guint       n_moved,
                  const char *label,
                  guint       n_refused,
                  const char *refusal)
{
  g_autofree char *moved = NULL;

  if (n_moved == 0)
    /* Translators: %s is a stage name, then the reason the pipeline gives */
    return g_strdup_printf (_("No job could move to %s: %s"), label, refusal);

  /* Translators: %u is a number of jobs, %s a stage name */
  moved = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Moved %u job to %s", "Moved %u jobs to %s", n_moved),
                           n_moved, label);
  if (n_refused == 0)
    return g_steal_pointer (&moved);

  /* Translators: the first %s is "Moved 3 jobs to Applied", %u a number
   * of jobs that did not move, the last %s the reason of the first one */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u could not move: %s", "%s; %u could not move: %s", n_refused),
                          moved, n_refused, refusal);
}

/* Bulk tags */

typedef struct
{
  GArray *job_ids;
  char   *tag;
} TagUndo;

static void
tag_undo_free (gpointer data)
{
  TagUndo *undo = data;

  g_array_unref (undo->job_ids);
  g_free (undo->tag);
  g_free (undo);
}

static void
on_tag_undo_clicked_cb (AdwToast         *toast,
                        PursuitBoardView *self)
{
  TagUndo *undo = g_object_get_data (G_OBJECT (toast), "pursuit-undo");
  g_autoptr(GError) error = NULL;

  if (undo == NULL || self->store == NULL)
    return;

  if (!pursuit_store_untag_jobs (self->store, (const gint64 *)(gpointer)undo->job_ids->data,
                                 undo->job_ids->len, undo->tag, &error))
    _pursuit_board_view_toast_error (self, error);
}

static void
on_tag_entry_activate_cb (PursuitBoardView *self)
{
  g_autofree char *tag = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->tag_entry))));

  if (tag[0] == '\0')
    return;

  if (pursuit_board_view_tag_selected (self, tag))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->tag_entry), "");
      gtk_popover_popdown (self->tag_popover);
    }
}

static void
on_tag_clicked_cb (GtkButton        *button,
                   PursuitBoardView *self)
{
  const char *tag = g_object_get_data (G_OBJECT (button), "tag");

  if (pursuit_board_view_tag_selected (self, tag))
    gtk_popover_popdown (self->tag_popover);
}

/* The tags in use, fresh each time the popover opens. */
static void
on_tag_popover_show_cb (PursuitBoardView *self)
{
  g_auto(GStrv) tags = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_box))) != NULL)
    gtk_box_remove (self->tags_box, child);

  if (self->store != NULL)
    tags = pursuit_store_list_tags (self->store);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (tags[i]);
      g_autofree char *name = NULL;

      /* Translators: %s is a tag */
      name = g_strdup_printf (_("Tag the selected jobs “%s”"), tags[i]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      gtk_widget_set_tooltip_text (button, name);
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0);
      gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), "tag", g_strdup (tags[i]), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_tag_clicked_cb), self, 0);
      gtk_box_append (self->tags_box, button);
    }

  gtk_widget_set_visible (self->tags_heading, tags != NULL && tags[0] != NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->tag_entry));
}

/* Bulk delete */

static void
on_delete_undo_clicked_cb (AdwToast           *toast,
                           PursuitBoardView   *self)
{
  PursuitJobDeletion *deletion = g_object_get_data (G_OBJECT (toast), "pursuit-undo");
  g_autoptr(GError) error = NULL;

  if (deletion != NULL && !pursuit_job_deletion_undo (deletion, &error))
    _pursuit_board_view_toast_error (self, error);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       PursuitBoardView *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "job-ids");

  if (g_str_equal (response, "delete") && ids != NULL)
    pursuit_board_view_delete_jobs (self, (const gint64 *)(gpointer)ids->data, ids->len);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GArray) ids = _pursuit_board_view_collect_selected_ids (self);
  AdwMessageDialog *dialog;

  if (ids->len == 0 || self->store == NULL)
    return;

  if (ids->len == 1)
    {
      g_autoptr(PursuitJob) job = pursuit_store_get_job (self->store, g_array_index (ids, gint64, 0), NULL);

      if (job == NULL)
        return;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                           _("Delete Job?"), NULL));
      adw_message_dialog_format_body (dialog, _("“%s” and its notes will be deleted."),
                                      pursuit_job_get_title (job));
    }
  else
    {
      g_autofree char *heading = NULL;

      /* Translators: %u is a number of jobs, always more than one */
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete %u Job?", "Delete %u Jobs?", ids->len),
                                 ids->len);
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                           heading, NULL));
      adw_message_dialog_format_body (dialog,
                                      g_dngettext (GETTEXT_PACKAGE,
                                                   "The selected job and its notes will be deleted.",
                                                   "The %u selected jobs and their notes will be deleted.",
                                                   ids->len),
                                      ids->len);
    }

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "job-ids", g_steal_pointer (&ids), (GDestroyNotify)g_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* As Escape does (clear_selection_key_cb()), Delete goes on to whatever
 * else wants it when nothing is selected. */
static gboolean
delete_selected_key_cb (GtkWidget *widget,
                        GVariant  *args,
                        gpointer   user_data)
{
  if (PURSUIT_BOARD_VIEW (widget)->n_selected == 0)
    return FALSE;

  delete_selected_action (widget, "board.delete-selected", NULL);
  return TRUE;
}

static void
move_selected_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  pursuit_board_view_move_selected (PURSUIT_BOARD_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
tag_selected_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  pursuit_board_view_tag_selected (PURSUIT_BOARD_VIEW (widget), g_variant_get_string (parameter, NULL));
}

void
_pursuit_board_view_class_init_bulk (GtkWidgetClass *widget_class)
{
  /**
   * PursuitBoardView|board.move-selected:
   * @parameter: a stage key
   *
   * Moves the selected jobs to a stage.
   */
  gtk_widget_class_install_action (widget_class, "board.move-selected", "s", move_selected_action);
  /**
   * PursuitBoardView|board.tag-selected:
   * @parameter: a tag
   *
   * Adds a tag to the selected jobs.
   */
  gtk_widget_class_install_action (widget_class, "board.tag-selected", "s", tag_selected_action);
  /**
   * PursuitBoardView|board.delete-selected:
   *
   * Asks, then deletes the selected jobs.
   */
  gtk_widget_class_install_action (widget_class, "board.delete-selected", NULL, delete_selected_action);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, delete_selected_key_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Delete, 0, delete_selected_key_cb, NULL);

  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, action_bar);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, selection_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, move_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, tag_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, tag_popover);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, tag_entry);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, tags_heading);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, tags_box);
  gtk_widget_class_bind_template_callback (widget_class, on_tag_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tag_entry_activate_cb);
}

/**
 * pursuit_board_view_move_jobs:
 * @self: a board
 * @job_ids: (array length=n_job_ids): the jobs to move
 * @n_job_ids: how many
 * @stage: the key of the stage to move them to
 * @reason: (nullable): why, when withdrawing
 *
 * Moves several jobs in one store transaction. Jobs the pipeline does not
 * let go to @stage stay where they are and the toast says how many and
 * why; jobs already in @stage are left alone. If the store fails on any
 * job (one was deleted meanwhile, the disk is full), no job moves. The
 * toast's Undo moves every moved job back, again in one transaction.
 *
 * Returns: %TRUE if at least one job moved
 */
gboolean
pursuit_board_view_move_jobs (PursuitBoardView *self,
                              const gint64     *job_ids,
                              guint             n_job_ids,
                              const char       *stage,
                              const char       *reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) moved = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *to = NULL;
  g_autofree char *refusal = NULL;
  g_autofree char *plain_label = NULL;
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  guint n_refused = 0;

  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), FALSE);
  g_return_val_if_fail (job_ids != NULL || n_job_ids == 0, FALSE);
  g_return_val_if_fail (stage != NULL, FALSE);

  if (self->store == NULL || n_job_ids == 0)
    return FALSE;

  to = _pursuit_board_view_stage_category (self, stage);
  if (to == NULL)
    {
      g_set_error (&error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("There is no stage “%s”"), stage);
      _pursuit_board_view_toast_error (self, error);
      return FALSE;
    }

  moved = g_array_new (FALSE, TRUE, sizeof (UndoData));
  g_array_set_clear_func (moved, undo_array_clear);

  if (!pursuit_store_begin (self->store, &error))
    {
      _pursuit_board_view_toast_error (self, error);
      return FALSE;
    }

  for (guint i = 0; i < n_job_ids; i++)
    {
      g_autoptr(PursuitJob) job = NULL;
      g_autoptr(GError) refused = NULL;
      g_autofree char *from = NULL;
      UndoData undo;

      /* Read inside the transaction: what the checks see is what moves. */
      job = pursuit_store_get_job (self->store, job_ids[i], &error);
      if (job == NULL)
        goto failed;

      if (g_strcmp0 (pursuit_job_get_stage (job), stage) == 0)
        continue;

      /* A refused move would spoil the whole transaction: check first. */
      from = _pursuit_board_view_stage_category (self, pursuit_job_get_stage (job));
      if (from == NULL || !pursuit_pipeline_check_transition (from, to, &refused))
        {
          if (refusal == NULL && refused != NULL)
            refusal = g_strdup (refused->message);
          n_refused++;
          continue;
        }

      if (!pursuit_store_move_job (self->store, job_ids[i], stage, reason, &error))
        goto failed;

      undo.job_id = job_ids[i];
      undo.from_stage = g_strdup (pursuit_job_get_stage (job));
      g_array_append_val (moved, undo);
    }

  /* A failed commit rolls back by itself. */
  if (!pursuit_store_commit (self->store, &error))
    {
      _pursuit_board_view_toast_error (self, error);
      return FALSE;
    }

  if (moved->len == 0 && n_refused == 0)
    return FALSE;

  plain_label = _pursuit_board_view_stage_label (self, stage);
  label = g_markup_escape_text (plain_label, -1);
  if (refusal == NULL)
    refusal = g_strdup ("");
  {
    g_autofree char *escaped = g_markup_escape_text (refusal, -1);
    text = format_bulk_move (moved->len, label, n_refused, escaped);
  }

  toast = adw_toast_new (text);
  if (moved->len > 0)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data_full (G_OBJECT (toast), "pursuit-undo",
                              g_array_ref (moved), (GDestroyNotify)g_array_unref);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_bulk_undo_clicked_cb), self, 0);
    }
  else
    adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  _pursuit_board_view_emit_toast (self, toast);

  return moved->len > 0;

failed:
  pursuit_store_rollback (self->store);
  _pursuit_board_view_toast_error (self, error);
  return FALSE;
}

/**
 * pursuit_board_view_move_selected:
 * @self: a board
 * @stage: the key of the stage to move the selected jobs to
 *
 * Moves the selected jobs, as [method@Pursuit.BoardView.move_jobs] does.
 * Withdrawing first asks for one reason for all of them.
 *
 * Returns: %TRUE if at least one job moved now
 */
gboolean
pursuit_board_view_move_selected (PursuitBoardView *self,
                                  const char       *stage)
{
  g_autoptr(GArray) ids = NULL;
  g_autofree char *category = NULL;

  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), FALSE);
  g_return_val_if_fail (stage != NULL, FALSE);

  if (self->store == NULL)
    return FALSE;

  ids = _pursuit_board_view_collect_selected_ids (self);
  if (ids->len == 0)
    return FALSE;

  category = _pursuit_board_view_stage_category (self, stage);
  if (g_strcmp0 (category, PURSUIT_STAGE_WITHDRAWN) == 0)
    {
      g_autoptr(GArray) allowed = g_array_new (FALSE, FALSE, sizeof (gint64));

      /* Ask only about the jobs that can go; the others are not moved. */
      for (guint i = 0; i < ids->len; i++)
        if (pursuit_board_view_can_move_job (self, g_array_index (ids, gint64, i), stage))
          g_array_append_val (allowed, g_array_index (ids, gint64, i));

      if (allowed->len > 0)
        {
          _pursuit_board_view_ask_withdraw_reason (self, (const gint64 *)(gpointer)ids->data, ids->len, allowed->len, stage);
          return FALSE;
        }
    }

  return pursuit_board_view_move_jobs (self, (const gint64 *)(gpointer)ids->data, ids->len, stage, NULL);
}

/**
 * pursuit_board_view_tag_selected:
 * @self: a board
 * @tag: a tag, new or in use
 *
 * Adds @tag to every selected job, in one transaction, with Undo in a
 * toast that takes it off the jobs that did not have it.
 *
 * Returns: %TRUE if the jobs were tagged
 */
gboolean
pursuit_board_view_tag_selected (PursuitBoardView *self,
                                 const char       *tag)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) untagged = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *text = NULL;
  TagUndo *undo;

  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  if (self->store == NULL)
    return FALSE;

  ids = _pursuit_board_view_collect_selected_ids (self);
  if (ids->len == 0)
    return FALSE;

  untagged = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(PursuitJob) job = pursuit_store_get_job (self->store, g_array_index (ids, gint64, i), NULL);

      if (job != NULL && !pursuit_job_has_tag (job, tag))
        g_array_append_val (untagged, g_array_index (ids, gint64, i));
    }

  if (!pursuit_store_tag_jobs (self->store, (const gint64 *)(gpointer)ids->data, ids->len, tag, &error))
    {
      _pursuit_board_view_toast_error (self, error);
      return FALSE;
    }

  trimmed = g_strstrip (g_strdup (tag));
  escaped = g_markup_escape_text (trimmed, -1);
  /* Translators: %u is a number of jobs, %s a tag */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Tagged %u job “%s”", "Tagged %u jobs “%s”", ids->len),
                          ids->len, escaped);
  toast = adw_toast_new (text);

  if (untagged->len > 0)
    {
      undo = g_new0 (TagUndo, 1);
      undo->job_ids = g_steal_pointer (&untagged);
      undo->tag = g_steal_pointer (&trimmed);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data_full (G_OBJECT (toast), "pursuit-undo", undo, tag_undo_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_tag_undo_clicked_cb), self, 0);
    }

  _pursuit_board_view_emit_toast (self, toast);
  return TRUE;
}

/**
 * pursuit_board_view_delete_jobs:
 * @self: a board
 * @job_ids: (array length=n_job_ids): the jobs to delete
 * @n_job_ids: how many
 *
 * Deletes the jobs in one transaction, without asking, and offers Undo in
 * a toast. If any job cannot be deleted, none is.
 *
 * Returns: %TRUE if the jobs were deleted
 */
gboolean
pursuit_board_view_delete_jobs (PursuitBoardView *self,
                                const gint64     *job_ids,
                                guint             n_job_ids)
{
  g_autoptr(PursuitJobDeletion) deletion = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), FALSE);
  g_return_val_if_fail (job_ids != NULL || n_job_ids == 0, FALSE);

  if (self->store == NULL || n_job_ids == 0)
    return FALSE;

  deletion = pursuit_job_deletion_new (self->store);
  if (!pursuit_job_deletion_delete (deletion, job_ids, n_job_ids, &error))
    {
      _pursuit_board_view_toast_error (self, error);
      return FALSE;
    }

  if (n_job_ids == 1)
    {
      g_autofree char *title = g_markup_escape_text (pursuit_job_get_title (pursuit_job_deletion_get_job (deletion, 0)), -1);

      text = g_strdup_printf (_("“%s” deleted"), title);
    }
  else
    /* Translators: %u is a number of jobs */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deleted %u job", "Deleted %u jobs", n_job_ids),
                            n_job_ids);

  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "pursuit-undo", g_steal_pointer (&deletion), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_delete_undo_clicked_cb), self, 0);
  _pursuit_board_view_emit_toast (self, toast);

  return TRUE;
}
