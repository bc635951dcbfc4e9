/* masar-corpus-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Corpus API for tests, benchmarks and the command-line tool, beyond the public contract.
 */

#pragma once

#include "masar-corpus.h"

G_BEGIN_DECLS

gboolean  masar_corpus_get_saving         (MasarCorpus *self);
void      masar_corpus_set_max_file_bytes (MasarCorpus *self,
                                           gsize        max_bytes);
GFile    *masar_corpus_dup_settings_file  (MasarCorpus *self);

G_END_DECLS
