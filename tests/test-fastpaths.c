/* test-fastpaths.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fast paths of the extraction pipeline against the slow references they replace:
 * sentence breaks by the UAX #29 rules against ICU's iterator, the events file written
 * directly against JsonGenerator's layout, the file text's offset index against walking
 * the text.
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "masar-arabic.h"
#include "masar-corpus.h"
#include "masar-event-set.h"
#include "masar-extractor.h"
#include "masar-file-text.h"

static char *
spans_to_string (GArray *spans)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      const MasarSpan *span = &g_array_index (spans, MasarSpan, i);

      g_string_append_printf (s, "[%u,%u)", span->start, span->end);
    }
  return g_string_free (s, FALSE);
}

static void
assert_same_sentences (const char *text,
                       gssize      n_bytes)
{
  g_autoptr(GArray) fast = masar_split_sentences (text, n_bytes);
  g_autoptr(GArray) ref = masar_split_sentences_reference (text, n_bytes);
  g_autofree char *fast_str = spans_to_string (fast);
  g_autofree char *ref_str = spans_to_string (ref);

  if (g_strcmp0 (fast_str, ref_str) != 0)
    {
      g_autofree char *escaped = g_strescape (text, "");

      g_test_message ("text: \"%s\"", escaped);
    }
  g_assert_cmpstr (fast_str, ==, ref_str);
}

/* Random strings over pieces of every sentence-break class that news text holds. */
static void
test_sentences_random (void)
{
  static const char * const pieces[] = {
    "a", "x", "B", "Q", "ب", "كلمة", "الرئيس", ".", ".", ".", "!", "?", "؟", "۔", "…", "。",
    " ", " ", " ", "  ", "\xc2\xa0", "،", ",", "؛", ";", ":", ")", "(", "\"", "«", "»", "'",
    "3", "٣", "2025", "\xd9\x8e", "\xe2\x80\x8f", "\xe2\x80\x8d", "\xd9\x80", "-", "\n",
    "\xe2\x80\xa8", "Mr", "د", "U.S", "\xf0\x9f\x98\x80", "\xf0\x9d\x90\x80", "\t", "”", "]",
    "\xef\xbb\xbf", "\xe2\x80\x89",
  };
  GRand *rand = g_rand_new_with_seed (4);

  for (guint iter = 0; iter < 30000; iter++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 40);

      for (guint i = 0; i < n; i++)
        g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      assert_same_sentences (s->str, s->len);
    }
  g_rand_free (rand);
}

static void
test_sentences_long (void)
{
  /* Long sentences cut at commas, with abbreviations and numbers. */
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < 40; i++)
    g_string_append (s, "قال المتحدث د. أحمد إن المحادثات، التي بدأت في 20.11.2025 واستمرت 3.5 ساعة، "
                        "كانت بناءة. Mr. Smith said the U.S. team arrived. ");
  assert_same_sentences (s->str, s->len);
}

static void
compare_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autofree char *data = NULL;
      gsize len;

      if (!g_str_has_suffix (name, ".txt") || !g_file_get_contents (file, &data, &len, NULL) ||
          !g_utf8_validate (data, len, NULL))
        continue;
      assert_same_sentences (data, len);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

static void
test_sentences_dev_corpus (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "dev-corpus", NULL);

  compare_folder (path);
}

static void
test_sentences_seeds (void)
{
  const char *shared = g_getenv ("MASAR_SHARED_DIR");
  g_autofree char *path = NULL;

  if (shared == NULL)
    {
      g_test_skip ("MASAR_SHARED_DIR is not set");
      return;
    }
  path = g_build_filename (shared, "corpus", "seeds", NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("no seeds corpus in MASAR_SHARED_DIR");
      return;
    }
  compare_folder (path);
}

static void
test_file_text_offsets (void)
{
  static const char * const pieces[] = { "a", "ب", "€", "\xf0\x9f\x98\x80", " ", "\n" };
  GRand *rand = g_rand_new_with_seed (7);

  for (guint iter = 0; iter < 200; iter++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      g_autoptr(MasarFileText) text = NULL;
      guint n = g_rand_int_range (rand, 0, 400);
      const char *p;
      guint i = 0;

      for (guint k = 0; k < n; k++)
        g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      text = masar_file_text_new (s->str, s->len);
      g_assert_cmpuint (masar_file_text_get_n_chars (text), ==, n);
      for (p = s->str; ; p = g_utf8_next_char (p), i++)
        {
          g_assert_cmpuint (masar_file_text_byte_offset (text, i), ==, (gsize) (p - s->str));
          g_assert_cmpuint (masar_file_text_char_offset (text, p - s->str), ==, i);
          if (*p == '\0')
            break;
        }
      g_assert_cmpuint (i, ==, n);
    }
  g_rand_free (rand);
}

/* What JsonGenerator writes for @json (pretty with an indent of one, or on one line). */
static char *
regenerate (const char *json,
            gboolean    pretty)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  json_generator_set_pretty (gen, pretty);
  json_generator_set_indent (gen, 1);
  json_generator_set_root (gen, json_parser_get_root (parser));
  return json_generator_to_data (gen, NULL);
}

static void
test_events_json (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "dev-corpus", NULL);
  g_autoptr(MasarCorpus) corpus = masar_corpus_new ();
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(MasarExtractor) extractor = masar_extractor_new (NULL);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(MasarEventSet) set = NULL;
  g_autoptr(MasarEventSet) again = NULL;
  g_autoptr(MasarArticle) odd = masar_article_new ("odd \"name\".txt", 3);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *line = NULL;
  g_autofree char *pretty_ref = NULL;
  g_autofree char *line_ref = NULL;
  g_autofree char *json_again = NULL;
  gsize length = 0;

  g_assert_true (masar_corpus_load_sync (corpus, folder, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    g_ptr_array_add (articles, g_list_model_get_item (G_LIST_MODEL (corpus), i));
  set = masar_extractor_extract (extractor, articles, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (masar_event_set_get_events (set)), >, 10);

  /* Every character JSON must escape, in an article of its own. */
  masar_article_set_id (odd, "odd");
  masar_article_set_title (odd, "q\" b\\ \b\f\n\r\t \x01\x1e\x1f \x7f / \xe2\x80\xa8 ب");
  masar_article_set_excluded (odd, TRUE);
  masar_event_set_add_article (set, odd);
  masar_event_set_set_corpus (set, "dev \\ corpus");

  json = masar_event_set_to_json (set, FALSE, &length);
  g_assert_cmpuint (length, ==, strlen (json));
  pretty_ref = regenerate (json, TRUE);
  /* JsonGenerator leaves U+001F raw, which JSON forbids; the writer escapes it. */
  g_assert_nonnull (strstr (json, "\\u001e\\u001f"));
  g_assert_nonnull (strstr (pretty_ref, "\\u001e\x1f"));
  {
    g_autoptr(GString) fixed = g_string_new (pretty_ref);

    g_string_replace (fixed, "\x1f", "\\u001f", 0);
    g_assert_cmpstr (json, ==, fixed->str);
  }

  line = masar_event_set_to_json_line (set, NULL);
  g_assert_null (strchr (line, '\n'));
  line_ref = regenerate (line, FALSE);
  {
    g_autoptr(GString) fixed = g_string_new (line_ref);

    g_string_replace (fixed, "\x1f", "\\u001f", 0);
    g_assert_cmpstr (line, ==, fixed->str);
  }

  /* Read back, written again: the same bytes. */
  again = masar_event_set_new_from_data (json, -1, &error);
  g_assert_no_error (error);
  json_again = masar_event_set_to_json (again, FALSE, NULL);
  g_assert_cmpstr (json_again, ==, json);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/masar/fastpaths/sentences-random", test_sentences_random);
  g_test_add_func ("/masar/fastpaths/sentences-long", test_sentences_long);
  g_test_add_func ("/masar/fastpaths/sentences-dev-corpus", test_sentences_dev_corpus);
  g_test_add_func ("/masar/fastpaths/sentences-seeds", test_sentences_seeds);
  g_test_add_func ("/masar/fastpaths/file-text-offsets", test_file_text_offsets);
  g_test_add_func ("/masar/fastpaths/events-json", test_events_json);
  return g_test_run ();
}
