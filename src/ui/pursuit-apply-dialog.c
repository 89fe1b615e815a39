/* pursuit-apply-dialog.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-apply-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-apply-dialog.h"
#include "pursuit-job-page-private.h"
#include "pursuit-pipeline.h"
#include "pursuit-store-documents.h"
#include "pursuit-store-matching.h"

/* Asked when the user is back from the posting's apply page. "Sent"
 * records which documents went out, moves the job to Applied (the
 * automation then plans the follow-ups) and offers Undo in a toast;
 * "Not Yet" changes nothing. */

struct _PursuitApplyDialog
{
  AdwWindow     parent_instance;

  PursuitStore *store;
  gint64        job_id;
  /* One check button per document, with its id as "document-id". */
  GPtrArray    *document_checks;
  GtkCheckButton *cv_check;
  gint64        cv_id;

  GtkLabel     *heading_label;
  GtkLabel     *body_label;
  GtkListBox   *documents_list;
  GtkLabel     *error_label;
  GtkButton    *sent_button;
};

G_DEFINE_FINAL_TYPE (PursuitApplyDialog, pursuit_apply_dialog, ADW_TYPE_WINDOW)

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "resume") == 0)
    return _("Résumé");
  if (g_strcmp0 (kind, "cover_letter") == 0)
    return _("Cover Letter");
  if (g_strcmp0 (kind, "portfolio") == 0)
    return _("Portfolio");

  return _("Other");
}

static GtkCheckButton *
add_check_row (PursuitApplyDialog *self,
               const char         *title,
               const char         *subtitle,
               gboolean            active)
{
  GtkWidget *row = _pursuit_job_page_new_row (title, subtitle);
  GtkWidget *check = gtk_check_button_new ();

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_list_box_append (self->documents_list, row);

  return GTK_CHECK_BUTTON (check);
}

/* The newest document of @kind, written in the app when @written. */
static PursuitDocument *
newest_of_kind (GPtrArray  *documents,
                const char *kind,
                gboolean    written)
{
  PursuitDocument *newest = NULL;

  for (guint i = 0; i < documents->len; i++)
    {
      PursuitDocument *document = g_ptr_array_index (documents, i);

      if (g_strcmp0 (pursuit_document_get_kind (document), kind) != 0)
        continue;
      if (written && pursuit_document_get_body (document) == NULL)
        continue;
      if (newest == NULL ||
          pursuit_document_get_created_at (document) > pursuit_document_get_created_at (newest) ||
          (pursuit_document_get_created_at (document) == pursuit_document_get_created_at (newest) &&
           pursuit_document_get_id (document) > pursuit_document_get_id (newest)))
        newest = document;
    }

  return newest;
}

static void
load_documents (PursuitApplyDialog *self)
{
  g_autoptr(GPtrArray) documents = pursuit_store_list_documents (self->store, self->job_id);
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(GError) error = NULL;
  PursuitDocument *letter = newest_of_kind (documents, "cover_letter", FALSE);
  /* A CV variant written for this job goes out rather than the plain CV. */
  PursuitDocument *variant = newest_of_kind (documents, "resume", TRUE);

  for (guint i = 0; i < documents->len; i++)
    {
      PursuitDocument *document = g_ptr_array_index (documents, i);
      gint64 sent_at = pursuit_document_get_sent_at (document);
      g_autofree char *subtitle = NULL;
      GtkCheckButton *check;
      gint64 *id;

      if (sent_at > 0)
        {
          g_autofree char *day = _pursuit_job_page_format_day (sent_at);

          /* Translators: a kind of document, then a day */
          subtitle = g_strdup_printf (_("%s · sent %s"), kind_label (pursuit_document_get_kind (document)), day);
        }
      else
        {
          subtitle = g_strdup (kind_label (pursuit_document_get_kind (document)));
        }

      check = add_check_row (self, pursuit_document_get_title (document), subtitle,
                             document == letter || document == variant);
      id = g_new (gint64, 1);
      *id = pursuit_document_get_id (document);
      g_object_set_data_full (G_OBJECT (check), "document-id", id, g_free);
      g_ptr_array_add (self->document_checks, check);
    }

  cv = pursuit_store_get_active_cv (self->store, &error);
  if (cv == NULL && error != NULL)
    g_debug ("No active CV: %s", error->message);

  if (cv != NULL)
    {
      /* Translators: the title of the user's active CV */
      g_autofree char *title = g_strdup_printf (_("CV: %s"), pursuit_cv_get_title (cv));

      self->cv_id = pursuit_cv_get_id (cv);
      self->cv_check = add_check_row (self, title, _("Your active CV"), variant == NULL);
    }

  if (documents->len == 0 && cv == NULL)
    _pursuit_job_page_set_placeholder (self->documents_list,
                                       _("No documents: add your CV under Profile, or write a cover letter on the job page"));
}

static void
load_job (PursuitApplyDialog *self)
{
  g_autoptr(PursuitJob) job = pursuit_store_get_job (self->store, self->job_id, NULL);
  g_autofree char *heading = NULL;
  const char *company;

  if (job == NULL)
    {
      gtk_label_set_text (self->heading_label, _("This job is no longer there"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->sent_button), FALSE);
      return;
    }

  company = pursuit_job_get_company (job);
  if (company != NULL && company[0] != '\0')
    /* Translators: a job's title, then its company */
    heading = g_strdup_printf (_("Did you send your application for “%s” at %s?"),
                               pursuit_job_get_title (job), company);
  else
    /* Translators: a job's title */
    heading = g_strdup_printf (_("Did you send your application for “%s”?"), pursuit_job_get_title (job));

  gtk_label_set_text (self->heading_label, heading);
  gtk_label_set_text (self->body_label,
                      _("Tick what you sent: Pursuit remembers which version went where, moves the job to Applied and plans the follow-ups."));
}

/* Undo */

typedef struct
{
  PursuitStore *store;
  gint64        job_id;
  char         *previous_stage;
} UndoData;

static void
undo_data_free (gpointer  data,
                GClosure *closure)
{
  UndoData *undo = data;

  g_clear_object (&undo->store);
  g_free (undo->previous_stage);
  g_free (undo);
}

static void
on_undo_clicked_cb (AdwToast *toast,
                    UndoData *undo)
{
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_undo_move (undo->store, undo->job_id, undo->previous_stage, &error))
    g_debug ("Could not undo the move to Applied: %s", error->message);
}

static char *
stage_label (PursuitStore *store,
             const char   *key)
{
  g_autoptr(PursuitStage) stage = pursuit_store_get_stage (store, key);

  return g_strdup (stage != NULL ? pursuit_stage_get_label (stage) : key);
}

static gboolean
is_saved (PursuitStore *store,
          const char   *key)
{
  g_autoptr(PursuitStage) stage = pursuit_store_get_stage (store, key);

  return stage != NULL && g_strcmp0 (pursuit_stage_get_category (stage), PURSUIT_STAGE_SAVED) == 0;
}

/* Actions */

static void
sent_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PursuitApplyDialog *self = PURSUIT_APPLY_DIALOG (widget);
  g_autoptr(PursuitJob) before = pursuit_store_get_job (self->store, self->job_id, NULL);
  g_autoptr(PursuitJob) after = NULL;
  g_autofree char *previous_stage = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;

  previous_stage = before != NULL ? g_strdup (pursuit_job_get_stage (before)) : NULL;

  if (!pursuit_apply_dialog_confirm (self, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  after = pursuit_store_get_job (self->store, self->job_id, NULL);
  if (after != NULL && previous_stage != NULL &&
      g_strcmp0 (pursuit_job_get_stage (after), previous_stage) != 0 &&
      is_saved (self->store, previous_stage))
    {
      g_autofree char *label = stage_label (self->store, pursuit_job_get_stage (after));
      /* Translators: the name of a stage, such as Applied */
      g_autofree char *title = g_strdup_printf (_("Moved to %s"), label);
      UndoData *undo = g_new0 (UndoData, 1);

      undo->store = g_object_ref (self->store);
      undo->job_id = self->job_id;
      undo->previous_stage = g_steal_pointer (&previous_stage);

      toast = _pursuit_job_page_new_undo_toast (title);
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), undo,
                             undo_data_free, 0);
    }
  else
    {
      toast = _pursuit_job_page_new_toast (_("Application recorded"));
    }

  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
not_yet_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* GObject */

static void
pursuit_apply_dialog_dispose (GObject *object)
{
  PursuitApplyDialog *self = (PursuitApplyDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_APPLY_DIALOG);
  g_clear_pointer (&self->document_checks, g_ptr_array_unref);
  self->cv_check = NULL;
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_apply_dialog_parent_class)->dispose (object);
}

static void
pursuit_apply_dialog_class_init (PursuitApplyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_apply_dialog_dispose;

  /**
   * PursuitApplyDialog::add-toast:
   * @toast: what happened, with Undo
   *
   * The application was recorded; the dialog closes, so the toast is for
   * the window that opened it.
   */
  signals [ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-apply-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitApplyDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitApplyDialog, body_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitApplyDialog, documents_list);
  gtk_widget_class_bind_template_child (widget_class, PursuitApplyDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitApplyDialog, sent_button);

  gtk_widget_class_install_action (widget_class, "apply.sent", NULL, sent_action);
  gtk_widget_class_install_action (widget_class, "apply.not-yet", NULL, not_yet_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "apply.not-yet", NULL);
}

static void
pursuit_apply_dialog_init (PursuitApplyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->document_checks = g_ptr_array_new ();
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->sent_button));
}

/**
 * pursuit_apply_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: the store
 * @job_id: the job applied for
 *
 * Returns: (transfer none): the dialog, not shown yet
 */
GtkWidget *
pursuit_apply_dialog_new (GtkWindow    *parent,
                          PursuitStore *store,
                          gint64        job_id)
{
  PursuitApplyDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (job_id > 0, NULL);

  self = g_object_new (PURSUIT_TYPE_APPLY_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->job_id = job_id;

  load_job (self);
  load_documents (self);

  return GTK_WIDGET (self);
}

/**
 * pursuit_apply_dialog_get_checked_documents:
 * @self: the dialog
 *
 * Returns: (transfer full) (element-type gint64): the ids of the checked
 *   documents, in the order listed
 */
GArray *
pursuit_apply_dialog_get_checked_documents (PursuitApplyDialog *self)
{
  GArray *ids;

  g_return_val_if_fail (PURSUIT_IS_APPLY_DIALOG (self), NULL);

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < self->document_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->document_checks, i);
      const gint64 *id = g_object_get_data (G_OBJECT (check), "document-id");

      if (gtk_check_button_get_active (check) && id != NULL)
        g_array_append_val (ids, *id);
    }

  return ids;
}

/**
 * pursuit_apply_dialog_get_checked_cv:
 * @self: the dialog
 *
 * Returns: the active CV's id when its row is checked, else 0
 */
gint64
pursuit_apply_dialog_get_checked_cv (PursuitApplyDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_APPLY_DIALOG (self), 0);

  return self->cv_check != NULL && gtk_check_button_get_active (self->cv_check) ? self->cv_id : 0;
}

/**
 * pursuit_apply_dialog_confirm:
 * @self: the dialog
 * @error: return location for a #GError
 *
 * Records the application with the checked documents, sent now, as
 * "Sent" does (without closing the dialog).
 *
 * Returns: %TRUE when the store recorded it
 */
gboolean
pursuit_apply_dialog_confirm (PursuitApplyDialog  *self,
                              GError             **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (PURSUIT_IS_APPLY_DIALOG (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ids = pursuit_apply_dialog_get_checked_documents (self);
  return pursuit_store_record_application (self->store, self->job_id,
                                           (const gint64 *)(gpointer)ids->data, ids->len,
                                           pursuit_apply_dialog_get_checked_cv (self),
                                           g_get_real_time () / G_USEC_PER_SEC,
                                           error);
}
