/* masar-events-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "masar-event-set.h"

G_BEGIN_DECLS

#define MASAR_TYPE_EVENTS_PAGE (masar_events_page_get_type ())
G_DECLARE_FINAL_TYPE (MasarEventsPage, masar_events_page, MASAR, EVENTS_PAGE, GtkWidget)

GtkWidget     *masar_events_page_new           (void);
MasarEventSet *masar_events_page_get_event_set (MasarEventsPage *self);
void           masar_events_page_set_event_set (MasarEventsPage *self,
                                                MasarEventSet   *event_set);
guint          masar_events_page_get_n_events  (MasarEventsPage *self);
const char    *masar_event_type_to_words       (MasarEventType   type);

G_END_DECLS
