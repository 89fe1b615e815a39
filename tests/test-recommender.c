/* test-recommender.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>
#include <string.h>

#include "pursuit-recommender.h"
#include "pursuit-test-matching.h"

static gint64 next_id = 1;

static PursuitJob *
posting (const char *title,
         const char *company,
         const char *description)
{
  PursuitJob *job = make_posting (title, company, description);

  pursuit_job_set_id (job, next_id++);

  return job;
}

static void
set_salary (PursuitJob *job,
            gint64      low,
            gint64      high,
            const char *currency,
            const char *period)
{
  pursuit_job_set_salary_min (job, low);
  pursuit_job_set_salary_max (job, high);
  pursuit_job_set_currency (job, currency);
  pursuit_job_set_salary_period (job, period);
}

static PursuitProfile *
rust_profile (void)
{
  PursuitProfile *profile = pursuit_profile_new ();

  pursuit_profile_set_headline (profile, "Desktop software engineer");
  pursuit_profile_set_skill (profile, "Rust", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "GTK", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "C", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "Git", PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  pursuit_profile_set_skill (profile, "Linux", PURSUIT_SKILL_LEVEL_ADVANCED);

  return profile;
}

static GPtrArray *
new_candidates (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static PursuitRecommendation *
find (GPtrArray  *ranked,
      PursuitJob *job,
      guint      *out_rank)
{
  for (guint i = 0; i < ranked->len; i++)
    {
      PursuitRecommendation *recommendation = g_ptr_array_index (ranked, i);

      if (pursuit_recommendation_get_job (recommendation) == job)
        {
          if (out_rank != NULL)
            *out_rank = i;
          return recommendation;
        }
    }

  g_assert_not_reached ();
}

static gboolean
has_reason (PursuitRecommendation *recommendation,
            const char            *part)
{
  const char * const *reasons = pursuit_recommendation_get_reasons (recommendation);

  for (guint i = 0; reasons[i] != NULL; i++)
    if (strstr (reasons[i], part) != NULL)
      return TRUE;

  return FALSE;
}

static void
assert_plain_reasons (GPtrArray *ranked)
{
  for (guint i = 0; i < ranked->len; i++)
    {
      const char * const *reasons = pursuit_recommendation_get_reasons (g_ptr_array_index (ranked, i));

      for (guint j = 0; reasons[j] != NULL; j++)
        {
          g_assert_true (g_utf8_validate (reasons[j], -1, NULL));
          g_assert_cmpuint (strlen (reasons[j]), >, 0);
          /* Plain text: nothing is escaped or marked up for Pango. */
          g_assert_null (strstr (reasons[j], "&amp;"));
          g_assert_null (strstr (reasons[j], "<b>"));
        }
    }
}

static void
test_content_wins (void)
{
  g_autoptr(PursuitProfile) profile = rust_profile ();
  g_autoptr(PursuitRecommender) recommender = pursuit_recommender_new (NULL, profile);
  g_autoptr(GPtrArray) candidates = new_candidates ();
  g_autoptr(GPtrArray) ranked = NULL;
  PursuitJob *right, *java, *nurse, *web;
  PursuitRecommendation *best;

  java = posting ("Backend Developer", "Bank", "We build services in Java with Spring Boot, Hibernate and Oracle. "
                  "Experience with Maven and Jenkins.");
  right = posting ("Desktop Engineer", "GNOME Foundation", "Work on GTK applications written in C and Rust. "
                   "You know Linux, Git and the GNOME platform.");
  nurse = posting ("Registered Nurse", "City Hospital", "Patient care on a surgical ward, night shifts, "
                   "medication administration and wound care.");
  web = posting ("Frontend Developer", "Agency", "React, TypeScript and CSS for marketing sites; some Git.");
  g_ptr_array_add (candidates, java);
  g_ptr_array_add (candidates, right);
  g_ptr_array_add (candidates, nurse);
  g_ptr_array_add (candidates, web);

  ranked = pursuit_recommender_rank (recommender, candidates, NULL, 0);
  g_assert_cmpuint (ranked->len, ==, 4);

  best = g_ptr_array_index (ranked, 0);
  g_assert_true (pursuit_recommendation_get_job (best) == right);
  g_assert_cmpint (pursuit_recommendation_get_job_id (best), ==, pursuit_job_get_id (right));
  g_assert_true (has_reason (best, "Matches"));
  g_assert_true (has_reason (best, "Rust") || has_reason (best, "GTK"));

  /* Scores fall, each within 0..1. */
  for (guint i = 0; i < ranked->len; i++)
    {
      double score = pursuit_recommendation_get_score (g_ptr_array_index (ranked, i));

      g_assert_cmpfloat (score, >=, 0.0);
      g_assert_cmpfloat (score, <=, 1.0);
      if (i > 0)
        g_assert_cmpfloat (score, <=, pursuit_recommendation_get_score (g_ptr_array_index (ranked, i - 1)));
    }

  /* The nurse posting shares nothing with the profile. */
  {
    PursuitRecommendationWeights parts;

    pursuit_recommendation_get_parts (find (ranked, nurse, NULL), &parts);
    g_assert_cmpfloat (parts.skills, <, 0.05);
    pursuit_recommendation_get_parts (best, &parts);
    g_assert_cmpfloat (parts.skills, >, 0.8);
    /* Nothing learned yet: neutral. */
    g_assert_cmpfloat_with_epsilon (parts.behaviour, 0.5, 1e-9);
    g_assert_cmpfloat_with_epsilon (parts.company, 0.5, 1e-9);
  }

  /* Every posting gets a reason: one naming only skills the user lacks
   * says so, one naming nothing at all says that nothing counted. */
  g_assert_true (has_reason (find (ranked, java, NULL), "Asks for none of your skills"));
  g_assert_false (has_reason (best, "Asks for none"));
  {
    g_autoptr(GPtrArray) bland_candidates = new_candidates ();
    g_autoptr(GPtrArray) bland_ranked = NULL;
    PursuitJob *bland = posting ("Helper", NULL, "A friendly team and good coffee.");

    g_ptr_array_add (bland_candidates, bland);
    bland_ranked = pursuit_recommender_rank (recommender, bland_candidates, NULL, 0);
    g_assert_cmpstr (pursuit_recommendation_get_reasons (g_ptr_array_index (bland_ranked, 0))[0], ==,
                     "Nothing in it matches your profile or what you did yet");
  }

  assert_plain_reasons (ranked);
}

static void
test_signals (void)
{
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  g_autoptr(GPtrArray) candidates = new_candidates ();
  g_autoptr(PursuitJob) dismissed = NULL;
  g_autoptr(PursuitJob) advanced = NULL;
  PursuitJob *django, *android;
  guint django_rank, android_rank;

  django = posting ("Python Django Developer", "Shop GmbH", "Build our web shop with Python, Django, "
                    "PostgreSQL and Celery.");
  android = posting ("Android Developer", "Apps Ltd", "Native Android apps in Kotlin with Jetpack Compose; "
                     "Gradle and Firebase.");
  g_ptr_array_add (candidates, django);
  g_ptr_array_add (candidates, android);

  dismissed = posting ("Senior Python Developer", "Other Shop", "Python and Django services on PostgreSQL.");
  advanced = posting ("Senior Python Developer", "Other Shop", "Python and Django services on PostgreSQL.");

  /* Dismissing a Django job pushes the Django posting down. */
  {
    g_autoptr(PursuitRecommender) recommender = pursuit_recommender_new (NULL, profile);
    g_autoptr(GPtrArray) ranked = NULL;
    PursuitRecommendationWeights parts;

    pursuit_recommender_add_signal (recommender, dismissed, PURSUIT_JOB_SIGNAL_DISMISSED);
    ranked = pursuit_recommender_rank (recommender, candidates, NULL, 0);
    find (ranked, django, &django_rank);
    find (ranked, android, &android_rank);
    g_assert_cmpuint (django_rank, >, android_rank);
    pursuit_recommendation_get_parts (find (ranked, django, NULL), &parts);
    g_assert_cmpfloat (parts.behaviour, <, 0.4);
    g_assert_true (has_reason (find (ranked, django, NULL), "which you dismissed"));
    /* The dismissed reason is a reason against: last. */
    assert_plain_reasons (ranked);
  }

  /* A rejection pushes too. */
  {
    g_autoptr(PursuitRecommender) recommender = pursuit_recommender_new (NULL, profile);
    g_autoptr(GPtrArray) ranked = NULL;

    pursuit_recommender_add_signal (recommender, dismissed, PURSUIT_JOB_SIGNAL_REJECTED);
    ranked = pursuit_recommender_rank (recommender, candidates, NULL, 0);
    find (ranked, django, &django_rank);
    find (ranked, android, &android_rank);
    g_assert_cmpuint (django_rank, >, android_rank);
  }

  /* Advancing with one pulls it up, with a reason naming that job. */
  {
    g_autoptr(PursuitRecommender) recommender = pursuit_recommender_new (NULL, profile);
    g_autoptr(GPtrArray) ranked = NULL;
    PursuitRecommendationWeights parts;

    pursuit_recommender_add_signal (recommender, advanced, PURSUIT_JOB_SIGNAL_ADVANCED);
    /* NONE teaches nothing. */
    pursuit_recommender_add_signal (recommender, android, PURSUIT_JOB_SIGNAL_NONE);
    ranked = pursuit_recommender_rank (recommender, candidates, NULL, 0);
    find (ranked, django, &django_rank);
    find (ranked, android, &android_rank);
    g_assert_cmpuint (django_rank, <, android_rank);
    pursuit_recommendation_get_parts (find (ranked, django, NULL), &parts);
    g_assert_cmpfloat (parts.behaviour, >, 0.6);
    g_assert_true (has_reason (find (ranked, django, NULL),
                               "Like Senior Python Developer at Other Shop, which you advanced"));
    {
      PursuitRecommendationWeights other;

      /* Sharing only the word "Developer" pulls far less. */
      pursuit_recommendation_get_parts (find (ranked, android, NULL), &other);
      g_assert_cmpfloat (other.behaviour, <, parts.behaviour - 0.1);
    }
  }
}

static void
test_company (void)
{
  g_autoptr(PursuitRecommender) recommender = pursuit_recommender_new (NULL, NULL);
  g_autoptr(GPtrArray) candidates = new_candidates ();
  g_autoptr(GPtrArray) ranked = NULL;
  g_autoptr(PursuitJob) old = posting ("Accountant", "Acme Corp", "Bookkeeping.");
  g_autoptr(PursuitJob) liked = posting ("Chef", "Good Food", "Cooking.");
  PursuitJob *acme, *food, *other;
  PursuitRecommendationWeights parts;

  acme = posting ("Gardener", "ACME corp ", "Lawns and hedges.");
  food = posting ("Baker", "Good Food", "Bread at dawn.");
  other = posting ("Plumber", "Pipes Inc", "Fixing leaks.");
  g_ptr_array_add (candidates, acme);
  g_ptr_array_add (candidates, food);
  g_ptr_array_add (candidates, other);

  pursuit_recommender_add_signal (recommender, old, PURSUIT_JOB_SIGNAL_REJECTED);
  pursuit_recommender_add_signal (recommender, liked, PURSUIT_JOB_SIGNAL_ADVANCED);
  ranked = pursuit_recommender_rank (recommender, candidates, NULL, 0);

  /* Company names match whatever their case and spaces. */
  pursuit_recommendation_get_parts (find (ranked, acme, NULL), &parts);
  g_assert_cmpfloat (parts.company, <, 0.5);
  g_assert_true (has_reason (find (ranked, acme, NULL), "ACME corp  rejected you before") ||
                 has_reason (find (ranked, acme, NULL), "rejected you before"));
  pursuit_recommendation_get_parts (find (ranked, food, NULL), &parts);
  g_assert_cmpfloat (parts.company, >, 0.5);
  g_assert_true (has_reason (find (ranked, food, NULL), "You advanced with Good Food before"));
  pursuit_recommendation_get_parts (find (ranked, other, NULL), &parts);
  g_assert_cmpfloat_with_epsilon (parts.company, 0.5, 1e-9);
  g_assert_true (pursuit_recommendation_get_job (g_ptr_array_index (ranked, 0)) == food);
}

static void
test_salary (void)
{
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  g_autoptr(PursuitRecommender) recommender = NULL;
  g_autoptr(GPtrArray) candidates = new_candidates ();
  g_autoptr(GPtrArray) ranked = NULL;
  PursuitRecommendationWeights weights = { 0, 0, 1, 0, 0 };
  PursuitRecommendationWeights parts;
  PursuitJob *hourly, *yearly_low, *dollars, *monthly, *unknown, *range;

  pursuit_profile_set_desired_salary (profile, 80000);
  pursuit_profile_set_desired_currency (profile, "EUR");
  recommender = pursuit_recommender_new (NULL, profile);

  /* 45 an hour is 93,600 a year. */
  hourly = posting ("Contractor", "A", NULL);
  set_salary (hourly, 45, 50, "EUR", "HOUR");
  yearly_low = posting ("Junior", "B", NULL);
  set_salary (yearly_low, 50000, 60000, "EUR", "YEAR");
  dollars = posting ("Remote US", "C", NULL);
  set_salary (dollars, 150000, 180000, "USD", NULL);
  /* 6,000 a month is 72,000 a year: a little under. */
  monthly = posting ("Monthly", "D", NULL);
  set_salary (monthly, 6000, 6000, "eur", "MONTH");
  unknown = posting ("No salary", "E", NULL);
  range = posting ("Range", "F", NULL);
  set_salary (range, 70000, 90000, "EUR", NULL);
  g_ptr_array_add (candidates, hourly);
  g_ptr_array_add (candidates, yearly_low);
  g_ptr_array_add (candidates, dollars);
  g_ptr_array_add (candidates, monthly);
  g_ptr_array_add (candidates, unknown);
  g_ptr_array_add (candidates, range);

  ranked = pursuit_recommender_rank (recommender, candidates, &weights, 0);

  pursuit_recommendation_get_parts (find (ranked, hourly, NULL), &parts);
  g_assert_cmpfloat (parts.salary, ==, 1.0);
  g_assert_true (has_reason (find (ranked, hourly, NULL), "an hour meets your"));
  pursuit_recommendation_get_parts (find (ranked, dollars, NULL), &parts);
  g_assert_cmpfloat_with_epsilon (parts.salary, 0.5, 1e-9);
  g_assert_false (has_reason (find (ranked, dollars, NULL), "Salary"));
  pursuit_recommendation_get_parts (find (ranked, unknown, NULL), &parts);
  g_assert_cmpfloat_with_epsilon (parts.salary, 0.5, 1e-9);
  pursuit_recommendation_get_parts (find (ranked, range, NULL), &parts);
  g_assert_cmpfloat (parts.salary, >, 0.75);
  g_assert_cmpfloat (parts.salary, <, 1.0);
  {
    PursuitRecommendationWeights low, month;

    pursuit_recommendation_get_parts (find (ranked, yearly_low, NULL), &low);
    pursuit_recommendation_get_parts (find (ranked, monthly, NULL), &month);
    g_assert_cmpfloat (low.salary, <, 0.5);
    g_assert_cmpfloat (month.salary, >, low.salary);
    g_assert_cmpfloat (month.salary, <, 0.5);
    g_assert_true (has_reason (find (ranked, yearly_low, NULL), "is below your"));
  }

  /* Salary alone orders them: meeting it, spanning it, unknown, below. */
  g_assert_true (pursuit_recommendation_get_job (g_ptr_array_index (ranked, 0)) == hourly);
  g_assert_true (pursuit_recommendation_get_job (g_ptr_array_index (ranked, 1)) == range);
  g_assert_true (pursuit_recommendation_get_job (g_ptr_array_index (ranked, 5)) == yearly_low);
  assert_plain_reasons (ranked);
}

static void
test_location (void)
{
  const char *places[] = { "Berlin", NULL };
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  g_autoptr(GPtrArray) candidates = new_candidates ();
  PursuitRecommendationWeights weights = { 0, 0, 0, 1, 0 };
  PursuitRecommendationWeights parts;
  PursuitJob *remote, *berlin, *munich;

  remote = posting ("Remote role", "A", NULL);
  pursuit_job_set_remote (remote, TRUE);
  berlin = posting ("Berlin role", "B", NULL);
  pursuit_job_set_location (berlin, "Berlin, Germany");
  munich = posting ("Munich role", "C", NULL);
  pursuit_job_set_location (munich, "München");
  g_ptr_array_add (candidates, remote);
  g_ptr_array_add (candidates, berlin);
  g_ptr_array_add (candidates, munich);

  pursuit_profile_set_locations (profile, places);

  /* No remote preference: the place first, remote next, elsewhere last. */
  {
    g_autoptr(PursuitRecommender) recommender = pursuit_recommender_new (NULL, profile);
    g_autoptr(GPtrArray) ranked = pursuit_recommender_rank (recommender, candidates, &weights, 0);

    g_assert_true (pursuit_recommendation_get_job (g_ptr_array_index (ranked, 0)) == berlin);
    g_assert_true (pursuit_recommendation_get_job (g_ptr_array_index (ranked, 1)) == remote);
    g_assert_true (pursuit_recommendation_get_job (g_ptr_array_index (ranked, 2)) == munich);
    g_assert_true (has_reason (find (ranked, berlin, NULL), "In Berlin, one of your places"));
    g_assert_true (has_reason (find (ranked, munich, NULL), "not one of your places"));
    pursuit_recommendation_get_parts (find (ranked, berlin, NULL), &parts);
    g_assert_cmpfloat (parts.location, ==, 1.0);
  }

  /* Remote only. */
  pursuit_profile_set_remote_preference (profile, 1);
  {
    g_autoptr(PursuitRecommender) recommender = pursuit_recommender_new (NULL, profile);
    g_autoptr(GPtrArray) ranked = pursuit_recommender_rank (recommender, candidates, &weights, 0);

    g_assert_true (pursuit_recommendation_get_job (g_ptr_array_index (ranked, 0)) == remote);
    g_assert_true (has_reason (find (ranked, remote, NULL), "Remote, as you prefer"));
    g_assert_true (has_reason (find (ranked, munich, NULL), "Not remote"));
    pursuit_recommendation_get_parts (find (ranked, munich, NULL), &parts);
    g_assert_cmpfloat (parts.location, <, 0.2);
  }
}

static void
test_weights (void)
{
  g_autoptr(PursuitProfile) profile = rust_profile ();
  g_autoptr(PursuitRecommender) recommender = NULL;
  g_autoptr(GPtrArray) candidates = new_candidates ();
  PursuitRecommendationWeights skills_only = { 1, 0, 0, 0, 0 };
  PursuitRecommendationWeights salary_only = { 0, 0, 1, 0, 0 };
  PursuitRecommendationWeights nothing = { 0, 0, 0, 0, 0 };
  PursuitJob *fit, *rich;

  pursuit_profile_set_desired_salary (profile, 70000);
  pursuit_profile_set_desired_currency (profile, "EUR");
  recommender = pursuit_recommender_new (NULL, profile);

  fit = posting ("Rust Engineer", "Small", "Rust and GTK on Linux.");
  set_salary (fit, 40000, 45000, "EUR", NULL);
  rich = posting ("Sales Manager", "Big", "Sell enterprise software; Salesforce CRM.");
  set_salary (rich, 120000, 150000, "EUR", NULL);
  g_ptr_array_add (candidates, fit);
  g_ptr_array_add (candidates, rich);

  {
    g_autoptr(GPtrArray) ranked = pursuit_recommender_rank (recommender, candidates, &skills_only, 0);

    g_assert_true (pursuit_recommendation_get_job (g_ptr_array_index (ranked, 0)) == fit);
  }
  {
    g_autoptr(GPtrArray) ranked = pursuit_recommender_rank (recommender, candidates, &salary_only, 0);

    g_assert_true (pursuit_recommendation_get_job (g_ptr_array_index (ranked, 0)) == rich);
    /* Weights are normalised: salary alone makes the whole score. */
    g_assert_cmpfloat_with_epsilon (pursuit_recommendation_get_score (g_ptr_array_index (ranked, 0)), 1.0, 1e-9);
  }
  {
    /* All zero falls back to the defaults rather than ranking on nothing. */
    g_autoptr(GPtrArray) ranked = pursuit_recommender_rank (recommender, candidates, &nothing, 0);
    g_autoptr(GPtrArray) defaults = pursuit_recommender_rank (recommender, candidates, NULL, 0);

    g_assert_cmpfloat_with_epsilon (pursuit_recommendation_get_score (g_ptr_array_index (ranked, 0)),
                                    pursuit_recommendation_get_score (g_ptr_array_index (defaults, 0)), 1e-9);
  }
}

static void
test_limit (void)
{
  g_autoptr(PursuitRecommender) recommender = pursuit_recommender_new (NULL, NULL);
  g_autoptr(GPtrArray) candidates = new_candidates ();
  g_autoptr(GPtrArray) none = new_candidates ();

  for (guint i = 0; i < 5; i++)
    g_ptr_array_add (candidates, posting ("Job", "Company", "Work."));

  {
    g_autoptr(GPtrArray) ranked = pursuit_recommender_rank (recommender, candidates, NULL, 2);

    g_assert_cmpuint (ranked->len, ==, 2);
    /* Equal scores: newer postings first. */
    g_assert_cmpint (pursuit_recommendation_get_job_id (g_ptr_array_index (ranked, 0)), >,
                     pursuit_recommendation_get_job_id (g_ptr_array_index (ranked, 1)));
  }
  {
    g_autoptr(GPtrArray) ranked = pursuit_recommender_rank (recommender, candidates, NULL, 0);

    g_assert_cmpuint (ranked->len, ==, 5);
  }
  {
    g_autoptr(GPtrArray) ranked = pursuit_recommender_rank (recommender, candidates, NULL, 50);

    g_assert_cmpuint (ranked->len, ==, 5);
  }
  {
    g_autoptr(GPtrArray) ranked = pursuit_recommender_rank (recommender, none, NULL, 0);

    g_assert_cmpuint (ranked->len, ==, 0);
  }
}

static void
test_json (void)
{
  g_autoptr(PursuitProfile) profile = rust_profile ();
  g_autoptr(PursuitRecommender) recommender = pursuit_recommender_new (NULL, profile);
  g_autoptr(GPtrArray) candidates = new_candidates ();
  g_autoptr(GPtrArray) ranked = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  PursuitJob *job = posting ("Rust <Engineer> & \"Co\"", "GNOME", "Rust, GTK and C on Linux.");
  JsonObject *object, *parts;

  g_ptr_array_add (candidates, job);
  ranked = pursuit_recommender_rank (recommender, candidates, NULL, 0);
  json = pursuit_recommendation_to_json (g_ptr_array_index (ranked, 0));
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);

  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (object, "job_id"), ==, pursuit_job_get_id (job));
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "Rust <Engineer> & \"Co\"");
  g_assert_cmpstr (json_object_get_string_member (object, "company"), ==, "GNOME");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, "score"),
                                  pursuit_recommendation_get_score (g_ptr_array_index (ranked, 0)), 1e-9);
  parts = json_object_get_object_member (object, "parts");
  g_assert_true (json_object_has_member (parts, "skills"));
  g_assert_true (json_object_has_member (parts, "behaviour"));
  g_assert_true (json_object_has_member (parts, "salary"));
  g_assert_true (json_object_has_member (parts, "location"));
  g_assert_true (json_object_has_member (parts, "company"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "reasons")), >, 0);

  /* The store's cache rebuilds them from their parts. */
  {
    const char *reasons[] = { "One", "Two", NULL };
    PursuitRecommendationWeights in = { 0.1, 0.2, 0.3, 0.4, 0.5 }, out;
    g_autoptr(PursuitRecommendation) copy = pursuit_recommendation_new (job, 0.42, &in, reasons);

    g_assert_cmpfloat (pursuit_recommendation_get_score (copy), ==, 0.42);
    pursuit_recommendation_get_parts (copy, &out);
    g_assert_cmpfloat (out.location, ==, 0.4);
    g_assert_cmpstr (pursuit_recommendation_get_reasons (copy)[1], ==, "Two");
    g_assert_null (pursuit_recommendation_get_reasons (copy)[2]);
  }
}

static void
test_hostile (void)
{
  g_autoptr(PursuitProfile) profile = rust_profile ();
  g_autoptr(PursuitRecommender) recommender = NULL;
  g_autoptr(GPtrArray) candidates = new_candidates ();
  g_autoptr(GPtrArray) ranked = NULL;
  g_autoptr(GString) huge = g_string_new (NULL);
  const char *places[] = { "", "Berlin", NULL };
  PursuitJob *job;

  /* Unknown skills and empty places in the profile are words, not crashes. */
  pursuit_profile_set_skill (profile, "Underwater basket weaving", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_locations (profile, places);
  pursuit_profile_set_desired_salary (profile, 50000);
  pursuit_profile_set_desired_currency (profile, "EUR");
  recommender = pursuit_recommender_new (NULL, profile);

  while (huge->len < 4 * 1024 * 1024)
    g_string_append (huge, "Rust GTK Linux basket weaving boilerplate ");
  job = posting ("Huge", "Big", huge->str);
  g_ptr_array_add (candidates, job);
  job = posting ("Bad \xff\xfe UTF-8 \xc3", "\xff", "Rust \xe2\x82 GTK \xff\xff developer");
  pursuit_job_set_location (job, "\xff Berlin");
  g_ptr_array_add (candidates, job);
  job = posting (NULL, NULL, NULL);
  /* Negative and enormous salaries. */
  set_salary (job, -5, G_MAXINT64 / 4096, "EUR", "HOUR");
  g_ptr_array_add (candidates, job);
  job = posting ("", "", "");
  g_ptr_array_add (candidates, job);

  pursuit_recommender_add_signal (recommender, job, PURSUIT_JOB_SIGNAL_DISMISSED);
  ranked = pursuit_recommender_rank (recommender, candidates, NULL, 0);
  g_assert_cmpuint (ranked->len, ==, 4);
  assert_plain_reasons (ranked);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/recommender/content", test_content_wins);
  g_test_add_func ("/recommender/signals", test_signals);
  g_test_add_func ("/recommender/company", test_company);
  g_test_add_func ("/recommender/salary", test_salary);
  g_test_add_func ("/recommender/location", test_location);
  g_test_add_func ("/recommender/weights", test_weights);
  g_test_add_func ("/recommender/limit", test_limit);
  g_test_add_func ("/recommender/json", test_json);
  g_test_add_func ("/recommender/hostile", test_hostile);

  return g_test_run ();
}
