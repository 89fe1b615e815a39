/* pursuit-board-parser.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-board-parser"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "pursuit-board-parser.h"
#include "pursuit-html-text.h"
#include "pursuit-import-error.h"
#include "pursuit-json-private.h"
#include "pursuit-posting-parser.h"

/* Lever's createdAt is in milliseconds; past 9999-12-31 is not a date. */
#define MAX_EPOCH_MS G_GINT64_CONSTANT (253402300799999)

typedef PursuitJob *(*EntryParser) (JsonObject *entry,
                                    const char *company);

/* JSON access that ignores members of the wrong type */

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = _pursuit_json_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_node_get_object (node);
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = _pursuit_json_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  return json_node_get_array (node);
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  return _pursuit_json_node_string (_pursuit_json_get_member (object, name));
}

/* A short field (title, location): entities decoded, spaces collapsed. */
static char *
get_text (JsonObject *object,
          const char *name)
{
  return pursuit_html_inline_to_text (get_string (object, name));
}

static gboolean
get_boolean (JsonObject *object,
             const char *name,
             gboolean    default_value)
{
  JsonNode *node = _pursuit_json_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return default_value;

  return json_node_get_boolean (node);
}

static char *
get_url (JsonObject *object,
         const char *name)
{
  return pursuit_posting_normalize_url (get_string (object, name), NULL);
}

static char *
plain_text (const char *text)
{
  g_autofree char *stripped = NULL;

  if (text == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    return NULL;

  return g_steal_pointer (&stripped);
}

static char *
html_text (const char *html)
{
  g_autofree char *text = NULL;

  if (html == NULL)
    return NULL;

  text = pursuit_html_to_text (html, -1);
  if (text[0] == '\0')
    return NULL;

  return g_steal_pointer (&text);
}

static gboolean
contains_word_remote (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;

  folded = g_utf8_casefold (text, -1);
  return strstr (folded, "remote") != NULL;
}

static void
add_unique (GPtrArray *list,
            char      *text)
{
  if (text == NULL)
    return;

  if (g_ptr_array_find_with_equal_func (list, text, g_str_equal, NULL))
    g_free (text);
  else
    g_ptr_array_add (list, text);
}

static char *
join_list (GPtrArray  *list,
           const char *separator)
{
  if (list->len == 0)
    return NULL;

  g_ptr_array_add (list, NULL);
  return g_strjoinv (separator, (char **)list->pdata);
}

static void
set_salary (PursuitJob *job,
            JsonNode   *min_node,
            JsonNode   *max_node,
            const char *currency,
            const char *period)
{
  g_autofree char *code = NULL;
  gint64 min = 0, max = 0;
  gboolean has_min = pursuit_posting_read_amount (min_node, &min);
  gboolean has_max = pursuit_posting_read_amount (max_node, &max);

  if (!has_min && !has_max)
    return;

  if (has_min && has_max && min > max)
    {
      gint64 tmp = min;

      min = max;
      max = tmp;
    }

  code = pursuit_posting_normalize_currency (currency);
  if (has_min)
    pursuit_job_set_salary_min (job, min);
  if (has_max)
    pursuit_job_set_salary_max (job, max);
  pursuit_job_set_currency (job, code);
  pursuit_job_set_salary_period (job, period);
}

static PursuitJob *
new_job (JsonObject *entry,
         const char *title_member,
         const char *source)
{
  g_autofree char *title = get_text (entry, title_member);
  PursuitJob *job;

  if (title == NULL)
    return NULL;

  job = pursuit_job_new ();
  pursuit_job_set_title (job, title);
  pursuit_job_set_source (job, source);

  return job;
}

/* Greenhouse */

static PursuitJob *
parse_greenhouse_job (JsonObject *entry,
                      const char *company)
{
  g_autoptr(PursuitJob) job = new_job (entry, "title", "greenhouse");
  g_autofree char *url = NULL;
  g_autofree char *location = NULL;
  g_autofree char *company_name = NULL;
  g_autofree char *posted = NULL;
  g_autofree char *description = NULL;
  const char *content;

  if (job == NULL)
    return NULL;

  url = get_url (entry, "absolute_url");
  location = get_text (get_object (entry, "location"), "name");
  company_name = get_text (entry, "company_name");

  posted = pursuit_posting_normalize_date (get_string (entry, "first_published"));
  if (posted == NULL)
    posted = pursuit_posting_normalize_date (get_string (entry, "updated_at"));

  /* content is escaped HTML ("&lt;p&gt;"); take raw HTML as it is. */
  content = get_string (entry, "content");
  if (content != NULL && strchr (content, '<') != NULL)
    description = html_text (content);
  else if (content != NULL)
    {
      g_autofree char *html = pursuit_html_unescape (content, -1);

      description = html_text (html);
    }

  pursuit_job_set_url (job, url);
  pursuit_job_set_location (job, location);
  /* Greenhouse has no remote flag; boards write it in the location. */
  pursuit_job_set_remote (job, contains_word_remote (location));
  pursuit_job_set_company (job, company_name != NULL ? company_name : company);
  pursuit_job_set_posted_date (job, posted);
  pursuit_job_set_description (job, description);

  return g_steal_pointer (&job);
}

/* Lever */

static char *
date_from_epoch_ms (JsonNode *node)
{
  g_autoptr(GDateTime) date_time = NULL;
  gint64 ms;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    ms = json_node_get_int (node);
  else if (json_node_get_value_type (node) == G_TYPE_DOUBLE &&
           json_node_get_double (node) >= 0 && json_node_get_double (node) <= (double)MAX_EPOCH_MS)
    ms = (gint64)json_node_get_double (node);
  else
    return NULL;

  if (ms <= 0 || ms > MAX_EPOCH_MS)
    return NULL;

  date_time = g_date_time_new_from_unix_utc (ms / 1000);
  if (date_time == NULL)
    return NULL;

  return g_date_time_format (date_time, "%Y-%m-%d");
}

static const char *
lever_salary_period (const char *interval)
{
  static const struct {
    const char *word;
    const char *period;
  } periods[] = {
    { "year", "YEAR" },
    { "month", "MONTH" },
    { "week", "WEEK" },
    { "day", "DAY" },
    { "hour", "HOUR" },
  };

  /* "per-year-salary", "per-hour-wage", ...; "one-time" has no period. */
  if (interval == NULL || !g_str_has_prefix (interval, "per-"))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    if (g_str_has_prefix (interval + strlen ("per-"), periods[i].word))
      return periods[i].period;

  return NULL;
}

static char *
lever_description (JsonObject *entry)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  JsonArray *lists = get_array (entry, "lists");
  char *part;

  part = html_text (get_string (entry, "description"));
  if (part == NULL)
    part = plain_text (get_string (entry, "descriptionPlain"));
  if (part != NULL)
    g_ptr_array_add (parts, part);

  for (guint i = 0; lists != NULL && i < json_array_get_length (lists); i++)
    {
      JsonNode *node = json_array_get_element (lists, i);
      JsonObject *list = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      g_autofree char *heading = get_text (list, "text");
      g_autofree char *items = html_text (get_string (list, "content"));

      if (heading != NULL && items != NULL)
        g_ptr_array_add (parts, g_strconcat (heading, "\n", items, NULL));
      else if (heading != NULL || items != NULL)
        g_ptr_array_add (parts, g_strdup (heading != NULL ? heading : items));
    }

  part = html_text (get_string (entry, "additional"));
  if (part == NULL)
    part = plain_text (get_string (entry, "additionalPlain"));
  if (part != NULL)
    g_ptr_array_add (parts, part);

  return join_list (parts, "\n\n");
}

static PursuitJob *
parse_lever_job (JsonObject *entry,
                 const char *company)
{
  g_autoptr(PursuitJob) job = new_job (entry, "text", "lever");
  g_autoptr(GPtrArray) locations = NULL;
  g_autofree char *url = NULL;
  g_autofree char *apply = NULL;
  g_autofree char *location = NULL;
  g_autofree char *employment_type = NULL;
  g_autofree char *posted = NULL;
  g_autofree char *description = NULL;
  JsonObject *categories;
  JsonObject *salary;
  JsonArray *all_locations;

  if (job == NULL)
    return NULL;

  categories = get_object (entry, "categories");
  locations = g_ptr_array_new_with_free_func (g_free);
  add_unique (locations, get_text (categories, "location"));
  all_locations = get_array (categories, "allLocations");
  for (guint i = 0; all_locations != NULL && i < json_array_get_length (all_locations); i++)
    add_unique (locations,
                pursuit_html_inline_to_text (_pursuit_json_node_string (json_array_get_element (all_locations, i))));
  location = join_list (locations, "; ");

  url = get_url (entry, "hostedUrl");
  apply = get_url (entry, "applyUrl");
  employment_type = pursuit_posting_normalize_employment_type (get_string (categories, "commitment"));
  posted = date_from_epoch_ms (_pursuit_json_get_member (entry, "createdAt"));
  description = lever_description (entry);

  pursuit_job_set_url (job, url);
  pursuit_job_set_apply_url (job, apply);
  pursuit_job_set_location (job, location);
  pursuit_job_set_remote (job, g_strcmp0 (get_string (entry, "workplaceType"), "remote") == 0);
  pursuit_job_set_company (job, company);
  pursuit_job_set_employment_type (job, employment_type);
  pursuit_job_set_posted_date (job, posted);
  pursuit_job_set_description (job, description);

  salary = get_object (entry, "salaryRange");
  if (salary != NULL)
    set_salary (job, _pursuit_json_get_member (salary, "min"), _pursuit_json_get_member (salary, "max"),
                get_string (salary, "currency"),
                lever_salary_period (get_string (salary, "interval")));

  return g_steal_pointer (&job);
}

/* Ashby */

static void
ashby_salary (PursuitJob *job,
              JsonObject *entry)
{
  JsonArray *components = get_array (get_object (entry, "compensation"), "summaryComponents");

  for (guint i = 0; components != NULL && i < json_array_get_length (components); i++)
    {
      JsonNode *node = json_array_get_element (components, i);
      JsonObject *component = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *type = get_string (component, "compensationType");
      gint64 amount;

      if (type == NULL || g_ascii_strcasecmp (type, "Salary") != 0)
        continue;

      if (!pursuit_posting_read_amount (_pursuit_json_get_member (component, "minValue"), &amount) &&
          !pursuit_posting_read_amount (_pursuit_json_get_member (component, "maxValue"), &amount))
        continue;

      set_salary (job, _pursuit_json_get_member (component, "minValue"),
                  _pursuit_json_get_member (component, "maxValue"),
                  get_string (component, "currencyCode"),
                  pursuit_posting_normalize_salary_period (get_string (component, "interval")));
      return;
    }
}

static PursuitJob *
parse_ashby_job (JsonObject *entry,
                 const char *company)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) locations = NULL;
  g_autofree char *url = NULL;
  g_autofree char *apply = NULL;
  g_autofree char *location = NULL;
  g_autofree char *employment_type = NULL;
  g_autofree char *posted = NULL;
  g_autofree char *description = NULL;
  JsonArray *secondary;
  const char *workplace;

  if (!get_boolean (entry, "isListed", TRUE))
    return NULL;

  job = new_job (entry, "title", "ashby");
  if (job == NULL)
    return NULL;

  locations = g_ptr_array_new_with_free_func (g_free);
  add_unique (locations, get_text (entry, "location"));
  secondary = get_array (entry, "secondaryLocations");
  for (guint i = 0; secondary != NULL && i < json_array_get_length (secondary); i++)
    {
      JsonNode *node = json_array_get_element (secondary, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        add_unique (locations, get_text (json_node_get_object (node), "location"));
    }
  location = join_list (locations, "; ");

  url = get_url (entry, "jobUrl");
  apply = get_url (entry, "applyUrl");
  employment_type = pursuit_posting_normalize_employment_type (get_string (entry, "employmentType"));
  posted = pursuit_posting_normalize_date (get_string (entry, "publishedAt"));
  description = html_text (get_string (entry, "descriptionHtml"));
  if (description == NULL)
    description = plain_text (get_string (entry, "descriptionPlain"));
  workplace = get_string (entry, "workplaceType");

  pursuit_job_set_url (job, url);
  pursuit_job_set_apply_url (job, apply);
  pursuit_job_set_location (job, location);
  pursuit_job_set_remote (job, get_boolean (entry, "isRemote", FALSE) ||
                               (workplace != NULL && g_ascii_strcasecmp (workplace, "Remote") == 0));
  pursuit_job_set_company (job, company);
  pursuit_job_set_employment_type (job, employment_type);
  pursuit_job_set_posted_date (job, posted);
  pursuit_job_set_description (job, description);
  ashby_salary (job, entry);

  return g_steal_pointer (&job);
}

/* Detection */

static JsonObject *
first_object (JsonArray *array)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        return json_node_get_object (node);
    }

  return NULL;
}

static PursuitBoardKind
detect_root (JsonNode *root)
{
  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonObject *job = first_object (json_node_get_array (root));

      if (job != NULL && json_object_has_member (job, "text") &&
          (json_object_has_member (job, "hostedUrl") || json_object_has_member (job, "categories")))
        return PURSUIT_BOARD_LEVER;

      return PURSUIT_BOARD_NONE;
    }

  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      JsonArray *jobs = get_array (object, "jobs");
      JsonObject *job = first_object (jobs);

      if (jobs == NULL)
        return PURSUIT_BOARD_NONE;

      if (job != NULL)
        {
          if (json_object_has_member (job, "absolute_url"))
            return PURSUIT_BOARD_GREENHOUSE;
          if (json_object_has_member (job, "jobUrl") || json_object_has_member (job, "descriptionHtml") ||
              json_object_has_member (job, "isListed"))
            return PURSUIT_BOARD_ASHBY;
        }

      if (json_object_has_member (object, "apiVersion"))
        return PURSUIT_BOARD_ASHBY;
      if (get_object (object, "meta") != NULL)
        return PURSUIT_BOARD_GREENHOUSE;
    }

  return PURSUIT_BOARD_NONE;
}

/**
 * pursuit_board_detect:
 * @json: (array length=length): a job board API response
 * @length: the length of @json in bytes
 *
 * Tells which job board API @json comes from, by its shape. An empty Lever
 * board (`[]`) cannot be told from any other empty list.
 *
 * Returns: the kind of board, or %PURSUIT_BOARD_NONE
 */
PursuitBoardKind
pursuit_board_detect (const char *json,
                      gsize       length)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (json != NULL || length == 0, PURSUIT_BOARD_NONE);

  if (length == 0)
    return PURSUIT_BOARD_NONE;

  root = pursuit_posting_parse_json (json, length, NULL);
  if (root == NULL)
    return PURSUIT_BOARD_NONE;

  return detect_root (root);
}

static const char *
board_name (PursuitBoardKind kind)
{
  switch (kind)
    {
    case PURSUIT_BOARD_GREENHOUSE:
      return "Greenhouse";
    case PURSUIT_BOARD_LEVER:
      return "Lever";
    case PURSUIT_BOARD_ASHBY:
      return "Ashby";
    case PURSUIT_BOARD_AUTO:
    case PURSUIT_BOARD_NONE:
    default:
      g_assert_not_reached ();
    }

  return NULL;
}

/**
 * pursuit_board_parse:
 * @json: (array length=length): a job board API response
 * @length: the length of @json in bytes
 * @kind: the API it comes from, or %PURSUIT_BOARD_AUTO to detect it
 * @company: (nullable): the company the board belongs to, for the jobs
 *   whose data does not name it
 * @error: return location for a #GError
 *
 * Reads the jobs of a whole board. Entries without a title, and Ashby
 * entries that are not listed, are skipped.
 *
 * Returns: (transfer full) (element-type PursuitJob) (nullable): the jobs,
 *   possibly none, or %NULL with @error set:
 *   %PURSUIT_IMPORT_ERROR_ENCODING, %PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT,
 *   or %PURSUIT_IMPORT_ERROR_MALFORMED when the response is not JSON or
 *   not shaped like the board's
 */
GPtrArray *
pursuit_board_parse (const char        *json,
                     gsize              length,
                     PursuitBoardKind   kind,
                     const char        *company,
                     GError           **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autofree char *company_name = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonArray *entries = NULL;
  EntryParser parse_entry;

  g_return_val_if_fail (json != NULL || length == 0, NULL);
  g_return_val_if_fail (kind <= PURSUIT_BOARD_NONE, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = pursuit_posting_parse_json (json, length, &local_error);
  if (root == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), _("Reading the job board: "));
      return NULL;
    }

  if (kind == PURSUIT_BOARD_AUTO)
    kind = detect_root (root);

  switch (kind)
    {
    case PURSUIT_BOARD_GREENHOUSE:
      parse_entry = parse_greenhouse_job;
      break;
    case PURSUIT_BOARD_LEVER:
      parse_entry = parse_lever_job;
      break;
    case PURSUIT_BOARD_ASHBY:
      parse_entry = parse_ashby_job;
      break;
    case PURSUIT_BOARD_AUTO:
    case PURSUIT_BOARD_NONE:
    default:
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("This is not a Greenhouse, Lever or Ashby job board"));
      return NULL;
    }

  /* Lever answers with a list; the others with {"jobs": [...]}. */
  if (kind == PURSUIT_BOARD_LEVER && JSON_NODE_HOLDS_ARRAY (root))
    entries = json_node_get_array (root);
  else if (kind != PURSUIT_BOARD_LEVER && JSON_NODE_HOLDS_OBJECT (root))
    entries = get_array (json_node_get_object (root), "jobs");

  if (entries == NULL)
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                   _("This is not a %s job board: the list of jobs is missing"), board_name (kind));
      return NULL;
    }

  company_name = pursuit_html_inline_to_text (company);
  jobs = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonNode *node = json_array_get_element (entries, i);
      PursuitJob *job;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_debug ("Skipping job %u of the board: not an object", i);
          continue;
        }

      job = parse_entry (json_node_get_object (node), company_name);
      if (job == NULL)
        {
          g_debug ("Skipping job %u of the board: no title, or not listed", i);
          continue;
        }

      g_ptr_array_add (jobs, job);
    }

  return g_steal_pointer (&jobs);
}
