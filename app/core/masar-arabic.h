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
GArray      *masar_split_sentences_reference (const char *text,
                                              gssize      n_bytes);
GArray      *masar_tokenize        (const char  *text,
                                    gssize       n_bytes);
void         masar_tokens_free     (GArray      *tokens);
char        *masar_strip_proclitics (const char *folded_word);
gboolean     masar_text_is_rtl     (const char  *text,
                                    gssize       n_bytes);
char        *masar_transliterate   (const char  *arabic);

/**
 * MasarFoldedToken:
 * @start: first folded code point
 * @end: one past the last folded code point
 * @bstart: first byte in the folded text
 * @bend: one past the last byte in the folded text
 * @arabic: the token is Arabic letters (else Latin or other letters and digits, or digits)
 * @blank_before: only blanks or a hyphen separate it from the previous token
 *
 * A word token of a #MasarFoldedText, in folded coordinates.
 */
typedef struct
{
  guint  start;
  guint  end;
  gsize  bstart;
  gsize  bend;
  guint  arabic : 1;
  guint  blank_before : 1;
} MasarFoldedToken;

/**
 * MasarFoldedText:
 * @text: the folded text (as masar_fold())
 * @n_chars: its length in code points
 * @map: (array length=n_chars+1): original code-point offset of each folded code point
 * @ends: (array length=n_chars): one past the last original code point that belongs to each
 *   folded code point (its trailing tashkeel and tatweel included)
 * @tokens: (element-type MasarFoldedToken): the word tokens of @text
 *
 * Folded text with its tokens, for matchers that fold once and look words up many times.
 */
typedef struct
{
  char   *text;
  guint   n_chars;
  guint  *map;
  guint  *ends;
  GArray *tokens;
} MasarFoldedText;

/**
 * MasarProcliticSplit:
 * @prefix_bytes: bytes of proclitics (and article) before the stem
 * @article: the stripped prefix ends in the article (ال, or the ل of لل)
 */
typedef struct
{
  gsize    prefix_bytes;
  gboolean article;
} MasarProcliticSplit;

MasarFoldedText *masar_folded_text_new  (const char            *text,
                                         gssize                 n_bytes);
void             masar_folded_text_free (MasarFoldedText       *ft);
void             masar_folded_text_span (const MasarFoldedText *ft,
                                         guint                  fstart,
                                         guint                  fend,
                                         guint                 *start,
                                         guint                 *end);
guint            masar_proclitic_splits (const char            *folded_word,
                                         gsize                  len,
                                         MasarProcliticSplit   *splits);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MasarFolded, masar_folded_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MasarFoldedText, masar_folded_text_free)

G_END_DECLS
