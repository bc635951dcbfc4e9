/* masar-ingest.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-ingest"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <json-glib/json-glib.h>

#include "masar-dates.h"
#include "masar-decode.h"
#include "masar-html.h"
#include "masar-ingest.h"

/* How a page is read, one line at a time.
 *
 * Every line is classified on its own first (body paragraph, headline, dateline, source
 * line, boilerplate …), from its length, its last character, a few normalised key phrases
 * at its start and the shape of its spacing. Then whole-page rules run over the classes:
 * adjacent duplicate lines are photo captions, a "related" header opens a list of links
 * that lasts until the next body paragraph, and a "read also" marker followed by a
 * headline and a dateline (or body) starts a new article. Within each article the first
 * headline above the first body paragraph is the title (a run of three or more headlines is
 * a ticker, not a title), and the body paragraphs are the article's paragraphs. */

/* Only this many characters of a line are normalised for key-phrase matching. */
#define KEY_CHARS 32

typedef enum
{
  LINE_BLANK,
  LINE_BODY,
  LINE_HEADLINE,
  LINE_SHORT,
  LINE_BULLET_LINK,
  LINE_JUNK,
  LINE_TICKER,
  LINE_CAPTION,
  LINE_MARKER,
  LINE_LIST_HEADER,
  LINE_LIST,
  LINE_TAGS,
  LINE_SOURCE,
  LINE_PUBLISHED,
  LINE_UPDATED,
  LINE_DATELINE,
  LINE_DATE,
  LINE_COPYRIGHT,
  LINE_URL,
} LineKind;

typedef enum
{
  END_NONE,
  END_PERIOD,
  END_BANG,
  END_QUESTION,
  END_COLON,
  END_PAREN,
} LineEnd;

typedef struct
{
  gsize  b0, b1;        /* trimmed, bytes */
  guint  c0, c1;        /* trimmed, code points */
  guint  n_words;
  guint  n_arabic;
  guint  n_latin;
  guint  wide_gaps;
  guint  double_gaps;   /* words apart by exactly two blanks, as menu items often are */
  guint  glue;
  guint8 kind;
  guint8 end;
  guint  bullet : 1;
  guint  lead_glue : 1;
  guint  has_digit : 1;
} Line;

typedef struct
{
  MasarFileText *text;
  const char    *str;
  Line          *lines;
  guint          n_lines;
} Page;

typedef struct
{
  guint      title_line;   /* G_MAXUINT: none */
  guint      first_body;
  guint      last_body;
  char      *title;
  char      *outlet;
  char      *url;
  MasarDate  date;
  MasarDateBasis basis;
} Region;

/* The word tables below are written as keys (fold_key_char): "اقرا" for "اقرأ", "الرييسيه"
 * for "الرئيسية", "الجزاير" for "الجزائر"; a word spelled otherwise never matches. */
static const char * const split_markers[] = {
  "اقرا ايضا", "اقرا ايضا علي", "اقرا كذلك", "طالع ايضا", "read also", "see also",
};

static const char * const list_headers[] = {
  "مقالات مشابهه", "اخبار ذات صله", "مواضيع ذات صله", "مقالات ذات صله", "اخبار متعلقه",
  "مواضيع متعلقه", "قد يهمك", "قد يعجبك", "الاكثر قراءه", "الاكثر مشاهده", "اخترنا لك",
  "اقرا المزيد", "المزيد من الاخبار", "اخبار اخري", "اقرا ايضا", "شاهد ايضا", "related",
  "you may also like", "read more", "more from", "more stories", "most read",
};

static const char * const tag_prefixes[] = {
  "كلمات دلاليه", "الكلمات الدلاليه", "كلمات مفتاحيه", "الكلمات المفتاحيه", "الوسوم", "وسوم",
  "tags", "keywords",
};

static const char * const junk_prefixes[] = {
  "go to accessibility", "loadersearch", "skip to", "شكرا علي الابلاغ", "سيتم حجب هذه الصوره",
  "انقر هنا", "اضغط هنا", "المصادر الاضافيه", "نستخدم ملفات", "يستخدم هذا الموقع",
  "هذا الموقع يستخدم", "ملفات تعريف الارتباط", "جميع الحقوق محفوظه", "all rights reserved",
  "cookie", "we use cookies", "advertisement", "sponsored", "تابعونا علي", "تابعنا علي",
  "اشترك في", "اشترك الان", "للاشتراك", "حمل تطبيق", "تحميل التطبيق",
};

/* An update line's date stands in for the publication date when there is no other. */
static const char * const update_prefixes[] = {
  "اخر تحديث", "تاريخ التحديث", "تم التحديث", "حدث في", "تحديث", "last updated", "updated",
  "last modified", "datemodified", "article modified time", "mis à jour",
};

static const char * const short_junk_prefixes[] = {
  "اعلان", "طباعه", "شارك", "مشاركه", "تابعونا", "تابعنا", "الرييسيه", "home", "share",
  "print", "tweet", "facebook", "twitter", "whatsapp", "telegram", "فيسبوك", "فيس بوك",
  "تويتر", "واتساب", "واتس اب", "تلغرام", "تليجرام", "ارسل", "menu", "القايمه", "search",
  "تسجيل الدخول", "login", "sign in", "subscribe", "newsletter", "النشره", "ad", "ads",
  "الصفحه الرييسيه", "اغلاق", "close", "more", "المزيد", "عاجل",
};

static const char * const banner_words[] = {
  "crawl", "scrap", "retrieved", "fetched", "archived", "downloaded", "تم الزحف", "تاريخ الزحف",
  "تم الجمع", "تاريخ الجمع", "تمت الارشفه", "تاريخ الارشفه", "تاريخ الاسترجاع", "تم السحب",
  "تاريخ السحب", "تم الحفظ", "تاريخ الحفظ", "تم الجلب", "تاريخ الجلب",
};

/* With the keys of the page's structured data left in its text ("datePublished": "…",
 * article:published_time) and French ("Publié le"). */
static const char * const published_prefixes[] = {
  "نشر في", "نشر بتاريخ", "نشر يوم", "نشرت في", "تاريخ النشر", "تم النشر", "published",
  "posted", "بتاريخ", "datepublished", "article published time", "pubdate", "publié",
};

/* Words that name an outlet at the start of a masthead ("صحيفة الواحة"). */
static const char * const outlet_words[] = {
  "صحيفه", "جريده", "وكاله", "موقع", "شبكه", "بوابه", "يوميه", "قناه", "مجله", "اذاعه", "راديو",
  "منصه", "اسبوعيه", "الجريده", "الصحيفه",
};

static const char * const weekdays[] = {
  "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
};

static const char * const source_prefixes[] = {
  "المصدر", "source", "المصدر الاصلي",
};

static const char * const places[] = {
  "موسكو", "كييف", "كيف", "واشنطن", "باريس", "لندن", "برلين", "بروكسل", "انقره", "اسطنبول",
  "الرياض", "جده", "الدوحه", "جنيف", "القاهره", "دبي", "ابوظبي", "ابو ظبي", "بكين", "روما",
  "فيينا", "وارسو", "مينسك", "طهران", "بغداد", "دمشق", "بيروت", "عمان", "الكويت", "المنامه",
  "مسقط", "الرباط", "الجزاير", "تونس", "نيويورك", "هلسنكي", "ستوكهولم", "اوسلو", "طوكيو",
  "نيودلهي", "بودابست", "براغ", "لاهاي", "امستردام", "مدريد", "لشبونه", "اثينا",
  "سانت بطرسبرغ", "خاركيف", "اوديسا", "دنيبرو", "زابوريجيا", "دونيتسك", "لوغانسك", "ميامي",
  "فلوريدا", "الاسكا", "انكوريج", "الامم المتحده", "العواصم", "عواصم",
};

static const char * const generic_sources[] = {
  "وكالات", "وكاله", "خاص", "متابعات", "مباشر", "وكالات الانباء",
};

static const struct
{
  const char *name;
  int         month;
} month_names[] = {
  { "يناير", 1 }, { "فبراير", 2 }, { "مارس", 3 }, { "ابريل", 4 }, { "مايو", 5 },
  { "يونيو", 6 }, { "يونيه", 6 }, { "يوليو", 7 }, { "يوليه", 7 }, { "اغسطس", 8 },
  { "سبتمبر", 9 }, { "اكتوبر", 10 }, { "نوفمبر", 11 }, { "ديسمبر", 12 },
  { "كانون الثاني", 1 }, { "شباط", 2 }, { "اذار", 3 }, { "نيسان", 4 }, { "ايار", 5 },
  { "حزيران", 6 }, { "تموز", 7 }, { "اب", 8 }, { "ايلول", 9 }, { "تشرين الاول", 10 },
  { "تشرين الثاني", 11 }, { "كانون الاول", 12 },
  { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 }, { "may", 5 },
  { "june", 6 }, { "july", 7 }, { "august", 8 }, { "september", 9 }, { "october", 10 },
  { "november", 11 }, { "december", 12 }, { "jan", 1 }, { "feb", 2 }, { "mar", 3 },
  { "apr", 4 }, { "jun", 6 }, { "jul", 7 }, { "aug", 8 }, { "sep", 9 }, { "sept", 9 },
  { "oct", 10 }, { "nov", 11 }, { "dec", 12 },
  /* French, on Maghrebi sites */
  { "janvier", 1 }, { "février", 2 }, { "fevrier", 2 }, { "mars", 3 }, { "avril", 4 },
  { "mai", 5 }, { "juin", 6 }, { "juillet", 7 }, { "août", 8 }, { "aout", 8 },
  { "septembre", 9 }, { "octobre", 10 }, { "novembre", 11 }, { "décembre", 12 },
  { "decembre", 12 },
};

/* Decodes one character of valid UTF-8 (the file text always is) and advances. */
static inline gunichar
next_char (const char **pp)
{
  const guchar *p = (const guchar *) *pp;
  gunichar c = p[0];

  if (c < 0x80)
    {
      *pp += 1;
      return c;
    }
  if (c < 0xE0)
    {
      *pp += 2;
      return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
  if (c < 0xF0)
    {
      *pp += 3;
      return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
  *pp += 4;
  return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

static inline gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200F) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0xFEFF || c == 0x061C;
}

static inline gboolean
is_arabic_letter (gunichar c)
{
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) ||
         (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

static inline gboolean
is_latin_letter (gunichar c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

static inline gboolean
is_bullet (gunichar c)
{
  return c == 0x2022 || c == '*' || c == '-' || c == 0xB7 || c == 0x25AA || c == 0x25E6 ||
         c == 0x2013 || c == 0x2014 || c == 0x25CF || c == 0x25A0 || c == 0x2023 || c == 0x2043;
}

static inline gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == 0xBB || c == 0xAB || c == 0x201D || c == 0x201C ||
         c == 0x2019 || c == ']' || c == 0x200F || c == 0x200E;
}

/* What one character becomes in a key: dropped, a word break, or these bytes. */
typedef struct
{
  guint8 kind;
  guint8 len;
  char   bytes[4];
} KeyChar;

enum
{
  KEY_DROP,
  KEY_BREAK,
  KEY_BYTES,
};

/* The key rules for one character: Arabic letter variants folded (أإآٱ→ا, ى→ي, ة→ه, ؤ→و,
 * ئ→ي), diacritics and tatweel dropped, Arabic-Indic digits made ASCII, Latin lower-cased,
 * other letters and digits kept (lower-cased), anything else a word break. */
static void
fold_key_char (gunichar  c,
               KeyChar  *out)
{
  out->len = 0;
  if (c < 0x80)
    {
      if (g_ascii_isalnum (c))
        {
          out->kind = KEY_BYTES;
          out->bytes[out->len++] = g_ascii_tolower (c);
        }
      else
        out->kind = KEY_BREAK;
      return;
    }
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640)
    {
      out->kind = KEY_DROP;
      return;
    }
  switch (c)
    {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671:
      c = 0x0627;
      break;
    case 0x0649:
    case 0x0626:
      c = 0x064A;
      break;
    case 0x0629:
      c = 0x0647;
      break;
    case 0x0624:
      c = 0x0648;
      break;
    default:
      break;
    }
  if (c >= 0x0660 && c <= 0x0669)
    c = '0' + (c - 0x0660);
  else if (c >= 0x06F0 && c <= 0x06F9)
    c = '0' + (c - 0x06F0);

  if (c >= 0x80 && !(c >= 0x0620 && c <= 0x064A) && !is_arabic_letter (c) && !g_unichar_isalnum (c))
    {
      out->kind = KEY_BREAK;
      return;
    }
  out->kind = KEY_BYTES;
  if (c < 0x80 || (c >= 0x0620 && c <= 0x064A))
    out->len = g_unichar_to_utf8 (c, out->bytes);
  else
    out->len = g_unichar_to_utf8 (g_unichar_tolower (c), out->bytes);
}

/* fold_key_char() of ASCII and of the Arabic block (U+0600–U+06FF, two-byte sequences with
 * lead bytes D8–DB, indexed by the low bits of the two bytes), computed once. */
static KeyChar ascii_keys[0x80];
static KeyChar arabic_keys[0x100];

static void
init_key_tables (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (gunichar c = 0; c < 0x80; c++)
        fold_key_char (c, &ascii_keys[c]);
      for (gunichar c = 0; c < 0x100; c++)
        fold_key_char (0x0600 + c, &arabic_keys[c]);
      g_once_init_leave (&initialized, 1);
    }
}

/* Normalises up to @max_chars characters of @s for key-phrase matching into @out (room for
 * max_chars * 5 + 1 bytes) with fold_key_char(), runs of word breaks made one space (none
 * at the start). Returns the length written. */
static gsize
normalize_key_into (const char *s,
                    gsize       n_bytes,
                    guint       max_chars,
                    char       *out)
{
  const char *p = s;
  const char *end = s + n_bytes;
  gboolean space = FALSE;
  gsize len = 0;
  guint n = 0;

  init_key_tables ();
  while (p < end && n < max_chars)
    {
      guchar b = (guchar) *p;
      const KeyChar *k;
      KeyChar other;

      if (b < 0x80)
        {
          k = &ascii_keys[b];
          p++;
        }
      else if (b >= 0xD8 && b <= 0xDB)
        {
          k = &arabic_keys[((b & 0x03) << 6) | ((guchar) p[1] & 0x3F)];
          p += 2;
        }
      else
        {
          fold_key_char (next_char (&p), &other);
          k = &other;
        }
      n++;

      if (k->kind == KEY_DROP)
        continue;
      if (k->kind == KEY_BREAK)
        {
          space = TRUE;
          continue;
        }
      if (space && len > 0)
        out[len++] = ' ';
      space = FALSE;
      for (guint i = 0; i < k->len; i++)
        out[len++] = k->bytes[i];
    }
  out[len] = '\0';
  return len;
}

static char *
normalize_key (const char *s,
               gsize       n_bytes,
               guint       max_chars)
{
  char *out = g_malloc ((gsize) max_chars * 5 + 1);

  normalize_key_into (s, n_bytes, max_chars, out);
  return out;
}

static gboolean
has_any_prefix (const char         *key,
                const char * const *prefixes,
                gsize               n)
{
  for (gsize i = 0; i < n; i++)
    {
      gsize len;

      if (prefixes[i][0] != key[0] || prefixes[i][1] != key[1])
        continue;
      len = strlen (prefixes[i]);
      if (strncmp (key, prefixes[i], len) == 0 && (key[len] == '\0' || key[len] == ' '))
        return TRUE;
    }
  return FALSE;
}

/* The key prefixes of every table hashed on their first (up to) four bytes: a line whose
 * key misses this set cannot match any of them, which spares most body lines the tables. */
static guint8 prefix_gate[65536 / 8];

static inline guint
key_gate_hash (const char *key)
{
  guint h = 0;

  for (guint i = 0; i < 4 && key[i] != '\0' && key[i] != ' '; i++)
    h = h * 131 + (guchar) key[i];
  return h & 0xFFFF;
}

static void
prefix_gate_add (const char * const *words,
                 gsize               n)
{
  for (gsize i = 0; i < n; i++)
    {
      guint h = key_gate_hash (words[i]);

      prefix_gate[h >> 3] |= 1 << (h & 7);
    }
}

static gboolean
prefix_gate_open (const char *key)
{
  static gsize initialized = 0;
  guint h;

  if (g_once_init_enter (&initialized))
    {
      static const char * const extra[] = { "related", "loadersearch", "go to accessibility" };

      prefix_gate_add (split_markers, G_N_ELEMENTS (split_markers));
      prefix_gate_add (list_headers, G_N_ELEMENTS (list_headers));
      prefix_gate_add (tag_prefixes, G_N_ELEMENTS (tag_prefixes));
      prefix_gate_add (junk_prefixes, G_N_ELEMENTS (junk_prefixes));
      prefix_gate_add (short_junk_prefixes, G_N_ELEMENTS (short_junk_prefixes));
      prefix_gate_add (update_prefixes, G_N_ELEMENTS (update_prefixes));
      prefix_gate_add (published_prefixes, G_N_ELEMENTS (published_prefixes));
      prefix_gate_add (source_prefixes, G_N_ELEMENTS (source_prefixes));
      prefix_gate_add (extra, G_N_ELEMENTS (extra));
      g_once_init_leave (&initialized, 1);
    }
  h = key_gate_hash (key);
  return (prefix_gate[h >> 3] & (1 << (h & 7))) != 0;
}

static gboolean
equals_any (const char         *key,
            const char * const *words,
            gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (key, words[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
contains_any (const char         *key,
              const char * const *words,
              gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (strstr (key, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* ---- dates ---- */

static int
month_from_word (const char *word)
{
  g_autofree char *key = normalize_key (word, strlen (word), 32);

  for (gsize i = 0; i < G_N_ELEMENTS (month_names); i++)
    if (strcmp (key, month_names[i].name) == 0)
      return month_names[i].month;
  return 0;
}

static char *
ascii_digits (const char *text)
{
  GString *s = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0660 && c <= 0x0669)
        g_string_append_c (s, '0' + (c - 0x0660));
      else if (c >= 0x06F0 && c <= 0x06F9)
        g_string_append_c (s, '0' + (c - 0x06F0));
      else
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

static gboolean
make_date (int        year,
           int        month,
           int        day,
           MasarDate *out)
{
  MasarDate d;

  if (year < 1900 || year > 2200)
    return FALSE;
  d.year = year;
  d.month = month;
  d.day = day;
  if (!masar_date_is_valid (&d))
    return FALSE;
  *out = d;
  return TRUE;
}

/**
 * masar_ingest_find_date:
 * @text: a short UTF-8 text (a dateline, a "published" line, a metadata value)
 * @out: (out): the date
 *
 * Finds the first full date written in @text: "03 - 12 - 2025", "2025-12-03",
 * "3 ديسمبر 2025", "3 كانون الأول 2025", "December 3, 2025", "September 4th, 2023",
 * "4 septembre 2023", with Arabic-Indic digits too.
 *
 * Returns: %TRUE when a valid date was found
 */
gboolean
masar_ingest_find_date (const char *text,
                        MasarDate  *out)
{
  static GRegex *numeric_dmy, *numeric_ymd, *named_dmy, *named_mdy;
  g_autofree char *s = NULL;
  g_autoptr(GMatchInfo) m1 = NULL;
  g_autoptr(GMatchInfo) m2 = NULL;
  g_autoptr(GMatchInfo) m3 = NULL;
  g_autoptr(GMatchInfo) m4 = NULL;
  int best_pos = G_MAXINT;
  MasarDate best = MASAR_DATE_INIT;
  gboolean found = FALSE;
  int start, end;

  g_return_val_if_fail (text != NULL, FALSE);

  if (g_once_init_enter (&named_mdy))
    {
      GRegex *mdy;

      numeric_dmy = g_regex_new ("(?<!\\d)(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})(?!\\d)",
                                 G_REGEX_OPTIMIZE, 0, NULL);
      numeric_ymd = g_regex_new ("(?<!\\d)(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)",
                                 G_REGEX_OPTIMIZE, 0, NULL);
      named_dmy = g_regex_new ("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\w+(?:\\s+(?:الأول|الاول|الثاني))?)"
                               "(?:\\s*/\\s*\\w+(?:\\s+(?:الأول|الاول|الثاني))?)?\\s*[،,]?\\s*(\\d{4})(?!\\d)",
                               G_REGEX_OPTIMIZE, 0, NULL);
      mdy = g_regex_new ("([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&named_mdy, mdy);
    }

  s = ascii_digits (text);

  if (g_regex_match (numeric_dmy, s, 0, &m1) && g_match_info_fetch_pos (m1, 0, &start, &end))
    {
      g_autofree char *d = g_match_info_fetch (m1, 1);
      g_autofree char *m = g_match_info_fetch (m1, 2);
      g_autofree char *y = g_match_info_fetch (m1, 3);

      if (make_date (atoi (y), atoi (m), atoi (d), &best))
        {
          best_pos = start;
          found = TRUE;
        }
    }
  if (g_regex_match (numeric_ymd, s, 0, &m2) && g_match_info_fetch_pos (m2, 0, &start, &end) &&
      start < best_pos)
    {
      g_autofree char *y = g_match_info_fetch (m2, 1);
      g_autofree char *m = g_match_info_fetch (m2, 2);
      g_autofree char *d = g_match_info_fetch (m2, 3);
      MasarDate date;

      if (make_date (atoi (y), atoi (m), atoi (d), &date))
        {
          best = date;
          best_pos = start;
          found = TRUE;
        }
    }
  g_regex_match (named_dmy, s, 0, &m3);
  while (g_match_info_matches (m3))
    {
      g_autofree char *d = g_match_info_fetch (m3, 1);
      g_autofree char *name = g_match_info_fetch (m3, 2);
      g_autofree char *y = g_match_info_fetch (m3, 3);
      int month = month_from_word (name);
      MasarDate date;

      g_match_info_fetch_pos (m3, 0, &start, &end);
      if (start >= best_pos)
        break;
      if (month > 0 && make_date (atoi (y), month, atoi (d), &date))
        {
          best = date;
          best_pos = start;
          found = TRUE;
          break;
        }
      g_match_info_next (m3, NULL);
    }
  g_regex_match (named_mdy, s, 0, &m4);
  while (g_match_info_matches (m4))
    {
      g_autofree char *name = g_match_info_fetch (m4, 1);
      g_autofree char *d = g_match_info_fetch (m4, 2);
      g_autofree char *y = g_match_info_fetch (m4, 3);
      int month = month_from_word (name);
      MasarDate date;

      g_match_info_fetch_pos (m4, 0, &start, &end);
      if (start >= best_pos)
        break;
      if (month > 0 && make_date (atoi (y), month, atoi (d), &date))
        {
          best = date;
          best_pos = start;
          found = TRUE;
          break;
        }
      g_match_info_next (m4, NULL);
    }

  if (found)
    *out = best;
  return found;
}

/* Words before the first digit of @text ("اليوم الأحد ٢٥ أيار" → 2). */
static guint
count_words_before_date (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        break;
      if (g_unichar_isspace (c))
        in_word = FALSE;
      else if (!in_word)
        {
          in_word = TRUE;
          n++;
        }
    }
  return n;
}

/* A year such as 2024 after "©" or "Copyright" in @line, with the outlet named beside it. */
static gboolean
parse_copyright (const char  *line,
                 gsize        n_bytes,
                 int         *year,
                 char       **outlet)
{
  const char *p = g_strstr_len (line, n_bytes, "\xc2\xa9");
  const char *end = line + n_bytes;
  g_autofree char *chunk = NULL;
  g_auto(GStrv) words = NULL;
  GString *name;
  int best = 0;

  if (p == NULL)
    p = g_strstr_len (line, n_bytes, "Copyright");
  if (p == NULL)
    p = g_strstr_len (line, n_bytes, "copyright");
  if (p == NULL)
    return FALSE;

  {
    g_autofree char *raw = g_strndup (p, MIN ((gsize) (end - p), (gsize) 120));
    const char *valid_end;

    if (!g_utf8_validate (raw, -1, &valid_end))
      raw[valid_end - raw] = '\0';
    chunk = ascii_digits (raw);
  }
  words = g_strsplit_set (chunk, " \t,.|", -1);
  name = g_string_new (NULL);
  for (guint i = 0, n_name = 0; words[i] != NULL && i < 10; i++)
    {
      const char *w = words[i];

      if (*w == '\0' || g_str_equal (w, "\xc2\xa9") || g_ascii_strcasecmp (w, "copyright") == 0)
        continue;
      if (strlen (w) == 4 && g_ascii_isdigit (w[0]) && g_ascii_isdigit (w[3]))
        {
          int y = atoi (w);

          if (y >= 1990 && y <= 2200)
            best = MAX (best, y);
          if (name->len > 0)
            break;
          continue;
        }
      /* "-", "–", "جميع الحقوق", "All rights" end the name. */
      if (g_str_equal (w, "-") || g_str_equal (w, "\xe2\x80\x93") || g_ascii_strcasecmp (w, "all") == 0 ||
          g_str_has_prefix (w, "\xd8\xac\xd9\x85\xd9\x8a\xd8\xb9"))
        {
          if (best > 0 || name->len > 0)
            break;
          continue;
        }
      if (n_name++ >= 4)
        break;
      if (name->len > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, w);
    }
  *year = best;
  *outlet = name->len > 0 && name->len < 40 ? g_string_free (name, FALSE) : (g_string_free (name, TRUE), NULL);
  return best > 0;
}

/* ---- lines ---- */

static const char *
line_text (Page       *page,
           const Line *line)
{
  return page->str + line->b0;
}

static char *
line_dup (Page       *page,
          const Line *line)
{
  const char *p = page->str + line->b0;
  const char *end = page->str + line->b1;

  if (line->bullet)
    {
      p = g_utf8_next_char (p);
      while (p < end && is_space (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
    }
  return g_strndup (p, end - p);
}

static void
measure_line (Page       *page,
              const char *p,
              const char *end,
              guint      *char_pos,
              Line       *line)
{
  const char *start = p;
  guint c = *char_pos;
  gboolean in_word = FALSE;
  gboolean seen = FALSE;
  guint spaces = 0;
  int prev_class = 0;          /* 1 Latin letter, 2 Arabic letter */
  guint first_word_chars = 0;
  gboolean first_word = TRUE;
  gunichar last = 0, last_sig = 0;

  memset (line, 0, sizeof *line);
  line->b0 = line->b1 = p - page->str;
  line->c0 = line->c1 = c;

  while (p < end)
    {
      const char *next = p;
      guchar b = (guchar) *p;
      gunichar ch;

      /* The two common cases first: a plain space, and an Arabic letter (U+0620–U+064A)
       * inside an Arabic word, which changes nothing but the counts. */
      if (b == ' ')
        {
          if (in_word)
            first_word = FALSE;
          in_word = FALSE;
          spaces++;
          prev_class = 0;
          p++;
          c++;
          continue;
        }
      if (prev_class == 2 && ((b == 0xD8 && (guchar) p[1] >= 0xA0) || (b == 0xD9 && (guchar) p[1] <= 0x8A)))
        {
          guint k = 0;

          /* The whole run of such letters at once. */
          do
            {
              p += 2;
              k++;
            }
          while (p < end && (((guchar) *p == 0xD8 && (guchar) p[1] >= 0xA0) ||
                                 ((guchar) *p == 0xD9 && (guchar) p[1] <= 0x8A)));
          line->n_arabic += k;
          if (first_word)
            first_word_chars += k;
          c += k;
          line->b1 = p - page->str;
          line->c1 = c;
          last = last_sig = 0x0627;    /* only its class matters below */
          continue;
        }

      ch = next_char (&next);
      if (is_space (ch))
        {
          if (in_word)
            first_word = FALSE;
          in_word = FALSE;
          spaces += ch == '\t' ? 3 : 1;
          prev_class = 0;
        }
      else
        {
          int cls = is_arabic_letter (ch) ? 2 : (is_latin_letter (ch) ? 1 : 0);

          if (!seen)
            {
              line->b0 = p - page->str;
              line->c0 = c;
              seen = TRUE;
              line->bullet = is_bullet (ch) && next < end && (*next == ' ' || is_space (g_utf8_get_char (next)));
            }
          else if (spaces >= 3)
            line->wide_gaps++;
          else if (spaces == 2)
            line->double_gaps++;
          spaces = 0;
          if (!in_word)
            line->n_words++;
          in_word = TRUE;
          if (first_word)
            first_word_chars++;

          if (cls == 2)
            line->n_arabic++;
          else if (cls == 1)
            line->n_latin++;
          else if ((ch >= '0' && ch <= '9') || (ch >= 0x0660 && ch <= 0x0669) || (ch >= 0x06F0 && ch <= 0x06F9))
            line->has_digit = TRUE;
          if (cls != 0 && prev_class != 0 && cls != prev_class)
            {
              line->glue++;
              if (first_word && prev_class == 1 && first_word_chars <= 16)
                line->lead_glue = TRUE;
            }
          prev_class = cls;

          line->b1 = next - page->str;
          line->c1 = c + 1;
          last = ch;
          if (!is_closing (ch))
            last_sig = ch;
        }
      p = next;
      c++;
    }

  /* A bullet counts as a word; do not count it. */
  if (line->bullet && line->n_words > 0)
    line->n_words--;

  switch (last_sig)
    {
    case '.': case 0x2026:
      line->end = END_PERIOD;
      break;
    case '!':
      line->end = END_BANG;
      break;
    case '?': case 0x061F:
      line->end = END_QUESTION;
      break;
    case ':':
      line->end = END_COLON;
      break;
    default:
      line->end = last == ')' ? END_PAREN : END_NONE;
      break;
    }

  (void) start;
  *char_pos = c;
}

/* ---- publication dates ---- */

/* A written date found in a short text: the date, and where the written dates start and end
 * (code points), unless only the English fallback found it. */
typedef struct
{
  MasarDate date;
  guint     first_start;
  guint     last_end;
  gboolean  positioned;
} FoundDate;

static const char * const time_words[] = {
  "بتوقيت", "توقيت", "الساعه", "ساعه", "مساء", "صباحا", "صباح", "ظهرا", "فجرا", "غرينتش",
  "جرينتش", "gmt", "utc", "am", "pm",
  /* the page's furniture next to its date: the issue, the update, the counters */
  "العدد", "محدث", "تحديث", "اخر", "المشاهدات", "مشاهده", "قراءه", "تعليق",
};

static inline gboolean
is_date_separator (gunichar c)
{
  return c == '|' || c == '-' || c == 0x2013 || c == 0x2014 || c == 0x060C || c == ',' ||
         c == ':' || c == 0xB7 || c == 0x2022 || c == '/' || c == 0x0640;
}

/* Finds the first written date of at least @min_precision in @s: "الجمعة 17 أكتوبر 2025",
 * "2025/10/17", "١٨ آب ٢٠٢٥", "29 يوليوز 2025" … (masar_dates_find). In "2 ربيع الأول 1447 هـ
 * – الموافق 25 أغسطس 2025" the Gregorian date after "الموافق" wins. Relative expressions,
 * "منذ …" and spans are not publication dates. With @latin, English dates are tried last. */
static gboolean
find_written_date (const char         *s,
                   gsize               n_bytes,
                   gboolean            latin,
                   MasarDatePrecision  min_precision,
                   FoundDate          *out)
{
  g_autoptr(GArray) matches = masar_dates_find (s, n_bytes, NULL);
  gboolean prefer_later = g_strstr_len (s, n_bytes, "\xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd8\xa7\xd9\x81\xd9\x82") != NULL;   /* "الموافق" */
  guint n_valid = 0;

  memset (out, 0, sizeof *out);
  for (guint i = 0; i < matches->len; i++)
    {
      const MasarDateMatch *m = &g_array_index (matches, MasarDateMatch, i);

      if (m->is_since || m->basis != MASAR_DATE_BASIS_EXPLICIT ||
          masar_date_get_precision (&m->date) < min_precision)
        continue;
      if (n_valid == 0)
        {
          out->date = m->date;
          out->first_start = m->start;
        }
      else if (prefer_later)
        out->date = m->date;
      out->last_end = m->end;
      n_valid++;
    }
  if (n_valid > 0)
    {
      out->positioned = TRUE;
      return TRUE;
    }
  if (latin)
    {
      g_autofree char *copy = g_strndup (s, n_bytes);

      if (masar_ingest_find_date (copy, &out->date))
        return masar_date_get_precision (&out->date) >= min_precision;
    }
  return FALSE;
}

/* Counts the words of two letters or more in a key ("م", digits and times are not words);
 * with @allowed, words starting with one of them are not counted either. */
static guint
count_key_words (const char         *key,
                 const char * const *allowed,
                 gsize               n_allowed)
{
  g_auto(GStrv) words = g_strsplit (key, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *w = words[i];
      guint letters = 0;

      for (const char *p = w; *p != '\0'; p = g_utf8_next_char (p))
        if (!g_ascii_isdigit (*p))
          letters++;
      if (letters < 2)
        continue;
      if (allowed != NULL && has_any_prefix (w, allowed, n_allowed))
        continue;
      n++;
    }
  return n;
}

/* Is a line with the written date @d a date line ("جريدة المنارة | الثلاثاء 29 يوليوز 2025",
 * "الأربعاء 19 آذار/مارس 2025 - 10:42", "- 12:30 م 17/10/2025", "وكالة النجم – واشنطن، 25
 * أبريل 2024")? Before the date at most a short name or place ending with a separator,
 * after it only a time or a time zone: a headline that mentions a date is not one. */
static gboolean
is_date_line_shape (const char      *s,
                    gsize            n_bytes,
                    const FoundDate *d,
                    guint           *before_words)
{
  const char *date_start = g_utf8_offset_to_pointer (s, d->first_start);
  const char *date_end = g_utf8_offset_to_pointer (s, d->last_end);
  char key[48 * 5 + 1];
  guint before, after, after_all;
  gunichar last = 0;
  const char *bar;

  if (date_end > s + n_bytes)
    return FALSE;

  normalize_key_into (s, date_start - s, 48, key);
  before = count_key_words (key, NULL, 0);
  for (const char *p = s; p < date_start; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_space (c))
        last = c;
    }
  /* What follows a bar after the date is the page's furniture, as long as it is short: the
   * city and its weather, the time of the last update ("الخميس 17 تشرين الأول 2024 | بيروت
   * 18°", "… 2024 - 09:12 | آخر تحديث: 11:40"). */
  bar = memchr (date_end, '|', s + n_bytes - date_end);
  if (bar != NULL)
    {
      normalize_key_into (bar + 1, s + n_bytes - bar - 1, 48, key);
      if (count_key_words (key, NULL, 0) > 4)
        return FALSE;
    }
  normalize_key_into (date_end, (bar != NULL ? bar : s + n_bytes) - date_end, 48, key);
  after_all = count_key_words (key, NULL, 0);
  after = count_key_words (key, time_words, G_N_ELEMENTS (time_words));

  if (before_words != NULL)
    *before_words = before;
  /* "… 22:30 بتوقيت مكة": a time zone word may name its city. */
  return (after == 0 || (after == 1 && after_all >= 2)) && before <= 5 &&
         (before == 0 || is_date_separator (last));
}

/* The date in an article's address ("arabic.cnn.com/world/article/2025/07/23/…",
 * "…/2025-07-23/…"): a run of /YYYY/MM/DD or /YYYY-MM-DD in a line without spaces. */
static gboolean
url_date (const char *s,
          gsize       n,
          MasarDate  *out)
{
  if (n < 12 || memchr (s, ' ', n) != NULL || memchr (s, '/', n) == NULL)
    return FALSE;
  for (gsize i = 0; i + 11 <= n; i++)
    {
      int y, m, d;
      char sep;

      if (s[i] != '/' || !g_ascii_isdigit (s[i + 1]) || !g_ascii_isdigit (s[i + 2]) ||
          !g_ascii_isdigit (s[i + 3]) || !g_ascii_isdigit (s[i + 4]))
        continue;
      sep = s[i + 5];
      if ((sep != '/' && sep != '-') || !g_ascii_isdigit (s[i + 6]) || !g_ascii_isdigit (s[i + 7]) ||
          s[i + 8] != sep || !g_ascii_isdigit (s[i + 9]) || !g_ascii_isdigit (s[i + 10]))
        continue;
      if (i + 11 < n && g_ascii_isdigit (s[i + 11]))
        continue;
      y = (s[i + 1] - '0') * 1000 + (s[i + 2] - '0') * 100 + (s[i + 3] - '0') * 10 + (s[i + 4] - '0');
      m = (s[i + 6] - '0') * 10 + (s[i + 7] - '0');
      d = (s[i + 9] - '0') * 10 + (s[i + 10] - '0');
      if (y < 1990 || y > 2100 || !g_date_valid_dmy (d, m, y))
        continue;
      out->year = y;
      out->month = m;
      out->day = d;
      return TRUE;
    }
  return FALSE;
}

static gboolean
looks_like_dateline (Page       *page,
                     const Line *line)
{
  const char *s = line_text (page, line);
  gsize n = line->b1 - line->b0;
  const char *open;

  if (line->end != END_PAREN || line->n_words > 8 || line->n_arabic == 0)
    return FALSE;
  open = memchr (s, '(', n);
  return open != NULL && open > s;
}

static gboolean
count_separators (Page       *page,
                  const Line *line)
{
  const char *s = line_text (page, line);
  const char *end = s + (line->b1 - line->b0);
  guint need = line->n_words > 20 ? 3 : 2;
  guint bars = 0, chevrons = 0;

  if (line->n_words > 20 && line->end == END_PERIOD)
    return FALSE;
  /* memchr() skips the Arabic text at once; counting stops as soon as the answer is known. */
  for (const char *p = s; bars < need && (p = memchr (p, '|', end - p)) != NULL; p++)
    bars++;
  if (bars >= need)
    return TRUE;
  if (line->n_words > 20)
    return FALSE;
  /* A breadcrumb's chevrons: "»" (C2 BB), "›" and "‹" (E2 80 BA/B9), ">" and "<". */
  for (const char *p = s; chevrons < 2 && (p = memchr (p, 0xC2, end - p)) != NULL; p++)
    if (p + 1 < end && (guchar) p[1] == 0xBB)
      chevrons++;
  for (const char *p = s; chevrons < 2 && (p = memchr (p, 0xE2, end - p)) != NULL; p++)
    if (p + 2 < end && (guchar) p[1] == 0x80 && ((guchar) p[2] == 0xBA || (guchar) p[2] == 0xB9))
      chevrons++;
  for (const char *p = s; chevrons < 2 && (p = memchr (p, '>', end - p)) != NULL; p++)
    chevrons++;
  for (const char *p = s; chevrons < 2 && (p = memchr (p, '<', end - p)) != NULL; p++)
    chevrons++;
  return chevrons >= 2;
}

/* "©" (C2 A9): Arabic text has no C2 lead bytes, so memchr skips most lines at once. */
static gboolean
has_copyright_sign (const char *s,
                    gsize       n)
{
  const char *end = s + n;
  const char *p = s;

  while ((p = memchr (p, 0xC2, end - p)) != NULL)
    {
      if (p + 1 < end && (guchar) p[1] == 0xA9)
        return TRUE;
      p++;
    }
  return FALSE;
}

/* Crawl banners name the crawl in a word of theirs; most lines contain none of the few
 * stems those words share, which spares them the substring search. */
static gboolean
may_be_banner (const char *key,
               const Line *line)
{
  return line->n_latin > 0 ||
         strstr (key, "\xd8\xaa\xd9\x85") != NULL ||                              /* "تم" */
         strstr (key, "\xd8\xaa\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xae") != NULL;     /* "تاريخ" */
}

static LineKind
classify_line (Page *page,
               Line *line)
{
  char key[KEY_CHARS * 5 + 1];
  const char *s = line_text (page, line);
  gsize n = line->b1 - line->b0;
  const char *key_start = s;
  gboolean mostly_arabic;
  gboolean gate;
  FoundDate date;

  if (line->b1 == line->b0)
    return LINE_BLANK;

  if (line->bullet)
    {
      key_start = g_utf8_next_char (s);
    }
  normalize_key_into (key_start, n - (key_start - s), KEY_CHARS, key);
  gate = prefix_gate_open (key);

  if (gate && line->n_words <= 5 && equals_any (key, split_markers, G_N_ELEMENTS (split_markers)))
    return LINE_MARKER;
  if (line->n_words <= 25 && may_be_banner (key, line) &&
      contains_any (key, banner_words, G_N_ELEMENTS (banner_words)))
    return LINE_JUNK;
  if (gate)
    {
      if (has_any_prefix (key, tag_prefixes, G_N_ELEMENTS (tag_prefixes)) &&
          (line->n_words <= 2 || memchr (s, ':', MIN (n, (gsize) 48)) != NULL))
        return LINE_TAGS;
      if (line->n_words <= 10 && has_any_prefix (key, source_prefixes, G_N_ELEMENTS (source_prefixes)) &&
          memchr (s, ':', MIN (n, (gsize) 40)) != NULL)
        return LINE_SOURCE;
      if (line->n_words <= 20 && line->has_digit &&
          has_any_prefix (key, published_prefixes, G_N_ELEMENTS (published_prefixes)) &&
          find_written_date (s, n, line->n_latin > 0, MASAR_DATE_PRECISION_MONTH, &date))
        return LINE_PUBLISHED;
      if (has_any_prefix (key, update_prefixes, G_N_ELEMENTS (update_prefixes)))
        {
          if (line->n_words <= 20 && line->has_digit &&
              find_written_date (s, n, line->n_latin > 0, MASAR_DATE_PRECISION_DAY, &date))
            return LINE_UPDATED;
          return LINE_JUNK;
        }
    }
  if (line->n_words == 1 && (g_str_has_prefix (s, "http://") || g_str_has_prefix (s, "https://")))
    return LINE_URL;
  if (gate)
    {
      if (has_any_prefix (key, list_headers, G_N_ELEMENTS (list_headers)) ||
          (line->n_latin > 0 && g_str_has_prefix (key, "related")))
        return LINE_LIST_HEADER;
      if (has_any_prefix (key, junk_prefixes, G_N_ELEMENTS (junk_prefixes)) ||
          g_str_has_prefix (key, "loadersearch") || g_str_has_prefix (key, "go to accessibility"))
        return LINE_JUNK;
      if (line->n_words <= 6 && has_any_prefix (key, short_junk_prefixes, G_N_ELEMENTS (short_junk_prefixes)))
        return LINE_JUNK;
    }
  if (line->n_words <= 12 && (has_copyright_sign (s, n) ||
                               (line->n_latin > 0 && g_strstr_len (s, n, "Copyright") != NULL)))
    return LINE_COPYRIGHT;
  /* "الثلاثاء، 20 أيار 2025 - 11:05 ص     |     عمّان 27°", "2025/10/27 | 09:14 | المشاهدات:
   * 2147": a date line whose furniture is spaced or barred like a ticker or a menu */
  if ((line->wide_gaps >= 2 || count_separators (page, line)) && line->has_digit &&
      line->n_words <= 16 && find_written_date (s, n, line->n_latin > 0, MASAR_DATE_PRECISION_DAY, &date) &&
      date.positioned && date.first_start < 4 && is_date_line_shape (s, n, &date, NULL))
    return LINE_DATE;
  if (line->wide_gaps >= 2)
    return LINE_TICKER;
  /* "أخبار  تقارير  رأي  منوعات  فيديو": a menu whose items are two blanks apart */
  if (line->double_gaps >= 3 && !line->has_digit && line->end == END_NONE &&
      line->n_words <= 2 * (line->double_gaps + 1))
    return LINE_TICKER;
  if (line->glue >= 3)
    return LINE_JUNK;
  if (line->lead_glue)
    return LINE_CAPTION;
  /* "[صورة: …]", "[فيديو: …]": a scraper's note of a picture or a video */
  if (s[0] == '[' && s[n - 1] == ']')
    return LINE_CAPTION;
  if (count_separators (page, line))
    return LINE_JUNK;
  /* A line that is a date (with perhaps the outlet or place before it): the page's own date
   * line. A headline that mentions a date is not one. Before datelines: "19:42 04.09.2023
   * (محدثة: 21:15 04.09.2023)" ends with a parenthesis too. */
  if (line->has_digit && line->n_words <= 16 &&
      find_written_date (s, n, line->n_latin > 0, MASAR_DATE_PRECISION_DAY, &date) &&
      (date.positioned ? is_date_line_shape (s, n, &date, NULL) : line->n_words <= 8))
    return LINE_DATE;
  if (looks_like_dateline (page, line))
    return LINE_DATELINE;
  /* "القدس 24° غائم جزئياً": the page's weather (C2 B0 is "°"). */
  if (line->has_digit && line->n_words <= 6 && g_strstr_len (s, n, "\xc2\xb0") != NULL)
    return LINE_JUNK;

  mostly_arabic = line->n_arabic * 2 > line->n_arabic + line->n_latin;

  if (line->bullet && (line->end == END_NONE || line->end == END_QUESTION || line->end == END_PAREN) &&
      line->n_words <= 30)
    return LINE_BULLET_LINK;
  if (((line->end == END_PERIOD || line->end == END_BANG || line->end == END_QUESTION) && line->n_words >= 6) ||
      (line->end == END_COLON && line->n_words >= 8) ||
      line->n_words >= 18)
    return LINE_BODY;
  if (line->n_words >= 2 && line->n_words <= 25 && mostly_arabic && line->end != END_PERIOD)
    return line->bullet ? LINE_BULLET_LINK : LINE_HEADLINE;
  return LINE_SHORT;
}

static gboolean
lines_equal (Page       *page,
             const Line *a,
             const Line *b)
{
  return a->b1 - a->b0 == b->b1 - b->b0 &&
         memcmp (page->str + a->b0, page->str + b->b0, a->b1 - a->b0) == 0;
}

static void
split_lines (Page *page)
{
  const char *str = masar_file_text_get_text (page->text);
  gsize n_bytes = masar_file_text_get_n_bytes (page->text);
  const char *p = str;
  const char *end = str + n_bytes;
  gsize cap = 64;
  guint char_pos = 0;

  page->str = str;
  page->lines = g_new (Line, cap);
  page->n_lines = 0;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *line_end = nl != NULL ? nl : end;

      if (page->n_lines == cap)
        {
          cap *= 2;
          page->lines = g_renew (Line, page->lines, cap);
        }
      measure_line (page, p, line_end, &char_pos, &page->lines[page->n_lines]);
      page->n_lines++;
      if (nl == NULL)
        break;
      char_pos++;    /* the newline */
      p = nl + 1;
    }
}

static guint
next_content (Page  *page,
              guint  i,
              guint  limit)
{
  for (i = i + 1; i < limit; i++)
    {
      LineKind k = page->lines[i].kind;

      if (k != LINE_BLANK && k != LINE_JUNK && k != LINE_CAPTION)
        return i;
    }
  return G_MAXUINT;
}

/* Does headline @h open an article: its date line under it, then body? A list of links
 * ("الأكثر قراءة") above the article ends there; a list item's date has no body under it. */
static gboolean
opens_article (Page  *page,
               guint  h)
{
  guint d, b;
  LineKind k;

  if (page->lines[h].kind != LINE_HEADLINE)
    return FALSE;
  d = next_content (page, h, page->n_lines);
  if (d == G_MAXUINT)
    return FALSE;
  k = page->lines[d].kind;
  if (k != LINE_DATE && k != LINE_PUBLISHED && k != LINE_UPDATED)
    return FALSE;
  b = next_content (page, d, page->n_lines);
  return b != G_MAXUINT && page->lines[b].kind == LINE_BODY && !page->lines[b].bullet;
}

static void
classify_page (Page *page)
{
  guint prev = G_MAXUINT;
  gboolean in_list = FALSE;

  for (guint i = 0; i < page->n_lines; i++)
    page->lines[i].kind = classify_line (page, &page->lines[i]);

  /* A line repeated right below itself is a photo caption (and its copy). */
  for (guint i = 0; i < page->n_lines; i++)
    {
      Line *line = &page->lines[i];

      if (line->kind == LINE_BLANK)
        continue;
      if (prev != G_MAXUINT && lines_equal (page, &page->lines[prev], line) &&
          line->kind != LINE_TICKER)
        {
          page->lines[prev].kind = LINE_CAPTION;
          line->kind = LINE_CAPTION;
        }
      prev = i;
    }

  /* Link lists: from a "related" header to the next body paragraph. */
  for (guint i = 0; i < page->n_lines; i++)
    {
      Line *line = &page->lines[i];

      if (line->kind == LINE_LIST_HEADER)
        {
          in_list = TRUE;
          continue;
        }
      if (!in_list)
        continue;
      if ((line->kind == LINE_BODY && !line->bullet) || opens_article (page, i))
        in_list = FALSE;
      else if (line->kind == LINE_HEADLINE || line->kind == LINE_BULLET_LINK ||
               line->kind == LINE_SHORT || line->kind == LINE_BODY || line->kind == LINE_DATE)
        line->kind = LINE_LIST;
      else if (line->kind == LINE_MARKER || line->kind == LINE_SOURCE || line->kind == LINE_TAGS ||
               line->kind == LINE_PUBLISHED || line->kind == LINE_UPDATED)
        in_list = FALSE;
    }
}

static gboolean
offset_in_array (const GArray *array,
                 guint         from,
                 guint         to)
{
  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < array->len; i++)
    {
      guint v = g_array_index (array, guint, i);

      if (v >= from && v < to)
        return TRUE;
    }
  return FALSE;
}

/* Does a new article start at headline @h (after a marker or after body text)? */
static gboolean
article_follows (Page  *page,
                 guint  h,
                 guint  limit,
                 gboolean need_meta)
{
  guint n_body = 0, seen = 0;

  if (h == G_MAXUINT || page->lines[h].kind != LINE_HEADLINE)
    return FALSE;
  /* three headlines on consecutive lines are a list of links ("اقرأ أيضا" then titles of
   * other stories), not the title of a glued article */
  if (h + 2 < limit && page->lines[h + 1].kind == LINE_HEADLINE &&
      page->lines[h + 2].kind == LINE_HEADLINE)
    return FALSE;
  for (guint i = h + 1; i < limit && seen < 8; i++)
    {
      LineKind k = page->lines[i].kind;

      if (k == LINE_BLANK || k == LINE_JUNK || k == LINE_CAPTION || k == LINE_LIST_HEADER)
        continue;
      seen++;
      if (k == LINE_DATELINE || k == LINE_PUBLISHED || k == LINE_UPDATED || k == LINE_DATE)
        return n_body == 0;
      if (k == LINE_MARKER)
        return FALSE;
      if (k == LINE_BODY)
        n_body++;
    }
  return !need_meta && n_body >= 2;
}

/* Returns the region boundaries: region k is [bounds[k], bounds[k+1]). A marker line that
 * starts an article is left out of both regions. */
static GArray *
find_regions (Page                   *page,
              gboolean                allow_split,
              const MasarIngestHints *hints)
{
  GArray *bounds = g_array_new (FALSE, FALSE, sizeof (guint));
  guint zero = 0;
  guint body_in_region = 0;

  g_array_append_val (bounds, zero);
  if (!allow_split)
    {
      g_array_append_val (bounds, page->n_lines);
      return bounds;
    }

  for (guint i = 0; i < page->n_lines; i++)
    {
      Line *line = &page->lines[i];
      guint boundary = G_MAXUINT;

      if (hints != NULL && offset_in_array (hints->split_at, line->c0,
                                            i + 1 < page->n_lines ? page->lines[i + 1].c0 : line->c1 + 1) &&
          i > 0)
        boundary = i;
      else if (line->kind == LINE_MARKER)
        {
          guint h = next_content (page, i, page->n_lines);

          if (body_in_region > 0 && article_follows (page, h, page->n_lines, FALSE))
            {
              if (hints != NULL && offset_in_array (hints->merge_at, line->c0, page->lines[h].c1 + 1))
                line->kind = LINE_JUNK;
              else
                boundary = i + 1;
            }
          else
            line->kind = LINE_LIST_HEADER;
        }
      else if (line->kind == LINE_HEADLINE && body_in_region >= 3 &&
               article_follows (page, i, page->n_lines, TRUE))
        {
          if (hints != NULL && offset_in_array (hints->merge_at, line->c0, line->c1 + 1))
            ;
          else
            boundary = i;
        }

      if (boundary != G_MAXUINT)
        {
          g_array_append_val (bounds, boundary);
          body_in_region = 0;
        }
      if (line->kind == LINE_BODY)
        body_in_region++;
    }

  /* Re-run the list rule now that unused markers became list headers. */
  {
    gboolean in_list = FALSE;

    for (guint i = 0; i < page->n_lines; i++)
      {
        Line *line = &page->lines[i];

        if (line->kind == LINE_LIST_HEADER)
          in_list = TRUE;
        else if (in_list && ((line->kind == LINE_BODY && !line->bullet) || opens_article (page, i)))
          in_list = FALSE;
        else if (in_list && (line->kind == LINE_HEADLINE || line->kind == LINE_BULLET_LINK ||
                             line->kind == LINE_SHORT || line->kind == LINE_BODY))
          line->kind = LINE_LIST;
        else if (in_list && line->kind != LINE_BLANK && line->kind != LINE_JUNK &&
                 line->kind != LINE_LIST && line->kind != LINE_CAPTION)
          in_list = FALSE;
      }
  }

  g_array_append_val (bounds, page->n_lines);
  return bounds;
}

static gboolean
is_place (const char *text)
{
  g_autofree char *key = normalize_key (text, strlen (text), 40);

  if (*key == '\0')
    return FALSE;
  return equals_any (key, places, G_N_ELEMENTS (places));
}

static gboolean
all_places (const char *text)
{
  g_autofree char *commas = NULL;
  g_auto(GStrv) items = NULL;
  guint n = 0;

  {
    g_auto(GStrv) parts = g_strsplit (text, "\xd8\x8c", -1);    /* "،" */

    commas = g_strjoinv (",", parts);
  }
  items = g_strsplit_set (commas, ",/", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *item = g_strstrip (g_strdup (items[i]));

      if (*item == '\0')
        continue;
      if (!is_place (item))
        return FALSE;
      n++;
    }
  return n > 0;
}

static char *
first_source (const char *text)
{
  g_auto(GStrv) items = g_strsplit (text, "\xd8\x8c", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_auto(GStrv) sub = g_strsplit (items[i], ",", -1);

      for (guint j = 0; sub[j] != NULL; j++)
        {
          g_autofree char *item = g_strstrip (g_strdup (sub[j]));
          g_autofree char *key = normalize_key (item, strlen (item), 40);

          if (*key == '\0' || equals_any (key, generic_sources, G_N_ELEMENTS (generic_sources)) ||
              is_place (item))
            continue;
          return g_steal_pointer (&item);
        }
    }
  return NULL;
}

/* "موسكو، كييف (الاتحاد، وكالات)" → الاتحاد; "البلاد (موسكو)" → البلاد. */
static char *
outlet_from_dateline (const char *text)
{
  const char *open = strchr (text, '(');
  const char *close = strrchr (text, ')');
  g_autofree char *outside = NULL;
  g_autofree char *inside = NULL;

  if (open == NULL || close == NULL || close < open)
    return NULL;
  outside = g_strstrip (g_strndup (text, open - text));
  inside = g_strstrip (g_strndup (open + 1, close - open - 1));

  if (all_places (inside) && !all_places (outside) && *outside != '\0')
    return g_steal_pointer (&outside);
  return first_source (inside);
}

/* "نشر في الأيام 24 يوم 03 - 12 - 2025" → الأيام 24. */
static char *
outlet_from_published (const char *text)
{
  const char *in = strstr (text, "\xd9\x86\xd8\xb4\xd8\xb1 \xd9\x81\xd9\x8a ");   /* "نشر في " */
  const char *day;

  if (in == NULL)
    return NULL;
  in += strlen ("\xd9\x86\xd8\xb4\xd8\xb1 \xd9\x81\xd9\x8a ");
  day = strstr (in, " \xd9\x8a\xd9\x88\xd9\x85 ");   /* " يوم " */
  if (day == NULL || day == in)
    return NULL;
  return g_strstrip (g_strndup (in, day - in));
}

/* The outlet named before the date of a masthead line ("بوابة الميزان | 12 مايو 2025",
 * "وكالة النجم – واشنطن، 25 أبريل 2024"): the first part before a separator, unless it is a
 * weekday or a place. */
static char *
outlet_from_masthead (const char *s,
                      gsize       n_bytes)
{
  FoundDate d;
  const char *date_start;
  const char *part_start;
  g_autofree char *part = NULL;
  g_autofree char *key = NULL;
  g_auto(GStrv) words = NULL;

  if (!find_written_date (s, n_bytes, FALSE, MASAR_DATE_PRECISION_DAY, &d) || d.first_start == 0)
    return NULL;
  date_start = g_utf8_offset_to_pointer (s, d.first_start);

  /* The first part before the date that is not a place: "الجزائر – يومية الفجر الجديد | 12
   * مارس 2025" names the city, then the outlet. */
  part_start = s;
  for (const char *p = s; p <= date_start; p = g_utf8_next_char (p))
    {
      gunichar c = p < date_start ? g_utf8_get_char (p) : '|';

      if (c == '|' || c == 0x2013 || c == 0x2014 || c == 0x060C || c == ',' ||
          (c == '-' && p > s && p[-1] == ' '))
        {
          g_clear_pointer (&part, g_free);
          part = g_strstrip (g_strndup (part_start, p - part_start));
          if (*part != '\0' && !all_places (part))
            break;
          part_start = g_utf8_next_char (p);
        }
      if (p == date_start)
        break;
    }
  if (part == NULL || *part == '\0' || g_utf8_strlen (part, -1) > 60 || all_places (part))
    return NULL;
  key = normalize_key (part, strlen (part), 60);
  words = g_strsplit (key, " ", -1);
  if (words[0] == NULL || g_strv_length (words) > 5 ||
      equals_any (words[0], weekdays, G_N_ELEMENTS (weekdays)))
    return NULL;
  for (const char *p = key; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      return NULL;
  return g_steal_pointer (&part);
}

/* "صحيفة الواحة" on its own line above the date line. */
static gboolean
is_outlet_name_line (Page       *page,
                     const Line *line)
{
  char key[KEY_CHARS * 5 + 1];

  if (line->n_words == 0 || line->n_words > 4 || line->has_digit || line->end != END_NONE)
    return FALSE;
  normalize_key_into (page->str + line->b0, line->b1 - line->b0, KEY_CHARS, key);
  return has_any_prefix (key, outlet_words, G_N_ELEMENTS (outlet_words));
}

/* "موسكو، 17 أكتوبر 2025 (وكالات) – قال …": a date at the very start of the lead, before the
 * dash or bracket that opens the text, is the dateline's. A date inside a sentence is not. */
static gboolean
lead_dateline_date (Page       *page,
                    const Line *lead,
                    MasarDate  *out)
{
  const char *s = page->str + lead->b0;
  gsize n = MIN (lead->b1 - lead->b0, (gsize) 200);
  const char *end = s + n;
  const char *after;
  char key[48 * 5 + 1];
  FoundDate d;
  guint i = 0;

  if (!lead->has_digit)
    return FALSE;
  while (n > 0 && (((guchar) s[n]) & 0xC0) == 0x80)
    n--;
  end = s + n;
  if (!find_written_date (s, n, FALSE, MASAR_DATE_PRECISION_DAY, &d) || d.first_start > 40)
    return FALSE;
  normalize_key_into (s, g_utf8_offset_to_pointer (s, d.first_start) - s, 48, key);
  if (count_key_words (key, NULL, 0) > 3)
    return FALSE;
  after = g_utf8_offset_to_pointer (s, d.last_end);
  while (after < end && i++ < 12)
    {
      gunichar c = g_utf8_get_char (after);

      if (c == '(' || c == '-' || c == 0x2013 || c == 0x2014 || c == ':' || c == '|')
        {
          *out = d.date;
          return TRUE;
        }
      if (!is_space (c) && !g_unichar_isdigit (c) && c != 0x0645)     /* "م" after a time */
        return FALSE;
      after = g_utf8_next_char (after);
    }
  return FALSE;
}

static char *
value_after_colon (const char *text)
{
  const char *colon = strchr (text, ':');

  if (colon == NULL)
    return NULL;
  return g_strstrip (g_strdup (colon + 1));
}

static char *
title_from_body (Page       *page,
                 const Line *line)
{
  const char *p = page->str + line->b0;
  const char *end = page->str + line->b1;
  GString *s = g_string_new (NULL);
  guint words = 0;
  gboolean in_word = FALSE;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      /* A question or an exclamation keeps its mark; a sentence drops its period. */
      if (c == 0x061F || c == '?' || c == '!')
        {
          g_string_append_unichar (s, c);
          break;
        }
      if (c == '.')
        break;
      if (is_space (c))
        {
          if (in_word && ++words >= 14)
            {
              g_string_append (s, "…");
              break;
            }
          in_word = FALSE;
        }
      else
        in_word = TRUE;
      g_string_append_unichar (s, c);
      p = g_utf8_next_char (p);
    }
  return g_strstrip (g_string_free (s, FALSE));
}

static void
region_clear (Region *region)
{
  g_clear_pointer (&region->title, g_free);
  g_clear_pointer (&region->outlet, g_free);
  g_clear_pointer (&region->url, g_free);
}

/* Finds the article in lines [r0, r1). Returns FALSE when there is none. */
static gboolean
analyze_region (Page   *page,
                guint   r0,
                guint   r1,
                gboolean force,
                Region *out)
{
  guint first_body = G_MAXUINT, last_body = G_MAXUINT;
  guint title = G_MAXUINT, title_any = G_MAXUINT;
  g_autofree char *outlet_source = NULL;
  g_autofree char *outlet_published = NULL;
  g_autofree char *outlet_dateline = NULL;
  g_autofree char *outlet_copyright = NULL;
  g_autofree char *outlet_masthead = NULL;
  MasarDate published = MASAR_DATE_INIT, header_date = MASAR_DATE_INIT, lead_date = MASAR_DATE_INIT;
  MasarDate updated = MASAR_DATE_INIT, dateline_date = MASAR_DATE_INIT, url_day = MASAR_DATE_INIT;
  guint header_line = G_MAXUINT;
  int copyright_year = 0;

  memset (out, 0, sizeof *out);
  out->title_line = G_MAXUINT;

  for (guint i = r0; i < r1; i++)
    if (page->lines[i].kind == LINE_BODY)
      {
        if (first_body == G_MAXUINT)
          first_body = i;
        last_body = i;
      }

  if (first_body == G_MAXUINT && force)
    {
      /* The caller knows this is an article (a JSON record): take its text lines. */
      for (guint i = r0; i < r1; i++)
        {
          LineKind k = page->lines[i].kind;

          if (k == LINE_HEADLINE || k == LINE_SHORT || k == LINE_BULLET_LINK || k == LINE_DATELINE)
            {
              page->lines[i].kind = LINE_BODY;
              if (first_body == G_MAXUINT)
                first_body = i;
              last_body = i;
            }
        }
    }
  if (first_body == G_MAXUINT)
    return FALSE;

  /* A long headline reads as body; a date line just under it shows it was the title ("الهدنة
   * الروسية تدخل يومها الثاني … لمدة ٣٠ يومًا", then "الجمعة، ٩ مايو ٢٠٢٥ - ١١:٤٠ ص"). */
  if (!force && page->lines[first_body].end == END_NONE && page->lines[first_body].n_words <= 30)
    {
      guint next = first_body + 1, seen = 0;

      while (next < r1 && seen < 2 && page->lines[next].kind != LINE_DATE)
        {
          if (page->lines[next].kind != LINE_BLANK)
            seen++;
          next++;
        }
      if (next < r1 && page->lines[next].kind == LINE_DATE)
        {
          page->lines[first_body].kind = LINE_HEADLINE;
          first_body = G_MAXUINT;
          for (guint i = next + 1; i < r1; i++)
            if (page->lines[i].kind == LINE_BODY)
              {
                if (first_body == G_MAXUINT)
                  first_body = i;
                last_body = i;
              }
          if (first_body == G_MAXUINT)
            return FALSE;
        }
    }

  /* "صحيفة الواحة" alone on the line above the date line names the outlet; it is not a
   * title. */
  for (guint i = r0; i < first_body; i++)
    {
      guint j = i;

      if (page->lines[i].kind != LINE_DATE)
        continue;
      while (j > r0 && page->lines[j - 1].kind == LINE_BLANK)
        j--;
      if (j > r0 && (page->lines[j - 1].kind == LINE_HEADLINE || page->lines[j - 1].kind == LINE_SHORT) &&
          is_outlet_name_line (page, &page->lines[j - 1]))
        {
          outlet_masthead = line_dup (page, &page->lines[j - 1]);
          page->lines[j - 1].kind = LINE_SOURCE;
        }
      break;
    }

  /* The title: the first headline above the body that is not part of a ticker run. */
  for (guint i = r0; i < first_body; i++)
    {
      guint run_start, run_end;

      if (page->lines[i].kind != LINE_HEADLINE)
        continue;
      run_start = i;
      run_end = i;
      for (guint j = i + 1; j < first_body; j++)
        {
          LineKind k = page->lines[j].kind;

          if (k == LINE_HEADLINE)
            run_end = j;
          else if (k != LINE_BLANK)
            break;
        }
      {
        guint n_in_run = 0;

        for (guint j = run_start; j <= run_end; j++)
          if (page->lines[j].kind == LINE_HEADLINE)
            n_in_run++;
        if (n_in_run >= 3)
          {
            i = run_end;
            continue;
          }
      }
      if (title_any == G_MAXUINT)
        title_any = i;
      if (page->lines[i].n_words >= 4)
        {
          title = i;
          break;
        }
    }
  if (title == G_MAXUINT)
    title = title_any;

  for (guint i = r0; i < r1; i++)
    {
      Line *line = &page->lines[i];
      g_autofree char *text = NULL;

      switch (line->kind)
        {
        case LINE_SOURCE:
          if (outlet_source == NULL)
            {
              text = line_dup (page, line);
              outlet_source = value_after_colon (text);
              if (outlet_source != NULL &&
                  (g_str_has_prefix (outlet_source, "http://") || g_str_has_prefix (outlet_source, "https://")))
                {
                  if (out->url == NULL)
                    out->url = g_strdup (outlet_source);
                  g_clear_pointer (&outlet_source, g_free);
                }
              else if (outlet_source != NULL && *outlet_source == '\0')
                g_clear_pointer (&outlet_source, g_free);
            }
          break;
        case LINE_PUBLISHED:
          if (!masar_date_is_set (&published))
            {
              FoundDate found;

              text = line_dup (page, line);
              if (find_written_date (text, strlen (text), line->n_latin > 0, MASAR_DATE_PRECISION_MONTH, &found))
                published = found.date;
              if (outlet_published == NULL)
                outlet_published = outlet_from_published (text);
            }
          break;
        case LINE_DATELINE:
          if (outlet_dateline == NULL && i < first_body)
            {
              text = line_dup (page, line);
              outlet_dateline = outlet_from_dateline (text);
            }
          break;
        case LINE_DATE:
          /* The date line under the title, or else the nearest one above it. */
          if (i < first_body && (header_line == G_MAXUINT || title == G_MAXUINT || header_line < title))
            header_line = i;
          break;
        case LINE_UPDATED:
          if (!masar_date_is_set (&updated))
            {
              FoundDate found;

              if (find_written_date (line_text (page, line), line->b1 - line->b0, line->n_latin > 0,
                                     MASAR_DATE_PRECISION_DAY, &found))
                updated = found.date;
            }
          break;
        case LINE_URL:
          if (out->url == NULL)
            out->url = line_dup (page, line);
          break;
        default:
          break;
        }

      if (!masar_date_is_set (&url_day) && i < first_body && line->kind != LINE_BODY &&
          line->n_latin > 0)
        url_date (line_text (page, line), line->b1 - line->b0, &url_day);

      /* A copyright notice may sit inside a long footer line. */
      if (copyright_year == 0 && line->kind != LINE_BODY &&
          (line->kind == LINE_COPYRIGHT || line->kind == LINE_JUNK || line->kind == LINE_LIST_HEADER ||
           line->kind == LINE_SHORT || line->kind == LINE_HEADLINE))
        {
          int year = 0;
          char *name = NULL;

          if (parse_copyright (line_text (page, line), line->b1 - line->b0, &year, &name))
            {
              copyright_year = year;
              g_free (outlet_copyright);
              outlet_copyright = name;
            }
          else
            g_free (name);
        }
    }

  if (header_line != G_MAXUINT)
    {
      const Line *line = &page->lines[header_line];
      FoundDate found;

      if (find_written_date (line_text (page, line), line->b1 - line->b0, line->n_latin > 0,
                             MASAR_DATE_PRECISION_DAY, &found))
        header_date = found.date;
      if (outlet_masthead == NULL)
        outlet_masthead = outlet_from_masthead (line_text (page, line), line->b1 - line->b0);
    }

  /* "موسكو، 17 أكتوبر 2025 – قال …": the lead opens with its dateline's date. */
  if (!masar_date_is_set (&published) && !masar_date_is_set (&header_date))
    lead_dateline_date (page, &page->lines[first_body], &dateline_date);

  /* "واشنطن – موسكو (وكالة الأفق) – وافق …": a dateline at the start of the lead. */
  if (outlet_dateline == NULL)
    {
      const Line *lead = &page->lines[first_body];
      gsize n = MIN (lead->b1 - lead->b0, (gsize) 160);
      g_autofree char *head = g_strndup (line_text (page, lead), n);
      char *close = strchr (head, ')');

      if (close != NULL && strchr (head, '(') != NULL && strchr (head, '(') < close &&
          (g_str_has_prefix (close + 1, " \xe2\x80\x93") || g_str_has_prefix (close + 1, " -") ||
           g_str_has_prefix (close + 1, " \xd9\x80") || g_str_has_prefix (close + 1, ":")))
        {
          close[1] = '\0';
          outlet_dateline = outlet_from_dateline (head);
        }
    }

  /* "اكتملت اليوم الأحد ٢٥ أيار ٢٠٢٥": the lead gives today's date. */
  if (!masar_date_is_set (&published) && !masar_date_is_set (&header_date) &&
      !masar_date_is_set (&dateline_date) && !masar_date_is_set (&updated))
    {
      const Line *lead = &page->lines[first_body];
      gsize n = MIN (lead->b1 - lead->b0, (gsize) 400);
      g_autofree char *head = g_strndup (line_text (page, lead), n);
      const char *today = strstr (head, "\xd8\xa7\xd9\x84\xd9\x8a\xd9\x88\xd9\x85 ");   /* "اليوم " */

      if (today != NULL)
        {
          g_autofree char *after = g_strndup (today, MIN (strlen (today), (gsize) 60));
          const char *valid_end;
          MasarDate date;

          if (!g_utf8_validate (after, -1, &valid_end))
            after[valid_end - after] = '\0';
          if (masar_ingest_find_date (after, &date) && count_words_before_date (after) <= 3)
            lead_date = date;
        }
    }

  out->first_body = first_body;
  out->last_body = last_body;
  out->title_line = title;
  if (title != G_MAXUINT)
    out->title = line_dup (page, &page->lines[title]);
  else
    out->title = title_from_body (page, &page->lines[first_body]);

  if (outlet_source != NULL)
    out->outlet = g_steal_pointer (&outlet_source);
  else if (outlet_published != NULL)
    out->outlet = g_steal_pointer (&outlet_published);
  else if (outlet_masthead != NULL)
    out->outlet = g_steal_pointer (&outlet_masthead);
  else if (outlet_dateline != NULL)
    out->outlet = g_steal_pointer (&outlet_dateline);
  else if (outlet_copyright != NULL)
    out->outlet = g_steal_pointer (&outlet_copyright);

  if (masar_date_is_set (&published))
    {
      out->date = published;
      out->basis = MASAR_DATE_BASIS_EXPLICIT;
    }
  else if (masar_date_is_set (&header_date))
    {
      out->date = header_date;
      out->basis = MASAR_DATE_BASIS_EXPLICIT;
    }
  else if (masar_date_is_set (&dateline_date))
    {
      out->date = dateline_date;
      out->basis = MASAR_DATE_BASIS_EXPLICIT;
    }
  else if (masar_date_is_set (&updated))
    {
      out->date = updated;
      out->basis = MASAR_DATE_BASIS_EXPLICIT;
    }
  else if (masar_date_is_set (&lead_date))
    {
      out->date = lead_date;
      out->basis = MASAR_DATE_BASIS_INFERRED;
    }
  else if (masar_date_is_set (&url_day))
    {
      out->date = url_day;
      out->basis = MASAR_DATE_BASIS_INFERRED;
    }
  else if (copyright_year > 0)
    {
      out->date.year = copyright_year;
      out->basis = MASAR_DATE_BASIS_WEAK;
    }
  else
    out->basis = MASAR_DATE_BASIS_UNKNOWN;

  return TRUE;
}

static MasarArticle *
article_from_region (Page       *page,
                     Region     *region,
                     const char *rel_path,
                     guint       segment,
                     const char *encoding)
{
  MasarArticle *article = masar_article_new (rel_path, segment);
  guint start_line = region->title_line != G_MAXUINT ? region->title_line : region->first_body;

  masar_article_set_file_text (article, page->text);
  masar_article_set_span (article, page->lines[start_line].c0, page->lines[region->last_body].c1);
  for (guint i = start_line; i <= region->last_body; i++)
    {
      const Line *line = &page->lines[i];
      guint c0 = line->c0;

      if (line->kind != LINE_BODY)
        continue;
      /* "• نص الفقرة": the paragraph starts at its text, not at the bullet. */
      if (line->bullet)
        {
          const char *p = page->str + line->b0;
          const char *end = page->str + line->b1;

          next_char (&p);
          c0++;
          while (p < end)
            {
              const char *q = p;

              if (!is_space (next_char (&q)))
                break;
              p = q;
              c0++;
            }
        }
      masar_article_add_paragraph (article, c0, line->c1);
    }
  masar_article_set_title (article, region->title);
  masar_article_set_outlet (article, region->outlet);
  masar_article_set_url (article, region->url);
  masar_article_set_encoding (article, encoding);
  masar_article_set_published (article, &region->date, region->basis);
  return article;
}

static void
page_clear (Page *page)
{
  g_clear_pointer (&page->lines, g_free);
  g_clear_pointer (&page->text, masar_file_text_unref);
}

/**
 * masar_ingest_text:
 * @text: the decoded text of a file (or the text extracted from an HTML page)
 * @rel_path: the file's path relative to the corpus folder
 * @encoding: (nullable): the source encoding, recorded on the articles
 * @hints: (nullable): the user's split and merge points
 * @articles: (element-type MasarArticle): where the articles found are appended
 *
 * Cleans and splits @text into articles with titles, outlets, dates, spans and paragraphs.
 */
void
masar_ingest_text (MasarFileText          *text,
                   const char             *rel_path,
                   const char             *encoding,
                   const MasarIngestHints *hints,
                   GPtrArray              *articles)
{
  Page page = { 0 };
  g_autoptr(GArray) bounds = NULL;
  guint segment = 0;

  g_return_if_fail (text != NULL);
  g_return_if_fail (rel_path != NULL);
  g_return_if_fail (articles != NULL);

  page.text = masar_file_text_ref (text);
  split_lines (&page);
  classify_page (&page);
  bounds = find_regions (&page, TRUE, hints);

  for (guint k = 0; k + 1 < bounds->len; k++)
    {
      Region region;

      if (!analyze_region (&page, g_array_index (bounds, guint, k), g_array_index (bounds, guint, k + 1),
                           FALSE, &region))
        continue;
      /* A second article of the page without an outlet of its own comes from the same one. */
      if (region.outlet == NULL && segment > 0)
        region.outlet = g_strdup (masar_article_get_outlet (g_ptr_array_index (articles, articles->len - 1)));
      /* Without a date of its own, the page's date is a weak hint for it: a story offered
       * under "اقرأ أيضاً" is seldom much older than the page. */
      if (segment > 0 && (region.basis == MASAR_DATE_BASIS_UNKNOWN || region.basis == MASAR_DATE_BASIS_WEAK))
        {
          MasarArticle *prev = g_ptr_array_index (articles, articles->len - 1);
          MasarDate d;

          masar_article_get_published (prev, &d);
          if (masar_article_get_published_basis (prev) == MASAR_DATE_BASIS_EXPLICIT &&
              masar_date_get_precision (&d) == MASAR_DATE_PRECISION_DAY)
            {
              region.date = d;
              region.basis = MASAR_DATE_BASIS_WEAK;
            }
        }
      g_ptr_array_add (articles, article_from_region (&page, &region, rel_path, segment++, encoding));
      region_clear (&region);
    }

  page_clear (&page);
}

/* ---- JSON ---- */

static const char *
get_string_member (JsonObject         *obj,
                   const char * const *names,
                   gsize               n_names)
{
  for (gsize i = 0; i < n_names; i++)
    {
      JsonNode *node = json_object_get_member (obj, names[i]);

      if (node == NULL)
        continue;
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        {
          const char *s = json_node_get_string (node);

          if (s != NULL && *s != '\0')
            return s;
        }
      else if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *inner = json_node_get_object (node);
          const char *s = json_object_get_string_member_with_default (inner, "name", NULL);

          if (s != NULL && *s != '\0')
            return s;
        }
    }
  return NULL;
}

typedef struct
{
  char *title;
  char *text;
  char *date;
  char *url;
  char *outlet;
} Record;

static void
record_free (gpointer data)
{
  Record *r = data;

  g_free (r->title);
  g_free (r->text);
  g_free (r->date);
  g_free (r->url);
  g_free (r->outlet);
  g_free (r);
}

static gboolean
add_record (GPtrArray *records,
            JsonNode  *node)
{
  static const char * const title_names[] = { "title", "headline", "name" };
  static const char * const text_names[] = { "text", "maintext", "content", "body", "article", "article_text" };
  static const char * const date_names[] = { "date_publish", "date", "published", "published_at",
                                             "datePublished", "pubDate", "date_published", "publish_date" };
  static const char * const url_names[] = { "url", "link", "source_url" };
  static const char * const outlet_names[] = { "source_domain", "source", "outlet", "site_name",
                                               "publisher", "site" };
  JsonObject *obj;
  const char *body;
  Record *r;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  obj = json_node_get_object (node);
  body = get_string_member (obj, text_names, G_N_ELEMENTS (text_names));
  if (body == NULL)
    return FALSE;

  r = g_new0 (Record, 1);
  r->title = g_strdup (get_string_member (obj, title_names, G_N_ELEMENTS (title_names)));
  r->text = g_strdup (body);
  r->date = g_strdup (get_string_member (obj, date_names, G_N_ELEMENTS (date_names)));
  r->url = g_strdup (get_string_member (obj, url_names, G_N_ELEMENTS (url_names)));
  r->outlet = g_strdup (get_string_member (obj, outlet_names, G_N_ELEMENTS (outlet_names)));
  g_ptr_array_add (records, r);
  return TRUE;
}

static void
collect_records (JsonNode  *root,
                 GPtrArray *records,
                 guint     *n_bad)
{
  static const char * const list_names[] = { "articles", "items", "data", "results", "records" };

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!add_record (records, json_array_get_element (array, i)))
          (*n_bad)++;
      return;
    }
  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *obj = json_node_get_object (root);

      for (gsize i = 0; i < G_N_ELEMENTS (list_names); i++)
        {
          JsonNode *node = json_object_get_member (obj, list_names[i]);

          if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
            {
              collect_records (node, records, n_bad);
              return;
            }
        }
      if (!add_record (records, root))
        (*n_bad)++;
      return;
    }
  (*n_bad)++;
}

static void
add_problem (GPtrArray        *problems,
             const char       *rel_path,
             MasarProblemKind  kind,
             const char       *format,
             ...) G_GNUC_PRINTF (4, 5);

static void
add_problem (GPtrArray        *problems,
             const char       *rel_path,
             MasarProblemKind  kind,
             const char       *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (problems, masar_problem_new (rel_path, kind, message));
}

static char *
clean_newlines (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p != '\0'; p++)
    if (*p != '\r')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static void
ingest_json (const char  *utf8,
             gsize        n_bytes,
             gboolean     lines,
             const char  *rel_path,
             const char  *encoding,
             GPtrArray   *articles,
             GPtrArray   *problems)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (record_free);
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (guint));
  GString *text;
  Page page = { 0 };
  guint n_bad = 0, n_syntax = 0;
  guint char_pos = 0;
  guint line_index = 0;

  if (lines)
    {
      const char *p = utf8;
      const char *end = utf8 + n_bytes;

      while (p < end)
        {
          const char *nl = memchr (p, '\n', end - p);
          const char *le = nl != NULL ? nl : end;
          const char *q = p;

          while (q < le && g_ascii_isspace (*q))
            q++;
          if (q < le)
            {
              g_autoptr(JsonParser) parser = json_parser_new ();

              if (json_parser_load_from_data (parser, q, le - q, NULL))
                collect_records (json_parser_get_root (parser), records, &n_bad);
              else
                n_syntax++;
            }
          p = le + 1;
        }
    }
  else
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;

      if (!json_parser_load_from_data (parser, utf8, n_bytes, &error))
        {
          add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED, _("not valid JSON: %s"), error->message);
          return;
        }
      if (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        {
          JsonObject *obj = json_node_get_object (json_parser_get_root (parser));
          const char *format = json_object_get_string_member_with_default (obj, "format", NULL);

          if (format != NULL && g_str_has_prefix (format, "masar-"))
            {
              add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED,
                           _("a Masar file (%s), not articles"), format);
              return;
            }
        }
      collect_records (json_parser_get_root (parser), records, &n_bad);
    }

  if (n_syntax > 0)
    add_problem (problems, rel_path, MASAR_PROBLEM_PARTIAL,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%u line is not valid JSON and was skipped",
                              "%u lines are not valid JSON and were skipped", n_syntax),
                 n_syntax);
  if (n_bad > 0 && records->len > 0)
    add_problem (problems, rel_path, MASAR_PROBLEM_PARTIAL,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%u record has no article text and was skipped",
                              "%u records have no article text and were skipped", n_bad),
                 n_bad);
  if (records->len == 0)
    {
      add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED,
                   _("no article records (expected objects with “text” or “maintext”)"));
      return;
    }

  /* The file text the reader shows: each record's title and text, records apart by blank
   * lines; offsets count into it. */
  text = g_string_new (NULL);
  for (guint i = 0; i < records->len; i++)
    {
      Record *r = g_ptr_array_index (records, i);
      g_autofree char *body = clean_newlines (r->text);
      guint start = char_pos;

      if (i > 0)
        {
          g_string_append (text, "\n\n\n");
          char_pos += 3;
          start = char_pos;
        }
      if (r->title != NULL)
        {
          g_autofree char *title = g_strdelimit (clean_newlines (r->title), "\n", ' ');

          g_string_append (text, title);
          g_string_append (text, "\n\n");
          char_pos += g_utf8_strlen (title, -1) + 2;
        }
      g_string_append (text, body);
      char_pos += g_utf8_strlen (body, -1);
      g_array_append_val (ranges, start);
    }
  g_array_append_val (ranges, char_pos);

  {
    gsize len = text->len;

    page.text = masar_file_text_new_take (g_string_free (text, FALSE), len);
  }
  split_lines (&page);
  classify_page (&page);

  for (guint i = 0; i < records->len; i++)
    {
      Record *r = g_ptr_array_index (records, i);
      guint c_start = g_array_index (ranges, guint, i);
      guint c_end = g_array_index (ranges, guint, i + 1);
      guint r0, r1;
      Region region;
      MasarArticle *article;

      while (line_index < page.n_lines && page.lines[line_index].c1 < c_start)
        line_index++;
      r0 = line_index;
      r1 = r0;
      while (r1 < page.n_lines && (page.lines[r1].c0 < c_end || page.lines[r1].c0 == page.lines[r1].c1) &&
             page.lines[r1].c0 <= c_end)
        r1++;
      /* The title line of the record is its title, whatever its shape. */
      if (r->title != NULL && r0 < r1 && page.lines[r0].kind != LINE_BLANK)
        page.lines[r0].kind = LINE_HEADLINE;

      if (!analyze_region (&page, r0, r1, TRUE, &region))
        {
          line_index = r1;
          continue;
        }
      if (r->title != NULL && page.lines[r0].kind == LINE_HEADLINE)
        region.title_line = r0;
      if (r->title != NULL)
        {
          g_free (region.title);
          region.title = g_strdelimit (g_strdup (r->title), "\r\n", ' ');
        }
      if (r->outlet != NULL)
        {
          g_free (region.outlet);
          region.outlet = g_strdup (r->outlet);
        }
      if (r->url != NULL)
        {
          g_free (region.url);
          region.url = g_strdup (r->url);
        }
      if (r->date != NULL)
        {
          MasarDate date = MASAR_DATE_INIT;

          if (masar_date_parse_iso (r->date, &date) || masar_ingest_find_date (r->date, &date))
            {
              region.date = date;
              region.basis = MASAR_DATE_BASIS_EXPLICIT;
            }
        }
      article = article_from_region (&page, &region, rel_path, articles->len, encoding);
      g_ptr_array_add (articles, article);
      region_clear (&region);
      line_index = r1;
    }

  page_clear (&page);
}

/* ---- HTML ---- */

static void
ingest_html (const char             *utf8,
             gsize                   n_bytes,
             const char             *rel_path,
             const char             *encoding,
             const MasarIngestHints *hints,
             GPtrArray              *articles,
             GPtrArray              *problems)
{
  MasarHtmlPage html = { 0 };
  g_autoptr(MasarFileText) text = NULL;
  guint first = articles->len;
  gsize text_len;

  if (!masar_html_extract (utf8, n_bytes, &html))
    {
      add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED, _("the HTML could not be parsed"));
      return;
    }

  /* Measure before stealing: the order in which arguments are evaluated is unspecified. */
  if (html.text == NULL)
    html.text = g_strdup ("");
  text_len = strlen (html.text);
  text = masar_file_text_new_take (g_steal_pointer (&html.text), text_len);
  masar_ingest_text (text, rel_path, encoding, hints, articles);

  if (articles->len > first)
    {
      MasarArticle *article = g_ptr_array_index (articles, first);
      MasarDate date = MASAR_DATE_INIT;

      if (html.site_name != NULL)
        masar_article_set_outlet (article, html.site_name);
      if (html.url != NULL)
        masar_article_set_url (article, html.url);
      if (html.published != NULL &&
          (masar_date_parse_iso (html.published, &date) || masar_ingest_find_date (html.published, &date)))
        masar_article_set_published (article, &date, MASAR_DATE_BASIS_EXPLICIT);
      if (html.title != NULL && masar_article_get_paragraphs (article)->len > 0)
        {
          MasarSpan span = masar_article_get_span (article);
          const MasarSpan *p0 = &g_array_index (masar_article_get_paragraphs (article), MasarSpan, 0);

          /* No headline line was found above the body: the page's title is the title. */
          if (span.start == p0->start)
            masar_article_set_title (article, html.title);
        }
    }
  masar_html_page_clear (&html);
}

/* ---- files ---- */

/**
 * masar_ingest_is_ignored_name:
 * @basename: a file or folder name
 *
 * Returns: %TRUE for names the corpus never reads: hidden files and folders (including our
 *   own `.masar-corpus.json`), editor backups ("name~") and a folder's own notes
 *   (README, LICENSE, COPYING, CHANGELOG with any extension)
 */
gboolean
masar_ingest_is_ignored_name (const char *basename)
{
  static const char * const notes[] = { "readme", "license", "licence", "copying", "changelog" };

  if (basename[0] == '.' || g_str_has_suffix (basename, "~"))
    return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      gsize len = strlen (notes[i]);

      if (g_ascii_strncasecmp (basename, notes[i], len) == 0 &&
          (basename[len] == '\0' || basename[len] == '.'))
        return TRUE;
    }
  return FALSE;
}

/**
 * masar_ingest_format_for_name:
 * @basename: a file name
 *
 * Returns: the format its extension names; %MASAR_INGEST_FORMAT_NONE for media, archives,
 *   documents and code; %MASAR_INGEST_FORMAT_SNIFF when the extension says nothing
 */
MasarIngestFormat
masar_ingest_format_for_name (const char *basename)
{
  static const char * const none[] = {
    "png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "ico", "tif", "tiff", "avif", "heic",
    "mp3", "mp4", "m4a", "wav", "ogg", "oga", "webm", "avi", "mov", "mkv", "flac",
    "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "zst", "tar",
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "epub",
    "exe", "so", "dll", "bin", "o", "a", "woff", "woff2", "ttf", "otf", "css", "js", "pyc",
  };
  const char *dot = strrchr (basename, '.');
  g_autofree char *ext = NULL;

  if (dot == NULL || dot == basename)
    return MASAR_INGEST_FORMAT_SNIFF;
  ext = g_ascii_strdown (dot + 1, -1);

  if (g_str_equal (ext, "txt") || g_str_equal (ext, "text") || g_str_equal (ext, "md"))
    return MASAR_INGEST_FORMAT_TEXT;
  if (g_str_equal (ext, "html") || g_str_equal (ext, "htm") || g_str_equal (ext, "xhtml") ||
      g_str_equal (ext, "shtml"))
    return MASAR_INGEST_FORMAT_HTML;
  if (g_str_equal (ext, "json"))
    return MASAR_INGEST_FORMAT_JSON;
  if (g_str_equal (ext, "jsonl") || g_str_equal (ext, "ndjson"))
    return MASAR_INGEST_FORMAT_JSONL;
  for (gsize i = 0; i < G_N_ELEMENTS (none); i++)
    if (g_str_equal (ext, none[i]))
      return MASAR_INGEST_FORMAT_NONE;
  return MASAR_INGEST_FORMAT_SNIFF;
}

/**
 * masar_ingest_sniff:
 * @data: the start of a decoded (UTF-8) file
 * @length: its length
 *
 * Returns: HTML for markup, JSON or JSON Lines for an object or array, text otherwise
 */
MasarIngestFormat
masar_ingest_sniff (const guint8 *data,
                    gsize         length)
{
  gsize i = 0;
  gsize n = MIN (length, (gsize) 2048);
  g_autofree char *head = NULL;

  while (i < n && (g_ascii_isspace (data[i]) || data[i] == 0xEF || data[i] == 0xBB || data[i] == 0xBF))
    i++;
  if (i >= n)
    return MASAR_INGEST_FORMAT_TEXT;

  head = g_ascii_strdown ((const char *) data + i, n - i);
  if (data[i] == '<' &&
      (strstr (head, "<html") != NULL || strstr (head, "<!doctype html") != NULL ||
       strstr (head, "<body") != NULL || strstr (head, "<p") != NULL || strstr (head, "<div") != NULL ||
       strstr (head, "<head") != NULL))
    return MASAR_INGEST_FORMAT_HTML;
  if (data[i] == '[')
    return MASAR_INGEST_FORMAT_JSON;
  if (data[i] == '{')
    {
      const char *nl = memchr (head, '\n', strlen (head));

      while (nl != NULL && g_ascii_isspace (nl[1]) && nl[1] != '\0')
        nl++;
      if (nl != NULL && nl[1] == '{')
        return MASAR_INGEST_FORMAT_JSONL;
      return MASAR_INGEST_FORMAT_JSON;
    }
  return MASAR_INGEST_FORMAT_TEXT;
}

/* masar_ingest_data(); with @owned (which is @data, see masar_decode_take()), the data is
 * taken and *@owned stolen: most files are read where they were loaded, without a copy. */
static void
ingest_data (const guint8           *data,
             gsize                   length,
             guint8                **owned,
             const char             *rel_path,
             MasarIngestFormat       format,
             const MasarIngestHints *hints,
             GPtrArray              *articles,
             GPtrArray              *problems)
{
  MasarDecoded decoded = { 0 };
  g_autoptr(GError) error = NULL;
  guint first = articles->len;
  gboolean blank = TRUE;

  if (length == 0)
    {
      add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED, _("empty file"));
      return;
    }

  if (owned != NULL ? !masar_decode_take (g_steal_pointer (owned), length, &decoded, &error) :
      !masar_decode (data, length, &decoded, &error))
    {
      if (g_error_matches (error, MASAR_DECODE_ERROR, MASAR_DECODE_ERROR_BINARY))
        add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED, _("binary file, not text"));
      else
        add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED, _("could not be decoded: %s"), error->message);
      return;
    }

  if (decoded.n_replaced > 0)
    add_problem (problems, rel_path, MASAR_PROBLEM_PARTIAL,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%u invalid byte sequence (as %s) was replaced with U+FFFD",
                              "%u invalid byte sequences (as %s) were replaced with U+FFFD",
                              decoded.n_replaced),
                 decoded.n_replaced, decoded.encoding);

  for (gsize i = 0; i < decoded.n_bytes && blank; i++)
    if (!g_ascii_isspace (decoded.text[i]))
      blank = FALSE;
  if (blank)
    {
      add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED, _("empty file (only white space)"));
      masar_decoded_clear (&decoded);
      return;
    }

  if (format == MASAR_INGEST_FORMAT_SNIFF || format == MASAR_INGEST_FORMAT_NONE)
    format = masar_ingest_sniff ((const guint8 *) decoded.text, decoded.n_bytes);

  switch (format)
    {
    case MASAR_INGEST_FORMAT_HTML:
      ingest_html (decoded.text, decoded.n_bytes, rel_path, decoded.encoding, hints, articles, problems);
      break;
    case MASAR_INGEST_FORMAT_JSON:
    case MASAR_INGEST_FORMAT_JSONL:
      ingest_json (decoded.text, decoded.n_bytes, format == MASAR_INGEST_FORMAT_JSONL,
                   rel_path, decoded.encoding, articles, problems);
      break;
    case MASAR_INGEST_FORMAT_TEXT:
    case MASAR_INGEST_FORMAT_SNIFF:
    case MASAR_INGEST_FORMAT_NONE:
    default:
      {
        gsize n = decoded.n_bytes;
        g_autoptr(MasarFileText) text = masar_file_text_new_take (g_steal_pointer (&decoded.text), n);

        masar_ingest_text (text, rel_path, decoded.encoding, hints, articles);
        if (articles->len == first)
          add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED,
                       _("no article text found (no paragraph of running text)"));
      }
      break;
    }

  masar_decoded_clear (&decoded);
}

/**
 * masar_ingest_data:
 * @data: the bytes of a file (at most the size cap)
 * @length: their length
 * @rel_path: the file's path relative to the corpus folder
 * @format: its format, or %MASAR_INGEST_FORMAT_SNIFF
 * @hints: (nullable): the user's split and merge points
 * @articles: (element-type MasarArticle): where articles are appended
 * @problems: (element-type MasarProblem): where problems are appended
 *
 * Decodes and reads one file's bytes.
 */
void
masar_ingest_data (const guint8           *data,
                   gsize                   length,
                   const char             *rel_path,
                   MasarIngestFormat       format,
                   const MasarIngestHints *hints,
                   GPtrArray              *articles,
                   GPtrArray              *problems)
{
  ingest_data (data, length, NULL, rel_path, format, hints, articles, problems);
}

/* Reads a file whose size said @size into a new buffer of at most @max_bytes (plus one
 * byte of room): reads until the end or until @max_bytes are read, and then one byte more to
 * tell whether the file goes on (@truncated). @read_fn reads from @source as read(2) does
 * (-1 with @error set on failure). */
typedef gssize (*ReadFunc) (gpointer       source,
                            guint8        *buffer,
                            gsize          count,
                            GCancellable  *cancellable,
                            GError       **error);

static guint8 *
read_capped (ReadFunc       read_fn,
             gpointer       source,
             goffset        size,
             gsize          max_bytes,
             gsize         *n_read_out,
             gboolean      *truncated,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree guint8 *buf = NULL;
  gsize cap = MIN ((gsize) MAX (size, 0), max_bytes);
  gsize n_read = 0;

  *truncated = FALSE;
  buf = g_malloc (cap + 1);
  for (;;)
    {
      gssize got;

      if (n_read == cap)
        {
          guint8 probe;

          /* Is there more than the size said (or than the cap allows)? */
          got = read_fn (source, &probe, 1, cancellable, error);
          if (got < 0)
            return NULL;
          if (got == 0)
            break;
          if (cap >= max_bytes)
            {
              *truncated = TRUE;
              break;
            }
          cap = MIN (MAX (cap * 2, (gsize) 4096), max_bytes);
          buf = g_realloc (buf, cap + 1);
          buf[n_read++] = probe;
          continue;
        }
      got = read_fn (source, buf + n_read, cap - n_read, cancellable, error);
      if (got < 0)
        return NULL;
      if (got == 0)
        break;
      n_read += got;
    }
  *n_read_out = n_read;
  return g_steal_pointer (&buf);
}

static gssize
read_stream (gpointer       source,
             guint8        *buffer,
             gsize          count,
             GCancellable  *cancellable,
             GError       **error)
{
  gsize got = 0;

  if (!g_input_stream_read_all (G_INPUT_STREAM (source), buffer, count, &got, cancellable, error))
    return -1;
  return got;
}

static gssize
read_fd (gpointer       source,
         guint8        *buffer,
         gsize          count,
         GCancellable  *cancellable,
         GError       **error)
{
  int fd = GPOINTER_TO_INT (source);
  gsize done = 0;

  while (done < count)
    {
      gssize got = read (fd, buffer + done, count - done);

      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved_errno = errno;

          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               g_strerror (saved_errno));
          return -1;
        }
      if (got == 0)
        break;
      done += got;
    }
  return done;
}

/* A local file is opened and measured with one path lookup (open and fstat), where GIO
 * takes three; open does not wait for a writer (a FIFO is not a regular file anyway). Any
 * failure returns NULL without a problem, so that the GIO path reads the file again and
 * reports it in its own words. */
static guint8 *
read_local (const char *path,
            gsize       max_bytes,
            goffset    *size,
            gsize      *n_read,
            gboolean   *truncated)
{
  struct stat st;
  guint8 *buf;
  int fd;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    return NULL;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      return NULL;
    }
  *size = st.st_size;
  buf = read_capped (read_fd, GINT_TO_POINTER (fd), st.st_size, max_bytes, n_read, truncated,
                     NULL, NULL);
  close (fd);
  return buf;
}

/* Reads @file with GIO; a file that cannot be read becomes a problem (and NULL). */
static guint8 *
read_gio (GFile         *file,
          const char    *rel_path,
          gsize          max_bytes,
          goffset       *size,
          gsize         *n_read,
          gboolean      *truncated,
          GPtrArray     *problems,
          GCancellable  *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  guint8 *buf;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED, _("broken link or missing file"));
      else
        add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED, _("could not be read: %s"), error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED, _("not a regular file"));
      return NULL;
    }

  stream = g_file_read (file, cancellable, &error);
  if (stream == NULL)
    {
      add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED, _("could not be read: %s"), error->message);
      return NULL;
    }

  *size = g_file_info_get_size (info);
  buf = read_capped (read_stream, stream, *size, max_bytes, n_read, truncated, cancellable, &error);
  if (buf == NULL)
    add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED, _("could not be read: %s"), error->message);
  return buf;
}

/**
 * masar_ingest_file:
 * @file: the file
 * @rel_path: its path relative to the corpus folder
 * @max_bytes: read at most this many bytes; a longer file is truncated and reported
 * @hints: (nullable): the user's split and merge points
 * @articles: (element-type MasarArticle): where articles are appended
 * @problems: (element-type MasarProblem): where problems are appended
 * @cancellable: (nullable): a #GCancellable
 *
 * Reads one corpus file. Never fails: what cannot be read becomes a problem.
 */
void
masar_ingest_file (GFile                  *file,
                   const char             *rel_path,
                   gsize                   max_bytes,
                   const MasarIngestHints *hints,
                   GPtrArray              *articles,
                   GPtrArray              *problems,
                   GCancellable           *cancellable)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree guint8 *buf = NULL;
  const char *path;
  MasarIngestFormat format;
  goffset size = 0;
  gsize n_read = 0;
  gboolean truncated = FALSE;

  format = masar_ingest_format_for_name (basename);
  if (format == MASAR_INGEST_FORMAT_NONE)
    {
      add_problem (problems, rel_path, MASAR_PROBLEM_SKIPPED, _("not an article file (by its extension)"));
      return;
    }

  path = g_file_peek_path (file);
  if (path != NULL && !g_cancellable_is_cancelled (cancellable))
    buf = read_local (path, max_bytes, &size, &n_read, &truncated);
  if (buf == NULL)
    buf = read_gio (file, rel_path, max_bytes, &size, &n_read, &truncated, problems, cancellable);
  if (buf == NULL)
    return;

  if (truncated)
    {
      /* Cut at the last line break so that no character or line is cut in half. */
      gsize cut = n_read;

      for (gsize i = n_read; i > 0 && n_read - i < 1024 * 1024; i--)
        if (buf[i - 1] == '\n')
          {
            cut = i;
            break;
          }
      if (cut == n_read)
        {
          while (cut > 0 && n_read - cut < 4 && (buf[cut - 1] & 0xC0) == 0x80)
            cut--;
          if (cut > 0 && buf[cut - 1] >= 0xC0)
            cut--;
        }
      n_read = cut;
      add_problem (problems, rel_path, MASAR_PROBLEM_PARTIAL,
                   _("too large: only the first %lu MB of %lu MB were read"),
                   (gulong) (max_bytes / (1024 * 1024)), (gulong) (size / (1024 * 1024)));
    }

  ingest_data (buf, n_read, &buf, rel_path, format, hints, articles, problems);
}
