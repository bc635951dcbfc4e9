/* masar-merge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Merging (stage 6 of the pipeline): the mentions of one real event, in one article or
 * across a corpus, become one event with all their sources.
 *
 * The merge compares each new event with many events already kept, so it does not compare
 * the events themselves: each event gets a MergeInfo that holds what the comparison needs,
 * computed once (its type family, its days as julian numbers, its actors as interned
 * MergeActor pointers with their gazetteer kind, its speaker, its place), and updated when
 * another event is merged into it. Comparing two events then compares integers and pointers
 * in two small structs instead of dates, strings and gazetteer lookups in two objects.
 */

#define G_LOG_DOMAIN "masar-merge"

#include "config.h"

#include <string.h>

#include "masar-merge-private.h"
#include "masar-event-private.h"

/* Index keys, so that a big corpus compares an event only with the few events it can be.
 * Per type family and actor:
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
  N_KEY_KINDS
} KeyKind;

typedef struct
{
  gint64     when;     /* a julian day, a month number (year * 12 + month - 1) or an article number */
  GPtrArray *infos;    /* of MergeInfo (borrowed), in the order indexed */
} KeyList;

/* The index of one actor in one type family: for each kind of key, its lists sorted by
 * when, so that a range of days is one binary search and a short walk. */
typedef struct
{
  GArray *lists[N_KEY_KINDS];   /* of KeyList */
} ActorKeys;

/* What the merge knows of an actor id, once per merge context: two events share an actor
 * when they hold the same MergeActor. */
typedef struct
{
  const char *id;      /* interned: events hold their actor ids so */
  gboolean   person;   /* a person in the gazetteer */
  gboolean   in_set;   /* ensure_actor() has been called for the set */
  ActorKeys *keys[MASAR_N_EVENT_TYPES];   /* by type family; NULL until indexed */
} MergeActor;

typedef struct
{
  MergeActor *actor;
  MasarRole   role;
} InfoActor;

/* What the merge compares of an event. Filled from the event by info_update(); the event
 * changes only through merge_into(), after which its info is updated again. */
typedef struct
{
  MasarEvent *event;        /* borrowed */
  InfoActor  *actors;       /* in the event's order */
  guint       n_actors;
  guint       actors_size;
  MergeActor *speaker;      /* the first actor in the role of source, or NULL */
  const char *location;     /* interned in the context, or NULL */
  int         family;
  gboolean    call;
  gboolean    planned;
  gboolean    publication;  /* dated by the publication date */
  gboolean    date_set;
  gboolean    coarse;       /* not dated to the month or finer */
  gboolean    fine;         /* dated to the day, within three days */
  gint64      a0, a1;       /* first and last julian day, when date_set */
  gint64      month;        /* of the first day, when !coarse */
  gint64      article;      /* the first source's article, interned, or -1 until needed */
  guint       stamp;        /* the last search that compared this event */
} MergeInfo;

/* The interned actors, places and articles of one merge: of one article for
 * masar_merge_local(), of the whole set for masar_merge_into_set(), where it is kept on
 * the set with the index in the actors' keys. */
typedef struct
{
  MasarGazetteer *gazetteer;   /* owned; the one the actors' kinds come from */
  GHashTable     *actors;      /* interned id → MergeActor (owned) */
  GHashTable     *places;      /* location → the same string (owned) */
  GHashTable     *articles;    /* article id (owned) → number + 1; NULL without an index */
  GPtrArray      *infos;       /* of MergeInfo (owned) */
  guint           stamp;
} MergeContext;

static void
actor_keys_free (ActorKeys *keys)
{
  for (guint k = 0; k < N_KEY_KINDS; k++)
    {
      if (keys->lists[k] == NULL)
        continue;
      for (guint i = 0; i < keys->lists[k]->len; i++)
        g_ptr_array_unref (g_array_index (keys->lists[k], KeyList, i).infos);
      g_array_unref (keys->lists[k]);
    }
  g_free (keys);
}

static void
merge_actor_free (gpointer data)
{
  MergeActor *actor = data;

  for (guint f = 0; f < G_N_ELEMENTS (actor->keys); f++)
    g_clear_pointer (&actor->keys[f], actor_keys_free);
  g_free (actor);
}

static void
merge_info_free (gpointer data)
{
  MergeInfo *info = data;

  g_free (info->actors);
  g_free (info);
}

static gboolean
actor_is_person (MasarGazetteer *gazetteer,
                 const char     *id)
{
  const MasarActor *actor = gazetteer != NULL ? masar_gazetteer_lookup (gazetteer, id) : NULL;

  return actor != NULL && actor->kind == MASAR_ACTOR_PERSON;
}

static void
context_init (MergeContext   *ctx,
              MasarGazetteer *gazetteer,
              gboolean        with_index)
{
  ctx->gazetteer = gazetteer != NULL ? g_object_ref (gazetteer) : NULL;
  ctx->actors = g_hash_table_new_full (NULL, NULL, NULL, merge_actor_free);
  ctx->places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx->articles = with_index ? g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) : NULL;
  ctx->infos = g_ptr_array_new_with_free_func (merge_info_free);
  ctx->stamp = 0;
}

static void
context_clear (MergeContext *ctx)
{
  g_clear_pointer (&ctx->infos, g_ptr_array_unref);
  g_clear_pointer (&ctx->actors, g_hash_table_unref);
  g_clear_pointer (&ctx->places, g_hash_table_unref);
  g_clear_pointer (&ctx->articles, g_hash_table_unref);
  g_clear_object (&ctx->gazetteer);
}

/* The kinds come from the gazetteer of the call: a set merged with another gazetteer than
 * before looks its actors up again. */
static void
context_set_gazetteer (MergeContext   *ctx,
                       MasarGazetteer *gazetteer)
{
  GHashTableIter iter;
  MergeActor *actor;

  if (ctx->gazetteer == gazetteer)
    return;
  g_set_object (&ctx->gazetteer, gazetteer);
  g_hash_table_iter_init (&iter, ctx->actors);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &actor))
    actor->person = actor_is_person (gazetteer, actor->id);
}

/* @id is interned (masar_event_add_actor()): it is looked up by its address. */
static MergeActor *
lookup_actor (MergeContext *ctx,
              const char   *id)
{
  MergeActor *actor = g_hash_table_lookup (ctx->actors, id);

  if (actor == NULL)
    {
      actor = g_new0 (MergeActor, 1);
      actor->id = id;
      actor->person = actor_is_person (ctx->gazetteer, id);
      g_hash_table_insert (ctx->actors, (gpointer) id, actor);
    }
  return actor;
}

static const char *
intern_place (MergeContext *ctx,
              const char   *place)
{
  char *interned;

  if (place == NULL)
    return NULL;
  interned = g_hash_table_lookup (ctx->places, place);
  if (interned == NULL)
    {
      interned = g_strdup (place);
      g_hash_table_add (ctx->places, interned);
    }
  return interned;
}

static gint64
intern_article (MergeContext *ctx,
                const char   *article_id)
{
  gpointer number = g_hash_table_lookup (ctx->articles, article_id);

  if (number == NULL)
    {
      number = GUINT_TO_POINTER (g_hash_table_size (ctx->articles) + 1);
      g_hash_table_insert (ctx->articles, g_strdup (article_id), number);
    }
  return GPOINTER_TO_UINT (number) - 1;
}

static int
type_family (MasarEventType type)
{
  return type == MASAR_EVENT_CALL ? MASAR_EVENT_TALKS : type;
}

/* Fills @info from its event. Actors are only ever appended to an event, so those already
 * in @info keep their place and only their roles and the new ones are read. */
static void
info_update (MergeContext *ctx,
             MergeInfo    *info)
{
  MasarEvent *e = info->event;
  const MasarDate *d = &e->date;
  const MasarDate *de = &e->date_end;
  MasarDatePrecision precision = masar_date_get_precision (d);

  info->family = type_family (e->type);
  info->call = e->type == MASAR_EVENT_CALL;
  info->planned = e->modality == MASAR_MODALITY_PLANNED;
  info->publication = e->date_basis == MASAR_DATE_BASIS_PUBLICATION;
  info->date_set = masar_date_is_set (d);
  info->coarse = precision < MASAR_DATE_PRECISION_MONTH;
  info->a0 = info->a1 = info->month = 0;
  if (info->date_set)
    {
      info->a0 = masar_date_to_julian (d);
      info->a1 = masar_date_end_julian (masar_date_is_set (de) ? de : d);
    }
  if (!info->coarse)
    info->month = d->year * 12 + (d->month - 1);
  info->fine = precision == MASAR_DATE_PRECISION_DAY && info->a1 - info->a0 <= 2;

  if (info->location == NULL)
    info->location = intern_place (ctx, e->location);

  if (info->actors_size < e->actors->len)
    {
      info->actors_size = MAX (e->actors->len, info->actors_size * 2);
      info->actors = g_renew (InfoActor, info->actors, info->actors_size);
    }
  info->speaker = NULL;
  for (guint i = 0; i < e->actors->len; i++)
    {
      const MasarEventActor *a = &g_array_index (e->actors, MasarEventActor, i);

      if (i >= info->n_actors)
        info->actors[i].actor = lookup_actor (ctx, a->actor_id);
      info->actors[i].role = a->role;
      if (info->speaker == NULL && a->role == MASAR_ROLE_SOURCE)
        info->speaker = info->actors[i].actor;
    }
  info->n_actors = e->actors->len;
}

static MergeInfo *
info_new (MergeContext *ctx,
          MasarEvent   *e)
{
  MergeInfo *info = g_new0 (MergeInfo, 1);

  info->event = e;
  info->article = -1;
  info_update (ctx, info);
  return info;
}

/* The article of an event not dated to the month, for its index key (only those have one). */
static gint64
info_article (MergeContext *ctx,
              MergeInfo    *info)
{
  MasarEvent *e = info->event;

  /* sources are only ever appended: the first one stays */
  if (info->article < 0)
    info->article = intern_article (ctx, e->sources->len > 0
                                         ? g_array_index (e->sources, MasarEventSource, 0).article_id
                                         : "");
  return info->article;
}

static gboolean
info_has_actor (const MergeInfo  *info,
                const MergeActor *actor)
{
  for (guint i = 0; i < info->n_actors; i++)
    if (info->actors[i].actor == actor)
      return TRUE;
  return FALSE;
}

static gboolean
dates_compatible (const MergeInfo *a,
                  const MergeInfo *b)
{
  gint64 slack;

  if (!a->date_set || !b->date_set)
    return TRUE;
  slack = a->publication || b->publication ? 3 : 1;
  /* a year does not merge with a day, nor a span of months with a day */
  if ((a->a1 - a->a0 > 62 && b->a1 - b->a0 < 32) || (b->a1 - b->a0 > 62 && a->a1 - a->a0 < 32) ||
      (a->a1 - a->a0 > 31 && b->a1 == b->a0) || (b->a1 - b->a0 > 31 && a->a1 == a->a0))
    return FALSE;
  return !(a->a1 + slack < b->a0 || b->a1 + slack < a->a0);
}

static gboolean
same_article_only (MasarEvent *a,
                   MasarEvent *b)
{
  for (guint i = 0; i < a->sources->len; i++)
    for (guint k = 0; k < b->sources->len; k++)
      if (g_strcmp0 (g_array_index (a->sources, MasarEventSource, i).article_id,
                     g_array_index (b->sources, MasarEventSource, k).article_id) == 0)
        return TRUE;
  return FALSE;
}

/* Does @a have a participant person that @b lacks? */
static gboolean
person_apart (const MergeInfo *a,
              const MergeInfo *b)
{
  for (guint i = 0; i < a->n_actors; i++)
    {
      const InfoActor *ia = &a->actors[i];

      if (ia->role == MASAR_ROLE_MEDIATOR || info_has_actor (b, ia->actor))
        continue;
      if (ia->actor->person)
        return TRUE;
    }
  return FALSE;
}

/* Enough shared actors to say two mentions are one event (but two meetings of different
 * people, each with someone the other lacks, are two events): a shared person, or two shared
 * actors, or the only actor one of them has. Countries alone are too common to tell
 * events apart. Without a gazetteer no actor is a person. */
static gboolean
actors_agree (const MergeInfo *a,
              const MergeInfo *b)
{
  guint shared = 0;
  gboolean person = FALSE;

  if (person_apart (a, b) && person_apart (b, a))
    return FALSE;
  for (guint i = 0; i < b->n_actors; i++)
    {
      const MergeActor *actor = b->actors[i].actor;

      if (!info_has_actor (a, actor))
        continue;
      shared++;
      person = person || actor->person;
    }
  /* a call and a meeting are one event only when they share a person */
  if (a->call != b->call)
    return person;
  return person || shared >= 2 || (shared == 1 && (a->n_actors == 1 || b->n_actors == 1));
}

static gboolean
can_merge (const MergeInfo *into,
           const MergeInfo *e)
{
  if (into->family != e->family)
    return FALSE;
  if (into->planned != e->planned)
    return FALSE;
  if (!dates_compatible (into, e))
    return FALSE;
  /* Across articles only dates of a month or finer can tell that two reports are one event. */
  if ((into->coarse || e->coarse) && !same_article_only (into->event, e->event))
    return FALSE;
  /* places are interned: two different pointers are two different places */
  if (into->location != NULL && e->location != NULL && into->location != e->location)
    return FALSE;
  /* one speaker's statements; for directed events the same doer */
  if (into->speaker != NULL || e->speaker != NULL)
    return into->speaker == e->speaker;
  return actors_agree (into, e);
}

static int
date_rank (MasarEvent *e)
{
  switch (e->date_basis)
    {
    case MASAR_DATE_BASIS_USER: return 10;
    case MASAR_DATE_BASIS_EXPLICIT: return 6 + masar_date_get_precision (&e->date) / 3;
    case MASAR_DATE_BASIS_RELATIVE: return 5;
    case MASAR_DATE_BASIS_PUBLICATION: return 2;
    case MASAR_DATE_BASIS_INFERRED:
    case MASAR_DATE_BASIS_WEAK: return 1;
    case MASAR_DATE_BASIS_UNKNOWN:
    default:
      return 0;
    }
}

static void
merge_into (MasarEvent *into,
            MasarEvent *e)
{
  double ci = into->confidence, ce = e->confidence;

  for (guint i = 0; i < e->actors->len; i++)
    {
      const MasarEventActor *a = &g_array_index (e->actors, MasarEventActor, i);

      masar_event_add_actor (into, a->actor_id, a->role);
    }
  for (guint i = 0; i < e->sources->len; i++)
    {
      const MasarEventSource *s = &g_array_index (e->sources, MasarEventSource, i);

      masar_event_add_source (into, s->article_id, s->start, s->end, s->text);
    }
  if (into->location == NULL)
    masar_event_set_location (into, e->location);
  if (date_rank (e) > date_rank (into))
    masar_event_set_date (into, &e->date, &e->date_end, e->date_basis);
  /* a call is a kind of talks: keep the more specific word */
  if (e->type == MASAR_EVENT_CALL)
    masar_event_set_event_type (into, MASAR_EVENT_CALL);
  /* each further report makes the event surer */
  masar_event_set_confidence (into, MIN (0.99, MAX (ci, ce) + 0.05));
  if (ce > ci)
    masar_event_set_label (into, e->label);
}

/* The position of the first list of @lists whose when is at least @when. */
static guint
lists_lower_bound (GArray *lists,
                   gint64  when)
{
  guint lo = 0, hi = lists->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (lists, KeyList, mid).when < when)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
index_add (MergeActor *actor,
           int         family,
           KeyKind     kind,
           gint64      when,
           MergeInfo  *info)
{
  ActorKeys *keys = actor->keys[family];
  GArray *lists;
  GPtrArray *infos;
  guint pos;

  if (keys == NULL)
    keys = actor->keys[family] = g_new0 (ActorKeys, 1);
  if (keys->lists[kind] == NULL)
    keys->lists[kind] = g_array_new (FALSE, FALSE, sizeof (KeyList));
  lists = keys->lists[kind];
  pos = lists_lower_bound (lists, when);
  if (pos == lists->len || g_array_index (lists, KeyList, pos).when != when)
    {
      KeyList list = { when, g_ptr_array_new () };

      g_array_insert_val (lists, pos, list);
    }
  infos = g_array_index (lists, KeyList, pos).infos;
  /* an event indexed again after a merge is most likely among the last ones; one indexed
   * twice in a list is only compared once (see Search) */
  for (guint i = infos->len, n = 0; i > 0 && n < 32; i--, n++)
    if (g_ptr_array_index (infos, i - 1) == info)
      return;
  g_ptr_array_add (infos, info);
}

/* Indexes @info under the actors from @first_actor on. */
static void
index_event (MergeContext *ctx,
             MergeInfo    *info,
             guint         first_actor)
{
  for (guint a = first_actor; a < info->n_actors; a++)
    {
      MergeActor *actor = info->actors[a].actor;

      if (info->coarse)
        {
          index_add (actor, info->family, KEY_ARTICLE, info_article (ctx, info), info);
          continue;
        }
      index_add (actor, info->family, KEY_MONTH, info->month, info);
      if (info->fine)
        index_add (actor, info->family, KEY_DAY, info->a0, info);
      else
        index_add (actor, info->family, KEY_COARSE, info->month, info);
    }
}

/* One search for the event an event merges into. Each candidate is compared once, though
 * it may be indexed under several of the event's actors: can_merge() does not depend on
 * the actor, so the first match found stays the same. */
typedef struct
{
  MergeContext    *ctx;
  const MergeInfo *e;
} Search;

static MergeInfo *
search_lists (Search *search,
              GArray *lists,
              gint64  first,
              gint64  last)
{
  if (lists == NULL)
    return NULL;
  for (guint l = lists_lower_bound (lists, first);
       l < lists->len && g_array_index (lists, KeyList, l).when <= last; l++)
    {
      GPtrArray *infos = g_array_index (lists, KeyList, l).infos;

      for (guint k = 0; k < infos->len; k++)
        {
          MergeInfo *cand = g_ptr_array_index (infos, k);

          if (cand->stamp == search->ctx->stamp)
            continue;
          cand->stamp = search->ctx->stamp;
          if (can_merge (cand, search->e))
            return cand;
        }
    }
  return NULL;
}

/* The first indexed event that @e can be merged into. */
static MergeInfo *
index_find (MergeContext *ctx,
            MergeInfo    *e)
{
  Search search = { ctx, e };
  MergeInfo *into = NULL;

  /* on wrapping around, no event has been compared by the search with the new stamp */
  if (++ctx->stamp == 0)
    {
      for (guint i = 0; i < ctx->infos->len; i++)
        ((MergeInfo *) g_ptr_array_index (ctx->infos, i))->stamp = 0;
      ctx->stamp = 1;
    }
  for (guint a = 0; a < e->n_actors && into == NULL; a++)
    {
      const ActorKeys *keys = e->actors[a].actor->keys[e->family];

      if (keys == NULL)
        continue;
      if (e->coarse)
        {
          gint64 article = info_article (ctx, e);

          into = search_lists (&search, keys->lists[KEY_ARTICLE], article, article);
          continue;
        }
      if (e->fine)
        into = search_lists (&search, keys->lists[KEY_DAY], e->a0 - 5, e->a1 + 3);
      if (into == NULL)
        into = search_lists (&search, keys->lists[e->fine ? KEY_COARSE : KEY_MONTH],
                             e->month - 1, e->month + 1);
    }
  return into;
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

static gboolean
share_an_actor (const MergeInfo *a,
                const MergeInfo *b)
{
  for (guint i = 0; i < b->n_actors; i++)
    if (info_has_actor (a, b->actors[i].actor))
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
  MergeContext ctx;

  context_init (&ctx, gazetteer, FALSE);
  for (guint i = 0; i < events->len; i++)
    {
      MasarEvent *e = g_ptr_array_index (events, i);
      MergeInfo *info = info_new (&ctx, e);
      MergeInfo *into = NULL;

      /* ctx.infos holds the events kept so far, in the order of @out */
      for (guint k = 0; k < ctx.infos->len && into == NULL; k++)
        {
          MergeInfo *cand = g_ptr_array_index (ctx.infos, k);

          if (share_an_actor (cand, info) && can_merge (cand, info))
            into = cand;
        }
      if (into != NULL)
        {
          merge_into (into->event, e);
          info_update (&ctx, into);
          merge_info_free (info);
        }
      else
        {
          g_ptr_array_add (out, g_object_ref (e));
          g_ptr_array_add (ctx.infos, info);
        }
    }
  context_clear (&ctx);
}

static void
merge_index_free (gpointer data)
{
  MergeContext *index = data;

  context_clear (index);
  g_free (index);
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
 *
 * The index of @set's events is kept on @set for the next call; it sees the events as this
 * function left them (events of @set changed or added by other means meanwhile are not
 * seen as changed).
 */
void
masar_merge_into_set (MasarGazetteer *gazetteer,
                      MasarEventSet  *set,
                      GPtrArray      *events)
{
  MergeContext *index;

  g_return_if_fail (MASAR_IS_EVENT_SET (set));
  g_return_if_fail (events != NULL);

  index = g_object_get_data (G_OBJECT (set), "masar-merge-index");
  if (index == NULL)
    {
      GListModel *existing = masar_event_set_get_events (set);

      index = g_new0 (MergeContext, 1);
      context_init (index, gazetteer, TRUE);
      g_object_set_data_full (G_OBJECT (set), "masar-merge-index", index, merge_index_free);
      for (guint i = 0; i < g_list_model_get_n_items (existing); i++)
        {
          g_autoptr(MasarEvent) e = g_list_model_get_item (existing, i);
          MergeInfo *info = info_new (index, e);

          g_ptr_array_add (index->infos, info);
          index_event (index, info, 0);
        }
    }
  context_set_gazetteer (index, gazetteer);

  for (guint i = 0; i < events->len; i++)
    {
      MasarEvent *e = g_ptr_array_index (events, i);
      MergeInfo *info = info_new (index, e);
      MergeInfo *into = index_find (index, info);

      for (guint a = 0; a < info->n_actors; a++)
        {
          MergeActor *actor = info->actors[a].actor;

          if (!actor->in_set)
            {
              ensure_actor (gazetteer, set, actor->id);
              actor->in_set = TRUE;
            }
        }

      if (into != NULL)
        {
          guint n_actors = into->n_actors;
          gboolean coarse = into->coarse, fine = into->fine;
          gint64 a0 = into->a0, month = into->month;

          merge_into (into->event, e);
          merge_info_free (info);
          info_update (index, into);
          /* under its new actors, or under all when its keys moved with a better date */
          if (into->coarse == coarse && into->fine == fine && into->a0 == a0 &&
              into->month == month)
            index_event (index, into, n_actors);
          else
            index_event (index, into, 0);
        }
      else
        {
          masar_event_set_add_event (set, e);
          g_ptr_array_add (index->infos, info);
          index_event (index, info, 0);
        }
    }
}
