/* pursuit-mail-ats.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-ats"

#include "config.h"

#include <string.h>

#include "pursuit-mail-classifier.h"
#include "pursuit-mail-rules-private.h"

/* Which applicant tracking system sent a message, and for which tenant
 * (usually the company's slug), from the sender and the links. */

const char *
_pursuit_mail_ats_for_domain (const char  *domain,
                              const char **out_domain)
{
  for (guint i = 0; _pursuit_mail_ats_domains[i].domain != NULL; i++)
    {
      if (_pursuit_mail_domain_matches (domain, _pursuit_mail_ats_domains[i].domain))
        {
          if (out_domain != NULL)
            *out_domain = _pursuit_mail_ats_domains[i].domain;
          return _pursuit_mail_ats_domains[i].ats;
        }
    }

  return NULL;
}

const char *
_pursuit_mail_address_domain (const char *address)
{
  const char *at;

  if (address == NULL || (at = strrchr (address, '@')) == NULL || at[1] == '\0')
    return NULL;

  return at + 1;
}

static const char *
ats_in_text (const char *lower)
{
  for (guint i = 0; _pursuit_mail_tenant_patterns[i].pattern != NULL; i++)
    {
      if (strstr (lower, _pursuit_mail_tenant_patterns[i].pattern) != NULL)
        return _pursuit_mail_tenant_patterns[i].ats;
    }

  return NULL;
}

static char *
lower_body (PursuitMailMessage *message)
{
  const char *body = pursuit_mail_message_get_body_text (message);

  if (body == NULL)
    return g_strdup ("");

  return g_ascii_strdown (body, strnlen (body, PURSUIT_MAIL_MAX_BODY_TEXT));
}

const char *
pursuit_mail_detect_ats (PursuitMailMessage *message)
{
  g_autofree char *lower = NULL;
  const char *ats;

  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (message), NULL);

  ats = _pursuit_mail_ats_for_domain (_pursuit_mail_address_domain (pursuit_mail_message_get_from_address (message)), NULL);
  if (ats == NULL)
    ats = _pursuit_mail_ats_for_domain (_pursuit_mail_address_domain (pursuit_mail_message_get_reply_to_address (message)), NULL);
  if (ats != NULL)
    return ats;

  lower = lower_body (message);
  return ats_in_text (lower);
}

static const char * const generic_labels[] = {
  "www", "app", "api", "mail", "email", "emails", "jobs", "job", "careers", "career", "apply",
  "hire", "us", "eu", "uk", "cdn", "assets", "static", "images", "support", "help", "login",
  "secure", "click", "links", "link", "go", "track", "em", "t", "e", "info", "boards", "embed",
  "noreply", "no-reply", "donotreply", "do-not-reply", "notifications", "notification",
  "system", "workday", "greenhouse", "lever", "ashby", "icims", "taleo", "recruiting",
  "api-v1", "v1", "v2", "j", "o", "p", "search", "en", "de", "fr", "es", "en-us", "share",
  NULL
};

static gboolean
is_tenant_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_';
}

static char *
clean_tenant (const char *start,
              gsize       len)
{
  g_autofree char *tenant = g_ascii_strdown (start, len);
  const char *t = tenant;

  /* iCIMS and a few others prefix the tenant: careers-acme.icims.com */
  if (g_str_has_prefix (t, "careers-"))
    t += strlen ("careers-");
  else if (g_str_has_prefix (t, "jobs-"))
    t += strlen ("jobs-");
  else if (g_str_has_prefix (t, "uscareers-"))
    t += strlen ("uscareers-");

  if (strlen (t) < 2 || strlen (t) > 63 || g_strv_contains (generic_labels, t))
    return NULL;

  return g_strdup (t);
}

static char *
tenant_at (const char                     *text,
           const char                     *match,
           const PursuitMailTenantPattern *pattern)
{
  if (!pattern->tenant_in_host)
    {
      const char *start = match + strlen (pattern->pattern);
      const char *end = start;

      while (is_tenant_char (*end))
        end++;
      return clean_tenant (start, end - start);
    }
  else
    {
      /* The host's labels before the pattern: Workday puts the tenant
       * first (acme.wd5.myworkdayjobs.com), the others last. */
      const char *end = match;
      const char *start = match;
      const char *first_end;

      while (start > text && (is_tenant_char (start[-1]) || start[-1] == '.'))
        start--;
      while (start < end && *start == '.')
        start++;
      if (start == end)
        return NULL;

      if (g_str_equal (pattern->ats, "workday"))
        {
          first_end = memchr (start, '.', end - start);
          return clean_tenant (start, (first_end != NULL ? first_end : end) - start);
        }
      else
        {
          const char *last = end;

          while (last > start && last[-1] != '.')
            last--;
          return clean_tenant (last, end - last);
        }
    }
}

static char *
tenant_in_text (const char *lower)
{
  for (guint i = 0; _pursuit_mail_tenant_patterns[i].pattern != NULL; i++)
    {
      const PursuitMailTenantPattern *pattern = &_pursuit_mail_tenant_patterns[i];
      const char *p = lower;

      while ((p = strstr (p, pattern->pattern)) != NULL)
        {
          char *tenant;

          /* A host pattern must end the host, not be part of a longer one. */
          if (pattern->tenant_in_host && is_tenant_char (p[strlen (pattern->pattern)]))
            {
              p++;
              continue;
            }

          tenant = tenant_at (lower, p, pattern);
          if (tenant != NULL)
            return tenant;
          p++;
        }
    }

  return NULL;
}

static char *
tenant_of_sender (const char *address)
{
  const char *domain = _pursuit_mail_address_domain (address);
  g_autofree char *host = NULL;
  char *tenant;

  if (domain == NULL)
    return NULL;

  host = g_strconcat (" ", domain, NULL);
  tenant = tenant_in_text (host);
  if (tenant != NULL)
    return tenant;

  /* Workday sends as <tenant>@myworkday.com */
  if (_pursuit_mail_domain_matches (domain, "myworkday.com"))
    return clean_tenant (address, domain - 1 - address);

  return NULL;
}

char *
pursuit_mail_detect_ats_tenant (PursuitMailMessage *message)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (message), NULL);

  return _pursuit_mail_detect_tenant (message);
}

char *
_pursuit_mail_detect_tenant (PursuitMailMessage *message)
{
  g_autofree char *lower = NULL;
  char *tenant;

  tenant = tenant_of_sender (pursuit_mail_message_get_from_address (message));
  if (tenant == NULL)
    tenant = tenant_of_sender (pursuit_mail_message_get_reply_to_address (message));
  if (tenant != NULL)
    return tenant;

  lower = lower_body (message);
  return tenant_in_text (lower);
}
