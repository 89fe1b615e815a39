/* pursuit-core-resources-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The data compiled into the core library (data/pursuit-core.gresource.xml:
 * skills.json, questions.json). Loaders call it directly rather than going
 * through the global resource registry: the direct reference is what keeps
 * the resource's object file in a static link. */
GResource *pursuit_core_get_resource (void);

#define PURSUIT_CORE_RESOURCE_SKILLS "/io/github/pursuit/Pursuit/core/skills.json"
#define PURSUIT_CORE_RESOURCE_QUESTIONS "/io/github/pursuit/Pursuit/core/questions.json"

G_END_DECLS
