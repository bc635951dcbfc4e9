/* masar-corpus-settings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-corpus-settings"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "masar-corpus-settings.h"

/* The file, `masar-corpus-settings/1`:
 *
 *   { "format": "masar-corpus-settings/1",
 *     "articles": [ { "file": "a/b.txt", "segment": 1, "published": "2025-03-01",
 *                     "excluded": true } ],
 *     "files": [ { "file": "a/b.txt", "split_at": [ 1200 ], "merge_at": [ 3400 ] } ] }
 *
 * "published" is the user's date (basis "user"); offsets are code points into the file's
 * decoded text. */
#define FORMAT_NAME "masar-corpus-settings/1"

typedef struct
{
  char      *file;
  guint      segment;
  MasarDate  date;
  gboolean   excluded;
} ArticleEntry;

struct _MasarCorpusSettings
{
  GHashTable *articles;   /* "file\nsegment" → ArticleEntry */
  GHashTable *files;      /* file → MasarIngestHints */
};

static void
article_entry_free (gpointer data)
{
  ArticleEntry *entry = data;

  g_free (entry->file);
  g_free (entry);
}

static void
hints_free (gpointer data)
{
  MasarIngestHints *hints = data;

  g_clear_pointer (&hints->split_at, g_array_unref);
  g_clear_pointer (&hints->merge_at, g_array_unref);
  g_free (hints);
}

static char *
make_key (const char *file,
          guint       segment)
{
  return g_strdup_printf ("%s\n%u", file, segment);
}

static JsonArray *
get_array (JsonObject *obj,
           const char *name)
{
  JsonNode *node = json_object_get_member (obj, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static ArticleEntry *
ensure_entry (MasarCorpusSettings *self,
              const char          *file,
              guint                segment)
{
  char *key = make_key (file, segment);
  ArticleEntry *entry = g_hash_table_lookup (self->articles, key);

  if (entry != NULL)
    {
      g_free (key);
      return entry;
    }
  entry = g_new0 (ArticleEntry, 1);
  entry->file = g_strdup (file);
  entry->segment = segment;
  g_hash_table_insert (self->articles, key, entry);
  return entry;
}

static void
drop_if_empty (MasarCorpusSettings *self,
               ArticleEntry        *entry)
{
  g_autofree char *key = NULL;

  if (masar_date_is_set (&entry->date) || entry->excluded)
    return;
  key = make_key (entry->file, entry->segment);
  g_hash_table_remove (self->articles, key);
}

static MasarIngestHints *
ensure_hints (MasarCorpusSettings *self,
              const char          *file)
{
  MasarIngestHints *hints = g_hash_table_lookup (self->files, file);

  if (hints == NULL)
    {
      hints = g_new0 (MasarIngestHints, 1);
      hints->split_at = g_array_new (FALSE, FALSE, sizeof (guint));
      hints->merge_at = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (self->files, g_strdup (file), hints);
    }
  return hints;
}

static void
add_offset (GArray *array,
            guint   offset)
{
  for (guint i = 0; i < array->len; i++)
    if (g_array_index (array, guint, i) == offset)
      return;
  g_array_append_val (array, offset);
}

/**
 * masar_corpus_settings_new:
 *
 * Returns: (transfer full): empty settings
 */
MasarCorpusSettings *
masar_corpus_settings_new (void)
{
  MasarCorpusSettings *self = g_new0 (MasarCorpusSettings, 1);

  self->articles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, article_entry_free);
  self->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, hints_free);
  return self;
}

void
masar_corpus_settings_free (MasarCorpusSettings *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->articles);
  g_hash_table_unref (self->files);
  g_free (self);
}

gboolean
masar_corpus_settings_is_empty (MasarCorpusSettings *self)
{
  return g_hash_table_size (self->articles) == 0 && g_hash_table_size (self->files) == 0;
}

/**
 * masar_corpus_settings_get_folder_file:
 * @folder: a corpus folder
 *
 * Returns: (transfer full): `.masar-corpus.json` in @folder
 */
GFile *
masar_corpus_settings_get_folder_file (GFile *folder)
{
  return g_file_get_child (folder, MASAR_CORPUS_SETTINGS_BASENAME);
}

/**
 * masar_corpus_settings_get_user_file:
 * @folder: a corpus folder
 *
 * Returns: (transfer full): the place for @folder's corrections under the user data
 *   directory, `masar/corpora/<sha256 of the folder's path>.json`
 */
GFile *
masar_corpus_settings_get_user_file (GFile *folder)
{
  g_autofree char *path = g_file_get_path (folder);
  g_autofree char *uri = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *name = NULL;

  if (path == NULL)
    uri = g_file_get_uri (folder);
  sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, path != NULL ? path : uri, -1);
  name = g_strconcat (sum, ".json", NULL);
  return g_file_new_build_filename (g_get_user_data_dir (), "masar", "corpora", name, NULL);
}

/**
 * masar_corpus_settings_parse:
 * @self: settings to add to
 * @json: the file's contents
 * @length: its length, or -1
 * @error: a #GError
 *
 * Returns: %TRUE when @json is a settings document
 */
gboolean
masar_corpus_settings_parse (MasarCorpusSettings  *self,
                             const char           *json,
                             gssize                length,
                             GError              **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *array;

  if (!json_parser_load_from_data (parser, json, length, error))
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not a JSON object");
      return FALSE;
    }
  root = json_node_get_object (json_parser_get_root (parser));

  array = get_array (root, "articles");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *obj;
      const char *file;
      ArticleEntry *entry;
      const char *published;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      obj = json_node_get_object (node);
      file = json_object_get_string_member_with_default (obj, "file", NULL);
      if (file == NULL)
        continue;
      entry = ensure_entry (self, file, (guint) json_object_get_int_member_with_default (obj, "segment", 0));
      published = json_object_get_string_member_with_default (obj, "published", NULL);
      if (published != NULL)
        masar_date_parse_iso (published, &entry->date);
      entry->excluded = json_object_get_boolean_member_with_default (obj, "excluded", FALSE);
      drop_if_empty (self, entry);
    }

  array = get_array (root, "files");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *names[] = { "split_at", "merge_at" };
      JsonObject *obj;
      const char *file;
      MasarIngestHints *hints;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      obj = json_node_get_object (node);
      file = json_object_get_string_member_with_default (obj, "file", NULL);
      if (file == NULL)
        continue;
      hints = ensure_hints (self, file);
      for (guint k = 0; k < G_N_ELEMENTS (names); k++)
        {
          JsonArray *offsets = get_array (obj, names[k]);

          for (guint j = 0; offsets != NULL && j < json_array_get_length (offsets); j++)
            {
              gint64 v = json_array_get_int_element (offsets, j);

              if (v >= 0 && v <= G_MAXUINT)
                add_offset (k == 0 ? hints->split_at : hints->merge_at, (guint) v);
            }
        }
    }

  return TRUE;
}

static gboolean
load_file (MasarCorpusSettings  *self,
           GFile                *file,
           gboolean             *found,
           GCancellable         *cancellable,
           GError              **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) local_error = NULL;

  *found = FALSE;
  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  *found = TRUE;
  return masar_corpus_settings_parse (self, contents, length, error);
}

/**
 * masar_corpus_settings_load:
 * @folder: a corpus folder
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GError
 *
 * Reads the corrections of @folder: `.masar-corpus.json` in the folder, or else the file
 * under the user data directory. No file means no corrections.
 *
 * Returns: (transfer full) (nullable): the settings, or %NULL when a file exists but cannot
 *   be read
 */
MasarCorpusSettings *
masar_corpus_settings_load (GFile         *folder,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(MasarCorpusSettings) self = masar_corpus_settings_new ();
  g_autoptr(GFile) in_folder = masar_corpus_settings_get_folder_file (folder);
  g_autoptr(GFile) user = masar_corpus_settings_get_user_file (folder);
  gboolean found = FALSE;

  if (!load_file (self, in_folder, &found, cancellable, error))
    return NULL;
  if (!found && !load_file (self, user, &found, cancellable, error))
    return NULL;
  return g_steal_pointer (&self);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const ArticleEntry *ea = *(ArticleEntry * const *) a;
  const ArticleEntry *eb = *(ArticleEntry * const *) b;
  int c = strcmp (ea->file, eb->file);

  if (c != 0)
    return c;
  return ea->segment < eb->segment ? -1 : (ea->segment > eb->segment);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * masar_corpus_settings_to_json:
 * @self: settings
 *
 * Returns: (transfer full): the settings document, sorted so that it diffs well
 */
char *
masar_corpus_settings_to_json (MasarCorpusSettings *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->articles);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (entries, value);
  g_ptr_array_sort (entries, compare_entries);
  g_hash_table_iter_init (&iter, self->files);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (files, key);
  g_ptr_array_sort (files, compare_strings);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FORMAT_NAME);

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < entries->len; i++)
    {
      ArticleEntry *entry = g_ptr_array_index (entries, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, entry->file);
      json_builder_set_member_name (builder, "segment");
      json_builder_add_int_value (builder, entry->segment);
      if (masar_date_is_set (&entry->date))
        {
          g_autofree char *iso = masar_date_to_iso (&entry->date);

          json_builder_set_member_name (builder, "published");
          json_builder_add_string_value (builder, iso);
        }
      if (entry->excluded)
        {
          json_builder_set_member_name (builder, "excluded");
          json_builder_add_boolean_value (builder, TRUE);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "files");
  json_builder_begin_array (builder);
  for (guint i = 0; i < files->len; i++)
    {
      const char *file = g_ptr_array_index (files, i);
      MasarIngestHints *hints = g_hash_table_lookup (self->files, file);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, file);
      json_builder_set_member_name (builder, "split_at");
      json_builder_begin_array (builder);
      for (guint j = 0; j < hints->split_at->len; j++)
        json_builder_add_int_value (builder, g_array_index (hints->split_at, guint, j));
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "merge_at");
      json_builder_begin_array (builder);
      for (guint j = 0; j < hints->merge_at->len; j++)
        json_builder_add_int_value (builder, g_array_index (hints->merge_at, guint, j));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/**
 * masar_corpus_settings_save:
 * @json: the document (masar_corpus_settings_to_json())
 * @folder: the corpus folder
 * @saved_to: (out) (optional) (transfer full): where it was written
 * @error: a #GError
 *
 * Writes @json atomically (temporary file and rename) into @folder, or, when the folder is
 * not writable, under the user data directory. Blocking: call it from a worker thread.
 *
 * Returns: %TRUE on success
 */
gboolean
masar_corpus_settings_save (const char  *json,
                            GFile       *folder,
                            GFile      **saved_to,
                            GError     **error)
{
  g_autoptr(GFile) in_folder = masar_corpus_settings_get_folder_file (folder);
  g_autoptr(GFile) user = masar_corpus_settings_get_user_file (folder);
  g_autofree char *path = g_file_get_path (in_folder);
  g_autofree char *user_path = g_file_get_path (user);
  g_autofree char *user_dir = NULL;
  g_autoptr(GError) local_error = NULL;

  if (path != NULL && g_file_set_contents (path, json, -1, &local_error))
    {
      if (saved_to != NULL)
        *saved_to = g_steal_pointer (&in_folder);
      return TRUE;
    }
  g_clear_error (&local_error);

  user_dir = g_path_get_dirname (user_path);
  if (g_mkdir_with_parents (user_dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "could not create %s: %s", user_dir, g_strerror (saved_errno));
      return FALSE;
    }
  if (!g_file_set_contents (user_path, json, -1, error))
    return FALSE;
  if (saved_to != NULL)
    *saved_to = g_steal_pointer (&user);
  return TRUE;
}

void
masar_corpus_settings_set_date (MasarCorpusSettings *self,
                                const char          *file,
                                guint                segment,
                                const MasarDate     *date)
{
  ArticleEntry *entry = ensure_entry (self, file, segment);
  MasarDate none = MASAR_DATE_INIT;

  entry->date = date != NULL ? *date : none;
  drop_if_empty (self, entry);
}

void
masar_corpus_settings_set_excluded (MasarCorpusSettings *self,
                                    const char          *file,
                                    guint                segment,
                                    gboolean             excluded)
{
  ArticleEntry *entry = ensure_entry (self, file, segment);

  entry->excluded = !!excluded;
  drop_if_empty (self, entry);
}

void
masar_corpus_settings_add_split (MasarCorpusSettings *self,
                                 const char          *file,
                                 guint                offset)
{
  add_offset (ensure_hints (self, file)->split_at, offset);
}

void
masar_corpus_settings_add_merge (MasarCorpusSettings *self,
                                 const char          *file,
                                 guint                offset)
{
  add_offset (ensure_hints (self, file)->merge_at, offset);
}

/**
 * masar_corpus_settings_get_hints:
 * @self: (nullable): settings
 * @file: a file's relative path
 *
 * Returns: (transfer none) (nullable): the user's split and merge points for @file
 */
const MasarIngestHints *
masar_corpus_settings_get_hints (MasarCorpusSettings *self,
                                 const char          *file)
{
  if (self == NULL)
    return NULL;
  return g_hash_table_lookup (self->files, file);
}

/**
 * masar_corpus_settings_apply:
 * @self: settings
 * @article: an article just read
 *
 * Gives @article the user's date (basis %MASAR_DATE_BASIS_USER) and exclusion, if any.
 */
void
masar_corpus_settings_apply (MasarCorpusSettings *self,
                             MasarArticle        *article)
{
  g_autofree char *key = make_key (masar_article_get_file (article),
                                   masar_article_get_segment (article));
  ArticleEntry *entry = g_hash_table_lookup (self->articles, key);

  if (entry == NULL)
    return;
  if (masar_date_is_set (&entry->date))
    masar_article_set_published (article, &entry->date, MASAR_DATE_BASIS_USER);
  if (entry->excluded)
    masar_article_set_excluded (article, TRUE);
}

static guint
remove_range (GArray *array,
              guint   from,
              guint   to)
{
  guint removed = 0;

  for (guint i = array->len; i > 0; i--)
    {
      guint v = g_array_index (array, guint, i - 1);

      if (v >= from && v < to)
        {
          g_array_remove_index (array, i - 1);
          removed++;
        }
    }
  return removed;
}

static void
drop_hints_if_empty (MasarCorpusSettings *self,
                     const char          *file)
{
  MasarIngestHints *hints = g_hash_table_lookup (self->files, file);

  if (hints != NULL && hints->split_at->len == 0 && hints->merge_at->len == 0)
    g_hash_table_remove (self->files, file);
}

/**
 * masar_corpus_settings_remove_splits:
 * @self: settings
 * @file: a file's relative path
 * @from: first offset to remove
 * @to: one past the last offset to remove
 *
 * Forgets the user's split points of @file in `[from, to)`.
 *
 * Returns: how many were removed
 */
guint
masar_corpus_settings_remove_splits (MasarCorpusSettings *self,
                                     const char          *file,
                                     guint                from,
                                     guint                to)
{
  MasarIngestHints *hints = g_hash_table_lookup (self->files, file);
  guint removed;

  if (hints == NULL)
    return 0;
  removed = remove_range (hints->split_at, from, to);
  drop_hints_if_empty (self, file);
  return removed;
}

/**
 * masar_corpus_settings_remove_merges:
 * @self: settings
 * @file: a file's relative path
 * @from: first offset to remove
 * @to: one past the last offset to remove
 *
 * Forgets the user's merge points of @file in `[from, to)`.
 *
 * Returns: how many were removed
 */
guint
masar_corpus_settings_remove_merges (MasarCorpusSettings *self,
                                     const char          *file,
                                     guint                from,
                                     guint                to)
{
  MasarIngestHints *hints = g_hash_table_lookup (self->files, file);
  guint removed;

  if (hints == NULL)
    return 0;
  removed = remove_range (hints->merge_at, from, to);
  drop_hints_if_empty (self, file);
  return removed;
}

/**
 * masar_corpus_settings_clear_articles:
 * @self: settings
 * @file: a file's relative path
 *
 * Forgets the dates and exclusions of every article of @file (before its articles are
 * numbered anew by a split or a merge).
 */
void
masar_corpus_settings_clear_articles (MasarCorpusSettings *self,
                                      const char          *file)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->articles);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      ArticleEntry *entry = value;

      if (g_str_equal (entry->file, file))
        g_hash_table_iter_remove (&iter);
    }
}
