/* masar-timeline.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "masar-timeline-model.h"

G_BEGIN_DECLS

/**
 * MasarTimelineExportFormat:
 * @MASAR_TIMELINE_EXPORT_PNG: a PNG image
 * @MASAR_TIMELINE_EXPORT_SVG: an SVG drawing
 * @MASAR_TIMELINE_EXPORT_PDF: a PDF document
 */
typedef enum
{
  MASAR_TIMELINE_EXPORT_PNG,
  MASAR_TIMELINE_EXPORT_SVG,
  MASAR_TIMELINE_EXPORT_PDF,
} MasarTimelineExportFormat;

#define MASAR_TYPE_TIMELINE (masar_timeline_get_type ())
G_DECLARE_FINAL_TYPE (MasarTimeline, masar_timeline, MASAR, TIMELINE, GtkWidget)

GtkWidget          *masar_timeline_new             (void);
MasarTimelineModel *masar_timeline_get_model       (MasarTimeline              *self);
void                masar_timeline_set_model       (MasarTimeline              *self,
                                                    MasarTimelineModel         *model);
GtkTextDirection    masar_timeline_get_time_direction (MasarTimeline           *self);
void                masar_timeline_set_time_direction (MasarTimeline           *self,
                                                    GtkTextDirection            direction);
gboolean            masar_timeline_get_show_hijri  (MasarTimeline              *self);
void                masar_timeline_set_show_hijri  (MasarTimeline              *self,
                                                    gboolean                    show_hijri);
gboolean            masar_timeline_get_show_labels (MasarTimeline              *self);
void                masar_timeline_set_show_labels (MasarTimeline              *self,
                                                    gboolean                    show_labels);
gboolean            masar_timeline_get_high_contrast (MasarTimeline            *self);
void                masar_timeline_set_high_contrast (MasarTimeline            *self,
                                                    gboolean                    high_contrast);
gboolean            masar_timeline_press_at        (MasarTimeline              *self,
                                                    double                      x,
                                                    double                      y,
                                                    int                         n_press);
void                masar_timeline_reveal_selected (MasarTimeline              *self);
gboolean            masar_timeline_get_revealing   (MasarTimeline              *self);
gboolean            masar_timeline_get_selecting   (MasarTimeline              *self);
GskRenderNode      *masar_timeline_render_node     (MasarTimeline              *self,
                                                    int                         width,
                                                    int                         height);
gboolean            masar_timeline_export          (MasarTimeline              *self,
                                                    GFile                      *file,
                                                    MasarTimelineExportFormat   format,
                                                    GError                    **error);
void                masar_timeline_export_async    (MasarTimeline              *self,
                                                    GFile                      *file,
                                                    MasarTimelineExportFormat   format,
                                                    GCancellable               *cancellable,
                                                    GAsyncReadyCallback         callback,
                                                    gpointer                    user_data);
gboolean            masar_timeline_export_finish   (MasarTimeline              *self,
                                                    GAsyncResult               *result,
                                                    GError                    **error);

G_END_DECLS
