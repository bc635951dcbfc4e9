/* test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window: it starts; opening the seed corpus through masar_window_open_folder()
 * (the path the file chooser, the command line and drag and drop use) lists its files;
 * selecting an article shows it; a second open cancels the first; events files open, bad
 * ones are reported; the Arabic locale mirrors the UI. Needs a display (CI: xvfb-run).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "masar-application.h"
#include "masar-date-dialog.h"
#include "masar-events-page.h"
#include "masar-window.h"

static const char *seed_files[] = {
  "000_cc4900231d4e3078.txt",
  "001_e02a900941bde77c.txt",
  "002_b030459cc2d28130.txt",
  "003_83ce3ce0af87be83.txt",
  "004_92c9c9bc7457bf29.txt",
};

static GFile *
get_seeds (void)
{
  const char *shared = g_getenv ("MASAR_SHARED_DIR");
  g_autofree char *path = NULL;

  if (shared == NULL)
    return NULL;

  path = g_build_filename (shared, "corpus", "seeds", NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return NULL;

  return g_file_new_for_path (path);
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @window has finished loading, or fails after @seconds. */
static void
wait_loaded (MasarWindow *window,
             guint        seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  guint wake = g_timeout_add (50, wake_cb, NULL);

  while (masar_window_get_loading (window))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("loading did not finish in %u s", seconds);
      g_main_context_iteration (NULL, TRUE);
    }

  g_source_remove (wake);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static MasarWindow *
new_window (void)
{
  MasarWindow *window = masar_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static char *
reader_text (MasarWindow *window)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (masar_reader_get_text_view (masar_window_get_reader (window)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static void
test_starts (void)
{
  MasarWindow *window = new_window ();

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_false (masar_window_get_loading (window));
  g_assert_null (masar_window_get_corpus (window));
  g_assert_null (masar_window_get_event_set (window));
  g_assert_null (masar_window_get_articles (window));
  g_assert_nonnull (masar_window_get_reader (window));
  g_assert_null (masar_reader_get_article (masar_window_get_reader (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_seeds (void)
{
  g_autoptr(GFile) seeds = get_seeds ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.masar.Masar");
  g_auto(GStrv) recent = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *last = NULL;
  MasarWindow *window;
  GListModel *articles;
  guint n;

  if (seeds == NULL)
    {
      g_test_skip ("MASAR_SHARED_DIR/corpus/seeds not found");
      return;
    }

  window = new_window ();
  masar_window_open_folder (window, seeds);
  g_assert_true (masar_window_get_loading (window));
  wait_loaded (window, 60);

  g_assert_null (masar_window_get_error_message (window));
  g_assert_nonnull (masar_window_get_corpus (window));
  articles = masar_window_get_articles (window);
  g_assert_true (articles == G_LIST_MODEL (masar_window_get_corpus (window)));
  n = g_list_model_get_n_items (articles);
  g_test_message ("%u articles in the seeds", n);
  g_assert_cmpuint (n, >=, 5);

  /* Every seed file gives at least one article. */
  for (guint f = 0; f < G_N_ELEMENTS (seed_files); f++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < n && !found; i++)
        {
          g_autoptr(MasarArticle) article = g_list_model_get_item (articles, i);

          found = g_str_equal (masar_article_get_file (article), seed_files[f]);
        }
      g_assert_true (found);
    }

  /* Remembered, first among the recent folders, but not reopened by itself. */
  uri = g_file_get_uri (seeds);
  recent = g_settings_get_strv (settings, "recent-folders");
  last = g_settings_get_string (settings, "last-folder");
  g_assert_nonnull (recent[0]);
  g_assert_cmpstr (recent[0], ==, uri);
  g_assert_cmpstr (last, ==, uri);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_select_article (void)
{
  g_autoptr(GFile) seeds = get_seeds ();
  MasarWindow *window;
  GListModel *articles;
  MasarReader *reader;
  guint n;

  if (seeds == NULL)
    {
      g_test_skip ("MASAR_SHARED_DIR/corpus/seeds not found");
      return;
    }

  window = new_window ();
  reader = masar_window_get_reader (window);
  masar_window_open_folder (window, seeds);
  wait_loaded (window, 60);
  articles = masar_window_get_articles (window);
  n = g_list_model_get_n_items (articles);
  g_assert_cmpuint (n, >=, 5);

  for (guint i = n; i-- > 0;)
    {
      g_autoptr(MasarArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *clean = masar_article_dup_clean_text (article);
      g_autofree char *shown = NULL;
      g_autofree char *whole = NULL;
      g_auto(GStrv) words = NULL;
      const char *title = masar_article_get_title (article);
      guint checked = 0;

      g_assert_true (masar_window_select_article (window, article));
      g_assert_true (masar_reader_get_article (reader) == article);
      shown = reader_text (window);
      g_assert_cmpstr (shown, ==, clean);
      g_assert_cmpuint (strlen (shown), >, 100);

      /* The whole file holds the title's words. */
      masar_reader_set_whole_file (reader, TRUE);
      whole = reader_text (window);
      g_assert_cmpstr (whole, ==, masar_file_text_get_text (masar_article_get_file_text (article)));
      g_assert_nonnull (title);
      words = g_strsplit (title, " ", -1);
      for (guint w = 0; words[w] != NULL; w++)
        {
          if (g_utf8_strlen (words[w], -1) < 3 || strstr (words[w], "..") != NULL || strstr (words[w], "…") != NULL)
            continue;
          g_assert_nonnull (strstr (whole, words[w]));
          checked++;
        }
      g_assert_cmpuint (checked, >=, 2);
      masar_reader_set_whole_file (reader, FALSE);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_second_open_cancels_first (void)
{
  g_autoptr(GFile) seeds = get_seeds ();
  g_autoptr(GFile) sample = masar_application_dup_sample_folder ();
  MasarWindow *window;
  GFile *folder;

  if (seeds == NULL)
    {
      g_test_skip ("MASAR_SHARED_DIR/corpus/seeds not found");
      return;
    }

  window = new_window ();
  masar_window_open_folder (window, seeds);
  masar_window_open_folder (window, sample);
  wait_loaded (window, 60);

  g_assert_null (masar_window_get_error_message (window));
  folder = masar_corpus_get_folder (masar_window_get_corpus (window));
  g_assert_nonnull (folder);
  g_assert_true (g_file_equal (folder, sample));
  g_assert_cmpuint (g_list_model_get_n_items (masar_window_get_articles (window)), >=, 8);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_not_a_folder (void)
{
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/masar-corpus");
  MasarWindow *window = new_window ();

  masar_window_open_folder (window, missing);
  wait_loaded (window, 30);
  g_assert_nonnull (masar_window_get_error_message (window));
  g_assert_null (masar_window_get_corpus (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GFile *
write_temp (const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("masar-test-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
test_malformed_events_file (void)
{
  g_autoptr(GFile) file = write_temp ("{\n  \"format\": \"masar-events/1\",\n  \"events\": [ { \"id\": }\n");
  MasarWindow *window = new_window ();
  const char *message;

  masar_window_open_file (window, file);
  wait_loaded (window, 30);

  message = masar_window_get_error_message (window);
  g_assert_nonnull (message);
  g_test_message ("error: %s", message);
  g_assert_nonnull (strstr (message, "line 3"));
  g_assert_null (masar_window_get_event_set (window));

  g_file_delete (file, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_events_file (void)
{
  g_autoptr(MasarEventSet) set = masar_event_set_new ();
  g_autoptr(MasarArticle) article = masar_article_new ("seed.txt", 0);
  g_autoptr(MasarEvent) event = masar_event_new ("e1", MASAR_EVENT_TALKS);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = write_temp ("");
  const char *sentence = "انتهت المحادثات في العاصمة دون تقدم يذكر.";
  MasarDate date = { 2025, 12, 2 };
  MasarWindow *window;
  MasarEventSet *loaded;
  g_autoptr(MasarEvent) loaded_event = NULL;
  GtkTextIter start, end;
  g_autofree char *highlighted = NULL;

  masar_article_set_id (article, "a1");
  masar_article_set_title (article, "عنوان");
  masar_event_set_add_article (set, article);
  masar_event_set_date (event, &date, NULL, MASAR_DATE_BASIS_EXPLICIT);
  masar_event_set_label (event, "محادثات في العاصمة");
  masar_event_add_source (event, "a1", 40, 40 + g_utf8_strlen (sentence, -1), sentence);
  masar_event_set_add_event (set, event);
  g_assert_true (masar_event_set_save (set, file, NULL, &error));
  g_assert_no_error (error);

  window = new_window ();
  masar_window_open_file (window, file);
  wait_loaded (window, 30);

  g_assert_null (masar_window_get_error_message (window));
  loaded = masar_window_get_event_set (window);
  g_assert_nonnull (loaded);
  g_assert_null (masar_window_get_corpus (window));
  g_assert_cmpuint (g_list_model_get_n_items (masar_window_get_articles (window)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (masar_event_set_get_events (loaded)), ==, 1);

  /* Activating the event opens the reader at its sentence. */
  masar_window_set_visible_page (window, "events");
  loaded_event = g_list_model_get_item (masar_event_set_get_events (loaded), 0);
  g_assert_true (masar_window_show_event_source (window, loaded_event, 0));
  g_assert_cmpstr (masar_window_get_visible_page (window), ==, "reader");
  g_assert_true (masar_reader_get_highlight (masar_window_get_reader (window), &start, &end));
  highlighted = gtk_text_iter_get_text (&start, &end);
  g_assert_cmpstr (highlighted, ==, sentence);
  g_assert_false (masar_window_show_event_source (window, loaded_event, 1));

  g_file_delete (file, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
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
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("masar-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(MasarArticle) article = NULL;
  g_autoptr(GDir) listing = NULL;
  MasarDateDialog *dialog;
  MasarWindow *window;
  MasarDate date = MASAR_DATE_INIT;
  const char *name;

  g_assert_no_error (error);
  path = g_build_filename (dir, "article.txt", NULL);
  /* Written for this test. */
  g_file_set_contents (path,
                       "جولة جديدة من المحادثات\n\n"
                       "قال المتحدث إن الوفدين سيلتقيان مجددًا لبحث تبادل الأسرى وترتيبات وقف إطلاق النار، "
                       "وإن الوسطاء قدموا مقترحًا جديدًا يتضمن جدولًا زمنيًا للتنفيذ.\n",
                       -1, &error);
  g_assert_no_error (error);
  folder = g_file_new_for_path (dir);

  window = new_window ();
  masar_window_open_folder (window, folder);
  wait_loaded (window, 30);
  g_assert_cmpuint (g_list_model_get_n_items (masar_window_get_articles (window)), >=, 1);
  article = g_list_model_get_item (masar_window_get_articles (window), 0);
  g_assert_true (masar_window_select_article (window, article));

  /* The reader's "Set Date…" asks the window, which asks the user. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (masar_window_get_reader (window)), "reader.set-date", NULL));
  dialog = find_date_dialog ();
  g_assert_nonnull (dialog);

  masar_date_dialog_set_text (dialog, "2025-13-40");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "set"));
  g_assert_false (masar_date_dialog_get_date (dialog, &date));
  masar_date_dialog_set_text (dialog, "2025-12-03");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "set"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "set");

  masar_article_get_published (article, &date);
  g_assert_cmpint (date.year, ==, 2025);
  g_assert_cmpint (date.month, ==, 12);
  g_assert_cmpint (date.day, ==, 3);
  g_assert_cmpint (masar_article_get_published_basis (article), ==, MASAR_DATE_BASIS_USER);

  /* Let the corrections file be written, then clean up. */
  for (guint i = 0; i < 20; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&article);

  listing = g_dir_open (dir, 0, NULL);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_remove (child);
    }
  g_rmdir (dir);
}

static void
test_remembers_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.masar.Masar");
  MasarWindow *window = new_window ();

  gtk_window_set_default_size (GTK_WINDOW (window), 812, 604);
  gtk_window_close (GTK_WINDOW (window));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 812);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 604);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = new_window ();
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 812);
    g_assert_cmpint (height, ==, 604);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/masar/Masar/ui/masar-shortcuts-window.ui");
  GObject *window = gtk_builder_get_object (builder, "shortcuts_window");

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_arabic_locale_is_rtl (void)
{
  if (g_test_subprocess ())
    {
      MasarWindow *window;

      g_assert_cmpint (gtk_get_locale_direction (), ==, GTK_TEXT_DIR_RTL);
      g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);

      window = new_window ();
      g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_RTL);
      /* Our own catalogue, from the build tree. */
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "مسار");
      g_assert_cmpstr (_("Open Corpus Folder"), ==, "افتح مجلد مدوّنة");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  g_assert_cmpint (gtk_get_locale_direction (), ==, GTK_TEXT_DIR_LTR);

  g_setenv ("LANGUAGE", "ar", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("LANGUAGE");
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *podir = NULL;

  /* The Arabic test runs this program again with LANGUAGE=ar. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  podir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, podir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!gtk_init_check ())
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }
  adw_init ();

  g_test_add_func ("/masar/window/starts", test_starts);
  g_test_add_func ("/masar/window/open-seeds", test_open_seeds);
  g_test_add_func ("/masar/window/select-article", test_select_article);
  g_test_add_func ("/masar/window/second-open-cancels-first", test_second_open_cancels_first);
  g_test_add_func ("/masar/window/open-not-a-folder", test_open_not_a_folder);
  g_test_add_func ("/masar/window/malformed-events-file", test_malformed_events_file);
  g_test_add_func ("/masar/window/events-file", test_events_file);
  g_test_add_func ("/masar/window/set-date", test_set_date);
  g_test_add_func ("/masar/window/remembers-size", test_remembers_size);
  g_test_add_func ("/masar/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/masar/window/arabic-locale-is-rtl", test_arabic_locale_is_rtl);

  return g_test_run ();
}
