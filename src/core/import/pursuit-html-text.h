/* pursuit-html-text.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

xmlDoc *pursuit_html_read_document   (const char *html,
                                      gsize       length);
char   *pursuit_html_to_text         (const char *html,
                                      gssize      length);
char   *pursuit_html_escaped_to_text (const char *escaped_html,
                                      gssize      length);
char   *pursuit_html_node_to_text    (xmlNode    *node);
char   *pursuit_html_unescape        (const char *text,
                                      gssize      length);
char   *pursuit_html_inline_to_text  (const char *text);

G_END_DECLS
