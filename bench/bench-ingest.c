/* bench-ingest.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * masar-bench ingest [--dir DIR | --size-mb N] [--seed S]
 *
 * Corpus reading throughput: reading, decoding, cleaning and splitting every file of a
 * folder on one thread (so the figure is per core), then the whole MasarCorpus load without
 * extraction (wall and CPU time: the load reads files on several threads, so its CPU time
 * gives the per-core figure). Without --dir, tools/gen-corpus.py writes a synthetic corpus
 * into a temporary folder first.
 */

#define G_LOG_DOMAIN "masar-bench-ingest"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>

#include "masar-bench.h"
#include "masar-corpus.h"
#include "masar-ingest.h"

static void
collect (GFile     *root,
         GFile     *dir,
         GPtrArray *paths)
{
  g_autoptr(GFileEnumerator) e = g_file_enumerate_children (dir, "standard::name,standard::type",
                                                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);

  while (e != NULL)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (e, &info, &child, NULL, NULL) || info == NULL)
        break;
      if (masar_ingest_is_ignored_name (g_file_info_get_name (info)))
        continue;
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        collect (root, child, paths);
      else
        g_ptr_array_add (paths, g_file_get_relative_path (root, child));
    }
}

int
masar_bench_ingest (int    argc,
                    char **argv)
{
  MasarBenchCorpus bench_corpus;
  const char *dir;
  int status;
  g_autoptr(GFile) root = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MasarCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  guint64 bytes = 0;
  guint n_articles = 0, n_problems = 0;
  gint64 t0, t1;
  double secs, load_secs, mbps, load_mbps, cpu0, cpu, cpu_mbps, load_cpu, load_cpu_mbps;
  gint64 rss;

  status = masar_bench_corpus_prepare (&bench_corpus, "ingest", 200, argc, argv);
  if (status != 0)
    return status;
  dir = bench_corpus.dir;

  root = g_file_new_for_path (dir);
  collect (root, root, paths);

  /* The sizes first, outside the timing: the loader does not ask for them. */
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (root, g_ptr_array_index (paths, i));
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);

      if (info != NULL)
        bytes += g_file_info_get_size (info);
    }

  /* One thread: read, decode, clean and split every file. The CPU time of the process is
   * measured too: on a busy machine the wall clock overstates the cost. */
  cpu0 = masar_bench_cpu_seconds ();
  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (root, g_ptr_array_index (paths, i));
      g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);

      masar_ingest_file (file, g_ptr_array_index (paths, i), MASAR_INGEST_DEFAULT_MAX_BYTES, NULL,
                         articles, problems, NULL);
      n_articles += articles->len;
      n_problems += problems->len;
    }
  t1 = g_get_monotonic_time ();
  cpu = masar_bench_cpu_seconds () - cpu0;
  secs = (t1 - t0) / 1e6;
  cpu_mbps = bytes / (1024.0 * 1024.0) / MAX (cpu, 1e-9);
  mbps = bytes / (1024.0 * 1024.0) / MAX (secs, 1e-9);

  /* The whole corpus load (model, ids, corrections), still without extraction. */
  corpus = masar_corpus_new ();
  cpu0 = masar_bench_cpu_seconds ();
  t0 = g_get_monotonic_time ();
  if (!masar_corpus_load_sync (corpus, root, FALSE, NULL, NULL, NULL, &error))
    {
      g_printerr ("masar-bench ingest: %s\n", error->message);
      return 1;
    }
  t1 = g_get_monotonic_time ();
  load_cpu = masar_bench_cpu_seconds () - cpu0;
  load_secs = (t1 - t0) / 1e6;
  load_mbps = bytes / (1024.0 * 1024.0) / MAX (load_secs, 1e-9);
  /* The CPU time of all the loading threads together: MB/s per core. */
  load_cpu_mbps = bytes / (1024.0 * 1024.0) / MAX (load_cpu, 1e-9);
  rss = masar_bench_rss_bytes ();

  g_print ("files: %u, %.1f MB, articles: %u, problems: %u\n", paths->len, bytes / (1024.0 * 1024.0),
           n_articles, n_problems);
  g_print ("ingest (1 thread): %.2f s wall, %.1f MB/s; %.2f s CPU, %.1f MB/s per core (target ≥ 50)\n",
           secs, mbps, cpu, cpu_mbps);
  g_print ("corpus load (files read on up to 4 threads, no extraction): %.2f s wall, %.1f MB/s; "
           "%.2f s CPU, %.1f MB/s per core; %u articles in the model\n",
           load_secs, load_mbps, load_cpu, load_cpu_mbps, g_list_model_get_n_items (G_LIST_MODEL (corpus)));
  g_print ("resident memory after load: %.0f MB\n", rss / (1024.0 * 1024.0));
  g_print ("{\"bench\": \"ingest\", \"files\": %u, \"bytes\": %" G_GUINT64_FORMAT ", \"articles\": %u, "
           "\"problems\": %u, \"seconds\": %.3f, \"cpu_seconds\": %.3f, \"mb_per_s_per_core\": %.1f, "
           "\"mb_per_s_wall\": %.1f, \"load_seconds\": %.3f, "
           "\"load_mb_per_s\": %.1f, \"load_cpu_seconds\": %.3f, \"load_mb_per_s_per_core\": %.1f, "
           "\"rss_bytes\": %" G_GINT64_FORMAT ", \"target_mb_per_s\": 50}\n",
           paths->len, bytes, n_articles, n_problems, secs, cpu, cpu_mbps, mbps, load_secs, load_mbps,
           load_cpu, load_cpu_mbps, rss);

  g_clear_object (&corpus);
  masar_bench_corpus_clear (&bench_corpus);
  return 0;
}
