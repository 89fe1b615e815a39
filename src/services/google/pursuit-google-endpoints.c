/* pursuit-google-endpoints.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-google"

#include "config.h"

#include <string.h>

#include "pursuit-google-endpoints.h"

typedef struct
{
  const char *base;       /* the real scheme and host */
  const char *path;
  const char *override;   /* the environment variable that replaces base */
} EndpointInfo;

#define OAUTH_URL "PURSUIT_GOOGLE_OAUTH_URL"
#define API_URL   "PURSUIT_GOOGLE_API_URL"

static const EndpointInfo endpoints[] = {
  [PURSUIT_GOOGLE_AUTHORIZE]    = { "https://accounts.google.com", "/o/oauth2/v2/auth", OAUTH_URL },
  [PURSUIT_GOOGLE_TOKEN]        = { "https://oauth2.googleapis.com", "/token", OAUTH_URL },
  [PURSUIT_GOOGLE_REVOKE]       = { "https://oauth2.googleapis.com", "/revoke", OAUTH_URL },
  [PURSUIT_GOOGLE_USERINFO]     = { "https://www.googleapis.com", "/oauth2/v2/userinfo", API_URL },
  [PURSUIT_GOOGLE_CALENDAR_API] = { "https://www.googleapis.com", "/calendar/v3", API_URL },
  [PURSUIT_GOOGLE_GMAIL_API]    = { "https://gmail.googleapis.com", "/gmail/v1", API_URL },
  [PURSUIT_GOOGLE_GMAIL_BATCH]  = { "https://gmail.googleapis.com", "/batch/gmail/v1", API_URL },
};

G_STATIC_ASSERT (G_N_ELEMENTS (endpoints) == PURSUIT_GOOGLE_GMAIL_BATCH + 1);

char *
pursuit_google_endpoint_dup_url (PursuitGoogleEndpoint endpoint)
{
  const EndpointInfo *info;
  const char *base;
  gsize len;

  g_return_val_if_fail ((guint) endpoint < G_N_ELEMENTS (endpoints), NULL);

  info = &endpoints[endpoint];
  base = g_getenv (info->override);
  if (base == NULL || *base == '\0')
    base = info->base;

  /* "http://127.0.0.1:8080/" and "http://127.0.0.1:8080" mean the same. */
  len = strlen (base);
  while (len > 0 && base[len - 1] == '/')
    len--;

  return g_strdup_printf ("%.*s%s", (int) len, base, info->path);
}
