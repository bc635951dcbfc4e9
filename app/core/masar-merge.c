/* masar-merge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Merging (stage 6 of the pipeline): the mentions of one real event, in one article or
 * across a corpus, become one event with all their sources.
 */

#define G_LOG_DOMAIN "masar-merge"

#include "config.h"

#include <string.h>

#include "masar-merge-private.h"
#include "masar-event-private.h"

/* Direct reads of the events' fields: the merge compares many events, and each getter
 * call checks the instance type. */
static inline MasarEventType
ev_type (MasarEvent *e)
{
  return e->type;
}

static inline MasarModality
ev_modality (MasarEvent *e)
{
  return e->modality;
}

static inline MasarDateBasis
ev_date_basis (MasarEvent *e)
{
  return e->date_basis;
}

static inline const char *
ev_location (MasarEvent *e)
{
  return e->location;
}

static inline const char *
ev_label (MasarEvent *e)
{
  return e->label;
}

static inline double
ev_confidence (MasarEvent *e)
{
  return e->confidence;
}

static inline void
ev_get_date (MasarEvent *e,
             MasarDate  *date,
             MasarDate  *date_end)
{
  if (date != NULL)
    *date = e->date;
  if (date_end != NULL)
    *date_end = e->date_end;
}

static inline guint
ev_n_actors (MasarEvent *e)
{
  return e->actors->len;
}

static inline const MasarEventActor *
ev_actor (MasarEvent *e,
          guint       i)
{
  return &g_array_index (e->actors, MasarEventActor, i);
}

static inline guint
ev_n_sources (MasarEvent *e)
{
  return e->sources->len;
}

static inline const MasarEventSource *
ev_source (MasarEvent *e,
           guint       i)
{
  return &g_array_index (e->sources, MasarEventSource, i);
}

static inline gboolean
ev_has_actor (MasarEvent *e,
              const char *actor_id)
{
  for (guint i = 0; i < e->actors->len; i++)
    if (strcmp (g_array_index (e->actors, MasarEventActor, i).actor_id, actor_id) == 0)
      return TRUE;
  return FALSE;
}

typedef struct
{
  GHashTable *by_key;   /* MergeKey → GPtrArray of MasarEvent (borrowed) */
} MergeIndex;

/* Index keys, so that a big corpus compares an event only with the few events it can be:
 * type family, actor, and
 * - KEY_DAY: the first day of an event dated to the day (a span of three days at most);
 * - KEY_COARSE: the first month of an event dated to the month or spanning more days;
 * - KEY_MONTH: the first month of every event dated to the month or finer, looked at only
 *   from coarse events;
 * - KEY_ARTICLE: events dated less precisely merge only within their article.
 * A day event looks at the days it can overlap (dates_compatible() gives at most 3 days of
 * slack) and at coarse events of its month and the two next to it. */
typedef enum
{
  KEY_DAY,
  KEY_COARSE,
  KEY_MONTH,
  KEY_ARTICLE,
} KeyKind;

typedef struct
{
  KeyKind     kind;
  int         family;
  gint64      when;         /* a julian day, a month number (year * 12 + month - 1), or 0 */
  const char *actor_id;
  const char *article_id;   /* for KEY_ARTICLE, else "" */
  guint       actor_hash;   /* g_str_hash (actor_id), computed once per actor */
} MergeKey;

typedef struct
{
  gboolean fine;            /* dated to the day, within three days */
  gboolean dated;           /* dated to the month or finer */
  gint64   day0, day1;
  gint64   month;
  const char *article_id;
} EventWhen;

static guint
merge_key_hash (gconstpointer data)
{
  const MergeKey *k = data;
  guint h = k->actor_hash * 31u + (guint) k->family * 7u + (guint) k->when * 131u +
            (guint) k->kind;

  if (k->kind == KEY_ARTICLE)
    h ^= g_str_hash (k->article_id);
  return h;
}

static gboolean
merge_key_equal (gconstpointer a,
                 gconstpointer b)
{
  const MergeKey *ka = a, *kb = b;

  return ka->kind == kb->kind && ka->family == kb->family && ka->when == kb->when &&
         ka->actor_hash == kb->actor_hash && strcmp (ka->actor_id, kb->actor_id) == 0 &&
         (ka->kind != KEY_ARTICLE || strcmp (ka->article_id, kb->article_id) == 0);
}

static int type_family (MasarEventType type);

static void
event_when (MasarEvent *e,
            EventWhen  *w)
{
  MasarDate d, de;

  ev_get_date (e, &d, &de);
  w->article_id = ev_n_sources (e) > 0 ? ev_source (e, 0)->article_id : "";
  w->dated = masar_date_get_precision (&d) >= MASAR_DATE_PRECISION_MONTH;
  w->fine = FALSE;
  w->day0 = w->day1 = w->month = 0;
  if (!w->dated)
    return;
  w->month = d.year * 12 + (d.month - 1);
  if (masar_date_get_precision (&d) == MASAR_DATE_PRECISION_DAY)
    {
      w->day0 = masar_date_to_julian (&d);
      w->day1 = masar_date_end_julian (masar_date_is_set (&de) ? &de : &d);
      w->fine = w->day1 - w->day0 <= 2;
    }
}

/* Keys own their strings: the events they were made from may go first. */
static MergeKey *
merge_key_copy (const MergeKey *key)
{
  gsize la = strlen (key->actor_id) + 1, lb = strlen (key->article_id) + 1;
  MergeKey *copy = g_malloc (sizeof (MergeKey) + la + lb);
  char *p = (char *) (copy + 1);

  *copy = *key;
  memcpy (p, key->actor_id, la);
  memcpy (p + la, key->article_id, lb);
  copy->actor_id = p;
  copy->article_id = p + la;
  return copy;
}

static void
index_add (MergeIndex *index,
           KeyKind     kind,
           int         family,
           gint64      when,
           const char *actor_id,
           guint       actor_hash,
           const char *article_id,
           MasarEvent *e)
{
  MergeKey key = { kind, family, when, actor_id, article_id, actor_hash };
  GPtrArray *list = g_hash_table_lookup (index->by_key, &key);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (index->by_key, merge_key_copy (&key), list);
    }
  /* an event indexed again after a merge is most likely among the last ones */
  for (guint i = list->len, n = 0; i > 0 && n < 32; i--, n++)
    if (g_ptr_array_index (list, i - 1) == e)
      return;
  g_ptr_array_add (list, e);
}

static void
index_event (MergeIndex *index,
             MasarEvent *e)
{
  int family = type_family (ev_type (e));
  EventWhen w;

  event_when (e, &w);
  for (guint a = 0; a < ev_n_actors (e); a++)
    {
      const char *id = ev_actor (e, a)->actor_id;
      guint h = g_str_hash (id);

      if (!w.dated)
        {
          index_add (index, KEY_ARTICLE, family, 0, id, h, w.article_id, e);
          continue;
        }
      index_add (index, KEY_MONTH, family, w.month, id, h, "", e);
      if (w.fine)
        index_add (index, KEY_DAY, family, w.day0, id, h, "", e);
      else
        index_add (index, KEY_COARSE, family, w.month, id, h, "", e);
    }
}

static GPtrArray *
index_list (MergeIndex *index,
            KeyKind     kind,
            int         family,
            gint64      when,
            const char *actor_id,
            guint       actor_hash,
            const char *article_id)
{
  MergeKey key = { kind, family, when, actor_id, article_id, actor_hash };

  return g_hash_table_lookup (index->by_key, &key);
}

/* Candidates already compared with the event being placed: an event indexed under
 * several of its actors is compared once (can_merge() does not depend on the actor, so
 * the first match found stays the same). Past its capacity, candidates are compared again. */
typedef struct
{
  MasarEvent *tried[64];
  guint       n;
} Tried;

static MasarEvent *
find_in_list (MasarGazetteer *gazetteer,
              GPtrArray      *list,
              MasarEvent     *e,
              Tried          *tried);

/* The first indexed event that @e can be merged into. */
static MasarEvent *
index_find (MasarGazetteer *gazetteer,
            MergeIndex     *index,
            MasarEvent     *e)
{
  int family = type_family (ev_type (e));
  MasarEvent *into = NULL;
  EventWhen w;
  Tried tried;

  tried.n = 0;
  event_when (e, &w);
  for (guint a = 0; a < ev_n_actors (e) && into == NULL; a++)
    {
      const char *id = ev_actor (e, a)->actor_id;
      guint h = g_str_hash (id);

      if (!w.dated)
        {
          into = find_in_list (gazetteer, index_list (index, KEY_ARTICLE, family, 0, id, h, w.article_id),
                               e, &tried);
          continue;
        }
      if (w.fine)
        for (gint64 d = w.day0 - 5; d <= w.day1 + 3 && into == NULL; d++)
          into = find_in_list (gazetteer, index_list (index, KEY_DAY, family, d, id, h, ""), e, &tried);
      for (gint64 m = w.month - 1; m <= w.month + 1 && into == NULL; m++)
        into = find_in_list (gazetteer, index_list (index, w.fine ? KEY_COARSE : KEY_MONTH, family, m,
                                               id, h, ""), e, &tried);
    }
  return into;
}

static void
merge_index_free (gpointer data)
{
  MergeIndex *index = data;

  g_hash_table_unref (index->by_key);
  g_free (index);
}

static int
type_family (MasarEventType type)
{
  return type == MASAR_EVENT_CALL ? MASAR_EVENT_TALKS : type;
}

static const char *
statement_source (MasarEvent *e)
{
  for (guint i = 0; i < ev_n_actors (e); i++)
    if (ev_actor (e, i)->role == MASAR_ROLE_SOURCE)
      return ev_actor (e, i)->actor_id;
  return NULL;
}

static gboolean
dates_compatible (MasarEvent *a,
                  MasarEvent *b)
{
  MasarDate da, dae, db, dbe;
  gint64 a0, a1, b0, b1, slack;

  ev_get_date (a, &da, &dae);
  ev_get_date (b, &db, &dbe);
  if (!masar_date_is_set (&da) || !masar_date_is_set (&db))
    return TRUE;
  a0 = masar_date_to_julian (&da);
  a1 = masar_date_end_julian (masar_date_is_set (&dae) ? &dae : &da);
  b0 = masar_date_to_julian (&db);
  b1 = masar_date_end_julian (masar_date_is_set (&dbe) ? &dbe : &db);
  slack = 1;
  if (ev_date_basis (a) == MASAR_DATE_BASIS_PUBLICATION ||
      ev_date_basis (b) == MASAR_DATE_BASIS_PUBLICATION)
    slack = 3;
  /* a year does not merge with a day, nor a span of months with a day */
  if ((a1 - a0 > 62 && b1 - b0 < 32) || (b1 - b0 > 62 && a1 - a0 < 32) ||
      (a1 - a0 > 31 && b1 == b0) || (b1 - b0 > 31 && a1 == a0))
    return FALSE;
  return !(a1 + slack < b0 || b1 + slack < a0);
}

static int
date_rank (MasarEvent *e)
{
  MasarDate d;

  ev_get_date (e, &d, NULL);
  switch (ev_date_basis (e))
    {
    case MASAR_DATE_BASIS_USER: return 10;
    case MASAR_DATE_BASIS_EXPLICIT: return 6 + masar_date_get_precision (&d) / 3;
    case MASAR_DATE_BASIS_RELATIVE: return 5;
    case MASAR_DATE_BASIS_PUBLICATION: return 2;
    case MASAR_DATE_BASIS_INFERRED:
    case MASAR_DATE_BASIS_WEAK: return 1;
    case MASAR_DATE_BASIS_UNKNOWN:
    default:
      return 0;
    }
}

static gboolean
same_article_only (MasarEvent *a,
                   MasarEvent *b)
{
  for (guint i = 0; i < ev_n_sources (a); i++)
    for (guint k = 0; k < ev_n_sources (b); k++)
      if (g_strcmp0 (ev_source (a, i)->article_id,
                     ev_source (b, k)->article_id) == 0)
        return TRUE;
  return FALSE;
}

/* Does @a have a participant person that @b lacks? */
static gboolean
person_apart (MasarGazetteer *gazetteer,
              MasarEvent     *a,
              MasarEvent     *b)
{
  for (guint i = 0; i < ev_n_actors (a); i++)
    {
      const MasarEventActor *ea = ev_actor (a, i);
      const MasarActor *actor;

      if (ea->role == MASAR_ROLE_MEDIATOR || ev_has_actor (b, ea->actor_id))
        continue;
      actor = masar_gazetteer_lookup (gazetteer, ea->actor_id);
      if (actor != NULL && actor->kind == MASAR_ACTOR_PERSON)
        return TRUE;
    }
  return FALSE;
}

/* Enough shared actors to say two mentions are one event (but two meetings of different
 * people, each with someone the other lacks, are two events): a shared person, or two shared
 * actors, or the only actor one of them has. Countries alone are too common to tell
 * events apart. */
static gboolean
actors_agree (MasarGazetteer *gazetteer,
              MasarEvent     *a,
              MasarEvent     *b)
{
  guint shared = 0;
  gboolean person = FALSE;
  gboolean call_and_meeting;

  if (gazetteer != NULL && (person_apart (gazetteer, a, b) && person_apart (gazetteer, b, a)))
    return FALSE;
  call_and_meeting = (ev_type (a) == MASAR_EVENT_CALL) !=
                     (ev_type (b) == MASAR_EVENT_CALL);
  for (guint i = 0; i < ev_n_actors (b); i++)
    {
      const char *id = ev_actor (b, i)->actor_id;

      if (!ev_has_actor (a, id))
        continue;
      shared++;
      if (gazetteer != NULL)
        {
          const MasarActor *actor = masar_gazetteer_lookup (gazetteer, id);

          if (actor != NULL && actor->kind == MASAR_ACTOR_PERSON)
            person = TRUE;
        }
    }
  /* a call and a meeting are one event only when they share a person */
  if (call_and_meeting)
    return person;
  return person || shared >= 2 ||
         (shared == 1 && (ev_n_actors (a) == 1 || ev_n_actors (b) == 1));
}

static gboolean
can_merge (MasarGazetteer *gazetteer,
           MasarEvent     *into,
           MasarEvent     *e)
{
  const char *la, *lb;
  MasarDate da, db;

  if (type_family (ev_type (into)) != type_family (ev_type (e)))
    return FALSE;
  if ((ev_modality (into) == MASAR_MODALITY_PLANNED) !=
      (ev_modality (e) == MASAR_MODALITY_PLANNED))
    return FALSE;
  if (!dates_compatible (into, e))
    return FALSE;
  /* Across articles only dates of a month or finer can tell that two reports are one event. */
  ev_get_date (into, &da, NULL);
  ev_get_date (e, &db, NULL);
  if ((masar_date_get_precision (&da) < MASAR_DATE_PRECISION_MONTH ||
       masar_date_get_precision (&db) < MASAR_DATE_PRECISION_MONTH) &&
      !same_article_only (into, e))
    return FALSE;
  la = ev_location (into);
  lb = ev_location (e);
  if (la != NULL && lb != NULL && strcmp (la, lb) != 0)
    return FALSE;
  /* one speaker's statements; for directed events the same doer */
  if (statement_source (into) != NULL || statement_source (e) != NULL)
    return g_strcmp0 (statement_source (into), statement_source (e)) == 0;
  return actors_agree (gazetteer, into, e);
}

static void
merge_into (MasarEvent *into,
            MasarEvent *e)
{
  double ci = ev_confidence (into), ce = ev_confidence (e);

  for (guint i = 0; i < ev_n_actors (e); i++)
    {
      const MasarEventActor *a = ev_actor (e, i);

      masar_event_add_actor (into, a->actor_id, a->role);
    }
  for (guint i = 0; i < ev_n_sources (e); i++)
    {
      const MasarEventSource *s = ev_source (e, i);

      masar_event_add_source (into, s->article_id, s->start, s->end, s->text);
    }
  if (ev_location (into) == NULL)
    masar_event_set_location (into, ev_location (e));
  if (date_rank (e) > date_rank (into))
    {
      MasarDate d, de;

      ev_get_date (e, &d, &de);
      masar_event_set_date (into, &d, &de, ev_date_basis (e));
    }
  /* a call is a kind of talks: keep the more specific word */
  if (ev_type (e) == MASAR_EVENT_CALL)
    masar_event_set_event_type (into, MASAR_EVENT_CALL);
  /* each further report makes the event surer */
  masar_event_set_confidence (into, MIN (0.99, MAX (ci, ce) + 0.05));
  if (ce > ci)
    masar_event_set_label (into, ev_label (e));
}

static void
ensure_actor (MasarGazetteer *gazetteer,
              MasarEventSet  *set,
              const char     *actor_id)
{
  const MasarActor *actor;

  if (masar_event_set_lookup_actor (set, actor_id) != NULL)
    return;
  actor = gazetteer ? masar_gazetteer_lookup (gazetteer, actor_id) : NULL;
  if (actor != NULL)
    masar_event_set_add_actor (set, actor);
  else
    {
      MasarActor unknown = { (char *) actor_id, MASAR_ACTOR_ORGANIZATION, NULL,
                             (char *) actor_id, NULL, NULL };

      masar_event_set_add_actor (set, &unknown);
    }
}

static MasarEvent *
find_in_list (MasarGazetteer *gazetteer,
              GPtrArray      *list,
              MasarEvent     *e,
              Tried          *tried)
{
  for (guint k = 0; list != NULL && k < list->len; k++)
    {
      MasarEvent *cand = g_ptr_array_index (list, k);
      gboolean seen = FALSE;

      for (guint t = 0; t < tried->n && !seen; t++)
        seen = tried->tried[t] == cand;
      if (seen)
        continue;
      if (can_merge (gazetteer, cand, e))
        return cand;
      if (tried->n < G_N_ELEMENTS (tried->tried))
        tried->tried[tried->n++] = cand;
    }
  return NULL;
}

static gboolean
share_an_actor (MasarEvent *a,
                MasarEvent *b)
{
  for (guint i = 0; i < ev_n_actors (b); i++)
    if (ev_has_actor (a, ev_actor (b, i)->actor_id))
      return TRUE;
  return FALSE;
}

/* The merge of masar_merge_into_set() within one article: few events, so each is compared
 * with the ones kept so far, without an index or a set. */
void
masar_merge_local (MasarGazetteer *gazetteer,
                   GPtrArray      *events,
                   GPtrArray      *out)
{
  guint first = out->len;

  for (guint i = 0; i < events->len; i++)
    {
      MasarEvent *e = g_ptr_array_index (events, i);
      MasarEvent *into = NULL;

      for (guint k = first; k < out->len && into == NULL; k++)
        {
          MasarEvent *cand = g_ptr_array_index (out, k);

          if (share_an_actor (cand, e) && can_merge (gazetteer, cand, e))
            into = cand;
        }
      if (into != NULL)
        merge_into (into, e);
      else
        g_ptr_array_add (out, g_object_ref (e));
    }
}

/**
 * masar_merge_into_set:
 * @gazetteer: (nullable): the gazetteer the actors are looked up in
 * @set: the set to add to
 * @events: (element-type MasarEvent): events to add
 *
 * Adds @events to @set, merging each into an event of @set that reports the same thing:
 * the same type (talks and calls are one family), compatible dates, at least one shared
 * actor (for statements, the same speaker) and no conflicting place. A merged event keeps
 * every source, the union of the actors, the best-founded date and a higher confidence.
 * The actors the events refer to are added to @set.
 */
void
masar_merge_into_set (MasarGazetteer *gazetteer,
                      MasarEventSet  *set,
                      GPtrArray      *events)
{
  MergeIndex *index;

  g_return_if_fail (MASAR_IS_EVENT_SET (set));
  g_return_if_fail (events != NULL);

  index = g_object_get_data (G_OBJECT (set), "masar-merge-index");
  if (index == NULL)
    {
      GListModel *existing = masar_event_set_get_events (set);

      index = g_new0 (MergeIndex, 1);
      index->by_key = g_hash_table_new_full (merge_key_hash, merge_key_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);
      g_object_set_data_full (G_OBJECT (set), "masar-merge-index", index, merge_index_free);
      for (guint i = 0; i < g_list_model_get_n_items (existing); i++)
        {
          g_autoptr(MasarEvent) e = g_list_model_get_item (existing, i);

          index_event (index, e);
        }
    }

  for (guint i = 0; i < events->len; i++)
    {
      MasarEvent *e = g_ptr_array_index (events, i);
      MasarEvent *into = index_find (gazetteer, index, e);

      for (guint a = 0; a < ev_n_actors (e); a++)
        ensure_actor (gazetteer, set, ev_actor (e, a)->actor_id);

      if (into != NULL)
        merge_into (into, e);
      else
        {
          into = e;
          masar_event_set_add_event (set, e);
        }
      index_event (index, into);
    }
}
