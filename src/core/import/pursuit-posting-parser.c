/* pursuit-posting-parser.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-posting-parser"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

#include "pursuit-html-text.h"
#include "pursuit-import-error.h"
#include "pursuit-json-private.h"
#include "pursuit-posting-parser.h"

/* json-glib's parser recurses once per level; real JSON-LD and board
 * responses stay under ten. */
#define MAX_JSON_DEPTH 128
/* How deep to look for a JobPosting inside a JSON-LD document. */
#define MAX_SEARCH_DEPTH 16
/* Items nested in a microdata posting (organization, place, address, ...). */
#define MAX_MICRODATA_DEPTH 8
#define MAX_LOCATIONS 20
/* Larger amounts are typos or attacks, not salaries. */
#define MAX_AMOUNT 1e12

typedef struct
{
  GPtrArray *json_ld;     /* (element-type utf8): texts of ld+json scripts */
  GPtrArray *microdata;   /* (element-type xmlNode) (transfer none): JobPosting items */
  char      *title;
  char      *og_title;
} PageScan;

typedef struct
{
  gint64      min;
  gint64      max;
  gboolean    has_min;
  gboolean    has_max;
  char       *currency;
  const char *period;
} Salary;

static void
page_scan_clear (PageScan *scan)
{
  g_clear_pointer (&scan->json_ld, g_ptr_array_unref);
  g_clear_pointer (&scan->microdata, g_ptr_array_unref);
  g_clear_pointer (&scan->title, g_free);
  g_clear_pointer (&scan->og_title, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PageScan, page_scan_clear)

static void
salary_clear (Salary *salary)
{
  g_clear_pointer (&salary->currency, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Salary, salary_clear)

/* Text helpers */

static gboolean
is_blank (const char *text)
{
  return text == NULL || text[0] == '\0';
}

/* Collapses the white space of text taken from the DOM, whose entities
 * the HTML parser already decoded. */
static char *
collapse_space (const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL)
    return NULL;

  escaped = g_markup_escape_text (text, -1);
  return pursuit_html_inline_to_text (escaped);
}

static char *
get_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *)name);
  char *copy;

  if (value == NULL)
    return NULL;

  copy = g_strdup ((const char *)value);
  xmlFree (value);
  return copy;
}

static char *
get_content (xmlNode *node)
{
  xmlChar *value = xmlNodeGetContent (node);
  char *copy;

  if (value == NULL)
    return NULL;

  copy = g_strdup ((const char *)value);
  xmlFree (value);
  return copy;
}

static gboolean
name_is (xmlNode    *node,
         const char *name)
{
  return node->name != NULL && g_ascii_strcasecmp ((const char *)node->name, name) == 0;
}

/* The next node of a depth-first walk below @top, or NULL at the end. */
static xmlNode *
next_node (xmlNode  *node,
           xmlNode  *top,
           gboolean  descend)
{
  if (descend && node->children != NULL)
    return node->children;

  while (node != NULL && node != top)
    {
      if (node->next != NULL)
        return node->next;
      node = node->parent;
    }

  return NULL;
}

/* Shared normalizers */

/**
 * pursuit_posting_parse_json:
 * @data: JSON text
 * @length: the length of @data in bytes
 * @error: return location for a #GError
 *
 * Parses JSON from outside: checks that it is UTF-8 and not nested deeper
 * than json-glib can parse without exhausting the stack.
 *
 * Returns: (transfer full) (nullable): the root node, or %NULL with
 *   @error set to %PURSUIT_IMPORT_ERROR_ENCODING or
 *   %PURSUIT_IMPORT_ERROR_MALFORMED
 */
JsonNode *
pursuit_posting_parse_json (const char  *data,
                            gsize        length,
                            GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > G_MAXSSIZE || !g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_ENCODING,
                   _("The data is not valid UTF-8 text"));
      return NULL;
    }

  if (!_pursuit_json_is_shallow (data, length, MAX_JSON_DEPTH))
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                   _("The JSON data is nested too deeply"));
      return NULL;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                   _("The data is not valid JSON: %s"), local_error->message);
      return NULL;
    }

  root = json_parser_steal_root (parser);
  if (root == NULL)
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                   _("The JSON data is empty"));
      return NULL;
    }

  return root;
}

/* Accepts "120000", "120000.50" and "120,000"; nothing else. */
static gboolean
parse_amount_text (const char *text,
                   double     *out_value)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  const char *p = stripped;
  guint group = 0;
  gboolean grouped = FALSE;
  char *end = NULL;
  double value;

  if (!g_ascii_isdigit (*p))
    return FALSE;

  for (; g_ascii_isdigit (*p) || *p == ','; p++)
    {
      if (*p == ',')
        {
          if ((grouped && group != 3) || (!grouped && (group == 0 || group > 3)))
            return FALSE;
          grouped = TRUE;
          group = 0;
          continue;
        }
      g_string_append_c (digits, *p);
      group++;
    }

  if (grouped && group != 3)
    return FALSE;

  if (*p == '.')
    {
      g_string_append_c (digits, *p++);
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p++);
    }

  if (*p != '\0')
    return FALSE;

  value = g_ascii_strtod (digits->str, &end);
  if (end == NULL || *end != '\0')
    return FALSE;

  *out_value = value;
  return TRUE;
}

/**
 * pursuit_posting_read_amount:
 * @node: (nullable): a JSON number, or a string holding one
 * @out_amount: (out): the amount in whole units
 *
 * Reads a salary amount. Negative, non-finite and absurdly large values,
 * and values of any other type are refused.
 *
 * Returns: whether @node held an amount
 */
gboolean
pursuit_posting_read_amount (JsonNode *node,
                             gint64   *out_amount)
{
  double value;

  g_return_val_if_fail (out_amount != NULL, FALSE);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      value = (double)json_node_get_int (node);
      break;

    case G_TYPE_DOUBLE:
      value = json_node_get_double (node);
      break;

    case G_TYPE_STRING:
      if (!parse_amount_text (json_node_get_string (node), &value))
        return FALSE;
      break;

    default:
      return FALSE;
    }

  if (!isfinite (value) || value < 0 || value > MAX_AMOUNT)
    return FALSE;

  *out_amount = (gint64)llround (value);
  return TRUE;
}

static gboolean
read_two_digits (const char *p,
                 int        *out_value)
{
  if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
    return FALSE;

  *out_value = g_ascii_digit_value (p[0]) * 10 + g_ascii_digit_value (p[1]);
  return TRUE;
}

/* "hh:mm", "hh:mm:ss" or "hh:mm:ss.fff", then "Z", "+hh:mm", "+hhmm",
 * "+hh" or nothing. GLib's parser wants the seconds, pages often omit
 * them. */
static gboolean
is_iso_time (const char *p)
{
  int hour, minute, second = 0;
  int offset_hour, offset_minute = 0;

  if (!read_two_digits (p, &hour) || p[2] != ':' || !read_two_digits (p + 3, &minute))
    return FALSE;
  p += 5;

  if (*p == ':')
    {
      if (!read_two_digits (p + 1, &second))
        return FALSE;
      p += 3;

      if (*p == '.' || *p == ',')
        {
          p++;
          if (!g_ascii_isdigit (*p))
            return FALSE;
          while (g_ascii_isdigit (*p))
            p++;
        }
    }

  if (hour > 23 || minute > 59 || second > 60)
    return FALSE;

  if (*p == 'Z' || *p == 'z')
    p++;
  else if (*p == '+' || *p == '-')
    {
      if (!read_two_digits (p + 1, &offset_hour))
        return FALSE;
      p += 3;
      if (*p == ':')
        p++;
      if (*p != '\0')
        {
          if (!read_two_digits (p, &offset_minute))
            return FALSE;
          p += 2;
        }
      if (offset_hour > 14 || offset_minute > 59)
        return FALSE;
    }

  return *p == '\0';
}

/**
 * pursuit_posting_normalize_date:
 * @text: (nullable): an ISO 8601 date ("2024-01-05") or date and time
 *   ("2024-01-05T10:00:00-05:00")
 *
 * Returns the calendar date as written (in the zone of @text).
 *
 * Returns: (transfer full) (nullable): "YYYY-MM-DD", or %NULL if @text is
 *   not a valid ISO 8601 date or date-time
 */
char *
pursuit_posting_normalize_date (const char *text)
{
  g_autofree char *stripped = NULL;
  int year, month, day;

  if (text == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (text));
  if (strlen (stripped) < 10)
    return NULL;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (stripped[i] != '-')
            return NULL;
        }
      else if (!g_ascii_isdigit (stripped[i]))
        return NULL;
    }

  year = atoi (stripped);
  month = atoi (stripped + 5);
  day = atoi (stripped + 8);
  if (year < 1900 || !g_date_valid_dmy (day, month, year))
    return NULL;

  if (stripped[10] != '\0' &&
      ((stripped[10] != 'T' && stripped[10] != 't' && stripped[10] != ' ') ||
       !is_iso_time (stripped + 11)))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/**
 * pursuit_posting_normalize_url:
 * @text: (nullable): an address, possibly relative
 * @base: (nullable): the address of the page @text comes from
 *
 * Resolves @text against @base and keeps it only if it is a valid http or
 * https address, so that no "javascript:" or "file:" link gets stored.
 *
 * Returns: (transfer full) (nullable): the absolute address, or %NULL
 */
char *
pursuit_posting_normalize_url (const char *text,
                               const char *base)
{
  g_autofree char *stripped = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *scheme = NULL;

  if (text == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    return NULL;

  if (base != NULL && g_uri_is_valid (base, G_URI_FLAGS_PARSE_RELAXED, NULL))
    resolved = g_uri_resolve_relative (base, stripped, G_URI_FLAGS_PARSE_RELAXED, NULL);
  else
    resolved = g_strdup (stripped);

  if (resolved == NULL)
    return NULL;

  scheme = g_uri_parse_scheme (resolved);
  if (scheme == NULL ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0) ||
      !g_uri_is_valid (resolved, G_URI_FLAGS_PARSE_RELAXED, NULL))
    return NULL;

  return g_steal_pointer (&resolved);
}

/**
 * pursuit_posting_normalize_currency:
 * @text: (nullable): a currency code such as "usd" or "EUR"
 *
 * Returns: (transfer full) (nullable): the upper-case three-letter code, or
 *   %NULL if @text is not one
 */
char *
pursuit_posting_normalize_currency (const char *text)
{
  g_autofree char *stripped = NULL;

  if (text == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (text));
  if (strlen (stripped) != 3 ||
      !g_ascii_isalpha (stripped[0]) || !g_ascii_isalpha (stripped[1]) || !g_ascii_isalpha (stripped[2]))
    return NULL;

  return g_ascii_strup (stripped, -1);
}

static const struct {
  const char *key;
  const char *label;
} employment_types[] = {
  { "fulltime", "full-time" },
  { "parttime", "part-time" },
  { "contractor", "contract" },
  { "contract", "contract" },
  { "temporary", "temporary" },
  { "intern", "internship" },
  { "internship", "internship" },
  { "volunteer", "volunteer" },
  { "perdiem", "per diem" },
  { "freelance", "freelance" },
  { "other", "other" },
};

static char *
normalize_employment_token (const char *token)
{
  g_autofree char *text = pursuit_html_inline_to_text (token);
  g_autoptr(GString) key = NULL;

  if (text == NULL)
    return NULL;

  key = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    if (*p != ' ' && *p != '-' && *p != '_')
      g_string_append_c (key, g_ascii_tolower (*p));

  for (guint i = 0; i < G_N_ELEMENTS (employment_types); i++)
    if (g_str_equal (key->str, employment_types[i].key))
      return g_strdup (employment_types[i].label);

  return g_steal_pointer (&text);
}

/**
 * pursuit_posting_normalize_employment_type:
 * @text: (nullable): one or more comma-separated employment types, as
 *   schema.org ("FULL_TIME"), Ashby ("FullTime") or people ("Full time")
 *   write them
 *
 * Returns: (transfer full) (nullable): lower-case labels such as
 *   "full-time, contract", or %NULL if @text is empty
 */
char *
pursuit_posting_normalize_employment_type (const char *text)
{
  g_auto(GStrv) tokens = NULL;
  g_autoptr(GPtrArray) labels = NULL;

  if (text == NULL)
    return NULL;

  tokens = g_strsplit (text, ",", -1);
  labels = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      g_autofree char *label = normalize_employment_token (tokens[i]);

      if (label != NULL && !g_ptr_array_find_with_equal_func (labels, label, g_str_equal, NULL))
        g_ptr_array_add (labels, g_steal_pointer (&label));
    }

  if (labels->len == 0)
    return NULL;

  g_ptr_array_add (labels, NULL);
  return g_strjoinv (", ", (char **)labels->pdata);
}

/**
 * pursuit_posting_normalize_salary_period:
 * @text: (nullable): a schema.org unitText ("YEAR", "HOUR", ...), also
 *   "yearly", "annual", "1 YEAR" or "per month"
 *
 * Returns: (nullable): "YEAR", "MONTH", "WEEK", "DAY", "HOUR", or %NULL
 */
const char *
pursuit_posting_normalize_salary_period (const char *text)
{
  static const struct {
    const char *name;
    const char *period;
  } periods[] = {
    { "HOUR", "HOUR" }, { "HOURLY", "HOUR" }, { "HR", "HOUR" },
    { "DAY", "DAY" }, { "DAILY", "DAY" },
    { "WEEK", "WEEK" }, { "WEEKLY", "WEEK" },
    { "MONTH", "MONTH" }, { "MONTHLY", "MONTH" },
    { "YEAR", "YEAR" }, { "YEARLY", "YEAR" }, { "ANNUAL", "YEAR" }, { "ANNUALLY", "YEAR" },
    { "ANNUM", "YEAR" },
  };
  g_autofree char *upper = NULL;
  const char *name;

  if (text == NULL)
    return NULL;

  upper = g_strstrip (g_ascii_strup (text, -1));
  name = upper;
  if (g_str_has_prefix (name, "1 "))
    name += 2;
  else if (g_str_has_prefix (name, "PER "))
    name += 4;

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    if (g_str_equal (name, periods[i].name))
      return periods[i].period;

  return NULL;
}

/**
 * pursuit_posting_source_for_url:
 * @url: (nullable): the address a posting came from
 *
 * Returns: (transfer full): the host of @url without "www." (for example
 *   "example.com"), or "web" if it has none
 */
char *
pursuit_posting_source_for_url (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (url == NULL || (uri = g_uri_parse (url, G_URI_FLAGS_PARSE_RELAXED, NULL)) == NULL)
    return g_strdup ("web");

  host = g_uri_get_host (uri);
  if (is_blank (host))
    return g_strdup ("web");

  if (g_ascii_strncasecmp (host, "www.", 4) == 0 && host[4] != '\0')
    host += 4;

  return g_ascii_strdown (host, -1);
}

/* JSON-LD */

static const char *
node_string (JsonNode *node)
{
  if (_pursuit_json_node_string (node) != NULL)
    return _pursuit_json_node_string (node);

  /* Expanded JSON-LD: { "@value": "..." } */
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    return node_string (json_object_get_member (json_node_get_object (node), "@value"));

  return NULL;
}

static JsonObject *
node_object (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_node_get_object (node);
}

/* A short text member, entities decoded and white space collapsed. */
static char *
member_text (JsonObject *object,
             const char *name)
{
  return pursuit_html_inline_to_text (node_string (_pursuit_json_get_member (object, name)));
}

static gboolean
is_posting_type_name (const char *type)
{
  const char *name = type;

  if (name == NULL)
    return FALSE;

  if (g_str_has_prefix (name, "http://"))
    name += strlen ("http://");
  else if (g_str_has_prefix (name, "https://"))
    name += strlen ("https://");
  else if (g_str_has_prefix (name, "schema:"))
    name += strlen ("schema:");

  if (name != type && g_str_has_prefix (name, "www."))
    name += strlen ("www.");
  if (name != type && g_str_has_prefix (name, "schema.org/"))
    name += strlen ("schema.org/");

  return g_ascii_strcasecmp (name, "JobPosting") == 0;
}

static gboolean
is_posting (JsonObject *object)
{
  JsonNode *type = _pursuit_json_get_member (object, "@type");

  if (type == NULL)
    return FALSE;

  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *types = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (types); i++)
        if (is_posting_type_name (node_string (json_array_get_element (types, i))))
          return TRUE;

      return FALSE;
    }

  return is_posting_type_name (node_string (type));
}

/* Collects the JobPosting objects of a JSON-LD document: at the top, in
 * arrays, in @graph, or nested (a WebPage's mainEntity). */
static void
find_postings (JsonNode  *node,
               guint      depth,
               GPtrArray *found)
{
  if (node == NULL || depth > MAX_SEARCH_DEPTH)
    return;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        find_postings (json_array_get_element (array, i), depth + 1, found);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = NULL;

      if (is_posting (object))
        {
          g_ptr_array_add (found, json_object_ref (object));
          return;
        }

      members = json_object_get_members (object);
      for (GList *l = members; l != NULL; l = l->next)
        find_postings (json_object_get_member (object, l->data), depth + 1, found);
    }
}

static char *
organization_name (JsonNode *node,
                   gboolean  allow_array)
{
  JsonObject *object;
  char *name;

  if (node == NULL)
    return NULL;

  if (allow_array && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if ((name = organization_name (json_array_get_element (array, i), FALSE)) != NULL)
          return name;

      return NULL;
    }

  if (node_string (node) != NULL)
    return pursuit_html_inline_to_text (node_string (node));

  if ((object = node_object (node)) == NULL)
    return NULL;

  if ((name = member_text (object, "name")) != NULL)
    return name;

  return member_text (object, "legalName");
}

static char *
country_name (JsonNode *node)
{
  if (node_string (node) != NULL)
    return pursuit_html_inline_to_text (node_string (node));

  return member_text (node_object (node), "name");
}

static char *
address_text (JsonNode *node)
{
  g_autoptr(GPtrArray) parts = NULL;
  JsonObject *address;
  char *part;

  if (node_string (node) != NULL)
    return pursuit_html_inline_to_text (node_string (node));

  if ((address = node_object (node)) == NULL)
    return NULL;

  parts = g_ptr_array_new_with_free_func (g_free);
  if ((part = member_text (address, "addressLocality")) != NULL)
    g_ptr_array_add (parts, part);
  if ((part = member_text (address, "addressRegion")) != NULL)
    g_ptr_array_add (parts, part);
  if ((part = country_name (_pursuit_json_get_member (address, "addressCountry"))) != NULL)
    g_ptr_array_add (parts, part);

  /* "Berlin, Berlin, DE" says the city twice. */
  for (guint i = 1; i < parts->len;)
    {
      if (g_utf8_collate (g_ptr_array_index (parts, i - 1), g_ptr_array_index (parts, i)) == 0)
        g_ptr_array_remove_index (parts, i);
      else
        i++;
    }

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **)parts->pdata);
}

static char *
place_text (JsonNode *node)
{
  JsonObject *place;
  JsonNode *address;
  char *text;

  if (node_string (node) != NULL)
    return pursuit_html_inline_to_text (node_string (node));

  if ((place = node_object (node)) == NULL)
    return NULL;

  address = _pursuit_json_get_member (place, "address");
  if (address != NULL && JSON_NODE_HOLDS_ARRAY (address))
    {
      JsonArray *array = json_node_get_array (address);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if ((text = address_text (json_array_get_element (array, i))) != NULL)
          return text;
    }
  else if ((text = address_text (address)) != NULL)
    return text;

  return member_text (place, "name");
}

/* Joins the places of @node (one, or an array of them) with @separator. */
static char *
places_text (JsonNode   *node,
             const char *separator)
{
  g_autoptr(GPtrArray) places = NULL;

  if (node == NULL)
    return NULL;

  places = g_ptr_array_new_with_free_func (g_free);
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && places->len < MAX_LOCATIONS; i++)
        {
          g_autofree char *text = place_text (json_array_get_element (array, i));

          if (text != NULL && !g_ptr_array_find_with_equal_func (places, text, g_str_equal, NULL))
            g_ptr_array_add (places, g_steal_pointer (&text));
        }
    }
  else
    {
      char *text = place_text (node);

      if (text != NULL)
        g_ptr_array_add (places, text);
    }

  if (places->len == 0)
    return NULL;

  g_ptr_array_add (places, NULL);
  return g_strjoinv (separator, (char **)places->pdata);
}

static gboolean
is_telecommute (JsonNode *node)
{
  const char *text;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (is_telecommute (json_array_get_element (array, i)))
          return TRUE;

      return FALSE;
    }

  text = node_string (node);
  if (text == NULL)
    return FALSE;

  while (g_ascii_isspace (*text))
    text++;

  return g_ascii_strncasecmp (text, "TELECOMMUTE", strlen ("TELECOMMUTE")) == 0;
}

static void
read_range (JsonObject *object,
            Salary     *salary)
{
  gint64 amount;

  if (!salary->has_min && pursuit_posting_read_amount (_pursuit_json_get_member (object, "minValue"), &amount))
    {
      salary->min = amount;
      salary->has_min = TRUE;
    }

  if (!salary->has_max && pursuit_posting_read_amount (_pursuit_json_get_member (object, "maxValue"), &amount))
    {
      salary->max = amount;
      salary->has_max = TRUE;
    }

  if (!salary->has_min && !salary->has_max &&
      (pursuit_posting_read_amount (_pursuit_json_get_member (object, "value"), &amount) ||
       pursuit_posting_read_amount (_pursuit_json_get_member (object, "median"), &amount)))
    {
      salary->min = salary->max = amount;
      salary->has_min = salary->has_max = TRUE;
    }

  if (salary->period == NULL)
    salary->period =
      pursuit_posting_normalize_salary_period (node_string (_pursuit_json_get_member (object, "unitText")));
}

/* baseSalary or estimatedSalary: a MonetaryAmount (or an array of them)
 * whose value is a number or a QuantitativeValue. */
static gboolean
read_salary (JsonNode *node,
             Salary   *salary)
{
  JsonObject *amount;
  JsonNode *value;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (read_salary (json_array_get_element (array, i), salary))
          return TRUE;

      return FALSE;
    }

  if ((amount = node_object (node)) == NULL)
    return FALSE;

  value = _pursuit_json_get_member (amount, "value");
  if (value != NULL && JSON_NODE_HOLDS_ARRAY (value) && json_array_get_length (json_node_get_array (value)) > 0)
    value = json_array_get_element (json_node_get_array (value), 0);

  if (node_object (value) != NULL)
    read_range (node_object (value), salary);
  else if (pursuit_posting_read_amount (value, &salary->min))
    {
      salary->max = salary->min;
      salary->has_min = salary->has_max = TRUE;
    }

  /* MonetaryAmount has minValue and maxValue of its own. */
  read_range (amount, salary);

  if (!salary->has_min && !salary->has_max)
    {
      salary->period = NULL;
      return FALSE;
    }

  salary->currency =
    pursuit_posting_normalize_currency (node_string (_pursuit_json_get_member (amount, "currency")));
  return TRUE;
}

static char *
employment_type_text (JsonNode *node)
{
  g_autoptr(GString) joined = NULL;

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return pursuit_posting_normalize_employment_type (node_string (node));

  joined = g_string_new (NULL);
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      const char *type = node_string (json_array_get_element (json_node_get_array (node), i));

      if (type == NULL)
        continue;
      if (joined->len > 0)
        g_string_append_c (joined, ',');
      g_string_append (joined, type);
    }

  return pursuit_posting_normalize_employment_type (joined->str);
}

static char *
apply_url (JsonObject *posting,
           const char *url,
           const char *base)
{
  JsonNode *direct_apply = _pursuit_json_get_member (posting, "directApply");
  JsonNode *action = _pursuit_json_get_member (posting, "potentialAction");
  g_autofree char *text = NULL;
  char *found;

  if (action != NULL && JSON_NODE_HOLDS_ARRAY (action) && json_array_get_length (json_node_get_array (action)) > 0)
    action = json_array_get_element (json_node_get_array (action), 0);

  if (node_object (action) != NULL)
    {
      JsonNode *target = _pursuit_json_get_member (node_object (action), "target");

      if (node_string (target) != NULL)
        text = pursuit_html_inline_to_text (node_string (target));
      else
        text = member_text (node_object (target), "urlTemplate");

      if ((found = pursuit_posting_normalize_url (text, base)) != NULL)
        return found;
      g_clear_pointer (&text, g_free);
    }

  /* Not schema.org, but common. */
  text = member_text (posting, "applyUrl");
  if ((found = pursuit_posting_normalize_url (text, base)) != NULL)
    return found;
  g_clear_pointer (&text, g_free);

  /* directApply is a boolean; some pages put an absolute address there. */
  text = pursuit_html_inline_to_text (node_string (direct_apply));
  if ((found = pursuit_posting_normalize_url (text, NULL)) != NULL)
    return found;

  if (direct_apply != NULL && JSON_NODE_HOLDS_VALUE (direct_apply) &&
      json_node_get_value_type (direct_apply) == G_TYPE_BOOLEAN &&
      json_node_get_boolean (direct_apply))
    return g_strdup (url);

  return NULL;
}

/* Plain text keeps its lines, with at most one blank line in a row. */
static char *
plain_paragraphs (const char *text)
{
  g_autofree char *decoded = pursuit_html_unescape (text, -1);
  g_auto(GStrv) lines = g_strsplit (decoded, "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean blank = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = collapse_space (lines[i]);

      if (line == NULL)
        {
          blank = out->len > 0;
          continue;
        }

      if (out->len > 0)
        g_string_append (out, blank ? "\n\n" : "\n");
      g_string_append (out, line);
      blank = FALSE;
    }

  if (out->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
description_text (JsonNode *node)
{
  const char *html = node_string (node);
  g_autofree char *text = NULL;

  if (html == NULL)
    return NULL;

  /* Many pages put plain text with line breaks in the description. */
  if (strchr (html, '<') == NULL)
    return plain_paragraphs (html);

  text = pursuit_html_to_text (html, -1);
  if (text[0] == '\0')
    return NULL;

  return g_steal_pointer (&text);
}

/* Builds a job from a JobPosting object (JSON-LD, or microdata turned into
 * the same shape). Members of the wrong type are left out. */
static PursuitJob *
job_from_posting (JsonObject *posting,
                  const char *page_url)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autofree char *title = NULL;
  g_autofree char *company = NULL;
  g_autofree char *location = NULL;
  g_autofree char *description = NULL;
  g_autofree char *posted = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *employment_type = NULL;
  g_autofree char *url_text = NULL;
  g_autofree char *url = NULL;
  g_autofree char *apply = NULL;
  g_autofree char *source = NULL;
  g_auto(Salary) salary = { 0, };

  title = member_text (posting, "title");
  if (title == NULL)
    title = member_text (posting, "name");

  company = organization_name (_pursuit_json_get_member (posting, "hiringOrganization"), TRUE);

  location = places_text (_pursuit_json_get_member (posting, "jobLocation"), "; ");
  if (location == NULL)
    location = places_text (_pursuit_json_get_member (posting, "applicantLocationRequirements"), ", ");

  if (read_salary (_pursuit_json_get_member (posting, "baseSalary"), &salary) ||
      read_salary (_pursuit_json_get_member (posting, "estimatedSalary"), &salary))
    {
      if (salary.has_min && salary.has_max && salary.min > salary.max)
        {
          gint64 tmp = salary.min;

          salary.min = salary.max;
          salary.max = tmp;
        }

      if (salary.has_min)
        pursuit_job_set_salary_min (job, salary.min);
      if (salary.has_max)
        pursuit_job_set_salary_max (job, salary.max);
      if (salary.currency == NULL)
        salary.currency =
          pursuit_posting_normalize_currency (node_string (_pursuit_json_get_member (posting, "salaryCurrency")));
      pursuit_job_set_currency (job, salary.currency);
      pursuit_job_set_salary_period (job, salary.period);
    }

  description = description_text (_pursuit_json_get_member (posting, "description"));
  posted = pursuit_posting_normalize_date (node_string (_pursuit_json_get_member (posting, "datePosted")));
  deadline = pursuit_posting_normalize_date (node_string (_pursuit_json_get_member (posting, "validThrough")));
  employment_type = employment_type_text (_pursuit_json_get_member (posting, "employmentType"));

  url_text = member_text (posting, "url");
  url = pursuit_posting_normalize_url (url_text, page_url);
  if (url == NULL)
    url = pursuit_posting_normalize_url (page_url, NULL);
  apply = apply_url (posting, url, page_url);
  source = pursuit_posting_source_for_url (page_url);

  pursuit_job_set_title (job, title);
  pursuit_job_set_company (job, company);
  pursuit_job_set_location (job, location);
  pursuit_job_set_remote (job, is_telecommute (_pursuit_json_get_member (posting, "jobLocationType")));
  pursuit_job_set_description (job, description);
  pursuit_job_set_posted_date (job, posted);
  pursuit_job_set_deadline (job, deadline);
  pursuit_job_set_employment_type (job, employment_type);
  pursuit_job_set_url (job, url);
  pursuit_job_set_apply_url (job, apply);
  pursuit_job_set_source (job, source);

  return g_steal_pointer (&job);
}

/* Microdata */

static gboolean
is_posting_element (xmlNode *node)
{
  g_autofree char *itemtype = NULL;
  g_auto(GStrv) types = NULL;

  if (xmlHasProp (node, (const xmlChar *)"itemscope") == NULL ||
      (itemtype = get_attribute (node, "itemtype")) == NULL)
    return FALSE;

  types = g_strsplit_set (itemtype, " \t\n\r\f", -1);
  for (guint i = 0; types[i] != NULL; i++)
    if (is_posting_type_name (types[i]))
      return TRUE;

  return FALSE;
}

static void
add_property (JsonObject *object,
              const char *name,
              JsonNode   *value)
{
  JsonNode *existing = _pursuit_json_get_member (object, name);

  if (existing == NULL)
    {
      json_object_set_member (object, name, value);
    }
  else if (JSON_NODE_HOLDS_ARRAY (existing))
    {
      json_array_add_element (json_node_get_array (existing), value);
    }
  else
    {
      g_autoptr(JsonArray) values = json_array_new ();

      json_array_add_element (values, json_node_copy (existing));
      json_array_add_element (values, value);
      json_object_set_array_member (object, name, g_steal_pointer (&values));
    }
}

static char *
element_html (xmlNode *node)
{
  xmlBufferPtr buffer = xmlBufferCreate ();
  char *html = NULL;

  if (buffer == NULL)
    return NULL;

  if (htmlNodeDump (buffer, node->doc, node) >= 0)
    html = g_strdup ((const char *)xmlBufferContent (buffer));
  xmlBufferFree (buffer);

  return html;
}

/* The value of a microdata property, as JSON-LD would hold it: text
 * values escaped, so that decoding them gives back the page's text. */
static JsonNode *
property_value (xmlNode    *node,
                const char *name)
{
  static const struct {
    const char *element;
    const char *attribute;
  } attributes[] = {
    { "meta", "content" },
    { "a", "href" }, { "area", "href" }, { "link", "href" },
    { "audio", "src" }, { "embed", "src" }, { "iframe", "src" }, { "img", "src" },
    { "source", "src" }, { "track", "src" }, { "video", "src" },
    { "object", "data" },
    { "data", "value" }, { "meter", "value" },
    { "time", "datetime" },
  };
  g_autofree char *raw = NULL;
  g_autofree char *escaped = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (attributes) && raw == NULL; i++)
    if (name_is (node, attributes[i].element))
      raw = get_attribute (node, attributes[i].attribute);

  if (raw == NULL)
    {
      /* The description keeps its markup for the paragraphs. */
      if (g_str_equal (name, "description"))
        {
          g_autofree char *html = element_html (node);

          return html != NULL ? json_node_init_string (json_node_alloc (), html) : NULL;
        }

      raw = get_content (node);
    }

  if (raw == NULL)
    return NULL;

  escaped = g_markup_escape_text (raw, -1);
  return json_node_init_string (json_node_alloc (), escaped);
}

/* Turns the microdata item at @root into an object shaped like JSON-LD. */
static JsonObject *
microdata_item (xmlNode *root,
                guint    depth)
{
  g_autoptr(JsonObject) item = json_object_new ();
  g_autofree char *itemtype = get_attribute (root, "itemtype");
  xmlNode *node;

  if (itemtype != NULL)
    {
      g_auto(GStrv) types = g_strsplit_set (g_strstrip (itemtype), " \t\n\r\f", 2);

      if (types[0] != NULL && types[0][0] != '\0')
        json_object_set_string_member (item, "@type", types[0]);
    }

  node = next_node (root, root, TRUE);
  while (node != NULL)
    {
      gboolean scope = FALSE;

      if (node->type == XML_ELEMENT_NODE)
        {
          g_autofree char *itemprop = get_attribute (node, "itemprop");
          g_auto(GStrv) names = NULL;
          JsonNode *value = NULL;

          scope = xmlHasProp (node, (const xmlChar *)"itemscope") != NULL;
          names = itemprop != NULL ? g_strsplit_set (itemprop, " \t\n\r\f", -1) : NULL;

          for (guint i = 0; names != NULL && names[i] != NULL; i++)
            {
              if (names[i][0] == '\0')
                continue;

              if (scope && depth < MAX_MICRODATA_DEPTH)
                {
                  g_autoptr(JsonObject) nested = microdata_item (node, depth + 1);

                  value = json_node_init_object (json_node_alloc (), nested);
                }
              else if (!scope)
                value = property_value (node, names[i]);

              if (value != NULL)
                add_property (item, names[i], g_steal_pointer (&value));
            }
        }

      /* A nested item's properties are its own. */
      node = next_node (node, root, node->type == XML_ELEMENT_NODE && !scope);
    }

  return g_steal_pointer (&item);
}

/* The page */

static gboolean
is_json_ld_script (xmlNode *node)
{
  g_autofree char *type = get_attribute (node, "type");

  if (type == NULL)
    return FALSE;

  g_strstrip (type);
  return g_ascii_strncasecmp (type, "application/ld+json", strlen ("application/ld+json")) == 0 &&
         (type[strlen ("application/ld+json")] == '\0' || type[strlen ("application/ld+json")] == ';');
}

static void
scan_page (htmlDocPtr  doc,
           PageScan   *scan)
{
  xmlNode *top = (xmlNode *)doc;
  xmlNode *node = top;

  scan->json_ld = g_ptr_array_new_with_free_func (g_free);
  scan->microdata = g_ptr_array_new ();

  while (node != NULL)
    {
      gboolean descend = TRUE;

      if (node->type == XML_ELEMENT_NODE)
        {
          if (name_is (node, "script"))
            {
              if (is_json_ld_script (node))
                {
                  char *text = get_content (node);

                  if (text != NULL)
                    g_ptr_array_add (scan->json_ld, text);
                }
              descend = FALSE;
            }
          else if (name_is (node, "svg") || name_is (node, "style") || name_is (node, "template"))
            {
              descend = FALSE;
            }
          else if (name_is (node, "title"))
            {
              if (scan->title == NULL)
                {
                  g_autofree char *text = get_content (node);

                  scan->title = collapse_space (text);
                }
              descend = FALSE;
            }
          else if (name_is (node, "meta"))
            {
              g_autofree char *property = get_attribute (node, "property");
              g_autofree char *name = get_attribute (node, "name");

              if (scan->og_title == NULL &&
                  (g_strcmp0 (property, "og:title") == 0 || g_strcmp0 (name, "og:title") == 0))
                {
                  g_autofree char *content = get_attribute (node, "content");

                  scan->og_title = collapse_space (content);
                }
            }

          if (is_posting_element (node))
            g_ptr_array_add (scan->microdata, node);
        }

      node = next_node (node, top, descend);
    }
}

static gboolean
is_complete (PursuitJob *job)
{
  return !is_blank (pursuit_job_get_company (job)) && !is_blank (pursuit_job_get_description (job));
}

/* Keeps the first posting with a title in @best; returns TRUE once it
 * found a complete one. */
static void
set_posting (JsonObject **field,
             JsonObject  *posting)
{
  if (posting != NULL)
    json_object_ref (posting);
  g_clear_pointer (field, json_object_unref);
  *field = posting;
}

/* @best_posting follows @best, for the company it names. */
static gboolean
consider_posting (JsonObject  *posting,
                  const char  *page_url,
                  PursuitJob **best,
                  JsonObject **best_posting)
{
  g_autoptr(PursuitJob) job = job_from_posting (posting, page_url);

  if (is_blank (pursuit_job_get_title (job)))
    return FALSE;

  if (is_complete (job))
    {
      g_set_object (best, job);
      set_posting (best_posting, posting);
      return TRUE;
    }

  if (*best == NULL)
    {
      *best = g_steal_pointer (&job);
      set_posting (best_posting, posting);
    }

  return FALSE;
}

static const char *
strip_comment_markers (char *text)
{
  char *p = g_strstrip (text);
  gsize len;

  /* Old pages hide scripts from old browsers in comments or CDATA. */
  if (g_str_has_prefix (p, "<!--"))
    p += 4;
  else if (g_str_has_prefix (p, "//<![CDATA["))
    p += 11;
  else if (g_str_has_prefix (p, "<![CDATA["))
    p += 9;

  len = strlen (p);
  if (len >= 3 && g_str_has_suffix (p, "-->"))
    p[len - 3] = '\0';
  else if (len >= 5 && g_str_has_suffix (p, "//]]>"))
    p[len - 5] = '\0';
  else if (len >= 3 && g_str_has_suffix (p, "]]>"))
    p[len - 3] = '\0';

  return p;
}

static PursuitJob *
find_json_ld_posting (PageScan    *scan,
                      const char  *page_url,
                      JsonObject **best_posting)
{
  g_autoptr(PursuitJob) best = NULL;

  for (guint i = 0; i < scan->json_ld->len; i++)
    {
      const char *text = strip_comment_markers (g_ptr_array_index (scan->json_ld, i));
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) postings = NULL;
      g_autoptr(JsonNode) root = NULL;

      root = pursuit_posting_parse_json (text, strlen (text), &error);
      if (root == NULL)
        {
          g_debug ("Skipping JSON-LD block %u: %s", i, error->message);
          continue;
        }

      postings = g_ptr_array_new_with_free_func ((GDestroyNotify)json_object_unref);
      find_postings (root, 0, postings);
      for (guint j = 0; j < postings->len; j++)
        if (consider_posting (g_ptr_array_index (postings, j), page_url, &best, best_posting))
          return g_steal_pointer (&best);
    }

  return g_steal_pointer (&best);
}

static PursuitJob *
find_microdata_posting (PageScan    *scan,
                        const char  *page_url,
                        JsonObject **best_posting)
{
  g_autoptr(PursuitJob) best = NULL;

  for (guint i = 0; i < scan->microdata->len; i++)
    {
      g_autoptr(JsonObject) posting = microdata_item (g_ptr_array_index (scan->microdata, i), 0);

      if (consider_posting (posting, page_url, &best, best_posting))
        break;
    }

  return g_steal_pointer (&best);
}

static PursuitJob *
make_fallback (PageScan   *scan,
               const char *page_url)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *url = pursuit_posting_normalize_url (page_url, NULL);
  g_autofree char *source = pursuit_posting_source_for_url (url);
  const char *title = NULL;

  if (scan != NULL)
    title = scan->title != NULL ? scan->title : scan->og_title;
  if (title == NULL)
    title = url;
  if (title == NULL)
    return NULL;

  job = pursuit_job_new ();
  pursuit_job_set_title (job, title);
  pursuit_job_set_url (job, url);
  pursuit_job_set_source (job, source);

  return g_steal_pointer (&job);
}

/* The posting's company facts, under the name the job got, so that they
 * are found again under the job's company. */
static PursuitCompany *
company_for_job (PursuitJob *job,
                 JsonNode   *organization)
{
  g_autoptr(PursuitCompany) company = NULL;
  g_autofree char *key = NULL;
  const char *name = pursuit_job_get_company (job);

  company = pursuit_company_new_from_schema_org (organization, pursuit_job_get_url (job));
  if (company == NULL || is_blank (name))
    return g_steal_pointer (&company);

  key = pursuit_company_key_for_name (name);
  if (key != NULL)
    {
      pursuit_company_set_name (company, name);
      pursuit_company_set_key (company, key);
    }

  return g_steal_pointer (&company);
}

/**
 * pursuit_posting_parse_html:
 * @html: (array length=length): the page, as fetched
 * @length: the length of @html in bytes
 * @page_url: (nullable): the address of the page, to resolve relative
 *   links and name the source
 * @out_fallback: (out) (optional) (nullable): where to store, when the page
 *   has no posting, a job made of the page's title and address
 * @error: return location for a #GError
 *
 * Reads the schema.org `JobPosting` of a web page: from its JSON-LD
 * scripts first, then from its microdata. Of several postings, the first
 * with a title, company and description wins, or else the first with a
 * title.
 *
 * Returns: (transfer full) (nullable): the posting, or %NULL with @error
 *   set: %PURSUIT_IMPORT_ERROR_TOO_LARGE over
 *   %PURSUIT_POSTING_MAX_PAGE_SIZE bytes, %PURSUIT_IMPORT_ERROR_NO_POSTING
 *   if the page holds none
 */
PursuitJob *
pursuit_posting_parse_html (const char  *html,
                            gsize        length,
                            const char  *page_url,
                            PursuitJob **out_fallback,
                            GError     **error)
{
  return pursuit_posting_parse_html_full (html, length, page_url, out_fallback, NULL, error);
}

/**
 * pursuit_posting_parse_html_full:
 * @out_company: (out) (optional) (nullable): where to store what the
 *   posting's hiringOrganization says about the company, %NULL when it
 *   names none
 *
 * As pursuit_posting_parse_html(), with the company's posting facts.
 */
PursuitJob *
pursuit_posting_parse_html_full (const char      *html,
                                 gsize            length,
                                 const char      *page_url,
                                 PursuitJob     **out_fallback,
                                 PursuitCompany **out_company,
                                 GError         **error)
{
  g_auto(PageScan) scan = { 0, };
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(JsonObject) posting = NULL;
  g_autofree char *page = NULL;
  htmlDocPtr doc;

  g_return_val_if_fail (html != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (out_fallback != NULL)
    *out_fallback = NULL;
  if (out_company != NULL)
    *out_company = NULL;

  /* Only a web address names the source or resolves relative links. */
  page = pursuit_posting_normalize_url (page_url, NULL);

  if (length > PURSUIT_POSTING_MAX_PAGE_SIZE)
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_TOO_LARGE,
                   _("This page is too large to read (more than %d MiB)"),
                   PURSUIT_POSTING_MAX_PAGE_SIZE / (1024 * 1024));
      return NULL;
    }

  doc = pursuit_html_read_document (html, length);
  if (doc == NULL)
    {
      if (out_fallback != NULL)
        *out_fallback = make_fallback (NULL, page);
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_NO_POSTING,
                   _("This page is empty"));
      return NULL;
    }

  scan_page (doc, &scan);

  job = find_json_ld_posting (&scan, page, &posting);
  if (job == NULL)
    job = find_microdata_posting (&scan, page, &posting);

  if (job != NULL && posting != NULL && out_company != NULL)
    *out_company = company_for_job (job, _pursuit_json_get_member (posting, "hiringOrganization"));

  if (job == NULL && out_fallback != NULL)
    *out_fallback = make_fallback (&scan, page);

  /* The microdata nodes belong to the document. */
  g_clear_pointer (&scan.microdata, g_ptr_array_unref);
  xmlFreeDoc (doc);

  if (job == NULL)
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_NO_POSTING,
                   _("This page has no job posting data"));
      return NULL;
    }

  return g_steal_pointer (&job);
}
