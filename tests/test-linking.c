/* test-linking.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the views lead to each other, on the seed corpus opened through
 * masar_window_open_folder(): the timeline holds the corpus's events; activating or
 * selecting an event shows its source article in the reader below the timeline with exactly
 * the source sentence highlighted; the reader steps through an event's sources; the list
 * beside the timeline selects in the timeline; clicking an actor in the graph filters the
 * timeline to it and lists its events; a selection made outside the timeline brings the
 * event into view; a link lists the shared events; the graph follows
 * the timeline's visible range and its brush; the play control steps through months.
 * Needs a display (CI: xvfb-run).
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "masar-graph-page.h"
#include "masar-source-pane.h"
#include "masar-timeline-page.h"
#include "masar-window.h"

static MasarWindow *window;

static GFile *
get_seeds (void)
{
  const char *shared = g_getenv ("MASAR_SHARED_DIR");
  g_autofree char *path = NULL;

  if (shared == NULL)
    return NULL;

  path = g_build_filename (shared, "corpus", "seeds", NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return NULL;

  return g_file_new_for_path (path);
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
spin (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop for about @ms milliseconds (idles, layout, drawing). */
static void
spin_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  spin ();
}

static gboolean
open_seeds (void)
{
  g_autoptr(GFile) seeds = get_seeds ();
  gint64 deadline;
  guint wake;

  if (seeds == NULL)
    {
      g_test_skip ("the seed corpus is not there (MASAR_SHARED_DIR)");
      return FALSE;
    }
  if (masar_window_get_corpus (window) != NULL)
    return TRUE;

  masar_window_open_folder (window, seeds);
  deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  wake = g_timeout_add (50, wake_cb, NULL);
  while (masar_window_get_loading (window))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("loading the seeds did not finish in 120 s");
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (wake);
  spin ();

  g_assert_nonnull (masar_window_get_corpus (window));
  g_assert_nonnull (masar_window_get_event_set (window));
  return TRUE;
}

static MasarTimelinePage *
get_timeline_page (void)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (masar_window_get_reader (window)), ADW_TYPE_VIEW_STACK)),
                                                      "timeline");

  page = adw_bin_get_child (ADW_BIN (page));
  g_assert_true (MASAR_IS_TIMELINE_PAGE (page));
  return MASAR_TIMELINE_PAGE (page);
}

static MasarGraphPage *
get_graph_page (void)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (masar_window_get_reader (window)), ADW_TYPE_VIEW_STACK)),
                                                      "graph");

  page = adw_bin_get_child (ADW_BIN (page));
  g_assert_true (MASAR_IS_GRAPH_PAGE (page));
  return MASAR_GRAPH_PAGE (page);
}

/* The reader highlights exactly the source's span of its article. */
static void
assert_reader_shows_source (MasarReader *reader,
                            MasarEvent  *event,
                            guint        source_index)
{
  const MasarEventSource *source = masar_event_get_source (event, source_index);
  MasarArticle *article = masar_reader_get_article (reader);
  GtkTextIter start, end;
  g_autofree char *highlighted = NULL;

  g_assert_nonnull (article);
  g_assert_cmpstr (masar_article_get_id (article), ==, source->article_id);
  g_assert_true (masar_reader_get_highlight (reader, &start, &end));
  highlighted = gtk_text_iter_get_text (&start, &end);
  g_assert_cmpstr (highlighted, ==, source->text);
  g_assert_cmpint (g_utf8_strlen (highlighted, -1), ==, source->end - source->start);
}

static void
test_timeline_has_events (void)
{
  MasarTimelinePage *page;
  MasarTimelineModel *model;
  GListModel *events;
  guint n;

  if (!open_seeds ())
    return;

  page = get_timeline_page ();
  model = masar_timeline_page_get_model (page);
  events = masar_event_set_get_events (masar_window_get_event_set (window));
  n = g_list_model_get_n_items (events);

  g_assert_cmpuint (n, >, 0);
  g_assert_true (masar_timeline_page_get_event_set (page) == masar_window_get_event_set (window));
  g_assert_cmpuint (masar_timeline_model_get_n_items (model), ==, n);

  /* Every event of the corpus has its item. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MasarEvent) event = g_list_model_get_item (events, i);
      guint item = masar_timeline_page_find_item (page, event);
      g_autoptr(MasarEvent) back = NULL;

      g_assert_cmpuint (item, !=, G_MAXUINT);
      back = masar_timeline_model_get_item_event (model, item);
      g_assert_true (back == event);
    }
}

static MasarEvent *
find_event_with_sources (guint min_sources)
{
  GListModel *events = masar_event_set_get_events (masar_window_get_event_set (window));

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(MasarEvent) event = g_list_model_get_item (events, i);

      if (masar_event_get_n_sources (event) >= min_sources)
        return g_steal_pointer (&event);
    }
  return NULL;
}

static void
test_activate_shows_source (void)
{
  MasarTimelinePage *page;
  MasarSourcePane *pane;
  MasarTimeline *timeline;
  g_autoptr(MasarEvent) event = NULL;
  guint item;

  if (!open_seeds ())
    return;

  page = get_timeline_page ();
  pane = masar_timeline_page_get_source_pane (page);
  timeline = masar_timeline_page_get_timeline (page);
  masar_window_set_visible_page (window, "timeline");
  spin ();

  /* Pick an event whose article is not the one the reader shows. */
  event = find_event_with_sources (1);
  g_assert_nonnull (event);
  item = masar_timeline_page_find_item (page, event);

  /* What Enter or a double click on the mark does. */
  g_signal_emit_by_name (timeline, "event-activated", event, item);
  spin ();

  g_assert_cmpstr (masar_window_get_visible_page (window), ==, "timeline");
  g_assert_true (masar_source_pane_get_event (pane) == event);
  assert_reader_shows_source (masar_source_pane_get_reader (pane), event, 0);
  /* The reader page follows too, for when the user goes there. */
  assert_reader_shows_source (masar_window_get_reader (window), event, 0);

  /* Outside the timeline, the window switches to the reader page. */
  masar_window_set_visible_page (window, "events");
  g_assert_true (masar_window_show_event_source (window, event, 0));
  g_assert_cmpstr (masar_window_get_visible_page (window), ==, "reader");
  assert_reader_shows_source (masar_window_get_reader (window), event, 0);
}

static void
test_selection_shows_source (void)
{
  MasarTimelinePage *page;
  MasarTimelineModel *model;
  MasarSourcePane *pane;
  GListModel *events;
  guint n;

  if (!open_seeds ())
    return;

  page = get_timeline_page ();
  model = masar_timeline_page_get_model (page);
  pane = masar_timeline_page_get_source_pane (page);
  masar_window_set_visible_page (window, "timeline");
  spin ();

  /* Select two different events in turn with the keyboard's path: the pane follows. */
  events = masar_event_set_get_events (masar_window_get_event_set (window));
  n = g_list_model_get_n_items (events);
  for (guint i = 0; i < MIN (n, 2); i++)
    {
      g_autoptr(MasarEvent) event = g_list_model_get_item (events, n - 1 - i);
      guint item = masar_timeline_page_find_item (page, event);

      masar_timeline_model_set_selected (model, item);
      spin ();
      g_assert_true (masar_source_pane_get_event (pane) == event);
      if (masar_event_get_n_sources (event) > 0)
        assert_reader_shows_source (masar_source_pane_get_reader (pane), event, 0);
    }
}

static void
test_source_stepping (void)
{
  MasarTimelinePage *page;
  MasarSourcePane *pane;
  g_autoptr(MasarEvent) event = NULL;
  g_autofree char *expected = NULL;
  guint n;

  if (!open_seeds ())
    return;

  page = get_timeline_page ();
  pane = masar_timeline_page_get_source_pane (page);
  masar_window_set_visible_page (window, "timeline");

  event = find_event_with_sources (2);
  if (event == NULL)
    {
      g_test_skip ("no event of the seeds has two sources");
      return;
    }
  n = masar_event_get_n_sources (event);

  g_assert_true (masar_timeline_page_select_event (page, event));
  spin ();
  expected = g_strdup_printf ("Source 1 of %u", n);
  g_assert_cmpstr (masar_source_pane_get_position_text (pane), ==, expected);
  assert_reader_shows_source (masar_source_pane_get_reader (pane), event, 0);

  /* The "next source" button asks for the second source. */
  g_signal_emit_by_name (pane, "source-requested", event, 1);
  spin ();
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Source 2 of %u", n);
  g_assert_cmpstr (masar_source_pane_get_position_text (pane), ==, expected);
  g_assert_cmpuint (masar_source_pane_get_source_index (pane), ==, 1);
  assert_reader_shows_source (masar_source_pane_get_reader (pane), event, 1);
}

static void
test_list_selects_in_timeline (void)
{
  MasarTimelinePage *page;
  MasarTimelineModel *model;
  GListModel *list;
  g_autoptr(MasarEvent) event = NULL;
  g_autoptr(MasarEvent) selected = NULL;
  guint n;

  if (!open_seeds ())
    return;

  page = get_timeline_page ();
  model = masar_timeline_page_get_model (page);
  masar_window_set_visible_page (window, "timeline");
  masar_timeline_page_set_list_visible (page, TRUE);
  masar_timeline_model_set_actor_filter (model, NULL);
  masar_timeline_model_clear_brush (model);
  masar_timeline_model_zoom_to_fit (model);
  spin_for (100);

  list = masar_timeline_page_get_list (page);
  n = g_list_model_get_n_items (list);
  g_assert_cmpuint (n, >, 1);

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (list), n - 1, TRUE);
  spin ();
  event = g_list_model_get_item (list, n - 1);
  g_assert_cmpuint (masar_timeline_model_get_selected (model), ==, masar_timeline_page_find_item (page, event));
  selected = masar_timeline_model_get_item_event (model, masar_timeline_model_get_selected (model));
  g_assert_true (selected == event);

  /* And the timeline's selection shows in the list. */
  g_clear_object (&event);
  event = g_list_model_get_item (list, 0);
  masar_timeline_model_set_selected (model, masar_timeline_page_find_item (page, event));
  spin ();
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (list)), ==, 0);
  masar_timeline_page_set_list_visible (page, FALSE);
}

static gboolean
item_is_inside (MasarTimelineModel *model,
                guint               item)
{
  gint32 start, end;

  masar_timeline_model_get_item_days (model, item, &start, &end);
  return start >= masar_timeline_model_get_visible_begin (model) &&
         start + 1 <= masar_timeline_model_get_visible_end (model);
}

/* The earliest dated event that passes the filters. */
static guint
earliest_item (MasarTimelineModel *model)
{
  guint best = G_MAXUINT;
  gint32 best_start = G_MAXINT32;

  for (guint i = 0; i < masar_timeline_model_get_n_items (model); i++)
    {
      gint32 start, end;

      masar_timeline_model_get_item_days (model, i, &start, &end);
      if (start != 0 && start < best_start && masar_timeline_model_item_is_filtered (model, i))
        {
          best = i;
          best_start = start;
        }
    }
  return best;
}

/* A selection made outside the timeline (its list, another page, the window) brings the
 * event into view, keeping the zoom; a click in the timeline does not pan. */
static void
test_selection_reveals (void)
{
  MasarTimelinePage *page;
  MasarTimelineModel *model;
  MasarTimeline *timeline;
  GListModel *list;
  g_autoptr(MasarEvent) event = NULL;
  guint item, position, n;
  gint32 start, end;
  double zoom, span;

  if (!open_seeds ())
    return;

  page = get_timeline_page ();
  model = masar_timeline_page_get_model (page);
  timeline = masar_timeline_page_get_timeline (page);
  masar_window_set_visible_page (window, "timeline");
  masar_timeline_page_set_list_visible (page, TRUE);
  masar_timeline_model_set_actor_filter (model, NULL);
  masar_timeline_model_clear_brush (model);
  masar_timeline_model_set_zoom (model, 2.0);
  spin_for (100);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (timeline)));
  zoom = masar_timeline_model_get_zoom (model);
  span = masar_timeline_model_get_visible_end (model) - masar_timeline_model_get_visible_begin (model);

  item = earliest_item (model);
  g_assert_cmpuint (item, !=, G_MAXUINT);
  masar_timeline_model_get_item_days (model, item, &start, &end);

  /* 1. The side list: it lists the view's events, so show the earliest event, let the
   * list follow, then move the view away (the list updates at the next iteration) and
   * select the event in the list. */
  masar_timeline_model_set_visible_begin (model, start - span / 2);
  spin ();
  list = masar_timeline_page_get_list (page);
  n = g_list_model_get_n_items (list);
  position = GTK_INVALID_LIST_POSITION;
  event = masar_timeline_model_get_item_event (model, item);
  for (guint i = 0; i < n && position == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr(MasarEvent) other = g_list_model_get_item (list, i);

      if (other == event)
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (list), GTK_INVALID_LIST_POSITION);
  masar_timeline_model_set_selected (model, G_MAXUINT);
  spin ();
  masar_timeline_model_set_visible_begin (model, start + 3 * span);
  g_assert_false (item_is_inside (model, item));
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (list), position, TRUE);
  g_assert_cmpuint (masar_timeline_model_get_selected (model), ==, item);
  spin_for (600);
  g_assert_cmpuint (masar_timeline_model_get_selected (model), ==, item);
  g_assert_true (item_is_inside (model, item));
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_get_zoom (model), zoom, 1e-9);
  g_assert_false (masar_timeline_get_revealing (timeline));

  /* 2. Another page (Events, the graph) selects through the page. */
  masar_timeline_model_set_selected (model, G_MAXUINT);
  spin ();
  masar_timeline_model_set_visible_begin (model, start + 5 * span);
  g_assert_false (item_is_inside (model, item));
  g_assert_true (masar_timeline_page_select_event (page, event));
  spin_for (600);
  g_assert_true (item_is_inside (model, item));
  g_assert_cmpfloat_with_epsilon (masar_timeline_model_get_zoom (model), zoom, 1e-9);

  /* 3. The window (MASAR_INITIAL_EVENT) selects in the model, then sets the range: the
   * reveal comes after, at the next frame. */
  masar_timeline_model_set_selected (model, G_MAXUINT);
  spin ();
  masar_timeline_model_set_selected (model, item);
  masar_timeline_model_set_visible_begin (model, start + 4 * span);
  g_assert_false (item_is_inside (model, item));
  spin_for (600);
  g_assert_true (item_is_inside (model, item));


  masar_timeline_model_set_selected (model, G_MAXUINT);
  masar_timeline_model_zoom_to_fit (model);
  masar_timeline_page_set_list_visible (page, FALSE);
  spin ();
}

static const char *
biggest_actor (MasarGraphView *view)
{
  GListModel *items = masar_graph_view_get_items (view);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (MASAR_IS_GRAPH_NODE (item))
        return masar_graph_node_get_id (MASAR_GRAPH_NODE (item));
    }
  return NULL;
}

static void
test_graph_node_filters_timeline (void)
{
  MasarTimelinePage *timeline_page;
  MasarGraphPage *graph_page;
  MasarTimelineModel *model;
  MasarGraphView *view;
  MasarGraphNode *node;
  GListModel *panel;
  const char *actor_id;
  guint n_items, n_with_actor = 0;

  if (!open_seeds ())
    return;

  timeline_page = get_timeline_page ();
  graph_page = get_graph_page ();
  model = masar_timeline_page_get_model (timeline_page);
  view = masar_graph_page_get_graph_view (graph_page);
  masar_window_set_visible_page (window, "graph");
  spin_for (100);

  actor_id = biggest_actor (view);
  g_assert_nonnull (actor_id);
  node = masar_graph_model_lookup_node (masar_graph_view_get_model (view), actor_id);
  g_assert_nonnull (node);

  /* What a click on the node does. */
  g_signal_emit_by_name (view, "node-selected", actor_id);
  spin ();

  g_assert_cmpstr (masar_timeline_model_get_actor_filter (model), ==, actor_id);
  n_items = masar_timeline_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MasarEvent) event = masar_timeline_model_get_item_event (model, i);
      gboolean has = masar_event_has_actor (event, actor_id);

      g_assert_cmpint (masar_timeline_model_item_is_filtered (model, i), ==, has);
      n_with_actor += has;
    }
  g_assert_cmpuint (n_with_actor, >, 0);
  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, n_with_actor);

  /* The side panel lists the actor's events. */
  panel = masar_graph_page_get_panel_events (graph_page);
  g_assert_cmpuint (g_list_model_get_n_items (panel), ==, masar_graph_node_get_n_events (node));
  for (guint i = 0; i < g_list_model_get_n_items (panel); i++)
    {
      g_autoptr(MasarEvent) event = g_list_model_get_item (panel, i);

      g_assert_true (masar_event_has_actor (event, actor_id));
    }

  /* Clearing the selection shows every actor again. */
  g_signal_emit_by_name (view, "node-selected", NULL);
  spin ();
  g_assert_null (masar_timeline_model_get_actor_filter (model));
  g_assert_cmpuint (masar_timeline_model_get_n_filtered (model), ==, n_items);
  g_assert_cmpuint (g_list_model_get_n_items (panel), ==, 0);
}

static void
test_graph_link_lists_shared_events (void)
{
  MasarGraphPage *graph_page;
  MasarGraphView *view;
  GListModel *items;
  MasarGraphEdge *edge = NULL;
  GListModel *panel;

  if (!open_seeds ())
    return;

  graph_page = get_graph_page ();
  view = masar_graph_page_get_graph_view (graph_page);
  items = masar_graph_view_get_items (view);
  for (guint i = 0; i < g_list_model_get_n_items (items) && edge == NULL; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (MASAR_IS_GRAPH_EDGE (item))
        edge = MASAR_GRAPH_EDGE (item);
    }
  g_assert_nonnull (edge);

  g_signal_emit_by_name (view, "edge-selected",
                         masar_graph_edge_get_source_id (edge), masar_graph_edge_get_target_id (edge));
  spin ();

  panel = masar_graph_page_get_panel_events (graph_page);
  g_assert_cmpuint (g_list_model_get_n_items (panel), ==, masar_graph_edge_get_weight (edge));
  for (guint i = 0; i < g_list_model_get_n_items (panel); i++)
    {
      g_autoptr(MasarEvent) event = g_list_model_get_item (panel, i);

      g_assert_true (masar_event_has_actor (event, masar_graph_edge_get_source_id (edge)));
      g_assert_true (masar_event_has_actor (event, masar_graph_edge_get_target_id (edge)));
    }
}

static void
test_graph_follows_range (void)
{
  MasarTimelineModel *model;
  MasarGraphPage *graph_page;
  MasarGraphModel *graph_model;
  gint32 first, last;
  gint64 begin, end;
  double mid;

  if (!open_seeds ())
    return;

  model = masar_timeline_page_get_model (get_timeline_page ());
  graph_page = get_graph_page ();
  graph_model = masar_graph_view_get_model (masar_graph_page_get_graph_view (graph_page));
  g_assert_nonnull (graph_model);
  masar_timeline_model_set_actor_filter (model, NULL);
  g_assert_true (masar_timeline_model_get_extent (model, &first, &last));

  /* The visible range. */
  mid = first + (last - first) / 2.0;
  masar_timeline_model_set_visible_range (model, first - 10, floor (mid));
  spin ();
  g_assert_true (masar_graph_model_get_range (graph_model, &begin, &end));
  g_assert_cmpint (begin, ==, (gint64) floor (masar_timeline_model_get_visible_begin (model)));
  g_assert_cmpint (end, ==, (gint64) ceil (masar_timeline_model_get_visible_end (model)) - 1);

  masar_timeline_model_set_visible_range (model, floor (mid), last + 10);
  spin ();
  g_assert_true (masar_graph_model_get_range (graph_model, &begin, &end));
  g_assert_cmpint (begin, ==, (gint64) floor (masar_timeline_model_get_visible_begin (model)));

  /* A brush wins over the visible range, and clearing it goes back. */
  masar_timeline_model_set_brush (model, last - 40, last + 1);
  spin ();
  g_assert_true (masar_graph_model_get_range (graph_model, &begin, &end));
  g_assert_cmpint (begin, ==, last - 40);
  g_assert_cmpint (end, ==, last);

  masar_timeline_model_clear_brush (model);
  spin ();
  g_assert_true (masar_graph_model_get_range (graph_model, &begin, &end));
  g_assert_cmpint (begin, ==, (gint64) floor (masar_timeline_model_get_visible_begin (model)));

  /* Every event the graph counts lies in the range. */
  for (guint i = 0; i < g_list_model_get_n_items (masar_graph_model_get_nodes (graph_model)); i++)
    {
      g_autoptr(MasarGraphNode) node = g_list_model_get_item (masar_graph_model_get_nodes (graph_model), i);
      GListModel *events = masar_event_set_get_events (masar_window_get_event_set (window));
      const guint *indices;
      guint n;

      indices = masar_graph_node_get_events (node, &n);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(MasarEvent) event = g_list_model_get_item (events, indices[j]);

          g_assert_true (masar_graph_model_event_in_range (graph_model, event));
        }
    }
}

static void
test_play_steps_months (void)
{
  MasarTimelineModel *model;
  MasarGraphPage *graph_page;
  MasarGraphModel *graph_model;
  MasarDate date = MASAR_DATE_INIT;
  gint32 first, last;
  gint64 begin, end, previous_end;
  guint steps = 1;

  if (!open_seeds ())
    return;

  model = masar_timeline_page_get_model (get_timeline_page ());
  graph_page = get_graph_page ();
  graph_model = masar_graph_view_get_model (masar_graph_page_get_graph_view (graph_page));
  g_assert_true (masar_timeline_model_get_extent (model, &first, &last));

  masar_graph_page_set_playing (graph_page, TRUE);
  g_assert_true (masar_graph_page_get_playing (graph_page));

  /* The first month of the corpus. */
  g_assert_true (masar_graph_model_get_range (graph_model, &begin, &end));
  g_assert_cmpint (begin, <=, first);
  g_assert_cmpint (end, >=, first);
  masar_date_from_julian (begin, &date);
  g_assert_cmpint (date.day, ==, 1);
  g_assert_cmpint (end - begin, >=, 27);
  g_assert_cmpint (end - begin, <=, 30);

  /* Each step is the next month, until the last one. */
  previous_end = end;
  while (masar_graph_page_step_month (graph_page))
    {
      g_assert_true (masar_graph_model_get_range (graph_model, &begin, &end));
      g_assert_cmpint (begin, ==, previous_end + 1);
      previous_end = end;
      steps++;
      g_assert_cmpuint (steps, <, 2000);
    }
  g_assert_cmpint (end, >=, last);
  g_assert_cmpint (begin, <=, last);

  /* Stopping goes back to following the timeline. */
  masar_graph_page_set_playing (graph_page, FALSE);
  g_assert_false (masar_graph_page_get_playing (graph_page));
  g_assert_true (masar_graph_model_get_range (graph_model, &begin, &end));
  g_assert_cmpint (begin, ==, (gint64) floor (masar_timeline_model_get_visible_begin (model)));
}

static void
test_graph_event_opens_reader (void)
{
  MasarGraphPage *graph_page;
  GListModel *panel;
  g_autoptr(MasarEvent) event = NULL;
  const char *actor_id;

  if (!open_seeds ())
    return;

  graph_page = get_graph_page ();
  masar_window_set_visible_page (window, "graph");
  actor_id = biggest_actor (masar_graph_page_get_graph_view (graph_page));
  masar_graph_page_select_actor (graph_page, actor_id);
  panel = masar_graph_page_get_panel_events (graph_page);
  g_assert_cmpuint (g_list_model_get_n_items (panel), >, 0);
  event = g_list_model_get_item (panel, 0);

  g_signal_emit_by_name (graph_page, "event-activated", event);
  spin ();
  g_assert_cmpstr (masar_window_get_visible_page (window), ==, "reader");
  assert_reader_shows_source (masar_window_get_reader (window), event, 0);

  masar_graph_page_select_actor (graph_page, NULL);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "");
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_message ("no display; run under xvfb-run");
      return 77;
    }
  adw_init ();

  window = masar_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));

  g_test_add_func ("/masar/linking/timeline-has-events", test_timeline_has_events);
  g_test_add_func ("/masar/linking/activate-shows-source", test_activate_shows_source);
  g_test_add_func ("/masar/linking/selection-shows-source", test_selection_shows_source);
  g_test_add_func ("/masar/linking/source-stepping", test_source_stepping);
  g_test_add_func ("/masar/linking/list-selects-in-timeline", test_list_selects_in_timeline);
  g_test_add_func ("/masar/linking/selection-reveals", test_selection_reveals);
  g_test_add_func ("/masar/linking/graph-node-filters-timeline", test_graph_node_filters_timeline);
  g_test_add_func ("/masar/linking/graph-link-lists-shared-events", test_graph_link_lists_shared_events);
  g_test_add_func ("/masar/linking/graph-follows-range", test_graph_follows_range);
  g_test_add_func ("/masar/linking/play-steps-months", test_play_steps_months);
  g_test_add_func ("/masar/linking/graph-event-opens-reader", test_graph_event_opens_reader);

  ret = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  return ret;
}
