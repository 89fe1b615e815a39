/* pursuit-board-view.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-board-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "pursuit-board-view.h"
#include "pursuit-job-card.h"
#include "pursuit-job-list.h"

/* The pipeline board: one column per stage of the store, side by side in a
 * horizontal scroller. Each column is a GtkListView over a PursuitJobList,
 * so only the cards on screen exist as widgets. */

typedef struct
{
  PursuitBoardView *view;
  char             *stage_key;
  PursuitJobList   *jobs;
  GtkWidget        *widget;
  GtkLabel         *count_label;
  GtkLabel         *placeholder;
  GtkStack         *content;
  gulong            n_items_handler;
} Column;

struct _PursuitBoardView
{
  GtkWidget           parent_instance;

  PursuitStore       *store;
  char               *query;
  GPtrArray          *columns;
  GtkListItemFactory *factory;
  gulong              stages_changed_handler;
  guint               n_jobs;

  GtkStack           *stack;
  GtkWidget          *scroller;
  GtkBox             *columns_box;
};

G_DEFINE_FINAL_TYPE (PursuitBoardView, pursuit_board_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_QUERY,
  PROP_N_JOBS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
column_free (Column *column)
{
  g_clear_signal_handler (&column->n_items_handler, column->jobs);
  g_clear_object (&column->jobs);
  g_clear_pointer (&column->stage_key, g_free);
  g_free (column);
}

static void
update_state (PursuitBoardView *self)
{
  guint n_jobs = 0;

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);
      n_jobs += g_list_model_get_n_items (G_LIST_MODEL (column->jobs));
    }

  if (n_jobs > 0)
    gtk_stack_set_visible_child_name (self->stack, "board");
  else if (self->query != NULL)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");

  if (n_jobs != self->n_jobs)
    {
      self->n_jobs = n_jobs;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_JOBS]);
    }
}

static void
update_column_count (Column *column)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (column->jobs));
  g_autofree char *text = g_strdup_printf ("%u", n_items);
  g_autofree char *spoken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u job", "%u jobs", n_items), n_items);

  gtk_label_set_text (column->count_label, text);
  /* A bare number means nothing to someone listening. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (column->count_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
  gtk_label_set_text (column->placeholder,
                      column->view->query != NULL ? _("No Matches") : _("No Jobs"));
  gtk_stack_set_visible_child_name (column->content, n_items > 0 ? "jobs" : "none");
}

static void
on_jobs_n_items_cb (PursuitJobList *jobs,
                    GParamSpec     *pspec,
                    Column         *column)
{
  update_column_count (column);
  update_state (column->view);
}

static void
draw_dot (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  const GdkRGBA *color = user_data;
  double radius = MIN (width, height) / 2.0;

  gdk_cairo_set_source_rgba (cr, color);
  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
  cairo_fill (cr);
}

static GtkWidget *
create_header (PursuitStage *stage,
               GtkLabel    **count_label)
{
  GtkWidget *header;
  GtkWidget *dot;
  GtkWidget *title;
  GtkWidget *count;
  GdkRGBA color;

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_add_css_class (header, "board-column-header");

  if (pursuit_stage_get_color (stage) == NULL ||
      !gdk_rgba_parse (&color, pursuit_stage_get_color (stage)))
    gdk_rgba_parse (&color, "#9a9996");

  dot = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (dot), 10);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (dot), 10);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), draw_dot,
                                  gdk_rgba_copy (&color), (GDestroyNotify)gdk_rgba_free);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (dot, "stage-dot");
  gtk_box_append (GTK_BOX (header), dot);

  title = gtk_label_new (NULL);
  gtk_label_set_text (GTK_LABEL (title), pursuit_stage_get_label (stage));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 1);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (header), title);

  count = gtk_label_new ("0");
  gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (count, "board-column-count");
  gtk_widget_add_css_class (count, "caption-heading");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (header), count);

  *count_label = GTK_LABEL (count);
  return header;
}

static Column *
create_column (PursuitBoardView *self,
               PursuitStage     *stage)
{
  Column *column = g_new0 (Column, 1);
  GtkSelectionModel *selection;
  GtkWidget *list;
  GtkWidget *scroller;
  GtkWidget *placeholder;
  GtkWidget *content;

  column->view = self;
  column->stage_key = g_strdup (pursuit_stage_get_key (stage));
  column->jobs = pursuit_job_list_new (self->store, column->stage_key);
  if (self->query != NULL)
    pursuit_job_list_set_query (column->jobs, self->query);

  column->widget = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (column->widget, "board-column");
  gtk_box_append (GTK_BOX (column->widget), create_header (stage, &column->count_label));

  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (column->jobs))));
  list = gtk_list_view_new (selection, g_object_ref (self->factory));
  gtk_widget_add_css_class (list, "board-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, pursuit_stage_get_label (stage),
                                  -1);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);

  placeholder = gtk_label_new (NULL);
  gtk_widget_set_valign (placeholder, GTK_ALIGN_START);
  gtk_widget_add_css_class (placeholder, "board-column-placeholder");
  gtk_widget_add_css_class (placeholder, "dim-label");

  content = gtk_stack_new ();
  gtk_widget_set_vexpand (content, TRUE);
  gtk_stack_add_named (GTK_STACK (content), scroller, "jobs");
  gtk_stack_add_named (GTK_STACK (content), placeholder, "none");
  gtk_box_append (GTK_BOX (column->widget), content);
  column->content = GTK_STACK (content);
  column->placeholder = GTK_LABEL (placeholder);

  column->n_items_handler = g_signal_connect (column->jobs, "notify::n-items",
                                              G_CALLBACK (on_jobs_n_items_cb), column);
  update_column_count (column);

  return column;
}

static void
clear_columns (PursuitBoardView *self)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);
      gtk_box_remove (self->columns_box, column->widget);
    }

  g_ptr_array_set_size (self->columns, 0);
}

static void
rebuild_columns (PursuitBoardView *self)
{
  g_autoptr(GPtrArray) stages = NULL;

  clear_columns (self);

  if (self->store != NULL)
    {
      stages = pursuit_store_list_stages (self->store);

      for (guint i = 0; i < stages->len; i++)
        {
          Column *column = create_column (self, g_ptr_array_index (stages, i));

          gtk_box_append (self->columns_box, column->widget);
          g_ptr_array_add (self->columns, column);
        }
    }

  update_state (self);
}

static void
on_store_stages_changed_cb (PursuitBoardView *self,
                            PursuitStore     *store)
{
  rebuild_columns (self);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  gtk_list_item_set_child (item, pursuit_job_card_new ());
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  PursuitJobCard *card = PURSUIT_JOB_CARD (gtk_list_item_get_child (item));

  pursuit_job_card_set_job (card, gtk_list_item_get_item (item));
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  PursuitJobCard *card = PURSUIT_JOB_CARD (gtk_list_item_get_child (item));

  pursuit_job_card_set_job (card, NULL);
}

static void
pursuit_board_view_dispose (GObject *object)
{
  PursuitBoardView *self = (PursuitBoardView *)object;

  if (self->store != NULL)
    g_clear_signal_handler (&self->stages_changed_handler, self->store);

  if (self->columns != NULL)
    clear_columns (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_BOARD_VIEW);

  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_object (&self->factory);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_board_view_parent_class)->dispose (object);
}

static void
pursuit_board_view_finalize (GObject *object)
{
  PursuitBoardView *self = (PursuitBoardView *)object;

  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (pursuit_board_view_parent_class)->finalize (object);
}

static void
pursuit_board_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    case PROP_N_JOBS:
      g_value_set_uint (value, self->n_jobs);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_board_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      pursuit_board_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_QUERY:
      pursuit_board_view_set_query (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_board_view_class_init (PursuitBoardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_board_view_dispose;
  object_class->finalize = pursuit_board_view_finalize;
  object_class->get_property = pursuit_board_view_get_property;
  object_class->set_property = pursuit_board_view_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_N_JOBS] =
    g_param_spec_uint ("n-jobs", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-board-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, columns_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "boardview");

  g_type_ensure (ADW_TYPE_STATUS_PAGE);
}

static void
pursuit_board_view_init (PursuitBoardView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify)column_free);

  self->factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (self->factory, "setup", G_CALLBACK (on_factory_setup_cb), NULL);
  g_signal_connect (self->factory, "bind", G_CALLBACK (on_factory_bind_cb), NULL);
  g_signal_connect (self->factory, "unbind", G_CALLBACK (on_factory_unbind_cb), NULL);

  update_state (self);
}

/**
 * pursuit_board_view_new:
 * @store: (nullable): the store to show
 *
 * Returns: (transfer full): a new board
 */
GtkWidget *
pursuit_board_view_new (PursuitStore *store)
{
  g_return_val_if_fail (store == NULL || PURSUIT_IS_STORE (store), NULL);

  return g_object_new (PURSUIT_TYPE_BOARD_VIEW, "store", store, NULL);
}

/**
 * pursuit_board_view_get_store:
 *
 * Returns: (transfer none) (nullable): the store shown
 */
PursuitStore *
pursuit_board_view_get_store (PursuitBoardView *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), NULL);
  return self->store;
}

void
pursuit_board_view_set_store (PursuitBoardView *self,
                              PursuitStore     *store)
{
  g_return_if_fail (PURSUIT_IS_BOARD_VIEW (self));
  g_return_if_fail (store == NULL || PURSUIT_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->stages_changed_handler, self->store);

  g_set_object (&self->store, store);

  if (self->store != NULL)
    self->stages_changed_handler =
      g_signal_connect_object (self->store, "stages-changed",
                               G_CALLBACK (on_store_stages_changed_cb),
                               self, G_CONNECT_SWAPPED);

  rebuild_columns (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

const char *
pursuit_board_view_get_query (PursuitBoardView *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), NULL);
  return self->query;
}

/**
 * pursuit_board_view_set_query:
 * @self: a board
 * @query: (nullable): words to search for; %NULL or blank shows every job
 *
 * Narrows every column to the jobs matching @query.
 */
void
pursuit_board_view_set_query (PursuitBoardView *self,
                              const char       *query)
{
  g_autofree char *normalized = NULL;

  g_return_if_fail (PURSUIT_IS_BOARD_VIEW (self));

  if (query != NULL)
    {
      normalized = g_strstrip (g_strdup (query));
      if (normalized[0] == '\0')
        g_clear_pointer (&normalized, g_free);
    }

  if (g_strcmp0 (self->query, normalized) == 0)
    return;

  g_free (self->query);
  self->query = g_steal_pointer (&normalized);

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      pursuit_job_list_set_query (column->jobs, self->query);
      update_column_count (column);
    }

  update_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUERY]);
}

/**
 * pursuit_board_view_get_n_jobs:
 *
 * Returns: the number of jobs on the board, after the search
 */
guint
pursuit_board_view_get_n_jobs (PursuitBoardView *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), 0);
  return self->n_jobs;
}

guint
pursuit_board_view_get_n_columns (PursuitBoardView *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), 0);
  return self->columns->len;
}

/**
 * pursuit_board_view_get_column_stage:
 *
 * Returns: (transfer none) (nullable): the stage key of the column
 */
const char *
pursuit_board_view_get_column_stage (PursuitBoardView *self,
                                     guint             column)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return ((Column *)g_ptr_array_index (self->columns, column))->stage_key;
}

/**
 * pursuit_board_view_get_column_model:
 *
 * Returns: (transfer none) (nullable): the jobs of the column, a list of
 *   #PursuitJob
 */
GListModel *
pursuit_board_view_get_column_model (PursuitBoardView *self,
                                     guint             column)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return G_LIST_MODEL (((Column *)g_ptr_array_index (self->columns, column))->jobs);
}
