/* masar-view-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small pieces the pages share: the row of an event in the side lists of the timeline and
 * graph pages, and a save dialog for exports (GtkFileChooserNative on GTK 4.8, GtkFileDialog
 * from GTK 4.10).
 */

#define G_LOG_DOMAIN "masar-view-util"

#include "config.h"

#include <glib/gi18n.h>

#include "masar-events-page.h"
#include "masar-reader.h"
#include "masar-view-util.h"

/**
 * masar_event_dup_actor_names:
 * @event: a #MasarEvent
 * @event_set: (nullable): the set that names the actors
 *
 * Returns: (transfer full): the event's actors, by their Arabic names, separated by commas
 */
char *
masar_event_dup_actor_names (MasarEvent    *event,
                             MasarEventSet *event_set)
{
  g_autoptr(GString) s = g_string_new (NULL);

  g_return_val_if_fail (MASAR_IS_EVENT (event), NULL);

  for (guint i = 0; i < masar_event_get_n_actors (event); i++)
    {
      const MasarEventActor *ea = masar_event_get_actor (event, i);
      const MasarActor *actor = NULL;

      if (event_set != NULL)
        actor = masar_event_set_lookup_actor (event_set, ea->actor_id);
      if (s->len > 0)
        /* Translators: separates the actors of an event */
        g_string_append (s, _(", "));
      g_string_append (s, actor != NULL && actor->name_ar != NULL ? actor->name_ar : ea->actor_id);
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * masar_event_dup_date_text:
 * @event: a #MasarEvent
 *
 * Returns: (transfer full): the event's date (or span of dates) in words, or "Undated"
 */
char *
masar_event_dup_date_text (MasarEvent *event)
{
  MasarDate d = MASAR_DATE_INIT;
  MasarDate d_end = MASAR_DATE_INIT;
  g_autofree char *date_str = NULL;
  g_autofree char *end_str = NULL;

  g_return_val_if_fail (MASAR_IS_EVENT (event), NULL);

  masar_event_get_date (event, &d, &d_end);
  date_str = masar_format_date (&d);
  end_str = masar_format_date (&d_end);
  if (date_str != NULL && end_str != NULL)
    /* Translators: a span of dates, "from – to" */
    return g_strdup_printf (_("%s – %s"), date_str, end_str);
  if (date_str != NULL)
    return g_steal_pointer (&date_str);
  return g_strdup (_("Undated"));
}

static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *type = gtk_label_new (NULL);
  GtkWidget *date = gtk_label_new (NULL);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *actors = gtk_label_new (NULL);

  gtk_widget_set_margin_top (column, 6);
  gtk_widget_set_margin_bottom (column, 6);
  gtk_widget_set_margin_start (column, 6);
  gtk_widget_set_margin_end (column, 6);

  gtk_widget_set_halign (type, GTK_ALIGN_START);
  gtk_widget_add_css_class (type, "masar-event-type");
  gtk_label_set_xalign (GTK_LABEL (date), 0);
  gtk_label_set_ellipsize (GTK_LABEL (date), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (date, "masar-event-date");
  gtk_widget_add_css_class (date, "dim-label");
  gtk_widget_add_css_class (date, "caption");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "masar-arabic-label");

  gtk_label_set_xalign (GTK_LABEL (actors), 0);
  gtk_label_set_ellipsize (GTK_LABEL (actors), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (actors, "dim-label");
  gtk_widget_add_css_class (actors, "caption");
  gtk_widget_add_css_class (actors, "masar-arabic-label");

  gtk_box_append (GTK_BOX (top), type);
  gtk_box_append (GTK_BOX (top), date);
  gtk_box_append (GTK_BOX (column), top);
  gtk_box_append (GTK_BOX (column), label);
  gtk_box_append (GTK_BOX (column), actors);
  gtk_list_item_set_child (item, column);
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GWeakRef *owner_ref = user_data;
  g_autoptr(GObject) owner = g_weak_ref_get (owner_ref);
  g_autoptr(MasarEventSet) event_set = NULL;
  MasarEvent *event = gtk_list_item_get_item (item);
  GtkWidget *column = gtk_list_item_get_child (item);
  GtkWidget *top = gtk_widget_get_first_child (column);
  GtkWidget *type = gtk_widget_get_first_child (top);
  GtkWidget *date = gtk_widget_get_next_sibling (type);
  GtkWidget *label = gtk_widget_get_next_sibling (top);
  GtkWidget *actors = gtk_widget_get_next_sibling (label);
  g_autofree char *date_str = NULL;
  g_autofree char *actors_str = NULL;
  g_autofree char *accessible = NULL;
  const char *text;
  const char *type_words;

  if (!MASAR_IS_EVENT (event))
    return;

  if (owner != NULL)
    g_object_get (owner, "event-set", &event_set, NULL);

  date_str = masar_event_dup_date_text (event);
  type_words = masar_event_type_to_words (masar_event_get_event_type (event));
  text = masar_event_get_label (event);
  actors_str = masar_event_dup_actor_names (event, event_set);

  gtk_label_set_text (GTK_LABEL (type), type_words);
  gtk_label_set_text (GTK_LABEL (date), date_str);
  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  gtk_label_set_text (GTK_LABEL (actors), actors_str);
  gtk_widget_set_visible (actors, *actors_str != '\0');

  /* Translators: how a screen reader reads an event row: type, date, label */
  accessible = g_strdup_printf (_("%s, %s: %s"), type_words, date_str, text != NULL ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (column),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
weak_ref_free (gpointer data,
               GClosure *closure)
{
  GWeakRef *ref = data;

  g_weak_ref_clear (ref);
  g_free (ref);
}

/**
 * masar_event_row_factory_new:
 * @owner: an object with an "event-set" property, which names the actors
 *
 * A factory for lists of #MasarEvent in the side panels: type, date, Arabic label and
 * actors, with an accessible label.
 *
 * Returns: (transfer full): a new #GtkListItemFactory
 */
GtkListItemFactory *
masar_event_row_factory_new (GObject *owner)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_return_val_if_fail (G_IS_OBJECT (owner), NULL);

  g_weak_ref_init (ref, owner);
  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup_cb), NULL);
  g_signal_connect_data (factory, "bind", G_CALLBACK (on_row_bind_cb), ref, weak_ref_free, 0);
  return factory;
}

typedef struct
{
  MasarSaveFunc  func;
  gpointer       user_data;
  GDestroyNotify destroy;
} SaveData;

static void
save_data_free (SaveData *data)
{
  if (data->destroy != NULL)
    data->destroy (data->user_data);
  g_free (data);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_save_chosen_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  SaveData *data = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (file != NULL)
    data->func (file, data->user_data);
  save_data_free (data);
}
#else
static void
on_save_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  SaveData *data = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        data->func (file, data->user_data);
    }
  save_data_free (data);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}
#endif

/**
 * masar_choose_save_file:
 * @parent: a widget in the window the dialog belongs to
 * @title: the dialog's title
 * @suggested_name: the file name offered
 * @func: called with the chosen file
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data once the dialog is gone
 *
 * Asks where to save a file.
 */
void
masar_choose_save_file (GtkWidget      *parent,
                        const char     *title,
                        const char     *suggested_name,
                        MasarSaveFunc   func,
                        gpointer        user_data,
                        GDestroyNotify  destroy)
{
  SaveData *data;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (func != NULL);

  data = g_new0 (SaveData, 1);
  data->func = func;
  data->user_data = user_data;
  data->destroy = destroy;
  root = gtk_widget_get_root (parent);

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_initial_name (dialog, suggested_name);
    gtk_file_dialog_save (dialog, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL,
                          on_save_chosen_cb, data);
  }
#else
  {
    GtkFileChooserNative *chooser;

    chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                           GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
    g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb), data);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  }
#endif
}

typedef struct
{
  GtkWidget         *page;
  MasarExportFormat  format;
  MasarExportFunc    func;
} ExportData;

static void
export_data_free (gpointer user_data)
{
  ExportData *data = user_data;

  g_object_unref (data->page);
  g_free (data);
}

static void
on_export_file_chosen (GFile    *file,
                       gpointer  user_data)
{
  ExportData *data = user_data;

  data->func (data->page, file, data->format);
}

/**
 * masar_choose_export_file:
 * @page: the page exporting, kept alive until the dialog is gone
 * @kind: the export action's parameter: "svg", "pdf", or anything else for PNG
 * @title: the dialog's title
 * @base_name: the file name offered, without its extension
 * @func: starts the export once the user chose a file
 *
 * Asks where to export a view, offering @base_name with the format's extension.
 */
void
masar_choose_export_file (GtkWidget       *page,
                          const char      *kind,
                          const char      *title,
                          const char      *base_name,
                          MasarExportFunc  func)
{
  ExportData *data;
  g_autofree char *name = NULL;
  const char *extension;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (func != NULL);

  data = g_new0 (ExportData, 1);
  data->page = g_object_ref (page);
  data->func = func;
  if (g_strcmp0 (kind, "svg") == 0)
    {
      data->format = MASAR_EXPORT_SVG;
      extension = "svg";
    }
  else if (g_strcmp0 (kind, "pdf") == 0)
    {
      data->format = MASAR_EXPORT_PDF;
      extension = "pdf";
    }
  else
    {
      data->format = MASAR_EXPORT_PNG;
      extension = "png";
    }

  name = g_strdup_printf ("%s.%s", base_name, extension);
  masar_choose_save_file (page, title, name, on_export_file_chosen, data, export_data_free);
}

/**
 * masar_show_export_error:
 * @page: the page that exported
 * @heading: the dialog's heading
 * @error: what went wrong
 *
 * Tells the user an export failed, in a dialog over @page's window. A cancelled export
 * is not a failure: nothing is shown.
 */
void
masar_show_export_error (GtkWidget    *page,
                         const char   *heading,
                         const GError *error)
{
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (error != NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  root = gtk_widget_get_root (page);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
