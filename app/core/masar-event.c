/* masar-event.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-event"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "masar-event.h"
#include "masar-event-private.h"

/**
 * MasarEvent:
 *
 * One event of the negotiation track: its type and modality, when it happened (with the
 * basis of that date), who took part and in which role, where, a short Arabic label, every
 * sentence that reports it, and a confidence in [0, 1].
 */

enum {
  PROP_0,
  PROP_ID,
  PROP_EVENT_TYPE,
  PROP_MODALITY,
  PROP_DATE,
  PROP_DATE_END,
  PROP_DATE_BASIS,
  PROP_LOCATION,
  PROP_LABEL,
  PROP_CONFIDENCE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MasarEvent, masar_event, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const char *type_names[] = {
  [MASAR_EVENT_TALKS] = "talks",
  [MASAR_EVENT_CALL] = "call",
  [MASAR_EVENT_PROPOSAL] = "proposal",
  [MASAR_EVENT_AGREEMENT] = "agreement",
  [MASAR_EVENT_CEASEFIRE] = "ceasefire",
  [MASAR_EVENT_PRISONER_EXCHANGE] = "prisoner_exchange",
  [MASAR_EVENT_STATEMENT] = "statement",
  [MASAR_EVENT_REJECTION] = "rejection",
  [MASAR_EVENT_PRESSURE] = "pressure",
  [MASAR_EVENT_AID] = "aid",
  [MASAR_EVENT_MILITARY] = "military",
};

static const char *modality_names[] = {
  [MASAR_MODALITY_ASSERTED] = "asserted",
  [MASAR_MODALITY_PLANNED] = "planned",
  [MASAR_MODALITY_PROPOSED] = "proposed",
  [MASAR_MODALITY_DEMANDED] = "demanded",
  [MASAR_MODALITY_DENIED] = "denied",
  [MASAR_MODALITY_HYPOTHETICAL] = "hypothetical",
};

static const char *role_names[] = {
  [MASAR_ROLE_SOURCE] = "source",
  [MASAR_ROLE_TARGET] = "target",
  [MASAR_ROLE_MEDIATOR] = "mediator",
  [MASAR_ROLE_PARTICIPANT] = "participant",
};

static gboolean
set_str (char       **field,
         const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
clear_source (gpointer data)
{
  MasarEventSource *source = data;

  g_clear_pointer (&source->article_id, g_free);
  g_clear_pointer (&source->text, g_free);
}

static void
masar_event_finalize (GObject *object)
{
  MasarEvent *self = (MasarEvent *)object;

  g_clear_pointer (&self->actors, g_array_unref);
  g_clear_pointer (&self->sources, g_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (masar_event_parent_class)->finalize (object);
}

static void
masar_event_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MasarEvent *self = MASAR_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_EVENT_TYPE:
      g_value_set_string (value, masar_event_type_to_string (self->type));
      break;
    case PROP_MODALITY:
      g_value_set_string (value, masar_modality_to_string (self->modality));
      break;
    case PROP_DATE:
      g_value_take_string (value, masar_date_to_iso (&self->date));
      break;
    case PROP_DATE_END:
      g_value_take_string (value, masar_date_to_iso (&self->date_end));
      break;
    case PROP_DATE_BASIS:
      g_value_set_string (value, masar_date_basis_to_string (self->date_basis));
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_CONFIDENCE:
      g_value_set_double (value, self->confidence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_event_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MasarEvent *self = MASAR_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      masar_event_set_id (self, g_value_get_string (value));
      break;
    case PROP_LOCATION:
      masar_event_set_location (self, g_value_get_string (value));
      break;
    case PROP_LABEL:
      masar_event_set_label (self, g_value_get_string (value));
      break;
    case PROP_CONFIDENCE:
      masar_event_set_confidence (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_event_class_init (MasarEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = masar_event_finalize;
  object_class->get_property = masar_event_get_property;
  object_class->set_property = masar_event_set_property;

  /**
   * MasarEvent:id:
   *
   * The event's id in its event set ("e17").
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarEvent:event-type:
   *
   * The type as its events-format word ("talks"); see masar_event_get_event_type().
   */
  properties[PROP_EVENT_TYPE] =
    g_param_spec_string ("event-type", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * MasarEvent:modality:
   *
   * The modality as its word ("asserted", "planned", …).
   */
  properties[PROP_MODALITY] =
    g_param_spec_string ("modality", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * MasarEvent:date:
   *
   * The date as ISO 8601 of its precision, or %NULL.
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * MasarEvent:date-end:
   *
   * The end of a span as ISO 8601, or %NULL.
   */
  properties[PROP_DATE_END] =
    g_param_spec_string ("date-end", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * MasarEvent:date-basis:
   *
   * What the date rests on ("explicit", "relative", …).
   */
  properties[PROP_DATE_BASIS] =
    g_param_spec_string ("date-basis", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * MasarEvent:location:
   *
   * Where the event took place (an English place name), or %NULL.
   */
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarEvent:label:
   *
   * A short Arabic label.
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarEvent:confidence:
   *
   * How sure the extractor is, in [0, 1].
   */
  properties[PROP_CONFIDENCE] =
    g_param_spec_double ("confidence", NULL, NULL, 0.0, 1.0, 0.5,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
masar_event_init (MasarEvent *self)
{
  /* the actor ids are interned: nothing to free */
  self->actors = g_array_new (FALSE, TRUE, sizeof (MasarEventActor));
  self->sources = g_array_new (FALSE, TRUE, sizeof (MasarEventSource));
  g_array_set_clear_func (self->sources, clear_source);
  self->confidence = 0.5;
}

/**
 * masar_event_new:
 * @id: (nullable): the event's id, or %NULL to let an event set give one
 * @type: a #MasarEventType
 *
 * Returns: (transfer full): a new asserted #MasarEvent with no date, actors or sources
 */
MasarEvent *
masar_event_new (const char     *id,
                 MasarEventType  type)
{
  MasarEvent *self;

  g_return_val_if_fail ((guint) type < MASAR_N_EVENT_TYPES, NULL);

  /* the id set directly: setting it as a construct property costs more than the rest */
  self = g_object_new (MASAR_TYPE_EVENT, NULL);
  self->id = g_strdup (id);
  self->type = type;
  return self;
}

const char *
masar_event_get_id (MasarEvent *self)
{
  g_return_val_if_fail (MASAR_IS_EVENT (self), NULL);
  return self->id;
}

void
masar_event_set_id (MasarEvent *self,
                    const char *id)
{
  g_return_if_fail (MASAR_IS_EVENT (self));

  if (set_str (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

MasarEventType
masar_event_get_event_type (MasarEvent *self)
{
  g_return_val_if_fail (MASAR_IS_EVENT (self), MASAR_EVENT_STATEMENT);
  return self->type;
}

void
masar_event_set_event_type (MasarEvent     *self,
                            MasarEventType  type)
{
  g_return_if_fail (MASAR_IS_EVENT (self));
  g_return_if_fail ((guint) type < MASAR_N_EVENT_TYPES);

  if (self->type == type)
    return;
  self->type = type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_TYPE]);
}

MasarModality
masar_event_get_modality (MasarEvent *self)
{
  g_return_val_if_fail (MASAR_IS_EVENT (self), MASAR_MODALITY_ASSERTED);
  return self->modality;
}

void
masar_event_set_modality (MasarEvent    *self,
                          MasarModality  modality)
{
  g_return_if_fail (MASAR_IS_EVENT (self));
  g_return_if_fail ((guint) modality < MASAR_N_MODALITIES);

  if (self->modality == modality)
    return;
  self->modality = modality;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODALITY]);
}

/**
 * masar_event_get_date:
 * @self: a #MasarEvent
 * @date: (out) (optional): the date, unset when unknown
 * @date_end: (out) (optional): the end of a span, unset when not a span
 */
void
masar_event_get_date (MasarEvent *self,
                      MasarDate  *date,
                      MasarDate  *date_end)
{
  g_return_if_fail (MASAR_IS_EVENT (self));

  if (date != NULL)
    *date = self->date;
  if (date_end != NULL)
    *date_end = self->date_end;
}

MasarDateBasis
masar_event_get_date_basis (MasarEvent *self)
{
  g_return_val_if_fail (MASAR_IS_EVENT (self), MASAR_DATE_BASIS_UNKNOWN);
  return self->date_basis;
}

/**
 * masar_event_set_date:
 * @self: a #MasarEvent
 * @date: (nullable): the date, %NULL or unset for unknown
 * @date_end: (nullable): the end of a span, or %NULL
 * @basis: what the date rests on
 *
 * An unset @date makes the basis %MASAR_DATE_BASIS_UNKNOWN and drops @date_end.
 */
void
masar_event_set_date (MasarEvent      *self,
                      const MasarDate *date,
                      const MasarDate *date_end,
                      MasarDateBasis   basis)
{
  g_return_if_fail (MASAR_IS_EVENT (self));

  if (!masar_event_init_date (self, date, date_end, basis))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_END]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_BASIS]);
}

/**
 * masar_event_init_date:
 * @self: a #MasarEvent
 * @date: (nullable): the date, %NULL or unset for unknown
 * @date_end: (nullable): the end of a span, or %NULL
 * @basis: what the date rests on
 *
 * masar_event_set_date() without notifying, for an event just made that no one else holds
 * yet (the extractor makes one per mention).
 *
 * Returns: whether the date changed
 */
gboolean
masar_event_init_date (MasarEvent      *self,
                       const MasarDate *date,
                       const MasarDate *date_end,
                       MasarDateBasis   basis)
{
  MasarDate d = MASAR_DATE_INIT;
  MasarDate e = MASAR_DATE_INIT;

  if (date != NULL && masar_date_is_set (date))
    d = *date;
  if (masar_date_is_set (&d) && date_end != NULL && masar_date_is_set (date_end))
    e = *date_end;
  if (!masar_date_is_set (&d))
    basis = MASAR_DATE_BASIS_UNKNOWN;

  if (memcmp (&d, &self->date, sizeof d) == 0 &&
      memcmp (&e, &self->date_end, sizeof e) == 0 &&
      basis == self->date_basis)
    return FALSE;

  self->date = d;
  self->date_end = e;
  self->date_basis = basis;
  return TRUE;
}

const char *
masar_event_get_location (MasarEvent *self)
{
  g_return_val_if_fail (MASAR_IS_EVENT (self), NULL);
  return self->location;
}

void
masar_event_set_location (MasarEvent *self,
                          const char *location)
{
  g_return_if_fail (MASAR_IS_EVENT (self));

  if (set_str (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

const char *
masar_event_get_label (MasarEvent *self)
{
  g_return_val_if_fail (MASAR_IS_EVENT (self), NULL);
  return self->label;
}

void
masar_event_set_label (MasarEvent *self,
                       const char *label_ar)
{
  g_return_if_fail (MASAR_IS_EVENT (self));

  if (set_str (&self->label, label_ar))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

double
masar_event_get_confidence (MasarEvent *self)
{
  g_return_val_if_fail (MASAR_IS_EVENT (self), 0.0);
  return self->confidence;
}

/**
 * masar_event_set_confidence:
 * @self: a #MasarEvent
 * @confidence: a value in [0, 1]; clamped
 */
void
masar_event_set_confidence (MasarEvent *self,
                            double      confidence)
{
  g_return_if_fail (MASAR_IS_EVENT (self));

  confidence = CLAMP (confidence, 0.0, 1.0);
  if (self->confidence == confidence)
    return;
  self->confidence = confidence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENCE]);
}

guint
masar_event_get_n_actors (MasarEvent *self)
{
  g_return_val_if_fail (MASAR_IS_EVENT (self), 0);
  return self->actors->len;
}

/**
 * masar_event_get_actor:
 * @self: a #MasarEvent
 * @i: index, less than masar_event_get_n_actors()
 *
 * Returns: (transfer none): the @i-th actor reference
 */
const MasarEventActor *
masar_event_get_actor (MasarEvent *self,
                       guint       i)
{
  g_return_val_if_fail (MASAR_IS_EVENT (self), NULL);
  g_return_val_if_fail (i < self->actors->len, NULL);

  return &g_array_index (self->actors, MasarEventActor, i);
}

gboolean
masar_event_has_actor (MasarEvent *self,
                       const char *actor_id)
{
  g_return_val_if_fail (MASAR_IS_EVENT (self), FALSE);
  g_return_val_if_fail (actor_id != NULL, FALSE);

  for (guint i = 0; i < self->actors->len; i++)
    if (strcmp (g_array_index (self->actors, MasarEventActor, i).actor_id, actor_id) == 0)
      return TRUE;
  return FALSE;
}

/**
 * masar_event_add_actor:
 * @self: a #MasarEvent
 * @actor_id: an actor id
 * @role: its role in the event
 *
 * Adds @actor_id in @role. An actor already present keeps its first role, except that a
 * participant becomes the source or target when a later mention is more specific.
 *
 * The event keeps @actor_id interned with g_intern_string(): actor ids are few and shared by
 * many events, and two events have the same actor exactly when they hold the same pointer.
 */
void
masar_event_add_actor (MasarEvent *self,
                       const char *actor_id,
                       MasarRole   role)
{
  g_return_if_fail (MASAR_IS_EVENT (self));
  g_return_if_fail (actor_id != NULL);

  masar_event_add_interned_actor (self, g_intern_string (actor_id), role);
}

/**
 * masar_event_add_interned_actor:
 * @self: a #MasarEvent
 * @interned: an actor id interned with g_intern_string(), such as another event's
 * @role: its role in the event
 *
 * masar_event_add_actor() for an id already interned.
 */
void
masar_event_add_interned_actor (MasarEvent *self,
                                const char *interned,
                                MasarRole   role)
{
  MasarEventActor actor;

  for (guint i = 0; i < self->actors->len; i++)
    {
      MasarEventActor *a = &g_array_index (self->actors, MasarEventActor, i);

      if (a->actor_id != interned)
        continue;
      if (a->role == MASAR_ROLE_PARTICIPANT &&
          (role == MASAR_ROLE_SOURCE || role == MASAR_ROLE_TARGET))
        a->role = role;
      return;
    }

  actor.actor_id = (char *) interned;
  actor.role = role;
  g_array_append_val (self->actors, actor);
}

guint
masar_event_get_n_sources (MasarEvent *self)
{
  g_return_val_if_fail (MASAR_IS_EVENT (self), 0);
  return self->sources->len;
}

/**
 * masar_event_get_source:
 * @self: a #MasarEvent
 * @i: index, less than masar_event_get_n_sources()
 *
 * Returns: (transfer none): the @i-th source sentence
 */
const MasarEventSource *
masar_event_get_source (MasarEvent *self,
                        guint       i)
{
  g_return_val_if_fail (MASAR_IS_EVENT (self), NULL);
  g_return_val_if_fail (i < self->sources->len, NULL);

  return &g_array_index (self->sources, MasarEventSource, i);
}

/**
 * masar_event_add_source:
 * @self: a #MasarEvent
 * @article_id: the article's id
 * @start: first code point in the file's text
 * @end: one past the last code point
 * @text: exactly the file's text of `[start, end)`
 *
 * Adds a source; the same span of the same article is added only once.
 */
void
masar_event_add_source (MasarEvent *self,
                        const char *article_id,
                        guint       start,
                        guint       end,
                        const char *text)
{
  MasarEventSource source;

  g_return_if_fail (MASAR_IS_EVENT (self));
  g_return_if_fail (article_id != NULL);
  g_return_if_fail (start <= end);

  for (guint i = 0; i < self->sources->len; i++)
    {
      const MasarEventSource *s = &g_array_index (self->sources, MasarEventSource, i);

      if (s->start == start && s->end == end && strcmp (s->article_id, article_id) == 0)
        return;
    }

  source.article_id = g_strdup (article_id);
  source.start = start;
  source.end = end;
  source.text = g_strdup (text ? text : "");
  g_array_append_val (self->sources, source);
}

/**
 * masar_event_type_to_string:
 * @type: a #MasarEventType
 *
 * Returns: the events-format word ("talks", "prisoner_exchange", …)
 */
const char *
masar_event_type_to_string (MasarEventType type)
{
  if ((guint) type >= G_N_ELEMENTS (type_names))
    return "statement";
  return type_names[type];
}

/**
 * masar_event_type_from_string:
 * @str: (nullable): an events-format type word
 * @out: (out): the type
 *
 * Returns: %TRUE if @str is one of the eleven types
 */
gboolean
masar_event_type_from_string (const char     *str,
                              MasarEventType *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (str == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (type_names); i++)
    if (strcmp (str, type_names[i]) == 0)
      {
        *out = (MasarEventType) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * masar_event_type_get_label:
 * @type: a #MasarEventType
 *
 * Returns: the type's name for display, translated
 */
const char *
masar_event_type_get_label (MasarEventType type)
{
  switch (type)
    {
    case MASAR_EVENT_TALKS: return _("Talks");
    case MASAR_EVENT_CALL: return _("Call");
    case MASAR_EVENT_PROPOSAL: return _("Proposal");
    case MASAR_EVENT_AGREEMENT: return _("Agreement");
    case MASAR_EVENT_CEASEFIRE: return _("Ceasefire");
    case MASAR_EVENT_PRISONER_EXCHANGE: return _("Prisoner exchange");
    case MASAR_EVENT_STATEMENT: return _("Statement");
    case MASAR_EVENT_REJECTION: return _("Rejection");
    case MASAR_EVENT_PRESSURE: return _("Pressure");
    case MASAR_EVENT_AID: return _("Aid");
    case MASAR_EVENT_MILITARY: return _("Military");
    case MASAR_N_EVENT_TYPES:
    default:
      return _("Event");
    }
}

/**
 * masar_event_type_is_cooperative:
 * @type: a #MasarEventType
 *
 * Whether @type is on the cooperative side of the CAMEO scale (roots 01–08: statements,
 * talks, proposals, agreements, aid, ceasefires, exchanges) rather than the conflictual one
 * (rejection, pressure, military).
 *
 * Returns: %TRUE for cooperative types
 */
gboolean
masar_event_type_is_cooperative (MasarEventType type)
{
  switch (type)
    {
    case MASAR_EVENT_REJECTION:
    case MASAR_EVENT_PRESSURE:
    case MASAR_EVENT_MILITARY:
      return FALSE;
    case MASAR_EVENT_TALKS:
    case MASAR_EVENT_CALL:
    case MASAR_EVENT_PROPOSAL:
    case MASAR_EVENT_AGREEMENT:
    case MASAR_EVENT_CEASEFIRE:
    case MASAR_EVENT_PRISONER_EXCHANGE:
    case MASAR_EVENT_STATEMENT:
    case MASAR_EVENT_AID:
    case MASAR_N_EVENT_TYPES:
    default:
      return TRUE;
    }
}

/**
 * masar_modality_to_string:
 * @modality: a #MasarModality
 *
 * Returns: the word written as the `modality` extension member
 */
const char *
masar_modality_to_string (MasarModality modality)
{
  if ((guint) modality >= G_N_ELEMENTS (modality_names))
    return "asserted";
  return modality_names[modality];
}

/**
 * masar_modality_from_string:
 * @str: (nullable): a modality word
 *
 * Returns: the modality, %MASAR_MODALITY_ASSERTED for anything unknown
 */
MasarModality
masar_modality_from_string (const char *str)
{
  if (str == NULL)
    return MASAR_MODALITY_ASSERTED;
  for (guint i = 0; i < G_N_ELEMENTS (modality_names); i++)
    if (strcmp (str, modality_names[i]) == 0)
      return (MasarModality) i;
  return MASAR_MODALITY_ASSERTED;
}

/**
 * masar_role_to_string:
 * @role: a #MasarRole
 *
 * Returns: the events-format role word
 */
const char *
masar_role_to_string (MasarRole role)
{
  if ((guint) role >= G_N_ELEMENTS (role_names))
    return "participant";
  return role_names[role];
}

/**
 * masar_role_from_string:
 * @str: (nullable): a role word
 *
 * Returns: the role, %MASAR_ROLE_PARTICIPANT for anything unknown
 */
MasarRole
masar_role_from_string (const char *str)
{
  if (str == NULL)
    return MASAR_ROLE_PARTICIPANT;
  for (guint i = 0; i < G_N_ELEMENTS (role_names); i++)
    if (strcmp (str, role_names[i]) == 0)
      return (MasarRole) i;
  return MASAR_ROLE_PARTICIPANT;
}
