/* pursuit-demo.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-demo"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "pursuit-demo.h"
#include "pursuit-pipeline.h"
#include "pursuit-store-private.h"

/* Sample data for trying Pursuit out, for screenshots and for benchmarks.
 * Every company below is made up. The postings are sample content, not
 * interface text, so they are not translated. */

typedef enum
{
  FAMILY_BACKEND,
  FAMILY_FRONTEND,
  FAMILY_FULL_STACK,
  FAMILY_MOBILE,
  FAMILY_DATA,
  FAMILY_ML,
  FAMILY_DESIGN,
  FAMILY_PRODUCT,
  FAMILY_PLATFORM,
  FAMILY_SECURITY,
  FAMILY_QA,
  FAMILY_EMBEDDED,
  FAMILY_MANAGEMENT,
  FAMILY_DEVREL,
  N_FAMILIES
} Family;

typedef struct
{
  const char *team;
  /* Yearly pay of a mid-level role in a 1.0 city, in euros. */
  guint       base_salary;
  const char *skills[10];
  const char *duties[5];
} FamilyInfo;

static const FamilyInfo families[] = {
  [FAMILY_BACKEND] = {
    "Platform API", 68000,
    { "Go", "Python", "PostgreSQL", "Kafka", "gRPC", "Redis", "Docker", "REST API design",
      "distributed systems", "AWS" },
    { "design and build the services behind our product",
      "own the reliability and performance of the APIs you ship",
      "review code and mentor other engineers",
      "work with product managers to turn requirements into small, safe releases",
      "take part in a light, well-paid on-call rotation" } },
  [FAMILY_FRONTEND] = {
    "Web", 62000,
    { "TypeScript", "React", "CSS", "accessibility", "GraphQL", "Vite", "Playwright",
      "design systems", "web performance", "Storybook" },
    { "build fast, accessible interfaces used by thousands of people every day",
      "work closely with designers on our component library",
      "improve load times and Core Web Vitals",
      "write tests that give the team confidence to ship daily",
      "shape our frontend architecture" } },
  [FAMILY_FULL_STACK] = {
    "Product Engineering", 64000,
    { "TypeScript", "Node.js", "React", "PostgreSQL", "Ruby on Rails", "Django", "Docker",
      "CI/CD", "testing", "AWS" },
    { "ship features end to end, from the database to the browser",
      "talk to customers to understand what they need",
      "keep our codebase simple and well tested",
      "help decide what we build next",
      "improve our developer tooling" } },
  [FAMILY_MOBILE] = {
    "Mobile", 65000,
    { "Swift", "SwiftUI", "Kotlin", "Jetpack Compose", "Flutter", "REST APIs", "offline sync",
      "App Store releases", "accessibility", "CI for mobile" },
    { "build and maintain our iOS and Android apps",
      "own the release process and app quality",
      "work with backend engineers on the APIs the apps use",
      "make the apps fast on older devices",
      "care about the small details that make an app feel right" } },
  [FAMILY_DATA] = {
    "Data & Insights", 58000,
    { "SQL", "Python", "dbt", "Airflow", "Looker", "Tableau", "statistics", "BigQuery",
      "A/B testing", "data modelling" },
    { "turn raw data into clear answers for the business",
      "build and maintain dashboards that people actually use",
      "design and analyse experiments",
      "model data in our warehouse with dbt",
      "present findings to leadership" } },
  [FAMILY_ML] = {
    "Machine Learning", 74000,
    { "Python", "PyTorch", "scikit-learn", "MLOps", "feature stores", "Spark", "SQL",
      "model evaluation", "Kubernetes", "LLM fine-tuning" },
    { "train, evaluate and deploy models that power core features",
      "build pipelines that keep models fresh and monitored",
      "work with product teams to find problems worth solving with ML",
      "keep an eye on fairness, drift and cost",
      "share what you learn with the wider engineering team" } },
  [FAMILY_DESIGN] = {
    "Design", 56000,
    { "Figma", "prototyping", "user research", "design systems", "interaction design",
      "usability testing", "accessibility", "information architecture", "visual design",
      "workshop facilitation" },
    { "lead the design of new features from discovery to launch",
      "run interviews and usability tests with real users",
      "contribute to and grow our design system",
      "work side by side with engineers and product managers",
      "raise the bar for craft across the product" } },
  [FAMILY_PRODUCT] = {
    "Product", 70000,
    { "product discovery", "roadmapping", "analytics", "stakeholder management", "SQL",
      "user research", "OKRs", "pricing", "B2B SaaS", "agile delivery" },
    { "own the roadmap for one of our product areas",
      "talk to customers every week",
      "decide what not to build, and explain why",
      "measure outcomes and iterate",
      "align engineering, design, sales and support" } },
  [FAMILY_PLATFORM] = {
    "Infrastructure", 72000,
    { "Kubernetes", "Terraform", "Linux", "Prometheus", "Grafana", "AWS", "GCP", "CI/CD",
      "incident response", "Go" },
    { "run the platform every other team builds on",
      "automate everything that is done twice",
      "improve our observability and incident response",
      "keep cloud costs under control",
      "help teams ship safely and often" } },
  [FAMILY_SECURITY] = {
    "Security", 76000,
    { "threat modelling", "application security", "cloud security", "SIEM", "penetration testing",
      "OWASP", "IAM", "incident response", "Python", "compliance (ISO 27001)" },
    { "find and fix security issues before attackers do",
      "review designs and code with product teams",
      "run our vulnerability management programme",
      "lead the response to security incidents",
      "teach engineers to build securely by default" } },
  [FAMILY_QA] = {
    "Quality", 52000,
    { "Playwright", "Cypress", "pytest", "API testing", "test strategy", "CI/CD",
      "performance testing", "TypeScript", "exploratory testing", "Jira" },
    { "build automated tests that catch regressions early",
      "define the test strategy for new features",
      "keep our test suites fast and reliable",
      "pair with developers on testability",
      "report clearly on product quality" } },
  [FAMILY_EMBEDDED] = {
    "Devices", 66000,
    { "C", "C++", "Rust", "embedded Linux", "RTOS", "ARM Cortex-M", "Yocto", "CAN bus",
      "hardware bring-up", "debugging with JTAG" },
    { "write firmware for devices used in the field",
      "bring up new boards with the hardware team",
      "profile and optimise code on constrained hardware",
      "build reliable over-the-air updates",
      "test on real hardware in our lab" } },
  [FAMILY_MANAGEMENT] = {
    "Engineering", 88000,
    { "people management", "hiring", "delivery", "technical strategy", "coaching",
      "stakeholder management", "agile", "budgeting", "system design", "incident management" },
    { "lead and grow a team of six to eight engineers",
      "hire great people and help them do their best work",
      "own delivery for your team's roadmap",
      "set technical direction with staff engineers",
      "build a healthy, inclusive team culture" } },
  [FAMILY_DEVREL] = {
    "Developer Experience", 60000,
    { "technical writing", "public speaking", "API documentation", "Python", "JavaScript",
      "community building", "video content", "sample apps", "developer onboarding", "Markdown" },
    { "write guides and tutorials developers love",
      "speak at meetups and conferences",
      "turn developer feedback into product improvements",
      "build sample apps and integrations",
      "grow our community forum" } },
};

G_STATIC_ASSERT (G_N_ELEMENTS (families) == N_FAMILIES);

typedef struct
{
  const char *title;
  Family      family;
  /* Pay relative to a mid-level role of the family, in percent. */
  guint       level;
  guint       min_years;
} TitleInfo;

static const TitleInfo titles[] = {
  { "Backend Engineer", FAMILY_BACKEND, 100, 3 },
  { "Senior Backend Engineer", FAMILY_BACKEND, 125, 5 },
  { "Staff Backend Engineer", FAMILY_BACKEND, 150, 8 },
  { "Go Developer", FAMILY_BACKEND, 105, 3 },
  { "Senior Python Developer", FAMILY_BACKEND, 122, 5 },
  { "Junior Backend Developer", FAMILY_BACKEND, 72, 0 },
  { "Frontend Engineer", FAMILY_FRONTEND, 100, 2 },
  { "Senior Frontend Developer", FAMILY_FRONTEND, 124, 5 },
  { "React Developer", FAMILY_FRONTEND, 98, 2 },
  { "Full-Stack Developer", FAMILY_FULL_STACK, 100, 3 },
  { "Senior Full-Stack Engineer", FAMILY_FULL_STACK, 125, 5 },
  { "Software Engineer", FAMILY_FULL_STACK, 95, 1 },
  { "Graduate Software Engineer", FAMILY_FULL_STACK, 70, 0 },
  { "iOS Engineer", FAMILY_MOBILE, 100, 3 },
  { "Senior Android Developer", FAMILY_MOBILE, 122, 5 },
  { "Mobile Developer (Flutter)", FAMILY_MOBILE, 96, 2 },
  { "Data Analyst", FAMILY_DATA, 90, 1 },
  { "Senior Data Analyst", FAMILY_DATA, 115, 4 },
  { "Analytics Engineer", FAMILY_DATA, 108, 3 },
  { "Data Engineer", FAMILY_DATA, 112, 3 },
  { "Business Intelligence Developer", FAMILY_DATA, 98, 2 },
  { "Data Scientist", FAMILY_ML, 100, 2 },
  { "Senior Data Scientist", FAMILY_ML, 122, 5 },
  { "Machine Learning Engineer", FAMILY_ML, 110, 3 },
  { "Product Designer", FAMILY_DESIGN, 100, 3 },
  { "Senior Product Designer", FAMILY_DESIGN, 124, 5 },
  { "UX Researcher", FAMILY_DESIGN, 98, 2 },
  { "UX/UI Designer", FAMILY_DESIGN, 92, 2 },
  { "Product Manager", FAMILY_PRODUCT, 100, 3 },
  { "Senior Product Manager", FAMILY_PRODUCT, 122, 6 },
  { "Technical Product Owner", FAMILY_PRODUCT, 96, 3 },
  { "Site Reliability Engineer", FAMILY_PLATFORM, 105, 3 },
  { "DevOps Engineer", FAMILY_PLATFORM, 98, 2 },
  { "Senior Platform Engineer", FAMILY_PLATFORM, 125, 5 },
  { "Cloud Infrastructure Engineer", FAMILY_PLATFORM, 104, 3 },
  { "Security Engineer", FAMILY_SECURITY, 100, 3 },
  { "Application Security Engineer", FAMILY_SECURITY, 108, 4 },
  { "QA Automation Engineer", FAMILY_QA, 100, 2 },
  { "Software Development Engineer in Test", FAMILY_QA, 108, 3 },
  { "Embedded Software Engineer", FAMILY_EMBEDDED, 100, 3 },
  { "Senior Embedded C++ Engineer", FAMILY_EMBEDDED, 122, 5 },
  { "Firmware Engineer (Rust)", FAMILY_EMBEDDED, 108, 3 },
  { "Engineering Manager", FAMILY_MANAGEMENT, 100, 7 },
  { "Tech Lead", FAMILY_MANAGEMENT, 92, 6 },
  { "Head of Engineering", FAMILY_MANAGEMENT, 125, 10 },
  { "Developer Advocate", FAMILY_DEVREL, 100, 3 },
  { "Technical Writer", FAMILY_DEVREL, 88, 2 },
  { "Solutions Engineer", FAMILY_DEVREL, 105, 3 },
};

typedef struct
{
  const char *name;
  const char *industry;
} CompanyInfo;

static const CompanyInfo companies[] = {
  { "Alderbank Systems", "banking software" },
  { "Bluefjord Analytics", "analytics" },
  { "Cobaltline Logistics", "logistics" },
  { "Driftwood Health", "digital health" },
  { "Emberlight Games", "games" },
  { "Fernhollow Energy", "renewable energy" },
  { "Glassmoth Security", "cybersecurity" },
  { "Harbourlight Insurance", "insurance" },
  { "Ironbark Robotics", "warehouse robotics" },
  { "Juniper Quay Travel", "travel booking" },
  { "Kettleby Foods", "grocery delivery" },
  { "Lanternfish Media", "streaming media" },
  { "Moorland Mobility", "electric mobility" },
  { "Nettlefield Learning", "online education" },
  { "Oakhaven Property", "property technology" },
  { "Pebblestone Payments", "payments" },
  { "Quillmere Legal", "legal technology" },
  { "Ravensholm Bio", "biotechnology" },
  { "Saltmarsh Retail", "e-commerce" },
  { "Thistledown Software", "B2B software" },
  { "Umberfield Aerospace", "aerospace" },
  { "Vellum & Vine", "digital publishing" },
  { "Willowmere Clinics", "healthcare" },
  { "Yarrowby Agritech", "agriculture technology" },
  { "Zephyrine Telecom", "telecommunications" },
  { "Brackenridge Cloud", "cloud hosting" },
  { "Copperkettle Studios", "mobile games" },
  { "Duskfall Audio", "audio software" },
  { "Everpine Climate", "climate analytics" },
  { "Harebell Diagnostics", "medical devices" },
  { "Greyheron Maritime", "shipping" },
  { "Hollowreed People", "HR software" },
  { "Inkwell Docs", "productivity software" },
  { "Kingsmere Grid", "energy networks" },
  { "Larkspur Bank", "consumer banking" },
  { "Meadowsweet Pharma", "pharmaceuticals" },
  { "Nightjar Observability", "developer tools" },
  { "Orchard Row Commerce", "online marketplaces" },
  { "Pinecrest Mapping", "geospatial data" },
  { "Quarrystone Build", "construction technology" },
  { "Redshank Sports", "sports technology" },
  { "Silverbirch Wealth", "wealth management" },
  { "Tanglemere Music", "music streaming" },
  { "Upland Water", "water utilities" },
  { "Wrenfield Foundation", "non-profit technology" },
  { "Ashgrove Automotive", "automotive software" },
  { "Bellhaven Hotels", "hospitality" },
  { "Cinderpath Fitness", "fitness apps" },
  { "Dovecote Interiors", "home furnishing" },
  { "Elmstead Pensions", "pensions" },
  { "Flintlock Devices", "consumer hardware" },
  { "Gorsebrook Networks", "network equipment" },
  { "Hazelmere Schools", "school software" },
  { "Ivystone Freight", "freight forwarding" },
  { "Jasperhill Materials", "advanced materials" },
  { "Kestrelwood Drones", "drone inspection" },
  { "Lindenbrook Pet Care", "pet care" },
  { "Millbrook Dataworks", "data infrastructure" },
  { "Northfold Press", "publishing" },
  { "Oxmere Semiconductors", "semiconductors" },
  { "Pipistrelle Labs", "speech recognition" },
  { "Quaywise Ports", "port logistics" },
  { "Rookery Talent", "recruiting software" },
  { "Sorrel Kitchens", "restaurant software" },
  { "Tamarisk Tickets", "event ticketing" },
  { "Underhill Archives", "digital preservation" },
  { "Verdigris Circular", "recycling" },
  { "Whinstone Identity", "identity verification" },
  { "Yewtree Family Health", "telemedicine" },
  { "Zinnia Fashion", "fashion retail" },
  { "Amberlane Grocers", "grocery retail" },
  { "Blackcap Cyber", "threat intelligence" },
  { "Cloudberry Apps", "app development" },
  { "Dunlin Orbital", "satellite data" },
  { "Eiderdown Sleep", "sleep technology" },
  { "Fieldfare Transit", "public transport software" },
  { "Yellowhammer Ledger", "accounting software" },
  { "Hornbeam Insights", "market research" },
  { "Islay Street Studio", "design agency" },
  { "Marram Coastal Energy", "offshore wind" },
};

typedef struct
{
  const char *city;
  const char *country;
  const char *currency;
  const char *region;
  /* Pay relative to a 1.0 city, in percent. */
  guint       pay;
} PlaceInfo;

static const PlaceInfo places[] = {
  { "Berlin", "Germany", "EUR", "Europe", 100 },
  { "Munich", "Germany", "EUR", "Europe", 112 },
  { "Hamburg", "Germany", "EUR", "Europe", 102 },
  { "Amsterdam", "Netherlands", "EUR", "Europe", 108 },
  { "Rotterdam", "Netherlands", "EUR", "Europe", 98 },
  { "Paris", "France", "EUR", "Europe", 100 },
  { "Lyon", "France", "EUR", "Europe", 86 },
  { "Barcelona", "Spain", "EUR", "Europe", 76 },
  { "Madrid", "Spain", "EUR", "Europe", 80 },
  { "Lisbon", "Portugal", "EUR", "Europe", 66 },
  { "Dublin", "Ireland", "EUR", "Europe", 114 },
  { "Vienna", "Austria", "EUR", "Europe", 96 },
  { "Milan", "Italy", "EUR", "Europe", 82 },
  { "Helsinki", "Finland", "EUR", "Europe", 94 },
  { "Tallinn", "Estonia", "EUR", "Europe", 72 },
  { "London", "United Kingdom", "GBP", "United Kingdom", 108 },
  { "Manchester", "United Kingdom", "GBP", "United Kingdom", 88 },
  { "Edinburgh", "United Kingdom", "GBP", "United Kingdom", 90 },
  { "Bristol", "United Kingdom", "GBP", "United Kingdom", 88 },
  { "Cambridge", "United Kingdom", "GBP", "United Kingdom", 96 },
  { "New York, NY", "United States", "USD", "United States", 120 },
  { "San Francisco, CA", "United States", "USD", "United States", 130 },
  { "Seattle, WA", "United States", "USD", "United States", 120 },
  { "Austin, TX", "United States", "USD", "United States", 100 },
  { "Boston, MA", "United States", "USD", "United States", 112 },
  { "Chicago, IL", "United States", "USD", "United States", 100 },
  { "Denver, CO", "United States", "USD", "United States", 98 },
};

/* Percent of a euro salary in the currency's local terms (GBP and USD
 * markets pay differently, not just at a different exchange rate). */
static guint
currency_factor (const char *currency)
{
  if (g_str_equal (currency, "USD"))
    return 140;
  if (g_str_equal (currency, "GBP"))
    return 88;
  return 100;
}

typedef struct
{
  const char *key;
  guint       weight;
} Weighted;

static const Weighted sources[] = {
  { "linkedin", 34 },
  { "company site", 20 },
  { "greenhouse", 14 },
  { "lever", 12 },
  { "referral", 10 },
  { "csv", 10 },
};

/* Roughly how a real pipeline looks after a few months of searching. */
static const Weighted stage_weights[] = {
  { PURSUIT_STAGE_SAVED, 300 },
  { PURSUIT_STAGE_APPLIED, 265 },
  { PURSUIT_STAGE_SCREENING, 80 },
  { PURSUIT_STAGE_INTERVIEW_SCHEDULED, 45 },
  { PURSUIT_STAGE_INTERVIEWING, 50 },
  { PURSUIT_STAGE_OFFER, 18 },
  { PURSUIT_STAGE_ACCEPTED, 7 },
  { PURSUIT_STAGE_REJECTED, 130 },
  { PURSUIT_STAGE_GHOSTED, 85 },
  { PURSUIT_STAGE_WITHDRAWN, 20 },
};

static const char * const withdraw_reasons[] = {
  "Accepted another offer",
  "Salary below expectations",
  "The role changed after the first call",
  "Relocation was not possible",
  "Too many interview rounds",
};

static const char * const benefits[] = {
  "30 days of paid holiday",
  "a yearly learning budget",
  "flexible working hours",
  "a pension plan with employer contributions",
  "private health insurance",
  "a home office allowance",
  "parental leave well above the legal minimum",
  "stock options",
  "a four-day week option",
  "paid volunteering days",
};

static const char * const employment_types[] = {
  "full-time", "full-time", "full-time", "full-time", "full-time", "full-time",
  "full-time", "contract", "contract", "part-time",
};

static const char *
pick (GRand             *rand,
      const char * const *items,
      guint               n_items)
{
  return items[g_rand_int_range (rand, 0, n_items)];
}

static const char *
pick_weighted (GRand          *rand,
               const Weighted *items,
               guint           n_items)
{
  guint total = 0;
  guint roll;

  for (guint i = 0; i < n_items; i++)
    total += items[i].weight;

  roll = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < n_items; i++)
    {
      if (roll < items[i].weight)
        return items[i].key;
      roll -= items[i].weight;
    }

  g_assert_not_reached ();
}

/* Picks @count different indexes below @n_items into @out. */
static void
pick_distinct (GRand *rand,
               guint  n_items,
               guint  count,
               guint *out)
{
  guint order[16];

  g_assert (n_items <= G_N_ELEMENTS (order));
  g_assert (count <= n_items);

  for (guint i = 0; i < n_items; i++)
    order[i] = i;

  for (guint i = 0; i < count; i++)
    {
      guint j = g_rand_int_range (rand, i, n_items);
      guint tmp = order[i];

      order[i] = order[j];
      order[j] = tmp;
      out[i] = order[i];
    }
}

static gint64
round_salary (double value)
{
  /* Postings quote round figures. */
  return (gint64)(value / 1000.0 + 0.5) * 1000;
}

static char *
company_slug (const char *name)
{
  GString *slug = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }

  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);

  return g_string_free (slug, FALSE);
}

static char *
format_date (GDateTime *today,
             int        days_ago)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (today, -days_ago);

  return g_date_time_format (day, "%Y-%m-%d");
}

static char *
build_description (GRand             *rand,
                   const TitleInfo   *title,
                   const CompanyInfo *company,
                   const PlaceInfo   *place,
                   gboolean           remote)
{
  const FamilyInfo *family = &families[title->family];
  GString *text = g_string_new (NULL);
  guint duties[3];
  guint skills[5];
  guint perks[3];

  pick_distinct (rand, G_N_ELEMENTS (family->duties), G_N_ELEMENTS (duties), duties);
  pick_distinct (rand, G_N_ELEMENTS (family->skills), G_N_ELEMENTS (skills), skills);
  pick_distinct (rand, G_N_ELEMENTS (benefits), G_N_ELEMENTS (perks), perks);

  if (remote)
    g_string_append_printf (text,
                            "%s is a %s company with a fully remote team across %s. ",
                            company->name, company->industry, place->region);
  else
    g_string_append_printf (text,
                            "%s is a %s company based in %s. ",
                            company->name, company->industry, place->city);

  g_string_append_printf (text,
                          "We are looking for a %s to join our %s team.\n\n",
                          title->title, family->team);

  g_string_append_printf (text, "You will %s, %s and %s.\n\n",
                          family->duties[duties[0]],
                          family->duties[duties[1]],
                          family->duties[duties[2]]);

  g_string_append_printf (text,
                          "You have solid experience with %s, %s and %s; %s or %s is a plus.",
                          family->skills[skills[0]],
                          family->skills[skills[1]],
                          family->skills[skills[2]],
                          family->skills[skills[3]],
                          family->skills[skills[4]]);

  if (title->min_years > 0)
    g_string_append_printf (text, " We expect at least %u years of professional experience.",
                            title->min_years);
  else
    g_string_append (text, " This role is a good fit for your first job after your studies.");

  g_string_append_printf (text, "\n\nWe offer %s, %s and %s.",
                          benefits[perks[0]], benefits[perks[1]], benefits[perks[2]]);

  return g_string_free (text, FALSE);
}

/* How long ago a job in @category was posted, in days: later stages take
 * time to reach, and saved jobs tend to be recent. */
static int
pick_age (GRand      *rand,
          const char *category)
{
  int youngest = 0;
  int oldest = 89;

  if (g_str_equal (category, PURSUIT_STAGE_SAVED))
    oldest = 35;
  else if (g_str_equal (category, PURSUIT_STAGE_APPLIED))
    oldest = 50;
  else if (g_str_equal (category, PURSUIT_STAGE_SCREENING))
    youngest = 7;
  else if (g_str_equal (category, PURSUIT_STAGE_INTERVIEW_SCHEDULED) ||
           g_str_equal (category, PURSUIT_STAGE_INTERVIEWING))
    youngest = 12;
  else if (g_str_equal (category, PURSUIT_STAGE_OFFER) ||
           g_str_equal (category, PURSUIT_STAGE_ACCEPTED))
    youngest = 30;
  else
    youngest = 14;

  return g_rand_int_range (rand, youngest, oldest + 1);
}

static gboolean
family_uses (Family      family,
             const char *skill)
{
  for (guint i = 0; i < G_N_ELEMENTS (families[family].skills); i++)
    if (g_strcmp0 (families[family].skills[i], skill) == 0)
      return TRUE;

  return FALSE;
}

/* The tags a user gives: how they heard of a job, what draws them to it.
 * About half the jobs get some, a few get several. */
static void
pick_tags (GRand             *extras,
           PursuitJob        *job,
           const TitleInfo   *title,
           const CompanyInfo *company)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;

  if (g_strcmp0 (pursuit_job_get_source (job), "referral") == 0 || g_rand_int_range (extras, 0, 100) < 3)
    g_strv_builder_add (builder, "referral");
  if (g_rand_int_range (extras, 0, 100) < 7)
    g_strv_builder_add (builder, "dream job");
  if ((strstr (company->industry, "bank") != NULL || strstr (company->industry, "payments") != NULL ||
       strstr (company->industry, "insurance") != NULL) &&
      g_rand_int_range (extras, 0, 100) < 75)
    g_strv_builder_add (builder, "fintech");
  if ((strstr (title->title, "Python") != NULL ||
       (family_uses (title->family, "Python") && g_rand_int_range (extras, 0, 100) < 45)))
    g_strv_builder_add (builder, "python");
  if (pursuit_job_get_remote (job) && g_rand_int_range (extras, 0, 100) < 35)
    g_strv_builder_add (builder, "remote-first");
  if (g_rand_int_range (extras, 0, 100) < 5)
    g_strv_builder_add (builder, "visa sponsorship");
  if (g_rand_int_range (extras, 0, 100) < 6)
    g_strv_builder_add (builder, "follow up");

  tags = g_strv_builder_end (builder);
  pursuit_job_set_tags (job, (const char * const *)tags);
}

/* When the job entered its stage: saved jobs when they were saved, applied
 * ones on the day of the application, later stages some time after. */
static gint64
pick_stage_changed_at (GRand      *extras,
                       GDateTime  *today,
                       const char *category,
                       gint64      created_at,
                       int         applied_after)
{
  gint64 now = g_date_time_to_unix (today);
  gint64 applied_at = MIN (created_at + (gint64)applied_after * 24 * 3600, now);

  if (g_str_equal (category, PURSUIT_STAGE_SAVED))
    return created_at;

  if (g_str_equal (category, PURSUIT_STAGE_APPLIED) || applied_at >= now - 3600)
    return applied_at;

  return applied_at + (gint64)(g_rand_double_range (extras, 0.15, 1.0) * (double)(now - applied_at));
}

static PursuitJob *
build_job (GRand      *rand,
           GRand      *extras,
           GDateTime  *today,
           guint       serial,
           const char *category,
           const char *stage_key)
{
  const TitleInfo *title = &titles[g_rand_int_range (rand, 0, G_N_ELEMENTS (titles))];
  const CompanyInfo *company = &companies[g_rand_int_range (rand, 0, G_N_ELEMENTS (companies))];
  const PlaceInfo *place = &places[g_rand_int_range (rand, 0, G_N_ELEMENTS (places))];
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autofree char *slug = company_slug (company->name);
  g_autofree char *url = NULL;
  g_autofree char *location = NULL;
  g_autofree char *description = NULL;
  g_autofree char *posted = NULL;
  gboolean remote;
  int age;
  int applied_after = 0;
  gint64 created_at;

  remote = g_rand_int_range (rand, 0, 100) < 28;
  age = pick_age (rand, category);

  pursuit_job_set_title (job, title->title);
  pursuit_job_set_company (job, company->name);
  pursuit_job_set_remote (job, remote);
  pursuit_job_set_stage (job, stage_key);

  if (remote)
    location = g_strdup (place->region);
  else
    location = g_strdup_printf ("%s, %s", place->city, place->country);
  pursuit_job_set_location (job, location);

  /* Most postings in Europe quote pay nowadays; not all do. */
  if (g_rand_int_range (rand, 0, 100) < 82)
    {
      double mid = (double)families[title->family].base_salary
                   * title->level / 100.0
                   * place->pay / 100.0
                   * currency_factor (place->currency) / 100.0
                   * g_rand_double_range (rand, 0.9, 1.12);
      double spread = g_rand_double_range (rand, 0.08, 0.18);

      pursuit_job_set_salary_min (job, round_salary (mid * (1.0 - spread)));
      pursuit_job_set_salary_max (job, round_salary (mid * (1.0 + spread)));
      pursuit_job_set_currency (job, place->currency);
      pursuit_job_set_salary_period (job, "YEAR");
    }

  pursuit_job_set_employment_type (job, pick (rand, employment_types, G_N_ELEMENTS (employment_types)));
  pursuit_job_set_source (job, pick_weighted (rand, sources, G_N_ELEMENTS (sources)));

  url = g_strdup_printf ("https://jobs.example.com/%s/%u", slug, 10000 + serial);
  pursuit_job_set_url (job, url);

  description = build_description (rand, title, company, place, remote);
  pursuit_job_set_description (job, description);

  posted = format_date (today, age);
  pursuit_job_set_posted_date (job, posted);

  if (g_str_equal (category, PURSUIT_STAGE_SAVED) && g_rand_int_range (rand, 0, 100) < 35)
    {
      g_autofree char *deadline = format_date (today, -g_rand_int_range (rand, 3, 31));
      pursuit_job_set_deadline (job, deadline);
    }

  if (!g_str_equal (category, PURSUIT_STAGE_SAVED))
    {
      g_autofree char *applied = NULL;

      applied_after = g_rand_int_range (rand, 0, MIN (age, 8) + 1);
      applied = format_date (today, age - applied_after);
      pursuit_job_set_applied_date (job, applied);
    }

  if (g_str_equal (category, PURSUIT_STAGE_WITHDRAWN))
    pursuit_job_set_withdraw_reason (job, pick (rand, withdraw_reasons, G_N_ELEMENTS (withdraw_reasons)));

  /* A rough match score, clustered around the middle. */
  pursuit_job_set_match_score (job, (g_rand_int_range (rand, 30, 100) +
                                     g_rand_int_range (rand, 30, 100)) / 2);

  /* Saved within hours of being posted. */
  created_at = g_date_time_to_unix (today) - (gint64)age * 24 * 3600 + g_rand_int_range (rand, 0, 8 * 3600);
  created_at = MIN (created_at, g_date_time_to_unix (today));
  pursuit_job_set_created_at (job, created_at);

  /* From a generator of their own, so the jobs of a seed stay what they
   * were before tags and stage times existed. */
  pick_tags (extras, job, title, company);
  pursuit_job_set_stage_changed_at (job, pick_stage_changed_at (extras, today, category, created_at,
                                                                applied_after));

  return g_steal_pointer (&job);
}

/* Who sits across the table, and how to write to them. */
static const struct { const char *name; const char *email; } interviewers[] = {
  { "Alex Morgan", "alex.morgan@example.com" },
  { "Priya Patel", "priya.patel@example.com" },
  { "Jonas Weber", "jonas.weber@example.org" },
  { "María García", "maria.garcia@example.net" },
  { "Tom Nakamura", "tom.nakamura@example.com" },
  { "Chloé Martin", "chloe.martin@example.org" },
};

static const char * const interview_kinds[] = {
  "phone_screen", "technical", "behavioral", "onsite", "final",
};

/* What the sample data hands the sequences' templates to, so composing a
 * sample follow-up shows a real message. */
typedef struct
{
  PursuitFollowUpSequence *applied;
  PursuitFollowUpSequence *interview;
} DemoSequences;

static void
set_template (PursuitFollowUp         *follow_up,
              PursuitFollowUpSequence *sequence,
              int                      step)
{
  if (sequence == NULL || step < 1 || (guint)step > pursuit_follow_up_sequence_get_n_steps (sequence))
    return;

  pursuit_follow_up_set_sequence (follow_up, pursuit_follow_up_sequence_get_key (sequence));
  pursuit_follow_up_set_template (follow_up, pursuit_follow_up_sequence_get_step_template (sequence, step - 1));
}

/* The thank-you of an interview that took place: sent when it was due a
 * while ago, pending otherwise. */
static gboolean
add_thank_you (PursuitStore      *store,
               DemoSequences     *sequences,
               PursuitInterview  *interview,
               gint64             now_s,
               GError           **error)
{
  g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();
  gint64 due_at = pursuit_interview_get_ends_at (interview) + 24 * 3600;

  pursuit_follow_up_set_job_id (follow_up, pursuit_interview_get_job_id (interview));
  pursuit_follow_up_set_sequence (follow_up, "after_interview");
  pursuit_follow_up_set_step (follow_up, 1);
  set_template (follow_up, sequences->interview, 1);
  pursuit_follow_up_set_due_at (follow_up, due_at);
  pursuit_follow_up_set_interview_id (follow_up, pursuit_interview_get_id (interview));
  if (due_at < now_s - 12 * 3600)
    {
      pursuit_follow_up_set_status (follow_up, "sent");
      pursuit_follow_up_set_completed_at (follow_up, due_at + 2 * 3600);
    }

  return pursuit_store_add_follow_up (store, follow_up, error) != 0;
}

/* A time on the hour, in office hours, @days from today: what people pick
 * for a follow-up or a reminder. */
static gint64
office_hour (GRand     *activity,
             GDateTime *now,
             int        days)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);
  g_autoptr(GDateTime) time = g_date_time_new (g_date_time_get_timezone (now),
                                               g_date_time_get_year (day),
                                               g_date_time_get_month (day),
                                               g_date_time_get_day_of_month (day),
                                               g_rand_int_range (activity, 9, 18), 0, 0);

  return g_date_time_to_unix (time);
}

static gboolean
add_sample_interview (PursuitStore   *store,
                      GRand          *activity,
                      DemoSequences  *sequences,
                      GDateTime      *now,
                      gint64          job_id,
                      int             first_day,
                      int             last_day,
                      const char     *kind,
                      GError        **error)
{
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, g_rand_int_range (activity, first_day, last_day + 1));
  /* Office hours of the day, whatever the clocks did overnight. */
  g_autoptr(GDateTime) starts = g_date_time_new (g_date_time_get_timezone (now),
                                                 g_date_time_get_year (day),
                                                 g_date_time_get_month (day),
                                                 g_date_time_get_day_of_month (day),
                                                 g_rand_int_range (activity, 9, 17),
                                                 g_rand_boolean (activity) ? 0 : 30, 0);
  guint who = g_rand_int_range (activity, 0, G_N_ELEMENTS (interviewers));
  g_autofree char *link = NULL;

  pursuit_interview_set_job_id (interview, job_id);
  pursuit_interview_set_kind (interview, kind);
  pursuit_interview_set_starts_at (interview, g_date_time_to_unix (starts));
  pursuit_interview_set_duration_minutes (interview, g_str_equal (kind, "phone_screen") ? 30 :
                                                     g_str_equal (kind, "onsite") ? 180 : 60);
  pursuit_interview_set_interviewer (interview, interviewers[who].name);
  pursuit_interview_set_interviewer_email (interview, interviewers[who].email);

  if (g_str_equal (kind, "onsite"))
    pursuit_interview_set_location (interview, _("Main office, reception on the ground floor"));
  else if (!g_str_equal (kind, "phone_screen"))
    {
      link = g_strdup_printf ("https://meet.example.com/pursuit-%" G_GINT64_FORMAT "-%u",
                              job_id, g_rand_int_range (activity, 1000, 10000));
      pursuit_interview_set_location (interview, link);
    }

  if (pursuit_store_add_interview (store, interview, error) == 0)
    return FALSE;

  if (pursuit_interview_get_ends_at (interview) < g_date_time_to_unix (now))
    return add_thank_you (store, sequences, interview, g_date_time_to_unix (now), error);

  return TRUE;
}

static gboolean
add_sample_reminder (PursuitStore  *store,
                     gint64         job_id,
                     const char    *body,
                     gint64         due_at,
                     GError       **error)
{
  g_autoptr(PursuitNote) note = pursuit_note_new ();

  pursuit_note_set_job_id (note, job_id);
  pursuit_note_set_kind (note, "reminder");
  pursuit_note_set_body (note, body);
  pursuit_note_set_due_at (note, due_at);
  return pursuit_store_add_note (store, note, error) != 0;
}

/* What a real search has pending, so cards, the job page and the calendar
 * show due items around today: applied jobs wait on follow-ups (some
 * overdue), interviews lie in the coming days and the last ones (with
 * their thank-you notes), saved jobs and offers carry reminders. */
static gboolean
add_sample_activity (PursuitStore   *store,
                     GRand          *activity,
                     DemoSequences  *sequences,
                     GDateTime      *now,
                     gint64          job_id,
                     const char     *category,
                     GError        **error)
{
  int roll = g_rand_int_range (activity, 0, 100);

  if (g_str_equal (category, PURSUIT_STAGE_APPLIED) && roll < 70)
    {
      g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();
      int step = 1 + roll % 3;

      pursuit_follow_up_set_job_id (follow_up, job_id);
      pursuit_follow_up_set_sequence (follow_up, "after_applied");
      pursuit_follow_up_set_step (follow_up, step);
      set_template (follow_up, sequences->applied, step);
      /* From three days overdue to ten days ahead. */
      pursuit_follow_up_set_due_at (follow_up, office_hour (activity, now, g_rand_int_range (activity, -3, 11)));
      return pursuit_store_add_follow_up (store, follow_up, error) != 0;
    }

  if (g_str_equal (category, PURSUIT_STAGE_INTERVIEW_SCHEDULED) && roll < 85)
    return add_sample_interview (store, activity, sequences, now, job_id, 0, 12,
                                 interview_kinds[roll % 3], error);

  /* One round behind them, often the next one ahead. */
  if (g_str_equal (category, PURSUIT_STAGE_INTERVIEWING) && roll < 85)
    return add_sample_interview (store, activity, sequences, now, job_id, -6, -1,
                                 interview_kinds[roll % 3], error) &&
           (roll % 2 != 0 ||
            add_sample_interview (store, activity, sequences, now, job_id, 1, 14,
                                  interview_kinds[3 + roll % 2], error));

  if (g_str_equal (category, PURSUIT_STAGE_SAVED) && roll < 20)
    return add_sample_reminder (store, job_id,
                                roll % 2 == 0 ? _("Apply before the weekend") : _("Ask Sam for a referral"),
                                office_hour (activity, now, g_rand_int_range (activity, 0, 9)), error);

  if (g_str_equal (category, PURSUIT_STAGE_OFFER) && roll < 60)
    return add_sample_reminder (store, job_id, _("Reply to the offer"),
                                office_hour (activity, now, g_rand_int_range (activity, 1, 6)), error);

  return TRUE;
}

/* The road a job took to its stage, as categories after "saved": the
 * steps of the pipeline, skipping screening now and then; rejections come
 * after the application, the screening or the interviews. */
static guint
plan_path (GRand       *history,
           const char  *category,
           const char **path)
{
  static const char * const progress[] = {
    PURSUIT_STAGE_APPLIED, PURSUIT_STAGE_SCREENING, PURSUIT_STAGE_INTERVIEW_SCHEDULED,
    PURSUIT_STAGE_INTERVIEWING, PURSUIT_STAGE_OFFER, PURSUIT_STAGE_ACCEPTED,
  };
  gboolean skip_screening = g_rand_int_range (history, 0, 100) < 25;
  guint last, n = 0;
  int roll;

  if (g_str_equal (category, PURSUIT_STAGE_REJECTED))
    {
      roll = g_rand_int_range (history, 0, 100);
      last = roll < 50 ? 0 : roll < 80 ? 1 : 3;
    }
  else if (g_str_equal (category, PURSUIT_STAGE_WITHDRAWN))
    last = g_rand_boolean (history) ? 0 : 1;
  else if (g_str_equal (category, PURSUIT_STAGE_GHOSTED))
    last = 0;
  else
    {
      for (last = 0; last < G_N_ELEMENTS (progress); last++)
        if (g_str_equal (progress[last], category))
          break;
      if (last == G_N_ELEMENTS (progress))
        return 0;
    }

  for (guint i = 0; i <= last; i++)
    if (i != 1 || !skip_screening || last == 1)
      path[n++] = progress[i];

  if (!g_str_equal (path[n - 1], category))
    path[n++] = category;

  return n;
}

/* Some time in office hours on the job's application date. */
static gint64
applied_time (GRand      *history,
              GDateTime  *now,
              PursuitJob *job)
{
  const char *date = pursuit_job_get_applied_date (job);
  g_autoptr(GDateTime) at = NULL;
  int year, month, day;

  if (date == NULL || sscanf (date, "%d-%d-%d", &year, &month, &day) != 3)
    return pursuit_job_get_created_at (job);

  at = g_date_time_new (g_date_time_get_timezone (now), year, month, day,
                        g_rand_int_range (history, 9, 18), g_rand_int_range (history, 0, 60), 0);

  return at != NULL ? g_date_time_to_unix (at) : pursuit_job_get_created_at (job);
}

/* A history for the Reports page: backdated stage changes from saved to
 * the job's stage, the last one when the job entered it, the others
 * spread over the days between; and for some applications that waited,
 * a follow-up sent before the answer came. */
static gboolean
add_sample_history (PursuitStore   *store,
                    GRand          *history,
                    DemoSequences  *sequences,
                    GHashTable     *stage_for_category,
                    GDateTime      *now,
                    PursuitJob     *job,
                    gint64          job_id,
                    const char     *category,
                    GError        **error)
{
  const char *path[8];
  gint64 times[8];
  const char *from;
  gint64 applied_at, entered_at, answered_at;
  guint n;

  if (g_str_equal (category, PURSUIT_STAGE_SAVED))
    return TRUE;

  n = plan_path (history, category, path);
  if (n == 0)
    return TRUE;

  entered_at = pursuit_job_get_stage_changed_at (job);
  applied_at = applied_time (history, now, job);
  applied_at = CLAMP (applied_at, pursuit_job_get_created_at (job), entered_at);
  times[0] = n == 1 ? entered_at : applied_at;
  times[n - 1] = entered_at;

  /* Each step takes a share of what is left, so the early answers come
   * within days and the later rounds take longer. */
  for (guint i = 1; i + 1 < n; i++)
    times[i] = times[i - 1] + (gint64)((entered_at - times[i - 1]) * g_rand_double_range (history, 0.2, 0.6));

  from = g_hash_table_lookup (stage_for_category, PURSUIT_STAGE_SAVED);
  for (guint i = 0; i < n; i++)
    {
      const char *to = g_hash_table_lookup (stage_for_category, path[i]);

      if (to == NULL)
        continue;
      if (!_pursuit_store_add_event_full (store, job_id, "stage-changed", from, to, NULL, NULL, times[i], error))
        return FALSE;
      from = to;
    }

  /* A week of silence, then a nudge; ghosted jobs got one too. */
  answered_at = n > 1 && !g_str_equal (category, PURSUIT_STAGE_GHOSTED) ? times[1] : g_date_time_to_unix (now);
  if (!g_str_equal (category, PURSUIT_STAGE_APPLIED) &&
      g_rand_int_range (history, 0, 100) < 40)
    {
      gint64 sent_at = times[0] + g_rand_int_range (history, 5, 9) * 24 * 3600;
      g_autoptr(PursuitFollowUp) follow_up = NULL;

      if (sent_at >= answered_at)
        return TRUE;

      follow_up = pursuit_follow_up_new ();
      pursuit_follow_up_set_job_id (follow_up, job_id);
      pursuit_follow_up_set_sequence (follow_up, "after_applied");
      pursuit_follow_up_set_step (follow_up, 1);
      set_template (follow_up, sequences->applied, 1);
      pursuit_follow_up_set_due_at (follow_up, sent_at);
      pursuit_follow_up_set_status (follow_up, "sent");
      pursuit_follow_up_set_completed_at (follow_up, sent_at);
      return pursuit_store_add_follow_up (store, follow_up, error) != 0;
    }

  return TRUE;
}

static gboolean
acknowledge_past_reminders (PursuitStore  *store,
                            gint64         now,
                            GError       **error)
{
  g_autoptr(GPtrArray) due = pursuit_store_list_due_reminders (store, now, error);

  return due != NULL && (due->len == 0 || pursuit_store_mark_reminders_fired (store, due, error));
}

static void
demo_sequences_clear (DemoSequences *sequences)
{
  g_clear_object (&sequences->applied);
  g_clear_object (&sequences->interview);
}

/* Maps each pipeline category to the first column of the store that
 * follows its rules, so sample data also fits a customised board. */
static GHashTable *
map_categories (PursuitStore *store)
{
  g_autoptr(GPtrArray) stages = pursuit_store_list_stages (store);
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);
      const char *category = pursuit_stage_get_category (stage);

      if (category != NULL && !g_hash_table_contains (map, category))
        g_hash_table_insert (map, g_strdup (category), g_strdup (pursuit_stage_get_key (stage)));
    }

  return map;
}

/**
 * pursuit_demo_fill:
 * @store: the store to fill
 * @n_jobs: how many jobs to add
 * @seed: the seed of the random numbers; the same seed gives the same jobs
 * @error: a location for a #GError
 *
 * Adds @n_jobs made-up but realistic jobs to @store, spread over the
 * pipeline like a real search, in one transaction: either all of them are
 * added or none.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
pursuit_demo_fill (PursuitStore  *store,
                   guint          n_jobs,
                   guint32        seed,
                   GError       **error)
{
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GRand) extras = NULL;
  g_autoptr(GRand) activity = NULL;
  g_autoptr(GRand) history = NULL;
  g_autoptr(GHashTable) stage_for_category = NULL;
  g_autoptr(GDateTime) now = NULL;
  DemoSequences sequences = { NULL, NULL };
  const char *fallback_stage;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rand = g_rand_new_with_seed (seed);
  extras = g_rand_new_with_seed (seed ^ 0x5eed7a95);
  /* Its own sequence, so the jobs of a seed stay the same as before. */
  activity = g_rand_new_with_seed (seed ^ 0x0ac71717);
  history = g_rand_new_with_seed (seed ^ 0x4157041e);
  now = g_date_time_new_now_local ();
  stage_for_category = map_categories (store);
  sequences.applied = pursuit_store_get_active_sequence (store, "applied");
  sequences.interview = pursuit_store_get_active_sequence (store, "interview");

  fallback_stage = g_hash_table_lookup (stage_for_category, PURSUIT_STAGE_SAVED);
  if (fallback_stage == NULL)
    {
      demo_sequences_clear (&sequences);
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The board has no column for saved jobs"));
      return FALSE;
    }

  if (!pursuit_store_begin (store, error))
    {
      demo_sequences_clear (&sequences);
      return FALSE;
    }

  for (guint i = 0; i < n_jobs; i++)
    {
      const char *category = pick_weighted (rand, stage_weights, G_N_ELEMENTS (stage_weights));
      const char *stage_key = g_hash_table_lookup (stage_for_category, category);
      g_autoptr(PursuitJob) job = NULL;
      gint64 job_id;

      if (stage_key == NULL)
        {
          category = PURSUIT_STAGE_SAVED;
          stage_key = fallback_stage;
        }

      job = build_job (rand, extras, now, i, category, stage_key);

      job_id = pursuit_store_add_job (store, job, error);
      if (job_id == 0 ||
          !add_sample_activity (store, activity, &sequences, now, job_id, category, error) ||
          !add_sample_history (store, history, &sequences, stage_for_category, now, job, job_id,
                               category, error))
        {
          demo_sequences_clear (&sequences);
          pursuit_store_rollback (store);
          g_prefix_error (error, _("Adding sample job %u: "), i + 1);
          return FALSE;
        }
    }

  demo_sequences_clear (&sequences);

  /* What fell due before today is on the calendar and the cards, but a
   * first look at sample data is no time for a pile of notifications. */
  if (!acknowledge_past_reminders (store, g_date_time_to_unix (now), error))
    {
      pursuit_store_rollback (store);
      return FALSE;
    }

  return pursuit_store_commit (store, error);
}
