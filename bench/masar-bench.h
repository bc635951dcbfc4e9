/* masar-bench.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every subcommand prints readable lines first, then one JSON object as its last line.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int     masar_bench_ingest   (int argc, char **argv);
int     masar_bench_extract  (int argc, char **argv);
int     masar_bench_timeline (int argc, char **argv);
int     masar_bench_graph    (int argc, char **argv);

gint64  masar_bench_rss_bytes (void);

G_END_DECLS
