/* masar-events-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain list of the extracted events in date order: date, type, Arabic label and actors.
 * Activating an event emits MasarEventsPage::event-activated; the window opens the reader at
 * the event's source sentence. The timeline and the graph show the same events drawn.
 */

#define G_LOG_DOMAIN "masar-events-page"

#include "config.h"

#include <glib/gi18n.h>

#include "masar-events-page.h"
#include "masar-reader.h"

struct _MasarEventsPage
{
  GtkWidget              parent_instance;

  /* Owned references */
  MasarEventSet      *event_set;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  /* Template widgets */
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkLabel           *count_label;
};

enum {
  PROP_0,
  PROP_EVENT_SET,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (MasarEventsPage, masar_events_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/**
 * masar_event_type_to_words:
 * @type: a #MasarEventType
 *
 * Returns: (transfer none): the type's name for display, translated
 */
const char *
masar_event_type_to_words (MasarEventType type)
{
  switch (type)
    {
    case MASAR_EVENT_TALKS:
      return C_("event type", "Talks");
    case MASAR_EVENT_CALL:
      return C_("event type", "Call");
    case MASAR_EVENT_PROPOSAL:
      return C_("event type", "Proposal");
    case MASAR_EVENT_AGREEMENT:
      return C_("event type", "Agreement");
    case MASAR_EVENT_CEASEFIRE:
      return C_("event type", "Ceasefire");
    case MASAR_EVENT_PRISONER_EXCHANGE:
      return C_("event type", "Prisoner Exchange");
    case MASAR_EVENT_STATEMENT:
      return C_("event type", "Statement");
    case MASAR_EVENT_REJECTION:
      return C_("event type", "Rejection");
    case MASAR_EVENT_PRESSURE:
      return C_("event type", "Pressure");
    case MASAR_EVENT_AID:
      return C_("event type", "Aid");
    case MASAR_EVENT_MILITARY:
      return C_("event type", "Military");
    case MASAR_N_EVENT_TYPES:
    default:
      return C_("event type", "Other");
    }
}

static int
compare_events (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  MasarDate da = MASAR_DATE_INIT, db = MASAR_DATE_INIT;
  gboolean sa, sb;

  masar_event_get_date (MASAR_EVENT ((gpointer) a), &da, NULL);
  masar_event_get_date (MASAR_EVENT ((gpointer) b), &db, NULL);
  sa = masar_date_is_set (&da);
  sb = masar_date_is_set (&db);

  /* Undated events go last. */
  if (sa != sb)
    return sa ? -1 : 1;
  if (!sa)
    return 0;

  return masar_date_compare (&da, &db);
}

static char *
format_actors (MasarEventsPage *self,
               MasarEvent      *event)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < masar_event_get_n_actors (event); i++)
    {
      const MasarEventActor *ea = masar_event_get_actor (event, i);
      const MasarActor *actor = masar_event_set_lookup_actor (self->event_set, ea->actor_id);

      if (s->len > 0)
        /* Translators: separates the actors of an event */
        g_string_append (s, _(", "));
      g_string_append (s, actor != NULL && actor->name_ar != NULL ? actor->name_ar : ea->actor_id);
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             MasarEventsPage          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *date = gtk_label_new (NULL);
  GtkWidget *type = gtk_label_new (NULL);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *actors = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_xalign (GTK_LABEL (date), 0);
  gtk_label_set_width_chars (GTK_LABEL (date), 14);
  gtk_widget_set_valign (date, GTK_ALIGN_START);
  gtk_widget_add_css_class (date, "masar-event-date");
  gtk_widget_add_css_class (date, "numeric");

  gtk_widget_set_halign (type, GTK_ALIGN_START);
  gtk_widget_add_css_class (type, "masar-event-type");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "masar-arabic-label");

  gtk_label_set_xalign (GTK_LABEL (actors), 0);
  gtk_label_set_wrap (GTK_LABEL (actors), TRUE);
  gtk_widget_add_css_class (actors, "dim-label");
  gtk_widget_add_css_class (actors, "caption");
  gtk_widget_add_css_class (actors, "masar-arabic-label");

  gtk_widget_set_hexpand (column, TRUE);
  gtk_box_append (GTK_BOX (column), type);
  gtk_box_append (GTK_BOX (column), label);
  gtk_box_append (GTK_BOX (column), actors);
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), column);

  gtk_list_item_set_child (item, box);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            MasarEventsPage          *self)
{
  MasarEvent *event = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *date = gtk_widget_get_first_child (box);
  GtkWidget *column = gtk_widget_get_next_sibling (date);
  GtkWidget *type = gtk_widget_get_first_child (column);
  GtkWidget *label = gtk_widget_get_next_sibling (type);
  GtkWidget *actors = gtk_widget_get_next_sibling (label);
  MasarDate d = MASAR_DATE_INIT;
  MasarDate d_end = MASAR_DATE_INIT;
  g_autofree char *date_str = NULL;
  g_autofree char *end_str = NULL;
  g_autofree char *actors_str = NULL;
  const char *text;

  masar_event_get_date (event, &d, &d_end);
  date_str = masar_format_date (&d);
  end_str = masar_format_date (&d_end);
  if (date_str != NULL && end_str != NULL)
    {
      /* Translators: a span of dates, "from – to" */
      g_autofree char *span = g_strdup_printf (_("%s – %s"), date_str, end_str);

      gtk_label_set_text (GTK_LABEL (date), span);
    }
  else
    gtk_label_set_text (GTK_LABEL (date), date_str != NULL ? date_str : _("Undated"));

  gtk_label_set_text (GTK_LABEL (type), masar_event_type_to_words (masar_event_get_event_type (event)));

  text = masar_event_get_label (event);
  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");

  actors_str = format_actors (self, event);
  gtk_label_set_text (GTK_LABEL (actors), actors_str);
  gtk_widget_set_visible (actors, *actors_str != '\0');
}

static void
on_list_view_activate_cb (MasarEventsPage *self,
                          guint            position)
{
  g_autoptr(MasarEvent) event = NULL;

  g_assert (MASAR_IS_EVENTS_PAGE (self));

  event = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);
  if (event != NULL)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static void
update (MasarEventsPage *self)
{
  guint n = masar_events_page_get_n_events (self);
  g_autofree char *count = g_strdup_printf (ngettext ("%u event, in date order. Activate one to read its source sentence.",
                                                      "%u events, in date order. Activate one to read its source sentence.",
                                                      n),
                                            n);

  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
masar_events_page_dispose (GObject *object)
{
  MasarEventsPage *self = (MasarEventsPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MASAR_TYPE_EVENTS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->event_set);

  G_OBJECT_CLASS (masar_events_page_parent_class)->dispose (object);
}

static void
masar_events_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MasarEventsPage *self = MASAR_EVENTS_PAGE (object);

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
masar_events_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MasarEventsPage *self = MASAR_EVENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_EVENT_SET:
      masar_events_page_set_event_set (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_events_page_class_init (MasarEventsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = masar_events_page_dispose;
  object_class->get_property = masar_events_page_get_property;
  object_class->set_property = masar_events_page_set_property;

  /**
   * MasarEventsPage:event-set:
   *
   * The events listed, or %NULL.
   */
  properties[PROP_EVENT_SET] =
    g_param_spec_object ("event-set", NULL, NULL, MASAR_TYPE_EVENT_SET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MasarEventsPage::event-activated:
   * @self: a #MasarEventsPage
   * @event: the activated #MasarEvent
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MASAR_TYPE_EVENT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/masar/Masar/ui/masar-events-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MasarEventsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MasarEventsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, MasarEventsPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
}

static void
masar_events_page_init (MasarEventsPage *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sorted = gtk_sort_list_model_new (NULL, GTK_SORTER (gtk_custom_sorter_new (compare_events, NULL, NULL)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  update (self);
}

GtkWidget *
masar_events_page_new (void)
{
  return g_object_new (MASAR_TYPE_EVENTS_PAGE, NULL);
}

MasarEventSet *
masar_events_page_get_event_set (MasarEventsPage *self)
{
  g_return_val_if_fail (MASAR_IS_EVENTS_PAGE (self), NULL);

  return self->event_set;
}

/**
 * masar_events_page_set_event_set:
 * @self: a #MasarEventsPage
 * @event_set: (nullable): the events to list
 */
void
masar_events_page_set_event_set (MasarEventsPage *self,
                                 MasarEventSet   *event_set)
{
  g_return_if_fail (MASAR_IS_EVENTS_PAGE (self));
  g_return_if_fail (event_set == NULL || MASAR_IS_EVENT_SET (event_set));

  if (!g_set_object (&self->event_set, event_set))
    return;

  gtk_sort_list_model_set_model (self->sorted,
                                 event_set ? masar_event_set_get_events (event_set) : NULL);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_SET]);
}

/**
 * masar_events_page_get_n_events:
 * @self: a #MasarEventsPage
 *
 * Returns: how many events are listed
 */
guint
masar_events_page_get_n_events (MasarEventsPage *self)
{
  g_return_val_if_fail (MASAR_IS_EVENTS_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}
