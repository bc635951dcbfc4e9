/* masar-graph-layout.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * MasarGraphPositions:
 * @n_nodes: number of nodes
 * @xy: (array): 2 × @n_nodes coordinates, x then y for each node, in layout units
 *
 * A snapshot of node positions, the result of a layout run on a worker thread.
 * Reference counted; immutable once returned.
 */
typedef struct
{
  guint   n_nodes;
  double *xy;
} MasarGraphPositions;

#define MASAR_TYPE_GRAPH_POSITIONS (masar_graph_positions_get_type ())

GType                masar_graph_positions_get_type (void) G_GNUC_CONST;
MasarGraphPositions *masar_graph_positions_ref      (MasarGraphPositions *positions);
void                 masar_graph_positions_unref    (MasarGraphPositions *positions);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MasarGraphPositions, masar_graph_positions_unref)

#define MASAR_TYPE_GRAPH_LAYOUT (masar_graph_layout_get_type ())
G_DECLARE_FINAL_TYPE (MasarGraphLayout, masar_graph_layout, MASAR, GRAPH_LAYOUT, GObject)

MasarGraphLayout    *masar_graph_layout_new                (void);
MasarGraphLayout    *masar_graph_layout_copy               (MasarGraphLayout     *self);

void                 masar_graph_layout_set_n_nodes        (MasarGraphLayout     *self,
                                                            guint                 n_nodes);
guint                masar_graph_layout_get_n_nodes        (MasarGraphLayout     *self);
void                 masar_graph_layout_add_edge           (MasarGraphLayout     *self,
                                                            guint                 source,
                                                            guint                 target,
                                                            double                weight);
void                 masar_graph_layout_clear_edges        (MasarGraphLayout     *self);
guint                masar_graph_layout_get_n_edges        (MasarGraphLayout     *self);

void                 masar_graph_layout_randomize          (MasarGraphLayout     *self);
void                 masar_graph_layout_set_position       (MasarGraphLayout     *self,
                                                            guint                 node,
                                                            double                x,
                                                            double                y);
void                 masar_graph_layout_get_position       (MasarGraphLayout     *self,
                                                            guint                 node,
                                                            double               *x,
                                                            double               *y);
void                 masar_graph_layout_set_node_size      (MasarGraphLayout     *self,
                                                            guint                 node,
                                                            double                radius);
void                 masar_graph_layout_set_pinned         (MasarGraphLayout     *self,
                                                            guint                 node,
                                                            gboolean              pinned);
gboolean             masar_graph_layout_get_pinned         (MasarGraphLayout     *self,
                                                            guint                 node);
void                 masar_graph_layout_get_bounds         (MasarGraphLayout     *self,
                                                            double               *min_x,
                                                            double               *min_y,
                                                            double               *max_x,
                                                            double               *max_y);

gboolean             masar_graph_layout_step               (MasarGraphLayout     *self);
void                 masar_graph_layout_wake               (MasarGraphLayout     *self);
gboolean             masar_graph_layout_get_settled        (MasarGraphLayout     *self);
guint                masar_graph_layout_get_iterations     (MasarGraphLayout     *self);
double               masar_graph_layout_get_swing          (MasarGraphLayout     *self);
double               masar_graph_layout_get_traction       (MasarGraphLayout     *self);
double               masar_graph_layout_get_motion         (MasarGraphLayout     *self);
void                 masar_graph_layout_compute_forces     (MasarGraphLayout     *self,
                                                            gboolean              exact,
                                                            double               *fx,
                                                            double               *fy);

MasarGraphPositions *masar_graph_layout_dup_positions      (MasarGraphLayout     *self);
void                 masar_graph_layout_set_positions      (MasarGraphLayout     *self,
                                                            MasarGraphPositions  *positions);

void                 masar_graph_layout_run_async          (MasarGraphLayout     *self,
                                                            guint                 max_iterations,
                                                            GCancellable         *cancellable,
                                                            GAsyncReadyCallback   callback,
                                                            gpointer              user_data);
MasarGraphPositions *masar_graph_layout_run_finish         (MasarGraphLayout     *self,
                                                            GAsyncResult         *result,
                                                            GError              **error);

G_END_DECLS
