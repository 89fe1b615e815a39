/* test-job-filter.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-job-filter.h"
#include "pursuit-job-list.h"
#include "pursuit-pipeline.h"
#include "pursuit-store.h"
#include "pursuit-test-store.h"

static PursuitJob *
make_full_job (const char *title,
               gboolean    remote,
               gint64      salary_min,
               gint64      salary_max,
               const char *period,
               const char *source)
{
  PursuitJob *job = make_job (title, "Acme", NULL);

  pursuit_job_set_remote (job, remote);
  pursuit_job_set_salary_min (job, salary_min);
  pursuit_job_set_salary_max (job, salary_max);
  pursuit_job_set_salary_period (job, period);
  pursuit_job_set_source (job, source);

  return job;
}

static void
test_filter_empty (void)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autoptr(PursuitJob) bare = make_job ("Chef", NULL, NULL);
  g_autoptr(PursuitJob) full = make_full_job ("Engineer", TRUE, 1, 2, "YEAR", "Indeed");

  g_assert_true (pursuit_job_filter_is_empty (filter));
  g_assert_nonnull (pursuit_job_filter_get_tags (filter));
  g_assert_null (pursuit_job_filter_get_tags (filter)[0]);
  g_assert_null (pursuit_job_filter_get_source (filter));
  g_assert_false (pursuit_job_filter_get_remote_only (filter));
  g_assert_cmpint (pursuit_job_filter_get_min_salary (filter), ==, 0);

  g_assert_true (pursuit_job_filter_matches (filter, bare));
  g_assert_true (pursuit_job_filter_matches (filter, full));

  /* Values that mean "any" keep the filter empty. */
  pursuit_job_filter_set_source (filter, "   ");
  pursuit_job_filter_set_tags (filter, (const char *[]) { "", "  ", NULL });
  pursuit_job_filter_set_min_salary (filter, 0);
  pursuit_job_filter_set_remote_only (filter, FALSE);
  g_assert_true (pursuit_job_filter_is_empty (filter));
  g_assert_null (pursuit_job_filter_get_source (filter));
  g_assert_null (pursuit_job_filter_get_tags (filter)[0]);

  pursuit_job_filter_set_remote_only (filter, TRUE);
  g_assert_false (pursuit_job_filter_is_empty (filter));
}

static void
test_filter_remote (void)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autoptr(PursuitJob) remote = make_full_job ("A", TRUE, 0, 0, NULL, NULL);
  g_autoptr(PursuitJob) office = make_full_job ("B", FALSE, 0, 0, NULL, NULL);

  pursuit_job_filter_set_remote_only (filter, TRUE);
  g_assert_true (pursuit_job_filter_get_remote_only (filter));
  g_assert_true (pursuit_job_filter_matches (filter, remote));
  g_assert_false (pursuit_job_filter_matches (filter, office));

  /* Any true value is TRUE. */
  pursuit_job_filter_set_remote_only (filter, 42);
  g_assert_true (pursuit_job_filter_get_remote_only (filter) == TRUE);

  pursuit_job_filter_set_remote_only (filter, FALSE);
  g_assert_true (pursuit_job_filter_matches (filter, office));
}

static void
test_filter_source (void)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autoptr(PursuitJob) indeed = make_full_job ("A", FALSE, 0, 0, NULL, "Indeed");
  g_autoptr(PursuitJob) indeed_lower = make_full_job ("B", FALSE, 0, 0, NULL, "indeed");
  g_autoptr(PursuitJob) indeed_jobs = make_full_job ("C", FALSE, 0, 0, NULL, "Indeed Jobs");
  g_autoptr(PursuitJob) accented = make_full_job ("D", FALSE, 0, 0, NULL, "Émploi");
  g_autoptr(PursuitJob) none = make_full_job ("E", FALSE, 0, 0, NULL, NULL);

  pursuit_job_filter_set_source (filter, "  INDEED ");
  g_assert_cmpstr (pursuit_job_filter_get_source (filter), ==, "INDEED");
  g_assert_true (pursuit_job_filter_matches (filter, indeed));
  g_assert_true (pursuit_job_filter_matches (filter, indeed_lower));
  g_assert_false (pursuit_job_filter_matches (filter, indeed_jobs));
  g_assert_false (pursuit_job_filter_matches (filter, accented));
  g_assert_false (pursuit_job_filter_matches (filter, none));

  /* Case-insensitive beyond ASCII. */
  pursuit_job_filter_set_source (filter, "éMPLOI");
  g_assert_true (pursuit_job_filter_matches (filter, accented));
  g_assert_false (pursuit_job_filter_matches (filter, indeed));

  pursuit_job_filter_set_source (filter, NULL);
  g_assert_null (pursuit_job_filter_get_source (filter));
  g_assert_true (pursuit_job_filter_matches (filter, none));
  g_assert_true (pursuit_job_filter_is_empty (filter));
}

static void
test_filter_tags (void)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autoptr(PursuitJob) both = make_job ("A", NULL, NULL);
  g_autoptr(PursuitJob) rust = make_job ("B", NULL, NULL);
  g_autoptr(PursuitJob) untagged = make_job ("C", NULL, NULL);
  const char * const *tags;

  pursuit_job_set_tags (both, (const char *[]) { "Rust", "dream job", "Berlin", NULL });
  pursuit_job_set_tags (rust, (const char *[]) { "rust", NULL });

  /* Normalised like a job's tags: trimmed, unique, sorted. */
  pursuit_job_filter_set_tags (filter, (const char *[]) { " rust ", "Dream Job", "", "RUST", NULL });
  tags = pursuit_job_filter_get_tags (filter);
  g_assert_cmpuint (g_strv_length ((char **)tags), ==, 2);
  g_assert_cmpstr (tags[0], ==, "Dream Job");
  g_assert_cmpstr (tags[1], ==, "rust");

  /* Every tag is needed, in any case. */
  g_assert_true (pursuit_job_filter_matches (filter, both));
  g_assert_false (pursuit_job_filter_matches (filter, rust));
  g_assert_false (pursuit_job_filter_matches (filter, untagged));

  pursuit_job_filter_set_tags (filter, (const char *[]) { "RUST", NULL });
  g_assert_true (pursuit_job_filter_matches (filter, both));
  g_assert_true (pursuit_job_filter_matches (filter, rust));
  g_assert_false (pursuit_job_filter_matches (filter, untagged));

  /* A tag no job has. */
  pursuit_job_filter_set_tags (filter, (const char *[]) { "rus", NULL });
  g_assert_false (pursuit_job_filter_matches (filter, rust));

  pursuit_job_filter_set_tags (filter, NULL);
  g_assert_null (pursuit_job_filter_get_tags (filter)[0]);
  g_assert_true (pursuit_job_filter_matches (filter, untagged));
  g_assert_true (pursuit_job_filter_is_empty (filter));
}

static void
test_filter_min_salary (void)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autoptr(PursuitJob) range = make_full_job ("Range", FALSE, 70000, 90000, "YEAR", NULL);
  g_autoptr(PursuitJob) min_only = make_full_job ("Min", FALSE, 85000, 0, NULL, NULL);
  g_autoptr(PursuitJob) max_only = make_full_job ("Max", FALSE, 0, 80000, NULL, NULL);
  g_autoptr(PursuitJob) none = make_full_job ("None", FALSE, 0, 0, NULL, NULL);
  g_autoptr(PursuitJob) hourly = make_full_job ("Hourly", FALSE, 40, 45, "HOUR", NULL);
  g_autoptr(PursuitJob) daily = make_full_job ("Daily", FALSE, 300, 0, "DAY", NULL);
  g_autoptr(PursuitJob) weekly = make_full_job ("Weekly", FALSE, 1600, 0, "WEEK", NULL);
  g_autoptr(PursuitJob) monthly = make_full_job ("Monthly", FALSE, 6000, 7000, "MONTH", NULL);

  g_assert_cmpint (pursuit_job_filter_annual_salary (range), ==, 90000);
  g_assert_cmpint (pursuit_job_filter_annual_salary (min_only), ==, 85000);
  g_assert_cmpint (pursuit_job_filter_annual_salary (max_only), ==, 80000);
  g_assert_cmpint (pursuit_job_filter_annual_salary (none), ==, 0);
  g_assert_cmpint (pursuit_job_filter_annual_salary (hourly), ==, 45 * 2080);
  g_assert_cmpint (pursuit_job_filter_annual_salary (daily), ==, 300 * 260);
  g_assert_cmpint (pursuit_job_filter_annual_salary (weekly), ==, 1600 * 52);
  g_assert_cmpint (pursuit_job_filter_annual_salary (monthly), ==, 7000 * 12);

  /* Without a minimum, jobs without a salary pass too. */
  g_assert_true (pursuit_job_filter_matches (filter, none));

  pursuit_job_filter_set_min_salary (filter, 85000);
  g_assert_cmpint (pursuit_job_filter_get_min_salary (filter), ==, 85000);
  g_assert_true (pursuit_job_filter_matches (filter, range));
  g_assert_true (pursuit_job_filter_matches (filter, min_only));   /* equal passes */
  g_assert_false (pursuit_job_filter_matches (filter, max_only));
  g_assert_false (pursuit_job_filter_matches (filter, none));
  g_assert_true (pursuit_job_filter_matches (filter, hourly));     /* 93,600 */
  g_assert_false (pursuit_job_filter_matches (filter, daily));     /* 78,000 */
  g_assert_false (pursuit_job_filter_matches (filter, weekly));    /* 83,200 */
  g_assert_false (pursuit_job_filter_matches (filter, monthly));   /* 84,000 */

  pursuit_job_filter_set_min_salary (filter, 90001);
  g_assert_false (pursuit_job_filter_matches (filter, range));
  g_assert_true (pursuit_job_filter_matches (filter, hourly));
}

static void
test_filter_combined (void)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autoptr(PursuitJob) fits = make_full_job ("Fits", TRUE, 0, 100000, "YEAR", "LinkedIn");
  g_autoptr(PursuitJob) office = make_full_job ("Office", FALSE, 0, 100000, "YEAR", "LinkedIn");
  g_autoptr(PursuitJob) cheap = make_full_job ("Cheap", TRUE, 0, 50000, "YEAR", "LinkedIn");
  g_autoptr(PursuitJob) elsewhere = make_full_job ("Elsewhere", TRUE, 0, 100000, "YEAR", "Indeed");
  g_autoptr(PursuitJob) untagged = make_full_job ("Untagged", TRUE, 0, 100000, "YEAR", "LinkedIn");

  pursuit_job_set_tags (fits, (const char *[]) { "rust", NULL });
  pursuit_job_set_tags (office, (const char *[]) { "rust", NULL });
  pursuit_job_set_tags (cheap, (const char *[]) { "rust", NULL });
  pursuit_job_set_tags (elsewhere, (const char *[]) { "rust", NULL });

  pursuit_job_filter_set_remote_only (filter, TRUE);
  pursuit_job_filter_set_min_salary (filter, 60000);
  pursuit_job_filter_set_source (filter, "linkedin");
  pursuit_job_filter_set_tags (filter, (const char *[]) { "Rust", NULL });

  g_assert_true (pursuit_job_filter_matches (filter, fits));
  g_assert_false (pursuit_job_filter_matches (filter, office));
  g_assert_false (pursuit_job_filter_matches (filter, cheap));
  g_assert_false (pursuit_job_filter_matches (filter, elsewhere));
  g_assert_false (pursuit_job_filter_matches (filter, untagged));
}

static void
test_filter_equal (void)
{
  g_autoptr(PursuitJobFilter) a = pursuit_job_filter_new ();
  g_autoptr(PursuitJobFilter) b = pursuit_job_filter_new ();
  g_autoptr(PursuitJobFilter) copy = NULL;

  g_assert_true (pursuit_job_filter_equal (a, b));
  g_assert_true (pursuit_job_filter_equal (a, NULL));
  g_assert_true (pursuit_job_filter_equal (NULL, b));
  g_assert_true (pursuit_job_filter_equal (NULL, NULL));
  g_assert_true (pursuit_job_filter_equal (a, a));

  pursuit_job_filter_set_remote_only (a, TRUE);
  g_assert_false (pursuit_job_filter_equal (a, b));
  g_assert_false (pursuit_job_filter_equal (a, NULL));
  g_assert_false (pursuit_job_filter_equal (NULL, a));
  pursuit_job_filter_set_remote_only (b, TRUE);
  g_assert_true (pursuit_job_filter_equal (a, b));

  pursuit_job_filter_set_min_salary (a, 50000);
  g_assert_false (pursuit_job_filter_equal (a, b));
  pursuit_job_filter_set_min_salary (b, 50000);
  g_assert_true (pursuit_job_filter_equal (a, b));

  /* Spellings that filter alike are equal. */
  pursuit_job_filter_set_source (a, "Indeed");
  g_assert_false (pursuit_job_filter_equal (a, b));
  pursuit_job_filter_set_source (b, " indeed");
  g_assert_true (pursuit_job_filter_equal (a, b));

  pursuit_job_filter_set_tags (a, (const char *[]) { "Rust", "remote-first", NULL });
  g_assert_false (pursuit_job_filter_equal (a, b));
  pursuit_job_filter_set_tags (b, (const char *[]) { "REMOTE-FIRST", "rust", "rust", NULL });
  g_assert_true (pursuit_job_filter_equal (a, b));
  pursuit_job_filter_set_tags (b, (const char *[]) { "rust", NULL });
  g_assert_false (pursuit_job_filter_equal (a, b));

  /* A copy is equal and independent. */
  copy = pursuit_job_filter_copy (a);
  g_assert_true (pursuit_job_filter_equal (a, copy));
  g_assert_cmpstr (pursuit_job_filter_get_source (copy), ==, "Indeed");
  g_assert_cmpstr (pursuit_job_filter_get_tags (copy)[1], ==, "Rust");
  pursuit_job_filter_set_remote_only (copy, FALSE);
  g_assert_false (pursuit_job_filter_equal (a, copy));
  g_assert_true (pursuit_job_filter_get_remote_only (a));
}

static void
test_filter_boxed (void)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_auto(GValue) value = G_VALUE_INIT;
  PursuitJobFilter *held;

  g_assert_true (G_TYPE_IS_BOXED (PURSUIT_TYPE_JOB_FILTER));

  g_value_init (&value, PURSUIT_TYPE_JOB_FILTER);
  g_value_set_boxed (&value, filter);
  held = g_value_get_boxed (&value);
  /* Boxed copies are references: the same filter, kept alive. */
  g_assert_true (held == filter);
  g_assert_true (pursuit_job_filter_ref (filter) == filter);
  pursuit_job_filter_unref (filter);
}

static void
test_filter_hostile (void)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autoptr(PursuitJob) negative = make_full_job ("Negative", TRUE, -5000, -1, "YEAR", NULL);
  g_autoptr(PursuitJob) huge = make_full_job ("Huge", TRUE, 0, G_MAXINT64 / 2, "HOUR", NULL);
  g_autoptr(PursuitJob) odd_period = make_full_job ("Odd", TRUE, 0, 70000, "FORTNIGHT", NULL);
  g_autoptr(PursuitJob) tagged = make_full_job ("Tagged", TRUE, 0, 0, NULL, "Indeed");
  g_autoptr(PursuitJob) bad_source = make_full_job ("Bad", TRUE, 0, 0, NULL, "In\xff" "deed");

  pursuit_job_set_tags (tagged, (const char *[]) { "rust", NULL });

  /* A negative minimum means "any". */
  pursuit_job_filter_set_min_salary (filter, -100);
  g_assert_cmpint (pursuit_job_filter_get_min_salary (filter), ==, 0);
  g_assert_true (pursuit_job_filter_is_empty (filter));
  g_assert_true (pursuit_job_filter_matches (filter, negative));

  /* A negative salary is no salary. */
  g_assert_cmpint (pursuit_job_filter_annual_salary (negative), ==, 0);
  pursuit_job_filter_set_min_salary (filter, 1);
  g_assert_false (pursuit_job_filter_matches (filter, negative));

  /* Annualising saturates rather than wrapping round to negative. */
  g_assert_cmpint (pursuit_job_filter_annual_salary (huge), ==, G_MAXINT64);
  pursuit_job_filter_set_min_salary (filter, G_MAXINT64);
  g_assert_true (pursuit_job_filter_matches (filter, huge));

  /* A period we do not know counts as yearly. */
  g_assert_cmpint (pursuit_job_filter_annual_salary (odd_period), ==, 70000);
  pursuit_job_filter_set_min_salary (filter, 0);

  /* NULL source is "any". */
  pursuit_job_filter_set_source (filter, NULL);
  g_assert_true (pursuit_job_filter_matches (filter, tagged));

  /* Text that is not UTF-8 matches nothing, without a crash. */
  pursuit_job_filter_set_tags (filter, (const char *[]) { "ru\xc3\x28st", NULL });
  g_assert_false (pursuit_job_filter_is_empty (filter));
  g_assert_false (pursuit_job_filter_matches (filter, tagged));
  g_assert_false (pursuit_job_filter_matches (filter, negative));
  g_assert_false (pursuit_job_filter_equal (filter, NULL));
  pursuit_job_filter_set_tags (filter, (const char *[]) { "rust", "\xff\xfe", NULL });
  g_assert_false (pursuit_job_filter_matches (filter, tagged));
  pursuit_job_filter_set_tags (filter, NULL);
  g_assert_true (pursuit_job_filter_matches (filter, tagged));

  pursuit_job_filter_set_source (filter, "In\xff" "deed");
  g_assert_false (pursuit_job_filter_matches (filter, tagged));
  g_assert_false (pursuit_job_filter_matches (filter, bad_source));
  pursuit_job_filter_set_source (filter, "Indeed");
  g_assert_true (pursuit_job_filter_matches (filter, tagged));
  g_assert_false (pursuit_job_filter_matches (filter, bad_source));
}

/* List tests */

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

typedef struct
{
  GPtrArray *shadow;
  GArray    *changes;
  guint      removed;
  guint      added;
  guint      filter_notifies;
} Shadow;

/* Replays every items-changed on a copy, reading added items at the time
 * of the signal, as a list view does. */
static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Shadow     *shadow)
{
  Change change = { position, removed, added };

  g_assert_cmpuint (position + removed, <=, shadow->shadow->len);
  g_ptr_array_remove_range (shadow->shadow, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (shadow->shadow, position + i, g_list_model_get_item (model, position + i));

  g_assert_cmpuint (shadow->shadow->len, ==, g_list_model_get_n_items (model));
  shadow->removed += removed;
  shadow->added += added;
  g_array_append_val (shadow->changes, change);
}

static void
on_filter_notify_cb (GObject    *object,
                     GParamSpec *pspec,
                     Shadow     *shadow)
{
  shadow->filter_notifies++;
}

static void
shadow_init (Shadow     *shadow,
             GListModel *model)
{
  shadow->shadow = g_ptr_array_new_with_free_func (g_object_unref);
  shadow->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (shadow->shadow, g_list_model_get_item (model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), shadow);
  g_signal_connect (model, "notify::filter", G_CALLBACK (on_filter_notify_cb), shadow);
}

static void
shadow_reset (Shadow *shadow)
{
  shadow->removed = shadow->added = shadow->filter_notifies = 0;
  g_array_set_size (shadow->changes, 0);
}

static void
shadow_clear (Shadow *shadow)
{
  g_clear_pointer (&shadow->shadow, g_ptr_array_unref);
  g_clear_pointer (&shadow->changes, g_array_unref);
}

/* The titles of the list's jobs, in order, joined by commas. */
static char *
list_titles (GListModel *model)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (titles, ',');
      g_string_append (titles, pursuit_job_get_title (job));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static void
assert_titles (GListModel *model,
               const char *expected)
{
  g_autofree char *titles = list_titles (model);

  g_assert_cmpstr (titles, ==, expected);
}

static void
assert_shadow_matches (Shadow     *shadow,
                       GListModel *model)
{
  g_assert_cmpuint (shadow->shadow->len, ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < shadow->shadow->len; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (model, i);
      g_assert_true (job == g_ptr_array_index (shadow->shadow, i));
    }
}

static void
assert_change (Shadow *shadow,
               guint   index,
               guint   position,
               guint   removed,
               guint   added)
{
  Change *change;

  g_assert_cmpuint (index, <, shadow->changes->len);
  change = &g_array_index (shadow->changes, Change, index);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
}

static gint64
add_full_job (PursuitStore *store,
              const char   *title,
              gboolean      remote,
              gint64        salary_max,
              const char   *source)
{
  g_autoptr(PursuitJob) job = make_full_job (title, remote, 0, salary_max,
                                             salary_max > 0 ? "YEAR" : NULL, source);
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = pursuit_store_add_job (store, job, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

/* Eight jobs; the list shows the most recently added first, so in the
 * order "Manager" (7) down to "Rust Engineer" (0). */
static void
add_eight_jobs (PursuitStore *store,
                gint64        ids[8])
{
  ids[0] = add_full_job (store, "Rust Engineer", TRUE, 120000, "LinkedIn");
  ids[1] = add_full_job (store, "Chef", FALSE, 0, "Indeed");
  ids[2] = add_full_job (store, "Rust Tooling Lead", TRUE, 95000, "linkedin");
  ids[3] = add_full_job (store, "Go Engineer", FALSE, 80000, "Indeed");
  ids[4] = add_full_job (store, "Baker", TRUE, 30000, NULL);
  ids[5] = add_full_job (store, "Rustacean Advocate", FALSE, 60000, "LinkedIn");
  ids[6] = add_full_job (store, "Designer", TRUE, 0, NULL);
  ids[7] = add_full_job (store, "Engineering Manager", TRUE, 150000, "LinkedIn");
}

static void
test_list_filter_minimal_changes (StoreFixture  *fixture,
                                  gconstpointer  data)
{
  g_autoptr(PursuitJobList) list = NULL;
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autoptr(PursuitJobFilter) empty = pursuit_job_filter_new ();
  GListModel *model;
  Shadow shadow = { 0 };
  gint64 ids[8];

  add_eight_jobs (fixture->store, ids);

  list = pursuit_job_list_new (fixture->store, NULL);
  model = G_LIST_MODEL (list);
  assert_titles (model, "Engineering Manager,Designer,Rustacean Advocate,Baker,Go Engineer,"
                        "Rust Tooling Lead,Chef,Rust Engineer");
  g_assert_null (pursuit_job_list_get_filter (list));

  pursuit_job_list_set_query (list, "engineer");
  assert_titles (model, "Engineering Manager,Go Engineer,Rust Engineer");
  shadow_init (&shadow, model);

  /* Remote only: the one office job goes, nothing else is announced. */
  pursuit_job_filter_set_remote_only (filter, TRUE);
  pursuit_job_list_set_filter (list, filter);
  assert_shadow_matches (&shadow, model);
  assert_titles (model, "Engineering Manager,Rust Engineer");
  g_assert_cmpuint (shadow.changes->len, ==, 1);
  assert_change (&shadow, 0, 1, 1, 0);
  g_assert_cmpuint (shadow.filter_notifies, ==, 1);
  g_assert_true (pursuit_job_filter_equal (pursuit_job_list_get_filter (list), filter));

  /* The list holds a copy: changing the filter alone changes nothing. */
  shadow_reset (&shadow);
  pursuit_job_filter_set_remote_only (filter, FALSE);
  pursuit_job_filter_set_min_salary (filter, 100000);
  g_assert_cmpuint (shadow.changes->len, ==, 0);
  g_assert_true (pursuit_job_filter_get_remote_only (pursuit_job_list_get_filter (list)));

  /* A different filter that shows the same jobs: no items-changed. */
  pursuit_job_list_set_filter (list, filter);
  assert_titles (model, "Engineering Manager,Rust Engineer");
  g_assert_cmpuint (shadow.changes->len, ==, 0);
  g_assert_cmpuint (shadow.filter_notifies, ==, 1);

  /* Setting an equal filter again does nothing at all. */
  shadow_reset (&shadow);
  pursuit_job_list_set_filter (list, filter);
  g_assert_cmpuint (shadow.changes->len, ==, 0);
  g_assert_cmpuint (shadow.filter_notifies, ==, 0);

  /* Lowering the minimum brings back the job in the middle. */
  pursuit_job_filter_set_min_salary (filter, 75000);
  pursuit_job_list_set_filter (list, filter);
  assert_shadow_matches (&shadow, model);
  assert_titles (model, "Engineering Manager,Go Engineer,Rust Engineer");
  g_assert_cmpuint (shadow.changes->len, ==, 1);
  assert_change (&shadow, 0, 1, 0, 1);

  /* Only Indeed's: the first and the last go, two runs. */
  shadow_reset (&shadow);
  pursuit_job_filter_set_min_salary (filter, 0);
  pursuit_job_filter_set_source (filter, "INDEED");
  pursuit_job_list_set_filter (list, filter);
  assert_shadow_matches (&shadow, model);
  assert_titles (model, "Go Engineer");
  g_assert_cmpuint (shadow.changes->len, ==, 2);
  g_assert_cmpuint (shadow.removed, ==, 2);
  g_assert_cmpuint (shadow.added, ==, 0);

  /* Changing the query keeps the filter. */
  shadow_reset (&shadow);
  pursuit_job_list_set_query (list, NULL);
  assert_shadow_matches (&shadow, model);
  assert_titles (model, "Go Engineer,Chef");
  g_assert_cmpuint (shadow.removed, ==, 0);
  g_assert_cmpuint (shadow.added, ==, 1);

  pursuit_job_list_set_query (list, "engineer");
  assert_titles (model, "Go Engineer");

  /* An empty filter is no filter. */
  shadow_reset (&shadow);
  pursuit_job_list_set_filter (list, empty);
  assert_shadow_matches (&shadow, model);
  g_assert_null (pursuit_job_list_get_filter (list));
  assert_titles (model, "Engineering Manager,Go Engineer,Rust Engineer");
  g_assert_cmpuint (shadow.changes->len, ==, 2);
  assert_change (&shadow, 0, 0, 0, 1);
  assert_change (&shadow, 1, 2, 0, 1);
  g_assert_cmpuint (shadow.filter_notifies, ==, 1);

  shadow_reset (&shadow);
  pursuit_job_list_set_filter (list, NULL);
  g_assert_cmpuint (shadow.changes->len, ==, 0);
  g_assert_cmpuint (shadow.filter_notifies, ==, 0);

  /* The "filter" property. */
  g_object_set (list, "filter", filter, NULL);
  assert_titles (model, "Go Engineer");
  g_object_set (list, "filter", NULL, NULL);
  assert_titles (model, "Engineering Manager,Go Engineer,Rust Engineer");
  assert_shadow_matches (&shadow, model);

  shadow_clear (&shadow);
}

static void
update_job (PursuitStore *store,
            gint64        id,
            void        (*change) (PursuitJob *job))
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = pursuit_store_get_job (store, id, &error);

  g_assert_no_error (error);
  change (job);
  g_assert_true (pursuit_store_update_job (store, job, &error));
  g_assert_no_error (error);
}

static void
set_salary (PursuitJob *job)
{
  pursuit_job_set_salary_max (job, 65000);
  pursuit_job_set_salary_period (job, "YEAR");
}

static void
set_office (PursuitJob *job)
{
  pursuit_job_set_remote (job, FALSE);
}

static void
set_remote (PursuitJob *job)
{
  pursuit_job_set_remote (job, TRUE);
}

static void
set_engineer_title (PursuitJob *job)
{
  pursuit_job_set_title (job, "Platform Engineer");
}

static void
test_list_filter_follows_store (StoreFixture  *fixture,
                                gconstpointer  data)
{
  g_autoptr(PursuitJobList) list = NULL;
  g_autoptr(PursuitJobList) saved = NULL;
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  GListModel *model;
  Shadow shadow = { 0 };
  gint64 ids[8];

  add_eight_jobs (fixture->store, ids);

  pursuit_job_filter_set_remote_only (filter, TRUE);
  pursuit_job_filter_set_min_salary (filter, 50000);
  list = pursuit_job_list_new (fixture->store, NULL);
  pursuit_job_list_set_filter (list, filter);
  model = G_LIST_MODEL (list);
  assert_titles (model, "Engineering Manager,Rust Tooling Lead,Rust Engineer");
  shadow_init (&shadow, model);

  /* The remote designer gets a salary: it enters, first. */
  update_job (fixture->store, ids[6], set_salary);
  assert_shadow_matches (&shadow, model);
  assert_titles (model, "Designer,Engineering Manager,Rust Tooling Lead,Rust Engineer");
  g_assert_cmpuint (shadow.changes->len, ==, 1);
  assert_change (&shadow, 0, 0, 0, 1);

  /* A shown job that is no longer remote leaves. */
  shadow_reset (&shadow);
  update_job (fixture->store, ids[2], set_office);
  assert_shadow_matches (&shadow, model);
  assert_titles (model, "Designer,Engineering Manager,Rust Engineer");
  g_assert_cmpuint (shadow.changes->len, ==, 1);
  assert_change (&shadow, 0, 2, 1, 0);

  /* A new job must pass the filter too. */
  shadow_reset (&shadow);
  add_full_job (fixture->store, "Intern", TRUE, 20000, NULL);
  g_assert_cmpuint (shadow.changes->len, ==, 0);
  add_full_job (fixture->store, "Staff Engineer", TRUE, 200000, NULL);
  assert_shadow_matches (&shadow, model);
  assert_titles (model, "Staff Engineer,Designer,Engineering Manager,Rust Engineer");

  /* With a query as well: a job needs both. */
  pursuit_job_list_set_query (list, "engineer");
  assert_titles (model, "Staff Engineer,Engineering Manager,Rust Engineer");
  shadow_reset (&shadow);
  update_job (fixture->store, ids[3], set_remote);   /* Go Engineer, 80k */
  assert_shadow_matches (&shadow, model);
  assert_titles (model, "Go Engineer,Staff Engineer,Engineering Manager,Rust Engineer");
  assert_change (&shadow, 0, 0, 0, 1);
  shadow_reset (&shadow);
  update_job (fixture->store, ids[4], set_engineer_title);   /* remote, but 30k */
  g_assert_cmpuint (shadow.changes->len, ==, 0);
  update_job (fixture->store, ids[6], set_engineer_title);   /* remote, 65k */
  assert_shadow_matches (&shadow, model);
  assert_titles (model, "Platform Engineer,Go Engineer,Staff Engineer,Engineering Manager,"
                        "Rust Engineer");

  /* Removing a job and clearing the filter. */
  g_assert_true (pursuit_store_remove_job (fixture->store, ids[7], NULL));
  assert_titles (model, "Platform Engineer,Go Engineer,Staff Engineer,Rust Engineer");
  pursuit_job_list_set_filter (list, NULL);
  assert_shadow_matches (&shadow, model);
  assert_titles (model, "Platform Engineer,Platform Engineer,Go Engineer,Staff Engineer,"
                        "Rust Engineer");

  /* Tagging a job in the store brings it into a list filtered by tag. */
  {
    g_autoptr(PursuitJobList) tagged = pursuit_job_list_new (fixture->store, NULL);
    g_autoptr(PursuitJobFilter) by_tag = pursuit_job_filter_new ();
    g_autoptr(GError) error = NULL;
    gint64 both[] = { ids[1], ids[5] };

    pursuit_job_filter_set_tags (by_tag, (const char *[]) { "Dream Job", NULL });
    pursuit_job_list_set_filter (tagged, by_tag);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tagged)), ==, 0);

    g_assert_true (pursuit_store_tag_jobs (fixture->store, both, G_N_ELEMENTS (both), "dream job", &error));
    g_assert_no_error (error);
    assert_titles (G_LIST_MODEL (tagged), "Rustacean Advocate,Chef");

    g_assert_true (pursuit_store_untag_jobs (fixture->store, both, 1, "DREAM JOB", &error));
    g_assert_no_error (error);
    assert_titles (G_LIST_MODEL (tagged), "Rustacean Advocate");
  }

  /* A per-stage list filters the same way. */
  saved = pursuit_job_list_new (fixture->store, PURSUIT_STAGE_SAVED);
  pursuit_job_list_set_filter (saved, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (saved)), ==, 4);

  shadow_clear (&shadow);
}

static PursuitJob *
make_job_with_id (gint64   id,
                  gboolean remote)
{
  PursuitJob *job = make_full_job ("Engineer", remote, 0, 0, NULL, NULL);

  pursuit_job_set_id (job, id);

  return job;
}

static void
test_filter_job_ids (void)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autoptr(PursuitJobFilter) copy = NULL;
  g_autoptr(PursuitJobFilter) other = pursuit_job_filter_new ();
  g_autoptr(PursuitJob) three = make_job_with_id (3, TRUE);
  g_autoptr(PursuitJob) four = make_job_with_id (4, TRUE);
  g_autoptr(PursuitJob) nine = make_job_with_id (9, FALSE);
  const gint64 ids[] = { 9, 5, 3, 5, 9 };
  const gint64 *got;
  guint n = 42;

  g_assert_null (pursuit_job_filter_get_job_ids (filter, &n));
  g_assert_cmpuint (n, ==, 0);
  g_assert_null (pursuit_job_filter_get_label (filter));

  /* Sorted and unique; the label is kept as plain text. */
  pursuit_job_filter_set_job_ids (filter, ids, G_N_ELEMENTS (ids), "Funnel: <b>Applied</b>");
  got = pursuit_job_filter_get_job_ids (filter, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (got[0], ==, 3);
  g_assert_cmpint (got[1], ==, 5);
  g_assert_cmpint (got[2], ==, 9);
  g_assert_cmpstr (pursuit_job_filter_get_label (filter), ==, "Funnel: <b>Applied</b>");
  g_assert_false (pursuit_job_filter_is_empty (filter));

  g_assert_true (pursuit_job_filter_matches (filter, three));
  g_assert_false (pursuit_job_filter_matches (filter, four));
  g_assert_true (pursuit_job_filter_matches (filter, nine));

  /* With other criteria, a job must pass them all. */
  pursuit_job_filter_set_remote_only (filter, TRUE);
  g_assert_true (pursuit_job_filter_matches (filter, three));
  g_assert_false (pursuit_job_filter_matches (filter, nine));
  pursuit_job_filter_set_remote_only (filter, FALSE);

  copy = pursuit_job_filter_copy (filter);
  g_assert_true (pursuit_job_filter_equal (filter, copy));
  got = pursuit_job_filter_get_job_ids (copy, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (got[2], ==, 9);
  g_assert_cmpstr (pursuit_job_filter_get_label (copy), ==, "Funnel: <b>Applied</b>");

  /* Same ids in another order are the same filter; other ids or another
   * label are not. */
  pursuit_job_filter_set_job_ids (other, (const gint64[]) { 5, 9, 3 }, 3, "Funnel: <b>Applied</b>");
  g_assert_true (pursuit_job_filter_equal (filter, other));
  pursuit_job_filter_set_job_ids (other, (const gint64[]) { 5, 9 }, 2, "Funnel: <b>Applied</b>");
  g_assert_false (pursuit_job_filter_equal (filter, other));
  pursuit_job_filter_set_job_ids (other, ids, G_N_ELEMENTS (ids), "By source: LinkedIn");
  g_assert_false (pursuit_job_filter_equal (filter, other));
  g_assert_false (pursuit_job_filter_equal (filter, NULL));

  /* An empty set lets nothing through, and is not "unset". */
  pursuit_job_filter_set_job_ids (filter, ids, 0, NULL);
  g_assert_nonnull (pursuit_job_filter_get_job_ids (filter, &n));
  g_assert_cmpuint (n, ==, 0);
  g_assert_false (pursuit_job_filter_is_empty (filter));
  g_assert_false (pursuit_job_filter_matches (filter, three));
  g_assert_null (pursuit_job_filter_get_label (filter));

  /* Invalid UTF-8 in a label is repaired, not kept. */
  pursuit_job_filter_set_job_ids (filter, ids, 1, "Company: Ac\xffme");
  g_assert_true (g_utf8_validate (pursuit_job_filter_get_label (filter), -1, NULL));

  /* NULL clears it, and the copy is unaffected. */
  pursuit_job_filter_set_job_ids (filter, NULL, 0, "ignored");
  g_assert_null (pursuit_job_filter_get_job_ids (filter, NULL));
  g_assert_null (pursuit_job_filter_get_label (filter));
  g_assert_true (pursuit_job_filter_is_empty (filter));
  g_assert_true (pursuit_job_filter_matches (filter, four));
  g_assert_false (pursuit_job_filter_matches (copy, four));
}

static void
test_list_filter_job_ids (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autoptr(PursuitJobList) saved = NULL;
  gint64 ids[3];

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    ids[i] = add_job (fixture->store, "Engineer", "Acme", PURSUIT_STAGE_SAVED);

  saved = pursuit_job_list_new (fixture->store, PURSUIT_STAGE_SAVED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (saved)), ==, 3);

  pursuit_job_filter_set_job_ids (filter, (const gint64[]) { ids[0], ids[2], 123456 }, 3, "Report");
  pursuit_job_list_set_filter (saved, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (saved)), ==, 2);

  pursuit_job_filter_set_job_ids (filter, NULL, 0, NULL);
  pursuit_job_list_set_filter (saved, filter);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (saved)), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/job-filter/empty", test_filter_empty);
  g_test_add_func ("/job-filter/remote", test_filter_remote);
  g_test_add_func ("/job-filter/source", test_filter_source);
  g_test_add_func ("/job-filter/tags", test_filter_tags);
  g_test_add_func ("/job-filter/min-salary", test_filter_min_salary);
  g_test_add_func ("/job-filter/combined", test_filter_combined);
  g_test_add_func ("/job-filter/equal", test_filter_equal);
  g_test_add_func ("/job-filter/boxed", test_filter_boxed);
  g_test_add_func ("/job-filter/hostile", test_filter_hostile);
  g_test_add_func ("/job-filter/job-ids", test_filter_job_ids);

#define ADD(path, func) g_test_add (path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)
  ADD ("/job-list/filter/minimal-changes", test_list_filter_minimal_changes);
  ADD ("/job-list/filter/follows-store", test_list_filter_follows_store);
  ADD ("/job-list/filter/job-ids", test_list_filter_job_ids);
#undef ADD

  return g_test_run ();
}
