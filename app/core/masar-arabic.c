/* masar-arabic.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folding, sentences, tokens and proclitics for matching Arabic news text.
 *
 * Folding choices (documented here because every matcher relies on them):
 *  - أ إ آ ٱ ٲ ٳ → ا; ى and Persian ی → ي; Persian ک → ك;
 *  - every ة → ه (not only word-final ones: a ة is final in the word it belongs to, and
 *    scraped text glues words, so the position test would be unreliable);
 *  - ؤ and ئ are kept (they distinguish words such as رئيس);
 *  - tashkeel (U+064B–U+065F, U+0670, Quranic marks) and tatweel are removed, as are
 *    zero-width and bidi formatting characters and the soft hyphen;
 *  - Arabic-Indic and Persian digits → ASCII digits;
 *  - presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → NFKC through ICU, then folded;
 *  - Latin (and any other cased script) lower-cased.
 */

#define G_LOG_DOMAIN "masar-arabic"

#include "config.h"

#include <string.h>

#include <unicode/ubidi.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "masar-arabic.h"

/* Sentences longer than this (code points) are cut at a comma as well. */
#define LONG_SENTENCE 320
/* A comma cut leaves at least this many code points on each side. */
#define MIN_CLAUSE 80
/* A run of this many blanks inside a line is a break (scraped headline lists). */
#define BLANK_RUN_BREAK 3

static const guint8 utf8_len[256] = {
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
  3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,5,5,5,5,6,6,1,1
};

/* Decodes one code point at @p (at most @avail bytes), the way g_utf8_next_char steps, so
 * that code point counts agree with MasarFileText even on malformed input. */
static inline gunichar
decode_utf8 (const guchar *p,
             gsize         avail,
             guint        *len)
{
  guint n = utf8_len[p[0]];
  gunichar c;

  if (n > avail)
    n = avail;
  *len = n;
  switch (n)
    {
    case 1:
      return p[0] < 0x80 ? p[0] : 0xFFFD;
    case 2:
      return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    case 3:
      return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    case 4:
      c = ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
      return c;
    default:
      return 0xFFFD;
    }
}

static inline void
append_unichar (GString  *s,
                gunichar  c)
{
  if (c < 0x80)
    g_string_append_c (s, (char) c);
  else
    g_string_append_unichar (s, c);
}

typedef enum
{
  FOLD_KEEP,      /* *out is the folded code point */
  FOLD_DROP_MARK, /* dropped, belongs to the preceding letter (tashkeel, tatweel) */
  FOLD_DROP,      /* dropped, belongs to nothing (format characters) */
  FOLD_PRESENTATION,
} FoldAction;

static inline FoldAction
fold_char (gunichar  c,
           gunichar *out)
{
  if (c < 0x80)
    {
      *out = (c >= 'A' && c <= 'Z') ? c + 32 : c;
      return FOLD_KEEP;
    }

  if (c >= 0x0600 && c <= 0x06FF)
    {
      switch (c)
        {
        case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
          *out = 0x0627;
          return FOLD_KEEP;
        case 0x0649: case 0x06CC: case 0x06D0:
          *out = 0x064A;
          return FOLD_KEEP;
        case 0x0629:
          *out = 0x0647;
          return FOLD_KEEP;
        case 0x06A9: case 0x06AA:
          *out = 0x0643;
          return FOLD_KEEP;
        case 0x06C1: case 0x06BE: case 0x06D5:
          *out = 0x0647;
          return FOLD_KEEP;
        case 0x0640: case 0x0670:
          return FOLD_DROP_MARK;
        case 0x061C:
          return FOLD_DROP;
        default:
          break;
        }
      if (c >= 0x064B && c <= 0x065F)
        return FOLD_DROP_MARK;
      if (c >= 0x0610 && c <= 0x061A)
        return FOLD_DROP_MARK;
      if (c >= 0x06D6 && c <= 0x06ED && c != 0x06E5 && c != 0x06E6)
        return FOLD_DROP_MARK;
      if (c >= 0x0660 && c <= 0x0669)
        {
          *out = '0' + (c - 0x0660);
          return FOLD_KEEP;
        }
      if (c >= 0x06F0 && c <= 0x06F9)
        {
          *out = '0' + (c - 0x06F0);
          return FOLD_KEEP;
        }
      *out = c;
      return FOLD_KEEP;
    }

  if ((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
    {
      if (c == 0xFEFF)
        return FOLD_DROP;
      return FOLD_PRESENTATION;
    }

  if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2060 && c <= 0x2069) || c == 0x00AD)
    return FOLD_DROP;

  if (c < 0x0250 || (c >= 0x0370 && c < 0x0530) || (c >= 0x1E00 && c < 0x2000))
    {
      *out = g_unichar_tolower (c);
      return FOLD_KEEP;
    }

  *out = c;
  return FOLD_KEEP;
}

/* ---- Word classes (what the tokenizer sees of a folded code point) ---- */

static inline gboolean
is_arabic_letter (gunichar c)
{
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5 ||
         c == 0x06EE || c == 0x06EF || (c >= 0x06FA && c <= 0x06FC) || c == 0x06FF ||
         (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08C9);
}

/* 0: not part of a word, 1: Arabic letter, 2: digit, 3: any other letter */
static inline guint
char_class (gunichar c)
{
  if (c < 0x80)
    {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return 3;
      if (c >= '0' && c <= '9')
        return 2;
      return 0;
    }
  if (c >= 0x0600 && c <= 0x08FF)
    return is_arabic_letter (c) ? 1 : 0;
  if (g_unichar_isalpha (c) || g_unichar_ismark (c))
    return 3;
  if (g_unichar_isdigit (c))
    return 2;
  return 0;
}

static inline gboolean
is_blank (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x202F || c == 0x2009 ||
         c == 0x200A || c == 0x3000 || (c >= 0x2000 && c <= 0x2008);
}

/* A code point's kind for the tokenizer: its char_class(), or for one that is not part of
 * a word, the gap it makes between two words (neither flag: any other character). */
#define KIND_CLASS_MASK 0x03
#define KIND_GAP_BLANK  0x04
#define KIND_GAP_HYPHEN 0x08

static inline guint8
token_kind (gunichar c)
{
  guint cls = char_class (c);

  if (cls != 0)
    return cls;
  if (is_blank (c))
    return KIND_GAP_BLANK;
  if (c == '-' || c == 0x2010 || c == 0x2011)
    return KIND_GAP_HYPHEN;
  return 0;
}

/* fold_char() and token_kind() over ASCII and the Arabic block U+0600–U+06FF, computed
 * once: the folded code point (or FOLD_TABLE_DROP_MARK / FOLD_TABLE_DROP) and its kind. */
#define FOLD_TABLE_DROP_MARK 0xFFFE
#define FOLD_TABLE_DROP      0xFFFF

typedef struct
{
  guint16 folded;
  guint8  kind;
  guint8  n_bytes;    /* of the folded code point in UTF-8: 1 or 2 */
  char    utf8[2];    /* the folded code point in UTF-8 (one byte and a spare) */
} FoldEntry;

typedef struct
{
  FoldEntry ascii[128];
  FoldEntry arabic[256];
} FoldTable;

static void
fold_entry_init (FoldEntry *e,
                 gunichar   c)
{
  gunichar f = 0;

  switch (fold_char (c, &f))
    {
    case FOLD_KEEP:
      g_assert (f < 0x800);
      e->folded = (guint16) f;
      e->kind = token_kind (f);
      e->n_bytes = g_unichar_to_utf8 (f, e->utf8);
      break;
    case FOLD_DROP_MARK:
      e->folded = FOLD_TABLE_DROP_MARK;
      e->kind = 0;
      break;
    case FOLD_DROP:
    case FOLD_PRESENTATION:
    default:
      e->folded = FOLD_TABLE_DROP;
      e->kind = 0;
      break;
    }
}

static const FoldTable *
get_fold_table (void)
{
  static FoldTable table;
  static gsize init = 0;

  if (g_once_init_enter (&init))
    {
      for (guint i = 0; i < G_N_ELEMENTS (table.ascii); i++)
        fold_entry_init (&table.ascii[i], i);
      for (guint i = 0; i < G_N_ELEMENTS (table.arabic); i++)
        fold_entry_init (&table.arabic[i], 0x0600 + i);
      g_once_init_leave (&init, 1);
    }

  return &table;
}

/* ICU caches the instance itself, thread-safely. */
static const UNormalizer2 *
get_nfkc (void)
{
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance (&status);

  g_assert (U_SUCCESS (status));

  return nfkc;
}

/* NFKC of one presentation-form code point; returns the number of code points written. */
static guint
normalize_presentation (gunichar  c,
                        gunichar *out,
                        guint     max_out)
{
  UChar src[2];
  UChar dst[32];
  UErrorCode status = U_ZERO_ERROR;
  int32_t len;
  int32_t i = 0;
  guint n = 0;

  src[0] = (UChar) c;
  len = unorm2_normalize (get_nfkc (), src, 1, dst, G_N_ELEMENTS (dst), &status);
  if (U_FAILURE (status))
    {
      out[0] = c;
      return 1;
    }

  while (i < len && n < max_out)
    {
      UChar32 u;

      U16_NEXT (dst, i, len, u);
      /* The isolated tashkeel forms (U+FE70–U+FE7F) decompose to a space and the mark. */
      if (u == ' ' && c >= 0xFE70 && c <= 0xFE7F)
        continue;
      out[n++] = (gunichar) u;
    }

  return n;
}

/* The folded text being built, with its maps and, for masar_folded_text_new(), its
 * tokens, found as the folded code points are written rather than by decoding the folded
 * text again. Buffers grow only when a presentation form or a lower-cased letter takes
 * more room than the original. */
typedef struct
{
  char  *text;
  gsize  len;
  gsize  cap;
  guint *map;     /* nullable: original offset of each folded code point, then the length */
  guint *ends;    /* nullable: one past its last original code point (marks included);
                   * with map, in the same block, after ncap entries of map */
  guint  n;
  guint  ncap;

  /* Tokens */
  GArray           *tokens;
  MasarFoldedToken *toks;         /* tokens->data; toks[n_toks] is the open token */
  guint             n_toks;
  guint             toks_cap;
  guint             prev_class;   /* of the last folded code point; non-zero in a token */
  guint             gap_blanks;   /* since the last token */
  guint             gap_hyphens;
  gboolean          gap_other;
} FoldOut;

G_ALWAYS_INLINE static inline void
fold_out_grow_maps (FoldOut *o,
                    guint    ncap)
{
  if (o->map != NULL && o->ends != NULL)
    {
      guint *block = g_new (guint, 2 * (gsize) ncap);

      memcpy (block, o->map, o->n * sizeof (guint));
      memcpy (block + ncap, o->ends, o->n * sizeof (guint));
      g_free (o->map);
      o->map = block;
      o->ends = block + ncap;
    }
  else if (o->map != NULL)
    o->map = g_renew (guint, o->map, ncap);
  else if (o->ends != NULL)
    o->ends = g_renew (guint, o->ends, ncap);
  o->ncap = ncap;
}

G_ALWAYS_INLINE static inline void
fold_out_reserve (FoldOut *o,
                  gsize    bytes)
{
  if (G_UNLIKELY (o->len + bytes + 1 > o->cap))
    {
      o->cap = MAX (o->cap * 2, o->len + bytes + 1);
      o->text = g_realloc (o->text, o->cap);
    }
  if (G_UNLIKELY (o->n + bytes + 2 > o->ncap))
    fold_out_grow_maps (o, MAX (o->ncap * 2, o->n + bytes + 2));
}

/* Ends the open token before folded code point o->n. */
G_ALWAYS_INLINE static inline void
tokens_close (FoldOut *o)
{
  MasarFoldedToken *t = &o->toks[o->n_toks++];

  t->end = o->n;
  t->bend = o->len;
  o->gap_blanks = 0;
  o->gap_hyphens = 0;
  o->gap_other = FALSE;
}

/* Opens a token at folded code point o->n. */
G_ALWAYS_INLINE static inline void
tokens_open (FoldOut *o,
             guint    cls)
{
  MasarFoldedToken *t;

  if (G_UNLIKELY (o->n_toks == o->toks_cap))
    {
      o->toks_cap *= 2;
      g_array_set_size (o->tokens, o->toks_cap);
      o->toks = (MasarFoldedToken *) (void *) o->tokens->data;
    }
  /* Written in place: a token built on the stack and copied whole stalled on the copy. */
  t = &o->toks[o->n_toks];
  *t = (MasarFoldedToken) {
    .start = o->n,
    .bstart = o->len,
    .arabic = cls == 1,
    /* Only blanks, or one hyphen alone ("جاويش-أوغلو"), join two words of a name; words
     * glued across scripts ("Reutersالرئيس") count as separated by a blank. */
    .blank_before = o->n_toks > 0 && !o->gap_other &&
                    (o->gap_hyphens == 0 || (o->gap_hyphens == 1 && o->gap_blanks == 0)),
  };
}

/* The tokenizer's step for the folded code point about to be written at o->n: letters of
 * one script (digits going with Latin letters) make a word. */
G_ALWAYS_INLINE static inline void
tokens_push (FoldOut *o,
             guint    kind)
{
  guint cls = kind & KIND_CLASS_MASK;
  guint prev = o->prev_class;

  o->prev_class = cls;
  if (cls != 0 && prev != 0 && (cls == prev || (cls >= 2 && prev >= 2)))
    return;
  if (prev != 0)
    tokens_close (o);
  if (cls != 0)
    tokens_open (o, cls);
  else if (kind & KIND_GAP_BLANK)
    o->gap_blanks++;
  else if (kind & KIND_GAP_HYPHEN)
    o->gap_hyphens++;
  else
    o->gap_other = TRUE;
}

/* Records folded code point o->n, which came from original code point @i. */
G_ALWAYS_INLINE static inline void
fold_out_map (FoldOut  *o,
              guint     i,
              gboolean  want_map,
              gboolean  want_ends)
{
  if (want_map)
    o->map[o->n] = i;
  if (want_ends)
    o->ends[o->n] = i + 1;
  o->n++;
}

/* Writes the folded code point of table entry @e, from original code point @i: its two
 * bytes are copied whatever its length (the fast paths always have a byte to spare). */
G_ALWAYS_INLINE static inline void
fold_out_put_entry (FoldOut         *o,
                    const FoldEntry *e,
                    guint            i,
                    gboolean         want_map,
                    gboolean         want_ends,
                    gboolean         want_tokens)
{
  if (want_tokens)
    tokens_push (o, e->kind);
  memcpy (o->text + o->len, e->utf8, 2);
  o->len += e->n_bytes;
  fold_out_map (o, i, want_map, want_ends);
}

/* Writes folded code point @c (of tokenizer kind @kind) that came from original code point
 * @i. The caller has reserved the room. */
G_ALWAYS_INLINE static inline void
fold_out_put (FoldOut  *o,
              gunichar  c,
              guint     kind,
              guint     i,
              gboolean  want_map,
              gboolean  want_ends,
              gboolean  want_tokens)
{
  if (want_tokens)
    tokens_push (o, kind);
  if (c < 0x80)
    o->text[o->len++] = (char) c;
  else if (c < 0x800)
    {
      o->text[o->len++] = (char) (0xC0 | (c >> 6));
      o->text[o->len++] = (char) (0x80 | (c & 0x3F));
    }
  else
    o->len += g_unichar_to_utf8 (c, o->text + o->len);
  fold_out_map (o, i, want_map, want_ends);
}

/*
 * fold_text:
 * @want_map: fill o->map: the original code-point offset of each folded code point, and
 *   one more entry with the original length
 * @want_ends: fill o->ends: one past the last original code point that belongs to each
 *   folded code point (its own tashkeel and tatweel included)
 * @want_tokens: fill o->tokens with the word tokens of the folded text
 *
 * The work is done on a local FoldOut that only inlined helpers see, so that the compiler
 * keeps its fields in registers (writes through o->text could otherwise alias them).
 */
G_ALWAYS_INLINE static inline void
fold_text (const char *text,
           gsize       n_bytes,
           gboolean    want_map,
           gboolean    want_ends,
           gboolean    want_tokens,
           FoldOut    *result)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + n_bytes;
  const FoldTable *table = get_fold_table ();
  guint i = 0;
  FoldOut out = { 0, };
  FoldOut *o = &out;

  o->cap = n_bytes + 16;
  o->text = g_malloc (o->cap);
  o->ncap = n_bytes + 2;
  if (want_map && want_ends)
    {
      o->map = g_new (guint, 2 * (gsize) o->ncap);
      o->ends = o->map + o->ncap;
    }
  else if (want_map)
    o->map = g_new (guint, o->ncap);
  else if (want_ends)
    o->ends = g_new (guint, o->ncap);
  if (want_tokens)
    {
      /* About one token per six folded bytes in Arabic text: rarely grown. */
      o->toks_cap = n_bytes / 6 + 4;
      o->tokens = g_array_sized_new (FALSE, FALSE, sizeof (MasarFoldedToken), o->toks_cap);
      g_array_set_size (o->tokens, o->toks_cap);
      o->toks = (MasarFoldedToken *) (void *) o->tokens->data;
    }

  while (p < end)
    {
      const FoldEntry *e;
      guint len;
      gunichar c;
      gunichar f;

      /* ASCII and the Arabic block (lead bytes D8–DB) by table: never more bytes or code
       * points out than in, so no reserve is needed (the other cases below keep room for
       * the rest of the input). */
      if (*p < 0x80)
        {
          e = &table->ascii[*p];
          fold_out_put_entry (o, e, i, want_map, want_ends, want_tokens);
          p++;
          i++;
          continue;
        }
      if (*p >= 0xD8 && *p <= 0xDB && p + 1 < end)
        {
          e = &table->arabic[((p[0] & 0x03) << 6) | (p[1] & 0x3F)];
          if (e->folded < FOLD_TABLE_DROP_MARK)
            fold_out_put_entry (o, e, i, want_map, want_ends, want_tokens);
          else if (e->folded == FOLD_TABLE_DROP_MARK && want_ends && o->n > 0)
            o->ends[o->n - 1] = i + 1;
          p += 2;
          i++;
          continue;
        }

      c = decode_utf8 (p, end - p, &len);
      switch (fold_char (c, &f))
        {
        case FOLD_KEEP:
          fold_out_reserve (o, 4);
          fold_out_put (o, f, want_tokens ? token_kind (f) : 0, i, want_map, want_ends,
                        want_tokens);
          break;

        case FOLD_DROP_MARK:
          if (want_ends && o->n > 0)
            o->ends[o->n - 1] = i + 1;
          break;

        case FOLD_DROP:
          break;

        case FOLD_PRESENTATION:
          {
            gunichar buf[24];
            guint n = normalize_presentation (c, buf, G_N_ELEMENTS (buf));

            for (guint j = 0; j < n; j++)
              {
                gunichar g = 0;
                FoldAction a = fold_char (buf[j], &g);

                /* NFKC may leave a presentation form alone: it is kept as it is. */
                if (a == FOLD_PRESENTATION)
                  {
                    a = FOLD_KEEP;
                    g = buf[j];
                  }
                fold_out_reserve (o, 4);
                if (a == FOLD_KEEP)
                  fold_out_put (o, g, want_tokens ? token_kind (g) : 0, i, want_map, want_ends,
                                want_tokens);
                else if (a == FOLD_DROP_MARK && want_ends && o->n > 0)
                  o->ends[o->n - 1] = i + 1;
              }
          }
          break;

        default:
          g_assert_not_reached ();
        }
      p += len;
      i++;
      /* What was written may be longer than what was read (U+FFFD for a stray byte, a
       * ligature's letters): keep room for the rest of the input on the fast paths. */
      fold_out_reserve (o, end - p);
    }

  o->text[o->len] = '\0';
  if (o->map)
    o->map[o->n] = i;
  if (want_tokens)
    {
      if (o->prev_class != 0)
        tokens_close (o);
      g_array_set_size (o->tokens, o->n_toks);
    }
  *result = out;
}

/**
 * masar_fold:
 * @text: UTF-8 text
 * @n_bytes: length of @text in bytes, or -1 if NUL-terminated
 *
 * Folds @text for matching (see #MasarFolded for what changes) and keeps, for every
 * folded code point, the code-point offset in @text it came from. A presentation-form
 * ligature (ﻻ) gives several folded code points that map to the same offset; dropped
 * marks map to nothing.
 *
 * Returns: (transfer full): the folded text; free with masar_folded_free()
 */
MasarFolded *
masar_fold (const char *text,
            gssize      n_bytes)
{
  MasarFolded *folded;
  FoldOut o;

  g_return_val_if_fail (text != NULL || n_bytes == 0, NULL);

  if (n_bytes < 0)
    n_bytes = strlen (text);

  fold_text (text ? text : "", n_bytes, TRUE, FALSE, FALSE, &o);

  folded = g_new0 (MasarFolded, 1);
  folded->text = o.text;
  folded->n_chars = o.n;
  folded->map = o.map;

  return folded;
}

/**
 * masar_folded_free:
 * @folded: (nullable): a #MasarFolded
 *
 * Frees @folded.
 */
void
masar_folded_free (MasarFolded *folded)
{
  if (folded == NULL)
    return;
  g_free (folded->text);
  g_free (folded->map);
  g_free (folded);
}

/**
 * masar_fold_string:
 * @text: NUL-terminated UTF-8
 *
 * Folds @text the way masar_fold() does, without the offset map: for lookup keys.
 *
 * Returns: (transfer full): the folded string
 */
char *
masar_fold_string (const char *text)
{
  FoldOut o;

  g_return_val_if_fail (text != NULL, NULL);

  fold_text (text, strlen (text), FALSE, FALSE, FALSE, &o);

  return o.text;
}

/* ---- Folded text with token spans (shared with the gazetteer) ---- */

/**
 * masar_folded_text_new:
 *
 * Folds @text and splits the folded text into word tokens, in one pass. Internal to the
 * core.
 */
MasarFoldedText *
masar_folded_text_new (const char *text,
                       gssize      n_bytes)
{
  MasarFoldedText *ft;
  FoldOut o;

  if (n_bytes < 0)
    n_bytes = strlen (text);

  fold_text (text, n_bytes, TRUE, TRUE, TRUE, &o);

  ft = g_new (MasarFoldedText, 1);
  ft->text = o.text;
  ft->n_chars = o.n;
  ft->map = o.map;
  ft->ends = o.ends;
  ft->tokens = o.tokens;

  return ft;
}

void
masar_folded_text_free (MasarFoldedText *ft)
{
  if (ft == NULL)
    return;
  g_free (ft->text);
  g_free (ft->map);   /* ends is in the same block */
  g_array_unref (ft->tokens);
  g_free (ft);
}

/**
 * masar_folded_text_span:
 *
 * The original code-point span of folded code points [@fstart, @fend).
 */
void
masar_folded_text_span (const MasarFoldedText *ft,
                        guint                  fstart,
                        guint                  fend,
                        guint                 *start,
                        guint                 *end)
{
  g_assert (fstart < fend && fend <= ft->n_chars);

  *start = ft->map[fstart];
  *end = ft->ends[fend - 1];
}

/* ---- Proclitics ---- */

static inline gboolean
has_prefix (const char *s,
            gsize       len,
            const char *prefix,
            gsize       plen)
{
  return len >= plen && memcmp (s, prefix, plen) == 0;
}

#define AR_WAW "\xd9\x88"
#define AR_FA  "\xd9\x81"
#define AR_BA  "\xd8\xa8"
#define AR_LAM "\xd9\x84"
#define AR_KAF "\xd9\x83"
#define AR_AL  "\xd8\xa7\xd9\x84"

/**
 * masar_proclitic_splits:
 * @folded_word: a folded word
 * @len: its length in bytes
 * @splits: (out caller-allocates) (array fixed-size=8): the possible splits, full word first
 *
 * Lists the ways @folded_word can be read as proclitics + stem: an optional conjunction
 * (و ف), an optional preposition (ب ل ك) and an optional article (ال, or ل after ل as in
 * "للرئيس"). Each split keeps a stem of at least two letters, or three when no article is
 * stripped. The first split is always the word itself.
 *
 * Returns: the number of splits written (1 to 8)
 */
guint
masar_proclitic_splits (const char          *folded_word,
                        gsize                len,
                        MasarProcliticSplit *splits)
{
  guint n = 0;
  gsize conj_opts[2];
  guint n_conj = 0;

  g_return_val_if_fail (folded_word != NULL, 0);

  splits[n].prefix_bytes = 0;
  splits[n].article = FALSE;
  n++;

  /* Every other split leaves a stem of at least six bytes after a two-byte proclitic or
   * strips ال: words shorter than eight bytes, or starting with none of و ف ب ل ك ا,
   * have only the first. */
  if (len < 8)
    return n;
  {
    const guchar *u = (const guchar *) folded_word;

    if (!((u[0] == 0xD9 && (u[1] == 0x88 || u[1] == 0x81 || u[1] == 0x84 || u[1] == 0x83)) ||
          (u[0] == 0xD8 && (u[1] == 0xA8 || u[1] == 0xA7))))
      return n;
  }

  conj_opts[n_conj++] = 0;
  if (has_prefix (folded_word, len, AR_WAW, 2) || has_prefix (folded_word, len, AR_FA, 2))
    conj_opts[n_conj++] = 2;

  for (guint ci = 0; ci < n_conj; ci++)
    {
      gsize c = conj_opts[ci];
      const char *w = folded_word + c;
      gsize wl = len - c;
      gsize prep_opts[2];
      guint n_prep = 0;

      prep_opts[n_prep++] = 0;
      if (has_prefix (w, wl, AR_BA, 2) || has_prefix (w, wl, AR_LAM, 2) || has_prefix (w, wl, AR_KAF, 2))
        prep_opts[n_prep++] = 2;

      for (guint pi = 0; pi < n_prep; pi++)
        {
          gsize pr = prep_opts[pi];
          const char *x = w + pr;
          gsize xl = wl - pr;

          /* Without an article: a stem of at least three letters (six bytes). */
          if ((c + pr) > 0 && xl >= 6 && n < 8)
            {
              splits[n].prefix_bytes = c + pr;
              splits[n].article = FALSE;
              n++;
            }
          /* With the article: ال, or the ل of "لل" after the preposition ل. */
          if (has_prefix (x, xl, AR_AL, 4) && xl >= 4 + 4 && n < 8)
            {
              splits[n].prefix_bytes = c + pr + 4;
              splits[n].article = TRUE;
              n++;
            }
          else if (pr == 2 && memcmp (w, AR_LAM, 2) == 0 && has_prefix (x, xl, AR_LAM, 2) &&
                   xl >= 2 + 4 && n < 8)
            {
              splits[n].prefix_bytes = c + pr + 2;
              splits[n].article = TRUE;
              n++;
            }
        }
    }

  return n;
}

/**
 * masar_strip_proclitics:
 * @folded_word: a folded word (see masar_fold_string())
 *
 * Strips the proclitics of @folded_word: the conjunctions و ف, the prepositions ب ل ك and
 * the article ال (with "لل" for ل + ال), in that order, e.g. "وبالكرملين" → "كرملين",
 * "للرئيس" → "رئيس", "وزيلينسكي" → "زيلينسكي". The article is stripped when at least two
 * letters remain; other proclitics only when at least three remain, so "وقف" stays whole.
 * The result is a guess: a name that starts with one of these letters ("بوتين") loses it,
 * so a lookup should try the whole word first (the gazetteer tries every split, see
 * masar_proclitic_splits()).
 *
 * Returns: (transfer full): the stem
 */
char *
masar_strip_proclitics (const char *folded_word)
{
  MasarProcliticSplit splits[8];
  gsize len;
  guint n;
  gsize best = 0;

  g_return_val_if_fail (folded_word != NULL, NULL);

  len = strlen (folded_word);
  n = masar_proclitic_splits (folded_word, len, splits);
  for (guint i = 0; i < n; i++)
    best = MAX (best, splits[i].prefix_bytes);

  return g_strdup (folded_word + best);
}

/* ---- Tokens ---- */

/**
 * masar_tokenize:
 * @text: UTF-8 text
 * @n_bytes: length in bytes, or -1 if NUL-terminated
 *
 * Splits @text into word tokens: runs of letters (and digits, for Latin words), split
 * where the script changes between Arabic and anything else, so that words glued by
 * scraping ("Reutersالرئيس") come apart. Offsets are code points of @text; a token's end
 * includes its own trailing tashkeel and tatweel.
 *
 * Returns: (transfer full) (element-type MasarToken): the tokens; free with
 *   masar_tokens_free()
 */
GArray *
masar_tokenize (const char *text,
                gssize      n_bytes)
{
  MasarFoldedText *ft;
  GArray *tokens;

  g_return_val_if_fail (text != NULL || n_bytes == 0, NULL);

  ft = masar_folded_text_new (text ? text : "", n_bytes);
  tokens = g_array_sized_new (FALSE, FALSE, sizeof (MasarToken), ft->tokens->len);
  for (guint i = 0; i < ft->tokens->len; i++)
    {
      const MasarFoldedToken *t = &g_array_index (ft->tokens, MasarFoldedToken, i);
      MasarToken tok;

      masar_folded_text_span (ft, t->start, t->end, &tok.start, &tok.end);
      tok.form = g_strndup (ft->text + t->bstart, t->bend - t->bstart);
      tok.stem = t->arabic ? masar_strip_proclitics (tok.form) : g_strdup (tok.form);
      g_array_append_val (tokens, tok);
    }
  masar_folded_text_free (ft);

  return tokens;
}

/**
 * masar_tokens_free:
 * @tokens: (nullable) (element-type MasarToken): tokens from masar_tokenize()
 *
 * Frees @tokens and their strings.
 */
void
masar_tokens_free (GArray *tokens)
{
  if (tokens == NULL)
    return;
  for (guint i = 0; i < tokens->len; i++)
    {
      MasarToken *t = &g_array_index (tokens, MasarToken, i);

      g_free (t->form);
      g_free (t->stem);
    }
  g_array_unref (tokens);
}

/* ---- UTF-16 ---- */

typedef struct
{
  UChar  *u;
  guint  *cp;     /* cp[i] = code point offset of UTF-16 unit i; cp[len] = n_chars */
  int32_t len;
} Utf16Text;

static void
utf16_text_init (Utf16Text  *ut,
                 const char *text,
                 gsize       n_bytes)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + n_bytes;
  guint i = 0;
  int32_t j = 0;

  ut->u = g_new (UChar, n_bytes + 1);
  ut->cp = g_new (guint, n_bytes + 2);
  while (p < end)
    {
      guint len;
      gunichar c = decode_utf8 (p, end - p, &len);

      if (c >= 0x10000 && c <= 0x10FFFF)
        {
          ut->cp[j] = i;
          ut->u[j++] = (UChar) (0xD7C0 + (c >> 10));
          ut->cp[j] = i;
          ut->u[j++] = (UChar) (0xDC00 | (c & 0x3FF));
        }
      else
        {
          ut->cp[j] = i;
          ut->u[j++] = (UChar) (c > 0xFFFF ? 0xFFFD : c);
        }
      p += len;
      i++;
    }
  ut->cp[j] = i;
  ut->u[j] = 0;
  ut->len = j;
}

static void
utf16_text_clear (Utf16Text *ut)
{
  g_free (ut->u);
  g_free (ut->cp);
}

/* ---- Sentences ----
 *
 * The text is decoded once into code points. Each line is cut where ICU's sentence break
 * iterator would cut it: the rules of UAX #29 (which ICU's root sentence rules implement)
 * are applied here directly, with the Sentence_Break property from ICU, so that most
 * paragraphs need neither a UTF-16 copy nor the iterator. A line holding a code point
 * outside the BMP still goes through ICU. masar_split_sentences_reference() always uses
 * ICU; a test checks that both agree.
 *
 * Code points outside the BMP are seen by the helpers below as ICU saw their two UTF-16
 * units: neither space, letter, digit nor line break. */

typedef struct
{
  const gunichar *u;     /* the decoded text */
  guint           len;
  gboolean        semicolons;   /* it may hold a ؛ (else no sentence is searched for one) */
} CpText;

static inline gboolean
cp_is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x2028 ||
         c == 0x2029 || c == 0x0085 || c == 0x000B || c == 0x000C || c == 0x202F ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x3000 || c == 0xFEFF;
}

static inline gboolean
cp_is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0085 ||
         c == 0x000B || c == 0x000C;
}

static inline gboolean
cp_is_alpha (gunichar c)
{
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return c < 0x10000 && u_isalpha (c);
}

static inline gboolean
cp_is_digit (gunichar c)
{
  if (c < 0x80)
    return c >= '0' && c <= '9';
  return c < 0x10000 && u_isdigit (c);
}

static inline gboolean
cp_is_word (gunichar c)
{
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c >= 0x10000)
    return FALSE;
  return u_isalnum (c) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}

/* Appends [a, b) trimmed, if it holds a letter or a digit. */
static void
emit_sentence (GArray       *out,
               const CpText *t,
               guint         a,
               guint         b)
{
  MasarSpan span;
  gboolean has_word = FALSE;

  while (a < b && cp_is_space (t->u[a]))
    a++;
  while (b > a && cp_is_space (t->u[b - 1]))
    b--;
  for (guint i = a; i < b && !has_word; i++)
    has_word = cp_is_word (t->u[i]);
  if (!has_word)
    return;

  span.start = a;
  span.end = b;
  g_array_append_val (out, span);
}

/* A break after "X." where X is a lone letter (د. م. U.S.) or a short Latin abbreviation
 * (Mr. Dr. St.) is not a sentence end. */
static gboolean
ends_in_abbreviation (const CpText *t,
                      guint         line_start,
                      guint         b)
{
  static const char * const latin_abbrev[] = { "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "no", "gen", "col", "lt", "prof", "sen", "rep", "gov", "inc", "co", "etc" };
  guint e = b;
  guint s;
  char buf[8];
  guint n;

  while (e > line_start && cp_is_space (t->u[e - 1]))
    e--;
  if (e <= line_start || t->u[e - 1] != '.')
    return FALSE;
  e--;
  s = e;
  while (s > line_start && cp_is_alpha (t->u[s - 1]))
    s--;
  n = e - s;
  if (n == 0)
    return FALSE;
  if (s > line_start && t->u[s - 1] != ' ' && t->u[s - 1] != '.' && t->u[s - 1] != '(')
    return FALSE;
  if (n == 1)
    return TRUE;
  if (n >= sizeof buf)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (t->u[s + i] >= 0x80)
        return FALSE;
      buf[i] = g_ascii_tolower ((char) t->u[s + i]);
    }
  buf[n] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (latin_abbrev); i++)
    if (strcmp (buf, latin_abbrev[i]) == 0)
      return TRUE;

  return FALSE;
}

/* Cuts a long sentence [a, b) at commas (، and ,) into clauses of at least MIN_CLAUSE. */
static void
emit_with_commas (GArray       *out,
                  const CpText *t,
                  guint         a,
                  guint         b)
{
  guint start = a;

  if (b - a <= LONG_SENTENCE)
    {
      emit_sentence (out, t, a, b);
      return;
    }

  for (guint i = a; i < b; i++)
    {
      if ((t->u[i] == 0x060C || t->u[i] == ',') &&
          i - start >= MIN_CLAUSE * 2 && b - i >= MIN_CLAUSE &&
          !(i + 1 < b && cp_is_digit (t->u[i + 1]) && i > a && cp_is_digit (t->u[i - 1])))
        {
          emit_sentence (out, t, start, i + 1);
          start = i + 1;
        }
    }
  emit_sentence (out, t, start, b);
}

/* One ICU sentence [a, b): split after ؛ as well. */
static void
emit_icu_sentence (GArray       *out,
                   const CpText *t,
                   guint         a,
                   guint         b)
{
  guint start = a;

  for (guint i = a; i < b && t->semicolons; i++)
    {
      if (t->u[i] == 0x061B)
        {
          emit_with_commas (out, t, start, i + 1);
          start = i + 1;
        }
    }
  emit_with_commas (out, t, start, b);
}

static void
close_break_iterator (gpointer data)
{
  ubrk_close (data);
}

static GPrivate sentence_iter = G_PRIVATE_INIT (close_break_iterator);

static UBreakIterator *
get_sentence_iterator (void)
{
  UBreakIterator *bi = g_private_get (&sentence_iter);

  if (bi == NULL)
    {
      UErrorCode status = U_ZERO_ERROR;

      bi = ubrk_open (UBRK_SENTENCE, "ar", NULL, 0, &status);
      if (U_FAILURE (status))
        {
          g_critical ("Cannot open the ICU sentence iterator: %s", u_errorName (status));
          return NULL;
        }
      g_private_set (&sentence_iter, bi);
    }

  return bi;
}

/* The breaks of a line, as cut by the caller's callback. */
typedef struct
{
  GArray       *out;
  const CpText *t;
  guint         a;       /* the line */
  guint         b;
  guint         start;   /* where the current sentence began */
} LineCut;

static inline void
line_cut_at (LineCut *lc,
             guint    pos)
{
  if (pos < lc->b && ends_in_abbreviation (lc->t, lc->start, pos))
    return;
  emit_icu_sentence (lc->out, lc->t, lc->start, pos);
  lc->start = pos;
}

static inline void
line_cut_finish (LineCut *lc)
{
  if (lc->start < lc->b)
    emit_icu_sentence (lc->out, lc->t, lc->start, lc->b);
}

/* The line through ICU's iterator (UTF-16, with a map back to code points). */
static void
split_line_icu (LineCut *lc)
{
  UBreakIterator *bi = get_sentence_iterator ();
  UErrorCode status = U_ZERO_ERROR;
  g_autofree UChar *u16 = NULL;
  g_autofree guint *cp = NULL;
  int32_t n = 0;
  int32_t pos;

  if (bi == NULL)
    {
      line_cut_finish (lc);
      return;
    }

  u16 = g_new (UChar, 2 * (lc->b - lc->a) + 1);
  cp = g_new (guint, 2 * (lc->b - lc->a) + 1);
  for (guint i = lc->a; i < lc->b; i++)
    {
      gunichar c = lc->t->u[i];

      cp[n] = i;
      if (c >= 0x10000)
        {
          u16[n++] = (UChar) (0xD7C0 + (c >> 10));
          cp[n] = i;
          u16[n++] = (UChar) (0xDC00 | (c & 0x3FF));
        }
      else
        u16[n++] = (UChar) c;
    }
  cp[n] = lc->b;

  ubrk_setText (bi, u16, n, &status);
  if (U_FAILURE (status))
    {
      line_cut_finish (lc);
      return;
    }
  ubrk_first (bi);
  while ((pos = ubrk_next (bi)) != UBRK_DONE)
    line_cut_at (lc, cp[pos]);
  line_cut_finish (lc);
  ubrk_setText (bi, NULL, 0, &status);
}

/* Per BMP code point: its Sentence_Break class (from ICU) and flags for the scan. */
#define SB_CLASS_MASK 0x0F
#define SB_LINE_BREAK 0x10   /* cp_is_line_break() */
#define SB_BLANK      0x20   /* a blank that counts towards a run: ' ', '\t', U+00A0 */
#define SB_TERM       0x40   /* ATerm or STerm */
#define SB_EXTEND     0x80   /* Extend or Format */

G_STATIC_ASSERT (U_SB_SCONTINUE < 16 && U_SB_EXTEND < 16 && U_SB_LF < 16);

static const guint8 *
get_sentence_table (void)
{
  static guint8 *table;
  static gsize init = 0;

  if (g_once_init_enter (&init))
    {
      guint8 *t = g_new (guint8, 0x10000);

      for (gunichar i = 0; i < 0x10000; i++)
        {
          guint k = (guint) u_getIntPropertyValue (i, UCHAR_SENTENCE_BREAK);
          guint8 f = k & SB_CLASS_MASK;

          if (cp_is_line_break (i))
            f |= SB_LINE_BREAK;
          if (i == ' ' || i == '\t' || i == 0x00A0)
            f |= SB_BLANK;
          if (k == U_SB_ATERM || k == U_SB_STERM)
            f |= SB_TERM;
          if (k == U_SB_EXTEND || k == U_SB_FORMAT)
            f |= SB_EXTEND;
          t[i] = f;
        }
      table = t;
      g_once_init_leave (&init, 1);
    }

  return table;
}

static inline gboolean
is_saterm (guint8 cls)
{
  return cls == U_SB_ATERM || cls == U_SB_STERM;
}

/* The Sentence_Break class of the @j-th code point of a line: @cls holds either the
 * flags of its code points or the classes left after SB5, and the mask suits both. */
static inline guint8
line_class (const guint8 *cls,
            guint         j)
{
  return cls[j] & SB_CLASS_MASK;
}

/* The line by the rules of UAX #29 (SB5 to SB11; the line holds no paragraph separator),
 * over the flags of its code points. Without Extend or Format code points the rules read
 * the flags in place; otherwise the classes left after SB5 are gathered in @cls_buf, with
 * their positions in @pos_buf. */
static void
split_line_rules (LineCut      *lc,
                  const guint8 *flags,
                  gboolean      has_extend,
                  guint8       *cls_buf,
                  guint        *pos_buf)
{
  const guint8 *cls;
  const guint *pos = NULL;
  guint m = 0;

  if (has_extend)
    {
      /* SB5: Extend and Format belong to the code point before them (not at the start). */
      for (guint i = lc->a; i < lc->b; i++)
        {
          guint8 k = flags[i];

          if ((k & SB_EXTEND) && m > 0)
            continue;
          cls_buf[m] = (k & SB_EXTEND) ? U_SB_OTHER : (k & SB_CLASS_MASK);
          pos_buf[m] = i;
          m++;
        }
      cls = cls_buf;
      pos = pos_buf;
    }
  else
    {
      cls = flags + lc->a;
      m = lc->b - lc->a;
    }

  for (guint i = 0; i < m; i++)
    {
      guint j, k;

      /* With the flags in place, eight code points at a time up to the next terminator. */
      if (pos == NULL)
        {
          guint64 eight;

          for (; i + 8 <= m; i += 8)
            {
              memcpy (&eight, cls + i, 8);
              if (eight & (G_GUINT64_CONSTANT (0x0101010101010101) * SB_TERM))
                break;
            }
          if (i >= m)
            break;
        }
      if (!is_saterm (line_class (cls, i)))
        continue;
      /* SB9, SB10: closing punctuation, then spaces, stay with the terminator. */
      for (j = i + 1; j < m && line_class (cls, j) == U_SB_CLOSE; j++)
        ;
      for (; j < m && line_class (cls, j) == U_SB_SP; j++)
        ;
      if (j == m)
        break;
      if (line_class (cls, i) == U_SB_ATERM)
        {
          /* SB6: "3.5". */
          if (line_class (cls, i + 1) == U_SB_NUMERIC)
            continue;
          /* SB7: "U.S". */
          if (j == i + 1 && i > 0 &&
              (line_class (cls, i - 1) == U_SB_UPPER || line_class (cls, i - 1) == U_SB_LOWER) &&
              line_class (cls, j) == U_SB_UPPER)
            continue;
          /* SB8: a lower-case letter comes before any other letter or terminator. */
          for (k = j; k < m; k++)
            if (line_class (cls, k) == U_SB_OLETTER || line_class (cls, k) == U_SB_UPPER ||
                line_class (cls, k) == U_SB_LOWER || is_saterm (line_class (cls, k)))
              break;
          if (k < m && line_class (cls, k) == U_SB_LOWER)
            continue;
        }
      /* SB8a. */
      if (line_class (cls, j) == U_SB_SCONTINUE || is_saterm (line_class (cls, j)))
        continue;
      /* SB11. */
      line_cut_at (lc, pos != NULL ? pos[j] : lc->a + j);
    }
  line_cut_finish (lc);
}

/* A line of the text, with what its code points hold. */
typedef struct
{
  guint a;
  guint b;
  guint flags;      /* the flags of its code points or'ed, SB_ASTRAL for one outside the BMP */
} Line;

#define SB_ASTRAL 0x100

/* The way lines were cut before the single pass below, kept as the reference: decode,
 * then walk the code points, every line through ICU. */
static GArray *
split_sentences_icu (const char *text,
                     gsize       n_bytes)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (MasarSpan));
  g_autofree gunichar *u = g_new (gunichar, n_bytes + 1);
  const guchar *p = (const guchar *) text;
  const guchar *end = p + n_bytes;
  CpText t;
  guint n = 0;
  guint line_start = 0;
  guint i = 0;

  while (p < end)
    {
      guint len;
      gunichar c = decode_utf8 (p, end - p, &len);

      u[n++] = c > 0x10FFFF ? 0xFFFD : c;
      p += len;
    }
  t.u = u;
  t.len = n;
  t.semicolons = TRUE;

  while (i < n)
    {
      gunichar c = u[i];

      if (cp_is_line_break (c))
        {
          LineCut lc = { out, &t, line_start, i, line_start };

          if (i > line_start)
            split_line_icu (&lc);
          line_start = i + 1;
          i++;
          continue;
        }
      if (c == ' ' || c == '\t' || c == 0x00A0)
        {
          guint j = i;

          while (j < n && (u[j] == ' ' || u[j] == '\t' || u[j] == 0x00A0))
            j++;
          if (j - i >= BLANK_RUN_BREAK)
            {
              LineCut lc = { out, &t, line_start, i, line_start };

              if (i > line_start)
                split_line_icu (&lc);
              line_start = j;
            }
          i = j;
          continue;
        }
      i++;
    }
  if (n > line_start)
    {
      LineCut lc = { out, &t, line_start, n, line_start };

      split_line_icu (&lc);
    }

  return out;
}

/* Appends a line to *@lines, which starts as @lines_buf and moves to the heap when full. */
static inline void
add_line (Line  **lines,
          guint  *n_lines,
          guint  *lines_cap,
          Line   *lines_buf,
          guint   a,
          guint   b,
          guint   flags)
{
  if (*n_lines == *lines_cap)
    {
      *lines_cap *= 2;
      if (*lines == lines_buf)
        *lines = g_memdup2 (lines_buf, *n_lines * sizeof (Line));
      *lines = g_renew (Line, *lines, *lines_cap);
    }
  (*lines)[(*n_lines)++] = (Line) { a, b, flags };
}

/* The code points of a text and their flags, kept per thread and grown as needed rather
 * than allocated for every paragraph. */
typedef struct
{
  gunichar *u;
  guint8   *flags;
  guint8   *cls;
  guint    *pos;
  gsize     size;     /* entries of each */
} SentenceScratch;

static void
sentence_scratch_free (gpointer data)
{
  SentenceScratch *ss = data;

  g_free (ss->u);
  g_free (ss->flags);
  g_free (ss->cls);
  g_free (ss->pos);
  g_free (ss);
}

static GPrivate sentence_scratch = G_PRIVATE_INIT (sentence_scratch_free);

static SentenceScratch *
get_sentence_scratch (gsize size)
{
  SentenceScratch *ss = g_private_get (&sentence_scratch);

  if (ss == NULL)
    {
      ss = g_new0 (SentenceScratch, 1);
      g_private_set (&sentence_scratch, ss);
    }
  if (ss->size < size)
    {
      ss->size = MAX (size, 2 * ss->size);
      g_free (ss->u);
      g_free (ss->flags);
      g_free (ss->cls);
      g_free (ss->pos);
      ss->u = g_new (gunichar, ss->size);
      ss->flags = g_new (guint8, ss->size);
      ss->cls = g_new (guint8, ss->size);
      ss->pos = g_new (guint, ss->size);
    }

  return ss;
}

static GArray *
split_sentences (const char *text,
                 gssize      n_bytes,
                 gboolean    reference)
{
  const guint8 *table = get_sentence_table ();
  SentenceScratch *ss;
  GArray *out;
  CpText t;
  gunichar *u;
  guint8 *flags;
  Line lines_buf[64];
  Line *lines = lines_buf;
  guint n_lines = 0, lines_cap = G_N_ELEMENTS (lines_buf);
  const guchar *p, *end;
  guint n = 0;
  guint line_start = 0;
  guint line_flags = 0;
  guint blank_run = 0;
  gboolean semicolons = FALSE;

  if (n_bytes < 0)
    n_bytes = strlen (text);
  if (reference)
    return split_sentences_icu (text, n_bytes);

  out = g_array_new (FALSE, FALSE, sizeof (MasarSpan));

  /* One pass: decode (as utf16_text_init() did, one code point per g_utf8_next_char
   * step), look up the flags, and cut lines at line breaks and at runs of blanks. */
  ss = get_sentence_scratch (n_bytes + 1);
  u = ss->u;
  flags = ss->flags;
  p = (const guchar *) text;
  end = p + n_bytes;
  while (p < end)
    {
      gunichar c;
      guint f;

      if (*p < 0x80)
        c = *p++;
      else if ((*p & 0xE0) == 0xC0 && p + 1 < end)
        {
          /* Two bytes (Arabic): decode_utf8() without its dispatch. */
          c = ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
          p += 2;
        }
      else
        {
          guint len;

          c = decode_utf8 (p, end - p, &len);
          p += len;
          if (c > 0x10FFFF)
            c = 0xFFFD;
        }
      u[n] = c;
      semicolons |= c == 0x061B;
      if (G_LIKELY (c < 0x10000))
        f = table[c];
      else
        f = SB_ASTRAL;
      flags[n] = (guint8) f;

      /* Only a line break, or the end of a run of enough blanks, cuts: the blanks
       * between words are counted without a branch. */
      if (G_UNLIKELY ((f & SB_LINE_BREAK) || (blank_run >= BLANK_RUN_BREAK && !(f & SB_BLANK))))
        {
          if (blank_run >= BLANK_RUN_BREAK)
            {
              add_line (&lines, &n_lines, &lines_cap, lines_buf, line_start, n - blank_run,
                        line_flags);
              line_start = n;
              line_flags = 0;
            }
          blank_run = 0;
          if (f & SB_LINE_BREAK)
            {
              add_line (&lines, &n_lines, &lines_cap, lines_buf, line_start, n, line_flags);
              line_start = n + 1;
              line_flags = 0;
              n++;
              continue;
            }
        }
      blank_run = (f & SB_BLANK) ? blank_run + 1 : 0;
      line_flags |= f;
      n++;
    }
  /* A run of blanks at the very end cuts too (the last line then holds nothing). */
  if (blank_run >= BLANK_RUN_BREAK)
    {
      add_line (&lines, &n_lines, &lines_cap, lines_buf, line_start, n - blank_run, line_flags);
      line_start = n;
      line_flags = 0;
    }
  add_line (&lines, &n_lines, &lines_cap, lines_buf, line_start, n, line_flags);

  t.u = u;
  t.len = n;
  t.semicolons = semicolons;
  for (guint i = 0; i < n_lines; i++)
    {
      LineCut lc = { out, &t, lines[i].a, lines[i].b, lines[i].a };

      if (lc.b <= lc.a)
        continue;
      if (lines[i].flags & SB_ASTRAL)
        split_line_icu (&lc);
      else if (!(lines[i].flags & SB_TERM))
        line_cut_finish (&lc);
      else
        split_line_rules (&lc, flags, (lines[i].flags & SB_EXTEND) != 0, ss->cls, ss->pos);
    }
  if (lines != lines_buf)
    g_free (lines);

  return out;
}

/**
 * masar_split_sentences:
 * @text: UTF-8 text
 * @n_bytes: length in bytes, or -1 if NUL-terminated
 *
 * Splits @text into sentences: at line breaks, at runs of three or more blanks inside a
 * line (scraped lists of headlines), at the boundaries of ICU's sentence iterator for
 * "ar" (. ! ? ؟ and the Arabic full stop, but not inside numbers such as "3.5" or
 * "20.11.2025" nor after a lone letter such as "د."), after ؛ always, and after a comma
 * (، or ,) only inside a sentence longer than 320 code points, leaving clauses of at least
 * 80. Spans are trimmed of white space; spans without a letter or digit are dropped.
 *
 * Returns: (transfer full) (element-type MasarSpan): spans in code points of @text
 */
GArray *
masar_split_sentences (const char *text,
                       gssize      n_bytes)
{
  g_return_val_if_fail (text != NULL || n_bytes == 0, NULL);

  return split_sentences (text ? text : "", n_bytes, FALSE);
}

/**
 * masar_split_sentences_reference:
 * @text: UTF-8 text
 * @n_bytes: length in bytes, or -1 if NUL-terminated
 *
 * masar_split_sentences() with ICU's sentence iterator run on every line, rather than
 * the same rules applied directly: slower, for tests that check the two agree.
 *
 * Returns: (transfer full) (element-type MasarSpan): spans in code points of @text
 */
GArray *
masar_split_sentences_reference (const char *text,
                                 gssize      n_bytes)
{
  g_return_val_if_fail (text != NULL || n_bytes == 0, NULL);

  return split_sentences (text ? text : "", n_bytes, TRUE);
}

/* ---- Direction, transliteration ---- */

/**
 * masar_text_is_rtl:
 * @text: UTF-8 text
 * @n_bytes: length in bytes, or -1 if NUL-terminated
 *
 * Whether the first strong character of @text is right-to-left (ICU's
 * ubidi_getBaseDirection()). Text with no strong character is not RTL.
 *
 * Returns: %TRUE for a right-to-left base direction
 */
gboolean
masar_text_is_rtl (const char *text,
                   gssize      n_bytes)
{
  Utf16Text ut;
  UBiDiDirection dir;

  g_return_val_if_fail (text != NULL || n_bytes == 0, FALSE);

  if (n_bytes < 0)
    n_bytes = strlen (text);
  utf16_text_init (&ut, text ? text : "", n_bytes);
  dir = ubidi_getBaseDirection (ut.u, ut.len);
  utf16_text_clear (&ut);

  return dir == UBIDI_RTL;
}

static void
close_transliterator (gpointer data)
{
  utrans_close (data);
}

static GPrivate transliterator = G_PRIVATE_INIT (close_transliterator);

static UTransliterator *
get_transliterator (void)
{
  UTransliterator *t = g_private_get (&transliterator);

  if (t == NULL)
    {
      static const char id[] = "Arabic-Latin; Latin-ASCII";
      UChar uid[G_N_ELEMENTS (id)];
      UErrorCode status = U_ZERO_ERROR;

      u_charsToUChars (id, uid, G_N_ELEMENTS (id));
      t = utrans_openU (uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
      if (U_FAILURE (status))
        {
          g_critical ("Cannot open the ICU transliterator: %s", u_errorName (status));
          return NULL;
        }
      g_private_set (&transliterator, t);
    }

  return t;
}

/**
 * masar_transliterate:
 * @arabic: NUL-terminated UTF-8
 *
 * Transliterates @arabic to ASCII Latin with ICU ("Arabic-Latin" then "Latin-ASCII"), and
 * title-cases each word, for the English name of an actor missing from the gazetteer:
 * "ويتكوف" → "Wytkwf". Tatweel and formatting characters are removed first.
 *
 * Returns: (transfer full): the transliteration
 */
char *
masar_transliterate (const char *arabic)
{
  UTransliterator *t;
  g_autofree UChar *u = NULL;
  g_autofree char *clean = NULL;
  GString *in;
  const guchar *p;
  const guchar *end;
  int32_t len = 0;
  int32_t limit;
  int32_t cap;
  UErrorCode status = U_ZERO_ERROR;
  GString *out;
  gboolean word_start = TRUE;

  g_return_val_if_fail (arabic != NULL, NULL);

  /* Drop tatweel and format characters, keep tashkeel (it carries vowels). */
  in = g_string_sized_new (strlen (arabic));
  p = (const guchar *) arabic;
  end = p + strlen (arabic);
  while (p < end)
    {
      guint l;
      gunichar c = decode_utf8 (p, end - p, &l);
      gunichar f;
      FoldAction a = fold_char (c, &f);

      if (a != FOLD_DROP && c != 0x0640)
        append_unichar (in, c);
      p += l;
    }
  clean = g_string_free (in, FALSE);

  t = get_transliterator ();
  if (t == NULL)
    return g_strdup (clean);

  cap = strlen (clean) * 4 + 16;
  u = g_new (UChar, cap);
  u_strFromUTF8 (u, cap, &len, clean, -1, &status);
  if (U_FAILURE (status))
    return g_strdup (clean);
  limit = len;
  utrans_transUChars (t, u, &len, cap, 0, &limit, &status);
  if (U_FAILURE (status))
    return g_strdup (clean);

  out = g_string_sized_new (len + 1);
  for (int32_t i = 0; i < len;)
    {
      UChar32 c;

      U16_NEXT (u, i, len, c);
      if (c == '\'' || c == '`')
        continue;
      if (g_unichar_isalpha (c))
        {
          append_unichar (out, word_start ? g_unichar_toupper (c) : g_unichar_tolower (c));
          word_start = FALSE;
        }
      else
        {
          append_unichar (out, c);
          word_start = c == ' ' || c == '-';
        }
    }

  return g_string_free (out, FALSE);
}
