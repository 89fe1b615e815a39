/* pursuit-bench.h: timing helpers shared by the benchmarks.
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdlib.h>

#include <glib.h>

/* Monotonic time in milliseconds, for differences only. */
static inline double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static inline int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

/* The median of @n timings (sorts @times in place); single runs are
 * noisy, and the median keeps one slow outlier out. */
static inline double
median_ms (double *times,
           gsize   n)
{
  qsort (times, n, sizeof (double), compare_doubles);
  return times[n / 2];
}
