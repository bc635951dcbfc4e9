/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Masar: `masar [FOLDER | EVENTS.json …]`.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "masar-application.h"

/* The README's quick start runs the program from the build tree, before anything is
 * installed: then the settings schema is the one meson compiled into BUILDDIR/data and the
 * catalogues are in BUILDDIR/po. Explicit environment variables still win. */
static void
use_build_tree_when_uninstalled (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *exe_dir = NULL;
  g_autofree char *build_app_dir = g_build_filename (MASAR_BUILD_DIR, "app", NULL);
  g_autofree char *schemas = g_build_filename (MASAR_BUILD_DIR, "data", "gschemas.compiled", NULL);

  if (exe == NULL)
    return;
  exe_dir = g_path_get_dirname (exe);
  if (g_strcmp0 (exe_dir, build_app_dir) != 0)
    return;

  if (g_file_test (schemas, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *dir = g_build_filename (MASAR_BUILD_DIR, "data", NULL);

      g_setenv ("GSETTINGS_SCHEMA_DIR", dir, FALSE);
    }
  if (g_getenv ("MASAR_LOCALEDIR") == NULL)
    {
      g_autofree char *po = g_build_filename (MASAR_BUILD_DIR, "po", NULL);

      g_setenv ("MASAR_LOCALEDIR", po, TRUE);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MasarApplication) app = NULL;
  const char *localedir;

  use_build_tree_when_uninstalled ();
  localedir = g_getenv ("MASAR_LOCALEDIR");

  /* MASAR_LOCALEDIR lets an uninstalled build use the catalogues of its build tree
   * (BUILDDIR/po), e.g. to try the Arabic UI before installing. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Masar"));

  app = masar_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
