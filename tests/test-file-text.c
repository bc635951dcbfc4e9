/* test-file-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "masar-file-text.h"
#include "masar-types.h"

static void
test_offsets_roundtrip (void)
{
  /* Mixed one-, two- and three-byte characters, longer than one index stride. */
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(MasarFileText) text = NULL;
  guint n;

  for (guint i = 0; i < 300; i++)
    g_string_append (s, i % 3 == 0 ? "a" : (i % 3 == 1 ? "ب" : "€"));
  text = masar_file_text_new (s->str, s->len);
  n = masar_file_text_get_n_chars (text);
  g_assert_cmpuint (n, ==, 300);

  for (guint i = 0; i <= n; i++)
    {
      gsize b = masar_file_text_byte_offset (text, i);

      g_assert_cmpuint (b, ==, (gsize) (g_utf8_offset_to_pointer (s->str, i) - s->str));
      g_assert_cmpuint (masar_file_text_char_offset (text, b), ==, i);
    }
}

static void
test_substring (void)
{
  g_autoptr(MasarFileText) text = masar_file_text_new ("قال بوتين: نعم", -1);
  g_autofree char *sub = masar_file_text_substring (text, 4, 9);

  g_assert_cmpstr (sub, ==, "بوتين");
}

static void
test_dates (void)
{
  MasarDate d = MASAR_DATE_INIT;
  g_autofree char *iso = NULL;

  g_assert_true (masar_date_parse_iso ("2025-02-28", &d));
  g_assert_cmpint (masar_date_get_precision (&d), ==, MASAR_DATE_PRECISION_DAY);
  masar_date_add_days (&d, 1);
  iso = masar_date_to_iso (&d);
  g_assert_cmpstr (iso, ==, "2025-03-01");
  g_assert_false (masar_date_parse_iso ("2025-02-30", &d));
  g_assert_false (masar_date_parse_iso ("20x5", &d));
  g_assert_true (masar_date_parse_iso ("2024-10", &d));
  g_assert_cmpint (masar_date_end_julian (&d) - masar_date_to_julian (&d), ==, 30);
  g_assert_true (masar_date_parse_iso ("2024-10-31T08:00:00Z", &d));
  g_assert_cmpint (d.day, ==, 31);
  g_assert_cmpint (masar_date_basis_from_string ("relative"), ==, MASAR_DATE_BASIS_RELATIVE);
  g_assert_cmpstr (masar_date_basis_to_string (MASAR_DATE_BASIS_USER), ==, "user");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/masar/file-text/offsets-roundtrip", test_offsets_roundtrip);
  g_test_add_func ("/masar/file-text/substring", test_substring);
  g_test_add_func ("/masar/types/dates", test_dates);
  return g_test_run ();
}
