/* masar-timeline-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "masar-event-set.h"
#include "masar-source-pane.h"
#include "masar-timeline.h"
#include "masar-timeline-model.h"

G_BEGIN_DECLS

#define MASAR_TYPE_TIMELINE_PAGE (masar_timeline_page_get_type ())
G_DECLARE_FINAL_TYPE (MasarTimelinePage, masar_timeline_page, MASAR, TIMELINE_PAGE, GtkWidget)

GtkWidget          *masar_timeline_page_new             (void);
MasarEventSet      *masar_timeline_page_get_event_set   (MasarTimelinePage *self);
void                masar_timeline_page_set_event_set   (MasarTimelinePage *self,
                                                         MasarEventSet     *event_set);
MasarTimeline      *masar_timeline_page_get_timeline    (MasarTimelinePage *self);
MasarTimelineModel *masar_timeline_page_get_model       (MasarTimelinePage *self);
MasarSourcePane    *masar_timeline_page_get_source_pane (MasarTimelinePage *self);
GListModel         *masar_timeline_page_get_list        (MasarTimelinePage *self);
guint               masar_timeline_page_find_item       (MasarTimelinePage *self,
                                                         MasarEvent        *event);
gboolean            masar_timeline_page_select_event    (MasarTimelinePage *self,
                                                         MasarEvent        *event);
void                masar_timeline_page_set_list_visible (MasarTimelinePage *self,
                                                         gboolean           visible);

G_END_DECLS
