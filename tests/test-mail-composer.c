/* test-mail-composer.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-base64url.h"
#include "pursuit-mail-composer.h"
#include "pursuit-mail-parser.h"

static PursuitOutgoingMail *
create_mail (void)
{
  PursuitOutgoingMail *mail = pursuit_outgoing_mail_new ();

  mail->from_address = g_strdup ("ada@example.org");
  mail->from_name = g_strdup ("Ada Lovelace");
  mail->to = g_strdup ("jane.recruiter@acme.example");
  mail->subject = g_strdup ("Following up on my application");
  mail->body = g_strdup ("Hello Jane,\n\nI wanted to follow up.\n\nBest,\nAda");
  return mail;
}

static GBytes *
compose_ok (const PursuitOutgoingMail  *mail,
            char                      **out_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2027, 3, 2, 9, 30, 0);
  GBytes *bytes = pursuit_mail_compose (mail, date, out_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* Every line ends in CRLF, no bare CR or LF, none over 998 octets,
 * the header block is ASCII. */
static void
assert_wire_format (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize line = 0;
  gboolean in_headers = TRUE;

  g_assert_cmpuint (size, >, 0);
  for (gsize i = 0; i < size; i++)
    {
      if (data[i] == '\r')
        {
          g_assert_true (i + 1 < size && data[i + 1] == '\n');
          if (line == 0)
            in_headers = FALSE;
          line = 0;
          i++;
          continue;
        }

      g_assert_cmpint (data[i], !=, '\n');
      g_assert_cmpint (data[i], !=, '\0');
      if (in_headers)
        g_assert_cmpint ((guchar) data[i], <, 0x80);
      line++;
      g_assert_cmpuint (line, <=, 998);
    }
}

static PursuitMailMessage *
reparse (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PursuitMailMessage *message = pursuit_mail_parse (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (message);
  return message;
}

static void
test_plain (void)
{
  g_autoptr(PursuitOutgoingMail) mail = create_mail ();
  g_autofree char *id = NULL;
  g_autoptr(GBytes) bytes = compose_ok (mail, &id);
  g_autoptr(PursuitMailMessage) message = reparse (bytes);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  assert_wire_format (bytes);
  g_assert_nonnull (strstr (text, "MIME-Version: 1.0\r\n"));
  g_assert_nonnull (strstr (text, "Content-Type: text/plain; charset=utf-8\r\n"));
  g_assert_nonnull (strstr (text, "Date: Tue, 02 Mar 2027 09:30:00 +0000\r\n"));
  g_assert_null (strstr (text, "In-Reply-To"));
  g_assert_null (strstr (text, "References"));

  g_assert_cmpstr (pursuit_mail_message_get_from_name (message), ==, "Ada Lovelace");
  g_assert_cmpstr (pursuit_mail_message_get_from_address (message), ==, "ada@example.org");
  g_assert_cmpstr (pursuit_mail_message_get_to (message), ==, "jane.recruiter@acme.example");
  g_assert_cmpstr (pursuit_mail_message_get_subject (message), ==, "Following up on my application");
  g_assert_cmpstr (pursuit_mail_message_get_body_text (message), ==, "Hello Jane,\n\nI wanted to follow up.\n\nBest,\nAda\n");
  g_assert_cmpint (pursuit_mail_message_get_received_at (message), ==, 1803979800);
  g_assert_cmpstr (pursuit_mail_message_get_message_id (message), ==, id);
}

static void
test_message_id (void)
{
  g_autoptr(PursuitOutgoingMail) mail = create_mail ();
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("^<pursuit\\.[0-9a-f]{32}@example\\.org>$", 0, 0, NULL);

  g_free (mail->from_address);
  mail->from_address = g_strdup ("  Ada@Example.org ");
  first = compose_ok (mail, &a);
  second = compose_ok (mail, &b);

  g_assert_true (g_regex_match (regex, a, 0, NULL));
  g_assert_true (g_regex_match (regex, b, 0, NULL));
  g_assert_cmpstr (a, !=, b);

  /* Without @out_message_id it still has one. */
  {
    g_autoptr(GBytes) third = compose_ok (mail, NULL);
    g_autoptr(PursuitMailMessage) message = reparse (third);

    g_assert_true (g_str_has_prefix (pursuit_mail_message_get_message_id (message), "<pursuit."));
  }
}

static void
test_non_ascii (void)
{
  g_autoptr(PursuitOutgoingMail) mail = create_mail ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autofree char *text = NULL;

  g_free (mail->from_name);
  mail->from_name = g_strdup ("Ádá Lövelace, \"PhD\"");
  g_free (mail->to);
  mail->to = g_strdup ("Jürgen Groß <jg@firma.example>, 田中 <tanaka@kaisha.example>");
  g_free (mail->cc);
  mail->cc = g_strdup ("hr@firma.example");
  g_free (mail->subject);
  mail->subject = g_strdup ("Nachfrage zu meiner Bewerbung — Backend-Entwicklerin (m/w/d) für das Zahlungsteam in München");
  g_free (mail->body);
  mail->body = g_strdup ("Hallo Jürgen,\r\n\r\nich möchte nachfragen: 面接 ✓ 🎉\r\nViele Grüße");

  bytes = compose_ok (mail, NULL);
  assert_wire_format (bytes);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "=?UTF-8?"));
  g_assert_nonnull (strstr (text, "Cc: hr@firma.example\r\n"));

  message = reparse (bytes);
  g_assert_cmpstr (pursuit_mail_message_get_from_name (message), ==, "Ádá Lövelace, \"PhD\"");
  g_assert_cmpstr (pursuit_mail_message_get_subject (message), ==, mail->subject);
  g_assert_nonnull (strstr (pursuit_mail_message_get_to (message), "Jürgen Groß"));
  g_assert_nonnull (strstr (pursuit_mail_message_get_to (message), "田中"));
  g_assert_cmpstr (pursuit_mail_message_get_body_text (message), ==,
                   "Hallo Jürgen,\n\nich möchte nachfragen: 面接 ✓ 🎉\nViele Grüße\n");
}

static void
test_reply_headers (void)
{
  g_autoptr(PursuitOutgoingMail) mail = create_mail ();
  g_autoptr(PursuitOutgoingMail) copy = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autofree char *subject = pursuit_mail_reply_subject ("Your application to Acme");
  g_autofree char *references = pursuit_mail_append_reference ("<root@acme.example>", "<conf-1@acme.example>");

  mail->in_reply_to = g_strdup ("<conf-1@acme.example>");
  mail->references = g_strdup (references);
  mail->thread_id = g_strdup ("17c1a2b3c4d5e6f7");
  g_free (mail->subject);
  mail->subject = g_strdup (subject);

  copy = pursuit_outgoing_mail_copy (mail);
  g_assert_cmpstr (copy->thread_id, ==, "17c1a2b3c4d5e6f7");
  g_assert_cmpstr (copy->references, ==, references);

  bytes = compose_ok (copy, NULL);
  assert_wire_format (bytes);
  message = reparse (bytes);
  g_assert_cmpstr (pursuit_mail_message_get_subject (message), ==, "Re: Your application to Acme");
  g_assert_cmpstr (pursuit_mail_message_get_in_reply_to (message), ==, "<conf-1@acme.example>");
  g_assert_cmpstr (pursuit_mail_message_get_references (message), ==, "<root@acme.example> <conf-1@acme.example>");
}

static void
test_long_lines (void)
{
  g_autoptr(PursuitOutgoingMail) mail = create_mail ();
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) references = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;

  for (guint i = 0; i < 3000; i++)
    g_string_append_c (body, 'a' + i % 26);
  g_string_append (body, "\nshort\n");
  for (guint i = 0; i < 500; i++)
    g_string_append (body, "ü");
  for (guint i = 0; i < 60; i++)
    g_string_append_printf (references, "<message-number-%u@mail.acme.example> ", i);

  g_free (mail->body);
  mail->body = g_strdup (body->str);
  mail->references = g_strdup (references->str);
  g_free (mail->subject);
  mail->subject = g_strnfill (300, 'S');

  bytes = compose_ok (mail, NULL);
  assert_wire_format (bytes);
  message = reparse (bytes);
  /* The composer ends the last line; a long failure message helps nobody. */
  g_string_append_c (body, '\n');
  g_assert_true (g_str_equal (pursuit_mail_message_get_body_text (message), body->str));
  g_assert_cmpstr (pursuit_mail_message_get_subject (message), ==, mail->subject);
  g_assert_true (g_str_has_suffix (pursuit_mail_message_get_references (message), "<message-number-59@mail.acme.example>"));
}

static void
test_header_injection (void)
{
  g_autoptr(PursuitOutgoingMail) mail = create_mail ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autofree char *text = NULL;

  g_free (mail->subject);
  mail->subject = g_strdup ("Hello\r\nBcc: victim@example.com");
  g_free (mail->from_name);
  mail->from_name = g_strdup ("Ada\nX-Evil: 1");

  bytes = compose_ok (mail, NULL);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_null (strstr (text, "\r\nBcc:"));
  g_assert_null (strstr (text, "\r\nX-Evil:"));
  message = reparse (bytes);
  g_assert_cmpstr (pursuit_mail_message_get_subject (message), ==, "Hello  Bcc: victim@example.com");
}

static void
assert_compose_error (PursuitOutgoingMail *mail,
                      int                  code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GBytes) bytes = pursuit_mail_compose (mail, NULL, &id, &error);

  g_assert_error (error, PURSUIT_MAIL_ERROR, code);
  g_assert_null (bytes);
  g_assert_null (id);
}

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static void
test_errors (void)
{
  const char *bad_to[] = { NULL, "", "   ", "jane", "jane@", "@acme.example", "jane@acme",
                           "a@b@c.example", "Team: a@b.example;", "ok@acme.example, broken" };
  const char *bad_from[] = { NULL, "", "me", "me@localhost" };

  for (guint i = 0; i < G_N_ELEMENTS (bad_to); i++)
    {
      g_autoptr(PursuitOutgoingMail) mail = create_mail ();

      replace (&mail->to, bad_to[i]);
      assert_compose_error (mail, PURSUIT_MAIL_ERROR_ADDRESS);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_from); i++)
    {
      g_autoptr(PursuitOutgoingMail) mail = create_mail ();

      replace (&mail->from_address, bad_from[i]);
      assert_compose_error (mail, PURSUIT_MAIL_ERROR_ADDRESS);
    }

  {
    g_autoptr(PursuitOutgoingMail) mail = create_mail ();

    replace (&mail->cc, "not an address");
    assert_compose_error (mail, PURSUIT_MAIL_ERROR_ADDRESS);
    replace (&mail->cc, "");
    g_clear_pointer (&mail->subject, g_free);
    assert_compose_error (mail, PURSUIT_MAIL_ERROR_EMPTY);
    replace (&mail->subject, " \t ");
    assert_compose_error (mail, PURSUIT_MAIL_ERROR_EMPTY);
    replace (&mail->subject, "Hi");
    replace (&mail->body, "\n\n  \n");
    assert_compose_error (mail, PURSUIT_MAIL_ERROR_EMPTY);
  }
}

static void
test_reply_subject (void)
{
  struct { const char *in; const char *out; } cases[] = {
    { "Your application", "Re: Your application" },
    { "Re: Your application", "Re: Your application" },
    { "RE: Your application", "RE: Your application" },
    { "AW: Ihre Bewerbung", "AW: Ihre Bewerbung" },
    { "Antw: Ihre Bewerbung", "Antw: Ihre Bewerbung" },
    { "Réf : Votre candidature", "Réf : Votre candidature" },
    { "RV: Tu candidatura", "RV: Tu candidatura" },
    { "R: La tua candidatura", "R: La tua candidatura" },
    { "Re[2]: Interview", "Re[2]: Interview" },
    { "Fwd: Interview", "Re: Fwd: Interview" },
    { "Reminder: interview tomorrow", "Re: Reminder: interview tomorrow" },
    { "Interview: 10:00 tomorrow", "Re: Interview: 10:00 tomorrow" },
    { "  spaced\nout  ", "Re: spaced out" },
    { "", "Re:" },
    { NULL, "Re:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *subject = pursuit_mail_reply_subject (cases[i].in);

      g_assert_cmpstr (subject, ==, cases[i].out);
    }
}

static void
test_append_reference (void)
{
  g_autofree char *a = pursuit_mail_append_reference (NULL, "<a@x>");
  g_autofree char *b = pursuit_mail_append_reference ("<a@x> <b@x>", "<b@x>");
  g_autofree char *c = pursuit_mail_append_reference ("<a@x>\r\n\t<b@x>", "c@x");
  g_autofree char *d = pursuit_mail_append_reference ("<a@x>", NULL);
  g_autofree char *e = pursuit_mail_append_reference (NULL, NULL);
  g_autofree char *f = pursuit_mail_append_reference ("", " ");

  g_assert_cmpstr (a, ==, "<a@x>");
  g_assert_cmpstr (b, ==, "<a@x> <b@x>");
  g_assert_cmpstr (c, ==, "<a@x> <b@x> <c@x>");
  g_assert_cmpstr (d, ==, "<a@x>");
  g_assert_null (e);
  g_assert_null (f);
}

static void
assert_decodes_to (const char   *text,
                   const guint8 *expected,
                   gsize         length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pursuit_base64url_decode (text, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), expected, length);
}

static void
assert_decode_fails (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pursuit_base64url_decode (text, -1, &error);

  g_assert_error (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_INVALID);
  g_assert_null (bytes);
}

static void
test_base64url (void)
{
  static const guint8 tricky[] = { 0xfb, 0xef, 0xff, 0xfe };
  g_autofree char *encoded = pursuit_base64url_encode (tricky, sizeof tricky);
  g_autoptr(GBytes) hello = g_bytes_new_static ("hello", 5);
  g_autofree char *hello_encoded = pursuit_base64url_encode_bytes (hello);

  g_assert_cmpstr (encoded, ==, "--___g");
  g_assert_cmpstr (hello_encoded, ==, "aGVsbG8");

  assert_decodes_to ("--___g", tricky, sizeof tricky);
  assert_decodes_to ("--___g==", tricky, sizeof tricky);
  assert_decodes_to ("++///g==", tricky, sizeof tricky);
  assert_decodes_to ("aGVs\r\n bG8", (const guint8 *) "hello", 5);
  assert_decodes_to ("aGVsbG8=", (const guint8 *) "hello", 5);
  assert_decodes_to ("", (const guint8 *) "", 0);

  assert_decode_fails ("aGVsbG8*");
  assert_decode_fails ("a");
  assert_decode_fails ("aGVsb");
  assert_decode_fails ("aGVsbG8==");
  assert_decode_fails ("aG=VsbG8");
  assert_decode_fails ("aGVsbG8\xc3\xa9");

  /* Every length round trips. */
  for (guint n = 0; n < 70; n++)
    {
      g_autofree guint8 *data = g_malloc (n + 1);
      g_autofree char *text = NULL;

      for (guint i = 0; i < n; i++)
        data[i] = (guint8) (i * 37 + n);
      text = pursuit_base64url_encode (data, n);
      g_assert_null (strpbrk (text, "+/="));
      assert_decodes_to (text, data, n);
    }
}

static void
test_raw_round_trip (void)
{
  g_autoptr(PursuitOutgoingMail) mail = create_mail ();
  g_autoptr(GBytes) bytes = compose_ok (mail, NULL);
  g_autofree char *raw = pursuit_base64url_encode_bytes (bytes);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) back = pursuit_base64url_decode (raw, -1, &error);

  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, back));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mail-composer/plain", test_plain);
  g_test_add_func ("/mail-composer/message-id", test_message_id);
  g_test_add_func ("/mail-composer/non-ascii", test_non_ascii);
  g_test_add_func ("/mail-composer/reply-headers", test_reply_headers);
  g_test_add_func ("/mail-composer/long-lines", test_long_lines);
  g_test_add_func ("/mail-composer/header-injection", test_header_injection);
  g_test_add_func ("/mail-composer/errors", test_errors);
  g_test_add_func ("/mail-composer/reply-subject", test_reply_subject);
  g_test_add_func ("/mail-composer/append-reference", test_append_reference);
  g_test_add_func ("/mail-composer/base64url", test_base64url);
  g_test_add_func ("/mail-composer/raw-round-trip", test_raw_round_trip);

  return g_test_run ();
}
