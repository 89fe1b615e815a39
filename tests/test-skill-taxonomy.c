/* test-skill-taxonomy.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-core-resources-private.h"
#include "pursuit-matching-types.h"
#include "pursuit-skill-taxonomy-private.h"

static PursuitSkillTaxonomy *
taxonomy (void)
{
  return pursuit_skill_taxonomy_get_default ();
}

static int
skill (const char *name)
{
  int index = pursuit_skill_taxonomy_lookup (taxonomy (), name);

  if (index < 0)
    g_error ("“%s” is not in the taxonomy", name);
  return index;
}

/* The canonical names found in @text, comma-separated, in order. */
static char *
extract_names (const char *text)
{
  g_autoptr(GArray) skills = pursuit_skill_taxonomy_extract_skills (taxonomy (), text, -1);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < skills->len; i++)
    {
      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, pursuit_skill_taxonomy_get_name (taxonomy (), g_array_index (skills, guint, i)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static gboolean
extracts (const char *text,
          const char *name)
{
  g_autoptr(GArray) skills = pursuit_skill_taxonomy_extract_skills (taxonomy (), text, -1);
  int wanted = skill (name);

  for (guint i = 0; i < skills->len; i++)
    if (g_array_index (skills, guint, i) == (guint) wanted)
      return TRUE;

  return FALSE;
}

#define assert_extracts(text, name) \
  G_STMT_START { \
    if (!extracts ((text), (name))) \
      { \
        g_autofree char *found = extract_names (text); \
        g_error ("“%s” not found in “%s” (found: %s)", (name), (text), found); \
      } \
  } G_STMT_END

#define assert_not_extracts(text, name) \
  G_STMT_START { \
    if (extracts ((text), (name))) \
      g_error ("“%s” wrongly found in “%s”", (name), (text)); \
  } G_STMT_END

static void
test_types (void)
{
  PursuitSkillLevel level = PURSUIT_SKILL_LEVEL_NONE;
  PursuitEducationLevel education = PURSUIT_EDUCATION_NONE;

  for (int i = PURSUIT_SKILL_LEVEL_NONE; i <= PURSUIT_SKILL_LEVEL_EXPERT; i++)
    {
      g_assert_true (pursuit_skill_level_from_string (pursuit_skill_level_to_string (i), &level));
      g_assert_cmpint (level, ==, i);
    }
  for (int i = PURSUIT_EDUCATION_NONE; i <= PURSUIT_EDUCATION_DOCTORATE; i++)
    {
      g_assert_true (pursuit_education_level_from_string (pursuit_education_level_to_string (i), &education));
      g_assert_cmpint (education, ==, i);
    }

  g_assert_cmpstr (pursuit_skill_level_to_string (PURSUIT_SKILL_LEVEL_ADVANCED), ==, "advanced");
  g_assert_cmpstr (pursuit_education_level_to_string (PURSUIT_EDUCATION_MASTER), ==, "master");
  g_assert_cmpstr (pursuit_skill_level_get_label (PURSUIT_SKILL_LEVEL_EXPERT), ==, "Expert");
  g_assert_cmpstr (pursuit_skill_level_get_label (PURSUIT_SKILL_LEVEL_NONE), ==, "");
  g_assert_cmpstr (pursuit_education_level_get_label (PURSUIT_EDUCATION_MASTER), ==, "Master's degree");

  level = PURSUIT_SKILL_LEVEL_BEGINNER;
  g_assert_false (pursuit_skill_level_from_string ("guru", &level));
  g_assert_false (pursuit_skill_level_from_string (NULL, &level));
  g_assert_cmpint (level, ==, PURSUIT_SKILL_LEVEL_BEGINNER);
  g_assert_false (pursuit_education_level_from_string ("Master", &education));
}

static void
test_shipped (void)
{
  PursuitSkillTaxonomy *self = taxonomy ();
  GPtrArray *categories = pursuit_skill_taxonomy_list_categories (self);
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_skills = pursuit_skill_taxonomy_get_n_skills (self);
  guint n_found_alone = 0;

  g_assert_true (self == pursuit_skill_taxonomy_get_default ());
  g_assert_cmpuint (n_skills, >=, 500);
  g_assert_cmpuint (categories->len, >=, 30);
  g_assert_cmpuint (strlen (pursuit_skill_taxonomy_get_version (self)), ==, 12);

  for (guint i = 0; i < categories->len; i++)
    {
      const char *key = g_ptr_array_index (categories, i);
      const char *label = pursuit_skill_taxonomy_get_category_label (self, key);

      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, key);
      g_assert_true (_pursuit_skill_category_name_is_translatable (label));
    }
  g_assert_cmpstr (pursuit_skill_taxonomy_get_category_label (self, "cloud"), ==, "Cloud platforms");

  for (guint i = 0; i < n_skills; i++)
    {
      const char *name = pursuit_skill_taxonomy_get_name (self, i);
      const char *kind = pursuit_skill_taxonomy_get_learning_kind (self, i);
      const guint *related;
      const double *weights;
      guint n_related;

      /* Every canonical name finds itself back. */
      g_assert_cmpint (pursuit_skill_taxonomy_lookup (self, name), ==, (int) i);
      g_hash_table_add (used, (gpointer) pursuit_skill_taxonomy_get_category (self, i));
      g_assert_true (g_strv_contains ((const char * const[]) { "course", "documentation", "book", "project",
                                                              "certification", "practice", NULL }, kind));
      g_assert_cmpuint (pursuit_skill_taxonomy_get_learning_hours (self, i), >=, 1);

      /* Related skills resolve, and transfer is symmetric. */
      n_related = pursuit_skill_taxonomy_get_related (self, i, &related, &weights);
      for (guint j = 0; j < n_related; j++)
        {
          g_assert_cmpuint (related[j], <, n_skills);
          g_assert_cmpuint (related[j], !=, i);
          g_assert_cmpfloat (weights[j], >, 0.0);
          g_assert_cmpfloat (weights[j], <=, 1.0);
          g_assert_cmpfloat (pursuit_skill_taxonomy_get_transfer (self, related[j], i), ==, weights[j]);
        }

      /* A skill named on its own is found, except the ambiguous ones,
       * which need a context (tested below). */
      if (extracts (name, name))
        n_found_alone++;
    }

  g_assert_cmpuint (g_hash_table_size (used), ==, categories->len);
  g_assert_cmpuint (n_found_alone, >=, n_skills - 80);
}

static void
test_aliases (void)
{
  static const struct { const char *alias; const char *name; } cases[] = {
    { "JS", "JavaScript" }, { "ECMAScript", "JavaScript" }, { "javascript", "JavaScript" },
    { "k8s", "Kubernetes" }, { "K8S", "Kubernetes" },
    { "Postgres", "PostgreSQL" }, { "postgresql", "PostgreSQL" },
    { "C++", "C++" }, { "cpp", "C++" }, { "C#", "C#" }, { "csharp", "C#" }, { "c#", "C#" },
    { ".NET", ".NET" }, { "dotnet", ".NET" }, { "Node.js", "Node.js" }, { "NodeJS", "Node.js" },
    { "node", "Node.js" }, { "Golang", "Go" }, { "go", "Go" }, { "ReactJS", "React" },
    { "Spring", "Spring Framework" }, { "spring boot", "Spring Boot" }, { "CI/CD", "CI/CD" },
    { "ci cd", "CI/CD" }, { "ML", "Machine learning" }, { "MS Excel", "Microsoft Excel" },
    { "Krankenpflege", "Nursing" }, { "travail en équipe", "Teamwork" }, { "  AWS ", "Amazon Web Services" },
  };
  PursuitSkillTaxonomy *self = taxonomy ();
  int go = skill ("Go");
  int rust = skill ("Rust");
  int vue = skill ("Vue.js");
  int react = skill ("React");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int index = pursuit_skill_taxonomy_lookup (self, cases[i].alias);

      g_assert_cmpint (index, >=, 0);
      g_assert_cmpstr (pursuit_skill_taxonomy_get_name (self, index), ==, cases[i].name);
    }

  g_assert_cmpint (pursuit_skill_taxonomy_lookup (self, "Underwater basket weaving"), ==, -1);
  g_assert_cmpint (pursuit_skill_taxonomy_lookup (self, ""), ==, -1);
  g_assert_cmpint (pursuit_skill_taxonomy_lookup (self, NULL), ==, -1);
  g_assert_cmpint (pursuit_skill_taxonomy_lookup (self, "a b c d e f"), ==, -1);

  g_assert_cmpstr (pursuit_skill_taxonomy_get_category (self, go), ==, "languages");
  g_assert_cmpfloat (pursuit_skill_taxonomy_get_transfer (self, go, go), ==, 1.0);
  g_assert_cmpfloat (pursuit_skill_taxonomy_get_transfer (self, go, rust), >, 0.0);
  g_assert_cmpfloat (pursuit_skill_taxonomy_get_transfer (self, vue, react), >=, 0.5);
  g_assert_cmpfloat (pursuit_skill_taxonomy_get_transfer (self, skill ("Nursing"), react), ==, 0.0);
}

static void
test_boundaries (void)
{
  assert_extracts ("We write C++ and C# every day.", "C++");
  assert_extracts ("We write C++ and C# every day.", "C#");
  assert_not_extracts ("We write C++ and C# every day.", "C");
  assert_extracts ("Backend on .NET 8 and ASP.NET Core", ".NET");
  assert_extracts ("Backend on .NET 8 and ASP.NET Core", "ASP.NET");
  assert_extracts ("APIs in Node.js (TypeScript)", "Node.js");
  assert_extracts ("APIs in Node.js (TypeScript)", "TypeScript");
  assert_not_extracts ("APIs in Node.js (TypeScript)", "JavaScript");
  assert_extracts ("Java, Kotlin", "Java");
  assert_not_extracts ("Strong JavaScript skills", "Java");
  assert_extracts ("Strong JavaScript skills", "JavaScript");
  assert_not_extracts ("Our networking event", "Go");
  assert_extracts ("Java/Kotlin/Scala", "Kotlin");
  assert_extracts ("Java/Kotlin/Scala", "Scala");
  assert_extracts ("Python-based tooling", "Python");
  assert_extracts ("pipelines (GitHub Actions, ArgoCD)", "GitHub Actions");
  assert_extracts ("pipelines (GitHub Actions, ArgoCD)", "Argo CD");
  assert_not_extracts ("Experience with R&D teams", "R");
  assert_not_extracts ("C-level executives", "C");
  assert_extracts ("Systems programming in C and Rust", "C");
  assert_extracts ("Systems programming in C and Rust", "Rust");
  assert_extracts ("PostgreSQL.", "PostgreSQL");
  assert_extracts ("(k8s)", "Kubernetes");
  assert_extracts ("Kubernetes-Erfahrung", "Kubernetes");
  assert_extracts ("Erfahrung mit Projektmanagement", "Project management");
  assert_extracts ("Scikit-learn and PyTorch", "scikit-learn");
  /* French elision: "d'OpenStack" is "OpenStack". */
  assert_extracts ("La connaissance d'OpenStack serait un plus", "OpenStack");
  assert_extracts ("l\u2019expérience d\u2019Ansible", "Ansible");
  assert_extracts ("Se valora experiencia con Node, Express y MongoDB", "Express.js");
}

static void
test_longest (void)
{
  g_autoptr(GArray) mentions = NULL;
  const char *text = "Spring Boot microservices on AWS Lambda";
  const PursuitSkillMention *mention;

  mentions = pursuit_skill_taxonomy_extract (taxonomy (), text, -1);
  g_assert_cmpuint (mentions->len, ==, 3);

  mention = &g_array_index (mentions, PursuitSkillMention, 0);
  g_assert_cmpint (mention->skill, ==, skill ("Spring Boot"));
  g_assert_cmpuint (mention->offset, ==, 0);
  g_assert_cmpuint (mention->length, ==, strlen ("Spring Boot"));

  mention = &g_array_index (mentions, PursuitSkillMention, 1);
  g_assert_cmpint (mention->skill, ==, skill ("Microservices"));

  mention = &g_array_index (mentions, PursuitSkillMention, 2);
  g_assert_cmpint (mention->skill, ==, skill ("AWS Lambda"));
  g_assert_cmpuint (mention->offset, ==, strlen ("Spring Boot microservices on "));

  /* A phrase does not span punctuation. */
  assert_not_extracts ("Spring, Boot camp", "Spring Boot");

  /* The set keeps each skill once, in order of first mention. */
  g_clear_pointer (&mentions, g_array_unref);
  mentions = pursuit_skill_taxonomy_extract_skills (taxonomy (), "SQL, Python, sql and python", -1);
  g_assert_cmpuint (mentions->len, ==, 2);
  g_assert_cmpint (g_array_index (mentions, guint, 0), ==, skill ("SQL"));
  g_assert_cmpint (g_array_index (mentions, guint, 1), ==, skill ("Python"));
}

static void
test_ambiguous (void)
{
  /* Go the verb, Go the language. */
  assert_not_extracts ("Go to our site to apply.", "Go");
  assert_not_extracts ("Ready to go the extra mile?", "Go");
  assert_not_extracts ("Our go-to-market team", "Go");
  assert_extracts ("Go and Rust services", "Go");
  assert_extracts ("Go and Rust services", "Rust");
  assert_extracts ("Backend developer (Go, PostgreSQL)", "Go");
  assert_extracts ("Experience with Golang", "Go");

  /* R the letter, R the language. */
  assert_not_extracts ("Section R of the form", "R");
  assert_not_extracts ("John R. Smith will call you", "R");
  assert_extracts ("R and Python for statistics", "R");
  assert_extracts ("Statistical analysis in R", "R");

  /* Rust the corrosion. */
  assert_not_extracts ("Inspect the rust on pipes", "Rust");
  assert_not_extracts ("Remove Rust from the hull before painting", "Rust");
  assert_extracts ("Rust developer", "Rust");
  assert_extracts ("We are hiring a Senior Rust Engineer", "Rust");

  /* Spring the season. */
  assert_not_extracts ("Spring 2025 internship", "Spring Framework");
  assert_not_extracts ("Starting in Spring, full time.", "Spring Framework");
  assert_extracts ("Java with Spring Boot", "Spring Boot");
  assert_extracts ("the Spring framework", "Spring Framework");
  assert_extracts ("Java, Spring, Hibernate", "Spring Framework");

  /* Ordinary words that are also products. */
  assert_not_extracts ("You will excel in a fast-paced team", "Microsoft Excel");
  assert_extracts ("Advanced Excel skills (pivot tables)", "Microsoft Excel");
  assert_not_extracts ("React quickly to customer requests", "React");
  assert_extracts ("Frontend with React and TypeScript", "React");
  assert_not_extracts ("Each node in the graph", "Node.js");
  assert_not_extracts ("Come rest with us", "REST APIs");
  assert_extracts ("REST and GraphQL APIs", "REST APIs");
  assert_not_extracts ("Swift delivery to customers", "Swift");
  assert_extracts ("iOS apps in Swift", "Swift");
  assert_not_extracts ("A node in the network; an express train", "Node.js");
  assert_extracts ("Svelte and Go on the backend", "Go");
  assert_not_extracts ("Go-live support for the release", "Go");
  assert_not_extracts ("Rest assured we will help you grow", "API testing");
  assert_extracts ("API tests with REST Assured and JUnit", "API testing");
  assert_not_extracts ("Our chef prepares meals; the puppet theatre needs volunteers", "Chef");
  assert_extracts ("Jenkins, Chef and Puppet for configuration management", "Chef");
  assert_not_extracts ("Join us in spring; our office has windows everywhere", "Microsoft Windows");
  assert_not_extracts ("A confluence of factors, a notion of quality, slack time", "Confluence");

  /* A team that builds something is not team building, nor hiring. */
  assert_not_extracts ("a small team building payment services", "Hiring and interviewing");
  assert_not_extracts ("Coordinate the building teams on the construction site", "Hiring and interviewing");
  assert_extracts ("Experience hiring engineers and building teams from scratch", "Hiring and interviewing");
}

static void
test_hostile_text (void)
{
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GString) huge = g_string_new (NULL);
  const char invalid[] = "Python \xff\xfe Java\xc3 \xe2\x82 Kubernetes \xed\xa0\x80 Go developer";
  const char truncated[] = "Kubernetes and PostgreSQL";
  gint64 start;

  /* Invalid UTF-8 is skipped, never read past. */
  mentions = pursuit_skill_taxonomy_extract_skills (taxonomy (), invalid, sizeof invalid - 1);
  g_assert_cmpuint (mentions->len, ==, 4);
  g_clear_pointer (&mentions, g_array_unref);

  /* The length is honoured: "Kubernetes and Postg" has no PostgreSQL. */
  mentions = pursuit_skill_taxonomy_extract_skills (taxonomy (), truncated, 20);
  g_assert_cmpuint (mentions->len, ==, 1);
  g_assert_cmpint (g_array_index (mentions, guint, 0), ==, skill ("Kubernetes"));
  g_clear_pointer (&mentions, g_array_unref);

  mentions = pursuit_skill_taxonomy_extract (taxonomy (), NULL, -1);
  g_assert_cmpuint (mentions->len, ==, 0);
  g_clear_pointer (&mentions, g_array_unref);
  mentions = pursuit_skill_taxonomy_extract (taxonomy (), "", 0);
  g_assert_cmpuint (mentions->len, ==, 0);
  g_clear_pointer (&mentions, g_array_unref);
  mentions = pursuit_skill_taxonomy_extract (taxonomy (), "++ ## .. // -- && <<>>", -1);
  g_assert_cmpuint (mentions->len, ==, 0);
  g_clear_pointer (&mentions, g_array_unref);

  /* Markup: tags are not words, entities do not join words. */
  assert_extracts ("<ul><li><b>Python</b></li><li>Docker</li></ul>", "Python");
  assert_extracts ("<ul><li><b>Python</b></li><li>Docker</li></ul>", "Docker");
  assert_not_extracts ("<ul><li><b>Python</b></li></ul>", "HTML");
  assert_extracts ("Tom&amp;Jerry &lt;C#&gt; rocks", "C#");
  assert_not_extracts ("R&amp;D", "R");

  /* About 3 MB in one text: linear, and found everywhere. */
  for (guint i = 0; i < 30000; i++)
    g_string_append (huge, "Senior engineer, Python and Kubernetes; we go to conferences. \n");
  g_string_append_len (huge, "\xff\xff Rust developer", 17);
  start = g_get_monotonic_time ();
  mentions = pursuit_skill_taxonomy_extract (taxonomy (), huge->str, huge->len);
  g_test_message ("%zu bytes: %u mentions in %.1f ms", huge->len, mentions->len,
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (mentions->len, ==, 60001);
  g_assert_cmpint (g_array_index (mentions, PursuitSkillMention, 60000).skill, ==, skill ("Rust"));
}

static const char *job_text =
  "About the role\n"
  "We are looking for a Senior Backend Engineer to join our platform team in Berlin. "
  "You will design, build and operate services that handle millions of requests a day.\n\n"
  "Requirements\n"
  "- 5+ years of experience with Go or Java (Spring Boot)\n"
  "- Strong knowledge of PostgreSQL, Redis and Kafka\n"
  "- Experience with Docker, Kubernetes (k8s) and Terraform on AWS or GCP\n"
  "- CI/CD with GitHub Actions or GitLab CI; observability with Prometheus and Grafana\n"
  "- Good communication skills and a team player attitude\n\n"
  "Nice to have\n"
  "- Rust, gRPC, event-driven architecture, domain-driven design\n"
  "- Experience mentoring junior engineers\n\n"
  "What we offer\n"
  "Flexible hours, 30 days of holiday, a learning budget and a modern office. Go to our careers page "
  "to learn more about the team and our values. We value diversity and welcome applications from everyone. ";

static void
test_speed (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  gsize total = 0, found = 0;
  gint64 start;
  double ms;

  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      /* About 3 KB, each a little different. */
      while (text->len < 3000)
        g_string_append_printf (text, "%s Ticket %u.\n", job_text, i);
      total += text->len;
      g_ptr_array_add (texts, g_string_free (g_steal_pointer (&text), FALSE));
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; i < texts->len; i++)
    {
      g_autoptr(GArray) skills = pursuit_skill_taxonomy_extract_skills (taxonomy (), texts->pdata[i], -1);

      found += skills->len;
    }
  ms = (g_get_monotonic_time () - start) / 1000.0;

  g_test_message ("1000 descriptions, %zu bytes: %.1f ms, %zu skills", total, ms, found);
  g_assert_cmpuint (found / 1000, >=, 20);
  /* "Well under a second" on the machine the tests run on; sanitizer and
   * CI builds are slower, so only a generous bound is asserted. */
  g_assert_cmpfloat (ms, <, 5000.0);
}

static void
test_job_text (void)
{
  g_autofree char *names = extract_names (job_text);
  static const char * const expected[] = {
    "Go", "Java", "Spring Boot", "PostgreSQL", "Redis", "Apache Kafka", "Docker", "Kubernetes",
    "Terraform", "Amazon Web Services", "Google Cloud Platform", "CI/CD", "GitHub Actions", "GitLab CI",
    "Observability", "Prometheus", "Grafana", "Communication", "Teamwork", "Rust", "gRPC",
    "Event-driven architecture", "Domain-driven design", "Mentoring",
  };
  g_autoptr(GArray) mentions = pursuit_skill_taxonomy_extract (taxonomy (), job_text, -1);

  g_test_message ("found: %s", names);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_extracts (job_text, expected[i]);

  /* "Go to our careers page" is not a second Go. */
  for (guint i = 0; i < mentions->len; i++)
    {
      const PursuitSkillMention *mention = &g_array_index (mentions, PursuitSkillMention, i);

      if (mention->skill == (guint) skill ("Go"))
        g_assert_cmpuint (mention->offset, <, strstr (job_text, "What we offer") - job_text);
    }
}

/* Hostile taxonomies */

static void
assert_invalid (const char *json,
                const char *message_part)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitSkillTaxonomy) loaded = pursuit_skill_taxonomy_new_from_bytes (bytes, &error);

  g_assert_null (loaded);
  g_assert_error (error, PURSUIT_SKILL_TAXONOMY_ERROR, PURSUIT_SKILL_TAXONOMY_ERROR_INVALID);
  if (strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message_part);
}

#define CATEGORIES "\"categories\": [{\"key\": \"languages\", \"name\": \"Programming languages\"}]"

static void
test_hostile_taxonomy (void)
{
  g_autoptr(GString) huge = g_string_new ("{" CATEGORIES ", \"skills\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitSkillTaxonomy) small = NULL;
  const char *good =
    "{" CATEGORIES ", \"skills\": ["
    "{\"name\": \"Go\", \"aliases\": [\"Golang\"], \"category\": \"languages\","
    " \"related\": [{\"name\": \"Rust\", \"weight\": 0.4}], \"learning\": {\"kind\": \"book\", \"hours\": 60},"
    " \"ambiguous\": {\"terms\": [\"Go\"], \"case_sensitive\": true, \"requires_context\": [\"programming\"],"
    " \"reject_next\": [\"to\", \"#number\"]}},"
    "{\"name\": \"Rust\", \"category\": \"languages\"}]}";

  assert_invalid ("", "not JSON");
  assert_invalid ("not json at all", "not JSON");
  assert_invalid ("[1, 2, 3]", "not a JSON object");
  assert_invalid ("{\"skills\": []}", "no categories");
  assert_invalid ("{\"categories\": 3}", "not a list");
  assert_invalid ("{" CATEGORIES "}", "no skills");
  assert_invalid ("{" CATEGORIES ", \"skills\": [42]}", "not an object");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": 42, \"category\": \"languages\"}]}",
                  "not a string");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"\", \"category\": \"languages\"}]}", "empty");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"Go\", \"category\": \"cooking\"}]}",
                  "unknown category “cooking”");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"Go\", \"category\": \"languages\"},"
                  " {\"name\": \"Golang\", \"aliases\": [\"GO\"], \"category\": \"languages\"}]}",
                  "names both");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"Go\", \"category\": \"languages\","
                  " \"related\": [{\"name\": \"Cobol\", \"weight\": 0.5}]}]}",
                  "unknown skill “Cobol”");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"Go\", \"category\": \"languages\","
                  " \"related\": [{\"name\": \"Go\", \"weight\": 0.5}]}]}", "itself");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"Go\", \"category\": \"languages\"},"
                  " {\"name\": \"Rust\", \"category\": \"languages\","
                  " \"related\": [{\"name\": \"Go\", \"weight\": 7}]}]}", "(0, 1]");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"Go\", \"category\": \"languages\","
                  " \"aliases\": \"Golang\"}]}", "not a list");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"Go\", \"category\": \"languages\","
                  " \"aliases\": [\"!!!\"]}]}", "no letters");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"one two three four five\","
                  " \"category\": \"languages\"}]}", "longer than");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"Go\", \"category\": \"languages\","
                  " \"learning\": {\"kind\": \"osmosis\", \"hours\": 3}}]}", "unknown learning kind");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"Go\", \"category\": \"languages\","
                  " \"learning\": {\"kind\": \"book\", \"hours\": -3}}]}", "learning hours");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"Go\", \"category\": \"languages\","
                  " \"ambiguous\": {\"terms\": [\"Golang\"], \"requires_context\": [\"code\"]}}]}",
                  "not one of its spellings");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"Go\", \"category\": \"languages\","
                  " \"ambiguous\": {\"case_sensitive\": true}}]}", "no “requires_context”");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"Go\", \"category\": \"languages\","
                  " \"ambiguous\": {\"requires_context\": [\"code\"], \"context_categories\": [\"x\"]}}]}",
                  "unknown category");
  assert_invalid ("{" CATEGORIES ", \"skills\": [{\"name\": \"Go\", \"category\": \"languages\","
                  " \"ambiguous\": {\"requires_context\": [\"code\"], \"window\": 1e9}}]}", "window");
  assert_invalid ("{\"categories\": [{\"key\": \"a\", \"name\": \"A\"}, {\"key\": \"a\", \"name\": \"B\"}],"
                  " \"skills\": []}", "twice");

  /* Too many skills, and a file too large to read at all. */
  for (guint i = 0; i < 20001; i++)
    g_string_append_printf (huge, "%s{\"name\": \"skill %u\", \"category\": \"languages\"}", i ? "," : "", i);
  g_string_append (huge, "]}");
  assert_invalid (huge->str, "more than");
  while (huge->len < 9 * 1024 * 1024)
    g_string_append (huge, "                                                                ");
  assert_invalid (huge->str, "larger than");

  /* A small valid one works as the rule says. */
  bytes = g_bytes_new_static (good, strlen (good));
  small = pursuit_skill_taxonomy_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_skill_taxonomy_get_n_skills (small), ==, 2);
  g_assert_cmpint (pursuit_skill_taxonomy_lookup (small, "golang"), ==, 0);
  g_assert_cmpfloat (pursuit_skill_taxonomy_get_transfer (small, 1, 0), ==, 0.4);
  g_assert_cmpstr (pursuit_skill_taxonomy_get_learning_kind (small, 1), ==, "practice");
  {
    g_autoptr(GArray) a = pursuit_skill_taxonomy_extract_skills (small, "Go programming", -1);
    g_autoptr(GArray) b = pursuit_skill_taxonomy_extract_skills (small, "Go to programming class", -1);
    g_autoptr(GArray) c = pursuit_skill_taxonomy_extract_skills (small, "go programming", -1);
    g_autoptr(GArray) d = pursuit_skill_taxonomy_extract_skills (small, "Golang, Rust", -1);

    g_assert_cmpuint (a->len, ==, 1);
    g_assert_cmpuint (b->len, ==, 0);
    g_assert_cmpuint (c->len, ==, 0);
    g_assert_cmpuint (d->len, ==, 2);
  }
}

/* A rule without "terms" covers every spelling of its own skill, and only
 * those: the skills loaded after it keep theirs unconditional. */
static void
test_rule_without_terms (void)
{
  const char *json =
    "{" CATEGORIES ", \"skills\": ["
    "{\"name\": \"Go\", \"aliases\": [\"Golang\"], \"category\": \"languages\","
    " \"ambiguous\": {\"requires_context\": [\"programming\"]}},"
    "{\"name\": \"Redis\", \"aliases\": [\"Redis Cache\"], \"category\": \"languages\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitSkillTaxonomy) small = pursuit_skill_taxonomy_new_from_bytes (bytes, &error);
  g_autoptr(GArray) redis = NULL;
  g_autoptr(GArray) redis_cache = NULL;
  g_autoptr(GArray) golang = NULL;
  g_autoptr(GArray) golang_programming = NULL;

  g_assert_no_error (error);
  redis = pursuit_skill_taxonomy_extract_skills (small, "We use Redis.", -1);
  redis_cache = pursuit_skill_taxonomy_extract_skills (small, "A Redis Cache in front", -1);
  golang = pursuit_skill_taxonomy_extract_skills (small, "Golang and Redis", -1);
  golang_programming = pursuit_skill_taxonomy_extract_skills (small, "Golang programming", -1);

  g_assert_cmpuint (redis->len, ==, 1);
  g_assert_cmpuint (g_array_index (redis, guint, 0), ==, 1);
  g_assert_cmpuint (redis_cache->len, ==, 1);
  g_assert_cmpuint (g_array_index (redis_cache, guint, 0), ==, 1);
  /* The rule still holds for both of Go's own spellings. */
  g_assert_cmpuint (golang->len, ==, 1);
  g_assert_cmpuint (g_array_index (golang, guint, 0), ==, 1);
  g_assert_cmpuint (golang_programming->len, ==, 1);
  g_assert_cmpuint (g_array_index (golang_programming, guint, 0), ==, 0);
}

static void
test_resource (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resource_lookup_data (pursuit_core_get_resource (), PURSUIT_CORE_RESOURCE_SKILLS,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_autoptr(PursuitSkillTaxonomy) again = NULL;

  g_assert_no_error (error);
  again = pursuit_skill_taxonomy_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_skill_taxonomy_get_version (again), ==,
                   pursuit_skill_taxonomy_get_version (taxonomy ()));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skill-taxonomy/types", test_types);
  g_test_add_func ("/skill-taxonomy/shipped", test_shipped);
  g_test_add_func ("/skill-taxonomy/resource", test_resource);
  g_test_add_func ("/skill-taxonomy/aliases", test_aliases);
  g_test_add_func ("/skill-taxonomy/boundaries", test_boundaries);
  g_test_add_func ("/skill-taxonomy/longest", test_longest);
  g_test_add_func ("/skill-taxonomy/ambiguous", test_ambiguous);
  g_test_add_func ("/skill-taxonomy/job-text", test_job_text);
  g_test_add_func ("/skill-taxonomy/hostile-text", test_hostile_text);
  g_test_add_func ("/skill-taxonomy/hostile-taxonomy", test_hostile_taxonomy);
  g_test_add_func ("/skill-taxonomy/rule-without-terms", test_rule_without_terms);
  g_test_add_func ("/skill-taxonomy/speed", test_speed);

  return g_test_run ();
}
