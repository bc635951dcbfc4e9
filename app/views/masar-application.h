/* masar-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MASAR_TYPE_APPLICATION (masar_application_get_type ())
G_DECLARE_FINAL_TYPE (MasarApplication, masar_application, MASAR, APPLICATION, AdwApplication)

MasarApplication *masar_application_new              (void);
GFile            *masar_application_dup_sample_folder (void);

G_END_DECLS
