/* pursuit-test-ai.h: a fake OpenAI-compatible endpoint for the widget
 * tests of the optional AI.
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

#include "pursuit-ai-provider.h"

G_BEGIN_DECLS

/* What the fake endpoint answers, and how often it was asked. */
typedef struct
{
  /* Each chat completion fails: its body is @broken_body, or when that
   * is NULL, text that is no chat completion at all. */
  gboolean    broken;
  guint       requests;
  /* The assistant's words in each completion (sent JSON-escaped). */
  const char *answer;
  const char *broken_body;
} FakeAi;

/* @ai served at /v1/chat/completions of @server, now listening on
 * loopback, and a new provider of model "test-model" pointed at it,
 * still disabled as a user's provider starts. */
PursuitAiProvider *pursuit_test_fake_ai_provider (SoupServer *server,
                                                  FakeAi     *ai);

G_END_DECLS
