/* masar-event-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields of #MasarEvent, for the core code that reads many events in a hot loop (the
 * extractor's merge) without a type check per call. Read only, except on an event just made
 * that no one else holds yet: changes go through the setters, which notify.
 */

#pragma once

#include "masar-event.h"

G_BEGIN_DECLS

struct _MasarEvent
{
  GObject         parent_instance;

  /* Owned */
  GArray         *actors;    /* of MasarEventActor, ids interned (see masar_event_add_actor()) */
  GArray         *sources;   /* of MasarEventSource */
  char           *id;
  char           *location;
  char           *label;

  /* State */
  MasarEventType  type;
  MasarModality   modality;
  MasarDate       date;
  MasarDate       date_end;
  MasarDateBasis  date_basis;
  double          confidence;
};

void     masar_event_add_interned_actor (MasarEvent      *self,
                                         const char      *interned,
                                         MasarRole        role);
gboolean masar_event_init_date          (MasarEvent      *self,
                                         const MasarDate *date,
                                         const MasarDate *date_end,
                                         MasarDateBasis   basis);

G_END_DECLS
