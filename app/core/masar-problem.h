/* masar-problem.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * MasarProblemKind:
 * @MASAR_PROBLEM_SKIPPED: the file was not read at all (unreadable, binary, unsupported)
 * @MASAR_PROBLEM_PARTIAL: the file was read, with losses (invalid bytes replaced, truncated)
 */
typedef enum
{
  MASAR_PROBLEM_SKIPPED,
  MASAR_PROBLEM_PARTIAL,
} MasarProblemKind;

#define MASAR_TYPE_PROBLEM (masar_problem_get_type ())
G_DECLARE_FINAL_TYPE (MasarProblem, masar_problem, MASAR, PROBLEM, GObject)

MasarProblem     *masar_problem_new         (const char       *file,
                                             MasarProblemKind  kind,
                                             const char       *message);
const char       *masar_problem_get_file    (MasarProblem     *self);
MasarProblemKind  masar_problem_get_kind    (MasarProblem     *self);
const char       *masar_problem_get_message (MasarProblem     *self);

G_END_DECLS
