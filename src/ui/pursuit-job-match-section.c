/* pursuit-job-match-section.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-page"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "pursuit-document-editor.h"
#include "pursuit-job-match-section.h"
#include "pursuit-job-page-private.h"
#include "pursuit-match-gauge.h"
#include "pursuit-practice-window.h"
#include "pursuit-store-matching.h"

/* How the job matches the active CV: the score as a gauge with its
 * breakdown, every skill the posting asks for and how the user stands,
 * what to learn first, and, with the optional AI, an explanation. Also
 * the way into interview practice and a cover letter draft, and the
 * practice sessions held for this job. Follows profile-changed (a new or
 * corrected CV), the job's title and description, and practice-changed. */

struct _PursuitJobMatchSection
{
  PursuitJobSection   parent_instance;

  PursuitAiProvider  *ai_provider;
  PursuitMatchResult *result;
  PursuitJob         *job;
  /* Title and description the result was computed from: a job-changed
   * that only moved the job or wrote its score changes nothing here. */
  char               *analyzed_text;
  GCancellable       *explain_cancellable;
  gboolean            explain_started;

  GtkSizeGroup       *asked_group;
  GtkSizeGroup       *you_group;
  GtkSizeGroup       *status_group;

  GtkStack           *state_stack;
  PursuitMatchGauge  *gauge;
  GtkGrid            *breakdown_grid;
  GtkLabel           *summary_label;
  GtkLabel           *skills_heading;
  GtkListBox         *skills_list;
  GtkLabel           *learning_heading;
  GtkListBox         *learning_list;
  GtkExpander        *explain_expander;
  GtkSpinner         *explain_spinner;
  GtkLabel           *explain_label;
  GtkListBox         *history_list;
};

G_DEFINE_FINAL_TYPE (PursuitJobMatchSection, pursuit_job_match_section, PURSUIT_TYPE_JOB_SECTION)

static const struct {
  const char *key;
  const char *label;
} learning_kinds[] = {
  { "course", N_("Course") },
  { "book", N_("Book") },
  { "project", N_("Project") },
  { "practice", N_("Practice") },
  { "tutorial", N_("Tutorial") },
  { "documentation", N_("Documentation") },
  { "docs", N_("Documentation") },
  { "certification", N_("Certification") },
  { "workshop", N_("Workshop") },
  { "video", N_("Video Course") },
  { "mentoring", N_("Mentoring") },
  { "training", N_("Training") },
};

static const char *
learning_kind_label (const char *key)
{
  if (key == NULL || key[0] == '\0')
    return _("Self-study");

  for (guint i = 0; i < G_N_ELEMENTS (learning_kinds); i++)
    if (g_ascii_strcasecmp (learning_kinds[i].key, key) == 0)
      return _(learning_kinds[i].label);

  /* A kind the taxonomy added later: shown as it is written there. */
  return key;
}

static GtkWindow *
parent_window (PursuitJobMatchSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static PursuitAiClient *
current_ai_client (PursuitJobMatchSection *self)
{
  return self->ai_provider != NULL ? pursuit_ai_provider_get_client (self->ai_provider) : NULL;
}

static char *
job_text_key (PursuitJob *job)
{
  return g_strconcat (pursuit_job_get_title (job) ? pursuit_job_get_title (job) : "", "\x1f",
                      pursuit_job_get_description (job) ? pursuit_job_get_description (job) : "",
                      NULL);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_BOX (box))
        gtk_box_remove (GTK_BOX (box), child);
      else if (GTK_IS_GRID (box))
        gtk_grid_remove (GTK_GRID (box), child);
      else
        gtk_widget_unparent (child);
    }
}

/* The breakdown */

static void
add_breakdown_row (PursuitJobMatchSection *self,
                   int                     row,
                   const char             *name,
                   double                  fraction,
                   int                     weight,
                   const char             *detail)
{
  GtkWidget *label = _pursuit_job_page_new_label (name, NULL);
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
  int points = (int) round (CLAMP (fraction, 0, 1) * weight);
  /* Translators: points of a part of the match score, e.g. "38 of 50" */
  g_autofree char *value = g_strdup_printf (_("%d of %d"), points, weight);
  GtkWidget *value_label = gtk_label_new (value);
  g_autofree char *accessible = g_strdup_printf ("%s: %s", name, value);

  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  gtk_widget_set_tooltip_text (label, detail);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (fraction, 0, 1));
  /* The bar is the colour of its share, not a warning. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 24, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  gtk_label_set_xalign (GTK_LABEL (value_label), 1);
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_widget_set_name (value_label, name);

  gtk_grid_attach (self->breakdown_grid, label, 0, row, 1, 1);
  gtk_grid_attach (self->breakdown_grid, bar, 1, row, 1, 1);
  gtk_grid_attach (self->breakdown_grid, value_label, 2, row, 1, 1);
}

static char *
years_text (double years)
{
  int whole = (int) round (years);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", whole), whole);
}

static void
load_breakdown (PursuitJobMatchSection *self,
                PursuitMatchResult     *result)
{
  g_autofree char *user_years = years_text (pursuit_match_result_get_user_years (result));
  g_autofree char *min_years = years_text (pursuit_match_result_get_min_years (result));
  g_autofree char *experience = NULL;
  g_autofree char *education = NULL;
  const char *user_education = pursuit_education_level_get_label (pursuit_match_result_get_user_education (result));
  const char *required_education = pursuit_education_level_get_label (pursuit_match_result_get_required_education (result));

  /* Translators: the experience part of a match, e.g. "You: 4 years; asked: 5 years" */
  experience = g_strdup_printf (_("You: %s; asked: %s"), user_years,
                                pursuit_match_result_get_min_years (result) > 0 ? min_years : _("not stated"));
  /* Translators: the education part of a match, e.g. "You: Master's degree; asked: Bachelor's degree" */
  education = g_strdup_printf (_("You: %s; asked: %s"),
                               user_education[0] != '\0' ? user_education : _("not stated"),
                               required_education[0] != '\0' ? required_education : _("not stated"));

  clear_box (GTK_WIDGET (self->breakdown_grid));
  add_breakdown_row (self, 0, _("Required skills"), pursuit_match_result_get_required (result), 50, NULL);
  add_breakdown_row (self, 1, _("Preferred skills"), pursuit_match_result_get_preferred (result), 20, NULL);
  add_breakdown_row (self, 2, _("Experience"), pursuit_match_result_get_experience (result), 20, experience);
  add_breakdown_row (self, 3, _("Education"), pursuit_match_result_get_education (result), 10, education);
}

/* The skill table */

static const char *
kind_css_class (PursuitSkillMatchKind kind)
{
  switch (kind)
    {
    case PURSUIT_SKILL_MATCH_MATCHING:
      return "success";
    case PURSUIT_SKILL_MATCH_PARTIAL:
      return "warning";
    case PURSUIT_SKILL_MATCH_TRANSFERABLE:
      return "accent";
    case PURSUIT_SKILL_MATCH_MISSING:
    default:
      return "error";
    }
}

/* A cell of the skill table, @detail on a second line. */
static GtkWidget *
new_cell (GtkSizeGroup *group,
          const char   *text,
          const char   *detail,
          const char   *css_class)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = _pursuit_job_page_new_label (text, css_class);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  if (detail != NULL && detail[0] != '\0')
    {
      GtkWidget *caption = _pursuit_job_page_new_label (detail, "caption");

      /* Rows shrink only their first column (the skill, with how it
       * transfers), so that the other columns stay aligned. */
      gtk_label_set_wrap (GTK_LABEL (caption), group == NULL);
      gtk_label_set_wrap_mode (GTK_LABEL (caption), PANGO_WRAP_WORD);
      gtk_box_append (GTK_BOX (box), caption);
    }

  /* The narrow columns keep their words whole; the skill's name wraps. */
  if (group != NULL)
    {
      gtk_label_set_wrap (GTK_LABEL (label), FALSE);
      gtk_size_group_add_widget (group, box);
    }

  return box;
}

static GtkWidget *
new_table_row (PursuitJobMatchSection *self,
               GtkWidget              *name,
               GtkWidget              *asked,
               GtkWidget              *you,
               GtkWidget              *status)
{
  GtkWidget *row = gtk_list_box_row_new ();
  /* Narrow: the skill's name keeps room for a word such as "PostgreSQL"
   * beside the other columns in a 360 px wide page. */
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "match-skill-row");
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), asked);
  gtk_box_append (GTK_BOX (box), you);
  gtk_box_append (GTK_BOX (box), status);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static GtkWidget *
new_header_row (PursuitJobMatchSection *self)
{
  GtkWidget *row;

  row = new_table_row (self,
                       new_cell (NULL, _("Skill"), NULL, "caption-heading"),
                       new_cell (self->asked_group, _("Asked"), NULL, "caption-heading"),
                       new_cell (self->you_group, _("You"), NULL, "caption-heading"),
                       new_cell (self->status_group, _("Status"), NULL, "caption-heading"));
  gtk_widget_add_css_class (row, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Skill, asked, you, status"),
                                  -1);
  return row;
}

static GtkWidget *
new_skill_row (PursuitJobMatchSection  *self,
               const PursuitSkillMatch *skill)
{
  const char *importance = skill->required ? _("Required") : _("Preferred");
  const char *asked_level = pursuit_skill_level_get_label (skill->required_level);
  const char *user_level = pursuit_skill_level_get_label (skill->user_level);
  const char *status = pursuit_skill_match_kind_get_label (skill->kind);
  g_autofree char *detail = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *asked = NULL;
  g_autofree char *status_text = NULL;
  GtkWidget *row;

  if (skill->kind == PURSUIT_SKILL_MATCH_TRANSFERABLE && skill->transfer_from != NULL)
    /* Translators: a transferable skill, e.g. "via Vue.js, 70%"; add a
     * no-break space before the sign ("70 %") if your language writes it so */
    detail = g_strdup_printf (_("via %s, %d%%"), skill->transfer_from,
                              (int) round (CLAMP (skill->relevance, 0, 1) * 100));

  row = new_table_row (self,
                       new_cell (NULL, skill->name, detail, NULL),
                       new_cell (self->asked_group, importance, asked_level, "dim-label"),
                       new_cell (self->you_group, user_level[0] != '\0' ? user_level : "—", NULL, NULL),
                       new_cell (self->status_group, status, NULL, kind_css_class (skill->kind)));

  /* Without a level asked or a transfer, no stray spaces in what a screen
   * reader says ("Rust: Required; you: Expert; Matching"). */
  asked = asked_level[0] != '\0' ? g_strdup_printf ("%s %s", importance, asked_level) : g_strdup (importance);
  status_text = detail != NULL ? g_strdup_printf ("%s %s", status, detail) : g_strdup (status);
  /* Translators: a row of the skill table read out: skill, what is asked
   * (required or preferred, and a level), the user's level, status */
  accessible = g_strdup_printf (_("%s: %s; you: %s; %s"),
                                skill->name, asked,
                                user_level[0] != '\0' ? user_level : _("not claimed"),
                                status_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "skill-name", g_strdup (skill->name), g_free);
  g_object_set_data (G_OBJECT (row), "skill-kind", GINT_TO_POINTER (skill->kind));

  return row;
}

static void
load_skills (PursuitJobMatchSection *self,
             PursuitMatchResult     *result)
{
  guint n = pursuit_match_result_get_n_skills (result);

  _pursuit_job_page_clear_list (self->skills_list);
  gtk_widget_set_visible (GTK_WIDGET (self->skills_heading), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->skills_list), n > 0);
  if (n == 0)
    return;

  gtk_list_box_append (self->skills_list, new_header_row (self));
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->skills_list, new_skill_row (self, pursuit_match_result_get_skill (result, i)));
}

static void
load_learning (PursuitJobMatchSection *self,
               PursuitMatchResult     *result)
{
  g_autoptr(GArray) order = pursuit_match_result_get_learning_order (result);
  guint n = order != NULL ? order->len : 0;

  _pursuit_job_page_clear_list (self->learning_list);
  gtk_widget_set_visible (GTK_WIDGET (self->learning_heading), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->learning_list), n > 0);

  for (guint i = 0; i < n; i++)
    {
      const PursuitSkillMatch *skill = pursuit_match_result_get_skill (result, g_array_index (order, guint, i));
      g_autofree char *hours = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *title = NULL;
      GtkWidget *row;
      GtkWidget *importance;

      if (skill == NULL)
        continue;

      if (skill->learning_hours > 0)
        hours = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u hour", "about %u hours",
                                              skill->learning_hours),
                                 skill->learning_hours);

      if (skill->kind == PURSUIT_SKILL_MATCH_TRANSFERABLE && skill->transfer_from != NULL)
        /* Translators: a learning suggestion, e.g. "Course · about 20 hours · builds on Vue.js" */
        subtitle = g_strdup_printf (_("%s · %s · builds on %s"), learning_kind_label (skill->learning_kind),
                                    hours != NULL ? hours : _("time unknown"), skill->transfer_from);
      else
        subtitle = g_strdup_printf ("%s · %s", learning_kind_label (skill->learning_kind),
                                    hours != NULL ? hours : _("time unknown"));

      /* Translators: the position of a learning suggestion and the skill, e.g. "1. Kubernetes" */
      title = g_strdup_printf (_("%u. %s"), i + 1, skill->name);
      row = _pursuit_job_page_new_row (title, subtitle);
      importance = gtk_label_new (skill->required ? _("Required") : _("Preferred"));
      gtk_widget_add_css_class (importance, "dim-label");
      gtk_widget_add_css_class (importance, "caption");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), importance);
      g_object_set_data_full (G_OBJECT (row), "skill-name", g_strdup (skill->name), g_free);
      gtk_list_box_append (self->learning_list, row);
    }
}

/* One label for all lines: a box of wrapping labels inside the stack
 * came out one wrapped line short on GTK 4.8 and overlapped the table. */
static void
load_summary (PursuitJobMatchSection *self,
              PursuitMatchResult     *result)
{
  g_auto(GStrv) lines = pursuit_match_result_describe (result);
  g_autofree char *text = NULL;

  if (pursuit_match_result_get_score (result) < 0 && (lines == NULL || lines[0] == NULL))
    {
      gtk_label_set_text (self->summary_label,
                          _("This posting names no skills, years of experience or degree that Pursuit can read."));
      gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");
      return;
    }

  text = lines != NULL ? g_strjoinv ("\n", lines) : g_strdup ("");
  gtk_label_set_text (self->summary_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->summary_label), "dim-label");
}

/* The optional AI's explanation */

static void
update_explain (PursuitJobMatchSection *self)
{
  gboolean available = current_ai_client (self) != NULL &&
                       self->result != NULL &&
                       pursuit_match_result_get_score (self->result) >= 0;

  gtk_widget_set_visible (GTK_WIDGET (self->explain_expander), available);
}

static void
reset_explain (PursuitJobMatchSection *self)
{
  g_cancellable_cancel (self->explain_cancellable);
  g_clear_object (&self->explain_cancellable);
  self->explain_started = FALSE;
  gtk_spinner_stop (self->explain_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->explain_spinner), FALSE);
  gtk_label_set_text (self->explain_label, "");
  gtk_expander_set_expanded (self->explain_expander, FALSE);
}

static void
show_local_explanation (PursuitJobMatchSection *self)
{
  g_auto(GStrv) lines = self->result != NULL ? pursuit_match_result_describe (self->result) : NULL;
  g_autofree char *text = lines != NULL ? g_strjoinv ("\n", lines) : g_strdup ("");

  gtk_label_set_text (self->explain_label, text);
}

static void
explain_match_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PursuitJobMatchSection) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = pursuit_ai_client_explain_match_finish (PURSUIT_AI_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_stop (self->explain_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->explain_spinner), FALSE);

  /* Any failure: the local summary, without a fuss. */
  if (text == NULL || g_strstrip (text)[0] == '\0')
    {
      g_debug ("No explanation from the AI: %s", error != NULL ? error->message : "empty");
      show_local_explanation (self);
      return;
    }

  gtk_label_set_text (self->explain_label, text);
}

static void
on_explain_expanded_cb (PursuitJobMatchSection *self,
                        GParamSpec             *pspec,
                        GtkExpander            *expander)
{
  PursuitAiClient *client = current_ai_client (self);

  if (!gtk_expander_get_expanded (expander) || self->explain_started || self->result == NULL)
    return;

  self->explain_started = TRUE;
  if (client == NULL || self->job == NULL)
    {
      show_local_explanation (self);
      return;
    }

  self->explain_cancellable = g_cancellable_new ();
  gtk_label_set_text (self->explain_label, _("Asking the AI…"));
  gtk_widget_set_visible (GTK_WIDGET (self->explain_spinner), TRUE);
  gtk_spinner_start (self->explain_spinner);
  pursuit_ai_client_explain_match_async (client, self->job, self->result, self->explain_cancellable,
                                         explain_match_cb, g_object_ref (self));
}

static void
on_ai_provider_changed_cb (PursuitJobMatchSection *self)
{
  if (current_ai_client (self) == NULL)
    reset_explain (self);
  update_explain (self);
}

/* The practice history */

static void
load_history (PursuitJobMatchSection *self,
              PursuitStore           *store,
              gint64                  job_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = pursuit_store_list_practice_sessions (store, job_id, &error);

  if (sessions == NULL)
    {
      g_warning ("Could not list the practice sessions of job %" G_GINT64_FORMAT ": %s", job_id, error->message);
      return;
    }

  for (guint i = 0; i < sessions->len; i++)
    {
      PursuitPracticeSession *session = g_ptr_array_index (sessions, i);
      g_autofree char *title = _pursuit_job_page_format_time (pursuit_practice_session_get_created_at (session));
      guint n_questions = pursuit_practice_session_get_n_questions (session);
      int overall = pursuit_practice_session_get_overall_score (session);
      g_autofree char *questions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question", "%u questions",
                                                                 n_questions),
                                                    n_questions);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *open;

      if (overall >= 0)
        /* Translators: a past practice session, e.g. "Overall 72 of 100 · 10 questions" */
        subtitle = g_strdup_printf (_("Overall %d of 100 · %s"), overall, questions);
      else
        subtitle = g_strdup_printf (_("Not finished · %s"), questions);

      row = _pursuit_job_page_new_row (title, subtitle);
      open = _pursuit_job_page_new_action_button ("go-next-symbolic", _("Open Practice Report"),
                                                  "match.open-session",
                                                  pursuit_practice_session_get_id (session));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), open);
      g_object_set_data (G_OBJECT (row), "overall", GINT_TO_POINTER (overall));
      gtk_list_box_append (self->history_list, row);
    }
}

/* Loading */

static void
show_result (PursuitJobMatchSection *self,
             PursuitMatchResult     *result)
{
  int score = pursuit_match_result_get_score (result);

  pursuit_match_gauge_set_score (self->gauge, score);
  gtk_widget_set_visible (GTK_WIDGET (self->breakdown_grid), score >= 0);
  load_breakdown (self, result);
  load_summary (self, result);
  load_skills (self, result);
  load_learning (self, result);
  gtk_stack_set_visible_child_name (self->state_stack, "match");
}

static void
load_match (PursuitJobMatchSection *self,
            PursuitStore           *store,
            gint64                  job_id)
{
  g_autoptr(PursuitProfile) profile = pursuit_store_get_profile (store);
  g_autoptr(GError) error = NULL;

  if (profile == NULL)
    {
      gtk_stack_set_visible_child_name (self->state_stack, "no-cv");
      return;
    }

  self->result = pursuit_store_analyze_job (store, job_id, &error);
  if (self->result == NULL)
    {
      g_debug ("No match for job %" G_GINT64_FORMAT ": %s", job_id, error->message);
      gtk_stack_set_visible_child_name (self->state_stack, "no-cv");
      return;
    }

  show_result (self, self->result);
}

static void
pursuit_job_match_section_reset (PursuitJobSection *section)
{
  PursuitJobMatchSection *self = PURSUIT_JOB_MATCH_SECTION (section);

  reset_explain (self);
  g_clear_object (&self->result);
  g_clear_object (&self->job);
  g_clear_pointer (&self->analyzed_text, g_free);
}

static void
pursuit_job_match_section_load (PursuitJobSection *section,
                                PursuitStore      *store,
                                gint64             job_id)
{
  PursuitJobMatchSection *self = PURSUIT_JOB_MATCH_SECTION (section);
  g_autoptr(GError) error = NULL;

  pursuit_job_match_section_reset (section);

  self->job = pursuit_store_get_job (store, job_id, &error);
  if (self->job == NULL)
    {
      g_debug ("Job %" G_GINT64_FORMAT " is not in the store: %s", job_id, error->message);
      return;
    }
  self->analyzed_text = job_text_key (self->job);

  load_match (self, store, job_id);
  load_history (self, store, job_id);
  update_explain (self);
}

/* Store signals */

static void
on_profile_changed_cb (PursuitJobMatchSection *self,
                       PursuitStore           *store)
{
  _pursuit_job_section_queue_reload (PURSUIT_JOB_SECTION (self));
}

static void
on_job_changed_cb (PursuitJobMatchSection *self,
                   PursuitJob             *job,
                   PursuitStore           *store)
{
  g_autofree char *text = NULL;

  if (pursuit_job_get_id (job) != pursuit_job_section_get_job_id (PURSUIT_JOB_SECTION (self)))
    return;

  text = job_text_key (job);
  if (g_strcmp0 (text, self->analyzed_text) != 0)
    _pursuit_job_section_queue_reload (PURSUIT_JOB_SECTION (self));
}

static void
on_practice_changed_cb (PursuitJobMatchSection *self,
                        gint64                  job_id,
                        PursuitStore           *store)
{
  _pursuit_job_section_queue_reload_for_job (PURSUIT_JOB_SECTION (self), job_id);
}

static void
pursuit_job_match_section_connect_store (PursuitJobSection *section,
                                         PursuitStore      *store)
{
  g_signal_connect_object (store, "profile-changed", G_CALLBACK (on_profile_changed_cb), section, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "job-changed", G_CALLBACK (on_job_changed_cb), section, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "practice-changed", G_CALLBACK (on_practice_changed_cb), section, G_CONNECT_SWAPPED);
}

/* Actions */

static void
practice_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PursuitJobMatchSection *self = PURSUIT_JOB_MATCH_SECTION (widget);
  PursuitStore *store = pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
  gint64 job_id = pursuit_job_section_get_job_id (PURSUIT_JOB_SECTION (self));
  GtkWidget *window;

  if (store == NULL || job_id <= 0)
    return;

  window = pursuit_practice_window_new (parent_window (self), store, job_id, current_ai_client (self));
  gtk_window_present (GTK_WINDOW (window));
}

static void
cover_letter_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitJobMatchSection *self = PURSUIT_JOB_MATCH_SECTION (widget);
  PursuitStore *store = pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
  gint64 job_id = pursuit_job_section_get_job_id (PURSUIT_JOB_SECTION (self));
  GtkWidget *editor;

  if (store == NULL || job_id <= 0)
    return;

  /* Written like any cover letter: saved among the job's documents. */
  editor = pursuit_document_editor_new_for_job (parent_window (self), store, job_id, "cover_letter",
                                                self->ai_provider);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
open_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitJobMatchSection *self = PURSUIT_JOB_MATCH_SECTION (widget);
  PursuitStore *store = pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
  g_autoptr(PursuitPracticeSession) session = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window;

  if (store == NULL)
    return;

  session = pursuit_store_get_practice_session (store, g_variant_get_int64 (parameter), &error);
  if (session == NULL)
    {
      _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), error->message);
      return;
    }

  window = pursuit_practice_window_new_for_session (parent_window (self), store, session);
  gtk_window_present (GTK_WINDOW (window));
}

/* GObject */

static void
pursuit_job_match_section_dispose (GObject *object)
{
  PursuitJobMatchSection *self = (PursuitJobMatchSection *)object;

  g_cancellable_cancel (self->explain_cancellable);
  g_clear_object (&self->explain_cancellable);
  if (self->ai_provider != NULL)
    g_signal_handlers_disconnect_by_data (self->ai_provider, self);
  g_clear_object (&self->ai_provider);
  g_clear_object (&self->result);
  g_clear_object (&self->job);
  g_clear_object (&self->asked_group);
  g_clear_object (&self->you_group);
  g_clear_object (&self->status_group);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_JOB_MATCH_SECTION);

  G_OBJECT_CLASS (pursuit_job_match_section_parent_class)->dispose (object);
}

static void
pursuit_job_match_section_finalize (GObject *object)
{
  PursuitJobMatchSection *self = (PursuitJobMatchSection *)object;

  g_free (self->analyzed_text);

  G_OBJECT_CLASS (pursuit_job_match_section_parent_class)->finalize (object);
}

static void
pursuit_job_match_section_class_init (PursuitJobMatchSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  object_class->dispose = pursuit_job_match_section_dispose;
  object_class->finalize = pursuit_job_match_section_finalize;

  section_class->connect_store = pursuit_job_match_section_connect_store;
  section_class->load = pursuit_job_match_section_load;
  section_class->reset = pursuit_job_match_section_reset;

  g_type_ensure (PURSUIT_TYPE_MATCH_GAUGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-job-match-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobMatchSection, state_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobMatchSection, gauge);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobMatchSection, breakdown_grid);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobMatchSection, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobMatchSection, skills_heading);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobMatchSection, skills_list);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobMatchSection, learning_heading);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobMatchSection, learning_list);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobMatchSection, explain_expander);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobMatchSection, explain_spinner);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobMatchSection, explain_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobMatchSection, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_explain_expanded_cb);

  gtk_widget_class_install_action (widget_class, "match.practice", NULL, practice_action);
  gtk_widget_class_install_action (widget_class, "match.cover-letter", NULL, cover_letter_action);
  gtk_widget_class_install_action (widget_class, "match.open-session", "x", open_session_action);
}

static void
pursuit_job_match_section_init (PursuitJobMatchSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->asked_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->you_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->status_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  /* The list the section machinery empties and reloads; the others are
   * refilled by load(). The form that comes with it is never opened. */
  _pursuit_job_section_init_list (PURSUIT_JOB_SECTION (self), self->history_list,
                                  _("No practice yet"), _("Practice"));
}

/**
 * pursuit_job_match_section_set_ai_provider:
 * @self: a match section
 * @provider: (nullable): the optional AI
 *
 * With an AI client available, the section offers an explanation and
 * passes the client to the cover letter and practice windows.
 */
void
pursuit_job_match_section_set_ai_provider (PursuitJobMatchSection *self,
                                           PursuitAiProvider      *provider)
{
  g_return_if_fail (PURSUIT_IS_JOB_MATCH_SECTION (self));
  g_return_if_fail (provider == NULL || PURSUIT_IS_AI_PROVIDER (provider));

  if (self->ai_provider == provider)
    return;

  if (self->ai_provider != NULL)
    g_signal_handlers_disconnect_by_data (self->ai_provider, self);
  g_set_object (&self->ai_provider, provider);
  if (provider != NULL)
    g_signal_connect_object (provider, "changed", G_CALLBACK (on_ai_provider_changed_cb), self, G_CONNECT_SWAPPED);

  on_ai_provider_changed_cb (self);
}

PursuitMatchResult *
pursuit_job_match_section_get_result (PursuitJobMatchSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_MATCH_SECTION (self), NULL);

  return self->result;
}
