/* test-ingest.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "masar-ingest.h"

typedef struct
{
  GPtrArray *articles;
  GPtrArray *problems;
} Result;

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->articles, g_ptr_array_unref);
  g_clear_pointer (&r->problems, g_ptr_array_unref);
}

static void
ingest (const char *dir,
        const char *name,
        Result     *r)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "ingest", dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  r->articles = g_ptr_array_new_with_free_func (g_object_unref);
  r->problems = g_ptr_array_new_with_free_func (g_object_unref);
  masar_ingest_file (file, name, MASAR_INGEST_DEFAULT_MAX_BYTES, NULL, r->articles, r->problems, NULL);
}

static char *
span_text (MasarArticle *article)
{
  MasarSpan span = masar_article_get_span (article);

  return masar_file_text_substring (masar_article_get_file_text (article), span.start, span.end);
}

static char *
clean_text (MasarArticle *article)
{
  return masar_article_dup_clean_text (article);
}

static void
assert_date (MasarArticle   *article,
             const char     *iso,
             MasarDateBasis  basis)
{
  g_autofree char *got = masar_article_dup_published_iso (article);

  g_assert_cmpstr (got, ==, iso);
  g_assert_cmpint (masar_article_get_published_basis (article), ==, basis);
}

/* Every paragraph lies inside the span, in order, and is a whole trimmed line. */
static void
assert_paragraphs_sane (MasarArticle *article)
{
  const GArray *paras = masar_article_get_paragraphs (article);
  MasarSpan span = masar_article_get_span (article);
  guint prev_end = span.start;

  g_assert_cmpuint (paras->len, >, 0);
  for (guint i = 0; i < paras->len; i++)
    {
      MasarSpan p = g_array_index (paras, MasarSpan, i);
      g_autofree char *text = masar_file_text_substring (masar_article_get_file_text (article), p.start, p.end);

      g_assert_cmpuint (p.start, >=, prev_end);
      g_assert_cmpuint (p.end, <=, span.end);
      g_assert_cmpuint (p.end, >, p.start);
      g_assert_false (g_ascii_isspace (text[0]));
      g_assert_null (strchr (text, '\n'));
      prev_end = p.end;
    }
}

static void
test_split_and_boilerplate (void)
{
  Result r = { 0 };
  MasarArticle *a0, *a1;
  g_autofree char *span0 = NULL;
  g_autofree char *span1 = NULL;
  g_autofree char *clean0 = NULL;
  g_autofree char *clean1 = NULL;

  ingest ("text", "page-split.txt", &r);
  g_assert_cmpuint (r.problems->len, ==, 0);
  g_assert_cmpuint (r.articles->len, ==, 2);
  a0 = g_ptr_array_index (r.articles, 0);
  a1 = g_ptr_array_index (r.articles, 1);

  g_assert_cmpuint (masar_article_get_segment (a0), ==, 0);
  g_assert_cmpuint (masar_article_get_segment (a1), ==, 1);

  /* The ticker, the menu and the crawl banner above the headline are not the article. */
  span0 = span_text (a0);
  g_assert_true (g_str_has_prefix (span0, "الوسطاء يقترحون هدنة"));
  g_assert_cmpstr (masar_article_get_title (a0), ==, "الوسطاء يقترحون هدنة لمدة ثلاثين يوماً في الجولة الخامسة");
  g_assert_cmpstr (masar_article_get_outlet (a0), ==, "صحيفة الاختبار");
  /* The publication line, not the crawl banner (2026-01-15). */
  assert_date (a0, "2025-03-05", MASAR_DATE_BASIS_EXPLICIT);
  g_assert_true (g_str_has_suffix (span0, "في ختام الجلسة."));

  clean0 = clean_text (a0);
  g_assert_nonnull (strstr (clean0, "أعلن الوسطاء اليوم"));
  g_assert_nonnull (strstr (clean0, "وأكد الوفدان"));
  g_assert_null (strstr (clean0, "اعلان"));
  g_assert_null (strstr (clean0, "صورة من قاعة"));
  g_assert_null (strstr (clean0, "الوسطاء يصلون"));
  g_assert_null (strstr (clean0, "كلمات دلالية"));
  g_assert_null (strstr (clean0, "شارك"));
  g_assert_null (strstr (clean0, "أسعار القهوة"));
  g_assert_cmpuint (masar_article_get_paragraphs (a0)->len, ==, 3);
  assert_paragraphs_sane (a0);

  span1 = span_text (a1);
  g_assert_true (g_str_has_prefix (span1, "البرلمان يناقش قانون الموازنة الجديدة"));
  g_assert_cmpstr (masar_article_get_title (a1), ==, "البرلمان يناقش قانون الموازنة الجديدة");
  g_assert_cmpstr (masar_article_get_outlet (a1), ==, "وكالة الأنباء التجريبية");
  /* no date of its own: the page's, as a weak hint */
  assert_date (a1, "2025-03-05", MASAR_DATE_BASIS_WEAK);
  clean1 = clean_text (a1);
  g_assert_null (strstr (clean1, "الحكومة تقدم الموازنة"));
  g_assert_cmpuint (masar_article_get_paragraphs (a1)->len, ==, 2);
  assert_paragraphs_sane (a1);

  /* The two articles do not overlap. */
  g_assert_cmpuint (masar_article_get_span (a0).end, <, masar_article_get_span (a1).start);
  result_clear (&r);
}

static void
test_read_also_list (void)
{
  Result r = { 0 };
  MasarArticle *a;
  g_autofree char *clean = NULL;

  ingest ("text", "read-also-list.txt", &r);
  /* "اقرأ أيضاً" followed by links only is a list, not a second article. */
  g_assert_cmpuint (r.articles->len, ==, 1);
  a = g_ptr_array_index (r.articles, 0);
  g_assert_cmpstr (masar_article_get_title (a), ==, "وفد تجاري يزور العاصمة لبحث التعاون الاقتصادي");
  /* A copyright year is a weak hint. */
  assert_date (a, "2023", MASAR_DATE_BASIS_WEAK);
  g_assert_cmpstr (masar_article_get_outlet (a), ==, "Test Outlet");
  clean = clean_text (a);
  g_assert_null (strstr (clean, "أسعار النفط"));
  g_assert_null (strstr (clean, "Copyright"));
  result_clear (&r);
}

static void
test_bare (void)
{
  Result r = { 0 };
  MasarArticle *a;

  ingest ("text", "bare.txt", &r);
  g_assert_cmpuint (r.articles->len, ==, 1);
  a = g_ptr_array_index (r.articles, 0);
  /* No headline: the first sentence; no date anywhere: unknown, never invented. */
  g_assert_cmpstr (masar_article_get_title (a), ==,
                   "ذكرت مصادر دبلوماسية أن الاتصالات بين العاصمتين استؤنفت بعد توقف دام عدة أشهر");
  assert_date (a, NULL, MASAR_DATE_BASIS_UNKNOWN);
  g_assert_cmpuint (masar_article_get_span (a).start, ==, 0);
  result_clear (&r);
}

static void
test_encodings_same_article (void)
{
  const char *files[] = { "utf8.txt", "utf8-bom.txt", "utf16le.txt", "utf16be.txt",
                          "windows-1256.txt", "iso-8859-6.txt" };
  const char *encodings[] = { "UTF-8", "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1256", "ISO-8859-6" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      Result r = { 0 };
      MasarArticle *a;
      MasarSpan span;

      ingest ("enc", files[i], &r);
      g_assert_cmpuint (r.problems->len, ==, 0);
      g_assert_cmpuint (r.articles->len, ==, 1);
      a = g_ptr_array_index (r.articles, 0);
      g_assert_cmpstr (masar_article_get_encoding (a), ==, encodings[i]);
      g_assert_cmpstr (masar_article_get_title (a), ==, "مفاوضات جديدة بين الوفدين في جنيف");
      span = masar_article_get_span (a);
      /* The BOM is not part of the text: offsets are the same in every encoding. */
      g_assert_cmpuint (span.start, ==, 0);
      g_assert_cmpuint (span.end, ==, 201);
      g_assert_cmpuint (masar_article_get_paragraphs (a)->len, ==, 2);
      result_clear (&r);
    }
}

static void
test_invalid_is_partial (void)
{
  Result r = { 0 };
  MasarProblem *p;

  ingest ("enc", "invalid-utf8.txt", &r);
  g_assert_cmpuint (r.articles->len, ==, 1);
  g_assert_cmpuint (r.problems->len, ==, 1);
  p = g_ptr_array_index (r.problems, 0);
  g_assert_cmpint (masar_problem_get_kind (p), ==, MASAR_PROBLEM_PARTIAL);
  g_assert_nonnull (strstr (masar_problem_get_message (p), "4 invalid"));
  g_assert_cmpstr (masar_problem_get_file (p), ==, "invalid-utf8.txt");
  result_clear (&r);
}

static void
test_skipped (void)
{
  const char *files[] = { "empty.txt", "blank.txt", "binary.dat", "photo.png" };
  const char *reasons[] = { "empty", "empty", "binary", "not an article file" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      Result r = { 0 };
      MasarProblem *p;

      ingest ("text", files[i], &r);
      g_assert_cmpuint (r.articles->len, ==, 0);
      g_assert_cmpuint (r.problems->len, ==, 1);
      p = g_ptr_array_index (r.problems, 0);
      g_assert_cmpint (masar_problem_get_kind (p), ==, MASAR_PROBLEM_SKIPPED);
      g_assert_nonnull (strstr (masar_problem_get_message (p), reasons[i]));
      result_clear (&r);
    }
}

static void
test_html (void)
{
  const char *files[] = { "page.html", "page-1256.htm" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      Result r = { 0 };
      MasarArticle *a;
      g_autofree char *all = NULL;
      g_autofree char *clean = NULL;

      ingest ("html", files[i], &r);
      g_assert_cmpuint (r.problems->len, ==, 0);
      g_assert_cmpuint (r.articles->len, ==, 1);
      a = g_ptr_array_index (r.articles, 0);
      g_assert_cmpstr (masar_article_get_title (a), ==, "الوسطاء يعلنون موعد الجولة المقبلة من المحادثات");
      g_assert_cmpstr (masar_article_get_outlet (a), ==, "موقع الاختبار");
      g_assert_cmpstr (masar_article_get_url (a), ==, "https://example.test/news/1");
      assert_date (a, "2025-04-02", MASAR_DATE_BASIS_EXPLICIT);

      /* The file text is the extracted text: no markup, scripts, navigation or footer. */
      all = g_strdup (masar_file_text_get_text (masar_article_get_file_text (a)));
      g_assert_null (strchr (all, '<'));
      g_assert_null (strstr (all, "لا يجب أن يظهر"));
      g_assert_null (strstr (all, "color: red"));
      g_assert_null (strstr (all, "العالم"));
      g_assert_null (strstr (all, "شارك على فيسبوك"));
      g_assert_null (strstr (all, "خبر جانبي"));
      g_assert_null (strstr (all, "جميع الحقوق"));
      clean = clean_text (a);
      g_assert_nonnull (strstr (clean, "وقال بيان صادر عن فريق الوساطة إن جدول الأعمال يشمل"));
      g_assert_cmpuint (masar_article_get_paragraphs (a)->len, ==, 4);
      assert_paragraphs_sane (a);
      result_clear (&r);
    }
}

static void
test_json (void)
{
  const char *files[] = { "records.jsonl", "records.json" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      Result r = { 0 };
      MasarArticle *a0, *a1;
      g_autofree char *span0 = NULL;

      ingest ("json", files[i], &r);
      g_assert_cmpuint (r.articles->len, ==, 2);
      /* One bad line (JSONL) or one record without text (JSON). */
      g_assert_cmpuint (r.problems->len, ==, 1);
      g_assert_cmpint (masar_problem_get_kind (g_ptr_array_index (r.problems, 0)), ==, MASAR_PROBLEM_PARTIAL);

      a0 = g_ptr_array_index (r.articles, 0);
      a1 = g_ptr_array_index (r.articles, 1);
      g_assert_cmpuint (masar_article_get_segment (a1), ==, 1);
      g_assert_cmpstr (masar_article_get_title (a0), ==, "الوفدان يتفقان على تبادل جديد للأسرى");
      g_assert_cmpstr (masar_article_get_outlet (a0), ==, "example.test");
      g_assert_cmpstr (masar_article_get_url (a0), ==, "https://example.test/a");
      assert_date (a0, "2025-06-10", MASAR_DATE_BASIS_EXPLICIT);
      g_assert_cmpstr (masar_article_get_outlet (a1), ==, "وكالة الاختبار");
      assert_date (a1, "2025-06-11", MASAR_DATE_BASIS_EXPLICIT);
      span0 = span_text (a0);
      g_assert_true (g_str_has_prefix (span0, "الوفدان يتفقان"));
      g_assert_true (g_str_has_suffix (span0, "خلال الأسبوع المقبل."));
      g_assert_cmpuint (masar_article_get_paragraphs (a0)->len, ==, 2);
      g_assert_cmpuint (masar_article_get_paragraphs (a1)->len, ==, 1);
      result_clear (&r);
    }

  {
    Result r = { 0 };

    ingest ("json", "events.json", &r);
    g_assert_cmpuint (r.articles->len, ==, 0);
    g_assert_cmpuint (r.problems->len, ==, 1);
    result_clear (&r);
  }
}

static void
test_find_date (void)
{
  static const struct
  {
    const char *text;
    const char *iso;
  } cases[] = {
    { "نشر في الأيام 24 يوم 03 - 12 - 2025", "2025-12-03" },
    { "2025-07-02T10:00", "2025-07-02" },
    { "الأحد ٢٥ أيار ٢٠٢٥", "2025-05-25" },
    { "3 كانون الأول 2024", "2024-12-03" },
    { "الخميس 14 فبراير/شباط 2025", "2025-02-14" },
    { "December 3, 2025", "2025-12-03" },
    { "31/02/2025", NULL },
    { "منذ عام 2022", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      MasarDate d = MASAR_DATE_INIT;
      gboolean found = masar_ingest_find_date (cases[i].text, &d);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (found, ==, cases[i].iso != NULL);
      if (found)
        {
          g_autofree char *iso = masar_date_to_iso (&d);

          g_assert_cmpstr (iso, ==, cases[i].iso);
        }
    }
}

static void
test_hints (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "ingest", "text", "page-split.txt", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  MasarIngestHints hints = { 0 };
  MasarSpan second;
  guint split;
  const char *p;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  masar_ingest_data ((const guint8 *) contents, length, "page-split.txt", MASAR_INGEST_FORMAT_TEXT,
                     NULL, articles, problems);
  g_assert_cmpuint (articles->len, ==, 2);
  second = masar_article_get_span (g_ptr_array_index (articles, 1));

  /* Merge: the user says the second article belongs to the first. */
  hints.merge_at = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (hints.merge_at, second.start);
  g_ptr_array_set_size (articles, 0);
  masar_ingest_data ((const guint8 *) contents, length, "page-split.txt", MASAR_INGEST_FORMAT_TEXT,
                     &hints, articles, problems);
  g_assert_cmpuint (articles->len, ==, 1);
  g_assert_cmpuint (masar_article_get_span (g_ptr_array_index (articles, 0)).end, ==, second.end);
  g_array_unref (hints.merge_at);
  hints.merge_at = NULL;

  /* Split: the user starts an article at "وأكد الوفدان". */
  p = strstr (contents, "وأكد الوفدان");
  g_assert_nonnull (p);
  split = g_utf8_pointer_to_offset (contents, p);
  hints.split_at = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (hints.split_at, split);
  g_ptr_array_set_size (articles, 0);
  masar_ingest_data ((const guint8 *) contents, length, "page-split.txt", MASAR_INGEST_FORMAT_TEXT,
                     &hints, articles, problems);
  g_assert_cmpuint (articles->len, ==, 3);
  g_assert_cmpuint (masar_article_get_span (g_ptr_array_index (articles, 1)).start, ==, split);
  g_array_unref (hints.split_at);
}

static void
test_long_line_and_cap (void)
{
  /* A file of one 3 MB line, read with a 1 MB cap: truncated and reported, no crash. */
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("masar-ingest-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  MasarProblem *p;

  while (s->len < 3 * 1024 * 1024)
    g_string_append (s, "قال المتحدث إن المحادثات مستمرة. ");
  g_assert_true (g_file_set_contents (path, s->str, s->len, NULL));

  masar_ingest_file (file, "long.txt", 1024 * 1024, NULL, articles, problems, NULL);
  g_assert_cmpuint (problems->len, ==, 1);
  p = g_ptr_array_index (problems, 0);
  g_assert_cmpint (masar_problem_get_kind (p), ==, MASAR_PROBLEM_PARTIAL);
  g_assert_nonnull (strstr (masar_problem_get_message (p), "too large"));
  g_assert_cmpuint (articles->len, ==, 1);
  g_assert_cmpuint (masar_file_text_get_n_bytes (masar_article_get_file_text (g_ptr_array_index (articles, 0))),
                    <=, 1024 * 1024);

  g_remove (path);
  g_rmdir (dir);
}

/* Two invented body paragraphs, so that a page has an article below its header lines. */
#define BODY \
  "وقال المتحدث باسم الوزارة إن الوفدين ناقشا ملفات عدة خلال الاجتماع الذي استمر ساعات.\n\n" \
  "وأضاف أن جولة جديدة من المحادثات قد تعقد في وقت لاحق من الشهر المقبل بحسب المصادر.\n"

#define TITLE "الوفدان يختتمان جولة محادثات جديدة دون اتفاق نهائي\n"

static void
test_publication_dates (void)
{
  static const struct
  {
    const char     *page;
    const char     *iso;        /* NULL: no date */
    MasarDateBasis  basis;
    const char     *outlet;     /* NULL: not checked */
  } cases[] = {
    /* A date line under the title, weekday first. */
    { TITLE "الجمعة 17 أكتوبر 2025\n\n" BODY, "2025-10-17", MASAR_DATE_BASIS_EXPLICIT, NULL },
    /* "نشر بتاريخ" with a numeric year-first date. */
    { TITLE "نشر بتاريخ 2025/10/17\n\n" BODY, "2025-10-17", MASAR_DATE_BASIS_EXPLICIT, NULL },
    { TITLE "تاريخ النشر: 16/10/2025\n\n" BODY, "2025-10-16", MASAR_DATE_BASIS_EXPLICIT, NULL },
    /* An update date stands in for a missing publication date … */
    { TITLE "آخر تحديث: الجمعة، 17 أكتوبر 2025 - 22:30 بتوقيت مكة\n\n" BODY, "2025-10-17",
      MASAR_DATE_BASIS_EXPLICIT, NULL },
    /* … but not for a real one. */
    { TITLE "تاريخ النشر: 16/10/2025\nآخر تحديث: 18/10/2025\n\n" BODY, "2025-10-16",
      MASAR_DATE_BASIS_EXPLICIT, NULL },
    { TITLE "آخر تحديث: 18/10/2025\n\n" BODY "\nنشر في جريدة الميدان يوم 16 - 10 - 2025\n", "2025-10-16",
      MASAR_DATE_BASIS_EXPLICIT, "جريدة الميدان" },
    /* A time, then the date. */
    { TITLE "- 12:30 م 17/10/2025\n\n" BODY, "2025-10-17", MASAR_DATE_BASIS_EXPLICIT, NULL },
    /* A masthead above the title: outlet | date (Maghrebi month names). */
    { "جريدة النهار المحلية | الثلاثاء 29 يوليوز 2025\n\n" TITLE "\n" BODY, "2025-07-29",
      MASAR_DATE_BASIS_EXPLICIT, "جريدة النهار المحلية" },
    { TITLE "\nبوابة الميزان – 24 شتنبر 2025\n\n" BODY, "2025-09-24", MASAR_DATE_BASIS_EXPLICIT,
      "بوابة الميزان" },
    /* Outlet – place، date. */
    { TITLE "\nوكالة النجم – واشنطن، 25 أبريل 2024\n\n" BODY, "2024-04-25", MASAR_DATE_BASIS_EXPLICIT,
      "وكالة النجم" },
    /* The outlet alone on its line, then a Hijri date with its Gregorian equivalent. */
    { "صحيفة الواحة\nالاثنين 2 ربيع الأول 1447 هـ – الموافق 25 أغسطس 2025 م\n\n" TITLE "\n" BODY,
      "2025-08-25", MASAR_DATE_BASIS_EXPLICIT, "صحيفة الواحة" },
    /* Levantine month and Arabic-Indic digits. */
    { TITLE "الأربعاء ١٩ آذار/مارس ٢٠٢٥ - 10:42\n\n" BODY, "2025-03-19", MASAR_DATE_BASIS_EXPLICIT, NULL },
    /* The page's furniture after a bar: the city and its weather, the last update. */
    { TITLE "الخميس 17 تشرين الأول 2024 | بيروت  18°\n\n" BODY, "2024-10-17", MASAR_DATE_BASIS_EXPLICIT, NULL },
    { TITLE "الخميس 17 تشرين الأول 2024 - 09:12  |  آخر تحديث: 11:40\n\n" BODY, "2024-10-17",
      MASAR_DATE_BASIS_EXPLICIT, NULL },
    /* … but not a headline after a bar. */
    { TITLE "الخميس 17 تشرين الأول 2024 | زيلينسكي يعرض خطة النصر أمام البرلمان في كييف ويطالب بدعوة فورية\n\n" BODY,
      NULL, MASAR_DATE_BASIS_UNKNOWN, NULL },
    /* A time first, the update after it in parentheses. */
    { TITLE "19:42 04.09.2023 (محدثة: 21:15 04.09.2023)\n\n" BODY, "2023-09-04", MASAR_DATE_BASIS_EXPLICIT, NULL },
    /* The number after the date. */
    { TITLE "الخميس ١٧ أغسطس ٢٠٢٣ - العدد ١٧٢٣١\n\n" BODY, "2023-08-17", MASAR_DATE_BASIS_EXPLICIT, NULL },
    /* Furniture spaced like a ticker, or barred like a menu. */
    { TITLE "الثلاثاء، 20 أيار 2025 - 11:05 ص     |     عمّان 27°\n\n" BODY, "2025-05-20",
      MASAR_DATE_BASIS_EXPLICIT, NULL },
    { TITLE "2025/10/27 | 09:14 | المشاهدات: 2147\n\n" BODY, "2025-10-27", MASAR_DATE_BASIS_EXPLICIT, NULL },
    /* Only the article's address holds a date. */
    { TITLE "arabic.example.com/world/article/2025/07/23/talks-end\n\n" BODY, "2025-07-23",
      MASAR_DATE_BASIS_INFERRED, NULL },
    /* A long headline, read as body until the date line under it. */
    { "مراسلنا\n\nالهدنة الروسية تدخل يومها الثاني وسط اتهامات متبادلة بخرقها وترامب يطالب بوقف غير مشروط لإطلاق النار لمدة ثلاثين يوما\n"
      "الجمعة، ٩ مايو ٢٠٢٥ - ١١:٤٠ ص\n\n" BODY, "2025-05-09", MASAR_DATE_BASIS_EXPLICIT, NULL },
    /* Dashes between the day, the month's name and the year. */
    { TITLE "16 - ديسمبر - 2025\n\n" BODY, "2025-12-16", MASAR_DATE_BASIS_EXPLICIT, NULL },
    /* The date of the lead's dateline. */
    { TITLE "\nموسكو، 17 أكتوبر 2025 (وكالات) – قال المتحدث باسم الكرملين إن موسكو تدرس المقترح الجديد بعناية.\n\n" BODY,
      "2025-10-17", MASAR_DATE_BASIS_EXPLICIT, NULL },
    /* A date inside a sentence is an event's date, not the page's. */
    { TITLE "\nقال المتحدث إن الجولة السابقة عقدت في 14 يوليوز 2025 – بحسب ما أعلن – في إسطنبول دون نتائج.\n\n" BODY,
      NULL, MASAR_DATE_BASIS_UNKNOWN, NULL },
    /* A headline that mentions a date is a headline. */
    { "قمة 15 أغسطس 2025 في ألاسكا تنتهي بلا اتفاق\n\n" BODY, NULL, MASAR_DATE_BASIS_UNKNOWN, NULL },
    /* A crawl banner's date is not the publication date. */
    { "تاريخ الزحف: 2025-11-01 10:00\n\n" TITLE "\n" BODY, NULL, MASAR_DATE_BASIS_UNKNOWN, NULL },
    /* A weekday without a year places nothing. */
    { TITLE "الجمعة 17 أكتوبر\n\n" BODY, NULL, MASAR_DATE_BASIS_UNKNOWN, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MasarFileText) text = masar_file_text_new (cases[i].page, -1);
      g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
      MasarArticle *a;
      g_autofree char *iso = NULL;

      g_test_message ("case %" G_GSIZE_FORMAT, i);
      masar_ingest_text (text, "page.txt", "UTF-8", NULL, articles);
      g_assert_cmpuint (articles->len, ==, 1);
      a = g_ptr_array_index (articles, 0);
      iso = masar_article_dup_published_iso (a);
      g_assert_cmpstr (iso, ==, cases[i].iso);
      g_assert_cmpint (masar_article_get_published_basis (a), ==, cases[i].basis);
      if (cases[i].outlet != NULL)
        g_assert_cmpstr (masar_article_get_outlet (a), ==, cases[i].outlet);
      /* Date and outlet lines are never the title. */
      g_assert_false (g_str_has_prefix (masar_article_get_title (a), "صحيفة"));
      g_assert_false (g_str_has_prefix (masar_article_get_title (a), "جريدة"));
      g_assert_null (strstr (masar_article_get_title (a), "2025 -"));
      assert_paragraphs_sane (a);
    }
}

/* "• نص": the paragraph starts at the text, not at the bullet. */
static void
test_bullet_paragraphs (void)
{
  const char *page = TITLE "\n• وقال المتحدث باسم الوزارة إن الوفدين ناقشا ملفات عدة خلال الاجتماع الطويل.\n\n"
                     "- وأضاف أن جولة جديدة من المحادثات قد تعقد في وقت لاحق من الشهر المقبل.\n";
  g_autoptr(MasarFileText) text = masar_file_text_new (page, -1);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  const GArray *paras;

  masar_ingest_text (text, "page.txt", "UTF-8", NULL, articles);
  g_assert_cmpuint (articles->len, ==, 1);
  paras = masar_article_get_paragraphs (g_ptr_array_index (articles, 0));
  g_assert_cmpuint (paras->len, ==, 2);
  for (guint i = 0; i < paras->len; i++)
    {
      MasarSpan p = g_array_index (paras, MasarSpan, i);
      g_autofree char *s = masar_file_text_substring (text, p.start, p.end);

      g_assert_true (g_str_has_prefix (s, "و"));
    }
}

/* A folder's own notes are not articles. */
static void
test_ignored_names (void)
{
  g_assert_true (masar_ingest_is_ignored_name ("README.md"));
  g_assert_true (masar_ingest_is_ignored_name ("readme"));
  g_assert_true (masar_ingest_is_ignored_name ("LICENSE.txt"));
  g_assert_true (masar_ingest_is_ignored_name (".masar-corpus.json"));
  g_assert_true (masar_ingest_is_ignored_name ("page.txt~"));
  g_assert_false (masar_ingest_is_ignored_name ("readme-news.txt"));
  g_assert_false (masar_ingest_is_ignored_name ("01-istanbul.txt"));
}

/* The dev corpus (written for the project, tests/data/dev-corpus) against its gold
 * "articles": segmentation, titles, outlets and the dates its text supports. */
static void
test_dev_corpus (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "dev-corpus", NULL);
  g_autofree char *gold_path = g_test_build_filename (G_TEST_DIST, "data", "dev-corpus.gold.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *gold;

  json_parser_load_from_file (parser, gold_path, &error);
  g_assert_no_error (error);
  gold = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "articles");
  g_assert_cmpuint (json_array_get_length (gold), >, 0);

  for (guint i = 0; i < json_array_get_length (gold); i++)
    {
      JsonObject *g = json_array_get_object_element (gold, i);
      const char *file = json_object_get_string_member (g, "file");
      guint segment = json_object_get_int_member (g, "segment");
      g_autofree char *path = g_build_filename (dir, file, NULL);
      g_autoptr(GFile) gfile = g_file_new_for_path (path);
      g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *iso = NULL;
      g_autofree char *span = NULL;
      MasarArticle *a;

      g_test_message ("%s #%u", file, segment);
      masar_ingest_file (gfile, file, MASAR_INGEST_DEFAULT_MAX_BYTES, NULL, articles, problems, NULL);
      g_assert_cmpuint (articles->len, >, segment);
      a = g_ptr_array_index (articles, segment);
      g_assert_cmpstr (masar_article_get_title (a), ==, json_object_get_string_member (g, "title"));
      g_assert_cmpstr (masar_article_get_outlet (a), ==, json_object_get_string_member (g, "outlet"));
      span = span_text (a);
      g_assert_true (g_str_has_prefix (span, json_object_get_string_member (g, "begins_with")));
      iso = masar_article_dup_published_iso (a);
      if (json_object_get_boolean_member (g, "published_inferable"))
        {
          g_assert_cmpstr (iso, ==, json_object_get_string_member (g, "published"));
          g_assert_cmpint (masar_article_get_published_basis (a), ==, MASAR_DATE_BASIS_EXPLICIT);
        }
      else
        g_assert_true (iso == NULL || strncmp (iso, json_object_get_string_member (g, "published"), 4) <= 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/ingest/split-and-boilerplate", test_split_and_boilerplate);
  g_test_add_func ("/masar/ingest/read-also-list", test_read_also_list);
  g_test_add_func ("/masar/ingest/bare", test_bare);
  g_test_add_func ("/masar/ingest/encodings", test_encodings_same_article);
  g_test_add_func ("/masar/ingest/invalid-is-partial", test_invalid_is_partial);
  g_test_add_func ("/masar/ingest/skipped", test_skipped);
  g_test_add_func ("/masar/ingest/html", test_html);
  g_test_add_func ("/masar/ingest/json", test_json);
  g_test_add_func ("/masar/ingest/find-date", test_find_date);
  g_test_add_func ("/masar/ingest/hints", test_hints);
  g_test_add_func ("/masar/ingest/long-line-cap", test_long_line_and_cap);
  g_test_add_func ("/masar/ingest/publication-dates", test_publication_dates);
  g_test_add_func ("/masar/ingest/bullet-paragraphs", test_bullet_paragraphs);
  g_test_add_func ("/masar/ingest/ignored-names", test_ignored_names);
  g_test_add_func ("/masar/ingest/dev-corpus", test_dev_corpus);

  return g_test_run ();
}
