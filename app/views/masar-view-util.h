/* masar-view-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "masar-event-set.h"
#include "masar-export.h"

G_BEGIN_DECLS

/**
 * MasarSaveFunc:
 * @file: the file the user chose
 * @user_data: the data given to masar_choose_save_file()
 *
 * Called when the user accepted a save dialog.
 */
typedef void (*MasarSaveFunc) (GFile    *file,
                               gpointer  user_data);

/**
 * MasarExportFunc:
 * @page: the page given to masar_choose_export_file()
 * @file: the file the user chose
 * @format: the format asked for
 *
 * Called when the user accepted an export dialog: start the export.
 */
typedef void (*MasarExportFunc) (GtkWidget         *page,
                                 GFile             *file,
                                 MasarExportFormat  format);

GtkListItemFactory *masar_event_row_factory_new (GObject        *owner);
char               *masar_event_dup_actor_names (MasarEvent     *event,
                                                 MasarEventSet  *event_set);
char               *masar_event_dup_date_text   (MasarEvent     *event);
void                masar_choose_save_file      (GtkWidget      *parent,
                                                 const char     *title,
                                                 const char     *suggested_name,
                                                 MasarSaveFunc   func,
                                                 gpointer        user_data,
                                                 GDestroyNotify  destroy);
void                masar_choose_export_file    (GtkWidget       *page,
                                                 const char      *kind,
                                                 const char      *title,
                                                 const char      *base_name,
                                                 MasarExportFunc  func);
void                masar_show_export_error     (GtkWidget       *page,
                                                 const char      *heading,
                                                 const GError    *error);

G_END_DECLS
