/* bench-recommend.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Prints how long ranking 10,000 postings takes, next to baselines
 * measured in the same run on the same texts, so the ratios mean something
 * on a noisy machine:
 *
 *   baseline  one strlen + g_utf8_validate pass over every title and
 *             description (the least any ranking must read)
 *   extract   the taxonomy's skill extraction alone over the same texts
 *             (the bulk of building the document vectors)
 *   learn     pursuit_recommender_new and 300 signals
 *   rank      all 10,000 with the default weights, top 50 and all with
 *             reasons
 *
 * Each figure is the best of a few runs.
 */

#include <locale.h>
#include <string.h>

#include "pursuit-recommender.h"

#define N_POSTINGS 10000
#define N_SIGNALS  300
#define N_RUNS     3

static const char * const titles[] = {
  "Senior Rust Engineer", "Backend Developer", "Frontend Engineer", "Data Scientist",
  "DevOps Engineer", "Product Manager", "UX Designer", "Android Developer", "iOS Developer",
  "Machine Learning Engineer", "Site Reliability Engineer", "QA Engineer", "Registered Nurse",
  "Financial Analyst", "Marketing Manager", "Sales Representative", "Embedded Software Engineer",
  "Security Engineer", "Data Engineer", "Full Stack Developer",
};

static const char * const skills[] = {
  "Rust", "Python", "Django", "JavaScript", "TypeScript", "React", "Vue.js", "Node.js", "Java",
  "Spring Boot", "Kotlin", "Swift", "C++", "C#", ".NET", "Go", "PostgreSQL", "MySQL", "MongoDB",
  "Redis", "Kubernetes", "Docker", "Terraform", "AWS", "Azure", "Google Cloud", "Linux", "Git",
  "GraphQL", "REST", "Kafka", "Spark", "TensorFlow", "PyTorch", "pandas", "SQL", "Figma", "Jira",
  "Scrum", "Agile", "Excel", "Salesforce", "SEO", "GTK", "Ansible", "Jenkins", "Selenium",
};

static const char * const filler[] = {
  "We are a fast-growing company building products that millions of people use every day.",
  "You will work closely with product, design and engineering to ship features end to end.",
  "Our team values ownership, clear communication and continuous learning.",
  "We offer flexible working hours, a learning budget and 30 days of paid holiday.",
  "You care about code quality, testing and maintainable systems.",
  "Experience with distributed systems and high-traffic services is a plus.",
  "You enjoy mentoring others and sharing knowledge across teams.",
  "Wir bieten ein modernes Arbeitsumfeld und flache Hierarchien.",
};

static const char * const places[] = { "Berlin", "Munich", "Hamburg", "Paris", "London", "Madrid", "Remote" };
static const char * const currencies[] = { "EUR", "EUR", "EUR", "USD", "GBP" };
static const char * const periods[] = { NULL, NULL, NULL, "MONTH", "HOUR" };

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static PursuitJob *
make_posting (GRand *rand,
              gint64 id)
{
  PursuitJob *job = pursuit_job_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *company = g_strdup_printf ("Company %d", g_rand_int_range (rand, 0, 800));
  guint n_skills = g_rand_int_range (rand, 4, 10);
  const char *period;

  pursuit_job_set_id (job, id);
  pursuit_job_set_title (job, titles[g_rand_int_range (rand, 0, G_N_ELEMENTS (titles))]);
  pursuit_job_set_company (job, company);
  pursuit_job_set_stage (job, "saved");
  pursuit_job_set_location (job, places[g_rand_int_range (rand, 0, G_N_ELEMENTS (places))]);
  pursuit_job_set_remote (job, g_rand_int_range (rand, 0, 4) == 0);

  period = periods[g_rand_int_range (rand, 0, G_N_ELEMENTS (periods))];
  if (g_rand_int_range (rand, 0, 3) > 0)
    {
      gint64 base = g_strcmp0 (period, "HOUR") == 0 ? 40 : g_strcmp0 (period, "MONTH") == 0 ? 5000 : 60000;

      pursuit_job_set_salary_min (job, base + g_rand_int_range (rand, 0, base / 2));
      pursuit_job_set_salary_max (job, base * 3 / 2 + g_rand_int_range (rand, 0, base / 2));
      pursuit_job_set_currency (job, currencies[g_rand_int_range (rand, 0, G_N_ELEMENTS (currencies))]);
      pursuit_job_set_salary_period (job, period);
    }

  /* About 1.5 KB: an intro, requirements with skills, an offer. */
  for (guint i = 0; i < 5; i++)
    {
      g_string_append (text, filler[g_rand_int_range (rand, 0, G_N_ELEMENTS (filler))]);
      g_string_append_c (text, ' ');
    }
  g_string_append (text, "\n\nRequirements:\n");
  for (guint i = 0; i < n_skills; i++)
    g_string_append_printf (text, "- %d+ years of experience with %s\n", g_rand_int_range (rand, 1, 6),
                            skills[g_rand_int_range (rand, 0, G_N_ELEMENTS (skills))]);
  g_string_append (text, "\nNice to have:\n");
  for (guint i = 0; i < 3; i++)
    g_string_append_printf (text, "- %s\n", skills[g_rand_int_range (rand, 0, G_N_ELEMENTS (skills))]);
  g_string_append (text, "\n");
  for (guint i = 0; i < 6; i++)
    {
      g_string_append (text, filler[g_rand_int_range (rand, 0, G_N_ELEMENTS (filler))]);
      g_string_append_c (text, ' ');
    }
  pursuit_job_set_description (job, text->str);

  return job;
}

static PursuitProfile *
make_profile (void)
{
  const char *wanted[] = { "Berlin", "Remote", NULL };
  PursuitProfile *profile = pursuit_profile_new ();

  pursuit_profile_set_headline (profile, "Backend engineer");
  pursuit_profile_set_skill (profile, "Rust", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "PostgreSQL", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "Docker", PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  pursuit_profile_set_skill (profile, "Kubernetes", PURSUIT_SKILL_LEVEL_BEGINNER);
  pursuit_profile_set_skill (profile, "Linux", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "Git", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "Django", PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  pursuit_profile_set_desired_salary (profile, 75000);
  pursuit_profile_set_desired_currency (profile, "EUR");
  pursuit_profile_set_locations (profile, wanted);

  return profile;
}

static double
baseline_pass (GPtrArray *postings,
               gsize     *out_bytes)
{
  double best = G_MAXDOUBLE;

  for (guint run = 0; run < N_RUNS; run++)
    {
      double start = now_ms ();
      gsize bytes = 0;
      guint valid = 0;

      for (guint i = 0; i < postings->len; i++)
        {
          PursuitJob *job = g_ptr_array_index (postings, i);
          const char *title = pursuit_job_get_title (job);
          const char *description = pursuit_job_get_description (job);
          gsize a = strlen (title), b = strlen (description);

          bytes += a + b;
          valid += g_utf8_validate (title, a, NULL) && g_utf8_validate (description, b, NULL);
        }
      g_assert_cmpuint (valid, ==, postings->len);
      best = MIN (best, now_ms () - start);
      *out_bytes = bytes;
    }

  return best;
}

static double
extract_pass (GPtrArray *postings,
              guint     *out_mentions)
{
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
  double best = G_MAXDOUBLE;

  for (guint run = 0; run < N_RUNS; run++)
    {
      double start = now_ms ();
      guint mentions = 0;

      for (guint i = 0; i < postings->len; i++)
        {
          PursuitJob *job = g_ptr_array_index (postings, i);
          g_autoptr(GArray) a = pursuit_skill_taxonomy_extract (taxonomy, pursuit_job_get_title (job), -1);
          g_autoptr(GArray) b = pursuit_skill_taxonomy_extract (taxonomy, pursuit_job_get_description (job), -1);

          mentions += a->len + b->len;
        }
      best = MIN (best, now_ms () - start);
      *out_mentions = mentions;
    }

  return best;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GPtrArray) postings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) signals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PursuitProfile) profile = make_profile ();
  g_autoptr(PursuitRecommender) recommender = NULL;
  PursuitRecommendationWeights weights;
  double baseline, extract, learn = G_MAXDOUBLE, top = G_MAXDOUBLE, all = G_MAXDOUBLE;
  gsize bytes = 0;
  guint mentions = 0;

  /* g_print () converts to the locale's charset: "µs", "×". */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  pursuit_recommendation_weights_init_default (&weights);

  for (guint i = 0; i < N_POSTINGS; i++)
    g_ptr_array_add (postings, make_posting (rand, i + 1));
  for (guint i = 0; i < N_SIGNALS; i++)
    g_ptr_array_add (signals, make_posting (rand, N_POSTINGS + i + 1));

  /* Load the taxonomy outside the timings. */
  pursuit_skill_taxonomy_get_default ();

  baseline = baseline_pass (postings, &bytes);
  extract = extract_pass (postings, &mentions);

  for (guint run = 0; run < N_RUNS; run++)
    {
      double start = now_ms ();

      g_clear_object (&recommender);
      recommender = pursuit_recommender_new (NULL, profile);
      for (guint i = 0; i < signals->len; i++)
        pursuit_recommender_add_signal (recommender, g_ptr_array_index (signals, i),
                                        (PursuitJobSignal)(1 + i % 4));
      learn = MIN (learn, now_ms () - start);
    }

  for (guint run = 0; run < N_RUNS; run++)
    {
      double start = now_ms ();
      g_autoptr(GPtrArray) ranked = pursuit_recommender_rank (recommender, postings, &weights, 50);

      top = MIN (top, now_ms () - start);
      g_assert_cmpuint (ranked->len, ==, 50);
      if (run == 0)
        {
          PursuitRecommendation *best = g_ptr_array_index (ranked, 0);
          const char * const *reasons = pursuit_recommendation_get_reasons (best);

          g_print ("best: %s at %s, score %.3f; %s\n",
                   pursuit_job_get_title (pursuit_recommendation_get_job (best)),
                   pursuit_job_get_company (pursuit_recommendation_get_job (best)),
                   pursuit_recommendation_get_score (best), reasons[0] != NULL ? reasons[0] : "(no reason)");
        }
    }

  for (guint run = 0; run < N_RUNS; run++)
    {
      double start = now_ms ();
      g_autoptr(GPtrArray) ranked = pursuit_recommender_rank (recommender, postings, &weights, 0);

      all = MIN (all, now_ms () - start);
      g_assert_cmpuint (ranked->len, ==, N_POSTINGS);
    }

  g_print ("postings: %d, %.1f MB of text, %u skill mentions\n", N_POSTINGS, bytes / 1e6, mentions);
  g_print ("baseline strlen + g_utf8_validate: %.1f ms\n", baseline);
  g_print ("skill extraction alone: %.1f ms (%.1f× baseline)\n", extract, extract / baseline);
  g_print ("learn: recommender_new + %d signals: %.1f ms\n", N_SIGNALS, learn);
  g_print ("rank %d postings, top 50 with reasons: %.1f ms, %.1f µs a posting (%.1f× baseline, %.2f× extraction)\n",
           N_POSTINGS, top, top * 1000 / N_POSTINGS, top / baseline, top / extract);
  g_print ("rank %d postings, all with reasons: %.1f ms (%.1f× baseline, %.2f× extraction)\n",
           N_POSTINGS, all, all / baseline, all / extract);

  return 0;
}
