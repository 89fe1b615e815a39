/* pursuit-recommended-view.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-recommended"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "pursuit-job-page-private.h"
#include "pursuit-recommended-view.h"
#include "pursuit-settings.h"
#include "pursuit-theme.h"

/* Enough to choose from; the ranking itself sees every posting. */
#define MAX_ROWS 100
/* Store changes come in bursts (an import, re-scoring): rank once after. */
#define RELOAD_DELAY_MS 300

struct _PursuitRecommendedView
{
  AdwBin        parent_instance;

  PursuitStore *store;
  GSettings    *settings;   /* NULL without the schema */
  GCancellable *cancellable;
  guint         reload_source;
  gboolean      loading;

  GtkStack     *stack;
  GtkSpinner   *spinner;
  GtkListBox   *list;
};

G_DEFINE_FINAL_TYPE (PursuitRecommendedView, pursuit_recommended_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const weight_keys[] = {
  "recommendation-weight-skills",
  "recommendation-weight-behaviour",
  "recommendation-weight-salary",
  "recommendation-weight-location",
  "recommendation-weight-company",
};

static void
add_text_toast (PursuitRecommendedView *self,
                AdwToast               *toast)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  g_object_unref (toast);
}

static void
read_weights (PursuitRecommendedView       *self,
              PursuitRecommendationWeights *weights)
{
  double *fields[] = { &weights->skills, &weights->behaviour, &weights->salary,
                       &weights->location, &weights->company };

  G_STATIC_ASSERT (G_N_ELEMENTS (fields) == G_N_ELEMENTS (weight_keys));

  pursuit_recommendation_weights_init_default (weights);
  if (self->settings == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (weight_keys); i++)
    *fields[i] = g_settings_get_double (self->settings, weight_keys[i]);
}

static void
set_loading (PursuitRecommendedView *self,
             gboolean                loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Rows */

/* "Acme · Berlin · Remote", leaving out what the posting does not say. */
static char *
describe_where (PursuitJob *job)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *company = pursuit_job_get_company (job);
  const char *location = pursuit_job_get_location (job);

  if (company != NULL && *company != '\0')
    g_ptr_array_add (parts, (gpointer) company);
  if (location != NULL && *location != '\0')
    g_ptr_array_add (parts, (gpointer) location);
  if (pursuit_job_get_remote (job))
    g_ptr_array_add (parts, (gpointer) _("Remote"));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
new_row_button (const char *label,
                const char *accessible_label,
                const char *action_name,
                gint64      job_id)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (job_id));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  return button;
}

static GtkWidget *
create_row (PursuitRecommendation *recommendation)
{
  PursuitJob *job = pursuit_recommendation_get_job (recommendation);
  gint64 job_id = pursuit_recommendation_get_job_id (recommendation);
  const char * const *reasons = pursuit_recommendation_get_reasons (recommendation);
  const char *title = pursuit_job_get_title (job);
  int percent = (int) round (CLAMP (pursuit_recommendation_get_score (recommendation), 0.0, 1.0) * 100.0);
  g_autofree char *where = describe_where (job);
  g_autofree char *score_text = NULL;
  g_autofree char *score_label = NULL;
  g_autofree char *open_label = NULL;
  g_autofree char *dismiss_label = NULL;
  static const char * const band_classes[] = {
    [PURSUIT_SCORE_BAND_LOW] = "dim-label",
    [PURSUIT_SCORE_BAND_MID] = "warning",
    [PURSUIT_SCORE_BAND_HIGH] = "success",
  };
  GtkWidget *row, *box, *text, *reasons_box, *buttons, *score;

  if (title == NULL || *title == '\0')
    title = _("Untitled Job");

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "job-id", GSIZE_TO_POINTER ((gsize) job_id));
  gtk_widget_add_css_class (row, "recommendation-row");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);

  gtk_box_append (GTK_BOX (text), _pursuit_job_page_new_label (title, "heading"));
  if (*where != '\0')
    gtk_box_append (GTK_BOX (text), _pursuit_job_page_new_label (where, "dim-label"));

  reasons_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (reasons_box, 4);
  gtk_box_append (GTK_BOX (text), reasons_box);
  for (guint i = 0; reasons != NULL && reasons[i] != NULL; i++)
    {
      /* TRANSLATORS: one reason a job is recommended, as a list item */
      g_autofree char *item = g_strdup_printf (_("• %s"), reasons[i]);
      GtkWidget *label = _pursuit_job_page_new_label (item, "recommendation-reason");

      gtk_box_append (GTK_BOX (reasons_box), label);
    }

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (buttons, 6);
  gtk_box_append (GTK_BOX (text), buttons);
  /* TRANSLATORS: %s is a job title */
  open_label = g_strdup_printf (_("Open %s"), title);
  gtk_box_append (GTK_BOX (buttons), new_row_button (_("_Open"), open_label, "recommended.open", job_id));
  /* TRANSLATORS: %s is a job title */
  dismiss_label = g_strdup_printf (_("Not Interested in %s"), title);
  gtk_box_append (GTK_BOX (buttons), new_row_button (_("_Not Interested"), dismiss_label,
                                                     "recommended.not-interested", job_id));

  /* Translators: how well a job fits, as a percentage, "87%"; add a
   * space before the sign ("87 %") if your language writes it so */
  score_text = g_strdup_printf (C_("percentage", "%d%%"), percent);
  score = gtk_label_new (score_text);
  gtk_widget_set_valign (score, GTK_ALIGN_START);
  gtk_widget_add_css_class (score, "title-2");
  gtk_widget_add_css_class (score, "recommendation-score");
  /* The same bands as the match score on the cards. */
  gtk_widget_add_css_class (score, band_classes[pursuit_score_band (percent)]);
  /* TRANSLATORS: %d is a percentage of how well a job fits */
  score_label = g_strdup_printf (_("Fits %d percent"), percent);
  gtk_accessible_update_property (GTK_ACCESSIBLE (score), GTK_ACCESSIBLE_PROPERTY_LABEL, score_label, -1);
  gtk_box_append (GTK_BOX (box), score);

  return row;
}

static GtkListBoxRow *
find_row (PursuitRecommendedView *self,
          gint64                  job_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) &&
        pursuit_recommended_view_get_row_job_id (GTK_LIST_BOX_ROW (child)) == job_id)
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

static void
show_recommendations (PursuitRecommendedView *self,
                      GPtrArray              *recommendations)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list));

  _pursuit_job_page_clear_list (self->list);
  for (guint i = 0; i < recommendations->len; i++)
    gtk_list_box_append (self->list, create_row (g_ptr_array_index (recommendations, i)));

  gtk_stack_set_visible_child_name (self->stack, recommendations->len > 0 ? "list" : "empty");

  /* Rows with focus went away: the list keeps it rather than the window. */
  if (had_focus && gtk_widget_get_first_child (GTK_WIDGET (self->list)) != NULL)
    gtk_widget_grab_focus (gtk_widget_get_first_child (GTK_WIDGET (self->list)));
}

/* Loading */

static void
list_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(PursuitRecommendedView) self = user_data;
  g_autoptr(GPtrArray) recommendations = NULL;
  g_autoptr(GError) error = NULL;

  recommendations = pursuit_store_list_recommendations_finish (PURSUIT_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  set_loading (self, FALSE);

  if (recommendations == NULL)
    {
      g_warning ("Could not rank the postings: %s", error->message);
      add_text_toast (self, _pursuit_job_page_new_toast (_("Could not rank the postings")));
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "loading") == 0)
        gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  show_recommendations (self, recommendations);
}

void
pursuit_recommended_view_reload (PursuitRecommendedView *self)
{
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(GError) error = NULL;
  PursuitRecommendationWeights weights;

  g_return_if_fail (PURSUIT_IS_RECOMMENDED_VIEW (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->store == NULL)
    return;

  cv = pursuit_store_get_active_cv (self->store, &error);
  if (error != NULL)
    g_warning ("Could not read the active CV: %s", error->message);
  if (cv == NULL)
    {
      _pursuit_job_page_clear_list (self->list);
      set_loading (self, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "no-cv");
      return;
    }

  /* A list already shown stays while it is ranked again. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") != 0)
    gtk_stack_set_visible_child_name (self->stack, "loading");

  set_loading (self, TRUE);
  read_weights (self, &weights);
  self->cancellable = g_cancellable_new ();
  pursuit_store_list_recommendations_async (self->store, &weights, MAX_ROWS, self->cancellable,
                                            list_cb, g_object_ref (self));
}

static gboolean
reload_cb (gpointer user_data)
{
  PursuitRecommendedView *self = user_data;

  self->reload_source = 0;
  pursuit_recommended_view_reload (self);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (PursuitRecommendedView *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
}

static void
on_store_changed_cb (PursuitRecommendedView *self)
{
  queue_reload (self);
}

static void
on_settings_changed_cb (PursuitRecommendedView *self,
                        const char             *key,
                        GSettings              *settings)
{
  if (g_str_has_prefix (key, "recommendation-weight-"))
    queue_reload (self);
}

/* Actions */

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  /* The application opens it in a window; a window alone can too. */
  if (!gtk_widget_activate_action_variant (widget, "app.open-job", parameter))
    gtk_widget_activate_action_variant (widget, "win.show-job", parameter);
}

static void
on_undo_clicked_cb (PursuitRecommendedView *self,
                    AdwToast               *toast)
{
  gint64 job_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "job-id"));
  g_autoptr(GError) error = NULL;

  /* Undo once. */
  g_signal_handlers_disconnect_by_func (toast, on_undo_clicked_cb, self);
  if (self->store == NULL)
    return;

  if (!pursuit_store_undo_dismiss_recommendation (self->store, job_id, &error))
    add_text_toast (self, _pursuit_job_page_new_toast (error->message));

  pursuit_recommended_view_reload (self);
}

static void
not_interested_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PursuitRecommendedView *self = PURSUIT_RECOMMENDED_VIEW (widget);
  gint64 job_id = g_variant_get_int64 (parameter);
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkListBoxRow *row;
  AdwToast *toast;

  if (self->store == NULL)
    return;

  job = pursuit_store_get_job (self->store, job_id, NULL);
  if (!pursuit_store_dismiss_recommendation (self->store, job_id, &error))
    {
      add_text_toast (self, _pursuit_job_page_new_toast (error->message));
      return;
    }

  /* Gone at once; the ranking that follows learns from it. */
  row = find_row (self, job_id);
  if (row != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (GTK_WIDGET (row));

      if (next == NULL)
        next = gtk_widget_get_prev_sibling (GTK_WIDGET (row));
      gtk_list_box_remove (self->list, GTK_WIDGET (row));
      if (next != NULL)
        gtk_widget_grab_focus (next);
      else
        gtk_stack_set_visible_child_name (self->stack, "empty");
    }

  if (job != NULL && pursuit_job_get_title (job) != NULL)
    /* TRANSLATORS: %s is a job title */
    text = g_strdup_printf (_("“%s” will not be recommended"), pursuit_job_get_title (job));
  else
    text = g_strdup (_("The job will not be recommended"));

  toast = _pursuit_job_page_new_undo_toast (text);
  g_object_set_data (G_OBJECT (toast), "job-id", GSIZE_TO_POINTER ((gsize) job_id));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, G_CONNECT_SWAPPED);
  add_text_toast (self, toast);
}

/* GObject */

static void
pursuit_recommended_view_dispose (GObject *object)
{
  PursuitRecommendedView *self = PURSUIT_RECOMMENDED_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);

  /* The stack is both the bin's child and a template child: the bin
   * lets go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_RECOMMENDED_VIEW);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_recommended_view_parent_class)->dispose (object);
}

static void
pursuit_recommended_view_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  PursuitRecommendedView *self = PURSUIT_RECOMMENDED_VIEW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_recommended_view_class_init (PursuitRecommendedViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_recommended_view_dispose;
  object_class->get_property = pursuit_recommended_view_get_property;

  /**
   * PursuitRecommendedView:loading:
   *
   * Whether the postings are being ranked.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitRecommendedView::add-toast:
   * @toast: the toast to show
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pursuit/Pursuit/ui/pursuit-recommended-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitRecommendedView, stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitRecommendedView, spinner);
  gtk_widget_class_bind_template_child (widget_class, PursuitRecommendedView, list);

  gtk_widget_class_install_action (widget_class, "recommended.open", "x", open_action);
  gtk_widget_class_install_action (widget_class, "recommended.not-interested", "x", not_interested_action);

  gtk_widget_class_set_css_name (widget_class, "recommendedview");
}

static void
pursuit_recommended_view_init (PursuitRecommendedView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "no-cv");
}

/**
 * pursuit_recommended_view_new:
 * @store: (nullable): the store whose postings are ranked
 *
 * Returns: (transfer floating): the view
 */
GtkWidget *
pursuit_recommended_view_new (PursuitStore *store)
{
  PursuitRecommendedView *self = g_object_new (PURSUIT_TYPE_RECOMMENDED_VIEW, NULL);

  if (store != NULL)
    pursuit_recommended_view_set_store (self, store);

  return GTK_WIDGET (self);
}

void
pursuit_recommended_view_set_store (PursuitRecommendedView *self,
                                    PursuitStore           *store)
{
  static const char * const signal_names[] = {
    "recommendations-changed", "profile-changed", "job-added", "job-changed", "job-removed", "reloaded",
  };

  g_return_if_fail (PURSUIT_IS_RECOMMENDED_VIEW (self));
  g_return_if_fail (PURSUIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  for (guint i = 0; i < G_N_ELEMENTS (signal_names); i++)
    g_signal_connect_object (store, signal_names[i], G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);

  self->settings = pursuit_settings_new_if_installed ("recommendation-weight-skills");
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed_cb),
                             self, G_CONNECT_SWAPPED);

  pursuit_recommended_view_reload (self);
}

const char *
pursuit_recommended_view_get_state (PursuitRecommendedView *self)
{
  g_return_val_if_fail (PURSUIT_IS_RECOMMENDED_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

gboolean
pursuit_recommended_view_get_loading (PursuitRecommendedView *self)
{
  g_return_val_if_fail (PURSUIT_IS_RECOMMENDED_VIEW (self), FALSE);

  return self->loading;
}

/**
 * pursuit_recommended_view_get_list:
 *
 * Returns: (transfer none): the list of recommended jobs' rows
 */
GtkListBox *
pursuit_recommended_view_get_list (PursuitRecommendedView *self)
{
  g_return_val_if_fail (PURSUIT_IS_RECOMMENDED_VIEW (self), NULL);

  return self->list;
}

gint64
pursuit_recommended_view_get_row_job_id (GtkListBoxRow *row)
{
  g_return_val_if_fail (GTK_IS_LIST_BOX_ROW (row), 0);

  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "job-id"));
}
