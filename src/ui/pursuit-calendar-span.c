/* pursuit-calendar-span.c: the days a calendar page shows and their items
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-calendar"

#include "config.h"

#include "pursuit-calendar-date.h"
#include "pursuit-calendar-span.h"

struct _PursuitCalendarSpan
{
  gatomicrefcount  ref_count;
  GTimeZone       *time_zone;
  GDate            first;
  guint            n_days;
  guint            n_items;
  /* n_days + 1 local midnights, the last one ending the span. */
  gint64          *starts;
  /* n_days arrays of PursuitAgendaItem. */
  GPtrArray      **days;
};

G_DEFINE_BOXED_TYPE (PursuitCalendarSpan, pursuit_calendar_span,
                     pursuit_calendar_span_ref, pursuit_calendar_span_unref)

PursuitCalendarSpan *
pursuit_calendar_span_new (GTimeZone   *time_zone,
                           const GDate *first,
                           guint        n_days)
{
  PursuitCalendarSpan *self;
  GDate date;

  g_return_val_if_fail (time_zone != NULL, NULL);
  g_return_val_if_fail (g_date_valid (first), NULL);
  g_return_val_if_fail (n_days > 0 && n_days <= 366, NULL);

  self = g_new0 (PursuitCalendarSpan, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->time_zone = g_time_zone_ref (time_zone);
  self->first = *first;
  self->n_days = n_days;
  self->starts = g_new (gint64, n_days + 1);
  self->days = g_new (GPtrArray *, n_days);

  date = *first;
  for (guint i = 0; i <= n_days; i++)
    {
      g_autoptr(GDateTime) start = pursuit_calendar_day_start (time_zone, &date);

      self->starts[i] = g_date_time_to_unix (start);
      if (i < n_days)
        self->days[i] = g_ptr_array_new_with_free_func (g_object_unref);
      g_date_add_days (&date, 1);
    }

  return self;
}

PursuitCalendarSpan *
pursuit_calendar_span_ref (PursuitCalendarSpan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pursuit_calendar_span_unref (PursuitCalendarSpan *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (guint i = 0; i < self->n_days; i++)
    g_ptr_array_unref (self->days[i]);
  g_free (self->days);
  g_free (self->starts);
  g_time_zone_unref (self->time_zone);
  g_free (self);
}

int
pursuit_calendar_span_find_day (PursuitCalendarSpan *self,
                                gint64               unix_time)
{
  guint low = 0, high;

  g_return_val_if_fail (self != NULL, -1);

  if (unix_time < self->starts[0] || unix_time >= self->starts[self->n_days])
    return -1;

  /* The last start at or before unix_time. */
  high = self->n_days;
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (self->starts[middle] <= unix_time)
        low = middle;
      else
        high = middle;
    }

  return (int) low;
}

int
pursuit_calendar_span_find_date (PursuitCalendarSpan *self,
                                 const GDate         *date)
{
  int days;

  g_return_val_if_fail (self != NULL, -1);

  if (!g_date_valid (date))
    return -1;

  days = g_date_days_between (&self->first, date);
  if (days < 0 || (guint) days >= self->n_days)
    return -1;

  return days;
}

void
pursuit_calendar_span_add_items (PursuitCalendarSpan *self,
                                 GPtrArray           *items)
{
  g_return_if_fail (self != NULL);

  if (items == NULL)
    return;

  for (guint i = 0; i < items->len; i++)
    {
      PursuitAgendaItem *item = g_ptr_array_index (items, i);
      gint64 starts_at = pursuit_agenda_item_get_starts_at (item);
      gint64 ends_at = pursuit_agenda_item_get_ends_at (item);
      int day;

      /* Still running when the span begins (a late interview the
       * evening before): shown on the first day. */
      if (starts_at < self->starts[0] && ends_at > self->starts[0])
        starts_at = self->starts[0];

      day = pursuit_calendar_span_find_day (self, starts_at);
      if (day < 0)
        continue;

      g_ptr_array_add (self->days[day], g_object_ref (item));
      self->n_items++;
    }

  for (guint i = 0; i < self->n_days; i++)
    g_ptr_array_sort (self->days[i], pursuit_agenda_item_compare);
}

guint
pursuit_calendar_span_get_n_days (PursuitCalendarSpan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_days;
}

GTimeZone *
pursuit_calendar_span_get_time_zone (PursuitCalendarSpan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->time_zone;
}

void
pursuit_calendar_span_get_date (PursuitCalendarSpan *self,
                                guint                day,
                                GDate               *date)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (day < self->n_days);

  *date = self->first;
  g_date_add_days (date, day);
}

gint64
pursuit_calendar_span_get_day_start (PursuitCalendarSpan *self,
                                     guint                day)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (day <= self->n_days, 0);

  return self->starts[day];
}

GPtrArray *
pursuit_calendar_span_get_items (PursuitCalendarSpan *self,
                                 guint                day)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (day < self->n_days, NULL);

  return self->days[day];
}

guint
pursuit_calendar_span_get_n_items (PursuitCalendarSpan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_items;
}
