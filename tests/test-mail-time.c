/* test-mail-time.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-mail-parser.h"
#include "pursuit-mail-triage.h"

/* Every message is received on Monday 1 March 2027, 09:00 UTC, and read
 * in Berlin (UTC+1 in March) unless it names a zone. */

static GTimeZone *berlin;

static gint64
at (GTimeZone *tz,
    int        month,
    int        day,
    int        hour,
    int        minute)
{
  g_autoptr(GDateTime) time = g_date_time_new (tz, 2027, month, day, hour, minute, 0);

  return g_date_time_to_unix (time);
}

static gint64
utc (int month,
     int day,
     int hour,
     int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();

  return at (tz, month, day, hour, minute);
}

static PursuitMailMessage *
create_message (const char *subject,
                const char *body)
{
  PursuitMailMessage *message = pursuit_mail_message_new ();

  pursuit_mail_message_set_subject (message, subject);
  pursuit_mail_message_set_body_text (message, body);
  pursuit_mail_message_set_received_at (message, utc (3, 1, 9, 0));
  return message;
}

typedef struct
{
  gboolean found;
  gint64 starts_at;
  int minutes;
  char *location;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->location, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
find (const char *subject,
      const char *body,
      Result     *result)
{
  g_autoptr(PursuitMailMessage) message = create_message (subject, body);

  result->found = pursuit_mail_find_interview_time (message, berlin, &result->starts_at,
                                                    &result->minutes, &result->location);
}

static void
assert_time (const char *body,
             gint64      expected)
{
  g_auto(Result) result = { 0, };

  find ("Interview", body, &result);
  if (!result.found || result.starts_at != expected)
    g_error ("“%s”: expected %" G_GINT64_FORMAT ", found %s %" G_GINT64_FORMAT,
             body, expected, result.found ? "TRUE" : "FALSE", result.starts_at);
}

static void
assert_no_time (const char *body)
{
  g_auto(Result) result = { 0, };

  find ("Interview", body, &result);
  if (result.found)
    g_error ("“%s”: expected no time, found %" G_GINT64_FORMAT, body, result.starts_at);
}

static void
test_english (void)
{
  gint64 expected = at (berlin, 3, 3, 14, 30);

  assert_time ("We would like to invite you to an interview on Wednesday, March 3 at 2:30 PM.", expected);
  assert_time ("Are you available on March 3rd, 2027 at 2:30pm for a call?", expected);
  assert_time ("Your interview is scheduled for 3 March 2027 at 14:30.", expected);
  assert_time ("Date: Wednesday, March 3\nTime: 2:30 p.m.\nPlace: our office", expected);
  assert_time ("See you on the 3rd of March at 2.30 pm!", expected);
  assert_time ("Interview slot: 2027-03-03 14:30", expected);
  assert_time ("Let's meet at 2:30 PM on Wed, Mar 3.", expected);
  assert_time ("Can you make it tomorrow at 10am?", at (berlin, 3, 2, 10, 0));
  assert_time ("We have you down for 03/03/2027 at 2:30 PM.", expected);
  assert_time ("Lunch interview on March 3 at noon.", at (berlin, 3, 3, 12, 0));
}

static void
test_german (void)
{
  assert_time ("Wir laden Sie am 3. März um 14 Uhr zu einem Gespräch ein.", at (berlin, 3, 3, 14, 0));
  assert_time ("Termin: Mittwoch, 3. März 2027, 14:30 Uhr", at (berlin, 3, 3, 14, 30));
  assert_time ("Passt Ihnen der 03.03.2027 um 9.15 Uhr?", at (berlin, 3, 3, 9, 15));
  assert_time ("Wie besprochen sehen wir uns am Donnerstag um 11 Uhr.", at (berlin, 3, 4, 11, 0));
  assert_time ("Können Sie morgen um 16:00 Uhr?", at (berlin, 3, 2, 16, 0));
  /* "17.03.2027" is a date, not 17:03 on the Wednesday. */
  assert_time ("Wären Sie am Mittwoch, den 17.03.2027, um 14:00 Uhr verfügbar?", at (berlin, 3, 17, 14, 0));
  assert_time ("Datum: Mittwoch, 03.03.2027\nUhrzeit: 10:00 – 11:00 Uhr", at (berlin, 3, 3, 10, 0));
}

static void
test_french (void)
{
  assert_time ("Nous vous proposons un entretien le 3 mars à 14h30.", at (berlin, 3, 3, 14, 30));
  assert_time ("Rendez-vous le mercredi 3 mars 2027 à 14 h 30.", at (berlin, 3, 3, 14, 30));
  assert_time ("Seriez-vous disponible jeudi à 10h ?", at (berlin, 3, 4, 10, 0));
  assert_time ("L'entretien aura lieu le 1er avril à 9h00.", at (berlin, 4, 1, 9, 0));
  /* "mon" is "my", "et" and "est" are words */
  assert_time ("Mon entretien: le 3 mars à 14h30 et il est confirmé.", at (berlin, 3, 3, 14, 30));
}

static void
test_spanish (void)
{
  assert_time ("Te proponemos una entrevista el 3 de marzo a las 14:30.", at (berlin, 3, 3, 14, 30));
  assert_time ("La entrevista será el miércoles 3 de marzo de 2027 a las 10:00 h.", at (berlin, 3, 3, 10, 0));
  assert_time ("¿Puedes el jueves a las 4 de la tarde?", at (berlin, 3, 4, 16, 0));
  assert_time ("Nos vemos mañana a las 9:30.", at (berlin, 3, 2, 9, 30));
}

static void
test_zones (void)
{
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");

  assert_time ("Interview on March 3 at 2:30 PM UTC.", utc (3, 3, 14, 30));
  assert_time ("Interview on March 3 at 2:30 PM GMT+2.", utc (3, 3, 12, 30));
  assert_time ("Interview on March 3 at 10:00 AM EST.", utc (3, 3, 15, 0));
  assert_time ("Interview on March 3 at 10:00 AM (PST).", utc (3, 3, 18, 0));
  assert_time ("Interview am 3. März um 14:00 Uhr MEZ.", utc (3, 3, 13, 0));
  assert_time ("Interview on 2027-03-03 14:30 +05:30", utc (3, 3, 9, 0));
  assert_time ("Interview on March 3 at 10:00 America/New_York", at (new_york, 3, 3, 10, 0));
  assert_time ("New time: Wednesday, March 3 at 2:00 PM ET (same link).", at (new_york, 3, 3, 14, 0));
  assert_time ("Time: March 3, 9:30 AM Eastern", at (new_york, 3, 3, 9, 30));
  assert_time ("March 3, 11:00 AM - 12:00 PM (Mountain Time)", utc (3, 3, 18, 0));
  assert_time ("Proposed: 3 March, 10:00 (UK time).", utc (3, 3, 10, 0));
  assert_time ("La entrevista: 3 de marzo a las 11:00 (hora peninsular)", utc (3, 3, 10, 0));
  /* Daylight saving time follows the region, not the abbreviation's winter. */
  assert_time ("Interview on June 3 at 10:00 Pacific Time", utc (6, 3, 17, 0));
  /* "est" is French, "ist" German: only upper case names a zone. */
  assert_time ("L'entretien le 3 mars à 14h est confirmé.", at (berlin, 3, 3, 14, 0));
  assert_time ("Der Termin am 3. März um 14 Uhr ist bestätigt.", at (berlin, 3, 3, 14, 0));
  /* Without a zone: the reader's. */
  {
    g_autoptr(PursuitMailMessage) message = create_message ("Interview", "on March 3 at 10:00");
    gint64 start = 0;

    g_assert_true (pursuit_mail_find_interview_time (message, new_york, &start, NULL, NULL));
    g_assert_cmpint (start, ==, at (new_york, 3, 3, 10, 0));
  }
}

static void
test_weekday_only (void)
{
  /* Received on a Monday: Monday is the next one, a week later. */
  assert_time ("Could you come in on Friday at 3pm?", at (berlin, 3, 5, 15, 0));
  assert_time ("Could you come in on Monday at 3pm?", at (berlin, 3, 8, 15, 0));
  assert_time ("Thursday, 11:00 works for us.", at (berlin, 3, 4, 11, 0));
}

static void
test_several_slots (void)
{
  assert_no_time ("Would Tuesday or Wednesday work for you?");
  assert_no_time ("Would Tuesday at 10am or Wednesday at 2pm work?");
  assert_no_time ("Options: March 3 at 10:00, March 4 at 14:00, March 5 at 9:00.");
  assert_no_time ("¿Te va bien el martes a las 10:00 o el jueves a las 12:00?");
  assert_no_time ("Tuesday or Wednesday at 2pm?");
}

static void
test_no_time (void)
{
  assert_no_time ("We would like to schedule an interview. Please send us your availability.");
  assert_no_time ("Our team will meet on March 3 to review applications.");
  assert_no_time ("The challenge takes 3 hours. Please submit within 5 days.");
  assert_no_time ("");
  /* In the past: the date of the application, not a proposal. */
  assert_no_time ("You applied on February 2 at 10:00.");
}

static void
test_quotes_and_signatures (void)
{
  assert_time ("Hi Ada, how about Wednesday, March 3 at 2:30 PM?\n\n"
               "Best, Jane\nOffice hours: Monday to Friday, 9am - 5pm\n\n"
               "On Mon, Mar 1, 2027 at 9:00 AM Ada Lovelace <ada@example.org> wrote:\n"
               "> I am free on Thursday at 10am or Friday at 11am.\n",
               at (berlin, 3, 3, 14, 30));
  assert_time ("Wie wäre es am 3. März um 14 Uhr?\n\n"
               "Am 01.03.2027 um 10:00 schrieb Ada Lovelace:\n> Ich kann am 5. März um 9 Uhr.\n",
               at (berlin, 3, 3, 14, 0));
}

static void
test_duration_and_location (void)
{
  g_auto(Result) a = { 0, };
  g_auto(Result) b = { 0, };
  g_auto(Result) c = { 0, };
  g_auto(Result) d = { 0, };

  find ("Interview", "A 30-minute call on March 3 at 2:30 PM: https://acme.zoom.us/j/123456789?pwd=AbC", &a);
  g_assert_true (a.found);
  g_assert_cmpint (a.minutes, ==, 30);
  g_assert_cmpstr (a.location, ==, "https://acme.zoom.us/j/123456789?pwd=AbC");

  find ("Einladung", "Gespräch (45 Minuten) am 3. März um 14 Uhr. Link: https://meet.google.com/abc-defg-hij", &b);
  g_assert_true (b.found);
  g_assert_cmpint (b.minutes, ==, 45);
  g_assert_cmpstr (b.location, ==, "https://meet.google.com/abc-defg-hij");

  find ("Invitation: Technical interview with Acme @ Wed Mar 10, 2027 3pm - 3:45pm (CET)",
        "Join with Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc", &c);
  g_assert_true (c.found);
  g_assert_cmpint (c.starts_at, ==, utc (3, 10, 14, 0));
  g_assert_cmpint (c.minutes, ==, 45);
  g_assert_cmpstr (c.location, ==, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc");

  find ("Interview", "On March 3 at 2:30 PM, in our office. Please reply within 48 hours.", &d);
  g_assert_true (d.found);
  g_assert_cmpint (d.minutes, ==, 60);
  g_assert_null (d.location);
}

static const char ics[] =
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Acme//EN\r\nMETHOD:REQUEST\r\n"
  "BEGIN:VEVENT\r\nUID:ics-wins@acme.example\r\nDTSTAMP:20270301T090000Z\r\n"
  "DTSTART:20270310T140000Z\r\nDTEND:20270310T144500Z\r\n"
  "SUMMARY:Technical interview\r\nLOCATION:Acme HQ\\, Room 4\r\n"
  "END:VEVENT\r\nEND:VCALENDAR\r\n";

static void
test_ics_wins (void)
{
  g_autoptr(PursuitMailMessage) message = create_message ("Interview", "See you on March 3 at 2:30 PM.");
  g_autoptr(PursuitMailMessage) broken = create_message ("Interview", "See you on March 3 at 2:30 PM.");
  g_autofree char *location = NULL;
  gint64 start = 0;
  int minutes = 0;

  pursuit_mail_message_set_calendar_data (message, ics);
  g_assert_true (pursuit_mail_find_interview_time (message, berlin, &start, &minutes, &location));
  g_assert_cmpint (start, ==, utc (3, 10, 14, 0));
  g_assert_cmpint (minutes, ==, 45);
  g_assert_cmpstr (location, ==, "Acme HQ, Room 4");
  g_clear_pointer (&location, g_free);

  /* A calendar part that is not one: the text decides. */
  pursuit_mail_message_set_calendar_data (broken, "BEGIN:VCALENDAR\r\nnonsense");
  g_assert_true (pursuit_mail_find_interview_time (broken, berlin, &start, &minutes, &location));
  g_assert_cmpint (start, ==, at (berlin, 3, 3, 14, 30));
  g_assert_cmpint (minutes, ==, 60);
}

static void
test_parsed_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "mail", "parser", "ics-attachment.eml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailMessage) message = pursuit_mail_parse_file (path, &error);
  g_autofree char *location = NULL;
  gint64 start = 0;
  int minutes = 0;

  g_assert_no_error (error);
  g_assert_true (pursuit_mail_find_interview_time (message, NULL, &start, &minutes, &location));
  g_assert_cmpint (start, ==, utc (3, 10, 14, 0));
  g_assert_cmpint (minutes, ==, 45);
  g_assert_cmpstr (location, ==, "https://meet.google.com/abc-defg-hij");
}

static void
test_year_wrap (void)
{
  g_autoptr(PursuitMailMessage) message = create_message ("Interview", "How about January 5 at 10:00?");
  g_autoptr(GDateTime) december = g_date_time_new (berlin, 2027, 12, 20, 10, 0, 0);
  g_autoptr(GDateTime) expected = g_date_time_new (berlin, 2028, 1, 5, 10, 0, 0);
  gint64 start = 0;

  pursuit_mail_message_set_received_at (message, g_date_time_to_unix (december));
  g_assert_true (pursuit_mail_find_interview_time (message, berlin, &start, NULL, NULL));
  g_assert_cmpint (start, ==, g_date_time_to_unix (expected));
}

static void
test_hostile (void)
{
  g_autoptr(GString) big = g_string_new (NULL);
  g_auto(Result) result = { 0, };
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 20000; i++)
    g_string_append (big, "March 3 at 2:30 PM or ");
  find ("Interview", big->str, &result);
  g_assert_false (result.found);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);

  /* A long body is read up to a point, cut between characters. */
  {
    g_autoptr(GString) text = g_string_new ("Interview on March 3 at 2:30 PM. ");
    g_auto(Result) long_result = { 0, };

    for (guint i = 0; i < 20000; i++)
      g_string_append (text, "é");
    find ("Interview", text->str, &long_result);
    g_assert_true (long_result.found);
    g_assert_cmpint (long_result.starts_at, ==, at (berlin, 3, 3, 14, 30));
  }

  assert_no_time ("at 99:99 on March 45");
  assert_no_time ("March 3 at 13 PM");
  assert_no_time ("February 30 at 10:00");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (berlin);

  g_test_add_func ("/mail-time/english", test_english);
  g_test_add_func ("/mail-time/german", test_german);
  g_test_add_func ("/mail-time/french", test_french);
  g_test_add_func ("/mail-time/spanish", test_spanish);
  g_test_add_func ("/mail-time/zones", test_zones);
  g_test_add_func ("/mail-time/weekday-only", test_weekday_only);
  g_test_add_func ("/mail-time/several-slots", test_several_slots);
  g_test_add_func ("/mail-time/no-time", test_no_time);
  g_test_add_func ("/mail-time/quotes-and-signatures", test_quotes_and_signatures);
  g_test_add_func ("/mail-time/duration-and-location", test_duration_and_location);
  g_test_add_func ("/mail-time/ics-wins", test_ics_wins);
  g_test_add_func ("/mail-time/parsed-fixture", test_parsed_fixture);
  g_test_add_func ("/mail-time/year-wrap", test_year_wrap);
  g_test_add_func ("/mail-time/hostile", test_hostile);

  status = g_test_run ();
  g_time_zone_unref (berlin);
  return status;
}
