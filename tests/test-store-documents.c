/* test-store-documents.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-automation.h"
#include "pursuit-backup.h"
#include "pursuit-store-documents.h"
#include "pursuit-test-matching.h"
#include "pursuit-test-store.h"

#define ADD(path, func) g_test_add (path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)

static PursuitDocument *
make_letter (gint64      job_id,
             const char *title,
             const char *body)
{
  PursuitDocument *document = pursuit_document_new ();

  pursuit_document_set_job_id (document, job_id);
  pursuit_document_set_kind (document, "cover_letter");
  pursuit_document_set_title (document, title);
  pursuit_document_set_body (document, body);
  pursuit_document_set_template (document, "cover-letter-formal");
  return document;
}

static gint64
save_or_die (PursuitStore    *store,
             PursuitDocument *document)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pursuit_store_save_document (store, document, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
count_signal (gint64 *count)
{
  (*count)++;
}

static void
on_documents_changed (PursuitStore *store,
                      gint64        job_id,
                      GArray       *seen)
{
  g_array_append_val (seen, job_id);
}

static void
test_save_and_get (StoreFixture  *fixture,
                   gconstpointer  data)
{
  gint64 job = add_job (fixture->store, "Engineer", "Acme", NULL);
  g_autoptr(PursuitDocument) letter = make_letter (job, "  Letter for Acme  ", "Dear team,\n\nHello.\n");
  g_autoptr(PursuitDocument) stored = NULL;
  g_autoptr(PursuitDocument) updated = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_signal_connect (fixture->store, "documents-changed", G_CALLBACK (on_documents_changed), seen);

  id = save_or_die (fixture->store, letter);
  g_assert_cmpint (pursuit_document_get_id (letter), ==, id);
  g_assert_cmpint (pursuit_document_get_created_at (letter), >, 0);
  g_assert_cmpint (pursuit_document_get_updated_at (letter), ==, pursuit_document_get_created_at (letter));
  g_assert_cmpstr (pursuit_document_get_title (letter), ==, "Letter for Acme");
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpint (g_array_index (seen, gint64, 0), ==, job);

  stored = pursuit_store_get_document (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_document_get_job_id (stored), ==, job);
  g_assert_cmpstr (pursuit_document_get_kind (stored), ==, "cover_letter");
  g_assert_cmpstr (pursuit_document_get_title (stored), ==, "Letter for Acme");
  g_assert_cmpstr (pursuit_document_get_body (stored), ==, "Dear team,\n\nHello.\n");
  g_assert_cmpstr (pursuit_document_get_template (stored), ==, "cover-letter-formal");
  g_assert_null (pursuit_document_get_path (stored));
  g_assert_cmpint (pursuit_document_get_sent_at (stored), ==, 0);

  /* The job's list has the new fields too. */
  listed = pursuit_store_list_documents (fixture->store, job);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpstr (pursuit_document_get_body (g_ptr_array_index (listed, 0)), ==, "Dear team,\n\nHello.\n");

  /* An update keeps the id and the job, even if the object says another. */
  pursuit_document_set_body (stored, "Dear Acme,\n\nEdited.\n");
  pursuit_document_set_title (stored, "Letter v2");
  pursuit_document_set_job_id (stored, 0);
  g_assert_cmpint (pursuit_store_save_document (fixture->store, stored, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_document_get_job_id (stored), ==, job);
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpint (g_array_index (seen, gint64, 1), ==, job);

  updated = pursuit_store_get_document (fixture->store, id, &error);
  g_assert_cmpstr (pursuit_document_get_body (updated), ==, "Dear Acme,\n\nEdited.\n");
  g_assert_cmpstr (pursuit_document_get_title (updated), ==, "Letter v2");
  g_assert_cmpint (pursuit_document_get_job_id (updated), ==, job);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM documents"), ==, 1);

  /* A copy has every field. */
  {
    g_autoptr(PursuitDocument) copy = pursuit_document_copy (updated);
    g_assert_cmpstr (pursuit_document_get_body (copy), ==, "Dear Acme,\n\nEdited.\n");
    g_assert_cmpstr (pursuit_document_get_template (copy), ==, "cover-letter-formal");
    g_assert_cmpint (pursuit_document_get_updated_at (copy), ==, pursuit_document_get_updated_at (updated));
  }
}

static void
assert_invalid (PursuitStore    *store,
                PursuitDocument *document,
                GQuark           domain,
                int              code)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pursuit_store_save_document (store, document, &error), ==, 0);
  g_assert_error (error, domain, code);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM documents"), ==, 0);
}

static void
test_validation (StoreFixture  *fixture,
                 gconstpointer  data)
{
  gint64 job = add_job (fixture->store, "Engineer", "Acme", NULL);
  g_autofree char *long_title = g_strnfill (201, 'x');
  g_autofree char *huge = g_strnfill (1024 * 1024 + 1, 'a');
  PursuitDocument *document;

  document = make_letter (job, "", "text");
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  pursuit_document_set_title (document, "   ");
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  pursuit_document_set_title (document, NULL);
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  pursuit_document_set_title (document, long_title);
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  pursuit_document_set_title (document, "Tab\there");
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  pursuit_document_set_title (document, "Bad \xff UTF-8");
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);

  pursuit_document_set_title (document, "Letter");
  pursuit_document_set_kind (document, "poem");
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  pursuit_document_set_kind (document, NULL);
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);

  pursuit_document_set_kind (document, "cover_letter");
  pursuit_document_set_body (document, "\xc3\x28");
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  pursuit_document_set_body (document, huge);
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);

  pursuit_document_set_body (document, "ok");
  pursuit_document_set_path (document, "relative/file.pdf");
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  pursuit_document_set_path (document, "javascript:alert(1)");
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);

  pursuit_document_set_path (document, NULL);
  pursuit_document_set_template (document, "");
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  pursuit_document_set_template (document, "cover-letter-formal");

  /* Unknown job, unknown document to update. */
  pursuit_document_set_job_id (document, 999);
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  pursuit_document_set_job_id (document, job);
  pursuit_document_set_id (document, 4242);
  assert_invalid (fixture->store, document, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);

  /* And a fine one of no job, with a file, is taken. */
  pursuit_document_set_id (document, 0);
  pursuit_document_set_job_id (document, 0);
  pursuit_document_set_path (document, "/home/ada/letter.pdf");
  save_or_die (fixture->store, document);
  g_object_unref (document);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PursuitDocument) missing = pursuit_store_get_document (fixture->store, 77, &error);
    g_assert_null (missing);
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  }
}

static gint64
count_pending_applied_follow_ups (PursuitStore *store,
                                  gint64        job_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM follow_ups WHERE job_id = %" G_GINT64_FORMAT
                                          " AND sequence = 'after_applied' AND status = 'pending'",
                                          job_id);
  return count_store_rows (store, sql);
}

static void
test_record_application (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitAutomation) automation = pursuit_automation_new (fixture->store);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  gint64 job = add_job (fixture->store, "Engineer", "Acme", NULL);
  gint64 other_job = add_job (fixture->store, "Designer", "Initech", NULL);
  g_autoptr(PursuitDocument) letter = make_letter (job, "Letter for Acme", "Dear Acme");
  g_autoptr(PursuitDocument) portfolio = pursuit_document_new ();
  g_autoptr(PursuitDocument) draft = make_letter (job, "Unsent draft", "Not this one");
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  g_autoptr(PursuitJob) stored = NULL;
  g_autoptr(PursuitDocument) sent_letter = NULL;
  g_autoptr(PursuitDocument) original = NULL;
  g_autoptr(PursuitDocument) unsent = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  gint64 stage_changes = 0;
  gint64 sent_at = unix_time_in (local, 2026, 11, 20, 15, 30);
  gint64 ids[3];
  gint64 cv_id;
  PursuitTimelineEvent *last;
  gboolean found_cv = FALSE;

  ids[0] = save_or_die (fixture->store, letter);
  pursuit_document_set_kind (portfolio, "portfolio");
  pursuit_document_set_title (portfolio, "Portfolio");
  pursuit_document_set_path (portfolio, "https://ada.example/work");
  ids[1] = save_or_die (fixture->store, portfolio);
  ids[2] = ids[0];  /* twice: sent once */
  save_or_die (fixture->store, draft);
  pursuit_profile_set_name (profile, "Ada");
  cv_id = add_text_cv (fixture->store, "Engineering CV 2026", "Ada Lovelace\nPython", profile);

  g_signal_connect_swapped (fixture->store, "stage-changed", G_CALLBACK (count_signal), &stage_changes);

  g_assert_true (pursuit_store_record_application (fixture->store, job, ids, 3, cv_id, sent_at, &error));
  g_assert_no_error (error);

  /* Moved to Applied on the day it was sent, once. */
  stored = pursuit_store_get_job (fixture->store, job, &error);
  g_assert_cmpstr (pursuit_job_get_stage (stored), ==, "applied");
  g_assert_cmpstr (pursuit_job_get_applied_date (stored), ==, "2026-11-20");
  g_assert_cmpint (stage_changes, ==, 1);

  /* The automation started the follow-up sequence, as for any move. */
  g_assert_cmpint (count_pending_applied_follow_ups (fixture->store, job), ==, 3);

  /* The job's letter is marked sent; the portfolio of no job is copied to
   * the job, sent, and the original stays for the next application. */
  sent_letter = pursuit_store_get_document (fixture->store, ids[0], &error);
  g_assert_cmpint (pursuit_document_get_sent_at (sent_letter), ==, sent_at);
  original = pursuit_store_get_document (fixture->store, ids[1], &error);
  g_assert_cmpint (pursuit_document_get_job_id (original), ==, 0);
  g_assert_cmpint (pursuit_document_get_sent_at (original), ==, 0);
  unsent = pursuit_store_get_document (fixture->store, pursuit_document_get_id (draft), &error);
  g_assert_cmpint (pursuit_document_get_sent_at (unsent), ==, 0);

  documents = pursuit_store_list_documents (fixture->store, job);
  g_assert_cmpuint (documents->len, ==, 4);  /* letter, draft, portfolio copy, CV */
  for (guint i = 0; i < documents->len; i++)
    {
      PursuitDocument *document = g_ptr_array_index (documents, i);

      if (g_str_equal (pursuit_document_get_title (document), "Portfolio"))
        {
          g_assert_cmpint (pursuit_document_get_id (document), !=, ids[1]);
          g_assert_cmpstr (pursuit_document_get_path (document), ==, "https://ada.example/work");
          g_assert_cmpint (pursuit_document_get_sent_at (document), ==, sent_at);
        }
      else if (g_str_equal (pursuit_document_get_title (document), "Engineering CV 2026"))
        {
          g_assert_cmpstr (pursuit_document_get_kind (document), ==, "resume");
          g_assert_cmpint (pursuit_document_get_sent_at (document), ==, sent_at);
          found_cv = TRUE;
        }
    }
  g_assert_true (found_cv);

  /* The timeline says what went out. */
  events = pursuit_store_list_events (fixture->store, job);
  last = g_ptr_array_index (events, events->len - 1);
  for (guint i = 0; i < events->len; i++)
    if (g_str_equal (pursuit_timeline_event_get_kind (g_ptr_array_index (events, i)), "application-sent"))
      last = g_ptr_array_index (events, i);
  g_assert_cmpstr (pursuit_timeline_event_get_kind (last), ==, "application-sent");
  g_assert_cmpstr (pursuit_timeline_event_get_detail (last), ==, "Letter for Acme, Portfolio, Engineering CV 2026");
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM events WHERE kind = 'application-sent'"),
                   ==, 1);

  /* The other job was not touched. */
  g_clear_object (&stored);
  stored = pursuit_store_get_job (fixture->store, other_job, &error);
  g_assert_cmpstr (pursuit_job_get_stage (stored), ==, "saved");
}

static void
test_already_applied (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(PursuitAutomation) automation = pursuit_automation_new (fixture->store);
  gint64 job = add_job (fixture->store, "Engineer", "Acme", NULL);
  g_autoptr(PursuitDocument) letter = make_letter (job, "Letter", "Dear Acme");
  g_autoptr(PursuitJob) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = save_or_die (fixture->store, letter);
  gint64 follow_ups;

  g_assert_true (pursuit_store_move_job (fixture->store, job, "applied", NULL, &error));
  g_assert_true (pursuit_store_move_job (fixture->store, job, "interviewing", NULL, &error));
  g_assert_no_error (error);
  follow_ups = count_store_rows (fixture->store, "SELECT count (*) FROM follow_ups");

  g_assert_true (pursuit_store_record_application (fixture->store, job, &id, 1, 0, 1790000000, &error));
  g_assert_no_error (error);

  stored = pursuit_store_get_job (fixture->store, job, &error);
  g_assert_cmpstr (pursuit_job_get_stage (stored), ==, "interviewing");
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM follow_ups"), ==, follow_ups);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT sent_at FROM documents"), ==, 1790000000);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM events WHERE kind = 'application-sent'"),
                   ==, 1);

  /* A sent document can still be edited; sent-at stays. */
  pursuit_document_set_body (letter, "Edited after sending");
  save_or_die (fixture->store, letter);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT sent_at FROM documents"), ==, 1790000000);
}

/* pursuit_store_record_application () of these refused with @code, and
 * nothing written: still @documents documents, none sent, @events
 * events and every job saved. */
static void
assert_refused (PursuitStore *store,
                gint64        job_id,
                const gint64 *document_ids,
                guint         n_document_ids,
                gint64        cv_id,
                gint64        sent_at,
                int           code,
                gint64        documents,
                gint64        events)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pursuit_store_record_application (store, job_id, document_ids, n_document_ids, cv_id, sent_at,
                                                    &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, code);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM documents"), ==, documents);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM documents WHERE sent_at IS NOT NULL"), ==, 0);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM events"), ==, events);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM jobs WHERE stage != 'saved'"), ==, 0);
}

static void
test_record_errors (StoreFixture  *fixture,
                    gconstpointer  data)
{
  gint64 job = add_job (fixture->store, "Engineer", "Acme", NULL);
  gint64 other = add_job (fixture->store, "Designer", "Initech", NULL);
  g_autoptr(PursuitDocument) mine = make_letter (job, "Mine", "a");
  g_autoptr(PursuitDocument) theirs = make_letter (other, "Theirs", "b");
  g_autoptr(GError) error = NULL;
  gint64 ids[2];
  gint64 documents, events;

  ids[0] = save_or_die (fixture->store, mine);
  ids[1] = save_or_die (fixture->store, theirs);
  documents = count_store_rows (fixture->store, "SELECT count (*) FROM documents");
  events = count_store_rows (fixture->store, "SELECT count (*) FROM events");

  assert_refused (fixture->store, 999, ids, 1, 0, 1790000000, PURSUIT_STORE_ERROR_NOT_FOUND, documents, events);

  /* The second document is another job's: nothing at all happens. */
  assert_refused (fixture->store, job, ids, 2, 0, 1790000000, PURSUIT_STORE_ERROR_INVALID, documents, events);

  assert_refused (fixture->store, job, (gint64[]) { ids[0], 555 }, 2, 0, 1790000000, PURSUIT_STORE_ERROR_NOT_FOUND,
                  documents, events);

  assert_refused (fixture->store, job, ids, 1, 31337, 1790000000, PURSUIT_STORE_ERROR_NOT_FOUND, documents, events);

  assert_refused (fixture->store, job, ids, 1, 0, 0, PURSUIT_STORE_ERROR_INVALID, documents, events);

  /* No documents at all is still an application. */
  g_assert_true (pursuit_store_record_application (fixture->store, job, NULL, 0, 0, 1790000000, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM events WHERE kind = 'application-sent'"
                                                     " AND detail IS NULL"), ==, 1);

  /* A CV with the longest title there is goes out under all of it. */
  {
    g_autoptr(GString) long_title = g_string_new (NULL);
    g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
    gint64 cv_id;

    for (guint i = 0; i < 200; i++)
      g_string_append (long_title, "é");
    cv_id = add_text_cv (fixture->store, long_title->str, "text", profile);

    g_assert_true (pursuit_store_record_application (fixture->store, other, NULL, 0, cv_id, 1790000000, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_store_rows (fixture->store, "SELECT length (title) FROM documents WHERE kind = 'resume'"),
                     ==, 200);
  }
}

static void
test_sent_list (StoreFixture  *fixture,
                gconstpointer  data)
{
  gint64 first_job = add_job (fixture->store, "Engineer", "Acme", NULL);
  gint64 second_job = add_job (fixture->store, "Designer", "Initech", NULL);
  g_autoptr(PursuitDocument) a = make_letter (first_job, "Letter A", "a");
  g_autoptr(PursuitDocument) b = make_letter (second_job, "Letter B", "b");
  g_autoptr(PursuitDocument) c = make_letter (second_job, "Letter C", "c");
  g_autoptr(GPtrArray) sent = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id_a = save_or_die (fixture->store, a);
  gint64 id_b = save_or_die (fixture->store, b);

  save_or_die (fixture->store, c);

  sent = pursuit_store_list_sent_documents (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sent->len, ==, 0);
  g_clear_pointer (&sent, g_ptr_array_unref);

  g_assert_true (pursuit_store_record_application (fixture->store, second_job, &id_b, 1, 0, 1790000000, &error));
  g_assert_true (pursuit_store_record_application (fixture->store, first_job, &id_a, 1, 0, 1790500000, &error));
  g_assert_no_error (error);

  sent = pursuit_store_list_sent_documents (fixture->store, &error);
  g_assert_cmpuint (sent->len, ==, 2);
  g_assert_cmpstr (pursuit_document_get_title (g_ptr_array_index (sent, 0)), ==, "Letter A");
  g_assert_cmpint (pursuit_document_get_job_id (g_ptr_array_index (sent, 0)), ==, first_job);
  g_assert_cmpstr (pursuit_document_get_title (g_ptr_array_index (sent, 1)), ==, "Letter B");
  g_assert_cmpint (pursuit_document_get_sent_at (g_ptr_array_index (sent, 1)), ==, 1790000000);
}

/* A backup carries the text and the sent time; one from before schema 8
 * (documents without those columns) still restores. */
static void
test_backup (StoreFixture  *fixture,
             gconstpointer  data)
{
  gint64 job = add_job (fixture->store, "Engineer", "Acme", NULL);
  g_autoptr(PursuitDocument) letter = make_letter (job, "Letter", "Dear Acme,\n\n{{not a placeholder}}");
  g_autoptr(PursuitDocument) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *old_json = NULL;
  gint64 id = save_or_die (fixture->store, letter);

  g_assert_true (pursuit_store_record_application (fixture->store, job, &id, 1, 0, 1790000000, &error));
  json = pursuit_backup_export_json (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"sent_at\""));

  g_assert_true (pursuit_backup_restore_json (fixture->store, json, strlen (json), &error));
  g_assert_no_error (error);
  restored = pursuit_store_get_document (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_document_get_body (restored), ==, "Dear Acme,\n\n{{not a placeholder}}");
  g_assert_cmpstr (pursuit_document_get_template (restored), ==, "cover-letter-formal");
  g_assert_cmpint (pursuit_document_get_sent_at (restored), ==, 1790000000);
  g_clear_object (&restored);

  /* The same backup as schema 7 wrote it: the documents have none of
   * the new columns. */
  {
    g_autoptr(JsonNode) root = json_from_string (json, &error);
    JsonObject *object = json_node_get_object (root);
    JsonObject *tables = json_object_get_object_member (object, "tables");
    JsonObject *documents = json_object_get_object_member (tables, "documents");
    JsonArray *columns = json_object_get_array_member (documents, "columns");
    JsonArray *rows = json_object_get_array_member (documents, "rows");
    g_autoptr(JsonArray) old_columns = json_array_new ();
    g_autoptr(JsonArray) old_rows = json_array_new ();

    g_assert_no_error (error);
    for (guint r = 0; r < json_array_get_length (rows); r++)
      {
        JsonArray *row = json_array_get_array_element (rows, r);
        JsonArray *old_row = json_array_new ();

        for (guint c = 0; c < json_array_get_length (columns); c++)
          {
            const char *name = json_array_get_string_element (columns, c);

            if (g_strv_contains ((const char * const[]) { "body", "template", "updated_at", "sent_at", NULL }, name))
              continue;
            if (r == 0)
              json_array_add_string_element (old_columns, name);
            json_array_add_element (old_row, json_node_copy (json_array_get_element (row, c)));
          }
        json_array_add_array_element (old_rows, old_row);
      }
    json_object_set_array_member (documents, "columns", json_array_ref (old_columns));
    json_object_set_array_member (documents, "rows", json_array_ref (old_rows));
    json_object_set_int_member (object, "schema", 7);
    old_json = json_to_string (root, FALSE);
  }

  g_assert_true (pursuit_backup_restore_json (fixture->store, old_json, strlen (old_json), &error));
  g_assert_no_error (error);
  restored = pursuit_store_get_document (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_document_get_title (restored), ==, "Letter");
  g_assert_null (pursuit_document_get_body (restored));
  g_assert_cmpint (pursuit_document_get_sent_at (restored), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/store-documents/save-and-get", test_save_and_get);
  ADD ("/store-documents/validation", test_validation);
  ADD ("/store-documents/record-application", test_record_application);
  ADD ("/store-documents/already-applied", test_already_applied);
  ADD ("/store-documents/record-errors", test_record_errors);
  ADD ("/store-documents/sent-list", test_sent_list);
  ADD ("/store-documents/backup", test_backup);

  return g_test_run ();
}
