/* pursuit-csv.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PURSUIT_CSV_MAX_SIZE:
 *
 * The largest CSV input, in bytes, that [func@Pursuit.csv_reader_new] and
 * [func@Pursuit.csv_parse_jobs] accept (64 MiB). Larger input fails with
 * %PURSUIT_IMPORT_ERROR_TOO_LARGE.
 */
#define PURSUIT_CSV_MAX_SIZE ((gsize) 64 * 1024 * 1024)

/* Reader ------------------------------------------------------------------ */

/**
 * PursuitCsvReader:
 *
 * A streaming RFC 4180 reader over a buffer in memory.
 *
 * It accepts quoted fields with `""` escapes and embedded delimiters and
 * line breaks, CRLF or LF line ends, a leading UTF-8 byte order mark, and
 * comma-, semicolon- or tab-separated files (the delimiter is the one that
 * occurs most often outside quotes in the first record, comma on a tie).
 *
 * Leniencies, on purpose: blank physical lines are skipped (so trailing empty
 * lines are ignored), spaces around an unquoted field and around the quotes
 * of a quoted field are dropped, and a quote inside an unquoted field is kept
 * as text. Whitespace inside quotes is always kept.
 *
 * The reader does not copy the buffer: it must outlive the reader.
 */
typedef struct _PursuitCsvReader PursuitCsvReader;

PursuitCsvReader *pursuit_csv_reader_new           (const char        *data,
                                                    gsize              length,
                                                    GError           **error);
void              pursuit_csv_reader_free          (PursuitCsvReader  *self);
char              pursuit_csv_reader_get_delimiter (PursuitCsvReader  *self);
gboolean          pursuit_csv_reader_next          (PursuitCsvReader  *self,
                                                    char            ***out_fields,
                                                    guint             *out_line,
                                                    GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitCsvReader, pursuit_csv_reader_free)

/* Column mapping ---------------------------------------------------------- */

/**
 * PursuitCsvField:
 * @PURSUIT_CSV_FIELD_IGNORE: the column is not imported
 * @PURSUIT_CSV_FIELD_TITLE: the job title (required)
 * @PURSUIT_CSV_FIELD_COMPANY: the employer
 * @PURSUIT_CSV_FIELD_LOCATION: the location
 * @PURSUIT_CSV_FIELD_REMOTE: yes/no, true/false, remote/hybrid/on-site
 * @PURSUIT_CSV_FIELD_SALARY: one cell holding a range and currency, such as
 *   "€60k–80k", "60000-80000 EUR" or "$120,000"
 * @PURSUIT_CSV_FIELD_SALARY_MIN: the lower bound, a number
 * @PURSUIT_CSV_FIELD_SALARY_MAX: the upper bound, a number
 * @PURSUIT_CSV_FIELD_CURRENCY: an ISO 4217 code or a currency sign
 * @PURSUIT_CSV_FIELD_SALARY_PERIOD: the salary period, kept as written
 * @PURSUIT_CSV_FIELD_URL: the posting's address
 * @PURSUIT_CSV_FIELD_APPLY_URL: where to apply
 * @PURSUIT_CSV_FIELD_DESCRIPTION: the posting text
 * @PURSUIT_CSV_FIELD_SOURCE: where the job was found (default "csv")
 * @PURSUIT_CSV_FIELD_STAGE: a status, in our words or another tracker's
 * @PURSUIT_CSV_FIELD_APPLIED_DATE: the date of the application
 * @PURSUIT_CSV_FIELD_POSTED_DATE: the date of the posting
 * @PURSUIT_CSV_FIELD_DEADLINE: the closing date
 * @PURSUIT_CSV_FIELD_EMPLOYMENT_TYPE: full time, contract, ... kept as written
 * @PURSUIT_CSV_FIELD_MATCH_SCORE: a score from 0 to 100
 * @PURSUIT_CSV_FIELD_ID: a job id from an earlier export
 * @PURSUIT_CSV_FIELD_NOTES: free text returned next to the job, for a note
 * @PURSUIT_CSV_FIELD_TAGS: the job's tags, separated by commas or semicolons
 *
 * The job field a CSV column is imported into.
 */
typedef enum
{
  PURSUIT_CSV_FIELD_IGNORE,
  PURSUIT_CSV_FIELD_TITLE,
  PURSUIT_CSV_FIELD_COMPANY,
  PURSUIT_CSV_FIELD_LOCATION,
  PURSUIT_CSV_FIELD_REMOTE,
  PURSUIT_CSV_FIELD_SALARY,
  PURSUIT_CSV_FIELD_SALARY_MIN,
  PURSUIT_CSV_FIELD_SALARY_MAX,
  PURSUIT_CSV_FIELD_CURRENCY,
  PURSUIT_CSV_FIELD_SALARY_PERIOD,
  PURSUIT_CSV_FIELD_URL,
  PURSUIT_CSV_FIELD_APPLY_URL,
  PURSUIT_CSV_FIELD_DESCRIPTION,
  PURSUIT_CSV_FIELD_SOURCE,
  PURSUIT_CSV_FIELD_STAGE,
  PURSUIT_CSV_FIELD_APPLIED_DATE,
  PURSUIT_CSV_FIELD_POSTED_DATE,
  PURSUIT_CSV_FIELD_DEADLINE,
  PURSUIT_CSV_FIELD_EMPLOYMENT_TYPE,
  PURSUIT_CSV_FIELD_MATCH_SCORE,
  PURSUIT_CSV_FIELD_ID,
  PURSUIT_CSV_FIELD_NOTES,
  PURSUIT_CSV_FIELD_TAGS,
} PursuitCsvField;

#define PURSUIT_CSV_N_FIELDS (PURSUIT_CSV_FIELD_TAGS + 1)

#define PURSUIT_TYPE_CSV_FIELD (pursuit_csv_field_get_type ())
GType            pursuit_csv_field_get_type      (void) G_GNUC_CONST;
const char      *pursuit_csv_field_get_key       (PursuitCsvField    field);
PursuitCsvField  pursuit_csv_field_from_key      (const char        *key);

/**
 * PursuitCsvMapping:
 *
 * Which job field each column of a CSV file is imported into.
 *
 * A mapping is a plain GObject holding the header's column names and one
 * [enum@Pursuit.CsvField] per column, so the mapping dialog can show the
 * columns, let the user change a field with
 * [method@Pursuit.CsvMapping.set_field] and follow the `changed` signal.
 * Several columns may map to the same field: on import the first non-empty
 * cell wins, except for notes, where the non-empty cells are joined with a
 * blank line.
 */
#define PURSUIT_TYPE_CSV_MAPPING (pursuit_csv_mapping_get_type ())

G_DECLARE_FINAL_TYPE (PursuitCsvMapping, pursuit_csv_mapping, PURSUIT, CSV_MAPPING, GObject)

PursuitCsvMapping *pursuit_csv_mapping_new             (const char * const *header);
PursuitCsvMapping *pursuit_csv_mapping_guess           (const char * const *header);
PursuitCsvMapping *pursuit_csv_mapping_guess_from_data (const char         *data,
                                                        gsize               length,
                                                        GError            **error);
guint              pursuit_csv_mapping_get_n_columns   (PursuitCsvMapping  *self);
const char        *pursuit_csv_mapping_get_column_name (PursuitCsvMapping  *self,
                                                        guint               column);
PursuitCsvField    pursuit_csv_mapping_get_field       (PursuitCsvMapping  *self,
                                                        guint               column);
void               pursuit_csv_mapping_set_field       (PursuitCsvMapping  *self,
                                                        guint               column,
                                                        PursuitCsvField     field);
int                pursuit_csv_mapping_find_field      (PursuitCsvMapping  *self,
                                                        PursuitCsvField     field);
gboolean           pursuit_csv_mapping_validate        (PursuitCsvMapping  *self,
                                                        GError            **error);
PursuitCsvMapping *pursuit_csv_mapping_new_for_columns (const char * const    *header,
                                                        const guint           *columns,
                                                        const PursuitCsvField *fields,
                                                        guint                  n_pairs,
                                                        GError               **error);
gboolean           pursuit_csv_field_allows_many       (PursuitCsvField     field);

/* Preview ----------------------------------------------------------------- */

PursuitCsvMapping *pursuit_csv_read_preview            (const char         *data,
                                                        gsize               length,
                                                        guint               max_rows,
                                                        GPtrArray         **out_rows,
                                                        GError            **error);

/* Jobs -------------------------------------------------------------------- */

GPtrArray *pursuit_csv_parse_jobs  (const char         *data,
                                    gsize               length,
                                    PursuitCsvMapping  *mapping,
                                    GPtrArray         **out_notes,
                                    GError            **error);
char      *pursuit_csv_export_jobs (GPtrArray          *jobs,
                                    GPtrArray          *notes);

/* Cell parsers, public for the mapping dialog's preview and for tests. */
gboolean   pursuit_csv_parse_date   (const char         *text,
                                     char              **out_date);
gboolean   pursuit_csv_parse_salary (const char         *text,
                                     gint64             *out_min,
                                     gint64             *out_max,
                                     char              **out_currency,
                                     char              **out_period);
const char *pursuit_csv_parse_status (const char        *text);

G_END_DECLS
