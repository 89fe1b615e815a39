/* fake-google-gmail-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fake-google-private.h"

G_BEGIN_DECLS

/* The parts of the fake Gmail (fake-google-gmail.c: the handlers;
 * -seed.c: the mailbox; -json.c: the Message resources) meet here. */

#define FAKE_GMAIL_FIRST_HISTORY_ID G_GUINT64_CONSTANT (418000)

typedef struct _Message Message;

struct _Message
{
  char      *id;
  char      *thread_id;
  GPtrArray *labels;
  gint64     internal_date;   /* ms since the epoch */
  guint64    history_id;
  char      *from;
  char      *to;
  char      *subject;
  char      *message_id;
  char      *in_reply_to;     /* NULL for none */
  char      *text;
  char      *html;
  char      *attachment_name; /* NULL for none */
  char      *attachment;      /* its content, text/calendar */
  char      *raw;             /* the RFC 5322 message */
  Message   *parent;          /* while seeding: the one it answers */
};

typedef enum
{
  CHANGE_ADDED,
  CHANGE_LABELS_ADDED,
  CHANGE_LABELS_REMOVED,
} ChangeKind;

typedef struct
{
  guint64     id;
  ChangeKind  kind;
  Message    *message;  /* borrowed */
  GStrv       labels;   /* for the label changes */
} Change;

typedef struct
{
  GPtrArray *messages;   /* newest first */
  GPtrArray *changes;    /* oldest first */
  guint64    first_history_id;
  guint64    history_id;
} Gmail;

void     _fake_google_gmail_message_free     (Message     *message);
/* Records a change of @message (taking @labels) under a new history id. */
void     _fake_google_gmail_add_change       (Gmail       *gmail,
                                              ChangeKind   kind,
                                              Message     *message,
                                              GStrv        labels);
/* Fills the empty @gmail with @n messages to @me. */
void     _fake_google_gmail_seed             (Gmail       *gmail,
                                              guint        n,
                                              const char  *me);
char    *_fake_google_gmail_wrap_html        (const char  *text);
/* RFC 5322, UTC */
char    *_fake_google_gmail_date_header      (gint64       ms);

char    *_fake_google_gmail_base64url        (const char  *data,
                                              gsize        len,
                                              gboolean     pad);
char    *_fake_google_gmail_attachment_id    (Message     *message);
void     _fake_google_gmail_add_labels       (JsonBuilder *builder,
                                              Message     *message);
/* A Message resource in @format (minimal, metadata, full, raw); @only
 * limits the headers of metadata. */
void     _fake_google_gmail_add_message_json (JsonBuilder *builder,
                                              Message     *message,
                                              const char  *format,
                                              GStrv        only);

Gmail      *_fake_google_gmail_get          (FakeGoogle     *self);
/* FALSE, with the answer sent, when userId is not "me" nor the address. */
gboolean    _fake_google_gmail_check_user   (FakeGoogle     *self,
                                             FakeGoogleCall *call);
Message    *_fake_google_gmail_find_message (Gmail          *gmail,
                                             const char     *id);
guint       _fake_google_gmail_page_size    (FakeGoogleCall *call);
/* FALSE, with the answer sent, for a pageToken the fake never gave. */
gboolean    _fake_google_gmail_page_start   (FakeGoogle     *self,
                                             FakeGoogleCall *call,
                                             guint          *start);
/* "nextPageToken" for the page after [@start, @start + @size), in the
 * form _fake_google_gmail_page_start() reads, when @total goes on. */
void        _fake_google_gmail_add_next_page (JsonBuilder   *builder,
                                              guint          start,
                                              guint          size,
                                              guint          total);
GPtrArray  *_fake_google_gmail_matching     (Gmail          *gmail,
                                             FakeGoogleCall *call);
void        _fake_google_gmail_threads_init (FakeGoogle     *self);

G_END_DECLS
