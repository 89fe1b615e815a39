/* pursuit-company.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-company"

#include "config.h"

#include <string.h>

#include "pursuit-company.h"
#include "pursuit-fold-private.h"
#include "pursuit-html-text.h"
#include "pursuit-json-private.h"
#include "pursuit-utf8-private.h"

/* Postings are written by strangers: cap what we keep of them. */
#define MAX_NAME_LENGTH         256
#define MAX_FIELD_LENGTH        512
#define MAX_DESCRIPTION_LENGTH  4000
#define MAX_LOCATIONS           20
#define MAX_SCHEMA_DEPTH        4

struct _PursuitCompany
{
  GObject parent_instance;

  char *key;
  char *name;
  char **names;
  char *domain;
  char *website;
  char *industry;
  char *size;
  char **locations;
  char *description;
  char *summary;
  char *notes;
  GArray *job_ids;
  gint64 info_updated_at;
};

G_DEFINE_FINAL_TYPE (PursuitCompany, pursuit_company, G_TYPE_OBJECT)

static void
pursuit_company_finalize (GObject *object)
{
  PursuitCompany *self = (PursuitCompany *)object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->names, g_strfreev);
  g_clear_pointer (&self->domain, g_free);
  g_clear_pointer (&self->website, g_free);
  g_clear_pointer (&self->industry, g_free);
  g_clear_pointer (&self->size, g_free);
  g_clear_pointer (&self->locations, g_strfreev);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->job_ids, g_array_unref);

  G_OBJECT_CLASS (pursuit_company_parent_class)->finalize (object);
}

static void
pursuit_company_class_init (PursuitCompanyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_company_finalize;
}

static void
pursuit_company_init (PursuitCompany *self)
{
  self->job_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

PursuitCompany *
pursuit_company_new (void)
{
  return g_object_new (PURSUIT_TYPE_COMPANY, NULL);
}

PursuitCompany *
pursuit_company_copy (PursuitCompany *self)
{
  PursuitCompany *copy;

  g_return_val_if_fail (PURSUIT_IS_COMPANY (self), NULL);

  copy = pursuit_company_new ();
  copy->key = g_strdup (self->key);
  copy->name = g_strdup (self->name);
  copy->names = g_strdupv (self->names);
  copy->domain = g_strdup (self->domain);
  copy->website = g_strdup (self->website);
  copy->industry = g_strdup (self->industry);
  copy->size = g_strdup (self->size);
  copy->locations = g_strdupv (self->locations);
  copy->description = g_strdup (self->description);
  copy->summary = g_strdup (self->summary);
  copy->notes = g_strdup (self->notes);
  g_array_append_vals (copy->job_ids, self->job_ids->data, self->job_ids->len);
  copy->info_updated_at = self->info_updated_at;

  return copy;
}

/* Empty strings mean "not known", like NULL. */
static void
set_string (char       **field,
            const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
}

static void
set_strv (char               ***field,
          const char * const   *value)
{
  char **copy = NULL;

  if (value != NULL && value[0] != NULL)
    copy = g_strdupv ((char **) value);

  g_strfreev (*field);
  *field = copy;
}

static const char * const empty_strv[] = { NULL };

#define STRING_ACCESSORS(field)                                               \
const char *                                                                  \
pursuit_company_get_##field (PursuitCompany *self)                            \
{                                                                             \
  g_return_val_if_fail (PURSUIT_IS_COMPANY (self), NULL);                     \
  return self->field;                                                         \
}                                                                             \
                                                                              \
void                                                                          \
pursuit_company_set_##field (PursuitCompany *self,                            \
                             const char     *field)                           \
{                                                                             \
  g_return_if_fail (PURSUIT_IS_COMPANY (self));                               \
  set_string (&self->field, field);                                           \
}

STRING_ACCESSORS (key)
STRING_ACCESSORS (name)
STRING_ACCESSORS (domain)
STRING_ACCESSORS (website)
STRING_ACCESSORS (industry)
STRING_ACCESSORS (size)
STRING_ACCESSORS (description)
STRING_ACCESSORS (summary)
STRING_ACCESSORS (notes)

const char * const *
pursuit_company_get_names (PursuitCompany *self)
{
  g_return_val_if_fail (PURSUIT_IS_COMPANY (self), NULL);

  return self->names != NULL ? (const char * const *) self->names : empty_strv;
}

void
pursuit_company_set_names (PursuitCompany     *self,
                           const char * const *names)
{
  g_return_if_fail (PURSUIT_IS_COMPANY (self));

  set_strv (&self->names, names);
}

const char * const *
pursuit_company_get_locations (PursuitCompany *self)
{
  g_return_val_if_fail (PURSUIT_IS_COMPANY (self), NULL);

  return self->locations != NULL ? (const char * const *) self->locations : empty_strv;
}

void
pursuit_company_set_locations (PursuitCompany     *self,
                               const char * const *locations)
{
  g_return_if_fail (PURSUIT_IS_COMPANY (self));

  set_strv (&self->locations, locations);
}

const gint64 *
pursuit_company_get_job_ids (PursuitCompany *self,
                             guint          *n_job_ids)
{
  g_return_val_if_fail (PURSUIT_IS_COMPANY (self), NULL);

  if (n_job_ids != NULL)
    *n_job_ids = self->job_ids->len;

  return (const gint64 *) (gpointer) self->job_ids->data;
}

void
pursuit_company_set_job_ids (PursuitCompany *self,
                             const gint64   *job_ids,
                             guint           n_job_ids)
{
  g_return_if_fail (PURSUIT_IS_COMPANY (self));
  g_return_if_fail (job_ids != NULL || n_job_ids == 0);

  g_array_set_size (self->job_ids, 0);
  if (n_job_ids > 0)
    g_array_append_vals (self->job_ids, job_ids, n_job_ids);
}

gint64
pursuit_company_get_info_updated_at (PursuitCompany *self)
{
  g_return_val_if_fail (PURSUIT_IS_COMPANY (self), 0);

  return self->info_updated_at;
}

void
pursuit_company_set_info_updated_at (PursuitCompany *self,
                                     gint64          at)
{
  g_return_if_fail (PURSUIT_IS_COMPANY (self));

  self->info_updated_at = at;
}

/* --- info JSON --------------------------------------------------------- */

static void
add_optional_string (JsonBuilder *builder,
                     const char  *name,
                     const char  *value)
{
  if (value == NULL)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

char *
pursuit_company_info_to_json (PursuitCompany *self)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (PURSUIT_IS_COMPANY (self), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  add_optional_string (builder, "website", self->website);
  add_optional_string (builder, "industry", self->industry);
  add_optional_string (builder, "size", self->size);
  add_optional_string (builder, "description", self->description);
  if (self->locations != NULL)
    {
      json_builder_set_member_name (builder, "locations");
      json_builder_begin_array (builder);
      for (guint i = 0; self->locations[i] != NULL; i++)
        json_builder_add_string_value (builder, self->locations[i]);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

static gboolean
read_json_string (JsonObject  *object,
                  const char  *member,
                  char       **field,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Company info member “%s” is not a string", member);
      return FALSE;
    }

  set_string (field, json_node_get_string (node));
  return TRUE;
}

gboolean
pursuit_company_merge_info_json (PursuitCompany  *self,
                                 const char      *json,
                                 GError         **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *website = NULL;
  g_autofree char *industry = NULL;
  g_autofree char *size = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GPtrArray) locations = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (PURSUIT_IS_COMPANY (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, json, -1, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Company info is not JSON: %s", local_error->message);
      return FALSE;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Company info is not a JSON object");
      return FALSE;
    }
  object = json_node_get_object (node);

  /* Read everything first so that a wrong member changes nothing. */
  if (!read_json_string (object, "website", &website, error) ||
      !read_json_string (object, "industry", &industry, error) ||
      !read_json_string (object, "size", &size, error) ||
      !read_json_string (object, "description", &description, error))
    return FALSE;

  node = json_object_get_member (object, "locations");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               "Company info member “locations” is not an array");
          return FALSE;
        }

      array = json_node_get_array (node);
      locations = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (element) ||
              json_node_get_value_type (element) != G_TYPE_STRING)
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                   "Company info locations are not strings");
              return FALSE;
            }
          g_ptr_array_add (locations, g_strdup (json_node_get_string (element)));
        }
      g_ptr_array_add (locations, NULL);
    }

  if (website != NULL)
    {
      g_autofree char *domain = pursuit_company_domain_for_url (website);

      set_string (&self->website, website);
      if (domain != NULL && self->domain == NULL)
        set_string (&self->domain, domain);
    }
  if (industry != NULL)
    set_string (&self->industry, industry);
  if (size != NULL)
    set_string (&self->size, size);
  if (description != NULL)
    set_string (&self->description, description);
  if (locations != NULL && locations->len > 1)
    set_strv (&self->locations, (const char * const *) locations->pdata);

  return TRUE;
}

/* --- keys -------------------------------------------------------------- */

/* Legal forms, folded and with dots removed, dropped from the end of a
 * name. Several tokens form one entry where the words alone are common. */
static const char * const legal_forms[] = {
  /* English */
  "inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation",
  "co", "plc", "llp", "lp", "pty", "pvt", "private",
  /* German */
  "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "ug", "ug haftungsbeschrankt",
  "haftungsbeschrankt", "se", "ev", "gbr", "eg",
  /* French */
  "sa", "sas", "sasu", "sarl", "eurl", "sca", "snc", "sci",
  /* Spanish */
  "sl", "slu", "sau", "sa de cv", "de cv", "srl", "sll",
  /* Dutch */
  "bv", "nv", "vof", "cv",
  NULL
};

static gboolean
is_legal_form (GPtrArray *tokens,
               guint      n_tokens,
               guint     *n_matched)
{
  for (guint i = 0; legal_forms[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (legal_forms[i], " ", -1);
      guint n_words = g_strv_length (words);
      gboolean match = TRUE;

      /* The name itself must stay: "AG" alone is still a company. */
      if (n_words >= n_tokens)
        continue;

      for (guint w = 0; w < n_words && match; w++)
        match = g_str_equal (words[w], g_ptr_array_index (tokens, n_tokens - n_words + w));

      if (match)
        {
          *n_matched = n_words;
          return TRUE;
        }
    }

  return FALSE;
}

char *
pursuit_company_key_for_name (const char *name)
{
  g_autoptr(GString) folded = NULL;
  g_autoptr(GPtrArray) tokens = NULL;
  g_autofree char *valid = NULL;
  g_autofree char *normalized = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) key = NULL;
  guint n_tokens;
  gsize length;

  if (name == NULL)
    return NULL;

  length = _pursuit_utf8_clip (name, strlen (name), MAX_NAME_LENGTH * 4);
  valid = g_utf8_make_valid (name, length);
  /* "e" + combining acute is "é"; full-width "Ａ" is "A". */
  normalized = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL_COMPOSE);

  /* Dots and apostrophes join ("S.A." is "sa", "Macy's" is "macys");
   * everything else that is not a letter or digit separates words. */
  folded = g_string_new (NULL);
  for (const char *p = normalized; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '.' || c == '\'' || c == 0x2019 || c == 0x2018 || g_unichar_ismark (c))
        continue;
      if (g_unichar_isalnum (c))
        _pursuit_fold_append_char (folded, c);
      else
        g_string_append_c (folded, ' ');
    }

  parts = g_strsplit (folded->str, " ", -1);
  tokens = g_ptr_array_new ();
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] != '\0')
        g_ptr_array_add (tokens, parts[i]);
    }

  n_tokens = tokens->len;
  if (n_tokens == 0)
    return NULL;

  for (;;)
    {
      guint n_matched = 0;

      if (!is_legal_form (tokens, n_tokens, &n_matched))
        break;
      n_tokens -= n_matched;
    }

  key = g_string_new (NULL);
  for (guint i = 0; i < n_tokens; i++)
    {
      if (i > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, g_ptr_array_index (tokens, i));
    }

  return g_string_free (g_steal_pointer (&key), FALSE);
}

/* --- domains ----------------------------------------------------------- */

/* Hosts of job boards, applicant tracking systems and site builders: a
 * posting there says nothing about the company's own domain. Matched as
 * the host or a parent domain of it. */
static const char * const board_domains[] = {
  "greenhouse.io", "lever.co", "ashbyhq.com", "linkedin.com", "workday.com",
  "myworkdayjobs.com", "myworkdaysite.com", "smartrecruiters.com",
  "workable.com", "recruitee.com", "personio.de", "personio.com",
  "join.com", "jobvite.com", "icims.com", "taleo.net", "successfactors.com",
  "successfactors.eu", "bamboohr.com", "breezy.hr", "teamtailor.com",
  "jazzhr.com", "applytojob.com", "glassdoor.com", "monster.com",
  "ziprecruiter.com", "xing.com", "welcometothejungle.com", "otta.com",
  "wellfound.com", "angel.co", "ycombinator.com", "remoteok.com",
  "remoteok.io", "weworkremotely.com", "stackoverflow.com", "dice.com",
  "simplyhired.com", "careerbuilder.com", "arbeitsagentur.de",
  "softgarden.io", "softgarden.de", "jobs.ch", "jobup.ch", "karriere.at",
  "totaljobs.com", "reed.co.uk", "cv-library.co.uk", "seek.com.au",
  "naukri.com", "github.com", "github.io", "gitlab.io", "google.com",
  "docs.google.com", "forms.gle", "notion.site", "notion.so",
  "wordpress.com", "medium.com", "bit.ly", "example.com", "example.org",
  NULL
};

/* Boards with a site per country: indeed.com, indeed.de, de.indeed.com,
 * stepstone.de, … */
static const char * const board_names[] = {
  "indeed", "stepstone", "monster", "glassdoor", "jooble", "adzuna",
  "careerjet", "jobrapido", "infojobs", "welcometothejungle", "kununu",
  NULL
};

static gboolean
host_is_board (const char *host)
{
  g_auto(GStrv) labels = NULL;

  for (guint i = 0; board_domains[i] != NULL; i++)
    {
      gsize host_length = strlen (host);
      gsize length = strlen (board_domains[i]);

      if (g_str_equal (host, board_domains[i]))
        return TRUE;
      if (host_length > length &&
          g_str_has_suffix (host, board_domains[i]) &&
          host[host_length - length - 1] == '.')
        return TRUE;
    }

  labels = g_strsplit (host, ".", -1);
  for (guint i = 0; labels[i] != NULL; i++)
    {
      if (g_strv_contains (board_names, labels[i]))
        return TRUE;
      /* workday tenants live on wd1.myworkdayjobs.com and workday.* */
      if (g_str_has_prefix (labels[i], "workday"))
        return TRUE;
    }

  return FALSE;
}

static gboolean
host_is_plausible (const char *host)
{
  gboolean has_dot = FALSE;

  if (host == NULL || *host == '\0' || strlen (host) > 253)
    return FALSE;

  for (const char *p = host; *p != '\0'; p++)
    {
      char c = *p;

      if (c == '.')
        {
          /* no empty labels */
          if (p == host || p[1] == '.' || p[1] == '\0')
            return FALSE;
          has_dot = TRUE;
        }
      else if (!g_ascii_isalnum (c) && c != '-')
        return FALSE;
    }

  /* A dotted-quad is an address, not a company's domain. */
  if (g_hostname_is_ip_address (host))
    return FALSE;

  return has_dot;
}

char *
pursuit_company_domain_for_url (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *host = NULL;
  const char *scheme;
  const char *start;

  if (url == NULL || *url == '\0' || strlen (url) > 4096)
    return NULL;

  uri = g_uri_parse (url, G_URI_FLAGS_PARSE_RELAXED | G_URI_FLAGS_NON_DNS, NULL);
  if (uri == NULL)
    return NULL;

  scheme = g_uri_get_scheme (uri);
  if (scheme == NULL ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    return NULL;

  if (g_uri_get_host (uri) == NULL)
    return NULL;

  /* IDNs compare in their ASCII form; garbage does not convert. */
  if (g_hostname_is_non_ascii (g_uri_get_host (uri)))
    {
      if (!g_utf8_validate (g_uri_get_host (uri), -1, NULL))
        return NULL;
      host = g_hostname_to_ascii (g_uri_get_host (uri));
    }
  else
    host = g_strdup (g_uri_get_host (uri));

  if (host == NULL)
    return NULL;

  {
    char *lower = g_ascii_strdown (host, -1);

    g_free (host);
    host = lower;
  }

  /* A trailing root dot is the same host. */
  if (g_str_has_suffix (host, "."))
    host[strlen (host) - 1] = '\0';

  if (!host_is_plausible (host))
    return NULL;

  start = host;
  if (g_str_has_prefix (start, "www.") && strchr (start + 4, '.') != NULL)
    start += 4;

  if (host_is_board (start))
    return NULL;

  return g_strdup (start);
}

/* --- schema.org -------------------------------------------------------- */

static char *
clean_text (const char *text,
            gsize       max)
{
  g_autofree char *valid = NULL;
  g_autofree char *plain = NULL;
  gsize length;

  if (text == NULL)
    return NULL;

  length = _pursuit_utf8_clip (text, strlen (text), MAX (max * 8, 4096));
  valid = g_utf8_make_valid (text, length);

  /* Postings put HTML, escaped or not, in their text fields. */
  if (strchr (valid, '<') != NULL || strstr (valid, "&lt;") != NULL)
    {
      g_autofree char *unescaped = pursuit_html_unescape (valid, -1);
      g_autofree char *stripped = pursuit_html_to_text (unescaped, -1);

      plain = pursuit_html_inline_to_text (stripped);
    }
  else
    plain = pursuit_html_inline_to_text (valid);

  if (plain == NULL || *plain == '\0')
    return NULL;

  /* Still angle brackets left, say from "<<b>>": drop them too so nothing
   * downstream mistakes the text for markup. */
  if (strchr (plain, '<') != NULL || strchr (plain, '>') != NULL)
    {
      GString *out = g_string_new (NULL);

      for (const char *p = plain; *p != '\0'; p++)
        if (*p != '<' && *p != '>')
          g_string_append_c (out, *p);
      g_free (plain);
      plain = g_strstrip (g_string_free (out, FALSE));
      if (*plain == '\0')
        return NULL;
    }

  length = _pursuit_utf8_clip (plain, strlen (plain), max);
  plain[length] = '\0';
  g_strchomp (plain);

  return g_steal_pointer (&plain);
}

/* The first string of a string, an array of strings, or an object with
 * @key ("name", "@id", …). */
static const char *
first_string (JsonNode   *node,
              const char *key,
              guint       depth)
{
  const char *s;

  if (node == NULL || depth > MAX_SCHEMA_DEPTH)
    return NULL;

  if ((s = _pursuit_json_node_string (node)) != NULL)
    return s;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && i < 50; i++)
        if ((s = first_string (json_array_get_element (array, i), key, depth + 1)) != NULL)
          return s;
    }
  else if (JSON_NODE_HOLDS_OBJECT (node) && key != NULL)
    return first_string (_pursuit_json_get_member (json_node_get_object (node), key), NULL, depth + 1);

  return NULL;
}

static char *
number_text (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    {
      gint64 value = json_node_get_int (node);

      return value >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : NULL;
    }
  if (type == G_TYPE_DOUBLE)
    {
      double value = json_node_get_double (node);

      if (!(value >= 0 && value < 1e12))
        return NULL;
      return g_strdup_printf ("%.0f", value);
    }
  if (type == G_TYPE_STRING)
    return clean_text (json_node_get_string (node), 40);

  return NULL;
}

/* numberOfEmployees: 5000, "51-200" or a QuantitativeValue. */
static char *
employees_text (JsonNode *node,
                guint     depth)
{
  if (node == NULL || depth > MAX_SCHEMA_DEPTH)
    return NULL;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      return json_array_get_length (array) > 0
        ? employees_text (json_array_get_element (array, 0), depth + 1)
        : NULL;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autofree char *min = number_text (_pursuit_json_get_member (object, "minValue"));
      g_autofree char *max = number_text (_pursuit_json_get_member (object, "maxValue"));
      g_autofree char *value = number_text (_pursuit_json_get_member (object, "value"));

      if (min != NULL && max != NULL)
        return g_str_equal (min, max) ? g_steal_pointer (&min)
                                      : g_strdup_printf ("%s-%s", min, max);
      if (value != NULL)
        return g_steal_pointer (&value);
      if (min != NULL)
        return g_strdup_printf ("%s+", min);
      if (max != NULL)
        return g_steal_pointer (&max);
      return NULL;
    }

  return number_text (node);
}

static char *
address_text (JsonNode *node,
              guint     depth)
{
  JsonObject *object;
  const char *parts[3];
  g_autoptr(GString) out = NULL;
  const char *s;

  if (node == NULL || depth > MAX_SCHEMA_DEPTH)
    return NULL;

  if ((s = _pursuit_json_node_string (node)) != NULL)
    return clean_text (s, MAX_FIELD_LENGTH);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  object = json_node_get_object (node);

  /* A Place wraps its PostalAddress. */
  if (_pursuit_json_get_member (object, "address") != NULL)
    return address_text (_pursuit_json_get_member (object, "address"), depth + 1);

  parts[0] = _pursuit_json_node_string (_pursuit_json_get_member (object, "addressLocality"));
  parts[1] = _pursuit_json_node_string (_pursuit_json_get_member (object, "addressRegion"));
  parts[2] = first_string (_pursuit_json_get_member (object, "addressCountry"), "name", depth + 1);

  out = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *part = clean_text (parts[i], 100);

      if (part == NULL || strstr (out->str, part) != NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, part);
    }

  if (out->len == 0)
    return clean_text (_pursuit_json_node_string (_pursuit_json_get_member (object, "name")), MAX_FIELD_LENGTH);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_locations (GPtrArray *locations,
               JsonNode  *node,
               guint      depth)
{
  g_autofree char *text = NULL;

  if (node == NULL || depth > MAX_SCHEMA_DEPTH)
    return;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          if (locations->len >= MAX_LOCATIONS)
            return;
          add_locations (locations, json_array_get_element (array, i), depth + 1);
        }
      return;
    }

  text = address_text (node, depth);
  if (text == NULL || locations->len >= MAX_LOCATIONS)
    return;

  for (guint i = 0; i < locations->len; i++)
    if (g_str_equal (g_ptr_array_index (locations, i), text))
      return;

  g_ptr_array_add (locations, g_steal_pointer (&text));
}

/* An http(s) address, without tracking fluff; NULL for anything else. */
static char *
website_from (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *valid = NULL;
  const char *scheme;

  if (text == NULL || strlen (text) > 2048)
    return NULL;

  valid = g_strstrip (g_utf8_make_valid (text, -1));
  uri = g_uri_parse (valid, G_URI_FLAGS_PARSE_RELAXED | G_URI_FLAGS_NON_DNS, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return NULL;

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    return NULL;

  return g_uri_to_string_partial (uri, G_URI_HIDE_USERINFO);
}

/* The company's own site from url/sameAs: the first that is not a job
 * board or a social network. */
static char *
find_website (JsonObject *object)
{
  const char *members[] = { "url", "sameAs", "@id" };

  for (guint m = 0; m < G_N_ELEMENTS (members); m++)
    {
      JsonNode *node = _pursuit_json_get_member (object, members[m]);
      JsonArray *array;
      const char *s;

      if (node == NULL)
        continue;

      if ((s = _pursuit_json_node_string (node)) != NULL)
        {
          g_autofree char *domain = pursuit_company_domain_for_url (s);

          if (domain != NULL)
            return website_from (s);
          continue;
        }

      if (!JSON_NODE_HOLDS_ARRAY (node))
        continue;

      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array) && i < 50; i++)
        {
          g_autofree char *domain = NULL;

          s = _pursuit_json_node_string (json_array_get_element (array, i));
          domain = pursuit_company_domain_for_url (s);
          if (domain != NULL)
            return website_from (s);
        }
    }

  return NULL;
}

PursuitCompany *
pursuit_company_new_from_schema_org (JsonNode   *node,
                                     const char *page_url)
{
  g_autoptr(PursuitCompany) company = NULL;
  g_autoptr(GPtrArray) locations = NULL;
  g_autofree char *name = NULL;
  g_autofree char *website = NULL;
  g_autofree char *industry = NULL;
  g_autofree char *size = NULL;
  g_autofree char *description = NULL;
  g_autofree char *domain = NULL;
  JsonObject *object = NULL;

  if (node == NULL)
    return NULL;

  /* Some postings give a list of organizations: the first named one. */
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && i < 10; i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_ARRAY (element))
            continue;
          company = pursuit_company_new_from_schema_org (element, page_url);
          if (company != NULL)
            return g_steal_pointer (&company);
        }
      return NULL;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      object = json_node_get_object (node);
      name = clean_text (first_string (_pursuit_json_get_member (object, "name"), NULL, 0), MAX_NAME_LENGTH);
      if (name == NULL)
        name = clean_text (first_string (_pursuit_json_get_member (object, "legalName"), NULL, 0),
                           MAX_NAME_LENGTH);
    }
  else
    name = clean_text (_pursuit_json_node_string (node), MAX_NAME_LENGTH);

  if (name == NULL)
    return NULL;

  company = pursuit_company_new ();
  company->key = pursuit_company_key_for_name (name);
  if (company->key == NULL)
    return NULL;
  company->name = g_steal_pointer (&name);

  if (object != NULL)
    {
      website = find_website (object);
      industry = clean_text (first_string (_pursuit_json_get_member (object, "industry"), "name", 0),
                             MAX_FIELD_LENGTH);
      size = employees_text (_pursuit_json_get_member (object, "numberOfEmployees"), 0);
      description = clean_text (first_string (_pursuit_json_get_member (object, "description"), NULL, 0),
                                MAX_DESCRIPTION_LENGTH);

      locations = g_ptr_array_new_with_free_func (g_free);
      add_locations (locations, _pursuit_json_get_member (object, "address"), 0);
      add_locations (locations, _pursuit_json_get_member (object, "location"), 0);
      if (locations->len > 0)
        {
          g_ptr_array_add (locations, NULL);
          set_strv (&company->locations, (const char * const *) locations->pdata);
        }
    }

  if (website != NULL)
    domain = pursuit_company_domain_for_url (website);
  /* The posting's own page, when it is on the company's site. */
  if (domain == NULL && page_url != NULL)
    domain = pursuit_company_domain_for_url (page_url);

  company->website = g_steal_pointer (&website);
  company->industry = g_steal_pointer (&industry);
  company->size = g_steal_pointer (&size);
  company->description = g_steal_pointer (&description);
  company->domain = g_steal_pointer (&domain);

  {
    const char *names[] = { company->name, NULL };

    set_strv (&company->names, names);
  }

  return g_steal_pointer (&company);
}
