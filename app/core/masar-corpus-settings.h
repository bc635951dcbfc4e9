/* masar-corpus-settings.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The user's decisions about one corpus (an article's date, "not an article", split and
 * merge points), kept in `.masar-corpus.json` in the corpus folder, or under the user data
 * directory when the folder is not writable.
 */

#pragma once

#include <gio/gio.h>

#include "masar-article.h"
#include "masar-ingest.h"

G_BEGIN_DECLS

#define MASAR_CORPUS_SETTINGS_BASENAME ".masar-corpus.json"

typedef struct _MasarCorpusSettings MasarCorpusSettings;

MasarCorpusSettings    *masar_corpus_settings_new            (void);
void                    masar_corpus_settings_free           (MasarCorpusSettings *self);
MasarCorpusSettings    *masar_corpus_settings_load           (GFile               *folder,
                                                              GCancellable        *cancellable,
                                                              GError             **error);
gboolean                masar_corpus_settings_parse          (MasarCorpusSettings *self,
                                                              const char          *json,
                                                              gssize               length,
                                                              GError             **error);
char                   *masar_corpus_settings_to_json        (MasarCorpusSettings *self);
gboolean                masar_corpus_settings_save           (const char          *json,
                                                              GFile               *folder,
                                                              GFile              **saved_to,
                                                              GError             **error);
GFile                  *masar_corpus_settings_get_folder_file (GFile              *folder);
GFile                  *masar_corpus_settings_get_user_file  (GFile               *folder);
gboolean                masar_corpus_settings_is_empty       (MasarCorpusSettings *self);

void                    masar_corpus_settings_set_date       (MasarCorpusSettings *self,
                                                              const char          *file,
                                                              guint                segment,
                                                              const MasarDate     *date);
void                    masar_corpus_settings_set_excluded   (MasarCorpusSettings *self,
                                                              const char          *file,
                                                              guint                segment,
                                                              gboolean             excluded);
void                    masar_corpus_settings_add_split      (MasarCorpusSettings *self,
                                                              const char          *file,
                                                              guint                offset);
void                    masar_corpus_settings_add_merge      (MasarCorpusSettings *self,
                                                              const char          *file,
                                                              guint                offset);
const MasarIngestHints *masar_corpus_settings_get_hints      (MasarCorpusSettings *self,
                                                              const char          *file);
void                    masar_corpus_settings_apply          (MasarCorpusSettings *self,
                                                              MasarArticle        *article);
guint                   masar_corpus_settings_remove_splits  (MasarCorpusSettings *self,
                                                              const char          *file,
                                                              guint                from,
                                                              guint                to);
guint                   masar_corpus_settings_remove_merges  (MasarCorpusSettings *self,
                                                              const char          *file,
                                                              guint                from,
                                                              guint                to);
void                    masar_corpus_settings_clear_articles (MasarCorpusSettings *self,
                                                              const char          *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MasarCorpusSettings, masar_corpus_settings_free)

G_END_DECLS
