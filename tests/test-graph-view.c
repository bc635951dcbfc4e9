/* test-graph-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "masar-graph-view.h"

typedef struct
{
  MasarEventSet   *events;
  MasarGraphModel *model;
  GtkWidget       *window;
  MasarGraphView  *view;
  char            *selected;
  char            *activated;
  char            *edge_a;
  char            *edge_b;
  guint            n_selected;
} Fixture;

static void
add_event (MasarEventSet  *set,
           const char     *id,
           MasarEventType  type,
           const char     *date,
           const char     *a,
           const char     *b)
{
  g_autoptr(MasarEvent) event = masar_event_new (id, type);
  MasarDate d = MASAR_DATE_INIT;
  MasarDate none = MASAR_DATE_INIT;

  g_assert_true (masar_date_parse_iso (date, &d));
  masar_event_set_date (event, &d, &none, MASAR_DATE_BASIS_EXPLICIT);
  masar_event_add_actor (event, a, MASAR_ROLE_SOURCE);
  masar_event_add_actor (event, b, MASAR_ROLE_TARGET);
  masar_event_set_add_event (set, event);
}

/* A small made-up graph with Arabic names, written for this test. */
static MasarEventSet *
make_events (void)
{
  MasarEventSet *set = masar_event_set_new ();
  const struct { const char *id; const char *ar; const char *en; const char *side; } actors[] = {
    { "putin", "بوتين", "Vladimir Putin", "russia" },
    { "zelensky", "زيلينسكي", "Volodymyr Zelensky", "ukraine" },
    { "trump", "ترامب", "Donald Trump", "usa" },
    { "witkoff", "ويتكوف", "Steve Witkoff", "usa" },
    { "peskov", "بيسكوف", "Dmitry Peskov", "russia" },
    { "erdogan", "أردوغان", "Recep Tayyip Erdogan", "mediator" },
    { "eu", "الاتحاد الأوروبي", "European Union", "europe" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      MasarActor actor = {
        (char *) actors[i].id, MASAR_ACTOR_PERSON, (char *) actors[i].ar,
        (char *) actors[i].en, NULL, (char *) actors[i].side
      };

      masar_event_set_add_actor (set, &actor);
    }

  add_event (set, "e0", MASAR_EVENT_TALKS, "2025-03-10", "putin", "witkoff");
  add_event (set, "e1", MASAR_EVENT_TALKS, "2025-08-06", "putin", "witkoff");
  add_event (set, "e2", MASAR_EVENT_CALL, "2025-03-18", "putin", "trump");
  add_event (set, "e3", MASAR_EVENT_PRESSURE, "2025-07-14", "trump", "putin");
  add_event (set, "e4", MASAR_EVENT_REJECTION, "2025-04-02", "zelensky", "putin");
  add_event (set, "e5", MASAR_EVENT_CALL, "2025-03-19", "trump", "zelensky");
  add_event (set, "e6", MASAR_EVENT_STATEMENT, "2025-05-01", "peskov", "zelensky");
  add_event (set, "e7", MASAR_EVENT_TALKS, "2025-05-16", "erdogan", "zelensky");
  add_event (set, "e8", MASAR_EVENT_AID, "2025-06-01", "eu", "zelensky");
  add_event (set, "e9", MASAR_EVENT_PRESSURE, "2025-06-20", "eu", "putin");
  return set;
}

static void
on_node_selected_cb (MasarGraphView *view,
                     const char     *id,
                     Fixture        *f)
{
  g_free (f->selected);
  f->selected = g_strdup (id);
  f->n_selected++;
}

static void
on_node_activated_cb (MasarGraphView *view,
                      const char     *id,
                      Fixture        *f)
{
  g_free (f->activated);
  f->activated = g_strdup (id);
}

static void
on_edge_selected_cb (MasarGraphView *view,
                     const char     *a,
                     const char     *b,
                     Fixture        *f)
{
  g_free (f->edge_a);
  g_free (f->edge_b);
  f->edge_a = g_strdup (a);
  f->edge_b = g_strdup (b);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->events = make_events ();
  f->model = masar_graph_model_new (f->events);
  f->window = gtk_window_new ();
  f->view = MASAR_GRAPH_VIEW (masar_graph_view_new ());
  gtk_window_set_default_size (GTK_WINDOW (f->window), 640, 480);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  masar_graph_view_set_model (f->view, f->model);
  g_signal_connect (f->view, "node-selected", G_CALLBACK (on_node_selected_cb), f);
  g_signal_connect (f->view, "node-activated", G_CALLBACK (on_node_activated_cb), f);
  g_signal_connect (f->view, "edge-selected", G_CALLBACK (on_edge_selected_cb), f);

  gtk_window_present (GTK_WINDOW (f->window));
  while (gtk_widget_get_width (GTK_WIDGET (f->view)) <= 0)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (masar_graph_view_settle (f->view, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->model);
  g_clear_object (&f->events);
  g_free (f->selected);
  g_free (f->activated);
  g_free (f->edge_a);
  g_free (f->edge_b);
}

/* A point at least 40 px from every node and edge end, for clicks on the background. */
static gboolean
find_empty_point (Fixture *f,
                  double  *ex,
                  double  *ey)
{
  int width = gtk_widget_get_width (GTK_WIDGET (f->view));
  int height = gtk_widget_get_height (GTK_WIDGET (f->view));

  for (int y = 2; y < height; y += 7)
    for (int x = 2; x < width; x += 7)
      if (masar_graph_view_pick_node (f->view, x, y) == NULL &&
          masar_graph_view_pick_edge (f->view, x, y) == NULL)
        {
          *ex = x;
          *ey = y;
          return TRUE;
        }
  return FALSE;
}

static void
check_clicks (Fixture *f)
{
  GListModel *nodes = masar_graph_model_get_nodes (f->model);
  double ex = 0.0, ey = 0.0;

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(MasarGraphNode) node = g_list_model_get_item (nodes, i);
      const char *id = masar_graph_node_get_id (node);
      double x, y;

      g_assert_true (masar_graph_view_get_node_position (f->view, id, &x, &y));
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (x, <=, gtk_widget_get_width (GTK_WIDGET (f->view)));

      /* Slightly off centre: a click anywhere on the disc counts. */
      masar_graph_view_click (f->view, x + 2, y - 2, 1);
      g_assert_cmpstr (f->selected, ==, id);
      g_assert_cmpstr (masar_graph_view_get_selected_node (f->view), ==, id);
    }

  g_assert_true (find_empty_point (f, &ex, &ey));
  masar_graph_view_click (f->view, ex, ey, 1);
  g_assert_null (f->selected);
  g_assert_null (masar_graph_view_get_selected_node (f->view));
}

static void
test_click_selects (Fixture       *f,
                    gconstpointer  data)
{
  GHashTable *ltr = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GListModel *nodes = masar_graph_model_get_nodes (f->model);

  g_assert_cmpuint (g_list_model_get_n_items (nodes), ==, 7);

  gtk_widget_set_direction (GTK_WIDGET (f->view), GTK_TEXT_DIR_LTR);
  check_clicks (f);

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(MasarGraphNode) node = g_list_model_get_item (nodes, i);
      double *xy = g_new (double, 2);

      masar_graph_view_get_node_position (f->view, masar_graph_node_get_id (node), &xy[0], &xy[1]);
      g_hash_table_insert (ltr, g_strdup (masar_graph_node_get_id (node)), xy);
    }

  /* RTL: the graph is a map and does not mirror; every node stays put and is hit there. */
  gtk_widget_set_direction (GTK_WIDGET (f->view), GTK_TEXT_DIR_RTL);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(MasarGraphNode) node = g_list_model_get_item (nodes, i);
      const double *xy = g_hash_table_lookup (ltr, masar_graph_node_get_id (node));
      double x, y;

      masar_graph_view_get_node_position (f->view, masar_graph_node_get_id (node), &x, &y);
      g_assert_cmpfloat_with_epsilon (x, xy[0], 1e-9);
      g_assert_cmpfloat_with_epsilon (y, xy[1], 1e-9);
    }
  check_clicks (f);

  g_hash_table_unref (ltr);
}

static void
test_activate_and_edge (Fixture       *f,
                        gconstpointer  data)
{
  MasarGraphEdge *edge = masar_graph_model_lookup_edge (f->model, "putin", "witkoff");
  double x0, y0, x1, y1, mx, my;

  masar_graph_view_get_node_position (f->view, "putin", &x0, &y0);
  masar_graph_view_click (f->view, x0, y0, 2);
  g_assert_cmpstr (f->activated, ==, "putin");

  /* The middle of an edge, if no node covers it. */
  masar_graph_view_get_node_position (f->view, "witkoff", &x1, &y1);
  mx = (x0 + x1) / 2;
  my = (y0 + y1) / 2;
  g_assert_null (masar_graph_view_pick_node (f->view, mx, my));
  g_assert_true (masar_graph_view_pick_edge (f->view, mx, my) == edge);
  masar_graph_view_click (f->view, mx, my, 1);
  g_assert_cmpstr (f->edge_a, ==, masar_graph_edge_get_source_id (edge));
  g_assert_cmpstr (f->edge_b, ==, masar_graph_edge_get_target_id (edge));
  g_assert_null (masar_graph_view_get_selected_node (f->view));
}

static void
test_range_and_items (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *items = masar_graph_view_get_items (f->view);
  MasarDate a = { 2025, 3, 1 }, b = { 2025, 3, 31 };
  guint n_nodes = g_list_model_get_n_items (masar_graph_model_get_nodes (f->model));
  guint n_edges = g_list_model_get_n_items (masar_graph_model_get_edges (f->model));
  double x_before, y_before, x_after, y_after;

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n_nodes + n_edges);
  g_assert_cmpuint (n_edges, ==, 8);

  /* March: Putin, Witkoff, Trump, Zelensky; Putin keeps his place. */
  masar_graph_view_get_node_position (f->view, "putin", &x_before, &y_before);
  masar_graph_view_set_range (f->view, masar_date_to_julian (&a), masar_date_to_julian (&b));
  g_assert_cmpuint (g_list_model_get_n_items (masar_graph_model_get_nodes (f->model)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 4 + 3);
  masar_graph_view_get_node_position (f->view, "putin", &x_after, &y_after);
  g_assert_cmpfloat_with_epsilon (x_after, x_before, 1e-9);
  g_assert_cmpfloat_with_epsilon (y_after, y_before, 1e-9);
  g_assert_false (masar_graph_view_get_node_position (f->view, "eu", &x_after, &y_after));
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = masar_graph_view_render (f->view, MASAR_GRAPH_EXPORT_PNG, &error);
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) pdf = NULL;
  const char *shot = g_getenv ("MASAR_GRAPH_SCREENSHOT");
  static const guint8 png_magic[] = { 0x89, 'P', 'N', 'G' };

  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (png), >, 1000);
  g_assert_cmpmem (g_bytes_get_data (png, NULL), 4, png_magic, 4);

  svg = masar_graph_view_render (f->view, MASAR_GRAPH_EXPORT_SVG, &error);
  g_assert_no_error (error);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), "<svg"));

  pdf = masar_graph_view_render (f->view, MASAR_GRAPH_EXPORT_PDF, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 4, "%PDF", 4);

  /* Set MASAR_GRAPH_SCREENSHOT=DIR to keep pictures to look at (Arabic and English). */
  if (shot != NULL)
    {
      g_autofree char *ar = g_build_filename (shot, "graph-view-ar.png", NULL);
      g_autofree char *en = g_build_filename (shot, "graph-view-en.png", NULL);
      g_autoptr(GFile) file_ar = g_file_new_for_path (ar);
      g_autoptr(GFile) file_en = g_file_new_for_path (en);

      masar_graph_view_set_selected_node (f->view, "zelensky");
      g_assert_true (masar_graph_view_export (f->view, file_ar, MASAR_GRAPH_EXPORT_PNG, &error));
      g_assert_no_error (error);
      masar_graph_view_set_prefer_english (f->view, TRUE);
      g_assert_true (masar_graph_view_export (f->view, file_en, MASAR_GRAPH_EXPORT_PNG, &error));
      g_assert_no_error (error);
    }
}

static void
test_accessible (Fixture       *f,
                 gconstpointer  data)
{
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "7 actors, 8 links");
  masar_graph_model_set_type_filter (f->model, 1u << MASAR_EVENT_TALKS);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "4 actors, 2 links");
}

/* The drawn radius at zoom 1: the widget's formula, restated here. */
static double
expected_radius (MasarGraphModel *model,
                 const char      *id)
{
  MasarGraphNode *node = masar_graph_model_lookup_node (model, id);

  return 5.0 + 3.0 * sqrt ((double) masar_graph_node_get_n_events (node));
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GListModel *nodes = masar_graph_model_get_nodes (f->model);
  guint n = g_list_model_get_n_items (nodes);
  const struct { int dx, dy; } dirs[] = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
  GtkTextDirection text_dirs[] = { GTK_TEXT_DIR_LTR, GTK_TEXT_DIR_RTL };
  g_autofree char *expected = NULL;
  MasarGraphNode *focused;
  guint n_selected;

  g_assert_null (masar_graph_view_get_focused_node (f->view));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (f->view)));

  /* The first arrow focuses the largest node: Putin has 6 events here. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "graph.move-focus", "(ii)", 1, 0));
  g_assert_cmpstr (masar_graph_view_get_focused_node (f->view), ==, "putin");

  for (guint t = 0; t < G_N_ELEMENTS (text_dirs); t++)
    {
      gtk_widget_set_direction (GTK_WIDGET (f->view), text_dirs[t]);
      for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
        {
          double best = -G_MAXDOUBLE;
          double x, y, along, last;

          /* The extreme node in that direction on screen (RTL does not mirror the map). */
          for (guint i = 0; i < n; i++)
            {
              g_autoptr(MasarGraphNode) node = g_list_model_get_item (nodes, i);

              masar_graph_view_get_node_position (f->view, masar_graph_node_get_id (node), &x, &y);
              best = MAX (best, x * dirs[d].dx + y * dirs[d].dy);
            }

          masar_graph_view_get_node_position (f->view, masar_graph_view_get_focused_node (f->view), &x, &y);
          last = x * dirs[d].dx + y * dirs[d].dy;
          for (guint step = 0; step < n; step++)
            {
              gtk_widget_activate_action (GTK_WIDGET (f->view), "graph.move-focus", "(ii)",
                                          dirs[d].dx, dirs[d].dy);
              masar_graph_view_get_node_position (f->view, masar_graph_view_get_focused_node (f->view), &x, &y);
              along = x * dirs[d].dx + y * dirs[d].dy;
              /* Each step goes that way, or stays put at the end. */
              g_assert_cmpfloat (along, >=, last);
              last = along;
            }
          g_assert_cmpfloat_with_epsilon (last, best, 1e-9);
        }
    }

  /* The focused node is announced. */
  focused = masar_graph_model_lookup_node (f->model, masar_graph_view_get_focused_node (f->view));
  expected = g_strdup_printf ("Focused: %s, %u event%s. 7 actors, 8 links",
                              masar_graph_node_get_name_ar (focused),
                              masar_graph_node_get_n_events (focused),
                              masar_graph_node_get_n_events (focused) == 1 ? "" : "s");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);

  /* Enter selects and activates; Escape clears the selection (with nothing selected it
   * does nothing, and tells nobody). */
  g_assert_null (masar_graph_view_get_selected_node (f->view));
  n_selected = f->n_selected;
  gtk_widget_activate_action (GTK_WIDGET (f->view), "graph.clear-selection", NULL);
  g_assert_cmpuint (f->n_selected, ==, n_selected);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "graph.activate-focus", NULL));
  g_assert_cmpstr (f->activated, ==, masar_graph_node_get_id (focused));
  g_assert_cmpstr (f->selected, ==, masar_graph_node_get_id (focused));
  g_assert_cmpstr (masar_graph_view_get_selected_node (f->view), ==, masar_graph_node_get_id (focused));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "graph.clear-selection", NULL));
  g_assert_null (f->selected);
  g_assert_null (masar_graph_view_get_selected_node (f->view));

  /* 0 fits after zooming. */
  masar_graph_view_set_zoom (f->view, 3.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "graph.zoom-out", NULL));
  g_assert_cmpfloat (masar_graph_view_get_zoom (f->view), <, 3.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "graph.fit", NULL));
  g_assert_cmpfloat (masar_graph_view_get_zoom (f->view), ==, 1.0);
}

static gboolean
rect_contains (const graphene_rect_t *r,
               double                 x,
               double                 y)
{
  return x > r->origin.x && x < r->origin.x + r->size.width &&
         y > r->origin.y && y < r->origin.y + r->size.height;
}

/* Shown labels overlap no other label and cover no other node's centre; returns how many
 * are hidden. */
static guint
check_labels (Fixture *f)
{
  GListModel *nodes = masar_graph_model_get_nodes (f->model);
  guint n = g_list_model_get_n_items (nodes);
  guint hidden = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MasarGraphNode) a = g_list_model_get_item (nodes, i);
      graphene_rect_t ra, rb, overlap;

      if (!masar_graph_view_get_label_rect (f->view, masar_graph_node_get_id (a), &ra))
        {
          hidden++;
          continue;
        }
      g_assert_cmpfloat (ra.size.width, >, 0);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(MasarGraphNode) b = g_list_model_get_item (nodes, j);
          double x, y;

          if (i == j)
            continue;
          masar_graph_view_get_node_position (f->view, masar_graph_node_get_id (b), &x, &y);
          g_assert_false (rect_contains (&ra, x, y));
          if (masar_graph_view_get_label_rect (f->view, masar_graph_node_get_id (b), &rb))
            g_assert_false (graphene_rect_intersection (&ra, &rb, &overlap) &&
                            overlap.size.width > 0 && overlap.size.height > 0);
        }
    }
  return hidden;
}

static void
test_labels (Fixture       *f,
             gconstpointer  data)
{
  GListModel *nodes = masar_graph_model_get_nodes (f->model);
  guint n = g_list_model_get_n_items (nodes);
  gboolean prevent_overlap = FALSE;
  graphene_rect_t rect;
  const char *hidden_id = NULL;

  /* Settled with prevent-overlap on: no two discs overlap. */
  g_object_get (masar_graph_view_get_layout (f->view), "prevent-overlap", &prevent_overlap, NULL);
  g_assert_true (prevent_overlap);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        g_autoptr(MasarGraphNode) a = g_list_model_get_item (nodes, i);
        g_autoptr(MasarGraphNode) b = g_list_model_get_item (nodes, j);
        double xa, ya, xb, yb;

        masar_graph_view_get_node_position (f->view, masar_graph_node_get_id (a), &xa, &ya);
        masar_graph_view_get_node_position (f->view, masar_graph_node_get_id (b), &xb, &yb);
        g_assert_cmpfloat (hypot (xa - xb, ya - yb), >=,
                           expected_radius (f->model, masar_graph_node_get_id (a)) +
                           expected_radius (f->model, masar_graph_node_get_id (b)));
      }

  /* Fitted: room for every label, none overlapping, in both languages. */
  g_assert_cmpuint (check_labels (f), ==, 0);
  masar_graph_view_set_prefer_english (f->view, TRUE);
  check_labels (f);

  /* Zoomed far out the graph is a crowd: some labels hide, the largest node keeps its. */
  masar_graph_view_set_prefer_english (f->view, FALSE);
  masar_graph_view_set_zoom (f->view, 0.12);
  g_assert_cmpuint (check_labels (f), >, 0);
  g_assert_true (masar_graph_view_get_label_rect (f->view, "putin", &rect));

  /* A hidden label shows when its node is selected. */
  for (guint i = 0; i < n && hidden_id == NULL; i++)
    {
      g_autoptr(MasarGraphNode) node = g_list_model_get_item (nodes, i);

      if (!masar_graph_view_get_label_rect (f->view, masar_graph_node_get_id (node), &rect))
        hidden_id = masar_graph_node_get_id (node);
    }
  g_assert_nonnull (hidden_id);
  masar_graph_view_set_selected_node (f->view, hidden_id);
  g_assert_true (masar_graph_view_get_label_rect (f->view, hidden_id, &rect));
}

static void
test_edge_width_animates (Fixture       *f,
                          gconstpointer  data)
{
  MasarDate a = { 2025, 3, 1 }, b = { 2025, 3, 31 };
  double before, during;
  gint64 deadline;

  g_object_set (gtk_widget_get_settings (GTK_WIDGET (f->view)), "gtk-enable-animations", TRUE, NULL);

  /* Putin and Witkoff share two talks; March has one of them. */
  before = masar_graph_view_get_edge_width (f->view, "putin", "witkoff");
  g_assert_cmpfloat (before, >, 1.0);
  g_assert_cmpfloat (masar_graph_view_get_edge_width (f->view, "witkoff", "putin"), ==, before);
  g_assert_cmpfloat (masar_graph_view_get_edge_width (f->view, "eu", "witkoff"), ==, -1.0);

  masar_graph_view_set_range (f->view, masar_date_to_julian (&a), masar_date_to_julian (&b));
  /* No frame has passed: the link is still drawn as wide as before. */
  during = masar_graph_view_get_edge_width (f->view, "putin", "witkoff");
  g_assert_cmpfloat_with_epsilon (during, before, 1e-9);

  /* The frames carry it to its new width. */
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (masar_graph_view_get_edge_width (f->view, "putin", "witkoff") > 1.0 + 1e-9 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpfloat_with_epsilon (masar_graph_view_get_edge_width (f->view, "putin", "witkoff"), 1.0, 1e-9);
}


/* Resizes the window and waits until the view has its new width. */
static void
resize_to (Fixture *f,
           int      width,
           int      height)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  while (gtk_widget_get_width (GTK_WIDGET (f->view)) != width &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), ==, width);
}

/* Returns how many node discs (and shown labels) reach outside the view's allocation. */
static guint
count_discs_outside (Fixture *f)
{
  GListModel *nodes = masar_graph_model_get_nodes (f->model);
  int width = gtk_widget_get_width (GTK_WIDGET (f->view));
  int height = gtk_widget_get_height (GTK_WIDGET (f->view));
  guint outside = 0;

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(MasarGraphNode) node = g_list_model_get_item (nodes, i);
      const char *id = masar_graph_node_get_id (node);
      double r = expected_radius (f->model, id);
      graphene_rect_t rect;
      double x, y;

      g_assert_true (masar_graph_view_get_node_position (f->view, id, &x, &y));
      if (x - r < 0 || x + r > width || y - r < 0 || y + r > height)
        outside++;
      if (masar_graph_view_get_label_rect (f->view, id, &rect) &&
          (rect.origin.x < 0 || rect.origin.x + rect.size.width > width ||
           rect.origin.y < 0 || rect.origin.y + rect.size.height > height))
        {
          g_test_message ("label of %s outside: %g+%g of %d", id, rect.origin.x, rect.size.width, width);
          outside++;
        }
    }
  return outside;
}

static void
test_refit_on_resize (Fixture       *f,
                      gconstpointer  data)
{
  double x0, y0, x1, y1;

  /* Fitted at 640x480, then the area shrinks: the view fits again. */
  g_assert_cmpuint (count_discs_outside (f), ==, 0);
  g_assert_true (masar_graph_view_get_node_position (f->view, "putin", &x0, &y0));
  resize_to (f, 300, 220);
  g_assert_cmpuint (count_discs_outside (f), ==, 0);
  g_assert_cmpfloat (masar_graph_view_get_zoom (f->view), ==, 1.0);

  /* And grows back: the same drawing as before, not a small one in a corner. */
  resize_to (f, 640, 480);
  g_assert_cmpuint (count_discs_outside (f), ==, 0);
  g_assert_true (masar_graph_view_get_node_position (f->view, "putin", &x1, &y1));
  g_assert_cmpfloat (fabs (x1 - x0), <, 1.0);
  g_assert_cmpfloat (fabs (y1 - y0), <, 1.0);

  /* Once the user zoomed by hand the view stays as they left it... */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "graph.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "graph.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "graph.zoom-in", NULL));
  g_assert_true (masar_graph_view_get_node_position (f->view, "putin", &x0, &y0));
  resize_to (f, 300, 220);
  g_assert_cmpfloat (masar_graph_view_get_zoom (f->view), >, 1.0);
  g_assert_cmpuint (count_discs_outside (f), >, 0);
  /* ...its centre kept in the middle of the smaller area, the scale unchanged. */
  g_assert_true (masar_graph_view_get_node_position (f->view, "putin", &x1, &y1));
  g_assert_cmpfloat (fabs ((x1 - 150) - (x0 - 320)), <, 1.0);
  g_assert_cmpfloat (fabs ((y1 - 110) - (y0 - 240)), <, 1.0);

  /* until they fit again (0): from then on resizes refit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "graph.fit", NULL));
  g_assert_cmpuint (count_discs_outside (f), ==, 0);
  resize_to (f, 360, 260);
  g_assert_cmpuint (count_discs_outside (f), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* The accessible test needs GTK's in-process test AT context (the suite sets "none"). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      /* Only when run by hand without a display: CI runs this under xvfb-run. */
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add ("/masar/graph-view/click-selects", Fixture, NULL,
              fixture_set_up, test_click_selects, fixture_tear_down);
  g_test_add ("/masar/graph-view/activate-and-edge", Fixture, NULL,
              fixture_set_up, test_activate_and_edge, fixture_tear_down);
  g_test_add ("/masar/graph-view/range-and-items", Fixture, NULL,
              fixture_set_up, test_range_and_items, fixture_tear_down);
  g_test_add ("/masar/graph-view/export", Fixture, NULL,
              fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/masar/graph-view/accessible", Fixture, NULL,
              fixture_set_up, test_accessible, fixture_tear_down);
  g_test_add ("/masar/graph-view/keyboard", Fixture, NULL,
              fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/masar/graph-view/labels", Fixture, NULL,
              fixture_set_up, test_labels, fixture_tear_down);
  g_test_add ("/masar/graph-view/edge-width-animates", Fixture, NULL,
              fixture_set_up, test_edge_width_animates, fixture_tear_down);
  g_test_add ("/masar/graph-view/refit-on-resize", Fixture, NULL,
              fixture_set_up, test_refit_on_resize, fixture_tear_down);

  return g_test_run ();
}
