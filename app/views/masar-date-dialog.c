/* masar-date-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asks for an article's publication date as ISO 8601 at any precision ("2025", "2025-12",
 * "2025-12-03"). The "set" response is enabled only while the entry holds a valid date.
 */

#define G_LOG_DOMAIN "masar-date-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "masar-date-dialog.h"

struct _MasarDateDialog
{
  AdwMessageDialog  parent_instance;

  /* Template widgets */
  GtkEntry         *entry;
};

G_DEFINE_FINAL_TYPE (MasarDateDialog, masar_date_dialog, ADW_TYPE_MESSAGE_DIALOG)

static gboolean
parse_entry (MasarDateDialog *self,
             MasarDate       *out)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));

  return masar_date_parse_iso (text, out) && masar_date_is_valid (out) && masar_date_is_set (out);
}

static void
on_entry_changed_cb (MasarDateDialog *self)
{
  MasarDate date = MASAR_DATE_INIT;
  gboolean valid;

  g_assert (MASAR_IS_DATE_DIALOG (self));

  valid = parse_entry (self, &date);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "set", valid);
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
}

static void
on_entry_activate_cb (MasarDateDialog *self)
{
  MasarDate date = MASAR_DATE_INIT;

  g_assert (MASAR_IS_DATE_DIALOG (self));

  if (parse_entry (self, &date))
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "set");
}

static void
masar_date_dialog_class_init (MasarDateDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/masar/Masar/ui/masar-date-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MasarDateDialog, entry);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
}

static void
masar_date_dialog_init (MasarDateDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  on_entry_changed_cb (self);
}

/**
 * masar_date_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @initial: (nullable): the date to start from
 *
 * Returns: (transfer full): a new #MasarDateDialog, not yet presented
 */
MasarDateDialog *
masar_date_dialog_new (GtkWindow       *parent,
                       const MasarDate *initial)
{
  MasarDateDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (MASAR_TYPE_DATE_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);

  if (initial != NULL && masar_date_is_set (initial))
    {
      g_autofree char *iso = masar_date_to_iso (initial);

      masar_date_dialog_set_text (self, iso);
    }

  return self;
}

/**
 * masar_date_dialog_set_text:
 * @self: a #MasarDateDialog
 * @text: what to put in the entry
 */
void
masar_date_dialog_set_text (MasarDateDialog *self,
                            const char      *text)
{
  g_return_if_fail (MASAR_IS_DATE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text ? text : "");
}

/**
 * masar_date_dialog_get_date:
 * @self: a #MasarDateDialog
 * @out: (out): the date entered
 *
 * Returns: %TRUE if the entry holds a valid date
 */
gboolean
masar_date_dialog_get_date (MasarDateDialog *self,
                            MasarDate       *out)
{
  g_return_val_if_fail (MASAR_IS_DATE_DIALOG (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  return parse_entry (self, out);
}
