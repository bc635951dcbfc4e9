/* masar-source-pane.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "masar-event.h"
#include "masar-reader.h"

G_BEGIN_DECLS

#define MASAR_TYPE_SOURCE_PANE (masar_source_pane_get_type ())
G_DECLARE_FINAL_TYPE (MasarSourcePane, masar_source_pane, MASAR, SOURCE_PANE, GtkWidget)

GtkWidget   *masar_source_pane_new              (void);
MasarReader *masar_source_pane_get_reader       (MasarSourcePane *self);
MasarEvent  *masar_source_pane_get_event        (MasarSourcePane *self);
guint        masar_source_pane_get_source_index (MasarSourcePane *self);
void         masar_source_pane_set_source       (MasarSourcePane *self,
                                                 MasarEvent      *event,
                                                 guint            source_index);
const char  *masar_source_pane_get_position_text (MasarSourcePane *self);
void         masar_source_pane_set_placeholder  (MasarSourcePane *self,
                                                 const char      *icon_name,
                                                 const char      *title,
                                                 const char      *description);

G_END_DECLS
