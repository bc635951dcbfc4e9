/* masar-article.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-article"

#include "config.h"

#include <string.h>

#include "masar-article.h"

/**
 * MasarArticle:
 *
 * One article found in a corpus file. A file may hold several (a page with a second story
 * under "إقرأ أيضاً"); @segment numbers them from 0 within the file. The span and the
 * paragraphs are code-point offsets into the file's decoded text (#MasarFileText); the
 * paragraphs are the body text that survived cleaning, in order.
 */
struct _MasarArticle
{
  GObject         parent_instance;

  /* Owned references */
  MasarFileText  *file_text;
  GArray         *paragraphs;   /* of MasarSpan */

  /* State */
  char           *id;
  char           *file;
  char           *title;
  char           *outlet;
  char           *url;
  char           *encoding;
  guint           segment;
  MasarSpan       span;
  MasarDate       published;
  MasarDateBasis  published_basis;
  guint           excluded : 1;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_FILE,
  PROP_SEGMENT,
  PROP_TITLE,
  PROP_OUTLET,
  PROP_PUBLISHED,
  PROP_PUBLISHED_BASIS,
  PROP_EXCLUDED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MasarArticle, masar_article, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static gboolean
set_str (char       **field,
         const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
masar_article_finalize (GObject *object)
{
  MasarArticle *self = (MasarArticle *)object;

  g_clear_pointer (&self->file_text, masar_file_text_unref);
  g_clear_pointer (&self->paragraphs, g_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->outlet, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->encoding, g_free);

  G_OBJECT_CLASS (masar_article_parent_class)->finalize (object);
}

static void
masar_article_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MasarArticle *self = MASAR_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;
    case PROP_SEGMENT:
      g_value_set_uint (value, self->segment);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_OUTLET:
      g_value_set_string (value, self->outlet);
      break;
    case PROP_PUBLISHED:
      g_value_take_string (value, masar_date_to_iso (&self->published));
      break;
    case PROP_PUBLISHED_BASIS:
      g_value_set_string (value, masar_date_basis_to_string (self->published_basis));
      break;
    case PROP_EXCLUDED:
      g_value_set_boolean (value, self->excluded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_article_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MasarArticle *self = MASAR_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      masar_article_set_id (self, g_value_get_string (value));
      break;
    case PROP_FILE:
      self->file = g_value_dup_string (value);
      break;
    case PROP_SEGMENT:
      self->segment = g_value_get_uint (value);
      break;
    case PROP_TITLE:
      masar_article_set_title (self, g_value_get_string (value));
      break;
    case PROP_OUTLET:
      masar_article_set_outlet (self, g_value_get_string (value));
      break;
    case PROP_EXCLUDED:
      masar_article_set_excluded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_article_class_init (MasarArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = masar_article_finalize;
  object_class->get_property = masar_article_get_property;
  object_class->set_property = masar_article_set_property;

  /**
   * MasarArticle:id:
   *
   * The article's id in an events file ("a3").
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarArticle:file:
   *
   * The file's path relative to the corpus folder.
   */
  properties[PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarArticle:segment:
   *
   * The article's number within its file, from 0.
   */
  properties[PROP_SEGMENT] =
    g_param_spec_uint ("segment", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarArticle:title:
   *
   * The headline, or %NULL.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarArticle:outlet:
   *
   * The publishing outlet, or %NULL.
   */
  properties[PROP_OUTLET] =
    g_param_spec_string ("outlet", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarArticle:published:
   *
   * The publication date as ISO 8601 of its precision, or %NULL when unknown.
   */
  properties[PROP_PUBLISHED] =
    g_param_spec_string ("published", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * MasarArticle:published-basis:
   *
   * What the publication date rests on ("explicit", "user", …).
   */
  properties[PROP_PUBLISHED_BASIS] =
    g_param_spec_string ("published-basis", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * MasarArticle:excluded:
   *
   * Whether the user said this is not an article.
   */
  properties[PROP_EXCLUDED] =
    g_param_spec_boolean ("excluded", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
masar_article_init (MasarArticle *self)
{
  self->paragraphs = g_array_new (FALSE, FALSE, sizeof (MasarSpan));
}

/**
 * masar_article_new:
 * @file: path relative to the corpus folder
 * @segment: number of the article within the file
 *
 * Returns: (transfer full): a new #MasarArticle
 */
MasarArticle *
masar_article_new (const char *file,
                   guint       segment)
{
  g_return_val_if_fail (file != NULL, NULL);

  return g_object_new (MASAR_TYPE_ARTICLE, "file", file, "segment", segment, NULL);
}

const char *
masar_article_get_id (MasarArticle *self)
{
  g_return_val_if_fail (MASAR_IS_ARTICLE (self), NULL);
  return self->id;
}

void
masar_article_set_id (MasarArticle *self,
                      const char   *id)
{
  g_return_if_fail (MASAR_IS_ARTICLE (self));

  if (set_str (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
masar_article_get_file (MasarArticle *self)
{
  g_return_val_if_fail (MASAR_IS_ARTICLE (self), NULL);
  return self->file;
}

guint
masar_article_get_segment (MasarArticle *self)
{
  g_return_val_if_fail (MASAR_IS_ARTICLE (self), 0);
  return self->segment;
}

/**
 * masar_article_get_file_text:
 * @self: a #MasarArticle
 *
 * Returns: (transfer none) (nullable): the decoded text of the whole file, or %NULL for an
 *   article read from an events file
 */
MasarFileText *
masar_article_get_file_text (MasarArticle *self)
{
  g_return_val_if_fail (MASAR_IS_ARTICLE (self), NULL);
  return self->file_text;
}

void
masar_article_set_file_text (MasarArticle  *self,
                             MasarFileText *text)
{
  g_return_if_fail (MASAR_IS_ARTICLE (self));

  if (text == self->file_text)
    return;
  if (text != NULL)
    masar_file_text_ref (text);
  g_clear_pointer (&self->file_text, masar_file_text_unref);
  self->file_text = text;
}

MasarSpan
masar_article_get_span (MasarArticle *self)
{
  MasarSpan empty = { 0, 0 };

  g_return_val_if_fail (MASAR_IS_ARTICLE (self), empty);
  return self->span;
}

void
masar_article_set_span (MasarArticle *self,
                        guint         start,
                        guint         end)
{
  g_return_if_fail (MASAR_IS_ARTICLE (self));
  g_return_if_fail (start <= end);

  self->span.start = start;
  self->span.end = end;
}

/**
 * masar_article_get_paragraphs:
 * @self: a #MasarArticle
 *
 * Returns: (transfer none) (element-type MasarSpan): the kept body paragraphs, in file order
 */
const GArray *
masar_article_get_paragraphs (MasarArticle *self)
{
  g_return_val_if_fail (MASAR_IS_ARTICLE (self), NULL);
  return self->paragraphs;
}

void
masar_article_add_paragraph (MasarArticle *self,
                             guint         start,
                             guint         end)
{
  MasarSpan span = { start, end };

  g_return_if_fail (MASAR_IS_ARTICLE (self));
  g_return_if_fail (start <= end);

  g_array_append_val (self->paragraphs, span);
}

void
masar_article_clear_paragraphs (MasarArticle *self)
{
  g_return_if_fail (MASAR_IS_ARTICLE (self));
  g_array_set_size (self->paragraphs, 0);
}

/**
 * masar_article_dup_clean_text:
 * @self: a #MasarArticle
 *
 * The body paragraphs joined by blank lines, for display.
 *
 * Returns: (transfer full): the clean text, "" when there is no file text
 */
char *
masar_article_dup_clean_text (MasarArticle *self)
{
  GString *s;

  g_return_val_if_fail (MASAR_IS_ARTICLE (self), NULL);

  s = g_string_new (NULL);
  if (self->file_text == NULL)
    return g_string_free (s, FALSE);

  for (guint i = 0; i < self->paragraphs->len; i++)
    {
      const MasarSpan *p = &g_array_index (self->paragraphs, MasarSpan, i);
      gsize b0 = masar_file_text_byte_offset (self->file_text, p->start);
      gsize b1 = masar_file_text_byte_offset (self->file_text, p->end);

      if (s->len > 0)
        g_string_append (s, "\n\n");
      g_string_append_len (s, masar_file_text_get_text (self->file_text) + b0, b1 - b0);
    }

  return g_string_free (s, FALSE);
}

const char *
masar_article_get_title (MasarArticle *self)
{
  g_return_val_if_fail (MASAR_IS_ARTICLE (self), NULL);
  return self->title;
}

void
masar_article_set_title (MasarArticle *self,
                         const char   *title)
{
  g_return_if_fail (MASAR_IS_ARTICLE (self));

  if (set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
masar_article_get_outlet (MasarArticle *self)
{
  g_return_val_if_fail (MASAR_IS_ARTICLE (self), NULL);
  return self->outlet;
}

void
masar_article_set_outlet (MasarArticle *self,
                          const char   *outlet)
{
  g_return_if_fail (MASAR_IS_ARTICLE (self));

  if (set_str (&self->outlet, outlet))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTLET]);
}

const char *
masar_article_get_url (MasarArticle *self)
{
  g_return_val_if_fail (MASAR_IS_ARTICLE (self), NULL);
  return self->url;
}

void
masar_article_set_url (MasarArticle *self,
                       const char   *url)
{
  g_return_if_fail (MASAR_IS_ARTICLE (self));
  set_str (&self->url, url);
}

const char *
masar_article_get_encoding (MasarArticle *self)
{
  g_return_val_if_fail (MASAR_IS_ARTICLE (self), NULL);
  return self->encoding;
}

void
masar_article_set_encoding (MasarArticle *self,
                            const char   *encoding)
{
  g_return_if_fail (MASAR_IS_ARTICLE (self));
  set_str (&self->encoding, encoding);
}

void
masar_article_get_published (MasarArticle *self,
                             MasarDate    *out)
{
  g_return_if_fail (MASAR_IS_ARTICLE (self));
  g_return_if_fail (out != NULL);

  *out = self->published;
}

MasarDateBasis
masar_article_get_published_basis (MasarArticle *self)
{
  g_return_val_if_fail (MASAR_IS_ARTICLE (self), MASAR_DATE_BASIS_UNKNOWN);
  return self->published_basis;
}

/**
 * masar_article_set_published:
 * @self: a #MasarArticle
 * @date: (nullable): the publication date, %NULL or unset for unknown
 * @basis: what it rests on
 */
void
masar_article_set_published (MasarArticle    *self,
                             const MasarDate *date,
                             MasarDateBasis   basis)
{
  MasarDate d = MASAR_DATE_INIT;

  g_return_if_fail (MASAR_IS_ARTICLE (self));

  if (date != NULL)
    d = *date;
  if (!masar_date_is_set (&d))
    basis = MASAR_DATE_BASIS_UNKNOWN;

  if (memcmp (&d, &self->published, sizeof d) == 0 && basis == self->published_basis)
    return;

  self->published = d;
  self->published_basis = basis;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED_BASIS]);
}

/**
 * masar_article_dup_published_iso:
 * @self: a #MasarArticle
 *
 * Returns: (transfer full) (nullable): the publication date as ISO 8601, or %NULL
 */
char *
masar_article_dup_published_iso (MasarArticle *self)
{
  g_return_val_if_fail (MASAR_IS_ARTICLE (self), NULL);
  return masar_date_to_iso (&self->published);
}

gboolean
masar_article_get_excluded (MasarArticle *self)
{
  g_return_val_if_fail (MASAR_IS_ARTICLE (self), FALSE);
  return self->excluded;
}

void
masar_article_set_excluded (MasarArticle *self,
                            gboolean      excluded)
{
  g_return_if_fail (MASAR_IS_ARTICLE (self));

  excluded = !!excluded;
  if (self->excluded == excluded)
    return;
  self->excluded = excluded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCLUDED]);
}
