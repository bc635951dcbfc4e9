/* test-corpus.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "masar-corpus.h"
#include "masar-corpus-private.h"
#include "masar-corpus-settings.h"

#define ARTICLE_TEXT \
  "عنوان الخبر رقم %u عن المحادثات\n\n" \
  "قال المتحدث باسم الوفد إن الجولة رقم %u من المحادثات ستعقد الأسبوع المقبل بحضور الوسطاء.\n\n" \
  "وأضاف أن الطرفين اتفقا على مواصلة العمل على مسودة الاتفاق قبل نهاية الشهر.\n"

static void
write_file (const char *dir,
            const char *rel,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (dir, rel, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
copy_fixture (const char *dir,
              const char *sub,
              const char *name,
              const char *rel)
{
  g_autofree char *src = g_test_build_filename (G_TEST_DIST, "data", "ingest", sub, name, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (src, &contents, &length, NULL));
  write_file (dir, rel, contents, length);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);

  if (dir != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

static char *
make_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("masar-corpus-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "c-fifo.txt", NULL);
  g_autofree char *link = g_build_filename (dir, "c-broken.txt", NULL);

  copy_fixture (dir, "text", "page-split.txt", "b/page-split.txt");
  copy_fixture (dir, "enc", "windows-1256.txt", "a/nested/deeper/win.txt");
  copy_fixture (dir, "json", "records.jsonl", "d-records.jsonl");
  copy_fixture (dir, "enc", "invalid-utf8.txt", "e-invalid.txt");
  copy_fixture (dir, "text", "empty.txt", "f-empty.txt");
  copy_fixture (dir, "text", "photo.png", "g-photo.png");
  copy_fixture (dir, "text", "bare.txt", ".hidden/ignored.txt");
  copy_fixture (dir, "text", "bare.txt", ".hidden-file.txt");
  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  g_assert_cmpint (symlink ("does-not-exist.txt", link), ==, 0);
  return g_steal_pointer (&dir);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    user_data)
{
  int *balance = user_data;

  *balance += (int) added - (int) removed;
}

static MasarProblem *
find_problem (MasarCorpus *corpus,
              const char  *file)
{
  GListModel *problems = masar_corpus_get_problems (corpus);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(MasarProblem) p = g_list_model_get_item (problems, i);

      if (g_str_equal (masar_problem_get_file (p), file))
        return p;
    }
  return NULL;
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  guint *calls = user_data;

  g_assert_cmpuint (done, <=, total);
  (*calls)++;
}

static void
test_load_sync (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(MasarCorpus) corpus = masar_corpus_new ();
  g_autoptr(GError) error = NULL;
  GListModel *model = G_LIST_MODEL (corpus);
  const char *expected_files[] = { "a/nested/deeper/win.txt", "b/page-split.txt", "b/page-split.txt",
                                   "d-records.jsonl", "d-records.jsonl", "e-invalid.txt" };
  int balance = 0;
  guint calls = 0;

  g_signal_connect (corpus, "items-changed", G_CALLBACK (on_items_changed_cb), &balance);
  g_assert_true (masar_corpus_load_sync (corpus, folder, FALSE, progress_cb, &calls, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (masar_corpus_get_loading (corpus));
  g_assert_true (masar_corpus_get_folder (corpus) == folder);

  /* Files in path order, nested folders included, hidden ones not. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (expected_files));
  g_assert_cmpint (balance, ==, (int) G_N_ELEMENTS (expected_files));
  g_assert_true (g_list_model_get_item_type (model) == MASAR_TYPE_ARTICLE);
  for (guint i = 0; i < G_N_ELEMENTS (expected_files); i++)
    {
      g_autoptr(MasarArticle) a = g_list_model_get_item (model, i);
      g_autofree char *id = g_strdup_printf ("a%u", i);

      g_assert_cmpstr (masar_article_get_file (a), ==, expected_files[i]);
      g_assert_cmpstr (masar_article_get_id (a), ==, id);
      g_assert_true (masar_corpus_find_article (corpus, id) == a);
    }
  g_assert_null (masar_corpus_find_article (corpus, "a99"));
  g_assert_null (g_list_model_get_item (model, 99));

  /* Eight files found (the hidden ones are not counted), progress after each. */
  g_assert_cmpuint (masar_corpus_get_files_total (corpus), ==, 8);
  g_assert_cmpuint (masar_corpus_get_files_done (corpus), ==, 8);
  g_assert_cmpuint (calls, >=, 8);

  /* Every skipped or partial file, with its reason. */
  g_assert_cmpuint (g_list_model_get_n_items (masar_corpus_get_problems (corpus)), ==, 6);
  g_assert_cmpint (masar_problem_get_kind (find_problem (corpus, "c-fifo.txt")), ==, MASAR_PROBLEM_SKIPPED);
  g_assert_nonnull (strstr (masar_problem_get_message (find_problem (corpus, "c-fifo.txt")), "not a regular file"));
  g_assert_cmpint (masar_problem_get_kind (find_problem (corpus, "c-broken.txt")), ==, MASAR_PROBLEM_SKIPPED);
  g_assert_cmpint (masar_problem_get_kind (find_problem (corpus, "d-records.jsonl")), ==, MASAR_PROBLEM_PARTIAL);
  g_assert_cmpint (masar_problem_get_kind (find_problem (corpus, "e-invalid.txt")), ==, MASAR_PROBLEM_PARTIAL);
  g_assert_cmpint (masar_problem_get_kind (find_problem (corpus, "f-empty.txt")), ==, MASAR_PROBLEM_SKIPPED);
  g_assert_cmpint (masar_problem_get_kind (find_problem (corpus, "g-photo.png")), ==, MASAR_PROBLEM_SKIPPED);

  /* Reloading replaces everything. */
  g_assert_true (masar_corpus_load_sync (corpus, folder, FALSE, NULL, NULL, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (expected_files));
  g_assert_cmpint (balance, ==, (int) G_N_ELEMENTS (expected_files));
  g_assert_cmpuint (g_list_model_get_n_items (masar_corpus_get_problems (corpus)), ==, 6);

  remove_tree (dir);
}

static void
test_unreadable (void)
{
  g_autofree char *dir = g_dir_make_tmp ("masar-corpus-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "locked.txt", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(MasarCorpus) corpus = masar_corpus_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) not_folder = g_file_new_for_path (path);

  if (getuid () == 0)
    {
      /* chmod does not stop root; the FIFO and dangling link cases above cover it. */
      g_test_skip ("running as root: chmod 000 does not make a file unreadable");
      remove_tree (dir);
      return;
    }
  write_file (dir, "locked.txt", "نص", -1);
  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  g_assert_true (masar_corpus_load_sync (corpus, folder, FALSE, NULL, NULL, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (masar_corpus_get_problems (corpus)), ==, 1);
  g_assert_nonnull (strstr (masar_problem_get_message (find_problem (corpus, "locked.txt")), "could not be read"));

  g_assert_false (masar_corpus_load_sync (corpus, not_folder, FALSE, NULL, NULL, NULL, &error));
  g_assert_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_NOT_A_FOLDER);
  g_chmod (path, 0644);
  remove_tree (dir);
}

static void
test_not_a_folder (void)
{
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/masar/folder");
  g_autoptr(MasarCorpus) corpus = masar_corpus_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (masar_corpus_load_sync (corpus, missing, FALSE, NULL, NULL, NULL, &error));
  g_assert_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_NOT_A_FOLDER);
  g_assert_false (masar_corpus_get_loading (corpus));
}

static void
wait_saved (MasarCorpus *corpus)
{
  while (masar_corpus_get_saving (corpus))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_corrections (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(MasarCorpus) corpus = masar_corpus_new ();
  g_autoptr(MasarCorpus) reopened = masar_corpus_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) settings_file = NULL;
  g_autofree char *saved = NULL;
  MasarDate date = { 2025, 3, 7 };
  MasarDate bad = { 2025, 2, 30 };
  MasarArticle *a, *b;
  g_autofree char *iso = NULL;
  g_autofree char *detected = NULL;

  g_assert_true (masar_corpus_load_sync (corpus, folder, FALSE, NULL, NULL, NULL, &error));
  a = masar_corpus_find_article (corpus, "a2");
  b = masar_corpus_find_article (corpus, "a0");
  g_assert_cmpstr (masar_article_get_file (a), ==, "b/page-split.txt");
  g_assert_cmpuint (masar_article_get_segment (a), ==, 1);

  g_assert_false (masar_corpus_set_article_date (corpus, a, &bad, &error));
  g_assert_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_true (masar_corpus_set_article_date (corpus, a, &date, &error));
  g_assert_cmpint (masar_article_get_published_basis (a), ==, MASAR_DATE_BASIS_USER);
  g_assert_true (masar_corpus_set_article_excluded (corpus, b, TRUE, &error));
  g_assert_true (masar_article_get_excluded (b));
  wait_saved (corpus);

  /* Written in the folder, which is writable. */
  settings_file = masar_corpus_dup_settings_file (corpus);
  g_assert_true (g_file_has_parent (settings_file, folder));
  g_assert_true (g_file_load_contents (settings_file, NULL, &saved, NULL, NULL, NULL));
  g_assert_nonnull (strstr (saved, "2025-03-07"));

  /* Applied on reopen; the settings file itself is not an article. */
  g_assert_true (masar_corpus_load_sync (reopened, folder, FALSE, NULL, NULL, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reopened)), ==, 6);
  a = masar_corpus_find_article (reopened, "a2");
  iso = masar_article_dup_published_iso (a);
  g_assert_cmpstr (iso, ==, "2025-03-07");
  g_assert_cmpint (masar_article_get_published_basis (a), ==, MASAR_DATE_BASIS_USER);
  g_assert_true (masar_article_get_excluded (masar_corpus_find_article (reopened, "a0")));
  g_assert_false (masar_article_get_excluded (masar_corpus_find_article (reopened, "a1")));

  /* Clearing the user's date returns to what the text says: this second article of its page
   * has no date of its own, so the page's, as a weak hint. */
  g_assert_true (masar_corpus_set_article_date (reopened, a, NULL, &error));
  detected = masar_article_dup_published_iso (a);
  g_assert_cmpstr (detected, ==, "2025-03-05");
  g_assert_cmpint (masar_article_get_published_basis (a), ==, MASAR_DATE_BASIS_WEAK);
  wait_saved (reopened);

  remove_tree (dir);
}

static char *
make_corrections_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("masar-corpus-XXXXXX", NULL);
  const char *names[] = { "a-two-articles.txt", "b-glued.txt", "c-promo.txt" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *src = g_test_build_filename (G_TEST_DIST, "data", "corrections", names[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (src, &contents, &length, NULL));
      write_file (dir, names[i], contents, length);
    }
  return g_steal_pointer (&dir);
}

static guint
find_line (MasarArticle *article,
           const char   *line)
{
  MasarFileText *text = masar_article_get_file_text (article);
  const char *found = strstr (masar_file_text_get_text (text), line);

  g_assert_nonnull (found);
  return masar_file_text_char_offset (text, found - masar_file_text_get_text (text));
}

static MasarCorpus *
reopen (GFile *folder)
{
  MasarCorpus *corpus = masar_corpus_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (masar_corpus_load_sync (corpus, folder, FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return corpus;
}

static void
test_split_merge (void)
{
  g_autofree char *dir = make_corrections_folder ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(MasarCorpus) corpus = reopen (folder);
  g_autoptr(MasarCorpus) again = NULL;
  g_autoptr(MasarCorpus) third = NULL;
  g_autoptr(GError) error = NULL;
  MasarArticle *glued, *second, *merged, *first;
  MasarDate date = { 2025, 6, 10 };
  guint split_line, glued_end, id_count;
  int balance = 0;
  MasarSpan span;

  /* a-two-articles.txt holds two articles, b-glued.txt two glued without any sign. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 4);
  glued = masar_corpus_find_article (corpus, "a2");
  g_assert_cmpstr (masar_article_get_file (glued), ==, "b-glued.txt");
  glued_end = masar_article_get_span (glued).end;
  g_assert_true (masar_corpus_set_article_date (corpus, glued, &date, &error));
  g_assert_false (masar_corpus_can_merge_with_previous (corpus, glued));
  g_assert_true (masar_corpus_can_merge_with_previous (corpus, masar_corpus_find_article (corpus, "a1")));

  /* Not on the first line, not outside the article. */
  g_assert_null (masar_corpus_split_article_at (corpus, glued, masar_article_get_span (glued).start + 3, &error));
  g_assert_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED);
  g_clear_error (&error);

  g_signal_connect (corpus, "items-changed", G_CALLBACK (on_items_changed_cb), &balance);
  split_line = find_line (glued, "الصليب الأحمر يعلن");
  /* Anywhere in the line splits at its start. */
  second = masar_corpus_split_article_at (corpus, glued, split_line + 5, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
  g_assert_cmpint (balance, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 5);
  g_assert_cmpuint (masar_article_get_span (second).start, ==, split_line);
  g_assert_cmpuint (masar_article_get_span (second).end, ==, glued_end);
  g_assert_cmpuint (masar_article_get_segment (second), ==, 1);
  g_assert_cmpstr (masar_article_get_title (second), ==, "الصليب الأحمر يعلن وصول شحنة مساعدات إلى خيرسون");
  first = masar_corpus_find_article (corpus, "a2");
  g_assert_true (first != glued);
  span = masar_article_get_span (first);
  g_assert_cmpuint (span.start, ==, 0);
  g_assert_cmpuint (span.end, <=, split_line);
  /* The first part keeps the user's date; the new one has its own id and the file's date. */
  g_assert_cmpint (masar_article_get_published_basis (first), ==, MASAR_DATE_BASIS_USER);
  g_assert_cmpint (masar_article_get_published_basis (second), !=, MASAR_DATE_BASIS_USER);
  g_assert_cmpstr (masar_article_get_id (second), ==, "a4");
  g_assert_true (masar_corpus_find_article (corpus, "a4") == second);
  g_assert_true (masar_corpus_can_merge_with_previous (corpus, second));
  g_assert_true (masar_corpus_set_article_excluded (corpus, second, TRUE, &error));
  wait_saved (corpus);

  /* Applied on reopen: the split, and each part's own word. */
  again = reopen (folder);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 5);
  second = masar_corpus_find_article (again, "a3");
  g_assert_cmpstr (masar_article_get_file (second), ==, "b-glued.txt");
  g_assert_cmpuint (masar_article_get_span (second).start, ==, split_line);
  g_assert_true (masar_article_get_excluded (second));
  g_assert_false (masar_article_get_excluded (masar_corpus_find_article (again, "a2")));
  g_assert_cmpint (masar_article_get_published_basis (masar_corpus_find_article (again, "a2")), ==, MASAR_DATE_BASIS_USER);

  /* Merge undoes the user's split; merge overrules a split the reader found. */
  merged = masar_corpus_merge_with_previous (again, second, &error);
  g_assert_no_error (error);
  g_assert_nonnull (merged);
  span = masar_article_get_span (merged);
  g_assert_cmpuint (span.start, ==, 0);
  g_assert_cmpuint (span.end, ==, glued_end);
  g_assert_false (masar_article_get_excluded (merged));
  g_assert_cmpint (masar_article_get_published_basis (merged), ==, MASAR_DATE_BASIS_USER);
  g_assert_false (masar_corpus_can_merge_with_previous (again, merged));

  merged = masar_corpus_merge_with_previous (again, masar_corpus_find_article (again, "a1"), &error);
  g_assert_no_error (error);
  g_assert_nonnull (merged);
  g_assert_true (masar_corpus_find_article (again, "a0") == merged);
  g_assert_null (masar_corpus_find_article (again, "a1"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 3);
  g_assert_null (masar_corpus_merge_with_previous (again, merged, &error));
  g_assert_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED);
  g_clear_error (&error);
  wait_saved (again);

  third = reopen (folder);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (third)), ==, 3);
  id_count = 0;
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(MasarArticle) a = g_list_model_get_item (G_LIST_MODEL (third), i);

      g_assert_false (masar_article_get_excluded (a));
      id_count += g_str_equal (masar_article_get_file (a), "b-glued.txt");
    }
  g_assert_cmpuint (id_count, ==, 1);

  remove_tree (dir);
}

typedef struct
{
  MasarArticle *article;
  GError       *error;
  gboolean      done;
} CorrectionResult;

static void
on_split_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  CorrectionResult *r = user_data;

  r->article = masar_corpus_split_article_at_finish (MASAR_CORPUS (source), result, &r->error);
  r->done = TRUE;
}

static void
on_merged_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  CorrectionResult *r = user_data;

  r->article = masar_corpus_merge_with_previous_finish (MASAR_CORPUS (source), result, &r->error);
  r->done = TRUE;
}

static void
wait_done (CorrectionResult *r)
{
  while (!r->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
correction_result_clear (CorrectionResult *r)
{
  g_clear_object (&r->article);
  g_clear_error (&r->error);
  r->done = FALSE;
}

/* b-glued.txt with one byte that is not UTF-8 at the start of its body, or a valid letter
 * in its place (the same number of code points either way). */
static void
write_bad_file (const char *dir,
                gboolean    bad)
{
  g_autofree char *src = g_test_build_filename (G_TEST_DIST, "data", "corrections", "b-glued.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  const char *body;
  gsize length = 0;

  g_assert_true (g_file_get_contents (src, &contents, &length, NULL));
  body = strstr (contents, "\n\n");
  g_assert_nonnull (body);
  text = g_string_new_len (contents, body + 2 - contents);
  g_string_append (text, bad ? "\xff" : "x");
  g_string_append (text, body + 2);
  write_file (dir, "d-bad.txt", text->str, text->len);
}

static void
test_split_merge_async (void)
{
  g_autofree char *dir = make_corrections_folder ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(MasarCorpus) corpus = NULL;
  g_autoptr(MasarCorpus) again = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  GListModel *problems;
  CorrectionResult r = { 0 }, busy = { 0 }, other = { 0 };
  g_autoptr(MasarArticle) second = NULL;
  MasarArticle *bad, *glued;
  MasarProblem *problem;
  guint split_line, bad_end, n_problems;
  int balance = 0;

  write_bad_file (dir, TRUE);
  corpus = reopen (folder);
  problems = masar_corpus_get_problems (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 5);
  bad = masar_corpus_find_article (corpus, "a4");
  g_assert_cmpstr (masar_article_get_file (bad), ==, "d-bad.txt");
  bad_end = masar_article_get_span (bad).end;
  problem = find_problem (corpus, "d-bad.txt");
  g_assert_nonnull (problem);
  g_assert_cmpint (masar_problem_get_kind (problem), ==, MASAR_PROBLEM_PARTIAL);
  n_problems = g_list_model_get_n_items (problems);
  split_line = find_line (bad, "الصليب الأحمر يعلن");

  /* A cancelled split changes nothing. */
  cancellable = g_cancellable_new ();
  g_cancellable_cancel (cancellable);
  masar_corpus_split_article_at_async (corpus, bad, split_line + 5, cancellable, on_split_cb, &r);
  wait_done (&r);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (r.article);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 5);
  g_assert_true (masar_corpus_find_article (corpus, "a4") == bad);
  g_assert_false (masar_corpus_get_correcting (corpus));
  correction_result_clear (&r);

  /* Not on the first line: fails at once, through the callback. */
  masar_corpus_split_article_at_async (corpus, bad, masar_article_get_span (bad).start + 3, NULL, on_split_cb, &r);
  g_assert_false (masar_corpus_get_correcting (corpus));
  wait_done (&r);
  g_assert_error (r.error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED);
  correction_result_clear (&r);

  /* The file is fixed on disk meanwhile: the split reads it again off this thread, and its
   * problem goes away with the old articles. */
  write_bad_file (dir, FALSE);
  g_signal_connect (corpus, "items-changed", G_CALLBACK (on_items_changed_cb), &balance);
  masar_corpus_split_article_at_async (corpus, bad, split_line + 5, NULL, on_split_cb, &r);
  g_assert_true (masar_corpus_get_correcting (corpus));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 5);
  /* One correction of a file at a time. */
  masar_corpus_merge_with_previous_async (corpus, masar_corpus_find_article (corpus, "a1"), NULL, on_merged_cb, &other);
  masar_corpus_split_article_at_async (corpus, bad, split_line + 5, NULL, on_split_cb, &busy);
  wait_done (&busy);
  g_assert_error (busy.error, G_IO_ERROR, G_IO_ERROR_PENDING);
  correction_result_clear (&busy);
  wait_done (&r);

  g_assert_no_error (r.error);
  second = g_steal_pointer (&r.article);
  correction_result_clear (&r);
  g_assert_nonnull (second);
  g_assert_cmpuint (masar_article_get_span (second).start, ==, split_line);
  g_assert_cmpuint (masar_article_get_span (second).end, ==, bad_end);
  g_assert_cmpstr (masar_article_get_file (second), ==, "d-bad.txt");
  g_assert_cmpuint (masar_article_get_segment (second), ==, 1);
  g_assert_true (masar_corpus_find_article (corpus, masar_article_get_id (second)) == second);
  g_assert_null (find_problem (corpus, "d-bad.txt"));
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, n_problems - 1);
  /* The merge of a-two-articles.txt started alongside is done too: 5 - 1 + 1 articles. */
  wait_done (&other);
  /* Only now are both corrections done: the merge of the other file may finish after the
   * split, so "correcting" is checked here, not right after the split. */
  g_assert_false (masar_corpus_get_correcting (corpus));
  g_assert_no_error (other.error);
  g_assert_nonnull (other.article);
  g_assert_true (masar_corpus_find_article (corpus, "a0") == other.article);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 5);
  g_assert_cmpint (balance, ==, 0);
  correction_result_clear (&other);
  wait_saved (corpus);

  /* Kept on reopen. */
  again = reopen (folder);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 5);
  g_assert_null (find_problem (again, "d-bad.txt"));
  g_clear_object (&again);

  /* The bad byte comes back, and the merge brings its problem back. */
  write_bad_file (dir, TRUE);
  masar_corpus_merge_with_previous_async (corpus, second, NULL, on_merged_cb, &busy);
  wait_done (&busy);
  g_assert_no_error (busy.error);
  g_assert_nonnull (busy.article);
  g_assert_cmpuint (masar_article_get_span (busy.article).start, ==, 0);
  g_assert_cmpuint (masar_article_get_span (busy.article).end, ==, bad_end);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 4);
  problem = find_problem (corpus, "d-bad.txt");
  g_assert_nonnull (problem);
  g_assert_cmpint (masar_problem_get_kind (problem), ==, MASAR_PROBLEM_PARTIAL);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, n_problems);

  /* The first article of a file has nothing to merge with. */
  glued = masar_corpus_find_article (corpus, "a2");
  g_assert_cmpstr (masar_article_get_file (glued), ==, "b-glued.txt");
  masar_corpus_merge_with_previous_async (corpus, glued, NULL, on_merged_cb, &r);
  wait_done (&r);
  g_assert_error (r.error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 4);
  correction_result_clear (&r);
  correction_result_clear (&busy);
  wait_saved (corpus);

  again = reopen (folder);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 4);

  remove_tree (dir);
}

static void
test_settings_roundtrip (void)
{
  g_autoptr(MasarCorpusSettings) s = masar_corpus_settings_new ();
  g_autoptr(MasarCorpusSettings) t = masar_corpus_settings_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path ("/some/corpus");
  g_autoptr(GFile) user = masar_corpus_settings_get_user_file (folder);
  g_autofree char *json = NULL;
  g_autofree char *json2 = NULL;
  g_autofree char *json3 = NULL;
  g_autofree char *user_path = g_file_get_path (user);
  MasarDate d = { 2024, 5, 0 };
  const MasarIngestHints *hints;

  masar_corpus_settings_set_date (s, "x.txt", 1, &d);
  masar_corpus_settings_set_excluded (s, "y.txt", 0, TRUE);
  masar_corpus_settings_add_split (s, "x.txt", 120);
  masar_corpus_settings_add_merge (s, "x.txt", 900);
  json = masar_corpus_settings_to_json (s);
  g_assert_true (masar_corpus_settings_parse (t, json, -1, &error));
  json2 = masar_corpus_settings_to_json (t);
  g_assert_cmpstr (json, ==, json2);
  hints = masar_corpus_settings_get_hints (t, "x.txt");
  g_assert_nonnull (hints);
  g_assert_cmpuint (g_array_index (hints->split_at, guint, 0), ==, 120);
  g_assert_cmpuint (g_array_index (hints->merge_at, guint, 0), ==, 900);

  /* Unsetting everything leaves nothing behind. */
  masar_corpus_settings_set_excluded (t, "y.txt", 0, FALSE);
  masar_corpus_settings_set_date (t, "x.txt", 1, NULL);
  json3 = masar_corpus_settings_to_json (t);
  g_assert_null (strstr (json3, "y.txt"));

  /* The fallback place is keyed by the folder's path, under the user data directory. */
  g_assert_true (g_str_has_prefix (user_path, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (user_path, ".json"));
  g_assert_nonnull (strstr (user_path, "masar/corpora/"));

  g_assert_false (masar_corpus_settings_parse (t, "[1, 2", -1, &error));
  g_assert_nonnull (error);
}

typedef struct
{
  GMainLoop    *loop;
  GCancellable *cancellable;
  gboolean      ok;
  GError       *error;
  guint         notifies;
  guint         cancel_at;
  guint         max_done;
} AsyncData;

static void
on_files_done_cb (MasarCorpus *corpus,
                  GParamSpec  *pspec,
                  AsyncData   *data)
{
  guint done = masar_corpus_get_files_done (corpus);

  g_assert_cmpuint (done, >=, data->max_done);
  g_assert_cmpuint (done, <=, masar_corpus_get_files_total (corpus));
  data->max_done = done;
  data->notifies++;
  if (data->cancel_at > 0 && done >= data->cancel_at && !g_cancellable_is_cancelled (data->cancellable))
    g_cancellable_cancel (data->cancellable);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AsyncData *data = user_data;

  data->ok = masar_corpus_load_finish (MASAR_CORPUS (source), result, &data->error);
  g_main_loop_quit (data->loop);
}

static char *
make_many (guint n)
{
  g_autofree char *dir = g_dir_make_tmp ("masar-many-XXXXXX", NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *rel = g_strdup_printf ("%02u/%05u.txt", i % 20, i);
      g_autofree char *text = g_strdup_printf (ARTICLE_TEXT, i, i);

      write_file (dir, rel, text, -1);
    }
  return g_steal_pointer (&dir);
}

static void
test_async (void)
{
  g_autofree char *dir = make_many (200);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(MasarCorpus) corpus = masar_corpus_new ();
  AsyncData data = { 0 };
  int balance = 0;

  data.loop = g_main_loop_new (NULL, FALSE);
  data.cancellable = g_cancellable_new ();
  g_signal_connect (corpus, "notify::files-done", G_CALLBACK (on_files_done_cb), &data);
  g_signal_connect (corpus, "items-changed", G_CALLBACK (on_items_changed_cb), &balance);

  masar_corpus_load_async (corpus, folder, data.cancellable, on_loaded_cb, &data);
  g_assert_true (masar_corpus_get_loading (corpus));
  g_main_loop_run (data.loop);

  g_assert_no_error (data.error);
  g_assert_true (data.ok);
  g_assert_false (masar_corpus_get_loading (corpus));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 200);
  g_assert_cmpint (balance, ==, 200);
  g_assert_cmpuint (data.max_done, ==, 200);
  g_assert_cmpuint (data.notifies, >=, 1);
  /* Extraction ran: there is an event set, or a problem says why not. */
  g_assert_true (masar_corpus_get_events (corpus) != NULL ||
                 g_list_model_get_n_items (masar_corpus_get_problems (corpus)) > 0);

  g_main_loop_unref (data.loop);
  g_object_unref (data.cancellable);
  remove_tree (dir);
}

static void
test_cancel (void)
{
  g_autofree char *dir = make_many (10000);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(MasarCorpus) corpus = masar_corpus_new ();
  AsyncData data = { 0 };

  data.loop = g_main_loop_new (NULL, FALSE);
  data.cancellable = g_cancellable_new ();
  data.cancel_at = 1;
  g_signal_connect (corpus, "notify::files-done", G_CALLBACK (on_files_done_cb), &data);

  masar_corpus_load_async (corpus, folder, data.cancellable, on_loaded_cb, &data);
  g_main_loop_run (data.loop);

  g_assert_false (data.ok);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (masar_corpus_get_loading (corpus));
  g_assert_cmpuint (masar_corpus_get_files_total (corpus), ==, 10000);
  g_assert_cmpuint (masar_corpus_get_files_done (corpus), <, 10000);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), <, 10000);
  g_clear_error (&data.error);

  /* Cancelled before it starts: at once, nothing read. */
  g_cancellable_reset (data.cancellable);
  g_cancellable_cancel (data.cancellable);
  data.cancel_at = 0;
  data.max_done = 0;
  masar_corpus_load_async (corpus, folder, data.cancellable, on_loaded_cb, &data);
  g_main_loop_run (data.loop);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 0);
  g_clear_error (&data.error);

  g_main_loop_unref (data.loop);
  g_object_unref (data.cancellable);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("masar-data-XXXXXX", NULL);

  /* Keep fallback settings out of the real user data directory. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/corpus/load-sync", test_load_sync);
  g_test_add_func ("/masar/corpus/unreadable", test_unreadable);
  g_test_add_func ("/masar/corpus/not-a-folder", test_not_a_folder);
  g_test_add_func ("/masar/corpus/corrections", test_corrections);
  g_test_add_func ("/masar/corpus/settings-roundtrip", test_settings_roundtrip);
  g_test_add_func ("/masar/corpus/split-merge", test_split_merge);
  g_test_add_func ("/masar/corpus/split-merge-async", test_split_merge_async);
  g_test_add_func ("/masar/corpus/async", test_async);
  g_test_add_func ("/masar/corpus/cancel", test_cancel);

  return g_test_run ();
}
