/* pursuit-source-label.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A job's source is a key as the importers store it: "linkedin" from the
 * demo, a host ("boards.greenhouse.io") from pursuit_posting_source_for_url
 * (), "greenhouse" from the board parser, "csv" from CSV import, or what
 * the user typed. These read it for people. */

/* The key every spelling of a known source shares ("linkedin" for
 * "LinkedIn", "linkedin.com" and "de.linkedin.com"); NULL for an unknown
 * source, which stays as it is. */
const char *pursuit_source_get_known_key (const char *source);
/* "LinkedIn", "Company Site" (translated where it is a word); an unknown
 * source as the user typed it (valid UTF-8); "" for NULL. */
char       *pursuit_source_dup_label     (const char *source);

G_END_DECLS
