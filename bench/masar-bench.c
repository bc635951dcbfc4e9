/* masar-bench.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-bench"

#include "config.h"

#include <stdio.h>
#include <string.h>

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
