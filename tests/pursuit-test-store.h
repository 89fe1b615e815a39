/* pursuit-test-store.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store.h"

G_BEGIN_DECLS

/* A store in a fresh temporary folder, for one test. */
typedef struct
{
  char         *dir;
  char         *path;
  PursuitStore *store;
} StoreFixture;

void        store_fixture_setup    (StoreFixture  *fixture,
                                    gconstpointer  data);
void        store_fixture_teardown (StoreFixture  *fixture,
                                    gconstpointer  data);
PursuitJob *make_job               (const char    *title,
                                    const char    *company,
                                    const char    *stage);
gint64      add_job                (PursuitStore  *store,
                                    const char    *title,
                                    const char    *company,
                                    const char    *stage);
void        remove_tree            (const char    *path);
void        spin_until_idle        (void);

G_END_DECLS
