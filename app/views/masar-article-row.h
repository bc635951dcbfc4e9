/* masar-article-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "masar-article.h"

G_BEGIN_DECLS

#define MASAR_TYPE_ARTICLE_ROW (masar_article_row_get_type ())
G_DECLARE_FINAL_TYPE (MasarArticleRow, masar_article_row, MASAR, ARTICLE_ROW, GtkWidget)

GtkWidget    *masar_article_row_new         (void);
MasarArticle *masar_article_row_get_article (MasarArticleRow *self);
void          masar_article_row_set_article (MasarArticleRow *self,
                                             MasarArticle    *article);

G_END_DECLS
