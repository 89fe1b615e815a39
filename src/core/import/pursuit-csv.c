/* pursuit-csv.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-csv"

#include <string.h>

#include "pursuit-csv.h"
#include "pursuit-import-error.h"
#include "pursuit-job.h"

struct _PursuitCsvReader
{
  const char *pos;
  const char *end;
  GString    *scratch;
  guint       line;
  char        delimiter;
};

struct _PursuitCsvMapping
{
  GObject          parent_instance;

  char           **columns;
  PursuitCsvField *fields;
  guint            n_columns;
};

G_DEFINE_FINAL_TYPE (PursuitCsvMapping, pursuit_csv_mapping, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PursuitCsvField, pursuit_csv_field,
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_IGNORE, "ignore"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_TITLE, "title"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_COMPANY, "company"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_LOCATION, "location"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_REMOTE, "remote"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_SALARY, "salary"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_SALARY_MIN, "salary-min"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_SALARY_MAX, "salary-max"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_CURRENCY, "currency"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_SALARY_PERIOD, "salary-period"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_URL, "url"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_APPLY_URL, "apply-url"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_DESCRIPTION, "description"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_SOURCE, "source"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_STAGE, "stage"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_APPLIED_DATE, "applied-date"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_POSTED_DATE, "posted-date"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_DEADLINE, "deadline"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_EMPLOYMENT_TYPE, "employment-type"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_MATCH_SCORE, "match-score"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_ID, "id"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_NOTES, "notes"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CSV_FIELD_TAGS, "tags"))

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The column names we write, which are also the keys of the fields. */
static const char * const field_keys[] = {
  [PURSUIT_CSV_FIELD_IGNORE] = "ignore",
  [PURSUIT_CSV_FIELD_TITLE] = "title",
  [PURSUIT_CSV_FIELD_COMPANY] = "company",
  [PURSUIT_CSV_FIELD_LOCATION] = "location",
  [PURSUIT_CSV_FIELD_REMOTE] = "remote",
  [PURSUIT_CSV_FIELD_SALARY] = "salary",
  [PURSUIT_CSV_FIELD_SALARY_MIN] = "salary_min",
  [PURSUIT_CSV_FIELD_SALARY_MAX] = "salary_max",
  [PURSUIT_CSV_FIELD_CURRENCY] = "currency",
  [PURSUIT_CSV_FIELD_SALARY_PERIOD] = "salary_period",
  [PURSUIT_CSV_FIELD_URL] = "url",
  [PURSUIT_CSV_FIELD_APPLY_URL] = "apply_url",
  [PURSUIT_CSV_FIELD_DESCRIPTION] = "description",
  [PURSUIT_CSV_FIELD_SOURCE] = "source",
  [PURSUIT_CSV_FIELD_STAGE] = "stage",
  [PURSUIT_CSV_FIELD_APPLIED_DATE] = "applied_date",
  [PURSUIT_CSV_FIELD_POSTED_DATE] = "posted_date",
  [PURSUIT_CSV_FIELD_DEADLINE] = "deadline",
  [PURSUIT_CSV_FIELD_EMPLOYMENT_TYPE] = "employment_type",
  [PURSUIT_CSV_FIELD_MATCH_SCORE] = "match_score",
  [PURSUIT_CSV_FIELD_ID] = "id",
  [PURSUIT_CSV_FIELD_NOTES] = "notes",
  [PURSUIT_CSV_FIELD_TAGS] = "tags",
};

G_STATIC_ASSERT (G_N_ELEMENTS (field_keys) == PURSUIT_CSV_N_FIELDS);

/* Header names other trackers and hand-made spreadsheets use, after
 * normalize_name(): lower case, '_', '-' and '.' as spaces, spaces collapsed. */
static const struct {
  const char      *name;
  PursuitCsvField  field;
} header_aliases[] = {
  { "id", PURSUIT_CSV_FIELD_ID },

  { "title", PURSUIT_CSV_FIELD_TITLE },
  { "job title", PURSUIT_CSV_FIELD_TITLE },
  { "position", PURSUIT_CSV_FIELD_TITLE },
  { "job position", PURSUIT_CSV_FIELD_TITLE },
  { "position title", PURSUIT_CSV_FIELD_TITLE },
  { "role", PURSUIT_CSV_FIELD_TITLE },
  { "job role", PURSUIT_CSV_FIELD_TITLE },
  { "job", PURSUIT_CSV_FIELD_TITLE },
  { "job name", PURSUIT_CSV_FIELD_TITLE },

  { "company", PURSUIT_CSV_FIELD_COMPANY },
  { "company name", PURSUIT_CSV_FIELD_COMPANY },
  { "employer", PURSUIT_CSV_FIELD_COMPANY },
  { "organization", PURSUIT_CSV_FIELD_COMPANY },
  { "organisation", PURSUIT_CSV_FIELD_COMPANY },

  { "location", PURSUIT_CSV_FIELD_LOCATION },
  { "job location", PURSUIT_CSV_FIELD_LOCATION },
  { "city", PURSUIT_CSV_FIELD_LOCATION },

  { "remote", PURSUIT_CSV_FIELD_REMOTE },
  { "work type", PURSUIT_CSV_FIELD_REMOTE },
  { "workplace type", PURSUIT_CSV_FIELD_REMOTE },
  { "work mode", PURSUIT_CSV_FIELD_REMOTE },
  { "work arrangement", PURSUIT_CSV_FIELD_REMOTE },
  { "remote type", PURSUIT_CSV_FIELD_REMOTE },

  { "salary", PURSUIT_CSV_FIELD_SALARY },
  { "salary range", PURSUIT_CSV_FIELD_SALARY },
  { "compensation", PURSUIT_CSV_FIELD_SALARY },
  { "pay", PURSUIT_CSV_FIELD_SALARY },
  { "pay range", PURSUIT_CSV_FIELD_SALARY },

  { "salary min", PURSUIT_CSV_FIELD_SALARY_MIN },
  { "min salary", PURSUIT_CSV_FIELD_SALARY_MIN },
  { "minimum salary", PURSUIT_CSV_FIELD_SALARY_MIN },
  { "salary from", PURSUIT_CSV_FIELD_SALARY_MIN },
  { "salary max", PURSUIT_CSV_FIELD_SALARY_MAX },
  { "max salary", PURSUIT_CSV_FIELD_SALARY_MAX },
  { "maximum salary", PURSUIT_CSV_FIELD_SALARY_MAX },
  { "salary to", PURSUIT_CSV_FIELD_SALARY_MAX },
  { "currency", PURSUIT_CSV_FIELD_CURRENCY },
  { "salary currency", PURSUIT_CSV_FIELD_CURRENCY },
  { "salary period", PURSUIT_CSV_FIELD_SALARY_PERIOD },
  { "pay period", PURSUIT_CSV_FIELD_SALARY_PERIOD },

  { "url", PURSUIT_CSV_FIELD_URL },
  { "link", PURSUIT_CSV_FIELD_URL },
  { "job url", PURSUIT_CSV_FIELD_URL },
  { "job link", PURSUIT_CSV_FIELD_URL },
  { "posting url", PURSUIT_CSV_FIELD_URL },
  { "posting link", PURSUIT_CSV_FIELD_URL },
  { "job posting", PURSUIT_CSV_FIELD_URL },
  { "job posting url", PURSUIT_CSV_FIELD_URL },
  { "apply url", PURSUIT_CSV_FIELD_APPLY_URL },
  { "apply link", PURSUIT_CSV_FIELD_APPLY_URL },
  { "application url", PURSUIT_CSV_FIELD_APPLY_URL },
  { "application link", PURSUIT_CSV_FIELD_APPLY_URL },

  { "description", PURSUIT_CSV_FIELD_DESCRIPTION },
  { "job description", PURSUIT_CSV_FIELD_DESCRIPTION },

  { "source", PURSUIT_CSV_FIELD_SOURCE },
  { "job board", PURSUIT_CSV_FIELD_SOURCE },
  { "found on", PURSUIT_CSV_FIELD_SOURCE },
  { "found via", PURSUIT_CSV_FIELD_SOURCE },

  { "status", PURSUIT_CSV_FIELD_STAGE },
  { "stage", PURSUIT_CSV_FIELD_STAGE },
  { "application status", PURSUIT_CSV_FIELD_STAGE },
  { "job status", PURSUIT_CSV_FIELD_STAGE },
  { "list", PURSUIT_CSV_FIELD_STAGE },

  { "date applied", PURSUIT_CSV_FIELD_APPLIED_DATE },
  { "applied", PURSUIT_CSV_FIELD_APPLIED_DATE },
  { "applied date", PURSUIT_CSV_FIELD_APPLIED_DATE },
  { "applied on", PURSUIT_CSV_FIELD_APPLIED_DATE },
  { "application date", PURSUIT_CSV_FIELD_APPLIED_DATE },

  { "date posted", PURSUIT_CSV_FIELD_POSTED_DATE },
  { "posted date", PURSUIT_CSV_FIELD_POSTED_DATE },
  { "posted", PURSUIT_CSV_FIELD_POSTED_DATE },
  { "posted on", PURSUIT_CSV_FIELD_POSTED_DATE },

  { "deadline", PURSUIT_CSV_FIELD_DEADLINE },
  { "closing date", PURSUIT_CSV_FIELD_DEADLINE },
  { "application deadline", PURSUIT_CSV_FIELD_DEADLINE },

  { "employment type", PURSUIT_CSV_FIELD_EMPLOYMENT_TYPE },
  { "job type", PURSUIT_CSV_FIELD_EMPLOYMENT_TYPE },
  { "contract type", PURSUIT_CSV_FIELD_EMPLOYMENT_TYPE },

  { "match score", PURSUIT_CSV_FIELD_MATCH_SCORE },

  { "notes", PURSUIT_CSV_FIELD_NOTES },
  { "note", PURSUIT_CSV_FIELD_NOTES },
  { "comments", PURSUIT_CSV_FIELD_NOTES },
  { "comment", PURSUIT_CSV_FIELD_NOTES },

  { "tags", PURSUIT_CSV_FIELD_TAGS },
  { "tag", PURSUIT_CSV_FIELD_TAGS },
  { "labels", PURSUIT_CSV_FIELD_TAGS },
  { "label", PURSUIT_CSV_FIELD_TAGS },
};

/* Statuses of other trackers, after normalize_name(), to our stage keys. */
static const struct {
  const char *status;
  const char *stage;
} status_aliases[] = {
  { "saved", "saved" },
  { "wishlist", "saved" },
  { "wish list", "saved" },
  { "bookmarked", "saved" },
  { "interested", "saved" },
  { "applied", "applied" },
  { "applying", "applied" },
  { "screening", "screening" },
  { "phone screen", "screening" },
  { "screen", "screening" },
  { "interview scheduled", "interview_scheduled" },
  { "interviewing", "interviewing" },
  { "interview", "interviewing" },
  { "onsite", "interviewing" },
  { "on site", "interviewing" },
  { "offer", "offer" },
  { "offered", "offer" },
  { "accepted", "accepted" },
  { "hired", "accepted" },
  { "rejected", "rejected" },
  { "declined", "rejected" },
  { "not selected", "rejected" },
  { "withdrawn", "withdrawn" },
  { "ghosted", "ghosted" },
  { "no response", "ghosted" },
};

/* Reader ------------------------------------------------------------------ */

static guint
count_lines (const char *start,
             const char *end)
{
  guint line = 1;

  for (const char *p = start; p < end; p++)
    {
      p = memchr (p, '\n', end - p);
      if (p == NULL)
        break;
      line++;
    }

  return line;
}

static inline gboolean
is_blank (char c,
          char delimiter)
{
  return (c == ' ' || c == '\t') && c != delimiter;
}

/* Picks the delimiter that occurs most often outside quotes in the first
 * record; a comma wins ties, and a file of one column reads as commas. */
static char
detect_delimiter (const char *p,
                  const char *end)
{
  guint n_comma = 0, n_semicolon = 0, n_tab = 0;
  gboolean in_quotes = FALSE;

  while (p < end && (*p == '\n' || *p == '\r'))
    p++;

  for (; p < end; p++)
    {
      if (*p == '"')
        in_quotes = !in_quotes;
      else if (in_quotes)
        continue;
      else if (*p == '\n' || *p == '\r')
        break;
      else if (*p == ',')
        n_comma++;
      else if (*p == ';')
        n_semicolon++;
      else if (*p == '\t')
        n_tab++;
    }

  if (n_semicolon > n_comma && n_semicolon >= n_tab)
    return ';';
  if (n_tab > n_comma && n_tab > n_semicolon)
    return '\t';
  return ',';
}

/**
 * pursuit_csv_reader_new:
 * @data: (array length=length): the file's bytes; must outlive the reader
 * @length: the length of @data
 * @error: return location for a #GError
 *
 * Checks the size and the encoding of @data, skips a UTF-8 byte order mark and
 * detects the delimiter.
 *
 * Fails with %PURSUIT_IMPORT_ERROR_TOO_LARGE over %PURSUIT_CSV_MAX_SIZE, and
 * with %PURSUIT_IMPORT_ERROR_ENCODING ("line N: ...") when @data is not UTF-8
 * or contains a NUL byte.
 *
 * Returns: (transfer full): a new reader
 */
PursuitCsvReader *
pursuit_csv_reader_new (const char  *data,
                        gsize        length,
                        GError     **error)
{
  PursuitCsvReader *self;
  const char *invalid = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > PURSUIT_CSV_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (length);

      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_TOO_LARGE,
                   "The file is %s; CSV files up to %" G_GSIZE_FORMAT " MiB can be imported",
                   size, PURSUIT_CSV_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (data == NULL)
    data = "";

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_ENCODING,
                   "line %u: the text is not valid UTF-8",
                   count_lines (data, invalid));
      return NULL;
    }

  self = g_new0 (PursuitCsvReader, 1);
  self->pos = data;
  self->end = data + length;
  self->line = 1;
  self->scratch = g_string_new (NULL);
  self->delimiter = detect_delimiter (data, self->end);

  return self;
}

/**
 * pursuit_csv_reader_free:
 * @self: (transfer full): a reader
 */
void
pursuit_csv_reader_free (PursuitCsvReader *self)
{
  if (self == NULL)
    return;

  g_string_free (self->scratch, TRUE);
  g_free (self);
}

/**
 * pursuit_csv_reader_get_delimiter:
 * @self: a reader
 *
 * Returns: the detected delimiter: ',', ';' or '\t'
 */
char
pursuit_csv_reader_get_delimiter (PursuitCsvReader *self)
{
  g_return_val_if_fail (self != NULL, ',');

  return self->delimiter;
}

/* Consumes a line end at the reader's position, if there is one. */
static gboolean
eat_line_end (PursuitCsvReader *self)
{
  if (self->pos < self->end && *self->pos == '\n')
    {
      self->pos++;
      self->line++;
      return TRUE;
    }

  if (self->end - self->pos >= 2 && self->pos[0] == '\r' && self->pos[1] == '\n')
    {
      self->pos += 2;
      self->line++;
      return TRUE;
    }

  return FALSE;
}

static gboolean
read_quoted (PursuitCsvReader  *self,
             GError           **error)
{
  guint open_line = self->line;
  GString *field = self->scratch;

  g_assert (*self->pos == '"');
  self->pos++;

  for (;;)
    {
      const char *run = self->pos;

      while (self->pos < self->end && *self->pos != '"' && *self->pos != '\n')
        self->pos++;
      g_string_append_len (field, run, self->pos - run);

      if (self->pos >= self->end)
        {
          g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                       "line %u: unterminated quoted field", open_line);
          return FALSE;
        }

      if (*self->pos == '\n')
        {
          g_string_append_c (field, '\n');
          self->pos++;
          self->line++;
        }
      else if (self->pos + 1 < self->end && self->pos[1] == '"')
        {
          g_string_append_c (field, '"');
          self->pos += 2;
        }
      else
        {
          self->pos++;
          break;
        }
    }

  while (self->pos < self->end && is_blank (*self->pos, self->delimiter))
    self->pos++;

  if (self->pos < self->end &&
      *self->pos != self->delimiter &&
      *self->pos != '\n' &&
      !(*self->pos == '\r' && self->pos + 1 < self->end && self->pos[1] == '\n'))
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                   "line %u: unexpected text after a closing quote", self->line);
      return FALSE;
    }

  return TRUE;
}

static void
read_unquoted (PursuitCsvReader *self)
{
  const char *start = self->pos;
  const char *stop;

  while (self->pos < self->end &&
         *self->pos != self->delimiter &&
         *self->pos != '\n' &&
         !(*self->pos == '\r' && self->pos + 1 < self->end && self->pos[1] == '\n'))
    self->pos++;

  stop = self->pos;
  while (stop > start && is_blank (stop[-1], self->delimiter))
    stop--;

  g_string_append_len (self->scratch, start, stop - start);
}

/**
 * pursuit_csv_reader_next:
 * @self: a reader
 * @out_fields: (out) (transfer full) (array zero-terminated=1) (nullable):
 *   the record's fields, or %NULL after the last record
 * @out_line: (out) (optional): the physical line, counted from 1, on which
 *   the record starts
 * @error: return location for a #GError
 *
 * Reads the next record. Like g_file_enumerator_iterate(), this returns %TRUE
 * with *@out_fields set to %NULL at the end of the input. Blank lines are
 * skipped, so a file ending in empty lines has no empty last record.
 *
 * Returns: %FALSE with @error set (%PURSUIT_IMPORT_ERROR_MALFORMED, the
 *   message starting with "line N: ") when the input is not valid CSV
 */
gboolean
pursuit_csv_reader_next (PursuitCsvReader   *self,
                         char             ***out_fields,
                         guint              *out_line,
                         GError            **error)
{
  g_autoptr(GPtrArray) fields = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out_fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *out_fields = NULL;

  while (eat_line_end (self))
    ;

  if (out_line != NULL)
    *out_line = self->line;

  if (self->pos >= self->end)
    return TRUE;

  fields = g_ptr_array_new_with_free_func (g_free);

  for (;;)
    {
      g_string_truncate (self->scratch, 0);

      while (self->pos < self->end && is_blank (*self->pos, self->delimiter))
        self->pos++;

      if (self->pos < self->end && *self->pos == '"')
        {
          if (!read_quoted (self, error))
            return FALSE;
        }
      else
        {
          read_unquoted (self);
        }

      g_ptr_array_add (fields, g_strndup (self->scratch->str, self->scratch->len));

      if (self->pos < self->end && *self->pos == self->delimiter)
        {
          self->pos++;
          continue;
        }

      eat_line_end (self);
      break;
    }

  g_ptr_array_add (fields, NULL);
  *out_fields = (char **)g_ptr_array_free (g_steal_pointer (&fields), FALSE);

  return TRUE;
}

/* Helpers ----------------------------------------------------------------- */

/* Lower case, with '_', '-', '.' and runs of white space as one space, and
 * no space at either end: "Date_Applied " and "date-applied" are equal. */
static char *
normalize_name (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = lower; *p != '\0'; p++)
    {
      if (*p == '_' || *p == '-' || *p == '.' || g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }

      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* The formula prefixes spreadsheets act on. See escape_formula(). */
static inline gboolean
is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/* Export writes "'" in front of any cell matching ^'*[=+\-@\t\r], so a
 * spreadsheet shows it as text instead of running it as a formula. Import
 * undoes exactly that: one "'" comes off a cell matching ^'+[=+\-@\t\r]. The
 * pair is lossless for every value; a cell of another tracker that really
 * starts with "'=" loses its first quote. */
static gboolean
needs_formula_escape (const char *text,
                      gsize       min_quotes)
{
  gsize n = 0;

  while (text[n] == '\'')
    n++;

  return n >= min_quotes && is_formula_start (text[n]);
}

static const char *
unescape_formula (const char *cell)
{
  if (needs_formula_escape (cell, 1))
    return cell + 1;
  return cell;
}

static gboolean
is_empty_cell (const char *cell)
{
  for (const char *p = cell; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* Dates ------------------------------------------------------------------- */

static gboolean
read_digits (const char **p,
             guint        min_digits,
             guint        max_digits,
             guint       *value)
{
  guint n = 0;
  guint v = 0;

  while (n < max_digits && g_ascii_isdigit ((*p)[n]))
    {
      v = v * 10 + ((*p)[n] - '0');
      n++;
    }

  if (n < min_digits || g_ascii_isdigit ((*p)[n]))
    return FALSE;

  *p += n;
  *value = v;
  return TRUE;
}

/* Reads exactly two digits, whatever follows them. */
static gboolean
read_two_digits (const char **p,
                 guint        max,
                 guint       *value)
{
  if (!g_ascii_isdigit ((*p)[0]) || !g_ascii_isdigit ((*p)[1]))
    return FALSE;

  *value = ((*p)[0] - '0') * 10 + ((*p)[1] - '0');
  *p += 2;
  return *value <= max;
}

/* Accepts what follows the date of an ISO 8601 date-time: a 'T' or a space,
 * then HH:MM[:SS[.fraction]] and an optional Z or ±HH[[:]MM] offset. */
static gboolean
is_iso_time (const char *p)
{
  guint v;

  if (*p != 'T' && *p != 't' && *p != ' ')
    return FALSE;
  p++;

  if (!read_two_digits (&p, 23, &v) || *p++ != ':' || !read_two_digits (&p, 59, &v))
    return FALSE;

  if (*p == ':')
    {
      p++;
      if (!read_two_digits (&p, 60, &v))
        return FALSE;
      if (*p == '.' || *p == ',')
        {
          p++;
          if (!g_ascii_isdigit (*p))
            return FALSE;
          while (g_ascii_isdigit (*p))
            p++;
        }
    }

  if (*p == 'Z' || *p == 'z')
    p++;
  else if (*p == '+' || *p == '-')
    {
      p++;
      if (!read_two_digits (&p, 23, &v))
        return FALSE;
      if (*p == ':')
        p++;
      if (*p != '\0' && !read_two_digits (&p, 59, &v))
        return FALSE;
    }

  return *p == '\0';
}

/**
 * pursuit_csv_parse_date:
 * @text: a cell
 * @out_date: (out) (transfer full): the date as "YYYY-MM-DD"
 *
 * Reads a date written as YYYY-MM-DD, YYYY/MM/DD, DD.MM.YYYY, NN/NN/YYYY or
 * an ISO 8601 date-time (whose calendar date is kept as written, whatever its
 * offset). A slashed date with the year last is month/day/year, as American
 * trackers write it, unless its first number is over 12, in which case it
 * can only be day/month/year: 03/04/2024 is the 4th of March, 25/12/2024 is
 * Christmas.
 *
 * Returns: %TRUE if @text is a valid date in one of these forms
 */
gboolean
pursuit_csv_parse_date (const char  *text,
                        char       **out_date)
{
  g_autofree char *copy = NULL;
  const char *p;
  guint a, b, c;
  guint year, month, day;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_date != NULL, FALSE);

  *out_date = NULL;
  copy = g_strstrip (g_strdup (text));
  p = copy;

  if (!read_digits (&p, 1, 4, &a))
    return FALSE;

  if (p - copy == 4 && (*p == '-' || *p == '/'))
    {
      char sep = *p++;

      year = a;
      if (!read_digits (&p, 1, 2, &month) || *p++ != sep || !read_digits (&p, 1, 2, &day))
        return FALSE;
      if (*p != '\0' && (sep != '-' || !is_iso_time (p)))
        return FALSE;
    }
  else if (p - copy <= 2 && *p == '.')
    {
      p++;
      day = a;
      if (!read_digits (&p, 1, 2, &month) || *p++ != '.' || !read_digits (&p, 4, 4, &year) || *p != '\0')
        return FALSE;
    }
  else if (p - copy <= 2 && *p == '/')
    {
      p++;
      if (!read_digits (&p, 1, 2, &b) || *p++ != '/' || !read_digits (&p, 4, 4, &c) || *p != '\0')
        return FALSE;
      year = c;
      if (a > 12)
        {
          day = a;
          month = b;
        }
      else
        {
          month = a;
          day = b;
        }
    }
  else
    {
      return FALSE;
    }

  if (year < 1000 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  *out_date = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  return TRUE;
}

/* Statuses ---------------------------------------------------------------- */

/**
 * pursuit_csv_parse_status:
 * @text: a status cell, in our words or another tracker's
 *
 * Maps a status such as "Wishlist", "Phone Screen", "Onsite" or "Not
 * selected" (any case) to one of our stage keys.
 *
 * Returns: (nullable): the stage key, or %NULL for a status we do not know
 */
const char *
pursuit_csv_parse_status (const char *text)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  name = normalize_name (text);
  for (guint i = 0; i < G_N_ELEMENTS (status_aliases); i++)
    if (g_str_equal (name, status_aliases[i].status))
      return status_aliases[i].stage;

  return NULL;
}

/* Remote ------------------------------------------------------------------ */

static gboolean
parse_remote (const char *text,
              gboolean   *out_remote)
{
  static const char * const yes[] = {
    "yes", "y", "true", "1", "x", "remote", "fully remote", "remote only", "remote ok",
  };
  static const char * const no[] = {
    "no", "n", "false", "0", "on site", "onsite", "in office", "office", "in person",
    "hybrid", "not remote", "non remote",
  };
  g_autofree char *name = normalize_name (text);

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_equal (name, yes[i]))
      {
        *out_remote = TRUE;
        return TRUE;
      }

  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_equal (name, no[i]))
      {
        *out_remote = FALSE;
        return TRUE;
      }

  return FALSE;
}

/* Salaries ---------------------------------------------------------------- */

static const char * const currency_codes[] = {
  "AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD", "HUF", "ILS", "INR",
  "JPY", "KRW", "MXN", "NOK", "NZD", "PLN", "RON", "SEK", "SGD", "USD", "ZAR",
};

static const char *
lookup_currency_code (const char *word,
                      gsize       len)
{
  if (len != 3)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (currency_codes); i++)
    if (g_ascii_strncasecmp (word, currency_codes[i], 3) == 0)
      return currency_codes[i];

  return NULL;
}

/* The dollar of the word written right before a '$': "CA$", "AU$", ... */
static const char *
dollar_for_prefix (const char *word,
                   gsize       len)
{
  static const struct { const char *prefix; const char *code; } dollars[] = {
    { "us", "USD" }, { "u", "USD" }, { "ca", "CAD" }, { "c", "CAD" }, { "au", "AUD" },
    { "a", "AUD" }, { "nz", "NZD" }, { "hk", "HKD" }, { "s", "SGD" }, { "sg", "SGD" },
    { "mx", "MXN" }, { "r", "BRL" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dollars); i++)
    if (strlen (dollars[i].prefix) == len && g_ascii_strncasecmp (word, dollars[i].prefix, len) == 0)
      return dollars[i].code;

  return NULL;
}

static const char *
lookup_period (const char *word,
               gsize       len)
{
  static const struct { const char *word; const char *period; } periods[] = {
    { "hour", "HOUR" }, { "hours", "HOUR" }, { "hr", "HOUR" }, { "hrs", "HOUR" },
    { "hourly", "HOUR" }, { "h", "HOUR" },
    { "day", "DAY" }, { "daily", "DAY" },
    { "week", "WEEK" }, { "wk", "WEEK" }, { "weekly", "WEEK" },
    { "month", "MONTH" }, { "mo", "MONTH" }, { "mth", "MONTH" }, { "monthly", "MONTH" },
    { "year", "YEAR" }, { "yr", "YEAR" }, { "yearly", "YEAR" }, { "annual", "YEAR" },
    { "annually", "YEAR" }, { "annum", "YEAR" }, { "pa", "YEAR" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    if (strlen (periods[i].word) == len && g_ascii_strncasecmp (word, periods[i].word, len) == 0)
      return periods[i].period;

  return NULL;
}

static gboolean
is_group_separator (const char *p,
                    gsize      *len)
{
  if (*p == ',' || *p == '.' || *p == '\'' || *p == ' ')
    *len = 1;
  else if (strncmp (p, "\xC2\xA0", 2) == 0)       /* no-break space */
    *len = 2;
  else if (strncmp (p, "\xE2\x80\xAF", 3) == 0)   /* narrow no-break space */
    *len = 3;
  else
    return FALSE;

  return TRUE;
}

/* Reads one amount such as "120,000", "60.000", "1.5k", "80 000" or "2M".
 * A separator followed by exactly three digits groups thousands; a ',' or
 * '.' followed by anything else starts decimals. */
static gboolean
read_amount (const char **pp,
             double      *out_value,
             double      *out_scale)
{
  const char *p = *pp;
  double value = 0;
  double multiplier = 1;

  while (g_ascii_isdigit (*p))
    value = value * 10 + (*p++ - '0');

  for (;;)
    {
      gsize sep_len;
      guint n_digits = 0;

      if (!is_group_separator (p, &sep_len))
        break;

      while (g_ascii_isdigit (p[sep_len + n_digits]))
        n_digits++;

      if (n_digits == 3)
        {
          p += sep_len;
          for (guint i = 0; i < 3; i++)
            value = value * 10 + (*p++ - '0');
          continue;
        }

      if ((*p == '.' || *p == ',') && n_digits > 0)
        {
          double scale = 0.1;

          p++;
          while (g_ascii_isdigit (*p))
            {
              value += (*p++ - '0') * scale;
              scale /= 10;
            }
        }

      break;
    }

  /* A "k" or "M" right after the number, or after one space, when no other
   * letter follows (so "80 kr" and "6 months" are not scaled). */
  {
    const char *q = (*p == ' ') ? p + 1 : p;

    if ((*q == 'k' || *q == 'K' || *q == 'm' || *q == 'M') && !g_ascii_isalpha (q[1]))
      {
        multiplier = (*q == 'k' || *q == 'K') ? 1000 : 1000000;
        p = q + 1;
      }
  }

  value *= multiplier;
  if (value > 1e15)
    return FALSE;

  *pp = p;
  *out_value = value;
  *out_scale = multiplier;
  return TRUE;
}

typedef struct
{
  double      amounts[2];
  double      scale[2];      /* 1, or 1000 for "k", 1000000 for "M" */
  guint       n_amounts;
  const char *currency;
  const char *period;
  gboolean    open_above;    /* "60k+", "from 60k" */
  gboolean    open_below;    /* "up to 80k" */
} Salary;

static gboolean
set_currency (Salary     *salary,
              const char *code)
{
  if (salary->currency != NULL && !g_str_equal (salary->currency, code))
    return FALSE;

  salary->currency = code;
  return TRUE;
}

/* Reads a salary cell into at most two amounts, a currency and a period.
 * Text without any digit ("Competitive", "DOE") is not a salary. */
static gboolean
scan_salary (const char *text,
             Salary     *salary)
{
  const char *p = text;
  const char *last_word = NULL;
  gsize last_word_len = 0;
  const char *last_word_end = NULL;

  memset (salary, 0, sizeof *salary);

  while (*p != '\0')
    {
      if (g_ascii_isdigit (*p))
        {
          if (salary->n_amounts == 2)
            return FALSE;
          if (!read_amount (&p, &salary->amounts[salary->n_amounts], &salary->scale[salary->n_amounts]))
            return FALSE;
          salary->n_amounts++;
          continue;
        }

      if (g_ascii_isalpha (*p))
        {
          const char *word = p;
          const char *code;
          const char *period;
          gsize len;

          while (g_ascii_isalpha (*p))
            p++;
          len = p - word;

          if ((code = lookup_currency_code (word, len)) != NULL)
            {
              if (!set_currency (salary, code))
                return FALSE;
            }
          else if ((period = lookup_period (word, len)) != NULL)
            salary->period = period;
          else if (len == 4 && g_ascii_strncasecmp (word, "euro", 4) == 0)
            {
              if (!set_currency (salary, "EUR"))
                return FALSE;
            }
          else if ((len == 4 && g_ascii_strncasecmp (word, "from", 4) == 0) ||
                   (len == 3 && g_ascii_strncasecmp (word, "min", 3) == 0))
            salary->open_above = TRUE;
          else if ((len == 2 && g_ascii_strncasecmp (word, "up", 2) == 0) ||
                   (len == 3 && g_ascii_strncasecmp (word, "max", 3) == 0))
            salary->open_below = TRUE;

          last_word = word;
          last_word_len = len;
          last_word_end = p;
          continue;
        }

      if (*p == '$')
        {
          const char *code = NULL;

          if (last_word_end == p)
            code = dollar_for_prefix (last_word, last_word_len);
          if (!set_currency (salary, code ? code : "USD"))
            return FALSE;
          p++;
          continue;
        }

      if (*p == '+' && salary->n_amounts == 1)
        salary->open_above = TRUE;

      if (strncmp (p, "\xE2\x82\xAC", 3) == 0 && !set_currency (salary, "EUR"))
        return FALSE;
      else if (strncmp (p, "\xC2\xA3", 2) == 0 && !set_currency (salary, "GBP"))
        return FALSE;
      else if (strncmp (p, "\xC2\xA5", 2) == 0 && !set_currency (salary, "JPY"))
        return FALSE;
      else if (strncmp (p, "\xE2\x82\xB9", 3) == 0 && !set_currency (salary, "INR"))
        return FALSE;

      p = g_utf8_next_char (p);
    }

  return salary->n_amounts > 0;
}

static gint64
round_amount (double value)
{
  return (gint64)(value + 0.5);
}

static void
salary_get_range (const Salary *salary,
                  gint64       *out_min,
                  gint64       *out_max)
{
  double lo = salary->amounts[0];
  double hi = salary->amounts[salary->n_amounts - 1];

  if (salary->n_amounts == 2)
    {
      /* "60-80k": the scale written once applies to both ends. */
      if (salary->scale[0] == 1 && salary->scale[1] > 1 && lo < 1000)
        lo *= salary->scale[1];

      if (lo > hi)
        {
          double tmp = lo;
          lo = hi;
          hi = tmp;
        }

      *out_min = round_amount (lo);
      *out_max = round_amount (hi);
    }
  else if (salary->open_above)
    {
      *out_min = round_amount (lo);
      *out_max = 0;
    }
  else if (salary->open_below)
    {
      *out_min = 0;
      *out_max = round_amount (lo);
    }
  else
    {
      *out_min = *out_max = round_amount (lo);
    }
}

/**
 * pursuit_csv_parse_salary:
 * @text: a salary cell
 * @out_min: (out): the lower bound, or 0 when open
 * @out_max: (out): the upper bound, or 0 when open
 * @out_currency: (out) (transfer full) (optional) (nullable): the ISO 4217
 *   code, from a sign ("€", "$", "£", "CA$", ...) or a code ("EUR")
 * @out_period: (out) (transfer full) (optional) (nullable): "HOUR", "DAY",
 *   "WEEK", "MONTH" or "YEAR" when the cell says so ("/yr", "per hour")
 *
 * Reads a cell such as "€60k–80k", "60000-80000 EUR", "$120,000",
 * "€60,000 - €80,000" or "60-80k EUR". A single amount sets both bounds,
 * unless it reads "60k+" or "from 60k" (no maximum) or "up to 80k" (no
 * minimum). A range written with its scale once ("60-80k") scales both ends.
 *
 * Returns: %TRUE if @text holds one amount or a range of two
 */
gboolean
pursuit_csv_parse_salary (const char  *text,
                          gint64      *out_min,
                          gint64      *out_max,
                          char       **out_currency,
                          char       **out_period)
{
  Salary salary;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_min != NULL, FALSE);
  g_return_val_if_fail (out_max != NULL, FALSE);

  *out_min = *out_max = 0;
  if (out_currency != NULL)
    *out_currency = NULL;
  if (out_period != NULL)
    *out_period = NULL;

  if (!scan_salary (text, &salary))
    return FALSE;

  salary_get_range (&salary, out_min, out_max);
  if (out_currency != NULL)
    *out_currency = g_strdup (salary.currency);
  if (out_period != NULL)
    *out_period = g_strdup (salary.period);

  return TRUE;
}

/* Mapping ----------------------------------------------------------------- */

/**
 * pursuit_csv_field_get_key:
 * @field: a field
 *
 * Returns: the field's key, which is also the column name export writes
 *   ("salary_min", "applied_date", ...)
 */
const char *
pursuit_csv_field_get_key (PursuitCsvField field)
{
  g_return_val_if_fail (field < PURSUIT_CSV_N_FIELDS, NULL);

  return field_keys[field];
}

/**
 * pursuit_csv_field_from_key:
 * @key: a key from [func@Pursuit.csv_field_get_key]
 *
 * Returns: the field, or %PURSUIT_CSV_FIELD_IGNORE for an unknown key
 */
PursuitCsvField
pursuit_csv_field_from_key (const char *key)
{
  g_return_val_if_fail (key != NULL, PURSUIT_CSV_FIELD_IGNORE);

  for (guint i = 0; i < PURSUIT_CSV_N_FIELDS; i++)
    if (g_str_equal (key, field_keys[i]))
      return i;

  return PURSUIT_CSV_FIELD_IGNORE;
}

static PursuitCsvField
guess_field (const char *column)
{
  g_autofree char *name = normalize_name (column);

  for (guint i = 0; i < G_N_ELEMENTS (header_aliases); i++)
    if (g_str_equal (name, header_aliases[i].name))
      return header_aliases[i].field;

  return PURSUIT_CSV_FIELD_IGNORE;
}

static void
pursuit_csv_mapping_finalize (GObject *object)
{
  PursuitCsvMapping *self = (PursuitCsvMapping *)object;

  g_strfreev (self->columns);
  g_free (self->fields);

  G_OBJECT_CLASS (pursuit_csv_mapping_parent_class)->finalize (object);
}

static void
pursuit_csv_mapping_class_init (PursuitCsvMappingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_csv_mapping_finalize;

  /**
   * PursuitCsvMapping::changed:
   * @self: the mapping
   * @column: the column whose field changed
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
pursuit_csv_mapping_init (PursuitCsvMapping *self)
{
}

/**
 * pursuit_csv_mapping_new:
 * @header: (array zero-terminated=1): the column names
 *
 * Returns: (transfer full): a mapping that ignores every column
 */
PursuitCsvMapping *
pursuit_csv_mapping_new (const char * const *header)
{
  PursuitCsvMapping *self;

  g_return_val_if_fail (header != NULL, NULL);

  self = g_object_new (PURSUIT_TYPE_CSV_MAPPING, NULL);
  self->columns = g_strdupv ((char **)header);
  self->n_columns = g_strv_length (self->columns);
  self->fields = g_new0 (PursuitCsvField, MAX (self->n_columns, 1));

  return self;
}

/**
 * pursuit_csv_mapping_guess:
 * @header: (array zero-terminated=1): the column names
 *
 * Maps the columns by their names, ignoring case, spaces, '_' and '-': our
 * own export's names and the usual ones of Huntr, Teal and spreadsheets
 * ("Company Name", "Job Title", "Position", "Status", "Date Applied", "Job
 * Link", "Compensation", "Comments", "Closing Date", "Work Type", ...). Each
 * field is given to its first column only, except notes, which gathers every
 * notes-like column. Unknown columns are ignored.
 *
 * Returns: (transfer full): the guessed mapping
 */
PursuitCsvMapping *
pursuit_csv_mapping_guess (const char * const *header)
{
  PursuitCsvMapping *self;
  gboolean taken[PURSUIT_CSV_N_FIELDS] = { FALSE, };

  g_return_val_if_fail (header != NULL, NULL);

  self = pursuit_csv_mapping_new (header);

  for (guint i = 0; i < self->n_columns; i++)
    {
      PursuitCsvField field = guess_field (self->columns[i]);

      if (field == PURSUIT_CSV_FIELD_IGNORE)
        continue;
      if (taken[field] && field != PURSUIT_CSV_FIELD_NOTES)
        continue;

      taken[field] = TRUE;
      self->fields[i] = field;
    }

  return self;
}

/**
 * pursuit_csv_mapping_guess_from_data:
 * @data: (array length=length): a CSV file
 * @length: the length of @data
 * @error: return location for a #GError
 *
 * Reads the header of @data and guesses its mapping, for the mapping dialog.
 *
 * Returns: (transfer full): the guessed mapping, or %NULL with @error set
 */
PursuitCsvMapping *
pursuit_csv_mapping_guess_from_data (const char  *data,
                                     gsize        length,
                                     GError     **error)
{
  g_autoptr(PursuitCsvReader) reader = NULL;
  g_auto(GStrv) header = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = pursuit_csv_reader_new (data, length, error);
  if (reader == NULL)
    return NULL;

  if (!pursuit_csv_reader_next (reader, &header, NULL, error))
    return NULL;

  if (header == NULL)
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                   "The file is empty");
      return NULL;
    }

  return pursuit_csv_mapping_guess ((const char * const *)header);
}

/**
 * pursuit_csv_mapping_get_n_columns:
 * @self: a mapping
 *
 * Returns: the number of columns in the header
 */
guint
pursuit_csv_mapping_get_n_columns (PursuitCsvMapping *self)
{
  g_return_val_if_fail (PURSUIT_IS_CSV_MAPPING (self), 0);

  return self->n_columns;
}

/**
 * pursuit_csv_mapping_get_column_name:
 * @self: a mapping
 * @column: a column index
 *
 * Returns: the header's name for @column
 */
const char *
pursuit_csv_mapping_get_column_name (PursuitCsvMapping *self,
                                     guint              column)
{
  g_return_val_if_fail (PURSUIT_IS_CSV_MAPPING (self), NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);

  return self->columns[column];
}

/**
 * pursuit_csv_mapping_get_field:
 * @self: a mapping
 * @column: a column index
 *
 * Returns: the field @column is imported into
 */
PursuitCsvField
pursuit_csv_mapping_get_field (PursuitCsvMapping *self,
                               guint              column)
{
  g_return_val_if_fail (PURSUIT_IS_CSV_MAPPING (self), PURSUIT_CSV_FIELD_IGNORE);
  g_return_val_if_fail (column < self->n_columns, PURSUIT_CSV_FIELD_IGNORE);

  return self->fields[column];
}

/**
 * pursuit_csv_mapping_set_field:
 * @self: a mapping
 * @column: a column index
 * @field: the field to import @column into
 *
 * Changes one column's field and emits `changed` if it differs.
 */
void
pursuit_csv_mapping_set_field (PursuitCsvMapping *self,
                               guint              column,
                               PursuitCsvField    field)
{
  g_return_if_fail (PURSUIT_IS_CSV_MAPPING (self));
  g_return_if_fail (column < self->n_columns);
  g_return_if_fail (field < PURSUIT_CSV_N_FIELDS);

  if (self->fields[column] == field)
    return;

  self->fields[column] = field;
  g_signal_emit (self, signals [CHANGED], 0, column);
}

/**
 * pursuit_csv_mapping_find_field:
 * @self: a mapping
 * @field: a field
 *
 * Returns: the first column mapped to @field, or -1
 */
int
pursuit_csv_mapping_find_field (PursuitCsvMapping *self,
                                PursuitCsvField    field)
{
  g_return_val_if_fail (PURSUIT_IS_CSV_MAPPING (self), -1);

  for (guint i = 0; i < self->n_columns; i++)
    if (self->fields[i] == field)
      return i;

  return -1;
}

/**
 * pursuit_csv_mapping_validate:
 * @self: a mapping
 * @error: return location for a #GError
 *
 * Checks that a column holds the job title, the one field every job needs.
 *
 * Returns: %TRUE if jobs can be imported with @self; otherwise %FALSE with
 *   %PURSUIT_IMPORT_ERROR_MALFORMED
 */
gboolean
pursuit_csv_mapping_validate (PursuitCsvMapping  *self,
                              GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_CSV_MAPPING (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (pursuit_csv_mapping_find_field (self, PURSUIT_CSV_FIELD_TITLE) < 0)
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                   "No column holds the job title: name one “Title”, “Job Title” or "
                   "“Position”, or choose it in the column mapping");
      return FALSE;
    }

  return TRUE;
}

/**
 * pursuit_csv_field_allows_many:
 * @field: a field
 *
 * Returns: whether several columns may be imported into @field: notes,
 *   whose cells are joined, and "ignore"
 */
gboolean
pursuit_csv_field_allows_many (PursuitCsvField field)
{
  return field == PURSUIT_CSV_FIELD_IGNORE || field == PURSUIT_CSV_FIELD_NOTES;
}

/**
 * pursuit_csv_mapping_new_for_columns:
 * @header: (array zero-terminated=1): the column names
 * @columns: (array length=n_pairs): column indexes, counted from 0
 * @fields: (array length=n_pairs): the field of each of @columns
 * @n_pairs: the number of pairs
 * @error: return location for a #GError
 *
 * Builds a mapping from pairs given by the user (or a script): column
 * @columns[i] is imported into @fields[i], and the columns not named are
 * ignored. Unlike [method@Pursuit.CsvMapping.set_field], which trusts its
 * caller, this checks its input: a column out of range or named twice, an
 * unknown field, a field other than notes given to two columns, or no
 * title column fail with %PURSUIT_IMPORT_ERROR_MALFORMED.
 *
 * Returns: (transfer full): the mapping, or %NULL with @error set
 */
PursuitCsvMapping *
pursuit_csv_mapping_new_for_columns (const char * const    *header,
                                     const guint           *columns,
                                     const PursuitCsvField *fields,
                                     guint                  n_pairs,
                                     GError               **error)
{
  g_autoptr(PursuitCsvMapping) self = NULL;
  g_autofree gboolean *named = NULL;

  g_return_val_if_fail (header != NULL, NULL);
  g_return_val_if_fail (n_pairs == 0 || (columns != NULL && fields != NULL), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = pursuit_csv_mapping_new (header);
  named = g_new0 (gboolean, MAX (self->n_columns, 1));

  for (guint i = 0; i < n_pairs; i++)
    {
      guint column = columns[i];
      guint field = fields[i];
      int other;

      if (column >= self->n_columns)
        {
          g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                       "There is no column %u: the file has %u", column + 1, self->n_columns);
          return NULL;
        }

      if (field >= PURSUIT_CSV_N_FIELDS)
        {
          g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                       "Column “%s” is mapped to an unknown field (%u)",
                       self->columns[column], field);
          return NULL;
        }

      if (named[column])
        {
          g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                       "Column “%s” is mapped twice", self->columns[column]);
          return NULL;
        }

      other = pursuit_csv_mapping_find_field (self, field);
      if (other >= 0 && !pursuit_csv_field_allows_many (field))
        {
          g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                       "Columns “%s” and “%s” are both mapped to %s: choose one",
                       self->columns[other], self->columns[column], field_keys[field]);
          return NULL;
        }

      named[column] = TRUE;
      self->fields[column] = field;
    }

  if (!pursuit_csv_mapping_validate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* Preview ----------------------------------------------------------------- */

/**
 * pursuit_csv_read_preview:
 * @data: (array length=length): a CSV file
 * @length: the length of @data
 * @max_rows: how many rows to read after the header
 * @out_rows: (out) (optional) (transfer full) (element-type GStrv): the
 *   first @max_rows non-empty rows, each with exactly as many cells as the
 *   header (short rows padded with "", long ones cut)
 * @error: return location for a #GError
 *
 * Reads what the mapping dialog shows: the header, the guessed mapping and
 * the first rows. Only the start of @data is parsed, so this is quick on
 * large files; an error further down shows up on import.
 *
 * Returns: (transfer full): the guessed mapping, or %NULL with @error set
 */
PursuitCsvMapping *
pursuit_csv_read_preview (const char  *data,
                          gsize        length,
                          guint        max_rows,
                          GPtrArray  **out_rows,
                          GError     **error)
{
  g_autoptr(PursuitCsvReader) reader = NULL;
  g_autoptr(PursuitCsvMapping) mapping = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(GStrv) header = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (out_rows != NULL)
    *out_rows = NULL;

  reader = pursuit_csv_reader_new (data, length, error);
  if (reader == NULL)
    return NULL;

  if (!pursuit_csv_reader_next (reader, &header, NULL, error))
    return NULL;

  if (header == NULL)
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                   "The file is empty");
      return NULL;
    }

  mapping = pursuit_csv_mapping_guess ((const char * const *)header);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  while (rows->len < max_rows)
    {
      g_auto(GStrv) cells = NULL;
      gboolean all_empty = TRUE;
      char **row;
      guint n_cells;

      if (!pursuit_csv_reader_next (reader, &cells, NULL, error))
        return NULL;
      if (cells == NULL)
        break;

      n_cells = g_strv_length (cells);
      for (guint i = 0; i < n_cells; i++)
        all_empty &= is_empty_cell (cells[i]);
      if (all_empty)
        continue;

      row = g_new0 (char *, mapping->n_columns + 1);
      for (guint i = 0; i < mapping->n_columns; i++)
        row[i] = g_strdup (i < n_cells ? unescape_formula (cells[i]) : "");
      g_ptr_array_add (rows, row);
    }

  if (out_rows != NULL)
    *out_rows = g_steal_pointer (&rows);

  return g_steal_pointer (&mapping);
}

/* Import ------------------------------------------------------------------ */

/* Sets a row error and returns NULL, for `return row_error (...);`. */
static gpointer
row_error (GError     **error,
           guint        line,
           const char  *format,
           ...) G_GNUC_PRINTF (3, 4);

static gpointer
row_error (GError     **error,
           guint        line,
           const char  *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_ROW,
               "line %u: %s", line, message);
  return NULL;
}

static gboolean
parse_date_cell (PursuitJob  *job,
                 void       (*setter) (PursuitJob *, const char *),
                 const char  *cell,
                 const char  *column,
                 guint        line,
                 GError     **error)
{
  g_autofree char *date = NULL;

  if (!pursuit_csv_parse_date (cell, &date))
    {
      row_error (error, line, "invalid date “%s” in column “%s”", cell, column);
      return FALSE;
    }

  setter (job, date);
  return TRUE;
}

static gboolean
parse_integer_cell (const char  *cell,
                    gint64       min,
                    gint64       max,
                    gint64      *out_value)
{
  g_autofree char *copy = g_strstrip (g_strdup (cell));
  guint64 value;

  if (g_str_has_suffix (copy, "%"))
    {
      copy[strlen (copy) - 1] = '\0';
      g_strchomp (copy);
    }

  /* Signed parsing would accept a sign, which no id or score has. */
  if (!g_ascii_isdigit (copy[0]) ||
      !g_ascii_string_to_unsigned (copy, 10, min, max, &value, NULL))
    return FALSE;

  *out_value = (gint64)value;
  return TRUE;
}

static gboolean
parse_amount_cell (const char  *cell,
                   gint64      *out_value,
                   const char **out_currency)
{
  Salary salary;
  gint64 min, max;

  if (!scan_salary (cell, &salary) || salary.n_amounts != 1)
    return FALSE;

  salary_get_range (&salary, &min, &max);
  *out_value = MAX (min, max);
  *out_currency = salary.currency;
  return TRUE;
}

/* A currency cell: an ISO 4217 code in any case, or a sign ("€", "CA$"). */
static char *
parse_currency (const char *cell)
{
  static const struct { const char *sign; const char *code; } signs[] = {
    { "\xE2\x82\xAC", "EUR" }, { "\xC2\xA3", "GBP" }, { "\xC2\xA5", "JPY" },
    { "\xE2\x82\xB9", "INR" }, { "euro", "EUR" }, { "euros", "EUR" },
  };
  g_autofree char *text = g_strstrip (g_strdup (cell));
  gsize len = strlen (text);

  if (len == 3 && g_ascii_isalpha (text[0]) && g_ascii_isalpha (text[1]) && g_ascii_isalpha (text[2]))
    return g_ascii_strup (text, -1);

  if (len == 1 && text[0] == '$')
    return g_strdup ("USD");

  if (len > 1 && text[len - 1] == '$')
    return g_strdup (dollar_for_prefix (text, len - 1));

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    if (g_ascii_strcasecmp (text, signs[i].sign) == 0)
      return g_strdup (signs[i].code);

  return NULL;
}

static PursuitJob *
row_to_job (PursuitCsvMapping  *mapping,
            char              **cells,
            guint               line,
            char              **out_note,
            GError            **error)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(GString) note = NULL;
  const char *value[PURSUIT_CSV_N_FIELDS] = { NULL, };
  const char *column[PURSUIT_CSV_N_FIELDS] = { NULL, };
  g_autofree char *currency = NULL;

  /* The first non-empty cell of each field wins; notes are joined. */
  for (guint i = 0; i < mapping->n_columns; i++)
    {
      PursuitCsvField field = mapping->fields[i];
      const char *cell = unescape_formula (cells[i]);

      if (field == PURSUIT_CSV_FIELD_IGNORE || is_empty_cell (cell))
        continue;

      if (field == PURSUIT_CSV_FIELD_NOTES)
        {
          if (note == NULL)
            note = g_string_new (cell);
          else
            g_string_append_printf (note, "\n\n%s", cell);
          continue;
        }

      if (value[field] == NULL)
        {
          value[field] = cell;
          column[field] = mapping->columns[i];
        }
    }

  if (value[PURSUIT_CSV_FIELD_TITLE] == NULL)
    return row_error (error, line, "missing job title");

  pursuit_job_set_title (job, value[PURSUIT_CSV_FIELD_TITLE]);
  pursuit_job_set_company (job, value[PURSUIT_CSV_FIELD_COMPANY]);
  pursuit_job_set_location (job, value[PURSUIT_CSV_FIELD_LOCATION]);
  pursuit_job_set_url (job, value[PURSUIT_CSV_FIELD_URL]);
  pursuit_job_set_apply_url (job, value[PURSUIT_CSV_FIELD_APPLY_URL]);
  pursuit_job_set_description (job, value[PURSUIT_CSV_FIELD_DESCRIPTION]);
  pursuit_job_set_employment_type (job, value[PURSUIT_CSV_FIELD_EMPLOYMENT_TYPE]);
  pursuit_job_set_source (job, value[PURSUIT_CSV_FIELD_SOURCE] ? value[PURSUIT_CSV_FIELD_SOURCE] : "csv");

  /* We write tags joined with ", "; other trackers also use ";". The store
   * judges each tag when the job is saved. */
  if (value[PURSUIT_CSV_FIELD_TAGS] != NULL)
    {
      g_auto(GStrv) tags = g_strsplit_set (value[PURSUIT_CSV_FIELD_TAGS], ",;", -1);

      pursuit_job_set_tags (job, (const char * const *)tags);
    }

  if (value[PURSUIT_CSV_FIELD_REMOTE] != NULL)
    {
      gboolean remote;

      if (!parse_remote (value[PURSUIT_CSV_FIELD_REMOTE], &remote))
        return row_error (error, line,
                          "invalid value “%s” in column “%s”; expected yes or no, remote, "
                          "hybrid or on-site",
                          value[PURSUIT_CSV_FIELD_REMOTE], column[PURSUIT_CSV_FIELD_REMOTE]);
      pursuit_job_set_remote (job, remote);
    }

  if (value[PURSUIT_CSV_FIELD_SALARY] != NULL)
    {
      const char *cell = value[PURSUIT_CSV_FIELD_SALARY];
      Salary salary;

      /* Text without a digit ("Competitive", "DOE") carries no amount. */
      if (strpbrk (cell, "0123456789") != NULL)
        {
          gint64 min, max;

          if (!scan_salary (cell, &salary))
            return row_error (error, line, "invalid salary “%s” in column “%s”",
                              cell, column[PURSUIT_CSV_FIELD_SALARY]);

          salary_get_range (&salary, &min, &max);
          pursuit_job_set_salary_min (job, min);
          pursuit_job_set_salary_max (job, max);
          pursuit_job_set_salary_period (job, salary.period);
          currency = g_strdup (salary.currency);
        }
    }

  for (PursuitCsvField f = PURSUIT_CSV_FIELD_SALARY_MIN; f <= PURSUIT_CSV_FIELD_SALARY_MAX; f++)
    {
      const char *amount_currency = NULL;
      gint64 amount;

      if (value[f] == NULL)
        continue;

      if (!parse_amount_cell (value[f], &amount, &amount_currency))
        return row_error (error, line, "invalid amount “%s” in column “%s”", value[f], column[f]);

      if (f == PURSUIT_CSV_FIELD_SALARY_MIN)
        pursuit_job_set_salary_min (job, amount);
      else
        pursuit_job_set_salary_max (job, amount);

      if (amount_currency != NULL)
        {
          g_free (currency);
          currency = g_strdup (amount_currency);
        }
    }

  if (value[PURSUIT_CSV_FIELD_CURRENCY] != NULL)
    {
      g_clear_pointer (&currency, g_free);
      currency = parse_currency (value[PURSUIT_CSV_FIELD_CURRENCY]);
      if (currency == NULL)
        return row_error (error, line, "invalid currency “%s” in column “%s”",
                          value[PURSUIT_CSV_FIELD_CURRENCY], column[PURSUIT_CSV_FIELD_CURRENCY]);
    }

  pursuit_job_set_currency (job, currency);

  if (value[PURSUIT_CSV_FIELD_SALARY_PERIOD] != NULL)
    pursuit_job_set_salary_period (job, value[PURSUIT_CSV_FIELD_SALARY_PERIOD]);

  if (value[PURSUIT_CSV_FIELD_APPLIED_DATE] != NULL &&
      !parse_date_cell (job, pursuit_job_set_applied_date, value[PURSUIT_CSV_FIELD_APPLIED_DATE],
                        column[PURSUIT_CSV_FIELD_APPLIED_DATE], line, error))
    return NULL;
  if (value[PURSUIT_CSV_FIELD_POSTED_DATE] != NULL &&
      !parse_date_cell (job, pursuit_job_set_posted_date, value[PURSUIT_CSV_FIELD_POSTED_DATE],
                        column[PURSUIT_CSV_FIELD_POSTED_DATE], line, error))
    return NULL;
  if (value[PURSUIT_CSV_FIELD_DEADLINE] != NULL &&
      !parse_date_cell (job, pursuit_job_set_deadline, value[PURSUIT_CSV_FIELD_DEADLINE],
                        column[PURSUIT_CSV_FIELD_DEADLINE], line, error))
    return NULL;

  if (value[PURSUIT_CSV_FIELD_STAGE] != NULL)
    {
      const char *stage = pursuit_csv_parse_status (value[PURSUIT_CSV_FIELD_STAGE]);

      if (stage == NULL)
        return row_error (error, line, "unknown status “%s”", value[PURSUIT_CSV_FIELD_STAGE]);
      pursuit_job_set_stage (job, stage);
    }
  else
    {
      /* Without a status, a date of application is the best hint. */
      pursuit_job_set_stage (job, pursuit_job_get_applied_date (job) ? "applied" : "saved");
    }

  if (value[PURSUIT_CSV_FIELD_MATCH_SCORE] != NULL)
    {
      gint64 score;

      if (!parse_integer_cell (value[PURSUIT_CSV_FIELD_MATCH_SCORE], 0, 100, &score))
        return row_error (error, line, "invalid match score “%s” in column “%s”",
                          value[PURSUIT_CSV_FIELD_MATCH_SCORE],
                          column[PURSUIT_CSV_FIELD_MATCH_SCORE]);
      pursuit_job_set_match_score (job, (int)score);
    }

  if (value[PURSUIT_CSV_FIELD_ID] != NULL)
    {
      gint64 id;

      if (!parse_integer_cell (value[PURSUIT_CSV_FIELD_ID], 1, G_MAXINT64, &id))
        return row_error (error, line, "invalid id “%s” in column “%s”",
                          value[PURSUIT_CSV_FIELD_ID], column[PURSUIT_CSV_FIELD_ID]);
      pursuit_job_set_id (job, id);
    }

  *out_note = note ? g_string_free (g_steal_pointer (&note), FALSE) : NULL;
  return g_steal_pointer (&job);
}

/**
 * pursuit_csv_parse_jobs:
 * @data: (array length=length): a CSV file
 * @length: the length of @data
 * @mapping: (nullable): the column mapping, or %NULL to guess it from the
 *   header with [func@Pursuit.CsvMapping.guess]
 * @out_notes: (out) (optional) (element-type utf8) (transfer full): the
 *   notes cell of each job, in the same order (an element may be %NULL)
 * @error: return location for a #GError
 *
 * Reads jobs from a CSV file whose first record is a header. Rows whose
 * cells are all empty are skipped. Statuses of other trackers become our
 * stage keys ([func@Pursuit.csv_parse_status]); without a status a job is
 * "applied" if it has a date of application, "saved" otherwise. Dates become
 * "YYYY-MM-DD" ([func@Pursuit.csv_parse_date]). The source is "csv" unless a
 * Source column says otherwise. Cells escaped against formulas by
 * [func@Pursuit.csv_export_jobs] are restored.
 *
 * Any bad row fails the whole parse: there are no partial results. A row
 * error is %PURSUIT_IMPORT_ERROR_ROW with a message that starts with
 * "line N: ", N being the physical line where the row starts. A header
 * without a title column, or a mapping for another number of columns, is
 * %PURSUIT_IMPORT_ERROR_MALFORMED. See also [func@Pursuit.csv_reader_new].
 *
 * This is CPU work on private data, fit for g_task_run_in_thread().
 *
 * Returns: (transfer full) (element-type PursuitJob): the jobs, or %NULL
 *   with @error set
 */
GPtrArray *
pursuit_csv_parse_jobs (const char         *data,
                        gsize               length,
                        PursuitCsvMapping  *mapping,
                        GPtrArray         **out_notes,
                        GError            **error)
{
  g_autoptr(PursuitCsvReader) reader = NULL;
  g_autoptr(PursuitCsvMapping) guessed = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_auto(GStrv) header = NULL;
  guint n_columns;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (mapping == NULL || PURSUIT_IS_CSV_MAPPING (mapping), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (out_notes != NULL)
    *out_notes = NULL;

  reader = pursuit_csv_reader_new (data, length, error);
  if (reader == NULL)
    return NULL;

  if (!pursuit_csv_reader_next (reader, &header, NULL, error))
    return NULL;

  if (header == NULL)
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                   "The file is empty");
      return NULL;
    }

  n_columns = g_strv_length (header);

  if (mapping == NULL)
    mapping = guessed = pursuit_csv_mapping_guess ((const char * const *)header);
  else if (mapping->n_columns != n_columns)
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED,
                   "The column mapping has %u columns but the file has %u",
                   mapping->n_columns, n_columns);
      return NULL;
    }

  if (!pursuit_csv_mapping_validate (mapping, error))
    return NULL;

  jobs = g_ptr_array_new_with_free_func (g_object_unref);
  notes = g_ptr_array_new_with_free_func (g_free);

  for (;;)
    {
      g_auto(GStrv) cells = NULL;
      PursuitJob *job;
      char *note = NULL;
      gboolean all_empty = TRUE;
      guint n_cells;
      guint line;

      if (!pursuit_csv_reader_next (reader, &cells, &line, error))
        return NULL;

      if (cells == NULL)
        break;

      n_cells = 0;
      for (; cells[n_cells] != NULL; n_cells++)
        all_empty &= is_empty_cell (cells[n_cells]);

      if (all_empty)
        continue;

      /* Trailing empty cells past the header are harmless. */
      if (n_cells > n_columns)
        {
          for (guint i = n_columns; i < n_cells; i++)
            if (!is_empty_cell (cells[i]))
              return row_error (error, line, "the row has %u cells but the header has %u",
                                n_cells, n_columns);
        }
      else if (n_cells < n_columns)
        {
          return row_error (error, line, "the row has %u cells but the header has %u",
                            n_cells, n_columns);
        }

      job = row_to_job (mapping, cells, line, &note, error);
      if (job == NULL)
        return NULL;

      g_ptr_array_add (jobs, job);
      g_ptr_array_add (notes, note);
    }

  if (out_notes != NULL)
    *out_notes = g_steal_pointer (&notes);

  return g_steal_pointer (&jobs);
}

/* Export ------------------------------------------------------------------ */

static void
append_cell (GString    *out,
             const char *text)
{
  g_autofree char *escaped = NULL;
  gsize len;
  gboolean quote;

  if (text == NULL || text[0] == '\0')
    return;

  if (needs_formula_escape (text, 0))
    text = escaped = g_strconcat ("'", text, NULL);

  len = strlen (text);
  quote = strpbrk (text, ",\"\r\n") != NULL ||
          g_ascii_isspace (text[0]) || g_ascii_isspace (text[len - 1]);

  if (!quote)
    {
      g_string_append_len (out, text, len);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_number (GString *out,
               gint64   value,
               gint64   unset)
{
  if (value != unset)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, value);
}

/**
 * pursuit_csv_export_jobs:
 * @jobs: (element-type PursuitJob): the jobs
 * @notes: (nullable) (element-type utf8): the notes text of each job, in
 *   the same order; an element may be %NULL
 *
 * Writes @jobs as RFC 4180 CSV with CRLF line ends and a header of our field
 * names: id, title, company, location, remote, salary_min, salary_max,
 * currency, salary_period, url, apply_url, stage, applied_date, posted_date,
 * deadline, employment_type, source, match_score, description, notes.
 * Unset numbers (id 0, salary 0, match score -1) are empty cells; remote is
 * "true" or "false".
 *
 * A field is quoted when it holds a comma, a quote, a line break, or starts
 * or ends with white space. Against spreadsheet formula injection, a cell
 * that starts with '=', '+', '-', '@', a tab or a carriage return, possibly
 * after some "'", gets one more "'" in front, so spreadsheets show it as
 * text; [func@Pursuit.csv_parse_jobs] takes it off again.
 *
 * Returns: (transfer full): the CSV text
 */
char *
pursuit_csv_export_jobs (GPtrArray *jobs,
                         GPtrArray *notes)
{
  static const PursuitCsvField columns[] = {
    PURSUIT_CSV_FIELD_ID,
    PURSUIT_CSV_FIELD_TITLE,
    PURSUIT_CSV_FIELD_COMPANY,
    PURSUIT_CSV_FIELD_LOCATION,
    PURSUIT_CSV_FIELD_REMOTE,
    PURSUIT_CSV_FIELD_SALARY_MIN,
    PURSUIT_CSV_FIELD_SALARY_MAX,
    PURSUIT_CSV_FIELD_CURRENCY,
    PURSUIT_CSV_FIELD_SALARY_PERIOD,
    PURSUIT_CSV_FIELD_URL,
    PURSUIT_CSV_FIELD_APPLY_URL,
    PURSUIT_CSV_FIELD_STAGE,
    PURSUIT_CSV_FIELD_APPLIED_DATE,
    PURSUIT_CSV_FIELD_POSTED_DATE,
    PURSUIT_CSV_FIELD_DEADLINE,
    PURSUIT_CSV_FIELD_EMPLOYMENT_TYPE,
    PURSUIT_CSV_FIELD_SOURCE,
    PURSUIT_CSV_FIELD_MATCH_SCORE,
    PURSUIT_CSV_FIELD_DESCRIPTION,
    PURSUIT_CSV_FIELD_NOTES,
    PURSUIT_CSV_FIELD_TAGS,
  };
  GString *out;

  g_return_val_if_fail (jobs != NULL, NULL);
  g_return_val_if_fail (notes == NULL || notes->len == jobs->len, NULL);

  out = g_string_new (NULL);

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      g_string_append (out, field_keys[columns[c]]);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);

      g_return_val_if_fail (PURSUIT_IS_JOB (job), g_string_free (out, TRUE));

      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');

          switch (columns[c])
            {
            case PURSUIT_CSV_FIELD_ID:
              append_number (out, pursuit_job_get_id (job), 0);
              break;
            case PURSUIT_CSV_FIELD_TITLE:
              append_cell (out, pursuit_job_get_title (job));
              break;
            case PURSUIT_CSV_FIELD_COMPANY:
              append_cell (out, pursuit_job_get_company (job));
              break;
            case PURSUIT_CSV_FIELD_LOCATION:
              append_cell (out, pursuit_job_get_location (job));
              break;
            case PURSUIT_CSV_FIELD_REMOTE:
              g_string_append (out, pursuit_job_get_remote (job) ? "true" : "false");
              break;
            case PURSUIT_CSV_FIELD_SALARY_MIN:
              append_number (out, pursuit_job_get_salary_min (job), 0);
              break;
            case PURSUIT_CSV_FIELD_SALARY_MAX:
              append_number (out, pursuit_job_get_salary_max (job), 0);
              break;
            case PURSUIT_CSV_FIELD_CURRENCY:
              append_cell (out, pursuit_job_get_currency (job));
              break;
            case PURSUIT_CSV_FIELD_SALARY_PERIOD:
              append_cell (out, pursuit_job_get_salary_period (job));
              break;
            case PURSUIT_CSV_FIELD_URL:
              append_cell (out, pursuit_job_get_url (job));
              break;
            case PURSUIT_CSV_FIELD_APPLY_URL:
              append_cell (out, pursuit_job_get_apply_url (job));
              break;
            case PURSUIT_CSV_FIELD_STAGE:
              append_cell (out, pursuit_job_get_stage (job));
              break;
            case PURSUIT_CSV_FIELD_APPLIED_DATE:
              append_cell (out, pursuit_job_get_applied_date (job));
              break;
            case PURSUIT_CSV_FIELD_POSTED_DATE:
              append_cell (out, pursuit_job_get_posted_date (job));
              break;
            case PURSUIT_CSV_FIELD_DEADLINE:
              append_cell (out, pursuit_job_get_deadline (job));
              break;
            case PURSUIT_CSV_FIELD_EMPLOYMENT_TYPE:
              append_cell (out, pursuit_job_get_employment_type (job));
              break;
            case PURSUIT_CSV_FIELD_SOURCE:
              append_cell (out, pursuit_job_get_source (job));
              break;
            case PURSUIT_CSV_FIELD_MATCH_SCORE:
              append_number (out, pursuit_job_get_match_score (job), -1);
              break;
            case PURSUIT_CSV_FIELD_DESCRIPTION:
              append_cell (out, pursuit_job_get_description (job));
              break;
            case PURSUIT_CSV_FIELD_NOTES:
              if (notes != NULL)
                append_cell (out, g_ptr_array_index (notes, i));
              break;
            case PURSUIT_CSV_FIELD_TAGS:
              {
                g_autofree char *tags = g_strjoinv (", ", (char **)pursuit_job_get_tags (job));

                append_cell (out, tags);
              }
              break;
            case PURSUIT_CSV_FIELD_IGNORE:
            case PURSUIT_CSV_FIELD_SALARY:
            default:
              g_assert_not_reached ();
            }
        }

      g_string_append (out, "\r\n");
    }

  return g_string_free (out, FALSE);
}
