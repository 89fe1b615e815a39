/* test-mail-parser.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "pursuit-base64url.h"
#include "pursuit-mail-parser.h"

static PursuitMailMessage *
parse_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "mail", "parser", name, NULL);
  g_autoptr(GError) error = NULL;
  PursuitMailMessage *message;

  message = pursuit_mail_parse_file (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (message);
  return message;
}

static PursuitMailMessage *
parse_text (const char  *text,
            gsize        length,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  return pursuit_mail_parse (bytes, error);
}

static void
assert_valid_message (PursuitMailMessage *message)
{
  const char *fields[] = {
    pursuit_mail_message_get_subject (message),
    pursuit_mail_message_get_from_name (message),
    pursuit_mail_message_get_from_address (message),
    pursuit_mail_message_get_to (message),
    pursuit_mail_message_get_body_text (message),
    pursuit_mail_message_get_snippet (message),
    pursuit_mail_message_get_message_id (message),
    pursuit_mail_message_get_references (message),
    pursuit_mail_message_get_calendar_data (message),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != NULL)
      g_assert_true (g_utf8_validate (fields[i], -1, NULL));

  g_assert_cmpuint (strlen (pursuit_mail_message_get_body_text (message)), <=, PURSUIT_MAIL_MAX_BODY_TEXT);
  g_assert_cmpuint (g_utf8_strlen (pursuit_mail_message_get_snippet (message), -1), <=, 200);
}

static void
test_plain (void)
{
  g_autoptr(PursuitMailMessage) message = parse_fixture ("plain.eml");
  const char *body = pursuit_mail_message_get_body_text (message);

  assert_valid_message (message);
  g_assert_cmpstr (pursuit_mail_message_get_subject (message), ==, "Thank you for applying to Acme");
  g_assert_cmpstr (pursuit_mail_message_get_from_name (message), ==, "Acme Talent Team");
  g_assert_cmpstr (pursuit_mail_message_get_from_address (message), ==, "no-reply@acme.example");
  g_assert_cmpstr (pursuit_mail_message_get_reply_to_address (message), ==, "jane.recruiter@acme.example");
  g_assert_cmpstr (pursuit_mail_message_get_message_id (message), ==, "<conf-1234@acme.example>");
  g_assert_nonnull (strstr (pursuit_mail_message_get_to (message), "ada@example.org"));
  g_assert_nonnull (strstr (pursuit_mail_message_get_to (message), "bob@example.org"));
  g_assert_cmpint (pursuit_mail_message_get_received_at (message), ==, 1803975240);
  g_assert_null (pursuit_mail_message_get_in_reply_to (message));
  g_assert_null (pursuit_mail_message_get_references (message));
  g_assert_null (pursuit_mail_message_get_calendar_data (message));
  g_assert_false (pursuit_mail_message_get_bulk (message));
  g_assert_false (pursuit_mail_message_get_outgoing (message));

  /* CRLF became LF; UTF-8 kept. */
  g_assert_null (strchr (body, '\r'));
  g_assert_true (g_str_has_prefix (body, "Hi Ada,\n\nThank you for applying to the Backend Engineer"));
  g_assert_nonnull (strstr (body, "The Acme Talent Team — Zürich"));
  g_assert_cmpstr (pursuit_mail_message_get_snippet (message), ==,
                   "Hi Ada, Thank you for applying to the Backend Engineer position at Acme. "
                   "Our team will review your application and get back to you soon. Best regards, "
                   "The Acme Talent Team — Zürich");
}

static void
test_alternative (void)
{
  g_autoptr(PursuitMailMessage) message = parse_fixture ("alternative.eml");

  assert_valid_message (message);
  g_assert_cmpstr (pursuit_mail_message_get_from_name (message), ==, "Globex via Greenhouse");
  g_assert_cmpstr (pursuit_mail_message_get_from_address (message), ==, "no-reply@us.greenhouse-mail.io");
  g_assert_cmpstr (pursuit_mail_message_get_in_reply_to (message), ==, "<first@example.org>");
  g_assert_cmpstr (pursuit_mail_message_get_references (message), ==, "<root@example.org> <first@example.org>");
  /* text/plain wins over text/html */
  g_assert_true (g_str_has_prefix (pursuit_mail_message_get_body_text (message), "Plain version"));
  g_assert_null (strstr (pursuit_mail_message_get_body_text (message), "HTML version"));
}

static void
test_html_only (void)
{
  g_autoptr(PursuitMailMessage) message = parse_fixture ("html-only.eml");
  const char *body = pursuit_mail_message_get_body_text (message);

  assert_valid_message (message);
  g_assert_nonnull (strstr (body, "Interview invitation"));
  g_assert_nonnull (strstr (body, "Thursday, March 4 at 2:30 PM"));
  g_assert_nonnull (strstr (body, "Café & cookies"));
  g_assert_null (strstr (body, "<b>"));
  g_assert_null (strstr (body, "color: red"));
}

static void
test_charsets (void)
{
  g_autoptr(PursuitMailMessage) latin1 = parse_fixture ("latin1.eml");
  g_autoptr(PursuitMailMessage) jp = parse_fixture ("iso2022jp.eml");
  g_autoptr(PursuitMailMessage) utf8 = parse_fixture ("utf8-base64.eml");

  assert_valid_message (latin1);
  g_assert_cmpstr (pursuit_mail_message_get_subject (latin1), ==, "Ihre Bewerbung bei der Müller GmbH");
  g_assert_cmpstr (pursuit_mail_message_get_from_name (latin1), ==, "René Müller");
  g_assert_nonnull (strstr (pursuit_mail_message_get_body_text (latin1), "vielen Dank für Ihre Bewerbung. Wir prüfen"));
  g_assert_nonnull (strstr (pursuit_mail_message_get_body_text (latin1), "Grüßen"));

  assert_valid_message (jp);
  g_assert_cmpstr (pursuit_mail_message_get_subject (jp), ==, "面接のご案内");
  g_assert_true (g_str_has_prefix (pursuit_mail_message_get_body_text (jp), "ご応募ありがとうございます。\n面接の日程"));

  assert_valid_message (utf8);
  g_assert_cmpstr (pursuit_mail_message_get_subject (utf8), ==, "Tu candidatura en Señales S.L.");
  g_assert_cmpstr (pursuit_mail_message_get_from_name (utf8), ==, "Señales Selección");
  g_assert_nonnull (strstr (pursuit_mail_message_get_body_text (utf8), "¡Nos pondremos en contacto contigo pronto!"));
}

static void
test_rfc2047 (void)
{
  g_autoptr(PursuitMailMessage) message = parse_fixture ("rfc2047.eml");

  assert_valid_message (message);
  g_assert_cmpstr (pursuit_mail_message_get_subject (message), ==, "Votre candidature – Ingénieur logiciel");
  g_assert_cmpstr (pursuit_mail_message_get_from_name (message), ==, "Françoise Pérez");
  g_assert_nonnull (strstr (pursuit_mail_message_get_to (message), "Ádá Lovelace"));
}

static void
assert_calendar (PursuitMailMessage *message)
{
  const char *calendar = pursuit_mail_message_get_calendar_data (message);

  g_assert_nonnull (calendar);
  g_assert_true (g_str_has_prefix (calendar, "BEGIN:VCALENDAR"));
  g_assert_nonnull (strstr (calendar, "DTSTART:20270310T140000Z"));
  g_assert_nonnull (strstr (calendar, "END:VCALENDAR"));
}

static void
test_calendar (void)
{
  g_autoptr(PursuitMailMessage) attached = parse_fixture ("ics-attachment.eml");
  g_autoptr(PursuitMailMessage) inline_part = parse_fixture ("calendar-inline.eml");

  assert_valid_message (attached);
  assert_calendar (attached);
  g_assert_true (g_str_has_prefix (pursuit_mail_message_get_body_text (attached), "Hi Ada, please find"));

  assert_valid_message (inline_part);
  assert_calendar (inline_part);
  g_assert_true (g_str_has_prefix (pursuit_mail_message_get_body_text (inline_part), "You have been invited"));
}

static void
test_nested (void)
{
  g_autoptr(PursuitMailMessage) message = parse_fixture ("nested.eml");
  const char *body = pursuit_mail_message_get_body_text (message);

  assert_valid_message (message);
  g_assert_cmpstr (body, ==, "Please complete the coding challenge within 5 days. ✓\n");
  g_assert_null (strstr (body, "Attachment text"));
  g_assert_true (pursuit_mail_message_get_bulk (message));
  g_assert_null (pursuit_mail_message_get_calendar_data (message));
}

static void
assert_invalid (const char *text,
                gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailMessage) message = parse_text (text, length, &error);

  g_assert_error (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_INVALID);
  g_assert_null (message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
test_hostile_invalid (void)
{
  static const char garbage[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\xff\xfe binary";
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autofree char *missing = g_test_build_filename (G_TEST_DIST, "fixtures", "mail", "parser", "missing.eml", NULL);

  assert_invalid ("", 0);
  assert_invalid ("\n\n\n", 3);
  assert_invalid (garbage, sizeof garbage - 1);
  assert_invalid ("Hello, this is just a line of text\nand another one\n", 51);
  assert_invalid ("X-Header: only\n\nbody\n", 21);

  message = pursuit_mail_parse_file (missing, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (message);
}

static void
test_hostile_headers_only (void)
{
  static const char only_headers[] = "From: Acme <jobs@acme.example>\nSubject: Hello\n";
  static const char truncated_header[] = "From: Acme <jobs@acme.example>\nSubject: =?utf-8?q?Caf=C3";
  static const char truncated_part[] =
    "From: jobs@acme.example\nSubject: Cut\nMIME-Version: 1.0\n"
    "Content-Type: multipart/alternative; boundary=\"x\"\n\n"
    "--x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nSGVsbG8gd29y";
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailMessage) a = NULL;
  g_autoptr(PursuitMailMessage) b = NULL;
  g_autoptr(PursuitMailMessage) c = NULL;

  a = parse_text (only_headers, sizeof only_headers - 1, &error);
  g_assert_no_error (error);
  assert_valid_message (a);
  g_assert_cmpstr (pursuit_mail_message_get_subject (a), ==, "Hello");
  g_assert_cmpstr (pursuit_mail_message_get_body_text (a), ==, "");
  g_assert_cmpstr (pursuit_mail_message_get_snippet (a), ==, "");
  g_assert_cmpint (pursuit_mail_message_get_received_at (a), ==, 0);
  g_assert_null (pursuit_mail_message_get_message_id (a));

  b = parse_text (truncated_header, sizeof truncated_header - 1, &error);
  g_assert_no_error (error);
  assert_valid_message (b);
  g_assert_cmpstr (pursuit_mail_message_get_from_address (b), ==, "jobs@acme.example");

  c = parse_text (truncated_part, sizeof truncated_part - 1, &error);
  g_assert_no_error (error);
  assert_valid_message (c);
  g_assert_true (g_str_has_prefix (pursuit_mail_message_get_body_text (c), "Hello wor"));
}

static void
test_hostile_invalid_utf8 (void)
{
  static const char text[] =
    "From: \xff\xfe Bad \xc3\x28 Name <bad\xff@acme.example>\n"
    "To: \xe2\x82 <ada@example.org>\n"
    "Subject: Caf\xe9 \xc3\x28 =?utf-8?b?/w==?= ok\n"
    "Message-ID: <\xff\xff@acme.example>\n"
    "Date: \xff\xff\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Body \xc3\x28 with \xff\xfe broken \xed\xa0\x80 bytes\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailMessage) message = parse_text (text, sizeof text - 1, &error);

  g_assert_no_error (error);
  assert_valid_message (message);
  g_assert_cmpint (pursuit_mail_message_get_received_at (message), ==, 0);
  g_assert_true (g_str_has_prefix (pursuit_mail_message_get_body_text (message), "Body \xef\xbf\xbd( with"));
  g_assert_nonnull (strstr (pursuit_mail_message_get_subject (message), "ok"));
}

static void
test_hostile_nul (void)
{
  static const char text[] =
    "From: jobs@acme.example\nSubject: Nul\0Byte\nContent-Type: text/plain\n\nbefore\0after\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailMessage) message = parse_text (text, sizeof text - 1, &error);

  g_assert_no_error (error);
  assert_valid_message (message);
  g_assert_cmpstr (pursuit_mail_message_get_body_text (message), ==, "before after\n");
}

static void
test_hostile_markup (void)
{
  static const char text[] =
    "From: \"<b>Evil</b> & Co\" <evil@acme.example>\n"
    "Subject: <span foreground=\"red\">Offer</span> & <i>more</i>\n\n"
    "<b>not html</b>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailMessage) message = parse_text (text, sizeof text - 1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_mail_message_get_subject (message), ==,
                   "<span foreground=\"red\">Offer</span> & <i>more</i>");
  g_assert_cmpstr (pursuit_mail_message_get_from_name (message), ==, "<b>Evil</b> & Co");
  g_assert_cmpstr (pursuit_mail_message_get_body_text (message), ==, "<b>not html</b>\n");
}

static void
test_hostile_deep_nesting (void)
{
  g_autoptr(GString) text = g_string_new ("From: jobs@acme.example\nSubject: Deep\nMIME-Version: 1.0\n"
                                          "Content-Type: multipart/mixed; boundary=\"b0\"\n\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 1; i <= 1000; i++)
    g_string_append_printf (text, "--b%u\nContent-Type: multipart/mixed; boundary=\"b%u\"\n\n", i - 1, i);
  g_string_append (text, "--b1000\nContent-Type: text/plain\n\ndeep text\n--b1000--\n");
  for (guint i = 1000; i > 0; i--)
    g_string_append_printf (text, "--b%u--\n", i - 1);

  message = parse_text (text->str, text->len, &error);
  g_assert_no_error (error);
  assert_valid_message (message);
  /* Too deep to be read, not a reason to fail. */
  g_assert_cmpstr (pursuit_mail_message_get_body_text (message), ==, "");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

static void
test_hostile_too_large (void)
{
  gsize size = 40 * 1024 * 1024;
  char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autofree char *path = NULL;
  static const char header[] = "From: jobs@acme.example\nSubject: Big\n\n";

  memset (data, 'a', size);
  memcpy (data, header, sizeof header - 1);
  bytes = g_bytes_new_take (data, size);

  message = pursuit_mail_parse (bytes, &error);
  g_assert_error (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_TOO_LARGE);
  g_assert_null (message);
  g_clear_error (&error);

  /* From a file it is refused before it is read. */
  path = g_build_filename (g_get_tmp_dir (), "pursuit-test-big-XXXXXX.eml", NULL);
  {
    int fd = g_mkstemp (path);

    g_assert_cmpint (fd, >=, 0);
    g_assert_cmpint (ftruncate (fd, size), ==, 0);
    close (fd);
  }
  message = pursuit_mail_parse_file (path, &error);
  g_assert_error (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_TOO_LARGE);
  g_assert_null (message);
  g_unlink (path);
}

static void
test_long_body_cut (void)
{
  g_autoptr(GString) text = g_string_new ("From: jobs@acme.example\nSubject: Long\n"
                                          "Content-Type: text/plain; charset=utf-8\n\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;
  const char *body;

  g_string_append (text, "x");
  /* Three-byte characters put the cut inside one unless it steps back. */
  for (guint i = 0; i < 40000; i++)
    g_string_append (text, "€");

  message = parse_text (text->str, text->len, &error);
  g_assert_no_error (error);
  body = pursuit_mail_message_get_body_text (message);
  g_assert_true (g_utf8_validate (body, -1, NULL));
  g_assert_cmpuint (strlen (body), <=, PURSUIT_MAIL_MAX_BODY_TEXT);
  g_assert_cmpuint (strlen (body), >, PURSUIT_MAIL_MAX_BODY_TEXT - 3);
}

static void
test_decode_header (void)
{
  g_autofree char *a = pursuit_mail_decode_header ("=?UTF-8?Q?Caf=C3=A9?= =?UTF-8?Q?_cr=C3=A8me?=");
  g_autofree char *b = pursuit_mail_decode_header ("Folded\r\n header");
  g_autofree char *c = pursuit_mail_decode_header ("bad \xff bytes");
  g_autofree char *d = pursuit_mail_decode_header ("plain <b>text</b>");
  g_autofree char *e = pursuit_mail_decode_header ("");

  g_assert_cmpstr (a, ==, "Café crème");
  g_assert_cmpstr (b, ==, "Folded header");
  g_assert_true (g_utf8_validate (c, -1, NULL));
  g_assert_true (g_str_has_prefix (c, "bad "));
  g_assert_cmpstr (d, ==, "plain <b>text</b>");
  g_assert_cmpstr (e, ==, "");
  g_assert_null (pursuit_mail_decode_header (NULL));
}

static void
test_parse_address (void)
{
  g_autofree char *name = NULL;
  g_autofree char *address = NULL;

  g_assert_true (pursuit_mail_parse_address ("Ada Lovelace <ADA@Example.org>", &name, &address));
  g_assert_cmpstr (name, ==, "Ada Lovelace");
  g_assert_cmpstr (address, ==, "ada@example.org");
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&address, g_free);

  g_assert_true (pursuit_mail_parse_address ("=?utf-8?q?Ren=C3=A9?= <rene@firma.example>", &name, &address));
  g_assert_cmpstr (name, ==, "René");
  g_assert_cmpstr (address, ==, "rene@firma.example");
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&address, g_free);

  g_assert_true (pursuit_mail_parse_address ("jobs@acme.example", &name, &address));
  g_assert_null (name);
  g_assert_cmpstr (address, ==, "jobs@acme.example");
  g_clear_pointer (&address, g_free);

  g_assert_true (pursuit_mail_parse_address ("\"Acme, Inc.\" <hr@acme.example>", &name, NULL));
  g_assert_cmpstr (name, ==, "Acme, Inc.");
  g_clear_pointer (&name, g_free);

  g_assert_true (pursuit_mail_parse_address ("Team: a@b.example, c@d.example;", NULL, &address));
  g_assert_cmpstr (address, ==, "a@b.example");
  g_clear_pointer (&address, g_free);

  g_assert_false (pursuit_mail_parse_address ("no address here", &name, &address));
  g_assert_null (name);
  g_assert_null (address);
  g_assert_false (pursuit_mail_parse_address ("", &name, &address));
  g_assert_false (pursuit_mail_parse_address (NULL, &name, &address));
  g_assert_false (pursuit_mail_parse_address ("undisclosed-recipients:;", &name, &address));
}

static const char *
lookup (const char *name,
        gpointer    user_data)
{
  const char **pairs = user_data;

  for (guint i = 0; pairs[i] != NULL; i += 2)
    if (g_ascii_strcasecmp (pairs[i], name) == 0)
      return pairs[i + 1];
  return NULL;
}

static void
test_bulk (void)
{
  const char *list_id[] = { "List-Id", "<news.acme.example>", NULL };
  const char *unsubscribe[] = { "list-unsubscribe", "<https://acme.example/u>", NULL };
  const char *bulk[] = { "Precedence", " Bulk ", NULL };
  const char *junk[] = { "Precedence", "junk", NULL };
  const char *first_class[] = { "Precedence", "first-class", NULL };
  const char *auto_submitted[] = { "Auto-Submitted", "auto-generated", NULL };
  const char *none[] = { NULL };

  g_assert_true (pursuit_mail_headers_are_bulk (lookup, list_id));
  g_assert_true (pursuit_mail_headers_are_bulk (lookup, unsubscribe));
  g_assert_true (pursuit_mail_headers_are_bulk (lookup, bulk));
  g_assert_true (pursuit_mail_headers_are_bulk (lookup, junk));
  g_assert_false (pursuit_mail_headers_are_bulk (lookup, first_class));
  g_assert_false (pursuit_mail_headers_are_bulk (lookup, auto_submitted));
  g_assert_false (pursuit_mail_headers_are_bulk (lookup, none));
}

static void
test_snippet (void)
{
  g_autofree char *a = pursuit_mail_make_snippet ("  Hello\n\n\tworld  \r\n again ");
  g_autofree char *b = pursuit_mail_make_snippet (NULL);
  g_autofree char *c = NULL;
  g_autofree char *d = pursuit_mail_make_snippet ("bad \xff");
  g_autoptr(GString) long_text = g_string_new (NULL);

  g_assert_cmpstr (a, ==, "Hello world again");
  g_assert_cmpstr (b, ==, "");

  for (guint i = 0; i < 300; i++)
    g_string_append (long_text, "é");
  c = pursuit_mail_make_snippet (long_text->str);
  g_assert_cmpuint (g_utf8_strlen (c, -1), ==, 200);
  g_assert_true (g_utf8_validate (d, -1, NULL));
}

static void
test_base64url (void)
{
  static const guint8 data[] = { 0xfb, 0xff, 0xfe, 'a', 'b' };
  g_autofree char *encoded = pursuit_base64url_encode (data, sizeof data);
  g_autofree char *empty = pursuit_base64url_encode (NULL, 0);
  g_autoptr(GBytes) decoded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (encoded, ==, "-__-YWI");
  g_assert_cmpstr (empty, ==, "");

  decoded = pursuit_base64url_decode (encoded, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (decoded, NULL), g_bytes_get_size (decoded), data, sizeof data);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mail-parser/plain", test_plain);
  g_test_add_func ("/mail-parser/alternative", test_alternative);
  g_test_add_func ("/mail-parser/html-only", test_html_only);
  g_test_add_func ("/mail-parser/charsets", test_charsets);
  g_test_add_func ("/mail-parser/rfc2047", test_rfc2047);
  g_test_add_func ("/mail-parser/calendar", test_calendar);
  g_test_add_func ("/mail-parser/nested", test_nested);
  g_test_add_func ("/mail-parser/long-body-cut", test_long_body_cut);
  g_test_add_func ("/mail-parser/hostile/invalid", test_hostile_invalid);
  g_test_add_func ("/mail-parser/hostile/headers-only-and-truncated", test_hostile_headers_only);
  g_test_add_func ("/mail-parser/hostile/invalid-utf8", test_hostile_invalid_utf8);
  g_test_add_func ("/mail-parser/hostile/nul", test_hostile_nul);
  g_test_add_func ("/mail-parser/hostile/markup", test_hostile_markup);
  g_test_add_func ("/mail-parser/hostile/deep-nesting", test_hostile_deep_nesting);
  g_test_add_func ("/mail-parser/hostile/too-large", test_hostile_too_large);
  g_test_add_func ("/mail-parser/decode-header", test_decode_header);
  g_test_add_func ("/mail-parser/parse-address", test_parse_address);
  g_test_add_func ("/mail-parser/bulk", test_bulk);
  g_test_add_func ("/mail-parser/snippet", test_snippet);
  g_test_add_func ("/mail-parser/base64url", test_base64url);

  return g_test_run ();
}
