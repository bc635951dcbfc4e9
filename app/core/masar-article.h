/* masar-article.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "masar-file-text.h"
#include "masar-types.h"

G_BEGIN_DECLS

#define MASAR_TYPE_ARTICLE (masar_article_get_type ())
G_DECLARE_FINAL_TYPE (MasarArticle, masar_article, MASAR, ARTICLE, GObject)

MasarArticle   *masar_article_new                 (const char      *file,
                                                   guint            segment);

const char     *masar_article_get_id              (MasarArticle    *self);
void            masar_article_set_id              (MasarArticle    *self,
                                                   const char      *id);
const char     *masar_article_get_file            (MasarArticle    *self);
guint           masar_article_get_segment         (MasarArticle    *self);

MasarFileText  *masar_article_get_file_text       (MasarArticle    *self);
void            masar_article_set_file_text       (MasarArticle    *self,
                                                   MasarFileText   *text);
MasarSpan       masar_article_get_span            (MasarArticle    *self);
void            masar_article_set_span            (MasarArticle    *self,
                                                   guint            start,
                                                   guint            end);

const GArray   *masar_article_get_paragraphs      (MasarArticle    *self);
void            masar_article_add_paragraph       (MasarArticle    *self,
                                                   guint            start,
                                                   guint            end);
void            masar_article_clear_paragraphs    (MasarArticle    *self);
char           *masar_article_dup_clean_text      (MasarArticle    *self);

const char     *masar_article_get_title           (MasarArticle    *self);
void            masar_article_set_title           (MasarArticle    *self,
                                                   const char      *title);
const char     *masar_article_get_outlet          (MasarArticle    *self);
void            masar_article_set_outlet          (MasarArticle    *self,
                                                   const char      *outlet);
const char     *masar_article_get_url             (MasarArticle    *self);
void            masar_article_set_url             (MasarArticle    *self,
                                                   const char      *url);
const char     *masar_article_get_encoding        (MasarArticle    *self);
void            masar_article_set_encoding        (MasarArticle    *self,
                                                   const char      *encoding);

void            masar_article_get_published       (MasarArticle    *self,
                                                   MasarDate       *out);
MasarDateBasis  masar_article_get_published_basis (MasarArticle    *self);
void            masar_article_set_published       (MasarArticle    *self,
                                                   const MasarDate *date,
                                                   MasarDateBasis   basis);
char           *masar_article_dup_published_iso   (MasarArticle    *self);

gboolean        masar_article_get_excluded        (MasarArticle    *self);
void            masar_article_set_excluded        (MasarArticle    *self,
                                                   gboolean         excluded);

G_END_DECLS
