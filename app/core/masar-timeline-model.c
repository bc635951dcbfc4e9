/* masar-timeline-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-timeline-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/ustring.h>

#include "masar-timeline-model.h"
#include "masar-arabic.h"

/* Julian day (GDate numbering) of 1970-01-01, for ICU's UDate. */
#define UNIX_EPOCH_JULIAN 719163

#define AXIS_HEIGHT      44.0
#define LANE_HEADER      18.0
#define ROW_HEIGHT       20.0
#define MIN_ROWS         1
#define MAX_ROWS         5
#define COLLAPSED_HEIGHT 20.0
#define UNDATED_HEIGHT   36.0
#define DEFAULT_WIDTH    1000.0
#define DEFAULT_HEIGHT   600.0
#define MAX_LEVELS       31
#define NO_INDEX         G_MAXUINT32
#define OTHER_LANE_KEY   G_MAXUINT32

/*
 * One event. 28 bytes; with the sorted index, the lane arrays and the label pool the
 * model stays well under 200 bytes per event.
 */
typedef struct
{
  gint32  start;      /* first Julian day; 0 when undated */
  gint32  end;        /* last Julian day, inclusive */
  guint32 source;     /* position in the event set's list, or the caller's index */
  guint32 label;      /* offset in label_pool, NO_INDEX when none */
  guint32 actors;     /* offset in actor_refs */
  guint8  n_actors;
  guint8  type;
  guint8  modality;
  guint8  precision;
  guint8  n_sources;
  guint8  is_span;
} Item;

/* Events of one lane that share a bucket of 2^level days; 16 bytes. */
typedef struct
{
  gint32  start;      /* start of the first item */
  gint32  last;       /* start of the last item */
  guint32 first;      /* offset in the lane's item array */
  guint32 count;
} Bucket;

typedef struct
{
  char     *name;
  guint32   key;        /* actor index, event type, 0, or OTHER_LANE_KEY */
  GArray   *items;      /* guint32 item indices, sorted by (start, index) */
  gint32    max_len;    /* longest item in days, to find spans that started earlier */
  double    y;
  double    height;
  guint     rows;
  gboolean  collapsed;
} Lane;

typedef struct
{
  GArray **lane_buckets;  /* one GArray of Bucket per lane */
  guint    n_lanes;
} Level;

struct _MasarTimelineModel
{
  GObject                parent_instance;

  /* Owned references */
  MasarEventSet         *event_set;
  GListModel            *event_list;
  GListModel            *visible_events;   /* weak */

  /* Data */
  GArray                *items;            /* Item */
  GString               *label_pool;
  GArray                *actor_refs;       /* guint16 actor indices */
  GPtrArray             *actor_ids;        /* char * */
  GPtrArray             *actor_names;      /* char *, display names */
  GHashTable            *actor_index;      /* id → index + 1 */
  GString               *search_pool;      /* folded label + actor names, built lazily */
  GArray                *search_offsets;   /* guint32 per item */

  /* Filters */
  guint                  type_mask;
  guint                  modality_mask;
  char                  *actor_filter;
  char                  *search_text;
  char                  *search_folded;

  /* Derived, rebuilt lazily */
  GArray                *order;            /* guint32 filtered dated items, sorted */
  GArray                *undated;          /* guint32 filtered undated items */
  GArray                *lanes;            /* Lane */
  guint16               *actor_lane;       /* actor index → lane, G_MAXUINT16 none */
  Level                 *levels[MAX_LEVELS];
  GHashTable            *collapsed_keys;   /* lane keys collapsed by the user */
  gint32                 first_day;
  gint32                 last_day;
  guint                  type_counts[MASAR_N_EVENT_TYPES];

  /* View */
  MasarTimelineLaneMode  lane_mode;
  guint                  max_lanes;
  double                 width;
  double                 height;
  double                 zoom;             /* pixels per day */
  double                 begin;            /* Julian day at the start edge */
  double                 brush_begin;
  double                 brush_end;
  guint                  selected;

  char                  *locale;
  UDateFormat           *formats[2][4];    /* [hijri][precision] */

  guint                  filter_dirty : 1;
  guint                  geometry_dirty : 1;
  guint                  rtl : 1;
  guint                  has_view : 1;
};

enum {
  PROP_0,
  PROP_EVENTS,
  PROP_N_ITEMS,
  PROP_N_FILTERED,
  PROP_ZOOM,
  PROP_VISIBLE_BEGIN,
  PROP_VISIBLE_END,
  PROP_BRUSH_BEGIN,
  PROP_BRUSH_END,
  PROP_SELECTED,
  PROP_LANE_MODE,
  PROP_RTL,
  PROP_TYPE_MASK,
  PROP_MODALITY_MASK,
  PROP_ACTOR_FILTER,
  PROP_SEARCH_TEXT,
  PROP_LOCALE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (MasarTimelineModel, masar_timeline_model, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void visible_events_invalidate (GListModel *list);

/* Helpers */

static inline Item *
get_item (MasarTimelineModel *self,
          guint               i)
{
  return &g_array_index (self->items, Item, i);
}

static inline gint64
floor_div (gint64 a,
           gint64 b)
{
  gint64 q = a / b;

  if ((a % b != 0) && ((a < 0) != (b < 0)))
    q--;
  return q;
}

static void
level_free (Level *level)
{
  guint i;

  if (level == NULL)
    return;
  for (i = 0; i < level->n_lanes; i++)
    g_array_unref (level->lane_buckets[i]);
  g_free (level->lane_buckets);
  g_free (level);
}

static void
clear_levels (MasarTimelineModel *self)
{
  guint i;

  for (i = 0; i < MAX_LEVELS; i++)
    g_clear_pointer (&self->levels[i], level_free);
}

static void
lane_clear (gpointer data)
{
  Lane *lane = data;

  g_free (lane->name);
  g_clear_pointer (&lane->items, g_array_unref);
}

static void
clear_formats (MasarTimelineModel *self)
{
  guint i, j;

  for (i = 0; i < 2; i++)
    for (j = 0; j < 4; j++)
      g_clear_pointer (&self->formats[i][j], udat_close);
}

static void
emit_changed (MasarTimelineModel *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
  if (self->visible_events != NULL)
    visible_events_invalidate (self->visible_events);
}

static void
invalidate_filter (MasarTimelineModel *self)
{
  self->filter_dirty = TRUE;
  self->geometry_dirty = TRUE;
  clear_levels (self);
  emit_changed (self);
}

static void
invalidate_geometry (MasarTimelineModel *self)
{
  self->geometry_dirty = TRUE;
  emit_changed (self);
}

static guint16
intern_actor (MasarTimelineModel *self,
              const char         *actor_id)
{
  gpointer value;
  guint16 index;

  value = g_hash_table_lookup (self->actor_index, actor_id);
  if (value != NULL)
    return GPOINTER_TO_UINT (value) - 1;

  if (self->actor_ids->len >= G_MAXUINT16 - 1)
    return G_MAXUINT16 - 1;

  index = self->actor_ids->len;
  g_ptr_array_add (self->actor_ids, g_strdup (actor_id));
  g_ptr_array_add (self->actor_names, NULL);
  g_hash_table_insert (self->actor_index, g_ptr_array_index (self->actor_ids, index),
                       GUINT_TO_POINTER ((guint) index + 1));
  return index;
}

static const char *
actor_display_name (MasarTimelineModel *self,
                    guint               actor)
{
  const char *name = g_ptr_array_index (self->actor_names, actor);

  return name != NULL ? name : g_ptr_array_index (self->actor_ids, actor);
}

static gboolean
item_has_actor (MasarTimelineModel *self,
                const Item         *item,
                guint               actor)
{
  guint i;

  for (i = 0; i < item->n_actors; i++)
    if (g_array_index (self->actor_refs, guint16, item->actors + i) == actor)
      return TRUE;
  return FALSE;
}

/*
 * Search compares folded text with the long vowel alef removed as well, so that common
 * spelling variants of transliterated names meet ("ترمب" and "ترامب"). Anything the plain
 * folded query finds is still found.
 */
static char *
search_key (const char *text)
{
  g_autofree char *folded = masar_fold_string (text);
  GString *out = g_string_sized_new (strlen (text));
  const char *p;

  for (p = folded != NULL ? folded : text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0x0627)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
ensure_search_pool (MasarTimelineModel *self)
{
  guint i, j;

  if (self->search_pool != NULL && self->search_offsets->len == self->items->len)
    return;

  if (self->search_pool == NULL)
    {
      self->search_pool = g_string_new (NULL);
      self->search_offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
    }

  for (i = self->search_offsets->len; i < self->items->len; i++)
    {
      const Item *item = get_item (self, i);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *key = NULL;
      guint32 offset = self->search_pool->len;

      if (item->label != NO_INDEX)
        g_string_append (text, self->label_pool->str + item->label);
      for (j = 0; j < item->n_actors; j++)
        {
          guint16 actor = g_array_index (self->actor_refs, guint16, item->actors + j);

          g_string_append_c (text, '\n');
          g_string_append (text, actor_display_name (self, actor));
          g_string_append_c (text, '\n');
          g_string_append (text, g_ptr_array_index (self->actor_ids, actor));
        }

      key = search_key (text->str);
      g_string_append (self->search_pool, key);
      g_string_append_c (self->search_pool, '\0');
      g_array_append_val (self->search_offsets, offset);
    }
}

static gboolean
item_passes (MasarTimelineModel *self,
             guint               index,
             guint               actor_filter)
{
  const Item *item = get_item (self, index);

  if ((self->type_mask & (1u << item->type)) == 0)
    return FALSE;
  if ((self->modality_mask & (1u << item->modality)) == 0)
    return FALSE;
  if (actor_filter != G_MAXUINT && !item_has_actor (self, item, actor_filter))
    return FALSE;
  if (self->search_folded != NULL && self->search_folded[0] != '\0')
    {
      const char *text = self->search_pool->str
                         + g_array_index (self->search_offsets, guint32, index);

      if (strstr (text, self->search_folded) == NULL)
        return FALSE;
    }
  return TRUE;
}

static MasarTimelineModel *sort_model;

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  guint32 ia = *(const guint32 *) a;
  guint32 ib = *(const guint32 *) b;
  const Item *xa = get_item (sort_model, ia);
  const Item *xb = get_item (sort_model, ib);

  if (xa->start != xb->start)
    return xa->start < xb->start ? -1 : 1;
  return ia < ib ? -1 : (ia > ib ? 1 : 0);
}

static int
compare_lane_counts (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const guint *counts = user_data;
  guint ca = counts[*(const guint *) a];
  guint cb = counts[*(const guint *) b];

  if (ca != cb)
    return ca > cb ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

static void
add_lane (MasarTimelineModel *self,
          const char         *name,
          guint32             key)
{
  Lane lane = { 0, };

  lane.name = g_strdup (name);
  lane.key = key;
  lane.items = g_array_new (FALSE, FALSE, sizeof (guint32));
  lane.collapsed = g_hash_table_contains (self->collapsed_keys, GUINT_TO_POINTER (key + 1));
  g_array_append_val (self->lanes, lane);
}

static void
lane_push (Lane       *lane,
           const Item *item,
           guint32     index)
{
  gint32 len = item->end - item->start;

  g_array_append_val (lane->items, index);
  if (len > lane->max_len)
    lane->max_len = len;
}

static void
build_lanes (MasarTimelineModel *self)
{
  guint i, j;

  g_array_set_size (self->lanes, 0);
  g_clear_pointer (&self->actor_lane, g_free);

  if (self->lane_mode == MASAR_TIMELINE_LANES_NONE)
    {
      add_lane (self, _("Events"), 0);
      for (i = 0; i < self->order->len; i++)
        {
          guint32 index = g_array_index (self->order, guint32, i);

          lane_push (&g_array_index (self->lanes, Lane, 0), get_item (self, index), index);
        }
    }
  else if (self->lane_mode == MASAR_TIMELINE_LANES_TYPE)
    {
      guint lane_of_type[MASAR_N_EVENT_TYPES];
      guint counts[MASAR_N_EVENT_TYPES] = { 0, };

      for (i = 0; i < self->order->len; i++)
        counts[get_item (self, g_array_index (self->order, guint32, i))->type]++;

      for (i = 0; i < MASAR_N_EVENT_TYPES; i++)
        {
          lane_of_type[i] = G_MAXUINT;
          if (counts[i] == 0)
            continue;
          lane_of_type[i] = self->lanes->len;
          add_lane (self, masar_event_type_get_label (i), i);
        }

      for (i = 0; i < self->order->len; i++)
        {
          guint32 index = g_array_index (self->order, guint32, i);
          const Item *item = get_item (self, index);

          lane_push (&g_array_index (self->lanes, Lane, lane_of_type[item->type]), item, index);
        }
    }
  else
    {
      guint n_actors = self->actor_ids->len;
      g_autofree guint *counts = g_new0 (guint, n_actors + 1);
      g_autofree guint *sorted = g_new (guint, n_actors);
      guint n_actor_lanes;
      guint other_lane = G_MAXUINT;
      gboolean needs_other = FALSE;

      for (i = 0; i < self->order->len; i++)
        {
          const Item *item = get_item (self, g_array_index (self->order, guint32, i));

          for (j = 0; j < item->n_actors; j++)
            counts[g_array_index (self->actor_refs, guint16, item->actors + j)]++;
        }

      for (i = 0; i < n_actors; i++)
        sorted[i] = i;
      g_qsort_with_data (sorted, n_actors, sizeof (guint), compare_lane_counts, counts);

      n_actor_lanes = 0;
      while (n_actor_lanes < n_actors && counts[sorted[n_actor_lanes]] > 0)
        n_actor_lanes++;
      if (n_actor_lanes > self->max_lanes)
        n_actor_lanes = self->max_lanes > 1 ? self->max_lanes - 1 : 1;

      self->actor_lane = g_new (guint16, MAX (n_actors, 1));
      for (i = 0; i < n_actors; i++)
        self->actor_lane[i] = G_MAXUINT16;
      for (i = 0; i < n_actor_lanes; i++)
        {
          self->actor_lane[sorted[i]] = i;
          add_lane (self, actor_display_name (self, sorted[i]), sorted[i]);
        }

      for (i = 0; i < self->order->len && !needs_other; i++)
        {
          const Item *item = get_item (self, g_array_index (self->order, guint32, i));
          gboolean placed = FALSE;

          for (j = 0; j < item->n_actors && !placed; j++)
            placed = self->actor_lane[g_array_index (self->actor_refs, guint16, item->actors + j)] != G_MAXUINT16;
          needs_other = !placed;
        }
      if (needs_other)
        {
          other_lane = self->lanes->len;
          add_lane (self, _("Other actors"), OTHER_LANE_KEY);
        }

      for (i = 0; i < self->order->len; i++)
        {
          guint32 index = g_array_index (self->order, guint32, i);
          const Item *item = get_item (self, index);
          gboolean placed = FALSE;

          for (j = 0; j < item->n_actors; j++)
            {
              guint16 lane = self->actor_lane[g_array_index (self->actor_refs, guint16, item->actors + j)];
              Lane *l;

              if (lane == G_MAXUINT16)
                continue;
              l = &g_array_index (self->lanes, Lane, lane);
              /* An actor named twice in one event must not put it twice in the lane. */
              if (l->items->len > 0 &&
                  g_array_index (l->items, guint32, l->items->len - 1) == index)
                continue;
              lane_push (l, item, index);
              placed = TRUE;
            }
          if (!placed)
            lane_push (&g_array_index (self->lanes, Lane, other_lane), item, index);
        }
    }
}

static void
ensure_filtered (MasarTimelineModel *self)
{
  guint actor_filter = G_MAXUINT;
  guint i;

  if (!self->filter_dirty)
    return;

  if (self->actor_filter != NULL)
    {
      gpointer value = g_hash_table_lookup (self->actor_index, self->actor_filter);

      /* An unknown actor matches nothing. */
      actor_filter = value != NULL ? GPOINTER_TO_UINT (value) - 1 : G_MAXUINT - 1;
    }
  if (self->search_folded != NULL && self->search_folded[0] != '\0')
    ensure_search_pool (self);

  g_array_set_size (self->order, 0);
  g_array_set_size (self->undated, 0);
  self->first_day = G_MAXINT32;
  self->last_day = G_MININT32;
  memset (self->type_counts, 0, sizeof self->type_counts);

  for (i = 0; i < self->items->len; i++)
    {
      const Item *item = get_item (self, i);
      guint32 index = i;

      if (!item_passes (self, i, actor_filter))
        continue;
      self->type_counts[item->type]++;
      if (item->start == 0)
        {
          g_array_append_val (self->undated, index);
          continue;
        }
      g_array_append_val (self->order, index);
      self->first_day = MIN (self->first_day, item->start);
      self->last_day = MAX (self->last_day, item->end);
    }

  sort_model = self;
  if (self->order->len > 1)
    qsort (self->order->data, self->order->len, sizeof (guint32), compare_items);
  sort_model = NULL;

  build_lanes (self);
  clear_levels (self);

  if (self->selected != G_MAXUINT &&
      (self->selected >= self->items->len || !item_passes (self, self->selected, actor_filter)))
    {
      self->selected = G_MAXUINT;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
    }

  self->filter_dirty = FALSE;
  self->geometry_dirty = TRUE;
}

static void
ensure_geometry (MasarTimelineModel *self)
{
  double available;
  double y;
  guint n_open = 0;
  guint rows;
  guint i;

  ensure_filtered (self);
  if (!self->geometry_dirty)
    return;

  available = self->height - AXIS_HEIGHT - (self->undated->len > 0 ? UNDATED_HEIGHT : 0);
  for (i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = &g_array_index (self->lanes, Lane, i);

      if (lane->collapsed)
        available -= COLLAPSED_HEIGHT;
      else
        n_open++;
    }

  rows = MIN_ROWS;
  if (n_open > 0)
    rows = (guint) CLAMP ((available / n_open - LANE_HEADER) / ROW_HEIGHT, MIN_ROWS, MAX_ROWS);

  y = AXIS_HEIGHT;
  for (i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = &g_array_index (self->lanes, Lane, i);

      lane->y = y;
      lane->rows = lane->collapsed ? 1 : rows;
      lane->height = lane->collapsed ? COLLAPSED_HEIGHT : LANE_HEADER + rows * ROW_HEIGHT;
      y += lane->height;
    }

  self->geometry_dirty = FALSE;
}

/* The bucket width of @level is 2^level days; level 0 groups events of the same day. */
static Level *
ensure_level (MasarTimelineModel *self,
              guint               k)
{
  Level *level;
  guint l;

  ensure_filtered (self);
  g_assert (k < MAX_LEVELS);

  if (self->levels[k] != NULL)
    return self->levels[k];

  level = g_new0 (Level, 1);
  level->n_lanes = self->lanes->len;
  level->lane_buckets = g_new0 (GArray *, level->n_lanes);

  if (k == 0)
    {
      for (l = 0; l < level->n_lanes; l++)
        {
          const Lane *lane = &g_array_index (self->lanes, Lane, l);
          GArray *buckets = g_array_new (FALSE, FALSE, sizeof (Bucket));
          Bucket *current = NULL;
          guint i;

          for (i = 0; i < lane->items->len; i++)
            {
              const Item *item = get_item (self, g_array_index (lane->items, guint32, i));

              if (current != NULL && current->start == item->start)
                {
                  current->count++;
                  continue;
                }
              g_array_set_size (buckets, buckets->len + 1);
              current = &g_array_index (buckets, Bucket, buckets->len - 1);
              current->start = item->start;
              current->last = item->start;
              current->first = i;
              current->count = 1;
            }
          level->lane_buckets[l] = buckets;
        }
    }
  else
    {
      Level *below = ensure_level (self, k - 1);
      gint64 width = (gint64) 1 << k;

      for (l = 0; l < level->n_lanes; l++)
        {
          GArray *lower = below->lane_buckets[l];
          GArray *buckets = g_array_sized_new (FALSE, FALSE, sizeof (Bucket), lower->len / 2 + 1);
          Bucket *current = NULL;
          gint64 current_key = 0;
          guint i;

          for (i = 0; i < lower->len; i++)
            {
              const Bucket *b = &g_array_index (lower, Bucket, i);
              gint64 key = floor_div (b->start, width);

              if (current != NULL && key == current_key)
                {
                  current->count += b->count;
                  current->last = b->last;
                  continue;
                }
              g_array_append_val (buckets, *b);
              current = &g_array_index (buckets, Bucket, buckets->len - 1);
              current_key = key;
            }
          level->lane_buckets[l] = buckets;
        }
    }

  self->levels[k] = level;
  return level;
}

/*
 * Buckets are at least this wide on screen: twice the largest cluster's radius (see
 * masar_timeline_mark_get_radius()) and a gap, so that a disc kept inside its bucket never
 * touches the next bucket's.
 */
#define LOD_CELL 28.0

static guint
lod_level_for_zoom (double zoom)
{
  double ratio = LOD_CELL / zoom;
  int k;

  if (ratio <= 1.0)
    return 0;
  k = (int) ceil (log2 (ratio));
  return CLAMP (k, 0, MAX_LEVELS - 1);
}

/* First bucket whose start is >= @day. */
static guint
bucket_lower_bound (GArray *buckets,
                    double  day)
{
  guint lo = 0;
  guint hi = buckets->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (buckets, Bucket, mid).start < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static double
row_y (const Lane *lane,
       guint       row)
{
  if (lane->collapsed)
    return lane->y + COLLAPSED_HEIGHT / 2.0;
  return lane->y + LANE_HEADER + (row + 0.5) * ROW_HEIGHT;
}

static void
fill_item_mark (MasarTimelineModel *self,
                MasarTimelineMark  *mark,
                guint32             index)
{
  const Item *item = get_item (self, index);
  double a, b;

  if (item->is_span || item->precision != MASAR_DATE_PRECISION_DAY)
    {
      a = masar_timeline_model_time_to_x (self, item->start);
      b = masar_timeline_model_time_to_x (self, item->end + 1.0);
    }
  else
    {
      a = b = masar_timeline_model_time_to_x (self, item->start + 0.5);
    }

  mark->x0 = MIN (a, b);
  mark->x1 = MAX (a, b);
  mark->item = index;
  mark->count = 1;
  mark->type = item->type;
  mark->modality = item->modality;
  mark->precision = item->precision;
  mark->n_sources = item->n_sources;
  mark->is_span = item->is_span;
  mark->undated = FALSE;
}

/*
 * Keeps a disc (a cluster, or an event on one day) inside the screen extent of its bucket,
 * [key × 2^k, (key + 1) × 2^k) days, so that discs of neighbouring buckets do not overlap.
 * A cluster's extent band is kept inside too. Bars are left alone.
 */
static void
confine_to_bucket (MasarTimelineModel *self,
                   MasarTimelineMark  *mark,
                   gint32              start,
                   guint               k)
{
  gint64 width = (gint64) 1 << k;
  double day0 = (double) (floor_div (start, width) * width);
  double a = masar_timeline_model_time_to_x (self, day0);
  double b = masar_timeline_model_time_to_x (self, day0 + (double) width);
  double r = masar_timeline_mark_get_radius (mark);
  double lo = MIN (a, b) + r + 1.0;
  double hi = MAX (a, b) - r - 1.0;

  if (mark->count <= 1 && mark->x1 - mark->x0 > 1.0)
    return;
  if (lo > hi)
    lo = hi = (a + b) / 2.0;
  mark->x0 = CLAMP (mark->x0, lo, hi);
  mark->x1 = CLAMP (mark->x1, lo, hi);
}

/*
 * Walks the marks of one lane between two days. When a level-0 bucket (one day) is wide
 * enough on screen, its events are stacked in rows instead of clustered; the last row
 * carries a cluster of whatever does not fit.
 */
static gboolean
foreach_lane_mark (MasarTimelineModel    *self,
                   guint                  l,
                   double                 day_begin,
                   double                 day_end,
                   MasarTimelineMarkFunc  func,
                   gpointer               user_data)
{
  guint k = lod_level_for_zoom (self->zoom);
  Level *level = ensure_level (self, k);
  const Lane *lane = &g_array_index (self->lanes, Lane, l);
  GArray *buckets = level->lane_buckets[l];
  gboolean stack = k == 0 && !lane->collapsed && lane->rows > 1 &&
                   self->zoom >= 2 * MASAR_TIMELINE_MARK_SPACING;
  guint i;

  for (i = bucket_lower_bound (buckets, day_begin - lane->max_len - (1 << k));
       i < buckets->len; i++)
    {
      const Bucket *b = &g_array_index (buckets, Bucket, i);
      MasarTimelineMark mark = { 0, };
      guint32 first_item = g_array_index (lane->items, guint32, b->first);

      if (b->start > day_end)
        break;

      mark.lane = l;
      if (b->count == 1)
        {
          fill_item_mark (self, &mark, first_item);
          if (get_item (self, first_item)->end + 1 < day_begin)
            continue;
          mark.row = 0;
          mark.y = row_y (lane, 0);
          confine_to_bucket (self, &mark, b->start, k);
          if (!func (&mark, user_data))
            return FALSE;
        }
      else if (stack)
        {
          guint n = MIN (b->count, lane->rows);
          guint r;

          for (r = 0; r < n; r++)
            {
              guint32 index = g_array_index (lane->items, guint32, b->first + r);

              fill_item_mark (self, &mark, index);
              mark.row = r;
              mark.y = row_y (lane, r);
              if (r == n - 1 && b->count > n)
                {
                  mark.count = b->count - r;
                  mark.x0 = mark.x1 = masar_timeline_model_time_to_x (self, b->start + 0.5);
                }
              if (!func (&mark, user_data))
                return FALSE;
            }
        }
      else
        {
          double a = masar_timeline_model_time_to_x (self, b->start + 0.5);
          double c = masar_timeline_model_time_to_x (self, b->last + 0.5);

          fill_item_mark (self, &mark, first_item);
          mark.x0 = MIN (a, c);
          mark.x1 = MAX (a, c);
          mark.count = b->count;
          mark.row = 0;
          mark.y = row_y (lane, 0);
          mark.is_span = FALSE;
          confine_to_bucket (self, &mark, b->start, k);
          if (!func (&mark, user_data))
            return FALSE;
        }
    }

  return TRUE;
}

static guint
undated_capacity (MasarTimelineModel *self)
{
  double usable = self->width - 160.0;

  return usable > 0 ? (guint) (usable / (2 * MASAR_TIMELINE_MARK_SPACING)) : 1;
}

static gboolean
foreach_undated_mark (MasarTimelineModel    *self,
                      MasarTimelineMarkFunc  func,
                      gpointer               user_data)
{
  guint capacity = MAX (undated_capacity (self), 1);
  guint n = MIN (self->undated->len, capacity);
  double y = self->height - UNDATED_HEIGHT / 2.0;
  guint i;

  for (i = 0; i < n; i++)
    {
      MasarTimelineMark mark = { 0, };
      double offset = 150.0 + (i + 0.5) * 2 * MASAR_TIMELINE_MARK_SPACING;

      fill_item_mark (self, &mark, g_array_index (self->undated, guint32, i));
      mark.x0 = mark.x1 = self->rtl ? self->width - offset : offset;
      mark.y = y;
      mark.lane = G_MAXUINT16;
      mark.undated = TRUE;
      mark.is_span = FALSE;
      if (i == n - 1 && self->undated->len > n)
        mark.count = self->undated->len - i;
      if (!func (&mark, user_data))
        return FALSE;
    }
  return TRUE;
}

static void
set_begin_and_zoom (MasarTimelineModel *self,
                    double              begin,
                    double              zoom)
{
  gboolean zoom_changed;
  gboolean begin_changed;

  zoom = CLAMP (zoom, MASAR_TIMELINE_ZOOM_MIN, MASAR_TIMELINE_ZOOM_MAX);
  /* Stay inside years 1 … 9999 so every day can be formatted. */
  begin = CLAMP (begin, 1.0, 3652059.0 - self->width / zoom);

  zoom_changed = zoom != self->zoom;
  begin_changed = begin != self->begin;
  if (!zoom_changed && !begin_changed)
    return;

  self->zoom = zoom;
  self->begin = begin;
  self->has_view = TRUE;

  g_object_freeze_notify (G_OBJECT (self));
  if (zoom_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  if (begin_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_BEGIN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_END]);
  g_object_thaw_notify (G_OBJECT (self));

  if (self->visible_events != NULL)
    visible_events_invalidate (self->visible_events);
}

static guint32
append_label (MasarTimelineModel *self,
              const char         *label)
{
  guint32 offset;

  if (label == NULL || label[0] == '\0')
    return NO_INDEX;
  offset = self->label_pool->len;
  g_string_append (self->label_pool, label);
  g_string_append_c (self->label_pool, '\0');
  return offset;
}

static guint
append_raw (MasarTimelineModel  *self,
            guint32              source,
            gint32               start,
            gint32               end,
            MasarEventType       type,
            MasarModality        modality,
            MasarDatePrecision   precision,
            guint                n_sources,
            const char          *label,
            const char * const  *actor_ids,
            guint                n_actor_ids)
{
  Item item = { 0, };
  guint i;

  if (start <= 0 || precision == MASAR_DATE_PRECISION_NONE)
    {
      start = end = 0;
      precision = MASAR_DATE_PRECISION_NONE;
    }
  else if (end < start)
    {
      end = start;
    }

  item.start = start;
  item.end = end;
  item.source = source;
  item.label = append_label (self, label);
  item.actors = self->actor_refs->len;
  item.type = MIN ((guint) type, MASAR_N_EVENT_TYPES - 1);
  item.modality = MIN ((guint) modality, MASAR_N_MODALITIES - 1);
  item.precision = precision;
  item.n_sources = MIN (n_sources, 255);

  for (i = 0; i < n_actor_ids && item.n_actors < 255; i++)
    {
      guint16 actor;

      if (actor_ids[i] == NULL)
        continue;
      actor = intern_actor (self, actor_ids[i]);
      g_array_append_val (self->actor_refs, actor);
      item.n_actors++;
    }

  g_array_append_val (self->items, item);
  return self->items->len - 1;
}

static void
load_event (MasarTimelineModel *self,
            MasarEvent         *event,
            guint32             position)
{
  MasarDate date = MASAR_DATE_INIT;
  MasarDate date_end = MASAR_DATE_INIT;
  const char *actors[64];
  guint n_actors;
  gint32 start = 0;
  gint32 end = 0;
  MasarDatePrecision precision = MASAR_DATE_PRECISION_NONE;
  gboolean is_span = FALSE;
  guint index;
  guint i;

  masar_event_get_date (event, &date, &date_end);
  if (masar_date_is_set (&date))
    {
      precision = masar_date_get_precision (&date);
      start = masar_date_to_julian (&date);
      end = masar_date_end_julian (&date);
      if (masar_date_is_set (&date_end))
        {
          gint32 e = masar_date_end_julian (&date_end);

          if (e > end)
            {
              end = e;
              is_span = TRUE;
            }
        }
    }

  n_actors = MIN (masar_event_get_n_actors (event), G_N_ELEMENTS (actors));
  for (i = 0; i < n_actors; i++)
    {
      const MasarEventActor *actor = masar_event_get_actor (event, i);
      const MasarActor *info;
      guint16 a;

      actors[i] = actor->actor_id;
      if (self->event_set == NULL || actor->actor_id == NULL)
        continue;
      a = intern_actor (self, actor->actor_id);
      if (g_ptr_array_index (self->actor_names, a) != NULL)
        continue;
      info = masar_event_set_lookup_actor (self->event_set, actor->actor_id);
      if (info != NULL && info->name_ar != NULL)
        g_ptr_array_index (self->actor_names, a) = g_strdup (info->name_ar);
    }

  index = append_raw (self, position, start, end,
                      masar_event_get_event_type (event),
                      masar_event_get_modality (event),
                      precision,
                      masar_event_get_n_sources (event),
                      masar_event_get_label (event),
                      actors, n_actors);
  get_item (self, index)->is_span = is_span;
}

static void
clear_data (MasarTimelineModel *self)
{
  g_array_set_size (self->items, 0);
  g_string_truncate (self->label_pool, 0);
  g_array_set_size (self->actor_refs, 0);
  g_hash_table_remove_all (self->actor_index);
  g_ptr_array_set_size (self->actor_ids, 0);
  g_ptr_array_set_size (self->actor_names, 0);
  if (self->search_pool != NULL)
    {
      g_string_truncate (self->search_pool, 0);
      g_array_set_size (self->search_offsets, 0);
    }
}

static void
reload_events (MasarTimelineModel *self)
{
  guint n;
  guint i;

  clear_data (self);

  if (self->event_list != NULL)
    {
      n = g_list_model_get_n_items (self->event_list);
      g_array_set_size (self->items, 0);
      for (i = 0; i < n; i++)
        {
          g_autoptr(MasarEvent) event = g_list_model_get_item (self->event_list, i);

          load_event (self, event, i);
        }
    }

  invalidate_filter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  if (!self->has_view)
    masar_timeline_model_zoom_to_fit (self);
}

static void
on_event_list_items_changed_cb (MasarTimelineModel *self,
                                guint               position,
                                guint               removed,
                                guint               added,
                                GListModel         *list)
{
  g_assert (MASAR_IS_TIMELINE_MODEL (self));
  g_assert (G_IS_LIST_MODEL (list));

  self->selected = G_MAXUINT;
  reload_events (self);
}

static gboolean
item_intersects (const Item *item,
                 double      begin,
                 double      end)
{
  return item->start <= end && item->end + 1 >= begin;
}

static guint
order_lower_bound (MasarTimelineModel *self,
                   double              day)
{
  guint lo = 0;
  guint hi = self->order->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (get_item (self, g_array_index (self->order, guint32, mid))->start < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Position of @item in self->order, or G_MAXUINT when it is not there. */
static guint
order_find (MasarTimelineModel *self,
            guint32             item)
{
  guint32 key = item;
  guint32 *found;

  sort_model = self;
  found = bsearch (&key, self->order->data, self->order->len, sizeof (guint32), compare_items);
  sort_model = NULL;
  return found != NULL ? (guint) (found - (guint32 *) self->order->data) : G_MAXUINT;
}

static int
format_precision_index (MasarDatePrecision precision)
{
  switch (precision)
    {
    case MASAR_DATE_PRECISION_DAY:
      return 0;
    case MASAR_DATE_PRECISION_MONTH:
      return 1;
    case MASAR_DATE_PRECISION_YEAR:
      return 2;
    case MASAR_DATE_PRECISION_NONE:
    default:
      return 3;
    }
}

static UDateFormat *
ensure_format (MasarTimelineModel *self,
               MasarDatePrecision  precision,
               gboolean            hijri)
{
  static const char *skeletons[] = { "dMMMy", "MMMy", "y", "dMMM" };
  int p = format_precision_index (precision);
  UErrorCode status = U_ZERO_ERROR;
  g_autofree char *locale = NULL;
  UDateTimePatternGenerator *gen;
  UChar skeleton[16];
  UChar pattern[64];
  UChar zone[8];
  int32_t len;

  if (self->formats[hijri][p] != NULL)
    return self->formats[hijri][p];

  locale = g_strdup_printf ("%s%s", self->locale != NULL ? self->locale : uloc_getDefault (),
                            hijri ? "@calendar=islamic-umalqura" : "");
  gen = udatpg_open (locale, &status);
  if (U_FAILURE (status))
    return NULL;
  u_uastrcpy (skeleton, skeletons[p]);
  len = udatpg_getBestPattern (gen, skeleton, -1, pattern, G_N_ELEMENTS (pattern), &status);
  udatpg_close (gen);
  if (U_FAILURE (status))
    return NULL;

  u_uastrcpy (zone, "UTC");
  self->formats[hijri][p] = udat_open (UDAT_PATTERN, UDAT_PATTERN, locale, zone, -1,
                                       pattern, len, &status);
  if (U_FAILURE (status))
    {
      g_warning ("Cannot open a date format for %s: %s", locale, u_errorName (status));
      self->formats[hijri][p] = NULL;
    }
  return self->formats[hijri][p];
}

typedef enum
{
  UNIT_DAY,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_QUARTER,
  UNIT_YEAR,
  UNIT_2YEARS,
  UNIT_5YEARS,
  UNIT_DECADE,
  UNIT_20YEARS,
  UNIT_50YEARS,
  UNIT_CENTURY,
  N_UNITS
} TickUnit;

static const double unit_days[N_UNITS] = { 1, 7, 30.44, 91.3, 365.25, 730.5, 1826, 3652,
                                           7305, 18262, 36525 };
static const int unit_months[N_UNITS] = { 0, 0, 1, 3, 12, 24, 60, 120, 240, 600, 1200 };

static gint32
julian_of (int year,
           int month,
           int day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return g_date_get_julian (&d);
}

static void
tick_clear (gpointer data)
{
  MasarTimelineTick *tick = data;

  g_clear_pointer (&tick->label, g_free);
}

static void
add_ticks (MasarTimelineModel *self,
           GArray             *out,
           TickUnit            unit,
           double              day_begin,
           double              day_end,
           gboolean            major,
           gboolean            hijri)
{
  MasarDatePrecision precision;
  MasarDate date;

  precision = unit <= UNIT_WEEK ? MASAR_DATE_PRECISION_DAY
              : unit <= UNIT_QUARTER ? MASAR_DATE_PRECISION_MONTH
              : MASAR_DATE_PRECISION_YEAR;

  if (unit_months[unit] == 0)
    {
      gint64 step = unit == UNIT_DAY ? 1 : 7;
      gint64 d;

      /* Weeks start on Monday: Julian day 1 (1 January 1) was a Monday. */
      for (d = floor_div ((gint64) floor (day_begin) - 1, step) * step + 1;
           d <= day_end; d += step)
        {
          MasarTimelineTick tick = { (double) d, major, NULL };

          if (d < 1)
            continue;
          if (major)
            tick.label = masar_timeline_model_format_day (self, d, precision, hijri);
          g_array_append_val (out, tick);
        }
      return;
    }

  masar_date_from_julian (MAX ((gint64) floor (day_begin), 1), &date);
  {
    int step = unit_months[unit];
    gint64 m = floor_div ((gint64) date.year * 12 + (date.month - 1), step) * step;

    for (;; m += step)
      {
        int year = (int) floor_div (m, 12);
        int month = (int) (m - (gint64) year * 12) + 1;
        MasarTimelineTick tick = { 0, major, NULL };

        if (year < 1)
          continue;
        if (year > 9999)
          break;
        tick.day = julian_of (year, month, 1);
        if (tick.day > day_end)
          break;
        if (tick.day < day_begin)
          continue;
        if (major)
          tick.label = masar_timeline_model_format_day (self, tick.day, precision, hijri);
        g_array_append_val (out, tick);
      }
  }
}

/* Private list of the visible, filtered events: the accessible equivalent of the drawing. */

#define MASAR_TYPE_TIMELINE_VISIBLE_EVENTS (masar_timeline_visible_events_get_type ())
G_DECLARE_FINAL_TYPE (MasarTimelineVisibleEvents, masar_timeline_visible_events,
                      MASAR, TIMELINE_VISIBLE_EVENTS, GObject)

struct _MasarTimelineVisibleEvents
{
  GObject             parent_instance;
  MasarTimelineModel *model;   /* weak */
  GArray             *items;   /* guint32 */
  guint               idle_id;
  guint               dirty : 1;
};

static void masar_timeline_visible_events_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MasarTimelineVisibleEvents, masar_timeline_visible_events,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      masar_timeline_visible_events_iface_init))

static void
visible_events_refresh (MasarTimelineVisibleEvents *self)
{
  MasarTimelineModel *model = self->model;
  double begin, end;
  guint i;

  if (!self->dirty)
    return;
  self->dirty = FALSE;
  g_array_set_size (self->items, 0);
  if (model == NULL)
    return;

  ensure_geometry (model);
  begin = masar_timeline_model_get_visible_begin (model);
  end = masar_timeline_model_get_visible_end (model);

  for (i = 0; i < model->order->len; i++)
    {
      guint32 index = g_array_index (model->order, guint32, i);
      const Item *item = get_item (model, index);

      if (item->start > end)
        break;
      if (item_intersects (item, begin, end))
        g_array_append_val (self->items, index);
    }
  g_array_append_vals (self->items, model->undated->data, model->undated->len);
}

static gboolean
visible_events_idle_cb (gpointer data)
{
  MasarTimelineVisibleEvents *self = data;
  guint old = self->items->len;

  self->idle_id = 0;
  self->dirty = TRUE;
  visible_events_refresh (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old, self->items->len);
  return G_SOURCE_REMOVE;
}

static void
visible_events_invalidate (GListModel *list)
{
  MasarTimelineVisibleEvents *self = (MasarTimelineVisibleEvents *) list;

  if (self->idle_id == 0)
    self->idle_id = g_idle_add (visible_events_idle_cb, self);
}

static GType
masar_timeline_visible_events_get_item_type (GListModel *list)
{
  return MASAR_TYPE_EVENT;
}

static guint
masar_timeline_visible_events_get_n_items (GListModel *list)
{
  MasarTimelineVisibleEvents *self = (MasarTimelineVisibleEvents *) list;

  visible_events_refresh (self);
  return self->items->len;
}

static gpointer
masar_timeline_visible_events_get_item (GListModel *list,
                                        guint       position)
{
  MasarTimelineVisibleEvents *self = (MasarTimelineVisibleEvents *) list;

  visible_events_refresh (self);
  if (position >= self->items->len || self->model == NULL)
    return NULL;
  return masar_timeline_model_get_item_event (self->model,
                                              g_array_index (self->items, guint32, position));
}

static void
masar_timeline_visible_events_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = masar_timeline_visible_events_get_item_type;
  iface->get_n_items = masar_timeline_visible_events_get_n_items;
  iface->get_item = masar_timeline_visible_events_get_item;
}

static void
masar_timeline_visible_events_finalize (GObject *object)
{
  MasarTimelineVisibleEvents *self = (MasarTimelineVisibleEvents *) object;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->model != NULL)
    {
      self->model->visible_events = NULL;
      g_object_remove_weak_pointer (G_OBJECT (self->model), (gpointer *) &self->model);
    }
  g_array_unref (self->items);

  G_OBJECT_CLASS (masar_timeline_visible_events_parent_class)->finalize (object);
}

static void
masar_timeline_visible_events_class_init (MasarTimelineVisibleEventsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = masar_timeline_visible_events_finalize;
}

static void
masar_timeline_visible_events_init (MasarTimelineVisibleEvents *self)
{
  self->items = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->dirty = TRUE;
}

/* GObject */

static void
masar_timeline_model_dispose (GObject *object)
{
  MasarTimelineModel *self = (MasarTimelineModel *) object;

  if (self->visible_events != NULL)
    {
      MasarTimelineVisibleEvents *list = (MasarTimelineVisibleEvents *) self->visible_events;

      g_clear_handle_id (&list->idle_id, g_source_remove);
      g_object_remove_weak_pointer (G_OBJECT (self), (gpointer *) &list->model);
      list->model = NULL;
      self->visible_events = NULL;
    }
  if (self->event_list != NULL)
    g_signal_handlers_disconnect_by_func (self->event_list, on_event_list_items_changed_cb, self);
  g_clear_object (&self->event_list);
  g_clear_object (&self->event_set);

  G_OBJECT_CLASS (masar_timeline_model_parent_class)->dispose (object);
}

static void
masar_timeline_model_finalize (GObject *object)
{
  MasarTimelineModel *self = (MasarTimelineModel *) object;

  clear_levels (self);
  clear_formats (self);
  g_clear_pointer (&self->items, g_array_unref);
  g_string_free (self->label_pool, TRUE);
  g_clear_pointer (&self->actor_refs, g_array_unref);
  g_clear_pointer (&self->actor_index, g_hash_table_unref);
  g_clear_pointer (&self->actor_ids, g_ptr_array_unref);
  g_clear_pointer (&self->actor_names, g_ptr_array_unref);
  if (self->search_pool != NULL)
    g_string_free (self->search_pool, TRUE);
  g_clear_pointer (&self->search_offsets, g_array_unref);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->undated, g_array_unref);
  g_clear_pointer (&self->lanes, g_array_unref);
  g_clear_pointer (&self->actor_lane, g_free);
  g_clear_pointer (&self->collapsed_keys, g_hash_table_unref);
  g_clear_pointer (&self->actor_filter, g_free);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->search_folded, g_free);
  g_clear_pointer (&self->locale, g_free);

  G_OBJECT_CLASS (masar_timeline_model_parent_class)->finalize (object);
}

static void
masar_timeline_model_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MasarTimelineModel *self = MASAR_TIMELINE_MODEL (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      g_value_set_object (value, self->event_set);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    case PROP_N_FILTERED:
      g_value_set_uint (value, masar_timeline_model_get_n_filtered (self));
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_VISIBLE_BEGIN:
      g_value_set_double (value, masar_timeline_model_get_visible_begin (self));
      break;
    case PROP_VISIBLE_END:
      g_value_set_double (value, masar_timeline_model_get_visible_end (self));
      break;
    case PROP_BRUSH_BEGIN:
      g_value_set_double (value, self->brush_begin);
      break;
    case PROP_BRUSH_END:
      g_value_set_double (value, self->brush_end);
      break;
    case PROP_SELECTED:
      g_value_set_uint (value, self->selected);
      break;
    case PROP_LANE_MODE:
      g_value_set_int (value, self->lane_mode);
      break;
    case PROP_RTL:
      g_value_set_boolean (value, self->rtl);
      break;
    case PROP_TYPE_MASK:
      g_value_set_uint (value, self->type_mask);
      break;
    case PROP_MODALITY_MASK:
      g_value_set_uint (value, self->modality_mask);
      break;
    case PROP_ACTOR_FILTER:
      g_value_set_string (value, self->actor_filter);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_LOCALE:
      g_value_set_string (value, self->locale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_timeline_model_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MasarTimelineModel *self = MASAR_TIMELINE_MODEL (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      masar_timeline_model_set_events (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      masar_timeline_model_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_VISIBLE_BEGIN:
      masar_timeline_model_set_visible_range (self, g_value_get_double (value),
                                              g_value_get_double (value)
                                              + self->width / self->zoom);
      break;
    case PROP_VISIBLE_END:
      masar_timeline_model_set_visible_range (self, self->begin, g_value_get_double (value));
      break;
    case PROP_BRUSH_BEGIN:
      masar_timeline_model_set_brush (self, g_value_get_double (value), self->brush_end);
      break;
    case PROP_BRUSH_END:
      masar_timeline_model_set_brush (self, self->brush_begin, g_value_get_double (value));
      break;
    case PROP_SELECTED:
      masar_timeline_model_set_selected (self, g_value_get_uint (value));
      break;
    case PROP_LANE_MODE:
      masar_timeline_model_set_lane_mode (self, g_value_get_int (value));
      break;
    case PROP_RTL:
      masar_timeline_model_set_rtl (self, g_value_get_boolean (value));
      break;
    case PROP_TYPE_MASK:
      masar_timeline_model_set_type_mask (self, g_value_get_uint (value));
      break;
    case PROP_MODALITY_MASK:
      masar_timeline_model_set_modality_mask (self, g_value_get_uint (value));
      break;
    case PROP_ACTOR_FILTER:
      masar_timeline_model_set_actor_filter (self, g_value_get_string (value));
      break;
    case PROP_SEARCH_TEXT:
      masar_timeline_model_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_LOCALE:
      masar_timeline_model_set_locale (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_timeline_model_class_init (MasarTimelineModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = masar_timeline_model_dispose;
  object_class->finalize = masar_timeline_model_finalize;
  object_class->get_property = masar_timeline_model_get_property;
  object_class->set_property = masar_timeline_model_set_property;

  /**
   * MasarTimelineModel:events:
   *
   * The event set shown, or %NULL when items are appended directly.
   */
  properties[PROP_EVENTS] =
    g_param_spec_object ("events", NULL, NULL, MASAR_TYPE_EVENT_SET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:n-items:
   *
   * Number of items, dated or not, before filtering.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:n-filtered:
   *
   * Number of items that pass the filters.
   */
  properties[PROP_N_FILTERED] =
    g_param_spec_uint ("n-filtered", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:zoom:
   *
   * Pixels per day.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         MASAR_TIMELINE_ZOOM_MIN, MASAR_TIMELINE_ZOOM_MAX, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:visible-begin:
   *
   * Julian day (GDate numbering, fractional) at the start edge of the view.
   */
  properties[PROP_VISIBLE_BEGIN] =
    g_param_spec_double ("visible-begin", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:visible-end:
   *
   * Julian day at the end edge of the view.
   */
  properties[PROP_VISIBLE_END] =
    g_param_spec_double ("visible-end", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:brush-begin:
   *
   * First Julian day of the brushed range, 0 when nothing is brushed.
   */
  properties[PROP_BRUSH_BEGIN] =
    g_param_spec_double ("brush-begin", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:brush-end:
   *
   * End Julian day of the brushed range, 0 when nothing is brushed.
   */
  properties[PROP_BRUSH_END] =
    g_param_spec_double ("brush-end", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:selected:
   *
   * The selected item, or %G_MAXUINT.
   */
  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, G_MAXUINT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:lane-mode:
   *
   * A #MasarTimelineLaneMode.
   */
  properties[PROP_LANE_MODE] =
    g_param_spec_int ("lane-mode", NULL, NULL,
                      MASAR_TIMELINE_LANES_NONE, MASAR_TIMELINE_LANES_ACTOR,
                      MASAR_TIMELINE_LANES_ACTOR,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:rtl:
   *
   * Whether time runs from right to left.
   */
  properties[PROP_RTL] =
    g_param_spec_boolean ("rtl", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:type-mask:
   *
   * Bit `1 << type` set for every #MasarEventType shown.
   */
  properties[PROP_TYPE_MASK] =
    g_param_spec_uint ("type-mask", NULL, NULL, 0, G_MAXUINT, (1u << MASAR_N_EVENT_TYPES) - 1,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:modality-mask:
   *
   * Bit `1 << modality` set for every #MasarModality shown.
   */
  properties[PROP_MODALITY_MASK] =
    g_param_spec_uint ("modality-mask", NULL, NULL, 0, G_MAXUINT, (1u << MASAR_N_MODALITIES) - 1,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:actor-filter:
   *
   * When set, only events involving this actor id are shown.
   */
  properties[PROP_ACTOR_FILTER] =
    g_param_spec_string ("actor-filter", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:search-text:
   *
   * Text searched, Arabic-folded, in labels and actor names.
   */
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimelineModel:locale:
   *
   * ICU locale of the axis labels; %NULL for the default locale.
   */
  properties[PROP_LOCALE] =
    g_param_spec_string ("locale", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MasarTimelineModel::changed:
   * @self: a #MasarTimelineModel
   *
   * The items, filters, lanes or lane geometry changed: drop any cached drawing.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
masar_timeline_model_init (MasarTimelineModel *self)
{
  self->items = g_array_new (FALSE, FALSE, sizeof (Item));
  self->label_pool = g_string_new (NULL);
  self->actor_refs = g_array_new (FALSE, FALSE, sizeof (guint16));
  self->actor_ids = g_ptr_array_new_with_free_func (g_free);
  self->actor_names = g_ptr_array_new_with_free_func (g_free);
  self->actor_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->order = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->undated = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->lanes = g_array_new (FALSE, TRUE, sizeof (Lane));
  g_array_set_clear_func (self->lanes, lane_clear);
  self->collapsed_keys = g_hash_table_new (NULL, NULL);

  self->type_mask = (1u << MASAR_N_EVENT_TYPES) - 1;
  self->modality_mask = (1u << MASAR_N_MODALITIES) - 1;
  self->lane_mode = MASAR_TIMELINE_LANES_ACTOR;
  self->max_lanes = 12;
  self->width = DEFAULT_WIDTH;
  self->height = DEFAULT_HEIGHT;
  self->zoom = 1.0;
  self->begin = julian_of (2022, 1, 1);
  self->selected = G_MAXUINT;
  self->filter_dirty = TRUE;
  self->geometry_dirty = TRUE;
}

/* Public API */

/**
 * masar_timeline_model_new:
 *
 * Returns: (transfer full): an empty timeline model, lanes by actor
 */
MasarTimelineModel *
masar_timeline_model_new (void)
{
  return g_object_new (MASAR_TYPE_TIMELINE_MODEL, NULL);
}

/**
 * masar_timeline_model_set_events:
 * @self: a #MasarTimelineModel
 * @events: (nullable): the event set to show
 *
 * Replaces the items with the events of @events and follows its changes. The first time
 * data arrives, the view zooms to fit it.
 */
void
masar_timeline_model_set_events (MasarTimelineModel *self,
                                 MasarEventSet      *events)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));
  g_return_if_fail (events == NULL || MASAR_IS_EVENT_SET (events));

  if (events == self->event_set)
    return;

  if (self->event_list != NULL)
    g_signal_handlers_disconnect_by_func (self->event_list, on_event_list_items_changed_cb, self);
  g_clear_object (&self->event_list);
  g_set_object (&self->event_set, events);
  self->selected = G_MAXUINT;
  self->has_view = FALSE;

  if (events != NULL)
    {
      self->event_list = g_object_ref (masar_event_set_get_events (events));
      g_signal_connect_object (self->event_list, "items-changed",
                               G_CALLBACK (on_event_list_items_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  reload_events (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENTS]);
}

/**
 * masar_timeline_model_get_events:
 * @self: a #MasarTimelineModel
 *
 * Returns: (transfer none) (nullable): the event set shown
 */
MasarEventSet *
masar_timeline_model_get_events (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), NULL);

  return self->event_set;
}

/**
 * masar_timeline_model_append_item:
 * @self: a #MasarTimelineModel
 * @start: first Julian day, or 0 for an undated item
 * @end: last Julian day (inclusive); for a point, @start
 * @type: a #MasarEventType
 * @modality: a #MasarModality
 * @precision: the precision of @start
 * @n_sources: number of sources
 * @label: (nullable): the Arabic label
 * @actor_ids: (nullable) (array zero-terminated=1): actor ids
 *
 * Adds one item without an event object, for benchmarks, tests and other producers.
 * Items appended this way are lost when an event set is set.
 *
 * Returns: the index of the new item
 */
guint
masar_timeline_model_append_item (MasarTimelineModel *self,
                                  gint32              start,
                                  gint32              end,
                                  MasarEventType      type,
                                  MasarModality       modality,
                                  MasarDatePrecision  precision,
                                  guint               n_sources,
                                  const char         *label,
                                  const char * const *actor_ids)
{
  guint index;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), G_MAXUINT);

  index = append_raw (self, self->items->len, start, end, type, modality, precision, n_sources,
                      label, actor_ids,
                      actor_ids != NULL ? g_strv_length ((char **) actor_ids) : 0);
  get_item (self, index)->is_span = end > start && precision == MASAR_DATE_PRECISION_DAY;

  self->filter_dirty = TRUE;
  self->geometry_dirty = TRUE;
  clear_levels (self);
  emit_changed (self);
  return index;
}

/**
 * masar_timeline_model_clear:
 * @self: a #MasarTimelineModel
 *
 * Removes every item and drops the event set.
 */
void
masar_timeline_model_clear (MasarTimelineModel *self)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  if (self->event_set != NULL)
    {
      masar_timeline_model_set_events (self, NULL);
      return;
    }
  clear_data (self);
  self->selected = G_MAXUINT;
  invalidate_filter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * masar_timeline_model_set_actor_name:
 * @self: a #MasarTimelineModel
 * @actor_id: an actor id
 * @name: the name shown in lane headers and searched
 *
 * Gives a display name to an actor of appended items.
 */
void
masar_timeline_model_set_actor_name (MasarTimelineModel *self,
                                     const char         *actor_id,
                                     const char         *name)
{
  guint16 actor;

  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));
  g_return_if_fail (actor_id != NULL);

  actor = intern_actor (self, actor_id);
  g_free (g_ptr_array_index (self->actor_names, actor));
  g_ptr_array_index (self->actor_names, actor) = g_strdup (name);
  if (self->search_pool != NULL)
    {
      g_string_truncate (self->search_pool, 0);
      g_array_set_size (self->search_offsets, 0);
    }
  invalidate_filter (self);
}

/**
 * masar_timeline_model_get_n_items:
 * @self: a #MasarTimelineModel
 *
 * Returns: the number of items before filtering
 */
guint
masar_timeline_model_get_n_items (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  return self->items->len;
}

/**
 * masar_timeline_model_get_n_filtered:
 * @self: a #MasarTimelineModel
 *
 * Returns: the number of items, dated or not, that pass the filters
 */
guint
masar_timeline_model_get_n_filtered (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  ensure_filtered (self);
  return self->order->len + self->undated->len;
}

/**
 * masar_timeline_model_get_n_undated:
 * @self: a #MasarTimelineModel
 *
 * Returns: the number of undated items that pass the filters
 */
guint
masar_timeline_model_get_n_undated (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  ensure_filtered (self);
  return self->undated->len;
}

/**
 * masar_timeline_model_get_extent:
 * @self: a #MasarTimelineModel
 * @first_day: (out) (optional): first day of the filtered items
 * @last_day: (out) (optional): last day of the filtered items
 *
 * Returns: %FALSE when no dated item passes the filters
 */
gboolean
masar_timeline_model_get_extent (MasarTimelineModel *self,
                                 gint32             *first_day,
                                 gint32             *last_day)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), FALSE);

  ensure_filtered (self);
  if (self->order->len == 0)
    return FALSE;
  if (first_day != NULL)
    *first_day = self->first_day;
  if (last_day != NULL)
    *last_day = self->last_day;
  return TRUE;
}

/**
 * masar_timeline_model_get_item_label:
 * @self: a #MasarTimelineModel
 * @item: an item index
 *
 * Returns: (nullable): the item's label
 */
const char *
masar_timeline_model_get_item_label (MasarTimelineModel *self,
                                     guint               item)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), NULL);
  g_return_val_if_fail (item < self->items->len, NULL);

  if (get_item (self, item)->label == NO_INDEX)
    return NULL;
  return self->label_pool->str + get_item (self, item)->label;
}

/**
 * masar_timeline_model_get_item_days:
 * @self: a #MasarTimelineModel
 * @item: an item index
 * @start: (out) (optional): first Julian day, 0 when undated
 * @end: (out) (optional): last Julian day, inclusive
 */
void
masar_timeline_model_get_item_days (MasarTimelineModel *self,
                                    guint               item,
                                    gint32             *start,
                                    gint32             *end)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));
  g_return_if_fail (item < self->items->len);

  if (start != NULL)
    *start = get_item (self, item)->start;
  if (end != NULL)
    *end = get_item (self, item)->end;
}

/**
 * masar_timeline_model_get_item_type:
 * @self: a #MasarTimelineModel
 * @item: an item index
 *
 * Returns: the item's #MasarEventType
 */
MasarEventType
masar_timeline_model_get_item_type (MasarTimelineModel *self,
                                    guint               item)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);
  g_return_val_if_fail (item < self->items->len, 0);

  return get_item (self, item)->type;
}

/**
 * masar_timeline_model_get_item_modality:
 * @self: a #MasarTimelineModel
 * @item: an item index
 *
 * Returns: the item's #MasarModality
 */
MasarModality
masar_timeline_model_get_item_modality (MasarTimelineModel *self,
                                        guint               item)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);
  g_return_val_if_fail (item < self->items->len, 0);

  return get_item (self, item)->modality;
}

/**
 * masar_timeline_model_get_item_precision:
 * @self: a #MasarTimelineModel
 * @item: an item index
 *
 * Returns: the precision of the item's date
 */
MasarDatePrecision
masar_timeline_model_get_item_precision (MasarTimelineModel *self,
                                         guint               item)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);
  g_return_val_if_fail (item < self->items->len, 0);

  return get_item (self, item)->precision;
}

/**
 * masar_timeline_model_get_item_n_sources:
 * @self: a #MasarTimelineModel
 * @item: an item index
 *
 * Returns: the number of sources (at most 255)
 */
guint
masar_timeline_model_get_item_n_sources (MasarTimelineModel *self,
                                         guint               item)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);
  g_return_val_if_fail (item < self->items->len, 0);

  return get_item (self, item)->n_sources;
}

/**
 * masar_timeline_model_dup_item_actors:
 * @self: a #MasarTimelineModel
 * @item: an item index
 *
 * Returns: (transfer full) (nullable): the display names of the item's actors, joined by "، "
 */
char *
masar_timeline_model_dup_item_actors (MasarTimelineModel *self,
                                      guint               item)
{
  const Item *it;
  GString *out;
  guint i;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), NULL);
  g_return_val_if_fail (item < self->items->len, NULL);

  it = get_item (self, item);
  if (it->n_actors == 0)
    return NULL;

  out = g_string_new (NULL);
  for (i = 0; i < it->n_actors; i++)
    {
      if (i > 0)
        g_string_append (out, "، ");
      g_string_append (out, actor_display_name (self, g_array_index (self->actor_refs, guint16,
                                                                     it->actors + i)));
    }
  return g_string_free (out, FALSE);
}

/**
 * masar_timeline_model_get_item_event:
 * @self: a #MasarTimelineModel
 * @item: an item index
 *
 * The event behind an item: the event set's own object, or for an appended item a new
 * event carrying its type, modality, date and label.
 *
 * Returns: (transfer full): a #MasarEvent
 */
MasarEvent *
masar_timeline_model_get_item_event (MasarTimelineModel *self,
                                     guint               item)
{
  const Item *it;
  MasarEvent *event;
  MasarDate date = MASAR_DATE_INIT;
  MasarDate date_end = MASAR_DATE_INIT;
  g_autofree char *id = NULL;
  guint i;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), NULL);
  g_return_val_if_fail (item < self->items->len, NULL);

  it = get_item (self, item);
  if (self->event_list != NULL)
    return g_list_model_get_item (self->event_list, it->source);

  id = g_strdup_printf ("t%u", item);
  event = masar_event_new (id, it->type);
  masar_event_set_modality (event, it->modality);
  if (it->start > 0)
    {
      masar_date_from_julian (it->start, &date);
      if (it->precision <= MASAR_DATE_PRECISION_MONTH)
        date.day = 0;
      if (it->precision <= MASAR_DATE_PRECISION_YEAR)
        date.month = 0;
      if (it->is_span)
        masar_date_from_julian (it->end, &date_end);
    }
  masar_event_set_date (event, &date, &date_end, MASAR_DATE_BASIS_UNKNOWN);
  masar_event_set_label (event, masar_timeline_model_get_item_label (self, item));
  for (i = 0; i < it->n_actors; i++)
    masar_event_add_actor (event,
                           g_ptr_array_index (self->actor_ids,
                                              g_array_index (self->actor_refs, guint16,
                                                             it->actors + i)),
                           MASAR_ROLE_PARTICIPANT);
  return event;
}

/**
 * masar_timeline_model_get_item_lanes:
 * @self: a #MasarTimelineModel
 * @item: an item index
 * @lanes: (out caller-allocates) (array length=max_lanes): the lanes the item shows in
 * @max_lanes: room in @lanes
 *
 * Returns: the number of lanes written
 */
guint
masar_timeline_model_get_item_lanes (MasarTimelineModel *self,
                                     guint               item,
                                     guint              *lanes,
                                     guint               max_lanes)
{
  const Item *it;
  guint n = 0;
  guint i;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);
  g_return_val_if_fail (item < self->items->len, 0);

  ensure_filtered (self);
  it = get_item (self, item);
  if (it->start == 0 || max_lanes == 0 || self->lanes->len == 0)
    return 0;

  switch (self->lane_mode)
    {
    case MASAR_TIMELINE_LANES_NONE:
      lanes[n++] = 0;
      break;
    case MASAR_TIMELINE_LANES_TYPE:
      for (i = 0; i < self->lanes->len; i++)
        if (g_array_index (self->lanes, Lane, i).key == it->type)
          lanes[n++] = i;
      break;
    case MASAR_TIMELINE_LANES_ACTOR:
    default:
      for (i = 0; i < it->n_actors && n < max_lanes; i++)
        {
          guint16 lane = self->actor_lane[g_array_index (self->actor_refs, guint16, it->actors + i)];
          guint j;
          gboolean seen = FALSE;

          if (lane == G_MAXUINT16)
            continue;
          for (j = 0; j < n; j++)
            seen |= lanes[j] == lane;
          if (!seen)
            lanes[n++] = lane;
        }
      if (n == 0)
        lanes[n++] = self->lanes->len - 1;
      break;
    }
  return n;
}

/**
 * masar_timeline_model_set_type_mask:
 * @self: a #MasarTimelineModel
 * @mask: bit `1 << type` for every #MasarEventType to show
 */
void
masar_timeline_model_set_type_mask (MasarTimelineModel *self,
                                    guint               mask)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  if (mask == self->type_mask)
    return;
  self->type_mask = mask;
  invalidate_filter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TYPE_MASK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FILTERED]);
}

/**
 * masar_timeline_model_get_type_mask:
 * @self: a #MasarTimelineModel
 *
 * Returns: the type mask
 */
guint
masar_timeline_model_get_type_mask (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  return self->type_mask;
}

/**
 * masar_timeline_model_set_modality_mask:
 * @self: a #MasarTimelineModel
 * @mask: bit `1 << modality` for every #MasarModality to show
 */
void
masar_timeline_model_set_modality_mask (MasarTimelineModel *self,
                                        guint               mask)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  if (mask == self->modality_mask)
    return;
  self->modality_mask = mask;
  invalidate_filter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODALITY_MASK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FILTERED]);
}

/**
 * masar_timeline_model_get_modality_mask:
 * @self: a #MasarTimelineModel
 *
 * Returns: the modality mask
 */
guint
masar_timeline_model_get_modality_mask (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  return self->modality_mask;
}

/**
 * masar_timeline_model_set_actor_filter:
 * @self: a #MasarTimelineModel
 * @actor_id: (nullable): show only events involving this actor
 */
void
masar_timeline_model_set_actor_filter (MasarTimelineModel *self,
                                       const char         *actor_id)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  if (g_strcmp0 (actor_id, self->actor_filter) == 0)
    return;
  g_free (self->actor_filter);
  self->actor_filter = g_strdup (actor_id);
  invalidate_filter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_FILTER]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FILTERED]);
}

/**
 * masar_timeline_model_get_actor_filter:
 * @self: a #MasarTimelineModel
 *
 * Returns: (nullable): the actor filter
 */
const char *
masar_timeline_model_get_actor_filter (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), NULL);

  return self->actor_filter;
}

/**
 * masar_timeline_model_set_search_text:
 * @self: a #MasarTimelineModel
 * @text: (nullable): text to find in labels and actor names
 *
 * Both the text and the labels are Arabic-folded (masar_fold_string()), so spelling
 * variants of hamza, alef, teh marbuta and diacritics match.
 */
void
masar_timeline_model_set_search_text (MasarTimelineModel *self,
                                      const char         *text)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  if (text != NULL && text[0] == '\0')
    text = NULL;
  if (g_strcmp0 (text, self->search_text) == 0)
    return;
  g_free (self->search_text);
  g_free (self->search_folded);
  self->search_text = g_strdup (text);
  self->search_folded = NULL;
  if (text != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      self->search_folded = search_key (stripped);
    }
  invalidate_filter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FILTERED]);
}

/**
 * masar_timeline_model_get_search_text:
 * @self: a #MasarTimelineModel
 *
 * Returns: (nullable): the search text
 */
const char *
masar_timeline_model_get_search_text (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), NULL);

  return self->search_text;
}

/**
 * masar_timeline_model_item_is_filtered:
 * @self: a #MasarTimelineModel
 * @item: an item index
 *
 * Returns: %TRUE if @item passes the filters
 */
gboolean
masar_timeline_model_item_is_filtered (MasarTimelineModel *self,
                                       guint               item)
{
  const Item *it;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), FALSE);
  g_return_val_if_fail (item < self->items->len, FALSE);

  ensure_filtered (self);
  it = get_item (self, item);
  if (it->start == 0)
    {
      guint i;

      for (i = 0; i < self->undated->len; i++)
        if (g_array_index (self->undated, guint32, i) == item)
          return TRUE;
      return FALSE;
    }
  return order_find (self, item) != G_MAXUINT;
}

/**
 * masar_timeline_model_set_lane_mode:
 * @self: a #MasarTimelineModel
 * @mode: a #MasarTimelineLaneMode
 */
void
masar_timeline_model_set_lane_mode (MasarTimelineModel    *self,
                                    MasarTimelineLaneMode  mode)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));
  g_return_if_fail (mode <= MASAR_TIMELINE_LANES_ACTOR);

  if (mode == self->lane_mode)
    return;
  self->lane_mode = mode;
  g_hash_table_remove_all (self->collapsed_keys);
  invalidate_filter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANE_MODE]);
}

/**
 * masar_timeline_model_get_lane_mode:
 * @self: a #MasarTimelineModel
 *
 * Returns: the #MasarTimelineLaneMode
 */
MasarTimelineLaneMode
masar_timeline_model_get_lane_mode (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  return self->lane_mode;
}

/**
 * masar_timeline_model_set_max_lanes:
 * @self: a #MasarTimelineModel
 * @max_lanes: most actor lanes; the rest share an "other actors" lane
 */
void
masar_timeline_model_set_max_lanes (MasarTimelineModel *self,
                                    guint               max_lanes)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  max_lanes = MAX (max_lanes, 1);
  if (max_lanes == self->max_lanes)
    return;
  self->max_lanes = max_lanes;
  invalidate_filter (self);
}

/**
 * masar_timeline_model_get_n_lanes:
 * @self: a #MasarTimelineModel
 *
 * Returns: the number of lanes
 */
guint
masar_timeline_model_get_n_lanes (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  ensure_filtered (self);
  return self->lanes->len;
}

/**
 * masar_timeline_model_get_lane_name:
 * @self: a #MasarTimelineModel
 * @lane: a lane
 *
 * Returns: the lane's header text
 */
const char *
masar_timeline_model_get_lane_name (MasarTimelineModel *self,
                                    guint               lane)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), NULL);

  ensure_filtered (self);
  g_return_val_if_fail (lane < self->lanes->len, NULL);
  return g_array_index (self->lanes, Lane, lane).name;
}

/**
 * masar_timeline_model_get_lane_n_items:
 * @self: a #MasarTimelineModel
 * @lane: a lane
 *
 * Returns: the number of filtered events in the lane
 */
guint
masar_timeline_model_get_lane_n_items (MasarTimelineModel *self,
                                       guint               lane)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  ensure_filtered (self);
  g_return_val_if_fail (lane < self->lanes->len, 0);
  return g_array_index (self->lanes, Lane, lane).items->len;
}

/**
 * masar_timeline_model_get_lane_geometry:
 * @self: a #MasarTimelineModel
 * @lane: a lane
 * @y: (out) (optional): top of the lane in pixels
 * @height: (out) (optional): height of the lane, header included
 */
void
masar_timeline_model_get_lane_geometry (MasarTimelineModel *self,
                                        guint               lane,
                                        double             *y,
                                        double             *height)
{
  const Lane *l;

  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  ensure_geometry (self);
  g_return_if_fail (lane < self->lanes->len);
  l = &g_array_index (self->lanes, Lane, lane);
  if (y != NULL)
    *y = l->y;
  if (height != NULL)
    *height = l->height;
}

/**
 * masar_timeline_model_get_lane_collapsed:
 * @self: a #MasarTimelineModel
 * @lane: a lane
 *
 * Returns: whether the lane is collapsed to a thin strip
 */
gboolean
masar_timeline_model_get_lane_collapsed (MasarTimelineModel *self,
                                         guint               lane)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), FALSE);

  ensure_filtered (self);
  g_return_val_if_fail (lane < self->lanes->len, FALSE);
  return g_array_index (self->lanes, Lane, lane).collapsed;
}

/**
 * masar_timeline_model_set_lane_collapsed:
 * @self: a #MasarTimelineModel
 * @lane: a lane
 * @collapsed: whether to collapse it
 */
void
masar_timeline_model_set_lane_collapsed (MasarTimelineModel *self,
                                         guint               lane,
                                         gboolean            collapsed)
{
  Lane *l;

  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  ensure_filtered (self);
  g_return_if_fail (lane < self->lanes->len);
  l = &g_array_index (self->lanes, Lane, lane);
  if (!l->collapsed == !collapsed)
    return;
  l->collapsed = !!collapsed;
  if (collapsed)
    g_hash_table_add (self->collapsed_keys, GUINT_TO_POINTER (l->key + 1));
  else
    g_hash_table_remove (self->collapsed_keys, GUINT_TO_POINTER (l->key + 1));
  invalidate_geometry (self);
}

/**
 * masar_timeline_model_get_undated_geometry:
 * @self: a #MasarTimelineModel
 * @y: (out) (optional): top of the undated strip
 * @height: (out) (optional): its height, 0 when there is no undated event
 */
void
masar_timeline_model_get_undated_geometry (MasarTimelineModel *self,
                                           double             *y,
                                           double             *height)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  ensure_filtered (self);
  if (y != NULL)
    *y = self->height - (self->undated->len > 0 ? UNDATED_HEIGHT : 0);
  if (height != NULL)
    *height = self->undated->len > 0 ? UNDATED_HEIGHT : 0;
}

/**
 * masar_timeline_model_set_size:
 * @self: a #MasarTimelineModel
 * @width: width of the view in pixels
 * @height: height of the view in pixels
 *
 * Keeps the start edge and the zoom; the visible end follows the width.
 */
void
masar_timeline_model_set_size (MasarTimelineModel *self,
                               double              width,
                               double              height)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  width = MAX (width, 1.0);
  height = MAX (height, 1.0);
  if (width == self->width && height == self->height)
    return;
  self->width = width;
  self->height = height;
  self->geometry_dirty = TRUE;
  emit_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_END]);
}

/**
 * masar_timeline_model_get_width:
 * @self: a #MasarTimelineModel
 *
 * Returns: the view width in pixels
 */
double
masar_timeline_model_get_width (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  return self->width;
}

/**
 * masar_timeline_model_get_height:
 * @self: a #MasarTimelineModel
 *
 * Returns: the view height in pixels
 */
double
masar_timeline_model_get_height (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  return self->height;
}

/**
 * masar_timeline_model_get_axis_height:
 * @self: a #MasarTimelineModel
 *
 * Returns: the height of the time axis at the top of the view
 */
double
masar_timeline_model_get_axis_height (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  return AXIS_HEIGHT;
}

/**
 * masar_timeline_model_set_rtl:
 * @self: a #MasarTimelineModel
 * @rtl: whether time runs from right to left
 */
void
masar_timeline_model_set_rtl (MasarTimelineModel *self,
                              gboolean            rtl)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  if (!self->rtl == !rtl)
    return;
  self->rtl = !!rtl;
  emit_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RTL]);
}

/**
 * masar_timeline_model_get_rtl:
 * @self: a #MasarTimelineModel
 *
 * Returns: whether time runs from right to left
 */
gboolean
masar_timeline_model_get_rtl (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), FALSE);

  return self->rtl;
}

/**
 * masar_timeline_model_get_zoom:
 * @self: a #MasarTimelineModel
 *
 * Returns: the zoom, in pixels per day
 */
double
masar_timeline_model_get_zoom (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 1.0);

  return self->zoom;
}

/**
 * masar_timeline_model_set_zoom:
 * @self: a #MasarTimelineModel
 * @zoom: pixels per day, clamped to %MASAR_TIMELINE_ZOOM_MIN … %MASAR_TIMELINE_ZOOM_MAX
 *
 * Zooms around the centre of the view.
 */
void
masar_timeline_model_set_zoom (MasarTimelineModel *self,
                               double              zoom)
{
  double centre;

  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  zoom = CLAMP (zoom, MASAR_TIMELINE_ZOOM_MIN, MASAR_TIMELINE_ZOOM_MAX);
  centre = self->begin + self->width / 2.0 / self->zoom;
  set_begin_and_zoom (self, centre - self->width / 2.0 / zoom, zoom);
}

/**
 * masar_timeline_model_zoom_at:
 * @self: a #MasarTimelineModel
 * @factor: zoom factor (> 1 zooms in)
 * @x: the x coordinate that keeps its day
 */
void
masar_timeline_model_zoom_at (MasarTimelineModel *self,
                              double              factor,
                              double              x)
{
  double day;
  double zoom;
  double offset;

  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));
  g_return_if_fail (factor > 0);

  day = masar_timeline_model_x_to_time (self, x);
  zoom = CLAMP (self->zoom * factor, MASAR_TIMELINE_ZOOM_MIN, MASAR_TIMELINE_ZOOM_MAX);
  offset = self->rtl ? self->width - x : x;
  set_begin_and_zoom (self, day - offset / zoom, zoom);
}

/**
 * masar_timeline_model_get_visible_begin:
 * @self: a #MasarTimelineModel
 *
 * Returns: the Julian day at the start edge
 */
double
masar_timeline_model_get_visible_begin (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  return self->begin;
}

/**
 * masar_timeline_model_get_visible_end:
 * @self: a #MasarTimelineModel
 *
 * Returns: the Julian day at the end edge
 */
double
masar_timeline_model_get_visible_end (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  return self->begin + self->width / self->zoom;
}

/**
 * masar_timeline_model_set_visible_range:
 * @self: a #MasarTimelineModel
 * @begin: first Julian day shown
 * @end: last Julian day shown
 *
 * Shows `[begin, end]` across the width, within the zoom limits.
 */
void
masar_timeline_model_set_visible_range (MasarTimelineModel *self,
                                        double              begin,
                                        double              end)
{
  double zoom;

  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  if (end <= begin)
    end = begin + 1;
  zoom = CLAMP (self->width / (end - begin), MASAR_TIMELINE_ZOOM_MIN, MASAR_TIMELINE_ZOOM_MAX);
  /* Keep the centre when the zoom limits change the span. */
  set_begin_and_zoom (self, (begin + end) / 2.0 - self->width / 2.0 / zoom, zoom);
}

/**
 * masar_timeline_model_pan:
 * @self: a #MasarTimelineModel
 * @dx: pixels the drawing moves to the right
 *
 * Pans as a drag does: the content follows the pointer, in either direction of time.
 */
void
masar_timeline_model_pan (MasarTimelineModel *self,
                          double              dx)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  set_begin_and_zoom (self, self->begin + (self->rtl ? dx : -dx) / self->zoom, self->zoom);
}

static inline gint32
order_start (MasarTimelineModel *self,
             guint               i)
{
  return get_item (self, g_array_index (self->order, guint32, i))->start;
}

/**
 * masar_timeline_model_get_bulk_extent:
 * @self: a #MasarTimelineModel
 * @first_day: (out) (optional): first day of the bulk of the filtered items
 * @last_day: (out) (optional): last day of the bulk of the filtered items
 *
 * The days that hold the bulk of the filtered dated items: masar_timeline_model_get_extent()
 * without the few outliers that would stretch it a lot. An item is an outlier when its start
 * lies beyond Tukey's far fences (the quartiles of the start days ± 3 interquartile ranges,
 * the range taken as at least 30 days). At each end, the items beyond the fence are left out
 * only when they are at most a tenth of all (or just one); none are left out unless that
 * narrows the range by more than a fifth. With fewer than 4 items the bulk is the whole extent.
 *
 * Returns: %FALSE when no dated item passes the filters
 */
gboolean
masar_timeline_model_get_bulk_extent (MasarTimelineModel *self,
                                      gint32             *first_day,
                                      gint32             *last_day)
{
  gint32 q1, q3, iqr;
  double lo_fence, hi_fence;
  gint32 core_first, core_last;
  guint n, k, i_lo, i_hi, i;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), FALSE);

  ensure_filtered (self);
  n = self->order->len;
  if (n == 0)
    return FALSE;

  core_first = self->first_day;
  core_last = self->last_day;
  if (n >= 4)
    {
      q1 = order_start (self, n / 4);
      q3 = order_start (self, (3 * n) / 4);
      iqr = MAX (q3 - q1, 30);
      lo_fence = q1 - 3.0 * iqr;
      hi_fence = q3 + 3.0 * iqr;
      k = MAX (1, n / 10);

      /* More than k items beyond a fence are a group, not a few outliers: keep them. */
      for (i_lo = 0; i_lo <= k && order_start (self, i_lo) < lo_fence; i_lo++)
        ;
      if (i_lo > k)
        i_lo = 0;
      for (i_hi = n - 1; n - 1 - i_hi <= k && order_start (self, i_hi) > hi_fence; i_hi--)
        ;
      if (n - 1 - i_hi > k)
        i_hi = n - 1;

      if (i_lo > 0 || i_hi < n - 1)
        {
          gint32 bulk_first = order_start (self, i_lo);
          gint32 bulk_last = order_start (self, i_hi);

          /* Ends of spans count up to the far fence. */
          for (i = i_lo; i <= i_hi; i++)
            {
              gint32 end = get_item (self, g_array_index (self->order, guint32, i))->end;

              if (end > bulk_last)
                bulk_last = (gint32) MIN ((double) end, MAX (hi_fence, bulk_last));
            }

          if ((double) (self->last_day + 1 - self->first_day) >
              1.2 * (double) (bulk_last + 1 - bulk_first))
            {
              core_first = bulk_first;
              core_last = bulk_last;
            }
        }
    }

  if (first_day != NULL)
    *first_day = core_first;
  if (last_day != NULL)
    *last_day = core_last;
  return TRUE;
}

/**
 * masar_timeline_model_zoom_to_fit:
 * @self: a #MasarTimelineModel
 *
 * Fits the view to the bulk of the filtered dated items, with a small margin: the range of
 * masar_timeline_model_get_bulk_extent(), so that one event that mentions a date years away
 * does not crush all the others at one edge. The outliers stay reachable by panning or
 * zooming out; masar_timeline_model_zoom_to_fit_all() shows every item.
 */
void
masar_timeline_model_zoom_to_fit (MasarTimelineModel *self)
{
  gint32 first, last;
  double margin;

  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  if (!masar_timeline_model_get_bulk_extent (self, &first, &last))
    return;
  margin = MAX ((last + 1 - first) * 0.05, 3.0);
  masar_timeline_model_set_visible_range (self, first - margin, last + 1 + margin);
}

/**
 * masar_timeline_model_zoom_to_fit_all:
 * @self: a #MasarTimelineModel
 *
 * Shows every filtered dated item, outliers included, with a small margin.
 */
void
masar_timeline_model_zoom_to_fit_all (MasarTimelineModel *self)
{
  gint32 first, last;
  double margin;

  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  if (!masar_timeline_model_get_extent (self, &first, &last))
    return;
  margin = MAX ((last + 1 - first) * 0.05, 3.0);
  masar_timeline_model_set_visible_range (self, first - margin, last + 1 + margin);
}

/**
 * masar_timeline_model_time_to_x:
 * @self: a #MasarTimelineModel
 * @day: a (fractional) Julian day
 *
 * The one mapping from time to pixels: drawing, hit-testing and the keyboard all use it.
 * In RTL, time runs from the right edge to the left.
 *
 * Returns: the x coordinate of @day
 */
double
masar_timeline_model_time_to_x (MasarTimelineModel *self,
                                double              day)
{
  double x = (day - self->begin) * self->zoom;

  return self->rtl ? self->width - x : x;
}

/**
 * masar_timeline_model_x_to_time:
 * @self: a #MasarTimelineModel
 * @x: an x coordinate
 *
 * The inverse of masar_timeline_model_time_to_x().
 *
 * Returns: the Julian day at @x
 */
double
masar_timeline_model_x_to_time (MasarTimelineModel *self,
                                double              x)
{
  double offset = self->rtl ? self->width - x : x;

  return self->begin + offset / self->zoom;
}

/**
 * masar_timeline_model_get_lod_level:
 * @self: a #MasarTimelineModel
 *
 * Returns: the level of detail of the current zoom: buckets are 2^level days wide
 */
guint
masar_timeline_model_get_lod_level (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  return lod_level_for_zoom (self->zoom);
}

/**
 * masar_timeline_model_set_brush:
 * @self: a #MasarTimelineModel
 * @begin: a Julian day
 * @end: another Julian day
 *
 * Sets the brushed range, in either order. Equal ends clear it.
 */
void
masar_timeline_model_set_brush (MasarTimelineModel *self,
                                double              begin,
                                double              end)
{
  double lo, hi;

  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  lo = MIN (begin, end);
  hi = MAX (begin, end);
  if (lo == hi || lo <= 0)
    lo = hi = 0;
  if (lo == self->brush_begin && hi == self->brush_end)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (lo != self->brush_begin)
    {
      self->brush_begin = lo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRUSH_BEGIN]);
    }
  if (hi != self->brush_end)
    {
      self->brush_end = hi;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRUSH_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * masar_timeline_model_get_brush_begin:
 * @self: a #MasarTimelineModel
 *
 * Returns: the first day of the brushed range, 0 when none
 */
double
masar_timeline_model_get_brush_begin (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  return self->brush_begin;
}

/**
 * masar_timeline_model_get_brush_end:
 * @self: a #MasarTimelineModel
 *
 * Returns: the end of the brushed range, 0 when none
 */
double
masar_timeline_model_get_brush_end (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);

  return self->brush_end;
}

/**
 * masar_timeline_model_clear_brush:
 * @self: a #MasarTimelineModel
 */
void
masar_timeline_model_clear_brush (MasarTimelineModel *self)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  masar_timeline_model_set_brush (self, 0, 0);
}

/**
 * masar_timeline_model_get_selected:
 * @self: a #MasarTimelineModel
 *
 * Returns: the selected item, or %G_MAXUINT
 */
guint
masar_timeline_model_get_selected (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), G_MAXUINT);

  return self->selected;
}

/**
 * masar_timeline_model_set_selected:
 * @self: a #MasarTimelineModel
 * @item: an item index, or %G_MAXUINT to select nothing
 */
void
masar_timeline_model_set_selected (MasarTimelineModel *self,
                                   guint               item)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  if (item >= self->items->len)
    item = G_MAXUINT;
  if (item == self->selected)
    return;
  self->selected = item;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * masar_timeline_model_select_adjacent:
 * @self: a #MasarTimelineModel
 * @direction: +1 for the next event in time, -1 for the previous one
 *
 * Moves the selection along time order (undated events come after the last dated one)
 * and scrolls it into view. With nothing selected, selects the first (or last) event
 * in view.
 *
 * Returns: %TRUE if the selection moved
 */
gboolean
masar_timeline_model_select_adjacent (MasarTimelineModel *self,
                                      int                 direction)
{
  guint n_dated;
  guint total;
  guint pos = G_MAXUINT;
  guint next;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), FALSE);
  g_return_val_if_fail (direction == 1 || direction == -1, FALSE);

  ensure_filtered (self);
  n_dated = self->order->len;
  total = n_dated + self->undated->len;
  if (total == 0)
    return FALSE;

  if (self->selected != G_MAXUINT)
    {
      if (get_item (self, self->selected)->start != 0)
        pos = order_find (self, self->selected);
      else
        {
          guint i;

          for (i = 0; i < self->undated->len; i++)
            if (g_array_index (self->undated, guint32, i) == self->selected)
              pos = n_dated + i;
        }
    }

  if (pos == G_MAXUINT)
    {
      double begin = masar_timeline_model_get_visible_begin (self);
      double end = masar_timeline_model_get_visible_end (self);

      if (n_dated == 0)
        next = direction > 0 ? 0 : total - 1;
      else if (direction > 0)
        next = MIN (order_lower_bound (self, begin), n_dated - 1);
      else
        {
          guint after = order_lower_bound (self, end);

          next = after > 0 ? after - 1 : 0;
        }
    }
  else
    {
      if (direction > 0 && pos + 1 >= total)
        return FALSE;
      if (direction < 0 && pos == 0)
        return FALSE;
      next = pos + direction;
    }

  masar_timeline_model_set_selected (self, next < n_dated
                                           ? g_array_index (self->order, guint32, next)
                                           : g_array_index (self->undated, guint32, next - n_dated));
  masar_timeline_model_scroll_to_item (self, self->selected);
  return TRUE;
}

/**
 * masar_timeline_model_select_first:
 * @self: a #MasarTimelineModel
 *
 * Selects the earliest filtered event and scrolls to it.
 *
 * Returns: %TRUE if an event was selected
 */
gboolean
masar_timeline_model_select_first (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), FALSE);

  ensure_filtered (self);
  if (self->order->len > 0)
    masar_timeline_model_set_selected (self, g_array_index (self->order, guint32, 0));
  else if (self->undated->len > 0)
    masar_timeline_model_set_selected (self, g_array_index (self->undated, guint32, 0));
  else
    return FALSE;
  masar_timeline_model_scroll_to_item (self, self->selected);
  return TRUE;
}

/**
 * masar_timeline_model_select_last:
 * @self: a #MasarTimelineModel
 *
 * Selects the latest dated filtered event and scrolls to it.
 *
 * Returns: %TRUE if an event was selected
 */
gboolean
masar_timeline_model_select_last (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), FALSE);

  ensure_filtered (self);
  if (self->order->len > 0)
    masar_timeline_model_set_selected (self, g_array_index (self->order, guint32,
                                                            self->order->len - 1));
  else if (self->undated->len > 0)
    masar_timeline_model_set_selected (self, g_array_index (self->undated, guint32,
                                                            self->undated->len - 1));
  else
    return FALSE;
  masar_timeline_model_scroll_to_item (self, self->selected);
  return TRUE;
}

/**
 * masar_timeline_model_scroll_to_item:
 * @self: a #MasarTimelineModel
 * @item: an item index
 *
 * Pans, keeping the zoom, so that a dated item is inside the view with a margin.
 */
void
masar_timeline_model_scroll_to_item (MasarTimelineModel *self,
                                     guint               item)
{
  const Item *it;
  double span;
  double margin;

  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));
  g_return_if_fail (item < self->items->len);

  it = get_item (self, item);
  if (it->start == 0)
    return;
  span = self->width / self->zoom;
  margin = span * 0.1;
  if (it->start < self->begin + margin)
    set_begin_and_zoom (self, it->start - margin, self->zoom);
  else if (it->start + 1 > self->begin + span - margin)
    set_begin_and_zoom (self, it->start + 1 + margin - span, self->zoom);
}

/**
 * masar_timeline_model_get_reveal_begin:
 * @self: a #MasarTimelineModel
 * @item: an item index
 * @begin: (out) (optional): where the visible range should begin
 *
 * Works out the smallest pan, keeping the zoom, that brings a dated item inside the
 * visible range with a margin of a tenth of the range on either side. A span that fits
 * is brought in whole; a longer one shows its start.
 *
 * Returns: %TRUE if the view has to move; %FALSE if the item is already inside, is
 *   undated, or the view has no width yet
 */
gboolean
masar_timeline_model_get_reveal_begin (MasarTimelineModel *self,
                                       guint               item,
                                       double             *begin)
{
  const Item *it;
  double span;
  double margin;
  double first;
  double last;
  double target;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), FALSE);
  g_return_val_if_fail (item < self->items->len, FALSE);

  it = get_item (self, item);
  if (it->start == 0 || self->width <= 0 || self->zoom <= 0)
    return FALSE;

  span = self->width / self->zoom;
  margin = span * 0.1;
  first = it->start;
  last = (it->end > it->start ? it->end : it->start) + 1.0;
  if (last - first > span - 2.0 * margin)
    last = first + 1.0;

  if (first < self->begin + margin)
    target = first - margin;
  else if (last > self->begin + span - margin)
    target = last + margin - span;
  else
    return FALSE;

  target = CLAMP (target, 1.0, 3652059.0 - span);
  if (fabs (target - self->begin) < 1e-9)
    return FALSE;
  if (begin != NULL)
    *begin = target;
  return TRUE;
}

/**
 * masar_timeline_model_set_visible_begin:
 * @self: a #MasarTimelineModel
 * @begin: the Julian day the visible range should begin at
 *
 * Pans, keeping the zoom, so that the visible range begins at @begin (kept inside the
 * days that can be drawn).
 */
void
masar_timeline_model_set_visible_begin (MasarTimelineModel *self,
                                        double              begin)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  set_begin_and_zoom (self, begin, self->zoom);
}

/**
 * masar_timeline_model_reveal:
 * @self: a #MasarTimelineModel
 * @item: an item index
 *
 * Pans at once, keeping the zoom, so that a dated item sits inside the visible range with
 * a margin (see masar_timeline_model_get_reveal_begin()). Nothing moves when the item is
 * already inside. The widget's masar_timeline_reveal_selected() animates the same pan.
 *
 * Returns: %TRUE if the view moved
 */
gboolean
masar_timeline_model_reveal (MasarTimelineModel *self,
                             guint               item)
{
  double begin;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), FALSE);
  g_return_val_if_fail (item < self->items->len, FALSE);

  if (!masar_timeline_model_get_reveal_begin (self, item, &begin))
    return FALSE;
  set_begin_and_zoom (self, begin, self->zoom);
  return TRUE;
}

/**
 * masar_timeline_model_foreach_mark:
 * @self: a #MasarTimelineModel
 * @x_begin: left edge of the region, in pixels
 * @x_end: right edge of the region, in pixels
 * @func: (scope call): called for every mark; return %FALSE to stop
 * @user_data: data for @func
 *
 * Walks what to draw between two x coordinates at the current zoom: single events,
 * clusters (level-of-detail buckets of 2^level days whose marks would collide), stacked
 * events when a day is wide enough, and the undated strip. The work is bounded by the
 * number of buckets on screen, not by the number of events.
 */
void
masar_timeline_model_foreach_mark (MasarTimelineModel    *self,
                                   double                 x_begin,
                                   double                 x_end,
                                   MasarTimelineMarkFunc  func,
                                   gpointer               user_data)
{
  double d0, d1;
  guint l;

  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));
  g_return_if_fail (func != NULL);

  ensure_geometry (self);
  d0 = masar_timeline_model_x_to_time (self, x_begin);
  d1 = masar_timeline_model_x_to_time (self, x_end);
  if (d0 > d1)
    {
      double t = d0;

      d0 = d1;
      d1 = t;
    }

  for (l = 0; l < self->lanes->len; l++)
    if (!foreach_lane_mark (self, l, d0, d1, func, user_data))
      return;
  foreach_undated_mark (self, func, user_data);
}

typedef struct
{
  double            x;
  double            y;
  double            best;
  MasarTimelineMark mark;
  gboolean          found;
} HitData;

/**
 * masar_timeline_mark_get_radius:
 * @mark: a mark
 *
 * The size of a mark: more sources make a bigger mark, more events a bigger cluster.
 * Drawing and hit-testing both use it.
 *
 * Returns: the radius in pixels
 */
double
masar_timeline_mark_get_radius (const MasarTimelineMark *mark)
{
  if (mark->count > 1)
    return 7.0 + MIN (log10 (mark->count) * 3.0, 6.0);
  return 3.5 + 1.5 * MIN (MAX (mark->n_sources, 1), 4);
}

/**
 * masar_timeline_model_get_type_count:
 * @self: a #MasarTimelineModel
 * @type: a #MasarEventType
 *
 * Returns: the number of filtered events of @type, dated or not
 */
guint
masar_timeline_model_get_type_count (MasarTimelineModel *self,
                                     MasarEventType      type)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), 0);
  g_return_val_if_fail (type < MASAR_N_EVENT_TYPES, 0);

  ensure_filtered (self);
  return self->type_counts[type];
}

static gboolean
hit_mark_cb (const MasarTimelineMark *mark,
             gpointer                 user_data)
{
  HitData *data = user_data;
  double r = masar_timeline_mark_get_radius (mark) + 2.0;
  double dx = 0;
  double dy = fabs (data->y - mark->y);
  double d;

  if (data->x < mark->x0)
    dx = mark->x0 - data->x;
  else if (data->x > mark->x1)
    dx = data->x - mark->x1;

  if (dx > r || dy > MAX (r, ROW_HEIGHT / 2.0))
    return TRUE;
  d = dx * dx + dy * dy;
  /* Points and clusters win over a bar they sit on. */
  if (mark->x1 - mark->x0 > 1.0)
    d += r * r * 0.5;
  if (!data->found || d < data->best)
    {
      data->best = d;
      data->mark = *mark;
      data->found = TRUE;
    }
  return TRUE;
}

/**
 * masar_timeline_model_hit_test:
 * @self: a #MasarTimelineModel
 * @x: x coordinate in the view
 * @y: y coordinate in the view
 * @hit: (out caller-allocates): what is there
 *
 * Finds the mark drawn under a point, with the same geometry the drawing uses.
 *
 * Returns: %TRUE if an event or a cluster is under the point
 */
gboolean
masar_timeline_model_hit_test (MasarTimelineModel *self,
                               double              x,
                               double              y,
                               MasarTimelineHit   *hit)
{
  HitData data = { 0, };
  double undated_y = 0;
  double undated_h = 0;
  guint l;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  ensure_geometry (self);
  hit->kind = MASAR_TIMELINE_HIT_NONE;
  hit->item = G_MAXUINT;
  hit->count = 0;
  hit->lane = G_MAXUINT;
  hit->day = masar_timeline_model_x_to_time (self, x);

  data.x = x;
  data.y = y;

  if (y < AXIS_HEIGHT)
    {
      hit->kind = MASAR_TIMELINE_HIT_AXIS;
      return FALSE;
    }

  masar_timeline_model_get_undated_geometry (self, &undated_y, &undated_h);
  if (undated_h > 0 && y >= undated_y)
    {
      foreach_undated_mark (self, hit_mark_cb, &data);
    }
  else
    {
      for (l = 0; l < self->lanes->len; l++)
        {
          const Lane *lane = &g_array_index (self->lanes, Lane, l);
          double slack = 20.0 / self->zoom;
          double d;

          if (y < lane->y || y >= lane->y + lane->height)
            continue;
          hit->lane = l;
          if (!lane->collapsed && y < lane->y + LANE_HEADER)
            {
              hit->kind = MASAR_TIMELINE_HIT_LANE_HEADER;
              return FALSE;
            }
          d = hit->day;
          foreach_lane_mark (self, l, d - slack, d + slack, hit_mark_cb, &data);
          break;
        }
    }

  if (!data.found)
    return FALSE;

  hit->kind = data.mark.count > 1 ? MASAR_TIMELINE_HIT_CLUSTER : MASAR_TIMELINE_HIT_ITEM;
  hit->item = data.mark.item;
  hit->count = data.mark.count;
  return TRUE;
}

typedef struct
{
  guint32  item;
  double   x;
  double   y;
  gboolean found;
} FindData;

static gboolean
find_mark_cb (const MasarTimelineMark *mark,
              gpointer                 user_data)
{
  FindData *data = user_data;

  if (mark->item != data->item)
    return TRUE;
  data->x = (mark->x0 + mark->x1) / 2.0;
  data->y = mark->y;
  data->found = TRUE;
  return FALSE;
}

/**
 * masar_timeline_model_get_item_position:
 * @self: a #MasarTimelineModel
 * @item: an item index
 * @x: (out) (optional): centre of its mark
 * @y: (out) (optional): centre line of its mark
 *
 * Where an item is drawn (its first lane, or the cluster that holds it first).
 *
 * Returns: %FALSE when the item is not drawn in the current view
 */
gboolean
masar_timeline_model_get_item_position (MasarTimelineModel *self,
                                        guint               item,
                                        double             *x,
                                        double             *y)
{
  FindData data = { item, 0, 0, FALSE };
  const Item *it;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), FALSE);
  g_return_val_if_fail (item < self->items->len, FALSE);

  ensure_geometry (self);
  it = get_item (self, item);
  if (it->start == 0)
    foreach_undated_mark (self, find_mark_cb, &data);
  else
    {
      double xa = masar_timeline_model_time_to_x (self, it->start);

      masar_timeline_model_foreach_mark (self, xa - 2, xa + 2 + self->zoom, find_mark_cb, &data);
    }
  if (!data.found)
    return FALSE;
  if (x != NULL)
    *x = data.x;
  if (y != NULL)
    *y = data.y;
  return TRUE;
}

/**
 * masar_timeline_model_set_locale:
 * @self: a #MasarTimelineModel
 * @locale: (nullable): an ICU locale id ("ar", "en_GB"); %NULL for the default
 */
void
masar_timeline_model_set_locale (MasarTimelineModel *self,
                                 const char         *locale)
{
  g_return_if_fail (MASAR_IS_TIMELINE_MODEL (self));

  if (g_strcmp0 (locale, self->locale) == 0)
    return;
  g_free (self->locale);
  self->locale = g_strdup (locale);
  clear_formats (self);
  emit_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCALE]);
}

/**
 * masar_timeline_model_get_locale:
 * @self: a #MasarTimelineModel
 *
 * Returns: (nullable): the locale set, or %NULL for the default
 */
const char *
masar_timeline_model_get_locale (MasarTimelineModel *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), NULL);

  return self->locale;
}

/**
 * masar_timeline_model_format_day:
 * @self: a #MasarTimelineModel
 * @day: a Julian day
 * @precision: what to show: day and month, month and year, or the year;
 *   %MASAR_DATE_PRECISION_NONE gives day and month without the year
 * @hijri: use the Umm al-Qura Hijri calendar
 *
 * Formats a date with ICU in the model's locale: Arabic month names and Arabic-Indic
 * digits under an Arabic locale.
 *
 * Returns: (transfer full): the formatted date
 */
char *
masar_timeline_model_format_day (MasarTimelineModel *self,
                                 gint32              day,
                                 MasarDatePrecision  precision,
                                 gboolean            hijri)
{
  UDateFormat *format;
  UErrorCode status = U_ZERO_ERROR;
  UChar buffer[128];
  int32_t len;
  UDate when;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), NULL);

  format = ensure_format (self, precision, !!hijri);
  if (format == NULL)
    {
      MasarDate date;

      masar_date_from_julian (MAX (day, 1), &date);
      return masar_date_to_iso (&date);
    }

  when = ((double) day - UNIX_EPOCH_JULIAN) * 86400000.0;
  len = udat_format (format, when, buffer, G_N_ELEMENTS (buffer), NULL, &status);
  if (U_FAILURE (status))
    return g_strdup ("?");
  return g_utf16_to_utf8 ((const gunichar2 *) buffer, len, NULL, NULL, NULL);
}

/**
 * masar_timeline_model_get_ticks:
 * @self: a #MasarTimelineModel
 * @day_begin: first day of the region
 * @day_end: last day of the region
 * @hijri: append the Hijri date to major labels
 *
 * Ticks of the time axis at the current zoom. Majors are at least about 110 pixels apart
 * and carry a label; the unit adapts from days to centuries.
 *
 * Returns: (transfer full) (element-type MasarTimelineTick): the ticks, minor ones first
 */
GArray *
masar_timeline_model_get_ticks (MasarTimelineModel *self,
                                double              day_begin,
                                double              day_end,
                                gboolean            hijri)
{
  GArray *ticks;
  double min_major = hijri ? 170.0 : 110.0;
  int major = N_UNITS - 1;
  int unit;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), NULL);

  ticks = g_array_new (FALSE, TRUE, sizeof (MasarTimelineTick));
  g_array_set_clear_func (ticks, tick_clear);

  for (unit = 0; unit < N_UNITS; unit++)
    if (unit_days[unit] * self->zoom >= min_major)
      {
        major = unit;
        break;
      }

  for (unit = major - 1; unit >= 0; unit--)
    if (unit_days[unit] * self->zoom >= 8.0 && unit != UNIT_WEEK)
      {
        add_ticks (self, ticks, unit, day_begin, day_end, FALSE, FALSE);
        break;
      }

  add_ticks (self, ticks, major, day_begin, day_end, TRUE, FALSE);

  if (hijri)
    {
      guint i;

      for (i = 0; i < ticks->len; i++)
        {
          MasarTimelineTick *tick = &g_array_index (ticks, MasarTimelineTick, i);
          g_autofree char *h = NULL;
          char *joined;

          if (!tick->major)
            continue;
          h = masar_timeline_model_format_day (self, tick->day,
                                               major <= UNIT_WEEK ? MASAR_DATE_PRECISION_DAY
                                               : MASAR_DATE_PRECISION_MONTH, TRUE);
          joined = g_strdup_printf ("%s · %s", tick->label, h);
          g_free (tick->label);
          tick->label = joined;
        }
    }

  return ticks;
}

/**
 * masar_timeline_model_dup_summary:
 * @self: a #MasarTimelineModel
 *
 * A short description for assistive technologies: "42 events, 2022–2025".
 *
 * Returns: (transfer full): the summary
 */
char *
masar_timeline_model_dup_summary (MasarTimelineModel *self)
{
  guint n;
  gint32 first, last;
  g_autofree char *y0 = NULL;
  g_autofree char *y1 = NULL;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), NULL);

  n = masar_timeline_model_get_n_filtered (self);
  if (!masar_timeline_model_get_extent (self, &first, &last))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n), n);

  y0 = masar_timeline_model_format_day (self, first, MASAR_DATE_PRECISION_YEAR, FALSE);
  y1 = masar_timeline_model_format_day (self, last, MASAR_DATE_PRECISION_YEAR, FALSE);
  if (g_strcmp0 (y0, y1) == 0)
    /* Translators: number of events, then a year */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event, %s", "%u events, %s", n),
                            n, y0);
  /* Translators: number of events, then a range of years */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event, %s–%s", "%u events, %s–%s", n),
                          n, y0, y1);
}

/**
 * masar_timeline_model_get_visible_events:
 * @self: a #MasarTimelineModel
 *
 * The filtered events in the visible range (then the undated ones), in time order: the
 * data of an accessible list shown beside the timeline. It follows the view and the
 * filters, updating once per main-loop iteration.
 *
 * Returns: (transfer full): a #GListModel of #MasarEvent
 */
GListModel *
masar_timeline_model_get_visible_events (MasarTimelineModel *self)
{
  MasarTimelineVisibleEvents *list;

  g_return_val_if_fail (MASAR_IS_TIMELINE_MODEL (self), NULL);

  if (self->visible_events != NULL)
    return g_object_ref (self->visible_events);

  list = g_object_new (MASAR_TYPE_TIMELINE_VISIBLE_EVENTS, NULL);
  list->model = self;
  g_object_add_weak_pointer (G_OBJECT (self), (gpointer *) &list->model);
  self->visible_events = G_LIST_MODEL (list);
  return G_LIST_MODEL (list);
}
