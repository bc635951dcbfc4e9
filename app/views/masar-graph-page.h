/* masar-graph-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "masar-event-set.h"
#include "masar-graph-view.h"
#include "masar-timeline-model.h"

G_BEGIN_DECLS

#define MASAR_TYPE_GRAPH_PAGE (masar_graph_page_get_type ())
G_DECLARE_FINAL_TYPE (MasarGraphPage, masar_graph_page, MASAR, GRAPH_PAGE, GtkWidget)

GtkWidget          *masar_graph_page_new                (void);
MasarEventSet      *masar_graph_page_get_event_set      (MasarGraphPage     *self);
void                masar_graph_page_set_event_set      (MasarGraphPage     *self,
                                                         MasarEventSet      *event_set);
MasarTimelineModel *masar_graph_page_get_timeline_model (MasarGraphPage     *self);
void                masar_graph_page_set_timeline_model (MasarGraphPage     *self,
                                                         MasarTimelineModel *model);
MasarGraphView     *masar_graph_page_get_graph_view     (MasarGraphPage     *self);
GListModel         *masar_graph_page_get_panel_events   (MasarGraphPage     *self);
void                masar_graph_page_select_actor       (MasarGraphPage     *self,
                                                         const char         *actor_id);
void                masar_graph_page_select_link        (MasarGraphPage     *self,
                                                         const char         *actor_a,
                                                         const char         *actor_b);
gboolean            masar_graph_page_get_playing        (MasarGraphPage     *self);
void                masar_graph_page_set_playing        (MasarGraphPage     *self,
                                                         gboolean            playing);
gboolean            masar_graph_page_step_month         (MasarGraphPage     *self);

G_END_DECLS
