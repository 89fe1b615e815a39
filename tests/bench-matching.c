/* bench-matching.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * What matching costs (issue 7):
 *
 *   extract   skills from 1,000 job descriptions of about 3 KB
 *             (pursuit_skill_taxonomy_extract_skills), and the whole
 *             requirements reading (pursuit_job_requirements_extract)
 *   matcher   pursuit_matcher_new for a CV of 30 skills
 *   score     10,000 jobs against that CV, requirements precomputed
 *             (pursuit_matcher_score; the issue aims under 200 ms)
 *   analyze   10,000 full gap analyses (pursuit_matcher_analyze)
 *
 * next to baselines in the same run: one strlen + g_utf8_validate pass
 * over the same texts for extraction, and one pass reading every
 * requirement of the 10,000 jobs through the getters for scoring.
 *
 * The descriptions are the labelled postings of
 * tests/fixtures/matching/job-descriptions.json, three at a time in a
 * seeded random order, so the text is real posting text; the 10,000 jobs
 * share the 1,000 requirements read from them (10 each).
 */

#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "bench/pursuit-bench.h"
#include "pursuit-job-requirements.h"
#include "pursuit-matcher.h"
#include "pursuit-profile.h"
#include "pursuit-skill-taxonomy.h"

#define N_TEXTS   1000
#define N_JOBS    10000
#define N_ROUNDS  7
#define N_PROFILE 30

static GPtrArray *
load_fixture_texts (void)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *path = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  JsonArray *jobs;

  path = g_build_filename (srcdir != NULL ? srcdir : PURSUIT_TESTS_SOURCE_DIR,
                           "fixtures", "matching", "job-descriptions.json", NULL);
  if (!json_parser_load_from_file (parser, path, &error))
    g_error ("%s: %s", path, error->message);
  jobs = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "jobs");
  for (guint i = 0; i < json_array_get_length (jobs); i++)
    g_ptr_array_add (texts, g_strdup (json_object_get_string_member (json_array_get_object_element (jobs, i),
                                                                     "description")));
  return texts;
}

static GPtrArray *
make_descriptions (GPtrArray *fixtures)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < N_TEXTS; i++)
    {
      GString *text = g_string_new (NULL);

      while (text->len < 2800)
        {
          g_string_append (text, g_ptr_array_index (fixtures, g_rand_int_range (rand, 0, fixtures->len)));
          g_string_append (text, "\n\n");
        }
      g_ptr_array_add (texts, g_string_free (text, FALSE));
    }
  return texts;
}

static PursuitProfile *
make_profile (PursuitSkillTaxonomy *taxonomy)
{
  static const char * const common[] = {
    "Python", "SQL", "JavaScript", "TypeScript", "React", "Docker", "Git", "Linux",
    "PostgreSQL", "Django", "Kubernetes", "AWS",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  PursuitProfile *profile = pursuit_profile_new ();
  guint n_skills = pursuit_skill_taxonomy_get_n_skills (taxonomy);

  pursuit_profile_set_years_of_experience (profile, 6);
  pursuit_profile_set_education (profile, PURSUIT_EDUCATION_BACHELOR);
  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    if (pursuit_skill_taxonomy_lookup (taxonomy, common[i]) >= 0)
      pursuit_profile_set_skill (profile, common[i], 1 + i % 4);
  while (pursuit_profile_get_n_skills (profile) < N_PROFILE && n_skills > N_PROFILE)
    pursuit_profile_set_skill (profile,
                               pursuit_skill_taxonomy_get_name (taxonomy, g_rand_int_range (rand, 0, n_skills)),
                               g_rand_int_range (rand, 1, 5));
  return profile;
}

int
main (int   argc,
      char *argv[])
{
  PursuitSkillTaxonomy *taxonomy;
  g_autoptr(GPtrArray) fixtures = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) requirements = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PursuitProfile) profile = NULL;
  g_autoptr(PursuitMatcher) matcher = NULL;
  double times[N_ROUNDS];
  double baseline_text, extract_skills, extract_requirements, new_ms, baseline_score, score_ms, analyze_ms;
  gsize total_bytes = 0;
  guint found = 0, mentioned = 0;
  gint64 score_sum = 0, check = 0;

  setlocale (LC_ALL, "");
  taxonomy = pursuit_skill_taxonomy_get_default ();
  if (pursuit_skill_taxonomy_get_n_skills (taxonomy) == 0)
    {
      g_print ("The taxonomy is empty: nothing to measure\n");
      return 77;
    }

  fixtures = load_fixture_texts ();
  texts = make_descriptions (fixtures);
  for (guint i = 0; i < texts->len; i++)
    total_bytes += strlen (g_ptr_array_index (texts, i));

  /* Baseline: reading every byte once */
  for (guint round = 0; round < N_ROUNDS; round++)
    {
      double start = now_ms ();
      gsize valid = 0;

      for (guint i = 0; i < texts->len; i++)
        {
          const char *text = g_ptr_array_index (texts, i);

          valid += g_utf8_validate (text, strlen (text), NULL);
        }
      times[round] = now_ms () - start;
      check += valid;
    }
  baseline_text = median_ms (times, N_ROUNDS);

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      double start = now_ms ();

      mentioned = 0;
      for (guint i = 0; i < texts->len; i++)
        {
          g_autoptr(GArray) skills = pursuit_skill_taxonomy_extract_skills (taxonomy,
                                                                            g_ptr_array_index (texts, i), -1);
          mentioned += skills->len;
        }
      times[round] = now_ms () - start;
    }
  extract_skills = median_ms (times, N_ROUNDS);

  for (guint round = 0; round < 3; round++)
    {
      double start = now_ms ();

      g_ptr_array_set_size (requirements, 0);
      for (guint i = 0; i < texts->len; i++)
        g_ptr_array_add (requirements,
                         pursuit_job_requirements_extract (taxonomy, "Software Engineer",
                                                           g_ptr_array_index (texts, i)));
      times[round] = now_ms () - start;
    }
  extract_requirements = median_ms (times, 3);
  for (guint i = 0; i < requirements->len; i++)
    found += pursuit_job_requirements_get_n_skills (g_ptr_array_index (requirements, i));

  profile = make_profile (taxonomy);
  for (guint round = 0; round < N_ROUNDS; round++)
    {
      double start = now_ms ();
      g_autoptr(PursuitMatcher) made = pursuit_matcher_new (taxonomy, profile);

      times[round] = now_ms () - start;
    }
  new_ms = median_ms (times, N_ROUNDS);
  matcher = pursuit_matcher_new (taxonomy, profile);

  /* Baseline: every requirement of the 10,000 jobs read once */
  for (guint round = 0; round < N_ROUNDS; round++)
    {
      double start = now_ms ();

      for (guint j = 0; j < N_JOBS; j++)
        {
          PursuitJobRequirements *r = g_ptr_array_index (requirements, j % requirements->len);
          guint n = pursuit_job_requirements_get_n_skills (r);

          for (guint s = 0; s < n; s++)
            check += pursuit_job_requirements_get_skill (r, s, NULL, NULL);
        }
      times[round] = now_ms () - start;
    }
  baseline_score = median_ms (times, N_ROUNDS);

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      double start = now_ms ();

      score_sum = 0;
      for (guint j = 0; j < N_JOBS; j++)
        score_sum += pursuit_matcher_score (matcher, g_ptr_array_index (requirements, j % requirements->len));
      times[round] = now_ms () - start;
    }
  score_ms = median_ms (times, N_ROUNDS);

  for (guint round = 0; round < 3; round++)
    {
      double start = now_ms ();

      for (guint j = 0; j < N_JOBS; j++)
        {
          g_autoptr(PursuitMatchResult) result =
            pursuit_matcher_analyze (matcher, g_ptr_array_index (requirements, j % requirements->len));

          check += pursuit_match_result_get_n_skills (result);
        }
      times[round] = now_ms () - start;
    }
  analyze_ms = median_ms (times, 3);

  g_print ("Matching: taxonomy of %u skills, CV of %u skills, %u descriptions of %.1f KB on average\n",
           pursuit_skill_taxonomy_get_n_skills (taxonomy), pursuit_profile_get_n_skills (profile),
           N_TEXTS, total_bytes / 1024.0 / N_TEXTS);
  g_print ("  baseline: strlen + g_utf8_validate     %8.2f ms for %u texts\n", baseline_text, N_TEXTS);
  g_print ("  extract skills                         %8.2f ms for %u texts (%.1f× baseline, %.1f skills each)\n",
           extract_skills, N_TEXTS, baseline_text > 0 ? extract_skills / baseline_text : 0.0,
           (double) mentioned / N_TEXTS);
  g_print ("  extract requirements (whole reading)   %8.2f ms for %u texts (%.1f× baseline, %.1f skills each)\n",
           extract_requirements, N_TEXTS, baseline_text > 0 ? extract_requirements / baseline_text : 0.0,
           (double) found / N_TEXTS);
  g_print ("  pursuit_matcher_new                    %8.3f ms\n", new_ms);
  g_print ("  baseline: read 10,000 jobs' skills     %8.2f ms\n", baseline_score);
  g_print ("  score %u jobs                       %8.2f ms (%.1f× baseline; aim < 200 ms), mean score %.1f\n",
           N_JOBS, score_ms, baseline_score > 0 ? score_ms / baseline_score : 0.0,
           (double) score_sum / N_JOBS);
  g_print ("  analyze %u jobs                     %8.2f ms (%.1f µs each)\n",
           N_JOBS, analyze_ms, analyze_ms * 1000 / N_JOBS);
  /* keeps the baselines' work from being optimised away */
  g_debug ("check %" G_GINT64_FORMAT, check);

  return 0;
}
