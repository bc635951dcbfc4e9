/* test-seeds-ingest.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real seed pages from ../shared (read at run time, never copied here): their
 * segmentation, titles, outlets and dates against the gold file's "articles".
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "masar-corpus.h"

static char *
seeds_dir (void)
{
  const char *shared = g_getenv ("MASAR_SHARED_DIR");
  char *dir;

  if (shared == NULL)
    return NULL;
  dir = g_build_filename (shared, "corpus", "seeds", NULL);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_free (dir);
      return NULL;
    }
  return dir;
}

static MasarArticle *
find (MasarCorpus *corpus,
      const char  *file,
      guint        segment)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    {
      g_autoptr(MasarArticle) a = g_list_model_get_item (G_LIST_MODEL (corpus), i);

      if (g_str_equal (masar_article_get_file (a), file) && masar_article_get_segment (a) == segment)
        return a;
    }
  return NULL;
}

static void
test_seeds (void)
{
  g_autofree char *dir = seeds_dir ();
  g_autofree char *gold_path = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(MasarCorpus) corpus = masar_corpus_new ();
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *gold;

  if (dir == NULL)
    {
      g_test_skip ("MASAR_SHARED_DIR/corpus/seeds is absent: the seed pages live in ../shared");
      return;
    }
  gold_path = g_build_filename (g_getenv ("MASAR_SHARED_DIR"), "corpus", "gold", "seeds.gold.json", NULL);
  g_assert_true (json_parser_load_from_file (parser, gold_path, &error));
  gold = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "articles");

  folder = g_file_new_for_path (dir);
  g_assert_true (masar_corpus_load_sync (corpus, folder, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (masar_corpus_get_problems (corpus)), ==, 0);

  /* As many articles as the gold segmentation, each where gold says it begins. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, json_array_get_length (gold));
  for (guint i = 0; i < json_array_get_length (gold); i++)
    {
      JsonObject *g = json_array_get_object_element (gold, i);
      const char *file = json_object_get_string_member (g, "file");
      guint segment = json_object_get_int_member (g, "segment");
      const char *begins = json_object_get_string_member (g, "begins_with");
      const char *title = json_object_get_string_member (g, "title");
      const char *outlet = json_object_get_string_member_with_default (g, "outlet", NULL);
      MasarArticle *a = find (corpus, file, segment);
      g_autofree char *id = g_strdup_printf ("a%u", i);
      g_autofree char *start = NULL;
      MasarSpan span;

      g_test_message ("%s #%u", file, segment);
      g_assert_nonnull (a);
      g_assert_cmpstr (masar_article_get_id (a), ==, id);
      span = masar_article_get_span (a);
      start = masar_file_text_substring (masar_article_get_file_text (a), span.start,
                                         span.start + g_utf8_strlen (begins, -1));
      g_assert_cmpstr (start, ==, begins);

      /* A title always; the gold's own words when the page has a headline (a title in
       * parentheses is the gold's description of a page without one). */
      g_assert_nonnull (masar_article_get_title (a));
      g_assert_cmpuint (strlen (masar_article_get_title (a)), >, 10);
      if (title[0] != '(')
        g_assert_cmpstr (masar_article_get_title (a), ==, title);
      if (outlet != NULL)
        g_assert_cmpstr (masar_article_get_outlet (a), ==, outlet);
      else
        g_assert_null (masar_article_get_outlet (a));

      /* Only a date the text supports. */
      if (json_object_get_boolean_member (g, "published_inferable"))
        {
          g_autofree char *iso = masar_article_dup_published_iso (a);

          g_assert_cmpstr (iso, ==, json_object_get_string_member (g, "published"));
          g_assert_cmpint (masar_article_get_published_basis (a), ==, MASAR_DATE_BASIS_EXPLICIT);
        }
      else
        {
          MasarDateBasis basis = masar_article_get_published_basis (a);
          g_autofree char *iso = masar_article_dup_published_iso (a);

          g_assert_true (basis == MASAR_DATE_BASIS_UNKNOWN || basis == MASAR_DATE_BASIS_WEAK);
          if (basis == MASAR_DATE_BASIS_WEAK)
            {
              /* A copyright year: the year only, and not after the real date. */
              g_assert_cmpuint (strlen (iso), ==, 4);
              g_assert_true (strncmp (iso, json_object_get_string_member (g, "published"), 4) <= 0);
            }
        }
    }

  /* The euronews page carries "Copyright © euronews 2024": 2024, weak. */
  {
    MasarArticle *a = find (corpus, "000_cc4900231d4e3078.txt", 0);
    g_autofree char *iso = masar_article_dup_published_iso (a);

    g_assert_cmpstr (iso, ==, "2024");
    g_assert_cmpint (masar_article_get_published_basis (a), ==, MASAR_DATE_BASIS_WEAK);
  }
}

/* Paragraphs hold no boilerplate: none of the page furniture of the seeds. */
static void
test_seed_paragraphs_clean (void)
{
  static const char * const furniture[] = {
    "اعلان", "Related", "كلمات دلالية", "أخبار ذات صلة", "مقالات مشابهة", "إقرأ أيضاً",
    "المصدر:", "Copyright", "شكرا على الإبلاغ", "انقر هنا", "Reuters", "EPA", "نشر في",
    "طباعة شارك", "•",
  };
  g_autofree char *dir = seeds_dir ();
  g_autoptr(MasarCorpus) corpus = masar_corpus_new ();
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL)
    {
      g_test_skip ("MASAR_SHARED_DIR/corpus/seeds is absent: the seed pages live in ../shared");
      return;
    }
  folder = g_file_new_for_path (dir);
  g_assert_true (masar_corpus_load_sync (corpus, folder, FALSE, NULL, NULL, NULL, &error));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    {
      g_autoptr(MasarArticle) a = g_list_model_get_item (G_LIST_MODEL (corpus), i);
      const GArray *paras = masar_article_get_paragraphs (a);

      g_assert_cmpuint (paras->len, >=, 5);
      for (guint k = 0; k < paras->len; k++)
        {
          MasarSpan p = g_array_index (paras, MasarSpan, k);
          g_autofree char *text = masar_file_text_substring (masar_article_get_file_text (a), p.start, p.end);

          for (guint f = 0; f < G_N_ELEMENTS (furniture); f++)
            if (g_str_has_prefix (text, furniture[f]))
              g_error ("%s: paragraph starts with “%s”: %s", masar_article_get_id (a), furniture[f], text);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/seeds-ingest/gold", test_seeds);
  g_test_add_func ("/masar/seeds-ingest/paragraphs-clean", test_seed_paragraphs_clean);

  return g_test_run ();
}
