/* pursuit-caldav-xml.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PURSUIT_DAV_NS    "DAV:"
#define PURSUIT_CALDAV_NS "urn:ietf:params:xml:ns:caldav"
#define PURSUIT_CS_NS     "http://calendarserver.org/ns/"
#define PURSUIT_APPLE_NS  "http://apple.com/ns/ical/"

/* One <d:response> of a multistatus, with the properties CalDAV discovery
 * and sync ask for. Only properties inside a 2xx propstat are kept. */
typedef struct
{
  char     *href;            /* absolute, resolved against the request URI */
  char     *path;            /* its path, still percent-encoded */
  guint     status;          /* the response's own <d:status>, 0 without one */
  char     *etag;
  char     *calendar_data;
  char     *display_name;
  char     *color;           /* "#rrggbb", NULL when absent or not a colour */
  char     *ctag;
  char     *sync_token;
  char     *principal;       /* absolute URI */
  char     *home;            /* absolute URI of the first calendar-home-set href */
  gboolean  is_collection;
  gboolean  is_calendar;
  gboolean  has_component_set;
  gboolean  takes_events;
  gboolean  has_privileges;
  gboolean  can_write;
} PursuitDavResponse;

typedef struct
{
  GPtrArray *responses;      /* of PursuitDavResponse */
  char      *sync_token;     /* the multistatus' own <d:sync-token> */
} PursuitDavMultistatus;

void                   _pursuit_dav_multistatus_free  (PursuitDavMultistatus *multistatus);
/* Parses a 207 body. Refuses documents with a DOCTYPE (no entities, no
 * external DTDs), never touches the network, and drops responses whose
 * href points to another server than @base_uri. PURSUIT_CALDAV_ERROR_
 * INVALID_RESPONSE when it is not a DAV:multistatus. */
PursuitDavMultistatus *_pursuit_dav_multistatus_parse (GBytes                *body,
                                                       const char            *base_uri,
                                                       GError               **error);
/* Whether the href of @response is @uri (ignoring a trailing slash). */
gboolean               _pursuit_dav_same_resource     (const char            *a,
                                                       const char            *b);
/* Same scheme, host and port. */
gboolean               _pursuit_dav_same_origin       (const char            *a,
                                                       const char            *b);
/* @reference resolved against @base; NULL when either does not parse. */
char                  *_pursuit_dav_resolve           (const char            *base,
                                                       const char            *reference);
/* The percent-encoded path of @uri, NULL when it does not parse. */
char                  *_pursuit_dav_path_of           (const char            *uri);
/* Escapes text for an XML element's content. */
char                  *_pursuit_dav_escape            (const char            *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitDavMultistatus, _pursuit_dav_multistatus_free)

G_END_DECLS
