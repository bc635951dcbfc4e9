/* masar-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The export plumbing the timeline and the graph share: a drawing into PNG, SVG or PDF
 * bytes, and those bytes into a file.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "masar-export.h"

static cairo_status_t
write_to_byte_array (void                *closure,
                     const unsigned char *data,
                     unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * masar_export_render_bytes:
 * @width: the drawing's width
 * @height: the drawing's height
 * @png_scale: how many pixels a unit is in a PNG (1.0, or 2.0 for a sharper image)
 * @format: a #MasarExportFormat
 * @draw_func: (scope call): draws the export
 * @user_data: data for @draw_func
 * @error: return location for a #GError
 *
 * Draws @draw_func into an image or document of @width × @height units. CPU only, no I/O.
 * On failure @error holds cairo's own words for what went wrong (%G_IO_ERROR_FAILED),
 * or %G_IO_ERROR_NOT_SUPPORTED for an unknown @format.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes *
masar_export_render_bytes (int                   width,
                           int                   height,
                           double                png_scale,
                           MasarExportFormat     format,
                           MasarExportDrawFunc   draw_func,
                           gpointer              user_data,
                           GError              **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (draw_func != NULL, NULL);
  g_return_val_if_fail (png_scale > 0, NULL);

  bytes = g_byte_array_new ();
  switch (format)
    {
    case MASAR_EXPORT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int) (png_scale * width), (int) (png_scale * height));
      break;
    case MASAR_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_to_byte_array, bytes, width, height);
      break;
    case MASAR_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_to_byte_array, bytes, width, height);
      break;
    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "Unknown export format %d", format);
      return NULL;
    }

  cr = cairo_create (surface);
  if (format == MASAR_EXPORT_PNG && png_scale != 1.0)
    cairo_scale (cr, png_scale, png_scale);
  draw_func (cr, width, height, format, user_data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  status = CAIRO_STATUS_SUCCESS;
  if (format == MASAR_EXPORT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_to_byte_array, bytes);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * masar_export_write:
 * @file: where to write
 * @bytes: what to write
 * @error: return location for a #GError
 *
 * Replaces @file with @bytes, blocking.
 *
 * Returns: %TRUE on success
 */
gboolean
masar_export_write (GFile   *file,
                    GBytes  *bytes,
                    GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  return g_file_replace_contents (file,
                                  g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}

static void
on_replaced_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * masar_export_write_async:
 * @source_object: (type GObject): the object exporting, the result's source object
 * @source_tag: the exporting function, for g_task_is_valid() checks
 * @file: where to write
 * @bytes: what to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written
 * @user_data: data for @callback
 *
 * Replaces @file with @bytes without blocking. Finish with masar_export_write_finish().
 */
void
masar_export_write_async (gpointer             source_object,
                          gpointer             source_tag,
                          GFile               *file,
                          GBytes              *bytes,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_OBJECT (source_object));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (bytes != NULL);

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       cancellable, on_replaced_cb, g_steal_pointer (&task));
}

/**
 * masar_export_write_finish:
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Finishes masar_export_write_async(), or a g_task_report_error() for the same source.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
masar_export_write_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
