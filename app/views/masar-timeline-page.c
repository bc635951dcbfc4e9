/* masar-timeline-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Timeline page: a toolbar (list, search, lanes, type and modality filters, Hijri,
 * zoom, export), the timeline with an equivalent list of its visible events beside it, and
 * a reader pane below that shows the source of the selected event. Selecting in the list
 * selects in the timeline and the other way round; selecting or activating an event emits
 * MasarTimelinePage::event-activated, and the window shows its source in the pane.
 */

#define G_LOG_DOMAIN "masar-timeline-page"

#include "config.h"

#include <glib/gi18n.h>

#include "masar-events-page.h"
#include "masar-timeline-page.h"
#include "masar-view-util.h"

struct _MasarTimelinePage
{
  GtkWidget           parent_instance;

  /* Owned references */
  MasarEventSet      *event_set;
  MasarTimelineModel *model;
  GListModel         *visible_events;
  GtkSingleSelection *selection;
  GHashTable         *items_by_event;   /* MasarEvent* → item + 1 */
  GtkCheckButton     *type_checks[MASAR_N_EVENT_TYPES];
  GtkLabel           *type_labels[MASAR_N_EVENT_TYPES];
  GtkCheckButton     *modality_checks[MASAR_N_MODALITIES];

  /* Template widgets */
  GtkStack           *stack;
  GtkToggleButton    *list_button;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *lanes_dropdown;
  GtkMenuButton      *types_button;
  GtkMenuButton      *modalities_button;
  GtkBox             *types_box;
  GtkBox             *modalities_box;
  GtkWidget          *actor_chip;
  GtkLabel           *actor_label;
  GtkLabel           *count_label;
  GtkPaned           *paned;
  GtkListView        *list_view;
  MasarTimeline      *timeline;
  MasarSourcePane    *source_pane;

  guint               syncing : 1;
  guint               fit_pending : 1;
};

enum {
  PROP_0,
  PROP_EVENT_SET,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  SOURCE_REQUESTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (MasarTimelinePage, masar_timeline_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *type_css[MASAR_N_EVENT_TYPES] = {
  "talks", "call", "proposal", "agreement", "ceasefire", "prisoner-exchange",
  "statement", "rejection", "pressure", "aid", "military",
};

static const char *
modality_to_words (MasarModality modality)
{
  switch (modality)
    {
    case MASAR_MODALITY_ASSERTED:
      return C_("modality", "Reported as fact");
    case MASAR_MODALITY_PLANNED:
      return C_("modality", "Planned");
    case MASAR_MODALITY_PROPOSED:
      return C_("modality", "Proposed");
    case MASAR_MODALITY_DEMANDED:
      return C_("modality", "Demanded");
    case MASAR_MODALITY_DENIED:
      return C_("modality", "Denied");
    case MASAR_MODALITY_HYPOTHETICAL:
      return C_("modality", "Hypothetical");
    case MASAR_N_MODALITIES:
    default:
      return C_("modality", "Other");
    }
}

/* The events in the model's item order, so the list and the timeline can find each other. */
static void
ensure_items_by_event (MasarTimelinePage *self)
{
  guint n = masar_timeline_model_get_n_items (self->model);

  if (g_hash_table_size (self->items_by_event) == n)
    return;

  g_hash_table_remove_all (self->items_by_event);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MasarEvent) event = masar_timeline_model_get_item_event (self->model, i);

      /* The event set owns its events; a key outlives this function. */
      g_hash_table_insert (self->items_by_event, event, GUINT_TO_POINTER (i + 1));
    }
}

/**
 * masar_timeline_page_find_item:
 * @self: a #MasarTimelinePage
 * @event: an event of the page's event set
 *
 * Returns: the timeline item of @event, or %G_MAXUINT
 */
guint
masar_timeline_page_find_item (MasarTimelinePage *self,
                               MasarEvent        *event)
{
  gpointer value;

  g_return_val_if_fail (MASAR_IS_TIMELINE_PAGE (self), G_MAXUINT);
  g_return_val_if_fail (MASAR_IS_EVENT (event), G_MAXUINT);

  if (self->event_set == NULL)
    return G_MAXUINT;

  ensure_items_by_event (self);
  value = g_hash_table_lookup (self->items_by_event, event);
  return value != NULL ? GPOINTER_TO_UINT (value) - 1 : G_MAXUINT;
}

static void
update_count (MasarTimelinePage *self)
{
  guint n = masar_timeline_model_get_n_items (self->model);
  guint shown = masar_timeline_model_get_n_filtered (self->model);
  g_autofree char *text = NULL;

  if (shown == n)
    text = g_strdup_printf (ngettext ("%u event", "%u events", n), n);
  else
    /* Translators: events left by the filters, out of all events */
    text = g_strdup_printf (ngettext ("%u of %u event", "%u of %u events", n), shown, n);
  gtk_label_set_text (self->count_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->count_label), text);
}

static void
update_type_labels (MasarTimelinePage *self)
{
  for (guint t = 0; t < MASAR_N_EVENT_TYPES; t++)
    {
      guint count = 0;
      g_autofree char *text = NULL;

      if (self->event_set != NULL)
        count = masar_timeline_model_get_type_count (self->model, t);
      /* Translators: an event type and how many events have it */
      text = g_strdup_printf (_("%s (%u)"), masar_event_type_to_words (t), count);
      gtk_label_set_text (self->type_labels[t], text);
    }
}

static void
update_filter_buttons (MasarTimelinePage *self)
{
  guint types = masar_timeline_model_get_type_mask (self->model);
  guint modalities = masar_timeline_model_get_modality_mask (self->model);
  guint all_types = (1u << MASAR_N_EVENT_TYPES) - 1;
  guint all_modalities = (1u << MASAR_N_MODALITIES) - 1;

  if ((types & all_types) == all_types)
    gtk_widget_remove_css_class (GTK_WIDGET (self->types_button), "accent");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->types_button), "accent");

  if ((modalities & all_modalities) == all_modalities)
    gtk_widget_remove_css_class (GTK_WIDGET (self->modalities_button), "accent");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->modalities_button), "accent");
}

static void
on_type_toggled_cb (MasarTimelinePage *self)
{
  guint mask = 0;

  if (self->syncing)
    return;

  for (guint t = 0; t < MASAR_N_EVENT_TYPES; t++)
    if (gtk_check_button_get_active (self->type_checks[t]))
      mask |= 1u << t;
  masar_timeline_model_set_type_mask (self->model, mask);
  update_filter_buttons (self);
}

static void
on_modality_toggled_cb (MasarTimelinePage *self)
{
  guint mask = 0;

  if (self->syncing)
    return;

  for (guint m = 0; m < MASAR_N_MODALITIES; m++)
    if (gtk_check_button_get_active (self->modality_checks[m]))
      mask |= 1u << m;
  masar_timeline_model_set_modality_mask (self->model, mask);
  update_filter_buttons (self);
}

static void
build_filters (MasarTimelinePage *self)
{
  for (guint t = 0; t < MASAR_N_EVENT_TYPES; t++)
    {
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *dot = gtk_label_new (NULL);
      GtkWidget *label = gtk_label_new (NULL);
      g_autofree char *css = g_strconcat ("masar-type-", type_css[t], NULL);

      gtk_widget_set_size_request (dot, 12, 12);
      gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (dot, "masar-type-dot");
      gtk_widget_add_css_class (dot, css);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), dot);
      gtk_box_append (GTK_BOX (box), label);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_type_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->types_box, check);

      self->type_checks[t] = GTK_CHECK_BUTTON (check);
      self->type_labels[t] = GTK_LABEL (label);
    }

  for (guint m = 0; m < MASAR_N_MODALITIES; m++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (modality_to_words (m));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_modality_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->modalities_box, check);
      self->modality_checks[m] = GTK_CHECK_BUTTON (check);
    }

  update_type_labels (self);
}

static void
on_actor_filter_changed_cb (MasarTimelinePage *self)
{
  const char *actor_id = masar_timeline_model_get_actor_filter (self->model);
  const MasarActor *actor = NULL;
  g_autofree char *tooltip = NULL;

  gtk_widget_set_visible (self->actor_chip, actor_id != NULL);
  if (actor_id == NULL)
    return;

  if (self->event_set != NULL)
    actor = masar_event_set_lookup_actor (self->event_set, actor_id);
  gtk_label_set_text (self->actor_label,
                      actor != NULL && actor->name_ar != NULL ? actor->name_ar : actor_id);
  /* Translators: tooltip of the actor filter in the timeline's toolbar */
  tooltip = g_strdup_printf (_("Only the events of %s"),
                             actor != NULL && actor->name_en != NULL ? actor->name_en : actor_id);
  gtk_widget_set_tooltip_text (self->actor_chip, tooltip);
}

static void
on_clear_actor_clicked_cb (MasarTimelinePage *self)
{
  masar_timeline_model_set_actor_filter (self->model, NULL);
}

static void
on_search_changed_cb (MasarTimelinePage *self,
                      GtkSearchEntry    *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  masar_timeline_model_set_search_text (self->model, *text != '\0' ? text : NULL);
}

static void
on_lanes_selected_cb (MasarTimelinePage *self)
{
  switch (gtk_drop_down_get_selected (self->lanes_dropdown))
    {
    case 1:
      masar_timeline_model_set_lane_mode (self->model, MASAR_TIMELINE_LANES_ACTOR);
      break;
    case 2:
      masar_timeline_model_set_lane_mode (self->model, MASAR_TIMELINE_LANES_TYPE);
      break;
    default:
      masar_timeline_model_set_lane_mode (self->model, MASAR_TIMELINE_LANES_NONE);
      break;
    }
}

static void
on_lane_mode_changed_cb (MasarTimelinePage *self)
{
  guint selected;

  switch (masar_timeline_model_get_lane_mode (self->model))
    {
    case MASAR_TIMELINE_LANES_ACTOR:
      selected = 1;
      break;
    case MASAR_TIMELINE_LANES_TYPE:
      selected = 2;
      break;
    case MASAR_TIMELINE_LANES_NONE:
    default:
      selected = 0;
      break;
    }
  if (gtk_drop_down_get_selected (self->lanes_dropdown) != selected)
    gtk_drop_down_set_selected (self->lanes_dropdown, selected);
}

static void
on_zoom_in_clicked_cb (MasarTimelinePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self->timeline), "timeline.zoom-in", NULL);
}

static void
on_zoom_out_clicked_cb (MasarTimelinePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self->timeline), "timeline.zoom-out", NULL);
}

static void
on_zoom_fit_clicked_cb (MasarTimelinePage *self)
{
  masar_timeline_model_zoom_to_fit (self->model);
}

static void
on_timeline_event_activated_cb (MasarTimelinePage *self,
                                MasarEvent        *event,
                                guint              item)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static void
on_source_requested_cb (MasarTimelinePage *self,
                        MasarEvent        *event,
                        guint              source_index)
{
  g_signal_emit (self, signals[SOURCE_REQUESTED], 0, event, source_index);
}

static guint
find_in_list (MasarTimelinePage *self,
              MasarEvent        *event)
{
  guint n = g_list_model_get_n_items (self->visible_events);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MasarEvent) item = g_list_model_get_item (self->visible_events, i);

      if (item == event)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The timeline's selection → the list, and the source in the pane. */
static void
on_model_selected_cb (MasarTimelinePage *self)
{
  guint item = masar_timeline_model_get_selected (self->model);
  g_autoptr(MasarEvent) event = NULL;
  guint position;

  if (item == G_MAXUINT || item >= masar_timeline_model_get_n_items (self->model))
    return;

  event = masar_timeline_model_get_item_event (self->model, item);
  position = find_in_list (self, event);
  if (position != GTK_INVALID_LIST_POSITION &&
      gtk_single_selection_get_selected (self->selection) != position)
    {
      self->syncing = TRUE;
      gtk_single_selection_set_selected (self->selection, position);
      self->syncing = FALSE;
      if (gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
        gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
    }

  /* A selection made elsewhere (another page, the window) is brought into view; one made
   * by a click or a key in the timeline is already where the user looks. */
  if (!self->syncing && !masar_timeline_get_selecting (self->timeline))
    masar_timeline_reveal_selected (self->timeline);

  if (!self->syncing)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

/* The list's selection → the timeline. */
static void
on_list_selected_cb (MasarTimelinePage *self)
{
  MasarEvent *event;
  guint item;

  if (self->syncing)
    return;

  event = gtk_single_selection_get_selected_item (self->selection);
  if (event == NULL)
    return;

  item = masar_timeline_page_find_item (self, event);
  if (item == G_MAXUINT)
    return;

  self->syncing = TRUE;
  masar_timeline_model_set_selected (self->model, item);
  self->syncing = FALSE;
  masar_timeline_reveal_selected (self->timeline);
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static void
on_list_activate_cb (MasarTimelinePage *self,
                     guint              position)
{
  g_autoptr(MasarEvent) event = g_list_model_get_item (self->visible_events, position);

  if (event != NULL)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static void
on_model_size_cb (MasarTimelinePage *self)
{
  if (!self->fit_pending || masar_timeline_model_get_width (self->model) < 100)
    return;

  self->fit_pending = FALSE;
  masar_timeline_model_zoom_to_fit (self->model);
}

static void
on_exported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MasarTimelinePage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!masar_timeline_export_finish (MASAR_TIMELINE (object), result, &error))
    masar_show_export_error (GTK_WIDGET (self), _("Could Not Export the Timeline"), error);
}

static void
start_export (GtkWidget         *page,
              GFile             *file,
              MasarExportFormat  format)
{
  MasarTimelinePage *self = MASAR_TIMELINE_PAGE (page);

  masar_timeline_export_async (self->timeline, file, (MasarTimelineExportFormat) format, NULL,
                               on_exported_cb, g_object_ref (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  /* Translators: the file name offered when exporting the timeline; keep it a file name */
  masar_choose_export_file (widget, g_variant_get_string (param, NULL), _("Export the Timeline"),
                            _("timeline"), start_export);
}

static void
masar_timeline_page_dispose (GObject *object)
{
  MasarTimelinePage *self = (MasarTimelinePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MASAR_TYPE_TIMELINE_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->visible_events);
  g_clear_object (&self->model);
  g_clear_object (&self->event_set);
  g_clear_pointer (&self->items_by_event, g_hash_table_unref);

  G_OBJECT_CLASS (masar_timeline_page_parent_class)->dispose (object);
}

static void
masar_timeline_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MasarTimelinePage *self = MASAR_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_EVENT_SET:
      g_value_set_object (value, self->event_set);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_timeline_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MasarTimelinePage *self = MASAR_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_EVENT_SET:
      masar_timeline_page_set_event_set (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_timeline_page_class_init (MasarTimelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = masar_timeline_page_dispose;
  object_class->get_property = masar_timeline_page_get_property;
  object_class->set_property = masar_timeline_page_set_property;

  /**
   * MasarTimelinePage:event-set:
   *
   * The events drawn, or %NULL.
   */
  properties[PROP_EVENT_SET] =
    g_param_spec_object ("event-set", NULL, NULL, MASAR_TYPE_EVENT_SET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MasarTimelinePage::event-activated:
   * @self: a #MasarTimelinePage
   * @event: the #MasarEvent selected or activated
   *
   * An event was selected or activated in the timeline or the list: show its source.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MASAR_TYPE_EVENT);

  /**
   * MasarTimelinePage::source-requested:
   * @self: a #MasarTimelinePage
   * @event: the event read in the pane
   * @source_index: the source asked for
   *
   * The pane asked for another source of its event.
   */
  signals[SOURCE_REQUESTED] =
    g_signal_new ("source-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, MASAR_TYPE_EVENT, G_TYPE_UINT);

  g_type_ensure (MASAR_TYPE_TIMELINE);
  g_type_ensure (MASAR_TYPE_SOURCE_PANE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/masar/Masar/ui/masar-timeline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, stack);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, list_button);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, lanes_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, types_button);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, modalities_button);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, types_box);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, modalities_box);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, actor_chip);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, actor_label);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, paned);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, list_view);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, timeline);
  gtk_widget_class_bind_template_child (widget_class, MasarTimelinePage, source_pane);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_lanes_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_actor_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_in_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_out_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_fit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_timeline_event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_source_requested_cb);

  gtk_widget_class_install_action (widget_class, "timeline-page.export", "s", export_action);
  gtk_widget_class_set_css_name (widget_class, "timelinepage");
}

static void
masar_timeline_page_init (MasarTimelinePage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items_by_event = g_hash_table_new (NULL, NULL);
  self->model = masar_timeline_model_new ();
  masar_timeline_set_model (self->timeline, self->model);
  self->visible_events = masar_timeline_model_get_visible_events (self->model);

  self->selection = gtk_single_selection_new (g_object_ref (self->visible_events));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_list_selected_cb), self, G_CONNECT_SWAPPED);

  factory = masar_event_row_factory_new (G_OBJECT (self));
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->model, "notify::selected",
                           G_CALLBACK (on_model_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::n-filtered",
                           G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::n-items",
                           G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::actor-filter",
                           G_CALLBACK (on_actor_filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::lane-mode",
                           G_CALLBACK (on_lane_mode_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::visible-end",
                           G_CALLBACK (on_model_size_cb), self, G_CONNECT_SWAPPED);

  build_filters (self);
  on_lane_mode_changed_cb (self);
  masar_reader_set_compact (masar_source_pane_get_reader (self->source_pane), TRUE);
  masar_source_pane_set_placeholder (self->source_pane, NULL,
                                     _("No Event Selected"),
                                     _("Select an event on the timeline to read the sentence it comes from."));
  gtk_paned_set_position (self->paned, 420);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  update_count (self);
}

GtkWidget *
masar_timeline_page_new (void)
{
  return g_object_new (MASAR_TYPE_TIMELINE_PAGE, NULL);
}

MasarEventSet *
masar_timeline_page_get_event_set (MasarTimelinePage *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_PAGE (self), NULL);

  return self->event_set;
}

/**
 * masar_timeline_page_set_event_set:
 * @self: a #MasarTimelinePage
 * @event_set: (nullable): the events to draw
 *
 * Draws @event_set, fitted to the view, with the filters reset.
 */
void
masar_timeline_page_set_event_set (MasarTimelinePage *self,
                                   MasarEventSet     *event_set)
{
  gboolean any;

  g_return_if_fail (MASAR_IS_TIMELINE_PAGE (self));
  g_return_if_fail (event_set == NULL || MASAR_IS_EVENT_SET (event_set));

  if (!g_set_object (&self->event_set, event_set))
    return;

  g_hash_table_remove_all (self->items_by_event);
  masar_timeline_model_set_actor_filter (self->model, NULL);
  masar_timeline_model_set_events (self->model, event_set);
  masar_source_pane_set_source (self->source_pane, NULL, 0);
  masar_reader_set_event_set (masar_source_pane_get_reader (self->source_pane), event_set);
  masar_reader_set_article (masar_source_pane_get_reader (self->source_pane), NULL);

  any = event_set != NULL && masar_timeline_model_get_n_items (self->model) > 0;
  gtk_stack_set_visible_child_name (self->stack, any ? "timeline" : "empty");

  self->fit_pending = TRUE;
  on_model_size_cb (self);
  update_type_labels (self);
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_SET]);
}

/**
 * masar_timeline_page_get_timeline:
 * @self: a #MasarTimelinePage
 *
 * Returns: (transfer none): the timeline widget
 */
MasarTimeline *
masar_timeline_page_get_timeline (MasarTimelinePage *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_PAGE (self), NULL);

  return self->timeline;
}

/**
 * masar_timeline_page_get_model:
 * @self: a #MasarTimelinePage
 *
 * Returns: (transfer none): the timeline's view-model, which the graph page follows
 */
MasarTimelineModel *
masar_timeline_page_get_model (MasarTimelinePage *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_PAGE (self), NULL);

  return self->model;
}

/**
 * masar_timeline_page_get_source_pane:
 * @self: a #MasarTimelinePage
 *
 * Returns: (transfer none): the reader pane below the timeline
 */
MasarSourcePane *
masar_timeline_page_get_source_pane (MasarTimelinePage *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_PAGE (self), NULL);

  return self->source_pane;
}

/**
 * masar_timeline_page_get_list:
 * @self: a #MasarTimelinePage
 *
 * Returns: (transfer none): the selection model of the list of visible events
 */
GListModel *
masar_timeline_page_get_list (MasarTimelinePage *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * masar_timeline_page_select_event:
 * @self: a #MasarTimelinePage
 * @event: an event of the page's event set
 *
 * Selects @event in the timeline (and in the list), scrolling it into view.
 *
 * Returns: %TRUE if @event is drawn
 */
gboolean
masar_timeline_page_select_event (MasarTimelinePage *self,
                                  MasarEvent        *event)
{
  guint item;

  g_return_val_if_fail (MASAR_IS_TIMELINE_PAGE (self), FALSE);
  g_return_val_if_fail (MASAR_IS_EVENT (event), FALSE);

  item = masar_timeline_page_find_item (self, event);
  if (item == G_MAXUINT)
    return FALSE;

  masar_timeline_model_set_selected (self->model, item);
  masar_timeline_reveal_selected (self->timeline);
  return TRUE;
}

/**
 * masar_timeline_page_set_list_visible:
 * @self: a #MasarTimelinePage
 * @visible: whether the list of visible events shows beside the timeline
 */
void
masar_timeline_page_set_list_visible (MasarTimelinePage *self,
                                      gboolean           visible)
{
  g_return_if_fail (MASAR_IS_TIMELINE_PAGE (self));

  gtk_toggle_button_set_active (self->list_button, visible);
}
