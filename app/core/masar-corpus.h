/* masar-corpus.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "masar-article.h"
#include "masar-event-set.h"
#include "masar-problem.h"

G_BEGIN_DECLS

#define MASAR_CORPUS_ERROR (masar_corpus_error_quark ())

typedef enum
{
  MASAR_CORPUS_ERROR_NOT_A_FOLDER,
  MASAR_CORPUS_ERROR_FAILED,
} MasarCorpusError;

/**
 * MasarCorpusProgressFunc:
 * @files_done: files read so far
 * @files_total: files found
 * @user_data: closure
 *
 * Called from the worker thread (sync loading) as files are read.
 */
typedef void (*MasarCorpusProgressFunc) (guint    files_done,
                                         guint    files_total,
                                         gpointer user_data);

#define MASAR_TYPE_CORPUS (masar_corpus_get_type ())
G_DECLARE_FINAL_TYPE (MasarCorpus, masar_corpus, MASAR, CORPUS, GObject)

GQuark         masar_corpus_error_quark      (void);

MasarCorpus   *masar_corpus_new              (void);
GFile         *masar_corpus_get_folder       (MasarCorpus              *self);
GListModel    *masar_corpus_get_problems     (MasarCorpus              *self);
MasarEventSet *masar_corpus_get_events       (MasarCorpus              *self);
gboolean       masar_corpus_get_loading      (MasarCorpus              *self);
guint          masar_corpus_get_files_done   (MasarCorpus              *self);
guint          masar_corpus_get_files_total  (MasarCorpus              *self);
MasarArticle  *masar_corpus_find_article     (MasarCorpus              *self,
                                              const char               *article_id);

void           masar_corpus_load_async       (MasarCorpus              *self,
                                              GFile                    *folder,
                                              GCancellable             *cancellable,
                                              GAsyncReadyCallback       callback,
                                              gpointer                  user_data);
gboolean       masar_corpus_load_finish      (MasarCorpus              *self,
                                              GAsyncResult             *result,
                                              GError                  **error);
gboolean       masar_corpus_load_sync        (MasarCorpus              *self,
                                              GFile                    *folder,
                                              gboolean                  extract_events,
                                              MasarCorpusProgressFunc   progress,
                                              gpointer                  progress_data,
                                              GCancellable             *cancellable,
                                              GError                  **error);

gboolean       masar_corpus_set_article_date (MasarCorpus              *self,
                                              MasarArticle             *article,
                                              const MasarDate          *date,
                                              GError                  **error);
gboolean       masar_corpus_set_article_excluded (MasarCorpus          *self,
                                              MasarArticle             *article,
                                              gboolean                  excluded,
                                              GError                  **error);
gboolean       masar_corpus_can_merge_with_previous (MasarCorpus       *self,
                                              MasarArticle             *article);
MasarArticle  *masar_corpus_split_article_at (MasarCorpus              *self,
                                              MasarArticle             *article,
                                              guint                     file_offset,
                                              GError                  **error);
MasarArticle  *masar_corpus_merge_with_previous (MasarCorpus           *self,
                                              MasarArticle             *article,
                                              GError                  **error);
void           masar_corpus_split_article_at_async (MasarCorpus        *self,
                                              MasarArticle             *article,
                                              guint                     file_offset,
                                              GCancellable             *cancellable,
                                              GAsyncReadyCallback       callback,
                                              gpointer                  user_data);
MasarArticle  *masar_corpus_split_article_at_finish (MasarCorpus       *self,
                                              GAsyncResult             *result,
                                              GError                  **error);
void           masar_corpus_merge_with_previous_async (MasarCorpus     *self,
                                              MasarArticle             *article,
                                              GCancellable             *cancellable,
                                              GAsyncReadyCallback       callback,
                                              gpointer                  user_data);
MasarArticle  *masar_corpus_merge_with_previous_finish (MasarCorpus    *self,
                                              GAsyncResult             *result,
                                              GError                  **error);
gboolean       masar_corpus_get_correcting   (MasarCorpus              *self);

gboolean       masar_corpus_get_extracting   (MasarCorpus              *self);
void           masar_corpus_extract_async    (MasarCorpus              *self,
                                              GCancellable             *cancellable,
                                              GAsyncReadyCallback       callback,
                                              gpointer                  user_data);
gboolean       masar_corpus_extract_finish   (MasarCorpus              *self,
                                              GAsyncResult             *result,
                                              GError                  **error);

G_END_DECLS
