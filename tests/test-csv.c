/* test-csv.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-csv"

#include <string.h>

#include "pursuit-csv.h"
#include "pursuit-import-error.h"
#include "pursuit-job.h"

/* Helpers ----------------------------------------------------------------- */

static GPtrArray *
parse_text (const char  *text,
            GPtrArray  **notes,
            GError     **error)
{
  return pursuit_csv_parse_jobs (text, strlen (text), NULL, notes, error);
}

static GPtrArray *
parse_fixture (const char  *name,
               GPtrArray  **notes,
               GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "csv", name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  return pursuit_csv_parse_jobs (contents, length, NULL, notes, error);
}

static PursuitJob *
job_at (GPtrArray *jobs,
        guint      i)
{
  g_assert_cmpuint (i, <, jobs->len);
  return g_ptr_array_index (jobs, i);
}

static char **
read_all (const char  *text,
          gsize        length,
          char        *out_delimiter,
          GArray      *lines,
          GError     **error)
{
  g_autoptr(PursuitCsvReader) reader = pursuit_csv_reader_new (text, length, error);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  if (reader == NULL)
    return NULL;

  if (out_delimiter != NULL)
    *out_delimiter = pursuit_csv_reader_get_delimiter (reader);

  for (;;)
    {
      char **fields = NULL;
      guint line = 0;

      if (!pursuit_csv_reader_next (reader, &fields, &line, error))
        return NULL;
      if (fields == NULL)
        break;

      if (lines != NULL)
        g_array_append_val (lines, line);

      /* Joins the fields with '|' so tests compare one string a record. */
      g_ptr_array_add (records, fields);
    }

  {
    GStrvBuilder *builder = g_strv_builder_new ();
    char **result;

    for (guint i = 0; i < records->len; i++)
      {
        g_autofree char *joined = g_strjoinv ("|", g_ptr_array_index (records, i));
        g_strv_builder_add (builder, joined);
      }

    result = g_strv_builder_end (builder);
    g_strv_builder_unref (builder);
    return result;
  }
}

/* Reader ------------------------------------------------------------------ */

static void
test_reader_quotes (void)
{
  const char *text =
    "a,b,c\n"
    "\"x, y\",\"she said \"\"hi\"\"\",plain\n"
    "\"multi\nline\nfield\",2,\"\"\n"
    "last,\"quoted \"\"end\"\"\",\n";
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) records = NULL;

  records = read_all (text, strlen (text), NULL, lines, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (records), ==, 4);
  g_assert_cmpstr (records[0], ==, "a|b|c");
  g_assert_cmpstr (records[1], ==, "x, y|she said \"hi\"|plain");
  g_assert_cmpstr (records[2], ==, "multi\nline\nfield|2|");
  g_assert_cmpstr (records[3], ==, "last|quoted \"end\"|");

  /* Physical lines: the record after the three-line field starts on 6. */
  g_assert_cmpuint (lines->len, ==, 4);
  g_assert_cmpuint (g_array_index (lines, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (lines, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (lines, guint, 2), ==, 3);
  g_assert_cmpuint (g_array_index (lines, guint, 3), ==, 6);
}

static void
test_reader_whitespace (void)
{
  const char *text = "a , b,\" c \" ,d\"e\n";
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) records = read_all (text, strlen (text), NULL, NULL, &error);

  g_assert_no_error (error);
  /* Spaces around unquoted fields and outside quotes go; inside stay; a
   * quote inside an unquoted field is text. */
  g_assert_cmpstr (records[0], ==, "a|b| c |d\"e");
  g_assert_null (records[1]);
}

static void
test_reader_bom (void)
{
  const char *text = "\xEF\xBB\xBFTitle,Company\nA,B\n";
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) records = read_all (text, strlen (text), NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (records[0], ==, "Title|Company");
  g_assert_cmpstr (records[1], ==, "A|B");
}

static void
test_reader_crlf (void)
{
  const char *text = "a,b\r\n\"x\r\ny\",z\r\nlast,one\r\n\r\n\r\n";
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) records = read_all (text, strlen (text), NULL, lines, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (records), ==, 3);
  g_assert_cmpstr (records[0], ==, "a|b");
  /* A line break inside quotes is data, kept as written. */
  g_assert_cmpstr (records[1], ==, "x\r\ny|z");
  g_assert_cmpstr (records[2], ==, "last|one");
  g_assert_cmpuint (g_array_index (lines, guint, 2), ==, 4);
}

static void
test_reader_delimiters (void)
{
  struct {
    const char *text;
    char        delimiter;
    const char *second;
  } cases[] = {
    { "a;b;c\n1;\"2;3\";4\n", ';', "1|2;3|4" },
    { "a\tb\tc\n1\t2, 3\t4\n", '\t', "1|2, 3|4" },
    { "a,b;c\n1,2;3\n", ',', "1|2;3" },
    { "\"x;y\",z\n1,2\n", ',', "1|2" },
    { "single\nvalue\n", ',', "value" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) records = NULL;
      char delimiter = 0;

      records = read_all (cases[i].text, strlen (cases[i].text), &delimiter, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (delimiter, ==, cases[i].delimiter);
      g_assert_cmpstr (records[1], ==, cases[i].second);
    }
}

static void
test_reader_trailing_empty_lines (void)
{
  const char *text = "a,b\n1,2\n\n\n\n";
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) records = read_all (text, strlen (text), NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (records), ==, 2);

  g_clear_pointer (&records, g_strfreev);
  records = read_all ("", 0, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (records), ==, 0);
}

static void
test_reader_unterminated (void)
{
  const char *text = "a,b\n1,2\n3,\"open\nstill open\n";
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) records = read_all (text, strlen (text), NULL, NULL, &error);

  g_assert_null (records);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);
  g_assert_cmpstr (error->message, ==, "line 3: unterminated quoted field");
}

static void
test_reader_text_after_quote (void)
{
  const char *text = "a,b\n\"x\"y,2\n";
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) records = read_all (text, strlen (text), NULL, NULL, &error);

  g_assert_null (records);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);
  g_assert_cmpstr (error->message, ==, "line 2: unexpected text after a closing quote");
}

static void
test_reader_encoding (void)
{
  const char latin1[] = "a,b\n\"multi\nline\",ok\ncaf\xe9,x\n";
  const char nul[] = "a,b\n1,2\0\n";
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) records = NULL;

  records = read_all (latin1, sizeof latin1 - 1, NULL, NULL, &error);
  g_assert_null (records);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==, "line 4: the text is not valid UTF-8");
  g_clear_error (&error);

  records = read_all (nul, sizeof nul - 1, NULL, NULL, &error);
  g_assert_null (records);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==, "line 2: the text is not valid UTF-8");
}

static void
test_reader_too_large (void)
{
  gsize length = PURSUIT_CSV_MAX_SIZE + 1;
  /* Untouched zeroed pages cost no memory; the size check comes first. */
  g_autofree char *data = g_malloc0 (length);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCsvReader) reader = NULL;
  g_autoptr(GPtrArray) jobs = NULL;

  reader = pursuit_csv_reader_new (data, length, &error);
  g_assert_null (reader);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  jobs = pursuit_csv_parse_jobs (data, length, NULL, NULL, &error);
  g_assert_null (jobs);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_TOO_LARGE);
}

/* Cells ------------------------------------------------------------------- */

static void
test_cell_dates (void)
{
  struct {
    const char *text;
    const char *date;
  } cases[] = {
    { "2024-03-05", "2024-03-05" },
    { " 2024-3-5 ", "2024-03-05" },
    { "2024/03/05", "2024-03-05" },
    { "05.03.2024", "2024-03-05" },
    { "5.3.2024", "2024-03-05" },
    { "03/05/2024", "2024-03-05" },     /* month/day when ambiguous */
    { "3/5/2024", "2024-03-05" },
    { "12/25/2024", "2024-12-25" },
    { "25/12/2024", "2024-12-25" },     /* day/month when it cannot be m/d */
    { "2024-03-05T10:00:00Z", "2024-03-05" },
    { "2024-03-05T23:30:00-05:00", "2024-03-05" },
    { "2024-03-05T10:00:00.123+0200", "2024-03-05" },
    { "2024-03-05 10:00", "2024-03-05" },
    { "2024-02-29", "2024-02-29" },
    { "2024-02-30", NULL },
    { "2023-02-29", NULL },
    { "13/13/2024", NULL },
    { "2024/03/05T10:00:00", NULL },
    { "2024-03-05T25:00:00", NULL },
    { "2024-03-05garbage", NULL },
    { "5.3.24", NULL },
    { "03/05/24", NULL },
    { "yesterday", NULL },
    { "", NULL },
    { "0999-01-01", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *date = NULL;
      gboolean ok = pursuit_csv_parse_date (cases[i].text, &date);

      g_test_message ("date “%s”", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].date != NULL);
      g_assert_cmpstr (date, ==, cases[i].date);
    }
}

static void
test_cell_salary (void)
{
  struct {
    const char *text;
    gint64      min;
    gint64      max;
    const char *currency;
    const char *period;
  } cases[] = {
    { "€60,000 - €80,000", 60000, 80000, "EUR", NULL },
    { "$120k", 120000, 120000, "USD", NULL },
    { "60-80k EUR", 60000, 80000, "EUR", NULL },
    { "€60k–80k", 60000, 80000, "EUR", NULL },
    { "60000-80000 EUR", 60000, 80000, "EUR", NULL },
    { "$120,000", 120000, 120000, "USD", NULL },
    { "60.000 - 80.000 EUR", 60000, 80000, "EUR", NULL },
    { "80 000 € – 95 000 €", 80000, 95000, "EUR", NULL },
    { "CHF 100'000", 100000, 100000, "CHF", NULL },
    { "CA$90,000/yr", 90000, 90000, "CAD", "YEAR" },
    { "£45.50 per hour", 46, 46, "GBP", "HOUR" },
    { "$120,000.50", 120001, 120001, "USD", NULL },
    { "1.5M", 1500000, 1500000, NULL, NULL },
    { "$100k+", 100000, 0, "USD", NULL },
    { "from 60k eur", 60000, 0, "EUR", NULL },
    { "up to £80k a year", 0, 80000, "GBP", "YEAR" },
    { "90k-70k", 70000, 90000, NULL, NULL },
    { "5000 usd monthly", 5000, 5000, "USD", "MONTH" },
  };
  const char *invalid[] = {
    "Competitive", "", "10-20-30", "€50k $60k", "99999999999999999999",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *currency = NULL;
      g_autofree char *period = NULL;
      gint64 min = -1, max = -1;

      g_test_message ("salary “%s”", cases[i].text);
      g_assert_true (pursuit_csv_parse_salary (cases[i].text, &min, &max, &currency, &period));
      g_assert_cmpint (min, ==, cases[i].min);
      g_assert_cmpint (max, ==, cases[i].max);
      g_assert_cmpstr (currency, ==, cases[i].currency);
      g_assert_cmpstr (period, ==, cases[i].period);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      gint64 min = -1, max = -1;

      g_test_message ("salary “%s”", invalid[i]);
      g_assert_false (pursuit_csv_parse_salary (invalid[i], &min, &max, NULL, NULL));
      g_assert_cmpint (min, ==, 0);
      g_assert_cmpint (max, ==, 0);
    }
}

static const struct {
  const char *status;
  const char *stage;
} statuses[] = {
  { "Wishlist", "saved" },
  { "Bookmarked", "saved" },
  { "Saved", "saved" },
  { "Interested", "saved" },
  { "Applied", "applied" },
  { "Applying", "applied" },
  { "Phone Screen", "screening" },
  { "Screening", "screening" },
  { "Interview", "interviewing" },
  { "Interviewing", "interviewing" },
  { "Onsite", "interviewing" },
  { "On-site", "interviewing" },
  { "Interview Scheduled", "interview_scheduled" },
  { "Offer", "offer" },
  { "Offered", "offer" },
  { "Accepted", "accepted" },
  { "Hired", "accepted" },
  { "Rejected", "rejected" },
  { "Declined", "rejected" },
  { "Not selected", "rejected" },
  { "Withdrawn", "withdrawn" },
  { "Ghosted", "ghosted" },
  { "No response", "ghosted" },
  /* Our own keys, as export writes them, and other spellings. */
  { "saved", "saved" },
  { "applied", "applied" },
  { "screening", "screening" },
  { "interview_scheduled", "interview_scheduled" },
  { "interviewing", "interviewing" },
  { "offer", "offer" },
  { "accepted", "accepted" },
  { "rejected", "rejected" },
  { "withdrawn", "withdrawn" },
  { "ghosted", "ghosted" },
  { "WISHLIST", "saved" },
  { "  phone   screen ", "screening" },
  { "NOT_SELECTED", "rejected" },
  { "no-response", "ghosted" },
};

static void
test_cell_statuses (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autofree char *text = g_strdup_printf ("Title,Status\nSome job,\"%s\"\n", statuses[i].status);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) jobs = NULL;

      g_test_message ("status “%s”", statuses[i].status);
      g_assert_cmpstr (pursuit_csv_parse_status (statuses[i].status), ==, statuses[i].stage);

      jobs = parse_text (text, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (jobs->len, ==, 1);
      g_assert_cmpstr (pursuit_job_get_stage (job_at (jobs, 0)), ==, statuses[i].stage);
    }

  g_assert_null (pursuit_csv_parse_status ("Daydreaming"));
  g_assert_null (pursuit_csv_parse_status (""));
}

/* Mapping ----------------------------------------------------------------- */

static void
on_mapping_changed_cb (PursuitCsvMapping *mapping,
                       guint              column,
                       gpointer           user_data)
{
  int *last = user_data;

  *last = column;
}

static void
test_mapping_guess (void)
{
  const char *header[] = {
    "Company Name", "Job Title", "Application Status", "Date Applied", "Job Link",
    "City", "Compensation", "Comments", "Job Description", "Closing Date", "Date Posted",
    "Job Board", "Work Type", "Excitement", "Notes", "Employer", "salary_min", "APPLY-URL",
    NULL,
  };
  const PursuitCsvField expected[] = {
    PURSUIT_CSV_FIELD_COMPANY, PURSUIT_CSV_FIELD_TITLE, PURSUIT_CSV_FIELD_STAGE,
    PURSUIT_CSV_FIELD_APPLIED_DATE, PURSUIT_CSV_FIELD_URL, PURSUIT_CSV_FIELD_LOCATION,
    PURSUIT_CSV_FIELD_SALARY, PURSUIT_CSV_FIELD_NOTES, PURSUIT_CSV_FIELD_DESCRIPTION,
    PURSUIT_CSV_FIELD_DEADLINE, PURSUIT_CSV_FIELD_POSTED_DATE, PURSUIT_CSV_FIELD_SOURCE,
    PURSUIT_CSV_FIELD_REMOTE, PURSUIT_CSV_FIELD_IGNORE,
    /* A second notes column is also notes; a second company is ignored. */
    PURSUIT_CSV_FIELD_NOTES, PURSUIT_CSV_FIELD_IGNORE,
    PURSUIT_CSV_FIELD_SALARY_MIN, PURSUIT_CSV_FIELD_APPLY_URL,
  };
  g_autoptr(PursuitCsvMapping) mapping = pursuit_csv_mapping_guess (header);
  g_autoptr(GError) error = NULL;
  int last = -1;

  g_assert_cmpuint (pursuit_csv_mapping_get_n_columns (mapping), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_test_message ("column “%s”", header[i]);
      g_assert_cmpint (pursuit_csv_mapping_get_field (mapping, i), ==, expected[i]);
      g_assert_cmpstr (pursuit_csv_mapping_get_column_name (mapping, i), ==, header[i]);
    }

  g_assert_true (pursuit_csv_mapping_validate (mapping, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_csv_mapping_find_field (mapping, PURSUIT_CSV_FIELD_TITLE), ==, 1);
  g_assert_cmpint (pursuit_csv_mapping_find_field (mapping, PURSUIT_CSV_FIELD_ID), ==, -1);

  g_signal_connect (mapping, "changed", G_CALLBACK (on_mapping_changed_cb), &last);
  pursuit_csv_mapping_set_field (mapping, 1, PURSUIT_CSV_FIELD_TITLE);
  g_assert_cmpint (last, ==, -1);
  pursuit_csv_mapping_set_field (mapping, 1, PURSUIT_CSV_FIELD_IGNORE);
  g_assert_cmpint (last, ==, 1);

  g_assert_false (pursuit_csv_mapping_validate (mapping, &error));
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);

  /* The field enum is registered for the dialog's drop-down. */
  {
    g_autoptr(GEnumClass) klass = g_type_class_ref (PURSUIT_TYPE_CSV_FIELD);

    g_assert_cmpuint (klass->n_values, ==, PURSUIT_CSV_N_FIELDS);
    g_assert_cmpstr (g_enum_get_value (klass, PURSUIT_CSV_FIELD_SALARY_MIN)->value_nick, ==, "salary-min");
  }
  g_assert_cmpstr (pursuit_csv_field_get_key (PURSUIT_CSV_FIELD_APPLIED_DATE), ==, "applied_date");
  g_assert_cmpint (pursuit_csv_field_from_key ("match_score"), ==, PURSUIT_CSV_FIELD_MATCH_SCORE);
  g_assert_cmpint (pursuit_csv_field_from_key ("nonsense"), ==, PURSUIT_CSV_FIELD_IGNORE);
}

static void
test_mapping_explicit (void)
{
  const char *text = "Name,Employer,Memo\nDesigner,Acme,call back\n";
  g_autoptr(PursuitCsvMapping) mapping = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;

  /* "Name" and "Memo" mean nothing to the guess: the title is missing. */
  jobs = parse_text (text, NULL, &error);
  g_assert_null (jobs);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "job title"));
  g_clear_error (&error);

  mapping = pursuit_csv_mapping_guess_from_data (text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_csv_mapping_get_n_columns (mapping), ==, 3);
  g_assert_cmpint (pursuit_csv_mapping_get_field (mapping, 1), ==, PURSUIT_CSV_FIELD_COMPANY);
  pursuit_csv_mapping_set_field (mapping, 0, PURSUIT_CSV_FIELD_TITLE);
  pursuit_csv_mapping_set_field (mapping, 2, PURSUIT_CSV_FIELD_NOTES);

  jobs = pursuit_csv_parse_jobs (text, strlen (text), mapping, &notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 1);
  g_assert_cmpstr (pursuit_job_get_title (job_at (jobs, 0)), ==, "Designer");
  g_assert_cmpstr (pursuit_job_get_company (job_at (jobs, 0)), ==, "Acme");
  g_assert_cmpstr (g_ptr_array_index (notes, 0), ==, "call back");
  g_clear_pointer (&jobs, g_ptr_array_unref);
  g_clear_pointer (&notes, g_ptr_array_unref);

  /* A mapping made for another header does not apply. */
  {
    const char *other = "Name,Employer\nDesigner,Acme\n";

    jobs = pursuit_csv_parse_jobs (other, strlen (other), mapping, &notes, &error);
    g_assert_null (jobs);
    g_assert_null (notes);
    g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);
    g_clear_error (&error);
  }

  g_clear_object (&mapping);
  mapping = pursuit_csv_mapping_guess_from_data ("\n\n", 2, &error);
  g_assert_null (mapping);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);
}

/* Jobs -------------------------------------------------------------------- */

static void
test_jobs_huntr (void)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;

  jobs = parse_fixture ("huntr-style.csv", &notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 4);
  g_assert_cmpuint (notes->len, ==, 4);

  job = job_at (jobs, 0);
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Acme GmbH");
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Senior GNOME Developer");
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "applied");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Berlin, Germany");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "https://jobs.example.com/acme/1");
  g_assert_cmpstr (pursuit_job_get_applied_date (job), ==, "2024-03-05");
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 60000);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 80000);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "EUR");
  g_assert_cmpstr (pursuit_job_get_source (job), ==, "csv");
  g_assert_cmpstr (g_ptr_array_index (notes, 0), ==, "Referred by Ana.\nFollow up on Friday.");

  job = job_at (jobs, 1);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Backend Engineer");
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "saved");
  g_assert_null (pursuit_job_get_applied_date (job));
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 120000);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 120000);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "USD");
  g_assert_null (g_ptr_array_index (notes, 1));

  job = job_at (jobs, 2);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Platform Engineer, Tools");
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "interviewing");
  g_assert_cmpstr (pursuit_job_get_applied_date (job), ==, "2024-03-15");
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 0);
  g_assert_null (pursuit_job_get_currency (job));
  g_assert_cmpstr (g_ptr_array_index (notes, 2), ==, "She said \"call me\"");

  job = job_at (jobs, 3);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "rejected");
  g_assert_cmpstr (pursuit_job_get_applied_date (job), ==, "2024-02-15");
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 50000);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 60000);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "GBP");
  g_assert_null (pursuit_job_get_url (job));
}

static void
test_jobs_teal (void)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;

  /* BOM, CRLF, a trailing empty line, Teal's column names. */
  jobs = parse_fixture ("teal-style.csv", &notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 2);

  job = job_at (jobs, 0);
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Hooli");
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Staff Engineer");
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "offer");
  g_assert_cmpstr (pursuit_job_get_applied_date (job), ==, "2024-01-10");
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 150000);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 190000);
  g_assert_null (pursuit_job_get_currency (job));
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Palo Alto, CA");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "https://hooli.example/jobs/1");
  g_assert_cmpstr (g_ptr_array_index (notes, 0), ==, "Great team");

  job = job_at (jobs, 1);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Compression Engineer");
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "screening");
  g_assert_cmpstr (pursuit_job_get_applied_date (job), ==, "2024-01-12");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Remote");
  g_assert_null (g_ptr_array_index (notes, 1));
}

static void
test_jobs_semicolon (void)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;

  jobs = parse_fixture ("spreadsheet-semicolon.csv", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 2);

  job = job_at (jobs, 0);
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Stadtwerke Nord");
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Softwareentwickler (m/w/d)");
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "applied");
  g_assert_cmpstr (pursuit_job_get_applied_date (job), ==, "2024-04-01");
  g_assert_cmpstr (pursuit_job_get_deadline (job), ==, "2024-04-30");
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 60000);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 80000);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "EUR");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Hamburg");
  g_assert_false (pursuit_job_get_remote (job));

  job = job_at (jobs, 1);
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Data; GmbH");
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Data Engineer; Python");
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "rejected");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Köln");
  g_assert_true (pursuit_job_get_remote (job));
}

static void
test_jobs_defaults (void)
{
  const char *text =
    "Title,Source,Date Applied,Salary,Remote,Notes,Note\n"
    "A,,,,,,\n"
    ",,,,,,\n"
    "B,LinkedIn,2024-01-01,Competitive,yes,first,second\n"
    "  ,  ,,,,,\n"
    "C,,,,No,,only second\n";
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;

  jobs = parse_text (text, &notes, &error);
  g_assert_no_error (error);
  /* Rows of empty cells are skipped. */
  g_assert_cmpuint (jobs->len, ==, 3);

  g_assert_cmpstr (pursuit_job_get_source (job_at (jobs, 0)), ==, "csv");
  g_assert_cmpstr (pursuit_job_get_stage (job_at (jobs, 0)), ==, "saved");
  g_assert_false (pursuit_job_get_remote (job_at (jobs, 0)));
  g_assert_cmpint (pursuit_job_get_match_score (job_at (jobs, 0)), ==, -1);
  g_assert_cmpint (pursuit_job_get_id (job_at (jobs, 0)), ==, 0);

  g_assert_cmpstr (pursuit_job_get_source (job_at (jobs, 1)), ==, "LinkedIn");
  g_assert_cmpstr (pursuit_job_get_stage (job_at (jobs, 1)), ==, "applied");
  g_assert_cmpint (pursuit_job_get_salary_min (job_at (jobs, 1)), ==, 0);
  g_assert_true (pursuit_job_get_remote (job_at (jobs, 1)));
  g_assert_cmpstr (g_ptr_array_index (notes, 1), ==, "first\n\nsecond");

  g_assert_false (pursuit_job_get_remote (job_at (jobs, 2)));
  g_assert_cmpstr (g_ptr_array_index (notes, 2), ==, "only second");
}

static void
assert_row_error (const char *text,
                  const char *message)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;

  jobs = parse_text (text, &notes, &error);
  g_assert_null (jobs);
  g_assert_null (notes);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_ROW);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_jobs_row_errors (void)
{
  assert_row_error ("Title,Company\nFoo,Acme\n,Globex\n",
                    "line 3: missing job title");
  /* The record after a three-line field starts on physical line 5. */
  assert_row_error ("Title,Notes\nA,\"one\ntwo\nthree\"\n,x\n",
                    "line 5: missing job title");
  assert_row_error ("Title,Notes\r\nA,\"one\r\ntwo\"\r\n\r\nB,ok\r\n  ,x\r\n",
                    "line 6: missing job title");
  assert_row_error ("Title,Status\nA,Applied\nB,Daydreaming\n",
                    "line 3: unknown status “Daydreaming”");
  assert_row_error ("Title,Date Applied\nA,\"2024-01-01\"\nB,\"first\nof May\"\n",
                    "line 3: invalid date “first\nof May” in column “Date Applied”");
  assert_row_error ("Title,Deadline\nA,31/31/2024\n",
                    "line 2: invalid date “31/31/2024” in column “Deadline”");
  assert_row_error ("Title,Salary\nA,10 to 20 to 30\n",
                    "line 2: invalid salary “10 to 20 to 30” in column “Salary”");
  assert_row_error ("Title,Min Salary\nA,60k-80k\n",
                    "line 2: invalid amount “60k-80k” in column “Min Salary”");
  assert_row_error ("Title,Currency\nA,Dollars\n",
                    "line 2: invalid currency “Dollars” in column “Currency”");
  assert_row_error ("Title,Work Type\nA,Sometimes\n",
                    "line 2: invalid value “Sometimes” in column “Work Type”; "
                    "expected yes or no, remote, hybrid or on-site");
  assert_row_error ("Title,Match Score\nA,101\n",
                    "line 2: invalid match score “101” in column “Match Score”");
  assert_row_error ("id,title\n-4,A\n",
                    "line 2: invalid id “-4” in column “id”");
}

static void
test_jobs_fixture_errors (void)
{
  struct {
    const char *fixture;
    int         code;
    const char *message;
  } cases[] = {
    { "broken-status.csv", PURSUIT_IMPORT_ERROR_ROW, "line 3: unknown status “Daydreaming”" },
    { "broken-date.csv", PURSUIT_IMPORT_ERROR_ROW,
      "line 2: invalid date “2024-02-30” in column “Date Applied”" },
    { "broken-unterminated.csv", PURSUIT_IMPORT_ERROR_MALFORMED,
      "line 2: unterminated quoted field" },
    { "broken-encoding.csv", PURSUIT_IMPORT_ERROR_ENCODING,
      "line 3: the text is not valid UTF-8" },
    { "broken-cells.csv", PURSUIT_IMPORT_ERROR_ROW,
      "line 3: the row has 2 cells but the header has 3" },
    { "broken-no-title.csv", PURSUIT_IMPORT_ERROR_MALFORMED, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) jobs = NULL;
      g_autoptr(GPtrArray) notes = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("fixture %s", cases[i].fixture);
      jobs = parse_fixture (cases[i].fixture, &notes, &error);
      g_assert_null (jobs);
      g_assert_null (notes);
      g_assert_error (error, PURSUIT_IMPORT_ERROR, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
      else
        g_assert_nonnull (strstr (error->message, "job title"));
    }
}

static void
test_jobs_cell_count (void)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;

  assert_row_error ("Title,Company,Location\nA,B,C\nD,E\n",
                    "line 3: the row has 2 cells but the header has 3");
  assert_row_error ("Title,Company\nA,B\n\"multi\nline\",B,C\n",
                    "line 3: the row has 3 cells but the header has 2");

  /* Empty cells past the header, as some spreadsheets write, are fine. */
  jobs = parse_text ("Title,Company\nA,B,,\nC,D,\n", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 2);
  g_assert_cmpstr (pursuit_job_get_company (job_at (jobs, 1)), ==, "D");
}

static void
test_jobs_empty (void)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;

  jobs = parse_text ("", NULL, &error);
  g_assert_null (jobs);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);
  g_clear_error (&error);

  /* A header alone is no error: there are no jobs. */
  jobs = parse_text ("Title,Company\r\n", &notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 0);
  g_assert_cmpuint (notes->len, ==, 0);
}

/* Export ------------------------------------------------------------------ */

static const char *export_header =
  "id,title,company,location,remote,salary_min,salary_max,currency,salary_period,url,"
  "apply_url,stage,applied_date,posted_date,deadline,employment_type,source,match_score,"
  "description,notes,tags\r\n";

static void
test_export_quoting (void)
{
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autofree char *csv = NULL;
  g_autofree char *expected = NULL;

  pursuit_job_set_title (job, "Hello, \"World\"");
  pursuit_job_set_company (job, " Acme ");
  pursuit_job_set_location (job, "Berlin");
  pursuit_job_set_description (job, "Line one\nLine two");
  pursuit_job_set_stage (job, "applied");
  pursuit_job_set_salary_min (job, 60000);
  pursuit_job_set_match_score (job, 0);
  pursuit_job_set_tags (job, (const char *[]) { "python", "fintech", NULL });
  g_ptr_array_add (jobs, g_object_ref (job));
  g_ptr_array_add (notes, "semi;colon");

  csv = pursuit_csv_export_jobs (jobs, notes);
  expected = g_strconcat (export_header,
                          ",\"Hello, \"\"World\"\"\",\" Acme \",Berlin,false,60000,,,,,,applied,,,,,,0,"
                          "\"Line one\nLine two\",semi;colon,\"fintech, python\"\r\n",
                          NULL);
  g_assert_cmpstr (csv, ==, expected);

  g_clear_pointer (&csv, g_free);
  csv = pursuit_csv_export_jobs (jobs, NULL);
  g_assert_true (g_str_has_suffix (csv, ",0,\"Line one\nLine two\",,\"fintech, python\"\r\n"));

  g_ptr_array_set_size (jobs, 0);
  g_clear_pointer (&csv, g_free);
  csv = pursuit_csv_export_jobs (jobs, NULL);
  g_assert_cmpstr (csv, ==, export_header);
}

static void
test_tags_column (void)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *joined = NULL;

  /* Our "Tags" and other trackers' "Labels", with commas or semicolons. */
  jobs = parse_text ("Title,Labels\r\n"
                     "Engineer,\"python; Remote , PYTHON,,\"\r\n"
                     "Designer,\r\n",
                     &notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 2);
  joined = g_strjoinv ("|", (char **)pursuit_job_get_tags (g_ptr_array_index (jobs, 0)));
  g_assert_cmpstr (joined, ==, "python|Remote");
  g_assert_cmpuint (g_strv_length ((char **)pursuit_job_get_tags (g_ptr_array_index (jobs, 1))), ==, 0);
  g_assert_cmpint (pursuit_csv_field_from_key ("tags"), ==, PURSUIT_CSV_FIELD_TAGS);

  /* What we export comes back the same. */
  csv = pursuit_csv_export_jobs (jobs, NULL);
  g_assert_nonnull (strstr (csv, ",\"python, Remote\"\r\n"));
  again = pursuit_csv_parse_jobs (csv, strlen (csv), NULL, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&joined, g_free);
  joined = g_strjoinv ("|", (char **)pursuit_job_get_tags (g_ptr_array_index (again, 0)));
  g_assert_cmpstr (joined, ==, "python|Remote");
}

static void
test_export_formula_injection (void)
{
  const char *dangerous[] = {
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+1 555 0100",
    "-2+3",
    "@SUM(A1:A9)",
    "\tcmd",
    "\r=1",
    "'=already quoted",
    "''+twice",
  };
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GPtrArray) parsed_notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (dangerous); i++)
    {
      PursuitJob *job = pursuit_job_new ();

      pursuit_job_set_title (job, dangerous[i]);
      pursuit_job_set_company (job, dangerous[i]);
      pursuit_job_set_stage (job, "saved");
      pursuit_job_set_source (job, "manual");
      g_ptr_array_add (jobs, job);
      g_ptr_array_add (notes, (gpointer)dangerous[i]);
    }

  csv = pursuit_csv_export_jobs (jobs, notes);

  /* No cell of the export starts with a formula character. */
  {
    g_autoptr(PursuitCsvReader) reader = pursuit_csv_reader_new (csv, strlen (csv), &error);
    char **cells = NULL;

    g_assert_no_error (error);
    for (;;)
      {
        g_assert_true (pursuit_csv_reader_next (reader, &cells, NULL, &error));
        g_assert_no_error (error);
        if (cells == NULL)
          break;
        for (guint i = 0; cells[i] != NULL; i++)
          g_assert_null (strchr ("=+-@\t\r", cells[i][0] ? cells[i][0] : 'x'));
        g_strfreev (cells);
      }
  }

  g_assert_nonnull (strstr (csv, "\r\n,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","));
  g_assert_nonnull (strstr (csv, "\r\n,'+1 555 0100,'+1 555 0100,"));
  g_assert_nonnull (strstr (csv, "\r\n,'@SUM(A1:A9),"));
  g_assert_nonnull (strstr (csv, "\r\n,'\tcmd,"));
  g_assert_nonnull (strstr (csv, "\r\n,\"'\r=1\","));
  g_assert_nonnull (strstr (csv, "\r\n,''=already quoted,"));
  g_assert_nonnull (strstr (csv, "\r\n,'''+twice,"));

  /* Import takes the escape off again. */
  parsed = parse_text (csv, &parsed_notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed->len, ==, G_N_ELEMENTS (dangerous));
  for (guint i = 0; i < G_N_ELEMENTS (dangerous); i++)
    {
      g_assert_cmpstr (pursuit_job_get_title (job_at (parsed, i)), ==, dangerous[i]);
      g_assert_cmpstr (pursuit_job_get_company (job_at (parsed, i)), ==, dangerous[i]);
      g_assert_cmpstr (g_ptr_array_index (parsed_notes, i), ==, dangerous[i]);
    }
}

static PursuitJob *
make_full_job (guint i)
{
  static const char *stages[] = {
    "saved", "applied", "screening", "interview_scheduled", "interviewing", "offer",
    "accepted", "rejected", "withdrawn", "ghosted",
  };
  PursuitJob *job = pursuit_job_new ();
  g_autofree char *title = g_strdup_printf ("Engineer #%u, \"Platform\"", i);

  pursuit_job_set_id (job, 1000 + i);
  pursuit_job_set_title (job, title);
  pursuit_job_set_company (job, i % 2 ? " Ünïcödé GmbH " : "Acme; Inc.");
  pursuit_job_set_location (job, "Berlin, Germany");
  pursuit_job_set_remote (job, i % 2);
  pursuit_job_set_salary_min (job, 60000 + i);
  pursuit_job_set_salary_max (job, 90000 + i);
  pursuit_job_set_currency (job, "EUR");
  pursuit_job_set_salary_period (job, "YEAR");
  pursuit_job_set_url (job, "https://jobs.example.com/view?id=1&ref=a,b");
  pursuit_job_set_apply_url (job, "https://jobs.example.com/apply/1");
  pursuit_job_set_stage (job, stages[i % G_N_ELEMENTS (stages)]);
  pursuit_job_set_applied_date (job, "2024-03-05");
  pursuit_job_set_posted_date (job, "2024-02-29");
  pursuit_job_set_deadline (job, "2024-12-31");
  pursuit_job_set_employment_type (job, "FULL_TIME");
  pursuit_job_set_source (job, "greenhouse");
  pursuit_job_set_match_score (job, i % 101);
  pursuit_job_set_description (job,
                               "We build things.\n\n"
                               "- Write C\r\n"
                               "- Say \"hello\", then \"goodbye\"\n"
                               "=not a formula\n");
  return job;
}

static void
test_export_round_trip (void)
{
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GPtrArray) parsed_notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *again = NULL;
  PursuitJob *sparse;

  for (guint i = 0; i < 12; i++)
    {
      g_ptr_array_add (jobs, make_full_job (i));
      g_ptr_array_add (notes, i % 3 ? g_strdup_printf (" note %u,\nwith \"quotes\" ", i) : NULL);
    }

  /* A job with only what import needs: the title and a stage. */
  sparse = pursuit_job_new ();
  pursuit_job_set_title (sparse, "-1 sparse");
  pursuit_job_set_stage (sparse, "saved");
  pursuit_job_set_source (sparse, "csv");
  g_ptr_array_add (jobs, sparse);
  g_ptr_array_add (notes, g_strdup ("@mention"));

  csv = pursuit_csv_export_jobs (jobs, notes);
  g_assert_true (g_str_has_prefix (csv, export_header));

  parsed = pursuit_csv_parse_jobs (csv, strlen (csv), NULL, &parsed_notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed->len, ==, jobs->len);
  g_assert_cmpuint (parsed_notes->len, ==, jobs->len);

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *a = job_at (jobs, i);
      PursuitJob *b = job_at (parsed, i);

      g_assert_cmpint (pursuit_job_get_id (a), ==, pursuit_job_get_id (b));
      g_assert_cmpstr (pursuit_job_get_title (a), ==, pursuit_job_get_title (b));
      g_assert_cmpstr (pursuit_job_get_company (a), ==, pursuit_job_get_company (b));
      g_assert_cmpstr (pursuit_job_get_location (a), ==, pursuit_job_get_location (b));
      g_assert_cmpint (pursuit_job_get_remote (a), ==, pursuit_job_get_remote (b));
      g_assert_cmpint (pursuit_job_get_salary_min (a), ==, pursuit_job_get_salary_min (b));
      g_assert_cmpint (pursuit_job_get_salary_max (a), ==, pursuit_job_get_salary_max (b));
      g_assert_cmpstr (pursuit_job_get_currency (a), ==, pursuit_job_get_currency (b));
      g_assert_cmpstr (pursuit_job_get_salary_period (a), ==, pursuit_job_get_salary_period (b));
      g_assert_cmpstr (pursuit_job_get_url (a), ==, pursuit_job_get_url (b));
      g_assert_cmpstr (pursuit_job_get_apply_url (a), ==, pursuit_job_get_apply_url (b));
      g_assert_cmpstr (pursuit_job_get_stage (a), ==, pursuit_job_get_stage (b));
      g_assert_cmpstr (pursuit_job_get_applied_date (a), ==, pursuit_job_get_applied_date (b));
      g_assert_cmpstr (pursuit_job_get_posted_date (a), ==, pursuit_job_get_posted_date (b));
      g_assert_cmpstr (pursuit_job_get_deadline (a), ==, pursuit_job_get_deadline (b));
      g_assert_cmpstr (pursuit_job_get_employment_type (a), ==, pursuit_job_get_employment_type (b));
      g_assert_cmpstr (pursuit_job_get_source (a), ==, pursuit_job_get_source (b));
      g_assert_cmpint (pursuit_job_get_match_score (a), ==, pursuit_job_get_match_score (b));
      g_assert_cmpstr (pursuit_job_get_description (a), ==, pursuit_job_get_description (b));
      g_assert_cmpstr (g_ptr_array_index (notes, i), ==, g_ptr_array_index (parsed_notes, i));
    }

  /* And the export of the import is the same text. */
  again = pursuit_csv_export_jobs (parsed, parsed_notes);
  g_assert_cmpstr (again, ==, csv);
}

/* Size -------------------------------------------------------------------- */

static void
test_jobs_large (void)
{
  const gsize target = 50 * 1000 * 1000;
  g_autoptr(GString) csv = g_string_sized_new (target + 4096);
  g_autoptr(GString) filler = g_string_new (NULL);
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last_title = NULL;
  guint n_rows = 0;
  double elapsed;

  /* Rows of about 1.7 kB, a posting-sized description each. */
  for (guint i = 0; i < 24; i++)
    g_string_append (filler, "We are looking for someone who enjoys C, GLib and GTK, writes tests. ");

  g_string_append (csv, "Job Title,Company,Status,Date Applied,Salary,Location,Notes,Description\r\n");
  while (csv->len < target)
    {
      g_free (last_title);
      last_title = g_strdup_printf ("Engineer %u", n_rows);
      g_string_append_printf (csv,
                              "%s,Company %u,%s,2024-%02u-%02u,\"€%uk - €%uk\",\"Berlin, Germany\","
                              "\"Note for row %u\nsecond line\","
                              "\"A description with \"\"quotes\"\", commas,\nand lines. %s Row %u.\"\r\n",
                              last_title, n_rows % 997, statuses[n_rows % G_N_ELEMENTS (statuses)].status,
                              1 + n_rows % 12, 1 + n_rows % 28, 40 + n_rows % 50, 100 + n_rows % 50,
                              n_rows, filler->str, n_rows);
      n_rows++;
    }
  g_assert_cmpuint (csv->len, <, PURSUIT_CSV_MAX_SIZE);

  g_test_timer_start ();
  jobs = pursuit_csv_parse_jobs (csv->str, csv->len, NULL, &notes, &error);
  elapsed = g_test_timer_elapsed ();
  g_test_message ("parsed %u rows, %.1f MB, in %.2f s", n_rows, csv->len / 1e6, elapsed);

  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, n_rows);
  g_assert_cmpuint (notes->len, ==, n_rows);
  g_assert_cmpstr (pursuit_job_get_title (job_at (jobs, n_rows - 1)), ==, last_title);
  g_assert_cmpint (pursuit_job_get_salary_max (job_at (jobs, 7)), ==, 107000);
  g_assert_cmpstr (g_ptr_array_index (notes, 3), ==, "Note for row 3\nsecond line");
}

static void
test_mapping_for_columns (void)
{
  const char *header[] = { "Role", "Org", "Where", "Memo", "Extra", NULL };
  const guint columns[] = { 0, 1, 3, 4 };
  const PursuitCsvField fields[] = {
    PURSUIT_CSV_FIELD_TITLE, PURSUIT_CSV_FIELD_COMPANY, PURSUIT_CSV_FIELD_NOTES, PURSUIT_CSV_FIELD_NOTES,
  };
  g_autoptr(PursuitCsvMapping) mapping = NULL;
  g_autoptr(GError) error = NULL;

  mapping = pursuit_csv_mapping_new_for_columns (header, columns, fields, G_N_ELEMENTS (columns), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_csv_mapping_get_field (mapping, 0), ==, PURSUIT_CSV_FIELD_TITLE);
  g_assert_cmpint (pursuit_csv_mapping_get_field (mapping, 1), ==, PURSUIT_CSV_FIELD_COMPANY);
  /* Not named: ignored, even though "Where" is not a known name anyway. */
  g_assert_cmpint (pursuit_csv_mapping_get_field (mapping, 2), ==, PURSUIT_CSV_FIELD_IGNORE);
  /* Notes may gather several columns. */
  g_assert_cmpint (pursuit_csv_mapping_get_field (mapping, 3), ==, PURSUIT_CSV_FIELD_NOTES);
  g_assert_cmpint (pursuit_csv_mapping_get_field (mapping, 4), ==, PURSUIT_CSV_FIELD_NOTES);
  g_assert_true (pursuit_csv_field_allows_many (PURSUIT_CSV_FIELD_NOTES));
  g_assert_false (pursuit_csv_field_allows_many (PURSUIT_CSV_FIELD_TITLE));
}

static void
test_mapping_for_columns_hostile (void)
{
  const char *header[] = { "A", "B", "C", NULL };
  struct {
    guint columns[3];
    PursuitCsvField fields[3];
    guint n;
    const char *message;
  } cases[] = {
    /* A column out of range. */
    { { 0, 3 }, { PURSUIT_CSV_FIELD_TITLE, PURSUIT_CSV_FIELD_COMPANY }, 2, "There is no column 4: the file has 3" },
    { { G_MAXUINT }, { PURSUIT_CSV_FIELD_TITLE }, 1, "There is no column" },
    /* A column given twice. */
    { { 0, 0 }, { PURSUIT_CSV_FIELD_TITLE, PURSUIT_CSV_FIELD_COMPANY }, 2, "Column “A” is mapped twice" },
    /* One field on two columns. */
    { { 0, 1, 2 }, { PURSUIT_CSV_FIELD_TITLE, PURSUIT_CSV_FIELD_COMPANY, PURSUIT_CSV_FIELD_COMPANY }, 3,
      "Columns “B” and “C” are both mapped to company" },
    { { 0, 2 }, { PURSUIT_CSV_FIELD_TITLE, PURSUIT_CSV_FIELD_TITLE }, 2, "Columns “A” and “C” are both mapped to title" },
    /* An unknown field. */
    { { 0, 1 }, { PURSUIT_CSV_FIELD_TITLE, (PursuitCsvField)999 }, 2, "Column “B” is mapped to an unknown field (999)" },
    { { 0, 1 }, { PURSUIT_CSV_FIELD_TITLE, (PursuitCsvField)-1 }, 2, "unknown field" },
    /* No title. */
    { { 0, 1 }, { PURSUIT_CSV_FIELD_COMPANY, PURSUIT_CSV_FIELD_LOCATION }, 2, "No column holds the job title" },
    { { 0 }, { PURSUIT_CSV_FIELD_IGNORE }, 0, "No column holds the job title" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitCsvMapping) mapping = NULL;
      g_autoptr(GError) error = NULL;

      mapping = pursuit_csv_mapping_new_for_columns (header, cases[i].columns, cases[i].fields,
                                                     cases[i].n, &error);
      g_assert_null (mapping);
      g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not contain “%s”", i, error->message, cases[i].message);
    }
}

static void
test_preview (void)
{
  const char *text =
    "Job Title,Employer,Pay,Comments,Whatever\r\n"
    "Backend Engineer,Acme,€60k–80k,\"two\nlines\",x\r\n"
    "\r\n"
    ",,,,\r\n"
    "Short,Row\r\n"
    "'=SUM(A1),Formula,,,,\r\n"
    "Fourth,D,,,\r\n"
    "Fifth,E,,,\r\n"
    "Sixth,F,,,\r\n"
    "\"broken,G\r\n";
  g_autoptr(PursuitCsvMapping) mapping = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  char **row;

  mapping = pursuit_csv_read_preview (text, strlen (text), 5, &rows, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_csv_mapping_get_n_columns (mapping), ==, 5);
  g_assert_cmpint (pursuit_csv_mapping_get_field (mapping, 0), ==, PURSUIT_CSV_FIELD_TITLE);
  g_assert_cmpint (pursuit_csv_mapping_get_field (mapping, 1), ==, PURSUIT_CSV_FIELD_COMPANY);
  g_assert_cmpint (pursuit_csv_mapping_get_field (mapping, 2), ==, PURSUIT_CSV_FIELD_SALARY);
  g_assert_cmpint (pursuit_csv_mapping_get_field (mapping, 3), ==, PURSUIT_CSV_FIELD_NOTES);
  g_assert_cmpint (pursuit_csv_mapping_get_field (mapping, 4), ==, PURSUIT_CSV_FIELD_IGNORE);

  /* Five rows: blank ones skipped, each exactly as wide as the header;
   * the broken row further down is not read. */
  g_assert_cmpuint (rows->len, ==, 5);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (g_strv_length (row), ==, 5);
  g_assert_cmpstr (row[2], ==, "€60k–80k");
  g_assert_cmpstr (row[3], ==, "two\nlines");
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpuint (g_strv_length (row), ==, 5);
  g_assert_cmpstr (row[1], ==, "Row");
  g_assert_cmpstr (row[4], ==, "");
  row = g_ptr_array_index (rows, 2);
  g_assert_cmpuint (g_strv_length (row), ==, 5);
  g_assert_cmpstr (row[0], ==, "=SUM(A1)");
  row = g_ptr_array_index (rows, 4);
  g_assert_cmpstr (row[0], ==, "Fifth");

  /* No rows wanted, no rows given. */
  g_clear_object (&mapping);
  g_clear_pointer (&rows, g_ptr_array_unref);
  mapping = pursuit_csv_read_preview (text, strlen (text), 0, &rows, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 0);

  /* Broken input within the preview is an error. */
  g_clear_object (&mapping);
  g_clear_pointer (&rows, g_ptr_array_unref);
  mapping = pursuit_csv_read_preview ("Title\n\"open", 11, 5, &rows, &error);
  g_assert_null (mapping);
  g_assert_null (rows);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);
  g_clear_error (&error);

  mapping = pursuit_csv_read_preview ("", 0, 5, NULL, &error);
  g_assert_null (mapping);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);
  g_clear_error (&error);

  mapping = pursuit_csv_read_preview ("Title\n\xff\xfe\n", 9, 5, NULL, &error);
  g_assert_null (mapping);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_ENCODING);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/csv/reader/quotes", test_reader_quotes);
  g_test_add_func ("/csv/reader/whitespace", test_reader_whitespace);
  g_test_add_func ("/csv/reader/bom", test_reader_bom);
  g_test_add_func ("/csv/reader/crlf", test_reader_crlf);
  g_test_add_func ("/csv/reader/delimiters", test_reader_delimiters);
  g_test_add_func ("/csv/reader/trailing-empty-lines", test_reader_trailing_empty_lines);
  g_test_add_func ("/csv/reader/unterminated", test_reader_unterminated);
  g_test_add_func ("/csv/reader/text-after-quote", test_reader_text_after_quote);
  g_test_add_func ("/csv/reader/encoding", test_reader_encoding);
  g_test_add_func ("/csv/reader/too-large", test_reader_too_large);
  g_test_add_func ("/csv/cell/dates", test_cell_dates);
  g_test_add_func ("/csv/cell/salary", test_cell_salary);
  g_test_add_func ("/csv/cell/statuses", test_cell_statuses);
  g_test_add_func ("/csv/mapping/guess", test_mapping_guess);
  g_test_add_func ("/csv/mapping/explicit", test_mapping_explicit);
  g_test_add_func ("/csv/mapping/for-columns", test_mapping_for_columns);
  g_test_add_func ("/csv/mapping/for-columns-hostile", test_mapping_for_columns_hostile);
  g_test_add_func ("/csv/preview", test_preview);
  g_test_add_func ("/csv/jobs/huntr", test_jobs_huntr);
  g_test_add_func ("/csv/jobs/teal", test_jobs_teal);
  g_test_add_func ("/csv/jobs/semicolon", test_jobs_semicolon);
  g_test_add_func ("/csv/jobs/defaults", test_jobs_defaults);
  g_test_add_func ("/csv/jobs/row-errors", test_jobs_row_errors);
  g_test_add_func ("/csv/jobs/fixture-errors", test_jobs_fixture_errors);
  g_test_add_func ("/csv/jobs/cell-count", test_jobs_cell_count);
  g_test_add_func ("/csv/jobs/empty", test_jobs_empty);
  g_test_add_func ("/csv/jobs/large", test_jobs_large);
  g_test_add_func ("/csv/export/quoting", test_export_quoting);
  g_test_add_func ("/csv/export/formula-injection", test_export_formula_injection);
  g_test_add_func ("/csv/export/round-trip", test_export_round_trip);
  g_test_add_func ("/csv/tags", test_tags_column);

  return g_test_run ();
}
