/* test-dates.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Table-driven tests for masar-dates: every sentence below was written for this file.
 */

#include "config.h"

#include <string.h>

#include "masar-dates.h"
#include "masar-types.h"

/* The reference most cases use: Wednesday 3 December 2025. */
#define R "2025-12-03"

typedef struct
{
  const char *text;
  const char *ref;       /* ISO publication date, or NULL */
  const char *sub;       /* the expected matched substring */
  const char *date;      /* ISO, or NULL for an unset date */
  const char *date_end;  /* ISO, or NULL */
  char        basis;     /* 'e' explicit, 'r' relative, 'u' unknown */
  gboolean    since;
} DateCase;

static const DateCase cases[] = {
  /* Egyptian / Gulf month names */
  { "وقعت الاتفاقية في 24 فبراير 2022 في العاصمة", R, "24 فبراير 2022", "2022-02-24", NULL, 'e', FALSE },
  { "اجتمع الوفدان يوم 5 يناير 2024", R, "5 يناير 2024", "2024-01-05", NULL, 'e', FALSE },
  { "في 1 مارس 2023 أعلنت الوزارة", R, "1 مارس 2023", "2023-03-01", NULL, 'e', FALSE },
  { "بتاريخ 12 أبريل 2023", R, "12 أبريل 2023", "2023-04-12", NULL, 'e', FALSE },
  { "بتاريخ 12 ابريل 2023", R, "12 ابريل 2023", "2023-04-12", NULL, 'e', FALSE },
  { "في 16 مايو 2025 عقدت الجولة الأولى", R, "16 مايو 2025", "2025-05-16", NULL, 'e', FALSE },
  { "في 2 يونيو 2025", R, "2 يونيو 2025", "2025-06-02", NULL, 'e', FALSE },
  { "في 2 يونيه 2025", R, "2 يونيه 2025", "2025-06-02", NULL, 'e', FALSE },
  { "في 23 يوليو 2025 التقى الوفدان", R, "23 يوليو 2025", "2025-07-23", NULL, 'e', FALSE },
  { "في 23 يوليه 2025", R, "23 يوليه 2025", "2025-07-23", NULL, 'e', FALSE },
  { "قمة 15 أغسطس 2025 في ألاسكا", R, "15 أغسطس 2025", "2025-08-15", NULL, 'e', FALSE },
  { "قمة 15 اغسطس 2025", R, "15 اغسطس 2025", "2025-08-15", NULL, 'e', FALSE },
  { "في 30 سبتمبر 2022 أعلن الضم", R, "30 سبتمبر 2022", "2022-09-30", NULL, 'e', FALSE },
  { "في 7 أكتوبر 2024", R, "7 أكتوبر 2024", "2024-10-07", NULL, 'e', FALSE },
  { "في 21 نوفمبر 2025 نشرت الخطة", R, "21 نوفمبر 2025", "2025-11-21", NULL, 'e', FALSE },
  { "في 9 ديسمبر 2019 التقى الرئيسان في باريس", R, "9 ديسمبر 2019", "2019-12-09", NULL, 'e', FALSE },
  { "في ديسمبر 2019 التقى الرئيسان", R, "ديسمبر 2019", "2019-12", NULL, 'e', FALSE },
  { "منذ ديسمبر 2019 لم يلتقيا", R, "منذ ديسمبر 2019", "2019-12", NULL, 'e', TRUE },
  { "الحرب التي بدأت في فبراير 2022", R, "فبراير 2022", "2022-02", NULL, 'e', FALSE },
  { "في شهر مارس 2024 وصل الوفد", R, "شهر مارس 2024", "2024-03", NULL, 'e', FALSE },
  { "في 24 من فبراير 2022", R, "24 من فبراير 2022", "2022-02-24", NULL, 'e', FALSE },
  { "في 24 من شهر فبراير 2022", R, "24 من شهر فبراير 2022", "2022-02-24", NULL, 'e', FALSE },
  { "في الـ24 من فبراير 2022 بدأ الهجوم", R, "24 من فبراير 2022", "2022-02-24", NULL, 'e', FALSE },
  { "في فبراير من عام 2022", R, "فبراير من عام 2022", "2022-02", NULL, 'e', FALSE },
  { "في فبراير عام 2022", R, "فبراير عام 2022", "2022-02", NULL, 'e', FALSE },
  { "في 24 فبراير، 2022", R, "24 فبراير، 2022", "2022-02-24", NULL, 'e', FALSE },
  { "في الأول من ديسمبر 2025 وصل المبعوث", R, "الأول من ديسمبر 2025", "2025-12-01", NULL, 'e', FALSE },
  { "في الثاني عشر من فبراير 2025", R, "الثاني عشر من فبراير 2025", "2025-02-12", NULL, 'e', FALSE },
  { "في السادس والعشرين من أيلول 2024", R, "السادس والعشرين من أيلول 2024", "2024-09-26", NULL, 'e', FALSE },
  { "في الحادي والثلاثين من مارس 2024", R, "الحادي والثلاثين من مارس 2024", "2024-03-31", NULL, 'e', FALSE },
  { "في العشرين من يناير 2025", R, "العشرين من يناير 2025", "2025-01-20", NULL, 'e', FALSE },
  { "في الخامس والسادس من يونيو 2023", R, "الخامس والسادس من يونيو 2023", "2023-06-05", "2023-06-06", 'e', FALSE },
  { "في الثالث من مارس 2024", R, "الثالث من مارس 2024", "2024-03-03", NULL, 'e', FALSE },
  { "وفي 5 مايو 2025 عاد", R, "5 مايو 2025", "2025-05-05", NULL, 'e', FALSE },
  { "حتى 31 ديسمبر 2025", R, "31 ديسمبر 2025", "2025-12-31", NULL, 'e', FALSE },
  { "في 29 فبراير 2024", R, "29 فبراير 2024", "2024-02-29", NULL, 'e', FALSE },

  /* Levantine and Iraqi month names */
  { "في 3 كانون الثاني 2023", R, "3 كانون الثاني 2023", "2023-01-03", NULL, 'e', FALSE },
  { "في شباط 2022 بدأت الحرب", R, "شباط 2022", "2022-02", NULL, 'e', FALSE },
  { "في 24 شباط 2022", R, "24 شباط 2022", "2022-02-24", NULL, 'e', FALSE },
  { "في آذار 2022 جرت جولة إسطنبول", R, "آذار 2022", "2022-03", NULL, 'e', FALSE },
  { "في 29 آذار 2022", R, "29 آذار 2022", "2022-03-29", NULL, 'e', FALSE },
  { "في نيسان 2022", R, "نيسان 2022", "2022-04", NULL, 'e', FALSE },
  { "في 16 أيار 2025", R, "16 أيار 2025", "2025-05-16", NULL, 'e', FALSE },
  { "في أيار 2025", R, "أيار 2025", "2025-05", NULL, 'e', FALSE },
  { "في حزيران 2025", R, "حزيران 2025", "2025-06", NULL, 'e', FALSE },
  { "في 2 حزيران 2025", R, "2 حزيران 2025", "2025-06-02", NULL, 'e', FALSE },
  { "في تموز 2023", R, "تموز 2023", "2023-07", NULL, 'e', FALSE },
  { "في 15 آب 2025", R, "15 آب 2025", "2025-08-15", NULL, 'e', FALSE },
  { "في آب 2024", R, "آب 2024", "2024-08", NULL, 'e', FALSE },
  { "في أيلول 2022", R, "أيلول 2022", "2022-09", NULL, 'e', FALSE },
  { "في تشرين الأول 2023", R, "تشرين الأول 2023", "2023-10", NULL, 'e', FALSE },
  { "في 21 تشرين الثاني 2025", R, "21 تشرين الثاني 2025", "2025-11-21", NULL, 'e', FALSE },
  { "في كانون الأول 2024", R, "كانون الأول 2024", "2024-12", NULL, 'e', FALSE },
  { "في كانون الثاني 2026", R, "كانون الثاني 2026", "2026-01", NULL, 'e', FALSE },
  { "في شهر آب الماضي", R, "شهر آب الماضي", "2025-08", NULL, 'r', FALSE },

  /* The month first, as a translated page template writes it: only with the comma. */
  { "فبراير 1, 2025", R, "فبراير 1, 2025", "2025-02-01", NULL, 'e', FALSE },
  { "بواسطة أحمد - مارس 14، 2024", R, "مارس 14، 2024", "2024-03-14", NULL, 'e', FALSE },
  { "ارتفع التضخم في مارس 2 2025", R, "مارس", "2025-03", NULL, 'r', FALSE },
  /* Maghrebi */
  { "في 3 دجنبر 2025", R, "3 دجنبر 2025", "2025-12-03", NULL, 'e', FALSE },
  { "في ماي 2025", R, "ماي 2025", "2025-05", NULL, 'e', FALSE },
  { "في 12 يوليوز 2024", R, "12 يوليوز 2024", "2024-07-12", NULL, 'e', FALSE },
  { "في غشت 2023", R, "غشت 2023", "2023-08", NULL, 'e', FALSE },
  { "في 20 شتنبر 2022", R, "20 شتنبر 2022", "2022-09-20", NULL, 'e', FALSE },
  { "في 11 نونبر 2025", R, "11 نونبر 2025", "2025-11-11", NULL, 'e', FALSE },
  { "فاجعة دجنبر 2025 في المدينة", R, "دجنبر 2025", "2025-12", NULL, 'e', FALSE },

  /* Algerian and Tunisian */
  { "في 8 جانفي 2024", R, "8 جانفي 2024", "2024-01-08", NULL, 'e', FALSE },
  { "في فيفري 2022", R, "فيفري 2022", "2022-02", NULL, 'e', FALSE },
  { "في 14 أفريل 2023", R, "14 أفريل 2023", "2023-04-14", NULL, 'e', FALSE },
  { "في جوان 2025", R, "جوان 2025", "2025-06", NULL, 'e', FALSE },
  { "في 5 جويلية 2024", R, "5 جويلية 2024", "2024-07-05", NULL, 'e', FALSE },
  { "في أوت 2023", R, "أوت 2023", "2023-08", NULL, 'e', FALSE },

  /* Paired forms */
  { "الذي بدأ في فبراير/شباط 2022", R, "فبراير/شباط 2022", "2022-02", NULL, 'e', FALSE },
  { "في 24 فبراير/شباط 2022", R, "24 فبراير/شباط 2022", "2022-02-24", NULL, 'e', FALSE },
  { "في شباط (فبراير) 2022", R, "شباط (فبراير) 2022", "2022-02", NULL, 'e', FALSE },
  { "في 15 آب (أغسطس) 2025", R, "15 آب (أغسطس) 2025", "2025-08-15", NULL, 'e', FALSE },
  { "في نوفمبر/تشرين الثاني 2025", R, "نوفمبر/تشرين الثاني 2025", "2025-11", NULL, 'e', FALSE },
  { "في 2 ديسمبر/كانون الأول", R, "2 ديسمبر/كانون الأول", "2025-12-02", NULL, 'r', FALSE },
  { "في آب/أغسطس الماضي", R, "آب/أغسطس الماضي", "2025-08", NULL, 'r', FALSE },

  /* Weekdays with a written date */
  { "الثلاثاء 2 ديسمبر 2025", R, "الثلاثاء 2 ديسمبر 2025", "2025-12-02", NULL, 'e', FALSE },
  { "نشر يوم الثلاثاء، 2 ديسمبر 2025 - 10:30", R, "يوم الثلاثاء، 2 ديسمبر 2025", "2025-12-02", NULL, 'e', FALSE },
  { "يوم الأحد الموافق 30 نوفمبر 2025", R, "يوم الأحد الموافق 30 نوفمبر 2025", "2025-11-30", NULL, 'e', FALSE },
  { "الاثنين 3 نوفمبر", R, "الاثنين 3 نوفمبر", "2025-11-03", NULL, 'r', FALSE },
  { "السبت (15 مارس 2025)", R, "السبت (15 مارس 2025)", "2025-03-15", NULL, 'e', FALSE },
  { "الخميس 02/01/2025", R, "الخميس 02/01/2025", "2025-01-02", NULL, 'e', FALSE },

  /* Numeric dates */
  { "نشر في الموقع يوم 03 - 12 - 2025", R, "03 - 12 - 2025", "2025-12-03", NULL, 'e', FALSE },
  { "تاريخ النشر 17/05/2025", R, "17/05/2025", "2025-05-17", NULL, 'e', FALSE },
  { "آخر تحديث 20.11.2025", R, "20.11.2025", "2025-11-20", NULL, 'e', FALSE },
  { "2025-12-03T10:15:00", R, "2025-12-03", "2025-12-03", NULL, 'e', FALSE },
  { "بتاريخ 2025/12/03 صدر البيان", R, "2025/12/03", "2025-12-03", NULL, 'e', FALSE },
  { "تحديث: 1-7-2025", R, "1-7-2025", "2025-07-01", NULL, 'e', FALSE },
  { "تاريخ: ١٧/٠٥/٢٠٢٥", R, "١٧/٠٥/٢٠٢٥", "2025-05-17", NULL, 'e', FALSE },
  { "16 - ديسمبر - 2025", R, "16 - ديسمبر - 2025", "2025-12-16", NULL, 'e', FALSE },
  { "نشر: 3 - شباط - 2024 | 10:15", R, "3 - شباط - 2024", "2024-02-03", NULL, 'e', FALSE },
  { "تاريخ: ۱۷/۰۵/۲۰۲۵", R, "۱۷/۰۵/۲۰۲۵", "2025-05-17", NULL, 'e', FALSE },
  { "Published 12/31/2024", R, "12/31/2024", "2024-12-31", NULL, 'e', FALSE },

  /* Years alone */
  { "منذ بدء الحرب في عام 2022", R, "عام 2022", "2022", NULL, 'e', FALSE },
  { "وقد زار موسكو في 2019 مرتين", R, "2019", "2019", NULL, 'e', FALSE },
  { "ضمت القرم سنة 2014", R, "سنة 2014", "2014", NULL, 'e', FALSE },
  { "خلال العام 2023", R, "العام 2023", "2023", NULL, 'e', FALSE },
  { "عام 2022م", R, "عام 2022م", "2022", NULL, 'e', FALSE },
  { "وفي 2022 تغير كل شيء", R, "2022", "2022", NULL, 'e', FALSE },
  { "حتى 2030 على الأقل", R, "2030", "2030", NULL, 'e', FALSE },
  { "منذ بداية 2022", R, "2022", "2022", NULL, 'e', FALSE },
  { "قبل نهاية 2025", R, "2025", "2025", NULL, 'e', FALSE },
  { "بحلول 2027", R, "2027", "2027", NULL, 'e', FALSE },
  { "في الفترة بين 2014 و2022", R, "2014 و2022", "2014", "2022", 'e', FALSE },
  { "منذ عام 2022", R, "منذ عام 2022", "2022", NULL, 'e', TRUE },
  { "منذ 2014 والصراع مستمر", R, "منذ 2014", "2014", NULL, 'e', TRUE },
  { "في عام ٢٠٢٢", R, "عام ٢٠٢٢", "2022", NULL, 'e', FALSE },
  { "وفي عام 1991 استقلت أوكرانيا", R, "عام 1991", "1991", NULL, 'e', FALSE },

  /* Years in words */
  { "في عام ألفين وخمسة وعشرين", R, "عام ألفين وخمسة وعشرين", "2025", NULL, 'e', FALSE },
  { "في عام ألفين واثنين وعشرين", R, "عام ألفين واثنين وعشرين", "2022", NULL, 'e', FALSE },
  { "سنة ألفين وأربعة عشر", R, "سنة ألفين وأربعة عشر", "2014", NULL, 'e', FALSE },
  { "عام ألف وتسعمائة وواحد وتسعين", R, "عام ألف وتسعمائة وواحد وتسعين", "1991", NULL, 'e', FALSE },
  { "في العام ألفين", R, "العام ألفين", "2000", NULL, 'e', FALSE },
  { "عام ألفين وتسعة عشر", R, "عام ألفين وتسعة عشر", "2019", NULL, 'e', FALSE },

  /* Arabic-Indic digits */
  { "في ٢٤ فبراير ٢٠٢٢", R, "٢٤ فبراير ٢٠٢٢", "2022-02-24", NULL, 'e', FALSE },
  { "في ۲۴ فبراير ۲۰۲۲", R, "۲۴ فبراير ۲۰۲۲", "2022-02-24", NULL, 'e', FALSE },
  { "قبل ٣ أيام", R, "قبل ٣ أيام", "2025-11-30", NULL, 'r', FALSE },

  /* Hijri, through ICU's Umm al-Qura calendar */
  { "في 18 محرم 1445هـ", R, "18 محرم 1445هـ", "2023-08-05", NULL, 'e', FALSE },
  { "في 1 محرم 1445 هـ", R, "1 محرم 1445 هـ", "2023-07-19", NULL, 'e', FALSE },
  { "خلال رمضان 1446 هـ", R, "رمضان 1446 هـ", "2025-03-01", "2025-03-29", 'e', FALSE },
  { "في 1 شوال 1446هـ", R, "1 شوال 1446هـ", "2025-03-30", NULL, 'e', FALSE },
  { "يوم 10 ذو الحجة 1445 هـ", R, "10 ذو الحجة 1445 هـ", "2024-06-16", NULL, 'e', FALSE },
  { "في 1 رمضان 1445", R, "1 رمضان 1445", "2024-03-11", NULL, 'e', FALSE },
  { "في 12 ربيع الأول 1447هـ", R, "12 ربيع الأول 1447هـ", "2025-09-04", NULL, 'e', FALSE },
  { "في عام 1445هـ", R, "عام 1445هـ", "2023-07-19", "2024-07-06", 'e', FALSE },
  { "الموافق 1447/06/12هـ", R, "1447/06/12هـ", "2025-12-03", NULL, 'e', FALSE },

  /* Relative: days */
  { "أعلن الكرملين اليوم أن", R, "اليوم", R, NULL, 'r', FALSE },
  { "قال الوزير أمس إن", R, "أمس", "2025-12-02", NULL, 'r', FALSE },
  { "في مؤتمر عقده الأمس", R, "الأمس", "2025-12-02", NULL, 'r', FALSE },
  { "وصل الوفد أمس الأول", R, "أمس الأول", "2025-12-01", NULL, 'r', FALSE },
  { "وصل الوفد أول أمس", R, "أول أمس", "2025-12-01", NULL, 'r', FALSE },
  { "وصل الوفد أول من أمس", R, "أول من أمس", "2025-12-01", NULL, 'r', FALSE },
  { "يصل المبعوث غداً إلى موسكو", R, "غداً", "2025-12-04", NULL, 'r', FALSE },
  { "يلتقي زيلينسكي في لندن يوم غد الخميس", R, "يوم غد الخميس", "2025-12-04", NULL, 'r', FALSE },
  { "يلتقي زيلينسكي في لندن يوم غد", R, "يوم غد", "2025-12-04", NULL, 'r', FALSE },
  { "يصل المبعوث غدا", R, "غدا", "2025-12-04", NULL, 'r', FALSE },
  { "تستأنف المحادثات بعد غد", R, "بعد غد", "2025-12-05", NULL, 'r', FALSE },
  { "نفى الكرملين، أمس (الثلاثاء)، الاتهامات", R, "أمس (الثلاثاء)", "2025-12-02", NULL, 'r', FALSE },
  { "المحادثات التي جرت أمس الجمعة", "2025-11-29", "أمس الجمعة", "2025-11-28", NULL, 'r', FALSE },
  { "أعلن الكرملين، اليوم الاثنين، تأييده", "2025-12-01", "اليوم الاثنين", "2025-12-01", NULL, 'r', FALSE },
  { "وقال أمس الثلاثاء", "2025-12-04", "أمس الثلاثاء", "2025-12-02", NULL, 'r', FALSE },
  { "وأمس قال المتحدث", R, "أمس", "2025-12-02", NULL, 'r', FALSE },

  /* Relative: weekdays */
  { "التقى الوفدان يوم الثلاثاء في موسكو", R, "يوم الثلاثاء", "2025-12-02", NULL, 'r', FALSE },
  { "ناقشه المبعوث الثلاثاء مع بوتين", R, "الثلاثاء", "2025-12-02", NULL, 'r', FALSE },
  { "أعلن ذلك الأربعاء", R, "الأربعاء", "2025-12-03", NULL, 'r', FALSE },
  { "في مقابلة بثت مساء الخميس", R, "الخميس", "2025-11-27", NULL, 'r', FALSE },
  { "اقترح الوفد الجمعة الماضية عقد قمة", R, "الجمعة الماضية", "2025-11-28", NULL, 'r', FALSE },
  { "يوم الجمعة الماضي", R, "يوم الجمعة الماضي", "2025-11-28", NULL, 'r', FALSE },
  { "قال زيلينسكي السبت الماضي", R, "السبت الماضي", "2025-11-29", NULL, 'r', FALSE },
  { "الأربعاء الماضي", R, "الأربعاء الماضي", "2025-11-26", NULL, 'r', FALSE },
  { "تعقد الجولة الثلاثاء المقبل", R, "الثلاثاء المقبل", "2025-12-09", NULL, 'r', FALSE },
  { "يصل السبت القادم", R, "السبت القادم", "2025-12-06", NULL, 'r', FALSE },
  { "الأربعاء المقبل", R, "الأربعاء المقبل", "2025-12-10", NULL, 'r', FALSE },
  { "والأحد الماضي", R, "الأحد الماضي", "2025-11-30", NULL, 'r', FALSE },

  /* Relative: weeks, months, years */
  { "في جنيف الأسبوع الماضي اتفق الطرفان", R, "الأسبوع الماضي", "2025-11-24", "2025-11-30", 'r', FALSE },
  { "الأسبوع المقبل", R, "الأسبوع المقبل", "2025-12-08", "2025-12-14", 'r', FALSE },
  { "الأسبوع القادم", R, "الأسبوع القادم", "2025-12-08", "2025-12-14", 'r', FALSE },
  { "هذا الأسبوع", R, "هذا الأسبوع", "2025-12-01", "2025-12-07", 'r', FALSE },
  { "خلال الأسبوع الجاري", R, "الأسبوع الجاري", "2025-12-01", "2025-12-07", 'r', FALSE },
  { "الأسبوع قبل الماضي", R, "الأسبوع قبل الماضي", "2025-11-17", "2025-11-23", 'r', FALSE },
  { "الخطة التي كشف عنها الشهر الماضي", R, "الشهر الماضي", "2025-11", NULL, 'r', FALSE },
  { "الشهر المقبل", R, "الشهر المقبل", "2026-01", NULL, 'r', FALSE },
  { "مطلع الشهر الجاري", R, "الشهر الجاري", "2025-12", NULL, 'r', FALSE },
  { "هذا الشهر", R, "هذا الشهر", "2025-12", NULL, 'r', FALSE },
  { "العام الماضي", R, "العام الماضي", "2024", NULL, 'r', FALSE },
  { "العام المقبل", R, "العام المقبل", "2026", NULL, 'r', FALSE },
  { "هذا العام", R, "هذا العام", "2025", NULL, 'r', FALSE },
  { "السنة الماضية", R, "السنة الماضية", "2024", NULL, 'r', FALSE },
  { "العام الجاري", R, "العام الجاري", "2025", NULL, 'r', FALSE },
  { "الشهر الماضي", "2025-01-15", "الشهر الماضي", "2024-12", NULL, 'r', FALSE },

  /* Relative: counts */
  { "قبل أسبوعين", R, "قبل أسبوعين", "2025-11-19", NULL, 'r', FALSE },
  { "قبل ثلاثة أيام", R, "قبل ثلاثة أيام", "2025-11-30", NULL, 'r', FALSE },
  { "منذ ثلاثة أيام", R, "منذ ثلاثة أيام", "2025-11-30", NULL, 'r', TRUE },
  { "منذ يومين فقط وصلنا تقرير", R, "منذ يومين", "2025-12-01", NULL, 'r', TRUE },
  { "قبل شهر", R, "قبل شهر", "2025-11", NULL, 'r', FALSE },
  { "قبل عامين", R, "قبل عامين", "2023", NULL, 'r', FALSE },
  { "بعد التراجع عنه قبل 4 سنوات", R, "قبل 4 سنوات", "2021", NULL, 'r', FALSE },
  { "قبل يوم واحد", R, "قبل يوم", "2025-12-02", NULL, 'r', FALSE },
  { "قبل خمسة عشر يوماً", R, "قبل خمسة عشر يوماً", "2025-11-18", NULL, 'r', FALSE },
  { "قبل نحو أسبوعين", R, "قبل نحو أسبوعين", "2025-11-19", NULL, 'r', FALSE },
  { "منذ ثلاثة أشهر", R, "منذ ثلاثة أشهر", "2025-09", NULL, 'r', TRUE },
  { "منذ ثلاث سنوات", R, "منذ ثلاث سنوات", "2022", NULL, 'r', TRUE },
  { "منذ شهرين", R, "منذ شهرين", "2025-10", NULL, 'r', TRUE },
  { "ومنذ أسبوع", R, "منذ أسبوع", "2025-11-26", NULL, 'r', TRUE },
  { "منذ الأسبوع الماضي", R, "منذ الأسبوع الماضي", "2025-11-24", "2025-11-30", 'r', TRUE },
  { "منذ أمس", R, "منذ أمس", "2025-12-02", NULL, 'r', TRUE },

  /* Relative: month names */
  { "في مايو الماضي", R, "مايو الماضي", "2025-05", NULL, 'r', FALSE },
  { "في أغسطس الماضي بوساطة قطرية", R, "أغسطس الماضي", "2025-08", NULL, 'r', FALSE },
  { "في ديسمبر الماضي", R, "ديسمبر الماضي", "2024-12", NULL, 'r', FALSE },
  { "في مايو المقبل", R, "مايو المقبل", "2026-05", NULL, 'r', FALSE },
  { "في يناير القادم", R, "يناير القادم", "2026-01", NULL, 'r', FALSE },
  { "ديسمبر الجاري", R, "ديسمبر الجاري", "2025-12", NULL, 'r', FALSE },
  { "شهر مايو الماضي", R, "شهر مايو الماضي", "2025-05", NULL, 'r', FALSE },
  { "في شهري مايو ويونيو الماضيين", R, "شهري مايو ويونيو الماضيين", "2025-05", "2025-06", 'r', FALSE },
  { "في شهري مايو ويونيو 2025", R, "شهري مايو ويونيو 2025", "2025-05", "2025-06", 'e', FALSE },
  { "في مايو من العام الماضي", R, "مايو من العام الماضي", "2024-05", NULL, 'r', FALSE },
  { "في 15 مايو الماضي", R, "15 مايو الماضي", "2025-05-15", NULL, 'r', FALSE },
  { "في مارس الماضي", "2025-03-10", "مارس الماضي", "2024-03", NULL, 'r', FALSE },
  { "في 3 نوفمبر", R, "3 نوفمبر", "2025-11-03", NULL, 'r', FALSE },
  { "في 28 ديسمبر", "2025-01-03", "28 ديسمبر", "2024-12-28", NULL, 'r', FALSE },
  { "في مارس", R, "مارس", "2025-03", NULL, 'r', FALSE },
  { "بحلول يناير", R, "يناير", "2026-01", NULL, 'r', FALSE },
  { "في تموز الماضي", R, "تموز الماضي", "2025-07", NULL, 'r', FALSE },

  /* Spans and seasons */
  { "في 15 و16 مايو 2025", R, "15 و16 مايو 2025", "2025-05-15", "2025-05-16", 'e', FALSE },
  { "في 15-16 مايو 2025", R, "15-16 مايو 2025", "2025-05-15", "2025-05-16", 'e', FALSE },
  { "أول محادثات منذ ربيع 2022", R, "منذ ربيع 2022", "2022-03", "2022-05", 'e', TRUE },
  { "في صيف 2023", R, "صيف 2023", "2023-06", "2023-08", 'e', FALSE },
  { "في شتاء 2022", R, "شتاء 2022", "2022", NULL, 'e', FALSE },
  { "في ربيع العام الماضي", R, "ربيع العام الماضي", "2024-03", "2024-05", 'r', FALSE },
  { "في خريف هذا العام", R, "خريف هذا العام", "2025-09", "2025-11", 'r', FALSE },
  { "في صيف عام 2025", R, "صيف عام 2025", "2025-06", "2025-08", 'e', FALSE },

  /* No reference: relative forms stay unresolved, written ones do not need it */
  { "قال أمس إن", NULL, "أمس", NULL, NULL, 'u', FALSE },
  { "الأسبوع الماضي", NULL, "الأسبوع الماضي", NULL, NULL, 'u', FALSE },
  { "في مايو الماضي", NULL, "مايو الماضي", NULL, NULL, 'u', FALSE },
  { "قبل يومين", NULL, "قبل يومين", NULL, NULL, 'u', FALSE },
  { "منذ يومين", NULL, "منذ يومين", NULL, NULL, 'u', TRUE },
  { "في 3 نوفمبر", NULL, "3 نوفمبر", NULL, NULL, 'u', FALSE },
  { "يوم الثلاثاء", NULL, "يوم الثلاثاء", NULL, NULL, 'u', FALSE },
  { "في 24 فبراير 2022", NULL, "24 فبراير 2022", "2022-02-24", NULL, 'e', FALSE },
  { "منذ عام 2022", NULL, "منذ عام 2022", "2022", NULL, 'e', TRUE },
  { "في مايو من العام الماضي", NULL, "مايو من العام الماضي", NULL, NULL, 'u', FALSE },

  /* Folding: tashkeel, tatweel, alef and ya variants */
  { "في ٢٤ فِبْرايِر ٢٠٢٢", R, "٢٤ فِبْرايِر ٢٠٢٢", "2022-02-24", NULL, 'e', FALSE },
  { "قال أمـــس إن", R, "أمـــس", "2025-12-02", NULL, 'r', FALSE },
  { "في اكتوبر 2024", R, "اكتوبر 2024", "2024-10", NULL, 'e', FALSE },
  { "الإثنين الماضي", R, "الإثنين الماضي", "2025-12-01", NULL, 'r', FALSE },
  { "في العام الماضى", R, "العام الماضى", "2024", NULL, 'r', FALSE },
  { "بحلول مارس 2026", R, "مارس 2026", "2026-03", NULL, 'e', FALSE },
  { "وأكد في تصريح (20 نوفمبر 2025) أن", R, "20 نوفمبر 2025", "2025-11-20", NULL, 'e', FALSE },
  { "\"في 4 ديسمبر 2025\"", R, "4 ديسمبر 2025", "2025-12-04", NULL, 'e', FALSE },

  /* More forms seen in news */
  { "يوم 5 ديسمبر الجاري", R, "5 ديسمبر الجاري", "2025-12-05", NULL, 'r', FALSE },
  { "في منتصف نوفمبر", R, "نوفمبر", "2025-11", NULL, 'r', FALSE },
  { "أواخر العام الماضي", R, "العام الماضي", "2024", NULL, 'r', FALSE },
  { "منذ مطلع العام", R, "العام", "2025", NULL, 'r', FALSE },
  { "في منتصف الشهر", R, "الشهر", "2025-12", NULL, 'r', FALSE },
  { "بين 15 و17 مايو 2025", R, "15 و17 مايو 2025", "2025-05-15", "2025-05-17", 'e', FALSE },
  { "من 15 إلى 17 مايو 2025", R, "15 إلى 17 مايو 2025", "2025-05-15", "2025-05-17", 'e', FALSE },
  { "في 2022-2023", R, "2022-2023", "2022", "2023", 'e', FALSE },
  { "خلال عامي 2022 و2023", R, "عامي 2022 و2023", "2022", "2023", 'e', FALSE },
  { "من 30 مايو إلى 2 يونيو 2025", R, "30 مايو إلى 2 يونيو 2025", "2025-05-30", "2025-06-02", 'e', FALSE },
  { "بين 30 مايو و2 يونيو", R, "30 مايو و2 يونيو", "2025-05-30", "2025-06-02", 'r', FALSE },
  { "منذ 24 فبراير 2022", R, "منذ 24 فبراير 2022", "2022-02-24", NULL, 'e', TRUE },
  { "السبت 15 مارس", R, "السبت 15 مارس", "2025-03-15", NULL, 'r', FALSE },
  { "نشر في : الأربعاء 03 ديسمبر 2025 - 10:12 ص", R, "الأربعاء 03 ديسمبر 2025", "2025-12-03", NULL, 'e', FALSE },
  { "الأربعاء 12 جمادى الآخرة 1447هـ", R, "الأربعاء 12 جمادى الآخرة 1447هـ", "2025-12-03", NULL, 'e', FALSE },
  { "حتى اليوم", R, "اليوم", R, NULL, 'r', FALSE },
  { "قال اليوم الأربعاء", R, "اليوم الأربعاء", R, NULL, 'r', FALSE },
  { "في 12 مايو من العام الماضي", R, "12 مايو من العام الماضي", "2024-05-12", NULL, 'r', FALSE },
  { "في مايو من هذا العام", R, "مايو من هذا العام", "2025-05", NULL, 'r', FALSE },
  { "في يناير المقبل", "2025-01-20", "يناير المقبل", "2026-01", NULL, 'r', FALSE },
  { "مساء أمس", R, "أمس", "2025-12-02", NULL, 'r', FALSE },
  { "صباح الغد", R, "الغد", "2025-12-04", NULL, 'r', FALSE },
  { "بعد الغد", R, "بعد الغد", "2025-12-05", NULL, 'r', FALSE },
  { "والخميس المقبل", R, "الخميس المقبل", "2025-12-04", NULL, 'r', FALSE },
  { "الجمعة قبل الماضية", R, "الجمعة قبل الماضية", "2025-11-21", NULL, 'r', FALSE },
};

/* Text that holds no date. */
static const char *negatives[] = {
  "اجتمع الوفدان الساعة 10 صباحاً",
  "ارتفعت الأسعار بنسبة 20%",
  "نسبة ٢٠٪ من الأراضي",
  "تبادل 1000 سجين من كل جانب",
  "قتل 16 - مدنيا - 2025",
  "تسيطر على نحو 600 كيلومتر مربع",
  "الانتخابات الرئاسية الأمريكية 2024",
  "كأس أمم إفريقيا 2025",
  "Copyright © euronews 2024",
  "اتصلوا بالرقم +7 495 123-45-67",
  "الهاتف 0020-2-2345-6789",
  "بقيمة 11.1 مليار دولار",
  "ما يقرب من 2,500 جندي",
  "جائحة كوفيد-19",
  "منظومة س-400",
  "المادة 5 من المعاهدة",
  "خطة من 28 نقطة",
  "أرسلت 10 آلاف جندي",
  "نحو 2000 جندي",
  "الساعة 10:30",
  "في آب",
  "قال الأب إن",
  "عند باب المقر",
  "يلقي خطبة الجمعة في المسجد",
  "بعد صلاة الجمعة",
  "اليوم الـ26 من الحصار",
  "في ذلك اليوم",
  "في اليوم التالي",
  "قبل يومين من القمة",
  "مارس الرئيس ضغوطاً كبيرة",
  "منذ أكثر من عام",
  "استمرت 3 ساعات",
  "منذ ساعات",
  "صدر في 12/2025 تقرير",
  "الصفحة 5/12",
  "شهر رمضان المبارك",
  "الربيع العربي",
  "ثورات الربيع",
  "منذ فترة طويلة",
  "خلال الأيام المقبلة",
  "في الشهور الماضية",
  "أحد عشر لاعباً",
  "يوماً بعد يوم",
  "عام 600",
  "القرن الماضي",
  "الرئيس السابق",
  "رقم 2025 في القائمة",
  "قتل 19 أوكرانياً",
  "مقابل 3.5 مليون",
  "الإصدار 1.2.3",
  "احتفل العالم باليوم العالمي للسلام",
  "في اليوم الوطني",
  "في هذا اليوم",
  "في اليوم نفسه أعلنت الوزارة",
  "ثم موسكو في أواخر الشهر نفسه",
  "خلال العام",
  "في الشهر الذي تلاه",
  "",
};

static void
check_case (const DateCase *c,
            GString        *errors)
{
  MasarDate ref = MASAR_DATE_INIT;
  g_autoptr(GArray) found = NULL;
  const MasarDateMatch *m;
  g_autofree char *sub = NULL;
  g_autofree char *date = NULL;
  g_autofree char *date_end = NULL;
  MasarDateBasis basis;
  guint n_chars = g_utf8_strlen (c->text, -1);

  if (c->ref != NULL)
    g_assert_true (masar_date_parse_iso (c->ref, &ref));
  found = masar_dates_find (c->text, -1, c->ref ? &ref : NULL);
  if (found->len != 1)
    {
      g_string_append_printf (errors, "«%s»: %u matches, expected 1\n", c->text, found->len);
      for (guint i = 0; i < found->len; i++)
        {
          const MasarDateMatch *x = &g_array_index (found, MasarDateMatch, i);
          g_autofree char *xs = g_utf8_substring (c->text, x->start, x->end);

          g_string_append_printf (errors, "    match «%s»\n", xs);
        }
      return;
    }
  m = &g_array_index (found, MasarDateMatch, 0);
  g_assert_cmpuint (m->start, <, m->end);
  g_assert_cmpuint (m->end, <=, n_chars);
  sub = g_utf8_substring (c->text, m->start, m->end);
  date = masar_date_to_iso (&m->date);
  date_end = masar_date_to_iso (&m->date_end);
  basis = c->basis == 'e' ? MASAR_DATE_BASIS_EXPLICIT
          : c->basis == 'r' ? MASAR_DATE_BASIS_RELATIVE
          : MASAR_DATE_BASIS_UNKNOWN;

  if (g_strcmp0 (sub, c->sub) != 0 || g_strcmp0 (date, c->date) != 0 ||
      g_strcmp0 (date_end, c->date_end) != 0 || m->basis != basis ||
      (gboolean) m->is_since != c->since)
    g_string_append_printf (errors,
                            "«%s» (ref %s): got «%s» %s..%s %s since=%d, "
                            "expected «%s» %s..%s %s since=%d\n",
                            c->text, c->ref ? c->ref : "none",
                            sub, date ? date : "-", date_end ? date_end : "-",
                            masar_date_basis_to_string (m->basis), m->is_since,
                            c->sub, c->date ? c->date : "-", c->date_end ? c->date_end : "-",
                            masar_date_basis_to_string (basis), c->since);
}

static void
test_table (void)
{
  g_autoptr(GString) errors = g_string_new (NULL);

  g_assert_cmpuint (G_N_ELEMENTS (cases), >=, 150);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    check_case (&cases[i], errors);
  if (errors->len > 0)
    g_printerr ("%s", errors->str);
  g_assert_cmpuint (errors->len, ==, 0);
}

static void
test_negatives (void)
{
  g_autoptr(GString) errors = g_string_new (NULL);
  MasarDate ref = MASAR_DATE_INIT;

  g_assert_true (masar_date_parse_iso (R, &ref));
  for (guint i = 0; i < G_N_ELEMENTS (negatives); i++)
    {
      g_autoptr(GArray) found = masar_dates_find (negatives[i], -1, &ref);

      for (guint k = 0; k < found->len; k++)
        {
          const MasarDateMatch *m = &g_array_index (found, MasarDateMatch, k);
          g_autofree char *sub = g_utf8_substring (negatives[i], m->start, m->end);

          g_string_append_printf (errors, "«%s»: unexpected match «%s»\n", negatives[i], sub);
        }
    }
  if (errors->len > 0)
    g_printerr ("%s", errors->str);
  g_assert_cmpuint (errors->len, ==, 0);
}

/* Several dates in one text: order, offsets, no overlap, n_bytes honoured. */
static void
test_several (void)
{
  const char *text = "قال الوزير أمس إن الاجتماع الذي عُقد في 24 فبراير/شباط 2022 "
                     "لم يتكرر منذ عام 2022،\nوإن الجولة المقبلة ستعقد الثلاثاء المقبل "
                     "أو في 03 - 12 - 2025 على الأكثر.";
  const char *expected[] = { "أمس", "24 فبراير/شباط 2022", "منذ عام 2022", "الثلاثاء المقبل",
                             "03 - 12 - 2025" };
  MasarDate ref = MASAR_DATE_INIT;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) prefix = NULL;
  const char *cut;

  g_assert_true (masar_date_parse_iso (R, &ref));
  found = masar_dates_find (text, -1, &ref);
  g_assert_cmpuint (found->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < found->len; i++)
    {
      const MasarDateMatch *m = &g_array_index (found, MasarDateMatch, i);
      g_autofree char *sub = g_utf8_substring (text, m->start, m->end);

      g_assert_cmpstr (sub, ==, expected[i]);
      if (i > 0)
        g_assert_cmpuint (m->start, >=, g_array_index (found, MasarDateMatch, i - 1).end);
    }

  /* Only the first line, through n_bytes. */
  cut = strchr (text, '\n');
  prefix = masar_dates_find (text, cut - text, &ref);
  g_assert_cmpuint (prefix->len, ==, 3);
}

/* A date in the middle of many multi-byte characters keeps exact code-point offsets. */
static void
test_offsets (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  MasarDate ref = MASAR_DATE_INIT;
  g_autoptr(GArray) found = NULL;
  const MasarDateMatch *m;
  guint before;

  g_assert_true (masar_date_parse_iso (R, &ref));
  for (guint i = 0; i < 500; i++)
    g_string_append (s, i % 2 ? "كَلِمَةٌ € " : "𝔸 word ");
  before = g_utf8_strlen (s->str, -1);
  g_string_append (s, "في 17/05/2025 ");
  for (guint i = 0; i < 100; i++)
    g_string_append (s, "نص ");
  found = masar_dates_find (s->str, s->len, &ref);
  g_assert_cmpuint (found->len, ==, 1);
  m = &g_array_index (found, MasarDateMatch, 0);
  g_assert_cmpuint (m->start, ==, before + 3);
  g_assert_cmpuint (m->end, ==, before + 3 + 10);
}

static void
test_parse_one (void)
{
  MasarDate ref = MASAR_DATE_INIT;
  MasarDateMatch m;
  g_autofree char *iso = NULL;

  g_assert_true (masar_date_parse_iso (R, &ref));

  g_assert_true (masar_dates_parse_one ("2025-12-03", NULL, &m));
  g_assert_cmpint (m.date.year, ==, 2025);
  g_assert_cmpint (m.date.month, ==, 12);
  g_assert_cmpint (m.date.day, ==, 3);
  g_assert_cmpint (m.basis, ==, MASAR_DATE_BASIS_EXPLICIT);

  g_assert_true (masar_dates_parse_one ("2024", NULL, &m));
  g_assert_cmpint (masar_date_get_precision (&m.date), ==, MASAR_DATE_PRECISION_YEAR);
  g_assert_cmpint (m.date.year, ==, 2024);

  g_assert_true (masar_dates_parse_one ("  03 - 12 - 2025 ", NULL, &m));
  g_assert_cmpint (m.date.day, ==, 3);

  g_assert_true (masar_dates_parse_one ("الثلاثاء 2 ديسمبر 2025 - 10:30", NULL, &m));
  iso = masar_date_to_iso (&m.date);
  g_assert_cmpstr (iso, ==, "2025-12-02");

  g_assert_true (masar_dates_parse_one ("أمس", &ref, &m));
  g_assert_cmpint (m.date.day, ==, 2);
  g_assert_cmpint (m.basis, ==, MASAR_DATE_BASIS_RELATIVE);

  g_assert_true (masar_dates_parse_one ("في مارس", &ref, &m));
  g_assert_cmpint (m.date.month, ==, 3);

  g_assert_false (masar_dates_parse_one ("كلام بلا تاريخ", &ref, &m));
  g_assert_false (masar_dates_parse_one ("", &ref, &m));
  g_assert_false (masar_dates_parse_one ("2 ديسمبر 2025 و 3 يناير 2026", &ref, &m));
  g_assert_false (masar_dates_parse_one ("قال الوزير أمس", &ref, &m));
  g_assert_false (masar_dates_parse_one ("31 فبراير 2025", &ref, &m));
}

static void
test_month_from_name (void)
{
  static const struct { const char *word; int month; } months[] = {
    { "يناير", 1 }, { "فبراير", 2 }, { "مارس", 3 }, { "أبريل", 4 }, { "ابريل", 4 },
    { "مايو", 5 }, { "يونيو", 6 }, { "يونيه", 6 }, { "يوليو", 7 }, { "يوليه", 7 },
    { "أغسطس", 8 }, { "اغسطس", 8 }, { "سبتمبر", 9 }, { "أكتوبر", 10 }, { "نوفمبر", 11 },
    { "ديسمبر", 12 }, { "كانون الثاني", 1 }, { "شباط", 2 }, { "آذار", 3 }, { "نيسان", 4 },
    { "أيار", 5 }, { "حزيران", 6 }, { "تموز", 7 }, { "آب", 8 }, { "أيلول", 9 },
    { "تشرين الأول", 10 }, { "تشرين الثاني", 11 }, { "كانون الأول", 12 }, { "ماي", 5 },
    { "يوليوز", 7 }, { "غشت", 8 }, { "شتنبر", 9 }, { "نونبر", 11 }, { "دجنبر", 12 },
    { "جانفي", 1 }, { "فيفري", 2 }, { "أفريل", 4 }, { "جوان", 6 }, { "جويلية", 7 },
    { "أوت", 8 }, { "اذار", 3 }, { "ايار", 5 }, { "فبراير/شباط", 2 },
    { "كانون", 0 }, { "الثلاثاء", 0 }, { "رمضان", 0 }, { "", 0 }, { "may", 0 },
    { "فبراير 2022", 0 }, { "شهر", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_test_message ("%s", months[i].word);
      g_assert_cmpint (masar_dates_month_from_name (months[i].word), ==, months[i].month);
    }
}

/* Truncated UTF-8 and odd bytes must not crash or read out of bounds. */
static void
test_robust (void)
{
  const char *text = "في 24 فبراير 2022 قال";
  gsize len = strlen (text);
  MasarDate ref = MASAR_DATE_INIT;
  guint32 seed = 12345;

  g_assert_true (masar_date_parse_iso (R, &ref));
  for (gsize cut = 0; cut <= len; cut++)
    {
      g_autoptr(GArray) found = masar_dates_find (text, cut, &ref);

      for (guint k = 0; k < found->len; k++)
        g_assert_cmpuint (g_array_index (found, MasarDateMatch, k).end, <=, cut);
    }
  for (guint round = 0; round < 200; round++)
    {
      char buf[64];
      g_autoptr(GArray) found = NULL;

      for (guint k = 0; k < sizeof buf; k++)
        {
          seed = seed * 1103515245 + 12345;
          buf[k] = (char) (seed >> 16);
        }
      found = masar_dates_find (buf, sizeof buf, &ref);
      g_assert_nonnull (found);
    }
}

/* On the real seed articles: structural invariants, and every match read back on its own
 * gives the same date. */
static void
test_seeds (void)
{
  const char *shared = g_getenv ("MASAR_SHARED_DIR");
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  MasarDate ref = MASAR_DATE_INIT;
  guint n_files = 0, n_matches = 0, n_explicit_days = 0, n_relative = 0;

  if (shared == NULL)
    {
      g_test_skip ("MASAR_SHARED_DIR is not set");
      return;
    }
  dir_path = g_build_filename (shared, "corpus", "seeds", NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    {
      g_test_skip ("no seed corpus");
      return;
    }
  g_assert_true (masar_date_parse_iso (R, &ref));

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *contents = NULL;
      gsize len;
      g_autoptr(GArray) found = NULL;
      guint n_chars;
      guint prev_end = 0;

      if (!g_str_has_suffix (name, ".txt") ||
          !g_file_get_contents (path, &contents, &len, NULL) ||
          !g_utf8_validate (contents, len, NULL))
        continue;
      n_files++;
      n_chars = g_utf8_strlen (contents, len);
      found = masar_dates_find (contents, len, &ref);
      for (guint i = 0; i < found->len; i++)
        {
          const MasarDateMatch *m = &g_array_index (found, MasarDateMatch, i);
          g_autofree char *sub = NULL;
          MasarDateMatch again;

          g_assert_cmpuint (m->start, >=, prev_end);
          g_assert_cmpuint (m->start, <, m->end);
          g_assert_cmpuint (m->end, <=, n_chars);
          prev_end = m->end;
          g_assert_true (masar_date_is_valid (&m->date));
          if (masar_date_is_set (&m->date_end))
            g_assert_cmpint (masar_date_compare (&m->date, &m->date_end), <, 0);
          if (m->basis == MASAR_DATE_BASIS_EXPLICIT &&
              masar_date_get_precision (&m->date) == MASAR_DATE_PRECISION_DAY)
            n_explicit_days++;
          if (m->basis == MASAR_DATE_BASIS_RELATIVE)
            n_relative++;

          sub = g_utf8_substring (contents, m->start, m->end);
          g_test_message ("%s: «%s»", name, sub);
          g_assert_false (g_unichar_isspace (g_utf8_get_char (sub)));
          g_assert_true (masar_dates_parse_one (sub, &ref, &again));
          g_assert_cmpint (masar_date_compare (&again.date, &m->date), ==, 0);
          g_assert_cmpint (again.basis, ==, m->basis);
          n_matches++;
        }
    }
  if (n_files == 0)
    {
      g_test_skip ("no seed articles");
      return;
    }
  g_test_message ("%u files, %u dates, %u explicit days, %u relative",
                  n_files, n_matches, n_explicit_days, n_relative);
  g_assert_cmpuint (n_explicit_days, >, 0);
  g_assert_cmpuint (n_relative, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/dates/table", test_table);
  g_test_add_func ("/masar/dates/negatives", test_negatives);
  g_test_add_func ("/masar/dates/several", test_several);
  g_test_add_func ("/masar/dates/offsets", test_offsets);
  g_test_add_func ("/masar/dates/parse-one", test_parse_one);
  g_test_add_func ("/masar/dates/month-from-name", test_month_from_name);
  g_test_add_func ("/masar/dates/robust", test_robust);
  g_test_add_func ("/masar/dates/seeds", test_seeds);

  return g_test_run ();
}
