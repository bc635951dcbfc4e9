/* masar-file-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "masar-types.h"

G_BEGIN_DECLS

#define MASAR_TYPE_FILE_TEXT (masar_file_text_get_type ())

/**
 * MasarFileText:
 *
 * The decoded text of one corpus file (or, for HTML, the text extracted from it), as valid
 * UTF-8, immutable and reference counted, with an index from code-point offsets to byte
 * offsets. Every offset in the events format counts code points into this text.
 */
typedef struct _MasarFileText MasarFileText;

GType          masar_file_text_get_type      (void) G_GNUC_CONST;
MasarFileText *masar_file_text_new_take      (char                *utf8,
                                              gsize                n_bytes);
MasarFileText *masar_file_text_new           (const char          *utf8,
                                              gssize               n_bytes);
MasarFileText *masar_file_text_ref           (MasarFileText       *self);
void           masar_file_text_unref         (MasarFileText       *self);
const char    *masar_file_text_get_text      (const MasarFileText *self);
gsize          masar_file_text_get_n_bytes   (const MasarFileText *self);
guint          masar_file_text_get_n_chars   (const MasarFileText *self);
gsize          masar_file_text_byte_offset   (const MasarFileText *self,
                                              guint                char_offset);
guint          masar_file_text_char_offset   (const MasarFileText *self,
                                              gsize                byte_offset);
char          *masar_file_text_substring     (const MasarFileText *self,
                                              guint                start,
                                              guint                end);
const char    *masar_file_text_pointer       (const MasarFileText *self,
                                              guint                char_offset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MasarFileText, masar_file_text_unref)

G_END_DECLS
