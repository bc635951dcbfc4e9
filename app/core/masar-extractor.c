/* masar-extractor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-extractor"

#include "config.h"

#include "masar-extractor.h"

/**
 * MasarExtractor:
 *
 * Finds events in articles (first version: collects the articles only).
 */
struct _MasarExtractor
{
  GObject         parent_instance;

  MasarGazetteer *gazetteer;
};

G_DEFINE_FINAL_TYPE (MasarExtractor, masar_extractor, G_TYPE_OBJECT)

static void
masar_extractor_dispose (GObject *object)
{
  MasarExtractor *self = (MasarExtractor *)object;

  g_clear_object (&self->gazetteer);

  G_OBJECT_CLASS (masar_extractor_parent_class)->dispose (object);
}

static void
masar_extractor_class_init (MasarExtractorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = masar_extractor_dispose;
}

static void
masar_extractor_init (MasarExtractor *self)
{
}

/**
 * masar_extractor_new:
 * @gazetteer: (nullable): the gazetteer to find actors with
 *
 * Returns: (transfer full): a new #MasarExtractor
 */
MasarExtractor *
masar_extractor_new (MasarGazetteer *gazetteer)
{
  MasarExtractor *self = g_object_new (MASAR_TYPE_EXTRACTOR, NULL);

  if (gazetteer != NULL)
    self->gazetteer = g_object_ref (gazetteer);
  return self;
}

/**
 * masar_extractor_extract_article:
 * @self: a #MasarExtractor
 * @article: an article with its file text and paragraphs
 *
 * Returns: (transfer full) (element-type MasarEvent): the events found in @article
 */
GPtrArray *
masar_extractor_extract_article (MasarExtractor *self,
                                 MasarArticle   *article)
{
  g_return_val_if_fail (MASAR_IS_EXTRACTOR (self), NULL);
  g_return_val_if_fail (MASAR_IS_ARTICLE (article), NULL);

  return g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * masar_extractor_merge:
 * @self: a #MasarExtractor
 * @set: the set to add to
 * @events: (element-type MasarEvent): events to add
 */
void
masar_extractor_merge (MasarExtractor *self,
                       MasarEventSet  *set,
                       GPtrArray      *events)
{
  g_return_if_fail (MASAR_IS_EXTRACTOR (self));
  g_return_if_fail (MASAR_IS_EVENT_SET (set));
  g_return_if_fail (events != NULL);

  for (guint i = 0; i < events->len; i++)
    masar_event_set_add_event (set, g_ptr_array_index (events, i));
}

/**
 * masar_extractor_extract:
 * @self: a #MasarExtractor
 * @articles: (element-type MasarArticle): the articles
 * @n_threads: worker threads, 0 for one per core
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a set with the articles and the merged events, or %NULL
 */
MasarEventSet *
masar_extractor_extract (MasarExtractor  *self,
                         GPtrArray       *articles,
                         guint            n_threads,
                         GCancellable    *cancellable,
                         GError         **error)
{
  g_autoptr(MasarEventSet) set = NULL;

  g_return_val_if_fail (MASAR_IS_EXTRACTOR (self), NULL);
  g_return_val_if_fail (articles != NULL, NULL);

  set = masar_event_set_new ();
  for (guint i = 0; i < articles->len; i++)
    {
      MasarArticle *article = g_ptr_array_index (articles, i);
      g_autoptr(GPtrArray) events = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      masar_event_set_add_article (set, article);
      events = masar_extractor_extract_article (self, article);
      masar_extractor_merge (self, set, events);
    }
  return g_steal_pointer (&set);
}
