/* pursuit-csv-mapping-dialog.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-csv-mapping-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-accessible.h"
#include "pursuit-csv-mapping-dialog.h"

/* The CSV import's mapping step: a preview of the first rows under one
 * dropdown per column, prefilled with the mapping guessed from the header.
 * The dialog edits the PursuitCsvMapping it is given; "import" tells the
 * caller to go on with it. */

struct _PursuitCsvMappingDialog
{
  AdwWindow          parent_instance;

  AdwWindowTitle    *window_title;
  GtkGrid           *grid;
  GtkLabel          *hint_label;
  GtkLabel          *rows_label;

  PursuitCsvMapping *mapping;
  GPtrArray         *rows;
  GPtrArray         *dropdowns;
  gboolean           updating;
};

G_DEFINE_FINAL_TYPE (PursuitCsvMappingDialog, pursuit_csv_mapping_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_MAPPING,
  PROP_CAN_IMPORT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  IMPORT,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* Long cells are cut: the preview is for recognizing columns. */
#define CELL_MAX_CHARS 28

/**
 * pursuit_csv_field_get_label:
 * @field: a field
 *
 * Returns: the field's name as the mapping dialog shows it
 */
const char *
pursuit_csv_field_get_label (PursuitCsvField field)
{
  switch (field)
    {
    case PURSUIT_CSV_FIELD_IGNORE: return _("Ignore");
    case PURSUIT_CSV_FIELD_TITLE: return _("Title");
    case PURSUIT_CSV_FIELD_COMPANY: return _("Company");
    case PURSUIT_CSV_FIELD_LOCATION: return _("Location");
    case PURSUIT_CSV_FIELD_REMOTE: return _("Remote");
    case PURSUIT_CSV_FIELD_SALARY: return _("Salary (range)");
    case PURSUIT_CSV_FIELD_SALARY_MIN: return _("Salary Minimum");
    case PURSUIT_CSV_FIELD_SALARY_MAX: return _("Salary Maximum");
    case PURSUIT_CSV_FIELD_CURRENCY: return _("Currency");
    case PURSUIT_CSV_FIELD_SALARY_PERIOD: return _("Salary Period");
    case PURSUIT_CSV_FIELD_URL: return _("Posting Address");
    case PURSUIT_CSV_FIELD_APPLY_URL: return _("Application Address");
    case PURSUIT_CSV_FIELD_DESCRIPTION: return _("Description");
    case PURSUIT_CSV_FIELD_SOURCE: return _("Source");
    case PURSUIT_CSV_FIELD_STAGE: return _("Status");
    case PURSUIT_CSV_FIELD_APPLIED_DATE: return _("Date Applied");
    case PURSUIT_CSV_FIELD_POSTED_DATE: return _("Date Posted");
    case PURSUIT_CSV_FIELD_DEADLINE: return _("Deadline");
    case PURSUIT_CSV_FIELD_EMPLOYMENT_TYPE: return _("Employment Type");
    case PURSUIT_CSV_FIELD_MATCH_SCORE: return _("Match Score");
    case PURSUIT_CSV_FIELD_ID: return _("Pursuit ID");
    case PURSUIT_CSV_FIELD_NOTES: return _("Notes");
    case PURSUIT_CSV_FIELD_TAGS: return _("Tags");
    default:
      /* A field added to the core later still gets a name. */
      return pursuit_csv_field_get_key (field);
    }
}

static char *
preview_text (const char *cell)
{
  g_autofree char *line = NULL;
  const char *end = strpbrk (cell, "\r\n");

  line = end != NULL ? g_strndup (cell, end - cell) : g_strdup (cell);
  g_strstrip (line);

  if (g_utf8_strlen (line, -1) > CELL_MAX_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (line, 0, CELL_MAX_CHARS - 1);

      return g_strconcat (cut, "…", NULL);
    }

  if (end != NULL)
    return g_strconcat (line, " …", NULL);

  return g_steal_pointer (&line);
}

static void
update_can_import (PursuitCsvMappingDialog *self)
{
  gboolean can_import = pursuit_csv_mapping_dialog_get_can_import (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.import", can_import);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), !can_import);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_IMPORT]);
}

/* Ignored columns are dimmed: they will not be imported. */
static void
update_column_dim (PursuitCsvMappingDialog *self,
                   guint                    column)
{
  gboolean ignored = pursuit_csv_mapping_get_field (self->mapping, column) == PURSUIT_CSV_FIELD_IGNORE;
  guint n_rows = 1 + (self->rows != NULL ? self->rows->len : 0);

  for (guint row = 1; row <= n_rows; row++)
    {
      GtkWidget *label = gtk_grid_get_child_at (self->grid, column, row);

      if (label == NULL)
        continue;
      if (ignored)
        gtk_widget_add_css_class (label, "dim-label");
      else
        gtk_widget_remove_css_class (label, "dim-label");
    }
}

/* The dropdowns follow the mapping, whoever changes it. */
static void
on_mapping_changed_cb (PursuitCsvMappingDialog *self,
                       guint                    column,
                       PursuitCsvMapping       *mapping)
{
  g_assert (column < self->dropdowns->len);

  self->updating = TRUE;
  gtk_drop_down_set_selected (g_ptr_array_index (self->dropdowns, column),
                              pursuit_csv_mapping_get_field (mapping, column));
  self->updating = FALSE;

  update_column_dim (self, column);
  update_can_import (self);
}

static void
on_dropdown_selected_cb (GtkDropDown             *dropdown,
                         GParamSpec              *pspec,
                         PursuitCsvMappingDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "pursuit-column"));
  guint field = gtk_drop_down_get_selected (dropdown);

  if (self->updating || field == GTK_INVALID_LIST_POSITION || field >= PURSUIT_CSV_N_FIELDS)
    return;

  /* One column per field (notes excepted): taking a field from another
   * column sets that one to Ignore, so the mapping is never ambiguous. */
  if (!pursuit_csv_field_allows_many (field))
    {
      guint n_columns = pursuit_csv_mapping_get_n_columns (self->mapping);

      for (guint i = 0; i < n_columns; i++)
        if (i != column && pursuit_csv_mapping_get_field (self->mapping, i) == field)
          pursuit_csv_mapping_set_field (self->mapping, i, PURSUIT_CSV_FIELD_IGNORE);
    }

  pursuit_csv_mapping_set_field (self->mapping, column, field);
}

static GtkStringList *
create_field_list (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  /* The position in the list is the field's value. */
  for (guint i = 0; i < PURSUIT_CSV_N_FIELDS; i++)
    gtk_string_list_append (list, pursuit_csv_field_get_label (i));

  return list;
}

static GtkWidget *
create_cell_label (const char *text)
{
  g_autofree char *shown = preview_text (text);
  GtkWidget *label = gtk_label_new (NULL);

  /* Outside text: never markup. */
  gtk_label_set_text (GTK_LABEL (label), shown);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), CELL_MAX_CHARS);
  if (g_utf8_strlen (text, -1) > CELL_MAX_CHARS || strpbrk (text, "\r\n") != NULL)
    gtk_widget_set_tooltip_text (label, text);

  return label;
}

static void
build_grid (PursuitCsvMappingDialog *self)
{
  g_autoptr(GtkStringList) fields = create_field_list ();
  guint n_columns = pursuit_csv_mapping_get_n_columns (self->mapping);

  for (guint c = 0; c < n_columns; c++)
    {
      const char *name = pursuit_csv_mapping_get_column_name (self->mapping, c);
      g_autofree char *accessible = NULL;
      GtkWidget *dropdown;
      GtkWidget *heading;

      if (name == NULL || name[0] == '\0')
        name = _("(no name)");

      dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (fields)), NULL);
      /* Translators: %s is a CSV file's column name */
      accessible = g_strdup_printf (_("Field for column “%s”"), name);
      gtk_widget_set_tooltip_text (dropdown, accessible);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                                  pursuit_csv_mapping_get_field (self->mapping, c));
      g_object_set_data (G_OBJECT (dropdown), "pursuit-column", GUINT_TO_POINTER (c));
      g_signal_connect_object (dropdown, "notify::selected",
                               G_CALLBACK (on_dropdown_selected_cb), self, 0);
      gtk_grid_attach (self->grid, dropdown, c, 0, 1, 1);
      g_ptr_array_add (self->dropdowns, dropdown);

      heading = create_cell_label (name);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, 6);
      gtk_grid_attach (self->grid, heading, c, 1, 1, 1);

      for (guint r = 0; self->rows != NULL && r < self->rows->len; r++)
        {
          const char * const *row = g_ptr_array_index (self->rows, r);
          GtkWidget *cell = create_cell_label (row[c] != NULL ? row[c] : "");

          gtk_grid_attach (self->grid, cell, c, 2 + r, 1, 1);
        }

      update_column_dim (self, c);
    }

  if (self->rows == NULL || self->rows->len == 0)
    gtk_label_set_text (self->rows_label, _("The file has no rows to import."));
  else
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Showing the first row.",
                                                            "Showing the first %u rows.",
                                                            self->rows->len),
                                               self->rows->len);

      gtk_label_set_text (self->rows_label, text);
    }
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitCsvMappingDialog *self = PURSUIT_CSV_MAPPING_DIALOG (widget);

  if (!pursuit_csv_mapping_dialog_get_can_import (self))
    return;

  g_signal_emit (self, signals [IMPORT], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pursuit_csv_mapping_dialog_dispose (GObject *object)
{
  PursuitCsvMappingDialog *self = (PursuitCsvMappingDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_CSV_MAPPING_DIALOG);

  g_clear_pointer (&self->dropdowns, g_ptr_array_unref);
  g_clear_object (&self->mapping);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_csv_mapping_dialog_parent_class)->dispose (object);
}

static void
pursuit_csv_mapping_dialog_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  PursuitCsvMappingDialog *self = PURSUIT_CSV_MAPPING_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MAPPING:
      g_value_set_object (value, self->mapping);
      break;
    case PROP_CAN_IMPORT:
      g_value_set_boolean (value, pursuit_csv_mapping_dialog_get_can_import (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_csv_mapping_dialog_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  PursuitCsvMappingDialog *self = PURSUIT_CSV_MAPPING_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MAPPING:
      self->mapping = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_csv_mapping_dialog_class_init (PursuitCsvMappingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_csv_mapping_dialog_dispose;
  object_class->get_property = pursuit_csv_mapping_dialog_get_property;
  object_class->set_property = pursuit_csv_mapping_dialog_set_property;

  properties [PROP_MAPPING] =
    g_param_spec_object ("mapping", NULL, NULL,
                         PURSUIT_TYPE_CSV_MAPPING,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties [PROP_CAN_IMPORT] =
    g_param_spec_boolean ("can-import", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitCsvMappingDialog::import:
   * @self: the dialog
   *
   * The user chose Import with a mapping that has a title column; the
   * dialog closes right after.
   */
  signals [IMPORT] =
    g_signal_new ("import",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-csv-mapping-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitCsvMappingDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitCsvMappingDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, PursuitCsvMappingDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitCsvMappingDialog, rows_label);

  gtk_widget_class_install_action (widget_class, "dialog.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_csv_mapping_dialog_init (PursuitCsvMappingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->dropdowns = g_ptr_array_new ();
}

/**
 * pursuit_csv_mapping_dialog_new:
 * @parent: (nullable): the window the dialog is modal for
 * @mapping: the guessed mapping, which the dialog edits
 * @rows: (nullable) (element-type GStrv): the first rows, from
 *   [func@Pursuit.csv_read_preview]: as many cells as @mapping has columns
 * @file_name: (nullable): the file's name, shown as the subtitle
 *
 * Returns: (transfer none): a new dialog; present it
 */
PursuitCsvMappingDialog *
pursuit_csv_mapping_dialog_new (GtkWindow         *parent,
                                PursuitCsvMapping *mapping,
                                GPtrArray         *rows,
                                const char        *file_name)
{
  PursuitCsvMappingDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PURSUIT_IS_CSV_MAPPING (mapping), NULL);

  self = g_object_new (PURSUIT_TYPE_CSV_MAPPING_DIALOG,
                       "mapping", mapping,
                       "transient-for", parent,
                       NULL);
  self->rows = rows != NULL ? g_ptr_array_ref (rows) : NULL;

  if (file_name != NULL)
    adw_window_title_set_subtitle (self->window_title, file_name);

  build_grid (self);
  pursuit_accessible_name_inner_buttons (GTK_WIDGET (self));
  g_signal_connect_object (self->mapping, "changed",
                           G_CALLBACK (on_mapping_changed_cb), self, G_CONNECT_SWAPPED);
  update_can_import (self);

  return self;
}

/**
 * pursuit_csv_mapping_dialog_get_mapping:
 * @self: a dialog
 *
 * Returns: (transfer none): the mapping the dialog edits
 */
PursuitCsvMapping *
pursuit_csv_mapping_dialog_get_mapping (PursuitCsvMappingDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_CSV_MAPPING_DIALOG (self), NULL);

  return self->mapping;
}

/**
 * pursuit_csv_mapping_dialog_get_can_import:
 * @self: a dialog
 *
 * Returns: whether a column is mapped to the title, which Import needs
 */
gboolean
pursuit_csv_mapping_dialog_get_can_import (PursuitCsvMappingDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_CSV_MAPPING_DIALOG (self), FALSE);

  return self->mapping != NULL &&
         pursuit_csv_mapping_find_field (self->mapping, PURSUIT_CSV_FIELD_TITLE) >= 0;
}

/**
 * pursuit_csv_mapping_dialog_get_dropdown:
 * @self: a dialog
 * @column: a column index
 *
 * Returns: (transfer none) (nullable): the field dropdown of @column
 */
GtkDropDown *
pursuit_csv_mapping_dialog_get_dropdown (PursuitCsvMappingDialog *self,
                                         guint                    column)
{
  g_return_val_if_fail (PURSUIT_IS_CSV_MAPPING_DIALOG (self), NULL);

  if (self->dropdowns == NULL || column >= self->dropdowns->len)
    return NULL;

  return g_ptr_array_index (self->dropdowns, column);
}
