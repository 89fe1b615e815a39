/* pursuit-recommender-reasons.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-recommender"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pursuit-recommender-private.h"

/* Hours in a working year and friends, for salaries paid by the hour. */
#define HOURS_A_YEAR       2080
#define DAYS_A_YEAR        260
#define WEEKS_A_YEAR       52
#define MONTHS_A_YEAR      12
#define LIKENESS_THRESHOLD 0.3
#define MAX_REASON_SKILLS  3

char *
_pursuit_recommender_fold_company (const char *company)
{
  g_autofree char *stripped = NULL;

  if (company == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (company));
  if (*stripped == '\0' || !g_utf8_validate (stripped, -1, NULL))
    return NULL;

  return g_utf8_casefold (stripped, -1);
}

/* Salary and location ----------------------------------------------------- */

/* Saturates rather than overflow on absurd amounts. */
static gint64
yearly (gint64      amount,
        const char *period)
{
  gint64 factor = 1;

  if (period == NULL || g_ascii_strcasecmp (period, "YEAR") == 0)
    factor = 1;
  else if (g_ascii_strcasecmp (period, "HOUR") == 0)
    factor = HOURS_A_YEAR;
  else if (g_ascii_strcasecmp (period, "DAY") == 0)
    factor = DAYS_A_YEAR;
  else if (g_ascii_strcasecmp (period, "WEEK") == 0)
    factor = WEEKS_A_YEAR;
  else if (g_ascii_strcasecmp (period, "MONTH") == 0)
    factor = MONTHS_A_YEAR;

  if (amount > G_MAXINT64 / factor)
    return G_MAXINT64;

  return amount * factor;
}


SalaryFit
_pursuit_recommender_salary_fit (PursuitProfile *profile,
                                 PursuitJob     *job,
                                 double         *out_score)
{
  gint64 desired, low, high;
  const char *currency, *want;

  *out_score = 0.5;
  if (profile == NULL)
    return SALARY_UNKNOWN;

  desired = pursuit_profile_get_desired_salary (profile);
  want = pursuit_profile_get_desired_currency (profile);
  currency = pursuit_job_get_currency (job);
  low = pursuit_job_get_salary_min (job);
  high = pursuit_job_get_salary_max (job);
  if (low <= 0)
    low = high;
  if (high <= 0)
    high = low;

  /* Without exchange rates, another currency says nothing. */
  if (desired <= 0 || low <= 0 || want == NULL || currency == NULL ||
      g_ascii_strcasecmp (want, currency) != 0)
    return SALARY_UNKNOWN;

  low = yearly (MIN (low, high), pursuit_job_get_salary_period (job));
  high = yearly (MAX (pursuit_job_get_salary_min (job), pursuit_job_get_salary_max (job)),
                 pursuit_job_get_salary_period (job));

  if (low >= desired)
    {
      *out_score = 1.0;
      return SALARY_MEETS;
    }
  if (high >= desired)
    {
      /* The nearer the bottom of the range is, the likelier the offer. */
      *out_score = 0.75 + 0.25 * (double)(low) / desired;
      *out_score = MIN (*out_score, 1.0);
      return SALARY_SPANS;
    }

  /* 0.6 of the wish or less is as bad as it gets. */
  *out_score = 0.6 * CLAMP (((double)high / desired - 0.6) / 0.4, 0.0, 1.0);
  return SALARY_BELOW;
}


/* The place of @profile that @location names, or NULL. */
static const char *
find_place (PursuitProfile *profile,
            const char     *location)
{
  const char * const *places = pursuit_profile_get_locations (profile);
  g_autofree char *folded = NULL;

  if (places == NULL || location == NULL || !g_utf8_validate (location, -1, NULL))
    return NULL;

  folded = g_utf8_casefold (location, -1);
  for (guint i = 0; places[i] != NULL; i++)
    {
      g_autofree char *place = g_utf8_casefold (places[i], -1);

      g_strstrip (place);
      if (*place != '\0' && strstr (folded, place) != NULL)
        return places[i];
    }

  return NULL;
}

static gboolean
wants_remote_place (PursuitProfile *profile)
{
  const char * const *places = pursuit_profile_get_locations (profile);

  for (guint i = 0; places != NULL && places[i] != NULL; i++)
    if (g_ascii_strcasecmp (places[i], "remote") == 0)
      return TRUE;

  return FALSE;
}

LocationFit
_pursuit_recommender_location_fit (PursuitProfile  *profile,
                                   PursuitJob      *job,
                                   double          *out_score,
                                   const char     **out_place)
{
  const char * const *places;
  const char *location = pursuit_job_get_location (job);
  gboolean remote = pursuit_job_get_remote (job);
  gboolean has_places;
  int preference;

  *out_score = 0.5;
  *out_place = NULL;
  if (profile == NULL)
    return LOCATION_UNKNOWN;

  places = pursuit_profile_get_locations (profile);
  has_places = places != NULL && places[0] != NULL;
  preference = pursuit_profile_get_remote_preference (profile);
  if (preference == 0 && wants_remote_place (profile))
    preference = 1;

  if (!remote && location != NULL)
    *out_place = find_place (profile, location);

  if (preference == 1)
    {
      if (remote)
        {
          *out_score = 1.0;
          return LOCATION_REMOTE_WANTED;
        }
      *out_score = *out_place != NULL ? 0.4 : 0.1;
      return *out_place != NULL ? LOCATION_IN_PLACE : LOCATION_NOT_REMOTE;
    }

  if (*out_place != NULL)
    {
      *out_score = 1.0;
      return LOCATION_IN_PLACE;
    }
  if (remote)
    {
      *out_score = preference == 2 ? 0.5 : 0.85;
      return LOCATION_REMOTE;
    }
  if (has_places && location != NULL && *location != '\0')
    {
      *out_score = 0.2;
      return LOCATION_ELSEWHERE;
    }

  return LOCATION_UNKNOWN;
}

/* Reasons ----------------------------------------------------------------- */

typedef struct
{
  char  *text;
  double strength;   /* negative: a reason against, listed last */
} Reason;

static void
reason_clear (gpointer data)
{
  g_free (((Reason *)data)->text);
}

static int
compare_reasons (gconstpointer a,
                 gconstpointer b)
{
  const Reason *x = a, *y = b;

  return (x->strength < y->strength) - (x->strength > y->strength);
}

/* Takes @text; titles and companies come from outside and may not be
 * valid UTF-8. */
static void
add_reason (GArray *reasons,
            double  strength,
            char   *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    {
      char *valid = g_utf8_make_valid (text, -1);

      g_free (text);
      text = valid;
    }

  g_array_append_vals (reasons, &(Reason) { text, strength }, 1);
}

static char *
format_amount (gint64 amount)
{
  return g_strdup_printf ("%'" G_GINT64_FORMAT, amount);
}

static char *
format_salary_range (PursuitJob *job)
{
  gint64 low = pursuit_job_get_salary_min (job);
  gint64 high = pursuit_job_get_salary_max (job);
  g_autofree char *amount = NULL;
  g_autofree char *low_text = format_amount (low > 0 ? low : high);
  g_autofree char *high_text = format_amount (high);

  if (low > 0 && high > 0 && low != high)
    /* Translators: a salary range, such as "90,000–110,000 EUR" */
    amount = g_strdup_printf (C_("salary range", "%s–%s %s"), low_text, high_text,
                              pursuit_job_get_currency (job));
  else
    /* Translators: a salary, such as "90,000 EUR" */
    amount = g_strdup_printf (C_("salary", "%s %s"), low_text, pursuit_job_get_currency (job));

  return pursuit_job_format_salary_period (amount, pursuit_job_get_salary_period (job));
}

static void
add_skill_reason (PursuitRecommender *self,
                  const Doc          *doc,
                  double              strength,
                  GArray             *reasons)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint matched = 0;
  guint asked = 0;

  for (guint i = 0; i < doc->keys->len; i++)
    {
      guint term = g_array_index (doc->keys, guint, i);

      if (term < self->n_skills)
        asked++;
      if (term >= self->n_skills || self->profile_skills[term] == 0)
        continue;

      if (matched < MAX_REASON_SKILLS)
        {
          if (matched > 0)
            g_string_append (names, _(", "));
          g_string_append (names, pursuit_skill_taxonomy_get_name (self->taxonomy, term));
        }
      else if (matched == MAX_REASON_SKILLS)
        {
          g_string_append (names, "…");
        }
      matched++;
    }

  /* A posting that names skills, none of them the user's, says so: a
   * list without any reason reads as a ranking nobody can explain. */
  if (matched == 0)
    {
      if (asked > 0)
        add_reason (reasons, -strength, g_strdup (_("Asks for none of your skills")));
      return;
    }

  add_reason (reasons, strength,
              g_strdup_printf (ngettext ("Matches %u of your skills: %s",
                                         "Matches %u of your skills: %s", matched),
                               matched, names->str));
}

static char *
describe_signal (const Signal *signal)
{
  const char *title = pursuit_job_get_title (signal->job);
  const char *company = pursuit_job_get_company (signal->job);
  gboolean with_company = company != NULL && *company != '\0';

  if (title == NULL || *title == '\0')
    title = _("a job");

  switch (signal->signal)
    {
    case PURSUIT_JOB_SIGNAL_ADVANCED:
      return with_company
        ? g_strdup_printf (_("Like %s at %s, which you advanced"), title, company)
        : g_strdup_printf (_("Like %s, which you advanced"), title);
    case PURSUIT_JOB_SIGNAL_APPLIED:
      return with_company
        ? g_strdup_printf (_("Like %s at %s, which you applied to"), title, company)
        : g_strdup_printf (_("Like %s, which you applied to"), title);
    case PURSUIT_JOB_SIGNAL_DISMISSED:
      return with_company
        ? g_strdup_printf (_("Similar to %s at %s, which you dismissed"), title, company)
        : g_strdup_printf (_("Similar to %s, which you dismissed"), title);
    case PURSUIT_JOB_SIGNAL_REJECTED:
      return with_company
        ? g_strdup_printf (_("Similar to %s at %s, where you were rejected"), title, company)
        : g_strdup_printf (_("Similar to %s, where you were rejected"), title);
    case PURSUIT_JOB_SIGNAL_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* The liked and the disliked job most like @doc (cosine of their key
 * sets), if like enough. */
static void
add_signal_reasons (PursuitRecommender                 *self,
                    const Doc                          *doc,
                    const SignalIndex                  *index,
                    const PursuitRecommendationWeights *weights,
                    GArray                             *reasons)
{
  const Signal *best_liked = NULL, *best_disliked = NULL;
  double liked = LIKENESS_THRESHOLD, disliked = LIKENESS_THRESHOLD;

  if (self->signals->len == 0 || doc->keys->len == 0)
    return;

  memset (index->counts, 0, self->signals->len * sizeof (guint));
  for (guint i = 0; i < doc->keys->len; i++)
    {
      guint term = g_array_index (doc->keys, guint, i);

      for (guint j = index->offsets[term]; j < index->offsets[term + 1]; j++)
        index->counts[index->entries[j]]++;
    }

  for (guint i = 0; i < self->signals->len; i++)
    {
      const Signal *signal = g_ptr_array_index (self->signals, i);
      double likeness;

      if (index->counts[i] == 0)
        continue;
      likeness = index->counts[i] / sqrt ((double)doc->keys->len * signal->doc.keys->len);
      if (signal->value > 0 && likeness > liked)
        liked = likeness, best_liked = signal;
      else if (signal->value < 0 && likeness > disliked)
        disliked = likeness, best_disliked = signal;
    }

  if (best_liked != NULL)
    add_reason (reasons, weights->behaviour * liked, describe_signal (best_liked));
  if (best_disliked != NULL)
    add_reason (reasons, -weights->behaviour * disliked, describe_signal (best_disliked));
}

static void
add_company_reason (PursuitRecommender *self,
                    PursuitJob         *job,
                    GArray             *reasons)
{
  g_autofree char *key = _pursuit_recommender_fold_company (pursuit_job_get_company (job));
  const char *company = pursuit_job_get_company (job);
  CompanyHistory *history;

  if (key == NULL || (history = g_hash_table_lookup (self->companies, key)) == NULL)
    return;

  if (history->value > 0)
    add_reason (reasons, 0.05 * history->value,
                history->advanced
                ? g_strdup_printf (_("You advanced with %s before"), company)
                : g_strdup_printf (_("You applied to %s before"), company));
  else if (history->value < 0)
    add_reason (reasons, 0.05 * history->value,
                history->rejected
                ? g_strdup_printf (_("%s rejected you before"), company)
                : g_strdup_printf (_("You dismissed a posting from %s before"), company));
}

char **
_pursuit_recommender_build_reasons (PursuitRecommender                 *self,
                                    PursuitJob                         *job,
                                    const Doc                          *doc,
                                    const SignalIndex                  *index,
                                    const PursuitRecommendationWeights *weights,
                                    const PursuitRecommendationWeights *parts)
{
  g_autoptr(GArray) reasons = g_array_new (FALSE, FALSE, sizeof (Reason));
  GPtrArray *texts = g_ptr_array_new ();
  const char *place = NULL;
  double ignored;

  g_array_set_clear_func (reasons, reason_clear);

  add_skill_reason (self, doc, weights->skills * MAX (parts->skills, 0.01), reasons);
  add_signal_reasons (self, doc, index, weights, reasons);

  switch (_pursuit_recommender_salary_fit (self->profile, job, &ignored))
    {
    case SALARY_MEETS:
    case SALARY_SPANS:
      {
        g_autofree char *range = format_salary_range (job);
        g_autofree char *wish = format_amount (pursuit_profile_get_desired_salary (self->profile));

        add_reason (reasons, weights->salary * parts->salary,
                    g_strdup_printf (_("Salary %s meets your %s"), range, wish));
        break;
      }
    case SALARY_BELOW:
      {
        g_autofree char *range = format_salary_range (job);
        g_autofree char *wish = format_amount (pursuit_profile_get_desired_salary (self->profile));

        add_reason (reasons, -weights->salary * (1.0 - parts->salary),
                    g_strdup_printf (_("Salary %s is below your %s"), range, wish));
        break;
      }
    case SALARY_UNKNOWN:
    default:
      break;
    }

  switch (_pursuit_recommender_location_fit (self->profile, job, &ignored, &place))
    {
    case LOCATION_REMOTE_WANTED:
      add_reason (reasons, weights->location, g_strdup (_("Remote, as you prefer")));
      break;
    case LOCATION_REMOTE:
      add_reason (reasons, weights->location * parts->location, g_strdup (_("Remote")));
      break;
    case LOCATION_IN_PLACE:
      add_reason (reasons, weights->location * parts->location,
                  g_strdup_printf (_("In %s, one of your places"), place));
      break;
    case LOCATION_NOT_REMOTE:
      add_reason (reasons, -weights->location, g_strdup (_("Not remote")));
      break;
    case LOCATION_ELSEWHERE:
      add_reason (reasons, -weights->location * 0.5,
                  g_strdup_printf (_("In %s, not one of your places"), pursuit_job_get_location (job)));
      break;
    case LOCATION_UNKNOWN:
    default:
      break;
    }

  add_company_reason (self, job, reasons);
  if (reasons->len == 0)
    add_reason (reasons, 0, g_strdup (_("Nothing in it matches your profile or what you did yet")));

  g_array_sort (reasons, compare_reasons);
  for (guint i = 0; i < reasons->len; i++)
    g_ptr_array_add (texts, g_steal_pointer (&g_array_index (reasons, Reason, i).text));
  g_ptr_array_add (texts, NULL);

  return (char **)g_ptr_array_free (texts, FALSE);
}

