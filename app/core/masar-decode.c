/* masar-decode.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-decode"

#include "config.h"

#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include "masar-decode.h"

/* How much of the data the detector looks at. */
#define SAMPLE_BYTES (64 * 1024)

typedef struct
{
  guint n_replaced;
} ReplaceCounter;

G_DEFINE_QUARK (masar-decode-error-quark, masar_decode_error)

static gboolean
has_prefix_bytes (const guint8 *data,
                  gsize         length,
                  const char   *magic,
                  gsize         magic_length)
{
  return length >= magic_length && memcmp (data, magic, magic_length) == 0;
}

/* How many of the eight bytes at @p are checked at once as ASCII (without NUL) and
 * two-byte sequences (C2–DF and a continuation byte), the whole of most Arabic text: 8, or 7
 * when the last byte starts a sequence that ends in the next word; 0 when the word holds
 * anything else (a longer or malformed sequence, NUL), which the caller checks bytewise.
 * The top bit of each byte of the masks below stands for that byte. */
static inline gsize
check_word (const guint8 *p)
{
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 lows = G_GUINT64_CONSTANT (0x7F7F7F7F7F7F7F7F);
  guint64 x, high, bit6, bit5, lead, cont, value;

  memcpy (&x, p, 8);
  x = GUINT64_FROM_LE (x);    /* byte i in bits 8i to 8i + 7 */
  high = x & highs;
  if (high == 0)
    return (~(((x & lows) + lows) | x) & highs) == 0 ? 8 : 0;    /* no NUL byte */

  bit6 = (x << 1) & highs;
  bit5 = (x << 2) & highs;
  if ((high & bit6 & bit5) != 0)
    return 0;                 /* E0–FF: not a two-byte sequence */
  lead = high & bit6;         /* 110xxxxx */
  cont = high & ~bit6;        /* 10xxxxxx */
  /* Every continuation byte right after a lead byte and nowhere else (a lead byte in the
   * last place shifts out: its sequence is checked with the next word). */
  if (cont != lead << 8)
    return 0;
  /* C0 and C1 would be overlong: their bits 1 to 4 are zero. */
  value = x & G_GUINT64_CONSTANT (0x1E1E1E1E1E1E1E1E);
  if ((~(value + lows) & lead) != 0)
    return 0;
  if ((~(((x & lows) + lows) | x) & highs) != 0)
    return 0;                 /* a NUL byte */
  return (lead >> 63) != 0 ? 7 : 8;
}

/* g_utf8_validate_len (data, length, NULL), with the common sequences checked inline:
 * eight bytes at a time while they are ASCII and two-byte sequences (the Arabic block); any
 * other lead byte has its sequence checked by GLib, and a sequence that is malformed or cut
 * short leaves the verdict to GLib on the rest of the text. */
static gboolean
utf8_valid (const guint8 *data,
            gsize         length)
{
  const guint8 *p = data, *end = data + length;

  while (p < end)
    {
      guint8 c = *p;
      gsize n;

      if (end - p >= 8 && (n = check_word (p)) > 0)
        {
          p += n;
          continue;
        }
      if (c >= 0xC2 && c <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80)
        {
          p += 2;
          continue;
        }
      if (c != 0 && c < 0x80)
        {
          p++;
          continue;
        }
      n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 0;
      if (n == 0 || (gsize) (end - p) < n)
        return g_utf8_validate_len ((const char *) p, end - p, NULL);
      if (!g_utf8_validate_len ((const char *) p, n, NULL))
        return FALSE;
      p += n;
    }
  return TRUE;
}

static void
count_and_substitute_cb (const void              *context,
                         UConverterToUnicodeArgs *args,
                         const char              *code_units,
                         int32_t                  length,
                         UConverterCallbackReason reason,
                         UErrorCode              *status)
{
  ReplaceCounter *counter = (ReplaceCounter *) context;
  static const UChar replacement = 0xFFFD;

  if (reason > UCNV_IRREGULAR)
    return;

  *status = U_ZERO_ERROR;
  counter->n_replaced++;
  ucnv_cbToUWriteUChars (args, &replacement, 1, 0, status);
}

/* Converts @data from @charset to UTF-16 with ICU, replacing what cannot be converted by
 * U+FFFD and counting it. */
static UChar *
to_uchars (const char    *charset,
           const guint8  *data,
           gsize          length,
           int32_t       *out_length,
           guint         *n_replaced,
           GError       **error)
{
  UErrorCode status = U_ZERO_ERROR;
  UConverter *conv;
  ReplaceCounter counter = { 0 };
  UChar *buf;
  int32_t capacity;
  int32_t n;

  if (length > G_MAXINT32 / 2 - 4)
    {
      g_set_error (error, MASAR_DECODE_ERROR, MASAR_DECODE_ERROR_FAILED, "too large to convert");
      return NULL;
    }

  conv = ucnv_open (charset, &status);
  if (U_FAILURE (status))
    {
      g_set_error (error, MASAR_DECODE_ERROR, MASAR_DECODE_ERROR_FAILED,
                   "no converter for %s: %s", charset, u_errorName (status));
      return NULL;
    }
  ucnv_setToUCallBack (conv, count_and_substitute_cb, &counter, NULL, NULL, &status);

  /* A byte never yields more than two UTF-16 units in the encodings we read. */
  capacity = (int32_t) length * 2 + 2;
  buf = g_new (UChar, capacity);
  n = ucnv_toUChars (conv, buf, capacity, (const char *) data, (int32_t) length, &status);
  ucnv_close (conv);

  if (U_FAILURE (status))
    {
      g_free (buf);
      g_set_error (error, MASAR_DECODE_ERROR, MASAR_DECODE_ERROR_FAILED,
                   "could not convert from %s: %s", charset, u_errorName (status));
      return NULL;
    }

  *out_length = n;
  if (n_replaced != NULL)
    *n_replaced = counter.n_replaced;
  return buf;
}

static char *
uchars_to_utf8 (const UChar  *src,
                int32_t       length,
                gsize        *out_length,
                guint        *n_replaced,
                GError      **error)
{
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = 0;
  int32_t n_subs = 0;
  char *out;

  u_strToUTF8WithSub (NULL, 0, &needed, src, length, 0xFFFD, NULL, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE (status))
    {
      g_set_error (error, MASAR_DECODE_ERROR, MASAR_DECODE_ERROR_FAILED,
                   "could not encode UTF-8: %s", u_errorName (status));
      return NULL;
    }
  status = U_ZERO_ERROR;
  out = g_malloc ((gsize) needed + 1);
  u_strToUTF8WithSub (out, needed + 1, &needed, src, length, 0xFFFD, &n_subs, &status);
  if (U_FAILURE (status))
    {
      g_free (out);
      g_set_error (error, MASAR_DECODE_ERROR, MASAR_DECODE_ERROR_FAILED,
                   "could not encode UTF-8: %s", u_errorName (status));
      return NULL;
    }
  out[needed] = '\0';
  *out_length = needed;
  if (n_replaced != NULL)
    *n_replaced += n_subs;
  return out;
}

/* How Arabic a decoding looks: Arabic letters count for it, the article "ال" counts a lot,
 * replacement characters, C1 controls and stray Latin-1 letters count against. */
static double
score_arabic (const char   *charset,
              const guint8 *data,
              gsize         length)
{
  g_autofree UChar *buf = NULL;
  int32_t n = 0;
  double score = 0;

  buf = to_uchars (charset, data, length, &n, NULL, NULL);
  if (buf == NULL)
    return -G_MAXDOUBLE;

  for (int32_t i = 0; i < n; i++)
    {
      UChar c = buf[i];

      if (c < 0x80)
        continue;
      if (c >= 0x0621 && c <= 0x064A)
        {
          score += 1;
          if (c == 0x0627 && i + 1 < n && buf[i + 1] == 0x0644)
            score += 3;
        }
      else if (c >= 0x064B && c <= 0x0652)
        score += 0.5;
      else if (c == 0x060C || c == 0x061B || c == 0x061F)
        score += 1;
      else if (c == 0xFFFD || c == 0x001A || (c >= 0x80 && c <= 0x9F))
        score -= 5;
      else
        score -= 1;
    }
  return score;
}

/**
 * masar_decode_is_binary:
 * @data: the first bytes of a file (a few KiB are enough)
 * @length: their length
 *
 * Whether the data looks like a binary file: a NUL byte, more than 2% control bytes that
 * never occur in text, or a well-known binary signature. Data starting with a UTF-16 byte
 * order mark is text.
 *
 * Returns: %TRUE for binary data
 */
gboolean
masar_decode_is_binary (const guint8 *data,
                        gsize         length)
{
  gsize n = MIN (length, (gsize) SAMPLE_BYTES);
  gsize n_control = 0;

  if (has_prefix_bytes (data, length, "\xff\xfe", 2) ||
      has_prefix_bytes (data, length, "\xfe\xff", 2))
    return FALSE;
  if (has_prefix_bytes (data, length, "%PDF-", 5) ||
      has_prefix_bytes (data, length, "\x89PNG", 4) ||
      has_prefix_bytes (data, length, "\xff\xd8\xff", 3) ||
      has_prefix_bytes (data, length, "GIF8", 4) ||
      has_prefix_bytes (data, length, "PK\x03\x04", 4) ||
      has_prefix_bytes (data, length, "\x1f\x8b", 2))
    return TRUE;

  if (memchr (data, 0, n) != NULL)
    return TRUE;
  for (gsize i = 0; i < n; )
    {
      /* Eight bytes at a time: most words of text hold no byte below 0x20 and no DEL. */
      if (i + 8 <= n)
        {
          const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
          guint64 x, y, below, del;

          memcpy (&x, data + i, 8);
          below = (x - G_GUINT64_CONSTANT (0x2020202020202020)) & ~x & high;
          y = x ^ G_GUINT64_CONSTANT (0x7f7f7f7f7f7f7f7f);
          del = (y - G_GUINT64_CONSTANT (0x0101010101010101)) & ~y & high;
          if ((below | del) == 0)
            {
              i += 8;
              continue;
            }
        }
      {
        guint8 c = data[i++];

        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) ||
            c == 0x7f)
          n_control++;
      }
    }
  return n > 0 && n_control * 50 > n;
}

/**
 * masar_decode_detect:
 * @data: the bytes
 * @length: their length
 * @bom_length: (out) (optional): length of a byte order mark at the start, or 0
 *
 * Detects the encoding of @data: a byte order mark wins; then valid (or nearly valid)
 * UTF-8; then whichever of windows-1256 and ISO-8859-6 yields more plausible Arabic; then
 * ICU's charset detector for text that is not Arabic.
 *
 * Returns: (transfer none): a static encoding name ICU can open
 */
const char *
masar_decode_detect (const guint8 *data,
                     gsize         length,
                     gsize        *bom_length)
{
  gsize n = MIN (length, (gsize) SAMPLE_BYTES);
  gsize n_high = 0, n_valid_mb = 0;
  const char *p, *end;
  double s1256, s8859;

  if (bom_length != NULL)
    *bom_length = 0;

  if (has_prefix_bytes (data, length, "\xef\xbb\xbf", 3))
    {
      if (bom_length != NULL)
        *bom_length = 3;
      return "UTF-8";
    }
  if (has_prefix_bytes (data, length, "\xff\xfe", 2))
    {
      if (bom_length != NULL)
        *bom_length = 2;
      return "UTF-16LE";
    }
  if (has_prefix_bytes (data, length, "\xfe\xff", 2))
    {
      if (bom_length != NULL)
        *bom_length = 2;
      return "UTF-16BE";
    }

  if (utf8_valid (data, length))
    return "UTF-8";

  /* Nearly valid UTF-8: most high bytes belong to well-formed sequences. */
  p = (const char *) data;
  end = p + n;
  while (p < end)
    {
      const char *bad = NULL;

      if (g_utf8_validate_len (p, end - p, &bad))
        bad = end;
      for (const char *q = p; q < bad; q++)
        if ((guint8) *q >= 0x80)
          n_valid_mb++;
      if (bad >= end)
        break;
      n_high++;
      p = bad + 1;
    }
  n_high += n_valid_mb;
  if (n_valid_mb > 0 && n_valid_mb * 10 >= n_high * 8)
    return "UTF-8";

  s1256 = score_arabic ("windows-1256", data, n);
  s8859 = score_arabic ("ISO-8859-6", data, n);
  if (MAX (s1256, s8859) > 0)
    return s8859 > s1256 ? "ISO-8859-6" : "windows-1256";

  /* Not Arabic: ask ICU's detector. */
  {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open (&status);
    const UCharsetMatch *match;
    const char *result = "windows-1256";

    ucsdet_setText (det, (const char *) data, (int32_t) n, &status);
    match = ucsdet_detect (det, &status);
    if (U_SUCCESS (status) && match != NULL)
      {
        const char *name = ucsdet_getName (match, &status);

        /* ICU's names are static strings; keep only single-byte Latin guesses. */
        if (U_SUCCESS (status) && name != NULL &&
            (g_str_equal (name, "ISO-8859-1") || g_str_equal (name, "windows-1252")))
          result = "windows-1252";
      }
    ucsdet_close (det);
    return result;
  }
}

/**
 * masar_decode_utf8_lossy:
 * @data: bytes that should be UTF-8
 * @length: their length
 * @out_length: (out): length of the result
 * @n_replaced: (out): invalid sequences replaced (each maximal invalid byte counts once)
 *
 * Returns: (transfer full): valid UTF-8 where every invalid byte became U+FFFD
 */
char *
masar_decode_utf8_lossy (const char *data,
                         gsize       length,
                         gsize      *out_length,
                         guint      *n_replaced)
{
  GString *s = g_string_sized_new (length + 16);
  const char *p = data;
  const char *end = data + length;
  guint n = 0;

  while (p < end)
    {
      const char *bad = NULL;

      if (g_utf8_validate_len (p, end - p, &bad))
        {
          g_string_append_len (s, p, end - p);
          break;
        }
      g_string_append_len (s, p, bad - p);
      g_string_append (s, "\xef\xbf\xbd");
      n++;
      p = bad + 1;
    }

  *out_length = s->len;
  *n_replaced = n;
  return g_string_free (s, FALSE);
}

/* masar_decode(); with @owned (which is @data, with room for one more byte), valid UTF-8
 * without a byte order mark becomes the text in place and *@owned is stolen. */
static gboolean
decode (const guint8  *data,
        gsize          length,
        guint8       **owned,
        MasarDecoded  *out,
        GError       **error)
{
  gsize bom = 0;
  const char *encoding;

  memset (out, 0, sizeof *out);

  if (masar_decode_is_binary (data, length))
    {
      g_set_error (error, MASAR_DECODE_ERROR, MASAR_DECODE_ERROR_BINARY,
                   "binary data (NUL or control bytes)");
      return FALSE;
    }

  /* The common case first: valid UTF-8 without a BOM needs no second look. */
  if (utf8_valid (data, length) &&
      !has_prefix_bytes (data, length, "\xef\xbb\xbf", 3))
    {
      out->encoding = "UTF-8";
      if (owned != NULL)
        out->text = (char *) g_steal_pointer (owned);
      else
        {
          out->text = g_malloc (length + 1);
          memcpy (out->text, data, length);
        }
      out->text[length] = '\0';
      out->n_bytes = length;
      return TRUE;
    }

  encoding = masar_decode_detect (data, length, &bom);
  out->encoding = encoding;
  out->had_bom = bom > 0;

  if (g_str_equal (encoding, "UTF-8"))
    {
      out->text = masar_decode_utf8_lossy ((const char *) data + bom, length - bom,
                                           &out->n_bytes, &out->n_replaced);
      return TRUE;
    }
  else
    {
      g_autofree UChar *buf = NULL;
      int32_t n = 0;

      buf = to_uchars (encoding, data + bom, length - bom, &n, &out->n_replaced, error);
      if (buf == NULL)
        return FALSE;
      out->text = uchars_to_utf8 (buf, n, &out->n_bytes, &out->n_replaced, error);
      return out->text != NULL;
    }
}

/**
 * masar_decode:
 * @data: the bytes of a file
 * @length: their length
 * @out: (out caller-allocates): the decoded text; clear it with masar_decoded_clear()
 * @error: a #GError
 *
 * Detects the encoding (masar_decode_detect()) and converts @data to UTF-8 without a byte
 * order mark, replacing invalid bytes with U+FFFD (counted in @out's n_replaced). An
 * incomplete multi-byte sequence at the very end (a cut file) also counts as one replacement.
 *
 * Returns: %TRUE on success; %FALSE with %MASAR_DECODE_ERROR_BINARY for binary data
 */
gboolean
masar_decode (const guint8  *data,
              gsize          length,
              MasarDecoded  *out,
              GError       **error)
{
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  return decode (data, length, NULL, out, error);
}

/**
 * masar_decode_take:
 * @data: (transfer full): the bytes of a file, from g_malloc() with room for @length + 1
 *   bytes
 * @length: their length
 * @out: (out caller-allocates): the decoded text; clear it with masar_decoded_clear()
 * @error: a #GError
 *
 * masar_decode() that takes @data: valid UTF-8 without a byte order mark (most files)
 * becomes @out's text in place, without a copy; otherwise @data is freed.
 *
 * Returns: %TRUE on success; %FALSE with %MASAR_DECODE_ERROR_BINARY for binary data
 */
gboolean
masar_decode_take (guint8        *data,
                   gsize          length,
                   MasarDecoded  *out,
                   GError       **error)
{
  g_autofree guint8 *owned = data;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  return decode (data, length, &owned, out, error);
}

/**
 * masar_decoded_clear:
 * @decoded: a #MasarDecoded
 *
 * Frees the text and resets @decoded.
 */
void
masar_decoded_clear (MasarDecoded *decoded)
{
  g_clear_pointer (&decoded->text, g_free);
  memset (decoded, 0, sizeof *decoded);
}
