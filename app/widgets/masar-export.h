/* masar-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <cairo.h>

G_BEGIN_DECLS

/**
 * MasarExportFormat:
 * @MASAR_EXPORT_PNG: a PNG image
 * @MASAR_EXPORT_SVG: an SVG drawing
 * @MASAR_EXPORT_PDF: a one-page PDF document
 *
 * The formats the views export to. The timeline's and the graph's own export enums
 * have the same values in the same order.
 */
typedef enum
{
  MASAR_EXPORT_PNG,
  MASAR_EXPORT_SVG,
  MASAR_EXPORT_PDF,
} MasarExportFormat;

/**
 * MasarExportDrawFunc:
 * @cr: the cairo context, in units of the export's width and height
 * @width: the drawing's width
 * @height: the drawing's height
 * @format: the format being drawn
 * @user_data: data given to masar_export_render_bytes()
 *
 * Draws one export.
 */
typedef void (*MasarExportDrawFunc) (cairo_t           *cr,
                                     int                width,
                                     int                height,
                                     MasarExportFormat  format,
                                     gpointer           user_data);

GBytes   *masar_export_render_bytes (int                   width,
                                     int                   height,
                                     double                png_scale,
                                     MasarExportFormat     format,
                                     MasarExportDrawFunc   draw_func,
                                     gpointer              user_data,
                                     GError              **error);
gboolean  masar_export_write        (GFile                *file,
                                     GBytes               *bytes,
                                     GError              **error);
void      masar_export_write_async  (gpointer              source_object,
                                     gpointer              source_tag,
                                     GFile                *file,
                                     GBytes               *bytes,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);
gboolean  masar_export_write_finish (GAsyncResult         *result,
                                     GError              **error);

G_END_DECLS
