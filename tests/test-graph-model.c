/* test-graph-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "masar-graph-model.h"

typedef struct
{
  const char     *id;
  MasarEventType  type;
  const char     *date;
  const char     *date_end;
  const char     *actors[4];
} EventSpec;

/* A small made-up track. e7 names Putin twice and an actor missing from the set. */
static const EventSpec event_specs[] = {
  { "e0", MASAR_EVENT_TALKS, "2025-03-10", NULL, { "putin", "witkoff", "moscow", NULL } },
  { "e1", MASAR_EVENT_CALL, "2025-03-18", NULL, { "putin", "trump", NULL } },
  { "e2", MASAR_EVENT_REJECTION, "2025-04", NULL, { "zelensky", "putin", NULL } },
  { "e3", MASAR_EVENT_PRESSURE, "2025-05-02", NULL, { "trump", "putin", NULL } },
  { "e4", MASAR_EVENT_STATEMENT, NULL, NULL, { "zelensky", "trump", NULL } },
  { "e5", MASAR_EVENT_TALKS, "2025-05-16", NULL, { "zelensky", "erdogan", "putin", NULL } },
  { "e6", MASAR_EVENT_AID, "2025-06", "2025-07", { "trump", "zelensky", NULL } },
  { "e7", MASAR_EVENT_MILITARY, "2025-08-01", NULL, { "putin", "putin", "someone", NULL } },
};

static MasarEventSet *
make_event_set (void)
{
  MasarEventSet *set = masar_event_set_new ();
  const struct { const char *id; MasarActorKind kind; const char *ar; const char *en; const char *side; } actors[] = {
    { "putin", MASAR_ACTOR_PERSON, "فلاديمير بوتين", "Vladimir Putin", "russia" },
    { "zelensky", MASAR_ACTOR_PERSON, "فولوديمير زيلينسكي", "Volodymyr Zelensky", "ukraine" },
    { "trump", MASAR_ACTOR_PERSON, "دونالد ترامب", "Donald Trump", "usa" },
    { "witkoff", MASAR_ACTOR_PERSON, "ستيف ويتكوف", "Steve Witkoff", "usa" },
    { "erdogan", MASAR_ACTOR_PERSON, "رجب طيب أردوغان", "Recep Tayyip Erdogan", "mediator" },
    { "moscow", MASAR_ACTOR_PLACE, "موسكو", "Moscow", "russia" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      MasarActor actor = {
        (char *) actors[i].id, actors[i].kind, (char *) actors[i].ar,
        (char *) actors[i].en, NULL, (char *) actors[i].side
      };

      masar_event_set_add_actor (set, &actor);
    }

  for (guint i = 0; i < G_N_ELEMENTS (event_specs); i++)
    {
      const EventSpec *spec = &event_specs[i];
      g_autoptr(MasarEvent) event = masar_event_new (spec->id, spec->type);
      MasarDate date = MASAR_DATE_INIT;
      MasarDate date_end = MASAR_DATE_INIT;

      if (spec->date != NULL)
        g_assert_true (masar_date_parse_iso (spec->date, &date));
      if (spec->date_end != NULL)
        g_assert_true (masar_date_parse_iso (spec->date_end, &date_end));
      masar_event_set_date (event, &date, &date_end,
                            spec->date != NULL ? MASAR_DATE_BASIS_EXPLICIT : MASAR_DATE_BASIS_UNKNOWN);
      for (guint a = 0; spec->actors[a] != NULL; a++)
        masar_event_add_actor (event, spec->actors[a], a == 0 ? MASAR_ROLE_SOURCE : MASAR_ROLE_TARGET);
      masar_event_set_add_event (set, event);
    }

  return set;
}

static gint64
julian (const char *iso)
{
  MasarDate date = MASAR_DATE_INIT;

  g_assert_true (masar_date_parse_iso (iso, &date));
  return masar_date_to_julian (&date);
}

static void
assert_events (const guint *events,
               guint        n_events,
               const char  *expected)
{
  g_autoptr(GString) got = g_string_new (NULL);

  for (guint i = 0; i < n_events; i++)
    g_string_append_printf (got, "%se%u", i > 0 ? " " : "", events[i]);
  g_assert_cmpstr (got->str, ==, expected);
}

static void
assert_edge (MasarGraphModel *model,
             const char      *a,
             const char      *b,
             guint            weight,
             guint            cooperative,
             guint            conflictual,
             const char      *events)
{
  MasarGraphEdge *edge = masar_graph_model_lookup_edge (model, a, b);
  const guint *list;
  guint n;

  g_assert_nonnull (edge);
  g_assert_true (edge == masar_graph_model_lookup_edge (model, b, a));
  g_assert_cmpuint (masar_graph_edge_get_weight (edge), ==, weight);
  g_assert_cmpuint (masar_graph_edge_get_n_cooperative (edge), ==, cooperative);
  g_assert_cmpuint (masar_graph_edge_get_n_conflictual (edge), ==, conflictual);
  list = masar_graph_edge_get_events (edge, &n);
  assert_events (list, n, events);
}

static void
test_weights (void)
{
  g_autoptr(MasarEventSet) set = make_event_set ();
  g_autoptr(MasarGraphModel) model = masar_graph_model_new (set);
  GListModel *nodes = masar_graph_model_get_nodes (model);
  GListModel *edges = masar_graph_model_get_edges (model);
  g_autoptr(MasarGraphNode) first = NULL;
  MasarGraphNode *putin;
  MasarGraphEdge *edge;
  const guint *list;
  guint n;

  /* Places are not nodes; an actor missing from the set still is, as "other". */
  g_assert_cmpuint (g_list_model_get_n_items (nodes), ==, 6);
  g_assert_null (masar_graph_model_lookup_node (model, "moscow"));
  g_assert_cmpstr (masar_graph_node_get_side (masar_graph_model_lookup_node (model, "someone")), ==, "other");

  putin = masar_graph_model_lookup_node (model, "putin");
  g_assert_nonnull (putin);
  g_assert_cmpstr (masar_graph_node_get_name_ar (putin), ==, "فلاديمير بوتين");
  g_assert_cmpstr (masar_graph_node_get_name_en (putin), ==, "Vladimir Putin");
  g_assert_cmpstr (masar_graph_node_get_side (putin), ==, "russia");
  /* Named twice in e7, counted once. */
  list = masar_graph_node_get_events (putin, &n);
  assert_events (list, n, "e0 e1 e2 e3 e5 e7");

  /* Largest first, and index matches the position. */
  first = g_list_model_get_item (nodes, 0);
  g_assert_true (first == putin);
  g_assert_cmpuint (masar_graph_node_get_index (putin), ==, 0);

  assert_edge (model, "putin", "trump", 2, 1, 1, "e1 e3");
  assert_edge (model, "zelensky", "putin", 2, 1, 1, "e2 e5");
  assert_edge (model, "trump", "zelensky", 2, 0, 0, "e4 e6");
  assert_edge (model, "putin", "witkoff", 1, 1, 0, "e0");
  assert_edge (model, "putin", "someone", 1, 0, 1, "e7");
  g_assert_null (masar_graph_model_lookup_edge (model, "putin", "putin"));
  g_assert_null (masar_graph_model_lookup_edge (model, "witkoff", "trump"));

  /* putin–trump, putin–zelensky, trump–zelensky, putin–witkoff, zelensky–erdogan,
   * erdogan–putin, putin–someone */
  g_assert_cmpuint (g_list_model_get_n_items (edges), ==, 7);

  edge = masar_graph_model_lookup_edge (model, "putin", "witkoff");
  g_assert_cmpfloat (masar_graph_edge_get_balance (edge), ==, 1.0);
  g_assert_cmpuint (masar_graph_edge_get_source (edge), <, masar_graph_edge_get_target (edge));
  g_assert_cmpstr (masar_graph_edge_get_source_id (edge), ==, "putin");
  edge = masar_graph_model_lookup_edge (model, "putin", "someone");
  g_assert_cmpfloat (masar_graph_edge_get_balance (edge), ==, -1.0);

  /* With places, Moscow joins through e0. */
  masar_graph_model_set_include_places (model, TRUE);
  g_assert_nonnull (masar_graph_model_lookup_node (model, "moscow"));
  assert_edge (model, "moscow", "witkoff", 1, 1, 0, "e0");

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_time_filter (void)
{
  g_autoptr(MasarEventSet) set = make_event_set ();
  g_autoptr(MasarGraphModel) model = masar_graph_model_new (set);
  MasarGraphNode *putin;
  guint changed = 0;
  const guint *list;
  guint n;
  gint64 begin, end;

  g_signal_connect_swapped (model, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_false (masar_graph_model_get_range (model, NULL, NULL));

  /* Mid-April: the month-precise rejection (e2) overlaps; undated e4 stays by default. */
  masar_graph_model_set_range (model, julian ("2025-04-15"), julian ("2025-04-20"));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (masar_graph_model_get_range (model, &begin, &end));
  g_assert_cmpint (begin, ==, julian ("2025-04-15"));
  putin = masar_graph_model_lookup_node (model, "putin");
  list = masar_graph_node_get_events (putin, &n);
  assert_events (list, n, "e2");
  assert_edge (model, "trump", "zelensky", 1, 0, 0, "e4");
  g_assert_null (masar_graph_model_lookup_node (model, "witkoff"));

  /* Undated events out (a brushed range). */
  masar_graph_model_set_include_undated (model, FALSE);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_null (masar_graph_model_lookup_node (model, "trump"));
  g_assert_cmpuint (g_list_model_get_n_items (masar_graph_model_get_nodes (model)), ==, 2);

  /* A span (e6, June–July) overlaps a range that starts in its last month. */
  masar_graph_model_set_range (model, julian ("2025-07-31"), julian ("2025-08-31"));
  assert_edge (model, "trump", "zelensky", 1, 0, 0, "e6");
  g_assert_nonnull (masar_graph_model_lookup_edge (model, "putin", "someone"));

  /* Range bounds are inclusive. */
  masar_graph_model_set_range (model, julian ("2025-03-18"), julian ("2025-03-18"));
  assert_edge (model, "putin", "trump", 1, 1, 0, "e1");
  g_assert_cmpuint (g_list_model_get_n_items (masar_graph_model_get_edges (model)), ==, 1);

  /* Setting the same range again changes nothing. */
  changed = 0;
  masar_graph_model_set_range (model, julian ("2025-03-18"), julian ("2025-03-18"));
  g_assert_cmpuint (changed, ==, 0);

  masar_graph_model_clear_range (model);
  g_assert_false (masar_graph_model_get_range (model, NULL, NULL));
  /* All dated events are back; undated e4 still out. */
  assert_edge (model, "trump", "zelensky", 1, 0, 0, "e6");

  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
test_type_filter (void)
{
  g_autoptr(MasarEventSet) set = make_event_set ();
  g_autoptr(MasarGraphModel) model = masar_graph_model_new (set);
  g_autoptr(MasarEvent) late = NULL;
  guint cooperative = 0;

  for (guint t = 0; t < MASAR_N_EVENT_TYPES; t++)
    if (masar_graph_event_type_is_cooperative (t))
      cooperative |= 1u << t;

  masar_graph_model_set_type_filter (model, cooperative);
  g_assert_cmpuint (masar_graph_model_get_type_filter (model), ==, cooperative);
  assert_edge (model, "putin", "trump", 1, 1, 0, "e1");
  assert_edge (model, "zelensky", "putin", 1, 1, 0, "e5");
  g_assert_null (masar_graph_model_lookup_edge (model, "trump", "zelensky"));
  g_assert_null (masar_graph_model_lookup_node (model, "someone"));

  masar_graph_model_set_type_filter (model, 1u << MASAR_EVENT_PRESSURE);
  assert_edge (model, "putin", "trump", 1, 0, 1, "e3");
  g_assert_cmpuint (g_list_model_get_n_items (masar_graph_model_get_nodes (model)), ==, 2);

  /* The model follows events added to the set. */
  late = masar_event_new ("e8", MASAR_EVENT_PRESSURE);
  masar_event_add_actor (late, "trump", MASAR_ROLE_SOURCE);
  masar_event_add_actor (late, "zelensky", MASAR_ROLE_TARGET);
  masar_event_set_add_event (set, late);
  assert_edge (model, "trump", "zelensky", 1, 0, 1, "e8");

  masar_graph_model_set_type_filter (model, 0);
  g_assert_cmpuint (g_list_model_get_n_items (masar_graph_model_get_nodes (model)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (masar_graph_model_get_edges (model)), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&model));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/graph-model/weights", test_weights);
  g_test_add_func ("/masar/graph-model/time-filter", test_time_filter);
  g_test_add_func ("/masar/graph-model/type-filter", test_type_filter);

  return g_test_run ();
}
