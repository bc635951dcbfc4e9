/* masar-welcome-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MASAR_TYPE_WELCOME_PAGE (masar_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (MasarWelcomePage, masar_welcome_page, MASAR, WELCOME_PAGE, GtkWidget)

GtkWidget *masar_welcome_page_new         (void);
void       masar_welcome_page_set_recent  (MasarWelcomePage   *self,
                                           const char * const *uris);
guint      masar_welcome_page_get_n_recent (MasarWelcomePage  *self);

G_END_DECLS
