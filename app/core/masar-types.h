/* masar-types.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small value types shared by every part of the core: dates of any precision, the basis
 * a date rests on, and code-point spans.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * MasarDateBasis:
 * @MASAR_DATE_BASIS_UNKNOWN: nothing places the date
 * @MASAR_DATE_BASIS_EXPLICIT: the date is written in the text
 * @MASAR_DATE_BASIS_RELATIVE: resolved from a relative expression against the publication date
 * @MASAR_DATE_BASIS_PUBLICATION: the article's publication date is used
 * @MASAR_DATE_BASIS_INFERRED: from other evidence
 * @MASAR_DATE_BASIS_USER: set by the user
 * @MASAR_DATE_BASIS_WEAK: only a weak hint (a copyright year); written as "inferred" in files
 *
 * The words of `date_basis` / `published_basis` in the events format.
 */
typedef enum
{
  MASAR_DATE_BASIS_UNKNOWN,
  MASAR_DATE_BASIS_EXPLICIT,
  MASAR_DATE_BASIS_RELATIVE,
  MASAR_DATE_BASIS_PUBLICATION,
  MASAR_DATE_BASIS_INFERRED,
  MASAR_DATE_BASIS_USER,
  MASAR_DATE_BASIS_WEAK,
} MasarDateBasis;

typedef enum
{
  MASAR_DATE_PRECISION_NONE,
  MASAR_DATE_PRECISION_YEAR,
  MASAR_DATE_PRECISION_MONTH,
  MASAR_DATE_PRECISION_DAY,
} MasarDatePrecision;

/**
 * MasarDate:
 * @year: Gregorian year, 0 when the date is unknown
 * @month: 1–12, 0 when only the year is known
 * @day: 1–31, 0 when only year and month are known
 *
 * A Gregorian date with the precision the text supports. Plain value type.
 */
typedef struct
{
  gint16 year;
  gint8  month;
  gint8  day;
} MasarDate;

#define MASAR_DATE_INIT { 0, 0, 0 }

/**
 * MasarSpan:
 * @start: first code point
 * @end: one past the last code point
 *
 * A `[start, end)` range in code points.
 */
typedef struct
{
  guint start;
  guint end;
} MasarSpan;

MasarDatePrecision  masar_date_get_precision     (const MasarDate *date);
gboolean            masar_date_is_valid          (const MasarDate *date);
gboolean            masar_date_is_set            (const MasarDate *date);
char               *masar_date_to_iso            (const MasarDate *date);
gboolean            masar_date_parse_iso         (const char      *iso,
                                                  MasarDate       *out);
int                 masar_date_compare           (const MasarDate *a,
                                                  const MasarDate *b);
gint64              masar_date_to_julian         (const MasarDate *date);
gint64              masar_date_end_julian        (const MasarDate *date);
void                masar_date_from_julian       (gint64           julian,
                                                  MasarDate       *out);
void                masar_date_add_days          (MasarDate       *date,
                                                  int              days);
int                 masar_date_get_weekday       (const MasarDate *date);
char               *masar_date_format_for_display (const MasarDate *date,
                                                   const char      *locale);

const char         *masar_date_basis_to_string   (MasarDateBasis   basis);
MasarDateBasis      masar_date_basis_from_string (const char      *str);

G_END_DECLS
