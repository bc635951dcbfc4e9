/* masar-dates.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finding and resolving dates in Arabic news text.
 *
 * How it works: one pass over the text decodes UTF-8, splits it into lines and each line
 * into tokens (words, numbers, punctuation).  Every word is folded on the fly (alef variants
 * to ا, ى to ي, ة to ه, tashkeel and tatweel dropped, Persian letters to Arabic ones,
 * presentation forms decomposed) into a small buffer and looked up, with and without its
 * proclitics (و ف ب ل ك), in one hash table of date keywords.  Numbers in ASCII,
 * Arabic-Indic and Persian digits become values.  A small hand-written grammar then runs
 * over the tokens of a line, starting only at numbers and keywords, and keeps the longest
 * expression that starts at each position.  No regular expressions; a date never crosses a
 * line break.
 *
 * Resolution rules (relative forms need a reference, the article's publication date; without
 * one they are returned with basis UNKNOWN and an unset date):
 * - اليوم / أمس / أمس الأول، أول أمس / غداً / بعد غد: the reference plus 0, -1, -2, +1, +2 days.
 *   A weekday written next to them ("أمس الجمعة", "أمس (الثلاثاء)") wins over the reference
 *   when they disagree, since a publication date is often off by a day or two: the nearest
 *   day with that weekday is used, looking up to five days back for أمس (one forward) and
 *   up to five forward for غداً (one back).
 * - A bare weekday ("يوم الثلاثاء", "الثلاثاء"): the closest such day on or before the
 *   reference (news is told in the past); "الجمعة الماضية" strictly before it; "الثلاثاء
 *   المقبل/القادم" strictly after it.
 * - Weeks are ISO weeks, Monday to Sunday.  "الأسبوع الماضي" is the span Monday..Sunday of
 *   the week before the reference's week, at day precision (date/date_end); "هذا الأسبوع" /
 *   "الأسبوع الجاري" the reference's own week, "الأسبوع المقبل/القادم" the next one,
 *   "الأسبوع قبل الماضي" two weeks back.
 * - "الشهر الماضي/الجاري/المقبل" and "العام الماضي/الجاري/المقبل" give month or year precision;
 *   "مطلع/منتصف/نهاية العام|الشهر" without a qualifier the reference's own year or month
 *   (the match is "العام"/"الشهر": the part of the period is not represented).
 * - "قبل/منذ N أيام|أسابيع|أشهر|سنوات": days and weeks give a day (reference minus N days or
 *   7N days); months give a month; years give a year.  "منذ …" sets is_since.
 * - A month name with "الماضي": the last such month strictly before the reference's month;
 *   with "المقبل/القادم": the first strictly after it; with "الجاري": the reference's year.
 *   "من العام الماضي" after a month sets the year to the reference's year minus one.
 * - A day and month, or a month, without a year and without such a word ("في 3 نوفمبر"):
 *   the occurrence nearest to the reference in the previous, same or next year, where a
 *   later occurrence must be three times nearer than an earlier one to win (news mostly
 *   tells the past: "في مارس" in December is last March, "في يناير" next January; ties go
 *   to the past), basis RELATIVE.  A weekday written with it picks the year where it fits.
 * - Seasons with a year: ربيع March–May, صيف June–August, خريف September–November as month
 *   spans; شتاء (which straddles two years) only the year.
 * - Hijri dates go through ICU's islamic-umalqura calendar.  A Hijri month with a year is the
 *   span of its Gregorian days; a Hijri year alone ("1445هـ") the span of its days.
 *
 * Guards against numbers that are not dates: a bare four-digit number is a year only after
 * a date word (في، منذ، حتى، عام، سنة، بداية، نهاية، مطلع، أواخر، منتصف، بحلول، خلال …) or
 * with a month or a Hijri mark; numbers glued to other numbers ("11.1", "2,500"), followed
 * by "%" or "ألف/مليون", or part of a longer dash chain (phone numbers) are never dates; times
 * ("الساعة 10") are not matched.  "آب" and "أيار" (also ordinary words) need a day, a year,
 * "شهر", a paired name or "الماضي/المقبل" next to them; other month names without a day or a
 * year need a preposition before them.
 */

#define G_LOG_DOMAIN "masar-dates"

#include "config.h"

#include "masar-dates.h"

#include <string.h>

#include <unicode/ucal.h>

#define MAX_KEY_BYTES 64

/* Keyword classes. */
enum
{
  KW_NONE,
  KW_MONTH,          /* val 1..12 */
  KW_MONTH_HEAD,     /* كانون (1), تشرين (2): needs an ordinal after it */
  KW_HMONTH,         /* Hijri month, val 1..12 */
  KW_HMONTH_HEAD,    /* ربيع (1), جمادى (2), ذو/ذي (3) */
  KW_HMONTH_TAIL,    /* القعدة (11), الحجة (12) after ذو/ذي */
  KW_WEEKDAY,        /* val 1 (Monday) .. 7 (Sunday) */
  KW_ORD,            /* ordinal, val 1..10 */
  KW_NUMW,           /* number word, val */
  KW_UNIT,           /* val UNIT_*, flags count and F_AL */
  KW_SHAHRAY,        /* شهري: "the two months" */
  KW_YEARS_DUAL,     /* عامي: "the two years" */
  KW_TODAY,
  KW_YESTERDAY,
  KW_TOMORROW,
  KW_GHAD,           /* غد, in بعد غد */
  KW_QUAL,           /* val QUAL_* */
  KW_THIS,
  KW_SINCE,
  KW_AGO,
  KW_AFTER,
  KW_FROM,
  KW_AND,
  KW_TO,
  KW_CTX,            /* prepositions and words that make a bare number a year */
  KW_SEASON,         /* val 2 صيف, 3 خريف, 4 شتاء (ربيع is KW_HMONTH_HEAD + F_SEASON) */
  KW_HIJRI_MARK,
  KW_AD_MARK,
  KW_PRAYER,         /* صلاة، خطبة: "الجمعة" after them is the prayer */
  KW_BIG,            /* آلاف، مليون …: the number before is a quantity */
  KW_APPROX,
  KW_MUWAFIQ,        /* الموافق */
  KW_THAT,           /* ذلك، تلك، نفس: "ذلك اليوم" is not today */
  KW_AL,             /* a bare "ال" (الـ26) */
  KW_NEXTDAY,        /* التالي: "اليوم التالي" */
};

/* Keyword flags. */
enum
{
  F_AMBIG  = 1 << 0,
  F_AL     = 1 << 1,
  F_TEN    = 1 << 2,
  F_DUAL   = 1 << 3,
  F_SEASON = 1 << 4,
  F_LAST   = 1 << 5,
  F_ONE    = 1 << 6,
  F_TWO    = 1 << 7,
};

enum
{
  UNIT_DAY = 1,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_YEAR,
};

/* KW_CTX words that name a part of a period: "مطلع العام" is this year's start. */
#define CTX_PART 1

enum
{
  QUAL_NONE,
  QUAL_PAST,
  QUAL_NEXT,
  QUAL_CURRENT,
};

typedef struct
{
  const char *word;
  guint8      cls;
  gint16      val;
  guint8      flags;
} Keyword;

static const Keyword keywords[] = {
  /* Egyptian and Gulf month names */
  { "يناير", KW_MONTH, 1, 0 },
  { "فبراير", KW_MONTH, 2, 0 },
  { "فبرایر", KW_MONTH, 2, 0 },
  { "مارس", KW_MONTH, 3, 0 },
  { "أبريل", KW_MONTH, 4, 0 },
  { "إبريل", KW_MONTH, 4, 0 },
  { "ابريل", KW_MONTH, 4, 0 },
  { "مايو", KW_MONTH, 5, 0 },
  { "يونيو", KW_MONTH, 6, 0 },
  { "يونيه", KW_MONTH, 6, 0 },
  { "يوليو", KW_MONTH, 7, 0 },
  { "يوليه", KW_MONTH, 7, 0 },
  { "أغسطس", KW_MONTH, 8, 0 },
  { "اغسطس", KW_MONTH, 8, 0 },
  { "سبتمبر", KW_MONTH, 9, 0 },
  { "أكتوبر", KW_MONTH, 10, 0 },
  { "اكتوبر", KW_MONTH, 10, 0 },
  { "نوفمبر", KW_MONTH, 11, 0 },
  { "ديسمبر", KW_MONTH, 12, 0 },
  { "دیسمبر", KW_MONTH, 12, 0 },
  /* Levantine and Iraqi */
  { "كانون", KW_MONTH_HEAD, 1, 0 },
  { "شباط", KW_MONTH, 2, 0 },
  { "آذار", KW_MONTH, 3, 0 },
  { "نيسان", KW_MONTH, 4, 0 },
  { "أيار", KW_MONTH, 5, F_AMBIG },
  { "حزيران", KW_MONTH, 6, 0 },
  { "تموز", KW_MONTH, 7, 0 },
  { "آب", KW_MONTH, 8, F_AMBIG },
  { "أيلول", KW_MONTH, 9, 0 },
  { "تشرين", KW_MONTH_HEAD, 2, 0 },
  /* Maghrebi */
  { "ماي", KW_MONTH, 5, 0 },
  { "يوليوز", KW_MONTH, 7, 0 },
  { "غشت", KW_MONTH, 8, 0 },
  { "شتنبر", KW_MONTH, 9, 0 },
  { "نونبر", KW_MONTH, 11, 0 },
  { "دجنبر", KW_MONTH, 12, 0 },
  /* Algerian and Tunisian */
  { "جانفي", KW_MONTH, 1, 0 },
  { "فيفري", KW_MONTH, 2, 0 },
  { "أفريل", KW_MONTH, 4, 0 },
  { "جوان", KW_MONTH, 6, 0 },
  { "جويلية", KW_MONTH, 7, 0 },
  { "أوت", KW_MONTH, 8, 0 },

  /* Hijri months */
  { "محرم", KW_HMONTH, 1, 0 },
  { "صفر", KW_HMONTH, 2, 0 },
  { "ربيع", KW_HMONTH_HEAD, 1, F_SEASON },
  { "جمادى", KW_HMONTH_HEAD, 2, 0 },
  { "رجب", KW_HMONTH, 7, 0 },
  { "شعبان", KW_HMONTH, 8, 0 },
  { "رمضان", KW_HMONTH, 9, 0 },
  { "شوال", KW_HMONTH, 10, 0 },
  { "ذو", KW_HMONTH_HEAD, 3, 0 },
  { "ذي", KW_HMONTH_HEAD, 3, 0 },
  { "القعدة", KW_HMONTH_TAIL, 11, 0 },
  { "الحجة", KW_HMONTH_TAIL, 12, 0 },

  /* Ordinals (month names, أمس الأول, الأول من مارس) */
  { "الأول", KW_ORD, 1, F_AL },
  { "الأولى", KW_ORD, 1, F_AL },
  { "أول", KW_ORD, 1, 0 },
  { "الثاني", KW_ORD, 2, F_AL },
  { "الثانية", KW_ORD, 2, F_AL },
  { "ثاني", KW_ORD, 2, 0 },
  { "الآخر", KW_ORD, 2, F_AL | F_LAST },
  { "الآخرة", KW_ORD, 2, F_AL | F_LAST },
  { "الثالث", KW_ORD, 3, F_AL },
  { "الرابع", KW_ORD, 4, F_AL },
  { "الخامس", KW_ORD, 5, F_AL },
  { "السادس", KW_ORD, 6, F_AL },
  { "السابع", KW_ORD, 7, F_AL },
  { "الثامن", KW_ORD, 8, F_AL },
  { "التاسع", KW_ORD, 9, F_AL },
  { "العاشر", KW_ORD, 10, F_AL },
  { "الحادي", KW_ORD, 1, F_AL },      /* only in "الحادي عشر", "الحادي والعشرين" */
  { "العشرين", KW_ORD, 20, F_AL },
  { "الثلاثين", KW_ORD, 30, F_AL },

  /* Weekdays, 1 = Monday as GDateWeekday */
  { "الاثنين", KW_WEEKDAY, 1, 0 },
  { "الإثنين", KW_WEEKDAY, 1, 0 },
  { "الثلاثاء", KW_WEEKDAY, 2, 0 },
  { "الأربعاء", KW_WEEKDAY, 3, 0 },
  { "الخميس", KW_WEEKDAY, 4, 0 },
  { "الجمعة", KW_WEEKDAY, 5, 0 },
  { "السبت", KW_WEEKDAY, 6, 0 },
  { "الأحد", KW_WEEKDAY, 7, 0 },

  /* Number words */
  { "واحد", KW_NUMW, 1, 0 },
  { "واحدة", KW_NUMW, 1, 0 },
  { "أحد", KW_NUMW, 1, 0 },
  { "إحدى", KW_NUMW, 1, 0 },
  { "اثنين", KW_NUMW, 2, 0 },
  { "اثنان", KW_NUMW, 2, 0 },
  { "اثنتين", KW_NUMW, 2, 0 },
  { "اثنتان", KW_NUMW, 2, 0 },
  { "اثني", KW_NUMW, 2, 0 },
  { "اثنا", KW_NUMW, 2, 0 },
  { "ثلاثة", KW_NUMW, 3, 0 },
  { "ثلاث", KW_NUMW, 3, 0 },
  { "أربعة", KW_NUMW, 4, 0 },
  { "أربع", KW_NUMW, 4, 0 },
  { "خمسة", KW_NUMW, 5, 0 },
  { "خمس", KW_NUMW, 5, 0 },
  { "ستة", KW_NUMW, 6, 0 },
  { "ست", KW_NUMW, 6, 0 },
  { "سبعة", KW_NUMW, 7, 0 },
  { "سبع", KW_NUMW, 7, 0 },
  { "ثمانية", KW_NUMW, 8, 0 },
  { "ثماني", KW_NUMW, 8, 0 },
  { "ثمان", KW_NUMW, 8, 0 },
  { "تسعة", KW_NUMW, 9, 0 },
  { "تسع", KW_NUMW, 9, 0 },
  { "عشرة", KW_NUMW, 10, F_TEN },
  { "عشر", KW_NUMW, 10, F_TEN },
  { "عشرين", KW_NUMW, 20, 0 },
  { "عشرون", KW_NUMW, 20, 0 },
  { "ثلاثين", KW_NUMW, 30, 0 },
  { "ثلاثون", KW_NUMW, 30, 0 },
  { "أربعين", KW_NUMW, 40, 0 },
  { "أربعون", KW_NUMW, 40, 0 },
  { "خمسين", KW_NUMW, 50, 0 },
  { "خمسون", KW_NUMW, 50, 0 },
  { "ستين", KW_NUMW, 60, 0 },
  { "ستون", KW_NUMW, 60, 0 },
  { "سبعين", KW_NUMW, 70, 0 },
  { "سبعون", KW_NUMW, 70, 0 },
  { "ثمانين", KW_NUMW, 80, 0 },
  { "ثمانون", KW_NUMW, 80, 0 },
  { "تسعين", KW_NUMW, 90, 0 },
  { "تسعون", KW_NUMW, 90, 0 },
  { "مئة", KW_NUMW, 100, 0 },
  { "مائة", KW_NUMW, 100, 0 },
  { "ثمانمائة", KW_NUMW, 800, 0 },
  { "ثمانمئة", KW_NUMW, 800, 0 },
  { "تسعمائة", KW_NUMW, 900, 0 },
  { "تسعمئة", KW_NUMW, 900, 0 },
  { "ألف", KW_NUMW, 1000, 0 },
  { "ألفين", KW_NUMW, 2000, 0 },
  { "ألفان", KW_NUMW, 2000, 0 },

  /* Units */
  { "يوم", KW_UNIT, UNIT_DAY, F_ONE },
  { "يوماً", KW_UNIT, UNIT_DAY, F_ONE },
  { "يومين", KW_UNIT, UNIT_DAY, F_TWO },
  { "يومان", KW_UNIT, UNIT_DAY, F_TWO },
  { "أيام", KW_UNIT, UNIT_DAY, 0 },
  { "أسبوع", KW_UNIT, UNIT_WEEK, F_ONE },
  { "أسبوعاً", KW_UNIT, UNIT_WEEK, F_ONE },
  { "أسبوعين", KW_UNIT, UNIT_WEEK, F_TWO },
  { "أسبوعان", KW_UNIT, UNIT_WEEK, F_TWO },
  { "أسابيع", KW_UNIT, UNIT_WEEK, 0 },
  { "الأسبوع", KW_UNIT, UNIT_WEEK, F_AL },
  { "شهر", KW_UNIT, UNIT_MONTH, F_ONE },
  { "شهراً", KW_UNIT, UNIT_MONTH, F_ONE },
  { "شهرين", KW_UNIT, UNIT_MONTH, F_TWO },
  { "شهران", KW_UNIT, UNIT_MONTH, F_TWO },
  { "أشهر", KW_UNIT, UNIT_MONTH, 0 },
  { "شهور", KW_UNIT, UNIT_MONTH, 0 },
  { "الشهر", KW_UNIT, UNIT_MONTH, F_AL },
  { "عام", KW_UNIT, UNIT_YEAR, F_ONE },
  { "عاماً", KW_UNIT, UNIT_YEAR, F_ONE },
  { "عامين", KW_UNIT, UNIT_YEAR, F_TWO },
  { "عامان", KW_UNIT, UNIT_YEAR, F_TWO },
  { "أعوام", KW_UNIT, UNIT_YEAR, 0 },
  { "العام", KW_UNIT, UNIT_YEAR, F_AL },
  { "سنة", KW_UNIT, UNIT_YEAR, F_ONE },
  { "سنتين", KW_UNIT, UNIT_YEAR, F_TWO },
  { "سنتان", KW_UNIT, UNIT_YEAR, F_TWO },
  { "سنوات", KW_UNIT, UNIT_YEAR, 0 },
  { "سنين", KW_UNIT, UNIT_YEAR, 0 },
  { "السنة", KW_UNIT, UNIT_YEAR, F_AL },
  { "شهري", KW_SHAHRAY, 0, 0 },
  { "عامي", KW_YEARS_DUAL, 0, 0 },
  { "سنتي", KW_YEARS_DUAL, 0, 0 },

  /* Relative words */
  { "اليوم", KW_TODAY, 0, 0 },
  { "أمس", KW_YESTERDAY, 0, 0 },
  { "الأمس", KW_YESTERDAY, 0, 0 },
  { "البارحة", KW_YESTERDAY, 0, 0 },
  { "غداً", KW_TOMORROW, 0, 0 },
  { "الغد", KW_TOMORROW, 0, 0 },
  { "غد", KW_GHAD, 0, 0 },
  { "الماضي", KW_QUAL, QUAL_PAST, 0 },
  { "الماضية", KW_QUAL, QUAL_PAST, 0 },
  { "الماضيين", KW_QUAL, QUAL_PAST, F_DUAL },
  { "الماضيتين", KW_QUAL, QUAL_PAST, F_DUAL },
  { "المنصرم", KW_QUAL, QUAL_PAST, 0 },
  { "المنصرمة", KW_QUAL, QUAL_PAST, 0 },
  { "الفائت", KW_QUAL, QUAL_PAST, 0 },
  { "الفائتة", KW_QUAL, QUAL_PAST, 0 },
  { "السابق", KW_QUAL, QUAL_PAST, 0 },
  { "السابقة", KW_QUAL, QUAL_PAST, 0 },
  { "المقبل", KW_QUAL, QUAL_NEXT, 0 },
  { "المقبلة", KW_QUAL, QUAL_NEXT, 0 },
  { "المقبلين", KW_QUAL, QUAL_NEXT, F_DUAL },
  { "القادم", KW_QUAL, QUAL_NEXT, 0 },
  { "القادمة", KW_QUAL, QUAL_NEXT, 0 },
  { "القادمين", KW_QUAL, QUAL_NEXT, F_DUAL },
  { "الجاري", KW_QUAL, QUAL_CURRENT, 0 },
  { "الجارية", KW_QUAL, QUAL_CURRENT, 0 },
  { "الحالي", KW_QUAL, QUAL_CURRENT, 0 },
  { "الحالية", KW_QUAL, QUAL_CURRENT, 0 },
  { "هذا", KW_THIS, 0, 0 },
  { "هذه", KW_THIS, 0, 0 },

  /* Function words */
  { "منذ", KW_SINCE, 0, 0 },
  { "مذ", KW_SINCE, 0, 0 },
  { "قبل", KW_AGO, 0, 0 },
  { "بعد", KW_AFTER, 0, 0 },
  { "من", KW_FROM, 0, 0 },
  { "و", KW_AND, 0, 0 },
  { "إلى", KW_TO, 0, 0 },
  { "الى", KW_TO, 0, 0 },
  { "في", KW_CTX, 0, 0 },
  { "حتى", KW_CTX, 0, 0 },
  { "بداية", KW_CTX, CTX_PART, 0 },
  { "نهاية", KW_CTX, CTX_PART, 0 },
  { "مطلع", KW_CTX, CTX_PART, 0 },
  { "أوائل", KW_CTX, CTX_PART, 0 },
  { "أواخر", KW_CTX, CTX_PART, 0 },
  { "أواسط", KW_CTX, CTX_PART, 0 },
  { "منتصف", KW_CTX, CTX_PART, 0 },
  { "بحلول", KW_CTX, 0, 0 },
  { "خلال", KW_CTX, 0, 0 },
  { "بين", KW_CTX, 0, 0 },
  { "عقب", KW_CTX, 0, 0 },
  { "قبيل", KW_CTX, 0, 0 },
  { "أواخر", KW_CTX, CTX_PART, 0 },
  { "صيف", KW_SEASON, 2, 0 },
  { "خريف", KW_SEASON, 3, 0 },
  { "شتاء", KW_SEASON, 4, 0 },
  { "هـ", KW_HIJRI_MARK, 0, 0 },
  { "هجري", KW_HIJRI_MARK, 0, 0 },
  { "هجرية", KW_HIJRI_MARK, 0, 0 },
  { "الهجري", KW_HIJRI_MARK, 0, 0 },
  { "الهجرية", KW_HIJRI_MARK, 0, 0 },
  { "للهجرة", KW_HIJRI_MARK, 0, 0 },
  { "م", KW_AD_MARK, 0, 0 },
  { "ميلادي", KW_AD_MARK, 0, 0 },
  { "ميلادية", KW_AD_MARK, 0, 0 },
  { "الميلادي", KW_AD_MARK, 0, 0 },
  { "الميلادية", KW_AD_MARK, 0, 0 },
  { "للميلاد", KW_AD_MARK, 0, 0 },
  { "صلاة", KW_PRAYER, 0, 0 },
  { "خطبة", KW_PRAYER, 0, 0 },
  { "آلاف", KW_BIG, 0, 0 },
  { "ألفا", KW_BIG, 0, 0 },
  { "مليون", KW_BIG, 0, 0 },
  { "ملايين", KW_BIG, 0, 0 },
  { "مليار", KW_BIG, 0, 0 },
  { "مليارات", KW_BIG, 0, 0 },
  { "نحو", KW_APPROX, 0, 0 },
  { "حوالي", KW_APPROX, 0, 0 },
  { "قرابة", KW_APPROX, 0, 0 },
  { "زهاء", KW_APPROX, 0, 0 },
  { "الموافق", KW_MUWAFIQ, 0, 0 },
  { "ذلك", KW_THAT, 0, 0 },
  { "تلك", KW_THAT, 0, 0 },
  { "نفس", KW_THAT, 0, 0 },
  { "ذات", KW_THAT, 0, 0 },
  { "نفسه", KW_THAT, 0, 0 },
  { "ذاته", KW_THAT, 0, 0 },
  { "عينه", KW_THAT, 0, 0 },
  { "ال", KW_AL, 0, 0 },
  { "التالي", KW_NEXTDAY, 0, 0 },
  { "التالية", KW_NEXTDAY, 0, 0 },
  /* "اليوم العالمي", "اليوم الوطني" … are days, not today */
  { "العالمي", KW_NEXTDAY, 0, 0 },
  { "الوطني", KW_NEXTDAY, 0, 0 },
  { "الدولي", KW_NEXTDAY, 0, 0 },
  { "الأخير", KW_NEXTDAY, 0, 0 },
  { "الموعود", KW_NEXTDAY, 0, 0 },
  { "المفتوح", KW_NEXTDAY, 0, 0 },
  { "الدراسي", KW_NEXTDAY, 0, 0 },
  { "الختامي", KW_NEXTDAY, 0, 0 },
  { "الافتتاحي", KW_NEXTDAY, 0, 0 },
};

/* The keyword table: open addressing over a string pool, built once. */
#define KW_SLOTS 1024
#define KW_POOL  8192

typedef struct
{
  guint32 hash;
  guint16 off;
  guint8  len;
  guint8  cls;
  guint8  flags;
  gint16  val;
} KwSlot;

typedef struct
{
  KwSlot  slots[KW_SLOTS];
  char    pool[KW_POOL];
  gsize   pool_len;
  gsize   max_len;
  guint16 arabic_fold[256];   /* U+0600..U+06FF folded, 0 when dropped */
  guint8  arabic_class[256];  /* CC_* of U+0600..U+06FF */
  guint32 first_len[64];      /* bit n: a keyword of n bytes starts with this 2-byte char */
} KwTable;

typedef enum
{
  TOK_WORD,
  TOK_NUM,
  TOK_PUNCT,
} TokKind;

typedef struct
{
  guint    start;         /* first code point */
  guint    stem;          /* first code point after the proclitics */
  guint    end;           /* one past the last code point */
  gint32   val;           /* keyword value, or the number (-1 when too long) */
  gunichar ch;            /* the punctuation character */
  guint8   kind;
  guint8   cls;
  guint8   flags;
  guint8   ndigits;
  guint8   waw : 1;       /* the word starts with the proclitic و */
  guint8   space_before : 1;
} Tok;

typedef struct
{
  const Tok       *toks;
  guint            n;
  const MasarDate *ref;   /* NULL when there is no reference */
  gboolean         whole; /* parse_one: the text is one date, bare years allowed */
} Scan;

/* A written date, before resolution. */
typedef struct
{
  guint    last;          /* last token of the expression */
  int      y, m, d;
  int      y2, m2, d2;    /* end of a span, 0 when not a span */
  int      qual;          /* QUAL_* after a month without a year */
  int      year_offset;   /* "من العام الماضي" */
  int      weekday;       /* a weekday written with the date, 0 if none */
  guint    has_year_offset : 1;
  guint    hijri : 1;
  guint    year_only_span : 1;
} Written;

/* One candidate, in tokens. */
typedef struct
{
  guint          first;
  guint          last;
  MasarDateMatch match;
} Cand;

/* ---------------------------------------------------------------------------------------- */
/* Characters and folding                                                                    */

enum
{
  CC_SPACE,
  CC_NEWLINE,
  CC_DIGIT,
  CC_LETTER,
  CC_PUNCT,
};

static inline int
classify_char (gunichar  c,
               int      *digit)
{
  if (c < 0x80)
    {
      if (c >= '0' && c <= '9')
        {
          *digit = c - '0';
          return CC_DIGIT;
        }
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        return CC_LETTER;
      if (c == '\n')
        return CC_NEWLINE;
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
        return CC_SPACE;
      return CC_PUNCT;
    }
  if (c >= 0x0600 && c <= 0x06FF)
    {
      if (c >= 0x0660 && c <= 0x0669)
        {
          *digit = c - 0x0660;
          return CC_DIGIT;
        }
      if (c >= 0x06F0 && c <= 0x06F9)
        {
          *digit = c - 0x06F0;
          return CC_DIGIT;
        }
      switch (c)
        {
        case 0x060C: case 0x060D: case 0x061B: case 0x061E: case 0x061F:
        case 0x066A: case 0x066B: case 0x066C: case 0x066D: case 0x06D4:
        case 0x06DD: case 0x06DE: case 0x06E9:
          return CC_PUNCT;
        case 0x0600: case 0x0601: case 0x0602: case 0x0603: case 0x0604: case 0x0605:
        case 0x061C:
          return CC_SPACE;
        default:
          return CC_LETTER;
        }
    }
  if ((c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF))
    return CC_LETTER;
  if ((c >= 0xFB50 && c <= 0xFDFF && c != 0xFD3E && c != 0xFD3F) || (c >= 0xFE70 && c <= 0xFEFC))
    return CC_LETTER;
  if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || c == 0x00AD)
    return CC_SPACE;
  if (c == 0x2028 || c == 0x2029 || c == 0x0085)
    return CC_NEWLINE;
  if (g_unichar_isspace (c))
    return CC_SPACE;
  if (g_unichar_isalnum (c) || g_unichar_ismark (c))
    return CC_LETTER;
  return CC_PUNCT;
}

static inline gunichar
fold_simple (gunichar c)
{
  if (c < 0x80)
    return (c >= 'A' && c <= 'Z') ? c + 0x20 : c;
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 ||
      (c >= 0x06D6 && c <= 0x06ED))
    return 0;
  switch (c)
    {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
      return 0x0627;
    case 0x0649: case 0x06CC: case 0x06D2:
      return 0x064A;
    case 0x0629: case 0x06BE: case 0x06C1: case 0x06D5:
      return 0x0647;
    case 0x06A9: case 0x06AA:
      return 0x0643;
    default:
      return c;
    }
}

/* Appends @c folded to @buf (UTF-8, at most MAX_KEY_BYTES - 1 bytes); returns the number
 * of folded code points appended, or -1 when the buffer is full. */
static inline int
fold_append (gunichar  c,
             char     *buf,
             gsize    *len)
{
  gunichar decomp[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n_decomp = 1;
  int added = 0;

  if ((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC))
    n_decomp = g_unichar_fully_decompose (c, TRUE, decomp, G_N_ELEMENTS (decomp));
  else
    decomp[0] = c;

  for (gsize k = 0; k < n_decomp; k++)
    {
      gunichar f = fold_simple (decomp[k]);

      if (f == 0)
        continue;
      if (*len + 4 >= MAX_KEY_BYTES)
        return -1;
      if (f < 0x80)
        buf[(*len)++] = (char) f;
      else if (f < 0x800)
        {
          buf[(*len)++] = (char) (0xC0 | (f >> 6));
          buf[(*len)++] = (char) (0x80 | (f & 0x3F));
        }
      else
        *len += g_unichar_to_utf8 (f, buf + *len);
      added++;
    }
  return added;
}

static inline guint32
hash_bytes (const char *p,
            gsize       n)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < n; i++)
    {
      h ^= (guchar) p[i];
      h *= 16777619u;
    }
  return h;
}

/* Index of the two-byte character at @p in first_len, or -1. */
static inline int
first_char_index (const char *p)
{
  if ((guchar) p[0] < 0xD8 || (guchar) p[0] > 0xD9)
    return -1;
  return (((guchar) p[0] & 1) << 5) | (((guchar) p[1] & 0x3F) >> 1);
}

static const KwSlot *
kw_lookup (const KwTable *table,
           const char    *key,
           gsize          len)
{
  guint32 h;
  int first;

  if (len < 2 || len > table->max_len || len >= 32)
    return NULL;
  /* Most words cannot be keywords: check the first character and length first. */
  first = first_char_index (key);
  if (first >= 0 && !(table->first_len[first] & (1u << len)))
    return NULL;
  h = hash_bytes (key, len);
  for (guint i = h & (KW_SLOTS - 1);; i = (i + 1) & (KW_SLOTS - 1))
    {
      const KwSlot *slot = &table->slots[i];

      if (slot->len == 0)
        return NULL;
      if (slot->hash == h && slot->len == len && memcmp (table->pool + slot->off, key, len) == 0)
        return slot;
    }
}

static void
kw_insert (KwTable       *table,
           const Keyword *k)
{
  char buf[MAX_KEY_BYTES];
  gsize len = 0;
  guint32 h;
  guint i;

  for (const char *p = k->word; *p; p = g_utf8_next_char (p))
    g_assert (fold_append (g_utf8_get_char (p), buf, &len) >= 0);
  g_assert (len > 0 && len < 256 && table->pool_len + len <= KW_POOL);

  h = hash_bytes (buf, len);
  for (i = h & (KW_SLOTS - 1); table->slots[i].len != 0; i = (i + 1) & (KW_SLOTS - 1))
    {
      KwSlot *slot = &table->slots[i];

      /* Two spellings that fold alike ("الاثنين", "الإثنين") keep the first entry. */
      if (slot->hash == h && slot->len == len && memcmp (table->pool + slot->off, buf, len) == 0)
        return;
    }
  if (first_char_index (buf) >= 0 && len < 32)
    table->first_len[first_char_index (buf)] |= 1u << len;
  else
    g_assert (first_char_index (buf) < 0);
  memcpy (table->pool + table->pool_len, buf, len);
  table->slots[i].hash = h;
  table->slots[i].off = (guint16) table->pool_len;
  table->slots[i].len = (guint8) len;
  table->slots[i].cls = k->cls;
  table->slots[i].flags = k->flags;
  table->slots[i].val = k->val;
  table->pool_len += len;
  table->max_len = MAX (table->max_len, len);
}

static gpointer
init_keywords (gpointer data)
{
  KwTable *table = g_new0 (KwTable, 1);

  g_assert (G_N_ELEMENTS (keywords) * 2 < KW_SLOTS);
  for (guint i = 0; i < G_N_ELEMENTS (keywords); i++)
    kw_insert (table, &keywords[i]);
  for (guint i = 0; i < 256; i++)
    {
      int digit;

      table->arabic_fold[i] = (guint16) fold_simple (0x0600 + i);
      table->arabic_class[i] = (guint8) classify_char (0x0600 + i, &digit);
    }
  return table;
}

static const KwTable *
get_keywords (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_keywords, NULL);
  return once.retval;
}

static inline gboolean
is_proclitic (const char *p)
{
  /* و ف ب ل ك in UTF-8 */
  return ((guchar) p[0] == 0xD9 && ((guchar) p[1] == 0x88 || (guchar) p[1] == 0x81 ||
                                    (guchar) p[1] == 0x84 || (guchar) p[1] == 0x83)) ||
         ((guchar) p[0] == 0xD8 && (guchar) p[1] == 0xA8);
}

static inline gboolean
is_waw (const char *p)
{
  return (guchar) p[0] == 0xD9 && (guchar) p[1] == 0x88;
}

/* Looks the folded word @key up, first whole, then without one or two proclitics.
 * @starts holds the original code point of the first three folded characters. */
static void
lookup_word (const KwTable *table,
             Tok           *t,
             const char    *key,
             gsize          len,
             guint          n_folded,
             const guint   *starts)
{
  const KwSlot *v;

  t->cls = KW_NONE;
  t->stem = t->start;
  if (len == 0 || len > table->max_len + 4)
    return;

  v = kw_lookup (table, key, len);
  if (v == NULL && n_folded >= 3 && is_proclitic (key))
    {
      v = kw_lookup (table, key + 2, len - 2);
      if (v != NULL)
        {
          t->stem = starts[1];
          t->waw = is_waw (key);
        }
      else if (n_folded >= 4 && (is_waw (key) || ((guchar) key[0] == 0xD9 && (guchar) key[1] == 0x81)) &&
               is_proclitic (key + 2) && !is_waw (key + 2))
        {
          v = kw_lookup (table, key + 4, len - 4);
          if (v != NULL)
            {
              t->stem = starts[2];
              t->waw = is_waw (key);
            }
        }
    }
  if (v == NULL)
    return;
  t->cls = v->cls;
  t->flags = v->flags;
  t->val = v->val;
}

/* ---------------------------------------------------------------------------------------- */
/* Token helpers                                                                             */

static inline const Tok *
tok_at (const Scan *s,
        guint       i)
{
  return i < s->n ? &s->toks[i] : NULL;
}

static inline gboolean
is_cls (const Scan *s,
        guint       i,
        guint       cls)
{
  return i < s->n && s->toks[i].kind == TOK_WORD && s->toks[i].cls == cls;
}

static inline gboolean
is_punct (const Scan *s,
          guint       i,
          gunichar    ch)
{
  return i < s->n && s->toks[i].kind == TOK_PUNCT && s->toks[i].ch == ch;
}

static inline gboolean
is_num (const Scan *s,
        guint       i)
{
  return i < s->n && s->toks[i].kind == TOK_NUM && s->toks[i].val >= 0;
}

static inline gboolean
is_comma (const Scan *s,
          guint       i)
{
  return is_punct (s, i, ',') || is_punct (s, i, 0x060C);
}

static inline gboolean
is_unit (const Scan *s,
         guint       i,
         int         unit,
         guint       flags)
{
  return is_cls (s, i, KW_UNIT) && s->toks[i].val == unit && (s->toks[i].flags & flags) == flags;
}

static inline gboolean
is_number_glue (gunichar ch)
{
  return ch == '.' || ch == ',' || ch == 0x066B || ch == 0x066C || ch == '/' || ch == ':';
}

/* A number standing alone: not glued to other digits ("11.1", "2,500", "10:30"), not a
 * quantity ("20%", "10 آلاف"). */
static gboolean
num_is_isolated (const Scan *s,
                 guint       i)
{
  const Tok *next = tok_at (s, i + 1);

  if (next != NULL)
    {
      if (next->kind == TOK_PUNCT && (next->ch == '%' || next->ch == 0x066A))
        return FALSE;
      if (next->kind == TOK_PUNCT && !next->space_before && is_number_glue (next->ch) &&
          i + 2 < s->n && s->toks[i + 2].kind == TOK_NUM && !s->toks[i + 2].space_before)
        return FALSE;
      if (next->kind == TOK_WORD && (next->cls == KW_BIG || next->cls == KW_NUMW))
        return FALSE;
    }
  if (i >= 2)
    {
      const Tok *prev = &s->toks[i - 1];

      if (prev->kind == TOK_PUNCT && !s->toks[i].space_before && is_number_glue (prev->ch) &&
          s->toks[i - 2].kind == TOK_NUM && !prev->space_before)
        return FALSE;
    }
  return TRUE;
}

/* The word before @i makes a bare number or month name a date. */
static gboolean
has_context_before (const Scan *s,
                    guint       i)
{
  const Tok *prev;

  if (i == 0)
    return FALSE;
  prev = &s->toks[i - 1];
  return prev->kind == TOK_WORD &&
         (prev->cls == KW_CTX || prev->cls == KW_SINCE || prev->cls == KW_TO);
}

/* ---------------------------------------------------------------------------------------- */
/* Dates                                                                                     */

static inline void
set_date (MasarDate *d,
          int        y,
          int        m,
          int        day)
{
  d->year = y;
  d->month = m;
  d->day = day;
}

static gboolean
ref_at_least (const Scan         *s,
              MasarDatePrecision  precision)
{
  return s->ref != NULL && masar_date_get_precision (s->ref) >= precision;
}

static void
month_add (int  y,
           int  m,
           int  offset,
           int *out_y,
           int *out_m)
{
  int total = y * 12 + (m - 1) + offset;

  *out_y = total / 12;
  *out_m = total % 12 + 1;
}

/* GDate's Julian day of 1970-01-01, where ICU counts from. */
#define JULIAN_1970 G_GINT64_CONSTANT (719163)

/* Gregorian Julian days of the first and last day of Hijri month @m of @y (or of the whole
 * year when @m is 0), or of one day when @d is set. */
static gboolean
hijri_to_julian (int     y,
                 int     m,
                 int     d,
                 gint64 *first,
                 gint64 *last)
{
  static const UChar utc[] = { 'U', 'T', 'C', 0 };
  UErrorCode err = U_ZERO_ERROR;
  UCalendar *cal;
  UDate millis;
  int m_first = m ? m : 1;
  int m_last = m ? m : 12;

  if (y < 1300 || y > 1600 || m < 0 || m > 12 || d < 0 || d > 30)
    return FALSE;

  cal = ucal_open (utc, 3, "en@calendar=islamic-umalqura", UCAL_DEFAULT, &err);
  if (U_FAILURE (err))
    return FALSE;
  ucal_setAttribute (cal, UCAL_LENIENT, 0);

  ucal_clear (cal);
  ucal_setDateTime (cal, y, m_first - 1, d ? d : 1, 12, 0, 0, &err);
  millis = ucal_getMillis (cal, &err);
  if (U_FAILURE (err))
    {
      ucal_close (cal);
      return FALSE;
    }
  *first = JULIAN_1970 + (gint64) (millis / (1000.0 * 86400.0));

  if (d != 0)
    *last = *first;
  else
    {
      int days;

      ucal_clear (cal);
      ucal_setDateTime (cal, y, m_last - 1, 1, 12, 0, 0, &err);
      days = ucal_getLimit (cal, UCAL_DATE, UCAL_ACTUAL_MAXIMUM, &err);
      millis = ucal_getMillis (cal, &err);
      if (U_FAILURE (err))
        {
          ucal_close (cal);
          return FALSE;
        }
      *last = JULIAN_1970 + (gint64) (millis / (1000.0 * 86400.0)) + days - 1;
    }
  ucal_close (cal);
  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* Grammar: pieces                                                                           */

static gboolean
parse_month_single (const Scan *s,
                    guint       i,
                    guint      *next,
                    int        *month,
                    gboolean   *ambig)
{
  if (is_cls (s, i, KW_MONTH))
    {
      *month = s->toks[i].val;
      *ambig = (s->toks[i].flags & F_AMBIG) != 0;
      *next = i + 1;
      return TRUE;
    }
  if (is_cls (s, i, KW_MONTH_HEAD) && is_cls (s, i + 1, KW_ORD) &&
      !(s->toks[i + 1].flags & F_LAST) && s->toks[i + 1].val <= 2)
    {
      int ord = s->toks[i + 1].val;

      if (s->toks[i].val == 1)
        *month = ord == 1 ? 12 : 1;
      else
        *month = ord == 1 ? 10 : 11;
      *ambig = FALSE;
      *next = i + 2;
      return TRUE;
    }
  return FALSE;
}

/* A month name, possibly paired with its other name: "فبراير/شباط", "شباط (فبراير)". */
static gboolean
parse_month_name (const Scan *s,
                  guint       i,
                  guint      *next,
                  int        *month,
                  gboolean   *ambig)
{
  guint j, k;
  int m2;
  gboolean amb2;

  if (!parse_month_single (s, i, &j, month, ambig))
    return FALSE;

  if ((is_punct (s, j, '/') || is_punct (s, j, '\\') || is_punct (s, j, '-')) &&
      parse_month_single (s, j + 1, &k, &m2, &amb2) && m2 == *month)
    {
      j = k;
      *ambig = FALSE;
    }
  else if ((is_punct (s, j, '(') || is_punct (s, j, '[')) &&
           parse_month_single (s, j + 1, &k, &m2, &amb2) && m2 == *month &&
           (is_punct (s, k, ')') || is_punct (s, k, ']')))
    {
      j = k + 1;
      *ambig = FALSE;
    }
  *next = j;
  return TRUE;
}

/* A four-digit year in [min, max], with an optional era mark ("2022م", "1445هـ"). */
static gboolean
parse_year_number (const Scan *s,
                   guint       i,
                   int         min,
                   int         max,
                   guint      *last,
                   int        *year,
                   gboolean   *hijri)
{
  const Tok *t = tok_at (s, i);

  *hijri = FALSE;
  if (t == NULL || t->kind != TOK_NUM || t->ndigits != 4 || t->val < min || t->val > max)
    return FALSE;
  if (!num_is_isolated (s, i))
    return FALSE;
  *year = t->val;
  *last = i;
  if (is_cls (s, i + 1, KW_AD_MARK))
    *last = i + 1;
  else if (is_cls (s, i + 1, KW_HIJRI_MARK) && t->val >= 1300 && t->val <= 1600)
    {
      *last = i + 1;
      *hijri = TRUE;
    }
  return TRUE;
}

/* Number words: "ثلاثة", "خمسة عشر", "ألفين وخمسة وعشرين", "ألف وتسعمائة وتسعة وثمانين". */
static gboolean
parse_number_words (const Scan *s,
                    guint       i,
                    guint      *last,
                    int        *value,
                    gboolean   *starts_with_thousand)
{
  guint j = i;
  int total = 0;
  gboolean first = TRUE;

  *starts_with_thousand = FALSE;
  for (;;)
    {
      int v;

      if (!first)
        {
          if (is_cls (s, j, KW_AND) && is_cls (s, j + 1, KW_NUMW))
            j++;
          else if (!(is_cls (s, j, KW_NUMW) && s->toks[j].waw))
            break;
        }
      else if (!is_cls (s, j, KW_NUMW) || s->toks[j].waw)
        return FALSE;

      v = s->toks[j].val;
      if (first && v >= 1000)
        *starts_with_thousand = TRUE;
      else if (v >= 1000)
        return FALSE;
      j++;
      if (v < 10 && is_cls (s, j, KW_NUMW) && !s->toks[j].waw && (s->toks[j].flags & F_TEN))
        {
          v += 10;
          j++;
        }
      total += v;
      first = FALSE;
    }
  *last = j - 1;
  *value = total;
  return TRUE;
}

/* What may follow a month or a day and month: a year, "من عام 2022", "من العام الماضي",
 * "الماضي". Returns TRUE and moves w->last when something was read. */
static gboolean
parse_year_tail (const Scan *s,
                 guint       j,
                 Written    *w)
{
  guint k = j;
  guint last;
  int y;
  gboolean hijri;

  if (is_comma (s, k))
    k++;
  if (parse_year_number (s, k, 1000, 2199, &last, &y, &hijri) && !hijri)
    {
      w->y = y;
      w->last = last;
      return TRUE;
    }
  k = j;
  if (is_cls (s, k, KW_FROM))
    k++;
  if (is_cls (s, k, KW_UNIT) && s->toks[k].val == UNIT_YEAR &&
      (s->toks[k].flags & (F_ONE | F_AL)) != 0)
    {
      if (parse_year_number (s, k + 1, 1000, 2199, &last, &y, &hijri) && !hijri)
        {
          w->y = y;
          w->last = last;
          return TRUE;
        }
      if ((s->toks[k].flags & F_AL) && is_cls (s, k + 1, KW_QUAL))
        {
          int q = s->toks[k + 1].val;

          w->has_year_offset = TRUE;
          w->year_offset = q == QUAL_PAST ? -1 : (q == QUAL_NEXT ? 1 : 0);
          w->last = k + 1;
          return TRUE;
        }
    }
  if (is_cls (s, j, KW_FROM) && is_cls (s, j + 1, KW_THIS) && is_unit (s, j + 2, UNIT_YEAR, F_AL))
    {
      w->has_year_offset = TRUE;
      w->year_offset = 0;
      w->last = j + 2;
      return TRUE;
    }
  if (is_cls (s, j, KW_QUAL))
    {
      w->qual = s->toks[j].val;
      w->last = j;
      return TRUE;
    }
  return FALSE;
}

/* "1 - 12 - 2025", "17/05/2025", "20.11.2025", "2025-12-03", "2025/12/03". */
static gboolean
parse_numeric (const Scan *s,
               guint       i,
               Written    *w)
{
  const Tok *a, *b, *c;
  gunichar sep;
  int d, m, y;

  if (i + 4 >= s->n)
    return FALSE;
  a = &s->toks[i];
  if (s->toks[i + 1].kind != TOK_PUNCT)
    return FALSE;
  sep = s->toks[i + 1].ch;
  if (sep != '/' && sep != '-' && sep != '.' && sep != '\\' && sep != 0x2010 && sep != 0x2013)
    return FALSE;
  if (!is_num (s, i + 2) || !is_punct (s, i + 3, sep) || !is_num (s, i + 4))
    return FALSE;
  b = &s->toks[i + 2];
  c = &s->toks[i + 4];

  /* Not part of a longer chain (phone numbers, version numbers). */
  if (i >= 2 && is_punct (s, i - 1, sep) && s->toks[i - 2].kind == TOK_NUM)
    return FALSE;
  if (is_punct (s, i + 5, sep) && i + 6 < s->n && s->toks[i + 6].kind == TOK_NUM)
    return FALSE;
  if (is_punct (s, i + 5, '%') || is_punct (s, i + 5, 0x066A))
    return FALSE;
  if (b->ndigits > 2)
    return FALSE;

  if (a->ndigits == 4 && c->ndigits <= 2)
    {
      y = a->val;
      m = b->val;
      d = c->val;
    }
  else if (a->ndigits <= 2 && c->ndigits == 4)
    {
      y = c->val;
      d = a->val;
      m = b->val;
      if (m > 12 && d <= 12)
        {
          /* Month first, as some English-language sources write. */
          d = b->val;
          m = a->val;
        }
    }
  else
    return FALSE;

  if (y >= 1300 && y <= 1600 && is_cls (s, i + 5, KW_HIJRI_MARK) && m >= 1 && m <= 12 &&
      d >= 1 && d <= 30)
    {
      /* "1447/06/12هـ" */
      w->hijri = TRUE;
      w->y = y;
      w->m = m;
      w->d = d;
      w->last = i + 5;
      return TRUE;
    }
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  w->y = y;
  w->m = m;
  w->d = d;
  w->last = i + 4;
  return TRUE;
}

static gboolean
parse_hijri_month (const Scan *s,
                   guint       i,
                   guint      *next,
                   int        *month)
{
  if (is_cls (s, i, KW_HMONTH))
    {
      *month = s->toks[i].val;
      *next = i + 1;
      return TRUE;
    }
  if (!is_cls (s, i, KW_HMONTH_HEAD))
    return FALSE;
  if (s->toks[i].val == 3)
    {
      if (!is_cls (s, i + 1, KW_HMONTH_TAIL))
        return FALSE;
      *month = s->toks[i + 1].val;
      *next = i + 2;
      return TRUE;
    }
  if (!is_cls (s, i + 1, KW_ORD) || s->toks[i + 1].val > 2)
    return FALSE;
  if (s->toks[i].val == 1)
    *month = s->toks[i + 1].val == 1 ? 3 : 4;
  else
    *month = s->toks[i + 1].val == 1 ? 5 : 6;
  *next = i + 2;
  return TRUE;
}

/* A Hijri month at @i with its year: "محرم 1445هـ", "رمضان 1446 هـ". */
static gboolean
parse_hijri_rest (const Scan *s,
                  guint       i,
                  Written    *w)
{
  guint j, last;
  int hm, y;
  gboolean hijri;

  if (!parse_hijri_month (s, i, &j, &hm))
    return FALSE;
  if (is_comma (s, j))
    j++;
  if (!parse_year_number (s, j, 1300, 1600, &last, &y, &hijri))
    return FALSE;
  w->hijri = TRUE;
  w->y = y;
  w->m = hm;
  w->last = last;
  return TRUE;
}

/* A month expression starting at @i: [شهر|شهري] month [و month] [tail]. */
static gboolean
parse_month_expr (const Scan *s,
                  guint       i,
                  Written    *w)
{
  guint j = i;
  guint k, j2, k2;
  int m, m2;
  gboolean ambig, amb2;
  gboolean lead = FALSE, dual = FALSE;

  if (is_unit (s, j, UNIT_MONTH, F_ONE))
    {
      lead = TRUE;
      j++;
    }
  else if (is_cls (s, j, KW_SHAHRAY))
    {
      dual = TRUE;
      j++;
    }

  if (!parse_month_name (s, j, &k, &m, &ambig))
    return FALSE;
  w->m = m;
  w->last = k - 1;

  /* "مايو ويونيو", "مايو و يونيو" */
  j2 = k;
  if (is_cls (s, j2, KW_AND))
    j2++;
  if ((j2 != k || (j2 < s->n && s->toks[j2].waw)) &&
      parse_month_name (s, j2, &k2, &m2, &amb2) && m2 > m)
    {
      w->m2 = m2;
      w->last = k2 - 1;
      k = k2;
      ambig = FALSE;
    }
  else if (dual)
    return FALSE;

  /* The month first, as translated page templates write the date ("فبراير 1, 2025"): only
   * with the comma and the year, which a sentence's "مارس 2 …" lacks. */
  if (!lead && w->m2 == 0 && is_num (s, k) && s->toks[k].ndigits <= 2 && s->toks[k].val >= 1 &&
      s->toks[k].val <= 31 && is_comma (s, k + 1) && parse_year_tail (s, k + 1, w) && w->y != 0)
    {
      w->d = s->toks[k].val;
      return TRUE;
    }

  if (parse_year_tail (s, k, w))
    return TRUE;
  if (lead || dual)
    return TRUE;
  if (ambig)
    return FALSE;
  return s->whole || has_context_before (s, j);
}

/* A day with its month: "24 فبراير 2022", "24 من شهر فبراير", "15 و16 مايو", "18 محرم 1445هـ". */
static gboolean
parse_day_month (const Scan *s,
                 guint       i,
                 Written    *w)
{
  const Tok *t = &s->toks[i];
  guint j = i + 1;
  guint k;
  int d = t->val, d2 = 0, m;
  gboolean ambig, dashed;

  if (t->ndigits > 2 || d < 1 || d > 31 || !num_is_isolated (s, i))
    return FALSE;

  if ((is_cls (s, j, KW_AND) || is_punct (s, j, '-') || is_cls (s, j, KW_TO)) &&
      is_num (s, j + 1) && s->toks[j + 1].ndigits <= 2 &&
      s->toks[j + 1].val > d && s->toks[j + 1].val <= 31)
    {
      d2 = s->toks[j + 1].val;
      j += 2;
    }
  if (is_cls (s, j, KW_FROM))
    j++;
  if (is_unit (s, j, UNIT_MONTH, F_ONE))
    j++;
  /* a date line's "16 - ديسمبر - 2025" */
  dashed = d2 == 0 && is_punct (s, j, '-') && tok_at (s, j + 1) != NULL &&
           s->toks[j + 1].kind == TOK_WORD;
  if (dashed)
    j++;

  if (parse_month_name (s, j, &k, &m, &ambig))
    {
      guint k2;
      int m2;
      gboolean amb2;

      w->d = d;
      w->m = m;
      if (d2 != 0)
        {
          w->d2 = d2;
          w->m2 = m;
        }
      else if ((is_punct (s, k, '-') || is_cls (s, k, KW_TO) || is_cls (s, k, KW_AND)) &&
               is_num (s, k + 1) && s->toks[k + 1].ndigits <= 2 && s->toks[k + 1].val >= 1 &&
               s->toks[k + 1].val <= 31 &&
               parse_month_name (s, k + 2, &k2, &m2, &amb2) && m2 > m)
        {
          /* "30 مايو - 2 يونيو 2025" */
          w->d2 = s->toks[k + 1].val;
          w->m2 = m2;
          k = k2;
        }
      w->last = k - 1;
      if (dashed)
        {
          /* only with its year after a second dash */
          if (!is_punct (s, k, '-') || !parse_year_tail (s, k + 1, w) || w->y == 0)
            return FALSE;
          return TRUE;
        }
      parse_year_tail (s, k, w);
      return TRUE;
    }
  if (dashed)
    return FALSE;
  if (d2 == 0 && parse_hijri_rest (s, j, w))
    {
      w->d = d;
      return TRUE;
    }
  return FALSE;
}

/* A year alone: "في 2019", "بين 2014 و2022", "1445هـ". */
static gboolean
parse_bare_year (const Scan *s,
                 guint       i,
                 Written    *w)
{
  guint last, last2, k;
  int y, y2;
  gboolean hijri, hijri2;

  if (!parse_year_number (s, i, 1000, 2199, &last, &y, &hijri))
    return FALSE;
  if (hijri)
    {
      w->hijri = TRUE;
      w->y = y;
      w->last = last;
      return TRUE;
    }
  if (!s->whole && !(has_context_before (s, i) && y >= 1900 && y <= 2100))
    return FALSE;
  w->y = y;
  w->last = last;

  k = last + 1;
  if ((is_cls (s, k, KW_AND) || is_punct (s, k, '-') || is_cls (s, k, KW_TO)) &&
      parse_year_number (s, k + 1, y + 1, 2100, &last2, &y2, &hijri2) && !hijri2)
    {
      w->y2 = y2;
      w->last = last2;
    }
  return TRUE;
}

/* "عام 2022", "العام 2022", "سنة 2014", "عام ألفين وخمسة وعشرين", "عام 1445هـ". */
static gboolean
parse_year_unit (const Scan *s,
                 guint       i,
                 Written    *w)
{
  guint last;
  int y;
  gboolean hijri, thousand;

  if (parse_year_number (s, i + 1, 1000, 2199, &last, &y, &hijri))
    {
      w->hijri = hijri;
      w->y = y;
      w->last = last;
      return TRUE;
    }
  if (parse_number_words (s, i + 1, &last, &y, &thousand) && thousand && y >= 1000 && y <= 2199)
    {
      w->y = y;
      w->last = last;
      return TRUE;
    }
  return FALSE;
}

/* "ربيع 2022", "صيف عام 2023". */
static gboolean
parse_season (const Scan *s,
              guint       i,
              Written    *w)
{
  static const int first_month[] = { 0, 3, 6, 9, 0 };
  int season = s->toks[i].cls == KW_SEASON ? s->toks[i].val : 1;
  guint j = i + 1;
  guint last;
  int y;
  gboolean hijri;

  if (season < 1 || season > 4)
    return FALSE;
  if (is_cls (s, j, KW_FROM))
    j++;
  if (is_unit (s, j, UNIT_YEAR, F_AL) && is_cls (s, j + 1, KW_QUAL))
    {
      /* "ربيع العام الماضي" */
      int q = s->toks[j + 1].val;

      w->has_year_offset = TRUE;
      w->year_offset = q == QUAL_PAST ? -1 : (q == QUAL_NEXT ? 1 : 0);
      w->last = j + 1;
    }
  else if (is_cls (s, j, KW_THIS) && is_unit (s, j + 1, UNIT_YEAR, F_AL))
    {
      w->has_year_offset = TRUE;
      w->last = j + 1;
    }
  else
    {
      j = i + 1;
      if (is_cls (s, j, KW_UNIT) && s->toks[j].val == UNIT_YEAR &&
          (s->toks[j].flags & (F_ONE | F_AL)))
        j++;
      if (!parse_year_number (s, j, 1900, 2100, &last, &y, &hijri) || hijri)
        return FALSE;
      w->y = y;
      w->last = last;
    }
  if (first_month[season] != 0)
    {
      w->m = first_month[season];
      w->m2 = first_month[season] + 2;
    }
  return TRUE;
}

/* "عامي 2022 و2023". */
static gboolean
parse_years_dual (const Scan *s,
                  guint       i,
                  Written    *w)
{
  guint last, last2;
  int y, y2;
  gboolean hijri;

  if (!parse_year_number (s, i + 1, 1000, 2199, &last, &y, &hijri) || hijri ||
      !is_cls (s, last + 1, KW_AND) ||
      !parse_year_number (s, last + 2, y + 1, 2199, &last2, &y2, &hijri) || hijri)
    return FALSE;
  w->y = y;
  w->y2 = y2;
  w->last = last2;
  return TRUE;
}

/* "الأول من ديسمبر", "الثالث من شهر مارس 2024". */
static gboolean
parse_ordinal_day (const Scan *s,
                   guint       i,
                   Written    *w)
{
  const Tok *t = &s->toks[i];
  guint j = i + 1;
  guint k;
  int m, d, d2 = 0;
  gboolean ambig;

  if (!(t->flags & F_AL) || (t->flags & F_LAST))
    return FALSE;
  if (i > 0)
    {
      const Tok *prev = &s->toks[i - 1];

      /* Not "الأسبوع الأول من ديسمبر", "النصف الأول من مارس". */
      if (prev->kind == TOK_NUM)
        return FALSE;
      if (prev->kind == TOK_WORD && prev->cls != KW_CTX && prev->cls != KW_SINCE &&
          prev->cls != KW_TO && prev->cls != KW_WEEKDAY && prev->cls != KW_MUWAFIQ &&
          !(prev->cls == KW_UNIT && prev->val == UNIT_DAY && (prev->flags & F_ONE)))
        return FALSE;
    }
  d = t->val;
  /* "الثاني عشر": 11 to 19 */
  if (d < 10 && is_cls (s, j, KW_NUMW) && !s->toks[j].waw && (s->toks[j].flags & F_TEN))
    {
      d += 10;
      j++;
    }
  /* "السادس والعشرين", "الحادي والثلاثين" */
  else if (d < 10 && is_cls (s, j, KW_ORD) && s->toks[j].waw &&
           (s->toks[j].val == 20 || s->toks[j].val == 30))
    {
      d += s->toks[j].val;
      j++;
    }
  /* "الخامس والسادس من يونيو": two days */
  else if (is_cls (s, j, KW_ORD) && s->toks[j].waw && (s->toks[j].flags & F_AL) &&
           !(s->toks[j].flags & F_LAST) && s->toks[j].val > d && s->toks[j].val < 20)
    {
      d2 = s->toks[j].val;
      j++;
    }
  if (d > 31)
    return FALSE;
  if (!is_cls (s, j, KW_FROM))
    return FALSE;
  j++;
  if (is_unit (s, j, UNIT_MONTH, F_ONE))
    j++;
  if (!parse_month_name (s, j, &k, &m, &ambig))
    return FALSE;
  w->d = d;
  w->m = m;
  if (d2 != 0)
    {
      w->d2 = d2;
      w->m2 = m;
    }
  w->last = k - 1;
  parse_year_tail (s, k, w);
  return TRUE;
}

/* Any written (absolute or year-less) date starting at token @i. */
static gboolean
parse_written (const Scan *s,
               guint       i,
               Written    *w)
{
  const Tok *t = tok_at (s, i);

  memset (w, 0, sizeof *w);
  if (t == NULL)
    return FALSE;

  if (t->kind == TOK_NUM)
    {
      if (t->val < 0)
        return FALSE;
      if (parse_numeric (s, i, w))
        return TRUE;
      memset (w, 0, sizeof *w);
      if (parse_day_month (s, i, w))
        return TRUE;
      memset (w, 0, sizeof *w);
      return parse_bare_year (s, i, w);
    }
  if (t->kind != TOK_WORD)
    return FALSE;

  switch (t->cls)
    {
    case KW_MONTH:
    case KW_MONTH_HEAD:
    case KW_SHAHRAY:
      return parse_month_expr (s, i, w);
    case KW_UNIT:
      if (t->val == UNIT_MONTH && (t->flags & F_ONE))
        return parse_month_expr (s, i, w);
      if (t->val == UNIT_YEAR && (t->flags & (F_ONE | F_AL)))
        return parse_year_unit (s, i, w);
      return FALSE;
    case KW_HMONTH:
    case KW_HMONTH_HEAD:
      if (parse_hijri_rest (s, i, w))
        return TRUE;
      memset (w, 0, sizeof *w);
      if (t->flags & F_SEASON)
        return parse_season (s, i, w);
      return FALSE;
    case KW_SEASON:
      return parse_season (s, i, w);
    case KW_YEARS_DUAL:
      return parse_years_dual (s, i, w);
    case KW_ORD:
      return parse_ordinal_day (s, i, w);
    default:
      return FALSE;
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Resolution                                                                                */

/* The year of a month (or day) followed by الماضي / المقبل / الجاري. */
static int
qualified_year (const Scan    *s,
                const Written *w)
{
  int ry = s->ref->year, rm = s->ref->month, rd = s->ref->day;
  int lm = w->m2 ? w->m2 : w->m;
  int ld = w->m2 ? w->d2 : w->d;

  switch (w->qual)
    {
    case QUAL_PAST:
      if (lm < rm || (lm == rm && ld != 0 && rd != 0 && ld < rd))
        return ry;
      return ry - 1;
    case QUAL_NEXT:
      if (w->m > rm || (w->m == rm && w->d != 0 && rd != 0 && w->d > rd))
        return ry;
      return ry + 1;
    case QUAL_CURRENT:
    default:
      return ry;
    }
}

/* The year that puts a year-less date nearest to the reference. */
static int
nearest_year (const Scan    *s,
              const Written *w)
{
  gint64 jref = masar_date_to_julian (s->ref);
  int ry = s->ref->year;

  for (int pass = w->weekday ? 0 : 1; pass < 2; pass++)
    {
      int best_y = 0;
      gint64 best = G_MAXINT64;

      for (int y = ry - 1; y <= ry + 1; y++)
        {
          gint64 dist;

          if (w->d != 0)
            {
              MasarDate d;

              if (!g_date_valid_dmy (w->d, w->m, y))
                continue;
              set_date (&d, y, w->m, w->d);
              if (pass == 0 && masar_date_get_weekday (&d) != w->weekday)
                continue;
              dist = masar_date_to_julian (&d) - jref;
            }
          else
            dist = ((gint64) (y * 12 + w->m) - (gint64) (ry * 12 + s->ref->month)) * 31;
          /* News mostly tells the past: a later date must be three times nearer. */
          if (dist > 0)
            dist *= 3;
          else
            dist = -dist;
          if (dist < best)
            {
              best = dist;
              best_y = y;
            }
        }
      if (best_y != 0)
        return best_y;
    }
  return ry;
}

static gboolean
finish_written (const Scan     *s,
                const Written  *w,
                MasarDateMatch *out)
{
  int y = w->y;

  out->basis = MASAR_DATE_BASIS_EXPLICIT;
  if (w->hijri)
    {
      gint64 first, last;

      if (!hijri_to_julian (w->y, w->m, w->d, &first, &last))
        return FALSE;
      masar_date_from_julian (first, &out->date);
      if (last != first)
        masar_date_from_julian (last, &out->date_end);
      return TRUE;
    }

  if (w->d != 0 && !g_date_valid_dmy (w->d, w->m, y ? y : 2000))
    return FALSE;
  if (w->d2 != 0 && !g_date_valid_dmy (w->d2, w->m2, y ? y : 2000))
    return FALSE;

  if (y == 0)
    {
      MasarDatePrecision need = w->has_year_offset ? MASAR_DATE_PRECISION_YEAR
                                                   : MASAR_DATE_PRECISION_MONTH;

      if (!ref_at_least (s, need))
        {
          /* With nothing to take the year from, the month and day are still given, with
           * year 0 (so the date is not set): a reader that knows the year otherwise may
           * complete them. */
          out->basis = MASAR_DATE_BASIS_UNKNOWN;
          if (!w->has_year_offset && w->qual == QUAL_NONE && w->weekday == 0)
            {
              out->date.month = w->m;
              out->date.day = w->d;
              if (w->m2 != 0)
                {
                  out->date_end.month = w->m2;
                  out->date_end.day = w->d2;
                }
            }
          return TRUE;
        }
      if (w->has_year_offset)
        y = s->ref->year + w->year_offset;
      else if (w->qual != QUAL_NONE)
        y = qualified_year (s, w);
      else
        y = nearest_year (s, w);
      out->basis = MASAR_DATE_BASIS_RELATIVE;
    }

  set_date (&out->date, y, w->m, w->d);
  if (w->y2 != 0)
    set_date (&out->date_end, w->y2, 0, 0);
  else if (w->m2 != 0)
    set_date (&out->date_end, y, w->m2, w->d2);
  if (!masar_date_is_valid (&out->date) ||
      (masar_date_is_set (&out->date_end) && !masar_date_is_valid (&out->date_end)))
    return FALSE;
  return TRUE;
}

static void
finish_day_offset (const Scan     *s,
                   int             offset,
                   int             weekday,
                   MasarDateMatch *out)
{
  MasarDate d;

  if (!ref_at_least (s, MASAR_DATE_PRECISION_DAY))
    {
      out->basis = MASAR_DATE_BASIS_UNKNOWN;
      return;
    }
  d = *s->ref;
  masar_date_add_days (&d, offset);
  if (weekday != 0)
    {
      /* Look mostly in the direction the word points: أمس back, غداً forward. */
      int lo = offset < 0 ? -5 : (offset > 0 ? -1 : -3);
      int delta = ((weekday - masar_date_get_weekday (&d)) - lo + 14) % 7 + lo;

      masar_date_add_days (&d, delta);
    }
  out->date = d;
  out->basis = MASAR_DATE_BASIS_RELATIVE;
}

static void
finish_weekday (const Scan     *s,
                int             weekday,
                int             qual,
                int             extra_weeks,
                MasarDateMatch *out)
{
  MasarDate d;
  int ref_wd;
  int delta;

  if (!ref_at_least (s, MASAR_DATE_PRECISION_DAY))
    {
      out->basis = MASAR_DATE_BASIS_UNKNOWN;
      return;
    }
  d = *s->ref;
  ref_wd = masar_date_get_weekday (&d);
  switch (qual)
    {
    case QUAL_PAST:
      delta = -((ref_wd - weekday + 7) % 7);
      if (delta == 0)
        delta = -7;
      break;
    case QUAL_NEXT:
      delta = (weekday - ref_wd + 7) % 7;
      if (delta == 0)
        delta = 7;
      break;
    case QUAL_CURRENT:
      delta = weekday - ref_wd;
      break;
    case QUAL_NONE:
    default:
      delta = -((ref_wd - weekday + 7) % 7);
      break;
    }
  masar_date_add_days (&d, delta - 7 * extra_weeks);
  out->date = d;
  out->basis = MASAR_DATE_BASIS_RELATIVE;
}

/* الأسبوع/الشهر/العام + offset from the reference's own. */
static void
finish_period (const Scan     *s,
               int             unit,
               int             offset,
               MasarDateMatch *out)
{
  MasarDatePrecision need = unit == UNIT_YEAR ? MASAR_DATE_PRECISION_YEAR
                            : unit == UNIT_MONTH ? MASAR_DATE_PRECISION_MONTH
                            : MASAR_DATE_PRECISION_DAY;

  if (!ref_at_least (s, need))
    {
      out->basis = MASAR_DATE_BASIS_UNKNOWN;
      return;
    }
  out->basis = MASAR_DATE_BASIS_RELATIVE;
  switch (unit)
    {
    case UNIT_YEAR:
      set_date (&out->date, s->ref->year + offset, 0, 0);
      break;
    case UNIT_MONTH:
      {
        int y, m;

        month_add (s->ref->year, s->ref->month, offset, &y, &m);
        set_date (&out->date, y, m, 0);
      }
      break;
    case UNIT_WEEK:
      out->date = *s->ref;
      masar_date_add_days (&out->date, 1 - masar_date_get_weekday (s->ref) + 7 * offset);
      out->date_end = out->date;
      masar_date_add_days (&out->date_end, 6);
      break;
    case UNIT_DAY:
    default:
      out->date = *s->ref;
      masar_date_add_days (&out->date, offset);
      break;
    }
}

/* "قبل/منذ N unit": N units back from the reference. */
static void
finish_ago (const Scan     *s,
            int             unit,
            int             n,
            MasarDateMatch *out)
{
  switch (unit)
    {
    case UNIT_DAY:
      finish_period (s, UNIT_DAY, -n, out);
      break;
    case UNIT_WEEK:
      finish_period (s, UNIT_DAY, -7 * n, out);
      break;
    case UNIT_MONTH:
    case UNIT_YEAR:
    default:
      finish_period (s, unit, -n, out);
      break;
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Grammar: rules                                                                            */

static gboolean try_at (const Scan *s,
                        guint       i,
                        Cand       *c);

static gboolean
try_written (const Scan *s,
             guint       i,
             Cand       *c)
{
  Written w;

  if (!parse_written (s, i, &w))
    return FALSE;
  c->first = i;
  c->last = w.last;
  return finish_written (s, &w, &c->match);
}

/* A weekday after @j, then possibly a written day: "الثلاثاء 2 ديسمبر 2025",
 * "الثلاثاء، 2/12/2025", "الثلاثاء الموافق 2 ديسمبر", "الثلاثاء (2 ديسمبر)". */
static gboolean
try_weekday_date (const Scan *s,
                  guint       first,
                  guint       j,
                  int         weekday,
                  Cand       *c)
{
  guint k = j;
  gboolean paren = FALSE;
  Written w;

  if (is_comma (s, k) || is_punct (s, k, '-'))
    k++;
  if (is_punct (s, k, '('))
    {
      paren = TRUE;
      k++;
    }
  if (is_cls (s, k, KW_MUWAFIQ))
    k++;
  if (!parse_written (s, k, &w) || w.d == 0 || (paren && !is_punct (s, w.last + 1, ')')))
    return FALSE;
  w.weekday = weekday;
  c->first = first;
  c->last = paren ? w.last + 1 : w.last;
  return finish_written (s, &w, &c->match);
}

/* اليوم، أمس، أمس الأول، أول أمس، أول من أمس، غداً، بعد غد — with an optional weekday. */
static gboolean
try_relative_day (const Scan *s,
                  guint       i,
                  Cand       *c)
{
  const Tok *t = &s->toks[i];
  guint j = i + 1;
  int off;
  int wd = 0;

  switch (t->cls)
    {
    case KW_TODAY:
      off = 0;
      if (i > 0 && (is_cls (s, i - 1, KW_THAT) || is_cls (s, i - 1, KW_THIS)))
        return FALSE;
      if (is_num (s, j) || is_cls (s, j, KW_AL) || is_cls (s, j, KW_ORD) ||
          is_cls (s, j, KW_NEXTDAY) || is_cls (s, j, KW_QUAL) || is_cls (s, j, KW_THAT))
        return FALSE;
      break;
    case KW_YESTERDAY:
      off = -1;
      if (is_cls (s, j, KW_ORD) && s->toks[j].val == 1 && (s->toks[j].flags & F_AL))
        {
          off = -2;
          j++;
        }
      break;
    case KW_TOMORROW:
      off = 1;
      break;
    case KW_ORD:
      if (t->val != 1 || (t->flags & F_AL))
        return FALSE;
      if (is_cls (s, j, KW_YESTERDAY))
        j++;
      else if (is_cls (s, j, KW_FROM) && is_cls (s, j + 1, KW_YESTERDAY))
        j += 2;
      else
        return FALSE;
      off = -2;
      break;
    case KW_AFTER:
      if (!is_cls (s, j, KW_GHAD) && !is_cls (s, j, KW_TOMORROW))
        return FALSE;
      j++;
      off = 2;
      break;
    case KW_UNIT:
      /* "يوم غد" (the caller checked the غد) */
      j++;
      off = 1;
      break;
    default:
      return FALSE;
    }

  if (is_cls (s, j, KW_WEEKDAY))
    {
      wd = s->toks[j].val;
      j++;
    }
  else if (is_punct (s, j, '(') && is_cls (s, j + 1, KW_WEEKDAY) && is_punct (s, j + 2, ')'))
    {
      wd = s->toks[j + 1].val;
      j += 3;
    }
  if (wd != 0 && try_weekday_date (s, i, j, wd, c))
    return TRUE;

  c->first = i;
  c->last = j - 1;
  finish_day_offset (s, off, wd, &c->match);
  return TRUE;
}

/* "يوم الثلاثاء", "الجمعة الماضية", "الثلاثاء المقبل", "الثلاثاء 2 ديسمبر 2025". */
static gboolean
try_weekday (const Scan *s,
             guint       i,
             Cand       *c)
{
  guint k = i;
  guint j;
  int wd;
  int qual = QUAL_NONE;
  int extra = 0;

  if (is_unit (s, i, UNIT_DAY, F_ONE))
    {
      if (!is_cls (s, i + 1, KW_WEEKDAY))
        return FALSE;
      k = i + 1;
    }
  else if (!is_cls (s, i, KW_WEEKDAY))
    return FALSE;
  else if (i > 0 && is_cls (s, i - 1, KW_PRAYER))
    return FALSE;

  wd = s->toks[k].val;
  j = k + 1;
  if (try_weekday_date (s, i, j, wd, c))
    return TRUE;

  if (is_cls (s, j, KW_QUAL))
    {
      qual = s->toks[j].val;
      j++;
    }
  else if (is_cls (s, j, KW_AGO) && is_cls (s, j + 1, KW_QUAL) && s->toks[j + 1].val == QUAL_PAST)
    {
      qual = QUAL_PAST;
      extra = 1;
      j += 2;
    }
  c->first = i;
  c->last = j - 1;
  finish_weekday (s, wd, qual, extra, &c->match);
  return TRUE;
}

/* "الأسبوع الماضي", "هذا الشهر", "العام المقبل", "الأسبوع قبل الماضي". */
static gboolean
try_period (const Scan *s,
            guint       i,
            Cand       *c)
{
  guint u = i;
  guint j;
  int off;

  if (is_cls (s, i, KW_THIS))
    {
      u = i + 1;
      off = 0;
      j = u + 1;
    }
  else if (is_cls (s, i + 1, KW_QUAL))
    {
      int q = s->toks[i + 1].val;

      off = q == QUAL_PAST ? -1 : (q == QUAL_NEXT ? 1 : 0);
      j = i + 2;
    }
  else if (is_cls (s, i + 1, KW_AGO) && is_cls (s, i + 2, KW_QUAL) &&
           s->toks[i + 2].val == QUAL_PAST)
    {
      off = -2;
      j = i + 3;
    }
  else if (((i > 0 && is_cls (s, i - 1, KW_CTX) && s->toks[i - 1].val == CTX_PART) || s->whole) &&
           !is_num (s, i + 1) && !is_cls (s, i + 1, KW_NUMW) &&
           /* "في أواخر الشهر نفسه": the month told before, not the reference's */
           !is_cls (s, i + 1, KW_THAT))
    {
      /* "منذ مطلع العام", "في منتصف الشهر": the reference's own year or month. */
      off = 0;
      j = i + 1;
    }
  else
    return FALSE;

  if (!is_cls (s, u, KW_UNIT) || !(s->toks[u].flags & F_AL) || s->toks[u].val == UNIT_DAY)
    return FALSE;
  c->first = i;
  c->last = j - 1;
  finish_period (s, s->toks[u].val, off, &c->match);
  return TRUE;
}

/* "يومين", "ثلاثة أيام", "3 أسابيع", "خمسة عشر يوماً", "نحو أسبوعين". */
static gboolean
parse_count (const Scan *s,
             guint       i,
             guint      *last,
             int        *unit,
             int        *n)
{
  guint j = i;
  guint l;
  int v;
  gboolean thousand;

  if (is_cls (s, j, KW_APPROX))
    j++;
  if (is_cls (s, j, KW_UNIT) && (s->toks[j].flags & (F_ONE | F_TWO)) && !s->toks[j].waw)
    {
      *n = (s->toks[j].flags & F_ONE) ? 1 : 2;
      *unit = s->toks[j].val;
      *last = j;
    }
  else if (is_num (s, j) && s->toks[j].ndigits <= 3 && s->toks[j].val >= 1 &&
           num_is_isolated (s, j) && is_cls (s, j + 1, KW_UNIT) &&
           !(s->toks[j + 1].flags & (F_AL | F_TWO)))
    {
      *n = s->toks[j].val;
      *unit = s->toks[j + 1].val;
      *last = j + 1;
    }
  else if (parse_number_words (s, j, &l, &v, &thousand) && !thousand && v >= 1 && v < 1000 &&
           is_cls (s, l + 1, KW_UNIT) && !(s->toks[l + 1].flags & (F_AL | F_TWO)))
    {
      *n = v;
      *unit = s->toks[l + 1].val;
      *last = l + 1;
    }
  else
    return FALSE;

  /* "قبل يومين من القمة" counts from another event; "قبل عام 2022" is a year. */
  if (is_cls (s, *last + 1, KW_FROM) || (*last + 1 < s->n && s->toks[*last + 1].kind == TOK_NUM))
    return FALSE;
  return TRUE;
}

static gboolean
try_ago (const Scan *s,
         guint       i,
         Cand       *c)
{
  guint last;
  int unit, n;

  if (!parse_count (s, i + 1, &last, &unit, &n))
    return FALSE;
  c->first = i;
  c->last = last;
  finish_ago (s, unit, n, &c->match);
  return TRUE;
}

static gboolean
try_since (const Scan *s,
           guint       i,
           Cand       *c)
{
  guint last;
  int unit, n;

  if (i + 1 < s->n && !is_cls (s, i + 1, KW_SINCE) && !is_cls (s, i + 1, KW_AGO) &&
      try_at (s, i + 1, c) && c->first == i + 1)
    {
      c->first = i;
      c->match.is_since = TRUE;
      return TRUE;
    }
  memset (c, 0, sizeof *c);
  if (!parse_count (s, i + 1, &last, &unit, &n))
    return FALSE;
  c->first = i;
  c->last = last;
  finish_ago (s, unit, n, &c->match);
  c->match.is_since = TRUE;
  return TRUE;
}

/* The longest date expression starting at token @i. */
static gboolean
try_at (const Scan *s,
        guint       i,
        Cand       *c)
{
  const Tok *t = &s->toks[i];

  memset (c, 0, sizeof *c);
  if (t->kind == TOK_NUM)
    return try_written (s, i, c);
  if (t->kind != TOK_WORD)
    return FALSE;

  switch (t->cls)
    {
    case KW_NONE:
      return FALSE;
    case KW_SINCE:
      return try_since (s, i, c);
    case KW_AGO:
      return try_ago (s, i, c);
    case KW_TODAY:
    case KW_YESTERDAY:
    case KW_TOMORROW:
    case KW_AFTER:
      return try_relative_day (s, i, c);
    case KW_ORD:
      if (try_relative_day (s, i, c))
        return TRUE;
      memset (c, 0, sizeof *c);
      return try_written (s, i, c);
    case KW_WEEKDAY:
      return try_weekday (s, i, c);
    case KW_THIS:
      return try_period (s, i, c);
    case KW_UNIT:
      /* "يوم غد الاثنين": tomorrow */
      if (t->val == UNIT_DAY && (t->flags & F_ONE) && is_cls (s, i + 1, KW_GHAD))
        return try_relative_day (s, i, c);
      if (t->val == UNIT_DAY)
        return try_weekday (s, i, c);
      if (try_written (s, i, c))
        return TRUE;
      memset (c, 0, sizeof *c);
      return try_period (s, i, c);
    default:
      return try_written (s, i, c);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Scanning                                                                                  */

typedef struct
{
  GArray          *out;
  const MasarDate *ref;
  gboolean         whole;
  guint            n_unmatched;   /* parse_one: tokens outside the matches that matter */
} FindData;

static gboolean
is_time_number (const Tok *toks,
                guint      n,
                guint      i)
{
  return (i + 1 < n && toks[i + 1].kind == TOK_PUNCT && toks[i + 1].ch == ':') ||
         (i > 0 && toks[i - 1].kind == TOK_PUNCT && toks[i - 1].ch == ':');
}

static void
find_in_line (const Tok *toks,
              guint      n,
              gpointer   user_data)
{
  FindData *data = user_data;
  Scan s = { toks, n, data->ref, data->whole };
  guint i = 0;

  while (i < n)
    {
      const Tok *t = &toks[i];
      Cand c;

      if ((t->kind == TOK_NUM || (t->kind == TOK_WORD && t->cls != KW_NONE)) &&
          try_at (&s, i, &c))
        {
          c.match.start = toks[c.first].stem;
          c.match.end = toks[c.last].end;
          g_array_append_val (data->out, c.match);
          i = c.last + 1;
          continue;
        }
      if (data->whole &&
          ((t->kind == TOK_NUM && !is_time_number (toks, n, i)) ||
           (t->kind == TOK_WORD && t->cls != KW_CTX && t->cls != KW_AD_MARK)))
        data->n_unmatched++;
      i++;
    }
}

static inline int
classify_fast (const KwTable *table,
               gunichar       c,
               int           *digit)
{
  if (c >= 0x0600 && c <= 0x06FF)
    {
      int cc = table->arabic_class[c - 0x0600];

      if (cc == CC_DIGIT)
        *digit = c >= 0x06F0 ? (int) (c - 0x06F0) : (int) (c - 0x0660);
      return cc;
    }
  if (c == ' ')
    return CC_SPACE;
  return classify_char (c, digit);
}

typedef void (*LineFunc) (const Tok *toks,
                          guint      n,
                          gpointer   user_data);

static inline gunichar
decode_char (const guchar **pp,
             const guchar  *end)
{
  const guchar *p = *pp;
  guchar c = p[0];

  if (c < 0x80)
    {
      *pp = p + 1;
      return c;
    }
  if ((c & 0xE0) == 0xC0 && end - p >= 2)
    {
      *pp = p + 2;
      return ((gunichar) (c & 0x1F) << 6) | (p[1] & 0x3F);
    }
  if ((c & 0xF0) == 0xE0 && end - p >= 3)
    {
      *pp = p + 3;
      return ((gunichar) (c & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
  if ((c & 0xF8) == 0xF0 && end - p >= 4)
    {
      *pp = p + 4;
      return ((gunichar) (c & 0x07) << 18) | ((gunichar) (p[1] & 0x3F) << 12) |
             ((gunichar) (p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    }
  *pp = p + 1;
  return 0xFFFD;
}

/* Splits @text into lines of tokens and calls @func on each line. */
static void
tokenize (const char *text,
          gsize       n_bytes,
          LineFunc    func,
          gpointer    user_data)
{
  const KwTable *table = get_keywords ();
  const guchar *p = (const guchar *) text;
  const guchar *end = p + n_bytes;
  Tok stack_toks[160];
  guint alloc = G_N_ELEMENTS (stack_toks);
  Tok *toks = stack_toks;
  guint n = 0;
  guint cp = 0;
  gboolean space = TRUE;

  while (p < end)
    {
      gunichar c = decode_char (&p, end);
      int digit = 0;
      int cc = classify_fast (table, c, &digit);
      Tok *t;

      if (cc == CC_SPACE)
        {
          space = TRUE;
          cp++;
          continue;
        }
      if (cc == CC_NEWLINE)
        {
          if (n > 0)
            func (toks, n, user_data);
          n = 0;
          space = TRUE;
          cp++;
          continue;
        }

      if (n == alloc)
        {
          alloc *= 2;
          if (toks == stack_toks)
            toks = g_memdup2 (stack_toks, sizeof stack_toks);
          toks = g_renew (Tok, toks, alloc);
        }
      t = &toks[n++];
      memset (t, 0, sizeof *t);
      t->start = t->stem = cp;
      t->space_before = space;
      space = FALSE;

      if (cc == CC_PUNCT)
        {
          t->kind = TOK_PUNCT;
          t->ch = c;
          cp++;
          t->end = cp;
        }
      else if (cc == CC_DIGIT)
        {
          gint64 v = digit;
          guint nd = 1;

          cp++;
          while (p < end)
            {
              const guchar *q = p;
              gunichar c2 = decode_char (&q, end);

              if (classify_fast (table, c2, &digit) != CC_DIGIT)
                break;
              p = q;
              cp++;
              nd++;
              if (nd <= 9)
                v = v * 10 + digit;
            }
          t->kind = TOK_NUM;
          t->ndigits = MIN (nd, 255);
          t->val = nd <= 6 ? (gint32) v : -1;
          t->end = cp;
        }
      else
        {
          char key[MAX_KEY_BYTES];
          gsize len = 0;
          guint n_folded = 0;
          guint starts[3] = { cp, cp, cp };
          gboolean overflow = FALSE;

          for (;;)
            {
              if (!overflow && c >= 0x0600 && c < 0x0680)
                {
                  /* A run of letters of U+0600–U+067F: two bytes each, folded by table
                   * into two bytes, as below. */
                  guint idx = c - 0x0600;

                  for (;;)
                    {
                      gunichar f = table->arabic_fold[idx];

                      if (f != 0)
                        {
                          if (G_UNLIKELY (len + 4 >= MAX_KEY_BYTES))
                            {
                              overflow = TRUE;
                              break;
                            }
                          key[len++] = (char) (0xC0 | (f >> 6));
                          key[len++] = (char) (0x80 | (f & 0x3F));
                          if (n_folded < G_N_ELEMENTS (starts))
                            starts[n_folded] = cp;
                          n_folded++;
                        }
                      cp++;
                      if (end - p < 2 || (p[0] & 0xFE) != 0xD8)
                        break;
                      idx = ((guint) (p[0] & 1) << 6) | (p[1] & 0x3F);
                      if (table->arabic_class[idx] != CC_LETTER)
                        break;
                      p += 2;
                    }
                  if (!overflow)
                    {
                      const guchar *q = p;
                      gunichar c2;

                      /* Past the run: the word goes on only with a letter of another
                       * kind. */
                      if (p >= end || ((p[0] & 0xFE) == 0xD8 && end - p >= 2))
                        break;
                      c2 = decode_char (&q, end);
                      if (classify_fast (table, c2, &digit) != CC_LETTER)
                        break;
                      p = q;
                      c = c2;
                      continue;
                    }
                  /* The key is full at this letter: go on below, folding no more. */
                  c = 0x0600 + idx;
                }
              if (overflow)
                ;
              else if (c >= 0x0600 && c <= 0x06FF)
                {
                  gunichar f = table->arabic_fold[c - 0x0600];

                  if (f == 0)
                    ;
                  else if (len + 4 >= MAX_KEY_BYTES)
                    overflow = TRUE;
                  else
                    {
                      key[len++] = (char) (0xC0 | (f >> 6));
                      key[len++] = (char) (0x80 | (f & 0x3F));
                      if (n_folded < G_N_ELEMENTS (starts))
                        starts[n_folded] = cp;
                      n_folded++;
                    }
                }
              else
                {
                  int added = fold_append (c, key, &len);

                  if (added < 0)
                    overflow = TRUE;
                  else
                    {
                      for (int k = 0; k < added; k++)
                        if (n_folded + k < G_N_ELEMENTS (starts))
                          starts[n_folded + k] = cp;
                      n_folded += added;
                    }
                }
              cp++;
              if (p >= end)
                break;
              if ((p[0] & 0xFE) == 0xD8 && end - p >= 2)
                {
                  /* Arabic letters (U+0600..U+067F) decoded straight from their two
                   * bytes, as decode_char() would. */
                  guint idx = ((guint) (p[0] & 1) << 6) | (p[1] & 0x3F);

                  if (table->arabic_class[idx] != CC_LETTER)
                    break;
                  p += 2;
                  c = 0x0600 + idx;
                  continue;
                }
              {
                const guchar *q = p;
                gunichar c2 = decode_char (&q, end);

                if (classify_fast (table, c2, &digit) != CC_LETTER)
                  break;
                p = q;
                c = c2;
              }
            }
          key[len] = '\0';
          t->kind = TOK_WORD;
          t->end = cp;
          if (!overflow && len > 0 && (guchar) key[0] >= 0x80)
            lookup_word (table, t, key, len, n_folded, starts);
        }
    }
  if (n > 0)
    func (toks, n, user_data);
  if (toks != stack_toks)
    g_free (toks);
}

static GArray *
find_dates (const char      *text,
            gssize           n_bytes,
            const MasarDate *reference,
            gboolean         whole,
            guint           *n_unmatched)
{
  FindData data;

  if (n_bytes < 0)
    n_bytes = strlen (text);

  data.out = g_array_new (FALSE, TRUE, sizeof (MasarDateMatch));
  data.ref = NULL;
  if (reference != NULL && masar_date_is_set (reference) && masar_date_is_valid (reference))
    data.ref = reference;
  data.whole = whole;
  data.n_unmatched = 0;

  tokenize (text, n_bytes, find_in_line, &data);
  if (n_unmatched != NULL)
    *n_unmatched = data.n_unmatched;
  return data.out;
}

/* ---------------------------------------------------------------------------------------- */
/* Public API                                                                                */

/**
 * masar_dates_find:
 * @text: UTF-8 text
 * @n_bytes: length of @text in bytes, or -1 if it is nul-terminated
 * @reference: (nullable): the publication date that relative expressions are resolved
 *   against; %NULL or unset leaves them unresolved (basis %MASAR_DATE_BASIS_UNKNOWN)
 *
 * Finds every date expression in @text: written dates in all the month-name families Arabic
 * news uses (Egyptian/Gulf, Levantine, Maghrebi, Algerian/Tunisian, paired forms), numeric
 * dates, years (in digits or words, only in a date context), Hijri dates and relative
 * expressions (أمس، الجمعة الماضية، الأسبوع الماضي، قبل أسبوعين، مايو الماضي، منذ عام 2022 …).
 * See the top of masar-dates.c for how each form is resolved.
 *
 * Returns: (transfer full) (element-type MasarDateMatch): the matches, sorted by start,
 *   not overlapping; offsets count code points into @text
 */
GArray *
masar_dates_find (const char      *text,
                  gssize           n_bytes,
                  const MasarDate *reference)
{
  g_return_val_if_fail (text != NULL || n_bytes == 0, NULL);

  if (text == NULL)
    return g_array_new (FALSE, TRUE, sizeof (MasarDateMatch));
  return find_dates (text, n_bytes, reference, FALSE, NULL);
}

/**
 * masar_dates_parse_one:
 * @text: a string that is one date expression ("2025-12-03", "الثلاثاء 2 ديسمبر 2025",
 *   "03 - 12 - 2025", "2025", "أمس"); punctuation, a leading preposition and a time of day
 *   around it are allowed
 * @reference: (nullable): the date relative expressions are resolved against
 * @out: (out caller-allocates): the date; offsets count code points into @text
 *
 * Unlike masar_dates_find(), a bare year counts as a date here.
 *
 * Returns: %TRUE if @text holds exactly one date expression and nothing else that matters
 */
gboolean
masar_dates_parse_one (const char      *text,
                       const MasarDate *reference,
                       MasarDateMatch  *out)
{
  g_autoptr(GArray) found = NULL;
  guint n_unmatched = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  found = find_dates (text, -1, reference, TRUE, &n_unmatched);
  if (found->len != 1 || n_unmatched != 0)
    return FALSE;
  *out = g_array_index (found, MasarDateMatch, 0);
  return TRUE;
}

typedef struct
{
  int month;
} MonthData;

static void
month_in_line (const Tok *toks,
               guint      n,
               gpointer   user_data)
{
  MonthData *data = user_data;
  Scan s = { toks, n, NULL, TRUE };
  guint next;
  int m;
  gboolean ambig;

  if (data->month == 0 && parse_month_name (&s, 0, &next, &m, &ambig) && next == n)
    data->month = m;
  else
    data->month = -1;
}

/**
 * masar_dates_month_from_name:
 * @word: a Gregorian month name in any of the families Arabic news uses, folded or not
 *   ("فبراير", "شباط", "فيفري", "كانون الثاني", "اكتوبر", "فبراير/شباط")
 *
 * Returns: the month, 1–12, or 0 if @word is not a month name
 */
int
masar_dates_month_from_name (const char *word)
{
  MonthData data = { 0 };

  g_return_val_if_fail (word != NULL, 0);

  tokenize (word, strlen (word), month_in_line, &data);
  return MAX (data.month, 0);
}
