/* pursuit-contact.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_CONTACT (pursuit_contact_get_type ())

/* A person to talk to about a job: a recruiter, a hiring manager. */
G_DECLARE_FINAL_TYPE (PursuitContact, pursuit_contact, PURSUIT, CONTACT, GObject)

PursuitContact *pursuit_contact_new  (void);
PursuitContact *pursuit_contact_copy (PursuitContact *self);

gint64 pursuit_contact_get_id (PursuitContact *self);
void pursuit_contact_set_id (PursuitContact *self, gint64 id);
gint64 pursuit_contact_get_job_id (PursuitContact *self);
void pursuit_contact_set_job_id (PursuitContact *self, gint64 job_id);
const char *pursuit_contact_get_name (PursuitContact *self);
void pursuit_contact_set_name (PursuitContact *self, const char *name);
/* role: "Recruiter", "Hiring manager", ... as the user wrote it */
const char *pursuit_contact_get_role (PursuitContact *self);
void pursuit_contact_set_role (PursuitContact *self, const char *role);
const char *pursuit_contact_get_email (PursuitContact *self);
void pursuit_contact_set_email (PursuitContact *self, const char *email);
const char *pursuit_contact_get_phone (PursuitContact *self);
void pursuit_contact_set_phone (PursuitContact *self, const char *phone);
const char *pursuit_contact_get_notes (PursuitContact *self);
void pursuit_contact_set_notes (PursuitContact *self, const char *notes);
gint64 pursuit_contact_get_created_at (PursuitContact *self);
void pursuit_contact_set_created_at (PursuitContact *self, gint64 created_at);

G_END_DECLS
