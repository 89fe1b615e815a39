/* pursuit-search-filters.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pursuit-job-filter.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_SEARCH_FILTERS (pursuit_search_filters_get_type ())

/* The search bar's filter button: a popover with "remote only", a minimum
 * salary, a source and tags. It emits "changed" with the new filter
 * whenever the "filter" property changes, and shows when any filter is on. */
G_DECLARE_FINAL_TYPE (PursuitSearchFilters, pursuit_search_filters, PURSUIT, SEARCH_FILTERS, GtkWidget)

GtkWidget        *pursuit_search_filters_new          (PursuitStore         *store);
PursuitStore     *pursuit_search_filters_get_store    (PursuitSearchFilters *self);
void              pursuit_search_filters_set_store    (PursuitSearchFilters *self,
                                                       PursuitStore         *store);
PursuitJobFilter *pursuit_search_filters_get_filter   (PursuitSearchFilters *self);
void              pursuit_search_filters_set_filter   (PursuitSearchFilters *self,
                                                       PursuitJobFilter     *filter);
void              pursuit_search_filters_clear        (PursuitSearchFilters *self);
char             *pursuit_search_filters_describe     (PursuitJobFilter     *filter);
const char       *pursuit_search_filters_get_currency (PursuitSearchFilters *self);
void              pursuit_search_filters_set_currency (PursuitSearchFilters *self,
                                                       const char           *currency);

G_END_DECLS
