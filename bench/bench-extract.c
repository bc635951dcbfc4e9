/* bench-extract.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * masar-bench extract [--dir DIR | --size-mb N] [--seed S] [--profile news|dense] [--repeat N]
 *
 * End-to-end extraction throughput, doing what `masar-extract FOLDER -o FILE` does: reads a
 * corpus folder with masar_corpus_load_sync(), extracts and merges the events with 1 and
 * with 2 threads, and writes the events file. Without --dir, tools/gen-corpus.py writes two
 * synthetic corpora into temporary folders, one of each profile (news, then dense). Prints MB/s of corpus files for each stage
 * and end to end (reading + extraction + writing the file), by wall time and per core (by
 * the process's CPU time, which other programs on the machine do not inflate), then the
 * analysis and the merge measured apart on one thread, then one JSON line. Each corpus is
 * measured --repeat times (3 by default); the run with the least end-to-end CPU time is
 * printed, with every run's end-to-end figure beside it.
 */

#define G_LOG_DOMAIN "masar-bench-extract"

#include "config.h"

#include <stdlib.h>
#include <string.h>
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

typedef struct
{
  double  mb;
  guint   n_articles;
  guint   n_events;
  guint   n_sources;
  double  read_s, read_cpu;
  double  ext_s[2], ext_cpu[2];
  double  analyse_cpu, merge_cpu;
  double  write_s, write_cpu;
  gint64  written;
  double  e2e_s[2], e2e_cpu[2];
} Figures;

/* Reads, extracts (1 and 2 threads), writes the events file, then times the analysis and the
 * merge apart: what masar-extract does, stage by stage. */
static gboolean
measure (const char *dir,
         Figures    *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarCorpus) corpus = masar_corpus_new ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(MasarExtractor) extractor = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(MasarEventSet) merged = NULL;
  g_autofree char *out_dir = NULL;
  guint n_events[2] = { 0, 0 };
  gint64 t0;
  double c0;

  memset (f, 0, sizeof *f);
  f->mb = folder_bytes (dir) / 1e6;
  f->written = -1;
  out_dir = g_dir_make_tmp ("masar-bench-out-XXXXXX", &error);
  if (out_dir == NULL)
    {
      g_printerr ("masar-bench extract: %s\n", error->message);
      return FALSE;
    }

  t0 = g_get_monotonic_time ();
  c0 = masar_bench_cpu_seconds ();
  if (!masar_corpus_load_sync (corpus, folder, FALSE, NULL, NULL, NULL, &error))
    {
      g_printerr ("masar-bench extract: %s\n", error->message);
      return FALSE;
    }
  f->read_s = (g_get_monotonic_time () - t0) / 1e6;
  f->read_cpu = masar_bench_cpu_seconds () - c0;

  articles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    g_ptr_array_add (articles, g_list_model_get_item (G_LIST_MODEL (corpus), i));
  f->n_articles = articles->len;

  extractor = masar_extractor_new (NULL);
  for (guint t = 0; t < 2; t++)
    {
      g_autoptr(MasarEventSet) set = NULL;
      GListModel *events;

      t0 = g_get_monotonic_time ();
      c0 = masar_bench_cpu_seconds ();
      set = masar_extractor_extract (extractor, articles, t + 1, NULL, &error);
      f->ext_s[t] = (g_get_monotonic_time () - t0) / 1e6;
      f->ext_cpu[t] = masar_bench_cpu_seconds () - c0;
      if (set == NULL)
        {
          g_printerr ("masar-bench extract: %s\n", error->message);
          return FALSE;
        }
      events = masar_event_set_get_events (set);
      n_events[t] = g_list_model_get_n_items (events);
      if (t == 0)
        {
          for (guint i = 0; i < n_events[t]; i++)
            {
              g_autoptr(MasarEvent) e = g_list_model_get_item (events, i);

              f->n_sources += masar_event_get_n_sources (e);
            }
          masar_event_set_set_corpus (set, dir);
          t0 = g_get_monotonic_time ();
          c0 = masar_bench_cpu_seconds ();
          f->written = write_events (set, out_dir);
          f->write_s = (g_get_monotonic_time () - t0) / 1e6;
          f->write_cpu = masar_bench_cpu_seconds () - c0;
        }
    }
  g_rmdir (out_dir);
  f->n_events = n_events[0];
  for (guint t = 0; t < 2; t++)
    {
      f->e2e_s[t] = f->read_s + f->ext_s[t] + f->write_s;
      f->e2e_cpu[t] = f->read_cpu + f->ext_cpu[t] + f->write_cpu;
    }

  /* The two parts of extraction apart, on one thread. */
  c0 = masar_bench_cpu_seconds ();
  results = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (results, masar_extractor_extract_article (extractor,
                                                               g_ptr_array_index (articles, i)));
  f->analyse_cpu = masar_bench_cpu_seconds () - c0;
  c0 = masar_bench_cpu_seconds ();
  merged = masar_event_set_new ();
  for (guint i = 0; i < articles->len; i++)
    masar_event_set_add_article (merged, g_ptr_array_index (articles, i));
  for (guint i = 0; i < results->len; i++)
    masar_extractor_merge (extractor, merged, g_ptr_array_index (results, i));
  f->merge_cpu = masar_bench_cpu_seconds () - c0;

  return n_events[0] == n_events[1] && f->written > 0 &&
         g_list_model_get_n_items (masar_event_set_get_events (merged)) == n_events[0];
}

static void
print_figures (const char    *what,
               const Figures *f)
{
  double mb = f->mb;

  g_print ("== %s: %.1f MB, %u articles, %u events told by %u sentences (%.2f per KB)\n",
           what, mb, f->n_articles, f->n_events, f->n_sources, f->n_sources / (mb * 1000));
  g_print ("reading (corpus loader, files read on up to 4 threads): %.2f s, %.1f MB/s; CPU %.2f s, %.1f MB/s per core\n",
           f->read_s, mb / f->read_s, f->read_cpu, mb / f->read_cpu);
  for (guint t = 0; t < 2; t++)
    g_print ("extraction and merge, %u thread%s: %.2f s (%.1f MB/s); CPU %.2f s, %.1f MB/s per core\n",
             t + 1, t ? "s" : "", f->ext_s[t], mb / f->ext_s[t], f->ext_cpu[t], mb / f->ext_cpu[t]);
  g_print ("  of which, on 1 thread: analysis CPU %.2f s (%.1f MB/s), merge CPU %.2f s (%.1f MB/s)\n",
           f->analyse_cpu, mb / f->analyse_cpu, f->merge_cpu, mb / f->merge_cpu);
  g_print ("writing the events file (%.1f MB): %.2f s; CPU %.2f s\n",
           f->written / 1e6, f->write_s, f->write_cpu);
  for (guint t = 0; t < 2; t++)
    g_print ("END TO END (read, extract, merge, write), %u thread%s: %.2f s, %.1f MB/s; CPU %.2f s, %.1f MB/s per core\n",
             t + 1, t ? "s" : "", f->e2e_s[t], mb / f->e2e_s[t], f->e2e_cpu[t], mb / f->e2e_cpu[t]);
}

static void
json_figures (GString       *out,
              const Figures *f)
{
  double mb = f->mb;

  g_string_append_printf (out,
                          "\"mb\":%.2f,\"articles\":%u,\"events\":%u,\"sources_per_kb\":%.2f,"
                          "\"read_mb_s\":%.2f,\"read_mb_s_per_core\":%.2f,"
                          "\"extract_mb_s_1\":%.2f,\"extract_mb_s_2\":%.2f,\"extract_mb_s_per_core\":%.2f,"
                          "\"analysis_mb_s_per_core\":%.2f,\"merge_mb_s_per_core\":%.2f,"
                          "\"events_file_mb\":%.2f,\"write_s\":%.3f,"
                          "\"end_to_end_mb_s_1\":%.2f,\"end_to_end_mb_s_2\":%.2f,"
                          "\"end_to_end_mb_s_per_core\":%.2f,\"end_to_end_mb_s_per_core_2\":%.2f",
                          mb, f->n_articles, f->n_events, f->n_sources / (mb * 1000),
                          mb / f->read_s, mb / f->read_cpu,
                          mb / f->ext_s[0], mb / f->ext_s[1], mb / f->ext_cpu[0],
                          mb / f->analyse_cpu, mb / f->merge_cpu, f->written / 1e6, f->write_s,
                          mb / f->e2e_s[0], mb / f->e2e_s[1], mb / f->e2e_cpu[0], mb / f->e2e_cpu[1]);
}

int
masar_bench_extract (int    argc,
                     char **argv)
{
  g_autoptr(GString) json = g_string_new ("{\"bench\":\"extract\",");
  gboolean given = FALSE, ok = TRUE;
  Figures f[2];
  double spread[2][16];
  guint n = 0, repeat = 3;
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();

  /* --repeat N is ours; the rest goes to masar_bench_corpus_prepare () */
  for (int i = 0; i < argc; i++)
    {
      if (i > 0 && g_str_equal (argv[i], "--repeat") && i + 1 < argc)
        {
          int r = atoi (argv[++i]);

          repeat = CLAMP (r, 1, 16);
        }
      else
        g_ptr_array_add (rest, argv[i]);
    }
  argc = rest->len;
  argv = (char **) rest->pdata;
  for (int i = 1; i < argc; i++)
    given |= g_str_equal (argv[i], "--dir") || g_str_equal (argv[i], "--profile");

  /* A given folder or profile is measured alone; by default both generated profiles: news
   * (the target's figure: as many reported events per KB as real articles) and dense (every
   * sentence an event: the worst case). */
  for (guint p = 0; p < (given ? 1 : 2) && ok; p++)
    {
      MasarBenchCorpus corpus;
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      int status;

      for (int i = 0; i < argc; i++)
        g_ptr_array_add (args, argv[i]);
      if (!given)
        {
          g_ptr_array_add (args, (char *) "--profile");
          g_ptr_array_add (args, (char *) (p == 0 ? "news" : "dense"));
        }
      status = masar_bench_corpus_prepare (&corpus, "extract", 20, args->len, (char **) args->pdata);
      if (status != 0)
        return status;
      /* This kind of machine is noisy (a shared virtual CPU): the run with the least
       * end-to-end CPU time of several stands for the code, the others show the spread. */
      for (guint r = 0; r < repeat && ok; r++)
        {
          Figures run;

          ok = measure (corpus.dir, &run);
          spread[n][r] = run.mb / run.e2e_cpu[0];
          if (ok && (r == 0 || run.e2e_cpu[0] < f[n].e2e_cpu[0]))
            f[n] = run;
        }
      masar_bench_corpus_clear (&corpus);
      if (ok)
        n++;
    }
  if (!ok)
    return 1;

  for (guint k = 0; k < n; k++)
    {
      print_figures (given ? "corpus" : k == 0 ? "news profile (the target's figure)"
                                               : "dense profile (every sentence an event: the worst case)",
                     &f[k]);
      g_print ("(the run of %u with the least CPU time; end to end per core in each run:", repeat);
      for (guint r = 0; r < repeat; r++)
        g_print (" %.1f", spread[k][r]);
      g_print (" MB/s)\n");
    }
  json_figures (json, &f[0]);
  if (n > 1)
    {
      g_string_append (json, ",\"dense\":{");
      json_figures (json, &f[1]);
      g_string_append_c (json, '}');
    }
  g_string_append_printf (json, ",\"repeat\":%u", repeat);
  g_string_append_printf (json, ",\"rss_bytes\":%" G_GINT64_FORMAT "}", masar_bench_rss_bytes ());
  g_print ("%s\n", json->str);
  return 0;
}
