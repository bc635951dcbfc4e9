/* masar-arabic.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Arabic text handling for matching: folding with a map back to original offsets,
 * sentences, tokens with proclitics. Never used to change what is displayed or stored.
 */

#pragma once

#include <glib.h>

#include "masar-types.h"

G_BEGIN_DECLS

/**
 * MasarFolded:
 * @text: the folded text, UTF-8
 * @n_chars: its length in code points
 * @map: (array length=n_chars+1): for each code point of @text, the code-point offset in the
 *   original text it came from; map[n_chars] is the original length
 *
 * Text folded for matching: alef variants to ا, ى to ي, final ة to ه, tashkeel and tatweel
 * removed, Arabic-Indic and Persian digits to ASCII, presentation forms to base letters,
 * Latin lower-cased.
 */
typedef struct
{
  char  *text;
  guint  n_chars;
  guint *map;
} MasarFolded;

MasarFolded *masar_fold            (const char  *text,
                                    gssize       n_bytes);
void         masar_folded_free     (MasarFolded *folded);
char        *masar_fold_string     (const char  *text);

/**
 * MasarToken:
 * @start: first code point in the original text
 * @end: one past the last code point in the original text
 * @form: the folded token
 * @stem: the folded token without its proclitics (و ف ب ل ك ال …), same as @form if none
 */
typedef struct
{
  guint  start;
  guint  end;
  char  *form;
  char  *stem;
} MasarToken;

GArray      *masar_split_sentences (const char  *text,
                                    gssize       n_bytes);
GArray      *masar_tokenize        (const char  *text,
                                    gssize       n_bytes);
void         masar_tokens_free     (GArray      *tokens);
char        *masar_strip_proclitics (const char *folded_word);
gboolean     masar_text_is_rtl     (const char  *text,
                                    gssize       n_bytes);
char        *masar_transliterate   (const char  *arabic);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MasarFolded, masar_folded_free)

G_END_DECLS
