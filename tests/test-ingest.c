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

/* Ingests @page and returns its first article, its date checked against @iso and @basis. */
static MasarArticle *
ingest_page_header (const char     *page,
                    const char     *iso,
                    MasarDateBasis  basis,
                    GPtrArray      *articles)
{
  g_autoptr(MasarFileText) text = masar_file_text_new (page, -1);
  MasarArticle *a;

  masar_ingest_text (text, "page.txt", "UTF-8", NULL, articles);
  g_assert_cmpuint (articles->len, >=, 1);
  a = g_ptr_array_index (articles, 0);
  assert_date (a, iso, basis);
  assert_paragraphs_sane (a);
  return a;
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
    /* The city first, then the outlet, then the date. */
    { TITLE "\nالرباط – يومية المساء الجديد | 3 دجنبر 2024\n\n" BODY, "2024-12-03", MASAR_DATE_BASIS_EXPLICIT,
      "يومية المساء الجديد" },
    /* A long headline, read as body until the date line under it. */
    { "مراسلنا\n\nالهدنة الروسية تدخل يومها الثاني وسط اتهامات متبادلة بخرقها وترامب يطالب بوقف غير مشروط لإطلاق النار لمدة ثلاثين يوما\n"
      "الجمعة، ٩ مايو ٢٠٢٥ - ١١:٤٠ ص\n\n" BODY, "2025-05-09", MASAR_DATE_BASIS_EXPLICIT, NULL },
    /* A menu whose items are two blanks apart is no title; nor is a scraper's picture note. */
    { "أخبار  تقارير  رأي  منوعات  فيديو  بودكاست\n\n" TITLE "30.05.2025 16:40\n[صورة: الوفدان في القاعة]\n\n" BODY,
      "2025-05-30", MASAR_DATE_BASIS_EXPLICIT, NULL },
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
      g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
      MasarArticle *a;

      g_test_message ("case %" G_GSIZE_FORMAT, i);
      a = ingest_page_header (cases[i].page, cases[i].iso, cases[i].basis, articles);
      g_assert_cmpuint (articles->len, ==, 1);
      if (cases[i].outlet != NULL)
        g_assert_cmpstr (masar_article_get_outlet (a), ==, cases[i].outlet);
      /* Date and outlet lines are never the title. */
      g_assert_false (g_str_has_prefix (masar_article_get_title (a), "صحيفة"));
      g_assert_false (g_str_has_prefix (masar_article_get_title (a), "جريدة"));
      g_assert_null (strstr (masar_article_get_title (a), "2025 -"));
    }
}

/* The date line zoo: page headers as a scraper leaves them (menus, breadcrumbs, mastheads,
 * bylines, share bars, counters, weather, captions), written for this test. Each case gives
 * the page's publication date (NULL: none), its basis, and the headline the title must be
 * (NULL: not checked). Only the first article of the page is checked. */
#define ZOO_BODY \
  "وقال مصدر مطلع إن اللقاء تناول ملفات عدة وإن الطرفين اتفقا على مواصلة التشاور خلال الأيام المقبلة.\n\n" \
  "وأشار المصدر إلى أن اجتماعاً آخر على مستوى الخبراء سيعقد قريباً لبحث التفاصيل الفنية العالقة.\n"

#define H_TRUCE   "الوسطاء يعلنون تمديد الهدنة أسبوعين إضافيين"
#define H_STRAITS "وزير الخارجية يبحث مع نظيره التركي ملف الممرات البحرية"
#define H_BUDGET  "البرلمان يقر قانون الموازنة العامة بعد جلسة ماراثونية"
#define H_MUSCAT  "انطلاق جولة جديدة من المفاوضات النووية في العاصمة العمانية"
#define H_SUDAN   "مجلس الأمن يعقد جلسة طارئة بشأن الأوضاع في السودان"
#define H_OIL     "ارتفاع أسعار النفط بعد قرار أوبك بلس خفض الإنتاج"

/* "اقرأ أيضا" followed by a list of other stories' titles, then a subheading and more of the
 * same story, is one article: the list is no glued second article. */
static void
test_related_list_inside (void)
{
  const char *page =
    "اجتماع جديد حول صيغة السلام يختتم أعماله دون بيان مشترك\n\n"
    "اختتم ممثلو عشرات الدول اجتماعا في فاليتا لبحث صيغة السلام الأوكرانية، دون أن يصدر عنه بيان ختامي مشترك يحظى بإجماع المشاركين.\n\n"
    "وقال المتحدث باسم الكرملين إن موسكو لا ترى أي معنى لاجتماعات تعقد من دون مشاركتها، معتبرا أنها لن تفضي إلى أي نتيجة.\n\n"
    "اقرأ أيضا\n"
    "وزير الخارجية يلتقي نظيره في العاصمة لبحث التعاون\n"
    "ارتفاع أسعار القمح في الأسواق العالمية بعد قرار التصدير\n"
    "افتتاح معرض الكتاب الدولي بمشاركة مئات دور النشر\n\n"
    "الاهتمام يتراجع\n\n"
    "ويأتي الاجتماع في وقت تراجع فيه الاهتمام الدولي بالأزمة، مع انشغال العواصم الغربية بملفات أخرى وتراجع المساعدات.\n\n"
    "وكان اجتماع سابق على المستوى نفسه قد عقد في الصيف الماضي بمشاركة عدد أكبر من الدول النامية والمتقدمة.\n";
  g_autoptr(MasarFileText) text = masar_file_text_new (page, -1);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);

  masar_ingest_text (text, "case.txt", NULL, NULL, articles);
  g_assert_cmpuint (articles->len, ==, 1);
  g_assert_cmpuint (masar_article_get_paragraphs (g_ptr_array_index (articles, 0))->len, ==, 4);
}

static void
test_date_line_zoo (void)
{
  static const struct
  {
    const char     *page;
    const char     *iso;        /* NULL: no date */
    MasarDateBasis  basis;
    const char     *title;      /* NULL: not checked */
  } cases[] = {
    /* 0. Above the headline: a menu, the masthead, then the date. */
    { "الرئيسية | سياسة | اقتصاد | رياضة | منوعات\nصحيفة الرصيف\nالأحد 12 يناير 2025\n\n" H_TRUCE "\n\n" ZOO_BODY,
      "2025-01-12", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* A menu whose items are two blanks apart, then the headline and the date, then a
     * scraper's note of the picture: the headline is the title. */
    { "أخبار  تقارير  رأي  منوعات  فيديو  بودكاست\n\n" H_TRUCE "\n\n30.05.2025 16:40\n[صورة: الوفدان في القاعة]\n\n" ZOO_BODY,
      "2025-05-30", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* 1. A breadcrumb, the headline, "نُشر بتاريخ" with a time. */
    { "الرئيسية > أخبار عربية > فلسطين\n" H_TRUCE "\nنُشر بتاريخ: 03/02/2025 - 14:20\n\n" ZOO_BODY,
      "2025-02-03", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* 2. "نشر في" with the month's name and the hour in words. */
    { H_STRAITS "\nنشر في: 8 مارس 2024 الساعة 10:15 صباحاً\n\n" ZOO_BODY,
      "2024-03-08", MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    /* 3. "تاريخ النشر" year first, with a time. */
    { H_STRAITS "\nتاريخ النشر : 2024-06-30 09:41\n\n" ZOO_BODY,
      "2024-06-30", MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    /* 4. After the byline. */
    { H_BUDGET "\nكتب: محمد عبد الله\nالثلاثاء 14 مايو 2024 - 08:05 م\n\n" ZOO_BODY,
      "2024-05-14", MASAR_DATE_BASIS_EXPLICIT, H_BUDGET },
    /* 5. The byline and the date on one line. */
    { H_BUDGET "\nبقلم: سارة خليل | 22 يوليو 2023\n\n" ZOO_BODY,
      "2023-07-22", MASAR_DATE_BASIS_EXPLICIT, H_BUDGET },
    /* 6. After the lead photo's caption: the city and the date. */
    { H_MUSCAT "\nجانب من الاجتماع في مسقط (أرشيفية)\nمسقط - 11 أبريل 2025\n\n" ZOO_BODY,
      "2025-04-11", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    /* 7. A caption with its credit, then the date. */
    { H_MUSCAT "\nوزيرا الخارجية خلال مؤتمر صحفي مشترك (رويترز)\nالسبت، 5 أكتوبر 2024 - 13:02\n\n" ZOO_BODY,
      "2024-10-05", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    /* 8. A share bar and a counter before the date. */
    { H_SUDAN "\nمشاركة: فيسبوك تويتر واتساب\n1,254 مشاهدة\n2024/12/01 - 10:33\n\n" ZOO_BODY,
      "2024-12-01", MASAR_DATE_BASIS_EXPLICIT, H_SUDAN },
    /* 9. Only the last update, the time first. */
    { H_SUDAN "\nآخر تحديث: 07:45 - 19 فبراير 2025\n\n" ZOO_BODY,
      "2025-02-19", MASAR_DATE_BASIS_EXPLICIT, H_SUDAN },
    /* 10. A relative stamp places nothing without a reference. */
    { H_OIL "\nمنذ 3 ساعات\n\n" ZOO_BODY, NULL, MASAR_DATE_BASIS_UNKNOWN, H_OIL },
    { H_OIL "\nنُشر قبل يومين\n\n" ZOO_BODY, NULL, MASAR_DATE_BASIS_UNKNOWN, H_OIL },
    /* 12. Hijri first, then its Gregorian equivalent. */
    { H_TRUCE "\nالجمعة 14 رمضان 1446 هـ الموافق 14 مارس 2025 م\n\n" ZOO_BODY,
      "2025-03-14", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* 13. Gregorian first, then the Hijri date. */
    { H_TRUCE "\nالأحد 6 أبريل 2025 م - 8 شوال 1446 هـ\n\n" ZOO_BODY,
      "2025-04-06", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* 14. Arabic-Indic digits, numeric. */
    { H_STRAITS "\n٢٠٢٤/٠٩/١٥\n\n" ZOO_BODY, "2024-09-15", MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    /* 15. Persian digits with the month's name, and numeric. */
    { H_STRAITS "\n۱۵ سبتمبر ۲۰۲۴\n\n" ZOO_BODY, "2024-09-15", MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    { H_STRAITS "\n۲۰۲۴/۰۹/۱۶ - ۱۰:۲۰\n\n" ZOO_BODY, "2024-09-16", MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    /* 17. Day first, the time after with "ص". */
    { H_BUDGET "\n15/09/2024 11:20 ص\n\n" ZOO_BODY, "2024-09-15", MASAR_DATE_BASIS_EXPLICIT, H_BUDGET },
    /* 18. Dotted, with the weekday and a barred time. */
    { H_BUDGET "\nالاثنين 03.06.2024 | 16:45\n\n" ZOO_BODY, "2024-06-03", MASAR_DATE_BASIS_EXPLICIT, H_BUDGET },
    /* 19. An ISO 8601 stamp left by the page's metadata. */
    { H_MUSCAT "\n2023-09-04T19:42:00+03:00\n\n" ZOO_BODY, "2023-09-04", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    /* 20. English dates on Arabic sites. */
    { H_MUSCAT "\nSep 4, 2023\n\n" ZOO_BODY, "2023-09-04", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    { H_MUSCAT "\n4 September 2023 | 19:42 GMT+3\n\n" ZOO_BODY, "2023-09-04", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    { H_MUSCAT "\nMonday, 4 September 2023 19:42\n\n" ZOO_BODY, "2023-09-04", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    { H_MUSCAT "\nPublished: 2023-09-04 | Updated: 2023-09-05\n\n" ZOO_BODY, "2023-09-04",
      MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    { H_MUSCAT "\nSeptember 4th, 2023 - 07:42 PM\n\n" ZOO_BODY, "2023-09-04", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    /* 25. Levantine month names. */
    { H_SUDAN "\nالسبت 18 كانون الثاني 2025\n\n" ZOO_BODY, "2025-01-18", MASAR_DATE_BASIS_EXPLICIT, H_SUDAN },
    { H_SUDAN "\nالأربعاء 11 حزيران/يونيو 2025\n\n" ZOO_BODY, "2025-06-11", MASAR_DATE_BASIS_EXPLICIT, H_SUDAN },
    { H_SUDAN "\n11 يونيو (حزيران) 2025\n\n" ZOO_BODY, "2025-06-11", MASAR_DATE_BASIS_EXPLICIT, H_SUDAN },
    /* 28. Moroccan month names. */
    { H_OIL "\nالجمعة 16 ماي 2025\n\n" ZOO_BODY, "2025-05-16", MASAR_DATE_BASIS_EXPLICIT, H_OIL },
    { H_OIL "\n04 غشت 2024\n\n" ZOO_BODY, "2024-08-04", MASAR_DATE_BASIS_EXPLICIT, H_OIL },
    { H_OIL "\nالخميس 21 نونبر 2024 - 18:10\n\n" ZOO_BODY, "2024-11-21", MASAR_DATE_BASIS_EXPLICIT, H_OIL },
    { H_OIL "\n2 دجنبر 2024\n\n" ZOO_BODY, "2024-12-02", MASAR_DATE_BASIS_EXPLICIT, H_OIL },
    /* 32. Algerian and Tunisian month names. */
    { H_TRUCE "\nالثلاثاء 14 جانفي 2025\n\n" ZOO_BODY, "2025-01-14", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    { H_TRUCE "\n27 فيفري 2025\n\n" ZOO_BODY, "2025-02-27", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    { H_TRUCE "\nنشر في 09 أفريل 2025 على الساعة 18:30\n\n" ZOO_BODY, "2025-04-09", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    { H_TRUCE "\n01 جوان 2024\n\n" ZOO_BODY, "2024-06-01", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    { H_TRUCE "\nالأحد 14 جويلية 2024\n\n" ZOO_BODY, "2024-07-14", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    { H_TRUCE "\n25 أوت 2024\n\n" ZOO_BODY, "2024-08-25", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* 38. The article's address carries the date. */
    { H_STRAITS "\nhttps://www.example-news.net/politics/2024/11/05/talks-straits\n\n" ZOO_BODY,
      "2024-11-05", MASAR_DATE_BASIS_INFERRED, H_STRAITS },
    /* 39. The time with "ص" first, then the date. */
    { H_STRAITS "\n10:30 ص - الأحد 2 فبراير 2025\n\n" ZOO_BODY, "2025-02-02", MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    /* 40. The outlet and the date on one line. */
    { H_BUDGET "\nالشرق المتوسط - الإثنين 10 مارس 2025\n\n" ZOO_BODY, "2025-03-10", MASAR_DATE_BASIS_EXPLICIT, H_BUDGET },
    /* 41. The city, the agency and the date. */
    { H_BUDGET "\nدمشق - سانا | 26 كانون الأول 2024\n\n" ZOO_BODY, "2024-12-26", MASAR_DATE_BASIS_EXPLICIT, H_BUDGET },
    /* 42. The weather and the date above the headline. */
    { "عمّان 31° | الأربعاء 23 تموز 2025\n\n" H_MUSCAT "\n\n" ZOO_BODY, "2025-07-23", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    /* 43. Only a crawl banner: no date. */
    { "تم الجلب في 2025-12-03 08:00\n\n" H_SUDAN "\n\n" ZOO_BODY, NULL, MASAR_DATE_BASIS_UNKNOWN, H_SUDAN },
    { "Crawled at: 2025-12-03T08:00:00Z\n\n" H_SUDAN "\n\n" ZOO_BODY, NULL, MASAR_DATE_BASIS_UNKNOWN, H_SUDAN },
    /* 45. Only the footer's copyright year: a weak year, never a written date. */
    { H_SUDAN "\n\n" ZOO_BODY "\nجميع الحقوق محفوظة © 2024 صحيفة المدار\n", "2024", MASAR_DATE_BASIS_WEAK, H_SUDAN },
    /* 46. No date at all. */
    { H_OIL "\n\n" ZOO_BODY, NULL, MASAR_DATE_BASIS_UNKNOWN, H_OIL },
    /* 47. The headline names a date; the date line under it is the page's. */
    { "اجتماع 20 مارس 2025 يحسم مصير الاتفاق النووي\nالخميس 13 مارس 2025\n\n" ZOO_BODY,
      "2025-03-13", MASAR_DATE_BASIS_EXPLICIT, "اجتماع 20 مارس 2025 يحسم مصير الاتفاق النووي" },
    /* 48. The headline names a date and nothing else does. */
    { "ماذا تغير في المنطقة منذ 24 فبراير 2022؟\n\n" ZOO_BODY, NULL, MASAR_DATE_BASIS_UNKNOWN,
      "ماذا تغير في المنطقة منذ 24 فبراير 2022؟" },
    /* 49. A second story under "اقرأ أيضاً" has its own date line. */
    { H_TRUCE "\nالأربعاء 2 أبريل 2025\n\n" ZOO_BODY "\nاقرأ أيضاً\n\n" H_OIL "\nالجمعة 28 مارس 2025\n\n" ZOO_BODY,
      "2025-04-02", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* 50. … and its date is not the first story's. */
    { H_TRUCE "\n\n" ZOO_BODY "\nاقرأ أيضاً\n\n" H_OIL "\nالجمعة 28 مارس 2025\n\n" ZOO_BODY,
      NULL, MASAR_DATE_BASIS_UNKNOWN, H_TRUCE },
    /* 51. The update first, the publication after it. */
    { H_STRAITS "\nآخر تحديث: 12/05/2025 18:00\nتاريخ النشر: 11/05/2025 09:30\n\n" ZOO_BODY,
      "2025-05-11", MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    /* 52. Published and updated on one line. */
    { H_STRAITS "\nنُشر: 11.05.2025 09:30 | حُدّث: 12.05.2025 18:00\n\n" ZOO_BODY,
      "2025-05-11", MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    /* 53. A relative stamp beside the written date. */
    { H_BUDGET "\nمنذ 5 ساعات | 14 مايو 2025\n\n" ZOO_BODY, "2025-05-14", MASAR_DATE_BASIS_EXPLICIT, H_BUDGET },
    /* 54. A readers' counter, then the time and the date. */
    { H_BUDGET "\nعدد القراءات: 532\n12:04 م، 2 نوفمبر 2024\n\n" ZOO_BODY, "2024-11-02", MASAR_DATE_BASIS_EXPLICIT, H_BUDGET },
    /* 55. A date in the lead's sentence does not beat the date line. */
    { H_MUSCAT "\nالاثنين 10 فبراير 2025\n\nوكان الاتفاق قد وقع في 3 يناير 2025 في الدوحة بحضور الوسطاء.\n\n" ZOO_BODY,
      "2025-02-10", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    /* 56. The lead's dateline with the agency after the date. */
    { H_SUDAN "\n\nالخرطوم - 15 يناير 2025 (أ ف ب) - قالت مصادر محلية إن الاشتباكات تجددت في أحياء المدينة.\n\n" ZOO_BODY,
      "2025-01-15", MASAR_DATE_BASIS_EXPLICIT, H_SUDAN },
    /* 57. "يوم" before the weekday. */
    { H_SUDAN "\nيوم الأحد 12/01/2025\n\n" ZOO_BODY, "2025-01-12", MASAR_DATE_BASIS_EXPLICIT, H_SUDAN },
    /* 58. The time and its zone before the date. */
    { H_OIL "\n19:42 (GMT+3) - 04/09/2023\n\n" ZOO_BODY, "2023-09-04", MASAR_DATE_BASIS_EXPLICIT, H_OIL },
    /* 59. The time "بتوقيت غرينتش" after the date. */
    { H_OIL "\n4 سبتمبر 2023 - 09:00 بتوقيت غرينتش\n\n" ZOO_BODY, "2023-09-04", MASAR_DATE_BASIS_EXPLICIT, H_OIL },
    /* 60. The masthead, then a section's name, then the headline and its date. */
    { "صحيفة الأفق\nسياسة\n\n" H_TRUCE "\n2025-03-07 10:00\n\n" ZOO_BODY, "2025-03-07", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* 61. A breadcrumb with slashes, then the headline and a strapline. */
    { "الرئيسية / عربي ودولي /\n\n" H_SUDAN "\nمخاوف من تفاقم الأزمة الإنسانية مع اقتراب موسم الأمطار\n2025-3-7\n\n" ZOO_BODY,
      "2025-03-07", MASAR_DATE_BASIS_EXPLICIT, H_SUDAN },
    /* 62. The share bar one word a line, after the date. */
    { H_OIL "\nالثلاثاء 8 أكتوبر 2024\nشارك\nفيسبوك\nتويتر\nواتساب\nنسخ الرابط\n\n" ZOO_BODY,
      "2024-10-08", MASAR_DATE_BASIS_EXPLICIT, H_OIL },
    /* 63. The weather above, the date under the headline. */
    { "القدس 24° غائم جزئياً\n\n" H_TRUCE "\nالجمعة 9 مايو 2025\n\n" ZOO_BODY, "2025-05-09", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* 64. A caption that names an older date, then the date line. */
    { H_MUSCAT "\nصورة أرشيفية من اجتماع 12 يناير 2024 في مسقط\nالسبت 1 فبراير 2025\n\n" ZOO_BODY,
      "2025-02-01", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    /* 65. The Arabic-Indic date with the time and the Gulf's "م". */
    { H_STRAITS "\nالخميس ٤ سبتمبر ٢٠٢٥ ٠٧:٤٢ م\n\n" ZOO_BODY, "2025-09-04", MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    /* 66. The outlet, the date and the time, like a wire's header. */
    { H_STRAITS "\nأنقرة (الأناضول) – 17 نوفمبر 2024 – 14:05\n\n" ZOO_BODY, "2024-11-17", MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    /* 67. "Sep. 4" with a dot. */
    { H_MUSCAT "\nPublished Sep. 4, 2023 at 7:42 pm\n\n" ZOO_BODY, "2023-09-04", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    /* 68. The month first, as a translated blog template writes it. */
    { H_OIL "\nفبراير 1, 2025\n\n" ZOO_BODY, "2025-02-01", MASAR_DATE_BASIS_EXPLICIT, H_OIL },
    { H_OIL "\nبواسطة أحمد سمير - فبراير 1، 2025\n\n" ZOO_BODY, "2025-02-01", MASAR_DATE_BASIS_EXPLICIT, H_OIL },
    /* 70. A comma before the year, "م" stuck to it. */
    { H_OIL "\nالسبت، 1 فبراير، 2025م\n\n" ZOO_BODY, "2025-02-01", MASAR_DATE_BASIS_EXPLICIT, H_OIL },
    /* 71. Dashes around the weekday, the time with seconds. */
    { H_TRUCE "\nالسبت - 01 فبراير 2025 - 10:15:33\n\n" ZOO_BODY, "2025-02-01", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* 72. The Levantine month with the Egyptian one in parentheses. */
    { H_TRUCE "\nالإثنين، 3 شباط (فبراير) 2025\n\n" ZOO_BODY, "2025-02-03", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* 73. The date first, the byline after it. */
    { H_BUDGET "\n22 يوليو 2023 | بقلم: سارة خليل\n\n" ZOO_BODY, "2023-07-22", MASAR_DATE_BASIS_EXPLICIT, H_BUDGET },
    /* 74. The source line, then "تاريخ الإضافة". */
    { H_BUDGET "\nالمصدر: وكالات\nتاريخ الإضافة: 2025-02-10\n\n" ZOO_BODY, "2025-02-10", MASAR_DATE_BASIS_EXPLICIT, H_BUDGET },
    /* 75. The date in parentheses. */
    { H_STRAITS "\n(الأحد 12 يناير 2025)\n\n" ZOO_BODY, "2025-01-12", MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    /* 76. The date, the comments and the visits. */
    { H_STRAITS "\n10-02-2025 | 0 تعليق | 1234 زيارة\n\n" ZOO_BODY, "2025-02-10", MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    /* 77. The page's structured data left in the text. */
    { H_MUSCAT "\n\"datePublished\": \"2024-11-05T08:00:00Z\"\n\n" ZOO_BODY, "2024-11-05", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    /* 78. A Maghrebi site in French. */
    { H_MUSCAT "\nPublié le 04/09/2023 à 19h42\n\n" ZOO_BODY, "2023-09-04", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    { H_MUSCAT "\nLundi 4 septembre 2023\n\n" ZOO_BODY, "2023-09-04", MASAR_DATE_BASIS_EXPLICIT, H_MUSCAT },
    /* 80. A "عاجل" label above the headline is not the title. */
    { "عاجل\n" H_SUDAN "\nالأحد 9 فبراير 2025\n\n" ZOO_BODY, "2025-02-09", MASAR_DATE_BASIS_EXPLICIT, H_SUDAN },
    /* 81. A breadcrumb that ends with the headline, then the headline. */
    { "الرئيسية » أخبار » " H_STRAITS "\n" H_STRAITS "\n26/01/2025\n\n" ZOO_BODY, "2025-01-26",
      MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    /* 82. A photographer's credit between the headline and the date. */
    { H_OIL "\nتصوير: خالد منصور\nالأربعاء 5 مارس 2025 | 09:10 ص\n\n" ZOO_BODY, "2025-03-05", MASAR_DATE_BASIS_EXPLICIT, H_OIL },
    /* 83. A Hijri date with "الموافق" on the line under it. */
    { H_TRUCE "\nالثلاثاء 22 ذو القعدة 1446 هـ\nالموافق 20 مايو 2025 م\n\n" ZOO_BODY, "2025-05-20",
      MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* 84. A "most read" list with its own dates comes before the article. */
    { "الأكثر قراءة\nارتفاع أسعار الذهب في الأسواق المحلية 2024/12/30\nافتتاح معرض الكتاب الدولي 2024/12/29\n\n"
      H_SUDAN "\nالأربعاء 1 يناير 2025\n\n" ZOO_BODY, "2025-01-01", MASAR_DATE_BASIS_EXPLICIT, H_SUDAN },
    /* 85. An inline "اقرأ أيضاً" link with its own date inside the article. */
    { H_TRUCE "\nالخميس 6 فبراير 2025\n\n"
      "وقال مصدر مطلع إن اللقاء تناول ملفات عدة وإن الطرفين اتفقا على مواصلة التشاور خلال الأيام المقبلة.\n\n"
      "اقرأ أيضاً: الوسطاء يصلون إلى القاهرة لبدء جولة جديدة (2025/01/30)\n\n"
      "وأشار المصدر إلى أن اجتماعاً آخر على مستوى الخبراء سيعقد قريباً لبحث التفاصيل الفنية العالقة.\n",
      "2025-02-06", MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* 86. English: the day first with the month's short name. */
    { H_OIL "\n04 Sep 2023 - 19:42\n\n" ZOO_BODY, "2023-09-04", MASAR_DATE_BASIS_EXPLICIT, H_OIL },
    /* 87. "Last update" in English alone. */
    { H_OIL "\nLast updated: 5 September 2023\n\n" ZOO_BODY, "2023-09-05", MASAR_DATE_BASIS_EXPLICIT, H_OIL },
    /* 88. "بتاريخ" alone, the weekday after the date. */
    { H_SUDAN "\nبتاريخ 2025/02/09 الأحد\n\n" ZOO_BODY, "2025-02-09", MASAR_DATE_BASIS_EXPLICIT, H_SUDAN },
    /* 90. A long breadcrumb with "›" is not the title. */
    { "الرئيسية › أخبار › عربي ودولي › الشرق الأوسط\n" H_STRAITS "\n26/01/2025\n\n" ZOO_BODY, "2025-01-26",
      MASAR_DATE_BASIS_EXPLICIT, H_STRAITS },
    { "الرئيسية > أخبار عربية > فلسطين > غزة\n" H_TRUCE "\n26/01/2025\n\n" ZOO_BODY, "2025-01-26",
      MASAR_DATE_BASIS_EXPLICIT, H_TRUCE },
    /* 89. "منذ ساعة" beside a weekday with no year: nothing. */
    { H_SUDAN "\nالأحد | منذ ساعة\n\n" ZOO_BODY, NULL, MASAR_DATE_BASIS_UNKNOWN, H_SUDAN },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
      MasarArticle *a;

      g_test_message ("zoo case %" G_GSIZE_FORMAT, i);
      a = ingest_page_header (cases[i].page, cases[i].iso, cases[i].basis, articles);
      if (cases[i].title != NULL)
        g_assert_cmpstr (masar_article_get_title (a), ==, cases[i].title);
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
  g_test_add_func ("/masar/ingest/date-line-zoo", test_date_line_zoo);
  g_test_add_func ("/masar/ingest/related-list-inside", test_related_list_inside);
  g_test_add_func ("/masar/ingest/bullet-paragraphs", test_bullet_paragraphs);
  g_test_add_func ("/masar/ingest/ignored-names", test_ignored_names);
  g_test_add_func ("/masar/ingest/dev-corpus", test_dev_corpus);

  return g_test_run ();
}
