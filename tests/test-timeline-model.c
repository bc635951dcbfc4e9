/* test-timeline-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "masar-timeline-model.h"

static gint32
jd (int year,
    int month,
    int day)
{
  MasarDate d = { year, month, day };

  return masar_date_to_julian (&d);
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static MasarTimelineModel *
new_model (double width,
           double height)
{
  MasarTimelineModel *model = masar_timeline_model_new ();

  masar_timeline_model_set_size (model, width, height);
  masar_timeline_model_set_lane_mode (model, MASAR_TIMELINE_LANES_NONE);
  return model;
}

static guint
add_day (MasarTimelineModel *model,
         gint32              day,
         MasarEventType      type,
         const char         *label)
{
  return masar_timeline_model_append_item (model, day, day, type, MASAR_MODALITY_ASSERTED,
                                           MASAR_DATE_PRECISION_DAY, 1, label, NULL);
}

static void
test_zoom_clamps (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  guint notified = 0;

  g_signal_connect_swapped (model, "notify::zoom", G_CALLBACK (count_cb), &notified);

  masar_timeline_model_set_zoom (model, 1e9);
  g_assert_cmpfloat (masar_timeline_model_get_zoom (model), ==, MASAR_TIMELINE_ZOOM_MAX);
  g_assert_cmpuint (notified, ==, 1);

  /* Already at the limit: no change, no notification. */
  masar_timeline_model_set_zoom (model, 1e12);
  g_assert_cmpuint (notified, ==, 1);

  masar_timeline_model_set_zoom (model, 0.0);
  g_assert_cmpfloat (masar_timeline_model_get_zoom (model), ==, MASAR_TIMELINE_ZOOM_MIN);
  g_assert_cmpuint (notified, ==, 2);

  masar_timeline_model_zoom_at (model, 1e-6, 500);
  g_assert_cmpfloat (masar_timeline_model_get_zoom (model), ==, MASAR_TIMELINE_ZOOM_MIN);

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_visible_range (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  guint notified = 0;
  double begin = jd (2024, 1, 1);
  double end = jd (2025, 1, 1);

  g_signal_connect_swapped (model, "notify::visible-end", G_CALLBACK (count_cb), &notified);
  masar_timeline_model_set_visible_range (model, begin, end);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_get_visible_begin (model), begin, 1e-6);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_get_visible_end (model), end, 1e-6);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_get_zoom (model), 1000.0 / 366.0, 1e-9);
  g_assert_cmpuint (notified, ==, 1);

  /* A wider view shows more days at the same zoom. */
  masar_timeline_model_set_size (model, 2000, 600);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_get_visible_end (model),
                                  begin + 2 * 366, 1e-6);
  g_assert_cmpuint (notified, ==, 2);

  /* A range narrower than the zoom limit keeps its centre. */
  masar_timeline_model_set_visible_range (model, begin, begin + 0.01);
  g_assert_cmpfloat (masar_timeline_model_get_zoom (model), ==, MASAR_TIMELINE_ZOOM_MAX);
  g_assert_cmpfloat_with_epsilon ((masar_timeline_model_get_visible_begin (model) +
                                   masar_timeline_model_get_visible_end (model)) / 2,
                                  begin + 0.005, 1e-6);

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_zoom_to_fit_outliers (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  gint32 first, last;
  int i;

  /* Twenty events over two months of 2025, and one that mentions 2017. */
  for (i = 0; i < 20; i++)
    add_day (model, jd (2025, 2, 1) + i * 3, MASAR_EVENT_TALKS, "bulk");
  add_day (model, jd (2017, 6, 1), MASAR_EVENT_STATEMENT, "old");

  g_assert_true (masar_timeline_model_get_extent (model, &first, &last));
  g_assert_cmpint (first, ==, jd (2017, 6, 1));
  g_assert_true (masar_timeline_model_get_bulk_extent (model, &first, &last));
  g_assert_cmpint (first, ==, jd (2025, 2, 1));
  g_assert_cmpint (last, ==, jd (2025, 2, 1) + 57);

  masar_timeline_model_zoom_to_fit (model);
  g_assert_cmpfloat (masar_timeline_model_get_visible_begin (model), >, jd (2025, 1, 1));
  g_assert_cmpfloat (masar_timeline_model_get_visible_begin (model), <=, jd (2025, 2, 1));
  g_assert_cmpfloat (masar_timeline_model_get_visible_end (model), >=, jd (2025, 2, 1) + 58);
  g_assert_cmpfloat (masar_timeline_model_get_visible_end (model), <, jd (2025, 5, 1));
  /* The outlier is off to the start, reachable by panning. */
  g_assert_cmpfloat (masar_timeline_model_time_to_x (model, jd (2017, 6, 1)), <, 0);

  /* Fit all shows it. */
  masar_timeline_model_zoom_to_fit_all (model);
  g_assert_cmpfloat (masar_timeline_model_get_visible_begin (model), <=, jd (2017, 6, 1));
  g_assert_cmpfloat (masar_timeline_model_get_visible_end (model), >=, jd (2025, 4, 1));

  /* Filtering the outlier's type away, or adding events that close the gap, leaves
   * nothing to trim: the fit is the whole extent again. */
  masar_timeline_model_set_type_mask (model, 1u << MASAR_EVENT_TALKS);
  g_assert_true (masar_timeline_model_get_bulk_extent (model, &first, &last));
  g_assert_cmpint (first, ==, jd (2025, 2, 1));
  masar_timeline_model_set_type_mask (model, G_MAXUINT);
  for (i = 0; i < 30; i++)
    add_day (model, jd (2017 + i / 4, 1 + 3 * (i % 4), 15), MASAR_EVENT_STATEMENT, "spread");
  g_assert_true (masar_timeline_model_get_bulk_extent (model, &first, &last));
  g_assert_cmpint (first, ==, jd (2017, 1, 15));
  g_assert_cmpint (last, ==, jd (2025, 2, 1) + 57);

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_zoom_to_fit_small (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  gint32 first, last;

  /* Three events: too few to call any an outlier. */
  add_day (model, jd (2010, 1, 1), MASAR_EVENT_TALKS, NULL);
  add_day (model, jd (2025, 1, 1), MASAR_EVENT_TALKS, NULL);
  add_day (model, jd (2025, 1, 2), MASAR_EVENT_TALKS, NULL);
  g_assert_true (masar_timeline_model_get_bulk_extent (model, &first, &last));
  g_assert_cmpint (first, ==, jd (2010, 1, 1));
  g_assert_cmpint (last, ==, jd (2025, 1, 2));

  /* Outliers at both ends of a large set: at most a tenth go at each end. */
  masar_timeline_model_clear (model);
  {
    int i;

    for (i = 0; i < 1000; i++)
      add_day (model, jd (2024, 1, 1) + i % 365, MASAR_EVENT_CALL, NULL);
    for (i = 0; i < 5; i++)
      add_day (model, jd (1990 + i, 1, 1), MASAR_EVENT_CALL, NULL);
    for (i = 0; i < 5; i++)
      add_day (model, jd (2040 + i, 1, 1), MASAR_EVENT_CALL, NULL);
    g_assert_true (masar_timeline_model_get_bulk_extent (model, &first, &last));
    g_assert_cmpint (first, ==, jd (2024, 1, 1));
    g_assert_cmpint (last, ==, jd (2024, 1, 1) + 364);

    /* 150 events far before the rest are more than a tenth: a group, which the fit keeps. */
    for (i = 0; i < 150; i++)
      add_day (model, jd (1980, 1, 1) + i, MASAR_EVENT_CALL, NULL);
    g_assert_true (masar_timeline_model_get_bulk_extent (model, &first, &last));
    g_assert_cmpint (first, ==, jd (1980, 1, 1));
  }

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_pan (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  double begin;

  masar_timeline_model_set_visible_range (model, jd (2024, 1, 1), jd (2024, 1, 1) + 100);
  begin = masar_timeline_model_get_visible_begin (model);

  /* Dragging the drawing to the right shows earlier days in LTR … */
  masar_timeline_model_pan (model, 100);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_get_visible_begin (model), begin - 10, 1e-6);

  /* … and later days in RTL, where time runs to the left. */
  masar_timeline_model_set_rtl (model, TRUE);
  masar_timeline_model_pan (model, 100);
  masar_timeline_model_pan (model, 100);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_get_visible_begin (model), begin + 10, 1e-6);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_get_zoom (model), 10.0, 1e-9);

  g_assert_finalize_object (g_steal_pointer (&model));
}

/* Revealing an item pans (keeping the zoom) so that it sits inside the visible range with
 * a margin; an item already inside, or undated, does not move the view. */
static void
test_reveal (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  guint early, inside, late, span, undated;
  double begin, end, zoom, margin;

  early = add_day (model, jd (2022, 3, 29), MASAR_EVENT_TALKS, "early");
  inside = add_day (model, jd (2025, 5, 16), MASAR_EVENT_TALKS, "inside");
  late = add_day (model, jd (2025, 12, 20), MASAR_EVENT_CALL, "late");
  span = masar_timeline_model_append_item (model, jd (2025, 9, 10), jd (2025, 9, 29),
                                           MASAR_EVENT_CEASEFIRE, MASAR_MODALITY_ASSERTED,
                                           MASAR_DATE_PRECISION_DAY, 1, "span", NULL);
  undated = masar_timeline_model_append_item (model, 0, 0, MASAR_EVENT_STATEMENT,
                                              MASAR_MODALITY_ASSERTED, MASAR_DATE_PRECISION_NONE,
                                              1, "undated", NULL);

  /* 100 days from 2025-04-01: 10 px per day, a margin of 10 days. */
  masar_timeline_model_set_visible_range (model, jd (2025, 4, 1), jd (2025, 4, 1) + 100);
  zoom = masar_timeline_model_get_zoom (model);
  begin = masar_timeline_model_get_visible_begin (model);
  margin = 10.0;

  /* Inside: nothing moves. */
  g_assert_false (masar_timeline_model_get_reveal_begin (model, inside, NULL));
  g_assert_false (masar_timeline_model_reveal (model, inside));
  g_assert_cmpfloat (masar_timeline_model_get_visible_begin (model), ==, begin);

  /* Undated: nothing to show in the range. */
  g_assert_false (masar_timeline_model_reveal (model, undated));
  g_assert_cmpfloat (masar_timeline_model_get_visible_begin (model), ==, begin);

  /* Three years earlier: the view pans back, the item a margin from the start. */
  g_assert_true (masar_timeline_model_reveal (model, early));
  begin = masar_timeline_model_get_visible_begin (model);
  end = masar_timeline_model_get_visible_end (model);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_get_zoom (model), zoom, 1e-9);
  g_assert_cmpfloat_with_epsilon (end - begin, 100.0, 1e-6);
  g_assert_cmpfloat (jd (2022, 3, 29), >=, begin + margin - 1e-6);
  g_assert_cmpfloat (jd (2022, 3, 29) + 1, <=, end - margin + 1e-6);
  g_assert_cmpfloat_with_epsilon (begin, jd (2022, 3, 29) - margin, 1e-6);
  /* Revealing it again does not move. */
  g_assert_false (masar_timeline_model_reveal (model, early));

  /* Later: the view pans forward, the item's day a margin from the end. */
  g_assert_true (masar_timeline_model_reveal (model, late));
  begin = masar_timeline_model_get_visible_begin (model);
  end = masar_timeline_model_get_visible_end (model);
  g_assert_cmpfloat_with_epsilon (end - begin, 100.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (end, jd (2025, 12, 20) + 1 + margin, 1e-6);

  /* A span that fits comes in whole. */
  g_assert_true (masar_timeline_model_reveal (model, span));
  begin = masar_timeline_model_get_visible_begin (model);
  end = masar_timeline_model_get_visible_end (model);
  g_assert_cmpfloat (jd (2025, 9, 10), >=, begin + margin - 1e-6);
  g_assert_cmpfloat (jd (2025, 9, 29) + 1, <=, end - margin + 1e-6);

  /* RTL draws time the other way but the range is in days: same rule. */
  masar_timeline_model_set_rtl (model, TRUE);
  g_assert_true (masar_timeline_model_reveal (model, early));
  begin = masar_timeline_model_get_visible_begin (model);
  g_assert_cmpfloat_with_epsilon (begin, jd (2022, 3, 29) - margin, 1e-6);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_get_zoom (model), zoom, 1e-9);

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_time_to_x (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (800, 600);
  double begin = jd (2023, 6, 1);
  double x;

  masar_timeline_model_set_visible_range (model, begin, begin + 80);

  g_assert_cmpfloat_with_epsilon (masar_timeline_model_time_to_x (model, begin), 0, 1e-6);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_time_to_x (model, begin + 10), 100, 1e-6);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_x_to_time (model, 250), begin + 25, 1e-6);

  masar_timeline_model_set_rtl (model, TRUE);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_time_to_x (model, begin), 800, 1e-6);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_time_to_x (model, begin + 10), 700, 1e-6);
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_x_to_time (model, 250), begin + 55, 1e-6);

  /* Zooming around the pointer keeps the day under it, in both directions. */
  x = 300;
  {
    double day = masar_timeline_model_x_to_time (model, x);

    masar_timeline_model_zoom_at (model, 2.5, x);
    g_assert_cmpfloat_with_epsilon (masar_timeline_model_get_zoom (model), 25, 1e-9);
    g_assert_cmpfloat_with_epsilon (masar_timeline_model_time_to_x (model, day), x, 1e-6);

    masar_timeline_model_set_rtl (model, FALSE);
    day = masar_timeline_model_x_to_time (model, x);
    masar_timeline_model_zoom_at (model, 0.5, x);
    g_assert_cmpfloat_with_epsilon (masar_timeline_model_time_to_x (model, day), x, 1e-6);
  }

  g_assert_finalize_object (g_steal_pointer (&model));
}

typedef struct
{
  guint n_marks;
  guint n_clusters;
  guint total;
  guint biggest;
} MarkCount;

static gboolean
count_mark_cb (const MasarTimelineMark *mark,
               gpointer                 user_data)
{
  MarkCount *count = user_data;

  count->n_marks++;
  count->total += mark->count;
  if (mark->count > 1)
    count->n_clusters++;
  count->biggest = MAX (count->biggest, mark->count);
  g_assert_cmpfloat (mark->x0, <=, mark->x1);
  return TRUE;
}

static void
test_lod_buckets (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  /* A day that is a multiple of 1024, so coarse buckets are aligned with it. */
  gint32 day = (jd (2024, 1, 1) / 1024) * 1024;
  MarkCount count = { 0, };
  guint i;

  for (i = 0; i < 100; i++)
    add_day (model, day, MASAR_EVENT_TALKS, NULL);
  add_day (model, day + 1, MASAR_EVENT_CALL, NULL);
  add_day (model, day + 2000, MASAR_EVENT_AID, NULL);

  /* 0.1 px/day: buckets of 512 days (at least 28 px); the 101 close events form one
   * cluster. */
  masar_timeline_model_set_visible_range (model, day - 1000, day + 9000);
  g_assert_cmpuint (masar_timeline_model_get_lod_level (model), ==, 9);
  masar_timeline_model_foreach_mark (model, -10, 1010, count_mark_cb, &count);
  g_assert_cmpuint (count.n_marks, ==, 2);
  g_assert_cmpuint (count.n_clusters, ==, 1);
  g_assert_cmpuint (count.biggest, ==, 101);
  g_assert_cmpuint (count.total, ==, 102);

  /* 50 px/day: one bucket per day; the day of 100 events is stacked in rows, the last
   * row holding a cluster of the rest. No event is lost. */
  memset (&count, 0, sizeof count);
  masar_timeline_model_set_visible_range (model, day - 5, day + 15);
  g_assert_cmpuint (masar_timeline_model_get_lod_level (model), ==, 0);
  masar_timeline_model_foreach_mark (model, 0, 1000, count_mark_cb, &count);
  g_assert_cmpuint (count.total, ==, 101);
  g_assert_cmpuint (count.n_clusters, ==, 1);
  g_assert_cmpuint (count.n_marks, >, 2);
  g_assert_cmpuint (count.biggest, ==, 100 - (count.n_marks - 2));

  /* Out of view, nothing is walked. */
  memset (&count, 0, sizeof count);
  masar_timeline_model_set_visible_range (model, day + 3000, day + 3100);
  masar_timeline_model_foreach_mark (model, 0, 1000, count_mark_cb, &count);
  g_assert_cmpuint (count.n_marks, ==, 0);

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
check_hit_test (gboolean rtl)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  gint32 day = jd (2025, 3, 10);
  MasarTimelineHit hit;
  guint a, b;
  double xa, ya, xb, yb;

  masar_timeline_model_set_rtl (model, rtl);
  a = add_day (model, day, MASAR_EVENT_TALKS, "محادثات");
  b = add_day (model, day + 5, MASAR_EVENT_CALL, "اتصال");
  masar_timeline_model_set_visible_range (model, day - 20, day + 30);

  g_assert_true (masar_timeline_model_get_item_position (model, a, &xa, &ya));
  g_assert_true (masar_timeline_model_get_item_position (model, b, &xb, &yb));
  g_assert_cmpfloat_with_epsilon (xa, masar_timeline_model_time_to_x (model, day + 0.5), 1e-6);
  if (rtl)
    g_assert_cmpfloat (xb, <, xa);
  else
    g_assert_cmpfloat (xb, >, xa);

  g_assert_true (masar_timeline_model_hit_test (model, xa + 1, ya - 1, &hit));
  g_assert_cmpint (hit.kind, ==, MASAR_TIMELINE_HIT_ITEM);
  g_assert_cmpuint (hit.item, ==, a);
  g_assert_cmpuint (hit.lane, ==, 0);

  g_assert_true (masar_timeline_model_hit_test (model, xb, yb, &hit));
  g_assert_cmpuint (hit.item, ==, b);

  /* Halfway between the two (50 px apart) is empty. */
  g_assert_false (masar_timeline_model_hit_test (model, (xa + xb) / 2, ya, &hit));
  g_assert_cmpint (hit.kind, ==, MASAR_TIMELINE_HIT_NONE);

  g_assert_false (masar_timeline_model_hit_test (model, xa, 5, &hit));
  g_assert_cmpint (hit.kind, ==, MASAR_TIMELINE_HIT_AXIS);

  g_assert_finalize_object (g_steal_pointer (&model));
}

static gboolean
collect_disc_cb (const MasarTimelineMark *mark,
                 gpointer                 user_data)
{
  GArray *marks = user_data;

  if (mark->count > 1 || mark->x1 - mark->x0 <= 1.0)
    g_array_append_val (marks, *mark);
  return TRUE;
}

static int
compare_mark_x (gconstpointer a,
                gconstpointer b)
{
  const MasarTimelineMark *ma = a;
  const MasarTimelineMark *mb = b;
  double xa = ma->lane * 1e7 + (ma->x0 + ma->x1) / 2;
  double xb = mb->lane * 1e7 + (mb->x0 + mb->x1) / 2;

  return (xa > xb) - (xa < xb);
}

static void
check_no_overlap (MasarTimelineModel *model,
                  gboolean            rtl)
{
  static const double zooms[] = { 0.02, 0.07, 0.3, 0.9, 2.5, 6.0, 13.0, 27.0 };
  guint z;

  masar_timeline_model_set_rtl (model, rtl);
  for (z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (MasarTimelineMark));
      MarkCount count = { 0, };
      double begin = jd (2024, 12, 1) + z * 3.3;
      guint i;

      masar_timeline_model_set_visible_range (model, begin, begin + 1000 / zooms[z]);
      masar_timeline_model_foreach_mark (model, 0, 1000, collect_disc_cb, marks);
      g_assert_cmpuint (marks->len, >, 0);
      g_array_sort (marks, compare_mark_x);
      for (i = 0; i + 1 < marks->len; i++)
        {
          const MasarTimelineMark *a = &g_array_index (marks, MasarTimelineMark, i);
          const MasarTimelineMark *b = &g_array_index (marks, MasarTimelineMark, i + 1);
          double gap;

          if (a->lane != b->lane || a->row != b->row)
            continue;
          gap = (b->x0 + b->x1) / 2 - (a->x0 + a->x1) / 2;
          g_assert_cmpfloat (gap, >=, masar_timeline_mark_get_radius (a) +
                                      masar_timeline_mark_get_radius (b));
          /* A cluster's band stays clear of the next disc too. */
          g_assert_cmpfloat (a->x1, <=, (b->x0 + b->x1) / 2 - masar_timeline_mark_get_radius (b));
        }

      /* Every event of the view is still counted once (the view holds whole days). */
      masar_timeline_model_set_visible_range (model, jd (2024, 1, 1), jd (2026, 1, 1));
      masar_timeline_model_foreach_mark (model, -100, 1100, count_mark_cb, &count);
      g_assert_cmpuint (count.total, ==, masar_timeline_model_get_n_filtered (model));
    }
}

static void
test_lod_no_overlap (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  guint i;

  /* Bursts of events on most days of 2025, in two lanes, with up to 300 a day. */
  masar_timeline_model_set_lane_mode (model, MASAR_TIMELINE_LANES_TYPE);
  for (i = 0; i < 4000; i++)
    {
      guint32 h = i * 2654435761u;
      gint32 day = jd (2025, 1, 1) + (h >> 8) % 365;

      if (i % 7 == 0)
        day = jd (2025, 5, 17);
      add_day (model, day, i % 3 == 0 ? MASAR_EVENT_CALL : MASAR_EVENT_TALKS, NULL);
    }

  check_no_overlap (model, FALSE);
  check_no_overlap (model, TRUE);

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_hit_test_ltr (void)
{
  check_hit_test (FALSE);
}

static void
test_hit_test_rtl (void)
{
  check_hit_test (TRUE);
}

static void
test_filters (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  const char *putin_trump[] = { "putin", "trump", NULL };
  const char *zelensky[] = { "zelensky", NULL };
  gint32 day = jd (2025, 5, 1);
  guint notified = 0;

  masar_timeline_model_append_item (model, day, day, MASAR_EVENT_CALL, MASAR_MODALITY_ASSERTED,
                                    MASAR_DATE_PRECISION_DAY, 2, "اتصال بين ترامب وبوتين",
                                    putin_trump);
  masar_timeline_model_append_item (model, day + 1, day + 1, MASAR_EVENT_PROPOSAL,
                                    MASAR_MODALITY_PROPOSED, MASAR_DATE_PRECISION_DAY, 1,
                                    "مقترح لوقف إطلاق النار في أوكرانيا", zelensky);
  masar_timeline_model_append_item (model, day + 2, day + 2, MASAR_EVENT_REJECTION,
                                    MASAR_MODALITY_DENIED, MASAR_DATE_PRECISION_DAY, 1,
                                    "رفض الكرملين", NULL);
  masar_timeline_model_set_actor_name (model, "zelensky", "فولوديمير زيلينسكي");
  g_signal_connect_swapped (model, "changed", G_CALLBACK (count_cb), &notified);

  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, 3);

  masar_timeline_model_set_type_mask (model, 1u << MASAR_EVENT_CALL | 1u << MASAR_EVENT_REJECTION);
  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, 2);
  g_assert_false (masar_timeline_model_item_is_filtered (model, 1));
  g_assert_cmpuint (notified, ==, 1);

  masar_timeline_model_set_modality_mask (model, 1u << MASAR_MODALITY_DENIED);
  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, 1);
  g_assert_true (masar_timeline_model_item_is_filtered (model, 2));

  masar_timeline_model_set_type_mask (model, G_MAXUINT);
  masar_timeline_model_set_modality_mask (model, G_MAXUINT);
  masar_timeline_model_set_actor_filter (model, "putin");
  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, 1);
  g_assert_true (masar_timeline_model_item_is_filtered (model, 0));
  masar_timeline_model_set_actor_filter (model, "nobody");
  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, 0);
  masar_timeline_model_set_actor_filter (model, NULL);

  /* Arabic-folded search: hamza on alef, teh marbuta, another spelling of the name. */
  masar_timeline_model_set_search_text (model, "اوكرانيا");
  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, 1);
  g_assert_true (masar_timeline_model_item_is_filtered (model, 1));
  masar_timeline_model_set_search_text (model, "ترمب");
  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, 1);
  g_assert_true (masar_timeline_model_item_is_filtered (model, 0));
  masar_timeline_model_set_search_text (model, "اطلاق");
  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, 1);
  /* Actor names are searched too. */
  masar_timeline_model_set_search_text (model, "زيلينسكى");
  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, 1);
  g_assert_true (masar_timeline_model_item_is_filtered (model, 1));
  masar_timeline_model_set_search_text (model, "لا يوجد");
  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, 0);
  masar_timeline_model_set_search_text (model, "");
  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, 3);

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_actor_lanes (void)
{
  g_autoptr(MasarTimelineModel) model = masar_timeline_model_new ();
  const char *both[] = { "putin", "trump", NULL };
  const char *putin[] = { "putin", NULL };
  const char *other[] = { "erdogan", NULL };
  gint32 day = jd (2025, 8, 15);
  guint lanes[4];
  guint item;
  guint i;

  masar_timeline_model_set_size (model, 1000, 600);
  item = masar_timeline_model_append_item (model, day, day, MASAR_EVENT_TALKS,
                                           MASAR_MODALITY_ASSERTED, MASAR_DATE_PRECISION_DAY,
                                           3, "قمة ألاسكا", both);
  masar_timeline_model_append_item (model, day + 3, day + 3, MASAR_EVENT_STATEMENT,
                                    MASAR_MODALITY_ASSERTED, MASAR_DATE_PRECISION_DAY, 1,
                                    NULL, putin);
  masar_timeline_model_append_item (model, day + 4, day + 4, MASAR_EVENT_STATEMENT,
                                    MASAR_MODALITY_ASSERTED, MASAR_DATE_PRECISION_DAY, 1,
                                    NULL, other);
  masar_timeline_model_set_actor_name (model, "putin", "فلاديمير بوتين");

  g_assert_cmpint (masar_timeline_model_get_lane_mode (model), ==, MASAR_TIMELINE_LANES_ACTOR);
  g_assert_cmpuint (masar_timeline_model_get_n_lanes (model), ==, 3);
  /* Busiest actor first, with its display name. */
  g_assert_cmpstr (masar_timeline_model_get_lane_name (model, 0), ==, "فلاديمير بوتين");
  g_assert_cmpuint (masar_timeline_model_get_lane_n_items (model, 0), ==, 2);
  g_assert_cmpuint (masar_timeline_model_get_item_lanes (model, item, lanes, 4), ==, 2);

  /* With two lanes at most, the rest share "other actors". */
  masar_timeline_model_set_max_lanes (model, 2);
  g_assert_cmpuint (masar_timeline_model_get_n_lanes (model), ==, 2);
  g_assert_cmpuint (masar_timeline_model_get_lane_n_items (model, 1), ==, 1);

  masar_timeline_model_set_lane_mode (model, MASAR_TIMELINE_LANES_TYPE);
  g_assert_cmpuint (masar_timeline_model_get_n_lanes (model), ==, 2);
  masar_timeline_model_set_lane_mode (model, MASAR_TIMELINE_LANES_NONE);
  g_assert_cmpuint (masar_timeline_model_get_n_lanes (model), ==, 1);

  /* Lanes stack without overlap below the axis; collapsing one shrinks it. */
  masar_timeline_model_set_lane_mode (model, MASAR_TIMELINE_LANES_ACTOR);
  masar_timeline_model_set_max_lanes (model, 12);
  for (i = 0; i + 1 < masar_timeline_model_get_n_lanes (model); i++)
    {
      double y0, h0, y1;

      masar_timeline_model_get_lane_geometry (model, i, &y0, &h0);
      masar_timeline_model_get_lane_geometry (model, i + 1, &y1, NULL);
      g_assert_cmpfloat_with_epsilon (y0 + h0, y1, 1e-9);
    }
  {
    double h_open, h_closed;

    masar_timeline_model_get_lane_geometry (model, 0, NULL, &h_open);
    masar_timeline_model_set_lane_collapsed (model, 0, TRUE);
    masar_timeline_model_get_lane_geometry (model, 0, NULL, &h_closed);
    g_assert_cmpfloat (h_closed, <, h_open);
    g_assert_true (masar_timeline_model_get_lane_collapsed (model, 0));
  }

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_undated (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  MasarTimelineHit hit;
  double x, y, strip_y, strip_h;
  guint undated;

  add_day (model, jd (2025, 1, 1), MASAR_EVENT_TALKS, NULL);
  undated = masar_timeline_model_append_item (model, 0, 0, MASAR_EVENT_STATEMENT,
                                              MASAR_MODALITY_ASSERTED,
                                              MASAR_DATE_PRECISION_NONE, 1, "بلا تاريخ", NULL);

  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, 2);
  g_assert_cmpuint (masar_timeline_model_get_n_undated (model), ==, 1);
  masar_timeline_model_get_undated_geometry (model, &strip_y, &strip_h);
  g_assert_cmpfloat (strip_h, >, 0);

  g_assert_true (masar_timeline_model_get_item_position (model, undated, &x, &y));
  g_assert_cmpfloat (y, >=, strip_y);
  g_assert_true (masar_timeline_model_hit_test (model, x, y, &hit));
  g_assert_cmpuint (hit.item, ==, undated);

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_navigation (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  gint32 day = jd (2025, 2, 1);
  guint c = add_day (model, day + 20, MASAR_EVENT_TALKS, NULL);
  guint a = add_day (model, day, MASAR_EVENT_TALKS, NULL);
  guint b = add_day (model, day + 10, MASAR_EVENT_TALKS, NULL);
  guint far = add_day (model, day + 3000, MASAR_EVENT_TALKS, NULL);

  masar_timeline_model_set_visible_range (model, day - 5, day + 50);

  g_assert_true (masar_timeline_model_select_adjacent (model, 1));
  g_assert_cmpuint (masar_timeline_model_get_selected (model), ==, a);
  g_assert_true (masar_timeline_model_select_adjacent (model, 1));
  g_assert_cmpuint (masar_timeline_model_get_selected (model), ==, b);
  g_assert_true (masar_timeline_model_select_adjacent (model, 1));
  g_assert_cmpuint (masar_timeline_model_get_selected (model), ==, c);
  g_assert_true (masar_timeline_model_select_adjacent (model, -1));
  g_assert_cmpuint (masar_timeline_model_get_selected (model), ==, b);

  /* The last one is far away: selecting it scrolls it into view. */
  g_assert_true (masar_timeline_model_select_last (model));
  g_assert_cmpuint (masar_timeline_model_get_selected (model), ==, far);
  g_assert_cmpfloat (masar_timeline_model_get_visible_begin (model), <=, day + 3000);
  g_assert_cmpfloat (masar_timeline_model_get_visible_end (model), >=, day + 3001);
  g_assert_false (masar_timeline_model_select_adjacent (model, 1));

  g_assert_true (masar_timeline_model_select_first (model));
  g_assert_cmpuint (masar_timeline_model_get_selected (model), ==, a);
  g_assert_false (masar_timeline_model_select_adjacent (model, -1));

  /* Filtering the selection away clears it. */
  masar_timeline_model_set_type_mask (model, 0);
  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, 0);
  g_assert_cmpuint (masar_timeline_model_get_selected (model), ==, G_MAXUINT);

  g_assert_finalize_object (g_steal_pointer (&model));
}

static gboolean
has_char_in_range (const char *s,
                   gunichar    lo,
                   gunichar    hi)
{
  for (; *s != '\0'; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);

      if (c >= lo && c <= hi)
        return TRUE;
    }
  return FALSE;
}

static void
test_ticks (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1200, 600);
  g_autoptr(GArray) ticks = NULL;
  g_autofree char *label = NULL;
  guint majors = 0;
  guint i;

  /* Ten years over 1200 px: yearly labels. */
  masar_timeline_model_set_locale (model, "en_US");
  masar_timeline_model_set_visible_range (model, jd (2016, 1, 1), jd (2026, 1, 1));
  ticks = masar_timeline_model_get_ticks (model, jd (2016, 1, 1), jd (2026, 1, 1), FALSE);
  for (i = 0; i < ticks->len; i++)
    {
      MasarTimelineTick *t = &g_array_index (ticks, MasarTimelineTick, i);

      if (!t->major)
        continue;
      majors++;
      g_assert_nonnull (t->label);
      g_assert_true (g_ascii_isdigit (t->label[0]));
    }
  g_assert_cmpuint (majors, >=, 5);
  g_assert_cmpuint (majors, <=, 11);
  g_clear_pointer (&ticks, g_array_unref);

  /* Two weeks: day labels with the month's name. */
  masar_timeline_model_set_visible_range (model, jd (2025, 3, 1), jd (2025, 3, 15));
  ticks = masar_timeline_model_get_ticks (model, jd (2025, 3, 1), jd (2025, 3, 15), FALSE);
  g_assert_cmpuint (ticks->len, >=, 10);
  g_clear_pointer (&ticks, g_array_unref);
  label = masar_timeline_model_format_day (model, jd (2025, 3, 9), MASAR_DATE_PRECISION_DAY, FALSE);
  g_assert_nonnull (strstr (label, "Mar"));
  g_clear_pointer (&label, g_free);

  /* Arabic: Arabic month names and Arabic-Indic digits. */
  masar_timeline_model_set_locale (model, "ar");
  label = masar_timeline_model_format_day (model, jd (2025, 3, 9), MASAR_DATE_PRECISION_DAY, FALSE);
  g_assert_true (has_char_in_range (label, 0x0660, 0x0669));
  g_assert_nonnull (strstr (label, "مارس"));
  g_clear_pointer (&label, g_free);

  /* Hijri: 9 March 2025 fell in Ramadan 1446. */
  label = masar_timeline_model_format_day (model, jd (2025, 3, 9), MASAR_DATE_PRECISION_MONTH, TRUE);
  g_assert_nonnull (strstr (label, "رمضان"));
  g_clear_pointer (&label, g_free);

  masar_timeline_model_set_visible_range (model, jd (2016, 1, 1), jd (2026, 1, 1));
  ticks = masar_timeline_model_get_ticks (model, jd (2016, 1, 1), jd (2026, 1, 1), TRUE);
  for (i = 0; i < ticks->len; i++)
    {
      MasarTimelineTick *t = &g_array_index (ticks, MasarTimelineTick, i);

      if (t->major)
        g_assert_nonnull (strstr (t->label, "·"));
    }

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_brush (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  guint notified = 0;

  g_signal_connect_swapped (model, "notify::brush-begin", G_CALLBACK (count_cb), &notified);
  masar_timeline_model_set_brush (model, 739000, 738900);
  g_assert_cmpfloat (masar_timeline_model_get_brush_begin (model), ==, 738900);
  g_assert_cmpfloat (masar_timeline_model_get_brush_end (model), ==, 739000);
  g_assert_cmpuint (notified, ==, 1);
  masar_timeline_model_clear_brush (model);
  g_assert_cmpfloat (masar_timeline_model_get_brush_begin (model), ==, 0);
  g_assert_cmpuint (notified, ==, 2);

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_event_set (void)
{
  g_autoptr(MasarTimelineModel) model = masar_timeline_model_new ();
  g_autoptr(MasarEventSet) set = masar_event_set_new ();
  g_autoptr(MasarEvent) talks = masar_event_new ("e1", MASAR_EVENT_TALKS);
  g_autoptr(MasarEvent) spring = masar_event_new ("e2", MASAR_EVENT_PROPOSAL);
  MasarActor *putin = masar_actor_new ("putin", MASAR_ACTOR_PERSON, "فلاديمير بوتين",
                                        "Vladimir Putin", "RUS", "russia");
  g_autoptr(MasarEvent) back = NULL;
  g_autoptr(GListModel) visible = NULL;
  MasarDate d1 = { 2025, 12, 2 };
  MasarDate may = { 2025, 5, 0 };
  MasarDate june = { 2025, 6, 0 };
  MasarDate none = MASAR_DATE_INIT;
  gint32 start, end;

  masar_event_set_date (talks, &d1, &none, MASAR_DATE_BASIS_EXPLICIT);
  masar_event_set_label (talks, "محادثات بوتين وويتكوف");
  masar_event_add_actor (talks, "putin", MASAR_ROLE_PARTICIPANT);
  masar_event_add_actor (talks, "witkoff", MASAR_ROLE_PARTICIPANT);
  masar_event_add_source (talks, "a1", 10, 20, "نص");
  masar_event_add_source (talks, "a2", 30, 40, "نص");
  masar_event_set_date (spring, &may, &june, MASAR_DATE_BASIS_EXPLICIT);
  masar_event_set_add_actor (set, putin);
  masar_actor_free (putin);

  masar_timeline_model_set_size (model, 1000, 600);
  masar_timeline_model_set_events (model, set);
  g_assert_cmpuint (masar_timeline_model_get_n_items (model), ==, 0);

  masar_event_set_add_event (set, talks);
  masar_event_set_add_event (set, spring);
  g_assert_cmpuint (masar_timeline_model_get_n_items (model), ==, 2);
  g_assert_cmpstr (masar_timeline_model_get_item_label (model, 0), ==, "محادثات بوتين وويتكوف");
  g_assert_cmpuint (masar_timeline_model_get_item_n_sources (model, 0), ==, 2);
  g_assert_cmpstr (masar_timeline_model_get_lane_name (model, 0), ==, "فلاديمير بوتين");

  /* A span of months covers May 1 to June 30. */
  masar_timeline_model_get_item_days (model, 1, &start, &end);
  g_assert_cmpint (start, ==, jd (2025, 5, 1));
  g_assert_cmpint (end, ==, jd (2025, 6, 30));
  g_assert_cmpint (masar_timeline_model_get_item_precision (model, 1), ==, MASAR_DATE_PRECISION_MONTH);

  back = masar_timeline_model_get_item_event (model, 0);
  g_assert_true (back == talks);

  /* The equivalent list follows the view once the main loop runs. */
  visible = masar_timeline_model_get_visible_events (model);
  masar_timeline_model_set_visible_range (model, jd (2025, 11, 1), jd (2026, 1, 1));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  masar_timeline_model_set_visible_range (model, jd (2025, 1, 1), jd (2026, 1, 1));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);

  g_clear_object (&visible);
  masar_timeline_model_set_events (model, NULL);
  g_assert_cmpuint (masar_timeline_model_get_n_items (model), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_summary (void)
{
  g_autoptr(MasarTimelineModel) model = new_model (1000, 600);
  g_autofree char *summary = NULL;

  masar_timeline_model_set_locale (model, "en_US");
  add_day (model, jd (2022, 2, 24), MASAR_EVENT_MILITARY, NULL);
  add_day (model, jd (2025, 8, 15), MASAR_EVENT_TALKS, NULL);
  summary = masar_timeline_model_dup_summary (model);
  g_assert_cmpstr (summary, ==, "2 events, 2022–2025");

  g_assert_finalize_object (g_steal_pointer (&model));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/timeline-model/zoom-clamps", test_zoom_clamps);
  g_test_add_func ("/masar/timeline-model/visible-range", test_visible_range);
  g_test_add_func ("/masar/timeline-model/pan", test_pan);
  g_test_add_func ("/masar/timeline-model/reveal", test_reveal);
  g_test_add_func ("/masar/timeline-model/zoom-to-fit-outliers", test_zoom_to_fit_outliers);
  g_test_add_func ("/masar/timeline-model/zoom-to-fit-small", test_zoom_to_fit_small);
  g_test_add_func ("/masar/timeline-model/time-to-x", test_time_to_x);
  g_test_add_func ("/masar/timeline-model/lod-buckets", test_lod_buckets);
  g_test_add_func ("/masar/timeline-model/lod-no-overlap", test_lod_no_overlap);
  g_test_add_func ("/masar/timeline-model/hit-test-ltr", test_hit_test_ltr);
  g_test_add_func ("/masar/timeline-model/hit-test-rtl", test_hit_test_rtl);
  g_test_add_func ("/masar/timeline-model/filters", test_filters);
  g_test_add_func ("/masar/timeline-model/actor-lanes", test_actor_lanes);
  g_test_add_func ("/masar/timeline-model/undated", test_undated);
  g_test_add_func ("/masar/timeline-model/navigation", test_navigation);
  g_test_add_func ("/masar/timeline-model/ticks", test_ticks);
  g_test_add_func ("/masar/timeline-model/brush", test_brush);
  g_test_add_func ("/masar/timeline-model/event-set", test_event_set);
  g_test_add_func ("/masar/timeline-model/summary", test_summary);

  return g_test_run ();
}
