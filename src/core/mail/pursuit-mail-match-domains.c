/* pursuit-mail-match-domains.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-matcher"

#include "config.h"

#include <string.h>

#include "pursuit-mail-matcher.h"
#include "pursuit-mail-matcher-private.h"

/* Registrable domains of mail providers anybody can use. */
static const char * const free_mail_domains[] = {
  "gmail.com", "googlemail.com", "icloud.com", "me.com", "mac.com", "ymail.com",
  "rocketmail.com", "protonmail.com", "protonmail.ch", "proton.me", "pm.me", "tutanota.com",
  "tutanota.de", "tuta.io", "fastmail.com", "fastmail.fm", "hey.com", "zohomail.com",
  "mail.com", "email.com", "gmx.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de",
  "t-online.de", "freenet.de", "posteo.de", "mailbox.org", "arcor.de", "online.de",
  "free.fr", "orange.fr", "laposte.net", "wanadoo.fr", "sfr.fr", "neuf.fr", "bbox.fr",
  "telefonica.net", "movistar.es", "terra.es", "libero.it", "virgilio.it", "tiscali.it",
  "seznam.cz", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "mail.ru", "inbox.ru", "bk.ru",
  "list.ru", "rambler.ru", "ya.ru", "qq.com", "163.com", "126.com", "sina.com",
  "naver.com", "daum.net", "rediffmail.com", "btinternet.com", "sky.com", "comcast.net",
  "verizon.net", "att.net", "bigpond.com", "shaw.ca", "rogers.com", "sympatico.ca",
  "bluewin.ch", "uol.com.br", "bol.com.br", "terra.com.br",
};

/* Providers present under many country domains (hotmail.co.uk, yahoo.fr):
 * the name before the public suffix. */
static const char * const free_mail_names[] = {
  "hotmail", "outlook", "live", "msn", "yahoo", "aol", "gmx", "yandex", "zoho",
};

/* Domains of services that write on a company's behalf: applicant
 * tracking systems, job boards, mailing, scheduling and assessment
 * platforms. */
static const char * const service_domains[] = {
  /* applicant tracking systems */
  "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "myworkday.com",
  "myworkdayjobs.com", "myworkdaysite.com", "workday.com", "ashbyhq.com", "smartrecruiters.com",
  "smartrecruiters.net", "icims.com", "taleo.net", "oraclecloud.com", "personio.de",
  "personio.com", "recruitee.com", "teamtailor.com", "teamtailor-mail.com", "workable.com",
  "workablemail.com", "bamboohr.com", "jazzhr.com", "applytojob.com", "jobvite.com",
  "breezy.hr", "breezyhr.com", "successfactors.com", "successfactors.eu", "sapsf.com",
  "sapsf.eu", "softgarden.io", "softgarden.de", "join.com", "pinpointhq.com", "comeet.co",
  "comeet.com", "recruiterbox.com", "zohorecruit.com", "zohorecruit.eu", "homerun.co",
  "rippling.com", "paylocity.com", "ultipro.com", "dayforcehcm.com", "avature.net",
  "csod.com", "brassring.com", "paradox.ai", "gem.com", "dvinci.de", "dvinci-easy.com",
  "rexx-systems.com", "onlyfy.jobs", "prescreen.io", "umantis.com", "jobylon.com",
  "factorialhr.com", "kenjo.io", "concludis.de", "traffit.com", "manatal.com",
  /* assessments and video interviews */
  "hirevue.com", "codility.com", "hackerrank.com", "codesignal.com", "testgorilla.com",
  "hackerearth.com", "coderbyte.com", "devskiller.com", "canditech.io", "pymetrics.com",
  "shl.com", "criteriacorp.com", "harver.com", "willo.video", "spark-hire.com",
  /* job boards and their alerts */
  "linkedin.com", "indeed.com", "indeedemail.com", "stepstone.de", "stepstone.com",
  "stepstone.fr", "glassdoor.com", "glassdoor.de", "glassdoor.fr", "xing.com",
  "welcometothejungle.com", "wttj.co", "infojobs.net", "apec.fr", "monster.com",
  "monster.de", "monster.fr", "ziprecruiter.com", "otta.com", "wellfound.com", "angel.co",
  "angellist.com", "dice.com", "builtin.com", "hired.com", "jobteaser.com", "hellowork.com",
  "cadremploi.fr", "pole-emploi.fr", "francetravail.fr", "arbeitsagentur.de", "kimeta.de",
  "jobware.de", "instaffo.com", "honeypot.io", "talent.io", "landing.jobs",
  "tecnoempleo.com", "jobandtalent.com", "computrabajo.com", "simplyhired.com",
  "careerbuilder.com", "seek.com.au", "reed.co.uk", "totaljobs.com", "jobs.ch", "jobup.ch",
  "karriere.at", "stackoverflow.com", "jooble.org", "talent.com", "jobijoba.com",
  /* mailing, scheduling and meeting services */
  "sendgrid.net", "sendgrid.com", "mailgun.org", "mailgun.net", "amazonses.com",
  "mandrillapp.com", "mailchimp.com", "mcsv.net", "mcdlv.net", "hubspot.com",
  "hubspotemail.net", "hs-mail.com", "salesforce.com", "exacttarget.com", "sparkpostmail.com",
  "postmarkapp.com", "mailjet.com", "sendinblue.com", "brevo.com", "calendly.com",
  "goodtime.io", "zoom.us", "google.com", "googlegroups.com", "microsoft.com",
  "office365.com", "docusign.net", "docusign.com", "typeform.com", "eventbrite.com",
  "meetup.com", "substack.com", "medium.com",
};

/* Second-level names under which a country's registry sells domains
 * ("acme.co.uk", "acme.com.br"). */
static const char * const second_levels[] = {
  "co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "gv", "ltd", "plc", "gob",
  "gouv", "nom", "biz", "info",
};

char *
_pursuit_mail_registrable_domain (const char *host)
{
  g_autofree char *lower = NULL;
  g_auto(GStrv) labels = NULL;
  guint n;
  guint keep = 2;

  if (host == NULL || *host == '\0' || !g_utf8_validate (host, -1, NULL))
    return NULL;

  lower = g_utf8_strdown (host, -1);
  g_strstrip (lower);
  while (*lower != '\0' && lower[strlen (lower) - 1] == '.')
    lower[strlen (lower) - 1] = '\0';

  if (*lower == '\0' || g_hostname_is_ip_address (lower) || strchr (lower, '.') == NULL)
    return NULL;

  labels = g_strsplit (lower, ".", -1);
  n = g_strv_length (labels);
  for (guint i = 0; i < n; i++)
    if (labels[i][0] == '\0')
      return NULL;

  if (n >= 3 && strlen (labels[n - 1]) == 2 &&
      PURSUIT_MAIL_IN_LIST (labels[n - 2], second_levels))
    keep = 3;
  /* The reserved example domains stand for a registry in examples and
   * tests: "acme.example.com" and "globex.example.com" are two companies. */
  if (n >= keep + 1 && g_str_equal (labels[n - keep], "example"))
    keep++;
  if (keep > n)
    keep = n;

  return g_strjoinv (".", labels + (n - keep));
}

gboolean
_pursuit_mail_domain_is_free_mail (const char *domain)
{
  g_autofree char *registrable = _pursuit_mail_registrable_domain (domain);
  g_autofree char *name = NULL;
  const char *dot;

  if (registrable == NULL)
    return FALSE;

  if (PURSUIT_MAIL_IN_LIST (registrable, free_mail_domains))
    return TRUE;

  dot = strchr (registrable, '.');
  name = g_strndup (registrable, dot - registrable);

  return PURSUIT_MAIL_IN_LIST (name, free_mail_names);
}

gboolean
_pursuit_mail_domain_is_service (const char *domain)
{
  g_autofree char *registrable = _pursuit_mail_registrable_domain (domain);
  g_autofree char *lower = NULL;

  if (registrable == NULL)
    return FALSE;

  if (PURSUIT_MAIL_IN_LIST (registrable, service_domains))
    return TRUE;

  /* "hire.lever.co" and the like are listed as hosts too. */
  lower = g_ascii_strdown (domain, -1);
  return PURSUIT_MAIL_IN_LIST (lower, service_domains);
}

const char *
_pursuit_mail_ats_display_name (const char *ats)
{
  static const struct { const char *key; const char *name; } names[] = {
    { "greenhouse", "Greenhouse" },
    { "lever", "Lever" },
    { "workday", "Workday" },
    { "ashby", "Ashby" },
    { "smartrecruiters", "SmartRecruiters" },
    { "icims", "iCIMS" },
    { "taleo", "Taleo" },
    { "personio", "Personio" },
    { "recruitee", "Recruitee" },
    { "teamtailor", "Teamtailor" },
    { "workable", "Workable" },
    { "bamboohr", "BambooHR" },
    { "breezy", "Breezy HR" },
    { "jazzhr", "JazzHR" },
    { "jobvite", "Jobvite" },
    { "softgarden", "softgarden" },
    { "pinpoint", "Pinpoint" },
    { "join", "JOIN" },
    { "successfactors", "SuccessFactors" },
  };

  if (ats == NULL)
    return "ATS";

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (ats, names[i].key) == 0)
      return names[i].name;

  return ats;
}

char *
_pursuit_mail_compact_tenant (const char *tenant)
{
  GString *out;

  if (tenant == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = tenant; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
    else if (*p != '-' && *p != '_' && *p != '.' && *p != ' ')
      {
        /* Not a slug: nothing to compare. */
        g_string_free (out, TRUE);
        return NULL;
      }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/* Tenants in the path: the first segment after @after (NULL: the first
 * segment) on one of these hosts. */
typedef struct
{
  const char *ats;
  const char *hosts[5];
  const char *after;
} PathRule;

static const PathRule path_rules[] = {
  { "greenhouse", { "boards.greenhouse.io", "job-boards.greenhouse.io", "boards.eu.greenhouse.io",
                    "job-boards.eu.greenhouse.io" }, NULL },
  { "lever", { "jobs.lever.co", "jobs.eu.lever.co" }, NULL },
  { "ashby", { "jobs.ashbyhq.com" }, NULL },
  { "smartrecruiters", { "jobs.smartrecruiters.com", "careers.smartrecruiters.com" }, NULL },
  { "workable", { "apply.workable.com" }, NULL },
  { "jobvite", { "jobs.jobvite.com", "careers.jobvite.com" }, NULL },
  { "join", { "join.com", "www.join.com" }, "companies" },
  { "workday", { "myworkdaysite.com" }, "recruiting" },
};

/* Tenants in the host: the label left of these suffixes. */
static const struct { const char *ats; const char *suffix; } host_rules[] = {
  { "workday", ".myworkdayjobs.com" },
  { "workday", ".myworkdaysite.com" },
  { "icims", ".icims.com" },
  { "taleo", ".taleo.net" },
  { "personio", ".jobs.personio.de" },
  { "personio", ".jobs.personio.com" },
  { "recruitee", ".recruitee.com" },
  { "teamtailor", ".teamtailor.com" },
  { "workable", ".workable.com" },
  { "bamboohr", ".bamboohr.com" },
  { "breezy", ".breezy.hr" },
  { "jazzhr", ".applytojob.com" },
  { "softgarden", ".softgarden.io" },
  { "pinpoint", ".pinpointhq.com" },
};

/* Host labels that name the service's own pages, not a tenant. */
static const char * const generic_labels[] = {
  "www", "jobs", "job", "careers", "career", "apply", "app", "api", "boards", "job-boards",
  "mail", "email", "help", "support", "login", "my", "secure", "eu", "us", "static", "cdn",
};

/* iCIMS hosts read "careers-acme.icims.com", "uscareers-acme.icims.com". */
static const char * const icims_prefixes[] = {
  "careers-", "career-", "jobs-", "job-", "uscareers-", "external-", "internal-", "global-",
  "apply-", "hr-", "recruiting-",
};

static gboolean
is_workday_shard (const char *label)
{
  if (label[0] != 'w' || label[1] != 'd' || label[2] == '\0')
    return FALSE;

  for (const char *p = label + 2; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

/* A slug made of letters, digits, "-", "_" and ".", lower case; NULL
 * for anything else. */
static char *
check_tenant (const char *raw)
{
  g_autofree char *unescaped = NULL;

  if (raw == NULL || *raw == '\0')
    return NULL;

  unescaped = g_uri_unescape_string (raw, NULL);
  if (unescaped == NULL || *unescaped == '\0' || strlen (unescaped) > 100)
    return NULL;

  for (const char *p = unescaped; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return NULL;

  return g_ascii_strdown (unescaped, -1);
}

static char *
find_query_value (const char *query,
                  const char *name)
{
  g_autoptr(GHashTable) params = NULL;

  if (query == NULL)
    return NULL;

  params = g_uri_parse_params (query, -1, "&", G_URI_PARAMS_CASE_INSENSITIVE, NULL);
  if (params == NULL)
    return NULL;

  return check_tenant (g_hash_table_lookup (params, name));
}

static char *
tenant_from_path (GUri       *uri,
                  const char *after)
{
  g_auto(GStrv) segments = g_strsplit (g_uri_get_path (uri), "/", -1);
  gboolean found = (after == NULL);

  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (segments[i][0] == '\0')
        continue;

      if (found)
        {
          /* Greenhouse's embedded board names the tenant in "for". */
          if (after == NULL && g_str_equal (segments[i], "embed"))
            return find_query_value (g_uri_get_query (uri), "for");

          return check_tenant (segments[i]);
        }

      if (g_ascii_strcasecmp (segments[i], after) == 0)
        found = TRUE;
    }

  return NULL;
}

static char *
tenant_from_host (GUri       *uri,
                  const char *host,
                  const char *ats,
                  gsize       prefix_len)
{
  g_autofree char *prefix = g_strndup (host, prefix_len);
  g_auto(GStrv) labels = g_strsplit (prefix, ".", -1);
  const char *label = labels[0];

  if (label == NULL || *label == '\0')
    return NULL;

  if (g_str_equal (ats, "workday") && is_workday_shard (label))
    return tenant_from_path (uri, "recruiting");

  /* Taleo's shared hosts ("chj.tbe.taleo.net") name the tenant in "org". */
  if (g_str_equal (ats, "taleo") && g_strv_length (labels) > 1)
    return find_query_value (g_uri_get_query (uri), "org");

  if (g_str_equal (ats, "icims"))
    for (guint i = 0; i < G_N_ELEMENTS (icims_prefixes); i++)
      if (g_str_has_prefix (label, icims_prefixes[i]) && label[strlen (icims_prefixes[i])] != '\0')
        {
          label += strlen (icims_prefixes[i]);
          break;
        }

  if (PURSUIT_MAIL_IN_LIST (label, generic_labels))
    return NULL;

  return check_tenant (label);
}

/**
 * pursuit_mail_ats_tenant_from_url:
 * @url: (nullable): an address
 * @out_ats: (out) (optional) (transfer none): the ATS's key
 *
 * Returns: (transfer full) (nullable): the tenant, lower case
 */
char *
pursuit_mail_ats_tenant_from_url (const char  *url,
                                  const char **out_ats)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *host = NULL;
  gsize host_len;

  if (out_ats != NULL)
    *out_ats = NULL;

  if (url == NULL || !g_utf8_validate (url, -1, NULL))
    return NULL;

  uri = g_uri_parse (url, G_URI_FLAGS_ENCODED_PATH | G_URI_FLAGS_ENCODED_QUERY, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return NULL;

  host = g_ascii_strdown (g_uri_get_host (uri), -1);
  host_len = strlen (host);

  for (guint i = 0; i < G_N_ELEMENTS (path_rules); i++)
    for (guint j = 0; j < G_N_ELEMENTS (path_rules[i].hosts) && path_rules[i].hosts[j] != NULL; j++)
      if (g_str_equal (host, path_rules[i].hosts[j]))
        {
          char *tenant = tenant_from_path (uri, path_rules[i].after);

          if (tenant != NULL && out_ats != NULL)
            *out_ats = path_rules[i].ats;
          return tenant;
        }

  for (guint i = 0; i < G_N_ELEMENTS (host_rules); i++)
    {
      gsize suffix_len = strlen (host_rules[i].suffix);

      if (host_len > suffix_len && g_str_has_suffix (host, host_rules[i].suffix))
        {
          char *tenant = tenant_from_host (uri, host, host_rules[i].ats, host_len - suffix_len);

          if (tenant != NULL && out_ats != NULL)
            *out_ats = host_rules[i].ats;
          return tenant;
        }
    }

  return NULL;
}
