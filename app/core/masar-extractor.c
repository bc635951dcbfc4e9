/* masar-extractor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-extractor"
#define _GNU_SOURCE   /* memmem () */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "masar-extractor.h"
#include "masar-event-private.h"
#include "masar-arabic.h"
#include "masar-dates.h"
#include "masar-merge-private.h"

#define LEXICON_RESOURCE "/io/github/masar/Masar/core/lexicon.json"
#define MAX_PHRASE_WORDS 8
#define SPEAKER_AFTER    7   /* tokens after a speech verb where its subject may stand */
#define SPEAKER_BEFORE   5
#define SPEAKER_NEAR     3   /* a country or institution speaks only right after the verb */
#define SUPPORT_BEFORE   5   /* tokens before a noun where its support verb may stand */
#define VERB_FIRST_REACH 18  /* the object of a sentence's first verb, at most this far */
#define REPORTED_DEPTH   10  /* a trigger further after a speech verb is what was said */
#define MAX_EVENTS_PER_SENTENCE 2

/**
 * MasarExtractor:
 *
 * Finds events in articles (stage 5 of the pipeline) and merges the mentions of one event
 * across sentences and articles (stage 6, in masar-merge.c).
 *
 * Each body sentence is folded and tokenized once. Phrases of the trigger lexicon
 * (`data/lexicon.json`) give candidate events; the sentence's actors (gazetteer), dates and
 * modality cues (negation, plans, hypotheticals, demands) decide whether a candidate is an
 * event, with which participants and roles, when, and where. A speech verb with a speaker
 * makes a statement unless the sentence reports a stronger event of its own. See
 * `docs/events-format-extensions.md` for what is written.
 */
struct _MasarExtractor
{
  GObject         parent_instance;

  MasarGazetteer *gazetteer;
};

G_DEFINE_FINAL_TYPE (MasarExtractor, masar_extractor, G_TYPE_OBJECT)

/* ---- The lexicon ---- */

typedef enum
{
  SET_SUPPORT,
  SET_SPEECH,
  SET_SPEECH_CARRY,
  SET_NEGATOR,
  SET_BRIDGE,
  SET_PLANNED,
  SET_HYPOTHETICAL,
  SET_DEMANDED,
  SET_MEDIATION,
  SET_LOCATION_PREP,
  SET_RESULT,
  SET_OUTLET,
  SET_OUTLET_HEAD,
  N_SETS
} WordSet;

static const char *set_names[N_SETS] = {
  [SET_SUPPORT] = "support",
  [SET_SPEECH] = "speech",
  [SET_SPEECH_CARRY] = "speech_carry",
  [SET_NEGATOR] = "negators",
  [SET_BRIDGE] = "negation_bridge",
  [SET_PLANNED] = "planned",
  [SET_HYPOTHETICAL] = "hypothetical",
  [SET_DEMANDED] = "demanded",
  [SET_MEDIATION] = "mediation",
  [SET_LOCATION_PREP] = "location_preps",
  [SET_RESULT] = "result_verbs",
  [SET_OUTLET] = "outlets",
  [SET_OUTLET_HEAD] = "outlet_heads",
};

typedef struct
{
  guint   n_words;
  char   *words[MAX_PHRASE_WORDS];
  gsize   lens[MAX_PHRASE_WORDS];
  guint8  prefix[MAX_PHRASE_WORDS];
} Phrase;

typedef struct
{
  MasarEventType  type;
  gboolean        strong;
  double          weight;
  GPtrArray      *requires;     /* of Phrase */
  gboolean        source_not_ukraine;
  gboolean        trip;         /* a journey: a person travels to somewhere */
  gboolean        with_actor;   /* "تحدث مع": the one spoken with must be an actor */
} Trigger;

typedef struct
{
  const Phrase *phrase;
  gint16        trigger;        /* index into triggers, or -1 */
  gint8         set;            /* a WordSet, or -1 */
  guint8        n_words;        /* phrase->n_words: a word alone matches without a look */
} Ref;

/* An open-addressing table from a first word (folded bytes) to its Refs: the lexicon is
 * looked up for every proclitic split of every token, so it must not copy or re-hash. The
 * probes read the slots' hashes from an array of their own, small enough to stay in the
 * cache; most words are no key and end at an empty slot there. */
typedef struct
{
  const char *key;              /* NULL for an empty slot */
  gsize       len;
  GArray     *refs;             /* of Ref */
} Slot;

typedef struct
{
  guint32 *hashes;              /* of each slot: its key's slot_hash(), 0 when empty */
  Slot    *slots;
  guint    mask;
  guint    n_used;
} WordTable;

/* A hash as the table keeps it: never 0, which marks an empty slot. */
static inline guint32
slot_hash (guint32 hash)
{
  return hash != 0 ? hash : 1;
}

typedef struct
{
  GArray     *triggers;         /* of Trigger */
  GPtrArray  *phrases;          /* of Phrase, owned */
  WordTable   exact;            /* first word → Refs, hashed with suffix_hash() */
  WordTable   prefix;           /* first word (a prefix) → Refs, hashed with word_hash() */
  gsize       prefix_lens[16];  /* the byte lengths of prefix first words, longest first */
  guint       n_prefix_lens;
  guint32     prefix_ends[8];   /* bit set: the last bytes of prefix first words */
} Lexicon;

/* FNV-1a, from the first byte */
static inline guint32
word_hash (const char *w,
           gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) w[i]) * 16777619u;
  return h;
}

/* FNV-1a, from the last byte back: every proclitic split of a token is a suffix of it, so
 * one pass over the token gives the hash of each (see tok_lookup()). */
static inline guint32
suffix_hash (const char *w,
             gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = len; i > 0; i--)
    h = (h ^ (guchar) w[i - 1]) * 16777619u;
  return h;
}

static void
word_table_init (WordTable *table,
                 guint      size)
{
  table->hashes = g_new0 (guint32, size);
  table->slots = g_new0 (Slot, size);
  table->mask = size - 1;
  table->n_used = 0;
}

static Slot *
word_table_slot (const WordTable *table,
                 const char      *w,
                 gsize            len,
                 guint32          hash)
{
  guint i;

  hash = slot_hash (hash);
  for (i = hash & table->mask; table->hashes[i] != 0; i = (i + 1) & table->mask)
    if (table->hashes[i] == hash && table->slots[i].len == len &&
        memcmp (table->slots[i].key, w, len) == 0)
      break;
  return &table->slots[i];
}

/* Tokens up to this many bytes have the hashes of all their suffixes computed at once. */
#define HASHED_SUFFIX_MAX 63

static void
phrase_free (gpointer data)
{
  Phrase *p = data;

  for (guint i = 0; i < p->n_words; i++)
    g_free (p->words[i]);
  g_free (p);
}

static Phrase *
phrase_new (const char *text)
{
  g_autofree char *folded = masar_fold_string (text);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t", -1);
  Phrase *p = g_new0 (Phrase, 1);

  for (guint i = 0; words[i] != NULL && p->n_words < MAX_PHRASE_WORDS; i++)
    {
      char *w = words[i];
      gsize len = strlen (w);

      if (len == 0)
        continue;
      if (w[len - 1] == '*')
        {
          p->prefix[p->n_words] = TRUE;
          w[--len] = '\0';
        }
      p->words[p->n_words] = g_strdup (w);
      p->lens[p->n_words] = len;
      p->n_words++;
    }
  if (p->n_words == 0)
    {
      phrase_free (p);
      return NULL;
    }
  return p;
}

static void
lexicon_index (Lexicon      *lex,
               const Phrase *phrase,
               int           trigger,
               int           set)
{
  WordTable *table = phrase->prefix[0] ? &lex->prefix : &lex->exact;
  guint32 hash = phrase->prefix[0] ? word_hash (phrase->words[0], phrase->lens[0])
                                   : suffix_hash (phrase->words[0], phrase->lens[0]);
  Slot *slot = word_table_slot (table, phrase->words[0], phrase->lens[0], hash);
  Ref ref = { phrase, trigger, set, phrase->n_words };

  if (slot->key == NULL)
    {
      /* keep the table at most half full */
      if (2 * (table->n_used + 1) > table->mask + 1)
        g_error ("the trigger lexicon has too many first words");
      slot->key = phrase->words[0];
      slot->len = phrase->lens[0];
      table->hashes[slot - table->slots] = slot_hash (hash);
      slot->refs = g_array_new (FALSE, FALSE, sizeof (Ref));
      table->n_used++;
    }
  g_array_append_val (slot->refs, ref);
  if (phrase->prefix[0])
    {
      guchar last = phrase->words[0][phrase->lens[0] - 1];
      guint k;

      lex->prefix_ends[last / 32] |= 1u << (last % 32);
      for (k = 0; k < lex->n_prefix_lens && lex->prefix_lens[k] != phrase->lens[0]; k++)
        ;
      if (k == lex->n_prefix_lens && k < G_N_ELEMENTS (lex->prefix_lens))
        {
          /* insert, longest first */
          while (k > 0 && lex->prefix_lens[k - 1] < phrase->lens[0])
            {
              lex->prefix_lens[k] = lex->prefix_lens[k - 1];
              k--;
            }
          lex->prefix_lens[k] = phrase->lens[0];
          lex->n_prefix_lens++;
        }
    }
}

static GPtrArray *
read_phrase_list (JsonArray *array)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *s = json_array_get_string_element (array, i);
      Phrase *p = s ? phrase_new (s) : NULL;

      if (p != NULL)
        g_ptr_array_add (out, p);
    }
  return out;
}

static Lexicon *
lexicon_load (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *triggers;
  Lexicon *lex;

  bytes = g_resources_lookup_data (LEXICON_RESOURCE, 0, error);
  if (bytes == NULL)
    return NULL;
  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), error))
    return NULL;
  root = json_node_get_object (json_parser_get_root (parser));

  lex = g_new0 (Lexicon, 1);
  lex->triggers = g_array_new (FALSE, TRUE, sizeof (Trigger));
  lex->phrases = g_ptr_array_new_with_free_func (phrase_free);
  word_table_init (&lex->exact, 2048);
  word_table_init (&lex->prefix, 64);

  triggers = json_object_get_array_member (root, "triggers");
  for (guint i = 0; i < json_array_get_length (triggers); i++)
    {
      JsonObject *t = json_array_get_object_element (triggers, i);
      Trigger trig = { 0 };
      g_autoptr(GPtrArray) phrases = NULL;
      int index;

      if (!masar_event_type_from_string (json_object_get_string_member (t, "type"), &trig.type))
        continue;
      trig.strong = g_strcmp0 (json_object_get_string_member_with_default (t, "strength", "weak"),
                               "strong") == 0;
      trig.weight = json_object_get_double_member_with_default (t, "weight", 0.6);
      trig.source_not_ukraine =
        g_strcmp0 (json_object_get_string_member_with_default (t, "requires_actor_side", ""),
                   "notukraine") == 0;
      trig.trip = json_object_get_boolean_member_with_default (t, "trip", FALSE);
      trig.with_actor = json_object_get_boolean_member_with_default (t, "with_actor", FALSE);
      if (json_object_has_member (t, "requires"))
        {
          trig.requires = read_phrase_list (json_object_get_array_member (t, "requires"));
          for (guint k = 0; k < trig.requires->len; k++)
            g_ptr_array_add (lex->phrases, g_ptr_array_index (trig.requires, k));
        }
      g_array_append_val (lex->triggers, trig);
      index = lex->triggers->len - 1;
      if (index > G_MAXINT16)
        g_error ("the trigger lexicon has too many triggers");

      phrases = read_phrase_list (json_object_get_array_member (t, "phrases"));
      for (guint k = 0; k < phrases->len; k++)
        {
          Phrase *p = g_ptr_array_index (phrases, k);

          g_ptr_array_add (lex->phrases, p);
          lexicon_index (lex, p, index, -1);
        }
    }

  for (int s = 0; s < N_SETS; s++)
    {
      g_autoptr(GPtrArray) phrases = NULL;

      if (!json_object_has_member (root, set_names[s]))
        continue;
      phrases = read_phrase_list (json_object_get_array_member (root, set_names[s]));
      for (guint k = 0; k < phrases->len; k++)
        {
          Phrase *p = g_ptr_array_index (phrases, k);

          g_ptr_array_add (lex->phrases, p);
          lexicon_index (lex, p, -1, s);
        }
    }

  return lex;
}

static const Lexicon *
lexicon_get (void)
{
  static Lexicon *lexicon = NULL;

  if (g_once_init_enter (&lexicon))
    {
      g_autoptr(GError) error = NULL;
      Lexicon *lex = lexicon_load (&error);

      if (lex == NULL)
        g_error ("the built-in trigger lexicon cannot be read: %s", error->message);
      g_once_init_leave (&lexicon, lex);
    }
  return lexicon;
}

/* ---- Tokens of a paragraph ---- */

/* Kept small: the checks of a sentence walk its tokens again and again. */
typedef struct
{
  const char *w;         /* folded word (not NUL-terminated) */
  guint       len;
  guint       start;     /* original code points, relative to the paragraph */
  guint       end;
  guint32     flags;     /* 1 << WordSet for sets whose phrase starts here */
  guint8      splits[8]; /* the proclitic splits: the bytes before each stem, 0 first */
  guint8      n_splits;
  guint8      n_refs;
  guint8      lam_root;  /* a lexicon word that begins with ل is its stem */
  guint8      outlet;    /* words of an outlet's name from here (0 when none) */
  guint8      in_outlet; /* 1: a word of an outlet's name; 2: after a head noun */
  GArray     *refs[8];   /* lexicon entries this token can start (tok_lookup) */
} Tok;

/* Empty tokens after the last real one (see analyse_paragraph). */
#define TOK_PADDING 8

/* A folded word with its length in bytes, for the fixed word lists below */
typedef struct
{
  const char *w;
  gsize       len;
} Word;

#define WORD(s) { s, sizeof (s) - 1 }

static gboolean
tok_matches (const Tok    *t,
             const char   *word,
             gsize         len,
             gboolean      prefix)
{
  for (guint i = 0; i < t->n_splits; i++)
    {
      const char *stem = t->w + t->splits[i];
      gsize slen = t->len - t->splits[i];

      /* the last byte first: it tells most words apart without a call to memcmp() (the
       * first byte of an Arabic letter is one of two) */
      if ((prefix ? slen >= len : slen == len) && stem[len - 1] == word[len - 1] &&
          memcmp (stem, word, len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Is @t the string literal @folded (after proclitics)? Its length is known when compiled. */
#define is_word(t, folded) tok_matches ((t), (folded), sizeof (folded) - 1, FALSE)

static gboolean
is_word_in (const Tok  *t,
            const Word *words,
            guint       n_words)
{
  char last;

  if (t->len == 0)
    return FALSE;
  /* a word is a stem of @t only if @t ends in its last byte */
  last = t->w[t->len - 1];
  for (guint k = 0; k < n_words; k++)
    if (words[k].w[words[k].len - 1] == last && tok_matches (t, words[k].w, words[k].len, FALSE))
      return TRUE;
  return FALSE;
}

/* Does @phrase match the tokens from @i on (not past @n)? Its first word is known to. */
static gboolean
phrase_matches_at (const Phrase *phrase,
                   const Tok    *toks,
                   guint         i,
                   guint         n)
{
  if (i + phrase->n_words > n)
    return FALSE;
  for (guint k = 1; k < phrase->n_words; k++)
    if (!tok_matches (&toks[i + k], phrase->words[k], phrase->lens[k], phrase->prefix[k]))
      return FALSE;
  return TRUE;
}

typedef struct
{
  int    trigger;
  guint  first;       /* token indices, within the sentence's tokens */
  guint  last;
} Hit;

static void
add_refs (GArray    *refs,
          const Tok *toks,
          guint      i,
          guint      n,
          GArray    *hits,
          guint32   *flags,
          guint     *outlet)
{
  for (guint r = 0; refs != NULL && r < refs->len; r++)
    {
      const Ref *ref = &g_array_index (refs, Ref, r);

      if (ref->n_words > 1 && !phrase_matches_at (ref->phrase, toks, i, n))
        continue;
      if (ref->set >= 0)
        {
          *flags |= 1u << ref->set;
          if (ref->set == SET_OUTLET && ref->n_words > *outlet)
            *outlet = ref->n_words;
        }
      else
        {
          Hit hit = { ref->trigger, i, i + ref->n_words - 1 };

          g_array_append_val (hits, hit);
        }
    }
}

#define MAX_TOK_REFS 8

/* The lexicon entries whose first word this token can be (every proclitic split, exact
 * words and then prefixes longest first); looked up once per token. */
static void
tok_lookup (const Lexicon *lex,
            Tok           *t)
{
  gboolean conj_split = FALSE;
  guint32 suffix_hashes[HASHED_SUFFIX_MAX + 1];  /* [i]: suffix_hash() of t->w + i */
  gboolean hashed = t->len <= HASHED_SUFFIX_MAX;

  t->n_refs = 0;
  t->lam_root = FALSE;
  if (hashed)
    {
      guint32 h = 2166136261u;

      suffix_hashes[t->len] = h;
      for (gsize i = t->len; i > 0; i--)
        {
          h = (h ^ (guchar) t->w[i - 1]) * 16777619u;
          suffix_hashes[i - 1] = h;
        }
    }
  for (guint s = 0; s < t->n_splits; s++)
    conj_split |= t->splits[s] == 2;
  /* و or ف before a word of two letters ("ولم", "فلا"), which proclitic splitting leaves
   * whole */
  if (!conj_split && t->len >= 4 && t->len <= 6 && (guchar) t->w[0] == 0xd9 &&
      ((guchar) t->w[1] == 0x88 || (guchar) t->w[1] == 0x81))
    {
      GArray *refs = word_table_slot (&lex->exact, t->w + 2, t->len - 2, suffix_hashes[2])->refs;

      if (refs != NULL)
        t->refs[t->n_refs++] = refs;
    }
  for (guint s = 0; s < t->n_splits; s++)
    {
      gsize pb = t->splits[s];
      const char *stem = t->w + pb;
      gsize slen = t->len - pb;
      GArray *refs;

      if (slen == 0)
        continue;
      refs = word_table_slot (&lex->exact, stem, slen,
                              hashed ? suffix_hashes[pb] : suffix_hash (stem, slen))->refs;
      /* an indefinite accusative keeps the alef of its tanween ("اتفاقاً", "مقترحاً",
       * "هجوماً"): a noun of the lexicon without it */
      if (refs == NULL && slen >= 8 && (guchar) stem[slen - 2] == 0xd8 &&
          (guchar) stem[slen - 1] == 0xa7)
        refs = word_table_slot (&lex->exact, stem, slen - 2, suffix_hash (stem, slen - 2))->refs;
      if (refs != NULL && t->n_refs < MAX_TOK_REFS)
        t->refs[t->n_refs++] = refs;
      if (refs != NULL && slen >= 2 && (guchar) stem[0] == 0xd9 && (guchar) stem[1] == 0x84)
        for (guint r = 0; r < refs->len; r++)
          if (g_array_index (refs, Ref, r).trigger >= 0)
            t->lam_root = TRUE;
      for (guint k = 0; k < lex->n_prefix_lens; k++)
        {
          gsize plen = lex->prefix_lens[k];
          guchar last;

          if (plen > slen)
            continue;
          /* no prefix word ends in this byte: nothing to hash */
          last = stem[plen - 1];
          if (!(lex->prefix_ends[last / 32] & (1u << (last % 32))))
            continue;
          refs = word_table_slot (&lex->prefix, stem, plen, word_hash (stem, plen))->refs;
          if (refs != NULL && t->n_refs < MAX_TOK_REFS)
            t->refs[t->n_refs++] = refs;
        }
    }
}

static void
collect_refs (const Tok *toks,
              guint      i,
              guint      n,
              GArray    *hits,
              guint32   *flags,
              guint     *outlet)
{
  for (guint r = 0; r < toks[i].n_refs; r++)
    add_refs (toks[i].refs[r], toks, i, n, hits, flags, outlet);
}

/* ---- Per-sentence analysis ---- */

/* Titles that, bare, refer back to the person last named by them in the article. */
typedef enum
{
  TITLE_SPOKESPERSON,
  TITLE_MINISTER,
  N_TITLES
} Title;

/* The title a token is ("المتحدث", "والناطقة", "الوزير", "وزير"), or -1. A bare
 * "الرئيس" is not one: in a spokesperson's words it is their own president, whoever the
 * article named last. */
static int
tok_title (const Tok *t)
{
#define TITLE_WORD(w, title) { w, sizeof (w) - 1, title }
  static const struct { const char *w; gsize len; Title title; } titles[] = {
    TITLE_WORD ("المتحدث", TITLE_SPOKESPERSON), TITLE_WORD ("المتحدثه", TITLE_SPOKESPERSON),
    TITLE_WORD ("الناطق", TITLE_SPOKESPERSON), TITLE_WORD ("الناطقه", TITLE_SPOKESPERSON),
    TITLE_WORD ("الوزير", TITLE_MINISTER), TITLE_WORD ("الوزيره", TITLE_MINISTER),
    TITLE_WORD ("وزير", TITLE_MINISTER), TITLE_WORD ("وزيره", TITLE_MINISTER),
  };
#undef TITLE_WORD
  guchar last;

  if (t->len < 8)
    return -1;
  /* A title is a stem, so the word ends in it: most words are ruled out by their last byte
   * (every title ends in ث, ق, ر or ه: the second bytes below), the rest by their last two
   * letters, before the proclitic splits are compared. */
  last = (guchar) t->w[t->len - 1];
  if (last != 0xab && last != 0x82 && last != 0xb1 && last != 0x87)
    return -1;
  for (guint k = 0; k < G_N_ELEMENTS (titles); k++)
    if (t->len >= titles[k].len &&
        memcmp (t->w + t->len - 4, titles[k].w + titles[k].len - 4, 4) == 0 &&
        tok_matches (t, titles[k].w, titles[k].len, FALSE))
      return titles[k].title;
  return -1;
}

static gboolean
tok_in_match (const Tok *t,
              GArray    *matches)
{
  for (guint m = 0; matches != NULL && m < matches->len; m++)
    {
      const MasarActorMatch *am = &g_array_index (matches, MasarActorMatch, m);

      if (am->start < t->end && am->end > t->start)
        return TRUE;
    }
  return FALSE;
}

/* A bare definite title ("وأضاف الناطق الرسمي", "قال الوزير إن") that no actor match
 * covers and that no other word qualifies ("المتحدث باسم …", "الوزير الفرنسي"): the title
 * it is, or -1. */
static int
bare_title (const Tok *toks,
            guint      i,
            guint      n,
            GArray    *matches)
{
  int title = tok_title (&toks[i]);
  const Tok *next;

  if (title < 0 || tok_in_match (&toks[i], matches))
    return -1;
  /* "وزير الخارجية", undefined, is never bare */
  if (!tok_matches (&toks[i], "ال", 4, TRUE))
    return -1;
  if (i + 1 >= n)
    return title;
  next = &toks[i + 1];
  if (tok_in_match (next, matches) || is_word (next, "باسم"))
    return -1;
  if (tok_matches (next, "ال", 4, TRUE) && !is_word (next, "الرسمي") && !is_word (next, "الرسميه"))
    return -1;
  /* "الناطق الرسمي باسم …" */
  if (i + 2 < n && is_word (&toks[i + 2], "باسم"))
    return -1;
  return title;
}

/* A word that ends a newspaper's or an agency's name: what it reports, or from whom. */
static gboolean
ends_outlet_name (const Tok *t)
{
  static const Word stops[] = { WORD ("ان"), WORD ("بان"), WORD ("عن"), WORD ("نقلا"),
                                WORD ("من"), WORD ("في"), WORD ("الى"), WORD ("على"), WORD ("حول"),
                                WORD ("بشان"), WORD ("مع"), WORD ("لدى"), WORD ("ضد") };

  if (t->flags & ((1u << SET_SPEECH) | (1u << SET_SUPPORT) | (1u << SET_OUTLET_HEAD)))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (stops); k++)
    if (t->len == stops[k].len && memcmp (t->w, stops[k].w, t->len) == 0)
      return TRUE;
  return FALSE;
}

/* A definite feminine adjective after an outlet's name ("وكالة تاس الروسية",
 * "صحيفة الغارديان البريطانية"): folded, it begins with ال and ends with يه. */
static gboolean
is_outlet_adjective (const Tok *t)
{
  return t->len > 8 && memcmp (t->w, "\xd8\xa7\xd9\x84", 4) == 0 &&
         memcmp (t->w + t->len - 4, "\xd9\x8a\xd9\x87", 4) == 0;
}

/* Newspapers and agencies are not actors of the track: the words of an outlet's name
 * ("واشنطن بوست", "وكالة تاس الروسية") and a few words after a head noun ("صحيفة",
 * "وكالة الأنباء") up to what the outlet reports are marked, and the actors found there
 * are left out (a place or country in them only names the outlet). */
static void
mark_outlets (Tok   *toks,
              guint  n)
{
  for (guint i = 0; i < n; i++)
    {
      guint j;

      if (toks[i].outlet > 0)
        {
          for (j = i; j < n && j < i + toks[i].outlet; j++)
            toks[j].in_outlet = 1;
          for (guint k = 0; k < 2 && j < n && is_outlet_adjective (&toks[j]); k++, j++)
            toks[j].in_outlet = 1;
        }
      if (toks[i].flags & (1u << SET_OUTLET_HEAD))
        for (j = i + 1; j < n && j <= i + 3 && !ends_outlet_name (&toks[j]); j++)
          if (toks[j].in_outlet == 0)
            toks[j].in_outlet = 2;
    }
}

typedef struct
{
  const MasarActor *actor;
  guint             tok;       /* index of its first token within the sentence */
  guint             mediator : 1;
} SentActor;

/* Code points of the file text to pointers, for offsets that mostly move forward a little
 * (from one token to the next in a sentence): a step from the last offset asked for is
 * cheaper than masar_file_text_pointer(), which walks up to 15 code points from its index. */
#define CURSOR_REACH 24

typedef struct
{
  MasarFileText *text;
  guint          n_chars;
  guint          pos;
  const char    *p;           /* the text at pos */
} TextCursor;

static void
cursor_init (TextCursor    *c,
             MasarFileText *text)
{
  c->text = text;
  c->n_chars = masar_file_text_get_n_chars (text);
  c->pos = 0;
  c->p = masar_file_text_get_text (text);
}

/* The text at code point @pos (clamped to the text, as masar_file_text_pointer()). */
static const char *
cursor_at (TextCursor *c,
           guint       pos)
{
  pos = MIN (pos, c->n_chars);
  if (pos < c->pos || pos - c->pos > CURSOR_REACH)
    {
      c->p = masar_file_text_pointer (c->text, pos);
      c->pos = pos;
    }
  for (; c->pos < pos; c->pos++)
    c->p = g_utf8_next_char (c->p);
  return c->p;
}

/* Moves the cursor to code point @pos, which is at @p (@pos not past the text). */
static void
cursor_set (TextCursor *c,
            guint       pos,
            const char *p)
{
  g_assert (pos <= c->n_chars);
  c->pos = pos;
  c->p = p;
}

/* A copy of the text of code points [@start, @end), as masar_file_text_substring(). */
static char *
cursor_substring (TextCursor *c,
                  guint       start,
                  guint       end)
{
  const char *p = cursor_at (c, start);

  return g_strndup (p, cursor_at (c, MAX (start, end)) - p);
}

typedef struct
{
  MasarExtractor    *self;
  const Lexicon     *lex;
  MasarArticle      *article;
  MasarFileText     *text;
  TextCursor         cursor;          /* over text, within a sentence */
  TextCursor         para_cursor;     /* over text, from paragraph to paragraph */
  const char        *article_id;
  MasarDate          published;
  MasarDateBasis     published_basis;
  const GArray      *paragraphs;
  int                year_hint;       /* undated article: the latest year it writes, or 0 */
  gboolean           year_hint_known; /* year_hint is computed when first needed */
  MasarDate          last_date;       /* undated article: the last date a sentence gave */
  MasarDate          role_date;       /* see role_date () */
  MasarDate          last_day;        /* the last day a sentence's own words gave */
  const char        *sentence;        /* the sentence being read, in the file text */
  gsize              sentence_len;
  MasarDate          last_date_end;
  GPtrArray         *events;          /* output */
  GPtrArray         *context;         /* of MasarActor*: actors of the last sentence with some */
  const MasarActor  *last_speaker;
  const MasarActor  *title_holder[N_TITLES]; /* last person named by each title */
  guint              n_talks;         /* talks and calls told so far */
  guint              n_agreements;    /* agreements told so far */
  guint              sentences_since_speaker;
  gboolean           relevant;
  MasarFoldedText   *ft;              /* of the paragraph being read */
  /* Scratch arrays of analyse_sentence(), emptied for each sentence rather than made anew */
  GArray            *hits;            /* of Hit */
  GArray            *cands;           /* of Candidate */
  GArray            *sactors;         /* of SentActor */
  GPtrArray         *ev_actors;       /* of MasarActor*: the actors of the event being made */
  GArray            *ev_roles;        /* of MasarRole: their roles */
  GArray            *interned;        /* of InternedActor: the actors' ids, interned */
  Tok               *toks;            /* a paragraph's tokens, grown as needed */
  guint              toks_size;
} ArticleCtx;

typedef struct
{
  const MasarActor *actor;
  const char       *id;       /* g_intern_string (actor->id) */
} InternedActor;

/* The actor's id, interned: g_intern_string() takes a global lock, and an article names
 * few actors many times. */
static const char *
intern_actor_id (ArticleCtx       *ctx,
                 const MasarActor *actor)
{
  InternedActor ia;

  for (guint i = 0; i < ctx->interned->len; i++)
    if (g_array_index (ctx->interned, InternedActor, i).actor == actor)
      return g_array_index (ctx->interned, InternedActor, i).id;
  ia.actor = actor;
  ia.id = g_intern_string (actor->id);
  g_array_append_val (ctx->interned, ia);
  return ia.id;
}

static gboolean
actor_is_track (const MasarActor *a)
{
  return a->side != NULL && (strcmp (a->side, "russia") == 0 || strcmp (a->side, "ukraine") == 0);
}

static gboolean
has_flag_in (const Tok *toks,
             guint      from,
             guint      to,
             WordSet    set)
{
  for (guint i = from; i < to; i++)
    if (toks[i].flags & (1u << set))
      return TRUE;
  return FALSE;
}


/* Does the sentence open with analysts or observers as its subject ("ويرى محللون أن",
 * "يقول خبراء إن", "بحسب مراقبين")? */
static gboolean
is_commentary (const Tok *toks,
               guint      n_toks)
{
  static const Word who[] = { WORD ("محللون"), WORD ("محللين"), WORD ("مراقبون"),
                              WORD ("مراقبين"), WORD ("خبراء"), WORD ("محللو"), WORD ("مراقبو"),
                              WORD ("خبير"), WORD ("محلل") };

  for (guint i = 0; i < MIN (n_toks, 4); i++)
    if (is_word_in (&toks[i], who, G_N_ELEMENTS (who)))
      return TRUE;
  return FALSE;
}

/* Reported words that count the speaker among the sides ("إن الطرفين اتفقا"). */
static gboolean
names_both_sides (const Tok *toks,
                  guint      from,
                  guint      to)
{
  static const Word sides[] = { WORD ("الطرفين"), WORD ("الطرفان"), WORD ("الجانبين"),
                                WORD ("الجانبان"), WORD ("البلدين"), WORD ("البلدان"),
                                WORD ("الزعيمين"), WORD ("الزعيمان"), WORD ("الرئيسين"),
                                WORD ("الرئيسان"), WORD ("اننا"), WORD ("انه"), WORD ("انها") };

  for (guint i = from; i <= to; i++)
    if (is_word_in (&toks[i], sides, G_N_ELEMENTS (sides)))
      return TRUE;
  return FALSE;
}

/* Where a support verb of the noun at @first may stand: a few words before it, but not
 * before what a speaker says when the noun is in their words ("قال X خلال مراسم التوقيع إن
 * الاتفاق …": the signing is the setting, the agreement is the one already told). */
static guint
backref_from (guint first,
              guint said)
{
  guint from = first > SUPPORT_BEFORE ? first - SUPPORT_BEFORE : 0;

  return said <= first ? MAX (from, said) : from;
}

/* The word has the article (after و/ف and a preposition): "القمة", "والاجتماع", "للقاء". */
static gboolean
tok_is_definite (const Tok *t)
{
  const guchar *w = (const guchar *) t->w;
  gsize len = t->len;

  if (len > 2 && w[0] == 0xd9 && (w[1] == 0x88 || w[1] == 0x81))
    {
      w += 2;
      len -= 2;
    }
  if (len > 4 && w[0] == 0xd9 && w[1] == 0x84 && w[2] == 0xd9 && w[3] == 0x84)
    return TRUE;   /* لل */
  if (len > 2 && ((w[0] == 0xd8 && w[1] == 0xa8) || (w[0] == 0xd9 && w[1] == 0x83)))
    {
      w += 2;
      len -= 2;
    }
  /* the verbs "التقى", "التقت", "التقيا" begin like a definite noun */
  if (len > 8 && w[4] == 0xd8 && w[5] == 0xaa && w[6] == 0xd9 && w[7] == 0x82)
    return FALSE;
  return len > 4 && w[0] == 0xd8 && w[1] == 0xa7 && w[2] == 0xd9 && w[3] == 0x84;
}

/* Negation that governs the trigger: a negator right before it, or before a chain of
 * "bridge" words ("لا توجد خطط لعقد اجتماع"). */
static gboolean
is_negated (const Tok *toks,
            guint      first)
{
  guint i = first;

  /* "لم تفضِ إلى هدنة", "لا أن تؤدي فقط إلى وقف القتال": a negated verb of outcome
   * whose result is the trigger */
  if (first > 1 && (is_word (&toks[first - 1], "الي") || is_word (&toks[first - 1], "عن")))
    {
      guint j = first - 1;

      guint skip;

      if (j > 0 && is_word (&toks[j - 1], "فقط"))
        j--;
      /* the verb's subject may stand between ("لم تسفر أي منها عن هدنة", "لم تفض
       * المحادثات إلى هدنة") */
      for (skip = 0; skip < 3 && j > skip + 1 && !(toks[j - 1 - skip].flags & (1u << SET_RESULT));
           skip++)
        ;
      if (j > skip && (toks[j - 1 - skip].flags & (1u << SET_RESULT)))
        {
          j -= skip + 1;
          for (guint k = j, steps = 0; k > 0 && steps < 2; k--, steps++)
            {
              if (toks[k - 1].flags & (1u << SET_NEGATOR))
                return TRUE;
              if (!is_word (&toks[k - 1], "ان"))
                break;
            }
        }
    }

  for (guint steps = 0; steps < 5 && i > 0; steps++)
    {
      i--;
      if (toks[i].flags & (1u << SET_NEGATOR))
        return TRUE;
      if (!(toks[i].flags & (1u << SET_BRIDGE)))
        return FALSE;
    }
  return FALSE;
}

/* The word carries the preposition ل (without the article: "لوقف", "ولعقد", not "للهدنة"),
 * is not a lexicon word that begins with ل ("لقاء") nor a function word ("لذلك"). */
static gboolean
has_purpose_lam (const Tok *t)
{
  static const Word function_words[] = {
    WORD ("لكن"), WORD ("لكنه"), WORD ("لكنها"), WORD ("لكنهم"), WORD ("لذلك"), WORD ("لهذا"),
    WORD ("لهذه"), WORD ("لتلك"), WORD ("لدي"), WORD ("لدينا"), WORD ("ليست"), WORD ("لماذا"),
    WORD ("لمدة"), WORD ("لصالح"), WORD ("لقد"), WORD ("لحظه"),
  };
  const char *w = t->w;
  gsize len = t->len;

  if (t->lam_root)
    return FALSE;
  /* و or ف first */
  if (len > 2 && (guchar) w[0] == 0xd9 && ((guchar) w[1] == 0x88 || (guchar) w[1] == 0x81))
    {
      w += 2;
      len -= 2;
    }
  /* ل, then not ل (لل is ل + the article) and at least three more letters */
  if (!(len >= 8 && (guchar) w[0] == 0xd9 && (guchar) w[1] == 0x84 &&
        !((guchar) w[2] == 0xd9 && (guchar) w[3] == 0x84) &&
        !((guchar) w[2] == 0xd8 && (guchar) w[3] == 0xa7 && (guchar) w[4] == 0xd9 &&
          (guchar) w[5] == 0x84)))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (function_words); i++)
    if (function_words[i].len == len && memcmp (function_words[i].w, w, len) == 0)
      return FALSE;
  return TRUE;
}

static MasarModality
modality_of (const Tok *toks,
             guint      first,
             gboolean   is_proposal)
{
  guint from = first > 6 ? first - 6 : 0;

  if (is_negated (toks, first))
    return MASAR_MODALITY_DENIED;
  /* "أي هجوم", "أي اتفاق": any such event, not one that happened */
  if (first > 0 && is_word (&toks[first - 1], "اي"))
    return MASAR_MODALITY_HYPOTHETICAL;
  /* a purpose: the trigger or the word before it is a verbal noun with ل ("لوقف إطلاق
   * النار", "لمراقبة الهدنة", "لعقد قمة") */
  if (has_purpose_lam (&toks[first]) || (first > 0 && has_purpose_lam (&toks[first - 1])))
    return MASAR_MODALITY_HYPOTHETICAL;

  for (guint i = from; i <= first; i++)
    {
      if (!(toks[i].flags & (1u << SET_HYPOTHETICAL)))
        continue;
      /* "وكان ترامب قد منح": كان … قد is a past perfect, not a possibility */
      if (is_word (&toks[i], "قد"))
        {
          gboolean past = FALSE;

          for (guint j = i > 8 ? i - 8 : 0; j < i; j++)
            if (tok_matches (&toks[j], "كان", 6, TRUE))
              past = TRUE;
          if (past)
            continue;
        }
      return MASAR_MODALITY_HYPOTHETICAL;
    }
  if (has_flag_in (toks, from, first, SET_DEMANDED))
    return MASAR_MODALITY_DEMANDED;
  if (has_flag_in (toks, from, first + 4, SET_PLANNED))
    return MASAR_MODALITY_PLANNED;
  if (is_proposal)
    return MASAR_MODALITY_PROPOSED;
  return MASAR_MODALITY_ASSERTED;
}

static int
type_priority (MasarEventType type)
{
  switch (type)
    {
    case MASAR_EVENT_PRISONER_EXCHANGE: return 0;
    case MASAR_EVENT_CEASEFIRE: return 1;
    case MASAR_EVENT_CALL: return 2;
    case MASAR_EVENT_REJECTION: return 3;
    case MASAR_EVENT_AGREEMENT: return 4;
    case MASAR_EVENT_PRESSURE: return 5;
    case MASAR_EVENT_PROPOSAL: return 6;
    case MASAR_EVENT_AID: return 7;
    case MASAR_EVENT_TALKS: return 8;
    case MASAR_EVENT_MILITARY: return 9;
    case MASAR_EVENT_STATEMENT:
    case MASAR_N_EVENT_TYPES:
    default:
      return 10;
    }
}

static gboolean
is_talks_family (MasarEventType type)
{
  return type == MASAR_EVENT_TALKS || type == MASAR_EVENT_CALL;
}

/* Two events in one sentence are both kept only when talks come with what they produced
 * or with the fighting around them; otherwise the more specific one stands for both
 * ("اتفقا على تبادل الأسرى" is an exchange, "اقترح عقد قمة" a proposal). */
static gboolean
may_pair (MasarEventType a,
          MasarEventType b)
{
  if (is_talks_family (b))
    {
      MasarEventType t = a;
      a = b;
      b = t;
    }
  if (!is_talks_family (a))
    return FALSE;
  return b == MASAR_EVENT_PRISONER_EXCHANGE || b == MASAR_EVENT_AGREEMENT ||
         b == MASAR_EVENT_CEASEFIRE || b == MASAR_EVENT_MILITARY;
}

typedef struct
{
  MasarEventType type;
  MasarModality  modality;
  gboolean       strong;
  double         weight;
  guint          first;
  guint          last;
  gboolean       source_not_ukraine;
  gboolean       topic;      /* after حول/بشأن: what other words are about */
  gboolean       backref;    /* a definite noun with no verb: the article's talks again */
} Candidate;

static gint
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  if (ca->strong != cb->strong)
    return ca->strong ? -1 : 1;
  if (ca->topic != cb->topic)
    return ca->topic ? 1 : -1;
  if (type_priority (ca->type) != type_priority (cb->type))
    return type_priority (ca->type) - type_priority (cb->type);
  return (int) ca->first - (int) cb->first;
}

/* The latest year that the paragraphs write out in full ("24 فبراير 2023", "في 2022"), or 0:
 * for an article without a date, the year of the dates it gives without one ("16 مايو"). */
/* Does the text hold a run of four digits that may be a year (19xx, 20xx, or 14xx of the
 * Hijri calendar, in ASCII or Arabic-Indic digits)? Most paragraphs hold none, and then they
 * need no date search. memchr () skips the text at once to the next '1' or '2' (ASCII), or to
 * the next byte that may end an Arabic-Indic ١ or ٢. */
static gboolean
may_hold_year (const char *text,
               gsize       n)
{
  static const guchar firsts[] = { '1', '2', 0xa1, 0xa2 };
  const guchar *end = (const guchar *) text + n;

  for (guint k = 0; k < G_N_ELEMENTS (firsts); k++)
    {
      const guchar *p = (const guchar *) text;
      const guchar *hit;

      while ((hit = memchr (p, firsts[k], end - p)) != NULL)
        {
          p = hit + 1;
          if (firsts[k] < 0x80)
            {
              /* [12]d d d, not inside a longer number */
              if (end - hit >= 4 && g_ascii_isdigit (hit[1]) && g_ascii_isdigit (hit[2]) &&
                  g_ascii_isdigit (hit[3]) && (end - hit == 4 || !g_ascii_isdigit (hit[4])) &&
                  (hit == (const guchar *) text || !g_ascii_isdigit (hit[-1])) &&
                  (hit[0] == '2' ? hit[1] == '0' : (hit[1] == '9' || hit[1] == '4')))
                return TRUE;
            }
          else if (hit > (const guchar *) text && hit[-1] == 0xd9 && end - hit >= 7 &&
                   hit[1] == 0xd9 && hit[2] >= 0xa0 && hit[2] <= 0xa9 &&
                   hit[3] == 0xd9 && hit[4] >= 0xa0 && hit[4] <= 0xa9 &&
                   hit[5] == 0xd9 && hit[6] >= 0xa0 && hit[6] <= 0xa9 &&
                   (firsts[k] == 0xa2 ? hit[2] == 0xa0 : (hit[2] == 0xa9 || hit[2] == 0xa4)))
            return TRUE;
        }
    }
  return FALSE;
}

static int
latest_written_year (MasarFileText *text,
                     const GArray  *paragraphs)
{
  int year = 0;

  for (guint i = 0; paragraphs != NULL && i < paragraphs->len; i++)
    {
      const MasarSpan *span = &g_array_index (paragraphs, MasarSpan, i);
      const char *p = masar_file_text_pointer (text, span->start);
      const char *e = masar_file_text_pointer (text, span->end);
      g_autoptr(GArray) dates = NULL;

      if (!may_hold_year (p, e - p))
        continue;
      dates = masar_dates_find (p, e - p, NULL);
      for (guint k = 0; k < dates->len; k++)
        {
          const MasarDateMatch *m = &g_array_index (dates, MasarDateMatch, k);
          const MasarDate *last = masar_date_is_set (&m->date_end) ? &m->date_end : &m->date;

          if (m->basis == MASAR_DATE_BASIS_EXPLICIT && !m->is_since && last->year > year)
            year = last->year;
        }
    }
  return year;
}

/* ctx->year_hint, computed on first use: finding the dates of every paragraph costs as much
 * as a tenth of an undated article's analysis, and most sentences never need it. */
static int
year_hint (ArticleCtx *ctx)
{
  if (!ctx->year_hint_known)
    {
      ctx->year_hint = MAX (latest_written_year (ctx->text, ctx->paragraphs), ctx->published.year);
      ctx->year_hint_known = TRUE;
    }
  return ctx->year_hint;
}

/* "في اليوم التالي" (+1), "في اليوم السابق" (-1), "في اليوم نفسه/ذاته", "في نفس اليوم",
 * "في ذلك اليوم" (0) in @sentence, or G_MININT. */
static int
day_after_last (const char *sentence,
                gsize       len)
{
#define DAY_WORD "\xd8\xa7\xd9\x84\xd9\x8a\xd9\x88\xd9\x85"    /* "اليوم" */
  static const struct { const char *words; gsize len; int offset; gboolean before; } around[] = {
    { " التالي", sizeof (" التالي") - 1, 1, FALSE }, { " السابق", sizeof (" السابق") - 1, -1, FALSE },
    { " نفسه", sizeof (" نفسه") - 1, 0, FALSE }, { " ذاته", sizeof (" ذاته") - 1, 0, FALSE },
    { "نفس ", sizeof ("نفس ") - 1, 0, TRUE }, { "ذلك ", sizeof ("ذلك ") - 1, 0, TRUE },
  };
  const char *p = sentence, *end = sentence + len, *hit;

  while (sentence != NULL && (hit = memmem (p, end - p, DAY_WORD, sizeof (DAY_WORD) - 1)) != NULL)
    {
      const char *after = hit + sizeof (DAY_WORD) - 1;

      for (guint k = 0; k < G_N_ELEMENTS (around); k++)
        {
          if (around[k].before ? (hit - sentence >= (gssize) around[k].len &&
                                  memcmp (hit - around[k].len, around[k].words, around[k].len) == 0)
                               : (end - after >= (gssize) around[k].len &&
                                  memcmp (after, around[k].words, around[k].len) == 0))
            return around[k].offset;
        }
      p = after;
    }
  return G_MININT;
#undef DAY_WORD
}

/* Does the text (as written, not folded) hold one of @words? */
static gboolean
text_has_any (const char *text,
              gsize       len,
              const Word *words,
              guint       n_words)
{
  for (guint k = 0; k < n_words; k++)
    if (memmem (text, len, words[k].w, words[k].len) != NULL)
      return TRUE;
  return FALSE;
}

/* "الشهر نفسه", "الشهر ذاته": the month just told. */
static gboolean
same_month (const char *sentence,
            gsize       len)
{
  static const Word same[] = { WORD ("الشهر نفسه"), WORD ("الشهر ذاته"), WORD ("نفس الشهر") };

  return text_has_any (sentence, len, same, G_N_ELEMENTS (same));
}

/* "يومها", "حينها", "آنذاك", "وقتها": at the time just told. */
static gboolean
told_then (const char *sentence,
           gsize       len)
{
  static const Word then[] = { WORD ("يومها"), WORD ("حينها"), WORD ("آنذاك"), WORD ("أنذاك"),
                               WORD ("انذاك"), WORD ("وقتها"), WORD ("حينذاك") };

  return text_has_any (sentence, len, then, G_N_ELEMENTS (then)) || same_month (sentence, len);
}

static void
choose_date (ArticleCtx   *ctx,
             GArray       *dates,
             guint         anchor,
             guint         limit,     /* dates from here on are what was said */
             gboolean      past_only, /* an event that happened: not after the article */
             MasarDate    *date,
             MasarDate    *date_end,
             MasarDateBasis *basis)
{
  int offset;
  const MasarDateMatch *best = NULL;
  guint best_dist = G_MAXUINT;

  for (guint i = 0; dates != NULL && i < dates->len; i++)
    {
      const MasarDateMatch *m = &g_array_index (dates, MasarDateMatch, i);
      guint dist;

      if (m->is_since || m->start >= limit)
        continue;
      /* "اقترح عقد اجتماع قبل نهاية أغسطس": the date of what is proposed or planned */
      if (past_only && masar_date_get_precision (&ctx->published) == MASAR_DATE_PRECISION_DAY &&
          masar_date_is_set (&m->date) &&
          masar_date_to_julian (&m->date) > masar_date_to_julian (&ctx->published))
        continue;
      if (!masar_date_is_set (&m->date))
        {
          /* "16 مايو" in an undated article: the year it writes elsewhere */
          if (m->basis != MASAR_DATE_BASIS_UNKNOWN || m->date.month == 0 || year_hint (ctx) == 0)
            continue;
        }
      else if (m->basis != MASAR_DATE_BASIS_EXPLICIT && m->basis != MASAR_DATE_BASIS_RELATIVE)
        continue;
      dist = m->start > anchor ? m->start - anchor : anchor - m->end;
      if (dist < best_dist)
        {
          best = m;
          best_dist = dist;
        }
    }

  if (best == NULL && masar_date_is_set (&ctx->last_day) &&
      (offset = day_after_last (ctx->sentence, ctx->sentence_len)) != G_MININT)
    {
      /* "وفي اليوم التالي", "في اليوم نفسه": a day counted from the one told last */
      masar_date_from_julian (masar_date_to_julian (&ctx->last_day) + offset, date);
      *date_end = (MasarDate) MASAR_DATE_INIT;
      *basis = MASAR_DATE_BASIS_RELATIVE;
      return;
    }
  if (best == NULL && masar_date_is_set (&ctx->last_date) && ctx->sentence != NULL &&
      masar_date_get_precision (&ctx->published) >= MASAR_DATE_PRECISION_MONTH &&
      told_then (ctx->sentence, ctx->sentence_len))
    {
      /* "وقال بوتين يومها", "حينها", "آنذاك", "في الشهر نفسه": the time the article told
       * last (an undated article takes it below, as an inference) */
      *date = ctx->last_date;
      *date_end = ctx->last_date_end;
      if (same_month (ctx->sentence, ctx->sentence_len))
        {
          date->day = 0;
          *date_end = (MasarDate) MASAR_DATE_INIT;
        }
      *basis = MASAR_DATE_BASIS_RELATIVE;
      return;
    }
  if (best == NULL && masar_date_is_set (&ctx->last_date) && year_hint (ctx) != 0)
    {
      /* an undated article: what it told last ("حينها") is the best guess */
      *date = ctx->last_date;
      *date_end = ctx->last_date_end;
      *basis = MASAR_DATE_BASIS_INFERRED;
    }
  else if (best != NULL)
    {
      *date = best->date;
      *date_end = best->date_end;
      *basis = best->basis;
      if (!masar_date_is_set (date))
        {
          date->year = year_hint (ctx);
          if (date_end->month != 0)
            date_end->year = year_hint (ctx);
          *basis = MASAR_DATE_BASIS_INFERRED;
          if (!masar_date_is_valid (date) ||
              (masar_date_is_set (date_end) && !masar_date_is_valid (date_end)))
            {
              *date = (MasarDate) MASAR_DATE_INIT;
              *date_end = (MasarDate) MASAR_DATE_INIT;
              *basis = MASAR_DATE_BASIS_UNKNOWN;
            }
        }
    }
  else
    {
      *date = ctx->published;
      *date_end = (MasarDate) MASAR_DATE_INIT;
      *basis = masar_date_is_set (&ctx->published) ? MASAR_DATE_BASIS_PUBLICATION
                                                   : MASAR_DATE_BASIS_UNKNOWN;
    }
  if (best != NULL && masar_date_is_set (date) &&
      masar_date_get_precision (date) >= MASAR_DATE_PRECISION_MONTH)
    {
      ctx->last_date = *date;
      ctx->last_date_end = *date_end;
      if (masar_date_get_precision (date) == MASAR_DATE_PRECISION_DAY && !masar_date_is_set (date_end))
        ctx->last_day = *date;
    }
}

/* Is the date written nearest to @anchor another time than the first event's (both
 * written in the sentence, explicit or relative, and not overlapping)? */
static gboolean
other_time (ArticleCtx      *ctx,
            GArray         **dates,
            const char      *sentence,
            gsize            sentence_len,
            guint            anchor,
            MasarDateBasis   first_basis,
            const MasarDate *first,
            const MasarDate *first_end)
{
  MasarDate d, de;
  MasarDateBasis basis;

  if (first_basis != MASAR_DATE_BASIS_EXPLICIT && first_basis != MASAR_DATE_BASIS_RELATIVE)
    return FALSE;
  if (*dates == NULL)
    *dates = masar_dates_find (sentence, sentence_len,
                               masar_date_is_set (&ctx->published) ? &ctx->published : NULL);
  choose_date (ctx, *dates, anchor, G_MAXUINT, TRUE, &d, &de, &basis);
  if (basis != MASAR_DATE_BASIS_EXPLICIT && basis != MASAR_DATE_BASIS_RELATIVE)
    return FALSE;
  return masar_date_end_julian (masar_date_is_set (&de) ? &de : &d) < masar_date_to_julian (first) ||
         masar_date_end_julian (masar_date_is_set (first_end) ? first_end : first) < masar_date_to_julian (&d);
}

/* The trigger's words ([@trigger, @trigger + @trigger_len) in the file text), then the
 * names of up to three actors. */
static gboolean
has_role_match (const GArray *matches)
{
  for (guint m = 0; matches != NULL && m < matches->len; m++)
    if (g_array_index (matches, MasarActorMatch, m).by_role)
      return TRUE;
  return FALSE;
}

/* The date that says who holds an office ("الرئيس الأمريكي", "البابا"): the article's, or
 * for an undated article the middle of the latest year it writes out. */
static const MasarDate *
role_date (ArticleCtx *ctx)
{
  if (masar_date_get_precision (&ctx->published) >= MASAR_DATE_PRECISION_MONTH)
    return &ctx->published;
  if (year_hint (ctx) != 0)
    {
      ctx->role_date.year = year_hint (ctx);
      ctx->role_date.month = 7;
      ctx->role_date.day = 1;
      return &ctx->role_date;
    }
  return masar_date_is_set (&ctx->published) ? &ctx->published : NULL;
}

static char *
make_label (const char *trigger,
            gsize       trigger_len,
            GPtrArray  *actors)
{
  static const char first_sep[] = ": ";
  static const char sep[] = "، ";
  const char *names[3];
  gsize name_lens[3];
  guint shown = 0;
  gsize len = strnlen (trigger, trigger_len);
  gsize size = len;
  char *label, *p;

  for (guint i = 0; i < actors->len && shown < 3; i++)
    {
      const MasarActor *a = g_ptr_array_index (actors, i);
      const char *name = a->name_ar != NULL ? a->name_ar : a->name_en;

      if (name == NULL)
        continue;
      names[shown] = name;
      name_lens[shown] = strlen (name);
      size += (shown == 0 ? sizeof first_sep : sizeof sep) - 1 + name_lens[shown];
      shown++;
    }

  /* one allocation of the label's size (a GString grew and was copied per event) */
  p = label = g_malloc (size + 1);
  memcpy (p, trigger, len);
  p += len;
  for (guint k = 0; k < shown; k++)
    {
      const char *s = k == 0 ? first_sep : sep;
      gsize slen = k == 0 ? sizeof first_sep - 1 : sizeof sep - 1;

      memcpy (p, s, slen);
      p += slen;
      memcpy (p, names[k], name_lens[k]);
      p += name_lens[k];
    }
  *p = '\0';
  return label;
}

/* An event with the actors and roles of ctx->ev_actors and ctx->ev_roles, its trigger's
 * tokens [@trigger_first, @trigger_last] of the paragraph at @para_start, and the sentence
 * [@src_start, @src_end) as its source, whose text is @src_text, @src_len bytes (copied). */
static void
emit (ArticleCtx       *ctx,
      MasarEventType    type,
      MasarModality     modality,
      double            confidence,
      const char       *location,
      const MasarDate  *date,
      const MasarDate  *date_end,
      MasarDateBasis    basis,
      guint             src_start,
      guint             src_end,
      const char       *src_text,
      gsize             src_len,
      guint             para_start,
      const Tok        *trigger_first,
      const Tok        *trigger_last)
{
  MasarEvent *event = masar_event_new (NULL, type);
  GPtrArray *actors = ctx->ev_actors;
  MasarEventSource source = { NULL, src_start, src_end, NULL };
  const char *trigger, *trigger_end;

  /* The event is new and no one else holds it: its fields are filled in directly, as the
   * setters would (no one listens to their notifications yet). */
  event->modality = modality;
  event->confidence = CLAMP (confidence, 0.0, 1.0);
  for (guint i = 0; i < actors->len; i++)
    {
      const char *id = intern_actor_id (ctx, g_ptr_array_index (actors, i));

      if (id != NULL)
        masar_event_add_interned_actor (event, id, g_array_index (ctx->ev_roles, MasarRole, i));
    }
  event->location = g_strdup (location);
  masar_event_init_date (event, date, date_end, basis);
  source.article_id = g_strdup (ctx->article_id);
  source.text = g_memdup2 (src_text, src_len + 1);
  g_array_append_val (event->sources, source);
  trigger = cursor_at (&ctx->cursor, para_start + trigger_first->start);
  trigger_end = cursor_at (&ctx->cursor, para_start + MAX (trigger_first->start, trigger_last->end));
  event->label = make_label (trigger, trigger_end - trigger, actors);
  g_ptr_array_add (ctx->events, event);
}

static void
add_unique (GPtrArray        *actors,
            GArray           *roles,
            const MasarActor *actor,
            MasarRole         role)
{
  for (guint i = 0; i < actors->len; i++)
    if (g_ptr_array_index (actors, i) == actor)
      return;
  g_ptr_array_add (actors, (gpointer) actor);
  g_array_append_val (roles, role);
}

static gboolean
gap_has_quote (ArticleCtx *ctx,
               guint       para_start,
               guint       from,
               guint       to)
{
  const char *p, *end;

  if (to <= from)
    return FALSE;
  p = cursor_at (&ctx->cursor, para_start + from);
  end = cursor_at (&ctx->cursor, para_start + to);
  for (; p < end; p++)
    if (*p == ':' || *p == '"' ||
        (p + 1 < end && (guchar) p[0] == 0xC2 && ((guchar) p[1] == 0xAB || (guchar) p[1] == 0xBB)) ||
        (p + 2 < end && (guchar) p[0] == 0xE2 && (guchar) p[1] == 0x80 &&
         ((guchar) p[2] == 0x9C || (guchar) p[2] == 0x9D)))
      return TRUE;
  return FALSE;
}

/* A verb of travel ("وصل", "سيتوجه") tells a visit when a person travels (the subject right
 * after the verb, or just before it) to somewhere ("إلى"), or to meet someone ("للقاء"). */
static gboolean
is_trip (const Tok    *toks,
         guint         n_toks,
         const GArray *sactors,
         guint         first,
         guint         last)
{
  gboolean person = FALSE;
  gboolean to = FALSE;

  for (guint a = 0; a < sactors->len && !person; a++)
    {
      const SentActor *sa = &g_array_index (sactors, SentActor, a);

      if (sa->actor->kind == MASAR_ACTOR_PERSON &&
          ((sa->tok > last && sa->tok <= last + SPEAKER_AFTER) ||
           (sa->tok < first && sa->tok + 3 >= first)))
        person = TRUE;
    }
  for (guint i = last + 1; i < n_toks && i <= last + 12 && !to; i++)
    if (is_word (&toks[i], "الي") || is_word (&toks[i], "للقاء"))
      to = TRUE;
  return person && to;
}

/* A second speech verb after @from, joined by "فيما", "بينما" or "في حين", with a person
 * of its own right after it ("…، فيما أعرب زيلينسكي عن أمله"): that person, or NULL. */
static const MasarActor *
second_speaker (const Tok        *toks,
                guint             n_toks,
                const GArray     *sactors,
                guint             from,
                const MasarActor *first,
                guint            *speech_tok)
{
  for (guint i = from + 1; i < n_toks; i++)
    {
      gboolean joined;

      if (!(toks[i].flags & (1u << SET_SPEECH)))
        continue;
      joined = is_word (&toks[i - 1], "فيما") || is_word (&toks[i - 1], "بينما") ||
               (i >= 2 && is_word (&toks[i - 2], "في") && is_word (&toks[i - 1], "حين"));
      if (!joined)
        continue;
      for (guint a = 0; a < sactors->len; a++)
        {
          const SentActor *sa = &g_array_index (sactors, SentActor, a);

          if (sa->tok > i && sa->tok <= i + 2 && sa->actor->kind == MASAR_ACTOR_PERSON &&
              sa->actor != first)
            {
              *speech_tok = i;
              return sa->actor;
            }
        }
    }
  return NULL;
}

/* A word of an office held in an institution ("مستشار الرئاسة الروسية يوري أوشاكوف",
 * "المتحدثة باسم الخارجية"): the institution after it is not the speaker, the holder is. */
static gboolean
is_office_of (const Tok *t)
{
  static const Word offices[] = { WORD ("مستشار"), WORD ("مستشاره"), WORD ("مساعد"), WORD ("مساعده"),
                                  WORD ("متحدث"), WORD ("متحدثه"), WORD ("ناطق"), WORD ("مبعوث"),
                                  WORD ("ممثل"), WORD ("نائب"), WORD ("سفير"), WORD ("مندوب"),
                                  WORD ("رئيس"), WORD ("مدير"), WORD ("وزير"), WORD ("وزيره"),
                                  WORD ("امين"), WORD ("مفوض"), WORD ("مفوضه") };

  /* the office in construct with the institution: indefinite ("الوزير الأوكراني" is the
   * Ukrainian minister, an adjective, not an institution he speaks for) */
  if (is_word (t, "باسم"))
    return TRUE;
  if (tok_is_definite (t))
    return FALSE;
  return is_word_in (t, offices, G_N_ELEMENTS (offices));
}

/* Does an actor stand right after the token @last (at most two tokens on: "تحدث مع الرئيس
 * الأمريكي", not "تحدث مع الصحفيين")? */
static gboolean
actor_right_after (const GArray *sactors,
                   guint         last)
{
  for (guint a = 0; a < sactors->len; a++)
    {
      const SentActor *sa = &g_array_index (sactors, SentActor, a);

      if (sa->tok > last && sa->tok <= last + 2)
        return TRUE;
    }
  return FALSE;
}

/* An agreement whose object ("على", then perhaps "عقد"/"إجراء"/"أن") is a meeting. */
static gboolean
agreed_to_meet (const Lexicon *lex,
                const Tok     *toks,
                guint          n_toks,
                const GArray  *hits,
                guint          last)
{
  guint i = last + 1;

  /* the subject or an adverb may stand between ("اتفق الرئيسان … على", "اتفقا خلاله على") */
  while (i < n_toks && i <= last + 8 && !is_word (&toks[i], "علي"))
    i++;
  if (i >= n_toks || !is_word (&toks[i], "علي"))
    return FALSE;
  for (guint h = 0; h < hits->len; h++)
    {
      const Hit *hit = &g_array_index (hits, Hit, h);
      const Trigger *trig = &g_array_index (lex->triggers, Trigger, hit->trigger);

      if ((trig->type == MASAR_EVENT_TALKS || trig->type == MASAR_EVENT_CALL) &&
          hit->first > i && hit->first <= i + 3)
        return TRUE;
    }
  return FALSE;
}

/* Can [@p, @end) hold a quote that gap_has_quote() finds? Not without the first byte of
 * one (memchr() rules most sentences out faster than the gaps are found one by one). */
static gboolean
may_hold_quote (const char *p,
                const char *end)
{
  gsize n = end - p;

  return memchr (p, ':', n) != NULL || memchr (p, '"', n) != NULL ||
         memchr (p, 0xC2, n) != NULL || memchr (p, 0xE2, n) != NULL;
}

/* The first token of what a speech verb reports: after "أن"/"إن"/"بأن", or after a colon or
 * an opening quote (only looked for when @may_quote). n_toks when there is none. */
static guint
reported_start (ArticleCtx *ctx,
                const Tok  *toks,
                guint       n_toks,
                guint       para_start,
                guint       speech_tok,
                gboolean    may_quote)
{
  for (guint i = speech_tok + 1; i < n_toks; i++)
    {
      if (may_quote && gap_has_quote (ctx, para_start, toks[i - 1].end, toks[i].start))
        return i;
      if (is_word (&toks[i], "ان"))
        return i + 1;
    }
  return n_toks;
}

/* Relative pronouns ("الذي", "التي", "اللذان" …). */
static const Word relatives[] = { WORD ("الذي"), WORD ("التي"), WORD ("اللذان"), WORD ("اللذين"),
                                  WORD ("اللتان"), WORD ("الذين") };

static void
analyse_sentence (ArticleCtx *ctx,
                  const Tok  *toks,
                  guint       first_tok,    /* index of toks[0] in the paragraph */
                  guint       n_toks,
                  guint       para_start,   /* file code point of the paragraph */
                  guint       sent_start,   /* code points, relative to the paragraph */
                  guint       sent_end)
{
  const Lexicon *lex = ctx->lex;
  GArray *hits = ctx->hits;
  GArray *cands = ctx->cands;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GArray) dates = NULL;
  GArray *sactors = ctx->sactors;
  const char *sentence = NULL;
  gsize sentence_len = 0;
  const MasarActor *speaker = NULL;
  const char *location = NULL;
  guint32 all_flags = 0;
  guint n_emitted = 0;
  MasarEventType emitted_type = MASAR_N_EVENT_TYPES;   /* the first event emitted … */
  MasarDate emitted_date = MASAR_DATE_INIT, emitted_end = MASAR_DATE_INIT;   /* … and when */
  MasarDateBasis emitted_basis = MASAR_DATE_BASIS_UNKNOWN;
  const Candidate *emitted = NULL;
  guint n_told = 0;             /* events emitted from outside what a speaker says */
  guint speech_tok = G_MAXUINT;
  guint said = G_MAXUINT;       /* first token of what the speaker says */
  gboolean outlet_reports = FALSE;
  guint abs_start, abs_end;
  const char *raw_start, *raw_end;   /* the sentence in the file text, blanks included */
  gboolean src_in_place = FALSE;     /* [sentence, sentence + sentence_len) is its source */
  g_autofree char *src_text = NULL;  /* the sentence's text, once an event needs it */
  gsize src_len = 0;
  GPtrArray *actors = ctx->ev_actors;
  GArray *roles = ctx->ev_roles;
  Tok *mtoks = (Tok *) toks;

  if (n_toks == 0)
    return;

  g_array_set_size (hits, 0);
  g_array_set_size (cands, 0);
  g_array_set_size (sactors, 0);
  /* phrases are matched on words and splits only: each token's flags can be set as it is
   * reached */
  for (guint i = 0; i < n_toks; i++)
    {
      guint32 f = 0;
      guint outlet = 0;

      collect_refs (toks, i, n_toks, hits, &f, &outlet);
      mtoks[i].flags = f;
      mtoks[i].outlet = outlet;
      mtoks[i].in_outlet = 0;
      all_flags |= f;
    }
  if (all_flags & ((1u << SET_OUTLET) | (1u << SET_OUTLET_HEAD)))
    mark_outlets (mtoks, n_toks);

  if (hits->len == 0 && !(all_flags & (1u << SET_SPEECH)))
    {
      if (ctx->last_speaker != NULL)
        ctx->sentences_since_speaker++;
      return;
    }

  /* "ويرى محللون أن …", "ويقول خبراء إن …": commentary, whatever events it names */
  if (is_commentary (toks, n_toks))
    {
      if (ctx->last_speaker != NULL)
        ctx->sentences_since_speaker++;
      return;
    }

  /* The sentence as it stands in the file, without surrounding blanks: [sentence, sentence
   * + sentence_len) points into the file text (a sentence is copied nowhere). */
  abs_start = para_start + sent_start;
  abs_end = para_start + sent_end;
  {
    guint n_chars = ctx->cursor.n_chars;
    /* the code points of the sentence, clamped to the text */
    guint n = MIN (abs_end, n_chars) - MIN (abs_start, n_chars);
    const char *p = cursor_at (&ctx->cursor, abs_start);
    const char *e = cursor_at (&ctx->cursor, abs_end);
    guint lead = 0, trail = 0;
    const char *q;

    raw_start = p;
    raw_end = e;
    /* no NUL in the sentence, not clamped: the trimmed sentence is the span's text */
    src_in_place = abs_end <= n_chars && memchr (p, '\0', e - p) == NULL;
    while (p < e && *p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
      {
        p = g_utf8_next_char (p);
        lead++;
      }
    q = p + strnlen (p, e - p);
    while (q > p)
      {
        const char *prev = g_utf8_prev_char (q);

        if (!g_unichar_isspace (g_utf8_get_char (prev)))
          break;
        q = prev;
        trail++;
      }
    if (lead + trail >= n)
      return;
    sentence = p;
    sentence_len = q - p;
    ctx->sentence = sentence;
    ctx->sentence_len = sentence_len;
    sent_start += lead;
    sent_end -= trail;
    abs_start += lead;
    abs_end -= trail;
    /* the offsets looked up next (reported words, triggers) step from the sentence's start */
    cursor_set (&ctx->cursor, abs_start, sentence);
  }

  /* Actors, over the paragraph's folded tokens: paragraph code points → token index. */
  if (ctx->self->gazetteer != NULL)
    {
      const MasarDate *published = masar_date_is_set (&ctx->published) ? &ctx->published : NULL;

      matches = masar_gazetteer_match_folded (ctx->self->gazetteer, ctx->ft, first_tok,
                                              first_tok + n_toks, published);
      /* an office named in an undated article: match again at the year it writes out (the
       * year is looked for only then: it costs a pass over the article's dates) */
      if (masar_date_get_precision (&ctx->published) < MASAR_DATE_PRECISION_MONTH &&
          has_role_match (matches) && role_date (ctx) != published)
        {
          g_array_unref (matches);
          matches = masar_gazetteer_match_folded (ctx->self->gazetteer, ctx->ft, first_tok,
                                                  first_tok + n_toks, role_date (ctx));
        }
    }
  for (guint m = 0, m_tok = 0, m_pos = 0; matches != NULL && m < matches->len; m++)
    {
      const MasarActorMatch *am = &g_array_index (matches, MasarActorMatch, m);
      const MasarActor *actor = am->actor;
      SentActor sa = { NULL, 0, FALSE };
      guint pos = am->start;

      /* the first token that ends after pos: from the last match's on, when it was before */
      if (pos >= m_pos)
        sa.tok = m_tok;
      while (sa.tok + 1 < n_toks && toks[sa.tok].end <= pos)
        sa.tok++;
      m_tok = sa.tok;
      m_pos = pos;

      if (toks[sa.tok].in_outlet == 1 && actor->kind != MASAR_ACTOR_PERSON)
        continue;
      if (toks[sa.tok].in_outlet == 2 &&
          (actor->kind == MASAR_ACTOR_PLACE || actor->kind == MASAR_ACTOR_COUNTRY))
        continue;

      if (actor->kind == MASAR_ACTOR_PLACE)
        {
          const MasarActor *stands = NULL;

          if (sa.tok > 0 && (toks[sa.tok - 1].flags & (1u << SET_LOCATION_PREP)))
            {
              if (location == NULL)
                location = actor->name_en;
              continue;
            }
          if (toks[sa.tok].len > 2 && toks[sa.tok].n_splits > 1 &&
              (toks[sa.tok].w[0] == (char) 0xd8 && (guchar) toks[sa.tok].w[1] == 0xa8))
            {
              /* "بموسكو": in Moscow */
              if (location == NULL)
                location = actor->name_en;
              continue;
            }
          stands = masar_gazetteer_get_stands_for (ctx->self->gazetteer, actor);
          if (stands == NULL)
            continue;
          actor = stands;
        }
      if (am->by_role && actor->kind == MASAR_ACTOR_PERSON)
        {
          int title = tok_title (&toks[sa.tok]);

          if (title >= 0)
            ctx->title_holder[title] = actor;
        }
      if (!ctx->relevant && actor_is_track (actor))
        ctx->relevant = TRUE;
      sa.actor = actor;
      if (sa.tok > 0 && has_flag_in (toks, sa.tok > 3 ? sa.tok - 3 : 0, sa.tok, SET_MEDIATION))
        sa.mediator = TRUE;
      g_array_append_val (sactors, sa);
    }

  /* A bare title refers back to the person it last named in the article. */
  for (guint i = 0; i < n_toks; i++)
    {
      int title = toks[i].len >= 8 ? bare_title (toks, i, n_toks, matches) : -1;
      SentActor sa = { NULL, i, FALSE };
      guint at = 0;

      if (title < 0 || ctx->title_holder[title] == NULL)
        continue;
      sa.actor = ctx->title_holder[title];
      while (at < sactors->len && g_array_index (sactors, SentActor, at).tok < i)
        at++;
      g_array_insert_val (sactors, at, sa);
    }

  /* Speech and its speaker. */
  for (guint i = 0; i < n_toks && speech_tok == G_MAXUINT; i++)
    if (toks[i].flags & (1u << SET_SPEECH))
      speech_tok = i;
  if (speech_tok != G_MAXUINT)
    {
      said = reported_start (ctx, toks, n_toks, para_start, speech_tok,
                             may_hold_quote (raw_start, raw_end));

      /* "…، ترامب، الذي اتهم زيلينسكي …": after a relative pronoun the speaker is the one
       * named before it, not the object after the verb */
      if (speech_tok > 0 && is_word_in (&toks[speech_tok - 1], relatives, G_N_ELEMENTS (relatives)))
        for (guint a = sactors->len; a > 0 && speaker == NULL; a--)
          {
            const SentActor *sa = &g_array_index (sactors, SentActor, a - 1);

            if (sa->tok + 1 < speech_tok && sa->tok + SPEAKER_BEFORE + 1 >= speech_tok &&
                sa->actor->kind == MASAR_ACTOR_PERSON)
              speaker = sa->actor;
          }
      /* The subject follows the verb before what was said ("قال X إن …", "أضاف: «…»");
       * a country or institution only right after it ("أعلنت موسكو"), since further on it
       * is more often an adjective of the real speaker ("صحيفة … البريطانية"). */
      for (guint a = 0; a < sactors->len && speaker == NULL; a++)
        {
          const SentActor *sa = &g_array_index (sactors, SentActor, a);

          if (sa->tok > speech_tok && sa->tok <= speech_tok + SPEAKER_AFTER && sa->tok < said &&
              (sa->actor->kind == MASAR_ACTOR_PERSON || sa->tok <= speech_tok + SPEAKER_NEAR) &&
              !(sa->actor->kind != MASAR_ACTOR_PERSON && sa->tok > 0 && is_office_of (&toks[sa->tok - 1])))
            speaker = sa->actor;
        }
      for (guint a = sactors->len; a > 0 && speaker == NULL; a--)
        {
          const SentActor *sa = &g_array_index (sactors, SentActor, a - 1);

          if (sa->tok < speech_tok && sa->tok + SPEAKER_BEFORE >= speech_tok)
            speaker = sa->actor;
        }
      if (speaker == NULL && ctx->last_speaker != NULL && ctx->sentences_since_speaker <= 1 &&
          (toks[speech_tok].flags & (1u << SET_SPEECH_CARRY)))
        speaker = ctx->last_speaker;
      /* a newspaper or an agency reports it ("أفادت صحيفة …", "قالت وكالة تاس"): what it
       * reports is told in its words, though it is no actor */
      for (guint i = speech_tok > 3 ? speech_tok - 3 : 0;
           speaker == NULL && i < n_toks && i <= speech_tok + 2; i++)
        if (toks[i].in_outlet != 0 || (toks[i].flags & (1u << SET_OUTLET_HEAD)))
          outlet_reports = TRUE;
    }

  /* Candidates from trigger hits: drop hits inside a longer one, check requirements. */
  for (guint h = 0; h < hits->len; h++)
    {
      const Hit *hit = &g_array_index (hits, Hit, h);
      const Trigger *trig = &g_array_index (lex->triggers, Trigger, hit->trigger);
      gboolean inside = FALSE;
      Candidate c;

      for (guint o = 0; o < hits->len && !inside; o++)
        {
          const Hit *other = &g_array_index (hits, Hit, o);

          if (o != h && other->first <= hit->first && other->last >= hit->last &&
              (other->last - other->first > hit->last - hit->first ||
               (other->last - other->first == hit->last - hit->first && o < h)))
            inside = TRUE;
        }
      if (inside)
        continue;

      if (trig->requires != NULL)
        {
          gboolean found = FALSE;

          for (guint r = 0; r < trig->requires->len && !found; r++)
            {
              const Phrase *p = g_ptr_array_index (trig->requires, r);

              for (guint i = 0; i < n_toks && !found; i++)
                if (tok_matches (&toks[i], p->words[0], p->lens[0], p->prefix[0]) &&
                    phrase_matches_at (p, toks, i, n_toks))
                  found = TRUE;
            }
          if (!found)
            continue;
        }

      if (trig->trip && !is_trip (toks, n_toks, sactors, hit->first, hit->last))
        continue;
      if (trig->with_actor && !actor_right_after (sactors, hit->last))
        continue;

      c.type = trig->type;
      c.first = hit->first;
      c.last = hit->last;
      c.weight = trig->weight;
      c.source_not_ukraine = trig->source_not_ukraine;
      c.strong = trig->strong;
      c.topic = hit->first > 0 && (is_word (&toks[hit->first - 1], "حول") ||
                                   is_word (&toks[hit->first - 1], "بشان") ||
                                   is_word (&toks[hit->first - 1], "حيال") ||
                                   is_word (&toks[hit->first - 1], "بخصوص"));
      c.backref = FALSE;
      if (((is_talks_family (c.type) && ctx->n_talks > 0) ||
           (c.type == MASAR_EVENT_AGREEMENT && ctx->n_agreements > 0)) &&
          hit->first == hit->last &&
          tok_is_definite (&toks[hit->first]) &&
          !has_flag_in (toks, backref_from (hit->first, said), hit->first, SET_SUPPORT) &&
          !has_flag_in (toks, hit->last + 1, MIN (n_toks, hit->last + 4), SET_SUPPORT))
        c.backref = TRUE;
      if (!c.strong)
        {
          /* a support verb that governs the noun: just before it, or just after it in a
           * relative clause ("أجرى الجانبان محادثات", "المحادثات التي جرت"); a verb far
           * away in a long sentence belongs to another clause */
          guint after = MIN (n_toks, c.last + 4);
          guint before = c.first > SUPPORT_BEFORE ? c.first - SUPPORT_BEFORE : 0;

          if (has_flag_in (toks, before, c.first, SET_SUPPORT) ||
              has_flag_in (toks, c.last + 1, after, SET_SUPPORT))
            c.strong = TRUE;
          /* or the main verb of a verb-first sentence, however long its subject ("عقد وزير
           * الخارجية … ونظيره … أمس محادثات"), when no one is reported speaking between */
          else if (has_flag_in (toks, 0, MIN (2, c.first), SET_SUPPORT) &&
                   c.first <= VERB_FIRST_REACH && !has_flag_in (toks, 0, c.first, SET_SPEECH))
            c.strong = TRUE;
        }
      c.modality = modality_of (toks, c.first, c.type == MASAR_EVENT_PROPOSAL);
      /* "اتفقا على زيارة …", "اتفقوا على عقد لقاء": what they agreed on is a meeting to come */
      if (c.type == MASAR_EVENT_AGREEMENT && c.strong && c.modality == MASAR_MODALITY_ASSERTED &&
          agreed_to_meet (lex, toks, n_toks, hits, c.last))
        {
          c.type = MASAR_EVENT_TALKS;
          c.modality = MASAR_MODALITY_PLANNED;
        }
      if (c.type == MASAR_EVENT_PROPOSAL && c.modality != MASAR_MODALITY_DENIED &&
          c.modality != MASAR_MODALITY_HYPOTHETICAL)
        c.modality = MASAR_MODALITY_PROPOSED;
      /* "أي هجوم على أوكرانيا سيعامل على أنه هجوم على الحلف": the same word again in the
       * sentence is the same "any" event (a different word may tell one that happened:
       * "أي مفاوضات … بعد توقف المحادثات التي جرت") */
      for (guint o = 0; o < cands->len && c.modality == MASAR_MODALITY_ASSERTED; o++)
        {
          const Candidate *prev = &g_array_index (cands, Candidate, o);

          if (prev->type == c.type && prev->first < c.first && prev->first > 0 &&
              toks[prev->first].len == toks[c.first].len &&
              memcmp (toks[prev->first].w, toks[c.first].w, toks[c.first].len) == 0 &&
              prev->modality == MASAR_MODALITY_HYPOTHETICAL && is_word (&toks[prev->first - 1], "اي"))
            c.modality = MASAR_MODALITY_HYPOTHETICAL;
        }
      if (c.modality == MASAR_MODALITY_DENIED)
        continue;
      g_array_append_val (cands, c);
    }
  g_array_sort (cands, compare_candidates);


  /* Events other than statements. Their triggers are looked up from the sentence's start. */
  cursor_set (&ctx->cursor, abs_start, sentence);
  for (guint ci = 0; ci < cands->len && n_emitted < MAX_EVENTS_PER_SENTENCE; ci++)
    {
      const Candidate *c = &g_array_index (cands, Candidate, ci);
      gboolean symmetric;
      gboolean direct = sactors->len > 0;
      double confidence;
      MasarDate date, date_end;
      MasarDateBasis basis;
      guint anchor;

      if (c->modality == MASAR_MODALITY_HYPOTHETICAL)
        continue;
      /* a ceasefire is coded when it is demanded too ("طالبت كييف بوقف فوري لإطلاق النار");
       * other demands are the demander's statement */
      if (c->modality == MASAR_MODALITY_DEMANDED && c->type != MASAR_EVENT_CEASEFIRE)
        continue;
      /* a noun with no verb that makes it happen is a mention, not an event; so is "القمة"
       * or "الاجتماع" once the article has told its talks */
      if (!c->strong || c->backref)
        continue;
      /* deep in what someone said, it is their claim: the statement stands for it */
      if (speaker != NULL && speech_tok < c->first &&
          c->first - MIN (said < n_toks ? said : speech_tok + 1, c->first) > REPORTED_DEPTH)
        continue;
      if (n_emitted > 0)
        {
          const Candidate *first = emitted;

          /* a meeting to come stands beside the one held ("بعد اتصال … اتفقا على عقد لقاء"),
           * and talks beside talks at a time of their own ("عقدا جولتين في مايو ويونيو، قبل
           * جولة ثالثة الأربعاء الماضي") */
          if (!c->strong ||
              (!may_pair (first->type, c->type) &&
               !(is_talks_family (c->type) && c->modality == MASAR_MODALITY_PLANNED &&
                 first->modality != MASAR_MODALITY_PLANNED) &&
               !(c->type == emitted_type && is_talks_family (c->type) &&
                 other_time (ctx, &dates, sentence, sentence_len, toks[c->first].start - sent_start,
                             emitted_basis, &emitted_date, &emitted_end))))
            continue;
        }

      g_ptr_array_set_size (actors, 0);
      g_array_set_size (roles, 0);
      symmetric = c->type == MASAR_EVENT_TALKS || c->type == MASAR_EVENT_CALL ||
                  c->type == MASAR_EVENT_AGREEMENT || c->type == MASAR_EVENT_CEASEFIRE ||
                  c->type == MASAR_EVENT_PRISONER_EXCHANGE;

      if (!symmetric && (sactors->len > 0 || speaker != NULL))
        {
          /* The doer: right after the trigger (VSO, "نفى الكرملين"), else the first actor of
           * the clause (after a reporting verb and its speaker), else the first one. */
          guint from = 0;
          const SentActor *src = NULL;

          if (speech_tok != G_MAXUINT && speech_tok < c->first)
            {
              from = speech_tok + 1;
              for (guint a = 0; a < sactors->len; a++)
                if (g_array_index (sactors, SentActor, a).actor == speaker &&
                    g_array_index (sactors, SentActor, a).tok > speech_tok)
                  {
                    from = g_array_index (sactors, SentActor, a).tok + 1;
                    break;
                  }
            }
          for (guint a = 0; a < sactors->len && src == NULL; a++)
            {
              const SentActor *sa = &g_array_index (sactors, SentActor, a);

              if (sa->tok > c->last && sa->tok <= c->last + 2)
                src = sa;
            }
          if (src == NULL && speaker != NULL && speech_tok < c->first)
            {
              /* in reported words the doer is a subject before the trigger, else the
               * speaker ("وأضاف: «… غير مقبول»" is the speaker's rejection) */
              for (guint a = 0; a < sactors->len && src == NULL; a++)
                {
                  const SentActor *sa = &g_array_index (sactors, SentActor, a);

                  if (sa->tok >= from && sa->tok < c->first)
                    src = sa;
                }
              if (src == NULL)
                add_unique (actors, roles, speaker, MASAR_ROLE_SOURCE);
            }
          else
            {
              for (guint a = 0; a < sactors->len && src == NULL; a++)
                if (g_array_index (sactors, SentActor, a).tok >= from)
                  src = &g_array_index (sactors, SentActor, a);
              if (src == NULL && sactors->len > 0)
                src = &g_array_index (sactors, SentActor, 0);
            }
          if (src != NULL)
            add_unique (actors, roles, src->actor, MASAR_ROLE_SOURCE);
        }
      for (guint a = 0; a < sactors->len; a++)
        {
          const SentActor *sa = &g_array_index (sactors, SentActor, a);
          MasarRole role;

          if (!symmetric && sa->actor == speaker && actors->len > 0 &&
              g_ptr_array_index (actors, 0) != speaker)
            continue;
          /* who announces a joint event in their own words ("أكد بيسكوف أن تبادل الأسرى
           * …") is not one of its sides, unless the words name them again */
          if (symmetric && sa->actor == speaker && said < n_toks && c->first >= said &&
              sa->tok < said && !names_both_sides (toks, said > 0 ? said - 1 : 0, c->last))
            continue;
          if (sa->mediator)
            role = MASAR_ROLE_MEDIATOR;
          else if (symmetric)
            role = MASAR_ROLE_PARTICIPANT;
          else
            role = actors->len == 0 ? MASAR_ROLE_SOURCE : MASAR_ROLE_TARGET;
          add_unique (actors, roles, sa->actor, role);
        }
      if (actors->len == 0)
        {
          /* Talks and their outcomes often name their sides a sentence earlier. */
          if (ctx->context == NULL || ctx->context->len == 0)
            continue;
          for (guint a = 0; a < ctx->context->len; a++)
            add_unique (actors, roles, g_ptr_array_index (ctx->context, a),
                        symmetric ? MASAR_ROLE_PARTICIPANT
                                  : (actors->len == 0 ? MASAR_ROLE_SOURCE : MASAR_ROLE_TARGET));
        }
      if (c->type == MASAR_EVENT_MILITARY)
        {
          gboolean track = FALSE;

          /* fighting told in someone's words is their claim: the statement carries it */
          if ((speaker != NULL || outlet_reports) && said < n_toks && c->first >= said)
            continue;

          for (guint a = 0; a < actors->len; a++)
            track |= actor_is_track (g_ptr_array_index (actors, a));
          if (!track || !direct)
            continue;
        }

      anchor = toks[c->first].start - sent_start;
      if (dates == NULL)
        dates = masar_dates_find (sentence, sentence_len, masar_date_is_set (&ctx->published) ? &ctx->published : NULL);
      choose_date (ctx, dates, anchor, G_MAXUINT, c->modality != MASAR_MODALITY_PLANNED, &date,
                   &date_end, &basis);
      if (src_text == NULL)
        {
          src_text = src_in_place ? g_strndup (sentence, sentence_len)
                                  : cursor_substring (&ctx->cursor, abs_start, abs_end);
          src_len = strlen (src_text);
        }

      confidence = c->weight + (c->strong ? 0.05 : 0.0) - (direct ? 0.0 : 0.2) +
                   (basis == MASAR_DATE_BASIS_EXPLICIT ? 0.03 : 0.0);
      if (c->modality == MASAR_MODALITY_PLANNED)
        confidence -= 0.05;

      emit (ctx, c->type, c->modality, confidence, location, &date, &date_end, basis,
            abs_start, abs_end, src_text, src_len, para_start, &toks[c->first], &toks[c->last]);
      if (n_emitted == 0)
        {
          emitted = c;
          emitted_type = c->type;
          emitted_date = date;
          emitted_end = date_end;
          emitted_basis = basis;
        }
      if (is_talks_family (c->type))
        ctx->n_talks++;
      else if (c->type == MASAR_EVENT_AGREEMENT)
        ctx->n_agreements++;
      n_emitted++;
      /* "قال X خلال لقائه Y إن …": the meeting is the setting of what was said */
      if (speaker == NULL || said >= n_toks ||
          (c->first < said && !(speech_tok < c->first && c->first > 0 &&
                                is_word (&toks[c->first - 1], "خلال"))))
        n_told++;
    }

  /* A statement when nothing stronger was reported, or when what was reported lies in the
   * speaker's own words ("قال بيسكوف إن العملية العسكرية مستمرة"): saying it is an event
   * of its own, with the speaker as its source. */
  if (n_told == 0 && speaker != NULL)
    {
      MasarDate date, date_end;
      MasarDateBasis basis;
      MasarModality modality = MASAR_MODALITY_ASSERTED;
      const MasarActor *second;
      guint second_tok = 0;

      g_ptr_array_set_size (actors, 0);
      g_array_set_size (roles, 0);
      add_unique (actors, roles, speaker, MASAR_ROLE_SOURCE);
      for (guint a = 0; a < sactors->len; a++)
        add_unique (actors, roles, g_array_index (sactors, SentActor, a).actor,
                    g_array_index (sactors, SentActor, a).mediator ? MASAR_ROLE_MEDIATOR
                                                                   : MASAR_ROLE_TARGET);

      if (dates == NULL)
        dates = masar_dates_find (sentence, sentence_len, masar_date_is_set (&ctx->published) ? &ctx->published : NULL);
      choose_date (ctx, dates, toks[speech_tok].start - sent_start,
                   said < n_toks ? toks[said].start - sent_start : G_MAXUINT, TRUE,
                   &date, &date_end, &basis);
      if (src_text == NULL)
        {
          src_text = src_in_place ? g_strndup (sentence, sentence_len)
                                  : cursor_substring (&ctx->cursor, abs_start, abs_end);
          src_len = strlen (src_text);
        }
      if (toks[speech_tok].flags & (1u << SET_DEMANDED))
        modality = MASAR_MODALITY_DEMANDED;
      emit (ctx, MASAR_EVENT_STATEMENT, modality,
            0.6 + (speaker != ctx->last_speaker || sactors->len > 0 ? 0.05 : 0.0),
            NULL, &date, &date_end, basis, abs_start, abs_end, src_text, src_len, para_start,
            &toks[speech_tok], &toks[speech_tok]);
      n_emitted++;

      /* "قال ستارمر إن …، فيما أعرب زيلينسكي عن أمله …": a second speaker of the sentence */
      second = second_speaker (toks, n_toks, sactors, said < n_toks ? said : speech_tok + 1, speaker,
                               &second_tok);
      if (second != NULL && n_emitted < MAX_EVENTS_PER_SENTENCE)
        {
          g_ptr_array_set_size (actors, 0);
          g_array_set_size (roles, 0);
          add_unique (actors, roles, second, MASAR_ROLE_SOURCE);
          for (guint a = 0; a < sactors->len; a++)
            if (g_array_index (sactors, SentActor, a).tok > second_tok)
              add_unique (actors, roles, g_array_index (sactors, SentActor, a).actor, MASAR_ROLE_TARGET);
          emit (ctx, MASAR_EVENT_STATEMENT, MASAR_MODALITY_ASSERTED, 0.6, NULL, &date, &date_end,
                basis, abs_start, abs_end, src_text, src_len, para_start, &toks[second_tok], &toks[second_tok]);
          n_emitted++;
        }
    }

  if (speaker != NULL)
    {
      ctx->last_speaker = speaker;
      ctx->sentences_since_speaker = 0;
    }
  else if (speech_tok != G_MAXUINT)
    ctx->last_speaker = NULL;   /* someone we do not know spoke: do not carry the last one */
  else if (ctx->last_speaker != NULL)
    ctx->sentences_since_speaker++;

  if (sactors->len > 0)
    {
      g_ptr_array_set_size (ctx->context, 0);
      for (guint a = 0; a < sactors->len; a++)
        {
          const MasarActor *actor = g_array_index (sactors, SentActor, a).actor;
          gboolean seen = FALSE;

          for (guint k = 0; k < ctx->context->len; k++)
            seen |= g_ptr_array_index (ctx->context, k) == actor;
          if (!seen)
            g_ptr_array_add (ctx->context, (gpointer) actor);
        }
    }
}

static void
analyse_paragraph (ArticleCtx *ctx,
                   guint       para_start,
                   guint       para_end)
{
  const char *p = cursor_at (&ctx->para_cursor, para_start);
  gsize n_bytes = cursor_at (&ctx->para_cursor, MAX (para_start, para_end)) - p;
  g_autoptr(MasarFoldedText) ft = NULL;
  g_autoptr(GArray) sentences = NULL;
  Tok *toks;
  gboolean any_refs = FALSE;
  MasarProcliticSplit splits[8];
  guint n_toks, t = 0;

  if (n_bytes == 0)
    return;

  ft = masar_folded_text_new (p, n_bytes);
  n_toks = ft->tokens->len;
  /* Zeroed padding after the last token: the look-ahead windows of the modality and
   * support checks (a few tokens past a trigger) then read empty tokens with no flags
   * instead of running off the array. Only the padding is cleared: the loop below sets
   * every field of the real tokens, and clearing them all cost as much as a third of the
   * extraction. */
  if (ctx->toks_size < n_toks + TOK_PADDING)
    {
      g_free (ctx->toks);
      ctx->toks_size = MAX (n_toks + TOK_PADDING, 2 * ctx->toks_size);
      ctx->toks = g_new (Tok, ctx->toks_size);
    }
  toks = ctx->toks;
  memset (toks + n_toks, 0, TOK_PADDING * sizeof (Tok));
  for (guint i = 0; i < n_toks; i++)
    {
      const MasarFoldedToken *ftok = &g_array_index (ft->tokens, MasarFoldedToken, i);

      toks[i].w = ft->text + ftok->bstart;
      toks[i].len = ftok->bend - ftok->bstart;
      toks[i].flags = 0;
      masar_folded_text_span (ft, ftok->start, ftok->end, &toks[i].start, &toks[i].end);
      toks[i].n_splits = masar_proclitic_splits (toks[i].w, toks[i].len, splits);
      for (guint s = 0; s < toks[i].n_splits; s++)
        toks[i].splits[s] = splits[s].prefix_bytes;
      tok_lookup (ctx->lex, &toks[i]);
      any_refs |= toks[i].n_refs > 0;
    }

  /* A paragraph with no word of the lexicon has no event and no speaker: it only moves the
   * carried speaker one sentence further away. */
  if (!any_refs)
    {
      if (ctx->last_speaker != NULL)
        ctx->sentences_since_speaker++;
      return;
    }

  ctx->ft = ft;
  sentences = masar_split_sentences (p, n_bytes);
  for (guint s = 0; s < sentences->len; s++)
    {
      const MasarSpan *span = &g_array_index (sentences, MasarSpan, s);
      guint first;

      while (t < n_toks && toks[t].start < span->start)
        t++;
      first = t;
      while (t < n_toks && toks[t].start < span->end)
        t++;
      analyse_sentence (ctx, toks + first, first, t - first, para_start, span->start, span->end);
    }
  ctx->ft = NULL;
}

/* ---- GObject ---- */

static void
masar_extractor_dispose (GObject *object)
{
  MasarExtractor *self = (MasarExtractor *)object;

  g_clear_object (&self->gazetteer);

  G_OBJECT_CLASS (masar_extractor_parent_class)->dispose (object);
}

static void
masar_extractor_class_init (MasarExtractorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = masar_extractor_dispose;
}

static void
masar_extractor_init (MasarExtractor *self)
{
}

/**
 * masar_extractor_new:
 * @gazetteer: (nullable): the gazetteer to find actors with, %NULL for the built-in one
 *
 * Returns: (transfer full): a new #MasarExtractor
 */
MasarExtractor *
masar_extractor_new (MasarGazetteer *gazetteer)
{
  MasarExtractor *self = g_object_new (MASAR_TYPE_EXTRACTOR, NULL);

  if (gazetteer == NULL)
    {
      g_autoptr(GError) error = NULL;

      gazetteer = masar_gazetteer_get_default (&error);
      if (gazetteer == NULL)
        g_warning ("no gazetteer, events will have no actors: %s", error->message);
    }
  if (gazetteer != NULL)
    self->gazetteer = g_object_ref (gazetteer);
  lexicon_get ();
  return self;
}

/**
 * masar_extractor_extract_article:
 * @self: a #MasarExtractor
 * @article: an article with its file text and paragraphs
 *
 * Finds the events of one article, sentence by sentence, and merges the mentions of one
 * event within it. Safe to call from several threads at once.
 *
 * Returns: (transfer full) (element-type MasarEvent): the events found in @article
 */
GPtrArray *
masar_extractor_extract_article (MasarExtractor *self,
                                 MasarArticle   *article)
{
  ArticleCtx ctx = { 0 };
  const GArray *paragraphs;
  GPtrArray *out;

  g_return_val_if_fail (MASAR_IS_EXTRACTOR (self), NULL);
  g_return_val_if_fail (MASAR_IS_ARTICLE (article), NULL);

  out = g_ptr_array_new_with_free_func (g_object_unref);
  ctx.text = masar_article_get_file_text (article);
  if (ctx.text == NULL || masar_article_get_excluded (article))
    return out;

  ctx.self = self;
  ctx.lex = lexicon_get ();
  ctx.article = article;
  ctx.article_id = masar_article_get_id (article);
  if (ctx.article_id == NULL)
    ctx.article_id = "";
  masar_article_get_published (article, &ctx.published);
  ctx.published_basis = masar_article_get_published_basis (article);
  ctx.events = g_ptr_array_new_with_free_func (g_object_unref);
  ctx.context = g_ptr_array_new ();
  ctx.hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  ctx.cands = g_array_new (FALSE, FALSE, sizeof (Candidate));
  ctx.sactors = g_array_new (FALSE, FALSE, sizeof (SentActor));
  ctx.ev_actors = g_ptr_array_new ();
  ctx.ev_roles = g_array_new (FALSE, FALSE, sizeof (MasarRole));
  ctx.interned = g_array_new (FALSE, FALSE, sizeof (InternedActor));
  cursor_init (&ctx.cursor, ctx.text);
  cursor_init (&ctx.para_cursor, ctx.text);

  paragraphs = masar_article_get_paragraphs (article);
  ctx.paragraphs = paragraphs;
  ctx.year_hint_known = masar_date_get_precision (&ctx.published) >= MASAR_DATE_PRECISION_MONTH;
  if (paragraphs == NULL || paragraphs->len == 0)
    {
      MasarSpan span = masar_article_get_span (article);

      if (span.end == 0)
        span.end = masar_file_text_get_n_chars (ctx.text);
      analyse_paragraph (&ctx, span.start, span.end);
    }
  else
    for (guint i = 0; i < paragraphs->len; i++)
      {
        const MasarSpan *span = &g_array_index (paragraphs, MasarSpan, i);

        analyse_paragraph (&ctx, span->start, span->end);
      }

  /* An article that never names Russia, Ukraine or their people is not about the track. */
  if (ctx.relevant)
    masar_merge_local (self->gazetteer, ctx.events, out);

  g_ptr_array_unref (ctx.events);
  g_ptr_array_unref (ctx.context);
  g_array_unref (ctx.hits);
  g_array_unref (ctx.cands);
  g_array_unref (ctx.sactors);
  g_ptr_array_unref (ctx.ev_actors);
  g_array_unref (ctx.ev_roles);
  g_array_unref (ctx.interned);
  g_free (ctx.toks);
  return out;
}

/* ---- Merging ---- */

/**
 * masar_extractor_merge:
 * @self: a #MasarExtractor
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
masar_extractor_merge (MasarExtractor *self,
                       MasarEventSet  *set,
                       GPtrArray      *events)
{
  g_return_if_fail (MASAR_IS_EXTRACTOR (self));

  masar_merge_into_set (self->gazetteer, set, events);
}

/* ---- Whole corpora ---- */

/* The articles are claimed in order from a shared counter; each result is published in
 * its slot. The calling thread merges the results in article order as they come, and
 * extracts an article itself whenever the next result to merge is not ready yet, so the
 * merge runs alongside the extraction of the other threads. An article skipped after a
 * cancellation gets the CANCELLED marker, so that every slot is filled. */
typedef struct
{
  MasarExtractor *self;
  GPtrArray      *articles;
  GPtrArray     **results;
  GCancellable   *cancellable;
  gint            next;
  GMutex          lock;
  GCond           ready;
  gboolean        waiting;   /* under lock: the merging thread waits for a slot */
} Work;

static GPtrArray cancelled_marker;
#define CANCELLED (&cancelled_marker)

/* Claims and extracts one article; FALSE when none is left. */
static gboolean
work_one (Work *work)
{
  int i = g_atomic_int_add (&work->next, 1);
  GPtrArray *result;

  if (i >= (int) work->articles->len)
    return FALSE;
  if (g_cancellable_is_cancelled (work->cancellable))
    result = CANCELLED;
  else
    result = masar_extractor_extract_article (work->self,
                                              g_ptr_array_index (work->articles, i));
  g_mutex_lock (&work->lock);
  work->results[i] = result;
  if (work->waiting)
    g_cond_signal (&work->ready);
  g_mutex_unlock (&work->lock);
  return TRUE;
}

static gpointer
worker (gpointer data)
{
  Work *work = data;

  while (work_one (work))
    ;
  return NULL;
}

/* The result of article @i, extracting others meanwhile when it is not ready. */
static GPtrArray *
work_result (Work  *work,
             guint  i)
{
  GPtrArray *result;

  for (;;)
    {
      g_mutex_lock (&work->lock);
      result = work->results[i];
      g_mutex_unlock (&work->lock);
      if (result != NULL)
        return result;
      if (!work_one (work))
        break;
    }
  /* every article is claimed: the one needed is being extracted by another thread */
  g_mutex_lock (&work->lock);
  work->waiting = TRUE;
  while (work->results[i] == NULL)
    g_cond_wait (&work->ready, &work->lock);
  work->waiting = FALSE;
  result = work->results[i];
  g_mutex_unlock (&work->lock);
  return result;
}

/**
 * masar_extractor_extract:
 * @self: a #MasarExtractor
 * @articles: (element-type MasarArticle): the articles, with ids
 * @n_threads: worker threads, 0 for one per core
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Extracts the events of every article on @n_threads threads, and merges them in article
 * order (alongside the extraction), so the result does not depend on the number of threads.
 *
 * Returns: (transfer full): a set with the articles and the merged events, or %NULL
 */
MasarEventSet *
masar_extractor_extract (MasarExtractor  *self,
                         GPtrArray       *articles,
                         guint            n_threads,
                         GCancellable    *cancellable,
                         GError         **error)
{
  g_autoptr(MasarEventSet) set = NULL;
  g_autofree GPtrArray **results = NULL;
  g_autofree GThread **threads = NULL;
  Work work = { 0 };
  gboolean cancelled = FALSE;

  g_return_val_if_fail (MASAR_IS_EXTRACTOR (self), NULL);
  g_return_val_if_fail (articles != NULL, NULL);

  set = masar_event_set_new ();
  for (guint i = 0; i < articles->len; i++)
    masar_event_set_add_article (set, g_ptr_array_index (articles, i));

  if (n_threads == 0)
    n_threads = g_get_num_processors ();
  n_threads = CLAMP (n_threads, 1, MAX (articles->len, 1));

  results = g_new0 (GPtrArray *, articles->len + 1);
  work.self = self;
  work.articles = articles;
  work.results = results;
  work.cancellable = cancellable;
  g_mutex_init (&work.lock);
  g_cond_init (&work.ready);

  threads = g_new0 (GThread *, n_threads);
  for (guint t = 1; t < n_threads; t++)
    threads[t] = g_thread_new ("masar-extract", worker, &work);
  for (guint i = 0; i < articles->len; i++)
    {
      GPtrArray *result = work_result (&work, i);

      if (result == CANCELLED)
        {
          cancelled = TRUE;
          continue;
        }
      if (!cancelled)
        cancelled = g_cancellable_is_cancelled (cancellable);
      if (!cancelled)
        masar_extractor_merge (self, set, result);
      g_ptr_array_unref (result);
    }
  for (guint t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);
  g_mutex_clear (&work.lock);
  g_cond_clear (&work.ready);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return g_steal_pointer (&set);
}
