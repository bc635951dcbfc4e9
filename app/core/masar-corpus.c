/* masar-corpus.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-corpus"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include <libxml/parser.h>

#include "masar-corpus.h"
#include "masar-corpus-private.h"
#include "masar-corpus-settings.h"
#include "masar-extractor.h"
#include "masar-gazetteer.h"
#include "masar-ingest.h"

/**
 * MasarCorpus:
 *
 * A folder of scraped articles, read into a #GListModel of #MasarArticle. Files are read in
 * the order of their relative paths (nested folders included, hidden files skipped); the
 * articles get the ids "a0", "a1", … in that order, then by segment. Every file that was
 * skipped or only partly read is listed in the problems model with its reason. Loading
 * runs in a worker thread (masar_corpus_load_async()) or in the calling thread
 * (masar_corpus_load_sync()); the model, the problems and the properties change on the
 * thread that owns the corpus only.
 */

typedef struct
{
  gatomicrefcount          ref_count;

  /* Set before the worker starts, then read-only */
  GFile                   *folder;
  guint                    generation;
  gboolean                 extract;
  gsize                    max_bytes;
  MasarCorpusProgressFunc  progress;
  gpointer                 progress_data;
  GMainContext            *context;          /* NULL when loading synchronously */

  /* Under mutex */
  GMutex                   mutex;
  guint                    files_done;
  guint                    files_total;
  GPtrArray               *pending_articles;
  GPtrArray               *pending_problems;
  gboolean                 flush_queued;

  /* Worker only, handed over when done */
  GPtrArray               *articles;         /* all articles, for extraction */
  MasarEventSet           *events;
  MasarCorpusSettings     *settings;
} LoadState;

typedef struct
{
  MasarCorpus *corpus;
  LoadState   *state;
} FlushData;

typedef struct
{
  MasarDate      date;
  MasarDateBasis basis;
} DetectedDate;

struct _MasarCorpus
{
  GObject              parent_instance;

  /* Owned references */
  GPtrArray           *items;         /* of MasarArticle */
  GHashTable          *by_id;         /* id → MasarArticle (borrowed from items) */
  GListStore          *problems;      /* of MasarProblem */
  GFile               *folder;
  MasarEventSet       *events;
  MasarCorpusSettings *settings;
  GCancellable        *load_cancellable;
  GCancellable        *extract_cancellable;

  /* State */
  gsize                max_bytes;
  guint                generation;
  guint                files_done;
  guint                files_total;
  guint                extract_serial;  /* bumped by every extraction; stale results are dropped */
  GHashTable          *correcting_files; /* files being read again for a split or merge */
  guint                loading : 1;
  guint                extracting : 1;
  guint                saving : 1;
  guint                save_again : 1;
};

enum {
  PROP_0,
  PROP_FOLDER,
  PROP_LOADING,
  PROP_FILES_DONE,
  PROP_FILES_TOTAL,
  PROP_EVENTS,
  PROP_PROBLEMS,
  PROP_SAVING,
  PROP_EXTRACTING,
  PROP_CORRECTING,
  N_PROPS
};

static void masar_corpus_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MasarCorpus, masar_corpus, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      masar_corpus_list_model_init))

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (masar-corpus-error-quark, masar_corpus_error)

static LoadState *
load_state_ref (LoadState *state)
{
  g_atomic_ref_count_inc (&state->ref_count);
  return state;
}

static void
load_state_unref (LoadState *state)
{
  if (!g_atomic_ref_count_dec (&state->ref_count))
    return;

  g_clear_object (&state->folder);
  g_clear_pointer (&state->context, g_main_context_unref);
  g_mutex_clear (&state->mutex);
  g_clear_pointer (&state->pending_articles, g_ptr_array_unref);
  g_clear_pointer (&state->pending_problems, g_ptr_array_unref);
  g_clear_pointer (&state->articles, g_ptr_array_unref);
  g_clear_object (&state->events);
  g_clear_pointer (&state->settings, masar_corpus_settings_free);
  g_free (state);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadState, load_state_unref)

static LoadState *
load_state_new (GFile *folder,
                guint  generation,
                gsize  max_bytes)
{
  LoadState *state = g_new0 (LoadState, 1);

  g_atomic_ref_count_init (&state->ref_count);
  g_mutex_init (&state->mutex);
  state->folder = g_object_ref (folder);
  state->generation = generation;
  state->max_bytes = max_bytes;
  state->pending_articles = g_ptr_array_new_with_free_func (g_object_unref);
  state->pending_problems = g_ptr_array_new_with_free_func (g_object_unref);
  state->articles = g_ptr_array_new_with_free_func (g_object_unref);

  return state;
}

static void
flush_data_free (gpointer data)
{
  FlushData *flush = data;

  g_clear_object (&flush->corpus);
  g_clear_pointer (&flush->state, load_state_unref);
  g_free (flush);
}

static void
add_articles (MasarCorpus *self,
              GPtrArray   *articles)
{
  guint position = self->items->len;

  if (articles->len == 0)
    return;

  for (guint i = 0; i < articles->len; i++)
    {
      MasarArticle *article = g_ptr_array_index (articles, i);

      g_ptr_array_add (self->items, g_object_ref (article));
      if (masar_article_get_id (article) != NULL)
        g_hash_table_insert (self->by_id, (gpointer) masar_article_get_id (article), article);
    }
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, articles->len);
}

static void
add_problems (MasarCorpus *self,
              GPtrArray   *problems)
{
  if (problems->len > 0)
    g_list_store_splice (self->problems, g_list_model_get_n_items (G_LIST_MODEL (self->problems)),
                         0, problems->pdata, problems->len);
}

static void
set_counts (MasarCorpus *self,
            guint        files_done,
            guint        files_total)
{
  if (self->files_total != files_total)
    {
      self->files_total = files_total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILES_TOTAL]);
    }
  if (self->files_done != files_done)
    {
      self->files_done = files_done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILES_DONE]);
    }
}

static void
set_loading (MasarCorpus *self,
             gboolean     loading)
{
  loading = !!loading;
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Moves what the worker produced so far into the model. Main thread. */
static void
flush_pending (MasarCorpus *self,
               LoadState   *state)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  guint done, total;

  g_mutex_lock (&state->mutex);
  articles = g_steal_pointer (&state->pending_articles);
  problems = g_steal_pointer (&state->pending_problems);
  state->pending_articles = g_ptr_array_new_with_free_func (g_object_unref);
  state->pending_problems = g_ptr_array_new_with_free_func (g_object_unref);
  done = state->files_done;
  total = state->files_total;
  state->flush_queued = FALSE;
  g_mutex_unlock (&state->mutex);

  if (state->generation != self->generation)
    return;

  add_articles (self, articles);
  add_problems (self, problems);
  set_counts (self, done, total);
}

static gboolean
flush_idle_cb (gpointer data)
{
  FlushData *flush = data;

  flush_pending (flush->corpus, flush->state);
  return G_SOURCE_REMOVE;
}

/* Worker thread: hands articles, problems and counts to the owner of the corpus. */
static void
report (MasarCorpus *self,
        LoadState   *state,
        GPtrArray   *articles,
        GPtrArray   *problems,
        gboolean     file_done)
{
  gboolean queue = FALSE;
  guint done, total;

  g_mutex_lock (&state->mutex);
  if (articles != NULL)
    for (guint i = 0; i < articles->len; i++)
      g_ptr_array_add (state->pending_articles, g_object_ref (g_ptr_array_index (articles, i)));
  if (problems != NULL)
    for (guint i = 0; i < problems->len; i++)
      g_ptr_array_add (state->pending_problems, g_object_ref (g_ptr_array_index (problems, i)));
  if (file_done)
    state->files_done++;
  done = state->files_done;
  total = state->files_total;
  if (state->context != NULL && !state->flush_queued)
    {
      state->flush_queued = TRUE;
      queue = TRUE;
    }
  g_mutex_unlock (&state->mutex);

  if (state->progress != NULL)
    state->progress (done, total, state->progress_data);

  if (queue)
    {
      FlushData *flush = g_new0 (FlushData, 1);
      GSource *source = g_idle_source_new ();

      flush->corpus = g_object_ref (self);
      flush->state = load_state_ref (state);
      g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
      g_source_set_callback (source, flush_idle_cb, flush, flush_data_free);
      g_source_set_static_name (source, "[masar-corpus] flush");
      g_source_attach (source, state->context);
      g_source_unref (source);
    }
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Collects the relative paths of the candidate files under @dir, depth first. Hidden files
 * and folders are skipped; symbolic links to folders are not followed (no loops). */
static gboolean
collect_files (GFile         *root,
               GFile         *dir,
               GPtrArray     *paths,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;

  /* Name and type only: GIO takes both from the directory entries, without a stat per file
   * (not following links, a link's type is G_FILE_TYPE_SYMBOLIC_LINK). */
  enumerator = g_file_enumerate_children (dir,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                          cancellable, error);
  if (enumerator == NULL)
    return FALSE;

  for (;;)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;
      const char *name;

      if (!g_file_enumerator_iterate (enumerator, &info, &child, cancellable, error))
        return FALSE;
      if (info == NULL)
        break;

      name = g_file_info_get_name (info);
      if (masar_ingest_is_ignored_name (name))
        continue;

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        {
          if (!collect_files (root, child, paths, cancellable, error))
            return FALSE;
        }
      else
        {
          if (g_file_info_get_file_type (info) == G_FILE_TYPE_SYMBOLIC_LINK &&
              g_file_query_file_type (child, G_FILE_QUERY_INFO_NONE, cancellable) == G_FILE_TYPE_DIRECTORY)
            continue;
          g_ptr_array_add (paths, g_file_get_relative_path (root, child));
        }
    }

  return TRUE;
}

static void
apply_settings (MasarCorpusSettings *settings,
                MasarArticle        *article)
{
  MasarDate date = MASAR_DATE_INIT;
  DetectedDate *detected = g_new0 (DetectedDate, 1);

  masar_article_get_published (article, &date);
  detected->date = date;
  detected->basis = masar_article_get_published_basis (article);
  g_object_set_data_full (G_OBJECT (article), "masar-detected-date", detected, g_free);

  if (settings != NULL)
    masar_corpus_settings_apply (settings, article);
}

/* The work of a load, in the worker thread (async) or the caller's thread (sync). */
/* Files are ingested on several threads: helpers claim files in order from a shared
 * counter and publish each file's articles and problems in its slot; the loading thread
 * takes the slots in file order (so ids, settings and reports are as on one thread) and
 * ingests a file itself whenever the next slot is not ready yet. */
typedef struct
{
  GPtrArray *articles;
  GPtrArray *problems;
  gboolean   done;
} IngestSlot;

typedef struct
{
  GFile                   *folder;
  GPtrArray               *paths;
  const MasarIngestHints **hints;
  gsize                    max_bytes;
  GCancellable            *cancellable;
  IngestSlot              *slots;
  gint                     next;
  gint                     stop;
  GMutex                   lock;
  GCond                    ready;
  gboolean                 waiting;    /* the loading thread waits on ready (under lock) */
} IngestWork;

static gboolean
ingest_one (IngestWork *work)
{
  int i;
  g_autoptr(GFile) file = NULL;
  GPtrArray *articles, *problems;

  if (g_atomic_int_get (&work->stop))
    return FALSE;
  i = g_atomic_int_add (&work->next, 1);
  if (i >= (int) work->paths->len)
    return FALSE;
  articles = g_ptr_array_new_with_free_func (g_object_unref);
  problems = g_ptr_array_new_with_free_func (g_object_unref);
  if (!g_cancellable_is_cancelled (work->cancellable))
    {
      const char *rel = g_ptr_array_index (work->paths, i);

      file = g_file_resolve_relative_path (work->folder, rel);
      masar_ingest_file (file, rel, work->max_bytes, work->hints[i], articles, problems,
                         work->cancellable);
    }
  g_mutex_lock (&work->lock);
  work->slots[i].articles = articles;
  work->slots[i].problems = problems;
  work->slots[i].done = TRUE;
  /* A wake-up is a system call: only when someone waits. */
  if (work->waiting)
    g_cond_broadcast (&work->ready);
  g_mutex_unlock (&work->lock);
  return TRUE;
}

static gpointer
ingest_worker (gpointer data)
{
  IngestWork *work = data;

  while (ingest_one (work))
    ;
  return NULL;
}

static void
ingest_wait (IngestWork *work,
             guint       i)
{
  for (;;)
    {
      gboolean done;

      g_mutex_lock (&work->lock);
      done = work->slots[i].done;
      g_mutex_unlock (&work->lock);
      if (done || !ingest_one (work))
        break;
    }
  g_mutex_lock (&work->lock);
  while (!work->slots[i].done)
    {
      work->waiting = TRUE;
      g_cond_wait (&work->ready, &work->lock);
    }
  work->waiting = FALSE;
  g_mutex_unlock (&work->lock);
}

static gboolean
run_load (MasarCorpus   *self,
          LoadState     *state,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  guint next_id = 0;

  if (g_file_query_file_type (state->folder, G_FILE_QUERY_INFO_NONE, cancellable) != G_FILE_TYPE_DIRECTORY)
    {
      g_autofree char *name = g_file_get_parse_name (state->folder);

      g_set_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_NOT_A_FOLDER,
                   "“%s” is not a folder", name);
      return FALSE;
    }

  state->settings = masar_corpus_settings_load (state->folder, cancellable, &local_error);
  if (state->settings == NULL)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *message = g_strdup_printf (_("the corrections file could not be read: %s"),
                                                  local_error->message);

      g_ptr_array_add (problems, masar_problem_new (MASAR_CORPUS_SETTINGS_BASENAME,
                                                    MASAR_PROBLEM_SKIPPED, message));
      report (self, state, NULL, problems, FALSE);
      state->settings = masar_corpus_settings_new ();
      g_clear_error (&local_error);
    }

  if (!collect_files (state->folder, state->folder, paths, cancellable, error))
    return FALSE;
  g_ptr_array_sort (paths, compare_paths);

  g_mutex_lock (&state->mutex);
  state->files_total = paths->len;
  g_mutex_unlock (&state->mutex);
  report (self, state, NULL, NULL, FALSE);

  {
    IngestWork work = { 0 };
    g_autofree const MasarIngestHints **hints = g_new0 (const MasarIngestHints *, paths->len + 1);
    g_autofree IngestSlot *slots = g_new0 (IngestSlot, paths->len + 1);
    g_autofree GThread **threads = NULL;
    guint n_threads = MIN (g_get_num_processors (), 4);
    gboolean ok = TRUE;

    n_threads = CLAMP (n_threads, 1, MAX (paths->len, 1));
    for (guint i = 0; i < paths->len; i++)
      hints[i] = masar_corpus_settings_get_hints (state->settings, g_ptr_array_index (paths, i));
    work.folder = state->folder;
    work.paths = paths;
    work.hints = hints;
    work.max_bytes = state->max_bytes;
    work.cancellable = cancellable;
    work.slots = slots;
    g_mutex_init (&work.lock);
    g_cond_init (&work.ready);
    if (n_threads > 1)
      xmlInitParser ();
    threads = g_new0 (GThread *, n_threads);
    for (guint t = 1; t < n_threads; t++)
      threads[t] = g_thread_new ("masar-ingest", ingest_worker, &work);

    for (guint i = 0; i < paths->len; i++)
      {
        GPtrArray *articles, *problems;

        if (g_cancellable_set_error_if_cancelled (cancellable, error))
          {
            ok = FALSE;
            break;
          }

        ingest_wait (&work, i);
        articles = slots[i].articles;
        problems = slots[i].problems;

        for (guint j = 0; j < articles->len; j++)
          {
            MasarArticle *article = g_ptr_array_index (articles, j);
            g_autofree char *id = g_strdup_printf ("a%u", next_id++);

            masar_article_set_id (article, id);
            apply_settings (state->settings, article);
            g_ptr_array_add (state->articles, g_object_ref (article));
          }

        report (self, state, articles, problems, TRUE);
        g_clear_pointer (&slots[i].articles, g_ptr_array_unref);
        g_clear_pointer (&slots[i].problems, g_ptr_array_unref);
      }

    g_atomic_int_set (&work.stop, 1);
    for (guint t = 1; t < n_threads; t++)
      g_thread_join (threads[t]);
    for (guint i = 0; i < paths->len; i++)
      {
        g_clear_pointer (&slots[i].articles, g_ptr_array_unref);
        g_clear_pointer (&slots[i].problems, g_ptr_array_unref);
      }
    g_mutex_clear (&work.lock);
    g_cond_clear (&work.ready);
    if (!ok)
      return FALSE;
  }

  if (state->extract)
    {
      g_autoptr(GPtrArray) included = g_ptr_array_new ();
      g_autoptr(MasarExtractor) extractor = NULL;
      MasarGazetteer *gazetteer;

      for (guint i = 0; i < state->articles->len; i++)
        {
          MasarArticle *article = g_ptr_array_index (state->articles, i);

          if (!masar_article_get_excluded (article))
            g_ptr_array_add (included, article);
        }

      gazetteer = masar_gazetteer_get_default (&local_error);
      if (gazetteer != NULL)
        {
          extractor = masar_extractor_new (gazetteer);
          state->events = masar_extractor_extract (extractor, included, g_get_num_processors (),
                                                   cancellable, &local_error);
        }
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (state->events == NULL)
        {
          g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
          g_autofree char *message =
            g_strdup_printf (_("events could not be extracted: %s"),
                             local_error != NULL ? local_error->message : _("unknown error"));

          g_ptr_array_add (problems, masar_problem_new ("", MASAR_PROBLEM_PARTIAL, message));
          report (self, state, NULL, problems, FALSE);
        }
    }

  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  MasarCorpus *self = source_object;
  LoadState *state = task_data;
  GError *error = NULL;

  if (run_load (self, state, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Main thread: the worker is done; the model gets the rest. */
static void
finish_load (MasarCorpus *self,
             LoadState   *state)
{
  flush_pending (self, state);
  g_set_object (&self->events, state->events);
  g_clear_pointer (&self->settings, masar_corpus_settings_free);
  self->settings = g_steal_pointer (&state->settings);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENTS]);
  set_loading (self, FALSE);
}

static void
on_load_thread_done_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  MasarCorpus *self = MASAR_CORPUS (source);
  g_autoptr(GTask) outer = user_data;
  LoadState *state = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (state->generation == self->generation)
        {
          flush_pending (self, state);
          set_loading (self, FALSE);
        }
      g_task_return_error (outer, error);
      return;
    }

  if (state->generation != self->generation)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "a newer load replaced this one");
      return;
    }

  finish_load (self, state);
  g_task_return_boolean (outer, TRUE);
}

/* Clears the model and starts a new generation. */
static void set_extracting (MasarCorpus *self,
                            gboolean     extracting);

static void
reset (MasarCorpus *self,
       GFile       *folder)
{
  guint n = self->items->len;

  self->generation++;
  self->extract_serial++;
  if (self->extract_cancellable != NULL)
    g_cancellable_cancel (self->extract_cancellable);
  g_clear_object (&self->extract_cancellable);
  set_extracting (self, FALSE);
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);

  g_hash_table_remove_all (self->by_id);
  g_ptr_array_set_size (self->items, 0);
  if (n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
  g_list_store_remove_all (self->problems);
  g_clear_pointer (&self->settings, masar_corpus_settings_free);

  if (self->events != NULL)
    {
      g_clear_object (&self->events);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENTS]);
    }
  if (g_set_object (&self->folder, folder))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDER]);
  set_counts (self, 0, 0);
  set_loading (self, TRUE);
}

static GType
masar_corpus_get_item_type (GListModel *model)
{
  return MASAR_TYPE_ARTICLE;
}

static guint
masar_corpus_get_n_items (GListModel *model)
{
  return MASAR_CORPUS (model)->items->len;
}

static gpointer
masar_corpus_get_item (GListModel *model,
                       guint       position)
{
  MasarCorpus *self = MASAR_CORPUS (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
masar_corpus_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = masar_corpus_get_item_type;
  iface->get_n_items = masar_corpus_get_n_items;
  iface->get_item = masar_corpus_get_item;
}

static void
masar_corpus_dispose (GObject *object)
{
  MasarCorpus *self = (MasarCorpus *)object;

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->extract_cancellable != NULL)
    g_cancellable_cancel (self->extract_cancellable);
  g_clear_object (&self->extract_cancellable);
  g_clear_object (&self->events);
  g_clear_object (&self->folder);

  G_OBJECT_CLASS (masar_corpus_parent_class)->dispose (object);
}

static void
masar_corpus_finalize (GObject *object)
{
  MasarCorpus *self = (MasarCorpus *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->correcting_files, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->settings, masar_corpus_settings_free);

  G_OBJECT_CLASS (masar_corpus_parent_class)->finalize (object);
}

static void
masar_corpus_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MasarCorpus *self = MASAR_CORPUS (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_object (value, self->folder);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_FILES_DONE:
      g_value_set_uint (value, self->files_done);
      break;
    case PROP_FILES_TOTAL:
      g_value_set_uint (value, self->files_total);
      break;
    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;
    case PROP_PROBLEMS:
      g_value_set_object (value, self->problems);
      break;
    case PROP_SAVING:
      g_value_set_boolean (value, self->saving);
      break;
    case PROP_EXTRACTING:
      g_value_set_boolean (value, self->extracting);
      break;
    case PROP_CORRECTING:
      g_value_set_boolean (value, g_hash_table_size (self->correcting_files) > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_corpus_class_init (MasarCorpusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = masar_corpus_dispose;
  object_class->finalize = masar_corpus_finalize;
  object_class->get_property = masar_corpus_get_property;

  /**
   * MasarCorpus:folder:
   *
   * The folder being read, or %NULL before the first load.
   */
  properties[PROP_FOLDER] =
    g_param_spec_object ("folder", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarCorpus:loading:
   *
   * Whether a load is running.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarCorpus:files-done:
   *
   * Files read so far by the current load.
   */
  properties[PROP_FILES_DONE] =
    g_param_spec_uint ("files-done", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarCorpus:files-total:
   *
   * Files found by the current load.
   */
  properties[PROP_FILES_TOTAL] =
    g_param_spec_uint ("files-total", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarCorpus:events:
   *
   * The events extracted from the articles, or %NULL.
   */
  properties[PROP_EVENTS] =
    g_param_spec_object ("events", NULL, NULL, MASAR_TYPE_EVENT_SET,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarCorpus:problems:
   *
   * A #GListModel of #MasarProblem: the files skipped or partly read.
   */
  properties[PROP_PROBLEMS] =
    g_param_spec_object ("problems", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * MasarCorpus:saving:
   *
   * Whether the user's corrections are being written.
   */
  properties[PROP_SAVING] =
    g_param_spec_boolean ("saving", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarCorpus:extracting:
   *
   * Whether events are being extracted again after a correction
   * (masar_corpus_extract_async()).
   */
  properties[PROP_EXTRACTING] =
    g_param_spec_boolean ("extracting", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarCorpus:correcting:
   *
   * Whether a file is being read again for a split or a merge
   * (masar_corpus_split_article_at_async(), masar_corpus_merge_with_previous_async()).
   */
  properties[PROP_CORRECTING] =
    g_param_spec_boolean ("correcting", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
masar_corpus_init (MasarCorpus *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->correcting_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = g_list_store_new (MASAR_TYPE_PROBLEM);
  self->max_bytes = MASAR_INGEST_DEFAULT_MAX_BYTES;
}

/**
 * masar_corpus_new:
 *
 * Returns: (transfer full): a new, empty #MasarCorpus
 */
MasarCorpus *
masar_corpus_new (void)
{
  return g_object_new (MASAR_TYPE_CORPUS, NULL);
}

/**
 * masar_corpus_get_folder:
 * @self: a #MasarCorpus
 *
 * Returns: (transfer none) (nullable): the folder of the last load
 */
GFile *
masar_corpus_get_folder (MasarCorpus *self)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), NULL);
  return self->folder;
}

/**
 * masar_corpus_get_problems:
 * @self: a #MasarCorpus
 *
 * Returns: (transfer none): a #GListModel of #MasarProblem
 */
GListModel *
masar_corpus_get_problems (MasarCorpus *self)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), NULL);
  return G_LIST_MODEL (self->problems);
}

/**
 * masar_corpus_get_events:
 * @self: a #MasarCorpus
 *
 * Returns: (transfer none) (nullable): the events extracted by the last load, or %NULL
 */
MasarEventSet *
masar_corpus_get_events (MasarCorpus *self)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), NULL);
  return self->events;
}

gboolean
masar_corpus_get_loading (MasarCorpus *self)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), FALSE);
  return self->loading;
}

guint
masar_corpus_get_files_done (MasarCorpus *self)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), 0);
  return self->files_done;
}

guint
masar_corpus_get_files_total (MasarCorpus *self)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), 0);
  return self->files_total;
}

/**
 * masar_corpus_find_article:
 * @self: a #MasarCorpus
 * @article_id: an id such as "a3"
 *
 * Returns: (transfer none) (nullable): the article, or %NULL
 */
MasarArticle *
masar_corpus_find_article (MasarCorpus *self,
                           const char  *article_id)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), NULL);

  if (article_id == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_id, article_id);
}

/**
 * masar_corpus_load_async:
 * @self: a #MasarCorpus
 * @folder: the folder to read
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the load is done
 * @user_data: closure
 *
 * Clears the corpus and reads @folder in a worker thread, then extracts the events. Articles
 * and problems are added, and #MasarCorpus:files-done advances, on the thread-default main
 * context of the caller while the load runs. A new load cancels the previous one.
 */
void
masar_corpus_load_async (MasarCorpus         *self,
                         GFile               *folder,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  LoadState *state;

  g_return_if_fail (MASAR_IS_CORPUS (self));
  g_return_if_fail (G_IS_FILE (folder));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  reset (self, folder);
  self->load_cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();

  outer = g_task_new (self, self->load_cancellable, callback, user_data);
  g_task_set_source_tag (outer, masar_corpus_load_async);

  state = load_state_new (folder, self->generation, self->max_bytes);
  state->extract = TRUE;
  state->context = g_main_context_ref_thread_default ();

  inner = g_task_new (self, self->load_cancellable, on_load_thread_done_cb, g_steal_pointer (&outer));
  g_task_set_source_tag (inner, masar_corpus_load_async);
  g_task_set_task_data (inner, state, (GDestroyNotify) load_state_unref);
  g_task_set_return_on_cancel (inner, FALSE);
  g_task_run_in_thread (inner, load_thread);
}

/**
 * masar_corpus_load_finish:
 * @self: a #MasarCorpus
 * @result: the result given to the callback
 * @error: a #GError
 *
 * Returns: %TRUE when the folder was read (some files may still be listed as problems)
 */
gboolean
masar_corpus_load_finish (MasarCorpus   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * masar_corpus_load_sync:
 * @self: a #MasarCorpus
 * @folder: the folder to read
 * @extract_events: whether to extract the events too
 * @progress: (nullable) (scope call): called after each file
 * @progress_data: closure for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GError
 *
 * Reads @folder in the calling thread (for the command-line tool and tests). The articles
 * are added to the model when all files have been read.
 *
 * Returns: %TRUE on success
 */
gboolean
masar_corpus_load_sync (MasarCorpus              *self,
                        GFile                    *folder,
                        gboolean                  extract_events,
                        MasarCorpusProgressFunc   progress,
                        gpointer                  progress_data,
                        GCancellable             *cancellable,
                        GError                  **error)
{
  g_autoptr(LoadState) state = NULL;
  gboolean ok;

  g_return_val_if_fail (MASAR_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), FALSE);

  reset (self, folder);

  state = load_state_new (folder, self->generation, self->max_bytes);
  state->extract = extract_events;
  state->progress = progress;
  state->progress_data = progress_data;

  ok = run_load (self, state, cancellable, error);
  if (ok)
    finish_load (self, state);
  else
    {
      flush_pending (self, state);
      set_loading (self, FALSE);
    }
  return ok;
}

typedef struct
{
  GFile *folder;
  char  *json;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->folder);
  g_free (data->json);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (masar_corpus_settings_save (data->json, data->folder, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void on_saved_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data);

/* The corrections file is small (one entry per corrected article), but writing it still
 * touches the disk, so it is written in a worker thread; one write at a time, and a change
 * made during a write triggers one more. */
static void
save_settings (MasarCorpus *self)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  if (self->folder == NULL || self->settings == NULL)
    return;
  if (self->saving)
    {
      self->save_again = TRUE;
      return;
    }

  data = g_new0 (SaveData, 1);
  data->folder = g_object_ref (self->folder);
  data->json = masar_corpus_settings_to_json (self->settings);

  self->saving = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);

  task = g_task_new (self, NULL, on_saved_cb, NULL);
  g_task_set_source_tag (task, save_settings);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  MasarCorpus *self = MASAR_CORPUS (source);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_message ("The corrections for this corpus could not be saved: %s", error->message);

  self->saving = FALSE;
  if (self->save_again)
    {
      self->save_again = FALSE;
      save_settings (self);
      return;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);
}

static gboolean
check_article (MasarCorpus   *self,
               MasarArticle  *article,
               GError       **error)
{
  const char *id = masar_article_get_id (article);

  if (id == NULL || g_hash_table_lookup (self->by_id, id) != article)
    {
      g_set_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED,
                   "the article is not part of this corpus");
      return FALSE;
    }
  if (self->settings == NULL)
    self->settings = masar_corpus_settings_new ();
  return TRUE;
}

/**
 * masar_corpus_set_article_date:
 * @self: a #MasarCorpus
 * @article: an article of @self
 * @date: (nullable): the publication date the user gives, or %NULL (or an unset date) to
 *   return to the date found in the text
 * @error: a #GError
 *
 * Records the user's publication date for @article (basis %MASAR_DATE_BASIS_USER) and writes
 * the corpus's corrections file in the background; the date is applied again on reopen.
 *
 * Returns: %TRUE on success, %FALSE for an invalid date or a foreign article
 */
gboolean
masar_corpus_set_article_date (MasarCorpus      *self,
                               MasarArticle     *article,
                               const MasarDate  *date,
                               GError          **error)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (MASAR_IS_ARTICLE (article), FALSE);

  if (!check_article (self, article, error))
    return FALSE;

  if (date != NULL && masar_date_is_set (date))
    {
      if (!masar_date_is_valid (date))
        {
          g_set_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED, "not a valid date");
          return FALSE;
        }
      masar_article_set_published (article, date, MASAR_DATE_BASIS_USER);
      masar_corpus_settings_set_date (self->settings, masar_article_get_file (article),
                                      masar_article_get_segment (article), date);
    }
  else
    {
      DetectedDate *detected = g_object_get_data (G_OBJECT (article), "masar-detected-date");
      MasarDate none = MASAR_DATE_INIT;

      if (detected != NULL)
        masar_article_set_published (article, &detected->date, detected->basis);
      else
        masar_article_set_published (article, &none, MASAR_DATE_BASIS_UNKNOWN);
      masar_corpus_settings_set_date (self->settings, masar_article_get_file (article),
                                      masar_article_get_segment (article), NULL);
    }

  save_settings (self);
  return TRUE;
}

/**
 * masar_corpus_set_article_excluded:
 * @self: a #MasarCorpus
 * @article: an article of @self
 * @excluded: whether the user says it is not an article
 * @error: a #GError
 *
 * Records the user's word that @article is (not) an article and writes the corrections
 * file in the background. Excluded articles stay in the model, marked; the next load leaves
 * them out of the extraction.
 *
 * Returns: %TRUE on success
 */
gboolean
masar_corpus_set_article_excluded (MasarCorpus   *self,
                                   MasarArticle  *article,
                                   gboolean       excluded,
                                   GError       **error)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (MASAR_IS_ARTICLE (article), FALSE);

  if (!check_article (self, article, error))
    return FALSE;

  masar_article_set_excluded (article, excluded);
  masar_corpus_settings_set_excluded (self->settings, masar_article_get_file (article),
                                      masar_article_get_segment (article), excluded);
  save_settings (self);
  return TRUE;
}

/**
 * masar_corpus_get_saving:
 * @self: a #MasarCorpus
 *
 * Returns: whether the corrections file is being written
 */
gboolean
masar_corpus_get_saving (MasarCorpus *self)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), FALSE);
  return self->saving;
}

/**
 * masar_corpus_set_max_file_bytes:
 * @self: a #MasarCorpus
 * @max_bytes: how much of a file the next loads read
 *
 * Files longer than this are truncated and reported as partly read.
 */
void
masar_corpus_set_max_file_bytes (MasarCorpus *self,
                                 gsize        max_bytes)
{
  g_return_if_fail (MASAR_IS_CORPUS (self));
  g_return_if_fail (max_bytes > 0);
  self->max_bytes = max_bytes;
}

/**
 * masar_corpus_dup_settings_file:
 * @self: a #MasarCorpus
 *
 * Returns: (transfer full) (nullable): where the corrections are written: in the folder
 *   when it is writable, otherwise under the user data directory
 */
GFile *
masar_corpus_dup_settings_file (MasarCorpus *self)
{
  g_autoptr(GFile) in_folder = NULL;
  g_autoptr(GFile) user = NULL;

  g_return_val_if_fail (MASAR_IS_CORPUS (self), NULL);

  if (self->folder == NULL)
    return NULL;
  in_folder = masar_corpus_settings_get_folder_file (self->folder);
  user = masar_corpus_settings_get_user_file (self->folder);
  if (g_file_query_exists (in_folder, NULL))
    return g_steal_pointer (&in_folder);
  if (g_file_query_exists (user, NULL))
    return g_steal_pointer (&user);
  return g_steal_pointer (&in_folder);
}

/* ---- Splits and merges ---- */

/* The articles of @file are items [*first, *first + *n). Files are read in order, so they
 * are contiguous. */
static gboolean
find_file_items (MasarCorpus *self,
                 const char  *file,
                 guint       *first,
                 guint       *n)
{
  *first = G_MAXUINT;
  *n = 0;
  for (guint i = 0; i < self->items->len; i++)
    {
      MasarArticle *item = g_ptr_array_index (self->items, i);

      if (g_strcmp0 (masar_article_get_file (item), file) != 0)
        continue;
      if (*first == G_MAXUINT)
        *first = i;
      (*n)++;
    }
  return *n > 0;
}

static guint
next_free_id (MasarCorpus *self)
{
  guint next = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      const char *id = masar_article_get_id (g_ptr_array_index (self->items, i));

      if (id != NULL && id[0] == 'a' && g_ascii_isdigit (id[1]))
        next = MAX (next, (guint) g_ascii_strtoull (id + 1, NULL, 10) + 1);
    }
  return next;
}

/* Puts the problems found when @file was read again in place of its old ones: at the place
 * of the first old one, or at the end when it had none. */
static void
replace_file_problems (MasarCorpus *self,
                       const char  *file,
                       GPtrArray   *problems)
{
  GListModel *model = G_LIST_MODEL (self->problems);
  guint position = G_MAXUINT;

  for (guint i = g_list_model_get_n_items (model); i > 0; i--)
    {
      g_autoptr(MasarProblem) problem = g_list_model_get_item (model, i - 1);

      if (g_strcmp0 (masar_problem_get_file (problem), file) == 0)
        {
          g_list_store_remove (self->problems, i - 1);
          position = i - 1;
        }
    }

  if (problems == NULL || problems->len == 0)
    return;
  if (position == G_MAXUINT)
    position = g_list_model_get_n_items (model);
  g_list_store_splice (self->problems, position, 0, problems->pdata, problems->len);
}

/* Puts @articles, just read from @file with the current split and merge points, in place of
 * the file's old articles (one items-changed), and @problems in place of its old problems. An
 * article that starts where an old one started keeps the old one's id and the user's date and
 * exclusion; the others get new ids. Main thread. Returns the new number of articles of the
 * file, or -1 when it could not be read. */
static int
swap_file_articles (MasarCorpus  *self,
                    const char   *file,
                    GPtrArray    *articles,
                    GPtrArray    *problems,
                    GError      **error)
{
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (g_object_unref);
  guint first, n_old, next_id;

  if (!find_file_items (self, file, &first, &n_old))
    {
      g_set_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED,
                   "no article of this corpus comes from “%s”", file);
      return -1;
    }
  if (articles->len == 0)
    {
      g_set_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED,
                   "“%s” could not be read again", file);
      return -1;
    }

  for (guint i = 0; i < n_old; i++)
    g_ptr_array_add (old, g_object_ref (g_ptr_array_index (self->items, first + i)));

  /* Segments are numbered anew: the user's word follows the article's start. */
  masar_corpus_settings_clear_articles (self->settings, file);
  next_id = next_free_id (self);
  for (guint i = 0; i < articles->len; i++)
    {
      MasarArticle *article = g_ptr_array_index (articles, i);
      MasarSpan span = masar_article_get_span (article);
      MasarArticle *match = NULL;
      g_autofree char *id = NULL;

      for (guint j = 0; j < old->len && match == NULL; j++)
        {
          MasarArticle *o = g_ptr_array_index (old, j);

          if (masar_article_get_span (o).start == span.start)
            match = o;
        }

      if (match != NULL)
        {
          MasarDate date = MASAR_DATE_INIT;

          id = g_strdup (masar_article_get_id (match));
          masar_article_get_published (match, &date);
          if (masar_article_get_published_basis (match) == MASAR_DATE_BASIS_USER)
            masar_corpus_settings_set_date (self->settings, file, masar_article_get_segment (article), &date);
          if (masar_article_get_excluded (match))
            masar_corpus_settings_set_excluded (self->settings, file, masar_article_get_segment (article), TRUE);
        }
      else
        id = g_strdup_printf ("a%u", next_id++);

      masar_article_set_id (article, id);
      apply_settings (self->settings, article);
    }

  for (guint i = 0; i < old->len; i++)
    {
      const char *id = masar_article_get_id (g_ptr_array_index (old, i));

      if (id != NULL && g_hash_table_lookup (self->by_id, id) == g_ptr_array_index (old, i))
        g_hash_table_remove (self->by_id, id);
    }
  g_ptr_array_remove_range (self->items, first, n_old);
  for (guint i = 0; i < articles->len; i++)
    {
      MasarArticle *article = g_ptr_array_index (articles, i);

      g_ptr_array_insert (self->items, first + i, g_object_ref (article));
      g_hash_table_insert (self->by_id, (gpointer) masar_article_get_id (article), article);
    }
  g_list_model_items_changed (G_LIST_MODEL (self), first, n_old, articles->len);
  replace_file_problems (self, file, problems);

  return (int) articles->len;
}

/* Reads @file again in the calling thread (blocking) and swaps its articles in. */
static int
reingest_file (MasarCorpus  *self,
               const char   *file,
               GError      **error)
{
  g_autoptr(GFile) gfile = g_file_resolve_relative_path (self->folder, file);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  guint first, n_old;

  if (!find_file_items (self, file, &first, &n_old))
    {
      g_set_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED,
                   "no article of this corpus comes from “%s”", file);
      return -1;
    }

  masar_ingest_file (gfile, file, self->max_bytes,
                     masar_corpus_settings_get_hints (self->settings, file),
                     articles, problems, NULL);
  return swap_file_articles (self, file, articles, problems, error);
}

static MasarArticle *
item_starting_at (MasarCorpus *self,
                  const char  *file,
                  guint        from,
                  guint        to)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      MasarArticle *item = g_ptr_array_index (self->items, i);
      guint start = masar_article_get_span (item).start;

      if (g_strcmp0 (masar_article_get_file (item), file) == 0 && start >= from && start < to)
        return item;
    }
  return NULL;
}

/**
 * masar_corpus_can_merge_with_previous:
 * @self: a #MasarCorpus
 * @article: an article of @self
 *
 * Returns: whether @article follows another article of the same file
 */
gboolean
masar_corpus_can_merge_with_previous (MasarCorpus  *self,
                                      MasarArticle *article)
{
  guint index;

  g_return_val_if_fail (MASAR_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (MASAR_IS_ARTICLE (article), FALSE);

  if (self->loading || self->folder == NULL || !g_ptr_array_find (self->items, article, &index) || index == 0)
    return FALSE;
  return g_strcmp0 (masar_article_get_file (g_ptr_array_index (self->items, index - 1)),
                    masar_article_get_file (article)) == 0;
}

/* Where a split at @file_offset in @article falls: the line holding it, which must be inside
 * the article after its first line. */
static gboolean
find_split_line (MasarCorpus   *self,
                 MasarArticle  *article,
                 guint          file_offset,
                 guint         *line_start,
                 guint         *line_end,
                 GError       **error)
{
  MasarFileText *text;
  MasarSpan span;
  const char *utf8, *p;
  gsize byte;

  if (!check_article (self, article, error))
    return FALSE;
  text = masar_article_get_file_text (article);
  span = masar_article_get_span (article);
  if (text == NULL || self->folder == NULL || file_offset >= masar_file_text_get_n_chars (text))
    {
      g_set_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED,
                   "the offset is outside the article's file");
      return FALSE;
    }

  /* Snap to the start of the line. */
  utf8 = masar_file_text_get_text (text);
  byte = masar_file_text_byte_offset (text, file_offset);
  p = utf8 + byte;
  while (p > utf8 && p[-1] != '\n')
    p--;
  *line_start = masar_file_text_char_offset (text, p - utf8);
  p = strchr (utf8 + byte, '\n');
  *line_end = p != NULL ? masar_file_text_char_offset (text, p - utf8) + 1 : masar_file_text_get_n_chars (text);

  if (*line_start <= span.start || *line_start >= span.end)
    {
      g_set_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED,
                   "a split must fall inside the article, after its first line");
      return FALSE;
    }
  return TRUE;
}

/**
 * masar_corpus_split_article_at:
 * @self: a #MasarCorpus
 * @article: an article of @self
 * @file_offset: a code point offset into the text of @article's file, inside the article
 *   after its first line: where the user says a second article starts
 * @error: a #GError
 *
 * Splits @article at the start of the line holding @file_offset. The split point is kept in
 * the corpus's corrections file and applied on reopen. The file is read again at once and
 * its articles replace the old ones in the model in one items-changed; its problems replace
 * its old ones in #MasarCorpus:problems. The first part keeps @article's id, date and
 * exclusion. The events are not extracted again: call masar_corpus_extract_async().
 *
 * This blocks: the file is read in the calling thread. It is meant for tests and command-line
 * tools; a user interface calls masar_corpus_split_article_at_async().
 *
 * Returns: (transfer none) (nullable): the article that starts at the split, or %NULL when
 *   the file cannot be split there
 */
MasarArticle *
masar_corpus_split_article_at (MasarCorpus   *self,
                               MasarArticle  *article,
                               guint          file_offset,
                               GError       **error)
{
  g_autofree char *file = NULL;
  MasarSpan span;
  guint line_start, line_end;
  int n;

  g_return_val_if_fail (MASAR_IS_CORPUS (self), NULL);
  g_return_val_if_fail (MASAR_IS_ARTICLE (article), NULL);

  if (!find_split_line (self, article, file_offset, &line_start, &line_end, error))
    return NULL;
  span = masar_article_get_span (article);
  file = g_strdup (masar_article_get_file (article));

  masar_corpus_settings_remove_merges (self->settings, file, line_start, line_end);
  masar_corpus_settings_add_split (self->settings, file, line_start);
  n = reingest_file (self, file, error);
  if (n < 0)
    return NULL;
  save_settings (self);

  /* The new article starts on the split line or, past blank lines, soon after it. */
  article = item_starting_at (self, file, line_start, span.end);
  if (article == NULL)
    {
      masar_corpus_settings_remove_splits (self->settings, file, line_start, line_start + 1);
      reingest_file (self, file, NULL);
      save_settings (self);
      g_set_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED,
                   "no article can start there");
      return NULL;
    }
  return article;
}

/**
 * masar_corpus_merge_with_previous:
 * @self: a #MasarCorpus
 * @article: an article of @self that follows another article of the same file
 * @error: a #GError
 *
 * Joins @article to the article before it in its file: a split the user made there is
 * forgotten, a split the reader found is overruled. Kept in the corrections file and applied
 * on reopen. Like masar_corpus_split_article_at(), the file is read again at once and the
 * model and the file's problems change in place; the events are not extracted again.
 *
 * This blocks: the file is read in the calling thread. It is meant for tests and command-line
 * tools; a user interface calls masar_corpus_merge_with_previous_async().
 *
 * Returns: (transfer none) (nullable): the joined article, or %NULL on failure
 */
MasarArticle *
masar_corpus_merge_with_previous (MasarCorpus   *self,
                                  MasarArticle  *article,
                                  GError       **error)
{
  g_autoptr(MasarArticle) previous = NULL;
  g_autofree char *file = NULL;
  guint prev_start, start, index, n_before, first;
  gboolean was_user_split;
  int n;

  g_return_val_if_fail (MASAR_IS_CORPUS (self), NULL);
  g_return_val_if_fail (MASAR_IS_ARTICLE (article), NULL);

  if (!check_article (self, article, error))
    return NULL;
  if (!masar_corpus_can_merge_with_previous (self, article))
    {
      g_set_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED,
                   "the article is the first of its file");
      return NULL;
    }

  g_ptr_array_find (self->items, article, &index);
  previous = g_object_ref (g_ptr_array_index (self->items, index - 1));
  file = g_strdup (masar_article_get_file (article));
  prev_start = masar_article_get_span (previous).start;
  start = masar_article_get_span (article).start;
  find_file_items (self, file, &first, &n_before);

  was_user_split = masar_corpus_settings_remove_splits (self->settings, file, prev_start + 1, start + 1) > 0;
  if (!was_user_split)
    masar_corpus_settings_add_merge (self->settings, file, start);

  n = reingest_file (self, file, error);
  if (n < 0)
    return NULL;
  if ((guint) n >= n_before)
    {
      /* The reader's rules did not take the merge point: leave things as they were. */
      if (!was_user_split)
        masar_corpus_settings_remove_merges (self->settings, file, start, start + 1);
      else
        masar_corpus_settings_add_split (self->settings, file, start);
      reingest_file (self, file, NULL);
      g_set_error (error, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED,
                   "these articles cannot be joined");
      return NULL;
    }
  save_settings (self);

  return item_starting_at (self, file, prev_start, prev_start + 1);
}

/* ---- Splits and merges off the main thread ---- */

typedef enum
{
  CORRECTION_SPLIT,
  CORRECTION_MERGE,
} CorrectionKind;

typedef struct
{
  /* Read by the worker; nothing changes them once it runs */
  GFile            *gfile;
  char             *file;
  gsize             max_bytes;
  MasarCorpusSettings *scratch;  /* the file's split and merge points, the correction applied */

  /* Main thread only */
  CorrectionKind    kind;
  guint             generation;
  GPtrArray        *old_items;    /* the file's articles when the correction started */
  guint             line_start;   /* split: the line where the new article starts */
  guint             line_end;
  guint             span_end;     /* split: where the article being split ends */
  guint             prev_start;   /* merge: where the previous article starts */
  guint             start;        /* merge: where the article being merged starts */
  gboolean          was_user_split;
} Correction;

typedef struct
{
  GPtrArray *articles;
  GPtrArray *problems;
} Reread;

static void
correction_free (Correction *c)
{
  g_clear_object (&c->gfile);
  g_clear_pointer (&c->file, g_free);
  g_clear_pointer (&c->scratch, masar_corpus_settings_free);
  g_clear_pointer (&c->old_items, g_ptr_array_unref);
  g_free (c);
}

static void
reread_free (Reread *r)
{
  g_clear_pointer (&r->articles, g_ptr_array_unref);
  g_clear_pointer (&r->problems, g_ptr_array_unref);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Reread, reread_free)

/* A correction of @article's file: its current split and merge points are copied into
 * scratch settings that the caller corrects and the worker reads, while the corpus's settings
 * stay as they are until the result is taken. */
static Correction *
correction_new (MasarCorpus    *self,
                MasarArticle   *article,
                CorrectionKind  kind)
{
  Correction *c = g_new0 (Correction, 1);
  const MasarIngestHints *hints;
  guint first, n, k;

  c->kind = kind;
  c->file = g_strdup (masar_article_get_file (article));
  c->gfile = g_file_resolve_relative_path (self->folder, c->file);
  c->max_bytes = self->max_bytes;
  c->generation = self->generation;
  c->scratch = masar_corpus_settings_new ();
  hints = masar_corpus_settings_get_hints (self->settings, c->file);
  for (k = 0; hints != NULL && hints->split_at != NULL && k < hints->split_at->len; k++)
    masar_corpus_settings_add_split (c->scratch, c->file, g_array_index (hints->split_at, guint, k));
  for (k = 0; hints != NULL && hints->merge_at != NULL && k < hints->merge_at->len; k++)
    masar_corpus_settings_add_merge (c->scratch, c->file, g_array_index (hints->merge_at, guint, k));
  c->old_items = g_ptr_array_new_with_free_func (g_object_unref);
  if (find_file_items (self, c->file, &first, &n))
    for (guint i = 0; i < n; i++)
      g_ptr_array_add (c->old_items, g_object_ref (g_ptr_array_index (self->items, first + i)));
  return c;
}

static void
correction_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Correction *c = task_data;
  g_autoptr(Reread) r = g_new0 (Reread, 1);

  r->articles = g_ptr_array_new_with_free_func (g_object_unref);
  r->problems = g_ptr_array_new_with_free_func (g_object_unref);
  masar_ingest_file (c->gfile, c->file, c->max_bytes,
                     masar_corpus_settings_get_hints (c->scratch, c->file),
                     r->articles, r->problems, cancellable);
  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task, g_steal_pointer (&r), (GDestroyNotify) reread_free);
}

static void
set_correcting (MasarCorpus *self,
                const char  *file,
                gboolean     correcting)
{
  gboolean before = g_hash_table_size (self->correcting_files) > 0;

  if (correcting)
    g_hash_table_add (self->correcting_files, g_strdup (file));
  else
    g_hash_table_remove (self->correcting_files, file);
  if (before != (g_hash_table_size (self->correcting_files) > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORRECTING]);
}

/* Whether the corpus still holds the file's articles as they were when @c started. */
static gboolean
correction_is_current (MasarCorpus *self,
                       Correction  *c)
{
  guint first, n;

  if (c->generation != self->generation || !find_file_items (self, c->file, &first, &n) ||
      n != c->old_items->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_ptr_array_index (self->items, first + i) != g_ptr_array_index (c->old_items, i))
      return FALSE;
  return TRUE;
}

static MasarArticle *
find_in (GPtrArray *articles,
         guint      from,
         guint      to)
{
  for (guint i = 0; i < articles->len; i++)
    {
      MasarArticle *article = g_ptr_array_index (articles, i);
      guint start = masar_article_get_span (article).start;

      if (start >= from && start < to)
        return article;
    }
  return NULL;
}

/* Main thread: takes the file as the worker read it, or leaves everything as it was. */
static void
on_corrected_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  MasarCorpus *self = MASAR_CORPUS (source);
  g_autoptr(GTask) outer = user_data;
  Correction *c = g_task_get_task_data (G_TASK (result));
  g_autoptr(Reread) r = NULL;
  GError *error = NULL;
  MasarArticle *article;
  int n;

  r = g_task_propagate_pointer (G_TASK (result), &error);
  set_correcting (self, c->file, FALSE);

  if (r == NULL)
    {
      g_task_return_error (outer, error);
      return;
    }
  if (g_task_return_error_if_cancelled (outer))
    return;
  if (!correction_is_current (self, c))
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "the corpus changed while “%s” was read again", c->file);
      return;
    }

  if (c->kind == CORRECTION_SPLIT)
    {
      /* The new article starts on the split line or, past blank lines, soon after it. */
      if (find_in (r->articles, c->line_start, c->span_end) == NULL)
        {
          g_task_return_new_error (outer, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED,
                                   "no article can start there");
          return;
        }
      masar_corpus_settings_remove_merges (self->settings, c->file, c->line_start, c->line_end);
      masar_corpus_settings_add_split (self->settings, c->file, c->line_start);
    }
  else
    {
      if (r->articles->len >= c->old_items->len)
        {
          /* The reader's rules did not take the merge point. */
          g_task_return_new_error (outer, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED,
                                   "these articles cannot be joined");
          return;
        }
      if (c->was_user_split)
        masar_corpus_settings_remove_splits (self->settings, c->file, c->prev_start + 1, c->start + 1);
      else
        masar_corpus_settings_add_merge (self->settings, c->file, c->start);
    }

  n = swap_file_articles (self, c->file, r->articles, r->problems, &error);
  if (n < 0)
    {
      /* Only when the file lost all its articles: the settings go back as they were. */
      if (c->kind == CORRECTION_SPLIT)
        masar_corpus_settings_remove_splits (self->settings, c->file, c->line_start, c->line_start + 1);
      else if (!c->was_user_split)
        masar_corpus_settings_remove_merges (self->settings, c->file, c->start, c->start + 1);
      else
        masar_corpus_settings_add_split (self->settings, c->file, c->start);
      g_task_return_error (outer, error);
      return;
    }
  save_settings (self);

  if (c->kind == CORRECTION_SPLIT)
    article = item_starting_at (self, c->file, c->line_start, c->span_end);
  else
    article = item_starting_at (self, c->file, c->prev_start, c->prev_start + 1);
  if (article == NULL)
    g_task_return_new_error (outer, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED,
                             "the corrected article was not found");
  else
    g_task_return_pointer (outer, g_object_ref (article), g_object_unref);
}

static void
start_correction (MasarCorpus  *self,
                  Correction   *c,
                  GTask        *outer)
{
  g_autoptr(GTask) inner = NULL;
  GCancellable *cancellable = g_task_get_cancellable (outer);

  set_correcting (self, c->file, TRUE);
  inner = g_task_new (self, cancellable, on_corrected_cb, g_object_ref (outer));
  g_task_set_source_tag (inner, start_correction);
  g_task_set_task_data (inner, c, (GDestroyNotify) correction_free);
  g_task_run_in_thread (inner, correction_thread);
}

static gboolean
check_correction (MasarCorpus   *self,
                  MasarArticle  *article,
                  GError       **error)
{
  if (self->loading)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY, "the corpus is still being read");
      return FALSE;
    }
  if (g_hash_table_contains (self->correcting_files, masar_article_get_file (article)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PENDING,
                   "“%s” is already being read again", masar_article_get_file (article));
      return FALSE;
    }
  return TRUE;
}

/**
 * masar_corpus_get_correcting:
 * @self: a #MasarCorpus
 *
 * Returns: whether a split or a merge is reading its file again
 */
gboolean
masar_corpus_get_correcting (MasarCorpus *self)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), FALSE);
  return g_hash_table_size (self->correcting_files) > 0;
}

/**
 * masar_corpus_split_article_at_async:
 * @self: a #MasarCorpus
 * @article: an article of @self
 * @file_offset: a code point offset into the text of @article's file, inside the article
 *   after its first line: where the user says a second article starts
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the thread that owns @self when the split is done
 * @user_data: closure
 *
 * Like masar_corpus_split_article_at(), without blocking: the file is read again in a worker
 * thread, then its articles and problems are swapped in on the thread that owns @self (one
 * items-changed) and the corrections file is written in the background. Nothing changes
 * when the split fails or is cancelled. While it runs, #MasarCorpus:correcting is %TRUE;
 * a second correction of the same file fails with %G_IO_ERROR_PENDING, one during a load
 * with %G_IO_ERROR_BUSY. A load started meanwhile drops the result (%G_IO_ERROR_CANCELLED).
 * The events are not extracted again: call masar_corpus_extract_async().
 */
void
masar_corpus_split_article_at_async (MasarCorpus         *self,
                                     MasarArticle        *article,
                                     guint                file_offset,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  Correction *c;
  guint line_start, line_end;

  g_return_if_fail (MASAR_IS_CORPUS (self));
  g_return_if_fail (MASAR_IS_ARTICLE (article));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, masar_corpus_split_article_at_async);

  if (!find_split_line (self, article, file_offset, &line_start, &line_end, &error) ||
      !check_correction (self, article, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  c = correction_new (self, article, CORRECTION_SPLIT);
  c->line_start = line_start;
  c->line_end = line_end;
  c->span_end = masar_article_get_span (article).end;
  masar_corpus_settings_remove_merges (c->scratch, c->file, line_start, line_end);
  masar_corpus_settings_add_split (c->scratch, c->file, line_start);
  start_correction (self, c, task);
}

/**
 * masar_corpus_split_article_at_finish:
 * @self: a #MasarCorpus
 * @result: the result given to the callback
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the article that starts at the split, now in @self,
 *   or %NULL when the file cannot be split there or the split was cancelled
 */
MasarArticle *
masar_corpus_split_article_at_finish (MasarCorpus   *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == masar_corpus_split_article_at_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * masar_corpus_merge_with_previous_async:
 * @self: a #MasarCorpus
 * @article: an article of @self that follows another article of the same file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the thread that owns @self when the merge is done
 * @user_data: closure
 *
 * Like masar_corpus_merge_with_previous(), without blocking; see
 * masar_corpus_split_article_at_async() for how the file is read and swapped in.
 */
void
masar_corpus_merge_with_previous_async (MasarCorpus         *self,
                                        MasarArticle        *article,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  MasarArticle *previous;
  Correction *c;
  guint index;

  g_return_if_fail (MASAR_IS_CORPUS (self));
  g_return_if_fail (MASAR_IS_ARTICLE (article));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, masar_corpus_merge_with_previous_async);

  if (!check_article (self, article, &error) || !check_correction (self, article, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (!masar_corpus_can_merge_with_previous (self, article))
    {
      g_task_return_new_error (task, MASAR_CORPUS_ERROR, MASAR_CORPUS_ERROR_FAILED,
                               "the article is the first of its file");
      return;
    }

  g_ptr_array_find (self->items, article, &index);
  previous = g_ptr_array_index (self->items, index - 1);
  c = correction_new (self, article, CORRECTION_MERGE);
  c->prev_start = masar_article_get_span (previous).start;
  c->start = masar_article_get_span (article).start;
  c->was_user_split = masar_corpus_settings_remove_splits (c->scratch, c->file, c->prev_start + 1, c->start + 1) > 0;
  if (!c->was_user_split)
    masar_corpus_settings_add_merge (c->scratch, c->file, c->start);
  start_correction (self, c, task);
}

/**
 * masar_corpus_merge_with_previous_finish:
 * @self: a #MasarCorpus
 * @result: the result given to the callback
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the joined article, now in @self, or %NULL on failure
 *   or cancellation
 */
MasarArticle *
masar_corpus_merge_with_previous_finish (MasarCorpus   *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == masar_corpus_merge_with_previous_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- Extraction after corrections ---- */

typedef struct
{
  GPtrArray *articles;
  guint      serial;
} ExtractData;

static void
extract_data_free (ExtractData *data)
{
  g_clear_pointer (&data->articles, g_ptr_array_unref);
  g_free (data);
}

static void
set_extracting (MasarCorpus *self,
                gboolean     extracting)
{
  extracting = !!extracting;
  if (self->extracting == extracting)
    return;
  self->extracting = extracting;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTRACTING]);
}

static void
extract_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ExtractData *data = task_data;
  g_autoptr(MasarExtractor) extractor = NULL;
  MasarEventSet *events;
  MasarGazetteer *gazetteer;
  GError *error = NULL;

  gazetteer = masar_gazetteer_get_default (&error);
  if (gazetteer == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  extractor = masar_extractor_new (gazetteer);
  events = masar_extractor_extract (extractor, data->articles, g_get_num_processors (),
                                    cancellable, &error);
  if (events == NULL)
    g_task_return_error (task, error);
  else if (g_task_return_error_if_cancelled (task))
    g_object_unref (events);
  else
    g_task_return_pointer (task, events, g_object_unref);
}

static void
on_extracted_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  MasarCorpus *self = MASAR_CORPUS (source);
  g_autoptr(GTask) outer = user_data;
  ExtractData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(MasarEventSet) events = NULL;
  GError *error = NULL;

  events = g_task_propagate_pointer (G_TASK (result), &error);

  if (data->serial != self->extract_serial)
    {
      g_clear_error (&error);
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "a newer extraction replaced this one");
      return;
    }

  g_clear_object (&self->extract_cancellable);
  set_extracting (self, FALSE);

  if (events == NULL)
    {
      g_task_return_error (outer, error);
      return;
    }

  g_set_object (&self->events, events);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENTS]);
  g_task_return_boolean (outer, TRUE);
}

/**
 * masar_corpus_get_extracting:
 * @self: a #MasarCorpus
 *
 * Returns: whether masar_corpus_extract_async() is running
 */
gboolean
masar_corpus_get_extracting (MasarCorpus *self)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), FALSE);
  return self->extracting;
}

/**
 * masar_corpus_extract_async:
 * @self: a loaded #MasarCorpus
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the extraction is done
 * @user_data: closure
 *
 * Extracts the events again from the articles not marked as "not an article", in a worker
 * thread, after the user corrected a date, an exclusion, a split or a merge. When it is done,
 * #MasarCorpus:events holds the new event set (a new object; notify::events is emitted). A
 * new extraction, or a new load, cancels the one running. The articles' dates are read as
 * they are when the worker reaches them; a correction made meanwhile should start another
 * extraction.
 */
void
masar_corpus_extract_async (MasarCorpus         *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  ExtractData *data;

  g_return_if_fail (MASAR_IS_CORPUS (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  if (self->extract_cancellable != NULL)
    g_cancellable_cancel (self->extract_cancellable);
  g_clear_object (&self->extract_cancellable);
  self->extract_cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();
  self->extract_serial++;

  outer = g_task_new (self, self->extract_cancellable, callback, user_data);
  g_task_set_source_tag (outer, masar_corpus_extract_async);

  data = g_new0 (ExtractData, 1);
  data->serial = self->extract_serial;
  data->articles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->items->len; i++)
    {
      MasarArticle *article = g_ptr_array_index (self->items, i);

      if (!masar_article_get_excluded (article))
        g_ptr_array_add (data->articles, g_object_ref (article));
    }

  set_extracting (self, TRUE);

  inner = g_task_new (self, self->extract_cancellable, on_extracted_cb, g_steal_pointer (&outer));
  g_task_set_source_tag (inner, masar_corpus_extract_async);
  g_task_set_task_data (inner, data, (GDestroyNotify) extract_data_free);
  g_task_set_return_on_cancel (inner, FALSE);
  g_task_run_in_thread (inner, extract_thread);
}

/**
 * masar_corpus_extract_finish:
 * @self: a #MasarCorpus
 * @result: the result given to the callback
 * @error: a #GError
 *
 * Returns: %TRUE when the new events are in #MasarCorpus:events; %FALSE with
 *   %G_IO_ERROR_CANCELLED when the extraction was cancelled or replaced
 */
gboolean
masar_corpus_extract_finish (MasarCorpus   *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (MASAR_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
