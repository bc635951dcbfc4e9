/* masar-event.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "masar-types.h"

G_BEGIN_DECLS

/**
 * MasarEventType:
 *
 * The eleven event types of the events format, in its order.
 */
typedef enum
{
  MASAR_EVENT_TALKS,
  MASAR_EVENT_CALL,
  MASAR_EVENT_PROPOSAL,
  MASAR_EVENT_AGREEMENT,
  MASAR_EVENT_CEASEFIRE,
  MASAR_EVENT_PRISONER_EXCHANGE,
  MASAR_EVENT_STATEMENT,
  MASAR_EVENT_REJECTION,
  MASAR_EVENT_PRESSURE,
  MASAR_EVENT_AID,
  MASAR_EVENT_MILITARY,
  MASAR_N_EVENT_TYPES
} MasarEventType;

/**
 * MasarModality:
 *
 * Whether the event happened, is planned, proposed, demanded, denied or only hypothetical.
 * Written to events files as the extension member `modality`.
 */
typedef enum
{
  MASAR_MODALITY_ASSERTED,
  MASAR_MODALITY_PLANNED,
  MASAR_MODALITY_PROPOSED,
  MASAR_MODALITY_DEMANDED,
  MASAR_MODALITY_DENIED,
  MASAR_MODALITY_HYPOTHETICAL,
  MASAR_N_MODALITIES
} MasarModality;

typedef enum
{
  MASAR_ROLE_SOURCE,
  MASAR_ROLE_TARGET,
  MASAR_ROLE_MEDIATOR,
  MASAR_ROLE_PARTICIPANT,
} MasarRole;

/**
 * MasarEventActor:
 * @actor_id: an actor id of the event set, interned with g_intern_string() (not owned by
 *   the event; equal ids are the same pointer)
 * @role: a #MasarRole
 */
typedef struct
{
  char      *actor_id;
  MasarRole  role;
} MasarEventActor;

/**
 * MasarEventSource:
 * @article_id: the article's id
 * @start: first code point in the file's text
 * @end: one past the last code point
 * @text: exactly the text of `[start, end)`
 */
typedef struct
{
  char  *article_id;
  guint  start;
  guint  end;
  char  *text;
} MasarEventSource;

#define MASAR_TYPE_EVENT (masar_event_get_type ())
G_DECLARE_FINAL_TYPE (MasarEvent, masar_event, MASAR, EVENT, GObject)

MasarEvent             *masar_event_new              (const char             *id,
                                                      MasarEventType          type);
const char             *masar_event_get_id           (MasarEvent             *self);
void                    masar_event_set_id           (MasarEvent             *self,
                                                      const char             *id);
MasarEventType          masar_event_get_event_type   (MasarEvent             *self);
void                    masar_event_set_event_type   (MasarEvent             *self,
                                                      MasarEventType          type);
MasarModality           masar_event_get_modality     (MasarEvent             *self);
void                    masar_event_set_modality     (MasarEvent             *self,
                                                      MasarModality           modality);
void                    masar_event_get_date         (MasarEvent             *self,
                                                      MasarDate              *date,
                                                      MasarDate              *date_end);
MasarDateBasis          masar_event_get_date_basis   (MasarEvent             *self);
void                    masar_event_set_date         (MasarEvent             *self,
                                                      const MasarDate        *date,
                                                      const MasarDate        *date_end,
                                                      MasarDateBasis          basis);
const char             *masar_event_get_location     (MasarEvent             *self);
void                    masar_event_set_location     (MasarEvent             *self,
                                                      const char             *location);
const char             *masar_event_get_label        (MasarEvent             *self);
void                    masar_event_set_label        (MasarEvent             *self,
                                                      const char             *label_ar);
double                  masar_event_get_confidence   (MasarEvent             *self);
void                    masar_event_set_confidence   (MasarEvent             *self,
                                                      double                  confidence);

guint                   masar_event_get_n_actors     (MasarEvent             *self);
const MasarEventActor  *masar_event_get_actor        (MasarEvent             *self,
                                                      guint                   i);
gboolean                masar_event_has_actor        (MasarEvent             *self,
                                                      const char             *actor_id);
void                    masar_event_add_actor        (MasarEvent             *self,
                                                      const char             *actor_id,
                                                      MasarRole               role);
guint                   masar_event_get_n_sources    (MasarEvent             *self);
const MasarEventSource *masar_event_get_source       (MasarEvent             *self,
                                                      guint                   i);
void                    masar_event_add_source       (MasarEvent             *self,
                                                      const char             *article_id,
                                                      guint                   start,
                                                      guint                   end,
                                                      const char             *text);

const char             *masar_event_type_to_string   (MasarEventType          type);
gboolean                masar_event_type_from_string (const char             *str,
                                                      MasarEventType         *out);
const char             *masar_event_type_get_label   (MasarEventType          type);
gboolean                masar_event_type_is_cooperative (MasarEventType       type);
const char             *masar_modality_to_string     (MasarModality           modality);
MasarModality           masar_modality_from_string   (const char             *str);
const char             *masar_role_to_string         (MasarRole               role);
MasarRole               masar_role_from_string       (const char             *str);

G_END_DECLS
