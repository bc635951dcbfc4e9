/* masar-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application: opens windows, folders and events files given on the command line, and
 * holds the application-wide actions (open, open-sample, shortcuts, about, quit) and their
 * keyboard shortcuts.
 */

#define G_LOG_DOMAIN "masar-application"

#include "config.h"

#include <glib/gi18n.h>

#include "masar-application.h"
#include "masar-window.h"

struct _MasarApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (MasarApplication, masar_application, ADW_TYPE_APPLICATION)

static MasarWindow *
get_window (MasarApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (MASAR_IS_WINDOW (window))
    return MASAR_WINDOW (window);

  return masar_window_new (ADW_APPLICATION (self));
}

static void
masar_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_window (MASAR_APPLICATION (app))));
}

static void
masar_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  MasarApplication *self = MASAR_APPLICATION (app);

  /* The first file goes to the current window, any other one to a new window. */
  for (int i = 0; i < n_files; i++)
    {
      MasarWindow *window = i == 0 ? get_window (self) : masar_window_new (ADW_APPLICATION (self));

      masar_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  MasarWindow *window = get_window (MASAR_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
  masar_window_choose_folder (window);
}

static void
open_sample_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  MasarWindow *window = get_window (MASAR_APPLICATION (user_data));
  g_autoptr(GFile) folder = masar_application_dup_sample_folder ();

  gtk_window_present (GTK_WINDOW (window));
  masar_window_open_folder (window, folder);
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  MasarApplication *self = MASAR_APPLICATION (user_data);
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/masar/Masar/ui/masar-shortcuts-window.ui");
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  gtk_window_set_transient_for (window, gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_set_application (window, GTK_APPLICATION (self));
  gtk_window_present (window);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  MasarApplication *self = MASAR_APPLICATION (user_data);
  static const char *developers[] = { "Masar developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-icon", APPLICATION_ID,
                        "application-name", _("Masar"),
                        "developer-name", _("Masar developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Follow the Russia–Ukraine negotiation track through Arabic news: read the articles, see the events they report on a timeline and a graph of actors, each linked to its source sentence."),
                        "website", "https://github.com/masar-app/masar",
                        "issue-url", "https://github.com/masar-app/masar/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  MasarApplication *self = MASAR_APPLICATION (user_data);
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Close the windows, so each one saves its size, then quit. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);

  g_application_quit (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { "open", open_action },
  { "open-sample", open_sample_action },
  { "shortcuts", shortcuts_action },
  { "about", about_action },
  { "quit", quit_action },
};

static void
masar_application_startup (GApplication *app)
{
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *back_accels[] = { "<Alt>Left", NULL };

  G_APPLICATION_CLASS (masar_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APPLICATION_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.shortcuts", shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-sidebar", back_accels);
}

static void
masar_application_class_init (MasarApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = masar_application_activate;
  app_class->open = masar_application_open;
  app_class->startup = masar_application_startup;
}

static void
masar_application_init (MasarApplication *self)
{
}

/**
 * masar_application_new:
 *
 * Returns: (transfer full): the application
 */
MasarApplication *
masar_application_new (void)
{
  return g_object_new (MASAR_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/masar/Masar",
                       NULL);
}

/**
 * masar_application_dup_sample_folder:
 *
 * The sample corpus: installed under the package data directory, or in the source tree
 * when Masar runs uninstalled.
 *
 * Returns: (transfer full): the sample corpus folder
 */
GFile *
masar_application_dup_sample_folder (void)
{
  g_autofree char *installed = g_build_filename (PKGDATADIR, "sample-corpus", NULL);
  g_autofree char *source = g_build_filename (MASAR_SOURCE_DATADIR, "sample-corpus", NULL);

  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (installed);

  return g_file_new_for_path (source);
}
