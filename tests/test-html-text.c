/* test-html-text.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-html-text"

#include <string.h>

#include "pursuit-html-text.h"

static void
assert_text (const char *html,
             const char *expected)
{
  g_autofree char *text = pursuit_html_to_text (html, -1);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpstr (text, ==, expected);
}

static void
test_html_text_paragraphs (void)
{
  assert_text ("<h2>About us</h2><p>We build <b>tools</b> for\n   people.</p><p>Second   paragraph.</p>",
               "About us\n\nWe build tools for people.\n\nSecond paragraph.");
  assert_text ("<div>One</div><div>Two</div><section>Three</section>",
               "One\nTwo\nThree");
  assert_text ("Line one<br>Line two<br/><br/>After a blank line",
               "Line one\nLine two\n\nAfter a blank line");
}

static void
test_html_text_lists (void)
{
  assert_text ("<p>You will:</p><ul><li>Design APIs</li><li>Write <em>tests</em></li></ul><p>Thanks</p>",
               "You will:\n\n• Design APIs\n• Write tests\n\nThanks");
  assert_text ("<ol><li>First<ul><li>Nested</li></ul></li><li>Second</li></ol>",
               "• First\n  • Nested\n• Second");
  /* Lever's lists are bare <li>s. */
  assert_text ("<li>Run research</li><li>Ship &amp; iterate</li>",
               "• Run research\n• Ship & iterate");
  assert_text ("<ul><li></li><li>  </li><li>Only</li></ul>", "• Only");
}

static void
test_html_text_blank_lines (void)
{
  assert_text ("<p>a</p><p></p><p> </p><br><br><br><br><div></div><p>b</p>", "a\n\nb");
  assert_text ("<br><br><p>  </p>start", "start");
  assert_text ("end<br><br><p></p>  \n ", "end");
  assert_text ("<div><div><div>deep</div></div></div><div>next</div>", "deep\nnext");
}

static void
test_html_text_whitespace (void)
{
  assert_text ("  a \n\t b  ", "a b");
  assert_text ("a&nbsp;&nbsp;&nbsp;b", "a b");
  assert_text ("<span>a</span><span>b</span> <span>c</span>", "ab c");
  assert_text ("<p>x</p><pre>  code\n    more</pre><p>y</p>", "x\n\n  code\n    more\n\ny");
  assert_text ("<table><tr><th>Team</th><td>Platform</td></tr><tr><td>Level</td><td>Senior</td></tr></table>",
               "Team Platform\nLevel Senior");
}

static void
test_html_text_entities (void)
{
  assert_text ("&amp; &lt; &gt; &quot; &#39; &#x1F600; &eacute; &mdash; &bogus; & alone",
               "& < > \" ' 😀 é — &bogus; & alone");
  /* Decoded markup is text, never parsed again. */
  assert_text ("<p>Use &lt;b&gt;bold&lt;/b&gt; and &lt;script&gt;</p>",
               "Use <b>bold</b> and <script>");
}

static void
test_html_text_invisible (void)
{
  assert_text ("<p>Hello</p><script>alert('x'); document.write('<p>hi</p>')</script>"
               "<style>p { color: red }</style><noscript>Enable JavaScript</noscript>"
               "<!-- a comment --><template><p>tpl</p></template><p hidden>secret</p>"
               "<iframe src=\"https://evil.example\">frame</iframe><img src=x onerror=alert(1)>"
               "<p>Bye</p>",
               "Hello\n\nBye");
  assert_text ("<html><head><title>Page title</title></head><body><p>Body</p></body></html>",
               "Body");
}

static void
test_html_text_broken (void)
{
  assert_text ("<div><p>unterminated <b>bold", "unterminated bold");
  assert_text ("<p>a</div></div></p>b<", "a\n\nb<");
  assert_text ("a < b and c > d, x <3 y", "a < b and c > d, x <3 y");
  assert_text ("<p>a</p></p></p>b", "a\n\nb");
  assert_text ("<a href=\"x", "");
  assert_text ("<p", "");
}

static void
test_html_text_invalid_utf8 (void)
{
  g_autofree char *text = NULL;
  const char bytes[] = "a\xff" "b<p>c\xc3</p><p>\xe2\x82</p>Z\xc3\xbcrich";

  text = pursuit_html_to_text (bytes, sizeof bytes - 1);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpstr (text, ==, "a\xef\xbf\xbd" "b\n\nc\xef\xbf\xbd\n\n\xef\xbf\xbd\xef\xbf\xbd\n\nZürich");

  /* A nul byte inside the length ends nothing badly. */
  g_clear_pointer (&text, g_free);
  text = pursuit_html_to_text ("one\0two", 7);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (g_str_has_prefix (text, "one"));
}

static void
test_html_text_empty (void)
{
  g_autofree char *from_null = pursuit_html_to_text (NULL, -1);
  g_autofree char *from_empty = pursuit_html_to_text ("", -1);
  g_autofree char *from_zero = pursuit_html_to_text ("<p>ignored</p>", 0);
  g_autofree char *from_prefix = pursuit_html_to_text ("<p>abc</p>def", 6);

  g_assert_cmpstr (from_null, ==, "");
  g_assert_cmpstr (from_empty, ==, "");
  g_assert_cmpstr (from_zero, ==, "");
  g_assert_cmpstr (from_prefix, ==, "abc");
}

static void
test_html_text_deep (void)
{
  g_autoptr(GString) html = g_string_new ("<p>before</p>");
  g_autofree char *shallow = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 100; i++)
    g_string_append (html, "<div><span>");
  g_string_append (html, "nested");
  shallow = pursuit_html_to_text (html->str, html->len);
  g_assert_cmpstr (shallow, ==, "before\n\nnested");

  /* libxml2 stops at 256 levels; what came before is kept. */
  for (guint i = 0; i < 50000; i++)
    g_string_append (html, "<div><span>");
  g_string_append (html, "deep");
  text = pursuit_html_to_text (html->str, html->len);
  g_assert_cmpstr (text, ==, "before\n\nnested");
}

static void
test_html_text_unescape (void)
{
  g_autofree char *once = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;

  once = pursuit_html_unescape ("&lt;p&gt;Tom &amp;amp; Jerry&lt;/p&gt;", -1);
  g_assert_cmpstr (once, ==, "<p>Tom &amp; Jerry</p>");

  bad = pursuit_html_unescape ("&#0; &#xD800; &#99999999999999999999; &#; &#x; & &; &amp &unknown; &#65;", -1);
  g_assert_cmpstr (bad, ==, "\xef\xbf\xbd \xef\xbf\xbd \xef\xbf\xbd &#; &#x; & &; &amp &unknown; A");

  text = pursuit_html_escaped_to_text ("&lt;p&gt;Tom &amp;amp; Jerry&lt;/p&gt;"
                                       "&lt;p&gt;&amp;lt;b&amp;gt; stays&lt;/p&gt;"
                                       "&lt;script&gt;alert(1)&lt;/script&gt;", -1);
  g_assert_cmpstr (text, ==, "Tom & Jerry\n\n<b> stays");

  empty = pursuit_html_unescape (NULL, -1);
  g_assert_cmpstr (empty, ==, "");
}

static void
test_html_text_inline (void)
{
  g_autofree char *title = pursuit_html_inline_to_text ("  Data\n  &amp; AI \t ");
  g_autofree char *blank = pursuit_html_inline_to_text ("  \n &nbsp; ");
  g_autofree char *markup = pursuit_html_inline_to_text ("<b>Bold</b>\x01 job");

  g_assert_cmpstr (title, ==, "Data & AI");
  g_assert_null (blank);
  g_assert_cmpstr (markup, ==, "<b>Bold</b> job");
  g_assert_null (pursuit_html_inline_to_text (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/html-text/paragraphs", test_html_text_paragraphs);
  g_test_add_func ("/import/html-text/lists", test_html_text_lists);
  g_test_add_func ("/import/html-text/blank-lines", test_html_text_blank_lines);
  g_test_add_func ("/import/html-text/whitespace", test_html_text_whitespace);
  g_test_add_func ("/import/html-text/entities", test_html_text_entities);
  g_test_add_func ("/import/html-text/invisible", test_html_text_invisible);
  g_test_add_func ("/import/html-text/broken", test_html_text_broken);
  g_test_add_func ("/import/html-text/invalid-utf8", test_html_text_invalid_utf8);
  g_test_add_func ("/import/html-text/empty", test_html_text_empty);
  g_test_add_func ("/import/html-text/deep", test_html_text_deep);
  g_test_add_func ("/import/html-text/unescape", test_html_text_unescape);
  g_test_add_func ("/import/html-text/inline", test_html_text_inline);

  return g_test_run ();
}
