/* test-decode.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "masar-decode.h"

static char *
read_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "ingest", "enc", name, NULL);
  char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_encodings (void)
{
  static const struct
  {
    const char *file;
    const char *encoding;
    gboolean    bom;
  } cases[] = {
    { "utf8.txt", "UTF-8", FALSE },
    { "utf8-bom.txt", "UTF-8", TRUE },
    { "utf16le.txt", "UTF-16LE", TRUE },
    { "utf16be.txt", "UTF-16BE", TRUE },
    { "windows-1256.txt", "windows-1256", FALSE },
    { "iso-8859-6.txt", "ISO-8859-6", FALSE },
  };
  gsize ref_length = 0;
  g_autofree char *reference = read_fixture ("reference.txt", &ref_length);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = 0;
      g_autofree char *data = read_fixture (cases[i].file, &length);
      MasarDecoded decoded;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", cases[i].file);
      g_assert_true (masar_decode ((const guint8 *) data, length, &decoded, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (decoded.encoding, ==, cases[i].encoding);
      g_assert_cmpint (decoded.had_bom, ==, cases[i].bom);
      g_assert_cmpuint (decoded.n_replaced, ==, 0);
      g_assert_cmpuint (decoded.n_bytes, ==, ref_length);
      g_assert_cmpstr (decoded.text, ==, reference);
      masar_decoded_clear (&decoded);
    }
}

static void
test_invalid_utf8 (void)
{
  gsize length = 0;
  g_autofree char *data = read_fixture ("invalid-utf8.txt", &length);
  MasarDecoded decoded;
  g_autoptr(GError) error = NULL;

  g_assert_true (masar_decode ((const guint8 *) data, length, &decoded, &error));
  g_assert_cmpstr (decoded.encoding, ==, "UTF-8");
  /* Three stray bytes in the middle and a cut sequence at the end. */
  g_assert_cmpuint (decoded.n_replaced, ==, 4);
  g_assert_true (g_utf8_validate (decoded.text, decoded.n_bytes, NULL));
  g_assert_nonnull (strstr (decoded.text, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd "));
  g_assert_true (g_str_has_suffix (decoded.text, "\xef\xbf\xbd"));
  masar_decoded_clear (&decoded);
}

static void
test_lossy (void)
{
  gsize n = 0;
  guint replaced = 0;
  g_autofree char *out = masar_decode_utf8_lossy ("a\x80" "b\xc3", 4, &n, &replaced);

  g_assert_cmpstr (out, ==, "a\xef\xbf\xbd" "b\xef\xbf\xbd");
  g_assert_cmpuint (replaced, ==, 2);
  g_assert_cmpuint (n, ==, 8);
}

static void
test_binary (void)
{
  const guint8 nul[] = { 'a', 'b', 0, 'c' };
  const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  const guint8 utf16[] = { 0xff, 0xfe, 'a', 0, 'b', 0 };
  const char *text = "نص عادي\n\twith tabs\r\n";
  MasarDecoded decoded;
  g_autoptr(GError) error = NULL;
  guint8 controls[200];

  g_assert_true (masar_decode_is_binary (nul, sizeof nul));
  g_assert_true (masar_decode_is_binary (png, sizeof png));
  g_assert_false (masar_decode_is_binary (utf16, sizeof utf16));
  g_assert_false (masar_decode_is_binary ((const guint8 *) text, strlen (text)));
  memset (controls, 'x', sizeof controls);
  for (guint i = 0; i < sizeof controls; i += 10)
    controls[i] = 0x02;
  g_assert_true (masar_decode_is_binary (controls, sizeof controls));

  g_assert_false (masar_decode (nul, sizeof nul, &decoded, &error));
  g_assert_error (error, MASAR_DECODE_ERROR, MASAR_DECODE_ERROR_BINARY);
}

static void
test_detect_short (void)
{
  /* Short windows-1256 text that ICU's detector alone gets wrong: "قال الوزير". */
  const guint8 cp1256[] = { 0xDE, 0xC7, 0xE1, ' ', 0xC7, 0xE1, 0xE6, 0xD2, 0xED, 0xD1 };
  /* The same in ISO-8859-6. */
  const guint8 iso[] = { 0xE2, 0xC7, 0xE4, ' ', 0xC7, 0xE4, 0xE8, 0xD2, 0xEA, 0xD1 };
  gsize bom = 99;

  g_assert_cmpstr (masar_decode_detect (cp1256, sizeof cp1256, &bom), ==, "windows-1256");
  g_assert_cmpuint (bom, ==, 0);
  g_assert_cmpstr (masar_decode_detect (iso, sizeof iso, NULL), ==, "ISO-8859-6");
  g_assert_cmpstr (masar_decode_detect ((const guint8 *) "plain ascii", 11, NULL), ==, "UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/decode/encodings", test_encodings);
  g_test_add_func ("/masar/decode/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/masar/decode/lossy", test_lossy);
  g_test_add_func ("/masar/decode/binary", test_binary);
  g_test_add_func ("/masar/decode/detect-short", test_detect_short);

  return g_test_run ();
}
