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

/* Marks, in the top bit of each byte, the bytes of @x that start a code point: those that
 * are not UTF-8 continuation bytes (10xxxxxx). Byte i of the text is byte i of @x. */
static inline guint64
lead_bytes (guint64 x)
{
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

  return (~x | (x << 1)) & highs;
}

static inline guint64
load_word (const char *p)
{
  guint64 x;

  memcpy (&x, p, 8);
  return GUINT64_FROM_LE (x);
}

static inline guint
count_leads (guint64 leads)
{
  return (guint) (((leads >> 7) * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
}

/* The number of bytes below the lowest one marked in @marks (a mask like lead_bytes()'s). */
static inline guint
bytes_below (guint64 marks)
{
  guint64 below = (marks & (~marks + 1)) - 1;    /* every bit under the lowest mark */

  return count_leads (below & G_GUINT64_CONSTANT (0x8080808080808080));
}

static void
build_index (MasarFileText *self)
{
  const char *p = self->text;
  const char *end = p + self->n_bytes;
  guint n = 0;
  gsize cap = self->n_bytes / STRIDE + 2;

  self->index = g_new (gsize, cap);
  self->n_index = 0;

  /* Valid UTF-8: a code point starts at every byte that is not a continuation byte, so
   * counting lead bytes counts code points without decoding them, eight bytes at a time.
   * Eight bytes hold at most eight code points, so at most one indexed one (every STRIDE-th)
   * starts in a word: when one does, the lead bytes before it are dropped from the mask and
   * it is the lowest left. */
  while (end - p >= 8)
    {
      guint64 leads = lead_bytes (load_word (p));
      guint k = count_leads (leads);
      guint skip = (STRIDE - n % STRIDE) % STRIDE;    /* leads before the next indexed one */

      if (skip < k)
        {
          guint64 rest = leads;

          for (guint i = 0; i < skip; i++)
            rest &= rest - 1;
          if (self->n_index == cap)
            {
              cap *= 2;
              self->index = g_renew (gsize, self->index, cap);
            }
          self->index[self->n_index++] = (p - self->text) + bytes_below (rest);
        }
      n += k;
      p += 8;
    }
  for (; p < end; p++)
    {
      if ((*p & 0xC0) == 0x80)
        continue;
      if (n % STRIDE == 0)
        {
          if (self->n_index == cap)
            {
              cap *= 2;
              self->index = g_renew (gsize, self->index, cap);
            }
          self->index[self->n_index++] = p - self->text;
        }
      n++;
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
  rest = char_offset % STRIDE;
  /* Step by step: on random offsets this beats counting lead bytes a word at a time. */
  for (; rest > 0; rest--)
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
