/* test-arabic.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "masar-arabic.h"

/* The code points of @text from @start to @end, as UTF-8. */
static char *
substring (const char *text,
           guint       start,
           guint       end)
{
  const char *a = g_utf8_offset_to_pointer (text, start);
  const char *b = g_utf8_offset_to_pointer (text, end);

  return g_strndup (a, b - a);
}

typedef struct
{
  const char *in;
  const char *out;
} FoldCase;

static const FoldCase fold_cases[] = {
  { "أحمد", "احمد" },
  { "إسطنبول", "اسطنبول" },
  { "آذار", "اذار" },
  { "ٱلله", "الله" },
  { "مصطفى", "مصطفي" },
  { "المدينة", "المدينه" },
  { "ةالقمة", "هالقمه" },
  { "مُحَمَّدٌ", "محمد" },
  { "بوتيـــــن", "بوتين" },
  { "٢٠٢٥", "2025" },
  { "۱۴۰۳", "1403" },
  { "Reuters EPA", "reuters epa" },
  { "ÉLYSÉE", "élysée" },
  { "ﺑﻮﺗﻴﻦ", "بوتين" },
  { "ﻻ", "لا" },
  { "ﺃﻭﻛﺮﺍﻧﻴﺎ", "اوكرانيا" },
  { "فی أوکرانیا", "في اوكرانيا" },
  { "زيلي\u200cنسكي", "زيلينسكي" },
  { "\u200fموسكو\u200e", "موسكو" },
  { "ﹰ", "" },
  { "", "" },
};

static void
test_fold_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (fold_cases); i++)
    {
      g_autofree char *f = masar_fold_string (fold_cases[i].in);

      g_test_message ("fold %s", fold_cases[i].in);
      g_assert_cmpstr (f, ==, fold_cases[i].out);
    }
}

static void
test_fold_map (void)
{
  /* م ُ ح َ م َّ د  with tashkeel, a tatweel and a ligature: map back to the original. */
  const char *text = "قال مُحَمَّد: ﻻ بوتيـن ٢٠";
  g_autoptr(MasarFolded) f = masar_fold (text, -1);
  guint orig_len = g_utf8_strlen (text, -1);

  g_assert_cmpstr (f->text, ==, "قال محمد: لا بوتين 20");
  g_assert_cmpuint (f->n_chars, ==, g_utf8_strlen (f->text, -1));
  g_assert_cmpuint (f->map[f->n_chars], ==, orig_len);

  /* Every folded code point maps to an original one that folds to it. */
  for (guint k = 0; k < f->n_chars; k++)
    {
      g_autofree char *orig = substring (text, f->map[k], f->map[k] + 1);
      g_autofree char *folded_orig = masar_fold_string (orig);
      gunichar fc = g_utf8_get_char (g_utf8_offset_to_pointer (f->text, k));

      g_assert_cmpuint (f->map[k], <, orig_len);
      if (k > 0)
        g_assert_cmpuint (f->map[k], >=, f->map[k - 1]);
      /* The ligature gives two folded letters from one original code point. */
      g_assert_true (g_utf8_strchr (folded_orig, -1, fc) != NULL);
    }

  /* "محمد" starts at 4 in both; its د is original 11 (after 4 marks); the ل and ا of
   * the ligature ﻻ share 14. */
  g_assert_cmpuint (f->map[4], ==, 4);
  g_assert_cmpuint (f->map[7], ==, 11);
  g_assert_cmpuint (f->map[10], ==, 14);
  g_assert_cmpuint (f->map[11], ==, 14);
  g_assert_cmpuint (f->map[12], ==, 15);
}

static void
test_fold_empty (void)
{
  g_autoptr(MasarFolded) f = masar_fold ("", 0);

  g_assert_cmpstr (f->text, ==, "");
  g_assert_cmpuint (f->n_chars, ==, 0);
  g_assert_cmpuint (f->map[0], ==, 0);
}

/* Stray bytes fold to U+FFFD (three bytes for one), so the folded text outgrows its
 * input; the ASCII and Arabic that follow must still fit (they once wrote past it). */
static void
test_fold_grows (void)
{
  g_autoptr(GString) in = g_string_new (NULL);
  g_autoptr(GString) want = g_string_new (NULL);
  g_autoptr(MasarFoldedText) ft = NULL;
  g_autoptr(MasarFolded) f = NULL;
  g_autofree char *s = NULL;

  for (guint i = 0; i < 40; i++)
    {
      g_string_append_c (in, (char) 0x80);
      g_string_append (want, "\xef\xbf\xbd");
    }
  for (guint i = 0; i < 100; i++)
    {
      g_string_append (in, "A\xd8\xa3");    /* A أ */
      g_string_append (want, "a\xd8\xa7");  /* a ا */
    }

  s = masar_fold_string (in->str);
  g_assert_cmpstr (s, ==, want->str);

  f = masar_fold (in->str, in->len);
  g_assert_cmpstr (f->text, ==, want->str);
  g_assert_cmpuint (f->n_chars, ==, 240);
  g_assert_cmpuint (f->map[240], ==, 240);

  /* Every Latin letter and every Arabic one is a word of its own (the script changes). */
  ft = masar_folded_text_new (in->str, in->len);
  g_assert_cmpstr (ft->text, ==, want->str);
  g_assert_cmpuint (ft->tokens->len, ==, 200);
  g_assert_cmpuint (g_array_index (ft->tokens, MasarFoldedToken, 199).end, ==, 240);
  g_assert_cmpuint (ft->ends[239], ==, 240);
}

typedef struct
{
  const char *word;
  const char *stem;
} StemCase;

static const StemCase stem_cases[] = {
  { "وزيلينسكي", "زيلينسكي" },
  { "لبوتين", "بوتين" },
  { "بالكرملين", "كرملين" },
  { "والكرملين", "كرملين" },
  { "للرئيس", "رئيس" },
  { "وللرئيس", "رئيس" },
  { "فالرئيس", "رئيس" },
  { "وبالكرملين", "كرملين" },
  { "كالمعتاد", "معتاد" },
  { "الكرملين", "كرملين" },
  { "وقف", "وقف" },
  { "وقال", "قال" },
  { "ال", "ال" },
  { "الى", "الى" },
  { "بل", "بل" },
  { "ولن", "ولن" },
  { "لروسيا", "روسيا" },
  { "وروسيا", "روسيا" },
  { "موسكو", "موسكو" },
};

static void
test_strip_proclitics (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (stem_cases); i++)
    {
      g_autofree char *stem = masar_strip_proclitics (stem_cases[i].word);

      g_test_message ("stem %s", stem_cases[i].word);
      g_assert_cmpstr (stem, ==, stem_cases[i].stem);
    }
}

static void
test_proclitic_splits (void)
{
  MasarProcliticSplit splits[8];
  const char *w = "وبالكرملين";
  guint n = masar_proclitic_splits (w, strlen (w), splits);
  gboolean saw_article = FALSE;
  gboolean saw_wa = FALSE;

  g_assert_cmpuint (n, >=, 3);
  g_assert_cmpuint (splits[0].prefix_bytes, ==, 0);
  for (guint i = 0; i < n; i++)
    {
      if (splits[i].article && strcmp (w + splits[i].prefix_bytes, "كرملين") == 0)
        saw_article = TRUE;
      if (!splits[i].article && strcmp (w + splits[i].prefix_bytes, "بالكرملين") == 0)
        saw_wa = TRUE;
    }
  g_assert_true (saw_article);
  g_assert_true (saw_wa);

  /* "بوتين" may be ب + "وتين" but the whole word comes first. */
  n = masar_proclitic_splits ("بوتين", strlen ("بوتين"), splits);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (splits[0].prefix_bytes, ==, 0);
}

typedef struct
{
  const char *text;
  const char *tokens[12];   /* original substrings, NULL-terminated */
  const char *forms[12];    /* folded forms, or NULL to skip the check */
} TokenCase;

static const TokenCase token_cases[] = {
  { "قال الرئيس الروسي، فلاديمير بوتين.",
    { "قال", "الرئيس", "الروسي", "فلاديمير", "بوتين", NULL },
    { "قال", "الرئيس", "الروسي", "فلاديمير", "بوتين", NULL } },
  { "Reutersالرئيس الأمريكي",
    { "Reuters", "الرئيس", "الأمريكي", NULL },
    { "reuters", "الرئيس", "الامريكي", NULL } },
  { "اليوم الـ26 من الحصار",
    { "اليوم", "الـ", "26", "من", "الحصار", NULL },
    { "اليوم", "ال", "26", "من", "الحصار", NULL } },
  { "مُحَمَّدٌ وَزِيرٌ",
    { "مُحَمَّدٌ", "وَزِيرٌ", NULL },
    { "محمد", "وزير", NULL } },
  { "كوفيد-19 و G7",
    { "كوفيد", "19", "و", "G7", NULL },
    { "كوفيد", "19", "و", "g7", NULL } },
  { "«هذه الحزم».الكرملين",
    { "هذه", "الحزم", "الكرملين", NULL },
    { NULL } },
  { "٢٤ فبراير/شباط ٢٠٢٢",
    { "٢٤", "فبراير", "شباط", "٢٠٢٢", NULL },
    { "24", "فبراير", "شباط", "2022", NULL } },
};

static void
test_tokenize (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (token_cases); i++)
    {
      const TokenCase *tc = &token_cases[i];
      GArray *tokens = masar_tokenize (tc->text, -1);
      guint n = 0;

      g_test_message ("tokens of %s", tc->text);
      while (tc->tokens[n] != NULL)
        n++;
      g_assert_cmpuint (tokens->len, ==, n);
      for (guint j = 0; j < n; j++)
        {
          const MasarToken *t = &g_array_index (tokens, MasarToken, j);
          g_autofree char *sub = substring (tc->text, t->start, t->end);

          g_assert_cmpstr (sub, ==, tc->tokens[j]);
          if (tc->forms[0] != NULL)
            g_assert_cmpstr (t->form, ==, tc->forms[j]);
        }
      masar_tokens_free (tokens);
    }
}

static void
test_token_stems (void)
{
  GArray *tokens = masar_tokenize ("وزيلينسكي لبوتين بالكرملين", -1);

  g_assert_cmpuint (tokens->len, ==, 3);
  g_assert_cmpstr (g_array_index (tokens, MasarToken, 0).stem, ==, "زيلينسكي");
  g_assert_cmpstr (g_array_index (tokens, MasarToken, 1).stem, ==, "بوتين");
  g_assert_cmpstr (g_array_index (tokens, MasarToken, 2).stem, ==, "كرملين");
  g_assert_cmpuint (g_array_index (tokens, MasarToken, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (tokens, MasarToken, 0).end, ==, 9);
  g_assert_cmpuint (g_array_index (tokens, MasarToken, 1).start, ==, 10);
  masar_tokens_free (tokens);
}

static void
test_folded_text_blank_before (void)
{
  g_autoptr(MasarFoldedText) ft = masar_folded_text_new ("الولايات المتحدة، روسيا - أوكرانيا.موسكو جاويش-أوغلو", -1);
  const MasarFoldedToken *t;

  g_assert_cmpuint (ft->tokens->len, ==, 7);
  t = &g_array_index (ft->tokens, MasarFoldedToken, 1);
  g_assert_true (t->blank_before);
  t = &g_array_index (ft->tokens, MasarFoldedToken, 2);
  g_assert_false (t->blank_before);   /* after a comma */
  t = &g_array_index (ft->tokens, MasarFoldedToken, 3);
  g_assert_false (t->blank_before);   /* a dash between blanks */
  t = &g_array_index (ft->tokens, MasarFoldedToken, 4);
  g_assert_false (t->blank_before);   /* a full stop */
  t = &g_array_index (ft->tokens, MasarFoldedToken, 6);
  g_assert_true (t->blank_before);    /* one hyphen alone */
}

typedef struct
{
  const char *text;
  const char *sentences[8];   /* NULL-terminated */
} SentenceCase;

static const SentenceCase sentence_cases[] = {
  { "قال بوتين إن المحادثات بناءة. وأضاف أن العمل مستمر.",
    { "قال بوتين إن المحادثات بناءة.", "وأضاف أن العمل مستمر.", NULL } },
  { "بلغت النسبة 3.5 في المئة يوم 20.11.2025 في جنيف.",
    { "بلغت النسبة 3.5 في المئة يوم 20.11.2025 في جنيف.", NULL } },
  { "هل ستعقد القمة؟ لا أحد يعرف!",
    { "هل ستعقد القمة؟", "لا أحد يعرف!", NULL } },
  { "الصراع الذي بدأ عام 2022؛ الصراع الذي أسفر عن مقتل الآلاف",
    { "الصراع الذي بدأ عام 2022؛", "الصراع الذي أسفر عن مقتل الآلاف", NULL } },
  { "عنوان المقال\n\nالفقرة الأولى هنا\nالفقرة الثانية",
    { "عنوان المقال", "الفقرة الأولى هنا", "الفقرة الثانية", NULL } },
  { "  قال د. أحمد إن الأمر صعب.  ",
    { "قال د. أحمد إن الأمر صعب.", NULL } },
  { "خبر أول    خبر ثان    خبر ثالث",
    { "خبر أول", "خبر ثان", "خبر ثالث", NULL } },
  { "قال روبيو، في مقابلة، إنه متفائل.",
    { "قال روبيو، في مقابلة، إنه متفائل.", NULL } },
  { "Mr. Smith met U.S. officials. Then he left.",
    { "Mr. Smith met U.S. officials.", "Then he left.", NULL } },
  { "«هذه الحزم ستعزز الدفاعات».الكرملين يرحب",
    { "«هذه الحزم ستعزز الدفاعات».", "الكرملين يرحب", NULL } },
  { "\n\n * \n", { NULL } },
};

static void
test_sentences (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sentence_cases); i++)
    {
      const SentenceCase *sc = &sentence_cases[i];
      GArray *spans = masar_split_sentences (sc->text, -1);
      guint n = 0;

      g_test_message ("sentences of %s", sc->text);
      while (sc->sentences[n] != NULL)
        n++;
      for (guint j = 0; j < spans->len; j++)
        {
          const MasarSpan *s = &g_array_index (spans, MasarSpan, j);
          g_autofree char *sub = substring (sc->text, s->start, s->end);

          g_test_message ("  [%u,%u) %s", s->start, s->end, sub);
        }
      g_assert_cmpuint (spans->len, ==, n);
      for (guint j = 0; j < n; j++)
        {
          const MasarSpan *s = &g_array_index (spans, MasarSpan, j);
          g_autofree char *sub = substring (sc->text, s->start, s->end);

          g_assert_cmpstr (sub, ==, sc->sentences[j]);
        }
      g_array_unref (spans);
    }
}

static void
test_sentences_offsets (void)
{
  /* A character outside the BMP shifts UTF-16 offsets but not code points. */
  const char *text = "😀 قال بوتين. رد زيلينسكي.";
  GArray *spans = masar_split_sentences (text, -1);
  const MasarSpan *s;

  g_assert_cmpuint (spans->len, ==, 2);
  s = &g_array_index (spans, MasarSpan, 0);
  g_assert_cmpuint (s->start, ==, 0);
  g_assert_cmpuint (s->end, ==, 12);
  s = &g_array_index (spans, MasarSpan, 1);
  g_assert_cmpuint (s->start, ==, 13);
  g_assert_cmpuint (s->end, ==, 25);
  g_array_unref (spans);
}

static void
test_sentences_long_commas (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  GArray *spans;
  guint prev_end = 0;

  /* A run-on sentence of 12 clauses of ~60 code points: cut at commas, each piece ≥ 80. */
  for (guint i = 0; i < 12; i++)
    g_string_append (s, "وأضاف المسؤول أن المحادثات ستتواصل خلال الأيام المقبلة في العاصمة، ");
  g_string_append (s, "وانتهى.");
  spans = masar_split_sentences (s->str, s->len);
  g_assert_cmpuint (spans->len, >, 1);
  for (guint j = 0; j < spans->len; j++)
    {
      const MasarSpan *sp = &g_array_index (spans, MasarSpan, j);

      g_assert_cmpuint (sp->start, >=, prev_end);
      g_assert_cmpuint (sp->end - sp->start, >=, 60);
      g_assert_cmpuint (sp->end - sp->start, <=, 400);
      prev_end = sp->end;
    }
  g_array_unref (spans);
}

static void
test_sentences_seeds (void)
{
  const char *shared = g_getenv ("MASAR_SHARED_DIR");
  g_autofree char *dir = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;
  guint n_files = 0;

  if (shared == NULL)
    {
      g_test_skip ("MASAR_SHARED_DIR is not set");
      return;
    }
  dir = g_build_filename (shared, "corpus", "seeds", NULL);
  d = g_dir_open (dir, 0, NULL);
  if (d == NULL)
    {
      g_test_skip ("no seeds corpus");
      return;
    }

  /* On real articles: spans are ordered, inside the text, trimmed, and never cross a line. */
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize len;
      GArray *spans;
      guint n_chars;
      guint prev_end = 0;

      if (!g_file_get_contents (path, &contents, &len, NULL))
        continue;
      n_chars = g_utf8_strlen (contents, len);
      spans = masar_split_sentences (contents, len);
      g_assert_cmpuint (spans->len, >, 10);
      for (guint j = 0; j < spans->len; j++)
        {
          const MasarSpan *s = &g_array_index (spans, MasarSpan, j);
          g_autofree char *sub = substring (contents, s->start, s->end);

          g_assert_cmpuint (s->start, <, s->end);
          g_assert_cmpuint (s->start, >=, prev_end);
          g_assert_cmpuint (s->end, <=, n_chars);
          g_assert_null (strchr (sub, '\n'));
          g_assert_false (g_unichar_isspace (g_utf8_get_char (sub)));
          prev_end = s->end;
        }
      g_array_unref (spans);
      n_files++;
    }
  g_assert_cmpuint (n_files, >, 0);
}

static void
test_rtl (void)
{
  g_assert_true (masar_text_is_rtl ("بوتين", -1));
  g_assert_true (masar_text_is_rtl ("2025 موسكو Moscow", -1));
  g_assert_false (masar_text_is_rtl ("Moscow موسكو", -1));
  g_assert_false (masar_text_is_rtl ("2025 ...", -1));
  g_assert_false (masar_text_is_rtl ("", 0));
}

static void
test_transliterate (void)
{
  const char *names[] = { "ويتكوف", "باشنيك", "إيفان فيدوروف", "ليونيد باشنيك" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *t = masar_transliterate (names[i]);

      g_test_message ("%s → %s", names[i], t);
      g_assert_nonnull (t);
      g_assert_cmpuint (strlen (t), >, 2);
      g_assert_true (g_ascii_isupper (t[0]));
      for (const char *p = t; *p; p++)
        g_assert_true ((guchar) *p < 0x80);
    }

  {
    g_autofree char *two = masar_transliterate ("ليونيد باشنيك");
    const char *space = strchr (two, ' ');

    g_assert_nonnull (space);
    g_assert_true (g_ascii_isupper (space[1]));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/arabic/fold-table", test_fold_table);
  g_test_add_func ("/masar/arabic/fold-map", test_fold_map);
  g_test_add_func ("/masar/arabic/fold-empty", test_fold_empty);
  g_test_add_func ("/masar/arabic/fold-grows", test_fold_grows);
  g_test_add_func ("/masar/arabic/strip-proclitics", test_strip_proclitics);
  g_test_add_func ("/masar/arabic/proclitic-splits", test_proclitic_splits);
  g_test_add_func ("/masar/arabic/tokenize", test_tokenize);
  g_test_add_func ("/masar/arabic/token-stems", test_token_stems);
  g_test_add_func ("/masar/arabic/folded-text-blank-before", test_folded_text_blank_before);
  g_test_add_func ("/masar/arabic/sentences", test_sentences);
  g_test_add_func ("/masar/arabic/sentences-offsets", test_sentences_offsets);
  g_test_add_func ("/masar/arabic/sentences-long-commas", test_sentences_long_commas);
  g_test_add_func ("/masar/arabic/sentences-seeds", test_sentences_seeds);
  g_test_add_func ("/masar/arabic/rtl", test_rtl);
  g_test_add_func ("/masar/arabic/transliterate", test_transliterate);

  return g_test_run ();
}
