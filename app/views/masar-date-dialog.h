/* masar-date-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "masar-types.h"

G_BEGIN_DECLS

#define MASAR_TYPE_DATE_DIALOG (masar_date_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MasarDateDialog, masar_date_dialog, MASAR, DATE_DIALOG, AdwMessageDialog)

MasarDateDialog *masar_date_dialog_new      (GtkWindow       *parent,
                                             const MasarDate *initial);
gboolean         masar_date_dialog_get_date (MasarDateDialog *self,
                                             MasarDate       *out);
void             masar_date_dialog_set_text (MasarDateDialog *self,
                                             const char      *text);

G_END_DECLS
