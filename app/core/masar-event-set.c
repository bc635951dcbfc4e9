/* masar-event-set.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-event-set"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "masar-event-set.h"

#define EVENTS_FORMAT "masar-events/1"

/**
 * MasarEventSet:
 *
 * The contents of one events file (`masar-events/1`): the articles of a corpus, the actors
 * the events refer to, and the events. Reads and writes the file format; see
 * `docs/events-format.md` in the shared docs and `docs/events-format-extensions.md` for the
 * extension members Masar adds.
 */
struct _MasarEventSet
{
  GObject      parent_instance;

  /* Owned */
  GListStore  *events;          /* of MasarEvent */
  GListStore  *articles;        /* of MasarArticle */
  GHashTable  *articles_by_id;  /* id → MasarArticle (borrowed from the store) */
  GHashTable  *actors;          /* id → MasarActor (owned) */
  GPtrArray   *actor_order;     /* of MasarActor (borrowed), in the order added */
  char        *corpus;

  /* State */
  guint        next_event_id;
  guint        next_article_id;
};

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_EVENTS,
  PROP_ARTICLES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MasarEventSet, masar_event_set, G_TYPE_OBJECT)

G_DEFINE_QUARK (masar-events-error-quark, masar_events_error)

static GParamSpec *properties[N_PROPS];

static const char *actor_kind_names[] = {
  [MASAR_ACTOR_PERSON] = "person",
  [MASAR_ACTOR_COUNTRY] = "country",
  [MASAR_ACTOR_ORGANIZATION] = "organization",
  [MASAR_ACTOR_GROUP] = "group",
  [MASAR_ACTOR_PLACE] = "place",
};

/* Actors are copied here rather than through the gazetteer's helpers, so that reading an
 * events file needs nothing but this file and the event model. */
static MasarActor *
actor_dup (const MasarActor *actor)
{
  MasarActor *copy = g_new0 (MasarActor, 1);

  copy->id = g_strdup (actor->id);
  copy->kind = actor->kind;
  copy->name_ar = g_strdup (actor->name_ar);
  copy->name_en = g_strdup (actor->name_en);
  copy->country = g_strdup (actor->country);
  copy->side = g_strdup (actor->side);
  return copy;
}

static void
actor_free (gpointer data)
{
  MasarActor *actor = data;

  g_free (actor->id);
  g_free (actor->name_ar);
  g_free (actor->name_en);
  g_free (actor->country);
  g_free (actor->side);
  g_free (actor);
}

static const char *
kind_to_string (MasarActorKind kind)
{
  if ((guint) kind >= G_N_ELEMENTS (actor_kind_names))
    return "organization";
  return actor_kind_names[kind];
}

static gboolean
kind_from_string (const char     *str,
                  MasarActorKind *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (actor_kind_names); i++)
    if (g_strcmp0 (str, actor_kind_names[i]) == 0)
      {
        *out = (MasarActorKind) i;
        return TRUE;
      }
  return FALSE;
}

/* Writing
 *
 * The document is written straight into a GString, in exactly the layout JsonGenerator
 * gives with pretty printing and an indent of one space (or on one line), without
 * building a JsonNode tree first: for a big corpus the tree cost as much as extraction.
 * Strings are escaped as JsonGenerator does (", \, \b \f \n \r \t, other control
 * characters and DEL as \u00xx), except that U+001F is escaped too (JsonGenerator leaves
 * it raw, which is not valid JSON). */

#define WRITER_MAX_DEPTH 16

typedef struct
{
  GString       *out;
  gboolean       pretty;
  guint          depth;
  gboolean       empty[WRITER_MAX_DEPTH];   /* the container open at each depth has no element */
  GOutputStream *stream;        /* (nullable): where the text goes, a chunk at a time */
  GCancellable  *cancellable;
  GError        *error;         /* the stream's first error; nothing is written after it */
} Writer;

/* With a stream, the text goes out in chunks of about this size: a big corpus's document is
 * never whole in memory (touching fresh pages for it cost as much as writing it). */
#define WRITER_CHUNK (1024 * 1024)

static const char hex_digits[] = "0123456789abcdef";

/* g_string_append_len() for the writer: the buffer is sized up front, so the bytes are
 * almost always copied in place (GLib 2.74 has no inline fast path for it). */
static inline void
out_append (GString    *out,
            const char *s,
            gsize       n)
{
  if (G_LIKELY (out->len + n < out->allocated_len))
    {
      memcpy (out->str + out->len, s, n);
      out->len += n;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, s, n);
}

/* Whether any of the eight bytes of @x is below 0x20, '"', '\\' or DEL (SWAR). */
static inline gboolean
word_needs_escape (guint64 x)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 quote = x ^ (ones * '"');
  guint64 backslash = x ^ (ones * '\\');
  guint64 del = x ^ (ones * 0x7F);
  guint64 t;

  t = (x - ones * 0x20) | (quote - ones) | (backslash - ones) | (del - ones);
  return (t & ~x & highs) != 0;
}

static void
write_escaped (GString    *out,
               const char *str)
{
  gsize len = strlen (str);
  const guchar *p = (const guchar *) str;
  const guchar *end = p + len;
  const guchar *run = p;

  g_string_append_c (out, '"');
  while (p < end)
    {
      guchar c;

      if (end - p >= 8)
        {
          guint64 x;

          memcpy (&x, p, 8);
          if (!word_needs_escape (x))
            {
              p += 8;
              continue;
            }
        }
      c = *p;
      if (G_LIKELY (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F))
        {
          p++;
          continue;
        }
      out_append (out, (const char *) run, p - run);
      p++;
      run = p;
      switch (c)
        {
        case '"':
          out_append (out, "\\\"", 2);
          break;
        case '\\':
          out_append (out, "\\\\", 2);
          break;
        case '\b':
          out_append (out, "\\b", 2);
          break;
        case '\f':
          out_append (out, "\\f", 2);
          break;
        case '\n':
          out_append (out, "\\n", 2);
          break;
        case '\r':
          out_append (out, "\\r", 2);
          break;
        case '\t':
          out_append (out, "\\t", 2);
          break;
        default:
          {
            char u[6] = { '\\', 'u', '0', '0', hex_digits[c >> 4], hex_digits[c & 0xF] };

            out_append (out, u, 6);
          }
          break;
        }
    }
  out_append (out, (const char *) run, p - run);
  g_string_append_c (out, '"');
}

static inline void
write_indent (Writer *w,
              guint   depth)
{
  static const char spaces[WRITER_MAX_DEPTH + 1] = "\n               ";

  out_append (w->out, spaces, depth + 1);
}

/* Before a value in an array or a member in an object. */
static inline void
write_next (Writer *w)
{
  if (w->depth == 0)
    return;
  if (!w->empty[w->depth])
    g_string_append_c (w->out, ',');
  w->empty[w->depth] = FALSE;
  if (w->pretty)
    write_indent (w, w->depth);
}

static void
write_open (Writer *w,
            char    bracket)
{
  g_string_append_c (w->out, bracket);
  w->depth++;
  g_assert (w->depth < WRITER_MAX_DEPTH);
  w->empty[w->depth] = TRUE;
}

static void
write_close (Writer *w,
             char    bracket)
{
  gboolean empty = w->empty[w->depth];

  w->depth--;
  if (!empty)
    {
      if (w->pretty)
        write_indent (w, w->depth);
    }
  else if (bracket == '}' && w->pretty)
    g_string_append_c (w->out, ' ');
  g_string_append_c (w->out, bracket);
}

/* A member name; @name is plain ASCII needing no escape. */
static inline void
write_member (Writer     *w,
              const char *name)
{
  write_next (w);
  g_string_append_c (w->out, '"');
  out_append (w->out, name, strlen (name));
  if (w->pretty)
    out_append (w->out, "\" : ", 4);
  else
    out_append (w->out, "\":", 2);
}

static void
write_string_or_null (Writer     *w,
                      const char *member,
                      const char *value)
{
  write_member (w, member);
  if (value != NULL)
    write_escaped (w->out, value);
  else
    out_append (w->out, "null", 4);
}

static void
write_int (Writer     *w,
           const char *member,
           gint64      value)
{
  char buf[24];
  char *p = buf + sizeof buf;
  guint64 v = value < 0 ? -(guint64) value : (guint64) value;

  write_member (w, member);
  do
    {
      *--p = '0' + v % 10;
      v /= 10;
    }
  while (v > 0);
  if (value < 0)
    *--p = '-';
  out_append (w->out, p, buf + sizeof buf - p);
}

/* As JsonGenerator: %.17g, with ".0" added when that looks like an integer. */
static void
format_double (char   *buf,
               gsize   size,
               double  value)
{
  g_ascii_formatd (buf, size - 2, "%.17g", value);
  if (strpbrk (buf, ".eEn") == NULL)
    strcat (buf, ".0");
}

/* A confidence, rounded to hundredths: the 101 possible texts are formatted once. */
static void
write_confidence (Writer     *w,
                  const char *member,
                  double      value)
{
  static char table[101][G_ASCII_DTOSTR_BUF_SIZE];
  static gsize init = 0;
  gint64 k = (gint64) (value * 100.0 + 0.5);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (g_once_init_enter (&init))
    {
      for (guint i = 0; i <= 100; i++)
        format_double (table[i], sizeof table[i], (double) i / 100.0);
      g_once_init_leave (&init, 1);
    }

  write_member (w, member);
  if (k >= 0 && k <= 100)
    out_append (w->out, table[k], strlen (table[k]));
  else
    {
      format_double (buf, sizeof buf, (double) k / 100.0);
      out_append (w->out, buf, strlen (buf));
    }
}

static inline void
put_digits (char *p,
            guint value,
            guint n)
{
  while (n-- > 0)
    {
      p[n] = '0' + value % 10;
      value /= 10;
    }
}

/* masar_date_to_iso() without the allocation. */
static void
write_date (Writer          *w,
            const char      *member,
            const MasarDate *date)
{
  MasarDatePrecision precision = masar_date_get_precision (date);
  char buf[16];
  gsize n;

  if (precision == MASAR_DATE_PRECISION_NONE)
    {
      write_string_or_null (w, member, NULL);
      return;
    }
  if (date->year < 0 || date->year > 9999 || date->month < 0 || date->month > 99 ||
      date->day < 0 || date->day > 99)
    {
      g_autofree char *iso = masar_date_to_iso (date);

      write_string_or_null (w, member, iso);
      return;
    }

  buf[0] = '"';
  put_digits (buf + 1, date->year, 4);
  n = 5;
  if (precision == MASAR_DATE_PRECISION_MONTH || precision == MASAR_DATE_PRECISION_DAY)
    {
      buf[n] = '-';
      put_digits (buf + n + 1, date->month, 2);
      n += 3;
    }
  if (precision == MASAR_DATE_PRECISION_DAY)
    {
      buf[n] = '-';
      put_digits (buf + n + 1, date->day, 2);
      n += 3;
    }
  buf[n++] = '"';
  write_member (w, member);
  out_append (w->out, buf, n);
}

static const char *
basis_word (MasarDateBasis basis)
{
  /* The format has no "weak": a weak hint is written as inferred. */
  if (basis == MASAR_DATE_BASIS_WEAK)
    return "inferred";
  return masar_date_basis_to_string (basis);
}

static void
write_article (Writer       *w,
               MasarArticle *article)
{
  MasarSpan span = masar_article_get_span (article);
  MasarDate published;
  MasarDateBasis basis = masar_article_get_published_basis (article);

  masar_article_get_published (article, &published);

  write_next (w);
  write_open (w, '{');
  write_string_or_null (w, "id", masar_article_get_id (article));
  write_string_or_null (w, "file", masar_article_get_file (article));
  write_int (w, "segment", masar_article_get_segment (article));
  write_int (w, "start", span.start);
  write_int (w, "end", span.end);
  write_string_or_null (w, "title", masar_article_get_title (article));
  write_string_or_null (w, "outlet", masar_article_get_outlet (article));
  write_date (w, "published", &published);
  write_string_or_null (w, "published_basis", basis_word (basis));
  if (basis == MASAR_DATE_BASIS_WEAK)
    write_string_or_null (w, "published_confidence", "weak");
  if (masar_article_get_url (article) != NULL)
    write_string_or_null (w, "url", masar_article_get_url (article));
  if (masar_article_get_excluded (article))
    {
      write_member (w, "excluded");
      out_append (w->out, "true", 4);
    }
  write_close (w, '}');
}

static void
write_actor (Writer           *w,
             const MasarActor *actor)
{
  write_next (w);
  write_open (w, '{');
  write_string_or_null (w, "id", actor->id);
  write_string_or_null (w, "kind", kind_to_string (actor->kind));
  write_string_or_null (w, "name_ar", actor->name_ar);
  write_string_or_null (w, "name_en", actor->name_en != NULL ? actor->name_en : actor->id);
  write_string_or_null (w, "country", actor->country);
  if (actor->side != NULL)
    write_string_or_null (w, "side", actor->side);
  write_close (w, '}');
}

static void
write_event (Writer     *w,
             MasarEvent *event)
{
  MasarDate date, date_end;
  guint n;

  masar_event_get_date (event, &date, &date_end);

  write_next (w);
  write_open (w, '{');
  write_string_or_null (w, "id", masar_event_get_id (event));
  write_string_or_null (w, "type", masar_event_type_to_string (masar_event_get_event_type (event)));
  write_date (w, "date", &date);
  write_date (w, "date_end", &date_end);
  write_string_or_null (w, "date_basis", basis_word (masar_event_get_date_basis (event)));

  write_member (w, "actors");
  write_open (w, '[');
  n = masar_event_get_n_actors (event);
  for (guint i = 0; i < n; i++)
    {
      const MasarEventActor *a = masar_event_get_actor (event, i);

      write_next (w);
      write_open (w, '{');
      write_string_or_null (w, "id", a->actor_id);
      write_string_or_null (w, "role", masar_role_to_string (a->role));
      write_close (w, '}');
    }
  write_close (w, ']');

  write_string_or_null (w, "location", masar_event_get_location (event));
  write_string_or_null (w, "label_ar", masar_event_get_label (event));

  write_member (w, "sources");
  write_open (w, '[');
  n = masar_event_get_n_sources (event);
  for (guint i = 0; i < n; i++)
    {
      const MasarEventSource *s = masar_event_get_source (event, i);

      write_next (w);
      write_open (w, '{');
      write_string_or_null (w, "article", s->article_id);
      write_int (w, "start", s->start);
      write_int (w, "end", s->end);
      write_string_or_null (w, "text", s->text);
      write_close (w, '}');
    }
  write_close (w, ']');

  /* Two decimals are plenty and keep files stable across runs. */
  write_confidence (w, "confidence", masar_event_get_confidence (event));
  write_string_or_null (w, "modality", masar_modality_to_string (masar_event_get_modality (event)));
  write_close (w, '}');
}

/* Sends the text written so far to the stream once it is at least @at_least bytes long. */
static void
writer_flush (Writer *w,
              gsize   at_least)
{
  if (w->stream == NULL || w->out->len < at_least)
    return;
  if (w->error == NULL)
    g_output_stream_write_all (w->stream, w->out->str, w->out->len, NULL, w->cancellable,
                               &w->error);
  g_string_truncate (w->out, 0);
}

/* Writes the document into @w->out, or through it into @w->stream. */
static void
write_document (MasarEventSet *self,
                gboolean       articles_only,
                Writer        *w)
{
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->articles));
  guint n_events = g_list_model_get_n_items (G_LIST_MODEL (self->events));

  /* About 1 KB per event and 300 bytes per article, so that the buffer rarely grows. */
  if (w->stream != NULL)
    w->out = g_string_sized_new (WRITER_CHUNK + 64 * 1024);
  else
    w->out = g_string_sized_new (4096 + n_articles * 320 + (articles_only ? 0 : n_events * 1100));

  write_open (w, '{');
  write_string_or_null (w, "format", EVENTS_FORMAT);
  write_string_or_null (w, "generator", "masar-extract " PACKAGE_VERSION);
  write_string_or_null (w, "corpus", self->corpus);

  write_member (w, "articles");
  write_open (w, '[');
  for (guint i = 0; i < n_articles && w->error == NULL; i++)
    {
      g_autoptr(MasarArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);

      write_article (w, article);
      writer_flush (w, WRITER_CHUNK);
    }
  write_close (w, ']');

  if (!articles_only)
    {
      write_member (w, "actors");
      write_open (w, '[');
      for (guint i = 0; i < self->actor_order->len; i++)
        write_actor (w, g_ptr_array_index (self->actor_order, i));
      write_close (w, ']');

      write_member (w, "events");
      write_open (w, '[');
      for (guint i = 0; i < n_events && w->error == NULL; i++)
        {
          g_autoptr(MasarEvent) event = g_list_model_get_item (G_LIST_MODEL (self->events), i);

          write_event (w, event);
          writer_flush (w, WRITER_CHUNK);
        }
      write_close (w, ']');
    }

  write_close (w, '}');
  g_assert (w->depth == 0);
}

static char *
write_to_string (MasarEventSet *self,
                 gboolean       articles_only,
                 gboolean       pretty,
                 gsize         *length)
{
  Writer w = { NULL, pretty, 0, { FALSE, }, NULL, NULL, NULL };

  write_document (self, articles_only, &w);
  if (length != NULL)
    *length = w.out->len;
  return g_string_free (w.out, FALSE);
}

/* Reading */

typedef struct
{
  GError **error;
  char    *path;
} ReadCtx;

static gboolean G_GNUC_PRINTF (2, 3)
format_error (GError     **error,
              const char  *fmt,
              ...)
{
  va_list args;
  g_autofree char *msg = NULL;

  va_start (args, fmt);
  msg = g_strdup_vprintf (fmt, args);
  va_end (args);
  g_set_error_literal (error, MASAR_EVENTS_ERROR, MASAR_EVENTS_ERROR_FORMAT, msg);
  return FALSE;
}

static const char *
node_type_word (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "an array";
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_BOOLEAN:
      return "a boolean";
    default:
      return "a number";
    }
}

/* Each reader returns FALSE with @error set, naming @where and the member. A member that is
 * absent or null gives the default when @required is FALSE. */
static gboolean
read_string (JsonObject  *obj,
             const char  *where,
             const char  *member,
             gboolean     required,
             const char **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (obj, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return format_error (error, "%s: the member “%s” is missing", where, member);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return format_error (error, "%s: “%s” must be a string, not %s", where, member,
                         node_type_word (node));
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_uint (JsonObject  *obj,
           const char  *where,
           const char  *member,
           gboolean     required,
           guint       *out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (obj, member);
  gint64 v;

  *out = 0;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return format_error (error, "%s: the member “%s” is missing", where, member);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return format_error (error, "%s: “%s” must be a whole number, not %s", where, member,
                         node_type_word (node));
  v = json_node_get_int (node);
  if (v < 0 || v > G_MAXUINT)
    return format_error (error, "%s: “%s” is out of range (%" G_GINT64_FORMAT ")", where,
                         member, v);
  *out = (guint) v;
  return TRUE;
}

static gboolean
read_date (JsonObject  *obj,
           const char  *where,
           const char  *member,
           MasarDate   *out,
           GError     **error)
{
  const char *iso;

  *out = (MasarDate) MASAR_DATE_INIT;
  if (!read_string (obj, where, member, FALSE, &iso, error))
    return FALSE;
  if (iso != NULL && !masar_date_parse_iso (iso, out))
    return format_error (error, "%s: “%s” is not an ISO 8601 date (“%s”)", where, member, iso);
  return TRUE;
}

static gboolean
read_basis (JsonObject     *obj,
            const char     *where,
            const char     *member,
            MasarDateBasis *out,
            GError        **error)
{
  const char *word;

  *out = MASAR_DATE_BASIS_UNKNOWN;
  if (!read_string (obj, where, member, FALSE, &word, error))
    return FALSE;
  if (word == NULL)
    return TRUE;
  *out = masar_date_basis_from_string (word);
  if (*out == MASAR_DATE_BASIS_UNKNOWN && strcmp (word, "unknown") != 0)
    return format_error (error, "%s: “%s” is not a date basis (“%s”)", where, member, word);
  return TRUE;
}

static JsonArray *
get_array (JsonObject  *obj,
           const char  *where,
           const char  *member,
           GError     **error)
{
  static JsonArray *empty = NULL;
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (g_once_init_enter (&empty))
        g_once_init_leave (&empty, json_array_new ());
      return empty;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      format_error (error, "%s: “%s” must be an array, not %s", where, member,
                    node_type_word (node));
      return NULL;
    }
  return json_node_get_array (node);
}

static JsonObject *
get_object_element (JsonArray   *array,
                    guint        i,
                    const char  *where,
                    GError     **error)
{
  JsonNode *node = json_array_get_element (array, i);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      format_error (error, "%s: must be an object, not %s", where, node_type_word (node));
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
read_article (MasarEventSet *self,
              JsonObject    *obj,
              const char    *where,
              GError       **error)
{
  const char *id, *file, *title, *outlet, *url, *confidence;
  guint segment, start, end;
  MasarDate published;
  MasarDateBasis basis;
  g_autoptr(MasarArticle) article = NULL;

  if (!read_string (obj, where, "id", TRUE, &id, error) ||
      !read_string (obj, where, "file", TRUE, &file, error) ||
      !read_uint (obj, where, "segment", FALSE, &segment, error) ||
      !read_uint (obj, where, "start", FALSE, &start, error) ||
      !read_uint (obj, where, "end", FALSE, &end, error) ||
      !read_string (obj, where, "title", FALSE, &title, error) ||
      !read_string (obj, where, "outlet", FALSE, &outlet, error) ||
      !read_date (obj, where, "published", &published, error) ||
      !read_basis (obj, where, "published_basis", &basis, error) ||
      !read_string (obj, where, "published_confidence", FALSE, &confidence, error) ||
      !read_string (obj, where, "url", FALSE, &url, error))
    return FALSE;

  if (end < start)
    return format_error (error, "%s: “end” (%u) is before “start” (%u)", where, end, start);
  if (g_hash_table_contains (self->articles_by_id, id))
    return format_error (error, "%s: the id “%s” is used twice", where, id);
  if (basis == MASAR_DATE_BASIS_INFERRED && g_strcmp0 (confidence, "weak") == 0)
    basis = MASAR_DATE_BASIS_WEAK;
  if (basis == MASAR_DATE_BASIS_UNKNOWN && masar_date_is_set (&published))
    basis = MASAR_DATE_BASIS_INFERRED;

  article = masar_article_new (file, segment);
  masar_article_set_id (article, id);
  masar_article_set_span (article, start, end);
  masar_article_set_title (article, title);
  masar_article_set_outlet (article, outlet);
  masar_article_set_url (article, url);
  masar_article_set_published (article, &published, basis);
  if (json_object_has_member (obj, "excluded"))
    masar_article_set_excluded (article, json_object_get_boolean_member_with_default (obj, "excluded", FALSE));
  masar_event_set_add_article (self, article);
  return TRUE;
}

static gboolean
read_actor (MasarEventSet *self,
            JsonObject    *obj,
            const char    *where,
            GError       **error)
{
  const char *id, *kind, *name_ar, *name_en, *country, *side;
  MasarActor actor = { 0 };

  if (!read_string (obj, where, "id", TRUE, &id, error) ||
      !read_string (obj, where, "kind", TRUE, &kind, error) ||
      !read_string (obj, where, "name_ar", FALSE, &name_ar, error) ||
      !read_string (obj, where, "name_en", TRUE, &name_en, error) ||
      !read_string (obj, where, "country", FALSE, &country, error) ||
      !read_string (obj, where, "side", FALSE, &side, error))
    return FALSE;

  if (!kind_from_string (kind, &actor.kind))
    return format_error (error, "%s: “%s” is not an actor kind", where, kind);
  if (g_hash_table_contains (self->actors, id))
    return format_error (error, "%s: the id “%s” is used twice", where, id);

  actor.id = (char *) id;
  actor.name_ar = (char *) name_ar;
  actor.name_en = (char *) name_en;
  actor.country = (char *) country;
  actor.side = (char *) side;
  masar_event_set_add_actor (self, &actor);
  return TRUE;
}

static gboolean
read_event (MasarEventSet *self,
            JsonObject    *obj,
            const char    *where,
            GError       **error)
{
  const char *id, *type_word, *location, *label, *modality;
  MasarEventType type;
  MasarDate date, date_end;
  MasarDateBasis basis;
  JsonArray *actors, *sources;
  JsonNode *conf;
  g_autoptr(MasarEvent) event = NULL;

  if (!read_string (obj, where, "id", TRUE, &id, error) ||
      !read_string (obj, where, "type", TRUE, &type_word, error) ||
      !read_date (obj, where, "date", &date, error) ||
      !read_date (obj, where, "date_end", &date_end, error) ||
      !read_basis (obj, where, "date_basis", &basis, error) ||
      !read_string (obj, where, "location", FALSE, &location, error) ||
      !read_string (obj, where, "label_ar", FALSE, &label, error) ||
      !read_string (obj, where, "modality", FALSE, &modality, error))
    return FALSE;

  if (!masar_event_type_from_string (type_word, &type))
    return format_error (error, "%s: “%s” is not an event type", where, type_word);
  if (basis == MASAR_DATE_BASIS_UNKNOWN && masar_date_is_set (&date))
    basis = MASAR_DATE_BASIS_INFERRED;

  event = masar_event_new (id, type);
  masar_event_set_date (event, &date, &date_end, basis);
  masar_event_set_location (event, location);
  masar_event_set_label (event, label);
  masar_event_set_modality (event, masar_modality_from_string (modality));

  conf = json_object_get_member (obj, "confidence");
  if (conf != NULL && !JSON_NODE_HOLDS_NULL (conf))
    {
      GType vt = JSON_NODE_HOLDS_VALUE (conf) ? json_node_get_value_type (conf) : G_TYPE_INVALID;

      if (vt != G_TYPE_INT64 && vt != G_TYPE_DOUBLE)
        return format_error (error, "%s: “confidence” must be a number, not %s", where,
                             node_type_word (conf));
      masar_event_set_confidence (event, json_node_get_double (conf));
    }

  if ((actors = get_array (obj, where, "actors", error)) == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (actors); i++)
    {
      g_autofree char *w = g_strdup_printf ("%s.actors[%u]", where, i);
      JsonObject *a = get_object_element (actors, i, w, error);
      const char *actor_id, *role;

      if (a == NULL ||
          !read_string (a, w, "id", TRUE, &actor_id, error) ||
          !read_string (a, w, "role", FALSE, &role, error))
        return FALSE;
      if (!g_hash_table_contains (self->actors, actor_id))
        return format_error (error, "%s: no actor has the id “%s”", w, actor_id);
      masar_event_add_actor (event, actor_id, masar_role_from_string (role));
    }

  if ((sources = get_array (obj, where, "sources", error)) == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      g_autofree char *w = g_strdup_printf ("%s.sources[%u]", where, i);
      JsonObject *s = get_object_element (sources, i, w, error);
      const char *article, *text;
      guint start, end;

      if (s == NULL ||
          !read_string (s, w, "article", TRUE, &article, error) ||
          !read_uint (s, w, "start", TRUE, &start, error) ||
          !read_uint (s, w, "end", TRUE, &end, error) ||
          !read_string (s, w, "text", FALSE, &text, error))
        return FALSE;
      if (!g_hash_table_contains (self->articles_by_id, article))
        return format_error (error, "%s: no article has the id “%s”", w, article);
      if (end < start)
        return format_error (error, "%s: “end” (%u) is before “start” (%u)", w, end, start);
      masar_event_add_source (event, article, start, end, text);
    }

  masar_event_set_add_event (self, event);
  return TRUE;
}

static gboolean
read_document (MasarEventSet *self,
               JsonNode      *root,
               GError       **error)
{
  JsonObject *obj;
  JsonArray *array;
  const char *format, *corpus;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return format_error (error, "the document must be an object, not %s", node_type_word (root));
  obj = json_node_get_object (root);

  if (!read_string (obj, "the document", "format", TRUE, &format, error))
    return FALSE;
  if (strcmp (format, EVENTS_FORMAT) != 0)
    return format_error (error, "“format” is “%s”, not “" EVENTS_FORMAT "”", format);
  if (!read_string (obj, "the document", "corpus", FALSE, &corpus, error))
    return FALSE;
  masar_event_set_set_corpus (self, corpus);

  if ((array = get_array (obj, "the document", "articles", error)) == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *w = g_strdup_printf ("articles[%u]", i);
      JsonObject *o = get_object_element (array, i, w, error);

      if (o == NULL || !read_article (self, o, w, error))
        return FALSE;
    }

  if ((array = get_array (obj, "the document", "actors", error)) == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *w = g_strdup_printf ("actors[%u]", i);
      JsonObject *o = get_object_element (array, i, w, error);

      if (o == NULL || !read_actor (self, o, w, error))
        return FALSE;
    }

  if ((array = get_array (obj, "the document", "events", error)) == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *w = g_strdup_printf ("events[%u]", i);
      JsonObject *o = get_object_element (array, i, w, error);

      if (o == NULL || !read_event (self, o, w, error))
        return FALSE;
    }

  return TRUE;
}

/* GObject */

static void
masar_event_set_dispose (GObject *object)
{
  MasarEventSet *self = (MasarEventSet *)object;

  g_clear_pointer (&self->articles_by_id, g_hash_table_unref);
  g_clear_object (&self->events);
  g_clear_object (&self->articles);

  G_OBJECT_CLASS (masar_event_set_parent_class)->dispose (object);
}

static void
masar_event_set_finalize (GObject *object)
{
  MasarEventSet *self = (MasarEventSet *)object;

  g_clear_pointer (&self->actor_order, g_ptr_array_unref);
  g_clear_pointer (&self->actors, g_hash_table_unref);
  g_clear_pointer (&self->corpus, g_free);

  G_OBJECT_CLASS (masar_event_set_parent_class)->finalize (object);
}

static void
masar_event_set_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MasarEventSet *self = MASAR_EVENT_SET (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_string (value, self->corpus);
      break;
    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;
    case PROP_ARTICLES:
      g_value_set_object (value, self->articles);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_event_set_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MasarEventSet *self = MASAR_EVENT_SET (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      masar_event_set_set_corpus (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_event_set_class_init (MasarEventSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = masar_event_set_dispose;
  object_class->finalize = masar_event_set_finalize;
  object_class->get_property = masar_event_set_get_property;
  object_class->set_property = masar_event_set_set_property;

  /**
   * MasarEventSet:corpus:
   *
   * The corpus folder as the user gave it, or %NULL.
   */
  properties[PROP_CORPUS] =
    g_param_spec_string ("corpus", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarEventSet:events:
   *
   * The events, a #GListModel of #MasarEvent.
   */
  properties[PROP_EVENTS] =
    g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * MasarEventSet:articles:
   *
   * The articles, a #GListModel of #MasarArticle.
   */
  properties[PROP_ARTICLES] =
    g_param_spec_object ("articles", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
masar_event_set_init (MasarEventSet *self)
{
  self->events = g_list_store_new (MASAR_TYPE_EVENT);
  self->articles = g_list_store_new (MASAR_TYPE_ARTICLE);
  self->articles_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->actors = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, actor_free);
  self->actor_order = g_ptr_array_new ();
}

/* Public API */

/**
 * masar_event_set_new:
 *
 * Returns: (transfer full): an empty #MasarEventSet
 */
MasarEventSet *
masar_event_set_new (void)
{
  return g_object_new (MASAR_TYPE_EVENT_SET, NULL);
}

/**
 * masar_event_set_new_from_data:
 * @json: the text of an events file
 * @length: its length in bytes, or -1 if nul-terminated
 * @error: return location for a #GError
 *
 * Reads a `masar-events/1` document. Unknown members are ignored. A text that is not JSON
 * fails with %MASAR_EVENTS_ERROR_SYNTAX and a message that gives the line and column; JSON
 * that does not follow the format fails with %MASAR_EVENTS_ERROR_FORMAT and a message that
 * names the place ("events[3].sources[0]: …").
 *
 * Returns: (transfer full): the set, or %NULL on error
 */
MasarEventSet *
masar_event_set_new_from_data (const char  *json,
                               gssize       length,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MasarEventSet) self = NULL;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, json, length, &local_error))
    {
      int line = 0, column = 0, consumed = 0;
      const char *msg = local_error->message;

      /* json-glib writes "<data>:LINE:COLUMN: Parse error: MESSAGE". */
      if (sscanf (msg, "<data>:%d:%d: %n", &line, &column, &consumed) >= 2 && consumed > 0)
        {
          msg += consumed;
          if (g_str_has_prefix (msg, "Parse error: "))
            msg += strlen ("Parse error: ");
          g_set_error (error, MASAR_EVENTS_ERROR, MASAR_EVENTS_ERROR_SYNTAX,
                       "line %d, column %d: %s", line, column, msg);
        }
      else
        g_set_error (error, MASAR_EVENTS_ERROR, MASAR_EVENTS_ERROR_SYNTAX,
                     "line 1, column 1: %s", msg);
      return NULL;
    }

  self = masar_event_set_new ();
  if (!read_document (self, json_parser_get_root (parser), error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * masar_event_set_new_from_file:
 * @file: an events file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Like masar_event_set_new_from_data(), from a file; error messages begin with the file's
 * name.
 *
 * Returns: (transfer full): the set, or %NULL on error
 */
MasarEventSet *
masar_event_set_new_from_file (GFile         *file,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  MasarEventSet *self;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  self = masar_event_set_new_from_data (contents, length, &local_error);
  if (self == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
    }
  return self;
}

const char *
masar_event_set_get_corpus (MasarEventSet *self)
{
  g_return_val_if_fail (MASAR_IS_EVENT_SET (self), NULL);
  return self->corpus;
}

void
masar_event_set_set_corpus (MasarEventSet *self,
                            const char    *corpus)
{
  g_return_if_fail (MASAR_IS_EVENT_SET (self));

  if (g_strcmp0 (self->corpus, corpus) == 0)
    return;
  g_free (self->corpus);
  self->corpus = g_strdup (corpus);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

/**
 * masar_event_set_get_events:
 * @self: a #MasarEventSet
 *
 * Returns: (transfer none): a #GListModel of #MasarEvent
 */
GListModel *
masar_event_set_get_events (MasarEventSet *self)
{
  g_return_val_if_fail (MASAR_IS_EVENT_SET (self), NULL);
  return G_LIST_MODEL (self->events);
}

/**
 * masar_event_set_add_event:
 * @self: a #MasarEventSet
 * @event: a #MasarEvent
 *
 * Appends @event. An event without an id gets the next free "eN".
 */
void
masar_event_set_add_event (MasarEventSet *self,
                           MasarEvent    *event)
{
  g_return_if_fail (MASAR_IS_EVENT_SET (self));
  g_return_if_fail (MASAR_IS_EVENT (event));

  if (masar_event_get_id (event) == NULL)
    {
      /* "e%u" without g_strdup_printf(), which cost a tenth of the merge */
      char id[16];
      char *p = id + sizeof id;
      guint n = ++self->next_event_id;

      *--p = '\0';
      do
        *--p = (char) ('0' + n % 10);
      while ((n /= 10) > 0);
      *--p = 'e';
      masar_event_set_id (event, p);
    }
  g_list_store_append (self->events, event);
}

/**
 * masar_event_set_get_articles:
 * @self: a #MasarEventSet
 *
 * Returns: (transfer none): a #GListModel of #MasarArticle
 */
GListModel *
masar_event_set_get_articles (MasarEventSet *self)
{
  g_return_val_if_fail (MASAR_IS_EVENT_SET (self), NULL);
  return G_LIST_MODEL (self->articles);
}

/**
 * masar_event_set_add_article:
 * @self: a #MasarEventSet
 * @article: a #MasarArticle
 *
 * Appends @article. An article without an id gets the next free "aN".
 */
void
masar_event_set_add_article (MasarEventSet *self,
                             MasarArticle  *article)
{
  g_return_if_fail (MASAR_IS_EVENT_SET (self));
  g_return_if_fail (MASAR_IS_ARTICLE (article));

  if (masar_article_get_id (article) == NULL)
    {
      g_autofree char *id = NULL;

      do
        {
          g_free (id);
          id = g_strdup_printf ("a%u", ++self->next_article_id);
        }
      while (g_hash_table_contains (self->articles_by_id, id));
      masar_article_set_id (article, id);
    }
  g_hash_table_replace (self->articles_by_id, g_strdup (masar_article_get_id (article)), article);
  g_list_store_append (self->articles, article);
}

/**
 * masar_event_set_find_article:
 * @self: a #MasarEventSet
 * @article_id: an article id
 *
 * Returns: (transfer none) (nullable): the article, or %NULL
 */
MasarArticle *
masar_event_set_find_article (MasarEventSet *self,
                              const char    *article_id)
{
  g_return_val_if_fail (MASAR_IS_EVENT_SET (self), NULL);
  g_return_val_if_fail (article_id != NULL, NULL);

  return g_hash_table_lookup (self->articles_by_id, article_id);
}

/**
 * masar_event_set_lookup_actor:
 * @self: a #MasarEventSet
 * @actor_id: an actor id
 *
 * Returns: (transfer none) (nullable): the actor, or %NULL
 */
const MasarActor *
masar_event_set_lookup_actor (MasarEventSet *self,
                              const char    *actor_id)
{
  g_return_val_if_fail (MASAR_IS_EVENT_SET (self), NULL);
  g_return_val_if_fail (actor_id != NULL, NULL);

  return g_hash_table_lookup (self->actors, actor_id);
}

/**
 * masar_event_set_add_actor:
 * @self: a #MasarEventSet
 * @actor: an actor; copied
 *
 * Adds a copy of @actor unless an actor with its id is already there.
 */
void
masar_event_set_add_actor (MasarEventSet    *self,
                           const MasarActor *actor)
{
  MasarActor *copy;

  g_return_if_fail (MASAR_IS_EVENT_SET (self));
  g_return_if_fail (actor != NULL && actor->id != NULL);

  if (g_hash_table_contains (self->actors, actor->id))
    return;
  copy = actor_dup (actor);
  g_hash_table_insert (self->actors, copy->id, copy);
  g_ptr_array_add (self->actor_order, copy);
}

/**
 * masar_event_set_list_actors:
 * @self: a #MasarEventSet
 *
 * Returns: (transfer container) (element-type MasarActor): the actors in the order added
 */
GPtrArray *
masar_event_set_list_actors (MasarEventSet *self)
{
  GPtrArray *out;

  g_return_val_if_fail (MASAR_IS_EVENT_SET (self), NULL);

  out = g_ptr_array_sized_new (self->actor_order->len);
  for (guint i = 0; i < self->actor_order->len; i++)
    g_ptr_array_add (out, g_ptr_array_index (self->actor_order, i));
  return out;
}

/**
 * masar_event_set_to_json:
 * @self: a #MasarEventSet
 * @articles_only: write only format, generator, corpus and articles
 * @length: (out) (optional): the length in bytes
 *
 * Writes the set as a `masar-events/1` document, indented.
 *
 * Returns: (transfer full): the JSON text
 */
char *
masar_event_set_to_json (MasarEventSet *self,
                         gboolean       articles_only,
                         gsize         *length)
{
  g_return_val_if_fail (MASAR_IS_EVENT_SET (self), NULL);

  return write_to_string (self, articles_only, TRUE, length);
}

/**
 * masar_event_set_to_json_line:
 * @self: a #MasarEventSet
 * @length: (out) (optional): the length in bytes
 *
 * Writes the whole set as one `masar-events/1` document on a single line with no newline
 * at the end, for JSON Lines output (`masar-extract --jsonl`).
 *
 * Returns: (transfer full): the JSON text
 */
char *
masar_event_set_to_json_line (MasarEventSet *self,
                              gsize         *length)
{
  g_return_val_if_fail (MASAR_IS_EVENT_SET (self), NULL);

  return write_to_string (self, FALSE, FALSE, length);
}

/**
 * masar_event_set_write:
 * @self: a #MasarEventSet
 * @stream: where to write
 * @articles_only: write only format, generator, corpus and articles
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the same document as masar_event_set_to_json() to @stream, a chunk at a time, so
 * that the whole text of a big set is never in memory at once. Does not close @stream.
 *
 * Returns: %TRUE on success
 */
gboolean
masar_event_set_write (MasarEventSet  *self,
                       GOutputStream  *stream,
                       gboolean        articles_only,
                       GCancellable   *cancellable,
                       GError        **error)
{
  Writer w = { NULL, TRUE, 0, { FALSE, }, stream, cancellable, NULL };

  g_return_val_if_fail (MASAR_IS_EVENT_SET (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  write_document (self, articles_only, &w);
  writer_flush (&w, 0);
  g_string_free (w.out, TRUE);
  if (w.error != NULL)
    {
      g_propagate_error (error, w.error);
      return FALSE;
    }
  return TRUE;
}

/**
 * masar_event_set_save:
 * @self: a #MasarEventSet
 * @file: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the set to @file atomically: readers see the old file or the new one, never half
 * of one.
 *
 * Returns: %TRUE on success
 */
gboolean
masar_event_set_save (MasarEventSet  *self,
                      GFile          *file,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_autoptr(GFileOutputStream) out = NULL;

  g_return_val_if_fail (MASAR_IS_EVENT_SET (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* g_file_replace() writes a temporary file and renames it over @file on close; a stream
   * closed after an error leaves @file as it was. */
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (out == NULL)
    return FALSE;
  if (!masar_event_set_write (self, G_OUTPUT_STREAM (out), FALSE, cancellable, error))
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      /* closing a replace stream with a cancelled cancellable drops the temporary file */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error);
}
