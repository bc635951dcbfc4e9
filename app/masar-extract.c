/* masar-extract.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headless extractor: reads a corpus folder and writes its events file.
 */

#define G_LOG_DOMAIN "masar-extract"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>

#include "masar-corpus.h"
#include "masar-event-set.h"
#include "masar-extractor.h"

#define EXIT_OK    0
#define EXIT_ERROR 1
#define EXIT_USAGE 2

static void
on_progress_cb (guint    files_done,
                guint    files_total,
                gpointer user_data)
{
  g_printerr ("\r%s %u/%u", (const char *) user_data, files_done, files_total);
}

/* The events file's stream: standard output for no FILE or "-", else a replacement of FILE
 * that takes its place only when it is complete (see close_output()). */
static GOutputStream *
open_output (const char  *output,
             GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (output == NULL || g_strcmp0 (output, "-") == 0)
    return g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  file = g_file_new_for_commandline_arg (output);
  return G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                          NULL, error));
}

/* Ends a JSON document with a newline (@newline) and closes the stream; after a failure
 * (@ok FALSE) the close is cancelled, which leaves an existing FILE as it was. */
static gboolean
close_output (GOutputStream  *stream,
              gboolean        ok,
              gboolean        newline,
              GError        **error)
{
  if (ok && newline)
    ok = g_output_stream_write_all (stream, "\n", 1, NULL, NULL, error);
  if (ok)
    ok = g_output_stream_close (stream, NULL, error);
  if (!ok)
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      g_cancellable_cancel (abandon);
      g_output_stream_close (stream, abandon, NULL);
    }
  return ok;
}

static int
validate (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarEventSet) set = masar_event_set_new_from_file (file, NULL, &error);
  g_autoptr(GPtrArray) actors = NULL;

  if (set == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_ERROR;
    }
  actors = masar_event_set_list_actors (set);
  g_print (_("%s: valid masar-events/1, %u articles, %u actors, %u events\n"), path,
           g_list_model_get_n_items (masar_event_set_get_articles (set)),
           actors->len,
           g_list_model_get_n_items (masar_event_set_get_events (set)));
  return EXIT_OK;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *output = NULL;
  g_auto(GStrv) rest = NULL;
  gboolean jsonl = FALSE, articles_only = FALSE, do_validate = FALSE;
  int n_threads = 0;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the events file to FILE (default: standard output)"), N_("FILE") },
    { "jsonl", 0, 0, G_OPTION_ARG_NONE, &jsonl, N_("Write one line per article with its events (JSON Lines)"), NULL },
    { "threads", 0, 0, G_OPTION_ARG_INT, &n_threads, N_("Use N threads (default: one per core)"), N_("N") },
    { "articles", 0, 0, G_OPTION_ARG_NONE, &articles_only, N_("Write only the articles found, no events"), NULL },
    { "validate", 0, 0, G_OPTION_ARG_NONE, &do_validate, N_("Check that the argument is a valid events file"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarCorpus) corpus = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(MasarExtractor) extractor = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  GListModel *model;
  gboolean tty;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (_("FOLDER — extract the events of a corpus of Arabic news articles"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Writes a masar-events/1 file. With --validate, FOLDER is an events file to check.\n"
      "Exit status: 0 on success, 1 on error, 2 on wrong usage."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("masar-extract: %s\n", error->message);
      return EXIT_USAGE;
    }
  if (rest == NULL || rest[0] == NULL || rest[1] != NULL)
    {
      g_printerr (_("masar-extract: give exactly one FOLDER (see --help)\n"));
      return EXIT_USAGE;
    }
  if (n_threads < 0 || (jsonl && articles_only))
    {
      g_printerr (_("masar-extract: invalid combination of options (see --help)\n"));
      return EXIT_USAGE;
    }

  if (do_validate)
    return validate (rest[0]);

  tty = isatty (STDERR_FILENO);
  corpus = masar_corpus_new ();
  folder = g_file_new_for_commandline_arg (rest[0]);
  if (!masar_corpus_load_sync (corpus, folder, FALSE,
                               tty ? on_progress_cb : NULL, (gpointer) _("Reading"),
                               NULL, &error))
    {
      if (tty)
        g_printerr ("\n");
      g_printerr ("masar-extract: %s\n", error->message);
      return EXIT_ERROR;
    }
  if (tty)
    g_printerr ("\n");

  model = masar_corpus_get_problems (corpus);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MasarProblem) problem = g_list_model_get_item (model, i);

      g_printerr ("masar-extract: %s: %s\n", masar_problem_get_file (problem),
                  masar_problem_get_message (problem));
    }

  /* The corpus is the list of its articles. */
  model = G_LIST_MODEL (corpus);
  articles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (articles, g_list_model_get_item (model, i));

  if (articles_only)
    {
      g_autoptr(MasarEventSet) set = masar_event_set_new ();
      g_autoptr(GOutputStream) out = NULL;

      masar_event_set_set_corpus (set, rest[0]);
      for (guint i = 0; i < articles->len; i++)
        masar_event_set_add_article (set, g_ptr_array_index (articles, i));
      out = open_output (output, &error);
      if (out == NULL ||
          !close_output (out, masar_event_set_write (set, out, TRUE, NULL, &error), TRUE,
                         &error))
        goto fail;
      return EXIT_OK;
    }

  extractor = masar_extractor_new (NULL);

  if (jsonl)
    {
      g_autoptr(GOutputStream) out = open_output (output, &error);
      gboolean ok = out != NULL;

      /* one line per article, written as soon as it is extracted */
      for (guint i = 0; ok && i < articles->len; i++)
        {
          MasarArticle *article = g_ptr_array_index (articles, i);
          g_autoptr(GPtrArray) events = masar_extractor_extract_article (extractor, article);
          g_autoptr(MasarEventSet) one = masar_event_set_new ();
          g_autofree char *line = NULL;
          gsize length;

          masar_event_set_set_corpus (one, rest[0]);
          masar_event_set_add_article (one, article);
          masar_extractor_merge (extractor, one, events);
          line = masar_event_set_to_json_line (one, &length);
          ok = g_output_stream_write_all (out, line, length, NULL, NULL, &error) &&
               g_output_stream_write_all (out, "\n", 1, NULL, NULL, &error);
          if (tty)
            on_progress_cb (i + 1, articles->len, (gpointer) _("Extracting"));
        }
      if (tty)
        g_printerr ("\n");
      if (out == NULL || !close_output (out, ok, FALSE, &error))
        goto fail;
      return EXIT_OK;
    }
  else
    {
      g_autoptr(MasarEventSet) set = NULL;
      g_autoptr(GOutputStream) out = NULL;

      set = masar_extractor_extract (extractor, articles, (guint) n_threads, NULL, &error);
      if (set == NULL)
        goto fail;
      masar_event_set_set_corpus (set, rest[0]);
      out = open_output (output, &error);
      if (out == NULL ||
          !close_output (out, masar_event_set_write (set, out, FALSE, NULL, &error), TRUE,
                         &error))
        goto fail;
      return EXIT_OK;
    }

fail:
  g_printerr ("masar-extract: %s\n", error->message);
  return EXIT_ERROR;
}
