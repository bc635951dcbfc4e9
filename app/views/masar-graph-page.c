/* masar-graph-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Graph page: the actor graph of the events inside the timeline's visible range (or its
 * brush when one is drawn), a play control that steps a one-month window through the
 * corpus, an equivalent list of actors and links, and a side panel. Clicking an actor
 * filters the timeline to it and lists its events; clicking a link lists the events the two
 * actors share; activating a listed event emits MasarGraphPage::event-activated and the
 * window opens the reader at its sentence.
 */

#define G_LOG_DOMAIN "masar-graph-page"

#include "config.h"

#include <glib/gi18n.h>

#include "masar-graph-page.h"
#include "masar-view-util.h"

#define PLAY_INTERVAL_MS 900

struct _MasarGraphPage
{
  GtkWidget           parent_instance;

  /* Owned references */
  MasarEventSet      *event_set;
  MasarGraphModel    *graph_model;
  MasarTimelineModel *timeline_model;
  GListStore         *panel_events;
  GtkNoSelection     *panel_selection;
  GtkSingleSelection *items_selection;

  /* Template widgets */
  GtkStack           *stack;
  GtkToggleButton    *list_button;
  GtkToggleButton    *play_button;
  GtkLabel           *range_label;
  GtkPaned           *paned;
  GtkListView        *items_view;
  MasarGraphView     *graph_view;
  GtkStack           *panel_stack;
  GtkLabel           *panel_title;
  GtkLabel           *panel_subtitle;
  GtkListView        *panel_view;

  /* State */
  guint               range_idle_id;
  guint               play_id;
  gint64              play_month_begin;   /* Julian day of the first of the month shown */
};

enum {
  PROP_0,
  PROP_EVENT_SET,
  PROP_TIMELINE_MODEL,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (MasarGraphPage, masar_graph_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
actor_name (MasarGraphPage *self,
            const char     *actor_id)
{
  MasarGraphNode *node = NULL;

  if (self->graph_model != NULL)
    node = masar_graph_model_lookup_node (self->graph_model, actor_id);
  if (node != NULL && masar_graph_node_get_name_ar (node) != NULL)
    return masar_graph_node_get_name_ar (node);
  if (self->event_set != NULL)
    {
      const MasarActor *actor = masar_event_set_lookup_actor (self->event_set, actor_id);

      if (actor != NULL && actor->name_ar != NULL)
        return actor->name_ar;
    }
  return actor_id;
}

static void
set_range_label (MasarGraphPage *self,
                 gint64          begin,
                 gint64          end,
                 gboolean        month)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *text = NULL;

  if (self->timeline_model == NULL || begin == G_MININT64 || end == G_MAXINT64)
    {
      gtk_label_set_text (self->range_label, _("All dates"));
      return;
    }

  if (month)
    {
      text = masar_timeline_model_format_day (self->timeline_model, (gint32) begin,
                                              MASAR_DATE_PRECISION_MONTH, FALSE);
      gtk_label_set_text (self->range_label, text);
      return;
    }

  first = masar_timeline_model_format_day (self->timeline_model, (gint32) begin, MASAR_DATE_PRECISION_DAY, FALSE);
  last = masar_timeline_model_format_day (self->timeline_model, (gint32) end, MASAR_DATE_PRECISION_DAY, FALSE);
  /* Translators: the range of dates the graph shows, "from – to" */
  text = g_strdup_printf (_("%s – %s"), first, last);
  gtk_label_set_text (self->range_label, text);
}

static void
apply_range (MasarGraphPage *self,
             gint64          begin,
             gint64          end,
             gboolean        month)
{
  masar_graph_view_set_range (self->graph_view, begin, end);
  set_range_label (self, begin, end, month);
}

/* The timeline's brush when one is drawn, else its visible range. */
static void
follow_timeline (MasarGraphPage *self)
{
  double begin, end;

  if (self->timeline_model == NULL || self->graph_model == NULL || self->play_id != 0)
    return;

  begin = masar_timeline_model_get_brush_begin (self->timeline_model);
  end = masar_timeline_model_get_brush_end (self->timeline_model);
  if (end <= begin)
    {
      begin = masar_timeline_model_get_visible_begin (self->timeline_model);
      end = masar_timeline_model_get_visible_end (self->timeline_model);
    }

  if (end <= begin)
    apply_range (self, G_MININT64, G_MAXINT64, FALSE);
  else
    apply_range (self, (gint64) floor (begin), (gint64) ceil (end) - 1, FALSE);
}

static gboolean
range_idle_cb (gpointer data)
{
  MasarGraphPage *self = data;

  self->range_idle_id = 0;
  follow_timeline (self);
  return G_SOURCE_REMOVE;
}

static void
on_timeline_range_cb (MasarGraphPage *self)
{
  if (self->range_idle_id == 0)
    self->range_idle_id = g_idle_add (range_idle_cb, self);
}

static void
show_panel_events (MasarGraphPage *self,
                   const guint    *indices,
                   guint           n,
                   const char     *title,
                   const char     *subtitle)
{
  GListModel *events = self->event_set != NULL ? masar_event_set_get_events (self->event_set) : NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; events != NULL && i < n; i++)
    {
      gpointer event = g_list_model_get_item (events, indices[i]);

      if (event != NULL)
        g_ptr_array_add (items, event);
    }

  g_list_store_splice (self->panel_events, 0, g_list_model_get_n_items (G_LIST_MODEL (self->panel_events)),
                       items->pdata, items->len);
  gtk_label_set_text (self->panel_title, title);
  gtk_label_set_text (self->panel_subtitle, subtitle);
  gtk_stack_set_visible_child_name (self->panel_stack, "events");
}

static void
clear_panel (MasarGraphPage *self)
{
  g_list_store_remove_all (self->panel_events);
  gtk_stack_set_visible_child_name (self->panel_stack, "hint");
}

/**
 * masar_graph_page_select_actor:
 * @self: a #MasarGraphPage
 * @actor_id: (nullable): an actor of the graph, or %NULL to clear
 *
 * What clicking a node does: selects it, filters the timeline to the actor and lists the
 * actor's events (the sentences that mention it as a participant) in the side panel.
 */
void
masar_graph_page_select_actor (MasarGraphPage *self,
                               const char     *actor_id)
{
  MasarGraphNode *node = NULL;
  const guint *indices;
  guint n = 0;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (MASAR_IS_GRAPH_PAGE (self));

  if (g_strcmp0 (masar_graph_view_get_selected_node (self->graph_view), actor_id) != 0)
    masar_graph_view_set_selected_node (self->graph_view, actor_id);

  if (self->timeline_model != NULL)
    masar_timeline_model_set_actor_filter (self->timeline_model, actor_id);

  if (actor_id != NULL && self->graph_model != NULL)
    node = masar_graph_model_lookup_node (self->graph_model, actor_id);
  if (node == NULL)
    {
      clear_panel (self);
      return;
    }

  indices = masar_graph_node_get_events (node, &n);
  subtitle = g_strdup_printf (ngettext ("%u event in this range", "%u events in this range", n), n);
  show_panel_events (self, indices, n, actor_name (self, actor_id), subtitle);
}

/**
 * masar_graph_page_select_link:
 * @self: a #MasarGraphPage
 * @actor_a: one actor
 * @actor_b: the other actor
 *
 * What clicking a link does: lists the events the two actors share.
 */
void
masar_graph_page_select_link (MasarGraphPage *self,
                              const char     *actor_a,
                              const char     *actor_b)
{
  MasarGraphEdge *edge = NULL;
  const guint *indices;
  guint n = 0;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (MASAR_IS_GRAPH_PAGE (self));
  g_return_if_fail (actor_a != NULL && actor_b != NULL);

  if (self->graph_model != NULL)
    edge = masar_graph_model_lookup_edge (self->graph_model, actor_a, actor_b);
  if (edge == NULL)
    {
      clear_panel (self);
      return;
    }

  indices = masar_graph_edge_get_events (edge, &n);
  /* Translators: a link between two actors in the graph */
  title = g_strdup_printf (_("%s – %s"), actor_name (self, actor_a), actor_name (self, actor_b));
  subtitle = g_strdup_printf (ngettext ("%u shared event (%u cooperative, %u conflictual)",
                                        "%u shared events (%u cooperative, %u conflictual)", n),
                              n, masar_graph_edge_get_n_cooperative (edge), masar_graph_edge_get_n_conflictual (edge));
  show_panel_events (self, indices, n, title, subtitle);
}

static void
on_node_selected_cb (MasarGraphPage *self,
                     const char     *actor_id)
{
  masar_graph_page_select_actor (self, actor_id);
}

static void
on_edge_selected_cb (MasarGraphPage *self,
                     const char     *source_id,
                     const char     *target_id)
{
  masar_graph_page_select_link (self, source_id, target_id);
}

static void
on_panel_activate_cb (MasarGraphPage *self,
                      guint           position)
{
  g_autoptr(MasarEvent) event = g_list_model_get_item (G_LIST_MODEL (self->panel_events), position);

  if (event != NULL)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static void
on_items_activate_cb (MasarGraphPage *self,
                      guint           position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items_selection), position);

  if (MASAR_IS_GRAPH_NODE (item))
    masar_graph_page_select_actor (self, masar_graph_node_get_id (MASAR_GRAPH_NODE (item)));
  else if (MASAR_IS_GRAPH_EDGE (item))
    masar_graph_page_select_link (self,
                                  masar_graph_edge_get_source_id (MASAR_GRAPH_EDGE (item)),
                                  masar_graph_edge_get_target_id (MASAR_GRAPH_EDGE (item)));
}

static void
on_item_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "masar-arabic-label");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
on_item_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 MasarGraphPage           *self)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *title_text = NULL;
  g_autofree char *subtitle_text = NULL;
  g_autofree char *accessible = NULL;

  if (MASAR_IS_GRAPH_NODE (object))
    {
      MasarGraphNode *node = MASAR_GRAPH_NODE (object);
      guint n = masar_graph_node_get_n_events (node);
      const char *name = masar_graph_node_get_name_ar (node);

      title_text = g_strdup (name != NULL ? name : masar_graph_node_get_id (node));
      subtitle_text = g_strdup_printf (ngettext ("Actor, %u event", "Actor, %u events", n), n);
    }
  else if (MASAR_IS_GRAPH_EDGE (object))
    {
      MasarGraphEdge *edge = MASAR_GRAPH_EDGE (object);
      guint n = masar_graph_edge_get_weight (edge);

      title_text = g_strdup_printf (_("%s – %s"),
                                    actor_name (self, masar_graph_edge_get_source_id (edge)),
                                    actor_name (self, masar_graph_edge_get_target_id (edge)));
      subtitle_text = g_strdup_printf (ngettext ("Link, %u shared event (%u cooperative, %u conflictual)",
                                                 "Link, %u shared events (%u cooperative, %u conflictual)", n),
                                       n, masar_graph_edge_get_n_cooperative (edge),
                                       masar_graph_edge_get_n_conflictual (edge));
    }
  else
    return;

  gtk_label_set_text (GTK_LABEL (title), title_text);
  gtk_label_set_text (GTK_LABEL (subtitle), subtitle_text);
  accessible = g_strdup_printf ("%s, %s", title_text, subtitle_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* Play: a one-month window steps through the corpus. */

static gint64
month_start (gint64 julian)
{
  MasarDate date = MASAR_DATE_INIT;

  masar_date_from_julian (julian, &date);
  date.day = 1;
  return masar_date_to_julian (&date);
}

static gint64
next_month_start (gint64 julian)
{
  MasarDate date = MASAR_DATE_INIT;

  masar_date_from_julian (julian, &date);
  date.day = 1;
  if (date.month == 12)
    {
      date.month = 1;
      date.year++;
    }
  else
    date.month++;
  return masar_date_to_julian (&date);
}

/**
 * masar_graph_page_step_month:
 * @self: a #MasarGraphPage
 *
 * Shows the next month of the corpus (the first month when none is shown yet), as the play
 * control does on each tick.
 *
 * Returns: %FALSE when the last month was already shown
 */
gboolean
masar_graph_page_step_month (MasarGraphPage *self)
{
  gint32 first, last;
  gint64 begin;

  g_return_val_if_fail (MASAR_IS_GRAPH_PAGE (self), FALSE);

  if (self->timeline_model == NULL ||
      !masar_timeline_model_get_extent (self->timeline_model, &first, &last))
    return FALSE;

  if (self->play_month_begin == 0)
    begin = month_start (first);
  else
    begin = next_month_start (self->play_month_begin);
  if (begin > last)
    return FALSE;

  self->play_month_begin = begin;
  apply_range (self, begin, next_month_start (begin) - 1, TRUE);
  return TRUE;
}

static gboolean
play_tick_cb (gpointer data)
{
  MasarGraphPage *self = data;

  if (masar_graph_page_step_month (self))
    return G_SOURCE_CONTINUE;

  /* The end: stop, keeping the last month on screen. */
  self->play_id = 0;
  gtk_toggle_button_set_active (self->play_button, FALSE);
  return G_SOURCE_REMOVE;
}

static void
update_play_button (MasarGraphPage *self)
{
  gboolean playing = self->play_id != 0;

  gtk_button_set_icon_name (GTK_BUTTON (self->play_button),
                            playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button),
                               playing ? _("Pause") : _("Play the Months"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  playing ? _("Pause") : _("Play the months"),
                                  -1);
}

static void
on_play_toggled_cb (MasarGraphPage *self)
{
  masar_graph_page_set_playing (self, gtk_toggle_button_get_active (self->play_button));
}

gboolean
masar_graph_page_get_playing (MasarGraphPage *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_PAGE (self), FALSE);

  return self->play_id != 0;
}

/**
 * masar_graph_page_set_playing:
 * @self: a #MasarGraphPage
 * @playing: whether to step through the months
 *
 * Starts stepping a one-month window from the first month of the corpus (one month every
 * 0.9 s, stopping after the last), or stops. Stopping by hand goes back to following the
 * timeline; reaching the end keeps the last month shown.
 */
void
masar_graph_page_set_playing (MasarGraphPage *self,
                              gboolean        playing)
{
  g_return_if_fail (MASAR_IS_GRAPH_PAGE (self));

  if (gtk_toggle_button_get_active (self->play_button) != playing)
    {
      gtk_toggle_button_set_active (self->play_button, playing);
      return;
    }

  if (playing && self->play_id == 0)
    {
      self->play_month_begin = 0;
      if (masar_graph_page_step_month (self))
        self->play_id = g_timeout_add (PLAY_INTERVAL_MS, play_tick_cb, self);
      else
        gtk_toggle_button_set_active (self->play_button, FALSE);
    }
  else if (!playing && self->play_id != 0)
    {
      g_clear_handle_id (&self->play_id, g_source_remove);
      self->play_month_begin = 0;
      follow_timeline (self);
    }
  update_play_button (self);
}

/* Actions */

static void
fit_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  masar_graph_view_fit (MASAR_GRAPH_PAGE (widget)->graph_view);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  MasarGraphView *view = MASAR_GRAPH_PAGE (widget)->graph_view;
  double factor = g_str_equal (action_name, "graph-page.zoom-in") ? 1.25 : 0.8;

  masar_graph_view_set_zoom (view, masar_graph_view_get_zoom (view) * factor);
}

static void
on_exported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MasarGraphPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!masar_graph_view_export_finish (MASAR_GRAPH_VIEW (object), result, &error))
    masar_show_export_error (GTK_WIDGET (self), _("Could Not Export the Graph"), error);
}

static void
start_export (GtkWidget         *page,
              GFile             *file,
              MasarExportFormat  format)
{
  MasarGraphPage *self = MASAR_GRAPH_PAGE (page);

  masar_graph_view_export_async (self->graph_view, file, (MasarGraphExportFormat) format, NULL,
                                 on_exported_cb, g_object_ref (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  /* Translators: the file name offered when exporting the graph; keep it a file name */
  masar_choose_export_file (widget, g_variant_get_string (param, NULL), _("Export the Graph"),
                            _("actor-graph"), start_export);
}

static void
masar_graph_page_dispose (GObject *object)
{
  MasarGraphPage *self = (MasarGraphPage *)object;

  g_clear_handle_id (&self->range_idle_id, g_source_remove);
  g_clear_handle_id (&self->play_id, g_source_remove);
  masar_graph_page_set_timeline_model (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), MASAR_TYPE_GRAPH_PAGE);
  g_clear_object (&self->items_selection);
  g_clear_object (&self->panel_selection);
  g_clear_object (&self->panel_events);
  g_clear_object (&self->graph_model);
  g_clear_object (&self->event_set);

  G_OBJECT_CLASS (masar_graph_page_parent_class)->dispose (object);
}

static void
masar_graph_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MasarGraphPage *self = MASAR_GRAPH_PAGE (object);

  switch (prop_id)
    {
    case PROP_EVENT_SET:
      g_value_set_object (value, self->event_set);
      break;
    case PROP_TIMELINE_MODEL:
      g_value_set_object (value, self->timeline_model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_graph_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MasarGraphPage *self = MASAR_GRAPH_PAGE (object);

  switch (prop_id)
    {
    case PROP_EVENT_SET:
      masar_graph_page_set_event_set (self, g_value_get_object (value));
      break;
    case PROP_TIMELINE_MODEL:
      masar_graph_page_set_timeline_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_graph_page_class_init (MasarGraphPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = masar_graph_page_dispose;
  object_class->get_property = masar_graph_page_get_property;
  object_class->set_property = masar_graph_page_set_property;

  /**
   * MasarGraphPage:event-set:
   *
   * The events whose actors are drawn, or %NULL.
   */
  properties[PROP_EVENT_SET] =
    g_param_spec_object ("event-set", NULL, NULL, MASAR_TYPE_EVENT_SET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarGraphPage:timeline-model:
   *
   * The timeline's view-model: the graph follows its range and filters it by actor.
   */
  properties[PROP_TIMELINE_MODEL] =
    g_param_spec_object ("timeline-model", NULL, NULL, MASAR_TYPE_TIMELINE_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MasarGraphPage::event-activated:
   * @self: a #MasarGraphPage
   * @event: the #MasarEvent activated in the side panel
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MASAR_TYPE_EVENT);

  g_type_ensure (MASAR_TYPE_GRAPH_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/masar/Masar/ui/masar-graph-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MasarGraphPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MasarGraphPage, list_button);
  gtk_widget_class_bind_template_child (widget_class, MasarGraphPage, play_button);
  gtk_widget_class_bind_template_child (widget_class, MasarGraphPage, range_label);
  gtk_widget_class_bind_template_child (widget_class, MasarGraphPage, paned);
  gtk_widget_class_bind_template_child (widget_class, MasarGraphPage, items_view);
  gtk_widget_class_bind_template_child (widget_class, MasarGraphPage, graph_view);
  gtk_widget_class_bind_template_child (widget_class, MasarGraphPage, panel_stack);
  gtk_widget_class_bind_template_child (widget_class, MasarGraphPage, panel_title);
  gtk_widget_class_bind_template_child (widget_class, MasarGraphPage, panel_subtitle);
  gtk_widget_class_bind_template_child (widget_class, MasarGraphPage, panel_view);
  gtk_widget_class_bind_template_callback (widget_class, on_play_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_node_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_edge_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_panel_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_items_activate_cb);

  gtk_widget_class_install_action (widget_class, "graph-page.fit", NULL, fit_action);
  gtk_widget_class_install_action (widget_class, "graph-page.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "graph-page.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "graph-page.export", "s", export_action);
  gtk_widget_class_set_css_name (widget_class, "graphpage");
}

static void
masar_graph_page_init (MasarGraphPage *self)
{
  g_autoptr(GtkListItemFactory) panel_factory = NULL;
  GtkListItemFactory *items_factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->panel_events = g_list_store_new (MASAR_TYPE_EVENT);
  self->panel_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->panel_events)));
  panel_factory = masar_event_row_factory_new (G_OBJECT (self));
  gtk_list_view_set_factory (self->panel_view, panel_factory);
  gtk_list_view_set_model (self->panel_view, GTK_SELECTION_MODEL (self->panel_selection));

  self->items_selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->items_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->items_selection, TRUE);
  gtk_single_selection_set_model (self->items_selection, masar_graph_view_get_items (self->graph_view));
  items_factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (items_factory, "setup", G_CALLBACK (on_item_setup_cb), NULL);
  g_signal_connect (items_factory, "bind", G_CALLBACK (on_item_bind_cb), self);
  gtk_list_view_set_factory (self->items_view, items_factory);
  g_object_unref (items_factory);
  gtk_list_view_set_model (self->items_view, GTK_SELECTION_MODEL (self->items_selection));

  gtk_paned_set_position (self->paned, 700);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_stack_set_visible_child_name (self->panel_stack, "hint");
  set_range_label (self, G_MININT64, G_MAXINT64, FALSE);
  update_play_button (self);
}

GtkWidget *
masar_graph_page_new (void)
{
  return g_object_new (MASAR_TYPE_GRAPH_PAGE, NULL);
}

MasarEventSet *
masar_graph_page_get_event_set (MasarGraphPage *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_PAGE (self), NULL);

  return self->event_set;
}

/**
 * masar_graph_page_set_event_set:
 * @self: a #MasarGraphPage
 * @event_set: (nullable): the events whose actors to draw
 */
void
masar_graph_page_set_event_set (MasarGraphPage *self,
                                MasarEventSet  *event_set)
{
  gboolean any = FALSE;

  g_return_if_fail (MASAR_IS_GRAPH_PAGE (self));
  g_return_if_fail (event_set == NULL || MASAR_IS_EVENT_SET (event_set));

  if (!g_set_object (&self->event_set, event_set))
    return;

  masar_graph_page_set_playing (self, FALSE);
  clear_panel (self);
  g_clear_object (&self->graph_model);
  if (event_set != NULL)
    {
      self->graph_model = masar_graph_model_new (event_set);
      any = g_list_model_get_n_items (masar_event_set_get_events (event_set)) > 0;
    }
  masar_graph_view_set_model (self->graph_view, self->graph_model);
  gtk_single_selection_set_model (self->items_selection, masar_graph_view_get_items (self->graph_view));
  gtk_stack_set_visible_child_name (self->stack, any ? "graph" : "empty");
  follow_timeline (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_SET]);
}

MasarTimelineModel *
masar_graph_page_get_timeline_model (MasarGraphPage *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_PAGE (self), NULL);

  return self->timeline_model;
}

/**
 * masar_graph_page_set_timeline_model:
 * @self: a #MasarGraphPage
 * @model: (nullable): the timeline's view-model to follow
 */
void
masar_graph_page_set_timeline_model (MasarGraphPage     *self,
                                     MasarTimelineModel *model)
{
  static const char *signals_followed[] = {
    "notify::visible-begin", "notify::visible-end", "notify::brush-begin", "notify::brush-end",
  };

  g_return_if_fail (MASAR_IS_GRAPH_PAGE (self));
  g_return_if_fail (model == NULL || MASAR_IS_TIMELINE_MODEL (model));

  if (self->timeline_model == model)
    return;

  if (self->timeline_model != NULL)
    g_signal_handlers_disconnect_by_data (self->timeline_model, self);
  g_set_object (&self->timeline_model, model);
  if (model != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (signals_followed); i++)
      g_signal_connect_object (model, signals_followed[i], G_CALLBACK (on_timeline_range_cb),
                               self, G_CONNECT_SWAPPED);

  follow_timeline (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE_MODEL]);
}

/**
 * masar_graph_page_get_graph_view:
 * @self: a #MasarGraphPage
 *
 * Returns: (transfer none): the graph widget
 */
MasarGraphView *
masar_graph_page_get_graph_view (MasarGraphPage *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_PAGE (self), NULL);

  return self->graph_view;
}

/**
 * masar_graph_page_get_panel_events:
 * @self: a #MasarGraphPage
 *
 * Returns: (transfer none): the #MasarEvent listed in the side panel
 */
GListModel *
masar_graph_page_get_panel_events (MasarGraphPage *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_PAGE (self), NULL);

  return G_LIST_MODEL (self->panel_events);
}
