/* test-gazetteer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "masar-gazetteer.h"

static void
test_default_loads (void)
{
  g_autoptr(GError) error = NULL;
  MasarGazetteer *gaz = masar_gazetteer_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (gaz);
  g_assert_cmpuint (masar_gazetteer_get_n_actors (gaz), >=, 80);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/gazetteer/default-loads", test_default_loads);

  return g_test_run ();
}
