/* bench-extract.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * masar-bench extract [--dir DIR | --size-mb N] [--seed S]
 *
 * End-to-end extraction throughput, doing what `masar-extract FOLDER -o FILE` does: reads a
 * corpus folder (tools/gen-corpus.py writes a synthetic one into a temporary folder when no
 * --dir is given) with masar_corpus_load_sync(), extracts and merges the events with 1 and
 * with 2 threads, and writes the events file. Prints MB/s of corpus files for each stage
 * and end to end (reading + extraction + writing the file), by wall time and per core (by
 * the process's CPU time, which other programs on the machine do not inflate), then the
 * analysis and the merge measured apart on one thread, then one JSON line.
 */

#define G_LOG_DOMAIN "masar-bench-extract"

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include <glib/gstdio.h>

#include "masar-bench.h"
#include "masar-corpus.h"
#include "masar-extractor.h"
#include "masar-event-set.h"

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

/* Writes @set as masar-extract does, into a file of @dir; its size in bytes, or -1. */
static gint64
write_events (MasarEventSet *set,
              const char    *dir)
{
  g_autofree char *path = g_build_filename (dir, "events.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  if (!masar_event_set_save (set, file, NULL, &error))
    {
      g_printerr ("masar-bench extract: %s\n", error->message);
      return -1;
    }
  if (g_stat (path, &st) != 0)
    return -1;
  g_unlink (path);
  return st.st_size;
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
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(MasarEventSet) merged = NULL;
  g_autofree char *out_dir = NULL;
  double mb, read_s, ext_s[2], write_s, read_cpu, ext_cpu[2], write_cpu, analyse_cpu, merge_cpu, c0;
  double e2e_s[2], e2e_cpu[2];
  guint n_events[2] = { 0, 0 };
  gint64 t0, bytes, written = -1;

  status = masar_bench_corpus_prepare (&bench_corpus, "extract", 20, argc, argv);
  if (status != 0)
    return status;
  dir = bench_corpus.dir;

  bytes = folder_bytes (dir);
  mb = bytes / 1e6;
  out_dir = g_dir_make_tmp ("masar-bench-out-XXXXXX", &error);
  if (out_dir == NULL)
    {
      g_printerr ("masar-bench extract: %s\n", error->message);
      masar_bench_corpus_clear (&bench_corpus);
      return 1;
    }

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
  write_s = write_cpu = 0;
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
      if (t == 0)
        {
          masar_event_set_set_corpus (set, dir);
          t0 = g_get_monotonic_time ();
          c0 = masar_bench_cpu_seconds ();
          written = write_events (set, out_dir);
          write_s = (g_get_monotonic_time () - t0) / 1e6;
          write_cpu = masar_bench_cpu_seconds () - c0;
        }
      e2e_s[t] = read_s + ext_s[t] + write_s;
      e2e_cpu[t] = read_cpu + ext_cpu[t] + write_cpu;
    }
  g_rmdir (out_dir);

  /* The two parts of extraction apart, on one thread. */
  c0 = masar_bench_cpu_seconds ();
  results = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (results, masar_extractor_extract_article (extractor,
                                                               g_ptr_array_index (articles, i)));
  analyse_cpu = masar_bench_cpu_seconds () - c0;
  c0 = masar_bench_cpu_seconds ();
  merged = masar_event_set_new ();
  for (guint i = 0; i < articles->len; i++)
    masar_event_set_add_article (merged, g_ptr_array_index (articles, i));
  for (guint i = 0; i < results->len; i++)
    masar_extractor_merge (extractor, merged, g_ptr_array_index (results, i));
  merge_cpu = masar_bench_cpu_seconds () - c0;

  g_print ("corpus: %.1f MB, %u articles\n", mb, articles->len);
  g_print ("reading (corpus loader, files read on up to 4 threads): %.2f s, %.1f MB/s; CPU %.2f s, %.1f MB/s per core\n",
           read_s, mb / read_s, read_cpu, mb / read_cpu);
  for (guint t = 0; t < 2; t++)
    g_print ("extraction and merge, %u thread%s: %.2f s (%.1f MB/s), %u events; CPU %.2f s, %.1f MB/s per core\n",
             t + 1, t ? "s" : "", ext_s[t], mb / ext_s[t], n_events[t], ext_cpu[t], mb / ext_cpu[t]);
  g_print ("  of which, on 1 thread: analysis CPU %.2f s (%.1f MB/s), merge CPU %.2f s (%.1f MB/s)\n",
           analyse_cpu, mb / analyse_cpu, merge_cpu, mb / merge_cpu);
  g_print ("writing the events file (%.1f MB): %.2f s; CPU %.2f s\n",
           written / 1e6, write_s, write_cpu);
  for (guint t = 0; t < 2; t++)
    g_print ("END TO END (read, extract, merge, write), %u thread%s: %.2f s, %.1f MB/s; CPU %.2f s, %.1f MB/s per core\n",
             t + 1, t ? "s" : "", e2e_s[t], mb / e2e_s[t], e2e_cpu[t], mb / e2e_cpu[t]);
  g_print ("{\"bench\":\"extract\",\"mb\":%.2f,\"articles\":%u,\"events\":%u,"
           "\"read_mb_s\":%.2f,\"read_mb_s_per_core\":%.2f,"
           "\"extract_mb_s_1\":%.2f,\"extract_mb_s_2\":%.2f,\"extract_mb_s_per_core\":%.2f,"
           "\"analysis_mb_s_per_core\":%.2f,\"merge_mb_s_per_core\":%.2f,"
           "\"events_file_mb\":%.2f,\"write_s\":%.3f,"
           "\"end_to_end_mb_s_1\":%.2f,\"end_to_end_mb_s_2\":%.2f,"
           "\"end_to_end_mb_s_per_core\":%.2f,\"end_to_end_mb_s_per_core_2\":%.2f,"
           "\"rss_bytes\":%" G_GINT64_FORMAT "}\n",
           mb, articles->len, n_events[1], mb / read_s, mb / read_cpu,
           mb / ext_s[0], mb / ext_s[1], mb / ext_cpu[0],
           mb / analyse_cpu, mb / merge_cpu, written / 1e6, write_s,
           mb / e2e_s[0], mb / e2e_s[1], mb / e2e_cpu[0], mb / e2e_cpu[1],
           masar_bench_rss_bytes ());

  masar_bench_corpus_clear (&bench_corpus);
  return n_events[0] == n_events[1] && written > 0 &&
         g_list_model_get_n_items (masar_event_set_get_events (merged)) == n_events[0] ? 0 : 1;
}
