/* masar-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-types"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "masar-types.h"

/**
 * masar_date_get_precision:
 * @date: a #MasarDate
 *
 * Returns: how much of @date is known
 */
MasarDatePrecision
masar_date_get_precision (const MasarDate *date)
{
  g_return_val_if_fail (date != NULL, MASAR_DATE_PRECISION_NONE);

  if (date->year == 0)
    return MASAR_DATE_PRECISION_NONE;
  if (date->month == 0)
    return MASAR_DATE_PRECISION_YEAR;
  if (date->day == 0)
    return MASAR_DATE_PRECISION_MONTH;
  return MASAR_DATE_PRECISION_DAY;
}

/**
 * masar_date_is_set:
 * @date: a #MasarDate
 *
 * Returns: %TRUE if at least the year is known
 */
gboolean
masar_date_is_set (const MasarDate *date)
{
  return date != NULL && date->year != 0;
}

/**
 * masar_date_is_valid:
 * @date: a #MasarDate
 *
 * Returns: %TRUE if @date is set and its fields are a real Gregorian date
 */
gboolean
masar_date_is_valid (const MasarDate *date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  if (date->year < 1 || date->year > 9999)
    return FALSE;
  if (date->month == 0)
    return date->day == 0;
  if (date->month < 1 || date->month > 12)
    return FALSE;
  if (date->day == 0)
    return TRUE;
  return g_date_valid_dmy (date->day, date->month, date->year);
}

/**
 * masar_date_to_iso:
 * @date: a #MasarDate
 *
 * Returns: (transfer full) (nullable): "YYYY", "YYYY-MM" or "YYYY-MM-DD", or %NULL when unset
 */
char *
masar_date_to_iso (const MasarDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  switch (masar_date_get_precision (date))
    {
    case MASAR_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%04d", date->year);
    case MASAR_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", date->year, date->month);
    case MASAR_DATE_PRECISION_DAY:
      return g_strdup_printf ("%04d-%02d-%02d", date->year, date->month, date->day);
    case MASAR_DATE_PRECISION_NONE:
    default:
      return NULL;
    }
}

/* One format per precision for the last locale asked for; ICU date formats are not safe
 * to share between threads, so they are used under the lock. */
static GMutex display_lock;
static char *display_locale;
static UDateFormat *display_formats[3];

static UDateFormat *
display_format (const char *locale,
                int         p)
{
  static const char *skeletons[] = { "yMMMMd", "yMMMM", "y" };
  UErrorCode status = U_ZERO_ERROR;
  UDateTimePatternGenerator *gen;
  UChar skeleton[16];
  UChar pattern[64];
  UChar zone[8];
  int32_t len;

  if (g_strcmp0 (display_locale, locale) != 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (display_formats); i++)
        g_clear_pointer (&display_formats[i], udat_close);
      g_free (display_locale);
      display_locale = g_strdup (locale);
    }
  if (display_formats[p] != NULL)
    return display_formats[p];

  gen = udatpg_open (locale, &status);
  if (U_FAILURE (status))
    return NULL;
  u_uastrcpy (skeleton, skeletons[p]);
  len = udatpg_getBestPattern (gen, skeleton, -1, pattern, G_N_ELEMENTS (pattern), &status);
  udatpg_close (gen);
  if (U_FAILURE (status))
    return NULL;
  u_uastrcpy (zone, "UTC");
  display_formats[p] = udat_open (UDAT_PATTERN, UDAT_PATTERN, locale, zone, -1, pattern, len, &status);
  if (U_FAILURE (status))
    display_formats[p] = NULL;
  return display_formats[p];
}

/**
 * masar_date_format_for_display:
 * @date: a #MasarDate
 * @locale: (nullable): an ICU locale id, or %NULL for ICU's default (the process locale)
 *
 * Formats @date at its precision for people, with ICU in @locale: the locale's order,
 * month names and digits (Arabic-Indic under Arabic locales), like the timeline's axis.
 * Day precision gives e.g. "March 29, 2022", month precision "March 2022", year "2022".
 * Falls back to the ISO form if ICU cannot format it.
 *
 * Returns: (transfer full) (nullable): the date in words, or %NULL when it is not set or
 *   not valid
 */
char *
masar_date_format_for_display (const MasarDate *date,
                               const char      *locale)
{
  static const MasarDate epoch = { 1970, 1, 1 };
  UErrorCode status = U_ZERO_ERROR;
  UDateFormat *format;
  UChar buffer[128];
  int32_t len = -1;
  int p;

  g_return_val_if_fail (date != NULL, NULL);

  if (!masar_date_is_set (date) || !masar_date_is_valid (date))
    return NULL;

  switch (masar_date_get_precision (date))
    {
    case MASAR_DATE_PRECISION_DAY:
      p = 0;
      break;
    case MASAR_DATE_PRECISION_MONTH:
      p = 1;
      break;
    case MASAR_DATE_PRECISION_YEAR:
      p = 2;
      break;
    case MASAR_DATE_PRECISION_NONE:
    default:
      return NULL;
    }

  if (locale == NULL)
    locale = uloc_getDefault ();

  g_mutex_lock (&display_lock);
  format = display_format (locale, p);
  if (format != NULL)
    {
      UDate when = (UDate) (masar_date_to_julian (date) - masar_date_to_julian (&epoch)) * U_MILLIS_PER_DAY;

      len = udat_format (format, when, buffer, G_N_ELEMENTS (buffer), NULL, &status);
    }
  g_mutex_unlock (&display_lock);

  if (format == NULL || U_FAILURE (status) || len < 0 || len >= (int32_t) G_N_ELEMENTS (buffer))
    return masar_date_to_iso (date);
  return g_utf16_to_utf8 ((const gunichar2 *) buffer, len, NULL, NULL, NULL);
}

static gboolean
parse_digits (const char **p,
              int          n,
              int         *out)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }
  *p += n;
  *out = v;
  return TRUE;
}

/**
 * masar_date_parse_iso:
 * @iso: "YYYY", "YYYY-MM" or "YYYY-MM-DD", optionally followed by a time ("T…")
 * @out: (out): the date
 *
 * Returns: %TRUE if @iso is a valid date of one of those forms
 */
gboolean
masar_date_parse_iso (const char *iso,
                      MasarDate  *out)
{
  const char *p = iso;
  int y, m = 0, d = 0;
  MasarDate tmp = MASAR_DATE_INIT;

  g_return_val_if_fail (out != NULL, FALSE);

  if (iso == NULL || !parse_digits (&p, 4, &y))
    return FALSE;
  if (*p == '-')
    {
      p++;
      if (!parse_digits (&p, 2, &m))
        return FALSE;
      if (*p == '-')
        {
          p++;
          if (!parse_digits (&p, 2, &d))
            return FALSE;
        }
    }
  if (*p != '\0' && *p != 'T' && *p != ' ')
    return FALSE;
  if (*p != '\0' && d == 0)
    return FALSE;

  tmp.year = y;
  tmp.month = m;
  tmp.day = d;
  if (!masar_date_is_valid (&tmp))
    return FALSE;
  *out = tmp;
  return TRUE;
}

/* GDate's numbering without a GDate (the extractor's merge asks for many days):
 * day 1 is 1 January of year 1, proleptic Gregorian. Callers check the date is valid. */
static inline gboolean
is_leap (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static inline int
days_in_month (int month,
               int year)
{
  static const gint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  return month == 2 && is_leap (year) ? 29 : days[month - 1];
}

static inline gint64
julian_of (int year,
           int month,
           int day)
{
  static const gint16 before[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
  gint64 y = year - 1;

  return y * 365 + y / 4 - y / 100 + y / 400 + before[month - 1] +
         (month > 2 && is_leap (year) ? 1 : 0) + day;
}

/**
 * masar_date_to_julian:
 * @date: a set #MasarDate
 *
 * Returns: the Julian day number (GDate numbering) of the first day @date covers
 */
gint64
masar_date_to_julian (const MasarDate *date)
{
  GDate g;

  g_return_val_if_fail (masar_date_is_set (date), 0);

  if (date->year >= 1 && date->month >= 0 && date->month <= 12 && date->day >= 0 &&
      date->day <= days_in_month (date->month ? date->month : 1, date->year))
    return julian_of (date->year, date->month ? date->month : 1, date->day ? date->day : 1);

  g_date_clear (&g, 1);
  g_date_set_dmy (&g, date->day ? date->day : 1, date->month ? date->month : 1, date->year);
  return g_date_get_julian (&g);
}

/**
 * masar_date_end_julian:
 * @date: a set #MasarDate
 *
 * Returns: the Julian day number of the last day @date covers
 */
gint64
masar_date_end_julian (const MasarDate *date)
{
  GDate g;
  int month;

  g_return_val_if_fail (masar_date_is_set (date), 0);

  if (date->day != 0)
    return masar_date_to_julian (date);
  month = date->month ? date->month : 12;
  if (date->year >= 1 && month >= 1 && month <= 12)
    return julian_of (date->year, month, days_in_month (month, date->year));
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, g_date_get_days_in_month (month, date->year), month, date->year);
  return g_date_get_julian (&g);
}

/**
 * masar_date_from_julian:
 * @julian: a Julian day number (GDate numbering)
 * @out: (out): the day
 */
void
masar_date_from_julian (gint64     julian,
                        MasarDate *out)
{
  GDate g;

  g_return_if_fail (out != NULL);

  g_date_clear (&g, 1);
  g_date_set_julian (&g, (guint32) julian);
  out->year = g_date_get_year (&g);
  out->month = g_date_get_month (&g);
  out->day = g_date_get_day (&g);
}

/**
 * masar_date_add_days:
 * @date: a day-precision #MasarDate
 * @days: days to add, may be negative
 */
void
masar_date_add_days (MasarDate *date,
                     int        days)
{
  g_return_if_fail (masar_date_get_precision (date) == MASAR_DATE_PRECISION_DAY);

  masar_date_from_julian (masar_date_to_julian (date) + days, date);
}

/**
 * masar_date_get_weekday:
 * @date: a day-precision #MasarDate
 *
 * Returns: 1 (Monday) … 7 (Sunday), as #GDateWeekday
 */
int
masar_date_get_weekday (const MasarDate *date)
{
  GDate g;

  g_return_val_if_fail (masar_date_get_precision (date) == MASAR_DATE_PRECISION_DAY, 0);

  g_date_clear (&g, 1);
  g_date_set_dmy (&g, date->day, date->month, date->year);
  return g_date_get_weekday (&g);
}

/**
 * masar_date_compare:
 * @a: a #MasarDate
 * @b: a #MasarDate
 *
 * Orders by first covered day, then coarser before finer; unset dates sort last.
 *
 * Returns: negative, zero or positive
 */
int
masar_date_compare (const MasarDate *a,
                    const MasarDate *b)
{
  gint64 ja, jb;

  if (!masar_date_is_set (a) || !masar_date_is_set (b))
    return (int) masar_date_is_set (b) - (int) masar_date_is_set (a);

  ja = masar_date_to_julian (a);
  jb = masar_date_to_julian (b);
  if (ja != jb)
    return ja < jb ? -1 : 1;
  return (int) masar_date_get_precision (a) - (int) masar_date_get_precision (b);
}

static const char *basis_names[] = {
  [MASAR_DATE_BASIS_UNKNOWN] = "unknown",
  [MASAR_DATE_BASIS_EXPLICIT] = "explicit",
  [MASAR_DATE_BASIS_RELATIVE] = "relative",
  [MASAR_DATE_BASIS_PUBLICATION] = "publication",
  [MASAR_DATE_BASIS_INFERRED] = "inferred",
  [MASAR_DATE_BASIS_USER] = "user",
  [MASAR_DATE_BASIS_WEAK] = "weak",
};

/**
 * masar_date_basis_to_string:
 * @basis: a #MasarDateBasis
 *
 * Returns: the events-format word for @basis
 */
const char *
masar_date_basis_to_string (MasarDateBasis basis)
{
  if ((guint) basis >= G_N_ELEMENTS (basis_names))
    return "unknown";
  return basis_names[basis];
}

/**
 * masar_date_basis_from_string:
 * @str: (nullable): a basis word
 *
 * Returns: the basis, %MASAR_DATE_BASIS_UNKNOWN for anything unknown
 */
MasarDateBasis
masar_date_basis_from_string (const char *str)
{
  if (str == NULL)
    return MASAR_DATE_BASIS_UNKNOWN;
  for (guint i = 0; i < G_N_ELEMENTS (basis_names); i++)
    if (strcmp (str, basis_names[i]) == 0)
      return (MasarDateBasis) i;
  return MASAR_DATE_BASIS_UNKNOWN;
}
