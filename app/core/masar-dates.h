/* masar-dates.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finding and resolving dates in Arabic news text.
 */

#pragma once

#include <glib.h>

#include "masar-types.h"

G_BEGIN_DECLS

/**
 * MasarDateMatch:
 * @start: first code point of the expression in the searched text
 * @end: one past its last code point
 * @date: the resolved date (unset when relative and no reference date was given; a written
 *   day or month without its year, "16 مايو", then keeps its month and day with year 0)
 * @date_end: the end of a span ("في شهري مايو ويونيو"), unset otherwise
 * @basis: %MASAR_DATE_BASIS_EXPLICIT for a written date, %MASAR_DATE_BASIS_RELATIVE for a
 *   relative one resolved against the reference, %MASAR_DATE_BASIS_UNKNOWN for a relative
 *   one left unresolved
 * @is_since: the expression is "منذ …" (a start point, not the time of the event)
 *
 * One date expression found in a text.
 */
typedef struct
{
  guint           start;
  guint           end;
  MasarDate       date;
  MasarDate       date_end;
  MasarDateBasis  basis;
  guint           is_since : 1;
} MasarDateMatch;

GArray   *masar_dates_find          (const char      *text,
                                     gssize           n_bytes,
                                     const MasarDate *reference);
gboolean  masar_dates_parse_one     (const char      *text,
                                     const MasarDate *reference,
                                     MasarDateMatch  *out);
int       masar_dates_month_from_name (const char    *word);

G_END_DECLS
