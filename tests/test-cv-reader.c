/* test-cv-reader.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <cairo-pdf.h>
#include <gio/gio.h>

#include "pursuit-cv.h"

/* Every CV is read "today" on 15 November 2026, so "Present" is fixed. */
static GDateTime *
make_today (void)
{
  return g_date_time_new_utc (2026, 11, 15, 12, 0, 0);
}

static GBytes *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "cv", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static PursuitCv *
read_bytes (GBytes      *bytes,
            const char  *file_name,
            GError     **error)
{
  g_autoptr(GDateTime) today = make_today ();

  return pursuit_cv_read_bytes (bytes, file_name, pursuit_skill_taxonomy_get_default (),
                                today, error);
}

static PursuitCv *
read_data (const char  *data,
           gssize       length,
           const char  *file_name,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length < 0 ? strlen (data) : (gsize) length);

  return read_bytes (bytes, file_name, error);
}

/* The level the profile gives the skill that @name names in the
 * taxonomy (any alias). */
static PursuitSkillLevel
skill_level (PursuitProfile *profile,
             const char     *name)
{
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
  int skill = pursuit_skill_taxonomy_lookup (taxonomy, name);

  g_assert_cmpint (skill, >=, 0);
  return pursuit_profile_get_skill_level (profile, pursuit_skill_taxonomy_get_name (taxonomy, skill));
}

static void
assert_languages (PursuitProfile *profile,
                  const char     *expected)
{
  g_autofree char *joined = g_strjoinv (",", (char **) pursuit_profile_get_languages (profile));

  g_assert_cmpstr (joined, ==, expected);
}

static void
assert_error (const char     *data,
              gssize          length,
              const char     *file_name,
              PursuitCvError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCv) cv = read_data (data, length, file_name, &error);

  g_assert_error (error, PURSUIT_CV_ERROR, code);
  g_assert_null (cv);
  g_assert_cmpstr (error->message, !=, "");
}

/* Text */

static void
test_text_english (void)
{
  g_autoptr(GBytes) bytes = load_fixture ("cv-en.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCv) cv = read_bytes (bytes, "/home/jane/Jane Doe CV.txt", &error);
  PursuitProfile *profile;

  g_assert_no_error (error);
  g_assert_cmpint (pursuit_cv_get_format (cv), ==, PURSUIT_CV_FORMAT_TEXT);
  g_assert_cmpstr (pursuit_cv_get_title (cv), ==, "Jane Doe CV");
  g_assert_cmpstr (pursuit_cv_get_file_name (cv), ==, "Jane Doe CV.txt");
  g_assert_nonnull (strstr (pursuit_cv_get_text (cv), "Acme Ltd"));

  profile = pursuit_cv_get_profile (cv);
  g_assert_cmpstr (pursuit_profile_get_name (profile), ==, "Jane Doe");
  g_assert_cmpstr (pursuit_profile_get_headline (profile), ==, "Senior Backend Engineer");

  /* Mar 2015 – Jun 2019 and Jan 2018 – Nov 2026 overlap: 141 months once,
   * not 168; the university years do not count. */
  g_assert_cmpfloat_with_epsilon (pursuit_profile_get_years_of_experience (profile), 11.8, 0.01);
  g_assert_cmpint (pursuit_profile_get_education (profile), ==, PURSUIT_EDUCATION_MASTER);
  assert_languages (profile, "English,German,Spanish");

  g_assert_cmpint (skill_level (profile, "Python"), ==, PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpint (skill_level (profile, "Postgres"), ==, PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpint (skill_level (profile, "Docker"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpint (skill_level (profile, "k8s"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpint (skill_level (profile, "Rust"), ==, PURSUIT_SKILL_LEVEL_BEGINNER);
  g_assert_cmpint (skill_level (profile, "Terraform"), ==, PURSUIT_SKILL_LEVEL_BEGINNER);
  /* No word says how well: the years under the job that used it do
   * (Acme, almost nine years; Globex, four years and three months). */
  g_assert_cmpint (skill_level (profile, "Go"), ==, PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpint (skill_level (profile, "Django"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpint (skill_level (profile, "Redis"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpint (skill_level (profile, "AWS"), >=, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  g_assert_cmpint (skill_level (profile, "Airflow"), >=, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  /* Spoken languages are not skills. */
  for (guint i = 0; i < pursuit_profile_get_n_skills (profile); i++)
    g_assert_cmpstr (pursuit_profile_get_skill (profile, i, NULL), !=, "English");
}

static void
test_text_german (void)
{
  g_autoptr(GBytes) bytes = load_fixture ("cv-de.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCv) cv = read_bytes (bytes, "lebenslauf.txt", &error);
  PursuitProfile *profile;

  g_assert_no_error (error);
  profile = pursuit_cv_get_profile (cv);
  g_assert_cmpstr (pursuit_cv_get_title (cv), ==, "lebenslauf");
  g_assert_cmpstr (pursuit_profile_get_name (profile), ==, "Max Mustermann");

  /* Oct 2017 – Jun 2020 overlaps "seit März 2020": 110 months, not 114. */
  g_assert_cmpfloat_with_epsilon (pursuit_profile_get_years_of_experience (profile), 9.2, 0.01);
  g_assert_cmpint (pursuit_profile_get_education (profile), ==, PURSUIT_EDUCATION_MASTER);
  assert_languages (profile, "German,English,French");

  g_assert_cmpint (skill_level (profile, "Java"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpint (skill_level (profile, "SQL"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpint (skill_level (profile, "Python"), ==, PURSUIT_SKILL_LEVEL_BEGINNER);
  g_assert_cmpint (skill_level (profile, "Spring Boot"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpint (skill_level (profile, "Kafka"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpint (skill_level (profile, "React"), >=, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  g_assert_cmpint (skill_level (profile, "TypeScript"), >=, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  g_assert_cmpint (skill_level (profile, "JS"), >=, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
}

typedef struct
{
  const char *text;
  double years;
} YearsCase;

static void
test_text_dates (void)
{
  g_autoptr(GDateTime) today = make_today ();
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
  static const YearsCase cases[] = {
    { "Engineer\n2015-2019\n", 4.0 },
    { "Engineer\n2015 – 2019\nAnalyst\n2017 – 2021\n", 6.0 },
    { "Engineer, Jan 2018 – Present\n", 8.9 },
    { "Engineer\n03/2019 - 06/2021\n", 2.3 },
    { "Engineer since 2020\n", 6.9 },
    { "Ingénieur\njanvier 2016 à aujourd'hui\n", 10.9 },
    { "Ingeniera\nenero de 2015 - actualidad\n", 11.9 },
    { "Ingeniera\nmarzo 2015 – diciembre 2016\n", 1.8 },
    { "Entwickler\nJan. 2020 bis heute\nPraktikum\nMärz 2019 – Aug. 2019\n", 7.4 },
    { "Developer\n2019-03 – 2020-02\n", 1.0 },
    { "Developer\n01.04.2019 – 31.03.2020\n", 1.0 },
    /* Nothing dated as work: school years, phone numbers, post codes. */
    { "Education\nB.Sc., University of Leeds, 2010 – 2013\n", 0.0 },
    { "Jane Doe\n+44 20 7946 0000\n10115 Berlin\n", 0.0 },
    /* A range that ends before it starts tells nothing. */
    { "Developer\n2019 – 2015\n", 0.0 },
    /* A future end counts up to today. */
    { "Developer\nJan 2026 – Dec 2030\n", 0.9 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitProfile) profile = pursuit_profile_extract (cases[i].text, taxonomy, today);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpfloat_with_epsilon (pursuit_profile_get_years_of_experience (profile),
                                      cases[i].years, 0.01);
    }
}

typedef struct
{
  const char *text;
  PursuitEducationLevel level;
} EducationCase;

static void
test_text_education (void)
{
  g_autoptr(GDateTime) today = make_today ();
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
  static const EducationCase cases[] = {
    { "PhD in Physics, ETH Zürich", PURSUIT_EDUCATION_DOCTORATE },
    { "Education\nPromotion (Dr. rer. nat.), Universität Bonn", PURSUIT_EDUCATION_DOCTORATE },
    { "Diplom-Informatiker (Univ.)", PURSUIT_EDUCATION_MASTER },
    { "Máster en Ciencia de Datos", PURSUIT_EDUCATION_MASTER },
    { "BSc Computer Science\nA-levels", PURSUIT_EDUCATION_BACHELOR },
    { "Ausbildung\nAusbildung zum Fachinformatiker, IHK", PURSUIT_EDUCATION_VOCATIONAL },
    { "Abitur", PURSUIT_EDUCATION_SECONDARY },
    { "Formation\nBaccalauréat scientifique", PURSUIT_EDUCATION_SECONDARY },
    /* A Scrum Master, a promotion at work and a driving licence are no
     * degrees. */
    { "Experience\nScrum Master at Acme\nPromotion to team lead\nDriving licence", PURSUIT_EDUCATION_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitProfile) profile = pursuit_profile_extract (cases[i].text, taxonomy, today);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (pursuit_profile_get_education (profile), ==, cases[i].level);
    }
}

static void
test_text_languages (void)
{
  g_autoptr(GDateTime) today = make_today ();
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
  g_autoptr(PursuitProfile) cued = NULL;
  g_autoptr(PursuitProfile) uncued = NULL;
  g_autoptr(PursuitProfile) idiomas = NULL;

  cued = pursuit_profile_extract ("Native English speaker, fluent in German.\n", taxonomy, today);
  assert_languages (cued, "English,German");

  /* Without a Languages section or a level, these are not languages. */
  uncued = pursuit_profile_extract ("Worked for a German bank; polish the UI.\n", taxonomy, today);
  assert_languages (uncued, "");

  idiomas = pursuit_profile_extract ("Idiomas\nEspañol, Inglés\nCatalán\n", taxonomy, today);
  assert_languages (idiomas, "Spanish,English,Catalan");
}

static void
test_text_levels (void)
{
  g_autoptr(GDateTime) today = make_today ();
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
  g_autoptr(PursuitProfile) profile = NULL;

  profile = pursuit_profile_extract ("Skills\n"
                                     "Python (expert), SQL (basic), Docker\n"
                                     "Proficient in Kubernetes\n"
                                     "Java, 9 years\n",
                                     taxonomy, today);
  g_assert_cmpint (skill_level (profile, "Python"), ==, PURSUIT_SKILL_LEVEL_EXPERT);
  /* "(expert)" belongs to Python, not to SQL after it. */
  g_assert_cmpint (skill_level (profile, "SQL"), ==, PURSUIT_SKILL_LEVEL_BEGINNER);
  g_assert_cmpint (skill_level (profile, "Docker"), ==, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  g_assert_cmpint (skill_level (profile, "Kubernetes"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpint (skill_level (profile, "Java"), ==, PURSUIT_SKILL_LEVEL_EXPERT);
}

static void
test_text_hostile (void)
{
  g_autofree char *huge = NULL;
  g_autoptr(GBytes) huge_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(PursuitCv) bom = NULL;
  gsize huge_length = 21 * 1024 * 1024;

  assert_error ("", 0, "cv.txt", PURSUIT_CV_ERROR_EMPTY);
  assert_error (" \n\t\n", -1, "cv.txt", PURSUIT_CV_ERROR_EMPTY);
  assert_error ("Caf\xe9 au lait\n", -1, "cv.txt", PURSUIT_CV_ERROR_UNSUPPORTED);
  /* UTF-16 with a BOM: not UTF-8. */
  assert_error ("\xff\xfeJ\0a\0n\0e\0", 10, "cv.txt", PURSUIT_CV_ERROR_UNSUPPORTED);
  assert_error ("\x7f" "ELF\x02\x01\x01\0\0\0", 10, "cv", PURSUIT_CV_ERROR_UNSUPPORTED);

  huge = g_malloc (huge_length);
  memset (huge, 'a', huge_length);
  huge_bytes = g_bytes_new_take (g_steal_pointer (&huge), huge_length);
  cv = read_bytes (huge_bytes, "cv.txt", &error);
  g_assert_error (error, PURSUIT_CV_ERROR, PURSUIT_CV_ERROR_TOO_LARGE);
  g_assert_null (cv);

  /* Under the file limit but far more than a CV: one long line naming
   * skills and dates over and over is read in bounded time. */
  {
    g_autoptr(GString) text = g_string_new ("Skills\n");
    g_autoptr(GDateTime) today = make_today ();
    g_autoptr(PursuitProfile) profile = NULL;
    gint64 start = g_get_monotonic_time ();

    while (text->len < 6 * 1024 * 1024)
      g_string_append (text, "Python (expert), Jan 2015 – Present, Ausbildung, Deutsch (C1) ");
    profile = pursuit_profile_extract (text->str, pursuit_skill_taxonomy_get_default (), today);
    g_assert_cmpint (skill_level (profile, "Python"), ==, PURSUIT_SKILL_LEVEL_EXPERT);
    g_test_message ("6 MB on one line: %.2f s", (g_get_monotonic_time () - start) / 1e6);
  }

  /* "Lebenslauf" is the document's title, not the name. */
  g_clear_object (&cv);
  cv = read_data ("Lebenslauf\n\nErika Musterfrau\nProjektleiterin\n", -1, "cv.txt", NULL);
  g_assert_cmpstr (pursuit_profile_get_name (pursuit_cv_get_profile (cv)), ==, "Erika Musterfrau");
  g_assert_cmpstr (pursuit_profile_get_headline (pursuit_cv_get_profile (cv)), ==, "Projektleiterin");

  /* A UTF-8 BOM is fine and not part of the text. */
  bom = read_data ("\xef\xbb\xbfJane Doe\nPython developer\n", -1, "cv.txt", NULL);
  g_assert_nonnull (bom);
  g_assert_cmpstr (pursuit_profile_get_name (pursuit_cv_get_profile (bom)), ==, "Jane Doe");

  /* Markup is text, not markup. */
  g_clear_object (&cv);
  cv = read_data ("<b>Jane</b> & <script>alert(1)</script>\nPython\n", -1, "cv.txt", NULL);
  g_assert_nonnull (cv);
  g_assert_nonnull (strstr (pursuit_cv_get_text (cv), "<script>"));
}

/* JSON Resume */

static void
test_json_resume (void)
{
  g_autoptr(GBytes) bytes = load_fixture ("cv-resume.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCv) cv = read_bytes (bytes, "resume.json", &error);
  PursuitProfile *profile;

  g_assert_no_error (error);
  g_assert_cmpint (pursuit_cv_get_format (cv), ==, PURSUIT_CV_FORMAT_JSON_RESUME);
  g_assert_cmpstr (pursuit_cv_get_title (cv), ==, "resume");

  profile = pursuit_cv_get_profile (cv);
  g_assert_cmpstr (pursuit_profile_get_name (profile), ==, "Ana García");
  g_assert_cmpstr (pursuit_profile_get_headline (profile), ==, "Data Engineer");
  /* Jan 2016 – Jun 2020 and Sep 2019 – Nov 2026 overlap: 131 months. */
  g_assert_cmpfloat_with_epsilon (pursuit_profile_get_years_of_experience (profile), 10.9, 0.01);
  g_assert_cmpint (pursuit_profile_get_education (profile), ==, PURSUIT_EDUCATION_BACHELOR);
  /* Unknown languages are kept as written. */
  assert_languages (profile, "Spanish,English,Basque");

  g_assert_cmpint (skill_level (profile, "Python"), ==, PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpint (skill_level (profile, "pandas"), ==, PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpint (skill_level (profile, "Airflow"), ==, PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpint (skill_level (profile, "SQL"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpint (skill_level (profile, "JavaScript"), ==, PURSUIT_SKILL_LEVEL_BEGINNER);
  /* From the work summaries, through the text. */
  g_assert_cmpint (skill_level (profile, "Kafka"), >=, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  g_assert_cmpint (skill_level (profile, "Tableau"), >=, PURSUIT_SKILL_LEVEL_INTERMEDIATE);

  /* The text is a readable flattening. */
  g_assert_nonnull (strstr (pursuit_cv_get_text (cv), "Data Engineer, Datos S.L."));
  g_assert_null (strstr (pursuit_cv_get_text (cv), "\"basics\""));
}

static void
test_json_hostile (void)
{
  assert_error ("{\"basics\": \"Jane\"}", -1, "resume.json", PURSUIT_CV_ERROR_CORRUPT);
  assert_error ("{\"basics\": {\"name\": 42}}", -1, "resume.json", PURSUIT_CV_ERROR_CORRUPT);
  assert_error ("{\"work\": {\"name\": \"Acme\"}}", -1, "resume.json", PURSUIT_CV_ERROR_CORRUPT);
  assert_error ("{\"work\": [42]}", -1, "resume.json", PURSUIT_CV_ERROR_CORRUPT);
  assert_error ("{\"work\": [{\"startDate\": 2019}]}", -1, "resume.json", PURSUIT_CV_ERROR_CORRUPT);
  assert_error ("{\"work\": [], \"skills\": [{\"keywords\": [1, 2]}]}", -1, "resume.json", PURSUIT_CV_ERROR_CORRUPT);
  assert_error ("{\"work\": [], \"languages\": \"English\"}", -1, "resume.json", PURSUIT_CV_ERROR_CORRUPT);
  assert_error ("{\"basics\": {\"name\": \"Jane\"", -1, "resume.json", PURSUIT_CV_ERROR_CORRUPT);
  assert_error ("{\"hello\": \"world\"}", -1, "data.json", PURSUIT_CV_ERROR_UNSUPPORTED);
  assert_error ("{\"work\": []}", -1, "resume.json", PURSUIT_CV_ERROR_EMPTY);

  /* Dates it cannot read are left out, not an error. */
  {
    g_autoptr(PursuitCv) cv = read_data ("{\"basics\": {\"name\": \"Jane\"}, \"work\": ["
                                         "{\"startDate\": \"last year\"},"
                                         "{\"startDate\": \"2020-13\"},"
                                         "{\"startDate\": \"2020-01\", \"endDate\": \"2021-12\"}]}",
                                         -1, "resume.json", NULL);
    g_autoptr(PursuitCv) present = read_data ("{\"work\": [{\"position\": \"Dev\", \"startDate\": \"2026-01\", \"endDate\": \"Present\"}]}",
                                              -1, "resume.json", NULL);

    g_assert_nonnull (cv);
    g_assert_cmpfloat_with_epsilon (pursuit_profile_get_years_of_experience (pursuit_cv_get_profile (cv)),
                                    2.0, 0.01);
    /* January to November 2026. */
    g_assert_cmpfloat_with_epsilon (pursuit_profile_get_years_of_experience (pursuit_cv_get_profile (present)),
                                    0.9, 0.01);
  }
}

/* PDF, drawn with cairo */

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_pdf (const char * const *lines)
{
  GByteArray *array = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  double y = 60;

  surface = cairo_pdf_surface_create_for_stream (write_to_array, array, 595, 842);
  cr = cairo_create (surface);
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 11);

  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      if (g_str_equal (lines[i], "\f"))
        {
          cairo_show_page (cr);
          y = 60;
          continue;
        }
      cairo_move_to (cr, 50, y);
      cairo_show_text (cr, lines[i]);
      y += 16;
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (array);
}

static void
test_pdf (void)
{
  static const char * const lines[] = {
    "Jane Doe",
    "Site Reliability Engineer",
    "",
    "Experience",
    "SRE, Initech, 06/2016 - 12/2020",
    "Kubernetes, Terraform and Prometheus",
    "\f",
    "Platform Engineer, Hooli, Jan 2020 - Present",
    "Advanced: Go, Python",
    "Education",
    "B.Sc. Computer Science, 2012 - 2016",
    "Languages",
    "English, French (C1)",
    NULL,
  };
  g_autoptr(GBytes) pdf = make_pdf (lines);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCv) cv = read_bytes (pdf, "jane.pdf", &error);
  PursuitProfile *profile;

  g_assert_no_error (error);
  g_assert_cmpint (pursuit_cv_get_format (cv), ==, PURSUIT_CV_FORMAT_PDF);
  g_assert_cmpstr (pursuit_cv_get_title (cv), ==, "jane");
  g_assert_nonnull (strstr (pursuit_cv_get_text (cv), "Hooli"));

  profile = pursuit_cv_get_profile (cv);
  g_assert_cmpstr (pursuit_profile_get_name (profile), ==, "Jane Doe");
  /* Jun 2016 – Nov 2026, the two jobs overlapping in 2020. */
  g_assert_cmpfloat_with_epsilon (pursuit_profile_get_years_of_experience (profile), 10.5, 0.01);
  g_assert_cmpint (pursuit_profile_get_education (profile), ==, PURSUIT_EDUCATION_BACHELOR);
  assert_languages (profile, "English,French");
  g_assert_cmpint (skill_level (profile, "Kubernetes"), >=, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  g_assert_cmpint (skill_level (profile, "Terraform"), >=, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  g_assert_cmpint (skill_level (profile, "Prometheus"), >=, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  g_assert_cmpint (skill_level (profile, "Go"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
}

/* A Standard security handler dictionary whose owner and user hashes
 * match no password: poppler cannot open it without one. Offsets in the
 * xref are computed, so the file is well formed. */
static GBytes *
make_encrypted_pdf (void)
{
  g_autoptr(GString) pdf = g_string_new ("%PDF-1.4\n");
  g_autoptr(GString) xref = g_string_new (NULL);
  static const char * const objects[] = {
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    "<< /Filter /Standard /V 1 /R 2 /P -4"
    " /O <0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF>"
    " /U <FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210> >>",
  };
  gsize xref_offset;

  g_string_append_printf (xref, "xref\n0 %u\n0000000000 65535 f \n", (guint) G_N_ELEMENTS (objects) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    {
      g_string_append_printf (xref, "%010" G_GSIZE_FORMAT " 00000 n \n", pdf->len);
      g_string_append_printf (pdf, "%u 0 obj\n%s\nendobj\n", i + 1, objects[i]);
    }

  xref_offset = pdf->len;
  g_string_append (pdf, xref->str);
  g_string_append_printf (pdf, "trailer\n<< /Size %u /Root 1 0 R /Encrypt 4 0 R"
                          " /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] >>\n"
                          "startxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          (guint) G_N_ELEMENTS (objects) + 1, xref_offset);

  return g_bytes_new (pdf->str, pdf->len);
}

static void
test_pdf_hostile (void)
{
  static const char * const lines[] = { "Jane Doe", "Python developer", NULL };
  g_autoptr(GBytes) pdf = make_pdf (lines);
  g_autoptr(GBytes) blank = make_pdf (NULL);
  g_autoptr(GBytes) encrypted = make_encrypted_pdf ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCv) cv = NULL;
  const char *data;
  gsize length;

  data = g_bytes_get_data (pdf, &length);

  /* Cut before the first page is complete. */
  assert_error (data, 200, "cv.pdf", PURSUIT_CV_ERROR_CORRUPT);
  assert_error ("%PDF-1.7\n\x01\x02\x03 garbage garbage garbage\n", -1, "cv.pdf", PURSUIT_CV_ERROR_CORRUPT);
  assert_error ("%PDF-", -1, "cv.pdf", PURSUIT_CV_ERROR_CORRUPT);

  /* A page without text: a scan. */
  cv = read_bytes (blank, "scan.pdf", &error);
  g_assert_error (error, PURSUIT_CV_ERROR, PURSUIT_CV_ERROR_EMPTY);
  g_assert_null (cv);
  g_clear_error (&error);

  cv = read_bytes (encrypted, "locked.pdf", &error);
  g_assert_error (error, PURSUIT_CV_ERROR, PURSUIT_CV_ERROR_ENCRYPTED);
  g_assert_null (cv);
}

/* DOCX, zipped with libarchive */

typedef struct
{
  const char *path;
  const char *data;
  gsize length;  /* 0: strlen (data) */
} ZipEntry;

static GBytes *
make_zip (const ZipEntry *entries,
          guint           n_entries)
{
  gsize capacity = 4 * 1024 * 1024;
  g_autofree guint8 *buffer = g_malloc (capacity);
  struct archive *archive = archive_write_new ();
  size_t used = 0;

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_memory (archive, buffer, capacity, &used), ==, ARCHIVE_OK);

  for (guint i = 0; i < n_entries; i++)
    {
      struct archive_entry *entry = archive_entry_new ();
      gsize length = entries[i].length > 0 ? entries[i].length : strlen (entries[i].data);

      archive_entry_set_pathname (entry, entries[i].path);
      archive_entry_set_size (entry, (la_int64_t) length);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (archive, entries[i].data, length), ==, (la_ssize_t) length);
      archive_entry_free (entry);
    }

  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);

  return g_bytes_new (buffer, used);
}

#define CONTENT_TYPES \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" \
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" \
  "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" \
  "</Types>"

#define W_OPEN \
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" \
  "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
#define W_CLOSE "</w:body></w:document>"

static GBytes *
make_docx (const char *document_xml)
{
  const ZipEntry entries[] = {
    { "[Content_Types].xml", CONTENT_TYPES, 0 },
    { "word/document.xml", document_xml, 0 },
  };

  return make_zip (entries, G_N_ELEMENTS (entries));
}

static void
test_docx (void)
{
  g_autoptr(GBytes) docx = make_docx (
    W_OPEN
    "<w:p><w:r><w:t>Erik Larsen</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Mobile Developer</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Experience</w:t></w:r></w:p>"
    "<w:p><w:r><w:t xml:space=\"preserve\">iOS Developer, Fjord AS</w:t></w:r><w:r><w:tab/><w:t>2017 – 2021</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Swift and </w:t></w:r><w:r><w:t>SwiftUI</w:t></w:r><w:r><w:br/><w:t>Expert: Swift</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Android Developer, Nord AB, 2019 – Present</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Kotlin</w:t></w:r><w:r><w:delText>COBOL</w:delText></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Education</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p><w:r><w:t>Master of Science, NTNU, 2015 – 2017</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    "<w:p><w:r><w:t>Languages</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Norwegian, English, Swedish</w:t></w:r></w:p>"
    W_CLOSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCv) cv = read_bytes (docx, "erik.docx", &error);
  PursuitProfile *profile;
  const char *text;

  g_assert_no_error (error);
  g_assert_cmpint (pursuit_cv_get_format (cv), ==, PURSUIT_CV_FORMAT_DOCX);
  text = pursuit_cv_get_text (cv);
  g_assert_nonnull (strstr (text, "Erik Larsen\nMobile Developer\n"));
  g_assert_nonnull (strstr (text, "iOS Developer, Fjord AS\t2017 – 2021\n"));
  g_assert_nonnull (strstr (text, "Swift and SwiftUI\nExpert: Swift\n"));
  /* Deleted text (tracked changes) is not the CV's. */
  g_assert_null (strstr (text, "COBOL"));

  profile = pursuit_cv_get_profile (cv);
  g_assert_cmpstr (pursuit_profile_get_name (profile), ==, "Erik Larsen");
  /* 2017 – Jan 2021 and Jan 2019 – Nov 2026. */
  g_assert_cmpfloat_with_epsilon (pursuit_profile_get_years_of_experience (profile), 9.9, 0.01);
  g_assert_cmpint (pursuit_profile_get_education (profile), ==, PURSUIT_EDUCATION_MASTER);
  assert_languages (profile, "Norwegian,English,Swedish");
  g_assert_cmpint (skill_level (profile, "Swift"), ==, PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpint (skill_level (profile, "Kotlin"), >=, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
}

static void
assert_docx_error (GBytes         *docx,
                   const char     *file_name,
                   PursuitCvError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCv) cv = read_bytes (docx, file_name, &error);

  g_assert_error (error, PURSUIT_CV_ERROR, code);
  g_assert_null (cv);
}

static void
test_docx_hostile (void)
{
  const ZipEntry no_document[] = {
    { "[Content_Types].xml", CONTENT_TYPES, 0 },
    { "word/styles.xml", "<w:styles/>", 0 },
  };
  const ZipEntry not_office[] = {
    { "mimetype", "application/vnd.oasis.opendocument.text", 0 },
    { "content.xml", "<office:document-content/>", 0 },
  };
  g_autoptr(GBytes) missing = make_zip (no_document, G_N_ELEMENTS (no_document));
  g_autoptr(GBytes) odt = make_zip (not_office, G_N_ELEMENTS (not_office));
  g_autoptr(GBytes) malformed = make_docx (W_OPEN "<w:p><w:r><w:t>Jane</w:r></w:p>" W_CLOSE);
  g_autoptr(GBytes) external = make_docx (
    "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>");
  g_autoptr(GBytes) laughs = make_docx (
    "<?xml version=\"1.0\"?><!DOCTYPE lolz ["
    "<!ENTITY lol \"lol\">"
    "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
    "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
    "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
    "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
    "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
    "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
    "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
    "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
    "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">"
    "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
  g_autoptr(GBytes) empty = make_docx (W_OPEN "<w:p/>" W_CLOSE);
  g_autoptr(GBytes) truncated = NULL;
  g_autoptr(GBytes) bomb = NULL;
  g_autofree char *spaces = NULL;
  gsize bomb_length = 51 * 1024 * 1024;
  gsize length;
  const char *data;

  assert_docx_error (missing, "cv.docx", PURSUIT_CV_ERROR_CORRUPT);
  assert_docx_error (odt, "cv.odt", PURSUIT_CV_ERROR_UNSUPPORTED);
  assert_docx_error (malformed, "cv.docx", PURSUIT_CV_ERROR_CORRUPT);
  assert_docx_error (external, "cv.docx", PURSUIT_CV_ERROR_CORRUPT);
  assert_docx_error (laughs, "cv.docx", PURSUIT_CV_ERROR_CORRUPT);
  assert_docx_error (empty, "cv.docx", PURSUIT_CV_ERROR_EMPTY);

  data = g_bytes_get_data (malformed, &length);
  truncated = g_bytes_new (data, length / 2);
  assert_docx_error (truncated, "cv.docx", PURSUIT_CV_ERROR_CORRUPT);

  /* 51 MB of spaces compress to some 50 KB: over the expansion limit. */
  spaces = g_malloc (bomb_length);
  memset (spaces, ' ', bomb_length);
  {
    const ZipEntry entries[] = {
      { "[Content_Types].xml", CONTENT_TYPES, 0 },
      { "word/document.xml", spaces, bomb_length },
    };

    bomb = make_zip (entries, G_N_ELEMENTS (entries));
  }
  g_assert_cmpuint (g_bytes_get_size (bomb), <, 1024 * 1024);
  assert_docx_error (bomb, "cv.docx", PURSUIT_CV_ERROR_TOO_LARGE);
}

/* Files */

static void
read_file_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_read_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "cv", "cv-en.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/cv.pdf");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(PursuitCv) async_cv = NULL;

  cv = pursuit_cv_read_file (file, pursuit_skill_taxonomy_get_default (), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_cv_get_title (cv), ==, "cv-en");
  g_assert_cmpstr (pursuit_cv_get_file_name (cv), ==, "cv-en.txt");

  pursuit_cv_read_file_async (file, NULL, read_file_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  async_cv = pursuit_cv_read_file_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_profile_get_name (pursuit_cv_get_profile (async_cv)), ==, "Jane Doe");
  g_clear_object (&result);

  pursuit_cv_read_file_async (missing, NULL, read_file_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (pursuit_cv_read_file_finish (result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_formats (void)
{
  PursuitCvFormat format = PURSUIT_CV_FORMAT_TEXT;

  for (PursuitCvFormat i = PURSUIT_CV_FORMAT_TEXT; i <= PURSUIT_CV_FORMAT_JSON_RESUME; i++)
    {
      g_assert_true (pursuit_cv_format_from_string (pursuit_cv_format_to_string (i), &format));
      g_assert_cmpint (format, ==, i);
    }
  g_assert_cmpstr (pursuit_cv_format_to_string (PURSUIT_CV_FORMAT_JSON_RESUME), ==, "json-resume");
  g_assert_false (pursuit_cv_format_from_string ("odt", &format));
  g_assert_false (pursuit_cv_format_from_string (NULL, &format));
  g_assert_cmpint (format, ==, PURSUIT_CV_FORMAT_JSON_RESUME);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cv-reader/formats", test_formats);
  g_test_add_func ("/cv-reader/text/english", test_text_english);
  g_test_add_func ("/cv-reader/text/german", test_text_german);
  g_test_add_func ("/cv-reader/text/dates", test_text_dates);
  g_test_add_func ("/cv-reader/text/education", test_text_education);
  g_test_add_func ("/cv-reader/text/languages", test_text_languages);
  g_test_add_func ("/cv-reader/text/levels", test_text_levels);
  g_test_add_func ("/cv-reader/text/hostile", test_text_hostile);
  g_test_add_func ("/cv-reader/json-resume", test_json_resume);
  g_test_add_func ("/cv-reader/json-resume/hostile", test_json_hostile);
  g_test_add_func ("/cv-reader/pdf", test_pdf);
  g_test_add_func ("/cv-reader/pdf/hostile", test_pdf_hostile);
  g_test_add_func ("/cv-reader/docx", test_docx);
  g_test_add_func ("/cv-reader/docx/hostile", test_docx_hostile);
  g_test_add_func ("/cv-reader/file", test_read_file);

  status = g_test_run ();

  /* cairo caches the font faces the PDFs were drawn with. */
  cairo_debug_reset_static_data ();

  return status;
}
