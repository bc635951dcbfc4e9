/* masar-graph-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "masar-graph-layout.h"
#include "masar-graph-model.h"

G_BEGIN_DECLS

/**
 * MasarGraphExportFormat:
 * @MASAR_GRAPH_EXPORT_PNG: a PNG image at twice the widget's size
 * @MASAR_GRAPH_EXPORT_SVG: an SVG drawing
 * @MASAR_GRAPH_EXPORT_PDF: a one-page PDF
 */
typedef enum
{
  MASAR_GRAPH_EXPORT_PNG,
  MASAR_GRAPH_EXPORT_SVG,
  MASAR_GRAPH_EXPORT_PDF,
} MasarGraphExportFormat;

#define MASAR_TYPE_GRAPH_VIEW (masar_graph_view_get_type ())
G_DECLARE_FINAL_TYPE (MasarGraphView, masar_graph_view, MASAR, GRAPH_VIEW, GtkWidget)

GtkWidget        *masar_graph_view_new                (void);
MasarGraphModel  *masar_graph_view_get_model          (MasarGraphView          *self);
void              masar_graph_view_set_model          (MasarGraphView          *self,
                                                       MasarGraphModel         *model);
gboolean          masar_graph_view_get_prefer_english (MasarGraphView          *self);
void              masar_graph_view_set_prefer_english (MasarGraphView          *self,
                                                       gboolean                 prefer_english);
const char       *masar_graph_view_get_selected_node  (MasarGraphView          *self);
void              masar_graph_view_set_selected_node  (MasarGraphView          *self,
                                                       const char              *actor_id);
double            masar_graph_view_get_zoom           (MasarGraphView          *self);
void              masar_graph_view_set_zoom           (MasarGraphView          *self,
                                                       double                   zoom);
void              masar_graph_view_fit                (MasarGraphView          *self);
void              masar_graph_view_set_range          (MasarGraphView          *self,
                                                       gint64                   begin_julian,
                                                       gint64                   end_julian);
MasarGraphLayout *masar_graph_view_get_layout         (MasarGraphView          *self);
GListModel       *masar_graph_view_get_items          (MasarGraphView          *self);
gboolean          masar_graph_view_settle             (MasarGraphView          *self,
                                                       guint                    max_iterations);

gboolean          masar_graph_view_get_node_position  (MasarGraphView          *self,
                                                       const char              *actor_id,
                                                       double                  *x,
                                                       double                  *y);
const char       *masar_graph_view_pick_node          (MasarGraphView          *self,
                                                       double                   x,
                                                       double                   y);
MasarGraphEdge   *masar_graph_view_pick_edge          (MasarGraphView          *self,
                                                       double                   x,
                                                       double                   y);
void              masar_graph_view_click              (MasarGraphView          *self,
                                                       double                   x,
                                                       double                   y,
                                                       int                      n_press);
const char       *masar_graph_view_get_focused_node   (MasarGraphView          *self);
gboolean          masar_graph_view_get_label_rect     (MasarGraphView          *self,
                                                       const char              *actor_id,
                                                       graphene_rect_t         *rect);
double            masar_graph_view_get_edge_width     (MasarGraphView          *self,
                                                       const char              *source_id,
                                                       const char              *target_id);

GBytes           *masar_graph_view_render             (MasarGraphView          *self,
                                                       MasarGraphExportFormat   format,
                                                       GError                 **error);
gboolean          masar_graph_view_export             (MasarGraphView          *self,
                                                       GFile                   *file,
                                                       MasarGraphExportFormat   format,
                                                       GError                 **error);
void              masar_graph_view_export_async       (MasarGraphView          *self,
                                                       GFile                   *file,
                                                       MasarGraphExportFormat   format,
                                                       GCancellable            *cancellable,
                                                       GAsyncReadyCallback      callback,
                                                       gpointer                 user_data);
gboolean          masar_graph_view_export_finish      (MasarGraphView          *self,
                                                       GAsyncResult            *result,
                                                       GError                 **error);

G_END_DECLS
