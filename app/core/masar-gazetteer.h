/* masar-gazetteer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "masar-arabic.h"
#include "masar-types.h"

G_BEGIN_DECLS

typedef enum
{
  MASAR_ACTOR_PERSON,
  MASAR_ACTOR_COUNTRY,
  MASAR_ACTOR_ORGANIZATION,
  MASAR_ACTOR_GROUP,
  MASAR_ACTOR_PLACE,
} MasarActorKind;

/**
 * MasarActor:
 * @id: stable id ("putin")
 * @kind: a #MasarActorKind
 * @name_ar: canonical Arabic name
 * @name_en: English name (a transliteration where none is known)
 * @country: ISO 3166 alpha-3 or "EU"/"NATO"/"UN", or %NULL
 * @side: "russia", "ukraine", "usa", "europe", "mediator" or "other"
 *
 * An actor of the track. Immutable once loaded; owned by the gazetteer (or by an event set
 * for actors read from an events file).
 */
typedef struct
{
  char           *id;
  MasarActorKind  kind;
  char           *name_ar;
  char           *name_en;
  char           *country;
  char           *side;
} MasarActor;

MasarActor     *masar_actor_new              (const char     *id,
                                              MasarActorKind  kind,
                                              const char     *name_ar,
                                              const char     *name_en,
                                              const char     *country,
                                              const char     *side);
MasarActor     *masar_actor_copy             (const MasarActor *actor);
void            masar_actor_free             (MasarActor     *actor);
const char     *masar_actor_kind_to_string   (MasarActorKind  kind);
MasarActorKind  masar_actor_kind_from_string (const char     *str);

/**
 * MasarActorMatch:
 * @start: first code point in the searched text
 * @end: one past the last code point
 * @actor: (transfer none): the actor
 * @by_role: matched through a role phrase ("المتحدث باسم الكرملين"), not a name
 * @score: 1.0 for an exact name, lower for a fuzzy one
 */
typedef struct
{
  guint             start;
  guint             end;
  const MasarActor *actor;
  guint             by_role : 1;
  double            score;
} MasarActorMatch;

#define MASAR_TYPE_GAZETTEER (masar_gazetteer_get_type ())
G_DECLARE_FINAL_TYPE (MasarGazetteer, masar_gazetteer, MASAR, GAZETTEER, GObject)

MasarGazetteer   *masar_gazetteer_new_from_file    (const char      *path,
                                                    GError         **error);
MasarGazetteer   *masar_gazetteer_new_from_data    (const char      *json,
                                                    gssize           length,
                                                    GError         **error);
MasarGazetteer   *masar_gazetteer_get_default      (GError         **error);
guint             masar_gazetteer_get_n_actors     (MasarGazetteer  *self);
const MasarActor *masar_gazetteer_lookup           (MasarGazetteer  *self,
                                                    const char      *id);
GArray           *masar_gazetteer_match            (MasarGazetteer  *self,
                                                    const char      *text,
                                                    gssize           n_bytes,
                                                    const MasarDate *when);
GArray           *masar_gazetteer_match_folded     (MasarGazetteer  *self,
                                                    const MasarFoldedText *ft,
                                                    guint            first_token,
                                                    guint            end_token,
                                                    const MasarDate *when);
const MasarActor *masar_gazetteer_get_actor        (MasarGazetteer  *self,
                                                    guint            index);
const MasarActor *masar_gazetteer_get_stands_for   (MasarGazetteer  *self,
                                                    const MasarActor *actor);

G_END_DECLS
