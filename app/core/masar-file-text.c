/* masar-file-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-file-text"

#include "config.h"

#include <string.h>

#include "masar-file-text.h"

/* One byte offset is kept for every STRIDE code points, so that converting an offset costs
 * at most STRIDE - 1 steps of g_utf8_next_char (the extractor converts often: a stride of
 * 64 cost 2.5% of extraction) and the index takes n_chars / STRIDE words. */
#define STRIDE 16
G_STATIC_ASSERT ((STRIDE & (STRIDE - 1)) == 0);

struct _MasarFileText
{
  gatomicrefcount  ref_count;
  char            *text;
  gsize            n_bytes;
  guint            n_chars;
  gsize           *index;    /* index[i] = byte offset of code point i * STRIDE */
  guint            n_index;
};

G_DEFINE_BOXED_TYPE (MasarFileText, masar_file_text, masar_file_text_ref, masar_file_text_unref)

/* The number of bytes of @x that are not UTF-8 continuation bytes (10xxxxxx). */
static inline guint
count_lead_bytes (guint64 x)
{
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 cont = x & ~(x << 1) & highs;

  return 8 - (guint) ((((cont >> 7) * G_GUINT64_CONSTANT (0x0101010101010101))) >> 56);
}

static void
build_index (MasarFileText *self)
{
  const guchar *p = (const guchar *) self->text;
  const guchar *end = p + self->n_bytes;
  guint n = 0;
  gsize cap = self->n_bytes / STRIDE + 2;

  self->index = g_new (gsize, cap);
  self->n_index = 0;

  /* Valid UTF-8: a code point starts at every byte that is not a continuation byte
   * (10xxxxxx), so counting lead bytes counts code points without decoding them. Eight
   * bytes are counted at once when no indexed code point starts among them. */
  while (p < end)
    {
      const guchar *stop;

      if (end - p >= 8)
        {
          guint64 x;
          guint leads;
          guint pos = n & (STRIDE - 1);

          memcpy (&x, p, 8);
          leads = count_lead_bytes (x);
          if (leads == 0 || (pos != 0 && pos + leads <= STRIDE))
            {
              n += leads;
              p += 8;
              continue;
            }
          stop = p + 8;
        }
      else
        stop = end;

      for (; p < stop; p++)
        {
          if ((*p & 0xC0) == 0x80)
            continue;
          if ((n & (STRIDE - 1)) == 0)
            {
              if (self->n_index == cap)
                {
                  cap *= 2;
                  self->index = g_renew (gsize, self->index, cap);
                }
              self->index[self->n_index++] = (const char *) p - self->text;
            }
          n++;
        }
    }
  self->n_chars = n;
}

/**
 * masar_file_text_new_take:
 * @utf8: (transfer full): valid UTF-8, NUL-terminated at @n_bytes
 * @n_bytes: length of @utf8 in bytes
 *
 * Returns: (transfer full): a new #MasarFileText owning @utf8
 */
MasarFileText *
masar_file_text_new_take (char  *utf8,
                          gsize  n_bytes)
{
  MasarFileText *self;

  g_return_val_if_fail (utf8 != NULL, NULL);
  g_return_val_if_fail (utf8[n_bytes] == '\0', NULL);

  self = g_new0 (MasarFileText, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->text = utf8;
  self->n_bytes = n_bytes;
  build_index (self);

  return self;
}

/**
 * masar_file_text_new:
 * @utf8: valid UTF-8
 * @n_bytes: length in bytes, or -1 if NUL-terminated
 *
 * Returns: (transfer full): a new #MasarFileText holding a copy of @utf8
 */
MasarFileText *
masar_file_text_new (const char *utf8,
                     gssize      n_bytes)
{
  g_return_val_if_fail (utf8 != NULL, NULL);

  if (n_bytes < 0)
    n_bytes = strlen (utf8);
  return masar_file_text_new_take (g_strndup (utf8, n_bytes), n_bytes);
}

MasarFileText *
masar_file_text_ref (MasarFileText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
masar_file_text_unref (MasarFileText *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->text);
      g_free (self->index);
      g_free (self);
    }
}

const char *
masar_file_text_get_text (const MasarFileText *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->text;
}

gsize
masar_file_text_get_n_bytes (const MasarFileText *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_bytes;
}

guint
masar_file_text_get_n_chars (const MasarFileText *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_chars;
}

/**
 * masar_file_text_byte_offset:
 * @self: a #MasarFileText
 * @char_offset: a code-point offset, clamped to the text's length
 *
 * Returns: the byte offset of that code point
 */
gsize
masar_file_text_byte_offset (const MasarFileText *self,
                             guint                char_offset)
{
  const char *p;
  guint rest;

  g_return_val_if_fail (self != NULL, 0);

  if (char_offset >= self->n_chars)
    return self->n_bytes;

  p = self->text + self->index[char_offset / STRIDE];
  for (rest = char_offset % STRIDE; rest > 0; rest--)
    p = g_utf8_next_char (p);
  return p - self->text;
}

/**
 * masar_file_text_char_offset:
 * @self: a #MasarFileText
 * @byte_offset: a byte offset at a character boundary, clamped to the text's length
 *
 * Returns: the code-point offset of that byte
 */
guint
masar_file_text_char_offset (const MasarFileText *self,
                             gsize                byte_offset)
{
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, 0);

  if (byte_offset >= self->n_bytes)
    return self->n_chars;
  if (self->n_index == 0)
    return 0;

  /* Last index entry at or before byte_offset. */
  hi = self->n_index - 1;
  while (lo < hi)
    {
      guint mid = (lo + hi + 1) / 2;

      if (self->index[mid] <= byte_offset)
        lo = mid;
      else
        hi = mid - 1;
    }

  return lo * STRIDE + (guint) g_utf8_pointer_to_offset (self->text + self->index[lo],
                                                         self->text + byte_offset);
}

/**
 * masar_file_text_pointer:
 * @self: a #MasarFileText
 * @char_offset: a code-point offset
 *
 * Returns: a pointer into the text at @char_offset
 */
const char *
masar_file_text_pointer (const MasarFileText *self,
                         guint                char_offset)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->text + masar_file_text_byte_offset (self, char_offset);
}

/**
 * masar_file_text_substring:
 * @self: a #MasarFileText
 * @start: first code point
 * @end: one past the last code point
 *
 * Returns: (transfer full): a copy of `[start, end)`
 */
char *
masar_file_text_substring (const MasarFileText *self,
                           guint                start,
                           guint                end)
{
  gsize b0, b1;

  g_return_val_if_fail (self != NULL, NULL);

  if (end < start)
    end = start;
  b0 = masar_file_text_byte_offset (self, start);
  b1 = masar_file_text_byte_offset (self, end);
  return g_strndup (self->text + b0, b1 - b0);
}
