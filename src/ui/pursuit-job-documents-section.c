/* pursuit-job-documents-section.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-page"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-job-documents-section.h"
#include "pursuit-job-page-private.h"

/* The CV, cover letter and portfolio sent with an application: a local
 * file (chosen with the portal's file chooser) or a link. Opening one
 * hands it to the desktop's default application; removing one only
 * forgets it, and can be undone. */

struct _PursuitJobDocumentsSection
{
  AdwPreferencesGroup parent_instance;

  PursuitStore         *store;
  gint64                job_id;
  guint                 reload_source;
  gboolean              reload_pending;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;

  GtkButton            *add_button;
  GtkListBox           *documents_list;

  PursuitJobForm        form;
  AdwComboRow          *kind_row;
  AdwEntryRow          *title_row;
  AdwEntryRow          *location_row;
};

G_DEFINE_FINAL_TYPE (PursuitJobDocumentsSection, pursuit_job_documents_section, ADW_TYPE_PREFERENCES_GROUP)

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

/* In the order of the form's Kind row. */
static const struct {
  const char *kind;
  const char *label;
  const char *icon_name;
} kinds[] = {
  { "resume", N_("Résumé"), "x-office-document-symbolic" },
  { "cover_letter", N_("Cover Letter"), "x-office-document-symbolic" },
  { "portfolio", N_("Portfolio"), "folder-pictures-symbolic" },
  { "other", N_("Other"), "text-x-generic-symbolic" },
};

static guint
kind_index (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].kind, kind) == 0)
      return i;

  return G_N_ELEMENTS (kinds) - 1;
}

static void
emit_toast (PursuitJobDocumentsSection *self,
            const char                 *plain_title)
{
  g_autoptr(AdwToast) toast = _pursuit_job_page_new_toast (plain_title);

  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

static const char *
row_text (gpointer row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static PursuitDocument *
document_of_widget (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "document") : NULL;
}

static gboolean
is_local (const char *path)
{
  return path != NULL && path[0] == '/';
}

/* Open */

static void
launch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PursuitJobDocumentsSection) self = user_data;
  g_autoptr(GError) error = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_debug ("Could not open a document: %s", error->message);
  emit_toast (self, _("No application could open this document"));
}

static void
on_open_clicked_cb (GtkButton                  *button,
                    PursuitJobDocumentsSection *self)
{
  PursuitDocument *document = document_of_widget (GTK_WIDGET (button));
  const char *path = document != NULL ? pursuit_document_get_path (document) : NULL;
  g_autoptr(GAppLaunchContext) context = NULL;
  g_autofree char *uri = NULL;

  if (path == NULL)
    return;

  /* The store only keeps absolute file names and http(s) addresses. */
  uri = is_local (path) ? g_filename_to_uri (path, NULL, NULL) : g_strdup (path);
  if (uri == NULL)
    {
      emit_toast (self, _("No application could open this document"));
      return;
    }

  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self))));
  g_app_info_launch_default_for_uri_async (uri, context, self->cancellable, launch_cb, g_object_ref (self));
}

/* Remove, with undo */

typedef struct
{
  PursuitStore    *store;
  PursuitDocument *document;
} UndoRemove;

static void
undo_remove_free (gpointer  data,
                  GClosure *closure)
{
  UndoRemove *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->document);
  g_free (undo);
}

static void
on_undo_remove_cb (AdwToast   *toast,
                   UndoRemove *undo)
{
  g_autoptr(GError) error = NULL;

  if (pursuit_store_add_document (undo->store,
                                  pursuit_document_get_job_id (undo->document),
                                  pursuit_document_get_kind (undo->document),
                                  pursuit_document_get_title (undo->document),
                                  pursuit_document_get_path (undo->document),
                                  &error) == 0)
    g_warning ("Could not restore a removed document: %s", error->message);
}

static void
on_remove_clicked_cb (GtkButton                  *button,
                      PursuitJobDocumentsSection *self)
{
  PursuitDocument *document = document_of_widget (GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *title = NULL;
  UndoRemove *undo;

  if (document == NULL)
    return;

  undo = g_new0 (UndoRemove, 1);
  undo->store = g_object_ref (self->store);
  undo->document = pursuit_document_copy (document);

  if (!pursuit_store_remove_document (self->store, pursuit_document_get_id (document), &error))
    {
      undo_remove_free (undo, NULL);
      emit_toast (self, error->message);
      return;
    }

  /* Translators: a document's title */
  title = g_strdup_printf (_("“%s” removed"), pursuit_document_get_title (undo->document));
  toast = _pursuit_job_page_new_toast (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb),
                         undo, undo_remove_free, 0);
  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

/* The form */

static void
on_add_clicked_cb (PursuitJobDocumentsSection *self,
                   GtkButton                  *button)
{
  if (self->store == NULL || self->job_id <= 0)
    return;

  _pursuit_job_form_clear (&self->form);
  _pursuit_job_form_open (&self->form, NULL, _("_Add"));
}

static char *
title_from_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  char *dot = name != NULL ? strrchr (name, '.') : NULL;

  if (dot != NULL && dot != name)
    *dot = '\0';

  return g_steal_pointer (&name);
}

static void
on_chooser_response_cb (GtkNativeDialog            *chooser,
                        int                         response,
                        PursuitJobDocumentsSection *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        {
          gtk_editable_set_text (GTK_EDITABLE (self->location_row), path);
          if (row_text (self->title_row)[0] == '\0')
            {
              g_autofree char *title = title_from_file (file);
              gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
            }
        }
    }

  g_clear_object (&self->chooser);
}

static void
on_choose_file_clicked_cb (GtkButton                  *button,
                           PursuitJobDocumentsSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Attach File"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Attach"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_save_clicked_cb (GtkButton                  *button,
                    PursuitJobDocumentsSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *location = g_strstrip (g_strdup (row_text (self->location_row)));
  guint kind = adw_combo_row_get_selected (self->kind_row);

  if (self->store == NULL || self->job_id <= 0)
    return;

  /* A file:// address, pasted from a file manager, is a file. */
  if (g_str_has_prefix (location, "file:"))
    {
      g_autofree char *path = g_filename_from_uri (location, NULL, NULL);

      if (path != NULL)
        {
          g_free (location);
          location = g_steal_pointer (&path);
        }
    }

  if (kind >= G_N_ELEMENTS (kinds))
    kind = G_N_ELEMENTS (kinds) - 1;

  if (pursuit_store_add_document (self->store, self->job_id, kinds[kind].kind,
                                  row_text (self->title_row),
                                  location[0] != '\0' ? location : NULL,
                                  &error) == 0)
    {
      gboolean about_location = location[0] != '\0' && row_text (self->title_row)[0] != '\0';

      _pursuit_job_page_set_row_error (GTK_WIDGET (self->location_row), about_location);
      _pursuit_job_page_set_row_error (GTK_WIDGET (self->title_row), !about_location);
      _pursuit_job_form_show_error (&self->form, error->message);
      return;
    }

  _pursuit_job_form_close (&self->form);
}

/* The list */

static char *
document_subtitle (PursuitDocument *document)
{
  const char *kind = _(kinds[kind_index (pursuit_document_get_kind (document))].label);
  const char *path = pursuit_document_get_path (document);
  g_autofree char *where = NULL;

  if (path == NULL)
    return g_strdup (kind);

  where = is_local (path) ? g_path_get_basename (path) : g_strdup (path);
  return g_strdup_printf ("%s · %s", kind, where);
}

static void
load_documents (PursuitJobDocumentsSection *self)
{
  g_autoptr(GPtrArray) documents = NULL;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->reload_pending = FALSE;
  _pursuit_job_page_clear_list (self->documents_list);

  if (self->store == NULL || self->job_id <= 0)
    return;

  documents = pursuit_store_list_documents (self->store, self->job_id);
  for (guint i = 0; i < documents->len; i++)
    {
      PursuitDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *subtitle = document_subtitle (document);
      const char *path = pursuit_document_get_path (document);
      GtkWidget *row = _pursuit_job_page_new_row (pursuit_document_get_title (document), subtitle);
      GtkWidget *icon = gtk_image_new_from_icon_name (is_local (path) || path == NULL
                                                      ? kinds[kind_index (pursuit_document_get_kind (document))].icon_name
                                                      : "web-browser-symbolic");
      GtkWidget *remove = _pursuit_job_page_new_icon_button ("user-trash-symbolic", _("Remove Document"));

      g_object_set_data_full (G_OBJECT (row), "document", g_object_ref (document), g_object_unref);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

      if (path != NULL)
        {
          GtkWidget *open = _pursuit_job_page_new_icon_button (is_local (path) ? "document-open-symbolic"
                                                                                : "adw-external-link-symbolic",
                                                                _("Open Document"));

          g_signal_connect_object (open, "clicked", G_CALLBACK (on_open_clicked_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), open);
        }

      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      gtk_list_box_append (self->documents_list, row);
    }
}

static void
on_form_closed_cb (gpointer user_data)
{
  PursuitJobDocumentsSection *self = user_data;

  if (self->reload_pending)
    load_documents (self);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  PursuitJobDocumentsSection *self = user_data;

  self->reload_source = 0;

  /* What is being edited stays as it is; the list follows when the form
   * closes. */
  if (_pursuit_job_form_is_open (&self->form))
    self->reload_pending = TRUE;
  else
    load_documents (self);

  return G_SOURCE_REMOVE;
}

/* Not at once: the change may come from a button inside a row that the
 * reload replaces. */
static void
queue_reload (PursuitJobDocumentsSection *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle_cb, self);
}

static void
on_documents_changed_cb (PursuitJobDocumentsSection *self,
                         gint64                      job_id,
                         PursuitStore               *store)
{
  if (self->job_id > 0 && job_id == self->job_id)
    queue_reload (self);
}

static void
on_reloaded_cb (PursuitJobDocumentsSection *self,
                PursuitStore               *store)
{
  queue_reload (self);
}

/* GObject */

static void
pursuit_job_documents_section_dispose (GObject *object)
{
  PursuitJobDocumentsSection *self = (PursuitJobDocumentsSection *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  _pursuit_job_form_dispose (&self->form);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_JOB_DOCUMENTS_SECTION);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (pursuit_job_documents_section_parent_class)->dispose (object);
}

static void
pursuit_job_documents_section_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (object);

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
pursuit_job_documents_section_set_property (GObject      *object,
                                            guint         prop_id,
                                            const GValue *value,
                                            GParamSpec   *pspec)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      pursuit_job_documents_section_set_store (self, g_value_get_object (value));
      break;
    case PROP_JOB_ID:
      pursuit_job_documents_section_set_job_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_documents_section_class_init (PursuitJobDocumentsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_job_documents_section_dispose;
  object_class->get_property = pursuit_job_documents_section_get_property;
  object_class->set_property = pursuit_job_documents_section_set_property;

  /**
   * PursuitJobDocumentsSection:store:
   *
   * The store the documents live in; set once.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PursuitJobDocumentsSection:job-id:
   *
   * The job whose documents are shown, 0 for none.
   */
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitJobDocumentsSection::add-toast:
   * @toast: the toast to show
   */
  signals [ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-job-documents-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, add_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, documents_list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
pursuit_job_documents_section_init (PursuitJobDocumentsSection *self)
{
  const char *kind_labels[G_N_ELEMENTS (kinds) + 1] = { NULL, };
  GtkWidget *choose;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  _pursuit_job_page_set_placeholder (self->documents_list, _("No documents yet"));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    kind_labels[i] = _(kinds[i].label);

  _pursuit_job_form_init (&self->form, self->documents_list, _("New Document"));
  self->form.closed = on_form_closed_cb;
  self->form.closed_data = self;
  self->kind_row = _pursuit_job_form_add_combo (&self->form, _("Kind of Document"), kind_labels);
  self->title_row = _pursuit_job_form_add_entry (&self->form, _("Document Title"));
  self->location_row = _pursuit_job_form_add_entry (&self->form, _("File or Link (https://…)"));

  choose = _pursuit_job_page_new_icon_button ("document-open-symbolic", _("Attach File…"));
  g_signal_connect_object (choose, "clicked", G_CALLBACK (on_choose_file_clicked_cb), self, 0);
  adw_entry_row_add_suffix (self->location_row, choose);

  g_signal_connect_object (self->form.save_button, "clicked", G_CALLBACK (on_save_clicked_cb), self, 0);
}

/**
 * pursuit_job_documents_section_get_store:
 *
 * Returns: (transfer none) (nullable): the store
 */
PursuitStore *
pursuit_job_documents_section_get_store (PursuitJobDocumentsSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_DOCUMENTS_SECTION (self), NULL);
  return self->store;
}

/**
 * pursuit_job_documents_section_set_store:
 * @self: a documents section
 * @store: the store; set once
 */
void
pursuit_job_documents_section_set_store (PursuitJobDocumentsSection *self,
                                         PursuitStore               *store)
{
  g_return_if_fail (PURSUIT_IS_JOB_DOCUMENTS_SECTION (self));
  g_return_if_fail (store == NULL || PURSUIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL || self->store == store);

  if (self->store == store)
    return;

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "documents-changed", G_CALLBACK (on_documents_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reloaded", G_CALLBACK (on_reloaded_cb), self, G_CONNECT_SWAPPED);

  load_documents (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

gint64
pursuit_job_documents_section_get_job_id (PursuitJobDocumentsSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_DOCUMENTS_SECTION (self), 0);
  return self->job_id;
}

/**
 * pursuit_job_documents_section_set_job_id:
 * @self: a documents section
 * @job_id: the job, 0 for none
 *
 * Shows a job's documents, reloaded from the store.
 */
void
pursuit_job_documents_section_set_job_id (PursuitJobDocumentsSection *self,
                                          gint64                      job_id)
{
  g_return_if_fail (PURSUIT_IS_JOB_DOCUMENTS_SECTION (self));

  if (self->job_id != job_id)
    {
      self->job_id = job_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB_ID]);
    }

  _pursuit_job_form_close (&self->form);
  load_documents (self);
}
