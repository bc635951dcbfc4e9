/* masar-welcome-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the window shows with nothing open: open a folder, open the sample corpus, or one of
 * the recent corpora. The buttons and rows only activate actions (win.open-folder,
 * app.open-sample, win.open-recent), so the page needs no reference to the window.
 */

#define G_LOG_DOMAIN "masar-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "masar-welcome-page.h"

struct _MasarWelcomePage
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkWidget  *recent_group;
  GtkListBox *recent_list;

  /* State */
  guint       n_recent;
};

G_DEFINE_FINAL_TYPE (MasarWelcomePage, masar_welcome_page, GTK_TYPE_WIDGET)

static void
masar_welcome_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), MASAR_TYPE_WELCOME_PAGE);
  /* The status page is not a template child, so dispose_template() leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (masar_welcome_page_parent_class)->dispose (object);
}

static void
masar_welcome_page_class_init (MasarWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = masar_welcome_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/masar/Masar/ui/masar-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MasarWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, MasarWelcomePage, recent_list);
}

static void
masar_welcome_page_init (MasarWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
masar_welcome_page_new (void)
{
  return g_object_new (MASAR_TYPE_WELCOME_PAGE, NULL);
}

/**
 * masar_welcome_page_set_recent:
 * @self: a #MasarWelcomePage
 * @uris: (nullable) (array zero-terminated=1): URIs of recent corpus folders, newest first
 *
 * Lists the recent corpora; activating one activates `win.open-recent` with its URI.
 */
void
masar_welcome_page_set_recent (MasarWelcomePage   *self,
                               const char * const *uris)
{
  GtkWidget *child;

  g_return_if_fail (MASAR_IS_WELCOME_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  self->n_recent = 0;

  for (guint i = 0; uris != NULL && uris[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *where = parent ? g_file_get_parse_name (parent) : g_file_get_parse_name (file);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("folder-symbolic");
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uris[i]);
      gtk_list_box_append (self->recent_list, row);
      self->n_recent++;
    }

  gtk_widget_set_visible (self->recent_group, self->n_recent > 0);
}

guint
masar_welcome_page_get_n_recent (MasarWelcomePage *self)
{
  g_return_val_if_fail (MASAR_IS_WELCOME_PAGE (self), 0);

  return self->n_recent;
}
