/* pursuit-accessible.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pursuit-accessible.h"

/* GTK 4.8 and libadwaita 1.2 build some buttons inside their widgets
 * without an accessible name: the toggle that opens a GtkDropDown, and the
 * Apply button of an AdwEntryRow. A screen reader then says "GtkToggleButton"
 * or "GtkImage". These functions give them the name a user sees next to
 * them. */

static const char *
row_title (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

  if (row == NULL)
    return NULL;

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static GtkWidget *
find_child (GtkWidget *widget,
            gboolean (*matches) (GtkWidget *child))
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (matches (child))
        return child;

      found = find_child (child, matches);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_toggle_button (GtkWidget *widget)
{
  return GTK_IS_TOGGLE_BUTTON (widget);
}

static gboolean
is_apply_icon (GtkWidget *widget)
{
  return GTK_IS_IMAGE (widget) &&
         g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), "adw-entry-apply-symbolic") == 0;
}

/* libadwaita 1.2 puts the icon in the button as a GtkImage child. */
static gboolean
is_apply_button (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) &&
         (g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "adw-entry-apply-symbolic") == 0 ||
          find_child (widget, is_apply_icon) != NULL);
}

static void
set_label (GtkWidget  *widget,
           const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
name_drop_down (GtkWidget *drop_down)
{
  GtkWidget *toggle = find_child (drop_down, is_toggle_button);
  const char *label = gtk_widget_get_tooltip_text (drop_down);

  if (label == NULL)
    label = row_title (drop_down);

  if (toggle != NULL && label != NULL)
    set_label (toggle, label);
}

static void
name_apply_button (GtkWidget *entry_row)
{
  GtkWidget *apply = find_child (entry_row, is_apply_button);
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry_row));
  g_autofree char *label = NULL;

  if (apply == NULL || title == NULL)
    return;

  /* Translators: the Apply button of a text field; %s is the field's name */
  label = g_strdup_printf (_("Apply “%s”"), title);
  set_label (apply, label);
}

/**
 * pursuit_accessible_name_inner_buttons:
 * @root: a widget
 *
 * Names the unnamed inner buttons of every GtkDropDown and AdwEntryRow
 * under @root (and @root itself), after the tooltip or row title the user
 * sees. Call it again after adding such widgets; naming twice is harmless.
 */
void
pursuit_accessible_name_inner_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_DROP_DOWN (root))
    name_drop_down (root);
  else if (ADW_IS_ENTRY_ROW (root))
    name_apply_button (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pursuit_accessible_name_inner_buttons (child);
}
