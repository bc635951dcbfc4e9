/* masar-merge-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "masar-event-set.h"
#include "masar-gazetteer.h"

G_BEGIN_DECLS

void masar_merge_local    (MasarGazetteer *gazetteer,
                           GPtrArray      *events,
                           GPtrArray      *out);
void masar_merge_into_set (MasarGazetteer *gazetteer,
                           MasarEventSet  *set,
                           GPtrArray      *events);

G_END_DECLS
