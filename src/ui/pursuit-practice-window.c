/* pursuit-practice-window.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-practice"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-job-page-private.h"
#include "pursuit-practice-window.h"
#include "pursuit-question-bank.h"
#include "pursuit-store-matching.h"
#include "pursuit-theme.h"

/* Interview practice for one job: pick how many questions, answer them
 * one at a time (typed, with a timer against the suggested time), then
 * read the report, which is saved to the job's practice history. The
 * local evaluation is instant; with the optional AI each answer is also
 * sent for a second opinion, which replaces the local one when it comes
 * (the report is rebuilt and saved again). Opened on a past session, the
 * window only shows its report. */

struct _PursuitPracticeWindow
{
  AdwWindow               parent_instance;

  PursuitStore           *store;
  gint64                  job_id;
  PursuitAiClient        *client;
  GCancellable           *cancellable;
  PursuitPracticeSession *session;
  guint                   position;
  gint64                  question_started;   /* monotonic µs */
  guint                   timer_source;
  char                   *timer_text;
  guint                   pending_ai;
  gboolean                read_only;
  GPtrArray              *report_groups;

  AdwWindowTitle         *window_title;
  GtkStack               *stack;
  GtkSpinButton          *count_spin;
  GtkLabel               *progress_label;
  GtkProgressBar         *progress_bar;
  GtkBox                 *timer_box;
  GtkLabel               *timer_label;
  GtkLabel               *kind_label;
  GtkLabel               *question_label;
  GtkTextView            *answer_view;
  GtkButton              *next_button;
  AdwPreferencesPage     *report_page;
};

G_DEFINE_FINAL_TYPE (PursuitPracticeWindow, pursuit_practice_window, ADW_TYPE_WINDOW)

static void show_question (PursuitPracticeWindow *self);

static char *
format_duration (guint seconds)
{
  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

static guint
elapsed_seconds (PursuitPracticeWindow *self)
{
  if (self->question_started == 0)
    return 0;

  return (guint) ((g_get_monotonic_time () - self->question_started) / G_USEC_PER_SEC);
}

static const char *
question_kind_label (const PursuitPracticeQuestion *question)
{
  return pursuit_question_kind_get_label (question->kind);
}

/* "Technical · Python", or just the kind. */
static char *
question_heading (const PursuitPracticeQuestion *question)
{
  if (question->skill != NULL && question->skill[0] != '\0')
    return g_strdup_printf ("%s · %s", question_kind_label (question), question->skill);

  return g_strdup (question_kind_label (question));
}

/* The timer */

static void
update_timer (PursuitPracticeWindow *self)
{
  const PursuitPracticeQuestion *question;
  guint elapsed = elapsed_seconds (self);
  g_autofree char *spent = format_duration (elapsed);
  g_autofree char *suggested = NULL;
  g_autofree char *accessible = NULL;

  if (self->session == NULL || self->position >= pursuit_practice_session_get_n_questions (self->session))
    return;

  question = pursuit_practice_session_get_question (self->session, self->position);
  suggested = format_duration (question->seconds);

  g_free (self->timer_text);
  if (question->seconds > 0)
    /* Translators: time spent on a question and the suggested time, e.g. "0:42 / 2:00" */
    self->timer_text = g_strdup_printf (_("%s / %s"), spent, suggested);
  else
    self->timer_text = g_strdup (spent);

  gtk_label_set_text (self->timer_label, self->timer_text);
  if (question->seconds > 0 && elapsed > question->seconds)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_box), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->timer_box), "warning");

  /* Translators: the timer read out, e.g. "0:42 of 2:00 suggested" */
  accessible = g_strdup_printf (_("Time: %s of %s suggested"), spent, suggested);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->timer_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static gboolean
timer_tick_cb (gpointer user_data)
{
  update_timer (user_data);
  return G_SOURCE_CONTINUE;
}

static void
stop_timer (PursuitPracticeWindow *self)
{
  g_clear_handle_id (&self->timer_source, g_source_remove);
}

/* The report */

static void
clear_report (PursuitPracticeWindow *self)
{
  for (guint i = 0; i < self->report_groups->len; i++)
    adw_preferences_page_remove (self->report_page, g_ptr_array_index (self->report_groups, i));
  g_ptr_array_set_size (self->report_groups, 0);
}

static AdwPreferencesGroup *
add_group (PursuitPracticeWindow *self,
           const char            *title,
           const char            *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (self->report_page, ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->report_groups, group);

  return ADW_PREFERENCES_GROUP (group);
}

static void
add_score_row (GtkGrid    *grid,
               int         row,
               const char *name,
               int         score)
{
  static const char * const band_classes[] = {
    [PURSUIT_SCORE_BAND_LOW] = "score-low",
    [PURSUIT_SCORE_BAND_MID] = "score-mid",
    [PURSUIT_SCORE_BAND_HIGH] = "score-high",
  };
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 100);
  g_autofree char *number = score >= 0 ? g_strdup_printf ("%d", score) : g_strdup ("—");
  GtkWidget *value = gtk_label_new (number);
  g_autofree char *accessible = NULL;

  if (score >= 0)
    /* Translators: a practice score read out, e.g. "Technical: 72 of 100" */
    accessible = g_strdup_printf (_("%s: %d of 100"), name, score);
  else
    accessible = g_strdup_printf (_("%s: no questions of this kind"), name);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MAX (score, 0));
  /* Red, amber or green by band, as the match gauge (style.css). */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_add_css_class (bar, band_classes[pursuit_score_band (score)]);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_label_set_xalign (GTK_LABEL (value), 1);
  gtk_label_set_width_chars (GTK_LABEL (value), 3);
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_set_name (value, name);
  if (row == 3)
    {
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_add_css_class (value, "heading");
    }

  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, bar, 1, row, 1, 1);
  gtk_grid_attach (grid, value, 2, row, 1, 1);
}

static void
add_lines_group (PursuitPracticeWindow *self,
                 const char            *title,
                 const char            *description,
                 const char * const    *lines,
                 const char            *icon_name)
{
  AdwPreferencesGroup *group;

  if (lines == NULL || lines[0] == NULL)
    return;

  group = add_group (self, title, description);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      GtkWidget *row = _pursuit_job_page_new_row (lines[i], NULL);
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (group, row);
    }
}

static char *
join_concepts (char **concepts)
{
  if (concepts == NULL || concepts[0] == NULL)
    return NULL;

  /* Translators: separates concepts in a list, e.g. "indexes, joins" */
  return g_strjoinv (_(", "), concepts);
}

static GtkWidget *
new_answer_row (PursuitPracticeWindow *self,
                guint                  index)
{
  const PursuitPracticeQuestion *question = pursuit_practice_session_get_question (self->session, index);
  const char *answer = pursuit_practice_session_get_answer (self->session, index);
  const PursuitAnswerEvaluation *evaluation = pursuit_practice_session_get_evaluation (self->session, index);
  g_autofree char *heading = question_heading (question);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *expander = adw_expander_row_new ();

  /* Translators: a question of the report, e.g. "3. Technical · Python" */
  title = g_strdup_printf (_("%u. %s"), index + 1, heading);
  if (evaluation != NULL)
    subtitle = g_strdup_printf (evaluation->from_ai ? _("%d of 100, evaluated with the AI") : _("%d of 100"),
                                evaluation->score);
  else
    subtitle = g_strdup (_("Skipped"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            _pursuit_job_page_new_row (question->text, _("Question")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            _pursuit_job_page_new_row (answer != NULL && answer[0] != '\0' ? answer : _("No answer"),
                                                       _("Your answer")));

  if (evaluation != NULL)
    {
      g_autofree char *covered = join_concepts (evaluation->covered);
      g_autofree char *missed = join_concepts (evaluation->missed);

      if (covered != NULL)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                  _pursuit_job_page_new_row (covered, _("Concepts you covered")));
      if (missed != NULL)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                  _pursuit_job_page_new_row (missed, _("Concepts you missed")));

      if (question->kind != PURSUIT_QUESTION_TECHNICAL)
        {
          const char *parts[] = { N_("Situation"), N_("Task"), N_("Action"), N_("Result") };
          g_autoptr(GString) star = g_string_new (NULL);

          for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
            {
              if (star->len > 0)
                g_string_append (star, "   ");
              g_string_append_printf (star, "%s %s", evaluation->star[i] ? "✓" : "✗", _(parts[i]));
            }
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                    _pursuit_job_page_new_row (star->str, _("STAR structure")));
        }

      for (guint i = 0; evaluation->feedback != NULL && evaluation->feedback[i] != NULL; i++)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                  _pursuit_job_page_new_row (evaluation->feedback[i], NULL));
    }

  return expander;
}

static void
build_report (PursuitPracticeWindow *self)
{
  PursuitPracticeSession *session = self->session;
  AdwPreferencesGroup *group;
  GtkWidget *grid;
  guint n = pursuit_practice_session_get_n_questions (session);
  g_autofree char *description = NULL;

  clear_report (self);

  if (self->pending_ai > 0)
    description = g_strdup (_("The AI is still evaluating some answers; the scores will update."));
  else if (!self->read_only)
    description = g_strdup (_("Saved to this job’s practice history."));

  group = add_group (self, _("Scores"), description);
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 10);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_add_css_class (grid, "card");
  gtk_widget_add_css_class (grid, "practice-scores");
  gtk_widget_set_margin_bottom (grid, 6);
  add_score_row (GTK_GRID (grid), 0, _("Technical"), pursuit_practice_session_get_technical_score (session));
  add_score_row (GTK_GRID (grid), 1, _("Behavioural"), pursuit_practice_session_get_behavioural_score (session));
  add_score_row (GTK_GRID (grid), 2, _("Communication"), pursuit_practice_session_get_communication_score (session));
  add_score_row (GTK_GRID (grid), 3, _("Overall"), pursuit_practice_session_get_overall_score (session));
  adw_preferences_group_add (group, grid);

  add_lines_group (self, _("Strengths"), NULL,
                   pursuit_practice_session_get_strengths (session), "emblem-ok-symbolic");
  add_lines_group (self, _("Weaknesses"), NULL,
                   pursuit_practice_session_get_weaknesses (session), "dialog-information-symbolic");
  add_lines_group (self, _("Claims to Check"),
                   _("Skills your CV lists as strong whose answers scored low"),
                   pursuit_practice_session_get_flagged_claims (session), "dialog-warning-symbolic");

  group = add_group (self, _("Answers"), NULL);
  for (guint i = 0; i < n; i++)
    adw_preferences_group_add (group, new_answer_row (self, i));
}

static void
show_report (PursuitPracticeWindow *self)
{
  stop_timer (self);
  self->position = pursuit_practice_session_get_n_questions (self->session);
  build_report (self);
  gtk_stack_set_visible_child_name (self->stack, "report");
}

/* Running a session */

static PursuitProfile *
get_profile (PursuitPracticeWindow *self)
{
  return self->store != NULL ? pursuit_store_get_profile (self->store) : NULL;
}

static void
save_session (PursuitPracticeWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->read_only || self->store == NULL)
    return;

  if (!pursuit_store_save_practice_session (self->store, self->session, &error))
    g_warning ("Could not save a practice session: %s", error->message);
}

static void
finish_session (PursuitPracticeWindow *self)
{
  g_autoptr(PursuitProfile) profile = get_profile (self);

  pursuit_practice_session_finish (self->session, profile, g_get_real_time () / G_USEC_PER_SEC);
  save_session (self);
}

typedef struct
{
  PursuitPracticeWindow  *self;
  PursuitPracticeSession *session;
  guint                   index;
} EvaluateData;

static void
evaluate_data_free (EvaluateData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->session);
  g_free (data);
}

static void
evaluate_answer_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  EvaluateData *data = user_data;
  PursuitPracticeWindow *self = data->self;
  g_autoptr(PursuitAnswerEvaluation) evaluation = NULL;
  g_autoptr(GError) error = NULL;

  evaluation = pursuit_ai_client_evaluate_answer_finish (PURSUIT_AI_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      evaluate_data_free (data);
      return;
    }

  if (self->session == data->session && self->pending_ai > 0)
    self->pending_ai--;

  /* A failure keeps the local evaluation. */
  if (evaluation == NULL)
    g_debug ("The AI did not evaluate an answer: %s", error->message);
  else if (self->session == data->session)
    pursuit_practice_session_set_evaluation (self->session, data->index, evaluation);

  if (self->session == data->session && pursuit_practice_session_get_finished_at (self->session) > 0 &&
      (evaluation != NULL || self->pending_ai == 0))
    {
      if (evaluation != NULL)
        finish_session (self);
      build_report (self);
    }

  evaluate_data_free (data);
}

static void
record_answer (PursuitPracticeWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->answer_view);
  GtkTextIter start, end;
  g_autofree char *answer = NULL;
  const PursuitAnswerEvaluation *local;
  EvaluateData *data;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  answer = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strstrip (answer)[0] == '\0')
    return;

  local = pursuit_practice_session_answer (self->session, self->position, answer, elapsed_seconds (self));
  if (self->client == NULL || local == NULL)
    return;

  data = g_new0 (EvaluateData, 1);
  data->self = g_object_ref (self);
  data->session = g_object_ref (self->session);
  data->index = self->position;
  self->pending_ai++;
  pursuit_ai_client_evaluate_answer_async (self->client,
                                           pursuit_practice_session_get_question (self->session, self->position),
                                           answer, local, self->cancellable,
                                           evaluate_answer_cb, data);
}

static void
advance (PursuitPracticeWindow *self)
{
  self->position++;
  if (self->position >= pursuit_practice_session_get_n_questions (self->session))
    {
      finish_session (self);
      show_report (self);
      return;
    }

  show_question (self);
}

static void
show_question (PursuitPracticeWindow *self)
{
  guint n = pursuit_practice_session_get_n_questions (self->session);
  const PursuitPracticeQuestion *question = pursuit_practice_session_get_question (self->session, self->position);
  g_autofree char *progress = NULL;
  g_autofree char *heading = question_heading (question);
  const char *answer = pursuit_practice_session_get_answer (self->session, self->position);

  /* Translators: e.g. "Question 3 of 10" */
  progress = g_strdup_printf (_("Question %u of %u"), self->position + 1, n);
  gtk_label_set_text (self->progress_label, progress);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) self->position / MAX (n, 1));
  gtk_label_set_text (self->kind_label, heading);
  gtk_label_set_text (self->question_label, question->text);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->answer_view), answer != NULL ? answer : "", -1);

  gtk_button_set_label (self->next_button, self->position + 1 == n ? _("_Finish") : _("_Next"));

  self->question_started = g_get_monotonic_time ();
  update_timer (self);
  if (self->timer_source == 0)
    self->timer_source = g_timeout_add_seconds (1, timer_tick_cb, self);

  gtk_stack_set_visible_child_name (self->stack, "question");
  gtk_widget_grab_focus (GTK_WIDGET (self->answer_view));
  /* The selectable question took the focus on its way (the Start button
   * went away) and selected all its text: clear that. */
  gtk_label_select_region (self->question_label, 0, 0);
}

/* Actions */

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PursuitPracticeWindow *self = PURSUIT_PRACTICE_WINDOW (widget);

  pursuit_practice_window_start (self, gtk_spin_button_get_value_as_int (self->count_spin), g_random_int ());
}

static gboolean
is_running (PursuitPracticeWindow *self)
{
  return self->session != NULL && !self->read_only &&
         self->position < pursuit_practice_session_get_n_questions (self->session);
}

/* Next, Skip and Finish: Skip leaves the typed answer out, Finish ends
 * the session before its last question. */
static void
move_on_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitPracticeWindow *self = PURSUIT_PRACTICE_WINDOW (widget);

  if (!is_running (self))
    return;

  if (g_strcmp0 (action_name, "practice.skip") != 0)
    record_answer (self);

  if (g_strcmp0 (action_name, "practice.finish") != 0)
    {
      advance (self);
      return;
    }

  finish_session (self);
  show_report (self);
}

/* GtkWindow */

static gboolean
answered_any (PursuitPracticeSession *session)
{
  for (guint i = 0; i < pursuit_practice_session_get_n_questions (session); i++)
    if (pursuit_practice_session_get_answer (session, i) != NULL)
      return TRUE;

  return FALSE;
}

/* Leaving half-way keeps what was answered, as an unfinished session. */
static gboolean
pursuit_practice_window_close_request (GtkWindow *window)
{
  PursuitPracticeWindow *self = PURSUIT_PRACTICE_WINDOW (window);

  if (is_running (self))
    {
      record_answer (self);
      if (answered_any (self->session))
        save_session (self);
    }

  stop_timer (self);
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (pursuit_practice_window_parent_class)->close_request (window);
}

/* GObject */

static void
pursuit_practice_window_dispose (GObject *object)
{
  PursuitPracticeWindow *self = (PursuitPracticeWindow *)object;

  stop_timer (self);
  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_PRACTICE_WINDOW);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->session);
  g_clear_object (&self->client);
  g_clear_object (&self->store);
  g_clear_pointer (&self->report_groups, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_practice_window_parent_class)->dispose (object);
}

static void
pursuit_practice_window_finalize (GObject *object)
{
  PursuitPracticeWindow *self = (PursuitPracticeWindow *)object;

  g_free (self->timer_text);

  G_OBJECT_CLASS (pursuit_practice_window_parent_class)->finalize (object);
}

static void
pursuit_practice_window_class_init (PursuitPracticeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pursuit_practice_window_dispose;
  object_class->finalize = pursuit_practice_window_finalize;
  window_class->close_request = pursuit_practice_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-practice-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeWindow, count_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeWindow, timer_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeWindow, timer_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeWindow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeWindow, question_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeWindow, answer_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeWindow, report_page);

  gtk_widget_class_install_action (widget_class, "practice.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "practice.next", NULL, move_on_action);
  gtk_widget_class_install_action (widget_class, "practice.skip", NULL, move_on_action);
  gtk_widget_class_install_action (widget_class, "practice.finish", NULL, move_on_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_practice_window_init (PursuitPracticeWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Ctrl+Enter moves on from inside the answer, before the text view
   * takes the key as a new line. */
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_CONTROL_MASK)),
                                                          gtk_named_action_new ("practice.next")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  self->cancellable = g_cancellable_new ();
  self->report_groups = g_ptr_array_new ();
}

static void
set_subtitle_from_job (PursuitPracticeWindow *self)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *subtitle = NULL;

  if (self->store == NULL || self->job_id <= 0 ||
      (job = pursuit_store_get_job (self->store, self->job_id, NULL)) == NULL)
    return;

  if (pursuit_job_get_company (job) != NULL && pursuit_job_get_company (job)[0] != '\0')
    /* Translators: a job title and its company, e.g. "Backend Engineer at Alderbank" */
    subtitle = g_strdup_printf (_("%s at %s"), pursuit_job_get_title (job), pursuit_job_get_company (job));
  else
    subtitle = g_strdup (pursuit_job_get_title (job));

  adw_window_title_set_subtitle (self->window_title, subtitle);
}

GtkWidget *
pursuit_practice_window_new (GtkWindow       *parent,
                             PursuitStore    *store,
                             gint64           job_id,
                             PursuitAiClient *client)
{
  PursuitPracticeWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (job_id > 0, NULL);
  g_return_val_if_fail (client == NULL || PURSUIT_IS_AI_CLIENT (client), NULL);

  self = g_object_new (PURSUIT_TYPE_PRACTICE_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->job_id = job_id;
  self->client = client != NULL ? g_object_ref (client) : NULL;
  set_subtitle_from_job (self);

  return GTK_WIDGET (self);
}

GtkWidget *
pursuit_practice_window_new_for_session (GtkWindow              *parent,
                                         PursuitStore           *store,
                                         PursuitPracticeSession *session)
{
  PursuitPracticeWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (store == NULL || PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (session), NULL);

  self = g_object_new (PURSUIT_TYPE_PRACTICE_WINDOW, "transient-for", parent, NULL);
  self->store = store != NULL ? g_object_ref (store) : NULL;
  self->job_id = pursuit_practice_session_get_job_id (session);
  self->session = g_object_ref (session);
  self->read_only = TRUE;
  gtk_window_set_title (GTK_WINDOW (self), _("Practice Report"));
  adw_window_title_set_title (self->window_title, _("Practice Report"));
  set_subtitle_from_job (self);
  show_report (self);

  return GTK_WIDGET (self);
}

void
pursuit_practice_window_start (PursuitPracticeWindow *self,
                               guint                  n_questions,
                               guint32                seed)
{
  g_autoptr(PursuitProfile) profile = NULL;
  g_autoptr(PursuitMatchResult) match = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PURSUIT_IS_PRACTICE_WINDOW (self));
  g_return_if_fail (!self->read_only);

  /* Without a CV there is no gap to aim at: general questions only. */
  profile = get_profile (self);
  if (profile != NULL)
    {
      match = pursuit_store_analyze_job (self->store, self->job_id, &error);
      if (match == NULL)
        g_debug ("Practice without a gap analysis: %s", error->message);
    }

  questions = pursuit_question_bank_make_set (pursuit_question_bank_get_default (), match,
                                              CLAMP (n_questions, 5, 20), seed);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->pending_ai = 0;

  g_clear_object (&self->session);
  self->session = pursuit_practice_session_new (self->job_id, questions);
  pursuit_practice_session_set_created_at (self->session, g_get_real_time () / G_USEC_PER_SEC);
  self->position = 0;

  if (pursuit_practice_session_get_n_questions (self->session) == 0)
    {
      finish_session (self);
      show_report (self);
      return;
    }

  show_question (self);
}

PursuitPracticeSession *
pursuit_practice_window_get_session (PursuitPracticeWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_WINDOW (self), NULL);

  return self->session;
}

guint
pursuit_practice_window_get_position (PursuitPracticeWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_WINDOW (self), 0);

  return self->position;
}

const char *
pursuit_practice_window_get_page (PursuitPracticeWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
pursuit_practice_window_get_timer_text (PursuitPracticeWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_WINDOW (self), NULL);

  return self->timer_text;
}
