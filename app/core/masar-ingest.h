/* masar-ingest.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading one corpus file into articles: format dispatch (plain text, HTML, JSON, JSON
 * Lines), decoding, cleaning of boilerplate, splitting a page into its articles and finding
 * each article's title, outlet and publication date. Thread-safe; no GTK.
 */

#pragma once

#include <gio/gio.h>

#include "masar-article.h"
#include "masar-file-text.h"
#include "masar-problem.h"

G_BEGIN_DECLS

/* Files are read up to this size; the rest is dropped and reported as a partial problem. */
#define MASAR_INGEST_DEFAULT_MAX_BYTES ((gsize) 32 * 1024 * 1024)

typedef enum
{
  MASAR_INGEST_FORMAT_NONE,     /* not an article file (image, archive …): skipped */
  MASAR_INGEST_FORMAT_SNIFF,    /* unknown extension: look at the content */
  MASAR_INGEST_FORMAT_TEXT,
  MASAR_INGEST_FORMAT_HTML,
  MASAR_INGEST_FORMAT_JSON,
  MASAR_INGEST_FORMAT_JSONL,
} MasarIngestFormat;

/**
 * MasarIngestHints:
 * @split_at: (element-type guint) (nullable): code-point offsets in the file text where the
 *   user wants a new article to start (snapped to the start of the line)
 * @merge_at: (element-type guint) (nullable): code-point offsets of detected article starts
 *   that the user merged into the article before
 *
 * The user's corrections to the segmentation of one file.
 */
typedef struct
{
  GArray *split_at;
  GArray *merge_at;
} MasarIngestHints;

MasarIngestFormat  masar_ingest_format_for_name  (const char              *basename);
gboolean           masar_ingest_is_ignored_name  (const char              *basename);
MasarIngestFormat  masar_ingest_sniff            (const guint8            *data,
                                                  gsize                    length);

void               masar_ingest_file             (GFile                   *file,
                                                  const char              *rel_path,
                                                  gsize                    max_bytes,
                                                  const MasarIngestHints  *hints,
                                                  GPtrArray               *articles,
                                                  GPtrArray               *problems,
                                                  GCancellable            *cancellable);
void               masar_ingest_data             (const guint8            *data,
                                                  gsize                    length,
                                                  const char              *rel_path,
                                                  MasarIngestFormat        format,
                                                  const MasarIngestHints  *hints,
                                                  GPtrArray               *articles,
                                                  GPtrArray               *problems);
void               masar_ingest_text             (MasarFileText           *text,
                                                  const char              *rel_path,
                                                  const char              *encoding,
                                                  const MasarIngestHints  *hints,
                                                  GPtrArray               *articles);
gboolean           masar_ingest_find_date        (const char              *text,
                                                  MasarDate               *out);

G_END_DECLS
