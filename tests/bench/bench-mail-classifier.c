/* bench-mail-classifier.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Prints how well pursuit_mail_classify does on the labelled corpus
 * (tests/fixtures/mail/corpus/<category>/<lang>-<NNN>.eml) and how long it
 * takes:
 *
 *   per class    precision, recall, F1 and support, and the macro F1
 *                (the issue aims at 0.9)
 *   rejection    precision on its own line (aim: 0.97; a wrong "rejected"
 *                is the worst mistake)
 *   confusion    rows are the labels, columns what the classifier said
 *   languages    macro F1 per language
 *   worst        the 10 worst mistakes: wrong "rejection" first, then the
 *                most confident, with the classifier's reason
 *   speed        µs per message for parsing and for classifying
 *
 * Usage: bench-mail-classifier [--all-errors] [CORPUS-DIR]
 * The corpus defaults to $G_TEST_SRCDIR/fixtures/mail/corpus, else the one
 * of the source tree this was built from.
 */

#include <locale.h>
#include <string.h>

#include "pursuit-mail-classifier.h"
#include "pursuit-mail-parser.h"

#define N_CLASSES   PURSUIT_MAIL_N_CATEGORIES
#define N_LANGUAGES 4
#define N_WORST     10
#define TIMING_ROUNDS 20

static const char *languages[N_LANGUAGES] = { "en", "de", "fr", "es" };

typedef struct
{
  char                *path;      /* relative to the corpus, "rejection/en-001.eml" */
  PursuitMailCategory  truth;
  guint                language;
  GBytes              *raw;
  PursuitMailMessage  *message;
  PursuitMailCategory  predicted;
  double               confidence;
} Sample;

static void
sample_free (gpointer data)
{
  Sample *sample = data;

  g_free (sample->path);
  g_clear_pointer (&sample->raw, g_bytes_unref);
  g_clear_object (&sample->message);
  g_free (sample);
}

static int
language_of (const char *name)
{
  for (guint i = 0; i < N_LANGUAGES; i++)
    if (g_str_has_prefix (name, languages[i]) && name[2] == '-')
      return i;
  return -1;
}

static GPtrArray *
load_corpus (const char  *root,
             GError     **error)
{
  g_autoptr(GPtrArray) samples = g_ptr_array_new_with_free_func (sample_free);

  for (guint c = 0; c < N_CLASSES; c++)
    {
      const char *category = pursuit_mail_category_to_string (c);
      g_autofree char *folder = g_build_filename (root, category, NULL);
      g_autoptr(GDir) dir = g_dir_open (folder, 0, error);
      const char *name;

      if (dir == NULL)
        return NULL;
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (folder, name, NULL);
          g_autofree char *contents = NULL;
          gsize length;
          Sample *sample;

          if (!g_str_has_suffix (name, ".eml") || language_of (name) < 0)
            continue;
          if (!g_file_get_contents (path, &contents, &length, error))
            return NULL;

          sample = g_new0 (Sample, 1);
          sample->path = g_build_filename (category, name, NULL);
          sample->truth = c;
          sample->language = language_of (name);
          sample->raw = g_bytes_new_take (g_steal_pointer (&contents), length);
          g_ptr_array_add (samples, sample);
        }
    }

  return g_steal_pointer (&samples);
}

typedef struct
{
  guint matrix[N_CLASSES][N_CLASSES];    /* [truth][predicted] */
} Confusion;

typedef struct
{
  double precision;
  double recall;
  double f1;
  guint  support;
} Scores;

static Scores
scores_of (const Confusion *confusion,
           guint            klass)
{
  guint tp = confusion->matrix[klass][klass];
  guint predicted = 0;
  Scores scores = { 0 };

  for (guint t = 0; t < N_CLASSES; t++)
    predicted += confusion->matrix[t][klass];
  for (guint p = 0; p < N_CLASSES; p++)
    scores.support += confusion->matrix[klass][p];

  /* An empty column or row scores 0, as scikit-learn's zero_division=0:
   * a classifier that never says "offer" must not get credit for it. */
  scores.precision = predicted > 0 ? (double) tp / predicted : 0.0;
  scores.recall = scores.support > 0 ? (double) tp / scores.support : 0.0;
  if (scores.precision + scores.recall > 0)
    scores.f1 = 2 * scores.precision * scores.recall / (scores.precision + scores.recall);
  return scores;
}

static guint
wrong_rejections (const Confusion *confusion)
{
  guint wrong = 0;

  for (guint t = 0; t < N_CLASSES; t++)
    if (t != PURSUIT_MAIL_REJECTION)
      wrong += confusion->matrix[t][PURSUIT_MAIL_REJECTION];
  return wrong;
}

/* The mean F1 over the classes present in @confusion. */
static double
macro_f1 (const Confusion *confusion)
{
  double sum = 0;
  guint n = 0;

  for (guint c = 0; c < N_CLASSES; c++)
    {
      Scores scores = scores_of (confusion, c);

      if (scores.support == 0)
        continue;
      sum += scores.f1;
      n++;
    }
  return n > 0 ? sum / n : 0.0;
}

/* Wrong "rejection" first (the costly mistake), then the most confident. */
static int
compare_mistakes (gconstpointer a,
                  gconstpointer b)
{
  const Sample *sa = *(Sample **) a;
  const Sample *sb = *(Sample **) b;
  gboolean ra = sa->predicted == PURSUIT_MAIL_REJECTION;
  gboolean rb = sb->predicted == PURSUIT_MAIL_REJECTION;

  if (ra != rb)
    return ra ? -1 : 1;
  if (sa->confidence != sb->confidence)
    return sa->confidence > sb->confidence ? -1 : 1;
  return strcmp (sa->path, sb->path);
}

static void
print_mistake (const Sample *sample)
{
  const char *reason = pursuit_mail_message_get_classification_reason (sample->message);
  g_autofree char *subject = g_strdup (pursuit_mail_message_get_subject (sample->message));

  if (g_utf8_strlen (subject, -1) > 70)
    *g_utf8_offset_to_pointer (subject, 70) = '\0';
  g_print ("  %-26s %-12s → %-12s %.2f  \"%s\"\n", sample->path,
           pursuit_mail_category_to_string (sample->truth),
           pursuit_mail_category_to_string (sample->predicted),
           sample->confidence, subject);
  g_print ("  %26s reason: %s\n", "", reason != NULL ? reason : "(none)");
}

static void
print_scores (const Confusion *confusion)
{
  g_print ("%-14s %9s %9s %9s %9s\n", "class", "precision", "recall", "F1", "support");
  for (guint c = 0; c < N_CLASSES; c++)
    {
      Scores scores = scores_of (confusion, c);

      g_print ("%-14s %9.3f %9.3f %9.3f %9u\n", pursuit_mail_category_to_string (c),
               scores.precision, scores.recall, scores.f1, scores.support);
    }
}

static void
print_confusion (const Confusion *confusion)
{
  g_print ("\nconfusion (rows: label, columns: classifier)\n%-14s", "");
  for (guint p = 0; p < N_CLASSES; p++)
    g_print (" %6.6s", pursuit_mail_category_to_string (p));
  g_print ("\n");
  for (guint t = 0; t < N_CLASSES; t++)
    {
      g_print ("%-14s", pursuit_mail_category_to_string (t));
      for (guint p = 0; p < N_CLASSES; p++)
        g_print (" %6u", confusion->matrix[t][p]);
      g_print ("\n");
    }
}

static char *
default_corpus (void)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");

  if (srcdir != NULL)
    return g_build_filename (srcdir, "fixtures", "mail", "corpus", NULL);
  return g_build_filename (PURSUIT_TESTS_SOURCE_DIR, "fixtures", "mail", "corpus", NULL);
}

int
main (int   argc,
      char *argv[])
{
  gboolean all_errors = FALSE;
  g_autofree char *root = NULL;
  g_autoptr(GPtrArray) samples = NULL;
  g_autoptr(GPtrArray) mistakes = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  Confusion overall = { { { 0 } } };
  Confusion per_language[N_LANGUAGES] = { { { { 0 } } } };
  guint parse_failures = 0;
  guint bulk_other = 0, bulk_other_right = 0;
  gint64 start, parse_us, classify_us;
  Scores rejection;

  /* µs and the accents of subjects print as "?" in the C locale. */
  setlocale (LC_ALL, "");

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--all-errors"))
        all_errors = TRUE;
      else if (root == NULL && argv[i][0] != '-')
        root = g_strdup (argv[i]);
      else
        {
          g_printerr ("Usage: %s [--all-errors] [CORPUS-DIR]\n", argv[0]);
          return 2;
        }
    }
  if (root == NULL)
    root = default_corpus ();

  pursuit_mail_init ();
  samples = load_corpus (root, &error);
  if (samples == NULL)
    {
      g_printerr ("Cannot read the corpus %s: %s\n", root, error->message);
      return 1;
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; i < samples->len; i++)
    {
      Sample *sample = g_ptr_array_index (samples, i);
      g_autoptr(GError) parse_error = NULL;

      sample->message = pursuit_mail_parse (sample->raw, &parse_error);
      if (sample->message == NULL)
        {
          g_printerr ("%s: %s\n", sample->path, parse_error->message);
          parse_failures++;
        }
    }
  parse_us = g_get_monotonic_time () - start;

  /* Several rounds so the figure is not one cold pass; the classifier
   * overwrites its own results, so the last round is the one scored. */
  start = g_get_monotonic_time ();
  for (guint round = 0; round < TIMING_ROUNDS; round++)
    for (guint i = 0; i < samples->len; i++)
      {
        Sample *sample = g_ptr_array_index (samples, i);

        if (sample->message != NULL)
          pursuit_mail_classify (sample->message);
      }
  classify_us = g_get_monotonic_time () - start;

  for (guint i = 0; i < samples->len; i++)
    {
      Sample *sample = g_ptr_array_index (samples, i);

      /* An unparsable file counts as "other" with no confidence: the
       * corpus test makes sure there are none. */
      sample->predicted = PURSUIT_MAIL_OTHER;
      if (sample->message != NULL)
        {
          sample->predicted = pursuit_mail_message_get_category (sample->message);
          sample->confidence = pursuit_mail_message_get_confidence (sample->message);
        }
      if (sample->predicted >= N_CLASSES)
        sample->predicted = PURSUIT_MAIL_OTHER;

      overall.matrix[sample->truth][sample->predicted]++;
      per_language[sample->language].matrix[sample->truth][sample->predicted]++;
      if (sample->predicted != sample->truth && sample->message != NULL)
        g_ptr_array_add (mistakes, sample);

      if (sample->truth == PURSUIT_MAIL_OTHER && sample->message != NULL &&
          pursuit_mail_message_get_bulk (sample->message))
        {
          bulk_other++;
          if (sample->predicted == PURSUIT_MAIL_OTHER)
            bulk_other_right++;
        }
    }

  g_print ("Mail classifier on %s\n", root);
  g_print ("%u messages", samples->len);
  for (guint l = 0; l < N_LANGUAGES; l++)
    {
      guint n = 0;

      for (guint i = 0; i < samples->len; i++)
        n += ((Sample *) g_ptr_array_index (samples, i))->language == l;
      g_print (", %s %u", languages[l], n);
    }
  g_print ("; %u did not parse\n\n", parse_failures);

  print_scores (&overall);
  rejection = scores_of (&overall, PURSUIT_MAIL_REJECTION);
  g_print ("\nmacro F1             %.3f   (aim 0.90)\n", macro_f1 (&overall));
  g_print ("rejection precision  %.3f   (aim 0.97; %u wrong \"rejection\")\n",
           rejection.precision, wrong_rejections (&overall));
  g_print ("bulk \"other\" (alerts, newsletters, marketing) kept as other: %u / %u\n",
           bulk_other_right, bulk_other);

  print_confusion (&overall);

  g_print ("\nmacro F1 per language\n");
  for (guint l = 0; l < N_LANGUAGES; l++)
    {
      Scores lang_rejection = scores_of (&per_language[l], PURSUIT_MAIL_REJECTION);

      g_print ("  %s  %.3f   (rejection precision %.3f)\n", languages[l],
               macro_f1 (&per_language[l]), lang_rejection.precision);
    }

  g_ptr_array_sort (mistakes, compare_mistakes);
  g_print ("\n%s misclassified (%u in all)\n", all_errors ? "All" : "The 10 worst", mistakes->len);
  for (guint i = 0; i < mistakes->len && (all_errors || i < N_WORST); i++)
    print_mistake (g_ptr_array_index (mistakes, i));

  g_print ("\nspeed\n");
  g_print ("  parse     %8.1f µs per message\n",
           samples->len > 0 ? (double) parse_us / samples->len : 0.0);
  g_print ("  classify  %8.1f µs per message (%u rounds)\n",
           samples->len > 0 ? (double) classify_us / (samples->len * TIMING_ROUNDS) : 0.0,
           TIMING_ROUNDS);

  return parse_failures > 0 ? 1 : 0;
}
