/* pursuit-board-parser.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-job.h"

G_BEGIN_DECLS

/**
 * PursuitBoardKind:
 * @PURSUIT_BOARD_AUTO: detect the kind from the data
 * @PURSUIT_BOARD_GREENHOUSE: boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true
 * @PURSUIT_BOARD_LEVER: api.lever.co/v0/postings/{company}?mode=json
 * @PURSUIT_BOARD_ASHBY: api.ashbyhq.com/posting-api/job-board/{board}?includeCompensation=true
 * @PURSUIT_BOARD_NONE: not a job board response we know
 *
 * The public job board APIs Pursuit imports whole boards from.
 */
typedef enum
{
  PURSUIT_BOARD_AUTO,
  PURSUIT_BOARD_GREENHOUSE,
  PURSUIT_BOARD_LEVER,
  PURSUIT_BOARD_ASHBY,
  PURSUIT_BOARD_NONE,
} PursuitBoardKind;

PursuitBoardKind  pursuit_board_detect (const char        *json,
                                        gsize              length);
GPtrArray        *pursuit_board_parse  (const char        *json,
                                        gsize              length,
                                        PursuitBoardKind   kind,
                                        const char        *company,
                                        GError           **error);

G_END_DECLS
