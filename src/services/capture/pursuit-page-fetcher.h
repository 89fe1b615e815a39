/* pursuit-page-fetcher.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * PursuitFetchError:
 * @PURSUIT_FETCH_ERROR_HTTP_STATUS: the server answered with a status other
 *   than 2xx; the message names the status ("The page answered 404 Not Found")
 * @PURSUIT_FETCH_ERROR_TOO_LARGE: the body is over
 *   %PURSUIT_PAGE_FETCHER_MAX_SIZE
 * @PURSUIT_FETCH_ERROR_INVALID_URI: the text is not an absolute URI with a host
 *
 * Errors of [class@Pursuit.PageFetcher]. A URI of another scheme than http or
 * https is %G_IO_ERROR_INVALID_ARGUMENT; transport failures keep their
 * #GIOError, #GResolverError, #GTlsError or #SoupSessionError.
 */
typedef enum
{
  PURSUIT_FETCH_ERROR_HTTP_STATUS,
  PURSUIT_FETCH_ERROR_TOO_LARGE,
  PURSUIT_FETCH_ERROR_INVALID_URI,
} PursuitFetchError;

#define PURSUIT_FETCH_ERROR (pursuit_fetch_error_quark ())
GQuark pursuit_fetch_error_quark (void);

/**
 * PURSUIT_PAGE_FETCHER_MAX_SIZE:
 *
 * The largest body, in bytes, that a fetch reads (20 MiB).
 */
#define PURSUIT_PAGE_FETCHER_MAX_SIZE ((gsize) 20 * 1024 * 1024)

#define PURSUIT_TYPE_PAGE_FETCHER (pursuit_page_fetcher_get_type ())

G_DECLARE_FINAL_TYPE (PursuitPageFetcher, pursuit_page_fetcher, PURSUIT, PAGE_FETCHER, GObject)

PursuitPageFetcher *pursuit_page_fetcher_new          (void);
void                pursuit_page_fetcher_fetch_async  (PursuitPageFetcher   *self,
                                                       const char           *uri,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
GBytes             *pursuit_page_fetcher_fetch_finish (PursuitPageFetcher   *self,
                                                       GAsyncResult         *result,
                                                       char                **out_content_type,
                                                       char                **out_final_uri,
                                                       GError              **error);

G_END_DECLS
