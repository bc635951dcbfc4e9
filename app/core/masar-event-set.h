/* masar-event-set.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "masar-article.h"
#include "masar-event.h"
#include "masar-gazetteer.h"

G_BEGIN_DECLS

#define MASAR_EVENTS_ERROR (masar_events_error_quark ())

/**
 * MasarEventsError:
 * @MASAR_EVENTS_ERROR_SYNTAX: not JSON; the message gives line and column
 * @MASAR_EVENTS_ERROR_FORMAT: JSON, but not a masar-events/1 document; the message says where
 */
typedef enum
{
  MASAR_EVENTS_ERROR_SYNTAX,
  MASAR_EVENTS_ERROR_FORMAT,
} MasarEventsError;

#define MASAR_TYPE_EVENT_SET (masar_event_set_get_type ())
G_DECLARE_FINAL_TYPE (MasarEventSet, masar_event_set, MASAR, EVENT_SET, GObject)

GQuark            masar_events_error_quark       (void);

MasarEventSet    *masar_event_set_new            (void);
MasarEventSet    *masar_event_set_new_from_file  (GFile          *file,
                                                  GCancellable   *cancellable,
                                                  GError        **error);
MasarEventSet    *masar_event_set_new_from_data  (const char     *json,
                                                  gssize          length,
                                                  GError        **error);

const char       *masar_event_set_get_corpus     (MasarEventSet  *self);
void              masar_event_set_set_corpus     (MasarEventSet  *self,
                                                  const char     *corpus);

GListModel       *masar_event_set_get_events     (MasarEventSet  *self);
void              masar_event_set_add_event      (MasarEventSet  *self,
                                                  MasarEvent     *event);
GListModel       *masar_event_set_get_articles   (MasarEventSet  *self);
void              masar_event_set_add_article    (MasarEventSet  *self,
                                                  MasarArticle   *article);
MasarArticle     *masar_event_set_find_article   (MasarEventSet  *self,
                                                  const char     *article_id);
const MasarActor *masar_event_set_lookup_actor   (MasarEventSet  *self,
                                                  const char     *actor_id);
void              masar_event_set_add_actor      (MasarEventSet  *self,
                                                  const MasarActor *actor);
GPtrArray        *masar_event_set_list_actors    (MasarEventSet  *self);

char             *masar_event_set_to_json        (MasarEventSet  *self,
                                                  gboolean        articles_only,
                                                  gsize          *length);
char             *masar_event_set_to_json_line   (MasarEventSet  *self,
                                                  gsize          *length);
gboolean          masar_event_set_write          (MasarEventSet  *self,
                                                  GOutputStream  *stream,
                                                  gboolean        articles_only,
                                                  GCancellable   *cancellable,
                                                  GError        **error);
gboolean          masar_event_set_save           (MasarEventSet  *self,
                                                  GFile          *file,
                                                  GCancellable   *cancellable,
                                                  GError        **error);

G_END_DECLS
