/* pursuit-search-filters.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-search-filters"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "pursuit-search-filters.h"

struct _PursuitSearchFilters
{
  GtkWidget         parent_instance;

  PursuitStore     *store;
  /* Never NULL and never changed once set: a new one for every change, so
   * whoever got it from "changed" may keep it. */
  PursuitJobFilter *filter;
  char             *currency;
  /* While the controls are being set from the filter. */
  gboolean          syncing;

  GtkMenuButton    *button;
  GtkPopover       *popover;
  GtkSwitch        *remote_switch;
  AdwActionRow     *salary_row;
  GtkSpinButton    *salary_spin;
  GtkDropDown      *source_dropdown;
  GtkStringList    *source_list;
  GtkFlowBox       *tags_box;
  GtkWidget        *no_tags_label;
};

G_DEFINE_FINAL_TYPE (PursuitSearchFilters, pursuit_search_filters, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FILTER,
  PROP_CURRENCY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The source list's first item; the rest are the store's sources. */
#define ANY_SOURCE_POSITION 0

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return a == b;

  if (!g_utf8_validate (a, -1, NULL) || !g_utf8_validate (b, -1, NULL))
    return strcmp (a, b) == 0;

  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);

  return g_strcmp0 (fa, fb) == 0;
}

static gboolean
filter_has_tag (PursuitJobFilter *filter,
                const char       *tag)
{
  const char * const *tags = pursuit_job_filter_get_tags (filter);

  for (guint i = 0; tags[i] != NULL; i++)
    {
      if (same_text (tags[i], tag))
        return TRUE;
    }

  return FALSE;
}

/* The user's own currency, from the locale, as an ISO 4217 code. */
static char *
locale_currency (void)
{
  const char *symbol = localeconv ()->int_curr_symbol;
  char *code;

  if (symbol == NULL || !g_utf8_validate (symbol, -1, NULL))
    return NULL;

  code = g_strstrip (g_strdup (symbol));
  if (code[0] == '\0')
    g_clear_pointer (&code, g_free);

  return code;
}

static void
update_salary_subtitle (PursuitSearchFilters *self)
{
  g_autofree char *subtitle = NULL;

  if (self->currency != NULL)
    /* Translators: %s is a currency code, such as EUR. */
    subtitle = g_strdup_printf (_("Per year, in %s. Hides jobs without a salary."), self->currency);
  else
    subtitle = g_strdup (_("Per year. Hides jobs without a salary."));

  adw_action_row_set_subtitle (self->salary_row, subtitle);
}

static void
update_indicator (PursuitSearchFilters *self)
{
  gboolean active = !pursuit_job_filter_is_empty (self->filter);
  g_autofree char *summary = NULL;
  g_autofree char *tooltip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "search-filters.clear", active);

  if (!active)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->button), "accent");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Filter Jobs"));
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->button),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  /* A board with jobs missing must say why, at a glance. */
  summary = pursuit_search_filters_describe (self->filter);
  tooltip = g_strdup_printf ("%s\n%s", _("Filters on:"), summary);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "accent");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);
}

static GtkWidget *
create_tag_button (PursuitSearchFilters *self,
                   const char           *tag);

static void
fill_tags (PursuitSearchFilters *self)
{
  g_auto(GStrv) tags = NULL;
  const char * const *wanted = pursuit_job_filter_get_tags (self->filter);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_box))) != NULL)
    gtk_flow_box_remove (self->tags_box, child);

  if (self->store != NULL)
    tags = pursuit_store_list_tags (self->store);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    g_ptr_array_add (shown, g_strdup (tags[i]));

  /* A tag the filter wants that no job has any more stays, so it can be
   * switched off. */
  for (guint i = 0; wanted[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < shown->len && !found; j++)
        found = same_text (g_ptr_array_index (shown, j), wanted[i]);
      if (!found)
        g_ptr_array_add (shown, g_utf8_make_valid (wanted[i], -1));
    }

  for (guint i = 0; i < shown->len; i++)
    {
      GtkWidget *button = create_tag_button (self, g_ptr_array_index (shown, i));

      gtk_flow_box_append (self->tags_box, button);
      /* The toggle takes the focus; its flow box child need not. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->tags_box), shown->len > 0);
  gtk_widget_set_visible (self->no_tags_label, shown->len == 0);
}

static void
fill_sources (PursuitSearchFilters *self)
{
  g_auto(GStrv) sources = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autofree char *wanted = NULL;
  guint selected = ANY_SOURCE_POSITION;

  /* Only text shown, never matched, so invalid bytes may be replaced. */
  if (pursuit_job_filter_get_source (self->filter) != NULL)
    wanted = g_utf8_make_valid (pursuit_job_filter_get_source (self->filter), -1);

  if (self->store != NULL)
    sources = pursuit_store_list_sources (self->store);

  g_ptr_array_add (items, (gpointer)_("Any Source"));
  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    {
      if (wanted != NULL && selected == ANY_SOURCE_POSITION && same_text (sources[i], wanted))
        selected = items->len;
      g_ptr_array_add (items, sources[i]);
    }

  if (wanted != NULL && selected == ANY_SOURCE_POSITION)
    {
      selected = items->len;
      g_ptr_array_add (items, wanted);
    }
  g_ptr_array_add (items, NULL);

  gtk_string_list_splice (self->source_list, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->source_list)),
                          (const char * const *)items->pdata);
  gtk_drop_down_set_selected (self->source_dropdown, selected);
}

/* Shows @self->filter in the controls, without reading them back. */
static void
sync_controls (PursuitSearchFilters *self)
{
  gboolean was_syncing = self->syncing;

  self->syncing = TRUE;

  gtk_switch_set_active (self->remote_switch, pursuit_job_filter_get_remote_only (self->filter));
  gtk_spin_button_set_value (self->salary_spin, pursuit_job_filter_get_min_salary (self->filter));
  fill_sources (self);
  fill_tags (self);

  self->syncing = was_syncing;
}

/* Takes @filter as the current filter and tells everyone. */
static void
apply_filter (PursuitSearchFilters *self,
              PursuitJobFilter     *filter)
{
  if (pursuit_job_filter_equal (self->filter, filter))
    return;

  g_clear_pointer (&self->filter, pursuit_job_filter_unref);
  self->filter = pursuit_job_filter_copy (filter);

  update_indicator (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILTER]);
  g_signal_emit (self, signals [CHANGED], 0, self->filter);
}

static PursuitJobFilter *
read_controls (PursuitSearchFilters *self)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  guint selected = gtk_drop_down_get_selected (self->source_dropdown);
  const gint64 *ids;
  guint n_ids;

  pursuit_job_filter_set_remote_only (filter, gtk_switch_get_active (self->remote_switch));
  pursuit_job_filter_set_min_salary (filter, (gint64)gtk_spin_button_get_value (self->salary_spin));

  if (selected != GTK_INVALID_LIST_POSITION && selected != ANY_SOURCE_POSITION)
    pursuit_job_filter_set_source (filter, gtk_string_list_get_string (self->source_list, selected));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *toggle = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)))
        g_ptr_array_add (tags, (gpointer)gtk_button_get_label (GTK_BUTTON (toggle)));
    }
  g_ptr_array_add (tags, NULL);
  pursuit_job_filter_set_tags (filter, (const char * const *)tags->pdata);

  /* The popover has no control for a report's jobs: they stay until the
   * filter is cleared. */
  ids = pursuit_job_filter_get_job_ids (self->filter, &n_ids);
  pursuit_job_filter_set_job_ids (filter, ids, n_ids, pursuit_job_filter_get_label (self->filter));

  return g_steal_pointer (&filter);
}

static void
on_control_changed_cb (PursuitSearchFilters *self)
{
  g_autoptr(PursuitJobFilter) filter = NULL;

  if (self->syncing)
    return;

  filter = read_controls (self);
  apply_filter (self, filter);
}

static GtkWidget *
create_tag_button (PursuitSearchFilters *self,
                   const char           *tag)
{
  GtkWidget *button = gtk_toggle_button_new_with_label (tag);
  g_autofree char *tooltip = NULL;

  /* Translators: %s is a tag the user gave some jobs. */
  tooltip = g_strdup_printf (_("Show only jobs tagged “%s”"), tag);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), filter_has_tag (self->filter, tag));
  gtk_widget_add_css_class (button, "search-filter-tag");
  g_signal_connect_object (button, "toggled", G_CALLBACK (on_control_changed_cb),
                           self, G_CONNECT_SWAPPED);

  return button;
}

/* Tags and sources come and go with the jobs: list them afresh each time
 * the popover opens rather than following every change to the store. */
static void
on_popover_show_cb (PursuitSearchFilters *self)
{
  sync_controls (self);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  pursuit_search_filters_clear (PURSUIT_SEARCH_FILTERS (widget));
}

static void
pursuit_search_filters_dispose (GObject *object)
{
  PursuitSearchFilters *self = (PursuitSearchFilters *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_SEARCH_FILTERS);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_search_filters_parent_class)->dispose (object);
}

static void
pursuit_search_filters_finalize (GObject *object)
{
  PursuitSearchFilters *self = (PursuitSearchFilters *)object;

  g_clear_pointer (&self->filter, pursuit_job_filter_unref);
  g_clear_pointer (&self->currency, g_free);

  G_OBJECT_CLASS (pursuit_search_filters_parent_class)->finalize (object);
}

static void
pursuit_search_filters_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PursuitSearchFilters *self = PURSUIT_SEARCH_FILTERS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_FILTER:
      g_value_set_boxed (value, self->filter);
      break;
    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_search_filters_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PursuitSearchFilters *self = PURSUIT_SEARCH_FILTERS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      pursuit_search_filters_set_store (self, g_value_get_object (value));
      break;
    case PROP_FILTER:
      pursuit_search_filters_set_filter (self, g_value_get_boxed (value));
      break;
    case PROP_CURRENCY:
      pursuit_search_filters_set_currency (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_search_filters_class_init (PursuitSearchFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_search_filters_dispose;
  object_class->finalize = pursuit_search_filters_finalize;
  object_class->get_property = pursuit_search_filters_get_property;
  object_class->set_property = pursuit_search_filters_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_FILTER] =
    g_param_spec_boxed ("filter", NULL, NULL, PURSUIT_TYPE_JOB_FILTER,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitSearchFilters::changed:
   * @self: the filters
   * @filter: the new filter; never changed afterwards, so it may be kept
   *
   * Emitted whenever the filter changes, from the controls or the code.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PURSUIT_TYPE_JOB_FILTER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-search-filters.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "searchfilters");

  gtk_widget_class_bind_template_child (widget_class, PursuitSearchFilters, button);
  gtk_widget_class_bind_template_child (widget_class, PursuitSearchFilters, popover);
  gtk_widget_class_bind_template_child (widget_class, PursuitSearchFilters, remote_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitSearchFilters, salary_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitSearchFilters, salary_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitSearchFilters, source_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PursuitSearchFilters, source_list);
  gtk_widget_class_bind_template_child (widget_class, PursuitSearchFilters, tags_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitSearchFilters, no_tags_label);
  gtk_widget_class_bind_template_callback (widget_class, on_control_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);

  gtk_widget_class_install_action (widget_class, "search-filters.clear", NULL, clear_action);
}

static void
pursuit_search_filters_init (PursuitSearchFilters *self)
{
  self->filter = pursuit_job_filter_new ();
  self->currency = locale_currency ();

  gtk_widget_init_template (GTK_WIDGET (self));

  sync_controls (self);
  update_salary_subtitle (self);
  update_indicator (self);
}

/**
 * pursuit_search_filters_new:
 * @store: (nullable): the store whose sources and tags to offer
 *
 * Returns: (transfer full): a new filter button
 */
GtkWidget *
pursuit_search_filters_new (PursuitStore *store)
{
  g_return_val_if_fail (store == NULL || PURSUIT_IS_STORE (store), NULL);

  return g_object_new (PURSUIT_TYPE_SEARCH_FILTERS, "store", store, NULL);
}

PursuitStore *
pursuit_search_filters_get_store (PursuitSearchFilters *self)
{
  g_return_val_if_fail (PURSUIT_IS_SEARCH_FILTERS (self), NULL);
  return self->store;
}

/**
 * pursuit_search_filters_set_store:
 * @self: the filters
 * @store: (nullable): the store whose sources and tags to offer
 */
void
pursuit_search_filters_set_store (PursuitSearchFilters *self,
                                  PursuitStore         *store)
{
  g_return_if_fail (PURSUIT_IS_SEARCH_FILTERS (self));
  g_return_if_fail (store == NULL || PURSUIT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  sync_controls (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

/**
 * pursuit_search_filters_get_filter:
 * @self: the filters
 *
 * Returns: (transfer none): the current filter; empty when none is on.
 *   It never changes: a change makes a new one.
 */
PursuitJobFilter *
pursuit_search_filters_get_filter (PursuitSearchFilters *self)
{
  g_return_val_if_fail (PURSUIT_IS_SEARCH_FILTERS (self), NULL);
  return self->filter;
}

/**
 * pursuit_search_filters_set_filter:
 * @self: the filters
 * @filter: (nullable): the filter to show; %NULL for none
 *
 * Shows @filter in the controls. Emits "changed" when it differs from the
 * current one.
 */
void
pursuit_search_filters_set_filter (PursuitSearchFilters *self,
                                   PursuitJobFilter     *filter)
{
  g_autoptr(PursuitJobFilter) empty = NULL;

  g_return_if_fail (PURSUIT_IS_SEARCH_FILTERS (self));

  if (filter == NULL)
    filter = empty = pursuit_job_filter_new ();

  if (pursuit_job_filter_equal (self->filter, filter))
    return;

  g_clear_pointer (&self->filter, pursuit_job_filter_unref);
  self->filter = pursuit_job_filter_copy (filter);
  sync_controls (self);

  update_indicator (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILTER]);
  g_signal_emit (self, signals [CHANGED], 0, self->filter);
}

/**
 * pursuit_search_filters_clear:
 * @self: the filters
 *
 * Turns every filter off.
 */
void
pursuit_search_filters_clear (PursuitSearchFilters *self)
{
  g_return_if_fail (PURSUIT_IS_SEARCH_FILTERS (self));

  pursuit_search_filters_set_filter (self, NULL);
}

const char *
pursuit_search_filters_get_currency (PursuitSearchFilters *self)
{
  g_return_val_if_fail (PURSUIT_IS_SEARCH_FILTERS (self), NULL);
  return self->currency;
}

/**
 * pursuit_search_filters_set_currency:
 * @self: the filters
 * @currency: (nullable): the currency the minimum salary is in, such as
 *   "EUR", or %NULL to name none. It defaults to the locale's.
 *
 * The filter does not convert currencies: this only says which one the
 * user is comparing in.
 */
void
pursuit_search_filters_set_currency (PursuitSearchFilters *self,
                                     const char           *currency)
{
  g_autofree char *normalized = NULL;

  g_return_if_fail (PURSUIT_IS_SEARCH_FILTERS (self));

  if (currency != NULL && g_utf8_validate (currency, -1, NULL))
    normalized = g_strstrip (g_strdup (currency));
  if (normalized != NULL && normalized[0] == '\0')
    g_clear_pointer (&normalized, g_free);

  if (g_strcmp0 (self->currency, normalized) == 0)
    return;

  g_free (self->currency);
  self->currency = g_steal_pointer (&normalized);
  update_salary_subtitle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CURRENCY]);
}

/**
 * pursuit_search_filters_describe:
 * @filter: a filter
 *
 * Returns: (transfer full): the criteria of @filter that are on, one a
 *   line, for a tooltip; empty when none is
 */
char *
pursuit_search_filters_describe (PursuitJobFilter *filter)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char * const *tags;
  gint64 min_salary;

  g_return_val_if_fail (filter != NULL, NULL);

  if (pursuit_job_filter_get_job_ids (filter, NULL) != NULL)
    {
      const char *label = pursuit_job_filter_get_label (filter);

      /* Translators: %s names jobs picked in Reports, such as "Funnel: Applied". */
      g_string_append_printf (text, _("Only %s"), label != NULL ? label : _("the jobs picked in Reports"));
      g_string_append_c (text, '\n');
    }

  if (pursuit_job_filter_get_remote_only (filter))
    g_string_append_printf (text, "%s\n", _("Remote only"));

  min_salary = pursuit_job_filter_get_min_salary (filter);
  if (min_salary > 0)
    {
      g_autofree char *amount = g_strdup_printf ("%'" G_GINT64_FORMAT, min_salary);

      /* Translators: %s is an amount of money per year, such as 80,000. */
      g_string_append_printf (text, _("Salary at least %s a year"), amount);
      g_string_append_c (text, '\n');
    }

  if (pursuit_job_filter_get_source (filter) != NULL)
    {
      g_autofree char *source = g_utf8_make_valid (pursuit_job_filter_get_source (filter), -1);

      /* Translators: %s is where jobs were found, such as LinkedIn. */
      g_string_append_printf (text, _("From %s"), source);
      g_string_append_c (text, '\n');
    }

  tags = pursuit_job_filter_get_tags (filter);
  if (tags[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **)tags);
      g_autofree char *valid = g_utf8_make_valid (joined, -1);

      /* Translators: %s is a list of tags, such as "rust, dream job". */
      g_string_append_printf (text, _("Tagged %s"), valid);
      g_string_append_c (text, '\n');
    }

  if (text->len > 0)
    g_string_truncate (text, text->len - 1);

  return g_string_free (g_steal_pointer (&text), FALSE);
}
