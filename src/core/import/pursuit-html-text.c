/* pursuit-html-text.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-html-text"

#include <string.h>

#include <libxml/HTMLparser.h>

#include "pursuit-html-text.h"

/* Descriptions are a few kilobytes; anything past this is not worth
 * reading, and libxml2 takes an int length. */
#define MAX_HTML_LENGTH (20 * 1024 * 1024)

/* At most one blank line between paragraphs. */
#define MAX_BREAKS 2

typedef enum
{
  BLOCK_NONE,
  BLOCK_LINE,       /* starts and ends on its own line */
  BLOCK_PARAGRAPH,  /* separated by a blank line */
  BLOCK_LIST,       /* ul, ol: a paragraph, or a line when nested */
  BLOCK_ITEM,       /* li: a line with a bullet */
  BLOCK_BREAK,      /* br */
  BLOCK_CELL,       /* td, th: separated by a space */
  BLOCK_PRE,        /* keeps its white space */
  BLOCK_SKIP,       /* never shown */
} BlockKind;

typedef struct
{
  GString *out;
  guint    pending_breaks;
  guint    list_depth;
  guint    pre_depth;
  guint    bullet_depth;   /* list depth of a bullet still to write, or 0 */
  gboolean pending_space;
} TextState;

static const struct {
  const char *name;
  BlockKind   kind;
} element_kinds[] = {
  { "address", BLOCK_LINE },
  { "applet", BLOCK_SKIP },
  { "article", BLOCK_LINE },
  { "aside", BLOCK_LINE },
  { "blockquote", BLOCK_PARAGRAPH },
  { "br", BLOCK_BREAK },
  { "canvas", BLOCK_SKIP },
  { "caption", BLOCK_LINE },
  { "center", BLOCK_LINE },
  { "datalist", BLOCK_SKIP },
  { "dd", BLOCK_LINE },
  { "details", BLOCK_LINE },
  { "div", BLOCK_LINE },
  { "dl", BLOCK_PARAGRAPH },
  { "dt", BLOCK_LINE },
  { "embed", BLOCK_SKIP },
  { "fieldset", BLOCK_LINE },
  { "figcaption", BLOCK_LINE },
  { "figure", BLOCK_PARAGRAPH },
  { "footer", BLOCK_LINE },
  { "form", BLOCK_LINE },
  { "frame", BLOCK_SKIP },
  { "frameset", BLOCK_SKIP },
  { "h1", BLOCK_PARAGRAPH },
  { "h2", BLOCK_PARAGRAPH },
  { "h3", BLOCK_PARAGRAPH },
  { "h4", BLOCK_PARAGRAPH },
  { "h5", BLOCK_PARAGRAPH },
  { "h6", BLOCK_PARAGRAPH },
  { "head", BLOCK_SKIP },
  { "header", BLOCK_LINE },
  { "hr", BLOCK_PARAGRAPH },
  { "iframe", BLOCK_SKIP },
  { "legend", BLOCK_LINE },
  { "li", BLOCK_ITEM },
  { "main", BLOCK_LINE },
  { "math", BLOCK_SKIP },
  { "menu", BLOCK_LIST },
  { "nav", BLOCK_LINE },
  { "noembed", BLOCK_SKIP },
  { "noframes", BLOCK_SKIP },
  { "noscript", BLOCK_SKIP },
  { "object", BLOCK_SKIP },
  { "ol", BLOCK_LIST },
  { "p", BLOCK_PARAGRAPH },
  { "pre", BLOCK_PRE },
  { "script", BLOCK_SKIP },
  { "section", BLOCK_LINE },
  { "select", BLOCK_SKIP },
  { "style", BLOCK_SKIP },
  { "summary", BLOCK_LINE },
  { "svg", BLOCK_SKIP },
  { "table", BLOCK_PARAGRAPH },
  { "td", BLOCK_CELL },
  { "template", BLOCK_SKIP },
  { "textarea", BLOCK_SKIP },
  { "th", BLOCK_CELL },
  { "title", BLOCK_SKIP },
  { "tr", BLOCK_LINE },
  { "ul", BLOCK_LIST },
};

static BlockKind
classify_element (const xmlNode *node)
{
  const char *name = (const char *)node->name;
  guint lo = 0;
  guint hi = G_N_ELEMENTS (element_kinds);

  if (name == NULL)
    return BLOCK_NONE;

  /* Content the page hides is not part of the text either. */
  if (xmlHasProp (node, (const xmlChar *)"hidden") != NULL)
    return BLOCK_SKIP;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      int cmp = g_ascii_strcasecmp (name, element_kinds[mid].name);

      if (cmp == 0)
        return element_kinds[mid].kind;
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }

  return BLOCK_NONE;
}

static void
request_breaks (TextState *state,
                guint      n_breaks)
{
  state->pending_breaks = MAX (state->pending_breaks, n_breaks);
}

static guint
count_trailing_newlines (GString *out)
{
  guint n = 0;

  while (n < out->len && out->str[out->len - 1 - n] == '\n')
    n++;

  return n;
}

/* Writes what the structure asked for (line breaks, a space, a bullet)
 * before the next visible character. Nothing leads the text. */
static void
flush_pending (TextState *state)
{
  if (state->out->len > 0)
    {
      if (state->pending_breaks > 0)
        {
          guint have = count_trailing_newlines (state->out);
          guint want = MIN (state->pending_breaks, MAX_BREAKS);

          while (state->out->len > 0 && state->out->str[state->out->len - 1] == ' ')
            g_string_truncate (state->out, state->out->len - 1);

          for (; have < want; have++)
            g_string_append_c (state->out, '\n');
        }
      else if (state->pending_space)
        {
          char last = state->out->str[state->out->len - 1];

          if (last != ' ' && last != '\n')
            g_string_append_c (state->out, ' ');
        }
    }

  if (state->bullet_depth > 0)
    {
      for (guint i = 1; i < state->bullet_depth; i++)
        g_string_append (state->out, "  ");
      g_string_append (state->out, "• ");
      state->bullet_depth = 0;
    }

  state->pending_breaks = 0;
  state->pending_space = FALSE;
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x00A0;
}

static void
append_text (TextState  *state,
             const char *text)
{
  const char *p;

  if (state->pre_depth > 0)
    {
      flush_pending (state);
      for (p = text; *p != '\0'; p++)
        {
          if (*p == '\r')
            {
              if (p[1] != '\n')
                g_string_append_c (state->out, '\n');
            }
          else
            g_string_append_c (state->out, *p);
        }
      return;
    }

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_space (c))
        {
          state->pending_space = TRUE;
          continue;
        }

      flush_pending (state);
      g_string_append_len (state->out, p, g_utf8_next_char (p) - p);
    }
}

/* Returns whether to walk into the children of @node. */
static gboolean
enter_node (TextState *state,
            xmlNode   *node)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        append_text (state, (const char *)node->content);
      return FALSE;
    }

  if (node->type != XML_ELEMENT_NODE)
    return node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE;

  switch (classify_element (node))
    {
    case BLOCK_SKIP:
      return FALSE;

    case BLOCK_LINE:
      request_breaks (state, 1);
      break;

    case BLOCK_PARAGRAPH:
      request_breaks (state, 2);
      break;

    case BLOCK_LIST:
      request_breaks (state, state->list_depth > 0 ? 1 : 2);
      state->list_depth++;
      break;

    case BLOCK_ITEM:
      request_breaks (state, 1);
      state->bullet_depth = MAX (state->list_depth, 1);
      break;

    case BLOCK_BREAK:
      /* Unlike blocks, breaks add up: <br><br> is a blank line. */
      state->pending_breaks = MIN (state->pending_breaks + 1, MAX_BREAKS);
      break;

    case BLOCK_CELL:
      state->pending_space = TRUE;
      break;

    case BLOCK_PRE:
      request_breaks (state, 2);
      state->pre_depth++;
      break;

    case BLOCK_NONE:
    default:
      break;
    }

  return TRUE;
}

static void
leave_node (TextState *state,
            xmlNode   *node)
{
  if (node->type != XML_ELEMENT_NODE)
    return;

  switch (classify_element (node))
    {
    case BLOCK_LINE:
    case BLOCK_ITEM:
      request_breaks (state, 1);
      break;

    case BLOCK_PARAGRAPH:
      request_breaks (state, 2);
      break;

    case BLOCK_LIST:
      state->list_depth--;
      request_breaks (state, state->list_depth > 0 ? 1 : 2);
      break;

    case BLOCK_PRE:
      state->pre_depth--;
      request_breaks (state, 2);
      break;

    case BLOCK_CELL:
      state->pending_space = TRUE;
      break;

    case BLOCK_BREAK:
    case BLOCK_SKIP:
    case BLOCK_NONE:
    default:
      break;
    }
}

/* Iterative, so that deeply nested markup cannot exhaust the stack. */
static void
walk_tree (TextState *state,
           xmlNode   *top)
{
  xmlNode *node = top;

  for (;;)
    {
      gboolean descend = enter_node (state, node);

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      if (descend)
        leave_node (state, node);

      for (;;)
        {
          if (node == top)
            return;

          if (node->next != NULL)
            {
              node = node->next;
              break;
            }

          node = node->parent;
          if (node == NULL)
            return;
          leave_node (state, node);
        }
    }
}

static char *
finish_text (TextState *state)
{
  g_autoptr(GString) out = state->out;
  gsize len = out->len;

  while (len > 0 && g_ascii_isspace (out->str[len - 1]))
    len--;
  g_string_truncate (out, len);

  state->out = NULL;
  return g_utf8_make_valid (out->str, out->len);
}

static void
ensure_libxml (void)
{
  static gsize initialized = 0;

  /* Parsers may run in worker threads; initialize libxml2 once, first. */
  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

static void
discard_generic_error (void       *context,
                       const char *message,
                       ...)
{
}

static void
discard_structured_error (void        *context,
                          xmlErrorPtr  error)
{
}

static htmlDocPtr
read_quietly (const char *data,
              gsize       length,
              const char *encoding,
              int         options)
{
  /* HTML_PARSE_NOERROR silences the parser, but not the encoders, which
   * print to stderr. libxml2 keeps these handlers per thread. */
  xmlGenericErrorFunc old_generic = xmlGenericError;
  void *old_generic_context = xmlGenericErrorContext;
  xmlStructuredErrorFunc old_structured = xmlStructuredError;
  void *old_structured_context = xmlStructuredErrorContext;
  htmlDocPtr doc;

  xmlSetGenericErrorFunc (NULL, discard_generic_error);
  xmlSetStructuredErrorFunc (NULL, discard_structured_error);

  doc = htmlReadMemory (data, (int)length, NULL, encoding,
                        options | HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                        HTML_PARSE_NOWARNING | HTML_PARSE_NONET);

  xmlSetGenericErrorFunc (old_generic_context, old_generic);
  xmlSetStructuredErrorFunc (old_structured_context, old_structured);

  return doc;
}

/**
 * pursuit_html_read_document:
 * @html: (array length=length): an HTML page or fragment
 * @length: the length of @html in bytes
 *
 * Parses HTML as browsers do, recovering from any error, without network
 * access and without printing anything. Valid UTF-8 is read as UTF-8
 * whatever the page declares. Other input is read in the charset the
 * page declares (`<meta charset>`); without one, or if it declares UTF-8,
 * the bytes that are not UTF-8 become U+FFFD rather than turning the rest
 * of the page into mojibake.
 *
 * Returns: (transfer full) (nullable): the document, to free with
 *   xmlFreeDoc(), or %NULL if @html is empty or too large for libxml2
 */
xmlDoc *
pursuit_html_read_document (const char *html,
                            gsize       length)
{
  g_autofree char *valid = NULL;
  htmlDocPtr doc;

  g_return_val_if_fail (html != NULL || length == 0, NULL);

  if (length == 0 || length > G_MAXINT)
    return NULL;

  ensure_libxml ();

  if (g_utf8_validate_len (html, length, NULL))
    return read_quietly (html, length, "UTF-8", HTML_PARSE_IGNORE_ENC);

  doc = read_quietly (html, length, NULL, 0);
  if (doc != NULL && doc->encoding != NULL &&
      g_ascii_strcasecmp ((const char *)doc->encoding, "UTF-8") != 0 &&
      g_ascii_strcasecmp ((const char *)doc->encoding, "UTF8") != 0)
    return doc;

  g_clear_pointer (&doc, xmlFreeDoc);
  valid = g_utf8_make_valid (html, length);
  return read_quietly (valid, strlen (valid), "UTF-8", HTML_PARSE_IGNORE_ENC);
}

/**
 * pursuit_html_node_to_text:
 * @node: an element of a parsed HTML document
 *
 * Turns @node and its descendants into plain text, as
 * [func@Pursuit.html_to_text] does.
 *
 * Returns: (transfer full): the text, possibly empty
 */
char *
pursuit_html_node_to_text (xmlNode *node)
{
  TextState state = { 0, };

  g_return_val_if_fail (node != NULL, NULL);

  state.out = g_string_new (NULL);
  walk_tree (&state, node);

  return finish_text (&state);
}

/**
 * pursuit_html_to_text:
 * @html: (nullable): an HTML fragment or page, in UTF-8
 * @length: the length of @html in bytes, or -1 if it is nul-terminated
 *
 * Turns HTML into plain text that keeps the paragraphs: block elements
 * start new lines, paragraphs are separated by one blank line, list items
 * start with "• ", white space is collapsed, entities are decoded, and
 * scripts, styles and other invisible content are dropped. Text that
 * looks like markup after decoding ("&lt;b&gt;") stays literal text.
 *
 * Bytes that are not valid UTF-8 become U+FFFD (see
 * [func@Pursuit.html_read_document]).
 *
 * Returns: (transfer full): valid UTF-8 text, possibly empty
 */
char *
pursuit_html_to_text (const char *html,
                      gssize      length)
{
  TextState state = { 0, };
  htmlDocPtr doc;

  if (html == NULL)
    return g_strdup ("");

  if (length < 0)
    length = strlen (html);
  length = MIN (length, MAX_HTML_LENGTH);

  if (length == 0)
    return g_strdup ("");

  doc = pursuit_html_read_document (html, length);
  if (doc == NULL)
    return g_strdup ("");

  state.out = g_string_new (NULL);
  walk_tree (&state, (xmlNode *)doc);
  xmlFreeDoc (doc);

  return finish_text (&state);
}

static void
append_code_point (GString *out,
                   guint64  code_point)
{
  if (code_point == 0 || code_point > 0x10FFFF ||
      (code_point >= 0xD800 && code_point <= 0xDFFF))
    code_point = 0xFFFD;

  g_string_append_unichar (out, (gunichar)code_point);
}

/* Decodes the character reference at @p (just after the '&'); returns the
 * number of bytes it took after the '&', or 0 if it is not one. */
static gsize
decode_reference (GString    *out,
                  const char *p,
                  const char *end)
{
  const char *q = p;

  if (q < end && *q == '#')
    {
      guint64 value = 0;
      gboolean hex = FALSE;
      guint n_digits = 0;

      q++;
      if (q < end && (*q == 'x' || *q == 'X'))
        {
          hex = TRUE;
          q++;
        }

      for (; q < end && (hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q)); q++)
        {
          value = value * (hex ? 16 : 10) + (hex ? g_ascii_xdigit_value (*q) : g_ascii_digit_value (*q));
          value = MIN (value, 0x110000);
          n_digits++;
        }

      if (n_digits == 0 || q >= end || *q != ';')
        return 0;

      append_code_point (out, value);
      return q + 1 - p;
    }
  else
    {
      char name[33];
      const htmlEntityDesc *entity;
      gsize len = 0;

      for (; q < end && g_ascii_isalnum (*q) && len < sizeof name - 1; q++)
        name[len++] = *q;
      name[len] = '\0';

      if (len == 0 || q >= end || *q != ';')
        return 0;

      entity = htmlEntityLookup ((const xmlChar *)name);
      if (entity == NULL)
        return 0;

      append_code_point (out, entity->value);
      return q + 1 - p;
    }
}

/**
 * pursuit_html_unescape:
 * @text: (nullable): text with HTML character references
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 *
 * Decodes the character references of @text ("&lt;", "&amp;", "&#233;",
 * "&#x1F600;") and nothing else: tags are left as they are. Unknown or
 * unterminated references stay literal.
 *
 * Returns: (transfer full): valid UTF-8 text
 */
char *
pursuit_html_unescape (const char *text,
                       gssize      length)
{
  g_autoptr(GString) out = NULL;
  const char *p;
  const char *end;

  if (text == NULL)
    return g_strdup ("");

  if (length < 0)
    length = strlen (text);

  out = g_string_sized_new (length);
  end = text + length;
  for (p = text; p < end;)
    {
      const char *amp = memchr (p, '&', end - p);
      gsize used;

      if (amp == NULL)
        {
          g_string_append_len (out, p, end - p);
          break;
        }

      g_string_append_len (out, p, amp - p);
      used = decode_reference (out, amp + 1, end);
      if (used == 0)
        {
          g_string_append_c (out, '&');
          p = amp + 1;
        }
      else
        p = amp + 1 + used;
    }

  return g_utf8_make_valid (out->str, out->len);
}

/**
 * pursuit_html_escaped_to_text:
 * @escaped_html: (nullable): HTML whose markup is itself escaped, as in
 *   Greenhouse's `content` ("&lt;p&gt;Hello&lt;/p&gt;")
 * @length: the length in bytes, or -1 if it is nul-terminated
 *
 * Unescapes @escaped_html once, then turns the HTML into text like
 * [func@Pursuit.html_to_text].
 *
 * Returns: (transfer full): valid UTF-8 text, possibly empty
 */
char *
pursuit_html_escaped_to_text (const char *escaped_html,
                              gssize      length)
{
  g_autofree char *html = pursuit_html_unescape (escaped_html, length);

  return pursuit_html_to_text (html, -1);
}

/**
 * pursuit_html_inline_to_text:
 * @text: (nullable): a short text such as a title or a name
 *
 * Decodes character references and collapses white space (including line
 * breaks) into single spaces, trimmed at both ends. Tags are not parsed.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL if it is empty
 */
char *
pursuit_html_inline_to_text (const char *text)
{
  g_autofree char *decoded = NULL;
  g_autoptr(GString) out = NULL;
  gboolean space = FALSE;

  if (text == NULL)
    return NULL;

  decoded = pursuit_html_unescape (text, -1);
  out = g_string_new (NULL);
  for (const char *p = decoded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_space (c) || g_unichar_iscntrl (c))
        {
          space = out->len > 0;
          continue;
        }

      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  if (out->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}
