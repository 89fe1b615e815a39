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
  char      *references;      /* NULL for none */
  char      *text;
  char      *html;
  char      *attachment_name; /* NULL for none */
  char      *attachment;      /* its content, text/calendar */
  char      *raw;             /* the RFC 5322 message */
  Message   *parent;          /* while seeding: the one it answers */
  gboolean   mime_payload;    /* full and metadata come from raw's MIME tree */
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
  char      *id;         /* "r<serial>" */
  Message   *message;    /* borrowed from the mailbox */
} Draft;

typedef struct
{
  GPtrArray *messages;   /* newest first */
  GPtrArray *drafts;     /* of Draft, oldest first */
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
/* {"id", "threadId", "labelIds"}: how Gmail names a message it has just
 * sent or stored, and in history records. */
void     _fake_google_gmail_add_message_ref  (JsonBuilder *builder,
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
void        _fake_google_gmail_drafts_init  (FakeGoogle     *self);
gboolean    _fake_google_gmail_has_label    (Message        *message,
                                             const char     *label);

/* fake-google-gmail-mime.c: messages known as RFC 5322 text */
/* Fills from, to, subject, message-id, in-reply-to, references, text and
 * html from @message's raw text; FALSE when GMime cannot read it. */
gboolean    _fake_google_gmail_read_raw     (Message        *message);
void        _fake_google_gmail_add_mime_payload (JsonBuilder *builder,
                                             Message        *message,
                                             gboolean        metadata_only,
                                             GStrv           only);
/* The decoded part behind attachment @id, NULL when none. */
GBytes     *_fake_google_gmail_mime_attachment (Message     *message,
                                             const char     *id);

/* fake-google-gmail-mailbox.c */
/* Decodes Gmail's "raw" (base64url, padded or not) into a string; NULL
 * when it is not base64url, is empty or holds a NUL. */
char       *_fake_google_gmail_decode_raw   (const char     *text);
/* A message from @raw (taken), with @labels, an id, and a thread as Gmail
 * chooses it: @asked_thread_id (or, for mail coming in, the thread of a
 * message it answers) only when In-Reply-To or References name a message
 * of that thread and the subjects match once "Re:"-like prefixes are
 * dropped; else a thread of its own. NULL when @raw is not a message;
 * *@unknown_thread set when @asked_thread_id does not exist. */
Message    *_fake_google_gmail_new_raw_message (FakeGoogle  *self,
                                             char           *raw,
                                             const char * const *labels,
                                             gint64          internal_date,
                                             const char     *asked_thread_id,
                                             gboolean       *unknown_thread);
/* Puts @message (taken) in the mailbox in date order and records its
 * messageAdded change. */
void        _fake_google_gmail_insert       (Gmail          *gmail,
                                             Message        *message);
/* A message a client posted (messages.send, drafts.create): @raw (taken)
 * as new_raw_message reads it, put in the mailbox. NULL, having replied
 * 404, when @thread_id is no thread; NULL, having replied 400 @invalid,
 * when @raw is not a message or, with @need_recipient, has no To. */
Message    *_fake_google_gmail_insert_posted (FakeGoogle    *self,
                                             FakeGoogleCall *call,
                                             char           *raw,
                                             const char * const *labels,
                                             const char     *thread_id,
                                             gboolean        need_recipient,
                                             const char     *invalid);

G_END_DECLS
