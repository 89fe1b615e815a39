/* pursuit-test-store.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "pursuit-test-store.h"

void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }

  g_rmdir (path);
}

/* Runs what the main context has ready: signal handlers, idles, redraws. */
void
spin_until_idle (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

void
store_fixture_setup (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("pursuit-test-XXXXXX", &error);
  g_assert_no_error (error);

  fixture->path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  fixture->store = pursuit_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

void
store_fixture_teardown (StoreFixture  *fixture,
                        gconstpointer  data)
{
  if (fixture->store != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (fixture->store), (gpointer *)&fixture->store);
      g_object_unref (fixture->store);
      /* Nothing may keep the store alive behind the test's back. */
      g_assert_null (fixture->store);
    }

  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

PursuitJob *
make_job (const char *title,
          const char *company,
          const char *stage)
{
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_title (job, title);
  pursuit_job_set_company (job, company);
  pursuit_job_set_stage (job, stage);

  return job;
}

gint64
add_job (PursuitStore *store,
         const char   *title,
         const char   *company,
         const char   *stage)
{
  g_autoptr(PursuitJob) job = make_job (title, company, stage);
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = pursuit_store_add_job (store, job, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}
