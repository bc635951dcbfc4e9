/* masar-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The corrections the reader offers, as the window carries them out (for tests, and for
 * other views that may offer them too).
 */

#pragma once

#include "masar-window.h"

G_BEGIN_DECLS

gboolean      masar_window_set_article_excluded (MasarWindow  *self,
                                                 MasarArticle *article,
                                                 gboolean      excluded);
void          masar_window_split_article        (MasarWindow  *self,
                                                 MasarArticle *article,
                                                 guint         file_offset);
void          masar_window_merge_article        (MasarWindow  *self,
                                                 MasarArticle *article);

G_END_DECLS
