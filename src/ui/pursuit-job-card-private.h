/* pursuit-job-card-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-job-card.h"

G_BEGIN_DECLS

const char *_pursuit_job_card_get_accessible_label (PursuitJobCard *self);
void        _pursuit_job_card_get_heights          (PursuitJobCard *self,
                                                    int             width,
                                                    int            *measured,
                                                    int            *drawn);

G_END_DECLS
