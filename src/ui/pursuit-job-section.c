/* pursuit-job-section.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-job-section.h"
#include "pursuit-job-page-private.h"

/* What the job page's sections share: the store and the job they show,
 * a list that follows the store, the form that edits one of its items,
 * and the toasts they ask the page to show. A subclass only fills the
 * list (the load vfunc) and says which store signals concern it. */

typedef struct
{
  PursuitStore   *store;
  gint64          job_id;
  guint           reload_source;
  gboolean        reload_pending;

  /* The form lives here so that its address stays put while the
   * section lives; @editing is the item it edits, if any. */
  PursuitJobForm  form;
  GObject        *editing;
} PursuitJobSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PursuitJobSection, pursuit_job_section, ADW_TYPE_PREFERENCES_GROUP)

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
reload (PursuitJobSection *self)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_clear_handle_id (&priv->reload_source, g_source_remove);
  priv->reload_pending = FALSE;

  if (priv->form.list == NULL)
    return;

  _pursuit_job_page_clear_list (priv->form.list);

  if (priv->store == NULL || priv->job_id <= 0)
    return;

  PURSUIT_JOB_SECTION_GET_CLASS (self)->load (self, priv->store, priv->job_id);
}

static void
on_form_closed_cb (gpointer user_data)
{
  PursuitJobSection *self = user_data;
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_clear_object (&priv->editing);

  if (priv->reload_pending)
    reload (self);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  PursuitJobSection *self = user_data;
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  priv->reload_source = 0;

  /* What is being edited stays as it is; the list follows when the form
   * closes. */
  if (priv->form.row != NULL && _pursuit_job_form_is_open (&priv->form))
    priv->reload_pending = TRUE;
  else
    reload (self);

  return G_SOURCE_REMOVE;
}

static void
on_items_changed_cb (PursuitJobSection *self,
                     gint64             job_id,
                     PursuitStore      *store)
{
  _pursuit_job_section_queue_reload_for_job (self, job_id);
}

static void
on_reloaded_cb (PursuitJobSection *self,
                PursuitStore      *store)
{
  _pursuit_job_section_queue_reload (self);
}

static void
pursuit_job_section_real_connect_store (PursuitJobSection *self,
                                        PursuitStore      *store)
{
}

static void
pursuit_job_section_real_load (PursuitJobSection *self,
                               PursuitStore      *store,
                               gint64             job_id)
{
}

static void
pursuit_job_section_real_reset (PursuitJobSection *self)
{
}

/* GObject */

/* Runs after the subclass has dropped its template children; the list
 * itself is still in the group, so the form can leave it. */
static void
pursuit_job_section_dispose (GObject *object)
{
  PursuitJobSection *self = (PursuitJobSection *)object;
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  /* Also drops the subclass's handlers: they are connected with the
   * same instance as data. */
  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_data (priv->store, self);

  g_clear_handle_id (&priv->reload_source, g_source_remove);
  g_clear_object (&priv->editing);
  _pursuit_job_form_dispose (&priv->form);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (pursuit_job_section_parent_class)->dispose (object);
}

static void
pursuit_job_section_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PursuitJobSection *self = PURSUIT_JOB_SECTION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, pursuit_job_section_get_store (self));
      break;
    case PROP_JOB_ID:
      g_value_set_int64 (value, pursuit_job_section_get_job_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_section_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PursuitJobSection *self = PURSUIT_JOB_SECTION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      pursuit_job_section_set_store (self, g_value_get_object (value));
      break;
    case PROP_JOB_ID:
      pursuit_job_section_set_job_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_section_class_init (PursuitJobSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_job_section_dispose;
  object_class->get_property = pursuit_job_section_get_property;
  object_class->set_property = pursuit_job_section_set_property;

  klass->connect_store = pursuit_job_section_real_connect_store;
  klass->load = pursuit_job_section_real_load;
  klass->reset = pursuit_job_section_real_reset;

  /**
   * PursuitJobSection:store:
   *
   * The store the section's items live in; set once.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PursuitJobSection:job-id:
   *
   * The job whose items are shown, 0 for none.
   */
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitJobSection::add-toast:
   * @toast: the toast to show
   *
   * Asks the page to show @toast.
   */
  signals [ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

static void
pursuit_job_section_init (PursuitJobSection *self)
{
}

/* For the subclasses (pursuit-job-page-private.h) */

/**
 * _pursuit_job_section_init_list:
 * @self: a section
 * @list: the list the section shows its items in
 * @placeholder: what the list says when it is empty
 * @form_label: the accessible name of the form
 *
 * Sets up @list and the form inside it; call once, from the subclass's
 * init, after its template.
 *
 * Returns: (transfer none): the form, valid while @self lives
 */
PursuitJobForm *
_pursuit_job_section_init_list (PursuitJobSection *self,
                                GtkListBox        *list,
                                const char        *placeholder,
                                const char        *form_label)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_return_val_if_fail (PURSUIT_IS_JOB_SECTION (self), NULL);
  g_return_val_if_fail (GTK_IS_LIST_BOX (list), NULL);
  g_return_val_if_fail (priv->form.row == NULL, NULL);

  _pursuit_job_page_set_placeholder (list, placeholder);
  _pursuit_job_form_init (&priv->form, list, form_label);
  priv->form.closed = on_form_closed_cb;
  priv->form.closed_data = self;

  return &priv->form;
}

/**
 * _pursuit_job_section_edit:
 * @self: a section
 * @item: (nullable): the item the form is about to edit, %NULL to add one
 *
 * Empties the form for @item; the subclass then fills it in and opens it.
 * @item is kept until the form closes.
 *
 * Returns: (transfer none): the form
 */
PursuitJobForm *
_pursuit_job_section_edit (PursuitJobSection *self,
                           gpointer           item)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_return_val_if_fail (PURSUIT_IS_JOB_SECTION (self), NULL);
  g_return_val_if_fail (item == NULL || G_IS_OBJECT (item), NULL);

  g_set_object (&priv->editing, item);
  _pursuit_job_form_clear (&priv->form);

  return &priv->form;
}

/**
 * _pursuit_job_section_get_editing:
 * @self: a section
 *
 * Returns: (transfer none) (nullable): the item the form edits, %NULL
 *   when it adds one or is closed
 */
gpointer
_pursuit_job_section_get_editing (PursuitJobSection *self)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_return_val_if_fail (PURSUIT_IS_JOB_SECTION (self), NULL);

  return priv->editing;
}

/**
 * _pursuit_job_section_follow:
 * @self: a section
 * @store: the section's store
 * @signal_name: a store signal with a job id, such as "notes-changed"
 *
 * Reloads the list when @signal_name says the shown job's items changed.
 */
void
_pursuit_job_section_follow (PursuitJobSection *self,
                             PursuitStore      *store,
                             const char        *signal_name)
{
  g_return_if_fail (PURSUIT_IS_JOB_SECTION (self));
  g_return_if_fail (PURSUIT_IS_STORE (store));

  g_signal_connect_object (store, signal_name, G_CALLBACK (on_items_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Not at once: the change may come from a button inside a row that the
 * reload replaces. */
void
_pursuit_job_section_queue_reload (PursuitJobSection *self)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_return_if_fail (PURSUIT_IS_JOB_SECTION (self));

  if (priv->reload_source == 0)
    priv->reload_source = g_idle_add (reload_idle_cb, self);
}

/* Only when @job_id is the job shown. */
void
_pursuit_job_section_queue_reload_for_job (PursuitJobSection *self,
                                           gint64             job_id)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_return_if_fail (PURSUIT_IS_JOB_SECTION (self));

  if (priv->job_id > 0 && job_id == priv->job_id)
    _pursuit_job_section_queue_reload (self);
}

void
_pursuit_job_section_add_toast (PursuitJobSection *self,
                                AdwToast          *toast)
{
  g_return_if_fail (PURSUIT_IS_JOB_SECTION (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

/* A toast with just a (plain text) title, such as the store's reason for
 * refusing something. */
void
_pursuit_job_section_show_message (PursuitJobSection *self,
                                   const char        *plain_title)
{
  g_autoptr(AdwToast) toast = NULL;

  g_return_if_fail (PURSUIT_IS_JOB_SECTION (self));
  g_return_if_fail (plain_title != NULL);

  toast = _pursuit_job_page_new_toast (plain_title);
  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

typedef struct
{
  PursuitStore              *store;
  GObject                   *item;
  PursuitJobSectionItemFunc  restore;
} UndoRemove;

static void
undo_remove_free (gpointer  data,
                  GClosure *closure)
{
  UndoRemove *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->item);
  g_free (undo);
}

static void
on_undo_remove_cb (AdwToast   *toast,
                   UndoRemove *undo)
{
  g_autoptr(GError) error = NULL;

  if (!undo->restore (undo->store, undo->item, &error))
    g_warning ("Could not restore a removed %s: %s", G_OBJECT_TYPE_NAME (undo->item), error->message);
}

/**
 * _pursuit_job_section_remove_with_undo:
 * @self: a section
 * @item: a copy of the item to remove, kept for Undo
 * @remove: removes @item from the store
 * @restore: adds @item back (as a new row, with a new id)
 * @title: the toast's plain text title, such as "“Ada” removed"
 *
 * Removes @item at once and offers to bring it back in a toast; when the
 * store refuses, the toast says why instead.
 */
void
_pursuit_job_section_remove_with_undo (PursuitJobSection         *self,
                                       gpointer                   item,
                                       PursuitJobSectionItemFunc  remove,
                                       PursuitJobSectionItemFunc  restore,
                                       const char                *title)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  UndoRemove *undo;

  g_return_if_fail (PURSUIT_IS_JOB_SECTION (self));
  g_return_if_fail (G_IS_OBJECT (item));
  g_return_if_fail (remove != NULL && restore != NULL);
  g_return_if_fail (title != NULL);

  if (priv->store == NULL)
    return;

  if (!remove (priv->store, item, &error))
    {
      _pursuit_job_section_show_message (self, error->message);
      return;
    }

  undo = g_new0 (UndoRemove, 1);
  undo->store = g_object_ref (priv->store);
  undo->item = g_object_ref (item);
  undo->restore = restore;

  toast = _pursuit_job_page_new_toast (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb),
                         undo, undo_remove_free, 0);
  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

/* Public API */

/**
 * pursuit_job_section_get_store:
 *
 * Returns: (transfer none) (nullable): the store
 */
PursuitStore *
pursuit_job_section_get_store (PursuitJobSection *self)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_return_val_if_fail (PURSUIT_IS_JOB_SECTION (self), NULL);

  return priv->store;
}

/**
 * pursuit_job_section_set_store:
 * @self: a section
 * @store: the store; set once
 */
void
pursuit_job_section_set_store (PursuitJobSection *self,
                               PursuitStore      *store)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_return_if_fail (PURSUIT_IS_JOB_SECTION (self));
  g_return_if_fail (store == NULL || PURSUIT_IS_STORE (store));
  g_return_if_fail (priv->store == NULL || priv->store == store);

  if (priv->store == store)
    return;

  priv->store = g_object_ref (store);
  PURSUIT_JOB_SECTION_GET_CLASS (self)->connect_store (self, store);
  g_signal_connect_object (store, "reloaded", G_CALLBACK (on_reloaded_cb), self, G_CONNECT_SWAPPED);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

gint64
pursuit_job_section_get_job_id (PursuitJobSection *self)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_return_val_if_fail (PURSUIT_IS_JOB_SECTION (self), 0);

  return priv->job_id;
}

/**
 * pursuit_job_section_set_job_id:
 * @self: a section
 * @job_id: the job, 0 for none
 *
 * Shows a job's items, reloaded from the store (also when it is already
 * shown); the open form and what was typed for the previous job are
 * dropped.
 */
void
pursuit_job_section_set_job_id (PursuitJobSection *self,
                                gint64             job_id)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_return_if_fail (PURSUIT_IS_JOB_SECTION (self));

  if (priv->job_id != job_id)
    {
      priv->job_id = job_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB_ID]);
    }

  if (priv->form.row != NULL)
    _pursuit_job_form_close (&priv->form);
  g_clear_object (&priv->editing);
  PURSUIT_JOB_SECTION_GET_CLASS (self)->reset (self);
  reload (self);
}
