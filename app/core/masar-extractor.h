/* masar-extractor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "masar-article.h"
#include "masar-event-set.h"
#include "masar-gazetteer.h"

G_BEGIN_DECLS

#define MASAR_TYPE_EXTRACTOR (masar_extractor_get_type ())
G_DECLARE_FINAL_TYPE (MasarExtractor, masar_extractor, MASAR, EXTRACTOR, GObject)

MasarExtractor *masar_extractor_new              (MasarGazetteer  *gazetteer);
GPtrArray      *masar_extractor_extract_article  (MasarExtractor  *self,
                                                  MasarArticle    *article);
MasarEventSet  *masar_extractor_extract          (MasarExtractor  *self,
                                                  GPtrArray       *articles,
                                                  guint            n_threads,
                                                  GCancellable    *cancellable,
                                                  GError         **error);
void            masar_extractor_merge            (MasarExtractor  *self,
                                                  MasarEventSet   *set,
                                                  GPtrArray       *events);

G_END_DECLS
