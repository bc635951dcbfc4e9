/* masar-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "masar-corpus.h"
#include "masar-event-set.h"
#include "masar-reader.h"

G_BEGIN_DECLS

#define MASAR_TYPE_WINDOW (masar_window_get_type ())
G_DECLARE_FINAL_TYPE (MasarWindow, masar_window, MASAR, WINDOW, AdwApplicationWindow)

MasarWindow   *masar_window_new                (AdwApplication *application);
void           masar_window_open_folder        (MasarWindow    *self,
                                                GFile          *folder);
void           masar_window_open_events_file   (MasarWindow    *self,
                                                GFile          *file);
void           masar_window_open_file          (MasarWindow    *self,
                                                GFile          *file);
void           masar_window_choose_folder      (MasarWindow    *self);
gboolean       masar_window_get_loading        (MasarWindow    *self);
const char    *masar_window_get_error_message  (MasarWindow    *self);
MasarCorpus   *masar_window_get_corpus         (MasarWindow    *self);
MasarEventSet *masar_window_get_event_set      (MasarWindow    *self);
GListModel    *masar_window_get_articles       (MasarWindow    *self);
MasarReader   *masar_window_get_reader         (MasarWindow    *self);
gboolean       masar_window_select_article     (MasarWindow    *self,
                                                MasarArticle   *article);
gboolean       masar_window_show_event_source  (MasarWindow    *self,
                                                MasarEvent     *event,
                                                guint           source_index);
void           masar_window_set_timeline_view  (MasarWindow    *self,
                                                GtkWidget      *view);
void           masar_window_set_graph_view     (MasarWindow    *self,
                                                GtkWidget      *view);
const char    *masar_window_get_visible_page   (MasarWindow    *self);
void           masar_window_set_visible_page   (MasarWindow    *self,
                                                const char     *name);

G_END_DECLS
