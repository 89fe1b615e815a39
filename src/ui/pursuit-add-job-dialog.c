/* pursuit-add-job-dialog.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-add-job-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "capture/pursuit-page-fetcher.h"
#include "import/pursuit-import-error.h"
#include "import/pursuit-posting-parser.h"
#include "pursuit-accessible.h"
#include "pursuit-add-job-dialog.h"
#include "pursuit-editable.h"
#include "pursuit-pipeline.h"
#include "pursuit-store-companies.h"
#include "pursuit-window.h"

struct _PursuitAddJobDialog
{
  AdwWindow           parent_instance;

  PursuitStore       *store;
  PursuitPageFetcher *fetcher;
  GCancellable       *fetch_cancellable;
  PursuitJob         *base;        /* what the last fetch found, or NULL */
  PursuitCompany     *posting_company; /* what its posting said of the company */
  GPtrArray          *stage_keys;  /* (element-type utf8) per stage_row item */
  char               *fetch_url;
  gint64              duplicate_id;
  gboolean            fetching;
  gboolean            can_add;

  AdwEntryRow        *url_row;
  GtkSpinner         *spinner;
  GtkButton          *fetch_button;
  GtkButton          *cancel_fetch_button;
  GtkRevealer        *message_revealer;
  GtkLabel           *message_label;
  AdwEntryRow        *title_row;
  AdwEntryRow        *company_row;
  AdwEntryRow        *location_row;
  GtkSwitch          *remote_switch;
  GtkSpinButton      *salary_min_spin;
  GtkSpinButton      *salary_max_spin;
  AdwEntryRow        *currency_row;
  AdwComboRow        *stage_row;
  AdwPreferencesGroup *description_group;
  GtkLabel           *description_label;
};

G_DEFINE_FINAL_TYPE (PursuitAddJobDialog, pursuit_add_job_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FETCHING,
  PROP_CAN_ADD,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  JOB_ADDED,
  OPEN_JOB,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

typedef enum
{
  MESSAGE_NONE,
  MESSAGE_INFO,
  MESSAGE_ERROR,
} MessageKind;

static void
show_message (PursuitAddJobDialog *self,
              MessageKind          kind,
              const char          *text)
{
  if (kind == MESSAGE_NONE || text == NULL)
    {
      gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
      gtk_label_set_text (self->message_label, "");
      return;
    }

  /* Outside text (an error from the store or the parser) is never markup. */
  gtk_label_set_text (self->message_label, text);
  if (kind == MESSAGE_ERROR)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->message_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

static void
update_actions (PursuitAddJobDialog *self)
{
  g_autofree char *title = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->title_row));
  g_autofree char *url = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->url_row));
  gboolean can_add = title != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.add", can_add);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.fetch", url != NULL && !self->fetching);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.cancel-fetch", self->fetching);

  if (can_add != self->can_add)
    {
      self->can_add = can_add;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_ADD]);
    }
}

static void
set_fetching (PursuitAddJobDialog *self,
              gboolean             fetching)
{
  gboolean fetch_focused = gtk_widget_has_focus (GTK_WIDGET (self->fetch_button));
  gboolean stop_focused = gtk_widget_has_focus (GTK_WIDGET (self->cancel_fetch_button));

  if (self->fetching == fetching)
    return;

  self->fetching = fetching;

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), fetching);
  gtk_spinner_set_spinning (self->spinner, fetching);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_fetch_button), fetching);
  gtk_widget_set_visible (GTK_WIDGET (self->fetch_button), !fetching);

  update_actions (self);

  /* Keep the keyboard focus on the button that takes the place of the
   * focused one. */
  if (fetching && fetch_focused)
    gtk_widget_grab_focus (GTK_WIDGET (self->cancel_fetch_button));
  else if (!fetching && stop_focused)
    gtk_widget_grab_focus (GTK_WIDGET (self->fetch_button));

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FETCHING]);
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  if (text != NULL && *text != '\0')
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
fill_stages (PursuitAddJobDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) stages = NULL;

  g_ptr_array_set_size (self->stage_keys, 0);

  if (self->store != NULL)
    stages = pursuit_store_list_stages (self->store);

  /* A new job is either one to apply to or one already applied to. */
  for (guint i = 0; stages != NULL && i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);
      const char *category = pursuit_stage_get_category (stage);

      if (g_strcmp0 (category, PURSUIT_STAGE_SAVED) != 0 &&
          g_strcmp0 (category, PURSUIT_STAGE_APPLIED) != 0)
        continue;

      gtk_string_list_append (labels, pursuit_stage_get_label (stage));
      g_ptr_array_add (self->stage_keys, g_strdup (pursuit_stage_get_key (stage)));
    }

  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->stage_row, 0);
}

static void
select_stage (PursuitAddJobDialog *self,
              const char          *key)
{
  for (guint i = 0; key != NULL && i < self->stage_keys->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->stage_keys, i), key))
        {
          adw_combo_row_set_selected (self->stage_row, i);
          return;
        }
    }
}

static const char *
selected_stage (PursuitAddJobDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->stage_row);

  if (selected < self->stage_keys->len)
    return g_ptr_array_index (self->stage_keys, selected);

  return PURSUIT_STAGE_SAVED;
}

static void
show_page_result (PursuitAddJobDialog *self,
                  const char          *data,
                  gsize                length,
                  const char          *page_url)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) fallback = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->posting_company);
  job = pursuit_posting_parse_html_full (data, length, page_url, &fallback,
                                         &self->posting_company, &error);

  if (job != NULL)
    {
      pursuit_add_job_dialog_set_job (self, job);
      show_message (self, MESSAGE_INFO, _("Filled in from the posting. Check the details, then add the job."));
      return;
    }

  if (fallback != NULL)
    pursuit_add_job_dialog_set_job (self, fallback);

  if (g_error_matches (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_NO_POSTING))
    show_message (self, MESSAGE_ERROR,
                  _("No job posting found on this page. What could be found is filled in; complete the rest below."));
  else
    /* The parser's messages are ours and translated. */
    show_message (self, MESSAGE_ERROR, error->message);
}

static const char *
describe_fetch_error (const GError *error)
{
  if (error->domain == PURSUIT_FETCH_ERROR)
    {
      switch ((PursuitFetchError) error->code)
        {
        case PURSUIT_FETCH_ERROR_HTTP_STATUS:
          /* "The page answered 404 Not Found": written by the fetcher. */
          return error->message;
        case PURSUIT_FETCH_ERROR_TOO_LARGE:
          return _("This page is too large to read");
        case PURSUIT_FETCH_ERROR_INVALID_URI:
          return _("This is not a valid web address");
        default:
          break;
        }
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT))
    return _("Only web addresses starting with http:// or https:// can be fetched");

  return _("The page could not be reached; check the address and your connection");
}

static void
fetch_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  PursuitAddJobDialog *self;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *final_uri = NULL;
  g_autofree char *message = NULL;
  const char *data;
  gsize length;

  bytes = pursuit_page_fetcher_fetch_finish (PURSUIT_PAGE_FETCHER (object), result,
                                             NULL, &final_uri, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PURSUIT_ADD_JOB_DIALOG (user_data);
  set_fetching (self, FALSE);
  g_clear_object (&self->fetch_cancellable);

  if (bytes == NULL)
    {
      g_debug ("Fetching %s failed: %s", self->fetch_url, error->message);
      message = g_strdup_printf (_("Could not fetch the posting: %s. You can fill in the details below."),
                                 describe_fetch_error (error));
      show_message (self, MESSAGE_ERROR, message);
      if (self->fetch_url != NULL && *gtk_editable_get_text (GTK_EDITABLE (self->url_row)) == '\0')
        gtk_editable_set_text (GTK_EDITABLE (self->url_row), self->fetch_url);
      return;
    }

  data = g_bytes_get_data (bytes, &length);
  show_page_result (self, data != NULL ? data : "", length,
                    final_uri != NULL ? final_uri : self->fetch_url);
}

static void
load_file_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  PursuitAddJobDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *uri = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      self = PURSUIT_ADD_JOB_DIALOG (user_data);
      set_fetching (self, FALSE);
      g_clear_object (&self->fetch_cancellable);
      g_debug ("Reading a dropped page failed: %s", error->message);
      show_message (self, MESSAGE_ERROR, _("The file could not be read. You can fill in the details below."));
      return;
    }

  self = PURSUIT_ADD_JOB_DIALOG (user_data);
  set_fetching (self, FALSE);
  g_clear_object (&self->fetch_cancellable);

  /* A saved page has no web address of its own; the parser ignores file:. */
  uri = g_file_get_uri (G_FILE (object));
  show_page_result (self, contents, length, uri);
}

static gboolean
destroy_cb (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/* Closes from an idle, insensitive until then: the button's accessible
 * action (a screen reader's "click") returns before its window goes away,
 * and a second activation cannot add the job twice. */
static void
close_later (PursuitAddJobDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_cb, g_object_ref (self), g_object_unref);
}

/* The posting's company facts, unless the user typed another company. */
static void
remember_posting_company (PursuitAddJobDialog *self,
                          PursuitJob          *job)
{
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;

  if (self->posting_company == NULL)
    return;

  key = pursuit_company_key_for_name (pursuit_job_get_company (job));
  if (key == NULL || g_strcmp0 (key, pursuit_company_get_key (self->posting_company)) != 0)
    return;

  if (!pursuit_store_remember_company_info (self->store, self->posting_company, &error))
    g_warning ("Could not keep what the posting said about %s: %s",
               pursuit_job_get_company (job), error->message);
}

static void
add_job (PursuitAddJobDialog *self,
         gboolean             allow_duplicate)
{
  g_autoptr(PursuitJob) job = pursuit_add_job_dialog_build_job (self);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (pursuit_job_get_title (job) == NULL)
    {
      show_message (self, MESSAGE_ERROR, _("A job needs a title."));
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return;
    }

  id = pursuit_store_add_job (self->store, job, &error);
  if (id <= 0)
    {
      if (g_error_matches (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID))
        {
          /* Validation messages are the store's own, translated. */
          show_message (self, MESSAGE_ERROR, error->message);
        }
      else
        {
          g_warning ("Could not add a job: %s", error != NULL ? error->message : "unknown error");
          show_message (self, MESSAGE_ERROR, _("The job could not be saved."));
        }
      return;
    }

  remember_posting_company (self, job);

  g_signal_emit (self, signals [JOB_ADDED], 0, id);
  close_later (self);
}

static void
on_duplicate_response_cb (PursuitAddJobDialog *self,
                          const char          *response,
                          AdwMessageDialog    *dialog)
{
  if (g_str_equal (response, "add"))
    {
      add_job (self, TRUE);
    }
  else if (g_str_equal (response, "open"))
    {
      gint64 id = self->duplicate_id;

      g_signal_emit (self, signals [OPEN_JOB], 0, id);
      close_later (self);
    }
}

static void
ask_about_duplicate (PursuitAddJobDialog *self,
                     PursuitJob          *duplicate)
{
  AdwMessageDialog *dialog;
  const char *company = pursuit_job_get_company (duplicate);
  g_autofree char *body = NULL;

  if (company != NULL)
    body = g_strdup_printf (_("“%s” at %s is already on your board."),
                            pursuit_job_get_title (duplicate), company);
  else
    body = g_strdup_printf (_("“%s” is already on your board."), pursuit_job_get_title (duplicate));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Already Saved"), NULL));
  /* Job titles are outside text: the body is never markup. */
  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open It"),
                                    "add", _("_Add Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "open", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "open");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_duplicate_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_url_row_entry_activated_cb (PursuitAddJobDialog *self,
                               AdwEntryRow         *row)
{
  pursuit_add_job_dialog_fetch (self);
}

static void
on_url_row_changed_cb (PursuitAddJobDialog *self,
                       GtkEditable         *editable)
{
  update_actions (self);
}

static void
on_title_row_changed_cb (PursuitAddJobDialog *self,
                         GtkEditable         *editable)
{
  update_actions (self);
}

static void
on_entry_row_activated_cb (PursuitAddJobDialog *self,
                           AdwEntryRow         *row)
{
  if (self->can_add)
    gtk_widget_activate_action (GTK_WIDGET (self), "dialog.add", NULL);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PursuitAddJobDialog *self = PURSUIT_ADD_JOB_DIALOG (widget);
  g_autoptr(PursuitJob) job = pursuit_add_job_dialog_build_job (self);
  g_autoptr(PursuitJob) duplicate = NULL;

  if (pursuit_job_get_title (job) != NULL)
    {
      self->duplicate_id = pursuit_store_find_duplicate (self->store, job);
      if (self->duplicate_id > 0)
        duplicate = pursuit_store_get_job (self->store, self->duplicate_id, NULL);
    }

  if (duplicate != NULL)
    ask_about_duplicate (self, duplicate);
  else
    add_job (self, FALSE);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitAddJobDialog *self = PURSUIT_ADD_JOB_DIALOG (widget);

  pursuit_add_job_dialog_cancel_fetch (self);
  gtk_window_close (GTK_WINDOW (self));
}

static void
fetch_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  pursuit_add_job_dialog_fetch (PURSUIT_ADD_JOB_DIALOG (widget));
}

static void
cancel_fetch_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  pursuit_add_job_dialog_cancel_fetch (PURSUIT_ADD_JOB_DIALOG (widget));
}

static void
pursuit_add_job_dialog_constructed (GObject *object)
{
  PursuitAddJobDialog *self = (PursuitAddJobDialog *)object;

  G_OBJECT_CLASS (pursuit_add_job_dialog_parent_class)->constructed (object);

  fill_stages (self);
  update_actions (self);
}

static void
pursuit_add_job_dialog_dispose (GObject *object)
{
  PursuitAddJobDialog *self = (PursuitAddJobDialog *)object;

  g_cancellable_cancel (self->fetch_cancellable);
  g_clear_object (&self->fetch_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_ADD_JOB_DIALOG);

  g_clear_object (&self->fetcher);
  g_clear_object (&self->base);
  g_clear_object (&self->posting_company);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_add_job_dialog_parent_class)->dispose (object);
}

static void
pursuit_add_job_dialog_finalize (GObject *object)
{
  PursuitAddJobDialog *self = (PursuitAddJobDialog *)object;

  g_clear_pointer (&self->stage_keys, g_ptr_array_unref);
  g_clear_pointer (&self->fetch_url, g_free);

  G_OBJECT_CLASS (pursuit_add_job_dialog_parent_class)->finalize (object);
}

static void
pursuit_add_job_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PursuitAddJobDialog *self = PURSUIT_ADD_JOB_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_FETCHING:
      g_value_set_boolean (value, self->fetching);
      break;
    case PROP_CAN_ADD:
      g_value_set_boolean (value, self->can_add);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_add_job_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PursuitAddJobDialog *self = PURSUIT_ADD_JOB_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_add_job_dialog_class_init (PursuitAddJobDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pursuit_add_job_dialog_constructed;
  object_class->dispose = pursuit_add_job_dialog_dispose;
  object_class->finalize = pursuit_add_job_dialog_finalize;
  object_class->get_property = pursuit_add_job_dialog_get_property;
  object_class->set_property = pursuit_add_job_dialog_set_property;

  /**
   * PursuitAddJobDialog:store:
   *
   * The store the job is added to.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * PursuitAddJobDialog:fetching:
   *
   * Whether a posting is being fetched or read.
   */
  properties [PROP_FETCHING] =
    g_param_spec_boolean ("fetching", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PursuitAddJobDialog:can-add:
   *
   * Whether the fields are complete enough to add the job (it has a title).
   */
  properties [PROP_CAN_ADD] =
    g_param_spec_boolean ("can-add", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitAddJobDialog::job-added:
   * @id: the new job's id
   *
   * Emitted after the job was stored, before the dialog closes.
   */
  signals [JOB_ADDED] =
    g_signal_new ("job-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * PursuitAddJobDialog::open-job:
   * @id: the id of the stored duplicate
   *
   * Emitted when the user chose to open the job already stored rather
   * than add the same one again; the dialog then closes.
   */
  signals [OPEN_JOB] =
    g_signal_new ("open-job", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-add-job-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, fetch_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, cancel_fetch_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, company_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, remote_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, salary_min_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, salary_max_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, currency_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, stage_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, description_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, description_label);
  gtk_widget_class_bind_template_callback (widget_class, on_url_row_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_url_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "dialog.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "dialog.fetch", NULL, fetch_action);
  gtk_widget_class_install_action (widget_class, "dialog.cancel-fetch", NULL, cancel_fetch_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dialog.cancel", NULL);
}

static void
pursuit_add_job_dialog_init (PursuitAddJobDialog *self)
{
  self->stage_keys = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_inner_buttons (GTK_WIDGET (self));
}

/**
 * pursuit_add_job_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @store: the store to add the job to
 *
 * Returns: (transfer none): a new modal dialog, owned by GTK's list of
 *   toplevels; present it
 */
PursuitAddJobDialog *
pursuit_add_job_dialog_new (GtkWindow    *parent,
                            PursuitStore *store)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  return g_object_new (PURSUIT_TYPE_ADD_JOB_DIALOG,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "store", store,
                       NULL);
}

/**
 * pursuit_add_job_dialog_get_store:
 *
 * Returns: (transfer none): the store
 */
PursuitStore *
pursuit_add_job_dialog_get_store (PursuitAddJobDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_ADD_JOB_DIALOG (self), NULL);
  return self->store;
}

/**
 * pursuit_add_job_dialog_set_url:
 * @self: a dialog
 * @url: (nullable): the posting's address
 */
void
pursuit_add_job_dialog_set_url (PursuitAddJobDialog *self,
                                const char          *url)
{
  g_return_if_fail (PURSUIT_IS_ADD_JOB_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->url_row), url != NULL ? url : "");
}

/**
 * pursuit_add_job_dialog_fetch:
 * @self: a dialog
 *
 * Fetches the address in the URL row and fills the fields from the posting
 * it holds. A fetch already running is cancelled first.
 */
void
pursuit_add_job_dialog_fetch (PursuitAddJobDialog *self)
{
  g_autofree char *url = NULL;

  g_return_if_fail (PURSUIT_IS_ADD_JOB_DIALOG (self));

  url = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->url_row));
  if (url == NULL)
    {
      show_message (self, MESSAGE_ERROR, _("Enter the address of a job posting to fetch it."));
      return;
    }

  pursuit_add_job_dialog_cancel_fetch (self);

  if (self->fetcher == NULL)
    self->fetcher = pursuit_page_fetcher_new ();

  g_free (self->fetch_url);
  self->fetch_url = g_steal_pointer (&url);
  self->fetch_cancellable = g_cancellable_new ();

  show_message (self, MESSAGE_NONE, NULL);
  set_fetching (self, TRUE);

  pursuit_page_fetcher_fetch_async (self->fetcher, self->fetch_url, self->fetch_cancellable,
                                    fetch_cb, self);
}

/**
 * pursuit_add_job_dialog_cancel_fetch:
 * @self: a dialog
 *
 * Stops a fetch, if one runs; the fields keep what they hold.
 */
void
pursuit_add_job_dialog_cancel_fetch (PursuitAddJobDialog *self)
{
  g_return_if_fail (PURSUIT_IS_ADD_JOB_DIALOG (self));

  if (self->fetch_cancellable == NULL)
    return;

  g_cancellable_cancel (self->fetch_cancellable);
  g_clear_object (&self->fetch_cancellable);

  if (self->fetching)
    {
      set_fetching (self, FALSE);
      show_message (self, MESSAGE_INFO, _("Fetching stopped. You can fill in the details below."));
    }
}

/**
 * pursuit_add_job_dialog_load_file:
 * @self: a dialog
 * @file: a saved web page
 *
 * Reads a posting saved as HTML, as for a fetched one.
 */
void
pursuit_add_job_dialog_load_file (PursuitAddJobDialog *self,
                                  GFile               *file)
{
  g_return_if_fail (PURSUIT_IS_ADD_JOB_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  pursuit_add_job_dialog_cancel_fetch (self);

  self->fetch_cancellable = g_cancellable_new ();
  show_message (self, MESSAGE_NONE, NULL);
  set_fetching (self, TRUE);

  g_file_load_contents_async (file, self->fetch_cancellable, load_file_cb, self);
}

gboolean
pursuit_add_job_dialog_get_fetching (PursuitAddJobDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_ADD_JOB_DIALOG (self), FALSE);
  return self->fetching;
}

gboolean
pursuit_add_job_dialog_get_can_add (PursuitAddJobDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_ADD_JOB_DIALOG (self), FALSE);
  return self->can_add;
}

/**
 * pursuit_add_job_dialog_get_message:
 *
 * Returns: (nullable): the inline message shown, or %NULL
 */
const char *
pursuit_add_job_dialog_get_message (PursuitAddJobDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_ADD_JOB_DIALOG (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->message_revealer))
    return NULL;

  return gtk_label_get_text (self->message_label);
}

/**
 * pursuit_add_job_dialog_set_job:
 * @self: a dialog
 * @job: a job that is not stored, such as a parsed posting
 *
 * Fills the fields @job has; the other fields keep what they hold. The
 * fields the dialog does not show (description, dates, ...) are kept for
 * the job it adds.
 */
void
pursuit_add_job_dialog_set_job (PursuitAddJobDialog *self,
                                PursuitJob          *job)
{
  const char *description;

  g_return_if_fail (PURSUIT_IS_ADD_JOB_DIALOG (self));
  g_return_if_fail (PURSUIT_IS_JOB (job));

  g_clear_object (&self->base);
  self->base = pursuit_job_copy (job);

  set_row_text (self->url_row, pursuit_job_get_url (job));
  set_row_text (self->title_row, pursuit_job_get_title (job));
  set_row_text (self->company_row, pursuit_job_get_company (job));
  set_row_text (self->location_row, pursuit_job_get_location (job));
  set_row_text (self->currency_row, pursuit_job_get_currency (job));
  if (pursuit_job_get_remote (job))
    gtk_switch_set_active (self->remote_switch, TRUE);
  if (pursuit_job_get_salary_min (job) > 0)
    gtk_spin_button_set_value (self->salary_min_spin, pursuit_job_get_salary_min (job));
  if (pursuit_job_get_salary_max (job) > 0)
    gtk_spin_button_set_value (self->salary_max_spin, pursuit_job_get_salary_max (job));
  select_stage (self, pursuit_job_get_stage (job));

  description = pursuit_job_get_description (job);
  gtk_label_set_text (self->description_label, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_group),
                          description != NULL && *description != '\0');

  update_actions (self);
}

/**
 * pursuit_add_job_dialog_build_job:
 * @self: a dialog
 *
 * Returns: (transfer full): a new job from the fields, not stored
 */
PursuitJob *
pursuit_add_job_dialog_build_job (PursuitAddJobDialog *self)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *title = NULL;
  g_autofree char *company = NULL;
  g_autofree char *location = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *url = NULL;

  g_return_val_if_fail (PURSUIT_IS_ADD_JOB_DIALOG (self), NULL);

  job = self->base != NULL ? pursuit_job_copy (self->base) : pursuit_job_new ();
  title = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->title_row));
  company = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->company_row));
  location = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->location_row));
  currency = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->currency_row));
  url = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->url_row));

  if (currency != NULL && g_utf8_strlen (currency, -1) == 3)
    {
      char *upper = g_utf8_strup (currency, -1);

      g_free (currency);
      currency = upper;
    }

  pursuit_job_set_id (job, 0);
  pursuit_job_set_title (job, title);
  pursuit_job_set_company (job, company);
  pursuit_job_set_location (job, location);
  pursuit_job_set_currency (job, currency);
  pursuit_job_set_url (job, url);
  pursuit_job_set_remote (job, gtk_switch_get_active (self->remote_switch));
  pursuit_job_set_salary_min (job, (gint64) gtk_spin_button_get_value (self->salary_min_spin));
  pursuit_job_set_salary_max (job, (gint64) gtk_spin_button_get_value (self->salary_max_spin));
  pursuit_job_set_stage (job, selected_stage (self));

  return g_steal_pointer (&job);
}

/* Capture ----------------------------------------------------------------- */

/**
 * pursuit_add_job_text_is_web_url:
 * @text: (nullable): some text, such as the clipboard's
 *
 * Returns: whether @text, without the white space around it, is one
 *   absolute http or https address
 */
gboolean
pursuit_add_job_text_is_web_url (const char *text)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (text == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (text));
  for (const char *p = trimmed; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      return FALSE;

  uri = g_uri_parse (trimmed, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    return FALSE;

  return g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0';
}

static void
on_dialog_job_added_cb (PursuitAddJobDialog *dialog,
                        gint64               id,
                        PursuitWindow       *window)
{
  g_autoptr(PursuitJob) job = pursuit_store_get_job (dialog->store, id, NULL);
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;

  if (job == NULL)
    return;

  /* AdwToast titles are markup in libadwaita 1.2. */
  escaped = g_markup_escape_text (pursuit_job_get_title (job), -1);
  title = g_strdup_printf (_("Added “%s”"), escaped);
  pursuit_window_add_toast (window, adw_toast_new (title));
}

static void
on_dialog_open_job_cb (PursuitAddJobDialog *dialog,
                       gint64               id,
                       PursuitWindow       *window)
{
  /* The job page, where there is one, shows it; else the board does. */
  if (!gtk_widget_activate_action (GTK_WIDGET (window), "win.show-job", "x", id))
    {
      pursuit_window_set_view (window, "board");
      pursuit_window_add_toast (window, adw_toast_new (_("The job is already on the board")));
    }
}

/**
 * pursuit_add_job_dialog_present_for:
 * @parent: the main window
 * @store: the store
 * @url: (nullable): an address to fetch at once
 *
 * Opens the dialog over @parent; a [class@Pursuit.Window] gets a toast when
 * the job is added.
 *
 * Returns: (transfer none): the dialog
 */
PursuitAddJobDialog *
pursuit_add_job_dialog_present_for (GtkWindow    *parent,
                                    PursuitStore *store,
                                    const char   *url)
{
  PursuitAddJobDialog *dialog;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  dialog = pursuit_add_job_dialog_new (parent, store);

  if (PURSUIT_IS_WINDOW (parent))
    {
      g_signal_connect_object (dialog, "job-added", G_CALLBACK (on_dialog_job_added_cb), parent, 0);
      g_signal_connect_object (dialog, "open-job", G_CALLBACK (on_dialog_open_job_cb), parent, 0);
    }

  gtk_window_present (GTK_WINDOW (dialog));

  if (url != NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (url));

      pursuit_add_job_dialog_set_url (dialog, trimmed);
      pursuit_add_job_dialog_fetch (dialog);
    }
  else
    {
      gtk_widget_grab_focus (GTK_WIDGET (dialog->url_row));
    }

  return dialog;
}

typedef struct
{
  GtkWindow    *window;
  PursuitStore *store;
} Capture;

static void
capture_free (gpointer data)
{
  Capture *capture = data;

  g_clear_object (&capture->window);
  g_clear_object (&capture->store);
  g_free (capture);
}

static Capture *
capture_new (GtkWindow    *window,
             PursuitStore *store)
{
  Capture *capture = g_new0 (Capture, 1);

  capture->window = g_object_ref (window);
  capture->store = g_object_ref (store);
  return capture;
}

static void
read_clipboard_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Capture *capture = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);

  if (text == NULL)
    g_debug ("Reading the clipboard failed: %s", error != NULL ? error->message : "no text");
  else if (pursuit_add_job_text_is_web_url (text) && gtk_widget_get_visible (GTK_WIDGET (capture->window)))
    pursuit_add_job_dialog_present_for (capture->window, capture->store, text);

  capture_free (capture);
}

static gboolean
paste_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  PursuitStore *store = user_data;
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (!GTK_IS_WINDOW (root))
    return FALSE;

  if (!gdk_content_formats_contain_gtype (formats, G_TYPE_STRING) &&
      !gdk_content_formats_contain_mime_type (formats, "text/plain") &&
      !gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8"))
    return FALSE;

  gdk_clipboard_read_text_async (clipboard, NULL, read_clipboard_cb,
                                 capture_new (GTK_WINDOW (root), store));
  return TRUE;
}

static char *
first_line (const char *text)
{
  g_auto(GStrv) lines = g_strsplit_set (text, "\r\n", -1);

  /* text/uri-list has comments; text/x-moz-url has the title second. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && lines[i][0] != '#')
        return g_strdup (lines[i]);
    }

  return NULL;
}

static gboolean
on_drop_target_drop_cb (GtkDropTarget *target,
                        const GValue  *value,
                        double         x,
                        double         y,
                        gpointer       user_data)
{
  PursuitStore *store = user_data;
  GtkWindow *window = GTK_WINDOW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));

  if (G_VALUE_HOLDS_STRING (value))
    {
      g_autofree char *url = NULL;

      if (g_value_get_string (value) == NULL)
        return FALSE;

      url = first_line (g_value_get_string (value));
      if (!pursuit_add_job_text_is_web_url (url))
        return FALSE;

      pursuit_add_job_dialog_present_for (window, store, url);
      return TRUE;
    }

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));
      gboolean handled = FALSE;

      for (GSList *l = files; l != NULL && !handled; l = l->next)
        {
          GFile *file = l->data;
          g_autofree char *uri = g_file_get_uri (file);
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *folded = name != NULL ? g_utf8_casefold (name, -1) : NULL;

          if (pursuit_add_job_text_is_web_url (uri))
            {
              pursuit_add_job_dialog_present_for (window, store, uri);
              handled = TRUE;
            }
          else if (folded != NULL &&
                   (g_str_has_suffix (folded, ".html") || g_str_has_suffix (folded, ".htm")))
            {
              PursuitAddJobDialog *dialog;

              dialog = pursuit_add_job_dialog_present_for (window, store, NULL);
              pursuit_add_job_dialog_load_file (dialog, file);
              handled = TRUE;
            }
        }

      g_slist_free (files);
      return handled;
    }

  return FALSE;
}

/**
 * pursuit_add_job_install_capture:
 * @window: the main window
 * @paste_target: the widget (the board) where Ctrl+V with a web address in
 *   the clipboard opens the dialog
 * @store: the store jobs are added to
 *
 * Links dropped on @window and addresses pasted on @paste_target open the
 * Add Job dialog with the address, fetching it.
 */
void
pursuit_add_job_install_capture (GtkWindow    *window,
                                 GtkWidget    *paste_target,
                                 PursuitStore *store)
{
  GtkEventController *shortcuts;
  GtkDropTarget *drop;
  GType types[] = { G_TYPE_STRING, GDK_TYPE_FILE_LIST };

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (GTK_IS_WIDGET (paste_target));
  g_return_if_fail (PURSUIT_IS_STORE (store));

  /* Each controller keeps the store alive for its callbacks. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_v, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (paste_cb, store, NULL)));
  g_object_set_data_full (G_OBJECT (shortcuts), "pursuit-store", g_object_ref (store), g_object_unref);
  gtk_widget_add_controller (paste_target, shortcuts);

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_target_drop_cb), store);
  g_object_set_data_full (G_OBJECT (drop), "pursuit-store", g_object_ref (store), g_object_unref);
  gtk_widget_add_controller (GTK_WIDGET (window), GTK_EVENT_CONTROLLER (drop));
}
