/* masar-merge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Merging (stage 6 of the pipeline): the mentions of one real event, in one article or
 * across a corpus, become one event with all their sources.
 *
 * The merge compares each new event with many events already kept, so it does not compare
 * the events themselves: each event gets a MergeInfo that holds what the comparison needs,
 * computed once (its type family, its days as julian numbers, its actors with their
 * gazetteer kind, its speaker, its place), and updated when another event is merged into
 * it. Actor ids are interned by the events and places by the merge, so that comparing two
 * infos compares integers and pointers.
 */

#define G_LOG_DOMAIN "masar-merge"

#include "config.h"

#include <string.h>

#include "masar-merge-private.h"
#include "masar-event-private.h"

/* Index keys, so that a big corpus compares an event only with the few events it can be.
 * Per type family, planned or not, and actor:
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

/* The events indexed under one key, as numbers of the index's infos, in the order indexed. */
typedef struct
{
  gint64   when;    /* a julian day, a month number (year * 12 + month - 1) or an article number */
  guint32 *items;
  guint    len;
  guint    size;
} KeyList;

/* The index of one actor in one key set: for each kind of key, its lists sorted by when,
 * so that a range of days is one binary search and a short walk. */
typedef struct
{
  GArray *lists[N_KEY_KINDS];   /* of KeyList */
} ActorKeys;

/* Events of different type families, or one planned and one not, never merge (and merging
 * changes neither), so they are indexed apart: by family * 2 + planned. */
#define N_KEY_SETS (MASAR_N_EVENT_TYPES * 2)

/* What a set's index knows of an actor. */
typedef struct
{
  const char *id;        /* interned, as events hold it */
  gboolean    person;    /* a person in the gazetteer */
  gboolean    in_set;    /* ensure_actor() has been called for the set */
  ActorKeys  *keys[N_KEY_SETS];
} MergeActor;

typedef struct
{
  const char *id;        /* interned (masar_event_add_actor()): equal ids are one pointer */
  MergeActor *actor;     /* in a set's index, else NULL */
  MasarRole   role;
  gboolean    person;
} InfoActor;

/* An event's date as dates_compatible() compares it. */
typedef struct
{
  gint32 first, last;    /* julian days (under four million up to the year 9999) */
  guint8 set;
  guint8 publication;    /* the date is the article's publication date */
} MergeDates;

/* What the search reads of every candidate first: a copy of its info's dates, kept in a
 * small array of its own, so that the many candidates that the dates rule out cost a few
 * bytes each rather than a cache miss on their info. */
typedef struct
{
  MergeDates dates;
  guint      stamp;      /* the last search that looked at the event */
} MergeHot;

/* What the merge compares of an event. Filled from the event by info_update(); the event
 * changes only through merge_into(), after which its info is updated again. */
typedef struct
{
  MasarEvent *event;     /* borrowed */
  MergeDates  dates;
  int         family;
  guint       planned : 1;
  guint       call : 1;
  guint       coarse : 1;    /* not dated to the month or finer */
  guint       fine : 1;      /* dated to the day, within three days */
  gint32      month;         /* of the first day, when !coarse */
  gint32      article;       /* the first source's article, interned, or -1 until needed */
  const char *location;      /* interned in the context, or NULL */
  const char *speaker;       /* the first actor in the role of source, or NULL */
  guint       n_actors;
  guint       more_size;
  InfoActor   few[2];        /* the actors while they are so few, */
  InfoActor  *more;          /* else here */
} MergeInfo;

/* One merge: of one article for masar_merge_local(), of the whole set for
 * masar_merge_into_set(), where it is kept on the set as its index. */
typedef struct
{
  MasarGazetteer *gazetteer;    /* owned; the one the actors' kinds come from */
  GArray         *infos;        /* of MergeInfo, numbered by position */

  /* A set's index */
  GArray         *hot;          /* of MergeHot, one per info */
  GHashTable     *actors;       /* interned id → MergeActor (owned) */
  GHashTable     *places;       /* location → the same string (owned) */
  GHashTable     *articles;     /* article id (owned) → number + 1 */
  guint           stamp;

  /* One article */
  GPtrArray      *few_places;   /* of location strings, borrowed from the events */
  GArray         *few_actors;   /* of KnownActor */
} MergeContext;

typedef struct
{
  const char *id;        /* interned */
  gboolean    person;
} KnownActor;

static void
actor_keys_free (ActorKeys *keys)
{
  for (guint k = 0; k < N_KEY_KINDS; k++)
    {
      if (keys->lists[k] == NULL)
        continue;
      for (guint i = 0; i < keys->lists[k]->len; i++)
        g_free (g_array_index (keys->lists[k], KeyList, i).items);
      g_array_unref (keys->lists[k]);
    }
  g_free (keys);
}

static void
merge_actor_free (gpointer data)
{
  MergeActor *actor = data;

  for (guint s = 0; s < N_KEY_SETS; s++)
    g_clear_pointer (&actor->keys[s], actor_keys_free);
  g_free (actor);
}

static void
info_clear (gpointer data)
{
  MergeInfo *info = data;

  g_clear_pointer (&info->more, g_free);
}

static inline InfoActor *
info_actors (MergeInfo *info)
{
  return info->more != NULL ? info->more : info->few;
}

static inline const InfoActor *
info_actors_const (const MergeInfo *info)
{
  return info->more != NULL ? info->more : info->few;
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
              gboolean        for_set)
{
  memset (ctx, 0, sizeof *ctx);
  ctx->gazetteer = gazetteer != NULL ? g_object_ref (gazetteer) : NULL;
  ctx->infos = g_array_new (FALSE, FALSE, sizeof (MergeInfo));
  g_array_set_clear_func (ctx->infos, info_clear);
  if (for_set)
    {
      ctx->hot = g_array_new (FALSE, FALSE, sizeof (MergeHot));
      ctx->actors = g_hash_table_new_full (NULL, NULL, NULL, merge_actor_free);
      ctx->places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      ctx->articles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
}

static void
context_clear (MergeContext *ctx)
{
  g_clear_pointer (&ctx->infos, g_array_unref);
  g_clear_pointer (&ctx->hot, g_array_unref);
  g_clear_pointer (&ctx->actors, g_hash_table_unref);
  g_clear_pointer (&ctx->places, g_hash_table_unref);
  g_clear_pointer (&ctx->articles, g_hash_table_unref);
  g_clear_pointer (&ctx->few_places, g_ptr_array_unref);
  g_clear_pointer (&ctx->few_actors, g_array_unref);
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
  for (guint i = 0; i < ctx->infos->len; i++)
    {
      MergeInfo *info = &g_array_index (ctx->infos, MergeInfo, i);
      InfoActor *actors = info_actors (info);

      for (guint a = 0; a < info->n_actors; a++)
        actors[a].person = actors[a].actor->person;
    }
}

/* @id is interned: it is looked up by its address. */
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

/* Whether the actor @id (interned) is a person, outside a set's index: one article names
 * few actors, each looked up in the gazetteer once. */
static gboolean
few_actor_is_person (MergeContext *ctx,
                     const char   *id)
{
  KnownActor known;

  if (ctx->few_actors == NULL)
    ctx->few_actors = g_array_new (FALSE, FALSE, sizeof (KnownActor));
  for (guint i = 0; i < ctx->few_actors->len; i++)
    if (g_array_index (ctx->few_actors, KnownActor, i).id == id)
      return g_array_index (ctx->few_actors, KnownActor, i).person;
  known.id = id;
  known.person = actor_is_person (ctx->gazetteer, id);
  g_array_append_val (ctx->few_actors, known);
  return known.person;
}

static const char *
intern_place (MergeContext *ctx,
              const char   *place)
{
  char *interned;

  if (place == NULL)
    return NULL;
  if (ctx->places == NULL)
    {
      /* one article names few places; its events hold them while it is merged */
      if (ctx->few_places == NULL)
        ctx->few_places = g_ptr_array_new ();
      for (guint i = 0; i < ctx->few_places->len; i++)
        if (strcmp (g_ptr_array_index (ctx->few_places, i), place) == 0)
          return g_ptr_array_index (ctx->few_places, i);
      g_ptr_array_add (ctx->few_places, (gpointer) place);
      return place;
    }
  interned = g_hash_table_lookup (ctx->places, place);
  if (interned == NULL)
    {
      interned = g_strdup (place);
      g_hash_table_add (ctx->places, interned);
    }
  return interned;
}

static int
type_family (MasarEventType type)
{
  return type == MASAR_EVENT_CALL ? MASAR_EVENT_TALKS : type;
}

static inline guint
key_set (const MergeInfo *info)
{
  return info->family * 2 + info->planned;
}

static void
info_reserve_actors (MergeInfo *info,
                     guint      n)
{
  if (n <= G_N_ELEMENTS (info->few) && info->more == NULL)
    return;
  if (info->more == NULL)
    {
      info->more_size = MAX (n, 2 * G_N_ELEMENTS (info->few));
      info->more = g_new (InfoActor, info->more_size);
      memcpy (info->more, info->few, info->n_actors * sizeof (InfoActor));
    }
  else if (info->more_size < n)
    {
      info->more_size = MAX (n, 2 * info->more_size);
      info->more = g_renew (InfoActor, info->more, info->more_size);
    }
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
  InfoActor *actors;

  info->dates.set = masar_date_is_set (d);
  info->dates.publication = e->date_basis == MASAR_DATE_BASIS_PUBLICATION;
  info->dates.first = info->dates.last = 0;
  if (info->dates.set)
    {
      info->dates.first = (gint32) masar_date_to_julian (d);
      info->dates.last = (gint32) masar_date_end_julian (masar_date_is_set (de) ? de : d);
    }
  info->family = type_family (e->type);
  info->planned = e->modality == MASAR_MODALITY_PLANNED;
  info->call = e->type == MASAR_EVENT_CALL;
  info->coarse = precision < MASAR_DATE_PRECISION_MONTH;
  info->fine = precision == MASAR_DATE_PRECISION_DAY && info->dates.last - info->dates.first <= 2;
  info->month = info->coarse ? 0 : d->year * 12 + (d->month - 1);

  if (info->location == NULL)
    info->location = intern_place (ctx, e->location);

  info_reserve_actors (info, e->actors->len);
  actors = info_actors (info);
  info->speaker = NULL;
  for (guint i = 0; i < e->actors->len; i++)
    {
      const MasarEventActor *a = &g_array_index (e->actors, MasarEventActor, i);

      if (i >= info->n_actors)
        {
          actors[i].id = a->actor_id;
          actors[i].actor = ctx->actors != NULL ? lookup_actor (ctx, a->actor_id) : NULL;
          actors[i].person = actors[i].actor != NULL ? actors[i].actor->person
                                                     : few_actor_is_person (ctx, a->actor_id);
        }
      actors[i].role = a->role;
      if (info->speaker == NULL && a->role == MASAR_ROLE_SOURCE)
        info->speaker = actors[i].id;
    }
  info->n_actors = e->actors->len;
}

static void
info_init (MergeContext *ctx,
           MergeInfo    *info,
           MasarEvent   *e)
{
  memset (info, 0, sizeof *info);
  info->event = e;
  info->article = -1;
  info_update (ctx, info);
}

/* The article of an event not dated to the month, for its index key (only those have one). */
static gint32
info_article (MergeContext *ctx,
              MergeInfo    *info)
{
  MasarEvent *e = info->event;
  const char *article_id;
  gpointer number;

  /* sources are only ever appended: the first one stays */
  if (info->article >= 0)
    return info->article;
  article_id = e->sources->len > 0 ? g_array_index (e->sources, MasarEventSource, 0).article_id : "";
  number = g_hash_table_lookup (ctx->articles, article_id);
  if (number == NULL)
    {
      number = GUINT_TO_POINTER (g_hash_table_size (ctx->articles) + 1);
      g_hash_table_insert (ctx->articles, g_strdup (article_id), number);
    }
  info->article = GPOINTER_TO_UINT (number) - 1;
  return info->article;
}

static gboolean
info_has_actor (const MergeInfo *info,
                const char      *id)
{
  const InfoActor *actors = info_actors_const (info);

  for (guint i = 0; i < info->n_actors; i++)
    if (actors[i].id == id)
      return TRUE;
  return FALSE;
}

static gboolean
dates_compatible (const MergeDates *a,
                  const MergeDates *b)
{
  gint64 a0 = a->first, a1 = a->last, b0 = b->first, b1 = b->last;
  gint64 slack;

  if (!a->set || !b->set)
    return TRUE;
  slack = a->publication || b->publication ? 3 : 1;
  /* a year does not merge with a day, nor a span of months with a day */
  if ((a1 - a0 > 62 && b1 - b0 < 32) || (b1 - b0 > 62 && a1 - a0 < 32) ||
      (a1 - a0 > 31 && b1 == b0) || (b1 - b0 > 31 && a1 == a0))
    return FALSE;
  return !(a1 + slack < b0 || b1 + slack < a0);
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
  const InfoActor *actors = info_actors_const (a);

  for (guint i = 0; i < a->n_actors; i++)
    {
      if (actors[i].role == MASAR_ROLE_MEDIATOR || info_has_actor (b, actors[i].id))
        continue;
      if (actors[i].person)
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
  const InfoActor *actors = info_actors_const (b);
  guint shared = 0;
  gboolean person = FALSE;

  if (person_apart (a, b) && person_apart (b, a))
    return FALSE;
  for (guint i = 0; i < b->n_actors; i++)
    {
      if (!info_has_actor (a, actors[i].id))
        continue;
      shared++;
      person = person || actors[i].person;
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
  if (!dates_compatible (&into->dates, &e->dates))
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

      masar_event_add_interned_actor (into, a->actor_id, a->role);
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

  /* article numbers only grow, and a corpus goes mostly forward in time: try the end first */
  if (hi == 0 || g_array_index (lists, KeyList, hi - 1).when < when)
    return hi;
  if (g_array_index (lists, KeyList, hi - 1).when == when)
    return hi - 1;
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
           guint       set,
           KeyKind     kind,
           gint64      when,
           guint32     number)
{
  ActorKeys *keys = actor->keys[set];
  GArray *lists;
  KeyList *list;
  guint pos;

  if (keys == NULL)
    keys = actor->keys[set] = g_new0 (ActorKeys, 1);
  if (keys->lists[kind] == NULL)
    keys->lists[kind] = g_array_new (FALSE, FALSE, sizeof (KeyList));
  lists = keys->lists[kind];
  pos = lists_lower_bound (lists, when);
  if (pos == lists->len || g_array_index (lists, KeyList, pos).when != when)
    {
      KeyList empty = { when, NULL, 0, 0 };

      g_array_insert_val (lists, pos, empty);
    }
  list = &g_array_index (lists, KeyList, pos);
  /* an event indexed again after a merge is most likely among the last ones; one indexed
   * twice in a list is looked at once (see index_find()) */
  for (guint i = list->len, n = 0; i > 0 && n < 32; i--, n++)
    if (list->items[i - 1] == number)
      return;
  if (list->len == list->size)
    {
      list->size = MAX (4, 2 * list->size);
      list->items = g_renew (guint32, list->items, list->size);
    }
  list->items[list->len++] = number;
}

/* Indexes the info @number under its actors from @first_actor on. */
static void
index_event (MergeContext *ctx,
             guint32       number,
             guint         first_actor)
{
  MergeInfo *info = &g_array_index (ctx->infos, MergeInfo, number);
  const InfoActor *actors = info_actors (info);
  guint set = key_set (info);

  for (guint a = first_actor; a < info->n_actors; a++)
    {
      MergeActor *actor = actors[a].actor;

      if (info->coarse)
        {
          index_add (actor, set, KEY_ARTICLE, info_article (ctx, info), number);
          continue;
        }
      index_add (actor, set, KEY_MONTH, info->month, number);
      if (info->fine)
        index_add (actor, set, KEY_DAY, info->dates.first, number);
      else
        index_add (actor, set, KEY_COARSE, info->month, number);
    }
}

/* The events of @lists from @first to @last that @e can be merged into: the number of the
 * first, or -1. */
static gint64
search_lists (MergeContext    *ctx,
              const MergeInfo *e,
              GArray          *lists,
              gint64           first,
              gint64           last)
{
  MergeHot *hot = (MergeHot *) (gpointer) ctx->hot->data;

  if (lists == NULL)
    return -1;
  for (guint l = lists_lower_bound (lists, first);
       l < lists->len && g_array_index (lists, KeyList, l).when <= last; l++)
    {
      const KeyList *list = &g_array_index (lists, KeyList, l);

      for (guint k = 0; k < list->len; k++)
        {
          guint32 n = list->items[k];

          if (hot[n].stamp == ctx->stamp)
            continue;
          hot[n].stamp = ctx->stamp;
          /* the dates alone rule most candidates out (can_merge() would, the same way) */
          if (!dates_compatible (&hot[n].dates, &e->dates))
            continue;
          if (can_merge (&g_array_index (ctx->infos, MergeInfo, n), e))
            return n;
        }
    }
  return -1;
}

/* The first indexed event that @e can be merged into: its number, or -1. Each candidate is
 * looked at once, though it may be indexed under several of the event's actors:
 * can_merge() does not depend on the actor, so the first match found stays the same. */
static gint64
index_find (MergeContext *ctx,
            MergeInfo    *e)
{
  const InfoActor *actors = info_actors (e);
  gint64 into = -1;

  /* on wrapping around, no event has been looked at with the new stamp */
  if (++ctx->stamp == 0)
    {
      for (guint i = 0; i < ctx->hot->len; i++)
        g_array_index (ctx->hot, MergeHot, i).stamp = 0;
      ctx->stamp = 1;
    }
  for (guint a = 0; a < e->n_actors && into < 0; a++)
    {
      const ActorKeys *keys = actors[a].actor->keys[key_set (e)];

      if (keys == NULL)
        continue;
      if (e->coarse)
        {
          gint32 article = info_article (ctx, e);

          into = search_lists (ctx, e, keys->lists[KEY_ARTICLE], article, article);
          continue;
        }
      if (e->fine)
        into = search_lists (ctx, e, keys->lists[KEY_DAY], e->dates.first - 5, e->dates.last + 3);
      if (into < 0)
        into = search_lists (ctx, e, keys->lists[e->fine ? KEY_COARSE : KEY_MONTH],
                             e->month - 1, e->month + 1);
    }
  return into;
}

/* Appends @info (taken) to the index as a new event. */
static void
index_append (MergeContext *ctx,
              MergeInfo    *info)
{
  MergeHot hot = { info->dates, 0 };

  g_array_append_val (ctx->infos, *info);
  g_array_append_val (ctx->hot, hot);
  index_event (ctx, ctx->infos->len - 1, 0);
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
  const InfoActor *actors = info_actors_const (b);

  for (guint i = 0; i < b->n_actors; i++)
    if (info_has_actor (a, actors[i].id))
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
      MergeInfo info;
      MergeInfo *into = NULL;

      info_init (&ctx, &info, e);
      /* ctx.infos holds the events kept so far, in the order of @out */
      for (guint k = 0; k < ctx.infos->len && into == NULL; k++)
        {
          MergeInfo *cand = &g_array_index (ctx.infos, MergeInfo, k);

          if (share_an_actor (cand, &info) && can_merge (cand, &info))
            into = cand;
        }
      if (into != NULL)
        {
          merge_into (into->event, e);
          info_update (&ctx, into);
          info_clear (&info);
        }
      else
        {
          g_ptr_array_add (out, g_object_ref (e));
          g_array_append_val (ctx.infos, info);
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
          MergeInfo info;

          info_init (index, &info, e);
          index_append (index, &info);
        }
    }
  context_set_gazetteer (index, gazetteer);

  for (guint i = 0; i < events->len; i++)
    {
      MasarEvent *e = g_ptr_array_index (events, i);
      const InfoActor *actors;
      MergeInfo info;
      gint64 into;

      info_init (index, &info, e);
      into = index_find (index, &info);

      actors = info_actors (&info);
      for (guint a = 0; a < info.n_actors; a++)
        if (!actors[a].actor->in_set)
          {
            ensure_actor (gazetteer, set, actors[a].id);
            actors[a].actor->in_set = TRUE;
          }

      if (into >= 0)
        {
          MergeInfo *target = &g_array_index (index->infos, MergeInfo, into);
          guint n_actors = target->n_actors;
          gboolean coarse = target->coarse, fine = target->fine;
          gint32 first = target->dates.first, month = target->month;

          merge_into (target->event, e);
          info_clear (&info);
          info_update (index, target);
          g_array_index (index->hot, MergeHot, into).dates = target->dates;
          /* under its new actors, or under all when its keys moved with a better date */
          if (target->coarse == coarse && target->fine == fine && target->dates.first == first &&
              target->month == month)
            index_event (index, into, n_actors);
          else
            index_event (index, into, 0);
        }
      else
        {
          masar_event_set_add_event (set, e);
          index_append (index, &info);
        }
    }
}
