/* bench-timeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * masar-bench timeline: frame times of a scripted pan/zoom rendered offscreen with the
 * cairo renderer at 1920×1080, and the memory per event, for synthetic event sets.
 *
 *   masar-bench timeline [--sizes 10000,100000,1000000] [--frames 240]
 *   masar-bench timeline --png OUT.png [--events FILE.json] [--rtl] [--locale ar]
 *                        [--width W] [--height H] [--lanes none|type|actor] [--hijri]
 *
 * The second form draws one picture (synthetic events, or an events file) to look at.
 */

#include "config.h"

#include <malloc.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gtk/gtk.h>

#include "masar-bench.h"
#include "masar-timeline.h"

#define WIDTH  1920
#define HEIGHT 1080

static const char *labels[] = {
  "محادثات بين الوفدين الروسي والأوكراني في إسطنبول",
  "اتصال هاتفي بين الرئيسين حول وقف إطلاق النار",
  "مقترح أمريكي من ثماني وعشرين نقطة",
  "تبادل للأسرى بوساطة إماراتية",
  "الكرملين يرفض الهدنة المؤقتة",
  "عقوبات جديدة على قطاع الطاقة",
};

static const char *actor_ids[] = {
  "putin", "zelensky", "trump", "witkoff", "lavrov", "rubio", "erdogan", "macron",
  "starmer", "merz", "peskov", "umerov", "medinsky", "kellogg", "vance", "erdogan-fidan",
  "un", "eu", "nato", "uae",
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

static double
percentile (GArray *values,
            double  p)
{
  g_autoptr(GArray) sorted = g_array_copy (values);
  guint index;

  if (sorted->len == 0)
    return 0;
  g_array_sort (sorted, compare_doubles);
  index = (guint) MIN (sorted->len - 1, floor (p * (sorted->len - 1) + 0.5));
  return g_array_index (sorted, double, index);
}

static void
fill_synthetic (MasarTimelineModel *model,
                guint               n,
                gboolean            bursty,
                GRand              *rand)
{
  gint32 first = 736330;   /* 2017-01-01 */
  gint32 range = 3287;     /* nine years */
  gint32 burst_start = first + range / 2;
  gint32 burst_len = MAX (range / 100, 1);
  guint i;

  for (i = 0; i < n; i++)
    {
      const char *actors[3] = { NULL, NULL, NULL };
      gint32 day;
      gint32 end;
      MasarDatePrecision precision = MASAR_DATE_PRECISION_DAY;
      guint r = g_rand_int_range (rand, 0, 100);

      if (bursty && g_rand_int_range (rand, 0, 10) < 9)
        day = burst_start + g_rand_int_range (rand, 0, burst_len);
      else
        day = first + g_rand_int_range (rand, 0, range);
      end = day;
      if (r < 3)
        {
          precision = MASAR_DATE_PRECISION_MONTH;
          end = day + 29;
        }
      else if (r < 5)
        end = day + g_rand_int_range (rand, 1, 60);
      else if (r < 7)
        day = end = 0;

      actors[0] = actor_ids[g_rand_int_range (rand, 0, G_N_ELEMENTS (actor_ids))];
      if (g_rand_boolean (rand))
        actors[1] = actor_ids[g_rand_int_range (rand, 0, G_N_ELEMENTS (actor_ids))];

      masar_timeline_model_append_item (model, day, end,
                                        g_rand_int_range (rand, 0, MASAR_N_EVENT_TYPES),
                                        g_rand_int_range (rand, 0, MASAR_N_MODALITIES),
                                        day == 0 ? MASAR_DATE_PRECISION_NONE : precision,
                                        g_rand_int_range (rand, 1, 5),
                                        labels[g_rand_int_range (rand, 0, G_N_ELEMENTS (labels))],
                                        actors);
    }
}

typedef struct
{
  guint   events;
  gboolean bursty;
  double  p50;
  double  p95;
  double  snapshot_p50;
  double  snapshot_p95;
  double  render_p95;
  double  bytes_per_event;
  double  load_ms;
} Result;

static void
run_set (GskRenderer *renderer,
         guint        n,
         gboolean     bursty,
         guint        frames,
         Result      *result)
{
  g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) snap = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) render = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GRand) rand = g_rand_new_with_seed (42 + n + bursty);
  GtkWidget *timeline;
  MasarTimelineModel *model;
  GskRenderNode *previous = NULL;
  gint64 baseline, after, t0, t1, t2;
  guint i;

  timeline = g_object_ref_sink (masar_timeline_new ());
  model = masar_timeline_get_model (MASAR_TIMELINE (timeline));
  masar_timeline_model_set_locale (model, "ar");

  /* The baseline already has an empty model drawn as the widget keeps it: its fixed
   * image and both moving images (drawn in turn) at frame size, whatever the events. */
  for (i = 0; i < 3; i++)
    {
      GskRenderNode *node;

      masar_timeline_set_show_labels (MASAR_TIMELINE (timeline), i != 1);
      node = masar_timeline_render_node (MASAR_TIMELINE (timeline), WIDTH, HEIGHT);
      if (node != NULL)
        gsk_render_node_unref (node);
    }
  malloc_trim (0);
  baseline = masar_bench_rss_bytes ();

  t0 = g_get_monotonic_time ();
  fill_synthetic (model, n, bursty, rand);
  masar_timeline_model_zoom_to_fit (model);
  {
    GskRenderNode *node = masar_timeline_render_node (MASAR_TIMELINE (timeline), WIDTH, HEIGHT);

    if (node != NULL)
      gsk_render_node_unref (node);
  }
  result->load_ms = (g_get_monotonic_time () - t0) / 1000.0;
  malloc_trim (0);
  after = masar_bench_rss_bytes ();

  for (i = 0; i < frames; i++)
    {
      GskRenderNode *node;
      GdkTexture *texture;
      double ms;
      guint phase = i * 4 / frames;
      double x = WIDTH * (0.3 + 0.4 * ((i * 37) % 100) / 100.0);

      /* Script: pan, zoom in around the pointer, pan in steps, zoom back out. */
      switch (phase)
        {
        case 0:
          masar_timeline_model_pan (model, 14);
          break;
        case 1:
          masar_timeline_model_zoom_at (model, 1.06, x);
          break;
        case 2:
          masar_timeline_model_pan (model, -25);
          break;
        default:
          masar_timeline_model_zoom_at (model, 1 / 1.06, x);
          break;
        }

      t0 = g_get_monotonic_time ();
      node = masar_timeline_render_node (MASAR_TIMELINE (timeline), WIDTH, HEIGHT);
      t1 = g_get_monotonic_time ();
      texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
      t2 = g_get_monotonic_time ();
      g_object_unref (texture);

      /* Like a GskRenderer, keep the last frame's node until the next one is drawn:
       * cached images it holds are then still in use while the widget redraws. */
      g_clear_pointer (&previous, gsk_render_node_unref);
      previous = node;

      ms = (t1 - t0) / 1000.0;
      g_array_append_val (snap, ms);
      ms = (t2 - t1) / 1000.0;
      g_array_append_val (render, ms);
      ms = (t2 - t0) / 1000.0;
      g_array_append_val (total, ms);
    }

  g_clear_pointer (&previous, gsk_render_node_unref);
  result->events = n;
  result->bursty = bursty;
  result->p50 = percentile (total, 0.5);
  result->p95 = percentile (total, 0.95);
  result->snapshot_p50 = percentile (snap, 0.5);
  result->snapshot_p95 = percentile (snap, 0.95);
  result->render_p95 = percentile (render, 0.95);
  result->bytes_per_event = (double) MAX (after - baseline, 0) / n;

  g_object_unref (timeline);
}

/* The floor: what the cairo renderer takes for a 1920×1080 frame holding only a
 * background colour, and for the timeline with no events. */
static void
measure_floor (GskRenderer *renderer,
               guint        frames,
               double      *background_p95,
               double      *empty_p95)
{
  g_autoptr(GArray) background = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) empty = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *timeline = g_object_ref_sink (masar_timeline_new ());
  GskRenderNode *color = gsk_color_node_new (&(GdkRGBA) { 1, 1, 1, 1 },
                                             &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
  guint i;

  for (i = 0; i < frames; i++)
    {
      GskRenderNode *node;
      GdkTexture *texture;
      gint64 t0;
      double ms;

      t0 = g_get_monotonic_time ();
      texture = gsk_renderer_render_texture (renderer, color, &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_object_unref (texture);
      g_array_append_val (background, ms);

      t0 = g_get_monotonic_time ();
      node = masar_timeline_render_node (MASAR_TIMELINE (timeline), WIDTH, HEIGHT);
      texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_object_unref (texture);
      gsk_render_node_unref (node);
      g_array_append_val (empty, ms);
    }
  *background_p95 = percentile (background, 0.95);
  *empty_p95 = percentile (empty, 0.95);
  gsk_render_node_unref (color);
  g_object_unref (timeline);
}

static int
draw_picture (const char *png,
              const char *events_path,
              gboolean    rtl,
              const char *locale,
              int         width,
              int         height,
              const char *lanes,
              gboolean    hijri)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) out = g_file_new_for_path (png);
  g_autoptr(MasarEventSet) set = NULL;
  GtkWidget *timeline = g_object_ref_sink (masar_timeline_new ());
  MasarTimelineModel *model = masar_timeline_get_model (MASAR_TIMELINE (timeline));
  GtkWidget *window = gtk_window_new ();

  /* A window gives the widget a display, a style and the app's fonts. */
  gtk_window_set_child (GTK_WINDOW (window), timeline);
  if (rtl)
    gtk_widget_set_direction (timeline, GTK_TEXT_DIR_RTL);
  masar_timeline_set_show_hijri (MASAR_TIMELINE (timeline), hijri);
  if (locale != NULL)
    masar_timeline_model_set_locale (model, locale);
  if (g_strcmp0 (lanes, "none") == 0)
    masar_timeline_model_set_lane_mode (model, MASAR_TIMELINE_LANES_NONE);
  else if (g_strcmp0 (lanes, "type") == 0)
    masar_timeline_model_set_lane_mode (model, MASAR_TIMELINE_LANES_TYPE);
  masar_timeline_model_set_size (model, width, height);

  if (events_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (events_path);

      set = masar_event_set_new_from_file (file, NULL, &error);
      if (set == NULL)
        {
          g_printerr ("%s: %s\n", events_path, error->message);
          return 1;
        }
      masar_timeline_model_set_events (model, set);
    }
  else
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (7);

      fill_synthetic (model, 400, TRUE, rand);
    }
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (timeline) != width)
    g_main_context_iteration (NULL, TRUE);
  masar_timeline_model_zoom_to_fit (model);
  gtk_test_widget_wait_for_draw (timeline);
  if (!masar_timeline_export (MASAR_TIMELINE (timeline), out, MASAR_TIMELINE_EXPORT_PNG, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("wrote %s (%u events, %u lanes)\n", png,
           masar_timeline_model_get_n_items (model), masar_timeline_model_get_n_lanes (model));
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (timeline);
  return 0;
}

int
masar_bench_timeline (int    argc,
                      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- timeline frame times");
  g_autoptr(GError) error = NULL;
  g_autofree char *sizes = NULL;
  g_autofree char *png = NULL;
  g_autofree char *events = NULL;
  g_autofree char *locale = NULL;
  g_autofree char *lanes = NULL;
  g_auto(GStrv) size_list = NULL;
  g_autoptr(GString) json = NULL;
  gboolean rtl = FALSE;
  gboolean hijri = FALSE;
  int frames = 240;
  int width = 1400;
  int height = 700;
  GskRenderer *renderer;
  guint i, b;
  double floor_background, floor_empty;
  char fbuf[G_ASCII_DTOSTR_BUF_SIZE];
  GOptionEntry entries[] = {
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes, "Comma-separated event counts", "N,N,…" },
    { "frames", 0, 0, G_OPTION_ARG_INT, &frames, "Frames per set (at least 200)", "N" },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png, "Draw one picture instead", "FILE" },
    { "events", 0, 0, G_OPTION_ARG_FILENAME, &events, "Events file for --png", "FILE" },
    { "rtl", 0, 0, G_OPTION_ARG_NONE, &rtl, "Right to left, for --png", NULL },
    { "hijri", 0, 0, G_OPTION_ARG_NONE, &hijri, "Hijri dates on the axis, for --png", NULL },
    { "locale", 0, 0, G_OPTION_ARG_STRING, &locale, "ICU locale of the axis", "LOCALE" },
    { "lanes", 0, 0, G_OPTION_ARG_STRING, &lanes, "none, type or actor", "MODE" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Width for --png", "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Height for --png", "PX" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (!gtk_init_check ())
    {
      g_printerr ("timeline: no display; run under xvfb-run -a\n");
      g_print ("{\"bench\":\"timeline\",\"error\":\"no display\",\"results\":[]}\n");
      return 1;
    }

  if (png != NULL)
    return draw_picture (png, events, rtl, locale, width, height, lanes, hijri);

  size_list = g_strsplit (sizes != NULL ? sizes : "10000,100000,1000000", ",", -1);
  frames = MAX (frames, 200);

  renderer = gsk_cairo_renderer_new ();
  if (!gsk_renderer_realize (renderer, NULL, &error))
    {
      g_printerr ("timeline: cannot realize the cairo renderer: %s\n", error->message);
      g_object_unref (renderer);
      return 1;
    }

  g_print ("timeline: %d frames of pan/zoom per set at %dx%d, cairo renderer\n", frames, WIDTH, HEIGHT);
  measure_floor (renderer, frames, &floor_background, &floor_empty);
  g_print ("floor: a background-only frame p95 %.2f ms; the timeline without events p95 %.2f ms\n",
           floor_background, floor_empty);
  json = g_string_new ("{\"bench\":\"timeline\"");
  g_string_append_printf (json, ",\"floor_background_p95_ms\":%s",
                          g_ascii_formatd (fbuf, sizeof fbuf, "%.3f", floor_background));
  g_string_append_printf (json, ",\"floor_empty_timeline_p95_ms\":%s,\"results\":[",
                          g_ascii_formatd (fbuf, sizeof fbuf, "%.3f", floor_empty));
  for (i = 0; size_list[i] != NULL; i++)
    for (b = 0; b < 2; b++)
      {
        Result r = { 0, };
        guint n = (guint) g_ascii_strtoull (size_list[i], NULL, 10);
        char buf[G_ASCII_DTOSTR_BUF_SIZE];

        if (n == 0)
          continue;
        run_set (renderer, n, b == 1, frames, &r);
        g_print ("%8u events %-7s  frame p50 %6.2f ms  p95 %6.2f ms  (snapshot p50 %5.2f p95 %5.2f, render p95 %5.2f)  %6.1f bytes/event  load+first frame %.0f ms\n",
                 n, b ? "bursty" : "uniform", r.p50, r.p95, r.snapshot_p50, r.snapshot_p95,
                 r.render_p95, r.bytes_per_event, r.load_ms);
        if (json->str[json->len - 1] != '[')
          g_string_append_c (json, ',');
        g_string_append_printf (json, "{\"events\":%u,\"distribution\":\"%s\"", n, b ? "bursty" : "uniform");
        g_string_append_printf (json, ",\"p50_ms\":%s", g_ascii_formatd (buf, sizeof buf, "%.3f", r.p50));
        g_string_append_printf (json, ",\"p95_ms\":%s", g_ascii_formatd (buf, sizeof buf, "%.3f", r.p95));
        g_string_append_printf (json, ",\"snapshot_p95_ms\":%s", g_ascii_formatd (buf, sizeof buf, "%.3f", r.snapshot_p95));
        g_string_append_printf (json, ",\"render_p95_ms\":%s", g_ascii_formatd (buf, sizeof buf, "%.3f", r.render_p95));
        g_string_append_printf (json, ",\"bytes_per_event\":%s}", g_ascii_formatd (buf, sizeof buf, "%.1f", r.bytes_per_event));
      }
  g_string_append (json, "]}");

  gsk_renderer_unrealize (renderer);
  g_object_unref (renderer);

  g_print ("%s\n", json->str);
  return 0;
}
