/* masar-bench.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>

#include "masar-bench.h"

/* Subcommands live in their own files; a build without one (no GUI, say) leaves its symbol
 * undefined, and the weak declarations turn that into a clear message instead of a link
 * error. */
#pragma weak masar_bench_ingest
#pragma weak masar_bench_extract
#pragma weak masar_bench_timeline
#pragma weak masar_bench_graph

typedef struct
{
  const char *name;
  int       (*func) (int argc, char **argv);
  const char *help;
} Subcommand;

/**
 * masar_bench_rss_bytes:
 *
 * Returns: the resident set size of this process in bytes, from /proc/self/statm, or -1
 */
gint64
masar_bench_rss_bytes (void)
{
  g_autofree char *contents = NULL;
  long pages_total = 0, pages_rss = 0;

  if (!g_file_get_contents ("/proc/self/statm", &contents, NULL, NULL))
    return -1;
  if (sscanf (contents, "%ld %ld", &pages_total, &pages_rss) != 2)
    return -1;
  return (gint64) pages_rss * 4096;
}

/**
 * masar_bench_cpu_seconds:
 *
 * CPU time of the whole process (every thread), in seconds: on a shared machine wall time
 * also counts other programs, CPU time per MB does not.
 *
 * Returns: seconds
 */
double
masar_bench_cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/**
 * masar_bench_remove_tree:
 * @path: a folder
 *
 * Removes @path and everything below it.
 */
void
masar_bench_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        masar_bench_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/**
 * masar_bench_corpus_prepare:
 * @corpus: (out): the corpus to measure; clear it with masar_bench_corpus_clear()
 * @subcommand: the subcommand's name, for messages
 * @default_size_mb: how much to generate without --size-mb
 * @argc: the subcommand's argument count
 * @argv: its arguments: [--dir DIR | --size-mb N] [--seed S] [--profile news|dense] (the
 *   generator's profile, news by default)
 *
 * Returns: 0 when @corpus is ready, 1 on an error, 2 on wrong usage (a message is printed)
 */
int
masar_bench_corpus_prepare (MasarBenchCorpus  *corpus,
                            const char        *subcommand,
                            double             default_size_mb,
                            int                argc,
                            char             **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  g_autofree char *script = NULL;
  g_autofree char *size = NULL;
  g_autofree char *seed_str = NULL;
  g_autofree char *out = NULL;
  g_autofree char *template = NULL;
  const char *gen_argv[] = { "python3", NULL, NULL, "--size-mb", NULL, "--seed", NULL,
                             "--profile", NULL, NULL };
  const char *profile = "news";
  double size_mb = default_size_mb;
  int seed = 1;
  int status = 0;

  corpus->dir = NULL;
  corpus->tmp = NULL;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--dir") && i + 1 < argc)
        {
          g_free (corpus->dir);
          corpus->dir = g_strdup (argv[++i]);
        }
      else if (g_str_equal (argv[i], "--size-mb") && i + 1 < argc)
        size_mb = g_ascii_strtod (argv[++i], NULL);
      else if (g_str_equal (argv[i], "--seed") && i + 1 < argc)
        seed = atoi (argv[++i]);
      else if (g_str_equal (argv[i], "--profile") && i + 1 < argc &&
               (g_str_equal (argv[i + 1], "news") || g_str_equal (argv[i + 1], "dense")))
        profile = argv[++i];
      else
        {
          g_printerr ("Usage: masar-bench %s [--dir DIR | --size-mb N] [--seed S] [--profile news|dense]\n",
                      subcommand);
          g_clear_pointer (&corpus->dir, g_free);
          return 2;
        }
    }
  if (corpus->dir != NULL)
    return 0;

  source = g_path_get_dirname (MASAR_SOURCE_DATADIR);
  script = g_build_filename (source, "tools", "gen-corpus.py", NULL);
  size = g_strdup_printf ("%g", size_mb);
  seed_str = g_strdup_printf ("%d", seed);
  template = g_strdup_printf ("masar-bench-%s-XXXXXX", subcommand);

  corpus->tmp = g_dir_make_tmp (template, &error);
  if (corpus->tmp == NULL)
    {
      g_printerr ("masar-bench %s: %s\n", subcommand, error->message);
      return 1;
    }
  gen_argv[1] = script;
  gen_argv[2] = corpus->tmp;
  gen_argv[4] = size;
  gen_argv[6] = seed_str;
  gen_argv[8] = profile;
  g_print ("generating %g MB with %s (seed %d, profile %s) …\n", size_mb, script, seed, profile);
  if (!g_spawn_sync (NULL, (char **) gen_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("masar-bench %s: generator failed: %s\n", subcommand, error->message);
      masar_bench_corpus_clear (corpus);
      return 1;
    }
  g_print ("generator: %s", out);
  corpus->dir = g_strdup (corpus->tmp);
  return 0;
}

/**
 * masar_bench_corpus_clear:
 * @corpus: a corpus from masar_bench_corpus_prepare()
 *
 * Removes a generated folder and frees the fields.
 */
void
masar_bench_corpus_clear (MasarBenchCorpus *corpus)
{
  if (corpus->tmp != NULL)
    masar_bench_remove_tree (corpus->tmp);
  g_clear_pointer (&corpus->tmp, g_free);
  g_clear_pointer (&corpus->dir, g_free);
}

int
main (int   argc,
      char *argv[])
{
  const Subcommand subcommands[] = {
    { "ingest", masar_bench_ingest, "corpus reading throughput (MB/s per core)" },
    { "extract", masar_bench_extract, "end-to-end extraction throughput (MB/s)" },
    { "timeline", masar_bench_timeline, "timeline frame times and memory per event" },
    { "graph", masar_bench_graph, "graph layout time per iteration" },
  };

  if (argc >= 2)
    {
      for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
        {
          if (strcmp (argv[1], subcommands[i].name) != 0)
            continue;
          if (subcommands[i].func == NULL)
            {
              g_printerr ("masar-bench: “%s” is not built into this binary\n", argv[1]);
              return 2;
            }
          return subcommands[i].func (argc - 1, argv + 1);
        }
    }

  g_printerr ("Usage: masar-bench SUBCOMMAND [OPTIONS]\n\nSubcommands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    g_printerr ("  %-10s %s%s\n", subcommands[i].name, subcommands[i].help,
                subcommands[i].func ? "" : " (not built)");
  return argc >= 2 && strcmp (argv[1], "--help") == 0 ? 0 : 2;
}
