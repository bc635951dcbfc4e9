/* masar-reader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "masar-article.h"
#include "masar-event-set.h"

G_BEGIN_DECLS

#define MASAR_TYPE_READER (masar_reader_get_type ())
G_DECLARE_FINAL_TYPE (MasarReader, masar_reader, MASAR, READER, GtkWidget)

GtkWidget     *masar_reader_new                 (void);
MasarArticle  *masar_reader_get_article         (MasarReader   *self);
void           masar_reader_set_article         (MasarReader   *self,
                                                 MasarArticle  *article);
MasarEventSet *masar_reader_get_event_set       (MasarReader   *self);
void           masar_reader_set_event_set       (MasarReader   *self,
                                                 MasarEventSet *event_set);
gboolean       masar_reader_get_whole_file      (MasarReader   *self);
void           masar_reader_set_compact         (MasarReader   *self,
                                                 gboolean       compact);
void           masar_reader_set_whole_file      (MasarReader   *self,
                                                 gboolean       whole_file);
void           masar_reader_show_span           (MasarReader   *self,
                                                 MasarArticle  *article,
                                                 guint          start,
                                                 guint          end);
void           masar_reader_clear_highlight     (MasarReader   *self);
gboolean       masar_reader_get_highlight       (MasarReader   *self,
                                                 GtkTextIter   *start,
                                                 GtkTextIter   *end);
GtkTextView   *masar_reader_get_text_view       (MasarReader   *self);
gboolean       masar_reader_get_excluded        (MasarReader   *self);

char          *masar_format_date                (const MasarDate *date);
const char    *masar_date_basis_to_words        (MasarDateBasis   basis);
char          *masar_format_article_meta        (MasarArticle    *article);

G_END_DECLS
