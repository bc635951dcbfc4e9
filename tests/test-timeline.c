/* test-timeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "masar-timeline.h"

static gint32
jd (int year,
    int month,
    int day)
{
  MasarDate d = { year, month, day };

  return masar_date_to_julian (&d);
}

typedef struct
{
  GtkWidget          *window;
  MasarTimeline      *timeline;
  MasarTimelineModel *model;
  guint               items[3];
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  gint32 day = jd (2025, 3, 1);
  const char *actors[] = { "putin", NULL };

  f->window = gtk_window_new ();
  f->timeline = MASAR_TIMELINE (masar_timeline_new ());
  f->model = masar_timeline_get_model (f->timeline);
  masar_timeline_model_set_lane_mode (f->model, MASAR_TIMELINE_LANES_NONE);
  masar_timeline_model_set_locale (f->model, "en_US");
  f->items[0] = masar_timeline_model_append_item (f->model, day, day, MASAR_EVENT_TALKS,
                                                  MASAR_MODALITY_ASSERTED,
                                                  MASAR_DATE_PRECISION_DAY, 2,
                                                  "محادثات في إسطنبول", actors);
  f->items[1] = masar_timeline_model_append_item (f->model, day + 10, day + 10, MASAR_EVENT_CALL,
                                                  MASAR_MODALITY_PLANNED,
                                                  MASAR_DATE_PRECISION_DAY, 1,
                                                  "اتصال هاتفي", NULL);
  f->items[2] = masar_timeline_model_append_item (f->model, day + 20, day + 20,
                                                  MASAR_EVENT_REJECTION, MASAR_MODALITY_DENIED,
                                                  MASAR_DATE_PRECISION_DAY, 1,
                                                  "رفض المقترح", NULL);

  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 400);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->timeline));
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->timeline));
  masar_timeline_model_set_visible_range (f->model, day - 5, day + 25);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
}

static void
check_click (Fixture          *f,
             GtkTextDirection  direction)
{
  double x0, y0, x2, y2;

  masar_timeline_set_time_direction (f->timeline, direction);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->timeline));
  g_assert_cmpint (masar_timeline_model_get_rtl (f->model), ==, direction == GTK_TEXT_DIR_RTL);

  g_assert_true (masar_timeline_model_get_item_position (f->model, f->items[0], &x0, &y0));
  g_assert_true (masar_timeline_model_get_item_position (f->model, f->items[2], &x2, &y2));
  /* Later is to the right in LTR, to the left in RTL. */
  if (direction == GTK_TEXT_DIR_RTL)
    g_assert_cmpfloat (x2, <, x0);
  else
    g_assert_cmpfloat (x2, >, x0);

  g_assert_true (masar_timeline_press_at (f->timeline, x2 + 1, y2, 1));
  g_assert_cmpuint (masar_timeline_model_get_selected (f->model), ==, f->items[2]);
  g_assert_true (masar_timeline_press_at (f->timeline, x0, y0 + 1, 1));
  g_assert_cmpuint (masar_timeline_model_get_selected (f->model), ==, f->items[0]);

  /* Empty space clears the selection. */
  g_assert_false (masar_timeline_press_at (f->timeline, (x0 + x2) / 2 + 37, y0, 1));
  g_assert_cmpuint (masar_timeline_model_get_selected (f->model), ==, G_MAXUINT);
}

static void
test_click_ltr (Fixture       *f,
                gconstpointer  data)
{
  check_click (f, GTK_TEXT_DIR_LTR);
}

static void
test_click_rtl (Fixture       *f,
                gconstpointer  data)
{
  check_click (f, GTK_TEXT_DIR_RTL);
}

static void
on_activated_cb (MasarTimeline *timeline,
                 MasarEvent    *event,
                 guint          item,
                 gpointer       user_data)
{
  guint *out = user_data;

  g_assert_true (MASAR_IS_EVENT (event));
  *out = item;
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  guint activated = G_MAXUINT;
  double zoom;

  g_signal_connect (f->timeline, "event-activated", G_CALLBACK (on_activated_cb), &activated);

  masar_timeline_set_time_direction (f->timeline, GTK_TEXT_DIR_LTR);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->timeline), "timeline.first", NULL));
  g_assert_cmpuint (masar_timeline_model_get_selected (f->model), ==, f->items[0]);
  gtk_widget_activate_action (GTK_WIDGET (f->timeline), "timeline.move-right", NULL);
  g_assert_cmpuint (masar_timeline_model_get_selected (f->model), ==, f->items[1]);

  /* In RTL the right arrow goes back in time, as the drawing does. */
  masar_timeline_set_time_direction (f->timeline, GTK_TEXT_DIR_RTL);
  gtk_widget_activate_action (GTK_WIDGET (f->timeline), "timeline.move-right", NULL);
  g_assert_cmpuint (masar_timeline_model_get_selected (f->model), ==, f->items[0]);
  gtk_widget_activate_action (GTK_WIDGET (f->timeline), "timeline.move-left", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->timeline), "timeline.move-left", NULL);
  g_assert_cmpuint (masar_timeline_model_get_selected (f->model), ==, f->items[2]);

  gtk_widget_activate_action (GTK_WIDGET (f->timeline), "timeline.activate", NULL);
  g_assert_cmpuint (activated, ==, f->items[2]);

  zoom = masar_timeline_model_get_zoom (f->model);
  gtk_widget_activate_action (GTK_WIDGET (f->timeline), "timeline.zoom-in", NULL);
  g_assert_cmpfloat (masar_timeline_model_get_zoom (f->model), >, zoom);
  gtk_widget_activate_action (GTK_WIDGET (f->timeline), "timeline.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->timeline), "timeline.zoom-out", NULL);
  g_assert_cmpfloat (masar_timeline_model_get_zoom (f->model), <, zoom);

  /* A double click activates too. */
  {
    double x, y;

    activated = G_MAXUINT;
    g_assert_true (masar_timeline_model_get_item_position (f->model, f->items[1], &x, &y));
    masar_timeline_press_at (f->timeline, x, y, 2);
    g_assert_cmpuint (activated, ==, f->items[1]);
  }
}

static void
test_accessible (Fixture       *f,
                 gconstpointer  data)
{
  /* The summary follows bulk changes once per main-loop iteration. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (f->timeline), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->timeline),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "3 events, 2025");
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (f->timeline)));

  masar_timeline_model_set_selected (f->model, f->items[1]);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->timeline),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "اتصال هاتفي, Mar 11, 2025, Call. 3 events, 2025");
}

static GBytes *
export_to (Fixture                   *f,
           MasarTimelineExportFormat  format,
           const char                *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("masar-timeline-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  GBytes *bytes;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  file = g_file_new_for_path (path);
  g_assert_true (masar_timeline_export (f->timeline, file, format, &error));
  g_assert_no_error (error);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_file_delete (file, NULL, NULL);
  g_rmdir (dir);
  return bytes;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GBytes) png = export_to (f, MASAR_TIMELINE_EXPORT_PNG, "t.png");
  g_autoptr(GBytes) svg = export_to (f, MASAR_TIMELINE_EXPORT_SVG, "t.svg");
  g_autoptr(GBytes) pdf = export_to (f, MASAR_TIMELINE_EXPORT_PDF, "t.pdf");
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *svg_text = NULL;
  gsize size;
  const guchar *data_png = g_bytes_get_data (png, &size);

  g_assert_cmpuint (size, >, 8);
  g_assert_cmpmem (data_png, 8, "\x89PNG\r\n\x1a\n", 8);
  texture = gdk_texture_new_from_bytes (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (GTK_WIDGET (f->timeline)));

  svg_text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_nonnull (strstr (svg_text, "<svg"));
  g_assert_nonnull (strstr (svg_text, "</svg>"));

  g_assert_cmpuint (g_bytes_get_size (pdf), >, 5);
  g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);
}

static void
test_render_offscreen (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GError) error = NULL;
  GskRenderer *renderer = gsk_cairo_renderer_new ();
  g_autoptr(GdkTexture) texture = NULL;
  graphene_rect_t bounds;

  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  node = masar_timeline_render_node (f->timeline, 640, 300);
  g_assert_nonnull (node);
  gsk_render_node_get_bounds (node, &bounds);
  g_assert_cmpfloat (bounds.size.width, <=, 640.0);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, 640, 300));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 640);
  gsk_renderer_unrealize (renderer);
  g_object_unref (renderer);
}

static void
count_notify_cb (guint *counter)
{
  (*counter)++;
}

/* The colour the widget draws at one pixel, as a window would show it (cairo renderer). */
static void
pixel_at (Fixture *f,
          int      width,
          int      height,
          double   x,
          double   y,
          guint8   bgra[4])
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *data = g_malloc (width * height * 4);
  GskRenderer *renderer = gsk_cairo_renderer_new ();
  int px = (int) floor (x);
  int py = (int) floor (y);

  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  node = masar_timeline_render_node (f->timeline, width, height);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, data, width * 4);
  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, width);
  g_assert_cmpint (py, <, height);
  memcpy (bgra, data + py * width * 4 + px * 4, 4);
  gsk_renderer_unrealize (renderer);
  g_object_unref (renderer);
}

static void
assert_item_drawn (Fixture *f,
                   guint    item,
                   int      width,
                   int      height)
{
  double x, y;
  guint8 p[4];

  masar_timeline_model_set_size (f->model, width, height);
  g_assert_true (masar_timeline_model_get_item_position (f->model, item, &x, &y));
  pixel_at (f, width, height, x, y, p);
  /* The centre of a solid mark is opaque. */
  g_assert_cmpuint (p[3], >, 200);
}

static void
assert_blank (Fixture *f,
              int      width,
              int      height,
              double   x,
              double   y)
{
  guint8 p[4];

  pixel_at (f, width, height, x, y, p);
  g_assert_cmpuint (p[3], <, 100);
}

/* The cached images follow every change: pan and zoom (moved or scaled), new data,
 * direction, size and style. */
static void
test_cache_invalidation (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  const char *css = "@define-color masar_timeline_talks #ff0000; timeline { color: #102030; }";
  gint32 day = jd (2025, 3, 1);
  double x, y, x_new, y_new;
  guint item;
  guint8 p[4];

  assert_item_drawn (f, f->items[0], 800, 400);

  /* Pan: the image moves with the marks. */
  masar_timeline_model_pan (f->model, 37);
  assert_item_drawn (f, f->items[0], 800, 400);
  masar_timeline_model_pan (f->model, -61.5);
  assert_item_drawn (f, f->items[0], 800, 400);

  /* Zoom: scaled until redrawn, the mark stays under its event. */
  g_assert_true (masar_timeline_model_get_item_position (f->model, f->items[0], &x, &y));
  masar_timeline_model_zoom_at (f->model, 1.3, x + 40);
  assert_item_drawn (f, f->items[0], 800, 400);
  masar_timeline_model_zoom_at (f->model, 1 / 1.7, x - 60);
  assert_item_drawn (f, f->items[0], 800, 400);
  masar_timeline_model_set_visible_range (f->model, day - 5, day + 25);

  /* New data: an event where there was nothing. */
  masar_timeline_model_get_item_position (f->model, f->items[0], &x, &y);
  masar_timeline_model_get_item_position (f->model, f->items[1], &x_new, &y_new);
  assert_blank (f, 800, 400, (x + x_new) / 2, y);
  item = masar_timeline_model_append_item (f->model, day + 5, day + 5, MASAR_EVENT_TALKS,
                                           MASAR_MODALITY_ASSERTED, MASAR_DATE_PRECISION_DAY, 1,
                                           NULL, NULL);
  masar_timeline_model_set_visible_range (f->model, day - 5, day + 25);
  assert_item_drawn (f, item, 800, 400);

  /* Direction: time mirrors, the old place empties. */
  masar_timeline_model_get_item_position (f->model, f->items[2], &x, &y);
  masar_timeline_set_time_direction (f->timeline, GTK_TEXT_DIR_RTL);
  assert_item_drawn (f, f->items[2], 800, 400);
  masar_timeline_model_get_item_position (f->model, f->items[2], &x_new, &y_new);
  g_assert_cmpfloat (fabs (x_new - x), >, 50);
  assert_blank (f, 800, 400, x, y);

  /* Size: a narrower view moves the marks. */
  masar_timeline_model_set_size (f->model, 560, 300);
  masar_timeline_model_set_visible_range (f->model, day - 5, day + 25);
  assert_item_drawn (f, f->items[2], 560, 300);

  /* Style: a new colour for talks reaches the cached marks. */
  masar_timeline_model_set_size (f->model, 800, 400);
  masar_timeline_model_set_visible_range (f->model, day - 5, day + 25);
  masar_timeline_model_get_item_position (f->model, f->items[0], &x, &y);
  pixel_at (f, 800, 400, x, y, p);
  g_assert_cmpuint (p[2], <, 200);     /* talks are blue: little red */
  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (f->timeline)),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->timeline));
  masar_timeline_model_set_size (f->model, 800, 400);
  masar_timeline_model_set_visible_range (f->model, day - 5, day + 25);
  masar_timeline_model_get_item_position (f->model, f->items[0], &x, &y);
  pixel_at (f, 800, 400, x, y, p);
  gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (f->timeline)),
                                                 GTK_STYLE_PROVIDER (provider));
  g_assert_cmpuint (p[2], >, 200);     /* red, in BGRA order */
  g_assert_cmpuint (p[0], <, 60);
}

/* High contrast: faint fills get stronger, and the cached images follow the switch. */
static void
test_high_contrast (Fixture       *f,
                    gconstpointer  data)
{
  gint32 day = jd (2025, 3, 1);
  guint bar;
  guint notified = 0;
  double x, y;
  guint8 normal[4], strong[4], back[4];

  g_signal_connect_swapped (f->timeline, "notify::high-contrast",
                            G_CALLBACK (count_notify_cb), &notified);
  masar_timeline_set_high_contrast (f->timeline, FALSE);
  g_assert_cmpuint (notified, ==, 0);

  /* A month-precision event is a faint bar over its interval. */
  bar = masar_timeline_model_append_item (f->model, day + 12, day + 18, MASAR_EVENT_TALKS,
                                          MASAR_MODALITY_ASSERTED, MASAR_DATE_PRECISION_MONTH,
                                          1, NULL, NULL);
  masar_timeline_model_set_size (f->model, 800, 400);
  masar_timeline_model_set_visible_range (f->model, day - 5, day + 25);
  g_assert_true (masar_timeline_model_get_item_position (f->model, bar, &x, &y));
  x = masar_timeline_model_time_to_x (f->model, day + 17.5);

  pixel_at (f, 800, 400, x, y, normal);
  masar_timeline_set_high_contrast (f->timeline, TRUE);
  g_assert_true (masar_timeline_get_high_contrast (f->timeline));
  g_assert_cmpuint (notified, ==, 1);
  pixel_at (f, 800, 400, x, y, strong);
  masar_timeline_set_high_contrast (f->timeline, FALSE);
  pixel_at (f, 800, 400, x, y, back);

  g_assert_cmpuint (normal[3], >, 40);
  g_assert_cmpuint (normal[3], <, 120);
  g_assert_cmpuint (strong[3], >, normal[3] + 60);
  g_assert_cmpmem (back, 4, normal, 4);
}

int
main (int   argc,
      char *argv[])
{
  /* The accessible test reads properties back through GTK's test AT context. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("No display: run under xvfb-run");
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add ("/masar/timeline/click-ltr", Fixture, NULL, fixture_setup, test_click_ltr, fixture_teardown);
  g_test_add ("/masar/timeline/click-rtl", Fixture, NULL, fixture_setup, test_click_rtl, fixture_teardown);
  g_test_add ("/masar/timeline/keyboard", Fixture, NULL, fixture_setup, test_keyboard, fixture_teardown);
  g_test_add ("/masar/timeline/accessible", Fixture, NULL, fixture_setup, test_accessible, fixture_teardown);
  g_test_add ("/masar/timeline/export", Fixture, NULL, fixture_setup, test_export, fixture_teardown);
  g_test_add ("/masar/timeline/render-offscreen", Fixture, NULL, fixture_setup, test_render_offscreen, fixture_teardown);
  g_test_add ("/masar/timeline/cache-invalidation", Fixture, NULL, fixture_setup, test_cache_invalidation, fixture_teardown);
  g_test_add ("/masar/timeline/high-contrast", Fixture, NULL, fixture_setup, test_high_contrast, fixture_teardown);

  return g_test_run ();
}
