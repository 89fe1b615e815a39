/* test-mail-corpus.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The labelled corpus under fixtures/mail/corpus keeps its shape: every
 * file parses and looks like real mail, the counts per class and language
 * stay above what the accuracy benchmark needs to mean something, and no
 * message was stamped twice. How well the classifier does on it is
 * bench-mail-classifier's business, not a test's.
 */

#include <string.h>

#include "pursuit-mail-parser.h"

static const char *categories[] = {
  "confirmation", "rejection", "interview", "assessment", "offer", "other",
};

static const char *languages[] = { "en", "de", "fr", "es" };

/* The minimums of the issue: 320 messages, roughly 190/50/40/40 by
 * language, at least 90 "other" of which 50 hard negatives. */
#define MIN_TOTAL              320
#define MIN_OTHER               90
#define MIN_BULK_OTHER          50
#define MIN_PER_CLASS           20
#define MIN_PER_CLASS_AND_LANG   3
#define MIN_CALENDAR             8
static const guint min_per_language[] = { 180, 45, 40, 40 };

typedef struct
{
  char               *path;
  guint               category;
  guint               language;
  PursuitMailMessage *message;
  GBytes             *raw;
} CorpusFile;

static void
corpus_file_free (gpointer data)
{
  CorpusFile *file = data;

  g_free (file->path);
  g_clear_object (&file->message);
  g_clear_pointer (&file->raw, g_bytes_unref);
  g_free (file);
}

static GPtrArray *corpus;

static int
language_index (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (strncmp (name, languages[i], 2) == 0)
      return i;
  return -1;
}

/* "en-001.eml": a language, a dash, three digits. */
static gboolean
is_corpus_name (const char *name)
{
  return strlen (name) == strlen ("en-001.eml") &&
         language_index (name) >= 0 &&
         name[2] == '-' &&
         g_ascii_isdigit (name[3]) && g_ascii_isdigit (name[4]) && g_ascii_isdigit (name[5]) &&
         g_str_has_suffix (name, ".eml");
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  const CorpusFile *fa = *(CorpusFile **) a;
  const CorpusFile *fb = *(CorpusFile **) b;

  return strcmp (fa->path, fb->path);
}

static void
load_corpus (void)
{
  g_autofree char *root = g_test_build_filename (G_TEST_DIST, "fixtures", "mail", "corpus", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  corpus = g_ptr_array_new_with_free_func (corpus_file_free);

  dir = g_dir_open (root, 0, &error);
  g_assert_no_error (error);

  /* Only known category folders and the README: a misspelt folder would
   * silently drop its messages from the benchmark. */
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean known = g_str_equal (name, "README.md");

      for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
        known = known || g_str_equal (name, categories[i]);
      if (!known)
        g_error ("unexpected entry %s in the corpus", name);
    }

  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      g_autofree char *folder = g_build_filename (root, categories[c], NULL);
      g_autoptr(GDir) sub = g_dir_open (folder, 0, &error);

      g_assert_no_error (error);
      while ((name = g_dir_read_name (sub)) != NULL)
        {
          CorpusFile *file = g_new0 (CorpusFile, 1);
          g_autofree char *contents = NULL;
          gsize length;

          if (!is_corpus_name (name))
            g_error ("corpus file %s/%s is not named <lang>-<NNN>.eml", categories[c], name);

          file->path = g_build_filename (folder, name, NULL);
          file->category = c;
          file->language = language_index (name);
          g_file_get_contents (file->path, &contents, &length, &error);
          g_assert_no_error (error);
          file->raw = g_bytes_new_take (g_steal_pointer (&contents), length);
          g_ptr_array_add (corpus, file);
        }
    }

  g_ptr_array_sort (corpus, compare_files);
}

static void
test_corpus_parses (void)
{
  for (guint i = 0; i < corpus->len; i++)
    {
      CorpusFile *file = g_ptr_array_index (corpus, i);
      g_autoptr(GError) error = NULL;
      const char *message_id;
      const char *address;

      file->message = pursuit_mail_parse (file->raw, &error);
      if (error != NULL)
        g_error ("%s: %s", file->path, error->message);
      g_assert_nonnull (file->message);

      address = pursuit_mail_message_get_from_address (file->message);
      if (address == NULL || strchr (address, '@') == NULL)
        g_error ("%s: no From address", file->path);
      if (pursuit_mail_message_get_subject (file->message) == NULL ||
          *pursuit_mail_message_get_subject (file->message) == '\0')
        g_error ("%s: no Subject", file->path);
      if (pursuit_mail_message_get_received_at (file->message) <= 0)
        g_error ("%s: no valid Date", file->path);

      message_id = pursuit_mail_message_get_message_id (file->message);
      if (message_id == NULL || message_id[0] != '<' || !g_str_has_suffix (message_id, ">") ||
          strchr (message_id, '@') == NULL)
        g_error ("%s: no Message-ID", file->path);

      /* The classifier reads the body: an empty one means a MIME
       * structure the parser (or the generator of the file) got wrong. */
      if (pursuit_mail_message_get_body_text (file->message) == NULL ||
          strlen (pursuit_mail_message_get_body_text (file->message)) < 40)
        g_error ("%s: no body text", file->path);
      g_assert_true (g_utf8_validate (pursuit_mail_message_get_body_text (file->message), -1, NULL));
      g_assert_true (g_utf8_validate (pursuit_mail_message_get_subject (file->message), -1, NULL));

      /* Nothing in the corpus was mangled into U+FFFD: every file declares
       * its charset, so a replacement character is a broken fixture. */
      g_assert_null (strstr (pursuit_mail_message_get_subject (file->message), "\xef\xbf\xbd"));
      g_assert_null (strstr (pursuit_mail_message_get_body_text (file->message), "\xef\xbf\xbd"));
    }
}

static void
test_corpus_headers (void)
{
  /* MIME-Version and Content-Type are in the raw header block of every
   * file, as every real message has them. */
  for (guint i = 0; i < corpus->len; i++)
    {
      CorpusFile *file = g_ptr_array_index (corpus, i);
      gsize length;
      const char *data = g_bytes_get_data (file->raw, &length);
      g_autofree char *text = g_strndup (data, length);
      char *end = strstr (text, "\n\n");
      g_autofree char *lower = NULL;

      if (end == NULL)
        end = strstr (text, "\r\n\r\n");
      g_assert_nonnull (end);
      *end = '\0';
      lower = g_ascii_strdown (text, -1);

      if (!g_str_has_prefix (lower, "from:") && strstr (lower, "\nfrom:") == NULL)
        g_error ("%s: no From header", file->path);
      if (strstr (lower, "\ndate:") == NULL)
        g_error ("%s: no Date header", file->path);
      if (strstr (lower, "\nmime-version: 1.0") == NULL)
        g_error ("%s: no MIME-Version header", file->path);
      if (strstr (lower, "\ncontent-type:") == NULL)
        g_error ("%s: no Content-Type header", file->path);
    }
}

static void
test_corpus_counts (void)
{
  guint counts[G_N_ELEMENTS (categories)][G_N_ELEMENTS (languages)] = { { 0 } };
  guint per_language[G_N_ELEMENTS (languages)] = { 0 };
  guint per_class[G_N_ELEMENTS (categories)] = { 0 };
  guint bulk_other = 0;
  guint calendar = 0;
  guint other = G_N_ELEMENTS (categories) - 1;

  for (guint i = 0; i < corpus->len; i++)
    {
      CorpusFile *file = g_ptr_array_index (corpus, i);

      counts[file->category][file->language]++;
      per_language[file->language]++;
      per_class[file->category]++;
      if (file->message == NULL)
        file->message = pursuit_mail_parse (file->raw, NULL);
      g_assert_nonnull (file->message);
      if (file->category == other && pursuit_mail_message_get_bulk (file->message))
        bulk_other++;
      if (pursuit_mail_message_get_calendar_data (file->message) != NULL)
        calendar++;
    }

  g_test_message ("corpus: %u messages", corpus->len);
  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    g_test_message ("%-12s en %3u  de %3u  fr %3u  es %3u", categories[c],
                    counts[c][0], counts[c][1], counts[c][2], counts[c][3]);

  g_assert_cmpuint (corpus->len, >=, MIN_TOTAL);
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    g_assert_cmpuint (per_language[l], >=, min_per_language[l]);
  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      g_assert_cmpuint (per_class[c], >=, MIN_PER_CLASS);
      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        if (counts[c][l] < MIN_PER_CLASS_AND_LANG)
          g_error ("only %u %s messages in %s", counts[c][l], categories[c], languages[l]);
    }
  g_assert_cmpuint (per_class[other], >=, MIN_OTHER);

  /* Job alerts, newsletters and marketing (the bulk part of the hard
   * negatives; cold outreach and ATS account mail come on top). */
  g_assert_cmpuint (bulk_other, >=, MIN_BULK_OTHER);
  g_assert_cmpuint (calendar, >=, MIN_CALENDAR);
}

/* Bodies compared after folding whitespace, so the same text in plain and
 * in HTML still counts as a copy. */
static char *
normalized_body (PursuitMailMessage *message)
{
  g_auto(GStrv) words = g_strsplit_set (pursuit_mail_message_get_body_text (message), " \t\r\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      {
        g_autofree char *lower = g_utf8_strdown (words[i], -1);

        if (out->len > 0)
          g_string_append_c (out, ' ');
        g_string_append (out, lower);
      }
  return g_string_free (out, FALSE);
}

static void
test_corpus_unique (void)
{
  g_autoptr(GHashTable) bodies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < corpus->len; i++)
    {
      CorpusFile *file = g_ptr_array_index (corpus, i);
      char *body;
      const char *seen;
      const char *message_id;

      if (file->message == NULL)
        file->message = pursuit_mail_parse (file->raw, NULL);
      g_assert_nonnull (file->message);

      body = normalized_body (file->message);
      seen = g_hash_table_lookup (bodies, body);
      if (seen != NULL)
        g_error ("%s and %s have the same body", seen, file->path);
      g_hash_table_insert (bodies, body, file->path);

      message_id = pursuit_mail_message_get_message_id (file->message);
      seen = g_hash_table_lookup (ids, message_id);
      if (seen != NULL)
        g_error ("%s and %s have the same Message-ID", seen, file->path);
      g_hash_table_insert (ids, (gpointer) message_id, file->path);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  pursuit_mail_init ();
  load_corpus ();

  g_test_add_func ("/mail-corpus/parses", test_corpus_parses);
  g_test_add_func ("/mail-corpus/headers", test_corpus_headers);
  g_test_add_func ("/mail-corpus/counts", test_corpus_counts);
  g_test_add_func ("/mail-corpus/unique", test_corpus_unique);

  status = g_test_run ();
  g_clear_pointer (&corpus, g_ptr_array_unref);
  return status;
}
