/* test-contacts.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the job page keeps beside the posting: contacts, documents, and
 * notes once written (edit, remove, done). */

#include <string.h>

#include "pursuit-backup.h"
#include "pursuit-test-store.h"

typedef struct
{
  GArray *job_ids;
} Changes;

static void
on_changed_cb (PursuitStore *store,
               gint64        job_id,
               Changes      *changes)
{
  g_array_append_val (changes->job_ids, job_id);
}

static Changes *
watch (PursuitStore *store,
       const char   *signal)
{
  Changes *changes = g_new0 (Changes, 1);

  changes->job_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (store, signal, G_CALLBACK (on_changed_cb), changes);

  return changes;
}

static void
unwatch (PursuitStore *store,
         Changes      *changes)
{
  g_signal_handlers_disconnect_by_data (store, changes);
  g_array_unref (changes->job_ids);
  g_free (changes);
}

static gint64
last_change (Changes *changes)
{
  g_assert_cmpuint (changes->job_ids->len, >, 0);
  return g_array_index (changes->job_ids, gint64, changes->job_ids->len - 1);
}

static PursuitContact *
make_contact (gint64      job_id,
              const char *name,
              const char *email,
              const char *phone)
{
  PursuitContact *contact = pursuit_contact_new ();

  pursuit_contact_set_job_id (contact, job_id);
  pursuit_contact_set_name (contact, name);
  pursuit_contact_set_email (contact, email);
  pursuit_contact_set_phone (contact, phone);

  return contact;
}

static void
test_contacts_round_trip (StoreFixture  *fixture,
                          gconstpointer  data)
{
  gint64 job_id = add_job (fixture->store, "Backend Engineer", "Acme", NULL);
  gint64 other_id = add_job (fixture->store, "Barista", NULL, NULL);
  g_autoptr(PursuitContact) contact = make_contact (job_id, "  Ada Lovelace ", " ada@acme.example ", "+49 (30) 123-456");
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  Changes *changes = watch (fixture->store, "contacts-changed");
  PursuitContact *stored;
  gint64 id;

  pursuit_contact_set_role (contact, "Recruiter");
  pursuit_contact_set_notes (contact, "Prefers calls after 3 pm");
  id = pursuit_store_add_contact_full (fixture->store, contact, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (pursuit_contact_get_id (contact), ==, id);
  g_assert_cmpuint (changes->job_ids->len, ==, 1);
  g_assert_cmpint (last_change (changes), ==, job_id);

  /* The shorthand still works. */
  g_assert_cmpint (pursuit_store_add_contact (fixture->store, job_id, "Bob", NULL, NULL, &error), >, 0);
  g_assert_no_error (error);

  contacts = pursuit_store_list_contacts (fixture->store, job_id);
  g_assert_cmpuint (contacts->len, ==, 2);
  stored = g_ptr_array_index (contacts, 0);
  g_assert_cmpint (pursuit_contact_get_id (stored), ==, id);
  g_assert_cmpint (pursuit_contact_get_job_id (stored), ==, job_id);
  g_assert_cmpstr (pursuit_contact_get_name (stored), ==, "Ada Lovelace");
  g_assert_cmpstr (pursuit_contact_get_role (stored), ==, "Recruiter");
  g_assert_cmpstr (pursuit_contact_get_email (stored), ==, "ada@acme.example");
  g_assert_cmpstr (pursuit_contact_get_phone (stored), ==, "+49 (30) 123-456");
  g_assert_cmpstr (pursuit_contact_get_notes (stored), ==, "Prefers calls after 3 pm");
  g_assert_cmpint (pursuit_contact_get_created_at (stored), >, 0);
  g_assert_null (pursuit_contact_get_email (g_ptr_array_index (contacts, 1)));
  g_clear_pointer (&contacts, g_ptr_array_unref);

  contacts = pursuit_store_list_contacts (fixture->store, other_id);
  g_assert_cmpuint (contacts->len, ==, 0);
  g_clear_pointer (&contacts, g_ptr_array_unref);

  /* Edit: an emptied field is unset, the job stays. */
  stored = pursuit_contact_copy (contact);
  pursuit_contact_set_job_id (stored, other_id);
  pursuit_contact_set_role (stored, "Hiring manager");
  pursuit_contact_set_phone (stored, "   ");
  g_assert_true (pursuit_store_update_contact (fixture->store, stored, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_contact_get_job_id (stored), ==, job_id);
  g_assert_cmpint (last_change (changes), ==, job_id);
  g_object_unref (stored);

  contacts = pursuit_store_list_contacts (fixture->store, job_id);
  stored = g_ptr_array_index (contacts, 0);
  g_assert_cmpstr (pursuit_contact_get_role (stored), ==, "Hiring manager");
  g_assert_null (pursuit_contact_get_phone (stored));
  g_clear_pointer (&contacts, g_ptr_array_unref);

  /* Remove. */
  g_assert_true (pursuit_store_remove_contact (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->job_ids->len, ==, 4);
  contacts = pursuit_store_list_contacts (fixture->store, job_id);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpstr (pursuit_contact_get_name (g_ptr_array_index (contacts, 0)), ==, "Bob");

  g_assert_false (pursuit_store_remove_contact (fixture->store, id, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pursuit_store_update_contact (fixture->store, contact, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (changes->job_ids->len, ==, 4);

  /* Contacts go with their job. */
  g_assert_true (pursuit_store_remove_job (fixture->store, job_id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contacts, g_ptr_array_unref);
  contacts = pursuit_store_list_contacts (fixture->store, job_id);
  g_assert_cmpuint (contacts->len, ==, 0);

  unwatch (fixture->store, changes);
}

static void
test_contacts_hostile (StoreFixture  *fixture,
                       gconstpointer  data)
{
  gint64 job_id = add_job (fixture->store, "Backend Engineer", "Acme", NULL);
  g_autofree char *long_name = g_strnfill (10 * 1024, 'a');
  g_autoptr(GPtrArray) contacts = NULL;
  Changes *changes = watch (fixture->store, "contacts-changed");
  static const struct {
    const char *name;
    const char *email;
    const char *phone;
  } bad[] = {
    { NULL, NULL, NULL },
    { "   ", NULL, NULL },
    { "Ada\xff\xfe", NULL, NULL },
    { "Ada\nBob", NULL, NULL },
    { "Ada", "ada", NULL },
    { "Ada", "@acme.example", NULL },
    { "Ada", "ada@", NULL },
    { "Ada", "ada@acme@example", NULL },
    { "Ada", "ada lovelace@acme.example", NULL },
    { "Ada", "Ada <ada@acme.example>", NULL },
    { "Ada", "ada@acme.example,bob@acme.example", NULL },
    { "Ada", "ada@acme.example\r\nBcc: x@y", NULL },
    { "Ada", "ada@\xc3\x28", NULL },
    { "Ada", NULL, "call me" },
    { "Ada", NULL, "+1 555 0100; rm -rf" },
    { "Ada", NULL, "---" },
    { "Ada", NULL, "1234567890123456789012345678901234567890123" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(PursuitContact) contact = make_contact (job_id, bad[i].name, bad[i].email, bad[i].phone);
      g_autoptr(GError) error = NULL;

      g_test_message ("contact %u", i);
      g_assert_cmpint (pursuit_store_add_contact_full (fixture->store, contact, &error), ==, 0);
      g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
      g_assert_nonnull (error->message);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  {
    g_autoptr(PursuitContact) contact = make_contact (job_id, long_name, NULL, NULL);
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (pursuit_store_add_contact_full (fixture->store, contact, &error), ==, 0);
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  }

  /* No job, no contact. */
  {
    g_autoptr(PursuitContact) contact = make_contact (job_id + 100, "Ada", NULL, NULL);
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (pursuit_store_add_contact_full (fixture->store, contact, &error), ==, 0);
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  }

  /* Markup and quotes are just text. */
  {
    g_autoptr(PursuitContact) contact = make_contact (job_id, "<b>O'Brien</b> & \"Co\"", "o.brien+jobs@acme.example", "(030) 12.34/56");
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (pursuit_store_add_contact_full (fixture->store, contact, &error), >, 0);
    g_assert_no_error (error);
  }

  contacts = pursuit_store_list_contacts (fixture->store, job_id);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpstr (pursuit_contact_get_name (g_ptr_array_index (contacts, 0)), ==, "<b>O'Brien</b> & \"Co\"");
  g_assert_cmpuint (changes->job_ids->len, ==, 1);

  unwatch (fixture->store, changes);
}

static void
test_documents (StoreFixture  *fixture,
                gconstpointer  data)
{
  gint64 job_id = add_job (fixture->store, "Backend Engineer", "Acme", NULL);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  Changes *changes = watch (fixture->store, "documents-changed");
  PursuitDocument *document;
  gint64 cv_id;
  static const struct {
    const char *kind;
    const char *title;
    const char *path;
  } bad[] = {
    { "poem", "Ode", NULL },
    { NULL, "CV", NULL },
    { "resume", NULL, NULL },
    { "resume", "  ", NULL },
    { "resume", "CV\xff", NULL },
    { "resume", "CV\x01", NULL },
    { "resume", "CV", "cv.pdf" },
    { "resume", "CV", "~/cv.pdf" },
    { "resume", "CV", "javascript:alert(1)" },
    { "resume", "CV", "ftp://files.example/cv.pdf" },
    { "resume", "CV", "file:///home/u/cv.pdf" },
    { "resume", "CV", "https://" },
    { "resume", "CV", "/home/u/cv\n.pdf" },
    { "resume", "CV", "/home/u/\xc3\x28.pdf" },
  };

  cv_id = pursuit_store_add_document (fixture->store, job_id, "resume", " CV 2026 ", "/home/u/CV 2026.pdf", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cv_id, >, 0);
  g_assert_cmpint (last_change (changes), ==, job_id);
  g_assert_cmpint (pursuit_store_add_document (fixture->store, job_id, "portfolio", "Portfolio",
                                               "https://ada.example/work?x=1&y=2", &error), >, 0);
  g_assert_cmpint (pursuit_store_add_document (fixture->store, job_id, "cover_letter", "Letter", "HTTP://acme.example/l", &error), >, 0);
  g_assert_cmpint (pursuit_store_add_document (fixture->store, 0, "other", "Generic", NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (last_change (changes), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) local_error = NULL;

      g_test_message ("document %u", i);
      g_assert_cmpint (pursuit_store_add_document (fixture->store, job_id, bad[i].kind, bad[i].title,
                                                   bad[i].path, &local_error), ==, 0);
      g_assert_error (local_error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
    }
  g_assert_cmpuint (changes->job_ids->len, ==, 4);

  documents = pursuit_store_list_documents (fixture->store, job_id);
  g_assert_cmpuint (documents->len, ==, 3);
  document = g_ptr_array_index (documents, 0);
  g_assert_cmpint (pursuit_document_get_id (document), ==, cv_id);
  g_assert_cmpint (pursuit_document_get_job_id (document), ==, job_id);
  g_assert_cmpstr (pursuit_document_get_kind (document), ==, "resume");
  g_assert_cmpstr (pursuit_document_get_title (document), ==, "CV 2026");
  g_assert_cmpstr (pursuit_document_get_path (document), ==, "/home/u/CV 2026.pdf");
  g_assert_cmpstr (pursuit_document_get_kind (g_ptr_array_index (documents, 1)), ==, "portfolio");
  g_clear_pointer (&documents, g_ptr_array_unref);

  documents = pursuit_store_list_documents (fixture->store, 0);
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_null (pursuit_document_get_path (g_ptr_array_index (documents, 0)));
  g_clear_pointer (&documents, g_ptr_array_unref);

  g_assert_true (pursuit_store_remove_document (fixture->store, cv_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (last_change (changes), ==, job_id);
  g_assert_false (pursuit_store_remove_document (fixture->store, cv_id, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  documents = pursuit_store_list_documents (fixture->store, job_id);
  g_assert_cmpuint (documents->len, ==, 2);

  unwatch (fixture->store, changes);
}

static PursuitNote *
first_note (PursuitStore *store,
            gint64        job_id)
{
  g_autoptr(GPtrArray) notes = pursuit_store_list_notes (store, job_id);

  g_assert_cmpuint (notes->len, >, 0);
  return g_object_ref (g_ptr_array_index (notes, 0));
}

static PursuitNote *
copy_note (PursuitNote *note)
{
  PursuitNote *copy = pursuit_note_new ();

  pursuit_note_set_id (copy, pursuit_note_get_id (note));
  pursuit_note_set_job_id (copy, pursuit_note_get_job_id (note));
  pursuit_note_set_body (copy, pursuit_note_get_body (note));

  return copy;
}

static void
test_notes_edit (StoreFixture  *fixture,
                 gconstpointer  data)
{
  gint64 job_id = add_job (fixture->store, "Backend Engineer", "Acme", NULL);
  g_autoptr(PursuitNote) note = pursuit_note_new ();
  g_autoptr(PursuitNote) stored = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_tag = g_strnfill (65, 't');
  g_autofree char *long_tags = g_strnfill (10 * 1024, ',');
  Changes *changes = watch (fixture->store, "notes-changed");

  pursuit_note_set_job_id (note, job_id);
  pursuit_note_set_body (note, "Call the recruiter");
  g_assert_cmpint (pursuit_store_add_note (fixture->store, note, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->job_ids->len, ==, 0);

  /* Edit every field: tags are trimmed, repeats dropped. */
  pursuit_note_set_body (note, "  Call Ada about the zeppelin team ");
  pursuit_note_set_tags (note, " salary, Team ,, team,remote ");
  pursuit_note_set_priority (note, 2);
  pursuit_note_set_kind (note, "reminder");
  pursuit_note_set_due_at (note, 1893456000);
  g_assert_true (pursuit_store_update_note (fixture->store, note, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->job_ids->len, ==, 1);
  g_assert_cmpint (last_change (changes), ==, job_id);

  stored = first_note (fixture->store, job_id);
  g_assert_cmpstr (pursuit_note_get_body (stored), ==, "Call Ada about the zeppelin team");
  g_assert_cmpstr (pursuit_note_get_tags (stored), ==, "salary,Team,remote");
  g_assert_cmpint (pursuit_note_get_priority (stored), ==, 2);
  g_assert_cmpstr (pursuit_note_get_kind (stored), ==, "reminder");
  g_assert_cmpint (pursuit_note_get_due_at (stored), ==, 1893456000);
  g_assert_cmpstr (pursuit_note_get_tags (note), ==, "salary,Team,remote");

  /* Search follows the edited text. */
  hits = pursuit_store_search_jobs (fixture->store, "zeppelin", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);

  /* Refused edits leave the note alone. */
  {
    struct {
      const char *body;
      const char *tags;
      int priority;
      const char *kind;
      gint64 due_at;
    } bad[] = {
      { "  ", NULL, 0, "note", 0 },
      { "Ok\xff", NULL, 0, "note", 0 },
      { "Ok", "a,\xff", 0, "note", 0 },
      { "Ok", long_tag, 0, "note", 0 },
      { "Ok", "a\tb", 0, "note", 0 },
      { "Ok", NULL, 4, "note", 0 },
      { "Ok", NULL, -1, "note", 0 },
      { "Ok", NULL, 0, "memo", 0 },
      { "Ok", NULL, 0, "reminder", 0 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(PursuitNote) edit = copy_note (stored);
        g_autoptr(GError) local_error = NULL;

        g_test_message ("note edit %u", i);
        pursuit_note_set_body (edit, bad[i].body);
        pursuit_note_set_tags (edit, bad[i].tags);
        pursuit_note_set_priority (edit, bad[i].priority);
        pursuit_note_set_kind (edit, bad[i].kind);
        pursuit_note_set_due_at (edit, bad[i].due_at);
        g_assert_false (pursuit_store_update_note (fixture->store, edit, &local_error));
        g_assert_error (local_error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
      }
  }

  /* Only commas: no tags at all. */
  pursuit_note_set_tags (note, long_tags);
  g_assert_true (pursuit_store_update_note (fixture->store, note, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = first_note (fixture->store, job_id);
  g_assert_null (pursuit_note_get_tags (stored));
  g_assert_cmpstr (pursuit_note_get_body (stored), ==, "Call Ada about the zeppelin team");
  g_assert_cmpuint (changes->job_ids->len, ==, 2);

  /* Done also tells. */
  g_assert_true (pursuit_store_set_note_done (fixture->store, pursuit_note_get_id (note), TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->job_ids->len, ==, 3);

  /* Remove. */
  g_assert_true (pursuit_store_remove_note (fixture->store, pursuit_note_get_id (note), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->job_ids->len, ==, 4);
  g_assert_cmpint (last_change (changes), ==, job_id);
  g_assert_false (pursuit_store_remove_note (fixture->store, pursuit_note_get_id (note), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pursuit_store_update_note (fixture->store, note, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = pursuit_store_search_jobs (fixture->store, "zeppelin", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 0);

  unwatch (fixture->store, changes);
}

static void
test_batch_rollback (StoreFixture  *fixture,
                     gconstpointer  data)
{
  gint64 job_id = add_job (fixture->store, "Backend Engineer", "Acme", NULL);
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  Changes *contact_changes = watch (fixture->store, "contacts-changed");
  Changes *document_changes = watch (fixture->store, "documents-changed");
  gint64 contact_id;

  contact_id = pursuit_store_add_contact (fixture->store, job_id, "Ada", NULL, NULL, &error);
  g_assert_no_error (error);

  /* Signals wait for the commit; a rollback drops the writes and them. */
  g_assert_true (pursuit_store_begin (fixture->store, &error));
  g_assert_true (pursuit_store_remove_contact (fixture->store, contact_id, &error));
  g_assert_cmpint (pursuit_store_add_document (fixture->store, job_id, "resume", "CV", "/cv.pdf", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (contact_changes->job_ids->len, ==, 1);
  g_assert_cmpuint (document_changes->job_ids->len, ==, 0);
  pursuit_store_rollback (fixture->store);

  g_assert_cmpuint (contact_changes->job_ids->len, ==, 1);
  g_assert_cmpuint (document_changes->job_ids->len, ==, 0);
  contacts = pursuit_store_list_contacts (fixture->store, job_id);
  g_assert_cmpuint (contacts->len, ==, 1);
  documents = pursuit_store_list_documents (fixture->store, job_id);
  g_assert_cmpuint (documents->len, ==, 0);

  unwatch (fixture->store, contact_changes);
  unwatch (fixture->store, document_changes);
}

/* A backup keeps every field of contacts and documents. */
static void
test_backup_round_trip (StoreFixture  *fixture,
                        gconstpointer  data)
{
  gint64 job_id = add_job (fixture->store, "Backend Engineer", "Acme", NULL);
  g_autoptr(PursuitContact) contact = make_contact (job_id, "Ada", "ada@acme.example", "+1 555 0100");
  g_autoptr(PursuitStore) copy = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *copy_path = g_build_filename (fixture->dir, "copy.db", NULL);
  PursuitContact *restored;

  pursuit_contact_set_role (contact, "Recruiter");
  pursuit_contact_set_notes (contact, "Met at the meetup");
  g_assert_cmpint (pursuit_store_add_contact_full (fixture->store, contact, &error), >, 0);
  g_assert_cmpint (pursuit_store_add_document (fixture->store, job_id, "portfolio", "Work", "https://ada.example", &error), >, 0);
  g_assert_no_error (error);

  json = pursuit_backup_export_json (fixture->store, &error);
  g_assert_no_error (error);

  copy = pursuit_store_new (copy_path, &error);
  g_assert_no_error (error);
  g_assert_true (pursuit_backup_restore_json (copy, json, strlen (json), &error));
  g_assert_no_error (error);

  contacts = pursuit_store_list_contacts (copy, job_id);
  g_assert_cmpuint (contacts->len, ==, 1);
  restored = g_ptr_array_index (contacts, 0);
  g_assert_cmpstr (pursuit_contact_get_name (restored), ==, "Ada");
  g_assert_cmpstr (pursuit_contact_get_role (restored), ==, "Recruiter");
  g_assert_cmpstr (pursuit_contact_get_email (restored), ==, "ada@acme.example");
  g_assert_cmpstr (pursuit_contact_get_phone (restored), ==, "+1 555 0100");
  g_assert_cmpstr (pursuit_contact_get_notes (restored), ==, "Met at the meetup");

  documents = pursuit_store_list_documents (copy, job_id);
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_cmpstr (pursuit_document_get_kind (g_ptr_array_index (documents, 0)), ==, "portfolio");
  g_assert_cmpstr (pursuit_document_get_path (g_ptr_array_index (documents, 0)), ==, "https://ada.example");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)
  ADD ("/store/contacts/round-trip", test_contacts_round_trip);
  ADD ("/store/contacts/hostile", test_contacts_hostile);
  ADD ("/store/documents", test_documents);
  ADD ("/store/notes/edit-remove", test_notes_edit);
  ADD ("/store/contacts/batch-rollback", test_batch_rollback);
  ADD ("/store/contacts/backup", test_backup_round_trip);
#undef ADD

  return g_test_run ();
}
