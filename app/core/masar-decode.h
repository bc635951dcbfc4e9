/* masar-decode.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turning the bytes of a corpus file into UTF-8: encoding detection (BOMs, UTF-8 validity,
 * windows-1256 against ISO-8859-6, ICU's detector as a last resort), conversion with ICU,
 * replacement of invalid bytes and recognition of binary files.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * MasarDecoded:
 * @text: (transfer full): valid UTF-8, NUL-terminated, without a byte order mark
 * @n_bytes: length of @text in bytes
 * @encoding: (transfer none): a static name of the source encoding ("UTF-8", "UTF-16LE",
 *   "UTF-16BE", "windows-1256", "ISO-8859-6", or the name ICU's detector gave)
 * @n_replaced: invalid byte sequences replaced with U+FFFD
 * @had_bom: the data started with a byte order mark (not kept in @text)
 *
 * The result of masar_decode().
 */
typedef struct
{
  char       *text;
  gsize       n_bytes;
  const char *encoding;
  guint       n_replaced;
  gboolean    had_bom;
} MasarDecoded;

#define MASAR_DECODE_ERROR (masar_decode_error_quark ())

/**
 * MasarDecodeError:
 * @MASAR_DECODE_ERROR_BINARY: the data is not text (NUL or control bytes)
 * @MASAR_DECODE_ERROR_FAILED: the converter could not be opened or failed
 */
typedef enum
{
  MASAR_DECODE_ERROR_BINARY,
  MASAR_DECODE_ERROR_FAILED,
} MasarDecodeError;

GQuark       masar_decode_error_quark  (void);

gboolean     masar_decode              (const guint8  *data,
                                        gsize          length,
                                        MasarDecoded  *out,
                                        GError       **error);
gboolean     masar_decode_take         (guint8        *data,
                                        gsize          length,
                                        MasarDecoded  *out,
                                        GError       **error);
void         masar_decoded_clear       (MasarDecoded  *decoded);
gboolean     masar_decode_is_binary    (const guint8  *data,
                                        gsize          length);
const char  *masar_decode_detect       (const guint8  *data,
                                        gsize          length,
                                        gsize         *bom_length);
char        *masar_decode_utf8_lossy   (const char    *data,
                                        gsize          length,
                                        gsize         *out_length,
                                        guint         *n_replaced);

G_END_DECLS
