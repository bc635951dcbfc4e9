/* test-graph-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "masar-graph-layout.h"

static double
node_distance (MasarGraphLayout *layout,
               guint             a,
               guint             b)
{
  double xa, ya, xb, yb;

  masar_graph_layout_get_position (layout, a, &xa, &ya);
  masar_graph_layout_get_position (layout, b, &xb, &yb);
  return hypot (xa - xb, ya - yb);
}

/* A Barabási–Albert graph: each new node links to @m existing ones chosen by degree. */
static MasarGraphLayout *
scale_free_layout (guint n,
                   guint m,
                   guint seed)
{
  MasarGraphLayout *layout = masar_graph_layout_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));

  g_object_set (layout, "seed", seed, NULL);
  masar_graph_layout_set_n_nodes (layout, n);
  for (guint v = 1; v < n; v++)
    {
      for (guint k = 0; k < MIN (m, v); k++)
        {
          guint u;

          if (ends->len == 0)
            u = 0;
          else
            u = g_array_index (ends, guint, g_rand_int_range (rand, 0, ends->len));
          masar_graph_layout_add_edge (layout, v, u, 1.0);
          g_array_append_val (ends, u);
          g_array_append_val (ends, v);
        }
    }
  masar_graph_layout_randomize (layout);
  return layout;
}

static void
test_connected_attract (void)
{
  g_autoptr(MasarGraphLayout) layout = masar_graph_layout_new ();
  double fx[2], fy[2];

  /* No gravity: only the pair's own forces. Far apart, the edge wins. */
  g_object_set (layout, "gravity", 0.0, NULL);
  masar_graph_layout_set_n_nodes (layout, 2);
  masar_graph_layout_add_edge (layout, 0, 1, 1.0);
  masar_graph_layout_set_position (layout, 0, -50.0, 0.0);
  masar_graph_layout_set_position (layout, 1, 50.0, 0.0);
  masar_graph_layout_compute_forces (layout, TRUE, fx, fy);

  g_assert_cmpfloat (fx[0], >, 0.0);
  g_assert_cmpfloat (fx[1], <, 0.0);
  g_assert_cmpfloat_with_epsilon (fy[0], 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (fx[0], -fx[1], 1e-9);

  for (guint i = 0; i < 200; i++)
    masar_graph_layout_step (layout);
  g_assert_cmpfloat (node_distance (layout, 0, 1), <, 20.0);
  g_assert_cmpfloat (node_distance (layout, 0, 1), >, 0.1);
}

static void
test_unconnected_repel (void)
{
  g_autoptr(MasarGraphLayout) layout = masar_graph_layout_new ();
  double fx[2], fy[2];
  double before;

  g_object_set (layout, "gravity", 0.0, NULL);
  masar_graph_layout_set_n_nodes (layout, 2);
  masar_graph_layout_set_position (layout, 0, 0.0, -1.0);
  masar_graph_layout_set_position (layout, 1, 0.0, 1.0);
  masar_graph_layout_compute_forces (layout, TRUE, fx, fy);

  g_assert_cmpfloat (fy[0], <, 0.0);
  g_assert_cmpfloat (fy[1], >, 0.0);

  before = node_distance (layout, 0, 1);
  for (guint i = 0; i < 20; i++)
    masar_graph_layout_step (layout);
  g_assert_cmpfloat (node_distance (layout, 0, 1), >, before);
}

static void
test_linlog_and_overlap (void)
{
  g_autoptr(MasarGraphLayout) layout = masar_graph_layout_new ();
  double fx_lin[2], fy_lin[2], fx_log[2], fy_log[2];

  g_object_set (layout, "gravity", 0.0, "scaling-ratio", 0.0, NULL);
  masar_graph_layout_set_n_nodes (layout, 2);
  masar_graph_layout_add_edge (layout, 0, 1, 1.0);
  masar_graph_layout_set_position (layout, 0, 0.0, 0.0);
  masar_graph_layout_set_position (layout, 1, 100.0, 0.0);
  masar_graph_layout_compute_forces (layout, TRUE, fx_lin, fy_lin);
  g_object_set (layout, "linlog", TRUE, NULL);
  masar_graph_layout_compute_forces (layout, TRUE, fx_log, fy_log);

  /* Linear attraction is d, LinLog's is log (1 + d). */
  g_assert_cmpfloat_with_epsilon (fx_lin[0], 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (fx_log[0], log1p (100.0), 1e-9);

  /* Overlapping discs repel strongly with prevent-overlap, and attraction stops. */
  g_object_set (layout, "linlog", FALSE, "scaling-ratio", 1.0, "prevent-overlap", TRUE, NULL);
  masar_graph_layout_set_node_size (layout, 0, 10.0);
  masar_graph_layout_set_node_size (layout, 1, 10.0);
  masar_graph_layout_set_position (layout, 1, 5.0, 0.0);
  masar_graph_layout_compute_forces (layout, TRUE, fx_lin, fy_lin);
  g_assert_cmpfloat (fx_lin[0], <, 0.0);
  g_assert_cmpfloat (fx_lin[1], >, 0.0);
}

static void
test_barnes_hut_matches_exact (void)
{
  g_autoptr(MasarGraphLayout) layout = scale_free_layout (800, 2, 7);
  g_autofree double *fx_exact = g_new (double, 800);
  g_autofree double *fy_exact = g_new (double, 800);
  g_autofree double *fx_bh = g_new (double, 800);
  g_autofree double *fy_bh = g_new (double, 800);
  double err = 0.0, norm = 0.0;

  /* Spread the nodes out as a layout would, then compare with a tight theta. */
  for (guint i = 0; i < 30; i++)
    masar_graph_layout_step (layout);

  g_object_set (layout, "barnes-hut-theta", 0.5, NULL);
  masar_graph_layout_compute_forces (layout, TRUE, fx_exact, fy_exact);
  masar_graph_layout_compute_forces (layout, FALSE, fx_bh, fy_bh);

  for (guint i = 0; i < 800; i++)
    {
      err += hypot (fx_bh[i] - fx_exact[i], fy_bh[i] - fy_exact[i]);
      norm += hypot (fx_exact[i], fy_exact[i]);
    }
  g_test_message ("theta 0.5: relative force error %.4f", err / norm);
  g_assert_cmpfloat (err / norm, <, 0.03);

  /* The default theta (Gephi's) is coarser: a layout needs the direction, not 1 %. */
  g_object_set (layout, "barnes-hut-theta", 1.2, NULL);
  masar_graph_layout_compute_forces (layout, FALSE, fx_bh, fy_bh);
  err = 0.0;
  for (guint i = 0; i < 800; i++)
    err += hypot (fx_bh[i] - fx_exact[i], fy_bh[i] - fy_exact[i]);
  g_test_message ("theta 1.2: relative force error %.4f", err / norm);
  g_assert_cmpfloat (err / norm, <, 0.25);
}

static void
test_determinism (void)
{
  g_autoptr(MasarGraphLayout) a = scale_free_layout (300, 2, 11);
  g_autoptr(MasarGraphLayout) b = scale_free_layout (300, 2, 11);
  g_autoptr(MasarGraphLayout) c = scale_free_layout (300, 2, 11);
  double xa, ya, xb, yb, xc, yc;
  gboolean differs = FALSE;

  g_object_set (c, "seed", 12, NULL);
  masar_graph_layout_randomize (c);

  for (guint i = 0; i < 100; i++)
    {
      masar_graph_layout_step (a);
      masar_graph_layout_step (b);
      masar_graph_layout_step (c);
    }

  for (guint i = 0; i < 300; i++)
    {
      masar_graph_layout_get_position (a, i, &xa, &ya);
      masar_graph_layout_get_position (b, i, &xb, &yb);
      masar_graph_layout_get_position (c, i, &xc, &yc);
      g_assert_cmpfloat (xa, ==, xb);
      g_assert_cmpfloat (ya, ==, yb);
      if (xa != xc || ya != yc)
        differs = TRUE;
    }
  g_assert_true (differs);
}

static void
test_pinned (void)
{
  g_autoptr(MasarGraphLayout) layout = scale_free_layout (100, 2, 3);
  double x, y;

  masar_graph_layout_set_position (layout, 5, 123.0, -45.0);
  masar_graph_layout_set_pinned (layout, 5, TRUE);
  masar_graph_layout_randomize (layout);
  for (guint i = 0; i < 100; i++)
    masar_graph_layout_step (layout);

  masar_graph_layout_get_position (layout, 5, &x, &y);
  g_assert_cmpfloat (x, ==, 123.0);
  g_assert_cmpfloat (y, ==, -45.0);
  g_assert_true (masar_graph_layout_get_pinned (layout, 5));

  /* Its neighbours were drawn toward it: node 5 is not alone at its corner. */
  masar_graph_layout_get_position (layout, 6, &x, &y);
  g_assert_false (x == 123.0 && y == -45.0);
}

/* Sum over edges of the length, over the mean distance of all pairs: low when linked nodes
 * sit close together relative to the whole drawing. */
static double
edge_length_ratio (MasarGraphLayout *layout,
                   const guint      (*pairs)[2],
                   guint             n_pairs)
{
  guint n = masar_graph_layout_get_n_nodes (layout);
  double edges = 0.0, all = 0.0;

  for (guint e = 0; e < n_pairs; e++)
    edges += node_distance (layout, pairs[e][0], pairs[e][1]);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      all += node_distance (layout, i, j);
  return (edges / n_pairs) / (all / (n * (n - 1) / 2.0));
}

static void
test_convergence (void)
{
  g_autoptr(MasarGraphLayout) layout = masar_graph_layout_new ();
  /* Two rings of 10 joined by one edge. */
  guint pairs[21][2];
  guint n_pairs = 0;
  double before, after;
  guint steps = 0;

  masar_graph_layout_set_n_nodes (layout, 20);
  for (guint ring = 0; ring < 2; ring++)
    for (guint i = 0; i < 10; i++)
      {
        pairs[n_pairs][0] = ring * 10 + i;
        pairs[n_pairs][1] = ring * 10 + (i + 1) % 10;
        masar_graph_layout_add_edge (layout, pairs[n_pairs][0], pairs[n_pairs][1], 1.0);
        n_pairs++;
      }
  pairs[n_pairs][0] = 0;
  pairs[n_pairs][1] = 10;
  masar_graph_layout_add_edge (layout, 0, 10, 1.0);
  n_pairs++;
  masar_graph_layout_randomize (layout);

  before = edge_length_ratio (layout, (const guint (*)[2]) pairs, n_pairs);
  while (!masar_graph_layout_step (layout) && steps < 5000)
    steps++;

  after = edge_length_ratio (layout, (const guint (*)[2]) pairs, n_pairs);
  g_test_message ("settled after %u steps; edge/pair length ratio %.3f -> %.3f",
                  steps, before, after);
  g_assert_true (masar_graph_layout_get_settled (layout));
  g_assert_cmpuint (steps, <, 5000);
  g_assert_cmpfloat (after, <, 0.6 * before);
  g_assert_cmpfloat (masar_graph_layout_get_motion (layout), <,
                     0.01 * node_distance (layout, 0, 15) + 1e-6);

  /* Waking it clears the flag; a settled layout settles again quickly. */
  masar_graph_layout_wake (layout);
  g_assert_false (masar_graph_layout_get_settled (layout));
}

static void
on_run_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  MasarGraphPositions **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = masar_graph_layout_run_finish (MASAR_GRAPH_LAYOUT (object), result, &error);
  g_assert_no_error (error);
}

static void
on_run_cancelled_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarGraphPositions) positions = NULL;

  positions = masar_graph_layout_run_finish (MASAR_GRAPH_LAYOUT (object), result, &error);
  g_assert_null (positions);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

static void
test_async (void)
{
  g_autoptr(MasarGraphLayout) layout = scale_free_layout (200, 2, 5);
  g_autoptr(MasarGraphLayout) sync = masar_graph_layout_copy (layout);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  MasarGraphPositions *positions = NULL;
  double x0, y0, x, y;
  gboolean done = FALSE;

  masar_graph_layout_get_position (layout, 0, &x0, &y0);
  masar_graph_layout_run_async (layout, 50, NULL, on_run_done_cb, &positions);
  while (positions == NULL)
    g_main_context_iteration (NULL, TRUE);

  /* The layout itself is untouched; the result equals 50 steps run here. */
  masar_graph_layout_get_position (layout, 0, &x, &y);
  g_assert_cmpfloat (x, ==, x0);
  for (guint i = 0; i < 50; i++)
    if (masar_graph_layout_step (sync))
      break;
  g_assert_cmpuint (positions->n_nodes, ==, 200);
  for (guint i = 0; i < 200; i++)
    {
      masar_graph_layout_get_position (sync, i, &x, &y);
      g_assert_cmpfloat (positions->xy[2 * i], ==, x);
      g_assert_cmpfloat (positions->xy[2 * i + 1], ==, y);
    }
  masar_graph_layout_set_positions (layout, positions);
  masar_graph_layout_get_position (layout, 0, &x, &y);
  g_assert_cmpfloat (x, ==, positions->xy[0]);
  masar_graph_positions_unref (positions);

  g_cancellable_cancel (cancellable);
  masar_graph_layout_run_async (layout, 100000, cancellable, on_run_cancelled_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/graph-layout/connected-attract", test_connected_attract);
  g_test_add_func ("/masar/graph-layout/unconnected-repel", test_unconnected_repel);
  g_test_add_func ("/masar/graph-layout/linlog-and-overlap", test_linlog_and_overlap);
  g_test_add_func ("/masar/graph-layout/barnes-hut-matches-exact", test_barnes_hut_matches_exact);
  g_test_add_func ("/masar/graph-layout/determinism", test_determinism);
  g_test_add_func ("/masar/graph-layout/pinned", test_pinned);
  g_test_add_func ("/masar/graph-layout/convergence", test_convergence);
  g_test_add_func ("/masar/graph-layout/async", test_async);

  return g_test_run ();
}
