/* test-job-card.c: what a board card shows and says
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <adwaita.h>

#include "pursuit-job-card.h"
#include "pursuit-job-card-highlight.h"
#include "pursuit-job-card-private.h"
#include "pursuit-job-card-text.h"
#include "pursuit-pipeline.h"
#include "pursuit-test-ui.h"

/* The highlights of @query in @text, as "start-end" pairs. */
static char *
highlights (const char *text,
            const char *query)
{
  g_autoptr(GArray) ranges = pursuit_job_card_find_highlights (text, query);
  g_autoptr(GString) result = g_string_new (NULL);

  g_assert_nonnull (ranges);

  for (guint i = 0; i < ranges->len; i++)
    {
      const PursuitTextRange *range = &g_array_index (ranges, PursuitTextRange, i);

      g_assert_cmpuint (range->start, <, range->end);
      g_assert_cmpuint (range->end, <=, strlen (text));
      if (i > 0)
        g_assert_cmpuint (range->start, >=, g_array_index (ranges, PursuitTextRange, i - 1).end);

      g_string_append_printf (result, "%s%u-%u", i > 0 ? " " : "", range->start, range->end);
    }

  return g_string_free (g_steal_pointer (&result), FALSE);
}

#define assert_highlights(text, query, expected) \
  G_STMT_START { \
    g_autofree char *found_ = highlights ((text), (query)); \
    g_assert_cmpstr (found_, ==, (expected)); \
  } G_STMT_END

static void
test_highlight_ascii (void)
{
  /* Each query word at the start of a word, any case. */
  assert_highlights ("Senior Backend Engineer", "back ENG", "7-11 15-18");
  assert_highlights ("Senior Backend Engineer", "  backend  ", "7-14");
  /* Not in the middle of a word, as the full-text search. */
  assert_highlights ("Senior Backend Engineer", "end neer", "");
  /* The longer of two words that both match. */
  assert_highlights ("Backend", "b back", "0-4");
  /* Words are split at punctuation, like the index's tokenizer. */
  assert_highlights ("Full-stack (Go/Rust)", "stack rust", "5-10 15-19");
  assert_highlights ("C++ Developer", "c++", "0-1");
  assert_highlights ("Data Engineer, Data Platform", "data", "0-4 15-19");
  /* Nothing to look for. */
  assert_highlights ("Backend", NULL, "");
  assert_highlights ("Backend", "", "");
  assert_highlights ("Backend", "   ", "");
  assert_highlights ("Backend", "+++ ---", "");
  assert_highlights (NULL, "back", "");
  assert_highlights ("", "back", "");
  assert_highlights ("Backend", "backends", "");
}

static void
test_highlight_accents (void)
{
  /* Case and Latin diacritics are ignored both ways; offsets are bytes
   * of the original text. */
  assert_highlights ("Café Zürich", "cafe", "0-5");
  assert_highlights ("Café Zürich", "ZUR", "6-10");
  assert_highlights ("Cafe Zurich", "café zür", "0-4 5-8");
  assert_highlights ("ÉCOLE Polytechnique", "éco", "0-4");
  /* A decomposed "é" (e and U+0301) keeps its accent in the range. */
  assert_highlights ("Cafe\xcc\x81 Berlin", "café", "0-6");
  assert_highlights ("Cafe\xcc\x81", "caf", "0-3");
  /* Case folding that changes lengths does not shift the ranges. */
  assert_highlights ("Straße Straßburg", "strasse", "");
  assert_highlights ("Große Straße", "straß", "7-13");
  assert_highlights ("İstanbul office", "office", "10-16");
  assert_highlights ("ΑΘΉΝΑ Greece", "αθη", "0-6");
  assert_highlights ("Москва, Россия", "росс", "14-22");
}

static void
test_highlight_cjk (void)
{
  /* Runs of CJK letters are one word to the index: prefixes only. */
  assert_highlights ("東京のソフトウェア会社", "東京", "0-6");
  assert_highlights ("東京のソフトウェア会社", "会社", "");
  assert_highlights ("エンジニア 東京", "東", "16-19");
  /* Hangul syllables do not decompose into a matching first letter. */
  assert_highlights ("한국 서울", "하", "");
  assert_highlights ("한국 서울", "한", "0-3");
}

static void
test_highlight_invalid (void)
{
  /* Only the valid start of broken text is searched. */
  assert_highlights ("Back\xff" "end Engineer", "eng", "");
  assert_highlights ("Back\xff" "end Engineer", "back", "0-4");
  assert_highlights ("\xc3", "c", "");
  /* A broken query keeps its valid start. */
  assert_highlights ("Backend Engineer", "eng\xff" "back", "8-11");
  assert_highlights ("Backend Engineer", "\xff\xfe", "");
}

static void
test_highlight_markup (void)
{
  /* Markup is text like any other. */
  assert_highlights ("<b>Rust</b> &amp; Go", "<b>", "1-2 9-10");
  assert_highlights ("<b>Rust</b> &amp; Go", "&amp;", "13-16");
  assert_highlights ("<b>Rust</b> &amp; Go", "rust go", "3-7 18-20");
  assert_highlights ("R&D <i>", "r&d", "0-1 2-3");
}

static void
test_format_match_score (void)
{
  g_autofree char *score = pursuit_job_card_format_match_score (87);
  g_autofree char *zero = pursuit_job_card_format_match_score (0);
  g_autofree char *high = pursuit_job_card_format_match_score (150);

  g_assert_null (pursuit_job_card_format_match_score (-1));
  g_assert_cmpstr (score, ==, "87%");
  g_assert_cmpstr (zero, ==, "0%");
  g_assert_cmpstr (high, ==, "100%");
}

static gint64
local_time (int year,
            int month,
            int day,
            int hour,
            int minute)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (year, month, day, hour, minute, 0);

  g_assert_nonnull (time);
  return g_date_time_to_unix (time);
}

static void
assert_days_in_stage (gint64      since,
                      GDateTime  *now,
                      const char *expected)
{
  g_autofree char *text = pursuit_job_card_format_days_in_stage (since, now);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_format_days_in_stage (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 30, 0);

  assert_days_in_stage (local_time (2026, 3, 10, 0, 5), now, "Today");
  /* Calendar days, not 24-hour periods. */
  assert_days_in_stage (local_time (2026, 3, 9, 23, 50), now, "1 day");
  assert_days_in_stage (local_time (2026, 2, 26, 12, 0), now, "12 days");
  assert_days_in_stage (local_time (2025, 3, 10, 12, 0), now, "365 days");
  /* A clock that was ahead when the job moved. */
  assert_days_in_stage (local_time (2026, 3, 12, 12, 0), now, "Today");
  /* Unknown or out of range. */
  assert_days_in_stage (0, now, NULL);
  assert_days_in_stage (-5, now, NULL);
  assert_days_in_stage (G_MAXINT64, now, NULL);
}

static void
assert_next_due (gint64      at,
                 const char *kind,
                 GDateTime  *now,
                 const char *expected,
                 int         expected_days)
{
  int days = 12345;
  g_autofree char *text = pursuit_job_card_format_next_due (at, kind, now, &days);

  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpint (days, ==, expected_days);
}

static void
test_format_next_due (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 30, 0);

  /* LC_ALL=C.UTF-8: the untranslated 24-hour clock and English dates. */
  assert_next_due (local_time (2026, 3, 11, 14, 0), "interview", now, "Interview tomorrow 14:00", 1);
  assert_next_due (local_time (2026, 3, 10, 8, 5), "interview", now, "Interview today 08:05", 0);
  assert_next_due (local_time (2026, 3, 9, 14, 0), "interview", now, "Interview yesterday", -1);
  assert_next_due (local_time (2026, 3, 5, 14, 0), "interview", now, "Interview 5 days ago", -5);
  assert_next_due (local_time (2026, 3, 15, 14, 0), "interview", now, "Interview in 5 days", 5);
  assert_next_due (local_time (2026, 4, 9, 14, 0), "interview", now, "Interview on 9 Apr", 30);
  assert_next_due (local_time (2027, 1, 2, 14, 0), "interview", now, "Interview on 2 Jan 2027", 298);

  assert_next_due (local_time (2026, 3, 10, 23, 0), "follow-up", now, "Follow-up due today", 0);
  assert_next_due (local_time (2026, 3, 8, 9, 0), "follow-up", now, "Follow-up overdue by 2 days", -2);
  assert_next_due (local_time (2026, 3, 9, 9, 0), "follow-up", now, "Follow-up overdue by 1 day", -1);
  assert_next_due (local_time (2026, 3, 11, 9, 0), "follow-up", now, "Follow-up due tomorrow", 1);
  assert_next_due (local_time (2026, 3, 12, 9, 0), "follow-up", now, "Follow-up due in 2 days", 2);

  assert_next_due (local_time (2026, 3, 13, 9, 0), "reminder", now, "Reminder in 3 days", 3);
  assert_next_due (local_time (2026, 3, 10, 9, 0), "reminder", now, "Reminder today", 0);
  assert_next_due (local_time (2026, 3, 1, 9, 0), "reminder", now, "Reminder overdue by 9 days", -9);
  /* Unknown kinds read as reminders. */
  assert_next_due (local_time (2026, 3, 11, 9, 0), NULL, now, "Reminder tomorrow", 1);
  assert_next_due (local_time (2026, 3, 11, 9, 0), "<b>party</b>", now, "Reminder tomorrow", 1);

  /* Nothing due, or nothing a calendar can show. */
  assert_next_due (0, "interview", now, NULL, 0);
  assert_next_due (-1, "interview", now, NULL, 0);
  assert_next_due (G_MAXINT64, "interview", now, NULL, 0);
  g_assert_null (pursuit_job_card_format_next_due (0, NULL, now, NULL));
}

/* A job with everything a card can show. */
static PursuitJob *
make_full_job (void)
{
  PursuitJob *job = pursuit_job_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) interview = g_date_time_new_local (g_date_time_get_year (tomorrow),
                                                          g_date_time_get_month (tomorrow),
                                                          g_date_time_get_day_of_month (tomorrow),
                                                          14, 0, 0);
  g_autoptr(GDateTime) moved = g_date_time_add_days (now, -3);
  const char *tags[] = { "rust", "berlin", "referral", "startup", NULL };
  g_autofree char *applied = NULL;

  pursuit_job_set_id (job, 1);
  pursuit_job_set_title (job, "Senior Backend Engineer, Payments Platform");
  pursuit_job_set_company (job, "Alderbank Systems");
  pursuit_job_set_location (job, "Zürich, Switzerland");
  pursuit_job_set_remote (job, TRUE);
  pursuit_job_set_salary_min (job, 120000);
  pursuit_job_set_salary_max (job, 140000);
  pursuit_job_set_currency (job, "EUR");
  pursuit_job_set_salary_period (job, "YEAR");
  pursuit_job_set_stage (job, PURSUIT_STAGE_APPLIED);
  pursuit_job_set_match_score (job, 87);
  pursuit_job_set_tags (job, tags);
  pursuit_job_set_stage_changed_at (job, g_date_time_to_unix (moved));
  pursuit_job_set_next_due (job, g_date_time_to_unix (interview), "interview");
  applied = g_date_time_format (moved, "%Y-%m-%d");
  pursuit_job_set_applied_date (job, applied);

  return job;
}

/* One that needs attention: a follow-up two days late, a poor match. */
static PursuitJob *
make_late_job (void)
{
  PursuitJob *job = pursuit_job_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) due = g_date_time_add_days (now, -2);
  g_autoptr(GDateTime) moved = g_date_time_add_days (now, -12);
  const char *tags[] = { "agency", NULL };

  pursuit_job_set_id (job, 2);
  pursuit_job_set_title (job, "Frontend Developer");
  pursuit_job_set_company (job, "Northwind & Partners");
  pursuit_job_set_stage (job, PURSUIT_STAGE_APPLIED);
  pursuit_job_set_match_score (job, 35);
  pursuit_job_set_tags (job, tags);
  pursuit_job_set_stage_changed_at (job, g_date_time_to_unix (moved));
  pursuit_job_set_next_due (job, g_date_time_to_unix (due), "follow-up");

  return job;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack, needle);
}

static void
test_card_accessible_label (void)
{
  g_autoptr(PursuitJob) job = make_full_job ();
  g_autoptr(PursuitJob) bare = pursuit_job_new ();
  GtkWidget *card = g_object_ref_sink (pursuit_job_card_new ());
  const char *label;

  g_assert_null (_pursuit_job_card_get_accessible_label (PURSUIT_JOB_CARD (card)));

  pursuit_job_card_set_job (PURSUIT_JOB_CARD (card), job);
  label = _pursuit_job_card_get_accessible_label (PURSUIT_JOB_CARD (card));

  /* The title first: the end-to-end test reads cards by it. */
  g_assert_true (g_str_has_prefix (label, "Senior Backend Engineer, Payments Platform, Alderbank Systems, "));
  assert_contains (label, "Zürich, Switzerland");
  assert_contains (label, "€120k – €140k");
  assert_contains (label, "Remote");
  assert_contains (label, "87% match");
  assert_contains (label, "Tags: berlin, referral, rust, startup");
  assert_contains (label, "Interview tomorrow 14:00");
  assert_contains (label, "In this stage for 3 days");
  assert_contains (label, "Applied 3 days ago");

  /* Without the extras nothing is said about them. */
  pursuit_job_set_title (bare, "Designer");
  pursuit_job_card_set_job (PURSUIT_JOB_CARD (card), bare);
  g_assert_cmpstr (_pursuit_job_card_get_accessible_label (PURSUIT_JOB_CARD (card)), ==, "Designer");

  pursuit_job_set_match_score (bare, 0);
  pursuit_job_card_set_job (PURSUIT_JOB_CARD (card), NULL);
  pursuit_job_card_set_job (PURSUIT_JOB_CARD (card), bare);
  g_assert_cmpstr (_pursuit_job_card_get_accessible_label (PURSUIT_JOB_CARD (card)), ==,
                   "Designer, 0% match");

  pursuit_job_card_set_job (PURSUIT_JOB_CARD (card), NULL);
  g_assert_null (_pursuit_job_card_get_accessible_label (PURSUIT_JOB_CARD (card)));

  g_object_unref (card);
}

static void
test_card_highlight_query (void)
{
  GtkWidget *card = g_object_ref_sink (pursuit_job_card_new ());

  g_assert_null (pursuit_job_card_get_highlight (PURSUIT_JOB_CARD (card)));
  pursuit_job_card_set_highlight (PURSUIT_JOB_CARD (card), "  back  ");
  g_assert_cmpstr (pursuit_job_card_get_highlight (PURSUIT_JOB_CARD (card)), ==, "back");
  pursuit_job_card_set_highlight (PURSUIT_JOB_CARD (card), "   ");
  g_assert_null (pursuit_job_card_get_highlight (PURSUIT_JOB_CARD (card)));
  pursuit_job_card_set_highlight (PURSUIT_JOB_CARD (card), "+++");
  g_assert_cmpstr (pursuit_job_card_get_highlight (PURSUIT_JOB_CARD (card)), ==, "+++");
  pursuit_job_card_set_highlight (PURSUIT_JOB_CARD (card), NULL);
  g_assert_null (pursuit_job_card_get_highlight (PURSUIT_JOB_CARD (card)));

  g_object_unref (card);
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* Counts pixels close to @color (0xRRGGBB), to see that a part is drawn. */
static guint
count_pixels_near (GdkTexture *texture,
                   guint32     color,
                   int         tolerance)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) width * height * 4);
  guint count = 0;

  /* Cairo's ARGB32: B, G, R, A in memory on little-endian machines. */
  gdk_texture_download (texture, data, width * 4);

  for (int i = 0; i < width * height; i++)
    {
      guint32 pixel = *(guint32 *) (data + i * 4);
      int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

      if (ABS (r - (int) ((color >> 16) & 0xff)) <= tolerance &&
          ABS (g - (int) ((color >> 8) & 0xff)) <= tolerance &&
          ABS (b - (int) (color & 0xff)) <= tolerance)
        count++;
    }

  return count;
}

static int
card_height (GtkWidget *card,
             int        width)
{
  int height;

  gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
  return height;
}

static void
render_card (AdwColorScheme  scheme,
             const char     *name,
             GtkTextDirection direction)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(PursuitJob) job = make_full_job ();
  g_autoptr(PursuitJob) bare = pursuit_job_new ();
  g_autoptr(PursuitJob) late = make_late_job ();
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GdkTexture) plain = NULL;
  GtkWindow *window;
  GtkWidget *box;
  GtkWidget *card;
  GtkWidget *bare_card;
  GtkWidget *late_card;
  int height;
  guint32 success;
  GdkRGBA color;

  adw_style_manager_set_color_scheme (style, scheme);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 300, 10);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_direction (box, direction);
  gtk_window_set_child (window, box);

  card = pursuit_job_card_new ();
  gtk_widget_set_direction (card, direction);
  pursuit_job_card_set_job (PURSUIT_JOB_CARD (card), job);
  gtk_box_append (GTK_BOX (box), card);

  pursuit_job_set_title (bare, "Designer");
  bare_card = pursuit_job_card_new ();
  gtk_widget_set_direction (bare_card, direction);
  pursuit_job_card_set_job (PURSUIT_JOB_CARD (bare_card), bare);
  /* Set before the card has a style: it must survive the first one. */
  pursuit_job_card_set_highlight (PURSUIT_JOB_CARD (bare_card), "design");
  gtk_box_append (GTK_BOX (box), bare_card);

  late_card = pursuit_job_card_new ();
  gtk_widget_set_direction (late_card, direction);
  pursuit_job_card_set_job (PURSUIT_JOB_CARD (late_card), late);
  gtk_box_append (GTK_BOX (box), late_card);
  assert_contains (_pursuit_job_card_get_accessible_label (PURSUIT_JOB_CARD (late_card)),
                   "Follow-up overdue by 2 days");
  assert_contains (_pursuit_job_card_get_accessible_label (PURSUIT_JOB_CARD (late_card)),
                   "In this stage for 12 days");

  gtk_window_present (window);
  spin (200);

  /* Everything shows: a card with all of it is much taller than one with
   * a title alone. */
  g_assert_cmpstr (pursuit_job_card_get_highlight (PURSUIT_JOB_CARD (bare_card)), ==, "design");
  height = card_height (card, 276);
  g_assert_cmpint (height, >, 4 * card_height (bare_card, 276));

  plain = pursuit_test_render_widget (GTK_WIDGET (window));

  /* Highlights change colours, never sizes. */
  pursuit_job_card_set_highlight (PURSUIT_JOB_CARD (card), "back zur alder");
  g_assert_cmpint (card_height (card, 276), ==, height);
  spin (100);
  texture = pursuit_test_render_widget (GTK_WIDGET (window));
  pursuit_test_save_texture (texture, name);

  /* The score pill is drawn in the style's success colour (87% is a good
   * match), on a wash of it. */
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (card),
                                                 "success_color", &color));
  success = ((guint32) (color.red * 255 + 0.5) << 16) |
            ((guint32) (color.green * 255 + 0.5) << 8) |
            (guint32) (color.blue * 255 + 0.5);
  g_assert_cmpuint (count_pixels_near (texture, success, 24), >, 10);

  /* Highlighting drew something new. */
  {
    int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
    g_autofree guchar *da = g_malloc ((gsize) w * h * 4);
    g_autofree guchar *db = g_malloc ((gsize) w * h * 4);

    g_assert_cmpint (gdk_texture_get_width (plain), ==, w);
    g_assert_cmpint (gdk_texture_get_height (plain), ==, h);
    gdk_texture_download (plain, da, w * 4);
    gdk_texture_download (texture, db, w * 4);
    g_assert_true (memcmp (da, db, (gsize) w * h * 4) != 0);
  }

  gtk_window_destroy (window);
  spin (50);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_card_render_light (void)
{
  render_card (ADW_COLOR_SCHEME_FORCE_LIGHT, "card-light.png", GTK_TEXT_DIR_LTR);
}

static void
test_card_render_dark (void)
{
  render_card (ADW_COLOR_SCHEME_FORCE_DARK, "card-dark.png", GTK_TEXT_DIR_LTR);
}

static void
test_card_render_rtl (void)
{
  render_card (ADW_COLOR_SCHEME_FORCE_LIGHT, "card-rtl.png", GTK_TEXT_DIR_RTL);
}

/* Odd input and tiny widths: drawn without warnings. */
static void
test_card_odd_input (void)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autofree char *many = NULL;
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  const char *queries[] = { "\xff", "<b>", "&amp;", "é", "東", "%s%n", "\"*", NULL };
  GtkWindow *window;
  GtkWidget *card;

  for (guint i = 0; i < 40; i++)
    g_ptr_array_add (tags, g_strdup_printf ("a-very-long-tag-name-number-%u", i));
  g_ptr_array_add (tags, NULL);

  many = g_strnfill (2000, 'W');
  pursuit_job_set_title (job, many);
  pursuit_job_set_company (job, "<b>Bold</b> &amp; Co \xe2\x80\xae");
  pursuit_job_set_location (job, "東京");
  pursuit_job_set_remote (job, TRUE);
  pursuit_job_set_match_score (job, 12);
  pursuit_job_set_tags (job, (const char * const *) tags->pdata);
  pursuit_job_set_stage_changed_at (job, G_MAXINT64);
  pursuit_job_set_next_due (job, 1, "follow-up");

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 90, 10);
  card = pursuit_job_card_new ();
  pursuit_job_card_set_job (PURSUIT_JOB_CARD (card), job);
  gtk_window_set_child (window, card);
  gtk_window_present (window);

  for (guint i = 0; queries[i] != NULL; i++)
    {
      g_autoptr(GdkTexture) texture = NULL;

      pursuit_job_card_set_highlight (PURSUIT_JOB_CARD (card), queries[i]);
      spin (30);
      texture = pursuit_test_render_widget (GTK_WIDGET (window));
      g_assert_nonnull (texture);
    }

  /* Overdue since 1970. */
  assert_contains (_pursuit_job_card_get_accessible_label (PURSUIT_JOB_CARD (card)),
                   "Follow-up overdue by ");
  assert_contains (_pursuit_job_card_get_accessible_label (PURSUIT_JOB_CARD (card)),
                   "12% match");

  gtk_window_destroy (window);
  spin (50);
}

/* Cards measure their height from shared font metrics where they can,
 * without shaping text; it must be the height their layouts draw, at
 * every width, for every kind of text. */
static void
test_card_measure_matches_layouts (void)
{
  const char *titles[] = {
    "Senior Backend Engineer, Payments Platform", "Dev", "QA", "X", "",
    "Ingénieur·e logiciel — Zürich (80–90 k€)", "Engineer 🚀", "東京のソフトウェアエンジニア",
    "A very long title that wraps onto more than two lines at any usual width for sure",
    "Supercalifragilisticexpialidociousengineeringmanagerposition",
  };
  const char *companies[] = { "Alderbank Systems", NULL, "Café Łódź", "株式会社テスト" };
  const char *locations[] = { "Zürich, Switzerland", NULL, "Москва" };
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  guint n_checked = 0;

  gtk_window_set_child (window, box);

  for (guint t = 0; t < G_N_ELEMENTS (titles); t++)
    for (guint c = 0; c < G_N_ELEMENTS (companies); c++)
      {
        g_autoptr(PursuitJob) job = (t + c) % 2 == 0 ? make_full_job () : make_late_job ();
        GtkWidget *card = pursuit_job_card_new ();

        pursuit_job_set_title (job, titles[t]);
        pursuit_job_set_company (job, companies[c]);
        pursuit_job_set_location (job, locations[(t + c) % G_N_ELEMENTS (locations)]);
        if (t % 3 == 0)
          pursuit_job_set_match_score (job, -1);
        if (t % 4 == 1)
          {
            pursuit_job_set_salary_min (job, 0);
            pursuit_job_set_salary_max (job, 0);
          }
        pursuit_job_card_set_job (PURSUIT_JOB_CARD (card), job);
        gtk_box_append (GTK_BOX (box), card);
        g_ptr_array_add (cards, card);
      }

  gtk_window_present (window);
  spin (50);

  for (guint i = 0; i < cards->len; i++)
    {
      PursuitJobCard *card = g_ptr_array_index (cards, i);

      for (int width = 1; width <= 400; width += 3)
        {
          int measured, drawn;

          _pursuit_job_card_get_heights (card, width, &measured, &drawn);
          if (measured != drawn)
            g_error ("“%s” at %d px: measured %d, drawn %d",
                     pursuit_job_get_title (pursuit_job_card_get_job (card)), width,
                     measured, drawn);
          n_checked++;
        }
    }

  g_assert_cmpuint (n_checked, >, 1000);

  gtk_window_destroy (window);
  spin (50);
}

/* Stage names go into menus as written, underscores and all. */
static void
test_escape_mnemonic (void)
{
  const struct {
    const char *text;
    const char *escaped;
  } cases[] = {
    { "Applied", "Applied" },
    { "Phone_Screen", "Phone__Screen" },
    { "_", "__" },
    { "__init__", "____init____" },
    { "", "" },
    { "Entretien_à_Zürich", "Entretien__à__Zürich" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = pursuit_escape_mnemonic (cases[i].text);

      g_assert_cmpstr (escaped, ==, cases[i].escaped);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* See test-window.c: no G_TEST_OPTION_ISOLATE_DIRS, no gtk_test_init(). */
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/job-card/escape-mnemonic", test_escape_mnemonic);
  g_test_add_func ("/ui/job-card/highlight/ascii", test_highlight_ascii);
  g_test_add_func ("/ui/job-card/highlight/accents", test_highlight_accents);
  g_test_add_func ("/ui/job-card/highlight/cjk", test_highlight_cjk);
  g_test_add_func ("/ui/job-card/highlight/invalid-utf8", test_highlight_invalid);
  g_test_add_func ("/ui/job-card/highlight/markup", test_highlight_markup);
  g_test_add_func ("/ui/job-card/format/match-score", test_format_match_score);
  g_test_add_func ("/ui/job-card/format/days-in-stage", test_format_days_in_stage);
  g_test_add_func ("/ui/job-card/format/next-due", test_format_next_due);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/ui/job-card/no-display", pursuit_test_skip_without_display);
      return g_test_run ();
    }

  adw_init ();

  /* The card's padding and hover colours. */
  pursuit_test_add_app_style ();

  g_test_add_func ("/ui/job-card/accessible-label", test_card_accessible_label);
  g_test_add_func ("/ui/job-card/highlight/query", test_card_highlight_query);
  g_test_add_func ("/ui/job-card/render/light", test_card_render_light);
  g_test_add_func ("/ui/job-card/render/dark", test_card_render_dark);
  g_test_add_func ("/ui/job-card/render/rtl", test_card_render_rtl);
  g_test_add_func ("/ui/job-card/odd-input", test_card_odd_input);
  g_test_add_func ("/ui/job-card/measure/matches-layouts", test_card_measure_matches_layouts);

  return g_test_run ();
}
