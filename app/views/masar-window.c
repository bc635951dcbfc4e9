/* masar-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window. It owns what is open (a corpus folder, or an events file) and one
 * cancellable for the load in progress; it links the views: the sidebar of articles, the
 * reader, the events list, the problems list, and the slots for the timeline and the graph.
 * Every way of opening a folder (file chooser, command line, drag and drop, recent list,
 * sample corpus) ends in masar_window_open_folder().
 */

#define G_LOG_DOMAIN "masar-window"

#include "config.h"

#include <glib/gi18n.h>

#include "masar-resources.h"

#include "masar-article-row.h"
#include "masar-date-dialog.h"
#include "masar-events-page.h"
#include "masar-graph-page.h"
#include "masar-problems-page.h"
#include "masar-source-pane.h"
#include "masar-timeline-page.h"
#include "masar-welcome-page.h"
#include "masar-window.h"
#include "masar-window-private.h"

#define MAX_RECENT 10

struct _MasarWindow
{
  AdwApplicationWindow  parent_instance;

  /* Owned references */
  GSettings            *settings;
  GCancellable         *cancellable;    /* of the load in progress; replaced per load */
  MasarCorpus          *corpus;         /* what is shown */
  MasarCorpus          *loading_corpus; /* what is being read */
  MasarEventSet        *event_set;
  GtkSingleSelection   *selection;
  GtkFileChooserNative *chooser;
  char                 *error_message;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  MasarWelcomePage     *welcome_page;
  AdwStatusPage        *loading_page;
  GtkProgressBar       *progress_bar;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  AdwWindowTitle       *sidebar_title;
  GtkListView          *article_list;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewStackPage     *problems_stack_page;
  MasarSourcePane      *reader_pane;
  MasarReader          *reader;         /* the reader page's, inside reader_pane */
  MasarEventsPage      *events_page;
  MasarProblemsPage    *problems_page;
  AdwBin               *timeline_slot;
  AdwBin               *graph_slot;
  MasarTimelinePage    *timeline_page;
  MasarGraphPage       *graph_page;

  /* State */
  guint                 generation;     /* bumped by every open; stale results are dropped */
  guint                 loading : 1;
};

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_EVENT_SET,
  PROP_LOADING,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MasarWindow, masar_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static void
show_toast (MasarWindow *self,
            const char  *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
set_error_message (MasarWindow *self,
                   const char  *message)
{
  g_free (self->error_message);
  self->error_message = g_strdup (message);
}

static void
set_loading (MasarWindow *self,
             gboolean     loading)
{
  loading = !!loading;
  if (self->loading == loading)
    return;

  self->loading = loading;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-loading", loading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Leaves the loading page for whatever was shown before. */
static void
show_content_page (MasarWindow *self)
{
  if (self->corpus != NULL || self->event_set != NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "corpus");
  else
    gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}

static void
update_recent (MasarWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-folders");

  masar_welcome_page_set_recent (self->welcome_page, (const char * const *) recent);
}

static void
add_recent (MasarWindow *self,
            GFile       *folder)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-folders");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *uri = g_file_get_uri (folder);
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_strv_builder_add (builder, uri);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    {
      if (g_strcmp0 (recent[i], uri) == 0)
        continue;
      g_strv_builder_add (builder, recent[i]);
      n++;
    }
  updated = g_strv_builder_end (builder);

  g_settings_set_strv (self->settings, "recent-folders", (const char * const *) updated);
  g_settings_set_string (self->settings, "last-folder", uri);
}

/* The sidebar's subtitle says how many articles there are, and when the events are being
 * extracted again after a correction. */
static void
update_sidebar_subtitle (MasarWindow *self)
{
  GListModel *model = gtk_single_selection_get_model (self->selection);
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  g_autofree char *subtitle = NULL;

  if (self->corpus != NULL && masar_corpus_get_extracting (self->corpus))
    /* Translators: the sidebar's subtitle while events are extracted again after a correction */
    subtitle = g_strdup_printf (ngettext ("%u article · updating events…", "%u articles · updating events…", n), n);
  else
    subtitle = g_strdup_printf (ngettext ("%u article", "%u articles", n), n);
  adw_window_title_set_subtitle (self->sidebar_title, subtitle);
}

static void
update_sidebar_title (MasarWindow *self,
                      const char  *name)
{
  adw_window_title_set_title (self->sidebar_title, name);
  update_sidebar_subtitle (self);
  adw_view_switcher_title_set_title (self->switcher_title, name);
  gtk_window_set_title (GTK_WINDOW (self), name);
}

static void
update_problems_badge (MasarWindow *self)
{
  GListModel *problems = masar_problems_page_get_model (self->problems_page);
  guint n = problems != NULL ? g_list_model_get_n_items (problems) : 0;

  adw_view_stack_page_set_badge_number (self->problems_stack_page, n);
  adw_view_stack_page_set_needs_attention (self->problems_stack_page, n > 0);
}

static void
set_event_set (MasarWindow   *self,
               MasarEventSet *event_set)
{
  if (!g_set_object (&self->event_set, event_set))
    return;

  masar_events_page_set_event_set (self->events_page, event_set);
  masar_reader_set_event_set (self->reader, event_set);
  masar_source_pane_set_source (self->reader_pane, NULL, 0);
  masar_timeline_page_set_event_set (self->timeline_page, event_set);
  masar_graph_page_set_event_set (self->graph_page, event_set);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_SET]);
}

/* For screenshots and demos: MASAR_INITIAL_PAGE=timeline (or graph, events, problems) opens
 * that page once a corpus is read; MASAR_INITIAL_EVENT=N then selects the N-th event in time
 * order on the timeline, showing its source below, once the timeline has its size. */
static gboolean
select_initial_event_cb (gpointer data)
{
  g_autoptr(MasarWindow) self = data;
  MasarTimelineModel *model = masar_timeline_page_get_model (self->timeline_page);
  const char *event = g_getenv ("MASAR_INITIAL_EVENT");
  guint64 n = event != NULL ? g_ascii_strtoull (event, NULL, 10) : 0;
  double begin, end;

  masar_timeline_model_zoom_to_fit (model);
  begin = masar_timeline_model_get_visible_begin (model);
  end = masar_timeline_model_get_visible_end (model);
  masar_timeline_model_select_first (model);
  for (guint64 i = 0; i < n; i++)
    masar_timeline_model_select_adjacent (model, 1);
  masar_timeline_model_set_visible_range (model, begin, end);
  return G_SOURCE_REMOVE;
}

static void
show_initial_page (MasarWindow *self)
{
  const char *page = g_getenv ("MASAR_INITIAL_PAGE");

  if (page == NULL || *page == '\0')
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, page);
  adw_leaflet_set_visible_child (self->leaflet, self->content);

  if (g_getenv ("MASAR_INITIAL_EVENT") != NULL && g_str_equal (page, "timeline"))
    g_timeout_add (1500, select_initial_event_cb, g_object_ref (self));
}

static void
show_articles (MasarWindow *self,
               GListModel  *articles,
               GListModel  *problems,
               const char  *name)
{
  masar_reader_set_article (self->reader, NULL);
  gtk_single_selection_set_model (self->selection, articles);
  masar_problems_page_set_model (self->problems_page, problems);
  update_problems_badge (self);
  update_sidebar_title (self, name);

  gtk_stack_set_visible_child_name (self->main_stack, "corpus");
  adw_view_stack_set_visible_child_name (self->view_stack, "reader");
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  show_initial_page (self);
}

static void
on_loading_progress_cb (MasarWindow *self,
                        GParamSpec  *pspec,
                        MasarCorpus *corpus)
{
  guint done, total;
  g_autofree char *text = NULL;

  g_assert (MASAR_IS_WINDOW (self));
  g_assert (MASAR_IS_CORPUS (corpus));

  if (corpus != self->loading_corpus)
    return;

  done = masar_corpus_get_files_done (corpus);
  total = masar_corpus_get_files_total (corpus);

  if (total == 0)
    {
      gtk_progress_bar_pulse (self->progress_bar);
      gtk_progress_bar_set_text (self->progress_bar, _("Looking for files…"));
      return;
    }

  /* Translators: progress while reading a corpus */
  text = g_strdup_printf (ngettext ("%u of %u file read", "%u of %u files read", total), done, total);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) MIN (done, total) / total);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

/* After a correction the corpus extracts its events again; the views follow. */
static void
on_corpus_events_cb (MasarWindow *self,
                     GParamSpec  *pspec,
                     MasarCorpus *corpus)
{
  g_assert (MASAR_IS_WINDOW (self));

  if (corpus != self->corpus || masar_corpus_get_loading (corpus))
    return;
  set_event_set (self, masar_corpus_get_events (corpus));
}

static void
on_reextracted_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(MasarWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!masar_corpus_extract_finish (MASAR_CORPUS (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = g_strdup_printf (_("Could not extract the events again: %s"), error->message);

      show_toast (self, message);
    }
}

/* Every correction that changes what extraction reads (a date, "not an article", a split, a
 * merge) starts a new extraction off the main thread; one still running is cancelled. */
static void
reextract (MasarWindow *self)
{
  if (self->corpus == NULL)
    return;
  masar_corpus_extract_async (self->corpus, self->cancellable, on_reextracted_cb, g_object_ref (self));
}

static void
on_corpus_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  MasarCorpus *corpus = MASAR_CORPUS (object);
  g_autoptr(MasarWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GFile *folder;

  if (!masar_corpus_load_finish (corpus, result, &error))
    {
      if (corpus != self->loading_corpus)
        return;

      g_clear_object (&self->loading_corpus);
      set_loading (self, FALSE);
      show_content_page (self);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = g_strdup_printf (_("Could not open the folder: %s"), error->message);

          set_error_message (self, message);
          show_toast (self, message);
        }
      return;
    }

  /* A newer open replaced this one. */
  if (corpus != self->loading_corpus)
    return;

  set_error_message (self, NULL);
  g_set_object (&self->corpus, corpus);
  g_clear_object (&self->loading_corpus);
  g_signal_connect_object (corpus, "notify::events",
                           G_CALLBACK (on_corpus_events_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (corpus, "notify::extracting",
                           G_CALLBACK (update_sidebar_subtitle), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (corpus, "items-changed",
                           G_CALLBACK (update_sidebar_subtitle), self, G_CONNECT_SWAPPED);

  folder = masar_corpus_get_folder (corpus);
  name = folder != NULL ? g_file_get_basename (folder) : g_strdup (_("Corpus"));
  if (folder != NULL)
    add_recent (self, folder);

  set_event_set (self, masar_corpus_get_events (corpus));
  show_articles (self, G_LIST_MODEL (corpus), masar_corpus_get_problems (corpus), name);

  set_loading (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

static void
start_loading (MasarWindow *self,
               GFile       *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *description = g_strdup_printf (_("Reading “%s”"), name);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->loading_corpus);
  self->generation++;

  adw_status_page_set_description (self->loading_page, description);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, _("Looking for files…"));
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  set_loading (self, TRUE);
}

/**
 * masar_window_open_folder:
 * @self: a #MasarWindow
 * @folder: a corpus folder
 *
 * Reads @folder as a corpus, off the main thread, showing progress. Opening another folder
 * (or events file) before it is read cancels this one. When the folder is read, the window
 * lists its articles and remembers the folder among the recent ones.
 */
void
masar_window_open_folder (MasarWindow *self,
                          GFile       *folder)
{
  g_return_if_fail (MASAR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));

  start_loading (self, folder);

  self->loading_corpus = masar_corpus_new ();
  g_signal_connect_object (self->loading_corpus, "notify::files-done",
                           G_CALLBACK (on_loading_progress_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->loading_corpus, "notify::files-total",
                           G_CALLBACK (on_loading_progress_cb), self, G_CONNECT_SWAPPED);

  masar_corpus_load_async (self->loading_corpus, folder, self->cancellable,
                           on_corpus_loaded_cb, g_object_ref (self));
}

static void
load_events_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  MasarEventSet *event_set = masar_event_set_new_from_file (file, cancellable, &error);

  if (event_set == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, event_set, g_object_unref);
}

static void
on_events_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  MasarWindow *self = MASAR_WINDOW (object);
  GTask *task = G_TASK (result);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(MasarEventSet) event_set = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  event_set = g_task_propagate_pointer (task, &error);

  if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (task), "generation")) != self->generation)
    return;

  set_loading (self, FALSE);
  name = g_file_get_basename (file);

  if (event_set == NULL)
    {
      AdwMessageDialog *dialog;
      g_autofree char *heading = NULL;

      show_content_page (self);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      set_error_message (self, error->message);
      heading = g_strdup_printf (_("Could Not Open “%s”"), name);
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  set_error_message (self, NULL);
  g_clear_object (&self->corpus);
  set_event_set (self, event_set);
  show_articles (self, masar_event_set_get_articles (event_set), NULL, name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

/**
 * masar_window_open_events_file:
 * @self: a #MasarWindow
 * @file: a `masar-events/1` file
 *
 * Reads @file off the main thread and shows its articles and events. A file that is not a
 * valid events file is reported in a dialog (with the line and column of a syntax error).
 */
void
masar_window_open_events_file (MasarWindow *self,
                               GFile       *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MASAR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  start_loading (self, file);
  gtk_progress_bar_set_text (self->progress_bar, _("Reading events…"));

  task = g_task_new (self, self->cancellable, on_events_loaded_cb, NULL);
  g_task_set_source_tag (task, masar_window_open_events_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (task), "generation", GUINT_TO_POINTER (self->generation));
  g_task_run_in_thread (task, load_events_thread);
}

/**
 * masar_window_open_file:
 * @self: a #MasarWindow
 * @file: a folder or an events file
 *
 * Opens @file as an events file when its name ends in `.json`, otherwise as a corpus folder.
 */
void
masar_window_open_file (MasarWindow *self,
                        GFile       *file)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;

  g_return_if_fail (MASAR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  lower = g_ascii_strdown (name != NULL ? name : "", -1);
  if (g_str_has_suffix (lower, ".json"))
    masar_window_open_events_file (self, file);
  else
    masar_window_open_folder (self, file);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_folder_chosen_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(MasarWindow) self = user_data;
  g_autoptr(GFile) folder = gtk_file_dialog_select_folder_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (folder != NULL)
    masar_window_open_folder (self, folder);
}

static void
on_events_file_chosen_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(MasarWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (file != NULL)
    masar_window_open_events_file (self, file);
}
#else
static void
on_chooser_response_cb (MasarWindow          *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  gboolean folder = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;

  g_assert (MASAR_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (self->chooser == chooser)
    g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  if (folder)
    masar_window_open_folder (self, file);
  else
    masar_window_open_events_file (self, file);
}
#endif

/**
 * masar_window_choose_folder:
 * @self: a #MasarWindow
 *
 * Asks for a corpus folder (through the portal inside Flatpak) and opens it.
 */
void
masar_window_choose_folder (MasarWindow *self)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkFileDialog) dialog = NULL;
#endif

  g_return_if_fail (MASAR_IS_WINDOW (self));

#if GTK_CHECK_VERSION (4, 10, 0)
  dialog = gtk_file_dialog_new ();
  gtk_file_dialog_set_title (dialog, _("Open Corpus Folder"));
  gtk_file_dialog_set_accept_label (dialog, _("_Open"));
  gtk_file_dialog_select_folder (dialog, GTK_WINDOW (self), NULL, on_folder_chosen_cb, g_object_ref (self));
#else
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Open Corpus Folder"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (on_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
#endif
}

static void
choose_events_file (MasarWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
#endif

  gtk_file_filter_set_name (filter, _("Events Files"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");

#if GTK_CHECK_VERSION (4, 10, 0)
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_title (dialog, _("Open Events File"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, on_events_file_chosen_cb, g_object_ref (self));
#else
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Open Events File"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"),
                                               _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (on_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
#endif
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            MasarWindow   *self)
{
  GFile *file = NULL;

  g_assert (MASAR_IS_WINDOW (self));

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      if (files != NULL)
        file = files->data;
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_get_object (value);

  if (file == NULL)
    return FALSE;

  masar_window_open_file (self, file);
  return TRUE;
}

static void
on_selected_item_cb (MasarWindow *self)
{
  g_assert (MASAR_IS_WINDOW (self));

  masar_reader_set_article (self->reader, gtk_single_selection_get_selected_item (self->selection));
}

static void
on_article_list_activate_cb (MasarWindow *self,
                             guint        position)
{
  g_assert (MASAR_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "reader");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_event_activated_cb (MasarWindow *self,
                       MasarEvent  *event)
{
  g_assert (MASAR_IS_WINDOW (self));

  if (!masar_window_show_event_source (self, event, 0))
    show_toast (self, _("The source of this event is not in the open corpus"));
}

static void
on_source_requested_cb (MasarWindow *self,
                        MasarEvent  *event,
                        guint        source_index)
{
  g_assert (MASAR_IS_WINDOW (self));

  if (!masar_window_show_event_source (self, event, source_index))
    show_toast (self, _("The source of this event is not in the open corpus"));
}

static void
on_date_dialog_response_cb (MasarDateDialog *dialog,
                            const char      *response,
                            MasarWindow     *self)
{
  MasarArticle *article = g_object_get_data (G_OBJECT (dialog), "article");
  g_autoptr(GError) error = NULL;
  MasarDate date = MASAR_DATE_INIT;

  g_assert (MASAR_IS_WINDOW (self));

  if (g_strcmp0 (response, "set") != 0 || article == NULL || self->corpus == NULL)
    return;
  if (!masar_date_dialog_get_date (dialog, &date))
    return;

  if (!masar_corpus_set_article_date (self->corpus, article, &date, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not set the date: %s"), error->message);

      show_toast (self, message);
      return;
    }
  reextract (self);
}

/**
 * masar_window_set_article_excluded:
 * @self: a #MasarWindow
 * @article: an article of the open corpus
 * @excluded: whether it is not an article
 *
 * Records the user's word (saved with the corpus, applied on reopen) and extracts the events
 * again without the excluded articles. A toast offers to undo.
 *
 * Returns: %TRUE on success
 */
gboolean
masar_window_set_article_excluded (MasarWindow  *self,
                                   MasarArticle *article,
                                   gboolean      excluded)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *isolated = NULL;
  const char *title;
  AdwToast *toast;

  g_return_val_if_fail (MASAR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (MASAR_IS_ARTICLE (article), FALSE);

  if (self->corpus == NULL)
    return FALSE;
  if (!masar_corpus_set_article_excluded (self->corpus, article, excluded, &error))
    {
      message = g_strdup_printf (_("Could not change the article: %s"), error->message);
      show_toast (self, message);
      return FALSE;
    }
  reextract (self);

  title = masar_article_get_title (article);
  if (title == NULL || *title == '\0')
    title = masar_article_get_file (article);
  /* The title is isolated (FSI … PDI) and the line starts with the UI's direction mark, so
   * that an Arabic title does not turn an English sentence around. */
  isolated = g_strdup_printf ("%s\u2068%s\u2069",
                              gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL ? "\u200F" : "\u200E",
                              title);
  message = excluded
    /* Translators: a toast; the article's title */
    ? g_strdup_printf (_("“%s” is left out of the events"), isolated)
    /* Translators: a toast; the article's title */
    : g_strdup_printf (_("“%s” counts as an article again"), isolated);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 6);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.set-excluded");
  adw_toast_set_action_target_value (toast, g_variant_new ("(sb)", masar_article_get_id (article), !excluded));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}

static void
on_split_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(MasarWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarArticle) second = NULL;

  second = masar_corpus_split_article_at_finish (MASAR_CORPUS (object), result, &error);
  if (second == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup_printf (_("Could not split the article: %s"), error->message);
      show_toast (self, message);
      return;
    }
  if (MASAR_CORPUS (object) != self->corpus)
    return;
  masar_window_select_article (self, second);
  reextract (self);
  show_toast (self, _("The article was split in two"));
}

/**
 * masar_window_split_article:
 * @self: a #MasarWindow
 * @article: an article of the open corpus
 * @file_offset: a code point offset in its file, on the line where a second article starts
 *
 * Splits @article there (saved with the corpus) off the main thread; when the file has been
 * read again, selects the new article and extracts the events again. A failure is shown in a
 * toast. #MasarCorpus:correcting tells when the split is done.
 */
void
masar_window_split_article (MasarWindow  *self,
                            MasarArticle *article,
                            guint         file_offset)
{
  g_return_if_fail (MASAR_IS_WINDOW (self));
  g_return_if_fail (MASAR_IS_ARTICLE (article));

  if (self->corpus == NULL)
    return;
  masar_corpus_split_article_at_async (self->corpus, article, file_offset, self->cancellable,
                                       on_split_cb, g_object_ref (self));
}

static void
on_merged_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(MasarWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarArticle) merged = NULL;

  merged = masar_corpus_merge_with_previous_finish (MASAR_CORPUS (object), result, &error);
  if (merged == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup_printf (_("Could not merge the articles: %s"), error->message);
      show_toast (self, message);
      return;
    }
  if (MASAR_CORPUS (object) != self->corpus)
    return;
  masar_window_select_article (self, merged);
  reextract (self);
  show_toast (self, _("The article was merged with the previous one"));
}

/**
 * masar_window_merge_article:
 * @self: a #MasarWindow
 * @article: an article of the open corpus, not the first of its file
 *
 * Joins @article to the article before it (saved with the corpus) off the main thread; when
 * the file has been read again, selects the joined article and extracts the events again. A
 * failure is shown in a toast. #MasarCorpus:correcting tells when the merge is done.
 */
void
masar_window_merge_article (MasarWindow  *self,
                            MasarArticle *article)
{
  g_return_if_fail (MASAR_IS_WINDOW (self));
  g_return_if_fail (MASAR_IS_ARTICLE (article));

  if (self->corpus == NULL)
    return;
  masar_corpus_merge_with_previous_async (self->corpus, article, self->cancellable,
                                          on_merged_cb, g_object_ref (self));
}

static void
on_reader_exclude_requested_cb (MasarWindow  *self,
                                MasarArticle *article,
                                gboolean      excluded)
{
  g_assert (MASAR_IS_WINDOW (self));

  masar_window_set_article_excluded (self, article, excluded);
}

static void
on_reader_split_requested_cb (MasarWindow  *self,
                              MasarArticle *article,
                              guint         file_offset)
{
  g_assert (MASAR_IS_WINDOW (self));

  masar_window_split_article (self, article, file_offset);
}

static void
on_reader_merge_requested_cb (MasarWindow  *self,
                              MasarArticle *article)
{
  g_assert (MASAR_IS_WINDOW (self));

  masar_window_merge_article (self, article);
}

static void
set_excluded_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  MasarWindow *self = MASAR_WINDOW (widget);
  const char *id = NULL;
  gboolean excluded = FALSE;
  MasarArticle *article;

  if (self->corpus == NULL)
    return;
  g_variant_get (param, "(&sb)", &id, &excluded);
  article = masar_corpus_find_article (self->corpus, id);
  if (article != NULL)
    masar_window_set_article_excluded (self, article, excluded);
}

static void
on_reader_set_date_requested_cb (MasarWindow  *self,
                                 MasarArticle *article)
{
  MasarDateDialog *dialog;
  MasarDate date = MASAR_DATE_INIT;

  g_assert (MASAR_IS_WINDOW (self));

  if (self->corpus == NULL)
    return;

  masar_article_get_published (article, &date);
  dialog = masar_date_dialog_new (GTK_WINDOW (self), &date);
  g_object_set_data_full (G_OBJECT (dialog), "article", g_object_ref (article), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_date_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_recent_changed_cb (MasarWindow *self)
{
  update_recent (self);
}

static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  gtk_list_item_set_child (item, masar_article_row_new ());
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  masar_article_row_set_article (MASAR_ARTICLE_ROW (gtk_list_item_get_child (item)),
                                 gtk_list_item_get_item (item));
}

static void
on_row_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  masar_article_row_set_article (MASAR_ARTICLE_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  masar_window_choose_folder (MASAR_WINDOW (widget));
}

static void
open_events_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  choose_events_file (MASAR_WINDOW (widget));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) folder = g_file_new_for_uri (g_variant_get_string (param, NULL));

  masar_window_open_folder (MASAR_WINDOW (widget), folder);
}

static void
cancel_loading_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  MasarWindow *self = MASAR_WINDOW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  MasarWindow *self = MASAR_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
masar_window_close_request (GtkWindow *window)
{
  MasarWindow *self = MASAR_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (masar_window_parent_class)->close_request (window);
}

static void
masar_window_dispose (GObject *object)
{
  MasarWindow *self = (MasarWindow *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  /* libadwaita 1.2 criticals when a view switcher outlives its stack's pages: detach the
   * switchers before the template goes. */
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
  if (self->switcher_title != NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), MASAR_TYPE_WINDOW);
  g_clear_object (&self->chooser);
  g_clear_object (&self->selection);
  g_clear_object (&self->loading_corpus);
  g_clear_object (&self->corpus);
  g_clear_object (&self->event_set);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (masar_window_parent_class)->dispose (object);
}

static void
masar_window_finalize (GObject *object)
{
  MasarWindow *self = (MasarWindow *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->error_message, g_free);

  G_OBJECT_CLASS (masar_window_parent_class)->finalize (object);
}

static void
masar_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MasarWindow *self = MASAR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_EVENT_SET:
      g_value_set_object (value, self->event_set);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_window_class_init (MasarWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  g_autoptr(GBytes) template = NULL;
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = masar_window_dispose;
  object_class->finalize = masar_window_finalize;
  object_class->get_property = masar_window_get_property;
  window_class->close_request = masar_window_close_request;

  /**
   * MasarWindow:corpus:
   *
   * The corpus shown, or %NULL (nothing open, or an events file open).
   */
  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, MASAR_TYPE_CORPUS,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * MasarWindow:event-set:
   *
   * The events shown (of the corpus, or of an events file), or %NULL. The timeline and the
   * graph follow this property.
   */
  properties[PROP_EVENT_SET] =
    g_param_spec_object ("event-set", NULL, NULL, MASAR_TYPE_EVENT_SET,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * MasarWindow:loading:
   *
   * Whether a folder or events file is being read.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MASAR_TYPE_WELCOME_PAGE);
  g_type_ensure (MASAR_TYPE_READER);
  g_type_ensure (MASAR_TYPE_SOURCE_PANE);
  g_type_ensure (MASAR_TYPE_TIMELINE_PAGE);
  g_type_ensure (MASAR_TYPE_GRAPH_PAGE);
  g_type_ensure (MASAR_TYPE_EVENTS_PAGE);
  g_type_ensure (MASAR_TYPE_PROBLEMS_PAGE);

  /* Loading the template from masar_get_resource() rather than by path links the resources'
   * object file, and with it their registration (style, icons, other templates), into every
   * program that uses this class, even from the static library. */
  template = g_resource_lookup_data (masar_get_resource (), "/io/github/masar/Masar/ui/masar-window.ui", 0, NULL);
  gtk_widget_class_set_template (widget_class, template);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, content);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, article_list);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, problems_stack_page);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, reader_pane);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, timeline_page);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, graph_page);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, events_page);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, problems_page);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, timeline_slot);
  gtk_widget_class_bind_template_child (widget_class, MasarWindow, graph_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_article_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_source_requested_cb);

  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.open-events", NULL, open_events_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-loading", NULL, cancel_loading_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.set-excluded", "(sb)", set_excluded_action);
}

static void
masar_window_init (MasarWindow *self)
{
  GtkListItemFactory *factory;
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->reader = masar_source_pane_get_reader (self->reader_pane);
  g_signal_connect_object (self->reader, "set-date-requested",
                           G_CALLBACK (on_reader_set_date_requested_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader, "exclude-requested",
                           G_CALLBACK (on_reader_exclude_requested_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader, "split-requested",
                           G_CALLBACK (on_reader_split_requested_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader, "merge-requested",
                           G_CALLBACK (on_reader_merge_requested_cb), self, G_CONNECT_SWAPPED);
  masar_graph_page_set_timeline_model (self->graph_page, masar_timeline_page_get_model (self->timeline_page));

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = g_settings_new ("io.github.masar.Masar");
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->settings, "changed::recent-folders",
                           G_CALLBACK (on_recent_changed_cb), self, G_CONNECT_SWAPPED);
  update_recent (self);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selected_item_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_row_unbind_cb), NULL);
  gtk_list_view_set_factory (self->article_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->article_list, GTK_SELECTION_MODEL (self->selection));

  drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop_target, (GType[2]) { GDK_TYPE_FILE_LIST, G_TYPE_FILE }, 2);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-loading", FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}

/**
 * masar_window_new:
 * @application: (nullable): the application
 *
 * Returns: (transfer full): a new #MasarWindow showing the welcome page
 */
MasarWindow *
masar_window_new (AdwApplication *application)
{
  g_return_val_if_fail (application == NULL || ADW_IS_APPLICATION (application), NULL);

  return g_object_new (MASAR_TYPE_WINDOW, "application", application, NULL);
}

gboolean
masar_window_get_loading (MasarWindow *self)
{
  g_return_val_if_fail (MASAR_IS_WINDOW (self), FALSE);

  return self->loading;
}

/**
 * masar_window_get_corpus:
 * @self: a #MasarWindow
 *
 * Returns: (transfer none) (nullable): the corpus shown
 */
MasarCorpus *
masar_window_get_corpus (MasarWindow *self)
{
  g_return_val_if_fail (MASAR_IS_WINDOW (self), NULL);

  return self->corpus;
}

/**
 * masar_window_get_event_set:
 * @self: a #MasarWindow
 *
 * Returns: (transfer none) (nullable): the events shown
 */
MasarEventSet *
masar_window_get_event_set (MasarWindow *self)
{
  g_return_val_if_fail (MASAR_IS_WINDOW (self), NULL);

  return self->event_set;
}

/**
 * masar_window_get_articles:
 * @self: a #MasarWindow
 *
 * Returns: (transfer none) (nullable): the #GListModel of #MasarArticle in the sidebar
 */
GListModel *
masar_window_get_articles (MasarWindow *self)
{
  g_return_val_if_fail (MASAR_IS_WINDOW (self), NULL);

  return gtk_single_selection_get_model (self->selection);
}

/**
 * masar_window_get_reader:
 * @self: a #MasarWindow
 *
 * Returns: (transfer none): the reader
 */
MasarReader *
masar_window_get_reader (MasarWindow *self)
{
  g_return_val_if_fail (MASAR_IS_WINDOW (self), NULL);

  return self->reader;
}

/**
 * masar_window_get_error_message:
 * @self: a #MasarWindow
 *
 * Returns: (nullable): the message of the last failed open, %NULL after a successful one
 */
const char *
masar_window_get_error_message (MasarWindow *self)
{
  g_return_val_if_fail (MASAR_IS_WINDOW (self), NULL);

  return self->error_message;
}

/**
 * masar_window_select_article:
 * @self: a #MasarWindow
 * @article: an article of the open corpus or events file
 *
 * Selects @article in the sidebar, which shows it in the reader.
 *
 * Returns: %TRUE if @article is in the sidebar
 */
gboolean
masar_window_select_article (MasarWindow  *self,
                             MasarArticle *article)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (MASAR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (MASAR_IS_ARTICLE (article), FALSE);

  model = gtk_single_selection_get_model (self->selection);
  n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MasarArticle) item = g_list_model_get_item (model, i);

      if (item == article)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->article_list), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * masar_window_show_event_source:
 * @self: a #MasarWindow
 * @event: an event of the open corpus or events file
 * @source_index: which of its sources to show
 *
 * Selects the source's article, switches to the reader and highlights the source sentence.
 * This is what activating an event in the events list, the timeline or the graph does.
 *
 * Returns: %TRUE if the source's article is open
 */
gboolean
masar_window_show_event_source (MasarWindow *self,
                                MasarEvent  *event,
                                guint        source_index)
{
  const MasarEventSource *source;
  MasarArticle *article = NULL;

  g_return_val_if_fail (MASAR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (MASAR_IS_EVENT (event), FALSE);

  if (source_index >= masar_event_get_n_sources (event))
    return FALSE;

  source = masar_event_get_source (event, source_index);
  if (source->article_id == NULL)
    return FALSE;

  if (self->corpus != NULL)
    article = masar_corpus_find_article (self->corpus, source->article_id);
  if (article == NULL && self->event_set != NULL)
    article = masar_event_set_find_article (self->event_set, source->article_id);
  if (article == NULL)
    return FALSE;

  masar_window_select_article (self, article);
  masar_reader_show_span (self->reader, article, source->start, source->end);
  masar_source_pane_set_source (self->reader_pane, event, source_index);

  /* On the timeline, the source shows in the pane below it, beside what was selected. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "timeline") == 0 &&
      adw_bin_get_child (self->timeline_slot) == GTK_WIDGET (self->timeline_page))
    {
      MasarSourcePane *pane = masar_timeline_page_get_source_pane (self->timeline_page);

      masar_reader_show_span (masar_source_pane_get_reader (pane), article, source->start, source->end);
      masar_source_pane_set_source (pane, event, source_index);
      adw_leaflet_set_visible_child (self->leaflet, self->content);
      return TRUE;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, "reader");
  adw_leaflet_set_visible_child (self->leaflet, self->content);

  return TRUE;
}

/**
 * masar_window_set_timeline_view:
 * @self: a #MasarWindow
 * @view: (nullable): the widget of the "Timeline" page
 *
 * Puts @view in the Timeline page, replacing the placeholder.
 */
void
masar_window_set_timeline_view (MasarWindow *self,
                                GtkWidget   *view)
{
  g_return_if_fail (MASAR_IS_WINDOW (self));
  g_return_if_fail (view == NULL || GTK_IS_WIDGET (view));

  adw_bin_set_child (self->timeline_slot, view);
}

/**
 * masar_window_set_graph_view:
 * @self: a #MasarWindow
 * @view: (nullable): the widget of the "Graph" page
 *
 * Puts @view in the Graph page, replacing the placeholder.
 */
void
masar_window_set_graph_view (MasarWindow *self,
                             GtkWidget   *view)
{
  g_return_if_fail (MASAR_IS_WINDOW (self));
  g_return_if_fail (view == NULL || GTK_IS_WIDGET (view));

  adw_bin_set_child (self->graph_slot, view);
}

/**
 * masar_window_get_visible_page:
 * @self: a #MasarWindow
 *
 * Returns: (nullable): the name of the content page shown: "reader", "events", "timeline",
 *   "graph" or "problems"
 */
const char *
masar_window_get_visible_page (MasarWindow *self)
{
  g_return_val_if_fail (MASAR_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
masar_window_set_visible_page (MasarWindow *self,
                               const char  *name)
{
  g_return_if_fail (MASAR_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}
