/* pursuit-ai-provider.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-ai-client.h"
#include "pursuit-http.h"
#include "pursuit-secret-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_AI_PROVIDER (pursuit_ai_provider_get_type ())

/* The optional AI as the app sees it: whether it is on, its endpoint and
 * model (properties "enabled", "base-url", "model", bound by the
 * application to the GSettings keys ai-enabled, ai-base-url, ai-model),
 * and its API key in the Secret Service (kind PURSUIT_SECRET_AI_API_KEY,
 * key = the base URL), read once when the endpoint changes. "changed" is
 * emitted when the client it gives changes. Off by default. */
G_DECLARE_FINAL_TYPE (PursuitAiProvider, pursuit_ai_provider, PURSUIT, AI_PROVIDER, GObject)

PursuitAiProvider *pursuit_ai_provider_new             (PursuitHttp        *http,
                                                        PursuitSecretStore *secrets);
gboolean           pursuit_ai_provider_get_enabled     (PursuitAiProvider  *self);
void               pursuit_ai_provider_set_enabled     (PursuitAiProvider  *self,
                                                        gboolean            enabled);
const char        *pursuit_ai_provider_get_base_url    (PursuitAiProvider  *self);
void               pursuit_ai_provider_set_base_url    (PursuitAiProvider  *self,
                                                        const char         *base_url);
const char        *pursuit_ai_provider_get_model       (PursuitAiProvider  *self);
void               pursuit_ai_provider_set_model       (PursuitAiProvider  *self,
                                                        const char         *model);
/* NULL when off, without an endpoint or model, or while the key is read.
 * (transfer none) */
PursuitAiClient   *pursuit_ai_provider_get_client      (PursuitAiProvider  *self);
/* Stores (or with NULL/"" clears) the key for the current endpoint. */
void               pursuit_ai_provider_set_api_key_async  (PursuitAiProvider *self,
                                                        const char         *api_key,
                                                        GCancellable       *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer            user_data);
gboolean           pursuit_ai_provider_set_api_key_finish (PursuitAiProvider *self,
                                                        GAsyncResult       *result,
                                                        GError            **error);
/* The circuit breaker's state for the service "ai", for the Integrations
 * page. */
PursuitCircuitState pursuit_ai_provider_get_circuit_state (PursuitAiProvider *self);

G_END_DECLS
