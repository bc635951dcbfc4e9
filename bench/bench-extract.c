/* bench-extract.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * masar-bench extract [--dir DIR | --size-mb N] [--seed S]
 *
 * End-to-end extraction throughput: reads a corpus folder (tools/gen-corpus.py writes a
 * synthetic one into a temporary folder when no --dir is given) with masar_corpus_load_sync(),
 * then extracts and merges the events with 1 and with 2 threads. Prints MB/s of corpus files
 * for reading, for extraction alone and end to end (reading + extraction), by wall time and
 * per core (by the process's CPU time, which other programs on the machine do not inflate),
 * then one JSON line.
 */

#define G_LOG_DOMAIN "masar-bench-extract"

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include <glib/gstdio.h>

#include "masar-bench.h"
#include "masar-corpus.h"
#include "masar-extractor.h"

static gint64
folder_bytes (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  gint64 total = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      GStatBuf st;

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        total += folder_bytes (child);
      else if (g_stat (child, &st) == 0)
        total += st.st_size;
    }
  return total;
}

int
masar_bench_extract (int    argc,
                     char **argv)
{
  MasarBenchCorpus bench_corpus;
  const char *dir;
  int status;
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarCorpus) corpus = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(MasarExtractor) extractor = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  double mb, read_s, ext_s[2], read_cpu, ext_cpu[2], c0;
  guint n_events[2] = { 0, 0 };
  gint64 t0, bytes;

  status = masar_bench_corpus_prepare (&bench_corpus, "extract", 20, argc, argv);
  if (status != 0)
    return status;
  dir = bench_corpus.dir;

  bytes = folder_bytes (dir);
  mb = bytes / 1e6;

  corpus = masar_corpus_new ();
  folder = g_file_new_for_path (dir);
  t0 = g_get_monotonic_time ();
  c0 = masar_bench_cpu_seconds ();
  if (!masar_corpus_load_sync (corpus, folder, FALSE, NULL, NULL, NULL, &error))
    {
      g_printerr ("masar-bench extract: %s\n", error->message);
      masar_bench_corpus_clear (&bench_corpus);
      return 1;
    }
  read_s = (g_get_monotonic_time () - t0) / 1e6;
  read_cpu = masar_bench_cpu_seconds () - c0;

  articles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    g_ptr_array_add (articles, g_list_model_get_item (G_LIST_MODEL (corpus), i));

  extractor = masar_extractor_new (NULL);
  for (guint t = 0; t < 2; t++)
    {
      g_autoptr(MasarEventSet) set = NULL;

      t0 = g_get_monotonic_time ();
      c0 = masar_bench_cpu_seconds ();
      set = masar_extractor_extract (extractor, articles, t + 1, NULL, &error);
      ext_s[t] = (g_get_monotonic_time () - t0) / 1e6;
      ext_cpu[t] = masar_bench_cpu_seconds () - c0;
      if (set == NULL)
        {
          g_printerr ("masar-bench extract: %s\n", error->message);
          return 1;
        }
      n_events[t] = g_list_model_get_n_items (masar_event_set_get_events (set));
    }

  g_print ("corpus: %.1f MB, %u articles\n", mb, articles->len);
  g_print ("reading (corpus loader, files read on up to 4 threads; the end-to-end figures below include it): %.2f s, %.1f MB/s; CPU %.2f s, %.1f MB/s per core\n",
           read_s, mb / read_s, read_cpu, mb / read_cpu);
  for (guint t = 0; t < 2; t++)
    g_print ("%u thread%s: extraction %.2f s (%.1f MB/s), end to end %.1f MB/s, %u events; "
             "CPU: extraction %.1f MB/s per core, end to end %.1f MB/s per core\n",
             t + 1, t ? "s" : "", ext_s[t], mb / ext_s[t], mb / (read_s + ext_s[t]), n_events[t],
             mb / ext_cpu[t], mb / (read_cpu + ext_cpu[t]));
  g_print ("{\"bench\":\"extract\",\"mb\":%.2f,\"articles\":%u,\"read_mb_s\":%.2f,"
           "\"extract_mb_s_1\":%.2f,\"extract_mb_s_2\":%.2f,"
           "\"end_to_end_mb_s_1\":%.2f,\"end_to_end_mb_s_2\":%.2f,"
           "\"read_mb_s_per_core\":%.2f,\"extract_mb_s_per_core\":%.2f,"
           "\"end_to_end_mb_s_per_core\":%.2f,\"events\":%u,\"rss_bytes\":%"
           G_GINT64_FORMAT "}\n",
           mb, articles->len, mb / read_s, mb / ext_s[0], mb / ext_s[1],
           mb / (read_s + ext_s[0]), mb / (read_s + ext_s[1]),
           mb / read_cpu, mb / ext_cpu[0], mb / (read_cpu + ext_cpu[0]),
           n_events[1], masar_bench_rss_bytes ());

  masar_bench_corpus_clear (&bench_corpus);
  return n_events[0] == n_events[1] ? 0 : 1;
}
