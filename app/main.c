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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MasarApplication) app = NULL;
  const char *localedir = g_getenv ("MASAR_LOCALEDIR");

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
