/* pursuit-mail-classifier.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-classifier"

#include "config.h"

#include <math.h>
#include <string.h>

#include "pursuit-mail-classifier.h"
#include "pursuit-mail-rules-private.h"

/* Only the start of a long mail is read: what a mail is about is said in
 * its first paragraphs, and this bounds the time per message. */
#define MAX_MAIN_TEXT   (12 * 1024)
#define MAX_QUOTED_TEXT (4 * 1024)
#define MAX_SUBJECT     1024
#define MAX_OCCURRENCES 8

#define SUBJECT_FACTOR 1.5
#define QUOTED_FACTOR  0.25
#define FOOTER_FACTOR  0.3
#define HEDGE_FACTOR   0.2

typedef struct
{
  char   *subject;
  char   *main;
  char   *quoted;
  gsize   main_len;
  gsize   footer_start;
  /* which byte pairs occur in any of the texts: most phrases are absent,
   * and three lookups rule them out before any search */
  guint8  pairs[65536 / 8];
} Texts;

typedef struct
{
  double                 score;
  double                 sum;
  double                 best;
  const PursuitMailRule *best_rule;
} KindScore;

typedef struct
{
  const char *ats;
  const char *ats_domain;
  const char *board_domain;
  gboolean    marketing;
  gboolean    recruiting;
} Sender;

/* Conditionals make a sentence hypothetical ("if we decide to move
 * forward"); generic words describe a process, not this mail. A
 * rejection is only weakened by conditionals: rejections often thank the
 * reader for "the process". */
static const char * const conditionals[] = {
  "if ", "unless ", "should we ", "should you ", "in case ", "in the event ", "whether ",
  "falls ", "wenn ", "sollten wir", "sollten sie", "solltest du", "si ", "s'il ", "au cas ou",
  "dans le cas", "en caso", "en el caso", "siempre que",
  NULL
};

static gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c >= 0x80;
}

static const char *
find_phrase (const char *text,
             const char *from,
             const char *phrase,
             gsize       phrase_len,
             gboolean    prefix_only)
{
  const char *p = from;
  gboolean check_start = is_word_byte ((guchar) phrase[0]);
  gboolean check_end = !prefix_only && is_word_byte ((guchar) phrase[phrase_len - 1]);

  while ((p = strstr (p, phrase)) != NULL)
    {
      gboolean start_ok = !check_start || p == text || !is_word_byte ((guchar) p[-1]);
      gboolean end_ok = !check_end || !is_word_byte ((guchar) p[phrase_len]);

      if (start_ok && end_ok)
        return p;
      p++;
    }

  return NULL;
}

static gboolean
is_sentence_end (char c)
{
  return c == '.' || c == '!' || c == '?' || c == '\n' || c == ';';
}

static gboolean
contains_marker (const char         *start,
                 const char         *end,
                 const char * const *markers)
{
  g_autofree char *span = NULL;

  if (end <= start)
    return FALSE;

  span = g_strndup (start, end - start);
  for (guint i = 0; markers[i] != NULL; i++)
    {
      if (find_phrase (span, span, markers[i], strlen (markers[i]), TRUE) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* The clause around a match: back to the start of its sentence, forward
 * to the next comma or the end of the sentence. */
static gboolean
is_hedged (const char         *text,
           const char         *match,
           gsize               match_len,
           const char * const *markers)
{
  const char *start = match;
  const char *end = match + match_len;
  const char *limit;

  while (start > text && match - start < 240 && !is_sentence_end (start[-1]))
    start--;
  if (contains_marker (start, match, markers))
    return TRUE;

  limit = end + 160;
  while (*end != '\0' && end < limit && !is_sentence_end (*end) && *end != ',')
    end++;

  return contains_marker (match + match_len, end, markers);
}

static gboolean
is_negated (const char *text,
            const char *match)
{
  const char *start = match;

  while (start > text && match - start < 28 && !is_sentence_end (start[-1]))
    start--;

  return contains_marker (start, match, _pursuit_mail_negations);
}

/* Inside double quotes the words are someone else's ("\"Unfortunately,
 * we have decided...\" I read that sentence 40 times"). */
static gboolean
is_quoted (const char *text,
           const char *match)
{
  guint quotes = 0;

  for (const char *p = match; p > text && p[-1] != '\n' && match - p < 400; p--)
    {
      if (p[-1] == '"')
        quotes++;
    }

  return quotes % 2 == 1;
}

/* "we decided to extend an offer to another candidate" */
static const char * const other_candidates[] = {
  "another candidate", "other candidates", "another applicant", "other applicants",
  "anderen kandidat", "andere kandidat", "anderen bewerber", "autre candidat", "autres candidat",
  "otro candidato", "otra candidata", "otros candidatos",
  NULL
};

/* "sorry to hear you have decided not to move forward": the reader
 * withdrew, nobody rejected them. */
static const char * const candidate_decisions[] = {
  "you have decided", "you decided", "you have chosen", "you chose", "sie haben sich",
  "du hast dich", "vous avez decide", "tu as decide", "has decidido", "ha decidido usted",
  NULL
};

static gboolean
is_candidate_decision (const char *text,
                       const char *match)
{
  const char *start = match;
  g_autofree char *window = NULL;

  while (start > text && match - start < 24 && !is_sentence_end (start[-1]))
    start--;
  window = g_strndup (start, (match - start) + strnlen (match, 10));

  return contains_marker (window, window + strlen (window), candidate_decisions);
}

static double
occurrence_factor (const Texts           *texts,
                   const PursuitMailRule *rule,
                   const char            *match,
                   gsize                  len)
{
  double factor = 1.0;

  if ((gsize) (match - texts->main) >= texts->footer_start)
    factor *= FOOTER_FACTOR;

  switch (rule->kind)
    {
    case PURSUIT_MAIL_REJECTION:
      if (is_candidate_decision (texts->main, match))
        return 0.0;
      if (is_hedged (texts->main, match, len, conditionals))
        factor *= HEDGE_FACTOR;
      break;

    case PURSUIT_MAIL_INTERVIEW:
    case PURSUIT_MAIL_ASSESSMENT:
    case PURSUIT_MAIL_OFFER:
      if (is_negated (texts->main, match) ||
          is_hedged (texts->main, match, len, other_candidates))
        return 0.0;
      if (is_hedged (texts->main, match, len, conditionals) ||
          is_hedged (texts->main, match, len, _pursuit_mail_hedges))
        factor *= HEDGE_FACTOR;
      break;

    case PURSUIT_MAIL_CONFIRMATION:
      if (is_negated (texts->main, match))
        return 0.0;
      break;

    default:
      return factor;
    }

  if (is_quoted (texts->main, match))
    factor *= HEDGE_FACTOR;

  return factor;
}

static guint
pair_at (const char *p)
{
  return ((guint) (guchar) p[0] << 8) | (guchar) p[1];
}

static void
add_pairs (Texts      *texts,
           const char *text)
{
  for (const char *p = text; p[0] != '\0' && p[1] != '\0'; p++)
    {
      guint pair = pair_at (p);

      texts->pairs[pair >> 3] |= 1 << (pair & 7);
    }
}

static gboolean
has_pair (const Texts *texts,
          const char  *p)
{
  guint pair = pair_at (p);

  return (texts->pairs[pair >> 3] & (1 << (pair & 7))) != 0;
}

static gboolean
may_contain (const Texts *texts,
             const char  *phrase,
             gsize        len)
{
  if (len < 2)
    return TRUE;

  return has_pair (texts, phrase) && has_pair (texts, phrase + MIN (len / 2, len - 2)) &&
         has_pair (texts, phrase + len - 2);
}

static double
rule_weight (const Texts           *texts,
             const PursuitMailRule *rule)
{
  gsize len = strlen (rule->phrase);
  gboolean prefix = (rule->flags & MAIL_RULE_PREFIX) != 0;
  double factor = 0.0;
  const char *p;

  if (!may_contain (texts, rule->phrase, len))
    return 0.0;

  if (find_phrase (texts->subject, texts->subject, rule->phrase, len, prefix) != NULL)
    factor = (rule->flags & MAIL_RULE_SUBJECT) ? 1.0 : SUBJECT_FACTOR;

  if (rule->flags & MAIL_RULE_SUBJECT)
    return rule->weight * factor;

  p = texts->main;
  for (guint i = 0; i < MAX_OCCURRENCES && factor < 1.0; i++)
    {
      p = find_phrase (texts->main, p, rule->phrase, len, prefix);
      if (p == NULL)
        break;
      factor = MAX (factor, occurrence_factor (texts, rule, p, len));
      p += len;
    }

  if (factor < QUOTED_FACTOR &&
      find_phrase (texts->quoted, texts->quoted, rule->phrase, len, prefix) != NULL)
    factor = QUOTED_FACTOR;

  return rule->weight * factor;
}

static void
add_score (KindScore             *score,
           const PursuitMailRule *rule,
           double                 weight)
{
  score->sum += weight;
  if (weight > score->best)
    {
      score->best = weight;
      score->best_rule = rule;
    }
  /* The best phrase counts fully, the others half: repeating weak hints
   * should not beat one clear sentence. */
  score->score = score->best + MIN (0.5 * (score->sum - score->best), 3.0);
}

/* Quoted replies ("> ...", "On Mon, Ada wrote:", an Outlook header
 * block) are what the reader or someone else wrote before. */
static gboolean
is_reply_header (const char *line,
                 gsize       len,
                 gboolean    have_text)
{
  g_autofree char *lower = g_ascii_strdown (line, len);
  g_autofree char *trimmed = g_strstrip (g_strdup (lower));

  if (g_str_has_prefix (trimmed, "-----original message") ||
      g_str_has_prefix (trimmed, "----- original message") ||
      g_str_has_prefix (trimmed, "-----ursprungliche nachricht") ||
      g_str_has_prefix (trimmed, "-----ursprüngliche nachricht") ||
      g_str_has_prefix (trimmed, "-----message d'origine") ||
      g_str_has_prefix (trimmed, "-----mensaje original"))
    return TRUE;

  if (g_str_has_suffix (trimmed, "wrote:") || g_str_has_suffix (trimmed, "schrieb:") ||
      g_str_has_suffix (trimmed, "crit :") || g_str_has_suffix (trimmed, "crit:") ||
      g_str_has_suffix (trimmed, "escribió:") || g_str_has_suffix (trimmed, "escribio:"))
    return TRUE;

  return have_text && (g_str_has_prefix (trimmed, "from:") || g_str_has_prefix (trimmed, "von:") ||
                       g_str_has_prefix (trimmed, "de :") || g_str_has_prefix (trimmed, "de:")) &&
         strchr (trimmed, '@') != NULL;
}

static void
split_body (const char  *body,
            char       **out_main,
            char       **out_quoted)
{
  g_autoptr(GString) main_text = g_string_new (NULL);
  g_autoptr(GString) quoted = g_string_new (NULL);
  gboolean in_reply = FALSE;
  const char *line = body;
  gsize read = 0;

  while (line != NULL && *line != '\0' && read < MAX_MAIN_TEXT + MAX_QUOTED_TEXT)
    {
      const char *nl = strchr (line, '\n');
      gsize len = nl != NULL ? (gsize) (nl - line) : strlen (line);
      const char *p = line;

      while (p < line + len && (*p == ' ' || *p == '\t'))
        p++;

      if (!in_reply && is_reply_header (line, len, main_text->len > 40))
        in_reply = TRUE;

      if (in_reply || *p == '>')
        {
          if (quoted->len < MAX_QUOTED_TEXT)
            {
              g_string_append_len (quoted, line, len);
              g_string_append_c (quoted, '\n');
            }
        }
      else if (main_text->len < MAX_MAIN_TEXT)
        {
          g_string_append_len (main_text, line, len);
          g_string_append_c (main_text, '\n');
        }

      read += len + 1;
      line = nl != NULL ? nl + 1 : NULL;
    }

  *out_main = _pursuit_mail_fold (main_text->str, MAX_MAIN_TEXT + 8);
  *out_quoted = _pursuit_mail_fold (quoted->str, MAX_QUOTED_TEXT + 8);
}

/* The footer: the first unsubscribe or legal line past the first quarter
 * of the text (a short mail may start with "do not reply"). */
static gsize
find_footer (const char *text,
             gsize       len)
{
  gsize footer = len;

  for (guint i = 0; _pursuit_mail_footer_markers[i] != NULL; i++)
    {
      const char *marker = _pursuit_mail_footer_markers[i];
      const char *p = text + len / 4;

      p = find_phrase (text, p, marker, strlen (marker), TRUE);
      if (p != NULL)
        footer = MIN (footer, (gsize) (p - text));
    }

  return footer;
}

static void
texts_clear (Texts *texts)
{
  g_free (texts->subject);
  g_free (texts->main);
  g_free (texts->quoted);
}

static gboolean
token_is_one_of (const char         *token,
                 const char * const *words,
                 gboolean            allow_prefix)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);

      if (g_str_equal (token, words[i]))
        return TRUE;
      if (allow_prefix && len >= 4 && g_str_has_prefix (token, words[i]))
        return TRUE;
    }

  return FALSE;
}

static gboolean
any_token_is_one_of (const char         *text,
                     const char * const *words,
                     gboolean            allow_prefix)
{
  g_autofree char *lower = NULL;
  g_auto(GStrv) tokens = NULL;

  if (text == NULL)
    return FALSE;

  lower = _pursuit_mail_fold (text, 512);
  tokens = g_strsplit_set (lower, " .-_+|@,()[]'\"", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (*tokens[i] != '\0' && token_is_one_of (tokens[i], words, allow_prefix))
        return TRUE;
    }

  return FALSE;
}

static const char * const marketing_names[] = {
  "newsletter", "digest", "marketing", "news", "webinar", "academy", "weekly", "daily",
  NULL
};

static void
read_sender (PursuitMailMessage *message,
             Sender             *sender)
{
  const char *from = pursuit_mail_message_get_from_address (message);
  const char *domain = _pursuit_mail_address_domain (from);
  const char *reply_domain = _pursuit_mail_address_domain (pursuit_mail_message_get_reply_to_address (message));
  g_autofree char *local = NULL;

  memset (sender, 0, sizeof *sender);

  sender->ats = _pursuit_mail_ats_for_domain (domain, &sender->ats_domain);
  if (sender->ats == NULL)
    sender->ats = _pursuit_mail_ats_for_domain (reply_domain, &sender->ats_domain);

  for (guint i = 0; domain != NULL && _pursuit_mail_job_board_domains[i] != NULL; i++)
    {
      if (_pursuit_mail_domain_matches (domain, _pursuit_mail_job_board_domains[i]))
        sender->board_domain = _pursuit_mail_job_board_domains[i];
    }

  if (from != NULL && domain != NULL)
    local = g_strndup (from, domain - 1 - from);

  sender->marketing = any_token_is_one_of (local, _pursuit_mail_marketing_senders, FALSE) ||
                      any_token_is_one_of (pursuit_mail_message_get_from_name (message),
                                           marketing_names, FALSE) ||
                      (domain != NULL && (g_str_has_prefix (domain, "news.") ||
                                          g_str_has_prefix (domain, "marketing.") ||
                                          g_str_has_prefix (domain, "info.")));
  /* "karriere.de Newsletter" is a newsletter, not a recruiter */
  sender->recruiting = !sender->marketing &&
                       (any_token_is_one_of (local, _pursuit_mail_recruiting_senders, TRUE) ||
                        any_token_is_one_of (pursuit_mail_message_get_from_name (message),
                                             _pursuit_mail_recruiting_senders, TRUE));
}

static void
append_reason (GString    *reason,
               const char *format,
               ...) G_GNUC_PRINTF (2, 3);

static void
append_reason (GString    *reason,
               const char *format,
               ...)
{
  va_list args;

  if (reason->len > 0)
    g_string_append (reason, "; ");
  va_start (args, format);
  g_string_append_vprintf (reason, format, args);
  va_end (args);
}

static const PursuitMailRule ats_mail = {
  "application mail from an ATS", PURSUIT_MAIL_CONFIRMATION, MAIL_RULE_WORD, 1.5
};

static const double min_score[PURSUIT_MAIL_N_CATEGORIES] = {
  [PURSUIT_MAIL_CONFIRMATION] = 1.5,
  [PURSUIT_MAIL_REJECTION] = 2.5,
  [PURSUIT_MAIL_INTERVIEW] = 2.0,
  [PURSUIT_MAIL_ASSESSMENT] = 2.5,
  [PURSUIT_MAIL_OFFER] = 2.5,
};

/* The later stages (rejection, interview, assessment, offer) win over a
 * confirmation: their mails often thank for the application too. */
static PursuitMailCategory
pick_category (const KindScore *scores)
{
  PursuitMailCategory best = PURSUIT_MAIL_OTHER;
  double conf = scores[PURSUIT_MAIL_CONFIRMATION].score;

  for (int k = PURSUIT_MAIL_REJECTION; k < PURSUIT_MAIL_N_CATEGORIES; k++)
    {
      if (scores[k].score >= min_score[k] &&
          (best == PURSUIT_MAIL_OTHER || scores[k].score > scores[best].score))
        best = k;
    }

  /* Rejections after an interview or a task talk about them; a clear
   * rejection sentence decides. */
  if ((best == PURSUIT_MAIL_INTERVIEW || best == PURSUIT_MAIL_ASSESSMENT) &&
      scores[PURSUIT_MAIL_REJECTION].score >= 3.0 &&
      scores[PURSUIT_MAIL_REJECTION].score >= 0.7 * scores[best].score)
    best = PURSUIT_MAIL_REJECTION;

  if (best != PURSUIT_MAIL_OTHER && scores[best].score < 3.0 && conf >= scores[best].score + 1.0)
    best = PURSUIT_MAIL_CONFIRMATION;

  if (best == PURSUIT_MAIL_OTHER && conf >= min_score[PURSUIT_MAIL_CONFIRMATION])
    best = PURSUIT_MAIL_CONFIRMATION;

  return best;
}

typedef struct
{
  KindScore scores[MAIL_RULE_N_KINDS];
  Sender    sender;
  double    noise;
  double    best_job;
} Evidence;

static const PursuitMailRule ics_rule = {
  "calendar invitation attached", PURSUIT_MAIL_INTERVIEW, MAIL_RULE_WORD, 2.5
};

static void
gather_evidence (PursuitMailMessage *message,
                 const Texts        *texts,
                 Evidence           *ev)
{
  KindScore *scores = ev->scores;
  const Sender *sender = &ev->sender;

  memset (ev, 0, sizeof *ev);

  for (gsize i = 0; i < _pursuit_mail_n_rules; i++)
    {
      const PursuitMailRule *rule = &_pursuit_mail_rules[i];
      double weight = rule_weight (texts, rule);

      if (weight > 0.0)
        add_score (&scores[rule->kind], rule, weight);
    }

  read_sender (message, &ev->sender);

  /* An ATS writing about an application: most of what it sends is the
   * receipt, so with nothing more specific that is the best guess. */
  if (sender->ats != NULL && scores[MAIL_RULE_CONTEXT].score >= 1.0 &&
      scores[MAIL_RULE_NOISE].score < 1.0)
    add_score (&scores[PURSUIT_MAIL_CONFIRMATION], &ats_mail, ats_mail.weight);

  /* An attached invitation about a job is an interview (a dentist's or a
   * team event's is not). */
  if (pursuit_mail_message_get_calendar_data (message) != NULL &&
      (sender->ats != NULL || sender->recruiting || scores[MAIL_RULE_CONTEXT].score >= 1.0 ||
       scores[PURSUIT_MAIL_INTERVIEW].score >= 2.5))
    add_score (&scores[PURSUIT_MAIL_INTERVIEW], &ics_rule, ics_rule.weight);

  ev->noise = scores[MAIL_RULE_NOISE].score;
  if (sender->board_domain != NULL)
    ev->noise += 1.5;
  if (sender->marketing && sender->ats == NULL)
    ev->noise += 1.0;
  if (pursuit_mail_message_get_bulk (message) && sender->ats == NULL && !sender->recruiting)
    ev->noise += 0.7;

  for (int k = PURSUIT_MAIL_CONFIRMATION; k < PURSUIT_MAIL_N_CATEGORIES; k++)
    ev->best_job = MAX (ev->best_job, scores[k].score);
}

static gboolean
about_a_job (const Evidence *ev)
{
  return ev->scores[MAIL_RULE_CONTEXT].score >= 0.5 || ev->sender.ats != NULL ||
         ev->sender.recruiting;
}

/* How much speaks for @category: its phrases, the sender, the
 * application being named. */
static double
weigh_evidence (const Evidence      *ev,
                PursuitMailCategory  category)
{
  const KindScore *scores = ev->scores;
  double support, evidence;

  support = (ev->sender.ats != NULL ? 1.0 : 0.0) + (ev->sender.recruiting ? 0.5 : 0.0) +
            0.5 * MIN (scores[MAIL_RULE_CONTEXT].score, 2.0);
  if (category != PURSUIT_MAIL_CONFIRMATION)
    support += 0.3 * MIN (scores[PURSUIT_MAIL_CONFIRMATION].score, 3.0);
  evidence = scores[category].score + support;

  /* Nothing says it is about a job (no application, no ATS, no
   * recruiter): a podcast's "interview request", a friend's "offer". */
  if (scores[MAIL_RULE_CONTEXT].score < 0.5 && ev->sender.ats == NULL && !ev->sender.recruiting &&
      category != PURSUIT_MAIL_CONFIRMATION)
    evidence *= 0.8;

  return evidence;
}

/* Whether the job category found is better read as other; sets
 * @confidence and the reason then. */
static gboolean
is_really_other (const Evidence      *ev,
                 PursuitMailCategory  category,
                 double               evidence,
                 GString             *reason,
                 double              *confidence)
{
  const char *phrase = ev->scores[category].best_rule->phrase;

  /* "We regret to inform you that your flight is cancelled": a
   * rejection must be about a job. */
  if (category == PURSUIT_MAIL_REJECTION && !about_a_job (ev) &&
      ev->scores[PURSUIT_MAIL_CONFIRMATION].score == 0.0)
    {
      *confidence = 0.5;
      append_reason (reason, "rejection phrase '%s' without a job", phrase);
      return TRUE;
    }

  /* Friends find a time too: an invitation that names no job, no
   * interview, no role and comes from no recruiter is not one. */
  if (category == PURSUIT_MAIL_INTERVIEW && ev->scores[MAIL_RULE_CONTEXT].score == 0.0 &&
      ev->sender.ats == NULL && !ev->sender.recruiting &&
      ev->scores[PURSUIT_MAIL_CONFIRMATION].score == 0.0)
    {
      *confidence = 0.5;
      append_reason (reason, "%s phrase '%s' without a job",
                     pursuit_mail_category_to_string (category), phrase);
      return TRUE;
    }

  /* Alerts, newsletters and outreach borrow the words of job mail; when
   * their own words weigh as much, they are what the mail is. A wrong
   * rejection is the worst mistake, so it yields earlier. */
  if (ev->noise >= evidence || (category == PURSUIT_MAIL_REJECTION && ev->noise >= 0.6 * evidence))
    {
      *confidence = CLAMP (0.5 + 0.05 * (ev->noise - evidence), 0.4, 0.9);
      append_reason (reason, "%s phrase '%s' outweighed by noise",
                     pursuit_mail_category_to_string (category), phrase);
      return TRUE;
    }

  return FALSE;
}

/* 0.9 and more needs several clear signs: a strong phrase, the ATS or
 * recruiter sender, the application named, and nothing competing. */
static double
job_confidence (const Evidence      *ev,
                PursuitMailCategory  category,
                double               evidence,
                double              *out_competitor)
{
  double score = ev->scores[category].score;
  double competitor = 0.0;
  double confidence;

  for (int k = PURSUIT_MAIL_REJECTION; k < PURSUIT_MAIL_N_CATEGORIES; k++)
    {
      if (k != (int) category)
        competitor = MAX (competitor, ev->scores[k].score);
    }

  confidence = (1.0 - exp (-evidence / 2.0)) * score / (score + 0.7 * competitor + 0.6 * ev->noise);
  if (category == PURSUIT_MAIL_REJECTION && ev->sender.ats == NULL && !ev->sender.recruiting &&
      ev->scores[MAIL_RULE_CONTEXT].score < 1.0)
    confidence *= 0.8;
  if (ev->scores[category].best_rule == &ats_mail)
    confidence = MIN (confidence, 0.6);
  if (!about_a_job (ev))
    confidence = MIN (confidence, 0.75);

  *out_competitor = competitor;
  return CLAMP (confidence, 0.3, 0.99);
}

/* Last resort: the ATS tenant as a name, "acme-robotics" → "Acme Robotics" */
static char *
company_from_tenant (PursuitMailMessage *message)
{
  g_autofree char *tenant = _pursuit_mail_detect_tenant (message);
  g_autoptr(GString) name = NULL;
  gboolean word_start = TRUE;

  if (tenant == NULL)
    return NULL;

  name = g_string_new (NULL);
  for (const char *p = tenant; *p != '\0'; p++)
    {
      if (*p == '-' || *p == '_')
        {
          g_string_append_c (name, ' ');
          word_start = TRUE;
          continue;
        }
      g_string_append_c (name, word_start ? g_ascii_toupper (*p) : *p);
      word_start = FALSE;
    }

  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
set_job_result (PursuitMailMessage  *message,
                const Evidence      *ev,
                PursuitMailCategory  category,
                double               evidence)
{
  g_autoptr(GString) reason = g_string_new (NULL);
  g_autofree char *company = NULL;
  g_autofree char *job_title = NULL;
  double competitor;
  double confidence = job_confidence (ev, category, evidence, &competitor);

  if (ev->sender.ats != NULL)
    append_reason (reason, "ATS sender %s", ev->sender.ats_domain);
  else if (ev->sender.board_domain != NULL)
    append_reason (reason, "job board sender %s", ev->sender.board_domain);
  else if (ev->sender.recruiting)
    append_reason (reason, "recruiting sender");
  append_reason (reason, "phrase '%s'", ev->scores[category].best_rule->phrase);
  if (competitor > 0.0)
    append_reason (reason, "competing score %.1f", competitor);
  if (ev->noise > 0.0)
    append_reason (reason, "noise %.1f", ev->noise);

  _pursuit_mail_extract (message, &company, &job_title);
  if (company == NULL)
    company = company_from_tenant (message);

  pursuit_mail_message_set_category (message, category);
  pursuit_mail_message_set_confidence (message, confidence);
  pursuit_mail_message_set_classification_reason (message, reason->str);
  pursuit_mail_message_set_company (message, company);
  pursuit_mail_message_set_job_title (message, job_title);
}

static void
set_other_result (PursuitMailMessage *message,
                  const Evidence     *ev,
                  GString            *reason,
                  double              confidence)
{
  if (ev->scores[MAIL_RULE_NOISE].best_rule != NULL)
    append_reason (reason, "noise phrase '%s'", ev->scores[MAIL_RULE_NOISE].best_rule->phrase);
  if (ev->sender.board_domain != NULL)
    append_reason (reason, "job board sender %s", ev->sender.board_domain);
  if (ev->sender.marketing)
    append_reason (reason, "marketing sender");
  if (reason->len == 0)
    append_reason (reason, ev->best_job > 0.0 ? "job phrases too weak" : "no job phrases");

  pursuit_mail_message_set_category (message, PURSUIT_MAIL_OTHER);
  pursuit_mail_message_set_confidence (message, confidence);
  pursuit_mail_message_set_classification_reason (message, reason->str);
  pursuit_mail_message_set_company (message, NULL);
  pursuit_mail_message_set_job_title (message, NULL);
}

static void
classify_texts (PursuitMailMessage *message,
                const Texts        *texts)
{
  g_autoptr(GString) reason = g_string_new (NULL);
  Evidence ev;
  PursuitMailCategory category;
  double evidence, confidence;

  gather_evidence (message, texts, &ev);
  category = pick_category (ev.scores);

  if (category == PURSUIT_MAIL_OTHER)
    {
      confidence = ev.noise >= 1.5 ? MIN (0.6 + 0.08 * ev.noise, 0.97) : 0.6;
      set_other_result (message, &ev, reason, CLAMP (confidence - 0.1 * ev.best_job, 0.35, 0.97));
      return;
    }

  evidence = weigh_evidence (&ev, category);
  if (is_really_other (&ev, category, evidence, reason, &confidence))
    set_other_result (message, &ev, reason, confidence);
  else
    set_job_result (message, &ev, category, evidence);
}

void
pursuit_mail_classify (PursuitMailMessage *message)
{
  Texts texts = { 0 };
  const char *body;

  g_return_if_fail (PURSUIT_IS_MAIL_MESSAGE (message));

  if (pursuit_mail_message_get_outgoing (message))
    {
      pursuit_mail_message_set_category (message, PURSUIT_MAIL_OTHER);
      pursuit_mail_message_set_confidence (message, 0.0);
      pursuit_mail_message_set_classification_reason (message, "outgoing message");
      return;
    }

  body = pursuit_mail_message_get_body_text (message);
  if (body == NULL || *body == '\0')
    body = pursuit_mail_message_get_snippet (message);

  texts.subject = _pursuit_mail_fold (pursuit_mail_message_get_subject (message), MAX_SUBJECT);
  split_body (body != NULL ? body : "", &texts.main, &texts.quoted);
  texts.main_len = strlen (texts.main);
  add_pairs (&texts, texts.subject);
  add_pairs (&texts, texts.main);
  add_pairs (&texts, texts.quoted);
  texts.footer_start = find_footer (texts.main, texts.main_len);

  classify_texts (message, &texts);
  texts_clear (&texts);
}
