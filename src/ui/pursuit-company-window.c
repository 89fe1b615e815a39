/* pursuit-company-window.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-company"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-company-window-private.h"
#include "pursuit-company-window.h"
#include "pursuit-report.h"

#define NOTES_SAVE_DELAY_MS 500

struct _PursuitCompanyWindow
{
  AdwWindow            parent_instance;

  PursuitStore        *store;
  PursuitAiProvider   *provider;
  char                *key;
  PursuitCompany      *company;
  GCancellable        *cancellable;
  GPtrArray           *job_rows;
  GPtrArray           *contact_rows;
  GPtrArray           *outcome_tiles;
  guint                reload_source;
  guint                notes_source;
  gboolean             loading_notes;
  gboolean             summarizing;

  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  AdwPreferencesGroup *about_group;
  AdwActionRow        *industry_row;
  AdwActionRow        *size_row;
  AdwActionRow        *website_row;
  GtkButton           *website_button;
  AdwActionRow        *locations_row;
  GtkLabel            *description_label;
  AdwPreferencesGroup *summary_group;
  GtkSpinner          *summary_spinner;
  GtkButton           *summarize_button;
  GtkLabel            *summary_label;
  GtkBox              *outcomes_box;
  AdwPreferencesGroup *jobs_group;
  AdwPreferencesGroup *contacts_group;
  GtkTextView         *notes_view;
};

G_DEFINE_FINAL_TYPE (PursuitCompanyWindow, pursuit_company_window, ADW_TYPE_WINDOW)

enum {
  OPEN_JOB,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
show_toast (PursuitCompanyWindow *self,
            const char           *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || text[0] == '\0';
}

/* Only web addresses leave the app from this page: a posting could put
 * anything in its "sameAs". */
static gboolean
is_web_address (const char *uri)
{
  const char *scheme = uri != NULL ? g_uri_peek_scheme (uri) : NULL;

  return scheme != NULL && (g_str_equal (scheme, "http") || g_str_equal (scheme, "https"));
}

static void
launch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PursuitCompanyWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_debug ("Could not open an address: %s", error->message);
  show_toast (self, _("No application could open this address"));
}

static void
launch_uri (PursuitCompanyWindow *self,
            const char           *uri)
{
  g_autoptr(GAppLaunchContext) context = NULL;

  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self))));
  g_app_info_launch_default_for_uri_async (uri, context, self->cancellable, launch_cb, g_object_ref (self));
}

/* About */

static void
set_fact_row (AdwActionRow *row,
              const char   *value)
{
  gtk_widget_set_visible (GTK_WIDGET (row), !is_empty (value));
  adw_action_row_set_subtitle (row, value != NULL ? value : "");
}

static char *
website_label (const char *website,
               const char *domain)
{
  g_autoptr(GUri) uri = NULL;

  if (!is_empty (domain))
    return g_strdup (domain);

  uri = g_uri_parse (website, G_URI_FLAGS_NONE, NULL);
  if (uri != NULL && !is_empty (g_uri_get_host (uri)))
    return g_strdup (g_uri_get_host (uri));

  return g_strdup (website);
}

static void
load_about (PursuitCompanyWindow *self)
{
  PursuitCompany *company = self->company;
  const char *website = pursuit_company_get_website (company);
  const char * const *locations = pursuit_company_get_locations (company);
  const char *description = pursuit_company_get_description (company);
  gint64 updated_at = pursuit_company_get_info_updated_at (company);
  g_autofree char *joined = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *size_text = NULL;
  gboolean has_website = is_web_address (website);

  set_fact_row (self->industry_row, pursuit_company_get_industry (company));
  if (!is_empty (pursuit_company_get_size (company)))
    /* Translators: how many people work at a company, as a posting said it, e.g. "51-200 employees" */
    size_text = g_strdup_printf (_("%s employees"), pursuit_company_get_size (company));
  set_fact_row (self->size_row, size_text);

  gtk_widget_set_visible (GTK_WIDGET (self->website_row), has_website);
  if (has_website)
    {
      g_autofree char *label = website_label (website, pursuit_company_get_domain (company));

      gtk_button_set_label (self->website_button, label);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->website_button), website);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->website_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open Website"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, website,
                                      -1);
    }

  if (locations != NULL && locations[0] != NULL)
    joined = g_strjoinv (" · ", (char **) locations);
  set_fact_row (self->locations_row, joined);

  gtk_label_set_text (self->description_label, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), !is_empty (description));

  /* libadwaita 1.2 keeps the group's boxed list visible while it has rows,
   * even hidden ones: with no facts it drew as an empty sliver. */
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->industry_row)),
                          gtk_widget_get_visible (GTK_WIDGET (self->industry_row)) ||
                          gtk_widget_get_visible (GTK_WIDGET (self->size_row)) ||
                          has_website ||
                          gtk_widget_get_visible (GTK_WIDGET (self->locations_row)));

  if (updated_at > 0)
    {
      g_autofree char *day = _pursuit_company_format_day (updated_at);

      /* Translators: where the company's facts come from, e.g. "From postings, as of 3 Mar 2026" */
      caption = g_strdup_printf (_("From postings, as of %s"), day != NULL ? day : "");
    }
  else
    caption = g_strdup (_("Nothing known yet"));
  adw_preferences_group_set_description (self->about_group, caption);
}

/* Summary */

static PursuitAiClient *
get_ai_client (PursuitCompanyWindow *self)
{
  return self->provider != NULL ? pursuit_ai_provider_get_client (self->provider) : NULL;
}

static void
update_summary (PursuitCompanyWindow *self)
{
  const char *summary = self->company != NULL ? pursuit_company_get_summary (self->company) : NULL;
  gboolean has_ai = get_ai_client (self) != NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->summarize_button), has_ai);
  gtk_widget_set_sensitive (GTK_WIDGET (self->summarize_button), !self->summarizing);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_spinner), self->summarizing);
  gtk_spinner_set_spinning (self->summary_spinner, self->summarizing);

  if (!is_empty (summary))
    {
      gtk_label_set_text (self->summary_label, summary);
      gtk_widget_remove_css_class (GTK_WIDGET (self->summary_label), "dim-label");
    }
  else
    {
      gtk_label_set_text (self->summary_label, _("No summary yet."));
      gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->summary_group), has_ai || !is_empty (summary));
}

static GPtrArray *
list_company_jobs (PursuitCompanyWindow *self)
{
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  const gint64 *ids;
  guint n_ids = 0;

  ids = pursuit_company_get_job_ids (self->company, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      PursuitJob *job = pursuit_store_get_job (self->store, ids[i], NULL);

      if (job != NULL)
        g_ptr_array_add (jobs, job);
    }

  return g_steal_pointer (&jobs);
}

static void
summarize_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PursuitCompanyWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  summary = pursuit_ai_client_summarize_company_finish (PURSUIT_AI_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->summarizing = FALSE;
  if (summary == NULL)
    {
      g_debug ("No company summary: %s", error->message);
      show_toast (self, _("The AI could not write a summary"));
      update_summary (self);
      return;
    }

  if (self->company != NULL)
    {
      pursuit_company_set_summary (self->company, summary);
      if (!pursuit_store_set_company_summary (self->store, pursuit_company_get_key (self->company), summary, &error))
        {
          g_warning ("Could not keep the company summary: %s", error->message);
          show_toast (self, _("Could not save the summary"));
        }
    }
  update_summary (self);
}

static void
summarize_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitCompanyWindow *self = PURSUIT_COMPANY_WINDOW (widget);
  PursuitAiClient *client = get_ai_client (self);
  g_autoptr(GPtrArray) jobs = NULL;

  if (client == NULL || self->company == NULL || self->summarizing)
    return;

  jobs = list_company_jobs (self);
  self->summarizing = TRUE;
  update_summary (self);
  pursuit_ai_client_summarize_company_async (client, self->company, jobs, self->cancellable,
                                             summarize_cb, g_object_ref (self));
}

static void
on_provider_changed_cb (PursuitCompanyWindow *self)
{
  update_summary (self);
}

/* Jobs and outcomes */

static void
on_job_row_activated_cb (AdwActionRow         *row,
                         PursuitCompanyWindow *self)
{
  g_signal_emit (self, signals [OPEN_JOB], 0, _pursuit_company_job_row_get_id (GTK_WIDGET (row)));
}

static void
add_outcome_tile (PursuitCompanyWindow *self,
                  const char           *name,
                  const char           *caption,
                  const char           *value)
{
  GtkWidget *tile = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *number = gtk_label_new (value);
  GtkWidget *text = gtk_label_new (caption);
  /* Translators: an outcome read out, e.g. "Interviews: 2" */
  g_autofree char *accessible = g_strdup_printf (_("%s: %s"), caption, value);

  gtk_widget_set_name (number, name);
  gtk_widget_add_css_class (number, "title-2");
  gtk_widget_add_css_class (text, "caption");
  gtk_widget_add_css_class (text, "dim-label");
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (tile, 12);
  gtk_widget_set_margin_bottom (tile, 12);
  gtk_box_append (GTK_BOX (tile), number);
  gtk_box_append (GTK_BOX (tile), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (tile), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_box_append (self->outcomes_box, tile);
  g_ptr_array_add (self->outcome_tiles, tile);
}

static void
load_outcomes (PursuitCompanyWindow *self,
               const PursuitCompanyOutcomes *outcomes)
{
  g_autofree char *applied = g_strdup_printf ("%u", outcomes->applied);
  g_autofree char *interviews = g_strdup_printf ("%u", outcomes->interviews);
  g_autofree char *offers = g_strdup_printf ("%u", outcomes->offers);
  g_autofree char *rejections = g_strdup_printf ("%u", outcomes->rejections);
  g_autofree char *rate = NULL;

  for (guint i = 0; i < self->outcome_tiles->len; i++)
    gtk_box_remove (self->outcomes_box, g_ptr_array_index (self->outcome_tiles, i));
  g_ptr_array_set_size (self->outcome_tiles, 0);

  /* Rates read the same here as on the Reports page. */
  if (outcomes->applied > 0)
    rate = pursuit_report_format_percent ((double)outcomes->responded / outcomes->applied);
  else
    rate = g_strdup ("—");

  add_outcome_tile (self, "outcome-applied", _("Applied"), applied);
  add_outcome_tile (self, "outcome-interviews", _("Interviews"), interviews);
  add_outcome_tile (self, "outcome-offers", _("Offers"), offers);
  add_outcome_tile (self, "outcome-rejections", _("Rejections"), rejections);
  add_outcome_tile (self, "outcome-response-rate", _("Response Rate"), rate);
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static GHashTable *
stages_by_key (PursuitStore *store)
{
  g_autoptr(GPtrArray) stages = pursuit_store_list_stages (store);
  GHashTable *by_key = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; stages != NULL && i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);

      g_hash_table_insert (by_key, (gpointer) pursuit_stage_get_key (stage), g_object_ref (stage));
    }

  return by_key;
}

/* Contacts */

static void
on_email_clicked_cb (GtkButton            *button,
                     PursuitCompanyWindow *self)
{
  const char *email = g_object_get_data (G_OBJECT (button), "email");
  g_autofree char *escaped = g_uri_escape_string (email, "@+", FALSE);
  g_autofree char *uri = g_strconcat ("mailto:", escaped, NULL);

  launch_uri (self, uri);
}

static void
load_jobs_and_contacts (PursuitCompanyWindow *self)
{
  g_autoptr(GPtrArray) jobs = list_company_jobs (self);
  g_autoptr(GHashTable) stages = stages_by_key (self->store);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *jobs_description = NULL;
  PursuitCompanyOutcomes outcomes = { 0, };

  clear_rows (self->jobs_group, self->job_rows);
  clear_rows (self->contacts_group, self->contact_rows);

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      PursuitStage *stage = g_hash_table_lookup (stages, pursuit_job_get_stage (job));
      GtkWidget *row = _pursuit_company_job_row_new (job, stage);

      adw_preferences_group_add (self->jobs_group, row);
      g_ptr_array_add (self->job_rows, row);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_job_row_activated_cb), self, 0);
      _pursuit_company_outcomes_count (&outcomes,
                                       stage != NULL ? pursuit_stage_get_category (stage) : pursuit_job_get_stage (job),
                                       job);
    }

  /* Translators: the description of a company's Jobs group */
  jobs_description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u job", "%u jobs", jobs->len), jobs->len);
  adw_preferences_group_set_description (self->jobs_group, jobs_description);
  load_outcomes (self, &outcomes);

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      g_autoptr(GPtrArray) contacts = pursuit_store_list_contacts (self->store, pursuit_job_get_id (job));

      for (guint j = 0; contacts != NULL && j < contacts->len; j++)
        {
          PursuitContact *contact = g_ptr_array_index (contacts, j);
          char *identity = _pursuit_company_contact_identity (contact);
          GtkWidget *email_button;
          GtkWidget *row;

          if (identity[0] != '\0' && !g_hash_table_add (seen, identity))
            continue;
          if (identity[0] == '\0')
            g_free (identity);

          row = _pursuit_company_contact_row_new (contact, job, &email_button);
          if (email_button != NULL)
            g_signal_connect_object (email_button, "clicked", G_CALLBACK (on_email_clicked_cb), self, 0);
          adw_preferences_group_add (self->contacts_group, row);
          g_ptr_array_add (self->contact_rows, row);
        }
    }

  adw_preferences_group_set_description (self->contacts_group,
                                         self->contact_rows->len == 0 ? _("No contacts in its jobs yet") : NULL);
}

/* Notes */

static char *
get_notes_text (PursuitCompanyWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
save_notes (PursuitCompanyWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->notes_source, g_source_remove);
  if (self->company == NULL)
    return;

  text = get_notes_text (self);
  if (g_strcmp0 (text, pursuit_company_get_notes (self->company)) == 0 ||
      (is_empty (text) && is_empty (pursuit_company_get_notes (self->company))))
    return;

  pursuit_company_set_notes (self->company, text);
  if (!pursuit_store_set_company_notes (self->store, pursuit_company_get_key (self->company), text, &error))
    {
      g_warning ("Could not save the company notes: %s", error->message);
      show_toast (self, _("Could not save the notes"));
    }
}

static gboolean
save_notes_cb (gpointer user_data)
{
  PursuitCompanyWindow *self = user_data;

  self->notes_source = 0;
  save_notes (self);

  return G_SOURCE_REMOVE;
}

static void
on_notes_changed_cb (PursuitCompanyWindow *self)
{
  if (self->loading_notes)
    return;

  g_clear_handle_id (&self->notes_source, g_source_remove);
  self->notes_source = g_timeout_add (NOTES_SAVE_DELAY_MS, save_notes_cb, self);
}

static void
load_notes (PursuitCompanyWindow *self)
{
  const char *notes = pursuit_company_get_notes (self->company);
  g_autofree char *current = NULL;

  /* Never under the user's fingers: what they typed is saved soon. */
  if (self->notes_source != 0)
    return;

  current = get_notes_text (self);
  if (g_strcmp0 (current, notes != NULL ? notes : "") == 0)
    return;

  self->loading_notes = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);
  self->loading_notes = FALSE;
}

/* Loading */

static void
load_company (PursuitCompanyWindow *self)
{
  g_autoptr(PursuitCompany) company = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  const char *domain;

  company = pursuit_store_get_company (self->store, self->key, &error);
  if (company == NULL)
    {
      if (!g_error_matches (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND))
        g_warning ("Could not read the company %s: %s", self->key, error->message);
      g_clear_object (&self->company);
      gtk_stack_set_visible_child_name (self->stack, "missing");
      update_summary (self);
      return;
    }

  g_set_object (&self->company, company);
  name = pursuit_company_get_name (company);
  domain = pursuit_company_get_domain (company);
  gtk_window_set_title (GTK_WINDOW (self), name);
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, domain != NULL ? domain : "");

  load_about (self);
  update_summary (self);
  load_jobs_and_contacts (self);
  load_notes (self);
  gtk_stack_set_visible_child_name (self->stack, "company");
}

static gboolean
reload_cb (gpointer user_data)
{
  PursuitCompanyWindow *self = user_data;

  self->reload_source = 0;
  load_company (self);

  return G_SOURCE_REMOVE;
}

/* Many store signals may come from one change: read the company once. */
static void
on_store_changed_cb (PursuitCompanyWindow *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_cb, self);
}

static void
open_website_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitCompanyWindow *self = PURSUIT_COMPANY_WINDOW (widget);
  const char *website = self->company != NULL ? pursuit_company_get_website (self->company) : NULL;

  if (is_web_address (website))
    launch_uri (self, website);
}

/* GObject */

static void
pursuit_company_window_dispose (GObject *object)
{
  PursuitCompanyWindow *self = (PursuitCompanyWindow *)object;

  /* Closing within the delay keeps what was typed. */
  if (self->notes_source != 0 && self->store != NULL)
    save_notes (self);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->notes_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_COMPANY_WINDOW);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->company);
  g_clear_object (&self->provider);
  g_clear_object (&self->store);
  g_clear_pointer (&self->job_rows, g_ptr_array_unref);
  g_clear_pointer (&self->contact_rows, g_ptr_array_unref);
  g_clear_pointer (&self->outcome_tiles, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_company_window_parent_class)->dispose (object);
}

static void
pursuit_company_window_finalize (GObject *object)
{
  PursuitCompanyWindow *self = (PursuitCompanyWindow *)object;

  g_free (self->key);

  G_OBJECT_CLASS (pursuit_company_window_parent_class)->finalize (object);
}

static void
pursuit_company_window_class_init (PursuitCompanyWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_company_window_dispose;
  object_class->finalize = pursuit_company_window_finalize;

  /**
   * PursuitCompanyWindow::open-job:
   * @job_id: the job the user activated
   *
   * The window's owner shows the job.
   */
  signals [OPEN_JOB] =
    g_signal_new ("open-job", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-company-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, about_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, industry_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, size_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, website_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, website_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, locations_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, description_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, summary_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, summary_spinner);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, summarize_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, outcomes_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, jobs_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitCompanyWindow, notes_view);

  gtk_widget_class_install_action (widget_class, "company.summarize", NULL, summarize_action);
  gtk_widget_class_install_action (widget_class, "company.open-website", NULL, open_website_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_company_window_init (PursuitCompanyWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->job_rows = g_ptr_array_new ();
  self->contact_rows = g_ptr_array_new ();
  self->outcome_tiles = g_ptr_array_new ();

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * pursuit_company_window_new:
 * @parent: (nullable): the main window
 * @store: the store
 * @company_key: the company's key, pursuit_company_key_for_name ()
 * @provider: (nullable): the optional AI
 *
 * Returns: (transfer floating): a new company window, not yet presented
 */
GtkWidget *
pursuit_company_window_new (GtkWindow         *parent,
                            PursuitStore      *store,
                            const char        *company_key,
                            PursuitAiProvider *provider)
{
  static const char * const store_signals[] = {
    "company-changed", "job-added", "job-changed", "job-removed", "stage-changed",
    "stages-changed", "contacts-changed", "reloaded",
  };
  PursuitCompanyWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (company_key != NULL, NULL);
  g_return_val_if_fail (provider == NULL || PURSUIT_IS_AI_PROVIDER (provider), NULL);

  self = g_object_new (PURSUIT_TYPE_COMPANY_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->key = g_strdup (company_key);

  for (guint i = 0; i < G_N_ELEMENTS (store_signals); i++)
    g_signal_connect_object (store, store_signals[i], G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);

  if (provider != NULL)
    {
      self->provider = g_object_ref (provider);
      g_signal_connect_object (provider, "changed", G_CALLBACK (on_provider_changed_cb), self, G_CONNECT_SWAPPED);
    }

  load_company (self);

  return GTK_WIDGET (self);
}

const char *
pursuit_company_window_get_key (PursuitCompanyWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_COMPANY_WINDOW (self), NULL);

  return self->key;
}

/**
 * pursuit_company_window_get_company:
 *
 * Returns: (transfer none) (nullable): the company as last read, NULL when
 *   no job has it
 */
PursuitCompany *
pursuit_company_window_get_company (PursuitCompanyWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_COMPANY_WINDOW (self), NULL);

  return self->company;
}
