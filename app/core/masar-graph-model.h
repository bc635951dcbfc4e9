/* masar-graph-model.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "masar-event.h"
#include "masar-event-set.h"
#include "masar-gazetteer.h"

G_BEGIN_DECLS

/**
 * MASAR_GRAPH_ALL_TYPES:
 *
 * The type filter that keeps every event type: bit `1 << type` for each #MasarEventType.
 */
#define MASAR_GRAPH_ALL_TYPES ((1u << MASAR_N_EVENT_TYPES) - 1)

#define MASAR_TYPE_GRAPH_NODE (masar_graph_node_get_type ())
G_DECLARE_FINAL_TYPE (MasarGraphNode, masar_graph_node, MASAR, GRAPH_NODE, GObject)

#define MASAR_TYPE_GRAPH_EDGE (masar_graph_edge_get_type ())
G_DECLARE_FINAL_TYPE (MasarGraphEdge, masar_graph_edge, MASAR, GRAPH_EDGE, GObject)

#define MASAR_TYPE_GRAPH_MODEL (masar_graph_model_get_type ())
G_DECLARE_FINAL_TYPE (MasarGraphModel, masar_graph_model, MASAR, GRAPH_MODEL, GObject)

const char      *masar_graph_node_get_id             (MasarGraphNode  *self);
const char      *masar_graph_node_get_name_ar        (MasarGraphNode  *self);
const char      *masar_graph_node_get_name_en        (MasarGraphNode  *self);
const char      *masar_graph_node_get_side           (MasarGraphNode  *self);
MasarActorKind   masar_graph_node_get_kind           (MasarGraphNode  *self);
guint            masar_graph_node_get_index          (MasarGraphNode  *self);
guint            masar_graph_node_get_n_events       (MasarGraphNode  *self);
const guint     *masar_graph_node_get_events         (MasarGraphNode  *self,
                                                      guint           *n_events);

guint            masar_graph_edge_get_source         (MasarGraphEdge  *self);
guint            masar_graph_edge_get_target         (MasarGraphEdge  *self);
const char      *masar_graph_edge_get_source_id      (MasarGraphEdge  *self);
const char      *masar_graph_edge_get_target_id      (MasarGraphEdge  *self);
guint            masar_graph_edge_get_weight         (MasarGraphEdge  *self);
guint            masar_graph_edge_get_n_cooperative  (MasarGraphEdge  *self);
guint            masar_graph_edge_get_n_conflictual  (MasarGraphEdge  *self);
double           masar_graph_edge_get_balance        (MasarGraphEdge  *self);
const guint     *masar_graph_edge_get_events         (MasarGraphEdge  *self,
                                                      guint           *n_events);

gboolean         masar_graph_event_type_is_cooperative (MasarEventType  type);
gboolean         masar_graph_event_type_is_conflictual (MasarEventType  type);

MasarGraphModel *masar_graph_model_new               (MasarEventSet   *events);
MasarEventSet   *masar_graph_model_get_event_set     (MasarGraphModel *self);
void             masar_graph_model_set_event_set     (MasarGraphModel *self,
                                                      MasarEventSet   *events);
guint            masar_graph_model_get_type_filter   (MasarGraphModel *self);
void             masar_graph_model_set_type_filter   (MasarGraphModel *self,
                                                      guint            type_mask);
gboolean         masar_graph_model_get_include_places  (MasarGraphModel *self);
void             masar_graph_model_set_include_places  (MasarGraphModel *self,
                                                        gboolean         include_places);
gboolean         masar_graph_model_get_include_undated (MasarGraphModel *self);
void             masar_graph_model_set_include_undated (MasarGraphModel *self,
                                                        gboolean         include_undated);
void             masar_graph_model_set_range         (MasarGraphModel *self,
                                                      gint64           begin_julian,
                                                      gint64           end_julian);
void             masar_graph_model_clear_range       (MasarGraphModel *self);
gboolean         masar_graph_model_get_range         (MasarGraphModel *self,
                                                      gint64          *begin_julian,
                                                      gint64          *end_julian);

GListModel      *masar_graph_model_get_nodes         (MasarGraphModel *self);
GListModel      *masar_graph_model_get_edges         (MasarGraphModel *self);
MasarGraphNode  *masar_graph_model_lookup_node       (MasarGraphModel *self,
                                                      const char      *actor_id);
MasarGraphEdge  *masar_graph_model_lookup_edge       (MasarGraphModel *self,
                                                      const char      *actor_a,
                                                      const char      *actor_b);
gboolean         masar_graph_model_event_in_range    (MasarGraphModel *self,
                                                      MasarEvent      *event);

G_END_DECLS
