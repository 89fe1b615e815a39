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

#include "pursuit-settings.h"
#include "pursuit-board-view.h"
#include "pursuit-job-card.h"
#include "pursuit-job-list.h"
#include "pursuit-pipeline.h"

/* The pipeline board: one column per stage of the store, side by side in a
 * horizontal scroller. Each column is a GtkListView over a PursuitJobList,
 * so only the cards on screen exist as widgets.
 *
 * Moves: cards forward their job.* actions (keys, "Move to" menu) to the
 * board.move-job and board.step-job actions here; drops on a column come
 * here too. Every move goes through pursuit_store_move_job() and ends in
 * a toast, with Undo (pursuit_store_undo_move()) when it worked and the
 * store's reason when it did not. The board does not know the window: it
 * hands its toasts out with the ::add-toast signal. */

typedef struct
{
  PursuitBoardView *view;
  char             *stage_key;
  char             *category;
  PursuitJobList   *jobs;
  GtkWidget        *widget;
  GtkWidget        *expanded;
  GtkWidget        *strip;
  GtkWidget        *list;
  GtkLabel         *count_label;
  GtkLabel         *strip_count_label;
  GtkLabel         *placeholder;
  GtkStack         *content;
  gulong            n_items_handler;
} Column;

/* What the Undo button of a toast takes back. */
typedef struct
{
  gint64  job_id;
  char   *from_stage;
} UndoData;

struct _PursuitBoardView
{
  GtkWidget           parent_instance;

  PursuitStore       *store;
  char               *query;
  GPtrArray          *columns;
  GtkListItemFactory *factory;
  GSettings          *settings;
  gulong              stages_changed_handler;
  guint               n_jobs;

  /* After a keyboard move, the card to focus once its column shows it. */
  gint64              focus_job_id;
  char               *focus_stage;
  gboolean            focus_grab;
  guint               focus_tries;
  guint               focus_source;

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

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
column_free (Column *column)
{
  g_clear_signal_handler (&column->n_items_handler, column->jobs);
  g_clear_object (&column->jobs);
  g_clear_pointer (&column->stage_key, g_free);
  g_clear_pointer (&column->category, g_free);
  g_free (column);
}

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_free (undo->from_stage);
  g_free (undo);
}

static Column *
find_column (PursuitBoardView *self,
             const char       *stage_key,
             guint            *index)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      if (g_strcmp0 (column->stage_key, stage_key) == 0)
        {
          if (index != NULL)
            *index = i;
          return column;
        }
    }

  return NULL;
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
  gtk_label_set_text (column->strip_count_label, text);
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

static void
on_collapse_clicked_cb (GtkButton *button,
                        Column    *column)
{
  PursuitBoardView *self = column->view;
  gboolean collapse = gtk_widget_get_visible (column->expanded);
  g_autofree char *key = g_strdup (column->stage_key);

  pursuit_board_view_set_stage_collapsed (self, key, collapse);

  /* Keep the focus on the button that replaced the one pressed. */
  column = find_column (self, key, NULL);
  if (column != NULL)
    {
      GtkWidget *target = collapse ? column->strip : column->expanded;
      GtkWidget *toggle = g_object_get_data (G_OBJECT (target), "toggle");

      if (toggle != NULL)
        gtk_widget_grab_focus (toggle);
    }
}

static void
draw_vertical_text (GtkDrawingArea *area,
                    cairo_t        *cr,
                    int             width,
                    int             height,
                    gpointer        user_data)
{
  GtkWidget *widget = GTK_WIDGET (area);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, user_data);
  int text_width, text_height;
  GdkRGBA color;

  /* The font is known for sure only now, with the widget's CSS: if the
   * text does not fit, ask for its size and draw again. */
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  if (gtk_drawing_area_get_content_width (area) != text_height ||
      gtk_drawing_area_get_content_height (area) != text_width)
    {
      gtk_drawing_area_set_content_width (area, text_height);
      gtk_drawing_area_set_content_height (area, text_width);
    }

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  gdk_cairo_set_source_rgba (cr, &color);

  /* Reads top to bottom, as on a book's spine. */
  cairo_translate (cr, width, 0);
  cairo_rotate (cr, G_PI / 2);
  pango_cairo_show_layout (cr, layout);
}

static GtkWidget *
create_vertical_label (const char *text)
{
  GtkWidget *area = gtk_drawing_area_new ();
  g_autoptr(PangoLayout) layout = NULL;
  int width, height;

  gtk_widget_add_css_class (area, "heading");
  layout = gtk_widget_create_pango_layout (area, text);
  pango_layout_get_pixel_size (layout, &width, &height);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), height);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), width);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_vertical_text,
                                  g_strdup (text), g_free);
  gtk_widget_set_halign (area, GTK_ALIGN_CENTER);

  return area;
}

static GtkWidget *
create_collapse_button (Column       *column,
                        PursuitStage *stage,
                        gboolean      collapse)
{
  GtkWidget *button = gtk_button_new_from_icon_name (collapse ? "go-previous-symbolic"
                                                              : "go-next-symbolic");
  g_autofree char *name = NULL;

  if (collapse)
    /* Translators: %s is a stage (column) name such as "Rejected" */
    name = g_strdup_printf (_("Collapse “%s”"), pursuit_stage_get_label (stage));
  else
    /* Translators: %s is a stage (column) name such as "Rejected" */
    name = g_strdup_printf (_("Expand “%s”"), pursuit_stage_get_label (stage));

  gtk_widget_set_tooltip_text (button, collapse ? _("Collapse Column") : _("Expand Column"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_add_css_class (button, "board-column-toggle");
  g_signal_connect (button, "clicked", G_CALLBACK (on_collapse_clicked_cb), column);

  return button;
}

static GtkWidget *
create_strip (Column       *column,
              PursuitStage *stage)
{
  GtkWidget *strip = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *button = create_collapse_button (column, stage, FALSE);
  GtkWidget *count = gtk_label_new ("0");

  gtk_widget_add_css_class (strip, "board-column");
  gtk_widget_add_css_class (strip, "collapsed");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (strip), button);

  gtk_widget_set_halign (count, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (count, "board-column-count");
  gtk_widget_add_css_class (count, "caption-heading");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (strip), count);

  gtk_box_append (GTK_BOX (strip), create_vertical_label (pursuit_stage_get_label (stage)));

  g_object_set_data (G_OBJECT (strip), "toggle", button);
  column->strip_count_label = GTK_LABEL (count);

  return strip;
}

static GtkWidget *
create_header (Column       *column,
               PursuitStage *stage,
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

  if (!pursuit_pipeline_is_open (pursuit_stage_get_category (stage)))
    {
      GtkWidget *button = create_collapse_button (column, stage, TRUE);

      gtk_box_append (GTK_BOX (header), button);
      g_object_set_data (G_OBJECT (column->expanded), "toggle", button);
    }

  *count_label = GTK_LABEL (count);
  return header;
}

static gboolean
is_collapsed (PursuitBoardView *self,
              const char       *stage_key)
{
  g_auto(GStrv) keys = NULL;

  if (self->settings == NULL)
    return FALSE;

  keys = g_settings_get_strv (self->settings, "collapsed-stages");
  return g_strv_contains ((const char * const *)keys, stage_key);
}

static void
set_column_collapsed (Column   *column,
                      gboolean  collapsed)
{
  /* Only closed stages fold away. */
  collapsed = collapsed && !pursuit_pipeline_is_open (column->category);

  gtk_widget_set_visible (column->expanded, !collapsed);
  gtk_widget_set_visible (column->strip, collapsed);
}

static void
set_drop_highlight (Column   *column,
                    gboolean  accept)
{
  if (accept)
    gtk_widget_add_css_class (column->widget, "drop-accept");
  else
    gtk_widget_remove_css_class (column->widget, "drop-accept");
}

static GdkDragAction
evaluate_drop (GtkDropTarget *drop,
               Column        *column)
{
  const GValue *value = gtk_drop_target_get_value (drop);
  gboolean accept = FALSE;

  if (value != NULL && G_VALUE_HOLDS_INT64 (value))
    accept = pursuit_board_view_can_move_job (column->view, g_value_get_int64 (value),
                                              column->stage_key);

  set_drop_highlight (column, accept);
  return accept ? GDK_ACTION_MOVE : 0;
}

static GdkDragAction
on_drop_motion_cb (GtkDropTarget *drop,
                   double         x,
                   double         y,
                   Column        *column)
{
  return evaluate_drop (drop, column);
}

static void
on_drop_value_cb (GtkDropTarget *drop,
                  GParamSpec    *pspec,
                  Column        *column)
{
  evaluate_drop (drop, column);
}

static void
on_drop_leave_cb (GtkDropTarget *drop,
                  Column        *column)
{
  set_drop_highlight (column, FALSE);
}

static gboolean
on_drop_cb (GtkDropTarget *drop,
            const GValue  *value,
            double         x,
            double         y,
            Column        *column)
{
  PursuitBoardView *self = column->view;
  g_autofree char *stage = g_strdup (column->stage_key);

  set_drop_highlight (column, FALSE);

  if (!G_VALUE_HOLDS_INT64 (value) ||
      !pursuit_board_view_can_move_job (self, g_value_get_int64 (value), stage))
    return FALSE;

  /* The move may rebuild nothing, but a withdraw waits for a dialog. */
  pursuit_board_view_move_job (self, g_value_get_int64 (value), stage);
  return TRUE;
}

/* Enter or a double click on a card opens its job page. */
static void
on_list_activate_cb (GtkListView *list,
                     guint        position,
                     Column      *column)
{
  g_autoptr(PursuitJob) job = g_list_model_get_item (G_LIST_MODEL (column->jobs), position);

  if (job != NULL)
    gtk_widget_activate_action (GTK_WIDGET (list), "win.show-job", "x", pursuit_job_get_id (job));
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

  GtkDropTarget *drop;

  column->view = self;
  column->stage_key = g_strdup (pursuit_stage_get_key (stage));
  column->category = g_strdup (pursuit_stage_get_category (stage));
  column->jobs = pursuit_job_list_new (self->store, column->stage_key);
  if (self->query != NULL)
    pursuit_job_list_set_query (column->jobs, self->query);

  /* The column is either the full list or, when collapsed, a strip. */
  column->widget = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (column->widget, "board-column-slot");
  column->expanded = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (column->expanded, "board-column");
  gtk_box_append (GTK_BOX (column->widget), column->expanded);
  column->strip = create_strip (column, stage);
  gtk_box_append (GTK_BOX (column->widget), column->strip);
  gtk_box_append (GTK_BOX (column->expanded), create_header (column, stage, &column->count_label));

  drop = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  gtk_drop_target_set_preload (drop, TRUE);
  g_signal_connect (drop, "enter", G_CALLBACK (on_drop_motion_cb), column);
  g_signal_connect (drop, "motion", G_CALLBACK (on_drop_motion_cb), column);
  g_signal_connect (drop, "notify::value", G_CALLBACK (on_drop_value_cb), column);
  g_signal_connect (drop, "leave", G_CALLBACK (on_drop_leave_cb), column);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), column);
  gtk_widget_add_controller (column->widget, GTK_EVENT_CONTROLLER (drop));

  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (column->jobs))));
  list = gtk_list_view_new (selection, g_object_ref (self->factory));
  gtk_widget_add_css_class (list, "board-list");
  g_signal_connect (list, "activate", G_CALLBACK (on_list_activate_cb), column);
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
  gtk_box_append (GTK_BOX (column->expanded), content);
  column->content = GTK_STACK (content);
  column->placeholder = GTK_LABEL (placeholder);
  column->list = list;

  column->n_items_handler = g_signal_connect (column->jobs, "notify::n-items",
                                              G_CALLBACK (on_jobs_n_items_cb), column);
  update_column_count (column);
  set_column_collapsed (column, is_collapsed (self, column->stage_key));

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
emit_toast (PursuitBoardView *self,
            AdwToast         *toast)
{
  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

/* Toast titles are Pango markup in libadwaita 1.2: escape what is not ours. */
static void
toast_error (PursuitBoardView *self,
             const GError     *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);
  g_autoptr(AdwToast) toast = adw_toast_new (escaped);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  emit_toast (self, toast);
}

static char *
stage_label (PursuitBoardView *self,
             const char       *stage_key)
{
  g_autoptr(PursuitStage) stage = pursuit_store_get_stage (self->store, stage_key);

  return g_strdup (stage != NULL ? pursuit_stage_get_label (stage) : stage_key);
}

static char *
stage_category (PursuitBoardView *self,
                const char       *stage_key)
{
  g_autoptr(PursuitStage) stage = pursuit_store_get_stage (self->store, stage_key);

  return stage != NULL ? g_strdup (pursuit_stage_get_category (stage)) : NULL;
}

static void
on_undo_clicked_cb (AdwToast         *toast,
                    PursuitBoardView *self)
{
  UndoData *undo = g_object_get_data (G_OBJECT (toast), "pursuit-undo");
  g_autoptr(GError) error = NULL;

  if (undo == NULL || self->store == NULL)
    return;

  if (!pursuit_store_undo_move (self->store, undo->job_id, undo->from_stage, &error))
    toast_error (self, error);
}

static gboolean
focus_job_card (PursuitBoardView *self)
{
  Column *column = find_column (self, self->focus_stage, NULL);
  GListModel *model;
  guint n_items;

  if (column == NULL || !gtk_widget_get_visible (column->expanded))
    return FALSE;

  for (GtkWidget *row = gtk_widget_get_first_child (column->list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);

      if (PURSUIT_IS_JOB_CARD (child) &&
          gtk_widget_get_mapped (child) &&
          pursuit_job_card_get_job (PURSUIT_JOB_CARD (child)) != NULL &&
          pursuit_job_get_id (pursuit_job_card_get_job (PURSUIT_JOB_CARD (child))) == self->focus_job_id)
        return !self->focus_grab || gtk_widget_grab_focus (child);
    }

  /* Not on screen yet: bring it there, and look again. */
  model = G_LIST_MODEL (column->jobs);
  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (model, i);

      if (pursuit_job_get_id (job) == self->focus_job_id)
        {
          gtk_widget_activate_action (column->list, "list.scroll-to-item", "u", i);
          break;
        }
    }

  return FALSE;
}

static gboolean
focus_job_card_cb (gpointer user_data)
{
  PursuitBoardView *self = user_data;

  if (focus_job_card (self) || ++self->focus_tries >= 10)
    {
      self->focus_source = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
card_has_focus (PursuitBoardView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && PURSUIT_IS_JOB_CARD (focus) &&
         gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

/* Shows the moved job in its new column (a list keeps its scroll position
 * when a row comes in at the top), and focuses its card if @grab. */
static void
follow_job (PursuitBoardView *self,
            gint64            job_id,
            const char       *stage_key,
            gboolean          grab)
{
  self->focus_grab = grab;
  self->focus_job_id = job_id;
  g_free (self->focus_stage);
  self->focus_stage = g_strdup (stage_key);
  self->focus_tries = 0;

  /* The column's list makes the new row at its next layout. */
  g_clear_handle_id (&self->focus_source, g_source_remove);
  self->focus_source = g_timeout_add (30, focus_job_card_cb, self);
}

static gboolean
do_move (PursuitBoardView *self,
         gint64            job_id,
         const char       *stage_key,
         const char       *reason)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *plain_label = NULL;
  gboolean had_focus;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  UndoData *undo;

  job = pursuit_store_get_job (self->store, job_id, &error);
  if (job == NULL)
    {
      toast_error (self, error);
      return FALSE;
    }

  /* Read before the move: the old column drops the card and its focus. */
  had_focus = card_has_focus (self);

  if (!pursuit_store_move_job (self->store, job_id, stage_key, reason, &error))
    {
      toast_error (self, error);
      return FALSE;
    }

  plain_label = stage_label (self, stage_key);
  label = g_markup_escape_text (plain_label, -1);
  title = g_markup_escape_text (pursuit_job_get_title (job), -1);
  /* Translators: the first %s is a job title, the second a stage name */
  text = g_strdup_printf (_("Moved “%s” to %s"), title, label);

  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  undo = g_new0 (UndoData, 1);
  undo->job_id = job_id;
  undo->from_stage = g_strdup (pursuit_job_get_stage (job));
  g_object_set_data_full (G_OBJECT (toast), "pursuit-undo", undo, undo_data_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);

  follow_job (self, job_id, stage_key, had_focus);
  emit_toast (self, toast);

  return TRUE;
}

typedef struct
{
  PursuitBoardView *self;
  gint64            job_id;
  char             *stage_key;
  GtkEditable      *entry;
} WithdrawRequest;

static void
withdraw_request_free (WithdrawRequest *request)
{
  g_object_unref (request->self);
  g_free (request->stage_key);
  g_free (request);
}

static void
on_withdraw_reason_changed_cb (GtkEditable      *entry,
                               AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "withdraw", reason[0] != '\0');
}

static void
on_withdraw_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         WithdrawRequest  *request)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (request->entry)));

  if (g_str_equal (response, "withdraw") && reason[0] != '\0' && request->self->store != NULL)
    do_move (request->self, request->job_id, request->stage_key, reason);
}

static void
ask_withdraw_reason (PursuitBoardView *self,
                     gint64            job_id,
                     const char       *stage_key)
{
  g_autoptr(PursuitJob) job = pursuit_store_get_job (self->store, job_id, NULL);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  WithdrawRequest *request;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (job == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Withdraw Application?"), NULL);
  /* Translators: %s is a job title */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Why are you withdrawing from “%s”? The reason is kept on the timeline."),
                                  pursuit_job_get_title (job));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "withdraw", _("_Withdraw"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "withdraw",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "withdraw", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "withdraw");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason for withdrawing"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_withdraw_reason_changed_cb), dialog, 0);

  request = g_new0 (WithdrawRequest, 1);
  request->self = g_object_ref (self);
  request->job_id = job_id;
  request->stage_key = g_strdup (stage_key);
  request->entry = GTK_EDITABLE (entry);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_withdraw_response_cb),
                         request, (GClosureNotify)withdraw_request_free, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
move_job_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gint64 job_id;
  const char *stage;

  g_variant_get (parameter, "(x&s)", &job_id, &stage);
  pursuit_board_view_move_job (PURSUIT_BOARD_VIEW (widget), job_id, stage);
}

static void
step_job_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gint64 job_id;
  int step;

  g_variant_get (parameter, "(xi)", &job_id, &step);
  pursuit_board_view_step_job (PURSUIT_BOARD_VIEW (widget), job_id, step);
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

  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_object (&self->factory);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_board_view_parent_class)->dispose (object);
}

static void
pursuit_board_view_finalize (GObject *object)
{
  PursuitBoardView *self = (PursuitBoardView *)object;

  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->focus_stage, g_free);

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

  /**
   * PursuitBoardView::add-toast:
   * @self: the board
   * @toast: the toast to show
   *
   * Asks whoever shows the board to show @toast: the result of a move,
   * with Undo, or why the pipeline refused it. Handlers that keep the
   * toast take their own reference.
   */
  signals [ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  /**
   * PursuitBoardView|board.move-job:
   * @parameter: (job id, stage key)
   *
   * Moves a job to a stage, as the cards' "Move to" menu does.
   */
  gtk_widget_class_install_action (widget_class, "board.move-job", "(xs)", move_job_action);
  /**
   * PursuitBoardView|board.step-job:
   * @parameter: (job id, +1 or -1)
   *
   * Moves a job to the next (or previous) column the pipeline allows.
   */
  gtk_widget_class_install_action (widget_class, "board.step-job", "(xi)", step_job_action);

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
  self->settings = pursuit_settings_new_if_installed ("collapsed-stages");

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
  g_autofree char *normalized = pursuit_job_list_normalize_query (query);

  g_return_if_fail (PURSUIT_IS_BOARD_VIEW (self));

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

/**
 * pursuit_board_view_can_move_job:
 * @self: a board
 * @job_id: a job
 * @stage: the key of a stage
 *
 * Whether the pipeline allows moving the job to @stage from where it is
 * now: what a drop on a column and the "Move to" menu go by. Moving a job
 * to the stage it is in is not a move.
 *
 * Returns: %TRUE if the move is allowed
 */
gboolean
pursuit_board_view_can_move_job (PursuitBoardView *self,
                                 gint64            job_id,
                                 const char       *stage)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), FALSE);

  if (self->store == NULL || stage == NULL)
    return FALSE;

  job = pursuit_store_get_job (self->store, job_id, NULL);
  if (job == NULL || g_strcmp0 (pursuit_job_get_stage (job), stage) == 0)
    return FALSE;

  from = stage_category (self, pursuit_job_get_stage (job));
  to = stage_category (self, stage);
  if (from == NULL || to == NULL)
    return FALSE;

  return pursuit_pipeline_check_transition (from, to, NULL);
}

/**
 * pursuit_board_view_move_job:
 * @self: a board
 * @job_id: a job
 * @stage: the key of the stage to move it to
 *
 * Moves a job through the store, and says how it went in a toast
 * (::add-toast): with Undo when it moved, with the store's reason when
 * the pipeline refused. Withdrawing first asks for a reason in a dialog.
 *
 * Returns: %TRUE if the job moved now
 */
gboolean
pursuit_board_view_move_job (PursuitBoardView *self,
                             gint64            job_id,
                             const char       *stage)
{
  g_autofree char *category = NULL;

  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), FALSE);
  g_return_val_if_fail (stage != NULL, FALSE);

  if (self->store == NULL)
    return FALSE;

  category = stage_category (self, stage);
  if (g_strcmp0 (category, PURSUIT_STAGE_WITHDRAWN) == 0 &&
      pursuit_board_view_can_move_job (self, job_id, stage))
    {
      ask_withdraw_reason (self, job_id, stage);
      return FALSE;
    }

  return do_move (self, job_id, stage, NULL);
}

/**
 * pursuit_board_view_step_job:
 * @self: a board
 * @job_id: a job
 * @step: 1 for the next column, -1 for the previous one
 *
 * Moves a job to the nearest column in the direction of @step that the
 * pipeline allows from its stage, skipping the others. When there is
 * none, the move is refused with a toast.
 *
 * Returns: %TRUE if the job moved now
 */
gboolean
pursuit_board_view_step_job (PursuitBoardView *self,
                             gint64            job_id,
                             int               step)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  guint index;
  int neighbour;

  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), FALSE);
  g_return_val_if_fail (step == 1 || step == -1, FALSE);

  if (self->store == NULL)
    return FALSE;

  job = pursuit_store_get_job (self->store, job_id, &error);
  if (job == NULL)
    {
      toast_error (self, error);
      return FALSE;
    }

  if (find_column (self, pursuit_job_get_stage (job), &index) == NULL)
    return FALSE;

  for (int i = (int)index + step; i >= 0 && i < (int)self->columns->len; i += step)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      if (pursuit_board_view_can_move_job (self, job_id, column->stage_key))
        return pursuit_board_view_move_job (self, job_id, column->stage_key);
    }

  /* Nowhere to go: the store says why not to the neighbouring column. */
  neighbour = (int)index + step;
  if (neighbour >= 0 && neighbour < (int)self->columns->len)
    {
      Column *column = g_ptr_array_index (self->columns, neighbour);

      if (!pursuit_store_move_job (self->store, job_id, column->stage_key, NULL, &error))
        {
          toast_error (self, error);
          return FALSE;
        }

      /* Not reached: the pipeline refused it above. */
      g_warn_if_reached ();
      return TRUE;
    }

  {
    g_autofree char *label = stage_label (self, pursuit_job_get_stage (job));
    g_autoptr(GError) edge = NULL;

    g_set_error (&edge, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION,
                 step > 0 ? _("There is no column after “%s”") : _("There is no column before “%s”"),
                 label);
    toast_error (self, edge);
  }

  return FALSE;
}

/**
 * pursuit_board_view_get_stage_collapsed:
 * @self: a board
 * @stage: a stage key
 *
 * Returns: whether the column of @stage is folded into a strip
 */
gboolean
pursuit_board_view_get_stage_collapsed (PursuitBoardView *self,
                                        const char       *stage)
{
  Column *column;

  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), FALSE);

  column = find_column (self, stage, NULL);
  return column != NULL && gtk_widget_get_visible (column->strip);
}

/**
 * pursuit_board_view_set_stage_collapsed:
 * @self: a board
 * @stage: the key of a closed stage
 * @collapsed: whether to fold its column into a strip
 *
 * Collapses or expands a column of a closed stage (accepted, rejected,
 * withdrawn, ghosted), and remembers it in GSettings. Open stages stay
 * expanded.
 */
void
pursuit_board_view_set_stage_collapsed (PursuitBoardView *self,
                                        const char       *stage,
                                        gboolean          collapsed)
{
  Column *column;

  g_return_if_fail (PURSUIT_IS_BOARD_VIEW (self));
  g_return_if_fail (stage != NULL);

  column = find_column (self, stage, NULL);
  if (column != NULL)
    {
      if (pursuit_pipeline_is_open (column->category))
        return;
      set_column_collapsed (column, collapsed);
    }

  if (self->settings != NULL)
    {
      g_auto(GStrv) keys = g_settings_get_strv (self->settings, "collapsed-stages");
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) updated = NULL;

      for (guint i = 0; keys[i] != NULL; i++)
        if (!g_str_equal (keys[i], stage))
          g_strv_builder_add (builder, keys[i]);
      if (collapsed)
        g_strv_builder_add (builder, stage);

      updated = g_strv_builder_end (builder);
      if (!g_strv_equal ((const char * const *)keys, (const char * const *)updated))
        g_settings_set_strv (self->settings, "collapsed-stages", (const char * const *)updated);
    }
}
