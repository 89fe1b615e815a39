/* pursuit-demo.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

/* The number of jobs `pursuit --demo` and the board's "Try with Sample
 * Data" button put in a throw-away store. */
#define PURSUIT_DEMO_DEFAULT_JOBS 60

gboolean pursuit_demo_fill (PursuitStore  *store,
                            guint          n_jobs,
                            guint32        seed,
                            GError       **error);

G_END_DECLS
