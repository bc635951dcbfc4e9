/* masar-source-pane.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader with a bar above it for the event being read: "Source 2 of 3" with buttons to step
 * through the event's sources. The pane does not look articles up; it asks for a source with
 * MasarSourcePane::source-requested and the window shows it (masar_window_show_event_source()).
 */

#define G_LOG_DOMAIN "masar-source-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "masar-events-page.h"
#include "masar-source-pane.h"

struct _MasarSourcePane
{
  GtkWidget    parent_instance;

  MasarEvent  *event;
  guint        source_index;

  GtkWidget   *box;
  GtkWidget   *revealer;
  GtkWidget   *prev_button;
  GtkWidget   *next_button;
  GtkWidget   *position_label;
  GtkWidget   *event_label;
  GtkWidget   *separator;
  GtkWidget   *placeholder;
  MasarReader *reader;
};

enum {
  SOURCE_REQUESTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (MasarSourcePane, masar_source_pane, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

static void
update_bar (MasarSourcePane *self)
{
  guint n = self->event != NULL ? masar_event_get_n_sources (self->event) : 0;
  g_autofree char *position = NULL;
  g_autofree char *event_text = NULL;
  const char *label;
  gboolean empty = self->placeholder != NULL && self->event == NULL;

  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), n > 0);
  gtk_widget_set_visible (self->separator, !empty);
  gtk_widget_set_visible (GTK_WIDGET (self->reader), !empty);
  if (self->placeholder != NULL)
    gtk_widget_set_visible (self->placeholder, empty);
  if (n == 0)
    return;

  /* Translators: which of an event's source sentences is shown */
  position = g_strdup_printf (_("Source %u of %u"), self->source_index + 1, n);
  gtk_label_set_text (GTK_LABEL (self->position_label), position);

  label = masar_event_get_label (self->event);
  /* Translators: the event whose sources are shown: its type and its label */
  event_text = g_strdup_printf (_("%s: %s"),
                                masar_event_type_to_words (masar_event_get_event_type (self->event)),
                                label != NULL ? label : "");
  gtk_label_set_text (GTK_LABEL (self->event_label), event_text);
  gtk_widget_set_tooltip_text (self->event_label, event_text);

  gtk_widget_set_sensitive (self->prev_button, self->source_index > 0);
  gtk_widget_set_sensitive (self->next_button, self->source_index + 1 < n);
  gtk_widget_set_visible (self->prev_button, n > 1);
  gtk_widget_set_visible (self->next_button, n > 1);
}

static void
step (MasarSourcePane *self,
      int              direction)
{
  guint n;
  guint index;

  if (self->event == NULL)
    return;

  n = masar_event_get_n_sources (self->event);
  if (direction < 0 && self->source_index == 0)
    return;
  index = direction < 0 ? self->source_index - 1 : self->source_index + 1;
  if (index >= n)
    return;

  g_signal_emit (self, signals[SOURCE_REQUESTED], 0, self->event, index);
}

static void
on_prev_clicked_cb (MasarSourcePane *self)
{
  step (self, -1);
}

static void
on_next_clicked_cb (MasarSourcePane *self)
{
  step (self, 1);
}

static void
masar_source_pane_dispose (GObject *object)
{
  MasarSourcePane *self = (MasarSourcePane *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (masar_source_pane_parent_class)->dispose (object);
}

static void
masar_source_pane_class_init (MasarSourcePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = masar_source_pane_dispose;

  /**
   * MasarSourcePane::source-requested:
   * @self: a #MasarSourcePane
   * @event: the event being read
   * @source_index: the source asked for
   *
   * The user asked for another source of the event (the previous or next button).
   */
  signals[SOURCE_REQUESTED] =
    g_signal_new ("source-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, MASAR_TYPE_EVENT, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
masar_source_pane_init (MasarSourcePane *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_widget_add_css_class (bar, "toolbar");
  gtk_widget_add_css_class (bar, "masar-source-bar");

  self->prev_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->prev_button, _("Previous Source"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->prev_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Previous Source"), -1);
  g_signal_connect_swapped (self->prev_button, "clicked", G_CALLBACK (on_prev_clicked_cb), self);

  self->next_button = gtk_button_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_tooltip_text (self->next_button, _("Next Source"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Next Source"), -1);
  g_signal_connect_swapped (self->next_button, "clicked", G_CALLBACK (on_next_clicked_cb), self);

  self->position_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->position_label, "heading");
  gtk_widget_add_css_class (self->position_label, "numeric");

  self->event_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->event_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->event_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (self->event_label, TRUE);
  gtk_widget_add_css_class (self->event_label, "dim-label");
  gtk_widget_add_css_class (self->event_label, "masar-arabic-label");

  gtk_box_append (GTK_BOX (bar), self->prev_button);
  gtk_box_append (GTK_BOX (bar), self->position_label);
  gtk_box_append (GTK_BOX (bar), self->next_button);
  gtk_box_append (GTK_BOX (bar), self->event_label);

  self->revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), bar);
  gtk_box_append (GTK_BOX (self->box), self->revealer);
  self->separator = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_box_append (GTK_BOX (self->box), self->separator);

  self->reader = MASAR_READER (masar_reader_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->reader), TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->reader));

  update_bar (self);
}

GtkWidget *
masar_source_pane_new (void)
{
  return g_object_new (MASAR_TYPE_SOURCE_PANE, NULL);
}

/**
 * masar_source_pane_get_reader:
 * @self: a #MasarSourcePane
 *
 * Returns: (transfer none): the pane's reader
 */
MasarReader *
masar_source_pane_get_reader (MasarSourcePane *self)
{
  g_return_val_if_fail (MASAR_IS_SOURCE_PANE (self), NULL);

  return self->reader;
}

/**
 * masar_source_pane_get_event:
 * @self: a #MasarSourcePane
 *
 * Returns: (transfer none) (nullable): the event whose source is shown
 */
MasarEvent *
masar_source_pane_get_event (MasarSourcePane *self)
{
  g_return_val_if_fail (MASAR_IS_SOURCE_PANE (self), NULL);

  return self->event;
}

guint
masar_source_pane_get_source_index (MasarSourcePane *self)
{
  g_return_val_if_fail (MASAR_IS_SOURCE_PANE (self), 0);

  return self->source_index;
}

/**
 * masar_source_pane_get_position_text:
 * @self: a #MasarSourcePane
 *
 * Returns: the text of the bar's position label, such as "Source 2 of 3"
 */
const char *
masar_source_pane_get_position_text (MasarSourcePane *self)
{
  g_return_val_if_fail (MASAR_IS_SOURCE_PANE (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->position_label));
}

/**
 * masar_source_pane_set_placeholder:
 * @self: a #MasarSourcePane
 * @icon_name: (nullable): the placeholder's icon, or %NULL for none (it fits short panes)
 * @title: its title
 * @description: (nullable): its description
 *
 * Shows a compact status page instead of the reader while no event is set (a pane that reads
 * events' sources only, such as the timeline's, has nothing to show until one is selected).
 * Without a placeholder the reader is always shown.
 */
void
masar_source_pane_set_placeholder (MasarSourcePane *self,
                                   const char      *icon_name,
                                   const char      *title,
                                   const char      *description)
{
  g_return_if_fail (MASAR_IS_SOURCE_PANE (self));
  g_return_if_fail (title != NULL);

  if (self->placeholder == NULL)
    {
      self->placeholder = adw_status_page_new ();
      gtk_widget_add_css_class (self->placeholder, "compact");
      gtk_widget_set_vexpand (self->placeholder, TRUE);
      gtk_box_append (GTK_BOX (self->box), self->placeholder);
    }
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->placeholder), icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (self->placeholder), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (self->placeholder), description);
  update_bar (self);
}

/**
 * masar_source_pane_set_source:
 * @self: a #MasarSourcePane
 * @event: (nullable): the event read, or %NULL to hide the bar
 * @source_index: which of its sources the reader shows
 *
 * Updates the bar; the caller shows the source in masar_source_pane_get_reader().
 */
void
masar_source_pane_set_source (MasarSourcePane *self,
                              MasarEvent      *event,
                              guint            source_index)
{
  g_return_if_fail (MASAR_IS_SOURCE_PANE (self));
  g_return_if_fail (event == NULL || MASAR_IS_EVENT (event));

  g_set_object (&self->event, event);
  self->source_index = source_index;
  update_bar (self);
}
