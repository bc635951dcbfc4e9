/* bench-graph.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `masar-bench graph`: layout time per iteration on scale-free random graphs, and the
 * time to reach 90 % of the final layout quality. Quality is the normalized stress of the
 * drawing against graph distances, measured on a fixed sample of BFS sources:
 *
 *   stress = 1/|P| · Σ_(s,v)∈P ((α·‖p_s − p_v‖ − D_sv) / D_sv)²,  α chosen optimally
 *
 * (so it does not depend on the drawing's scale). "90 %" is the first iteration at which
 * the stress has come down 90 % of the way from the random start to its value after the
 * last iteration. Stress evaluation is not counted in the times.
 */

#define G_LOG_DOMAIN "masar-bench-graph"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#ifdef HAVE_IGRAPH
/* igraph's headers test this macro without defining it, which -Wundef rejects. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wundef"
#include <igraph.h>
#pragma GCC diagnostic pop
#endif

#include "masar-bench.h"
#include "masar-graph-layout.h"

#define N_SOURCES 48

typedef struct
{
  guint   n_nodes;
  GArray *edges;         /* pairs of guint */
  guint  *adj_start;     /* CSR adjacency */
  guint  *adj;
  guint   sources[N_SOURCES];
  guint  *dist;          /* N_SOURCES × n_nodes BFS distances, G_MAXUINT if unreachable */
} Graph;

static void
graph_free (Graph *graph)
{
  g_array_unref (graph->edges);
  g_free (graph->adj_start);
  g_free (graph->adj);
  g_free (graph->dist);
  g_free (graph);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Graph, graph_free)

/* Barabási–Albert preferential attachment, m edges per new node. */
static Graph *
graph_new_barabasi_albert (guint n,
                           guint m,
                           guint seed)
{
  Graph *graph = g_new0 (Graph, 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *fill = NULL;
  guint n_edges;

  graph->n_nodes = n;
  graph->edges = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint v = 1; v < n; v++)
    for (guint k = 0; k < MIN (m, v); k++)
      {
        guint u = ends->len == 0 ? 0 : g_array_index (ends, guint, g_rand_int_range (rand, 0, ends->len));

        g_array_append_val (graph->edges, v);
        g_array_append_val (graph->edges, u);
        g_array_append_val (ends, u);
        g_array_append_val (ends, v);
      }

  n_edges = graph->edges->len / 2;
  graph->adj_start = g_new0 (guint, n + 1);
  graph->adj = g_new (guint, 2 * n_edges);
  for (guint e = 0; e < 2 * n_edges; e++)
    graph->adj_start[g_array_index (graph->edges, guint, e) + 1]++;
  for (guint v = 0; v < n; v++)
    graph->adj_start[v + 1] += graph->adj_start[v];
  fill = g_memdup2 (graph->adj_start, n * sizeof (guint));
  for (guint e = 0; e < n_edges; e++)
    {
      guint a = g_array_index (graph->edges, guint, 2 * e);
      guint b = g_array_index (graph->edges, guint, 2 * e + 1);

      graph->adj[fill[a]++] = b;
      graph->adj[fill[b]++] = a;
    }

  /* BFS from a fixed sample of sources. */
  graph->dist = g_new (guint, (gsize) N_SOURCES * n);
  for (guint s = 0; s < N_SOURCES; s++)
    {
      guint *d = graph->dist + (gsize) s * n;
      g_autofree guint *queue = g_new (guint, n);
      guint head = 0, tail = 0;

      graph->sources[s] = g_rand_int_range (rand, 0, n);
      for (guint v = 0; v < n; v++)
        d[v] = G_MAXUINT;
      d[graph->sources[s]] = 0;
      queue[tail++] = graph->sources[s];
      while (head < tail)
        {
          guint v = queue[head++];

          for (guint k = graph->adj_start[v]; k < graph->adj_start[v + 1]; k++)
            if (d[graph->adj[k]] == G_MAXUINT)
              {
                d[graph->adj[k]] = d[v] + 1;
                queue[tail++] = graph->adj[k];
              }
        }
    }

  return graph;
}

static double
graph_stress (Graph        *graph,
              const double *xy)
{
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
  double sum_r = 0.0, sum_r2 = 0.0;
  double alpha, stress = 0.0;
  guint n = graph->n_nodes;

  /* r = drawn / graph distance for every sampled pair */
  for (guint s = 0; s < N_SOURCES; s++)
    {
      guint src = graph->sources[s];
      const guint *d = graph->dist + (gsize) s * n;

      for (guint v = 0; v < n; v++)
        {
          double r;

          if (d[v] == 0 || d[v] == G_MAXUINT)
            continue;
          r = hypot (xy[2 * src] - xy[2 * v], xy[2 * src + 1] - xy[2 * v + 1]) / d[v];
          g_array_append_val (ratios, r);
          sum_r += r;
          sum_r2 += r * r;
        }
    }

  /* Σ (α r − 1)² is smallest at α = Σ r / Σ r². */
  alpha = sum_r2 > 0.0 ? sum_r / sum_r2 : 1.0;
  for (guint k = 0; k < ratios->len; k++)
    {
      double r = g_array_index (ratios, double, k);

      stress += (alpha * r - 1.0) * (alpha * r - 1.0);
    }

  return ratios->len > 0 ? stress / ratios->len : 0.0;
}

static double
layout_stress (Graph            *graph,
               MasarGraphLayout *layout)
{
  g_autoptr(MasarGraphPositions) positions = masar_graph_layout_dup_positions (layout);

  return graph_stress (graph, positions->xy);
}

typedef struct
{
  guint  nodes;
  guint  edges;
  guint  iterations;
  double ms_per_iteration;
  double ms_to_90;
  guint  iterations_to_90;
  double stress_start;
  double stress_final;
  double igraph_ms_per_iteration;
  double igraph_stress;
} Result;

#ifdef HAVE_IGRAPH
static void
run_igraph (Graph  *graph,
            guint   iterations,
            Result *result)
{
  igraph_t g;
  igraph_vector_int_t edges;
  igraph_matrix_t res;
  g_autofree double *xy = NULL;
  gint64 t0, t1;
  guint n_edges = graph->edges->len / 2;

  igraph_rng_seed (igraph_rng_default (), 42);
  igraph_vector_int_init (&edges, 2 * n_edges);
  for (guint e = 0; e < 2 * n_edges; e++)
    VECTOR (edges)[e] = g_array_index (graph->edges, guint, e);
  igraph_create (&g, &edges, graph->n_nodes, IGRAPH_UNDIRECTED);
  igraph_matrix_init (&res, 0, 0);

  t0 = g_get_monotonic_time ();
  igraph_layout_fruchterman_reingold (&g, &res, FALSE, iterations, sqrt (graph->n_nodes) / 10.0,
                                      IGRAPH_LAYOUT_AUTOGRID, NULL, NULL, NULL, NULL, NULL);
  t1 = g_get_monotonic_time ();

  xy = g_new (double, 2 * graph->n_nodes);
  for (guint v = 0; v < graph->n_nodes; v++)
    {
      xy[2 * v] = MATRIX (res, v, 0);
      xy[2 * v + 1] = MATRIX (res, v, 1);
    }
  result->igraph_ms_per_iteration = (t1 - t0) / 1000.0 / iterations;
  result->igraph_stress = graph_stress (graph, xy);

  igraph_matrix_destroy (&res);
  igraph_destroy (&g);
  igraph_vector_int_destroy (&edges);
}
#endif

static void
run_one (guint   n,
         guint   iterations,
         guint   check_every,
         Result *result)
{
  g_autoptr(Graph) graph = graph_new_barabasi_albert (n, 2, 1000 + n);
  g_autoptr(MasarGraphLayout) layout = masar_graph_layout_new ();
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) stresses = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) at = g_array_new (FALSE, FALSE, sizeof (guint));
  double elapsed_ms = 0.0;
  double s0, s_final;
  guint n_edges = graph->edges->len / 2;

  g_object_set (layout, "seed", 42, NULL);
  masar_graph_layout_set_n_nodes (layout, n);
  for (guint e = 0; e < n_edges; e++)
    masar_graph_layout_add_edge (layout,
                                 g_array_index (graph->edges, guint, 2 * e),
                                 g_array_index (graph->edges, guint, 2 * e + 1),
                                 1.0);
  masar_graph_layout_randomize (layout);

  s0 = layout_stress (graph, layout);
  for (guint it = 1; it <= iterations; it++)
    {
      gint64 t0 = g_get_monotonic_time ();

      masar_graph_layout_step (layout);
      elapsed_ms += (g_get_monotonic_time () - t0) / 1000.0;

      if (it % check_every == 0 || it == iterations)
        {
          double s = layout_stress (graph, layout);

          g_array_append_val (times, elapsed_ms);
          g_array_append_val (stresses, s);
          g_array_append_val (at, it);
        }
    }
  s_final = g_array_index (stresses, double, stresses->len - 1);

  result->nodes = n;
  result->edges = n_edges;
  result->iterations = iterations;
  result->ms_per_iteration = elapsed_ms / iterations;
  result->stress_start = s0;
  result->stress_final = s_final;
  result->ms_to_90 = elapsed_ms;
  result->iterations_to_90 = iterations;
  for (guint k = 0; k < stresses->len; k++)
    {
      double s = g_array_index (stresses, double, k);

      if (s0 - s >= 0.9 * (s0 - s_final))
        {
          result->ms_to_90 = g_array_index (times, double, k);
          result->iterations_to_90 = g_array_index (at, guint, k);
          break;
        }
    }

  result->igraph_ms_per_iteration = -1.0;
  result->igraph_stress = -1.0;
#ifdef HAVE_IGRAPH
  run_igraph (graph, iterations, result);
#endif
}

int
masar_bench_graph (int    argc,
                   char **argv)
{
  const struct { guint n; guint iterations; guint check_every; } sizes[] = {
    { 1000, 600, 5 },
    { 10000, 300, 10 },
  };
  Result results[G_N_ELEMENTS (sizes)];
  g_autoptr(GString) json = g_string_new ("{\"bench\":\"graph\",\"quality\":\"sampled normalized stress\",\"results\":[");

  g_print ("Graph layout: ForceAtlas2-style, Barnes-Hut theta 1.2, on Barabasi-Albert graphs (m = 2)\n");
  g_print ("Quality: normalized stress against BFS distances from %d sampled sources;\n"
           "ms_to_90 = step time until the stress has fallen 90 %% of the way to its final value.\n",
           N_SOURCES);
#ifndef HAVE_IGRAPH
  g_print ("igraph: not built in (install libigraph-dev and reconfigure)\n");
#endif

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      Result *r = &results[k];

      run_one (sizes[k].n, sizes[k].iterations, sizes[k].check_every, r);
      g_print ("%6u nodes %6u edges: %.3f ms/iteration over %u iterations; 90 %% quality after "
               "%u iterations, %.1f ms (stress %.3f -> %.3f)\n",
               r->nodes, r->edges, r->ms_per_iteration, r->iterations, r->iterations_to_90,
               r->ms_to_90, r->stress_start, r->stress_final);
      if (r->igraph_ms_per_iteration >= 0.0)
        g_print ("%6s igraph Fruchterman-Reingold: %.3f ms/iteration over %u iterations "
                 "(final stress %.3f)\n",
                 "", r->igraph_ms_per_iteration, r->iterations, r->igraph_stress);

      g_string_append_printf (json,
                              "%s{\"nodes\":%u,\"edges\":%u,\"iterations\":%u,"
                              "\"ms_per_iteration\":%.4f,\"ms_to_90\":%.2f,"
                              "\"iterations_to_90\":%u,\"stress_start\":%.4f,"
                              "\"stress_final\":%.4f,",
                              k > 0 ? "," : "", r->nodes, r->edges, r->iterations,
                              r->ms_per_iteration, r->ms_to_90, r->iterations_to_90,
                              r->stress_start, r->stress_final);
      if (r->igraph_ms_per_iteration >= 0.0)
        g_string_append_printf (json, "\"igraph_ms_per_iteration\":%.4f,\"igraph_stress\":%.4f}",
                                r->igraph_ms_per_iteration, r->igraph_stress);
      else
        g_string_append (json, "\"igraph_ms_per_iteration\":null}");
    }

  g_string_append (json, "]}");
  g_print ("%s\n", json->str);
  return 0;
}
