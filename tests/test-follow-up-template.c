/* test-follow-up-template.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-follow-up-template.h"

typedef struct
{
  PursuitJob             *job;
  PursuitContact         *contact;
  GTimeZone              *utc;
  PursuitTemplateContext  context;
} Fixture;

/* What "%x" gives for a day, in whatever locale the test runs in. */
static char *
local_date (GTimeZone *time_zone,
            int        year,
            int        month,
            int        day)
{
  g_autoptr(GDateTime) date_time = g_date_time_new (time_zone, year, month, day, 12, 0, 0);

  return g_date_time_format (date_time, "%x");
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->job = pursuit_job_new ();
  pursuit_job_set_title (fixture->job, "Backend Engineer");
  pursuit_job_set_company (fixture->job, "Acme");
  pursuit_job_set_applied_date (fixture->job, "2026-11-02");

  fixture->contact = pursuit_contact_new ();
  pursuit_contact_set_name (fixture->contact, "  Grace Brewster Hopper ");

  fixture->utc = g_time_zone_new_utc ();

  fixture->context.job = fixture->job;
  fixture->context.contact = fixture->contact;
  /* 2026-11-20 23:30 UTC: already the 21st east of Greenwich. */
  fixture->context.interview_at = 1795217400;
  fixture->context.sender_name = "Ada";
  fixture->context.time_zone = fixture->utc;
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->job);
  g_clear_object (&fixture->contact);
  g_clear_pointer (&fixture->utc, g_time_zone_unref);
}

static void
test_expand_all_placeholders (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *applied = local_date (fixture->utc, 2026, 11, 2);
  g_autofree char *interview = local_date (fixture->utc, 2026, 11, 20);
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;

  text = pursuit_follow_up_template_expand ("{title} at {company}; {contact_name} / {contact_first_name};"
                                            " applied {applied_date}, met {interview_date}. {my_name}",
                                            &fixture->context);
  expected = g_strdup_printf ("Backend Engineer at Acme; Grace Brewster Hopper / Grace;"
                              " applied %s, met %s. Ada", applied, interview);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_expand_time_zone (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("Asia/Tokyo");
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;

  if (tokyo == NULL)
    {
      g_test_skip ("No time zone database");
      return;
    }

  /* The interview date is the day where the user is. */
  fixture->context.time_zone = tokyo;
  text = pursuit_follow_up_template_expand ("{interview_date}", &fixture->context);
  expected = local_date (tokyo, 2026, 11, 21);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_expand_missing_values (Fixture       *fixture,
                            gconstpointer  data)
{
  PursuitTemplateContext empty = { NULL, };
  g_autofree char *greeting = NULL;
  g_autofree char *nothing = NULL;
  g_autofree char *no_context = NULL;
  g_autofree char *null_template = NULL;

  /* No contact: the greeting loses its name without a stray space. */
  fixture->context.contact = NULL;
  greeting = pursuit_follow_up_template_expand ("Hello {contact_first_name},\nDear {contact_name}!",
                                                &fixture->context);
  g_assert_cmpstr (greeting, ==, "Hello,\nDear!");

  nothing = pursuit_follow_up_template_expand ("[{company}|{interview_date}|{my_name}]", &empty);
  g_assert_cmpstr (nothing, ==, "[||]");

  no_context = pursuit_follow_up_template_expand ("Hi {title}", NULL);
  g_assert_cmpstr (no_context, ==, "Hi ");

  null_template = pursuit_follow_up_template_expand (NULL, &fixture->context);
  g_assert_cmpstr (null_template, ==, "");
}

static void
test_expand_hostile (Fixture       *fixture,
                     gconstpointer  data)
{
  static const struct {
    const char *template_;
    const char *expected;
  } cases[] = {
    { "{unknown} stays", "{unknown} stays" },
    { "{{company}} is literal", "{company} is literal" },
    { "}} and {{", "} and {" },
    { "{company", "{company" },
    { "company}", "company}" },
    { "{}", "{}" },
    { "{{{company}}}", "{Acme}" },
    { "{ company }", "{ company }" },
    { "{COMPANY}", "{COMPANY}" },
    { "{company}{company}", "AcmeAcme" },
    { "{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}", "{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}" },
    { "trailing {", "trailing {" },
    { "Grüße, {company} — ✓", "Grüße, Acme — ✓" },
    { "%s %n {company}", "%s %n Acme" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pursuit_follow_up_template_expand (cases[i].template_, &fixture->context);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_expand_values_are_not_templates (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autofree char *text = NULL;

  /* A company called "{title}" is a name, not a placeholder. */
  pursuit_job_set_company (fixture->job, "{title} & <b>Co</b>");
  text = pursuit_follow_up_template_expand ("{company}", &fixture->context);
  g_assert_cmpstr (text, ==, "{title} & <b>Co</b>");
}

static void
test_expand_applied_date_text (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *with_time = NULL;
  g_autofree char *garbage = NULL;
  g_autofree char *invalid = NULL;
  g_autofree char *expected = local_date (fixture->utc, 2026, 3, 4);

  pursuit_job_set_applied_date (fixture->job, "2026-03-04T10:00:00");
  with_time = pursuit_follow_up_template_expand ("{applied_date}", &fixture->context);
  g_assert_cmpstr (with_time, ==, expected);

  /* Text that is not a date is shown rather than lost. */
  pursuit_job_set_applied_date (fixture->job, "last spring");
  garbage = pursuit_follow_up_template_expand ("{applied_date}", &fixture->context);
  g_assert_cmpstr (garbage, ==, "last spring");

  pursuit_job_set_applied_date (fixture->job, "2026-02-31");
  invalid = pursuit_follow_up_template_expand ("{applied_date}", &fixture->context);
  g_assert_cmpstr (invalid, ==, "2026-02-31");
}

static void
test_placeholders_list (void)
{
  const char * const *placeholders = pursuit_follow_up_template_placeholders ();
  PursuitTemplateContext context = { NULL, };

  g_assert_nonnull (placeholders);
  g_assert_true (g_strv_contains (placeholders, "{company}"));
  g_assert_true (g_strv_contains (placeholders, "{title}"));
  g_assert_true (g_strv_contains (placeholders, "{contact_name}"));
  g_assert_true (g_strv_contains (placeholders, "{applied_date}"));
  g_assert_true (g_strv_contains (placeholders, "{interview_date}"));

  /* Each one offered is one the expansion knows. */
  for (guint i = 0; placeholders[i] != NULL; i++)
    {
      g_autofree char *text = pursuit_follow_up_template_expand (placeholders[i], &context);

      g_assert_cmpuint (placeholders[i][0], ==, '{');
      g_assert_cmpstr (text, ==, "");
    }
}

static void
test_split_subject (void)
{
  static const struct {
    const char *text;
    const char *subject;
    const char *body;
  } cases[] = {
    { "Subject: Hello there\n\nBody line\nSecond", "Hello there", "Body line\nSecond" },
    { "subject:   Spaces   \r\n\r\n  Indented body", "Spaces", "  Indented body" },
    { "Subject: Only a subject", "Only a subject", "" },
    { "Subject:\nBody", "", "Body" },
    { "Dear team,\nSubject: not first", NULL, "Dear team,\nSubject: not first" },
    { "", NULL, "" },
    { " Subject: leading space", NULL, " Subject: leading space" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *body = NULL;
      g_autofree char *subject = pursuit_follow_up_template_split_subject (cases[i].text, &body);

      g_assert_cmpstr (subject, ==, cases[i].subject);
      g_assert_cmpstr (body, ==, cases[i].body);
    }

  {
    g_autofree char *body = NULL;
    g_autofree char *subject = pursuit_follow_up_template_split_subject (NULL, &body);
    g_autofree char *without_body = pursuit_follow_up_template_split_subject ("Subject: x\n\ny", NULL);

    g_assert_null (subject);
    g_assert_cmpstr (body, ==, "");
    g_assert_cmpstr (without_body, ==, "x");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/follow-up-template/expand/all", test_expand_all_placeholders);
  ADD ("/follow-up-template/expand/time-zone", test_expand_time_zone);
  ADD ("/follow-up-template/expand/missing", test_expand_missing_values);
  ADD ("/follow-up-template/expand/hostile", test_expand_hostile);
  ADD ("/follow-up-template/expand/values-verbatim", test_expand_values_are_not_templates);
  ADD ("/follow-up-template/expand/applied-date", test_expand_applied_date_text);
#undef ADD
  g_test_add_func ("/follow-up-template/placeholders", test_placeholders_list);
  g_test_add_func ("/follow-up-template/split-subject", test_split_subject);

  return g_test_run ();
}
