/* masar-gazetteer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actors of the track, read from a "masar-gazetteer/1" JSON file, and a matcher that
 * finds them in text: names and spelling variants, adjectives (الروسي), role phrases
 * resolved by date (الرئيس الأمريكي), proclitics (لبوتين), words glued by scraping
 * (الولاياتالمتحدة) and unseen spellings close enough to a known name (ويكتوف).
 *
 * Matching folds the text once (masar_folded_text_new()), then looks each token up in a
 * hash table keyed by the first token of every pattern, under each proclitic split of the
 * token, and checks the continuation tokens of the patterns found there. No pattern is
 * scanned per actor.
 */

#define G_LOG_DOMAIN "masar-gazetteer"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "masar-arabic.h"
#include "masar-gazetteer.h"

#define GAZETTEER_FORMAT "masar-gazetteer/1"
#define DEFAULT_RESOURCE "/io/github/masar/Masar/core/gazetteer.json"

/* Fuzzy matching: Damerau–Levenshtein (optimal string alignment) similarity
 * 1 - distance / max(length) on folded stems, the word of at least FUZZY_MIN_LETTERS
 * letters, the known name of at least FUZZY_MIN_KEY, with the same first letter. */
#define FUZZY_MIN_SIMILARITY 0.8
#define FUZZY_MIN_LETTERS    5
#define FUZZY_MIN_KEY        6
#define FUZZY_MAX_LETTERS    24

/* Scores of the kinds of match. */
#define SCORE_NAME        1.0
#define SCORE_SIDE_PHRASE 0.95
#define SCORE_ADJECTIVE   0.9
#define SCORE_CONTEXT     0.9
#define SCORE_GLUED       0.9
#define SCORE_FUZZY       0.9   /* times the similarity */

#define MAX_TOKEN_BYTES 256

/* A bit set over a cheap hash of every key of the index and of the glued table: most
 * words of a text are no key, and the filter rejects them without hashing or copying. */
#define FILTER_BITS 65536

typedef enum
{
  PATTERN_NAME,
  PATTERN_ADJECTIVE,
  PATTERN_SIDE_PHRASE,
  PATTERN_CONTEXT_NAME,
  PATTERN_ROLE,
} PatternKind;

typedef struct
{
  MasarActor  actor;          /* first, so that a MasarActor * is an ActorEntry * */
  char       *stands_for;
} ActorEntry;

typedef struct
{
  const ActorEntry *actor;
  gint64            from;     /* Julian days, inclusive */
  gint64            until;    /* Julian days, exclusive */
  gboolean          alt;      /* never chosen by date, only when named next to the phrase */
} RoleHolder;

typedef struct
{
  char             *phrase;
  GArray           *holders;  /* RoleHolder */
  const ActorEntry *fallback; /* when no holder fits the date */
} Role;

typedef struct
{
  PatternKind        kind;
  guint              n_tokens;
  char             **tokens;    /* folded; tokens[0] without its article */
  gsize             *token_lens; /* their lengths in bytes */
  gboolean           article;   /* the first token has the article */
  guint64            next_hash;   /* key_hash() of tokens[1], if any */
  const ActorEntry  *actor;     /* NULL for a role */
  const Role        *role;
} Pattern;

typedef struct
{
  gunichar       cps[FUZZY_MAX_LETTERS];
  guint          len;
  guint          order;       /* its place among the keys of its first letter, as added */
  guint64        letters;     /* letter_mask() */
  const Pattern *pattern;
} FuzzyKey;

/* The fuzzy keys of one first letter, sorted by length (then as added), so that a word
 * only meets the keys of the lengths it could be close enough to. */
typedef struct
{
  GArray *keys;                          /* FuzzyKey */
  guint   by_len[FUZZY_MAX_LETTERS + 2]; /* keys of length l are [by_len[l], by_len[l + 1]) */
} FuzzyBucket;

/* A folded key of the index or of the glued table, in an open-addressing table probed
 * with the bytes of a token (under a proclitic split) without copying them. */
typedef struct
{
  guint32     hash;
  guint32     len;
  const char *key;
  gpointer    value;
} KeySlot;

typedef struct
{
  KeySlot *slots;     /* key NULL: empty */
  guint    mask;
} KeyTable;

/* The set of letters of a word, hashed to 64 bits. One edit changes at most two letters
 * of the set, and a collision only hides a difference, so two words whose masks differ
 * in more than 2 × d bits are more than d edits apart. */
static inline guint64
letter_mask (const gunichar *cps,
             guint           n)
{
  guint64 m = 0;

  for (guint i = 0; i < n; i++)
    m |= G_GUINT64_CONSTANT (1) << ((cps[i] * 2654435761u) >> 26);

  return m;
}

struct _MasarGazetteer
{
  GObject     parent_instance;

  GPtrArray  *actors;         /* ActorEntry, owned */
  GHashTable *by_id;          /* id → ActorEntry */
  GPtrArray  *patterns;       /* Pattern, owned */
  GPtrArray  *roles;          /* Role, owned */
  GHashTable *index;          /* first-token stem → GPtrArray of Pattern */
  GHashTable *glued;          /* concatenated tokens → Pattern */
  GHashTable *fuzzy;          /* first letter → FuzzyBucket */
  KeyTable    index_table;    /* index, for matching */
  KeyTable    glued_table;    /* glued, for matching */
  FuzzyBucket *fuzzy_arabic[256]; /* fuzzy, for first letters U+0600–U+06FF */
  GHashTable *context_words;  /* folded words that introduce an ambiguous place name */
  GHashTable *role_blockers;  /* folded nouns that make "X الرئيس الروسي" someone else */
  GHashTable *former_words;   /* folded words that make a role the previous holder */
  guint       serial;         /* tells this gazetteer's words apart in the per-thread memo */
  guint64     filter[FILTER_BITS / 64];
};

G_DEFINE_FINAL_TYPE (MasarGazetteer, masar_gazetteer, G_TYPE_OBJECT)

/* ---- Actors ---- */

/**
 * masar_actor_new:
 * @id: stable id
 * @kind: the kind
 * @name_ar: canonical Arabic name
 * @name_en: English name
 * @country: (nullable): ISO 3166 alpha-3, "EU", "NATO", "UN" …
 * @side: (nullable): "russia", "ukraine", "usa", "europe", "mediator" or "other"
 *
 * Returns: (transfer full): a new actor; free with masar_actor_free()
 */
MasarActor *
masar_actor_new (const char     *id,
                 MasarActorKind  kind,
                 const char     *name_ar,
                 const char     *name_en,
                 const char     *country,
                 const char     *side)
{
  MasarActor *actor;

  g_return_val_if_fail (id != NULL, NULL);

  actor = g_new0 (MasarActor, 1);
  actor->id = g_strdup (id);
  actor->kind = kind;
  actor->name_ar = g_strdup (name_ar);
  actor->name_en = g_strdup (name_en);
  actor->country = g_strdup (country);
  actor->side = g_strdup (side);

  return actor;
}

/**
 * masar_actor_copy:
 * @actor: an actor
 *
 * Returns: (transfer full): a copy of @actor (without gazetteer-only data)
 */
MasarActor *
masar_actor_copy (const MasarActor *actor)
{
  g_return_val_if_fail (actor != NULL, NULL);

  return masar_actor_new (actor->id, actor->kind, actor->name_ar, actor->name_en,
                          actor->country, actor->side);
}

/**
 * masar_actor_free:
 * @actor: (nullable): an actor from masar_actor_new() or masar_actor_copy()
 *
 * Frees @actor. Never call it on an actor owned by a gazetteer.
 */
void
masar_actor_free (MasarActor *actor)
{
  if (actor == NULL)
    return;
  g_free (actor->id);
  g_free (actor->name_ar);
  g_free (actor->name_en);
  g_free (actor->country);
  g_free (actor->side);
  g_free (actor);
}

/**
 * masar_actor_kind_to_string:
 * @kind: a #MasarActorKind
 *
 * Returns: the word of the events format: "person", "country", "organization", "group" or
 *   "place"
 */
const char *
masar_actor_kind_to_string (MasarActorKind kind)
{
  switch (kind)
    {
    case MASAR_ACTOR_PERSON:
      return "person";
    case MASAR_ACTOR_COUNTRY:
      return "country";
    case MASAR_ACTOR_ORGANIZATION:
      return "organization";
    case MASAR_ACTOR_GROUP:
      return "group";
    case MASAR_ACTOR_PLACE:
      return "place";
    default:
      return "organization";
    }
}

static gboolean
actor_kind_parse (const char     *str,
                  MasarActorKind *kind)
{
  static const char * const words[] = { "person", "country", "organization", "group", "place" };

  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (words); i++)
    {
      if (strcmp (str, words[i]) == 0)
        {
          *kind = (MasarActorKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * masar_actor_kind_from_string:
 * @str: (nullable): a word of the events format
 *
 * Returns: the kind; %MASAR_ACTOR_ORGANIZATION for an unknown word, as the events format
 *   asks unknown values to be tolerated
 */
MasarActorKind
masar_actor_kind_from_string (const char *str)
{
  MasarActorKind kind = MASAR_ACTOR_ORGANIZATION;

  actor_kind_parse (str, &kind);

  return kind;
}

static void
actor_entry_free (gpointer data)
{
  ActorEntry *e = data;

  g_free (e->actor.id);
  g_free (e->actor.name_ar);
  g_free (e->actor.name_en);
  g_free (e->actor.country);
  g_free (e->actor.side);
  g_free (e->stands_for);
  g_free (e);
}

static void
pattern_free (gpointer data)
{
  Pattern *p = data;

  g_strfreev (p->tokens);
  g_free (p->token_lens);
  g_free (p);
}

static void
role_free (gpointer data)
{
  Role *r = data;

  g_free (r->phrase);
  g_array_unref (r->holders);
  g_free (r);
}

/* ---- Loading ---- */

static inline guint64
key_mix (guint64 h,
         guint64 v)
{
  h = (h ^ v) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  return h ^ (h >> 29);
}

/* A hash of the @len bytes at @s, read eight at a time (the last eight overlapping the
 * ones before), with nothing read past @s + @len. One hash per token and proclitic split
 * serves the filter, the index and the glued table. */
static inline guint32
key_hash (const char *s,
          gsize       len)
{
  guint64 h = (len + 1) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  guint64 v;

  if (len >= 8)
    {
      gsize i;

      for (i = 0; i + 8 < len; i += 8)
        {
          memcpy (&v, s + i, 8);
          h = key_mix (h, v);
        }
      memcpy (&v, s + len - 8, 8);
      h = key_mix (h, v);
    }
  else if (len >= 4)
    {
      guint32 a, b;

      memcpy (&a, s, 4);
      memcpy (&b, s + len - 4, 4);
      h = key_mix (h, ((guint64) a << 32) | b);
    }
  else
    {
      v = 0;
      for (gsize i = 0; i < len; i++)
        v = (v << 8) | (guchar) s[i];
      h = key_mix (h, v);
    }

  return (guint32) (h >> 32) ^ (guint32) h;
}

static inline void
filter_add (MasarGazetteer *self,
            const char     *key)
{
  guint h = key_hash (key, strlen (key)) & (FILTER_BITS - 1);

  self->filter[h / 64] |= G_GUINT64_CONSTANT (1) << (h % 64);
}

static inline gboolean
filter_may_contain (const MasarGazetteer *self,
                    guint32               hash)
{
  guint h = hash & (FILTER_BITS - 1);

  return (self->filter[h / 64] >> (h % 64)) & 1;
}

static inline guint
key_table_first_slot (const KeyTable *kt,
                      guint32         hash)
{
  /* The filter takes the low bits: start from the others. */
  return ((hash >> 16) | (hash << 16)) & kt->mask;
}

/* Fills @kt with the keys of @table (strings it owns, which must outlive @kt). */
static void
key_table_init (KeyTable   *kt,
                GHashTable *table)
{
  GHashTableIter iter;
  gpointer key, value;
  guint size = 16;

  while (size < 2 * g_hash_table_size (table))
    size *= 2;
  kt->slots = g_new0 (KeySlot, size);
  kt->mask = size - 1;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gsize len = strlen (key);
      guint32 hash = key_hash (key, len);
      guint i = key_table_first_slot (kt, hash);

      while (kt->slots[i].key != NULL)
        i = (i + 1) & kt->mask;
      kt->slots[i] = (KeySlot) { hash, len, key, value };
    }
}

/* The value of the key equal to the @len bytes at @s, whose key_hash() is @hash. */
static inline gpointer
key_table_lookup (const KeyTable *kt,
                  guint32         hash,
                  const char     *s,
                  gsize           len)
{
  for (guint i = key_table_first_slot (kt, hash); kt->slots[i].key != NULL; i = (i + 1) & kt->mask)
    {
      const KeySlot *slot = &kt->slots[i];

      if (slot->hash == hash && slot->len == len && memcmp (slot->key, s, len) == 0)
        return slot->value;
    }

  return NULL;
}

static gboolean
is_article_word (const char *w)
{
  return g_str_has_prefix (w, "\xd8\xa7\xd9\x84") && g_utf8_strlen (w, -1) >= 4;
}

/* Splits folded @phrase into word tokens (as the matcher sees them). */
static char **
phrase_tokens (const char *phrase)
{
  g_autoptr(MasarFoldedText) ft = masar_folded_text_new (phrase, -1);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < ft->tokens->len; i++)
    {
      const MasarFoldedToken *t = &g_array_index (ft->tokens, MasarFoldedToken, i);

      g_ptr_array_add (out, g_strndup (ft->text + t->bstart, t->bend - t->bstart));
    }
  g_ptr_array_add (out, NULL);

  return (char **) g_ptr_array_free (out, FALSE);
}

static void
fuzzy_bucket_free (gpointer data)
{
  FuzzyBucket *bucket = data;

  g_array_unref (bucket->keys);
  g_free (bucket);
}

static void
add_fuzzy_key (MasarGazetteer *self,
               const Pattern  *p)
{
  FuzzyKey key = { { 0, }, 0, 0, 0, p };
  const char *s = p->tokens[0];
  FuzzyBucket *bucket;

  if (g_utf8_strlen (s, -1) < FUZZY_MIN_KEY || g_utf8_strlen (s, -1) > FUZZY_MAX_LETTERS)
    return;
  for (; *s; s = g_utf8_next_char (s))
    key.cps[key.len++] = g_utf8_get_char (s);
  key.letters = letter_mask (key.cps, key.len);

  bucket = g_hash_table_lookup (self->fuzzy, GUINT_TO_POINTER (key.cps[0]));
  if (bucket == NULL)
    {
      bucket = g_new0 (FuzzyBucket, 1);
      bucket->keys = g_array_new (FALSE, FALSE, sizeof (FuzzyKey));
      g_hash_table_insert (self->fuzzy, GUINT_TO_POINTER (key.cps[0]), bucket);
    }
  key.order = bucket->keys->len;
  g_array_append_val (bucket->keys, key);
}

static int
compare_fuzzy_keys (gconstpointer a,
                    gconstpointer b)
{
  const FuzzyKey *ka = a;
  const FuzzyKey *kb = b;

  if (ka->len != kb->len)
    return ka->len < kb->len ? -1 : 1;
  return ka->order < kb->order ? -1 : (ka->order > kb->order ? 1 : 0);
}

/* The tables matching reads, once everything is loaded. */
static void
build_match_tables (MasarGazetteer *self)
{
  GHashTableIter iter;
  gpointer key, value;

  key_table_init (&self->index_table, self->index);
  key_table_init (&self->glued_table, self->glued);

  g_hash_table_iter_init (&iter, self->fuzzy);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      FuzzyBucket *bucket = value;
      gunichar first = GPOINTER_TO_UINT (key);
      guint k = 0;

      g_array_sort (bucket->keys, compare_fuzzy_keys);
      for (guint l = 0; l < G_N_ELEMENTS (bucket->by_len); l++)
        {
          while (k < bucket->keys->len && g_array_index (bucket->keys, FuzzyKey, k).len < l)
            k++;
          bucket->by_len[l] = k;
        }
      if (first >= 0x0600 && first <= 0x06FF)
        self->fuzzy_arabic[first - 0x0600] = bucket;
    }
}

static void
add_pattern (MasarGazetteer   *self,
             PatternKind       kind,
             const char       *phrase,
             const ActorEntry *actor,
             const Role       *role)
{
  g_auto(GStrv) tokens = phrase_tokens (phrase);
  Pattern *p;
  GPtrArray *list;
  guint n = g_strv_length (tokens);

  if (n == 0)
    return;

  p = g_new0 (Pattern, 1);
  p->kind = kind;
  p->n_tokens = n;
  p->actor = actor;
  p->role = role;
  if (is_article_word (tokens[0]))
    {
      char *stem = g_strdup (tokens[0] + 4);

      g_free (tokens[0]);
      tokens[0] = stem;
      p->article = TRUE;
    }
  p->tokens = g_steal_pointer (&tokens);
  p->token_lens = g_new (gsize, n);
  for (guint i = 0; i < n; i++)
    p->token_lens[i] = strlen (p->tokens[i]);
  if (n > 1)
    p->next_hash = key_hash (p->tokens[1], p->token_lens[1]);
  g_ptr_array_add (self->patterns, p);

  list = g_hash_table_lookup (self->index, p->tokens[0]);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (self->index, g_strdup (p->tokens[0]), list);
      filter_add (self, p->tokens[0]);
    }
  g_ptr_array_add (list, p);

  /* The same words glued together, as scraping leaves them: "الولاياتالمتحدة". */
  if (n > 1 && (kind == PATTERN_NAME || kind == PATTERN_ROLE))
    {
      GString *glued = g_string_new (p->article ? "\xd8\xa7\xd9\x84" : "");

      for (guint i = 0; i < n; i++)
        g_string_append (glued, p->tokens[i]);
      if (!g_hash_table_contains (self->glued, glued->str))
        {
          filter_add (self, glued->str);
          g_hash_table_insert (self->glued, g_string_free (glued, FALSE), p);
        }
      else
        g_string_free (glued, TRUE);
    }

  if (n == 1 && kind == PATTERN_NAME && actor != NULL &&
      (actor->actor.kind == MASAR_ACTOR_PERSON || actor->actor.kind == MASAR_ACTOR_PLACE))
    add_fuzzy_key (self, p);
}

static const char *
get_string (JsonObject *obj,
            const char *member)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonArray *
get_array (JsonObject *obj,
           const char *member)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_ARRAY)
    return NULL;

  return json_node_get_array (node);
}

static gboolean
parse_date_bound (JsonObject  *obj,
                  const char  *member,
                  gboolean     is_end,
                  gint64      *out,
                  GError     **error)
{
  const char *s = get_string (obj, member);
  MasarDate d = MASAR_DATE_INIT;

  if (s == NULL)
    {
      *out = is_end ? G_MAXINT64 : G_MININT64;
      return TRUE;
    }
  if (!masar_date_parse_iso (s, &d))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Gazetteer: bad date “%s” in a role", s);
      return FALSE;
    }
  *out = masar_date_to_julian (&d);

  return TRUE;
}

/* Adjective phrases made from a country's adjectives: "الجانب الروسي", "القوات الروسية". */
static const char * const side_nouns_masculine[] = {
  "الجانب", "الطرف", "الوفد", "الجيش",
};
static const char * const side_nouns_feminine[] = {
  "الحكومة", "السلطات", "القوات", "الدولة",
};

static gboolean
load_actor (MasarGazetteer  *self,
            JsonObject      *obj,
            GError         **error)
{
  const char *id = get_string (obj, "id");
  const char *kind_str = get_string (obj, "kind");
  const char *name_ar = get_string (obj, "name_ar");
  const char *name_en = get_string (obj, "name_en");
  MasarActorKind kind;
  ActorEntry *e;
  JsonArray *arr;

  if (id == NULL || *id == '\0' || name_ar == NULL || name_en == NULL ||
      !actor_kind_parse (kind_str, &kind))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Gazetteer: actor “%s” lacks an id, a kind, name_ar or name_en",
                   id ? id : "?");
      return FALSE;
    }
  if (g_hash_table_contains (self->by_id, id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Gazetteer: duplicate actor id “%s”", id);
      return FALSE;
    }

  e = g_new0 (ActorEntry, 1);
  e->actor.id = g_strdup (id);
  e->actor.kind = kind;
  e->actor.name_ar = g_strdup (name_ar);
  e->actor.name_en = g_strdup (name_en);
  e->actor.country = g_strdup (get_string (obj, "country"));
  e->actor.side = g_strdup (get_string (obj, "side"));
  e->stands_for = g_strdup (get_string (obj, "stands_for"));
  g_ptr_array_add (self->actors, e);
  g_hash_table_insert (self->by_id, e->actor.id, e);

  add_pattern (self, PATTERN_NAME, name_ar, e, NULL);

  if ((arr = get_array (obj, "names")) != NULL)
    for (guint i = 0; i < json_array_get_length (arr); i++)
      {
        const char *s = json_array_get_string_element (arr, i);

        if (s != NULL)
          add_pattern (self, PATTERN_NAME, s, e, NULL);
      }

  if ((arr = get_array (obj, "context_names")) != NULL)
    for (guint i = 0; i < json_array_get_length (arr); i++)
      {
        const char *s = json_array_get_string_element (arr, i);

        if (s != NULL)
          add_pattern (self, PATTERN_CONTEXT_NAME, s, e, NULL);
      }

  if ((arr = get_array (obj, "adjectives")) != NULL)
    for (guint i = 0; i < json_array_get_length (arr); i++)
      {
        const char *s = json_array_get_string_element (arr, i);

        if (s == NULL)
          continue;
        add_pattern (self, PATTERN_ADJECTIVE, s, e, NULL);
        /* The first adjective is the masculine singular, the second the feminine. */
        if (i < 2 && !is_article_word (s))
          {
            const char * const *nouns = i == 0 ? side_nouns_masculine : side_nouns_feminine;

            for (guint j = 0; j < G_N_ELEMENTS (side_nouns_masculine); j++)
              {
                g_autofree char *phrase = g_strconcat (nouns[j], " ال", s, NULL);

                add_pattern (self, PATTERN_SIDE_PHRASE, phrase, e, NULL);
              }
          }
      }

  return TRUE;
}

static gboolean
load_role (MasarGazetteer  *self,
           JsonObject      *obj,
           GError         **error)
{
  JsonArray *phrases = get_array (obj, "phrases");
  JsonArray *holders = get_array (obj, "holders");
  const char *fallback = get_string (obj, "else");
  Role *role;

  if (phrases == NULL || holders == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Gazetteer: a role needs “phrases” and “holders”");
      return FALSE;
    }

  role = g_new0 (Role, 1);
  role->holders = g_array_new (FALSE, FALSE, sizeof (RoleHolder));
  role->phrase = g_strdup (json_array_get_string_element (phrases, 0));
  g_ptr_array_add (self->roles, role);

  if (fallback != NULL)
    {
      role->fallback = g_hash_table_lookup (self->by_id, fallback);
      if (role->fallback == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Gazetteer: role “%s” falls back to unknown actor “%s”",
                       role->phrase, fallback);
          return FALSE;
        }
    }

  for (guint i = 0; i < json_array_get_length (holders); i++)
    {
      JsonObject *h = json_array_get_object_element (holders, i);
      const char *id = h ? get_string (h, "id") : NULL;
      RoleHolder holder;

      holder.actor = id ? g_hash_table_lookup (self->by_id, id) : NULL;
      if (holder.actor == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Gazetteer: role “%s” names unknown holder “%s”",
                       role->phrase, id ? id : "?");
          return FALSE;
        }
      if (!parse_date_bound (h, "from", FALSE, &holder.from, error) ||
          !parse_date_bound (h, "until", TRUE, &holder.until, error))
        return FALSE;
      holder.alt = json_object_get_boolean_member_with_default (h, "alt", FALSE);
      g_array_append_val (role->holders, holder);
    }

  for (guint i = 0; i < json_array_get_length (phrases); i++)
    {
      const char *s = json_array_get_string_element (phrases, i);

      if (s != NULL)
        add_pattern (self, PATTERN_ROLE, s, NULL, role);
    }

  return TRUE;
}

static void
load_word_set (JsonObject *obj,
               const char *member,
               GHashTable *set)
{
  JsonArray *arr = get_array (obj, member);

  for (guint i = 0; arr != NULL && i < json_array_get_length (arr); i++)
    {
      const char *s = json_array_get_string_element (arr, i);

      if (s != NULL)
        g_hash_table_add (set, masar_fold_string (s));
    }
}

static gboolean
load_json (MasarGazetteer  *self,
           const char      *json,
           gssize           length,
           GError         **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;
  JsonObject *obj;
  JsonArray *arr;
  const char *format;

  if (!json_parser_load_from_data (parser, json, length, error))
    return FALSE;

  root = json_parser_get_root (parser);
  if (root == NULL || JSON_NODE_TYPE (root) != JSON_NODE_OBJECT)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Gazetteer: not a JSON object");
      return FALSE;
    }
  obj = json_node_get_object (root);
  format = get_string (obj, "format");
  if (g_strcmp0 (format, GAZETTEER_FORMAT) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Gazetteer: format is “%s”, expected “%s”",
                   format ? format : "(none)", GAZETTEER_FORMAT);
      return FALSE;
    }

  if ((arr = get_array (obj, "actors")) != NULL)
    for (guint i = 0; i < json_array_get_length (arr); i++)
      {
        JsonObject *a = json_array_get_object_element (arr, i);

        if (a == NULL || !load_actor (self, a, error))
          {
            if (a == NULL)
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Gazetteer: actor %u is not an object", i);
            return FALSE;
          }
      }

  for (guint i = 0; i < self->actors->len; i++)
    {
      ActorEntry *e = g_ptr_array_index (self->actors, i);

      if (e->stands_for != NULL && !g_hash_table_contains (self->by_id, e->stands_for))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Gazetteer: “%s” stands for unknown actor “%s”",
                       e->actor.id, e->stands_for);
          return FALSE;
        }
    }

  if ((arr = get_array (obj, "roles")) != NULL)
    for (guint i = 0; i < json_array_get_length (arr); i++)
      {
        JsonObject *r = json_array_get_object_element (arr, i);

        if (r == NULL || !load_role (self, r, error))
          {
            if (r == NULL)
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Gazetteer: role %u is not an object", i);
            return FALSE;
          }
      }

  load_word_set (obj, "context_words", self->context_words);
  load_word_set (obj, "role_blockers", self->role_blockers);
  load_word_set (obj, "former_words", self->former_words);

  build_match_tables (self);

  return TRUE;
}

/* ---- GObject ---- */

static void
masar_gazetteer_finalize (GObject *object)
{
  MasarGazetteer *self = (MasarGazetteer *)object;

  g_clear_pointer (&self->index_table.slots, g_free);
  g_clear_pointer (&self->glued_table.slots, g_free);
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->glued, g_hash_table_unref);
  g_clear_pointer (&self->fuzzy, g_hash_table_unref);
  g_clear_pointer (&self->context_words, g_hash_table_unref);
  g_clear_pointer (&self->role_blockers, g_hash_table_unref);
  g_clear_pointer (&self->former_words, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->patterns, g_ptr_array_unref);
  g_clear_pointer (&self->roles, g_ptr_array_unref);
  g_clear_pointer (&self->actors, g_ptr_array_unref);

  G_OBJECT_CLASS (masar_gazetteer_parent_class)->finalize (object);
}

static void
masar_gazetteer_class_init (MasarGazetteerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = masar_gazetteer_finalize;
}

static void
masar_gazetteer_init (MasarGazetteer *self)
{
  static gint last_serial = 0;

  self->serial = (guint) g_atomic_int_add (&last_serial, 1) + 1;
  self->actors = g_ptr_array_new_with_free_func (actor_entry_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->patterns = g_ptr_array_new_with_free_func (pattern_free);
  self->roles = g_ptr_array_new_with_free_func (role_free);
  self->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_ptr_array_unref);
  self->glued = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->fuzzy = g_hash_table_new_full (NULL, NULL, NULL, fuzzy_bucket_free);
  self->context_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->role_blockers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->former_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* ---- Public API ---- */

/**
 * masar_gazetteer_new_from_data:
 * @json: a "masar-gazetteer/1" document
 * @length: its length in bytes, or -1 if NUL-terminated
 * @error: return location for an error
 *
 * Reads a gazetteer. The format: an object with "format": "masar-gazetteer/1", "actors"
 * (each with id, kind, name_ar, name_en, and optionally country, side, names,
 * adjectives, context_names, stands_for), "roles" (each with phrases, holders with
 * optional from/until dates, and an optional "else" actor) and "context_words". The
 * "note" member of data/gazetteer.json describes each member.
 *
 * Returns: (transfer full): the gazetteer, or %NULL with @error set
 */
MasarGazetteer *
masar_gazetteer_new_from_data (const char  *json,
                               gssize       length,
                               GError     **error)
{
  g_autoptr(MasarGazetteer) self = NULL;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (MASAR_TYPE_GAZETTEER, NULL);
  if (!load_json (self, json, length, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * masar_gazetteer_new_from_file:
 * @path: a file in the "masar-gazetteer/1" format
 * @error: return location for an error
 *
 * Returns: (transfer full): the gazetteer, or %NULL with @error set
 */
MasarGazetteer *
masar_gazetteer_new_from_file (const char  *path,
                               GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  return masar_gazetteer_new_from_data (contents, length, error);
}

extern GResource *masar_core_get_resource (void);

typedef struct
{
  MasarGazetteer *gazetteer;
  GError         *error;
} DefaultGazetteer;

static gpointer
load_default (gpointer data)
{
  DefaultGazetteer *d = g_new0 (DefaultGazetteer, 1);
  g_autoptr(GBytes) bytes = NULL;

  /* Naming the resource pulls it out of the static library. */
  bytes = g_resource_lookup_data (masar_core_get_resource (), DEFAULT_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &d->error);
  if (bytes != NULL)
    d->gazetteer = masar_gazetteer_new_from_data (g_bytes_get_data (bytes, NULL),
                                                  g_bytes_get_size (bytes), &d->error);

  return d;
}

/**
 * masar_gazetteer_get_default:
 * @error: return location for an error
 *
 * The gazetteer compiled into the core (data/gazetteer.json), loaded once, thread-safely,
 * on first use and kept for the life of the process.
 *
 * Returns: (transfer none): the default gazetteer (do not unref it), or %NULL with @error
 *   set if the built-in data cannot be read
 */
MasarGazetteer *
masar_gazetteer_get_default (GError **error)
{
  static GOnce once = G_ONCE_INIT;
  DefaultGazetteer *d;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  d = g_once (&once, load_default, NULL);
  if (d->gazetteer == NULL)
    {
      if (error != NULL)
        *error = g_error_copy (d->error);
      return NULL;
    }

  return d->gazetteer;
}

/**
 * masar_gazetteer_get_n_actors:
 * @self: a #MasarGazetteer
 *
 * Returns: the number of actors
 */
guint
masar_gazetteer_get_n_actors (MasarGazetteer *self)
{
  g_return_val_if_fail (MASAR_IS_GAZETTEER (self), 0);

  return self->actors->len;
}

/**
 * masar_gazetteer_get_actor:
 * @self: a #MasarGazetteer
 * @index: 0 to masar_gazetteer_get_n_actors() - 1
 *
 * Returns: (transfer none): the actor at @index, in file order
 */
const MasarActor *
masar_gazetteer_get_actor (MasarGazetteer *self,
                           guint           index)
{
  g_return_val_if_fail (MASAR_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (index < self->actors->len, NULL);

  return g_ptr_array_index (self->actors, index);
}

/**
 * masar_gazetteer_lookup:
 * @self: a #MasarGazetteer
 * @id: an actor id
 *
 * Returns: (transfer none) (nullable): the actor, or %NULL
 */
const MasarActor *
masar_gazetteer_lookup (MasarGazetteer *self,
                        const char     *id)
{
  g_return_val_if_fail (MASAR_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * masar_gazetteer_get_stands_for:
 * @self: a #MasarGazetteer
 * @actor: an actor of @self
 *
 * What a place or institution stands for in news text: "موسكو" and "الكرملين" usually
 * mean the Russian government, "كييف" the Ukrainian one, "واشنطن" the American one.
 * The matcher reports the place itself; the extractor decides.
 *
 * Returns: (transfer none) (nullable): the actor @actor stands for, or %NULL
 */
const MasarActor *
masar_gazetteer_get_stands_for (MasarGazetteer   *self,
                                const MasarActor *actor)
{
  const ActorEntry *e;

  g_return_val_if_fail (MASAR_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (actor != NULL, NULL);

  e = g_hash_table_lookup (self->by_id, actor->id);
  if (e == NULL || e->stands_for == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_id, e->stands_for);
}

/* ---- Matching ---- */

typedef struct
{
  guint             tok_start;
  guint             tok_end;
  guint             fstart;     /* folded code points */
  guint             fend;
  const MasarActor *actor;
  double            score;
  gboolean          by_role;
  const Role       *role;       /* for a role phrase */
  gsize             skip;       /* proclitic bytes left out of the first token */
} Candidate;

/* The holder of @role on @when: the one whose term overlaps @when's period most, or with
 * @when unset the latest one. With @former, the holder before that one. */
static const RoleHolder *
resolve_role (const Role      *role,
              const MasarDate *when,
              gboolean         former)
{
  const RoleHolder *best = NULL;
  const RoleHolder *prev = NULL;
  gint64 best_overlap = 0;
  gint64 ref;

  if (when == NULL || !masar_date_is_set (when))
    {
      for (guint i = 0; i < role->holders->len; i++)
        {
          const RoleHolder *h = &g_array_index (role->holders, RoleHolder, i);

          if (!h->alt && (best == NULL || h->from > best->from))
            best = h;
        }
      ref = G_MAXINT64;
    }
  else
    {
      gint64 a = masar_date_to_julian (when);
      gint64 b = masar_date_end_julian (when) + 1;

      for (guint i = 0; i < role->holders->len; i++)
        {
          const RoleHolder *h = &g_array_index (role->holders, RoleHolder, i);
          gint64 lo = MAX (a, h->from);
          gint64 hi = MIN (b, h->until);

          if (!h->alt && hi - lo > best_overlap)
            {
              best = h;
              best_overlap = hi - lo;
            }
        }
      ref = a;
    }

  if (!former)
    return best;

  /* The previous holder: the latest term that began before the current one (or before
   * the date when nobody listed holds the office then), held by someone else. */
  if (best != NULL)
    ref = best->from;
  for (guint i = 0; i < role->holders->len; i++)
    {
      const RoleHolder *h = &g_array_index (role->holders, RoleHolder, i);

      if (!h->alt && h->from < ref && (best == NULL || h->actor != best->actor) &&
          (prev == NULL || h->from > prev->from))
        prev = h;
    }

  return prev;
}

static gboolean
token_in_set (const MasarFoldedText *ft,
              guint                  i,
              GHashTable            *set,
              gboolean               strip)
{
  const MasarFoldedToken *t = &g_array_index (ft->tokens, MasarFoldedToken, i);
  MasarProcliticSplit splits[8];
  char buf[MAX_TOKEN_BYTES];
  gsize len = t->bend - t->bstart;
  guint n_splits = 1;

  if (len >= sizeof buf)
    return FALSE;
  splits[0].prefix_bytes = 0;
  splits[0].article = FALSE;
  if (strip && t->arabic)
    n_splits = masar_proclitic_splits (ft->text + t->bstart, len, splits);
  for (guint s = 0; s < n_splits; s++)
    {
      gsize pre = splits[s].prefix_bytes;

      if (splits[s].article)
        continue;
      memcpy (buf, ft->text + t->bstart + pre, len - pre);
      buf[len - pre] = '\0';
      if (g_hash_table_contains (set, buf))
        return TRUE;
    }

  return FALSE;
}

static void
add_candidate (GArray                *cands,
               const MasarFoldedText *ft,
               guint                  tok_start,
               guint                  tok_end,
               gsize                  skip_bytes,
               const MasarActor      *actor,
               double                 score,
               gboolean               by_role)
{
  const MasarFoldedToken *first = &g_array_index (ft->tokens, MasarFoldedToken, tok_start);
  const MasarFoldedToken *last = &g_array_index (ft->tokens, MasarFoldedToken, tok_end - 1);
  Candidate c;

  /* Proclitics are Arabic letters: two bytes each in the folded text. */
  c.tok_start = tok_start;
  c.tok_end = tok_end;
  c.fstart = first->start + skip_bytes / 2;
  c.fend = last->end;
  c.actor = actor;
  c.score = score;
  c.by_role = by_role;
  c.role = NULL;
  c.skip = skip_bytes;
  g_array_append_val (cands, c);
}

/* Damerau–Levenshtein distance (optimal string alignment). */
static guint
osa_distance (const gunichar *a,
              guint           la,
              const gunichar *b,
              guint           lb)
{
  guint d[FUZZY_MAX_LETTERS + 1][FUZZY_MAX_LETTERS + 1];

  g_assert (la <= FUZZY_MAX_LETTERS && lb <= FUZZY_MAX_LETTERS);

  for (guint i = 0; i <= la; i++)
    d[i][0] = i;
  for (guint j = 0; j <= lb; j++)
    d[0][j] = j;
  for (guint i = 1; i <= la; i++)
    for (guint j = 1; j <= lb; j++)
      {
        guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
        guint v = MIN (d[i - 1][j] + 1, d[i][j - 1] + 1);

        v = MIN (v, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          v = MIN (v, d[i - 2][j - 2] + 1);
        d[i][j] = v;
      }

  return d[la][lb];
}

/* Words that name nobody: no stem of theirs is a key of the index or of the glued table,
 * and no unseen spelling is close to them. That depends on the word alone (not on the
 * words around it), and most words of a text are such words, and frequent: a small
 * direct-mapped memo per thread skips them without splitting off their proclitics. */
#define DEAD_WORDS      2048
#define DEAD_WORD_BYTES 30

typedef struct
{
  guint32 hash;                    /* key_hash() of the whole word */
  guint8  len;                     /* 0: empty */
  char    bytes[DEAD_WORD_BYTES];
} DeadWord;

typedef struct
{
  guint    serial;                 /* of the gazetteer they are dead words of */
  DeadWord words[DEAD_WORDS];
} DeadWords;

static inline DeadWord *
dead_word_slot (DeadWords *dw,
                guint32    hash)
{
  return &dw->words[(hash >> 16) % DEAD_WORDS];
}

static inline gboolean
dead_word_contains (DeadWords  *dw,
                    guint32     hash,
                    const char *w,
                    gsize       len)
{
  const DeadWord *d = dead_word_slot (dw, hash);

  return d->hash == hash && d->len == len && len > 0 && memcmp (d->bytes, w, len) == 0;
}

static inline void
dead_word_add (DeadWords  *dw,
               guint32     hash,
               const char *w,
               gsize       len)
{
  DeadWord *d = dead_word_slot (dw, hash);

  if (len == 0 || len > DEAD_WORD_BYTES)
    return;
  d->hash = hash;
  d->len = len;
  memcpy (d->bytes, w, len);
}

/* One scan of tokens [first, limit) of a folded text. */
typedef struct
{
  MasarGazetteer        *self;
  const MasarFoldedText *ft;
  guint                  first;
  guint                  limit;
  const MasarDate       *when;
  GArray                *cands;
  MasarProcliticSplit    splits[8];   /* of the token being looked at */
  guint32                hashes[8];   /* key_hash() of the stem of each split */
  guint                  n_splits;
  gboolean               any_key;     /* a stem of the token is a key of the index */
} Scan;

static inline const MasarFoldedToken *
scan_token (const Scan *sc,
            guint       i)
{
  return &g_array_index (sc->ft->tokens, MasarFoldedToken, i);
}

/* Matches @p's tokens after the first against the tokens after @i. */
static gboolean
continuation_matches (const Scan    *sc,
                      guint          i,
                      const Pattern *p)
{
  if (i + p->n_tokens > sc->limit)
    return FALSE;
  for (guint j = 1; j < p->n_tokens; j++)
    {
      const MasarFoldedToken *t = scan_token (sc, i + j);

      /* Token text holds no NUL, so equal lengths and bytes mean equal strings. */
      if (!t->blank_before || t->bend - t->bstart != p->token_lens[j] ||
          memcmp (sc->ft->text + t->bstart, p->tokens[j], p->token_lens[j]) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
pattern_to_candidate (Scan          *sc,
                      guint          i,
                      guint          n_tokens,
                      gsize          skip_bytes,
                      const Pattern *p,
                      double         score)
{
  const MasarFoldedText *ft = sc->ft;
  GArray *cands = sc->cands;

  switch (p->kind)
    {
    case PATTERN_ROLE:
      {
        const RoleHolder *holder;
        gboolean former = FALSE;

        /* "مستشار الرئيس الروسي": someone of the office holder's, not the holder. */
        if (i > sc->first && scan_token (sc, i)->blank_before && skip_bytes == 0 &&
            token_in_set (ft, i - 1, sc->self->role_blockers, TRUE))
          break;
        /* "الرئيس الأمريكي السابق": the previous holder. */
        if (i + n_tokens < sc->limit && scan_token (sc, i + n_tokens)->blank_before &&
            token_in_set (ft, i + n_tokens, sc->self->former_words, FALSE))
          {
            former = TRUE;
            n_tokens++;
          }
        holder = resolve_role (p->role, sc->when, former);
        if (holder != NULL)
          {
            add_candidate (cands, ft, i, i + n_tokens, skip_bytes, &holder->actor->actor,
                           score, TRUE);
            g_array_index (cands, Candidate, cands->len - 1).role = p->role;
          }
        else if (p->role->fallback != NULL)
          add_candidate (cands, ft, i, i + n_tokens, skip_bytes, &p->role->fallback->actor,
                         score, FALSE);
      }
      break;
    case PATTERN_ADJECTIVE:
      add_candidate (cands, ft, i, i + n_tokens, skip_bytes, &p->actor->actor,
                     MIN (score, SCORE_ADJECTIVE), FALSE);
      break;
    case PATTERN_SIDE_PHRASE:
      add_candidate (cands, ft, i, i + n_tokens, skip_bytes, &p->actor->actor,
                     MIN (score, SCORE_SIDE_PHRASE), FALSE);
      break;
    case PATTERN_CONTEXT_NAME:
      add_candidate (cands, ft, i, i + n_tokens, skip_bytes, &p->actor->actor,
                     MIN (score, SCORE_CONTEXT), FALSE);
      break;
    case PATTERN_NAME:
      add_candidate (cands, ft, i, i + n_tokens, skip_bytes, &p->actor->actor, score, FALSE);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
previous_is_context_word (const Scan *sc,
                          guint       i)
{
  const MasarFoldedToken *prev;
  char buf[MAX_TOKEN_BYTES];
  gsize len;

  if (i <= sc->first || !scan_token (sc, i)->blank_before)
    return FALSE;
  prev = scan_token (sc, i - 1);
  len = prev->bend - prev->bstart;
  if (len >= sizeof buf)
    return FALSE;
  memcpy (buf, sc->ft->text + prev->bstart, len);
  buf[len] = '\0';

  return g_hash_table_contains (sc->self->context_words, buf);
}

/* Exact lookups of token @i under each proclitic split. Returns whether any was found. */
static gboolean
match_exact (Scan  *sc,
             guint  i)
{
  const MasarFoldedToken *t = scan_token (sc, i);
  const char *w = sc->ft->text + t->bstart;
  gsize len = t->bend - t->bstart;
  gboolean found = FALSE;
  gboolean have_next_hash = FALSE;
  guint32 next_hash = 0;

  for (guint s = 0; s < sc->n_splits; s++)
    {
      gsize pre = sc->splits[s].prefix_bytes;
      gboolean article = sc->splits[s].article;
      GPtrArray *list;

      if (!filter_may_contain (sc->self, sc->hashes[s]))
        continue;
      list = key_table_lookup (&sc->self->index_table, sc->hashes[s], w + pre, len - pre);
      if (list == NULL)
        continue;
      sc->any_key = TRUE;

      for (guint k = 0; k < list->len; k++)
        {
          const Pattern *p = g_ptr_array_index (list, k);

          /* Adjectives match with or without the article, other patterns as written. */
          if (p->kind != PATTERN_ADJECTIVE && p->article != article)
            continue;
          /* Most patterns of a common first word ("الرئيس") differ in the second: its
           * hash rules them out before the continuation is compared. */
          if (p->n_tokens > 1)
            {
              if (i + 1 >= sc->limit)
                continue;
              if (!have_next_hash)
                {
                  const MasarFoldedToken *next = scan_token (sc, i + 1);

                  next_hash = key_hash (sc->ft->text + next->bstart, next->bend - next->bstart);
                  have_next_hash = TRUE;
                }
              if (p->next_hash != next_hash)
                continue;
            }
          if (p->kind == PATTERN_CONTEXT_NAME && (pre != 0 || !previous_is_context_word (sc, i)))
            continue;
          if (!continuation_matches (sc, i, p))
            continue;

          pattern_to_candidate (sc, i, p->n_tokens, article ? pre - 4 : pre, p, SCORE_NAME);
          found = TRUE;
        }
    }

  return found;
}

/* A token that is several words of a pattern glued together ("الولاياتالمتحدة"). Glued
 * keys keep their article, so only the proclitics before it are stripped. */
static gboolean
match_glued (Scan  *sc,
             guint  i)
{
  const MasarFoldedToken *t = scan_token (sc, i);
  const char *w = sc->ft->text + t->bstart;
  gsize len = t->bend - t->bstart;

  for (guint s = 0; s < sc->n_splits; s++)
    {
      gsize pre = sc->splits[s].prefix_bytes;
      const Pattern *p;

      if (sc->splits[s].article || !filter_may_contain (sc->self, sc->hashes[s]))
        continue;
      p = key_table_lookup (&sc->self->glued_table, sc->hashes[s], w + pre, len - pre);
      if (p != NULL)
        {
          pattern_to_candidate (sc, i, 1, pre, p, SCORE_GLUED);
          return TRUE;
        }
    }

  return FALSE;
}

static inline gboolean
has_article_prefix (const char *s,
                    gsize       len)
{
  return len >= 4 && memcmp (s, "\xd8\xa7\xd9\x84", 4) == 0;
}

/* Bits set in @x, inline: without -mpopcnt __builtin_popcountll is a call into libgcc,
 * made for every key of a fuzzy bucket. */
static inline guint
popcount64 (guint64 x)
{
  x = x - ((x >> 1) & G_GUINT64_CONSTANT (0x5555555555555555));
  x = (x & G_GUINT64_CONSTANT (0x3333333333333333)) +
      ((x >> 2) & G_GUINT64_CONSTANT (0x3333333333333333));
  x = (x + (x >> 4)) & G_GUINT64_CONSTANT (0x0F0F0F0F0F0F0F0F);
  return (guint) ((x * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
}

static gboolean
match_fuzzy (Scan  *sc,
             guint  i)
{
  const MasarFoldedToken *t = scan_token (sc, i);
  const char *w = sc->ft->text + t->bstart;
  gsize len = t->bend - t->bstart;
  const FuzzyKey *best = NULL;
  double best_sim = 0;
  gsize best_skip = 0;
  guint best_split = 0;

  if (!t->arabic || t->end - t->start < FUZZY_MIN_LETTERS ||
      t->end - t->start > FUZZY_MAX_LETTERS + 3)
    return FALSE;

  for (guint s = 0; s < sc->n_splits; s++)
    {
      gsize pre = sc->splits[s].prefix_bytes;
      gunichar cps[FUZZY_MAX_LETTERS];
      guint n = 0;
      const char *q = w + pre;
      const char *qend = w + len;
      const FuzzyBucket *bucket;
      guint64 letters;

      /* Fuzzy matching is for bare names: a word with the article is a common noun. */
      if (sc->splits[s].article || has_article_prefix (w + pre, len - pre))
        continue;
      for (; q < qend && n < FUZZY_MAX_LETTERS; q = g_utf8_next_char (q))
        cps[n++] = g_utf8_get_char (q);
      if (q < qend || n < FUZZY_MIN_LETTERS)
        continue;

      if (cps[0] >= 0x0600 && cps[0] <= 0x06FF)
        bucket = sc->self->fuzzy_arabic[cps[0] - 0x0600];
      else
        bucket = g_hash_table_lookup (sc->self->fuzzy, GUINT_TO_POINTER (cps[0]));
      if (bucket == NULL)
        continue;
      letters = letter_mask (cps, n);

      /* Only keys of n - n/5 to n + n/4 letters can be close enough (the test below
       * decides); keys of one length are in the order they were added. */
      for (guint k = bucket->by_len[n - n / 5];
           k < bucket->by_len[MIN (n + n / 4 + 1, FUZZY_MAX_LETTERS + 1)]; k++)
        {
          const FuzzyKey *key = &g_array_index (bucket->keys, FuzzyKey, k);
          guint longest = MAX (n, key->len);
          guint max_dist = (guint) (longest * (1.0 - FUZZY_MIN_SIMILARITY) + 1e-9);
          guint dist;
          double sim;

          if (max_dist == 0 || (n > key->len ? n - key->len : key->len - n) > max_dist ||
              popcount64 (letters ^ key->letters) > 2 * max_dist)
            continue;
          dist = osa_distance (cps, n, key->cps, key->len);
          if (dist == 0 || dist > max_dist)
            continue;
          sim = 1.0 - (double) dist / longest;
          /* The first key in the order added wins a tie, as in one pass over them all. */
          if (sim > best_sim || (sim == best_sim && best_split == s && key->order < best->order))
            {
              best = key;
              best_sim = sim;
              best_skip = pre;
              best_split = s;
            }
        }
    }

  if (best == NULL)
    return FALSE;
  add_candidate (sc->cands, sc->ft, i, i + 1, best_skip, &best->pattern->actor->actor,
                 SCORE_FUZZY * best_sim, FALSE);

  return TRUE;
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;
  guint la = ca->tok_end - ca->tok_start;
  guint lb = cb->tok_end - cb->tok_start;

  if (la != lb)
    return la > lb ? -1 : 1;
  if (ca->fend - ca->fstart != cb->fend - cb->fstart)
    return (ca->fend - ca->fstart) > (cb->fend - cb->fstart) ? -1 : 1;
  if (ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;
  if (ca->tok_start != cb->tok_start)
    return ca->tok_start < cb->tok_start ? -1 : 1;

  return 0;
}

static int
compare_candidates_by_start (gconstpointer a,
                             gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  return ca->tok_start < cb->tok_start ? -1 : (ca->tok_start > cb->tok_start ? 1 : 0);
}

static gboolean
role_has_holder (const Role       *role,
                 const MasarActor *actor)
{
  for (guint i = 0; i < role->holders->len; i++)
    if (&g_array_index (role->holders, RoleHolder, i).actor->actor == actor)
      return TRUE;

  return FALSE;
}

/* "الرئيس الأمريكي السابق جو بايدن", "مبعوث الرئيس الأمريكي كيث كيلوغ": a role phrase
 * followed, after blanks or a comma, by the name of one of its holders is that holder,
 * whatever the date says. */
static void
apply_apposition (const MasarFoldedText *ft,
                  GArray                *chosen)
{
  for (guint c = 0; c + 1 < chosen->len; c++)
    {
      Candidate *role = &g_array_index (chosen, Candidate, c);
      const Candidate *name = &g_array_index (chosen, Candidate, c + 1);
      const MasarFoldedToken *last;
      const MasarFoldedToken *next;
      gboolean gap_ok = TRUE;

      if (role->role == NULL || name->by_role || name->role != NULL || name->skip != 0 ||
          name->tok_start != role->tok_end || name->actor->kind != MASAR_ACTOR_PERSON ||
          !role_has_holder (role->role, name->actor))
        continue;

      last = &g_array_index (ft->tokens, MasarFoldedToken, role->tok_end - 1);
      next = &g_array_index (ft->tokens, MasarFoldedToken, name->tok_start);
      for (const char *q = ft->text + last->bend; q < ft->text + next->bstart && gap_ok;
           q = g_utf8_next_char (q))
        {
          gunichar ch = g_utf8_get_char (q);

          gap_ok = ch == ' ' || ch == ',' || ch == 0x060C || ch == 0x00A0;
        }
      if (gap_ok)
        role->actor = name->actor;
    }
}

/* The candidate, chosen and covered arrays of match_tokens(), kept per thread and
 * emptied per call rather than allocated for every sentence. */
typedef struct
{
  GArray    *cands;
  GArray    *chosen;
  guint8    *covered;
  gsize      covered_size;
  DeadWords *dead;
} MatchScratch;

static void
match_scratch_free (gpointer data)
{
  MatchScratch *ms = data;

  g_array_unref (ms->cands);
  g_array_unref (ms->chosen);
  g_free (ms->covered);
  g_free (ms->dead);
  g_free (ms);
}

static GPrivate match_scratch = G_PRIVATE_INIT (match_scratch_free);

static MatchScratch *
get_match_scratch (MasarGazetteer *self,
                   gsize           n_tokens)
{
  MatchScratch *ms = g_private_get (&match_scratch);

  if (ms == NULL)
    {
      ms = g_new0 (MatchScratch, 1);
      ms->cands = g_array_sized_new (FALSE, FALSE, sizeof (Candidate), 32);
      ms->chosen = g_array_sized_new (FALSE, FALSE, sizeof (Candidate), 32);
      ms->dead = g_new0 (DeadWords, 1);
      g_private_set (&match_scratch, ms);
    }
  if (ms->dead->serial != self->serial)
    {
      memset (ms->dead, 0, sizeof *ms->dead);
      ms->dead->serial = self->serial;
    }
  if (ms->covered_size < n_tokens)
    {
      ms->covered_size = MAX (n_tokens, 2 * ms->covered_size);
      g_free (ms->covered);
      ms->covered = g_new (guint8, ms->covered_size);
    }
  g_array_set_size (ms->cands, 0);
  g_array_set_size (ms->chosen, 0);
  memset (ms->covered, 0, n_tokens);

  return ms;
}

static GArray *
match_tokens (MasarGazetteer        *self,
              const MasarFoldedText *ft,
              guint                  first,
              guint                  limit,
              const MasarDate       *when)
{
  MatchScratch *ms;
  GArray *cands;
  GArray *chosen;
  guint8 *covered;
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (MasarActorMatch));
  Scan sc;

  if (limit <= first)
    return matches;

  ms = get_match_scratch (self, limit - first);
  cands = ms->cands;
  chosen = ms->chosen;
  covered = ms->covered;
  sc.self = self;
  sc.ft = ft;
  sc.first = first;
  sc.limit = limit;
  sc.when = when;
  sc.cands = cands;

  /* Left to right: a match covering token i starts at or before i, so by the time i is
   * looked at, whether an exact match reaches it is known; glued words and unseen
   * spellings are only tried where none does. */
  for (guint i = first; i < limit; i++)
    {
      const MasarFoldedToken *t = scan_token (&sc, i);
      const char *w = ft->text + t->bstart;
      gsize len = t->bend - t->bstart;
      guint before = cands->len;
      guint32 whole_hash;

      if (len >= MAX_TOKEN_BYTES)
        continue;
      whole_hash = key_hash (w, len);
      if (dead_word_contains (ms->dead, whole_hash, w, len))
        continue;
      if (t->arabic)
        sc.n_splits = masar_proclitic_splits (w, len, sc.splits);
      else
        {
          sc.splits[0].prefix_bytes = 0;
          sc.splits[0].article = FALSE;
          sc.n_splits = 1;
        }
      /* The first split is always the whole word. */
      sc.hashes[0] = whole_hash;
      for (guint s = 1; s < sc.n_splits; s++)
        {
          gsize pre = sc.splits[s].prefix_bytes;

          sc.hashes[s] = key_hash (w + pre, len - pre);
        }
      sc.any_key = FALSE;

      if (match_exact (&sc, i))
        {
          for (guint c = before; c < cands->len; c++)
            {
              const Candidate *cand = &g_array_index (cands, Candidate, c);

              for (guint j = cand->tok_start; j < cand->tok_end; j++)
                covered[j - first] = 1;
            }
        }
      else if (!t->arabic)
        {
          if (!sc.any_key)
            dead_word_add (ms->dead, whole_hash, w, len);
        }
      else if (!covered[i - first] && !match_glued (&sc, i) && !match_fuzzy (&sc, i) &&
               !sc.any_key)
        dead_word_add (ms->dead, whole_hash, w, len);
    }

  g_array_sort (cands, compare_candidates);
  memset (covered, 0, limit - first);
  for (guint c = 0; c < cands->len; c++)
    {
      const Candidate *cand = &g_array_index (cands, Candidate, c);
      gboolean free_span = TRUE;

      for (guint j = cand->tok_start; j < cand->tok_end && free_span; j++)
        free_span = !covered[j - first];
      if (!free_span)
        continue;
      for (guint j = cand->tok_start; j < cand->tok_end; j++)
        covered[j - first] = 1;
      g_array_append_val (chosen, *cand);
    }
  g_array_sort (chosen, compare_candidates_by_start);
  apply_apposition (ft, chosen);

  for (guint c = 0; c < chosen->len; c++)
    {
      const Candidate *cand = &g_array_index (chosen, Candidate, c);
      MasarActorMatch m = { 0, };

      masar_folded_text_span (ft, cand->fstart, cand->fend, &m.start, &m.end);
      m.actor = cand->actor;
      m.by_role = cand->by_role;
      m.score = cand->score;
      g_array_append_val (matches, m);
    }

  return matches;
}

/**
 * masar_gazetteer_match:
 * @self: a #MasarGazetteer
 * @text: UTF-8 text (a sentence, or a whole article)
 * @n_bytes: length in bytes, or -1 if NUL-terminated
 * @when: (nullable): the date the text speaks of, to resolve role phrases
 *
 * Finds the actors named in @text. Each word is looked up whole and without its
 * proclitics ("لبوتين", "وزيلينسكي", "بالكرملين"); multi-word names and role phrases
 * must follow each other with only blanks between them. The longest match wins and
 * matches never overlap. Besides names (score 1.0):
 *  - role phrases ("الرئيس الأمريكي") give the holder of the office on @when, the holder
 *    whose term overlaps @when's day, month or year most; with @when unset or %NULL, the
 *    latest holder. by_role is set. When nobody in the gazetteer held the office then,
 *    the role's "else" actor is given (e.g. the country), with by_role unset;
 *  - adjectives ("الروسي", "الأوكرانية") give their country, score 0.9, and phrases such
 *    as "الجانب الروسي" or "القوات الروسية" score 0.95;
 *  - words glued by scraping ("الولاياتالمتحدة") score 0.9;
 *  - ambiguous place names ("كيف" for Kyiv) match only after a context word ("في كيف"),
 *    score 0.9;
 *  - an unseen spelling of a person or place ("ويكتوف") matches when its
 *    Damerau–Levenshtein similarity to a known single-word name is at least 0.8, the
 *    word has at least five letters and no article, the name at least six, and both the
 *    same first letter; score 0.9 × similarity;
 *  - a role phrase followed (after blanks or a comma) by the name of one of its holders
 *    is that holder, whatever the date: "الرئيس الأمريكي السابق جو بايدن".
 * Offsets are code points of @text and leave out proclitics (but keep the article).
 *
 * Returns: (transfer full) (element-type MasarActorMatch): the matches, in text order
 */
GArray *
masar_gazetteer_match (MasarGazetteer  *self,
                       const char      *text,
                       gssize           n_bytes,
                       const MasarDate *when)
{
  g_autoptr(MasarFoldedText) ft = NULL;

  g_return_val_if_fail (MASAR_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (text != NULL || n_bytes == 0, NULL);

  ft = masar_folded_text_new (text ? text : "", n_bytes);

  return match_tokens (self, ft, 0, ft->tokens->len, when);
}

/**
 * masar_gazetteer_match_folded:
 * @self: a #MasarGazetteer
 * @ft: a text folded once with masar_folded_text_new()
 * @first_token: the first token of @ft to look at (a sentence's first word)
 * @end_token: one past the last token to look at
 * @when: (nullable): the date the text speaks of, to resolve role phrases
 *
 * masar_gazetteer_match() over tokens [@first_token, @end_token) of a text already
 * folded, so that a caller that folds a whole article once does not fold every sentence
 * again. Nothing outside the range is looked at (a role phrase cannot be blocked or
 * completed by a word of the previous sentence). Offsets are code points of the text
 * @ft was made from.
 *
 * Returns: (transfer full) (element-type MasarActorMatch): the matches, in text order
 */
GArray *
masar_gazetteer_match_folded (MasarGazetteer        *self,
                              const MasarFoldedText *ft,
                              guint                  first_token,
                              guint                  end_token,
                              const MasarDate       *when)
{
  g_return_val_if_fail (MASAR_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (ft != NULL, NULL);
  g_return_val_if_fail (end_token <= ft->tokens->len, NULL);

  return match_tokens (self, ft, first_token, end_token, when);
}
