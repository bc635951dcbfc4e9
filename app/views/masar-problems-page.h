/* masar-problems-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MASAR_TYPE_PROBLEMS_PAGE (masar_problems_page_get_type ())
G_DECLARE_FINAL_TYPE (MasarProblemsPage, masar_problems_page, MASAR, PROBLEMS_PAGE, GtkWidget)

GtkWidget  *masar_problems_page_new       (void);
GListModel *masar_problems_page_get_model (MasarProblemsPage *self);
void        masar_problems_page_set_model (MasarProblemsPage *self,
                                           GListModel        *model);

G_END_DECLS
