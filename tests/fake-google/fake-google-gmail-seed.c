/* fake-google-gmail-seed.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <string.h>

#include "fake-google-gmail-private.h"

/* Seeded mail ends shortly before this instant (2026-11-20 18:00 UTC), so
 * that the same @n gives the same mailbox on every run. */
#define SEED_END_SECONDS G_GINT64_CONSTANT (1795284000)
#define SEED_RANDOM 20260525

static const char * const companies[] = {
  "Acme Robotics", "Northwind Analytics", "Blue Harbor Health", "Lumen Energy",
  "Quarry Labs", "Tidewater Logistics", "Fernhill Software", "Orbital Maps",
  "Kestrel Security", "Meridian Bank", "Juniper Learning", "Cobalt Games",
};
static const char * const domains[] = {
  "acmerobotics.example", "northwind.example", "blueharbor.example", "lumen.example",
  "quarrylabs.example", "tidewater.example", "fernhill.example", "orbitalmaps.example",
  "kestrel.example", "meridianbank.example", "juniper.example", "cobaltgames.example",
};
static const char * const roles[] = {
  "Senior Software Engineer", "Backend Developer", "Platform Engineer",
  "Engineering Manager", "Data Engineer", "Site Reliability Engineer",
  "Frontend Developer", "Staff Engineer",
};
static const char * const first_names[] = {
  "Maya", "Jonas", "Priya", "Lucas", "Sofia", "Daniel", "Amara", "Tomás", "Hannah", "Kenji",
};
static const char * const last_names[] = {
  "Schneider", "Okafor", "Lindqvist", "Moreau", "Nakamura", "Costa", "Brennan", "Novak",
};
static const char * const cities[] = {
  "Berlin", "Remote", "Amsterdam", "Zurich", "Lisbon", "Munich",
};
static const char * const boards[][2] = {
  { "LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example" },
  { "Indeed", "alert@indeed.example" },
  { "StepStone", "jobagent@stepstone.example" },
  { "Glassdoor Jobs", "noreply@glassdoor.example" },
};

void
_fake_google_gmail_message_free (Message *message)
{
  g_free (message->id);
  g_free (message->thread_id);
  g_ptr_array_unref (message->labels);
  g_free (message->from);
  g_free (message->to);
  g_free (message->subject);
  g_free (message->message_id);
  g_free (message->in_reply_to);
  g_free (message->references);
  g_free (message->text);
  g_free (message->html);
  g_free (message->attachment_name);
  g_free (message->attachment);
  g_free (message->raw);
  g_free (message);
}

/* Seeding ------------------------------------------------------------------ */

typedef struct
{
  GRand     *rand;
  Gmail     *gmail;
  GPtrArray *chronological;
  gint64     time;       /* seconds, counted from 0 and shifted at the end */
  guint      serial;
} Seeder;

#define PICK(seeder, array) ((array)[g_rand_int_range ((seeder)->rand, 0, G_N_ELEMENTS (array))])

char *
_fake_google_gmail_wrap_html (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_auto(GStrv) paragraphs = g_strsplit (escaped, "\n\n", -1);
  GString *html = g_string_new ("<div dir=\"ltr\">");

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *lines = NULL;
      g_auto(GStrv) split = g_strsplit (paragraphs[i], "\n", -1);

      lines = g_strjoinv ("<br>", split);
      g_string_append_printf (html, "<p>%s</p>", lines);
    }
  g_string_append (html, "</div>");
  return g_string_free (html, FALSE);
}

static Message *
add_message (Seeder     *seeder,
             Message    *parent,
             const char *from,
             const char *to,
             const char *subject,
             const char *text,
             const char *first_label,
             ...) G_GNUC_NULL_TERMINATED;

static Message *
add_message (Seeder     *seeder,
             Message    *parent,
             const char *from,
             const char *to,
             const char *subject,
             const char *text,
             const char *first_label,
             ...)
{
  Message *message = g_new0 (Message, 1);
  va_list args;

  seeder->time += g_rand_int_range (seeder->rand, 40 * 60, 30 * 3600);
  message->internal_date = seeder->time;  /* seconds until shifted */
  message->labels = g_ptr_array_new_with_free_func (g_free);
  va_start (args, first_label);
  for (const char *label = first_label; label != NULL; label = va_arg (args, const char *))
    g_ptr_array_add (message->labels, g_strdup (label));
  va_end (args);
  message->from = g_strdup (from);
  message->to = g_strdup (to);
  message->subject = g_strdup (subject);
  message->text = g_strdup (text);
  message->html = _fake_google_gmail_wrap_html (text);
  message->message_id = g_strdup_printf ("<CA+fake%06u.%08x@mail.example>", ++seeder->serial,
                                         g_rand_int (seeder->rand));
  if (parent != NULL)
    message->in_reply_to = g_strdup (parent->message_id);
  /* The ids and thread ids are given once the dates are final. */
  message->parent = parent;
  g_ptr_array_add (seeder->chronological, message);
  return message;
}

static void
seed_job_alert (Seeder     *seeder,
                const char *me)
{
  const char * const *board = PICK (seeder, boards);
  const char *role = PICK (seeder, roles);
  const char *city = PICK (seeder, cities);
  guint count = g_rand_int_range (seeder->rand, 2, 30);
  g_autofree char *from = g_strdup_printf ("%s <%s>", board[0], board[1]);
  g_autofree char *subject = g_strdup_printf ("%u new jobs for \"%s\" in %s", count, role, city);
  g_autofree char *text = g_strdup_printf ("Your job alert for %s in %s\n\n"
                                           "%s - %s - %s\n%s - %s - %s\n\n"
                                           "See all %u jobs on %s.",
                                           role, city,
                                           role, PICK (seeder, companies), city,
                                           role, PICK (seeder, companies), city,
                                           count, board[0]);

  if (g_rand_boolean (seeder->rand))
    add_message (seeder, NULL, from, me, subject, text, "INBOX", "CATEGORY_UPDATES", "UNREAD", NULL);
  else
    add_message (seeder, NULL, from, me, subject, text, "INBOX", "CATEGORY_UPDATES", NULL);
}

static void
seed_recruiter (Seeder     *seeder,
                const char *me)
{
  guint c = g_rand_int_range (seeder->rand, 0, G_N_ELEMENTS (companies));
  const char *first = PICK (seeder, first_names);
  const char *last = PICK (seeder, last_names);
  const char *role = PICK (seeder, roles);
  g_autofree char *from = g_strdup_printf ("%s %s <%s.%s@%s>", first, last, first, last, domains[c]);
  g_autofree char *subject = g_strdup_printf ("%s opportunity at %s", role, companies[c]);
  g_autofree char *text = g_strdup_printf ("Hi Ann,\n\nI came across your profile and think you "
                                           "would be a great fit for our %s role at %s. "
                                           "Would you have 20 minutes for a call next week?\n\n"
                                           "Best,\n%s %s\nTalent Acquisition, %s",
                                           role, companies[c], first, last, companies[c]);
  g_autofree char *reply_subject = g_strconcat ("Re: ", subject, NULL);
  Message *outreach;
  Message *reply;

  outreach = add_message (seeder, NULL, from, me, subject, text,
                          "INBOX", "IMPORTANT", "Label_2", "CATEGORY_PERSONAL", NULL);
  if (g_rand_int_range (seeder->rand, 0, 3) == 0)
    return;

  reply = add_message (seeder, outreach, "Ann Example <ann.example@gmail.com>", from,
                       reply_subject,
                       "Hi,\n\nThank you for reaching out. I would be glad to talk; "
                       "Tuesday or Wednesday afternoon works for me.\n\nAnn",
                       "SENT", NULL);
  if (g_rand_boolean (seeder->rand))
    {
      g_autofree char *answer = g_strdup_printf ("Great, let us say Wednesday at 15:00. "
                                                 "I will send an invitation.\n\n%s", first);

      add_message (seeder, reply, from, me, reply_subject, answer,
                   "INBOX", "IMPORTANT", "Label_2", "UNREAD", NULL);
    }
}

static void
seed_application (Seeder     *seeder,
                  const char *me)
{
  guint c = g_rand_int_range (seeder->rand, 0, G_N_ELEMENTS (companies));
  const char *role = PICK (seeder, roles);
  g_autofree char *from = g_strdup_printf ("%s Careers <no-reply@careers.%s>", companies[c], domains[c]);
  g_autofree char *subject = g_strdup_printf ("Thank you for applying to %s", companies[c]);
  g_autofree char *text = g_strdup_printf ("Dear Ann,\n\nThank you for your application for the "
                                           "%s position. Our team will review it and get back to "
                                           "you within two weeks.\n\nThe %s recruiting team",
                                           role, companies[c]);
  g_autofree char *later = NULL;
  g_autofree char *later_subject = NULL;
  Message *confirmation;
  Message *next;

  confirmation = add_message (seeder, NULL, from, me, subject, text,
                              "INBOX", "CATEGORY_UPDATES", "Label_1", NULL);
  later_subject = g_strdup_printf ("Your application to %s", companies[c]);

  switch (g_rand_int_range (seeder->rand, 0, 3))
    {
    case 0:
      later = g_strdup_printf ("Dear Ann,\n\nThank you for your interest in the %s role. "
                               "Unfortunately we have decided to move forward with other "
                               "candidates.\n\nWe wish you the best in your search.", role);
      add_message (seeder, confirmation, from, me, later_subject, later,
                   "INBOX", "Label_1", NULL);
      break;

    case 1:
      later = g_strdup_printf ("Dear Ann,\n\nWe would like to invite you to an interview for the "
                               "%s role. The invitation is attached; the video link is "
                               "https://meet.%s/ann-interview\n\nKind regards", role, domains[c]);
      next = add_message (seeder, confirmation, from, me, later_subject, later,
                          "INBOX", "IMPORTANT", "STARRED", "Label_1", "UNREAD", NULL);
      next->attachment_name = g_strdup ("invite.ics");
      next->attachment = g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                          "PRODID:-//Fake//Fake//EN\r\nBEGIN:VEVENT\r\n"
                                          "UID:interview-%s@%s\r\nDTSTAMP:20260101T000000Z\r\n"
                                          "DTSTART:20261203T140000Z\r\nDTEND:20261203T150000Z\r\n"
                                          "SUMMARY:Interview: %s\r\nEND:VEVENT\r\n"
                                          "END:VCALENDAR\r\n", next->message_id + 1, domains[c], role);
      break;

    default:
      break;
    }
}

static void
seed_newsletter (Seeder     *seeder,
                 const char *me)
{
  if (g_rand_int_range (seeder->rand, 0, 4) == 0)
    add_message (seeder, NULL, "Prize Center <winner@lottery.example>", me,
                 "You have won a remote job offer!!!",
                 "Click here to claim your guaranteed salary of 20,000 a week.",
                 "SPAM", "UNREAD", NULL);
  else
    add_message (seeder, NULL, "Career Weekly <news@careerweekly.example>", me,
                 "Five questions to ask at the end of an interview",
                 "This week: what to ask your interviewers, salary bands in tech, "
                 "and how to follow up after a final round.",
                 "INBOX", "CATEGORY_PROMOTIONS", NULL);
}

static void
format_date (GString *raw,
             gint64   seconds)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (seconds);
  static const char * const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  static const char * const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

  /* RFC 5322 wants English names, whatever the locale. */
  g_string_append_printf (raw, "%s, %d %s %d %02d:%02d:%02d +0000",
                          days[g_date_time_get_day_of_week (date) - 1],
                          g_date_time_get_day_of_month (date),
                          months[g_date_time_get_month (date) - 1],
                          g_date_time_get_year (date),
                          g_date_time_get_hour (date),
                          g_date_time_get_minute (date),
                          g_date_time_get_second (date));
}

char *
_fake_google_gmail_date_header (gint64 ms)
{
  GString *text = g_string_new (NULL);

  format_date (text, ms / 1000);
  return g_string_free (text, FALSE);
}

static void
build_raw (Message *message)
{
  GString *raw = g_string_new (NULL);
  g_autofree char *date = _fake_google_gmail_date_header (message->internal_date);
  g_autofree char *alt = g_strdup_printf ("alt_%s", message->id);
  g_autofree char *mixed = g_strdup_printf ("mixed_%s", message->id);

  g_string_append_printf (raw, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n",
                          message->from, message->to, message->subject, date, message->message_id);
  if (message->in_reply_to != NULL)
    g_string_append_printf (raw, "In-Reply-To: %s\r\nReferences: %s\r\n",
                            message->in_reply_to, message->in_reply_to);
  g_string_append (raw, "MIME-Version: 1.0\r\n");
  if (message->attachment != NULL)
    g_string_append_printf (raw, "Content-Type: multipart/mixed; boundary=\"%s\"\r\n\r\n--%s\r\n",
                            mixed, mixed);
  g_string_append_printf (raw, "Content-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n", alt);
  g_string_append_printf (raw, "--%s\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n"
                          "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n", alt, message->text);
  g_string_append_printf (raw, "--%s\r\nContent-Type: text/html; charset=\"UTF-8\"\r\n"
                          "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n--%s--\r\n",
                          alt, message->html, alt);
  if (message->attachment != NULL)
    {
      g_autofree char *encoded = g_base64_encode ((const guchar *) message->attachment,
                                                  strlen (message->attachment));

      g_string_append_printf (raw, "--%s\r\nContent-Type: text/calendar; charset=\"UTF-8\"; name=\"%s\"\r\n"
                              "Content-Disposition: attachment; filename=\"%s\"\r\n"
                              "Content-Transfer-Encoding: base64\r\n\r\n%s\r\n--%s--\r\n",
                              mixed, message->attachment_name, message->attachment_name,
                              encoded, mixed);
    }

  message->raw = g_string_free (raw, FALSE);
}

void
_fake_google_gmail_add_change (Gmail      *gmail,
                               ChangeKind  kind,
                               Message    *message,
                               GStrv       change_labels)
{
  Change *change = g_new0 (Change, 1);

  /* "History IDs increase chronologically but are not contiguous". */
  gmail->history_id += 1 + (message->internal_date / 1000) % 7;
  change->id = gmail->history_id;
  change->kind = kind;
  change->message = message;
  change->labels = change_labels;
  message->history_id = gmail->history_id;
  g_ptr_array_add (gmail->changes, change);
}

void
_fake_google_gmail_seed (Gmail      *gmail,
                         guint       n,
                         const char *me)
{
  Seeder seeder = { 0 };
  gint64 shift;

  seeder.rand = g_rand_new_with_seed (SEED_RANDOM);
  seeder.gmail = gmail;
  seeder.chronological = g_ptr_array_new ();

  while (seeder.chronological->len < n)
    {
      guint kind = g_rand_int_range (seeder.rand, 0, 10);

      if (kind < 3)
        seed_job_alert (&seeder, me);
      else if (kind < 6)
        seed_recruiter (&seeder, me);
      else if (kind < 9)
        seed_application (&seeder, me);
      else
        seed_newsletter (&seeder, me);
    }
  /* A conversation may overshoot; the newest messages go. */
  while (seeder.chronological->len > n)
    {
      Message *last = g_ptr_array_steal_index (seeder.chronological, seeder.chronological->len - 1);

      _fake_google_gmail_message_free (last);
    }

  shift = SEED_END_SECONDS - seeder.time;
  gmail->history_id = gmail->first_history_id = FAKE_GMAIL_FIRST_HISTORY_ID;
  for (guint i = 0; i < seeder.chronological->len; i++)
    {
      Message *message = seeder.chronological->pdata[i];
      Message *parent = message->parent;

      message->internal_date = (message->internal_date + shift) * 1000 + (i * 37) % 1000;
      message->id = g_strdup_printf ("%" G_GINT64_MODIFIER "x", message->internal_date * 16 + i % 16);
      message->thread_id = g_strdup (parent ? parent->thread_id : message->id);
      build_raw (message);
      _fake_google_gmail_add_change (gmail, CHANGE_ADDED, message, NULL);
    }

  for (guint i = seeder.chronological->len; i > 0; i--)
    g_ptr_array_add (gmail->messages, seeder.chronological->pdata[i - 1]);

  g_ptr_array_unref (seeder.chronological);
  g_rand_free (seeder.rand);
}
