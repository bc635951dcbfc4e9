/* bench-ingest.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * masar-bench ingest [--dir DIR | --size-mb N] [--seed S]
 *
 * Corpus reading throughput: reading, decoding, cleaning and splitting every file of a
 * folder on one thread (so the figure is per core), then the whole MasarCorpus load without
 * extraction. Without --dir, tools/gen-corpus.py writes a synthetic corpus into a temporary
 * folder first.
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

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

int
masar_bench_ingest (int    argc,
                    char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  double size_mb = 200;
  int seed = 1;
  g_autoptr(GFile) root = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MasarCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  guint64 bytes = 0;
  guint n_articles = 0, n_problems = 0;
  gint64 t0, t1;
  double secs, load_secs, mbps, load_mbps, cpu0, cpu, cpu_mbps;
  gint64 rss;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--dir") && i + 1 < argc)
        dir = g_strdup (argv[++i]);
      else if (g_str_equal (argv[i], "--size-mb") && i + 1 < argc)
        size_mb = g_ascii_strtod (argv[++i], NULL);
      else if (g_str_equal (argv[i], "--seed") && i + 1 < argc)
        seed = atoi (argv[++i]);
      else
        {
          g_printerr ("Usage: masar-bench ingest [--dir DIR | --size-mb N] [--seed S]\n");
          return 2;
        }
    }

  if (dir == NULL)
    {
      g_autofree char *source = g_path_get_dirname (MASAR_SOURCE_DATADIR);
      g_autofree char *script = g_build_filename (source, "tools", "gen-corpus.py", NULL);
      g_autofree char *size = g_strdup_printf ("%g", size_mb);
      g_autofree char *seed_str = g_strdup_printf ("%d", seed);
      g_autofree char *out = NULL;
      int status = 0;
      const char *gen_argv[] = { "python3", script, NULL, "--size-mb", size, "--seed", seed_str, NULL };

      tmp = g_dir_make_tmp ("masar-bench-ingest-XXXXXX", &error);
      if (tmp == NULL)
        {
          g_printerr ("masar-bench ingest: %s\n", error->message);
          return 1;
        }
      gen_argv[2] = tmp;
      g_print ("generating %g MB with %s (seed %d) …\n", size_mb, script, seed);
      if (!g_spawn_sync (NULL, (char **) gen_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                         &status, &error) || !g_spawn_check_wait_status (status, &error))
        {
          g_printerr ("masar-bench ingest: generator failed: %s\n", error->message);
          remove_tree (tmp);
          return 1;
        }
      g_print ("generator: %s", out);
      dir = g_strdup (tmp);
    }

  root = g_file_new_for_path (dir);
  collect (root, root, paths);

  /* One thread: read, decode, clean and split every file. The CPU time of the process is
   * measured too: on a busy machine the wall clock overstates the cost. */
  cpu0 = cpu_seconds ();
  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (root, g_ptr_array_index (paths, i));
      g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);

      if (info != NULL)
        bytes += g_file_info_get_size (info);
      masar_ingest_file (file, g_ptr_array_index (paths, i), MASAR_INGEST_DEFAULT_MAX_BYTES, NULL,
                         articles, problems, NULL);
      n_articles += articles->len;
      n_problems += problems->len;
    }
  t1 = g_get_monotonic_time ();
  cpu = cpu_seconds () - cpu0;
  secs = (t1 - t0) / 1e6;
  cpu_mbps = bytes / (1024.0 * 1024.0) / MAX (cpu, 1e-9);
  mbps = bytes / (1024.0 * 1024.0) / MAX (secs, 1e-9);

  /* The whole corpus load (model, ids, corrections), still without extraction. */
  corpus = masar_corpus_new ();
  t0 = g_get_monotonic_time ();
  if (!masar_corpus_load_sync (corpus, root, FALSE, NULL, NULL, NULL, &error))
    {
      g_printerr ("masar-bench ingest: %s\n", error->message);
      return 1;
    }
  t1 = g_get_monotonic_time ();
  load_secs = (t1 - t0) / 1e6;
  load_mbps = bytes / (1024.0 * 1024.0) / MAX (load_secs, 1e-9);
  rss = masar_bench_rss_bytes ();

  g_print ("files: %u, %.1f MB, articles: %u, problems: %u\n", paths->len, bytes / (1024.0 * 1024.0),
           n_articles, n_problems);
  g_print ("ingest (1 thread): %.2f s wall, %.1f MB/s; %.2f s CPU, %.1f MB/s per core (target ≥ 50)\n",
           secs, mbps, cpu, cpu_mbps);
  g_print ("corpus load (1 thread, no extraction): %.2f s, %.1f MB/s, %u articles in the model\n",
           load_secs, load_mbps, g_list_model_get_n_items (G_LIST_MODEL (corpus)));
  g_print ("resident memory after load: %.0f MB\n", rss / (1024.0 * 1024.0));
  g_print ("{\"bench\": \"ingest\", \"files\": %u, \"bytes\": %" G_GUINT64_FORMAT ", \"articles\": %u, "
           "\"problems\": %u, \"seconds\": %.3f, \"cpu_seconds\": %.3f, \"mb_per_s_per_core\": %.1f, "
           "\"mb_per_s_wall\": %.1f, \"load_seconds\": %.3f, "
           "\"load_mb_per_s\": %.1f, \"rss_bytes\": %" G_GINT64_FORMAT ", \"target_mb_per_s\": 50}\n",
           paths->len, bytes, n_articles, n_problems, secs, cpu, cpu_mbps, mbps, load_secs, load_mbps, rss);

  g_clear_object (&corpus);
  if (tmp != NULL)
    remove_tree (tmp);
  return 0;
}
