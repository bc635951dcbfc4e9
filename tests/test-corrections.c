/* test-corrections.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The user's corrections in the window, on a copy of tests/data/corrections in a temporary
 * folder: "Not an Article" drops the article's events and is saved and applied on reopen;
 * "Split Article Here" and "Merge with Previous Article" read the file again off the main
 * thread, then change the article list in place;
 * a date the user sets is the reference for the article's relative dates. Needs a display.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "masar-corpus-private.h"
#include "masar-date-dialog.h"
#include "masar-window.h"
#include "masar-window-private.h"

static const char *fixture_names[] = { "a-two-articles.txt", "b-glued.txt", "c-promo.txt" };

static char *
make_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("masar-corrections-XXXXXX", NULL);

  g_assert_nonnull (dir);
  for (guint i = 0; i < G_N_ELEMENTS (fixture_names); i++)
    {
      g_autofree char *src = g_test_build_filename (G_TEST_DIST, "data", "corrections", fixture_names[i], NULL);
      g_autofree char *dst = g_build_filename (dir, fixture_names[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (src, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (dst, contents, length, NULL));
    }
  return g_steal_pointer (&dir);
}

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_remove (child);
    }
  g_rmdir (dir);
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
iterate_while (MasarWindow *window,
               gboolean   (*busy) (MasarWindow *window))
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (20, wake_cb, NULL);

  while (busy (window))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("the window stayed busy for a minute");
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (wake);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_loading (MasarWindow *window)
{
  return masar_window_get_loading (window);
}

static gboolean
is_busy (MasarWindow *window)
{
  MasarCorpus *corpus = masar_window_get_corpus (window);

  return corpus != NULL && (masar_corpus_get_extracting (corpus) || masar_corpus_get_saving (corpus));
}

static gboolean
is_correcting (MasarWindow *window)
{
  MasarCorpus *corpus = masar_window_get_corpus (window);

  return corpus != NULL && masar_corpus_get_correcting (corpus);
}

static MasarWindow *
open_window (GFile *folder)
{
  MasarWindow *window = masar_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  masar_window_open_folder (window, folder);
  iterate_while (window, is_loading);
  g_assert_nonnull (masar_window_get_corpus (window));
  g_assert_nonnull (masar_window_get_event_set (window));
  return window;
}

static MasarArticle *
find_by_file (MasarWindow *window,
              const char  *file,
              guint        segment)
{
  GListModel *articles = masar_window_get_articles (window);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(MasarArticle) a = g_list_model_get_item (articles, i);

      if (g_str_equal (masar_article_get_file (a), file) && masar_article_get_segment (a) == segment)
        return a;
    }
  return NULL;
}

/* The events whose first source is in @article. */
static guint
count_events_of (MasarWindow  *window,
                 MasarArticle *article)
{
  GListModel *events = masar_event_set_get_events (masar_window_get_event_set (window));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(MasarEvent) event = g_list_model_get_item (events, i);

      for (guint j = 0; j < masar_event_get_n_sources (event); j++)
        if (g_strcmp0 (masar_event_get_source (event, j)->article_id, masar_article_get_id (article)) == 0)
          {
            n++;
            break;
          }
    }
  return n;
}

static guint
count_events (MasarWindow *window)
{
  return g_list_model_get_n_items (masar_event_set_get_events (masar_window_get_event_set (window)));
}

static void
test_exclude (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *settings_path = g_build_filename (dir, ".masar-corpus.json", NULL);
  g_autofree char *saved = NULL;
  MasarWindow *window = open_window (folder);
  MasarReader *reader = masar_window_get_reader (window);
  MasarEventSet *before_set;
  MasarArticle *promo;
  guint before, of_promo;

  promo = find_by_file (window, "c-promo.txt", 0);
  g_assert_nonnull (promo);
  before = count_events (window);
  of_promo = count_events_of (window, promo);
  g_assert_cmpuint (of_promo, >, 0);
  before_set = masar_window_get_event_set (window);

  /* "Not an Article" in the reader's menu. */
  g_assert_true (masar_window_select_article (window, promo));
  g_assert_true (masar_reader_get_article (reader) == promo);
  g_assert_false (masar_reader_get_excluded (reader));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.excluded", NULL));
  g_assert_true (masar_article_get_excluded (promo));
  g_assert_true (masar_reader_get_excluded (reader));
  iterate_while (window, is_busy);

  g_assert_true (masar_window_get_event_set (window) != before_set);
  g_assert_cmpuint (count_events (window), ==, before - of_promo);
  g_assert_cmpuint (count_events_of (window, promo), ==, 0);
  g_assert_true (g_file_get_contents (settings_path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\"c-promo.txt\""));
  g_assert_nonnull (strstr (saved, "\"excluded\" : true"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* Reopened: still excluded, its events still left out. */
  window = open_window (folder);
  promo = find_by_file (window, "c-promo.txt", 0);
  g_assert_true (masar_article_get_excluded (promo));
  g_assert_cmpuint (count_events (window), ==, before - of_promo);

  /* The same toggle undoes it. */
  g_assert_true (masar_window_select_article (window, promo));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (masar_window_get_reader (window)), "reader.excluded", NULL));
  g_assert_false (masar_article_get_excluded (promo));
  iterate_while (window, is_busy);
  g_assert_cmpuint (count_events (window), ==, before);
  g_clear_pointer (&saved, g_free);
  g_assert_true (g_file_get_contents (settings_path, &saved, NULL, NULL));
  g_assert_null (strstr (saved, "excluded"));
  gtk_window_destroy (GTK_WINDOW (window));

  remove_folder (dir);
}

static void
test_split_merge (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  MasarWindow *window = open_window (folder);
  MasarReader *reader = masar_window_get_reader (window);
  GListModel *articles = masar_window_get_articles (window);
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  MasarArticle *glued, *second, *merged;
  MasarSpan span;
  const char *text, *line;
  guint n, offset, glued_end;

  glued = find_by_file (window, "b-glued.txt", 0);
  n = g_list_model_get_n_items (articles);
  glued_end = masar_article_get_span (glued).end;
  g_assert_true (masar_window_select_article (window, glued));

  /* Split is offered in the whole file only; merge only for a second article. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.split-here", NULL) &&
                  g_list_model_get_n_items (articles) != n);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, n);
  masar_reader_set_whole_file (reader, TRUE);

  /* Put the cursor in the line where the second article starts. */
  text = masar_file_text_get_text (masar_article_get_file_text (glued));
  line = strstr (text, "الصليب الأحمر يعلن");
  g_assert_nonnull (line);
  offset = masar_file_text_char_offset (masar_article_get_file_text (glued), line - text);
  buffer = gtk_text_view_get_buffer (masar_reader_get_text_view (reader));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset + 4);
  gtk_text_buffer_place_cursor (buffer, &iter);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.split-here", NULL));

  /* The file is read again off the main thread: nothing changes until it is done. */
  g_assert_true (is_correcting (window));
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, n);
  iterate_while (window, is_correcting);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, n + 1);
  second = find_by_file (window, "b-glued.txt", 1);
  g_assert_nonnull (second);
  span = masar_article_get_span (second);
  g_assert_cmpuint (span.start, ==, offset);
  g_assert_cmpuint (span.end, ==, glued_end);
  span = masar_article_get_span (find_by_file (window, "b-glued.txt", 0));
  g_assert_cmpuint (span.start, ==, 0);
  g_assert_cmpuint (span.end, <=, offset);
  g_assert_true (masar_reader_get_article (reader) == second);
  iterate_while (window, is_busy);
  /* The aid the second article reports is now its own event. */
  g_assert_cmpuint (count_events_of (window, second), >=, 1);

  /* Merge with Previous: back to one article with the first span. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.merge-previous", NULL));
  g_assert_true (is_correcting (window));
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, n + 1);
  iterate_while (window, is_correcting);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, n);
  merged = find_by_file (window, "b-glued.txt", 0);
  g_assert_null (find_by_file (window, "b-glued.txt", 1));
  span = masar_article_get_span (merged);
  g_assert_cmpuint (span.start, ==, 0);
  g_assert_cmpuint (span.end, ==, glued_end);
  g_assert_true (masar_reader_get_article (reader) == merged);
  iterate_while (window, is_busy);
  g_assert_cmpuint (count_events_of (window, merged), >=, 2);
  gtk_window_destroy (GTK_WINDOW (window));

  remove_folder (dir);
}

static gboolean
find_call_date (MasarWindow  *window,
                MasarArticle *article,
                char        **iso)
{
  GListModel *events = masar_event_set_get_events (masar_window_get_event_set (window));

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(MasarEvent) event = g_list_model_get_item (events, i);

      if (masar_event_get_event_type (event) == MASAR_EVENT_CALL &&
          g_strcmp0 (masar_event_get_source (event, 0)->article_id, masar_article_get_id (article)) == 0)
        {
          MasarDate date = MASAR_DATE_INIT;

          masar_event_get_date (event, &date, NULL);
          *iso = masar_date_to_iso (&date);
          return TRUE;
        }
    }
  return FALSE;
}

static MasarDateDialog *
find_date_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (MASAR_IS_DATE_DIALOG (item))
        return MASAR_DATE_DIALOG (item);
    }
  return NULL;
}

static void
test_set_date (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  MasarWindow *window = open_window (folder);
  MasarArticle *glued = find_by_file (window, "b-glued.txt", 0);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  MasarDateDialog *dialog;

  /* "أمس" (yesterday) in an article of 20 May 2025. */
  g_assert_true (find_call_date (window, glued, &before));
  g_assert_cmpstr (before, ==, "2025-05-19");

  g_assert_true (masar_window_select_article (window, glued));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (masar_window_get_reader (window)), "reader.set-date", NULL));
  dialog = find_date_dialog ();
  g_assert_nonnull (dialog);
  masar_date_dialog_set_text (dialog, "2025-06-10");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "set");
  g_assert_cmpint (masar_article_get_published_basis (glued), ==, MASAR_DATE_BASIS_USER);
  g_assert_true (masar_corpus_get_extracting (masar_window_get_corpus (window)));
  iterate_while (window, is_busy);

  g_assert_true (find_call_date (window, glued, &after));
  g_assert_cmpstr (after, ==, "2025-06-09");
  gtk_window_destroy (GTK_WINDOW (window));

  remove_folder (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }
  adw_init ();

  g_test_add_func ("/masar/corrections/exclude", test_exclude);
  g_test_add_func ("/masar/corrections/split-merge", test_split_merge);
  g_test_add_func ("/masar/corrections/set-date", test_set_date);

  return g_test_run ();
}
