/* test-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The article reader: clean text and whole-file modes, highlighting a file span in either,
 * paragraph direction from the text, and articles without text (from an events file).
 * Needs a display (CI runs it under xvfb-run).
 */

#include "config.h"

#include <adwaita.h>

#include "masar-reader.h"

/* Written for this test. Line by line: a title, a noise line, an Arabic paragraph, a
 * noise line, a Latin paragraph. */
static const char *file_lines[] = {
  "عنوان تجريبي للمقال",
  "اقرأ أيضاً: خبر آخر",
  "قال المتحدث إن الجولة المقبلة من المحادثات ستعقد في الأسبوع المقبل بحضور الوسطاء، وإن الوفدين اتفقا على جدول الأعمال.",
  "مقالات مشابهة",
  "The spokesman said the next round of talks would take place next week, with the mediators present.",
  NULL
};

typedef struct
{
  GtkWindow     *window;
  MasarReader   *reader;
  MasarArticle  *article;
  MasarFileText *text;
  guint          line_start[5];
  guint          line_end[5];
} Fixture;

static char *
buffer_text (MasarReader *reader)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (masar_reader_get_text_view (reader));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static char *
highlight_text (MasarReader *reader)
{
  GtkTextIter start, end;

  if (!masar_reader_get_highlight (reader, &start, &end))
    return NULL;

  return gtk_text_iter_get_text (&start, &end);
}

static void
wait_for_layout (GtkWidget *widget)
{
  gtk_test_widget_wait_for_draw (widget);
  for (guint i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
  gtk_test_widget_wait_for_draw (widget);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GString) s = g_string_new (NULL);
  guint chars = 0;

  for (guint i = 0; file_lines[i] != NULL; i++)
    {
      f->line_start[i] = chars;
      g_string_append (s, file_lines[i]);
      chars += g_utf8_strlen (file_lines[i], -1);
      f->line_end[i] = chars;
      g_string_append_c (s, '\n');
      chars++;
    }

  f->text = masar_file_text_new (s->str, s->len);
  f->article = masar_article_new ("test.txt", 0);
  masar_article_set_id (f->article, "a0");
  masar_article_set_file_text (f->article, f->text);
  masar_article_set_title (f->article, file_lines[0]);
  masar_article_set_span (f->article, f->line_start[2], f->line_end[4]);
  masar_article_add_paragraph (f->article, f->line_start[2], f->line_end[2]);
  masar_article_add_paragraph (f->article, f->line_start[4], f->line_end[4]);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 700, 500);
  f->reader = MASAR_READER (masar_reader_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->reader));
  gtk_window_present (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->article);
  g_clear_pointer (&f->text, masar_file_text_unref);
}

static void
test_clean_text (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *clean = masar_article_dup_clean_text (f->article);
  g_autofree char *shown = NULL;

  masar_reader_set_article (f->reader, f->article);
  shown = buffer_text (f->reader);

  g_assert_cmpstr (shown, ==, clean);
  g_assert_false (masar_reader_get_whole_file (f->reader));
  g_assert_null (strstr (shown, file_lines[1]));
  g_assert_false (masar_reader_get_highlight (f->reader, NULL, NULL));
}

static void
test_whole_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *shown = NULL;
  g_autofree char *clean = NULL;

  masar_reader_set_article (f->reader, f->article);
  masar_reader_set_whole_file (f->reader, TRUE);
  shown = buffer_text (f->reader);
  g_assert_cmpstr (shown, ==, masar_file_text_get_text (f->text));

  /* The article's span is marked, the rest of the file is not part of it. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (masar_reader_get_text_view (f->reader));
    GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
    GtkTextTag *span = gtk_text_tag_table_lookup (table, "article-span");
    guint probes[] = { f->line_start[0], f->line_end[1], f->line_start[2], f->line_start[3] + 2, f->line_end[4] - 1 };
    gboolean inside[] = { FALSE, FALSE, TRUE, TRUE, TRUE };

    g_assert_nonnull (span);
    for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
      {
        GtkTextIter iter;

        gtk_text_buffer_get_iter_at_offset (buffer, &iter, probes[i]);
        g_assert_cmpint (gtk_text_iter_has_tag (&iter, span), ==, inside[i]);
      }
  }

  /* The property action toggles it back. */
  gtk_widget_activate_action (GTK_WIDGET (f->reader), "reader.whole-file", NULL);
  g_assert_false (masar_reader_get_whole_file (f->reader));
  clean = buffer_text (f->reader);
  g_assert_null (strstr (clean, file_lines[3]));
}

static void
test_span_in_paragraph (Fixture       *f,
                        gconstpointer  data)
{
  /* "The spokesman said" inside the Latin paragraph, and a span inside the Arabic one. */
  guint start = f->line_start[4];
  guint end = start + strlen ("The spokesman said");
  g_autofree char *expected = masar_file_text_substring (f->text, start, end);
  g_autofree char *got = NULL;
  g_autofree char *expected_ar = masar_file_text_substring (f->text, f->line_start[2] + 4, f->line_start[2] + 12);
  g_autofree char *got_ar = NULL;

  masar_reader_show_span (f->reader, f->article, start, end);
  g_assert_true (masar_reader_get_article (f->reader) == f->article);
  g_assert_false (masar_reader_get_whole_file (f->reader));
  got = highlight_text (f->reader);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpstr (got, ==, "The spokesman said");

  masar_reader_show_span (f->reader, f->article, f->line_start[2] + 4, f->line_start[2] + 12);
  got_ar = highlight_text (f->reader);
  g_assert_cmpstr (got_ar, ==, expected_ar);

  /* The same span stays highlighted in the whole file. */
  masar_reader_set_whole_file (f->reader, TRUE);
  g_clear_pointer (&got_ar, g_free);
  got_ar = highlight_text (f->reader);
  g_assert_cmpstr (got_ar, ==, expected_ar);

  masar_reader_clear_highlight (f->reader);
  g_assert_false (masar_reader_get_highlight (f->reader, NULL, NULL));
}

static void
test_span_outside_paragraphs (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *got = NULL;

  /* The "related articles" line was cleaned away: the reader must switch to the file. */
  masar_reader_show_span (f->reader, f->article, f->line_start[3], f->line_end[3]);
  g_assert_true (masar_reader_get_whole_file (f->reader));
  got = highlight_text (f->reader);
  g_assert_cmpstr (got, ==, file_lines[3]);
}

static void
test_paragraph_direction (Fixture       *f,
                          gconstpointer  data)
{
  GtkTextView *view = masar_reader_get_text_view (f->reader);
  GtkTextBuffer *buffer;
  GtkTextDirection dirs[] = { GTK_TEXT_DIR_LTR, GTK_TEXT_DIR_RTL };

  /* The reader gives the view a new buffer for every article: take it afterwards. */
  masar_reader_set_article (f->reader, f->article);
  buffer = gtk_text_view_get_buffer (view);

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      GtkTextIter ar_start, latin_start;
      GdkRectangle ar_rect, latin_rect;
      int width;
      g_autofree char *clean = buffer_text (f->reader);
      const char *latin = strstr (clean, "The spokesman");

      gtk_widget_set_direction (GTK_WIDGET (view), dirs[d]);
      wait_for_layout (GTK_WIDGET (f->window));

      width = gtk_widget_get_width (GTK_WIDGET (view));
      g_assert_cmpint (width, >, 200);
      g_assert_nonnull (latin);

      gtk_text_buffer_get_start_iter (buffer, &ar_start);
      gtk_text_buffer_get_iter_at_offset (buffer, &latin_start, g_utf8_pointer_to_offset (clean, latin));
      gtk_text_view_get_iter_location (view, &ar_start, &ar_rect);
      gtk_text_view_get_iter_location (view, &latin_start, &latin_rect);

      /* Whatever the widget's direction, the Arabic paragraph starts at the right edge and
       * the Latin one at the left edge. */
      g_test_message ("direction %d: width %d, Arabic starts at x=%d, Latin at x=%d",
                      dirs[d], width, ar_rect.x, latin_rect.x);
      g_assert_cmpint (ar_rect.x, >, width * 3 / 4);
      g_assert_cmpint (latin_rect.x, <, width / 4);
    }
}

static void
test_events_file_article (void)
{
  g_autoptr(MasarEventSet) set = masar_event_set_new ();
  g_autoptr(MasarArticle) article = masar_article_new ("x.txt", 0);
  g_autoptr(MasarEvent) event = masar_event_new ("e1", MASAR_EVENT_TALKS);
  g_autoptr(MasarEvent) event2 = masar_event_new ("e2", MASAR_EVENT_STATEMENT);
  const char *sentence = "عقد الوفدان جولة محادثات جديدة.";
  const char *sentence2 = "قال المتحدث إن الأجواء كانت إيجابية.";
  GtkWidget *window = gtk_window_new ();
  MasarReader *reader = MASAR_READER (masar_reader_new ());
  g_autofree char *shown = NULL;
  g_autofree char *got = NULL;
  guint len2 = g_utf8_strlen (sentence2, -1);

  masar_article_set_id (article, "a7");
  masar_event_set_add_article (set, article);
  masar_event_add_source (event, "a7", 100, 100 + g_utf8_strlen (sentence, -1), sentence);
  masar_event_add_source (event2, "a7", 300, 300 + len2, sentence2);
  masar_event_set_add_event (set, event);
  masar_event_set_add_event (set, event2);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (reader));
  masar_reader_set_event_set (reader, set);
  masar_reader_show_span (reader, article, 300, 300 + len2);

  shown = buffer_text (reader);
  g_assert_nonnull (strstr (shown, sentence));
  g_assert_nonnull (strstr (shown, sentence2));
  got = highlight_text (reader);
  g_assert_cmpstr (got, ==, sentence2);
  g_assert_false (masar_reader_get_whole_file (reader));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_meta_line (void)
{
  g_autoptr(MasarArticle) article = masar_article_new ("x.txt", 0);
  MasarDate date = { 2025, 12, 3 };
  g_autofree char *unknown = NULL;
  g_autofree char *known = NULL;

  masar_article_set_outlet (article, "البلاد");
  unknown = masar_format_article_meta (article);
  g_assert_nonnull (strstr (unknown, "البلاد"));
  g_assert_nonnull (strstr (unknown, "Date unknown"));

  masar_article_set_published (article, &date, MASAR_DATE_BASIS_EXPLICIT);
  known = masar_format_article_meta (article);
  g_assert_nonnull (strstr (known, "2025"));
  g_assert_nonnull (strstr (known, "December"));
  g_assert_nonnull (strstr (known, "written in the text"));
}

/* Dates for display come from ICU in the given locale, as on the timeline's axis. */
static void
test_date_display (void)
{
  MasarDate day = { 2022, 3, 29 };
  MasarDate month = { 2022, 3, 0 };
  MasarDate year = { 2024, 0, 0 };
  MasarDate unset = MASAR_DATE_INIT;
  g_autofree char *en_day = masar_date_format_for_display (&day, "en_US");
  g_autofree char *en_month = masar_date_format_for_display (&month, "en_US");
  g_autofree char *en_year = masar_date_format_for_display (&year, "en_US");
  g_autofree char *ar_day = masar_date_format_for_display (&day, "ar");
  g_autofree char *ar_month = masar_date_format_for_display (&month, "ar");
  g_autofree char *ar_year = masar_date_format_for_display (&year, "ar");
  g_autofree char *en_again = masar_date_format_for_display (&day, "en_US");
  g_autofree char *ui_day = masar_format_date (&day);

  g_assert_cmpstr (en_day, ==, "March 29, 2022");
  g_assert_cmpstr (en_month, ==, "March 2022");
  g_assert_cmpstr (en_year, ==, "2024");
  /* Arabic: month name and Arabic-Indic digits, no Latin digit left. */
  g_assert_nonnull (strstr (ar_day, "مارس"));
  g_assert_nonnull (strstr (ar_day, "٢٠٢٢"));
  g_assert_nonnull (strstr (ar_day, "٢٩"));
  g_assert_nonnull (strstr (ar_month, "مارس"));
  g_assert_null (strstr (ar_month, "٢٩"));
  g_assert_cmpstr (ar_year, ==, "٢٠٢٤");
  for (const char *p = ar_day; *p != '\0'; p++)
    g_assert_false (g_ascii_isdigit (*p));
  /* Switching locales back and forth does not keep a stale format. */
  g_assert_cmpstr (en_again, ==, en_day);
  g_assert_null (masar_date_format_for_display (&unset, "ar"));

  /* The UI's own (the process locale, C.UTF-8 in tests): English-like, Latin digits. */
  g_assert_nonnull (ui_day);
  g_assert_nonnull (strstr (ui_day, "2022"));
  g_assert_nonnull (strstr (ui_day, "29"));
  g_assert_nonnull (strstr (ui_day, "Mar"));
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

  g_test_add ("/masar/reader/clean-text", Fixture, NULL, fixture_set_up, test_clean_text, fixture_tear_down);
  g_test_add ("/masar/reader/whole-file", Fixture, NULL, fixture_set_up, test_whole_file, fixture_tear_down);
  g_test_add ("/masar/reader/span-in-paragraph", Fixture, NULL, fixture_set_up, test_span_in_paragraph, fixture_tear_down);
  g_test_add ("/masar/reader/span-outside-paragraphs", Fixture, NULL, fixture_set_up, test_span_outside_paragraphs, fixture_tear_down);
  g_test_add ("/masar/reader/paragraph-direction", Fixture, NULL, fixture_set_up, test_paragraph_direction, fixture_tear_down);
  g_test_add_func ("/masar/reader/events-file-article", test_events_file_article);
  g_test_add_func ("/masar/reader/meta-line", test_meta_line);
  g_test_add_func ("/masar/reader/date-display", test_date_display);

  return g_test_run ();
}
