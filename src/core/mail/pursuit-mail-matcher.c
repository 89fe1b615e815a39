/* pursuit-mail-matcher.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-matcher"

#include "config.h"

#include <string.h>

#include "pursuit-mail-classifier.h"
#include "pursuit-mail-matcher.h"
#include "pursuit-mail-matcher-private.h"
#include "pursuit-pipeline.h"
#include "pursuit-store-mail.h"

/* Closed jobs stay candidates this long after they last changed: a late
 * rejection or a reply to a thread still finds them. */
#define CLOSED_JOB_WINDOW (90 * G_TIME_SPAN_DAY / G_TIME_SPAN_SECOND)

/* How much of a body is searched for company names. */
#define MAX_BODY_SEARCH (64 * 1024)

/* Company names longer than this many words are only compared whole. */
#define MAX_KEY_WORDS 24

/* One job as the matcher sees it. */
typedef struct
{
  gint64       id;
  char        *company_key;   /* "acme robotics", "" when the job has no company */
  char        *padded_key;    /* " acme robotics ", to find keys inside keys */
  char        *title_key;     /* "senior backend engineer", "" without a title */
  const char  *category;      /* the stage category (static string) */
} JobEntry;

struct _PursuitMailMatcher
{
  GObject       parent_instance;

  PursuitStore *store;
  GPtrArray    *entries;         /* of JobEntry, owned */
  GHashTable   *by_address;      /* contact address → GPtrArray of JobEntry */
  GHashTable   *by_domain;       /* registrable domain → GPtrArray of JobEntry */
  GHashTable   *by_tenant;       /* compact tenant → GPtrArray of JobEntry */
  GHashTable   *by_first_word;   /* first word of a company_key → the key lengths in words,
                                  * bit n - 1 for n words */
  GHashTable   *by_company;      /* company_key → GPtrArray of JobEntry */

  /* Matched by this matcher, not saved yet: "account-id thread-id" and
   * Message-ID → job id */
  GHashTable   *seen_threads;
  GHashTable   *seen_message_ids;
};

G_DEFINE_FINAL_TYPE (PursuitMailMatcher, pursuit_mail_matcher, G_TYPE_OBJECT)

/* The levels of evidence, most trusted first, with the score a match on
 * that level alone is worth. */
typedef enum
{
  LEVEL_CONTACT,
  LEVEL_DOMAIN,
  LEVEL_TENANT,
  LEVEL_NAMED_SENDER,
  LEVEL_SUBJECT,
  LEVEL_BODY,
  N_LEVELS
} Level;

static const double level_scores[N_LEVELS] = { 0.95, 0.9, 0.85, 0.8, 0.75, 0.6 };

static void
job_entry_free (JobEntry *entry)
{
  g_free (entry->company_key);
  g_free (entry->padded_key);
  g_free (entry->title_key);
  g_free (entry);
}

/* Adds @entry under @key once. */
static void
index_entry (GHashTable *index,
             const char *key,
             JobEntry   *entry)
{
  GPtrArray *list;

  if (key == NULL || *key == '\0')
    return;

  list = g_hash_table_lookup (index, key);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (index, g_strdup (key), list);
    }

  if (!g_ptr_array_find (list, entry, NULL))
    g_ptr_array_add (list, entry);
}

static GHashTable *
new_index (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
}

static const char *
address_domain (const char *address)
{
  const char *at;

  if (address == NULL)
    return NULL;

  at = strrchr (address, '@');
  return (at != NULL && at[1] != '\0') ? at + 1 : NULL;
}

/* The company's own domain behind @host, NULL for a free-mail or a
 * service's domain. */
static char *
company_domain (const char *host)
{
  if (host == NULL || _pursuit_mail_domain_is_free_mail (host) || _pursuit_mail_domain_is_service (host))
    return NULL;

  return _pursuit_mail_registrable_domain (host);
}

/* A posting may be on a job board nobody has listed: its domain is the
 * company's only when it carries the company's name ("acme-robotics.de"
 * for "Acme Robotics", "acme.com" for "Acme Inc."). */
static gboolean
domain_fits_company (const char *domain,
                     const char *company_key)
{
  g_autofree char *label = g_strndup (domain, strcspn (domain, "."));
  g_autofree char *compact_label = _pursuit_mail_compact_tenant (label);
  g_autofree char *compact_company = _pursuit_mail_compact_tenant (company_key);

  if (compact_label == NULL || compact_company == NULL ||
      strlen (compact_label) < 3 || strlen (compact_company) < 3)
    return FALSE;

  return strstr (compact_label, compact_company) != NULL || strstr (compact_company, compact_label) != NULL;
}

static void
index_job_url (PursuitMailMatcher *self,
               JobEntry           *entry,
               const char         *url)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *tenant = NULL;
  g_autofree char *compact = NULL;
  g_autofree char *domain = NULL;

  if (url == NULL || !g_utf8_validate (url, -1, NULL))
    return;

  tenant = pursuit_mail_ats_tenant_from_url (url, NULL);
  compact = _pursuit_mail_compact_tenant (tenant);
  index_entry (self->by_tenant, compact, entry);

  uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL)
    return;

  domain = company_domain (g_uri_get_host (uri));
  if (domain != NULL && domain_fits_company (domain, entry->company_key))
    index_entry (self->by_domain, domain, entry);
}

static void
index_job_contacts (PursuitMailMatcher *self,
                    JobEntry           *entry)
{
  g_autoptr(GPtrArray) contacts = pursuit_store_list_contacts (self->store, entry->id);

  for (guint i = 0; contacts != NULL && i < contacts->len; i++)
    {
      const char *email = pursuit_contact_get_email (g_ptr_array_index (contacts, i));
      g_autofree char *address = NULL;
      g_autofree char *domain = NULL;

      if (email == NULL || !g_utf8_validate (email, -1, NULL) || strchr (email, '@') == NULL)
        continue;

      address = g_utf8_strdown (email, -1);
      g_strstrip (address);
      index_entry (self->by_address, address, entry);

      domain = company_domain (address_domain (address));
      index_entry (self->by_domain, domain, entry);
    }
}

static const char *
lookup_category (GHashTable *categories,
                 const char *stage)
{
  const char *category;

  if (stage == NULL)
    return PURSUIT_STAGE_SAVED;

  category = g_hash_table_lookup (categories, stage);
  if (category != NULL)
    return category;

  return pursuit_pipeline_is_category (stage) ? g_intern_string (stage) : PURSUIT_STAGE_SAVED;
}

static GHashTable *
load_stage_categories (PursuitStore *store)
{
  g_autoptr(GPtrArray) stages = pursuit_store_list_stages (store);
  GHashTable *categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; stages != NULL && i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);
      const char *category = pursuit_stage_get_category (stage);

      if (pursuit_stage_get_key (stage) != NULL && pursuit_pipeline_is_category (category))
        g_hash_table_insert (categories, g_strdup (pursuit_stage_get_key (stage)),
                             (gpointer) g_intern_string (category));
    }

  return categories;
}

static gboolean
job_is_candidate (PursuitJob *job,
                  const char *category,
                  gint64      now)
{
  gint64 changed_at;

  if (pursuit_pipeline_is_open (category))
    return TRUE;

  changed_at = MAX (pursuit_job_get_updated_at (job), pursuit_job_get_stage_changed_at (job));
  return changed_at >= now - CLOSED_JOB_WINDOW;
}

/* Remembers how many words the keys starting with this word have, so a
 * scan tries only those lengths. */
static void
index_first_word (PursuitMailMatcher *self,
                  const char         *company_key)
{
  g_auto(GStrv) words = g_strsplit (company_key, " ", -1);
  guint n_words = g_strv_length (words);
  guint lengths;

  if (n_words == 0 || *words[0] == '\0' || n_words > MAX_KEY_WORDS)
    return;

  lengths = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_first_word, words[0]));
  lengths |= 1u << (n_words - 1);
  g_hash_table_replace (self->by_first_word, g_strdup (words[0]), GUINT_TO_POINTER (lengths));
}

static void
add_job (PursuitMailMatcher *self,
         PursuitJob         *job,
         const char         *category)
{
  JobEntry *entry = g_new0 (JobEntry, 1);
  g_autofree char *compact = NULL;

  entry->id = pursuit_job_get_id (job);
  entry->category = category;
  entry->company_key = pursuit_mail_normalize_company (pursuit_job_get_company (job));
  entry->padded_key = g_strconcat (" ", entry->company_key, " ", NULL);
  entry->title_key = _pursuit_mail_normalize_text (pursuit_job_get_title (job));
  g_ptr_array_add (self->entries, entry);

  index_entry (self->by_company, entry->company_key, entry);
  index_first_word (self, entry->company_key);

  /* ATS tenants are usually the company's name run together. */
  compact = _pursuit_mail_compact_tenant (entry->company_key);
  index_entry (self->by_tenant, compact, entry);

  index_job_url (self, entry, pursuit_job_get_url (job));
  index_job_url (self, entry, pursuit_job_get_apply_url (job));
  index_job_contacts (self, entry);
}

static void
pursuit_mail_matcher_finalize (GObject *object)
{
  PursuitMailMatcher *self = PURSUIT_MAIL_MATCHER (object);

  g_clear_pointer (&self->by_address, g_hash_table_unref);
  g_clear_pointer (&self->by_domain, g_hash_table_unref);
  g_clear_pointer (&self->by_tenant, g_hash_table_unref);
  g_clear_pointer (&self->by_first_word, g_hash_table_unref);
  g_clear_pointer (&self->by_company, g_hash_table_unref);
  g_clear_pointer (&self->seen_threads, g_hash_table_unref);
  g_clear_pointer (&self->seen_message_ids, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_mail_matcher_parent_class)->finalize (object);
}

static void
pursuit_mail_matcher_class_init (PursuitMailMatcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_mail_matcher_finalize;
}

static void
pursuit_mail_matcher_init (PursuitMailMatcher *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) job_entry_free);
  self->by_address = new_index ();
  self->by_domain = new_index ();
  self->by_tenant = new_index ();
  self->by_first_word = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_company = new_index ();
  self->seen_threads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->seen_message_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Matching ------------------------------------------------------------------ */

/* The jobs still in the running and how the match got there. */
typedef struct
{
  GPtrArray *candidates;      /* of JobEntry, not owned; NULL until a level found any */
  GString   *reason;
  double     score;
} Match;

static void
add_unique (GPtrArray *list,
            JobEntry  *entry)
{
  if (!g_ptr_array_find (list, entry, NULL))
    g_ptr_array_add (list, entry);
}

static void
add_all (GPtrArray *list,
         GPtrArray *entries)
{
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    add_unique (list, g_ptr_array_index (entries, i));
}

/* Narrows the candidates by what one level found: the first level that
 * finds any sets them and the reason; later ones only keep those they
 * agree on, and are ignored when they agree on none. */
static void
apply_level (Match      *match,
             Level       level,
             GPtrArray  *found,
             const char *reason)
{
  g_autoptr(GPtrArray) both = NULL;

  if (found == NULL || found->len == 0)
    return;

  if (match->candidates == NULL)
    {
      match->candidates = g_ptr_array_copy (found, NULL, NULL);
      match->score = level_scores[level];
      g_string_assign (match->reason, reason);
      return;
    }

  both = g_ptr_array_new ();
  for (guint i = 0; i < match->candidates->len; i++)
    {
      JobEntry *entry = g_ptr_array_index (match->candidates, i);

      if (g_ptr_array_find (found, entry, NULL))
        g_ptr_array_add (both, entry);
    }

  if (both->len == 0)
    return;

  /* A second, independent sign that agrees. */
  match->score = MIN (1.0, match->score + 0.05);
  if (both->len < match->candidates->len)
    {
      g_string_append_printf (match->reason, "; %s", reason);
      g_ptr_array_unref (match->candidates);
      match->candidates = g_steal_pointer (&both);
    }
}

static gboolean
match_is_decided (Match *match)
{
  return match->candidates != NULL && match->candidates->len == 1;
}

static void
find_by_address (PursuitMailMatcher *self,
                 Match              *match,
                 const char         *address)
{
  g_autofree char *lower = NULL;
  g_autofree char *reason = NULL;

  if (address == NULL || match_is_decided (match))
    return;

  lower = g_utf8_strdown (address, -1);
  reason = g_strdup_printf ("sender %s is a contact", lower);
  apply_level (match, LEVEL_CONTACT, g_hash_table_lookup (self->by_address, lower), reason);
}

static void
find_by_domain (PursuitMailMatcher *self,
                Match              *match,
                const char         *address)
{
  g_autofree char *domain = NULL;
  g_autofree char *reason = NULL;

  if (address == NULL || match_is_decided (match))
    return;

  domain = company_domain (address_domain (address));
  if (domain == NULL)
    return;

  reason = g_strdup_printf ("sender domain %s", domain);
  apply_level (match, LEVEL_DOMAIN, g_hash_table_lookup (self->by_domain, domain), reason);
}

/* Tenants often carry a suffix the company's name has not ("acmehq",
 * "acmeinc", "acme-careers"). */
static const char * const tenant_suffixes[] = {
  "careers", "career", "jobs", "hq", "inc", "corp", "group", "gmbh", "llc", "ltd", "io",
};

static GPtrArray *
lookup_tenant (PursuitMailMatcher *self,
               const char         *compact)
{
  GPtrArray *found = g_hash_table_lookup (self->by_tenant, compact);

  if (found != NULL)
    return found;

  for (guint i = 0; i < G_N_ELEMENTS (tenant_suffixes); i++)
    {
      gsize len = strlen (compact);
      gsize suffix_len = strlen (tenant_suffixes[i]);

      if (len >= suffix_len + 3 && g_str_has_suffix (compact, tenant_suffixes[i]))
        {
          g_autofree char *stem = g_strndup (compact, len - suffix_len);

          found = g_hash_table_lookup (self->by_tenant, stem);
          if (found != NULL)
            return found;
        }
    }

  return NULL;
}

static void
find_by_tenant (PursuitMailMatcher *self,
                Match              *match,
                PursuitMailMessage *message)
{
  g_autofree char *tenant = NULL;
  g_autofree char *compact = NULL;
  g_autofree char *reason = NULL;
  const char *ats = NULL;

  if (match_is_decided (match))
    return;

  tenant = pursuit_mail_detect_ats_tenant (message);
  if (tenant != NULL)
    ats = pursuit_mail_detect_ats (message);
  else if (pursuit_mail_message_get_from_domain (message) != NULL)
    {
      /* Mail sent from the tenant's own host ("acme.recruitee.com"). */
      g_autofree char *url = g_strdup_printf ("https://%s/", pursuit_mail_message_get_from_domain (message));

      tenant = pursuit_mail_ats_tenant_from_url (url, &ats);
    }

  compact = _pursuit_mail_compact_tenant (tenant);
  if (compact == NULL)
    return;

  reason = g_strdup_printf ("%s board %s", _pursuit_mail_ats_display_name (ats), tenant);
  apply_level (match, LEVEL_TENANT, lookup_tenant (self, compact), reason);
}

/* The jobs whose company is named in @words, a name that is part of a
 * longer one also named ("Acme" in "Acme Robotics") left out. */
static GPtrArray *
find_companies_in (PursuitMailMatcher     *self,
                   const PursuitMailWords *words)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  g_autoptr(GString) phrase = g_string_new (NULL);
  GPtrArray *kept = g_ptr_array_new ();

  for (guint i = 0; i < words->words->len; i++)
    {
      guint lengths = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_first_word,
                                                              g_ptr_array_index (words->words, i)));

      g_string_truncate (phrase, 0);
      for (guint n = 1; lengths != 0 && n <= MAX_KEY_WORDS && i + n <= words->words->len; n++)
        {
          if (n > 1)
            g_string_append_c (phrase, ' ');
          g_string_append (phrase, g_ptr_array_index (words->words, i + n - 1));

          if ((lengths & (1u << (n - 1))) != 0)
            {
              add_all (found, g_hash_table_lookup (self->by_company, phrase->str));
              lengths &= ~(1u << (n - 1));
            }
        }
    }

  for (guint i = 0; i < found->len; i++)
    {
      JobEntry *entry = g_ptr_array_index (found, i);
      gboolean inside = FALSE;

      for (guint j = 0; !inside && j < found->len; j++)
        {
          JobEntry *other = g_ptr_array_index (found, j);

          inside = (!g_str_equal (entry->company_key, other->company_key) &&
                    strstr (other->padded_key, entry->padded_key) != NULL);
        }

      if (!inside)
        g_ptr_array_add (kept, entry);
    }

  return kept;
}

static void
find_named_sender (PursuitMailMatcher *self,
                   Match              *match,
                   PursuitMailMessage *message)
{
  const char *from_name = pursuit_mail_message_get_from_name (message);
  const char *company = pursuit_mail_message_get_company (message);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  if (match_is_decided (match))
    return;

  /* What the classifier read as the company ("Thank you for applying to
   * Acme"), then the From name ("Acme Talent Team"). */
  if (company != NULL)
    {
      g_autofree char *key = pursuit_mail_normalize_company (company);
      g_autoptr(PursuitMailWords) words = _pursuit_mail_words_new (company, 1024);
      g_autoptr(GPtrArray) named = find_companies_in (self, words);

      add_all (found, g_hash_table_lookup (self->by_company, key));
      add_all (found, named);
    }

  if (from_name != NULL)
    {
      g_autoptr(PursuitMailWords) words = _pursuit_mail_words_new (from_name, 1024);
      g_autoptr(GPtrArray) named = find_companies_in (self, words);

      add_all (found, named);
    }

  apply_level (match, LEVEL_NAMED_SENDER, found, "company in sender or message");
}

static void
find_in_words (PursuitMailMatcher     *self,
               Match                  *match,
               Level                   level,
               const PursuitMailWords *words,
               const char             *reason)
{
  g_autoptr(GPtrArray) found = NULL;

  if (match_is_decided (match))
    return;

  found = find_companies_in (self, words);
  apply_level (match, level, found, reason);
}

/* Among several jobs at one company, the one whose title the message
 * names: the classifier's job-title first, then the longest title found
 * in the subject or the body. */
static JobEntry *
choose_by_title (GPtrArray              *candidates,
                 PursuitMailMessage     *message,
                 const PursuitMailWords *subject,
                 const PursuitMailWords *body)
{
  const char *hint = pursuit_mail_message_get_job_title (message);
  JobEntry *best = NULL;
  guint best_len = 0;
  gboolean tie = FALSE;

  if (hint != NULL)
    {
      g_autofree char *hint_key = _pursuit_mail_normalize_text (hint);
      JobEntry *found = NULL;
      guint n_found = 0;

      for (guint i = 0; i < candidates->len; i++)
        {
          JobEntry *entry = g_ptr_array_index (candidates, i);

          if (*hint_key != '\0' && g_str_equal (entry->title_key, hint_key))
            {
              found = entry;
              n_found++;
            }
        }

      if (n_found == 1)
        return found;
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      JobEntry *entry = g_ptr_array_index (candidates, i);
      guint len = strlen (entry->title_key);

      if (len == 0 || len < best_len)
        continue;

      if (!_pursuit_mail_words_contain (subject, entry->title_key) &&
          !_pursuit_mail_words_contain (body, entry->title_key))
        continue;

      /* Two titles as long as each other, or the same title twice. */
      tie = (len == best_len);
      best = entry;
      best_len = len;
    }

  return tie ? NULL : best;
}

/* What the stage says when the message alone cannot choose: only an
 * application that was made gets answers, and a confirmation is about an
 * application that is still open. */
static JobEntry *
choose_by_stage (GPtrArray          *candidates,
                 PursuitMailCategory category)
{
  JobEntry *chosen = NULL;

  if (category == PURSUIT_MAIL_OTHER)
    return NULL;

  for (guint i = 0; i < candidates->len; i++)
    {
      JobEntry *entry = g_ptr_array_index (candidates, i);
      gboolean likely;

      if (category == PURSUIT_MAIL_CONFIRMATION)
        likely = pursuit_pipeline_is_open (entry->category);
      else
        likely = !g_str_equal (entry->category, PURSUIT_STAGE_SAVED);

      if (!likely)
        continue;
      if (chosen != NULL)
        return NULL;
      chosen = entry;
    }

  return chosen;
}

static char *
thread_key (PursuitMailMessage *message)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT " %s", pursuit_mail_message_get_account_id (message),
                          pursuit_mail_message_get_thread_id (message));
}

/* A message of the same sync matched before this one is not in the store
 * yet: its thread and Message-ID are remembered here. */
static gint64
match_thread_seen (PursuitMailMatcher *self,
                   PursuitMailMessage *message,
                   const char         *chain)
{
  g_auto(GStrv) ids = NULL;

  if (pursuit_mail_message_get_thread_id (message) != NULL)
    {
      g_autofree char *key = thread_key (message);
      gint64 job_id = GPOINTER_TO_SIZE (g_hash_table_lookup (self->seen_threads, key));

      if (job_id != 0)
        return job_id;
    }

  if (chain == NULL)
    return 0;

  ids = g_strsplit_set (chain, " \t\r\n", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      gint64 job_id = GPOINTER_TO_SIZE (g_hash_table_lookup (self->seen_message_ids, ids[i]));

      if (ids[i][0] != '\0' && job_id != 0)
        return job_id;
    }

  return 0;
}

static void
remember_thread (PursuitMailMatcher *self,
                 PursuitMailMessage *message,
                 gint64              job_id)
{
  const char *message_id = pursuit_mail_message_get_message_id (message);

  if (pursuit_mail_message_get_thread_id (message) != NULL)
    g_hash_table_replace (self->seen_threads, thread_key (message), GSIZE_TO_POINTER (job_id));
  if (message_id != NULL)
    g_hash_table_replace (self->seen_message_ids, g_strdup (message_id), GSIZE_TO_POINTER (job_id));
}

static gint64
match_thread (PursuitMailMatcher *self,
              PursuitMailMessage *message)
{
  const char *thread_id = pursuit_mail_message_get_thread_id (message);
  const char *in_reply_to = pursuit_mail_message_get_in_reply_to (message);
  const char *references = pursuit_mail_message_get_references (message);
  g_autofree char *chain = NULL;
  gint64 job_id;

  if (in_reply_to != NULL && references != NULL)
    chain = g_strconcat (references, " ", in_reply_to, NULL);
  else
    chain = g_strdup (references != NULL ? references : in_reply_to);

  if (thread_id == NULL && chain == NULL)
    return 0;

  job_id = pursuit_store_find_mail_thread_job (self->store,
                                               pursuit_mail_message_get_account_id (message),
                                               thread_id, chain);
  if (job_id != 0)
    return job_id;

  return match_thread_seen (self, message, chain);
}

static void
set_result (PursuitMailMessage *message,
            gint64              job_id,
            const char         *reason,
            double              score,
            double             *out_score)
{
  pursuit_mail_message_set_job_id (message, job_id);
  pursuit_mail_message_set_match_reason (message, reason);
  if (out_score != NULL)
    *out_score = score;
}

/* The candidates of the levels that name the sender, narrowed level by
 * level. */
static void
collect_sender_candidates (PursuitMailMatcher *self,
                           PursuitMailMessage *message,
                           Match              *match)
{
  const char *from = pursuit_mail_message_get_from_address (message);
  const char *reply_to = pursuit_mail_message_get_reply_to_address (message);

  find_by_address (self, match, from);
  find_by_address (self, match, reply_to);
  find_by_domain (self, match, from);
  find_by_domain (self, match, reply_to);
  find_by_tenant (self, match, message);
}

/* Names in the text only count for job mail: a newsletter or a friend
 * naming the company is not about the application. */
static void
collect_named_candidates (PursuitMailMatcher     *self,
                          PursuitMailMessage     *message,
                          Match                  *match,
                          const PursuitMailWords *subject,
                          const PursuitMailWords *body)
{
  find_named_sender (self, match, message);
  find_in_words (self, match, LEVEL_SUBJECT, subject, "company in subject");
  find_in_words (self, match, LEVEL_BODY, body, "company in body");
}

/* The job of @message as far as the evidence goes, NULL for none or a
 * tie; @match keeps the candidates and the reason. */
static JobEntry *
choose_job (PursuitMailMatcher *self,
            PursuitMailMessage *message,
            Match              *match)
{
  PursuitMailCategory category = pursuit_mail_message_get_category (message);
  g_autoptr(PursuitMailWords) subject = NULL;
  g_autoptr(PursuitMailWords) body = NULL;
  JobEntry *chosen;

  collect_sender_candidates (self, message, match);
  if (match_is_decided (match))
    return g_ptr_array_index (match->candidates, 0);

  subject = _pursuit_mail_words_new (pursuit_mail_message_get_subject (message), 4096);
  body = _pursuit_mail_words_new (pursuit_mail_message_get_body_text (message), MAX_BODY_SEARCH);
  if (category != PURSUIT_MAIL_OTHER)
    collect_named_candidates (self, message, match, subject, body);

  if (match->candidates == NULL)
    return NULL;
  if (match->candidates->len == 1)
    return g_ptr_array_index (match->candidates, 0);

  chosen = choose_by_title (match->candidates, message, subject, body);
  if (chosen != NULL)
    {
      g_string_append (match->reason, "; title");
      return chosen;
    }

  chosen = choose_by_stage (match->candidates, category);
  if (chosen != NULL)
    {
      g_string_append (match->reason, "; stage");
      match->score *= 0.85;
    }

  return chosen;
}

/**
 * pursuit_mail_matcher_new:
 * @store: the store whose jobs the messages are matched to
 * @error: a location for a #GError
 *
 * Returns: (transfer full): a matcher over the jobs as they are now, or
 *   %NULL with @error set when the store cannot list them
 */
PursuitMailMatcher *
pursuit_mail_matcher_new (PursuitStore  *store,
                          GError       **error)
{
  g_autoptr(PursuitMailMatcher) self = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GHashTable) categories = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  jobs = pursuit_store_list_jobs (store, NULL, error);
  if (jobs == NULL)
    return NULL;

  self = g_object_new (PURSUIT_TYPE_MAIL_MATCHER, NULL);
  self->store = g_object_ref (store);
  categories = load_stage_categories (store);

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      const char *category = lookup_category (categories, pursuit_job_get_stage (job));

      if (job_is_candidate (job, category, now))
        add_job (self, job, category);
    }

  return g_steal_pointer (&self);
}

/**
 * pursuit_mail_matcher_match:
 * @self: a matcher
 * @message: a message, classified or not
 * @out_score: (out) (optional): how sure the match is, 0.0 to 1.0
 *
 * Returns: the id of the job @message is about, 0 for none
 */
gint64
pursuit_mail_matcher_match (PursuitMailMatcher *self,
                            PursuitMailMessage *message,
                            double             *out_score)
{
  g_autoptr(GString) reason = g_string_new (NULL);
  Match match = { NULL, reason, 0.0 };
  JobEntry *chosen;
  gint64 job_id;

  g_return_val_if_fail (PURSUIT_IS_MAIL_MATCHER (self), 0);
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (message), 0);

  set_result (message, 0, NULL, 0.0, out_score);

  job_id = match_thread (self, message);
  if (job_id != 0)
    {
      set_result (message, job_id, "same thread", 1.0, out_score);
      remember_thread (self, message, job_id);
      return job_id;
    }

  if (self->entries->len == 0)
    return 0;

  chosen = choose_job (self, message, &match);
  if (chosen != NULL)
    {
      job_id = chosen->id;
      set_result (message, job_id, reason->str, match.score, out_score);
      remember_thread (self, message, job_id);
    }
  else if (match.candidates != NULL)
    {
      /* Not guessed; the reason says why, for --json and debugging. */
      g_autofree char *tie = g_strdup_printf ("ambiguous: %u jobs (%s)", match.candidates->len, reason->str);

      pursuit_mail_message_set_match_reason (message, tie);
    }

  g_clear_pointer (&match.candidates, g_ptr_array_unref);

  return job_id;
}
