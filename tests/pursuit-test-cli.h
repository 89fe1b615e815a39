/* pursuit-test-cli.h: running pursuit-cli as a subprocess.
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* What one run of pursuit-cli left: how it ended and its output. */
typedef struct
{
  gboolean  exited;
  int       status;
  char     *out;
  char     *err;
} CliResult;

void        cli_result_free  (CliResult          *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

/* A data folder of its own for each test (g_dir_make_tmp () of @data, a
 * template, or "pursuit-cli-XXXXXX" when NULL), removed afterwards. */
typedef struct
{
  char *dir;
} CliFixture;

void         cli_fixture_setup    (CliFixture    *fixture,
                                   gconstpointer  data);
void         cli_fixture_teardown (CliFixture    *fixture,
                                   gconstpointer  data);

typedef void (*CliTestFunc) (CliFixture    *fixture,
                             gconstpointer  data);

/* g_test_add () of @func at @path in a CliFixture of the default
 * template. */
void         cli_test_add         (const char    *path,
                                   CliTestFunc    func);

/* In main () in place of g_test_init (): FALSE, having said why, when
 * $PURSUIT_CLI names no executable (main () then returns 77, skipped). */
gboolean     cli_test_init   (int                *argc,
                              char             ***argv);
/* `pursuit-cli @args...` with stdout and stderr piped (and stdin when
 * @with_stdin), in TZ @time_zone and LC_ALL=C.UTF-8, without the
 * caller's PURSUIT_DATA_DIR, debug output or desktop proxy settings. */
GSubprocess *cli_spawn       (const char * const *args,
                              gboolean            with_stdin,
                              const char         *time_zone,
                              GError            **error);
/* The result of @process, which has ended, from its output @out and
 * @err (NULL: none). A crash fails the test: it is never an answer. */
CliResult   *cli_make_result (GSubprocess        *process,
                              GBytes             *out,
                              GBytes             *err);
/* cli_spawn () run to its end, @input (NULL: none) on its stdin. */
CliResult   *cli_run         (const char * const *args,
                              GBytes             *input,
                              const char         *time_zone);
/* `pursuit-cli @args... --data-dir DIR` (@fixture's folder) run to its
 * end in UTC, @input (NULL: none) on its stdin; @args ends with NULL. */
CliResult   *cli_run_in      (CliFixture         *fixture,
                              GBytes             *input,
                              const char * const *args);
/* The same without input, the arguments up to the first NULL. */
CliResult   *cli_run_in_va   (CliFixture         *fixture,
                              const char         *first,
                              ...) G_GNUC_NULL_TERMINATED;
/* Exit status 0 and nothing on stderr. */
void         cli_assert_ok   (CliResult          *result);
JsonNode    *cli_parse_json  (const char         *text);
/* cli_assert_ok (), then stdout as JSON. */
JsonNode    *cli_result_json (CliResult          *result);

G_END_DECLS
