/* masar-graph-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-graph-model"

#include "config.h"

#include "masar-graph-model.h"

#include <string.h>

/**
 * MasarGraphNode:
 *
 * An actor of the graph: who it is, and the events (indices into the event set's events
 * list) it takes part in within the model's filters. Immutable; a new set of nodes is made
 * whenever the model changes.
 */
struct _MasarGraphNode
{
  GObject         parent_instance;

  char           *id;
  char           *name_ar;
  char           *name_en;
  char           *side;
  MasarActorKind  kind;
  guint           index;
  GArray         *events;
};

/**
 * MasarGraphEdge:
 *
 * Two actors that share events, with how many, how many of them are cooperative or
 * conflictual, and which. Source is the node with the lower index. Immutable.
 */
struct _MasarGraphEdge
{
  GObject  parent_instance;

  guint    source;
  guint    target;
  char    *source_id;
  char    *target_id;
  guint    n_cooperative;
  guint    n_conflictual;
  GArray  *events;
};

/**
 * MasarGraphModel:
 *
 * The actor graph of an event set, as two list models (nodes, edges) that the graph view
 * draws and that an accessible list shows as text.
 *
 * Nodes are actors (not places, unless #MasarGraphModel:include-places), with the events
 * they take part in; edges join two actors that share an event, once per event. Only the
 * events that pass the filters count: the type filter (a bit mask of #MasarEventType), and
 * the time range in Julian days. An event counts if the days it covers (from the first day
 * of its date to the last day of its end date, so "2025-05" covers all of May) overlap the
 * range. Events with no date are outside time: they count when
 * #MasarGraphModel:include-undated is set (the default). The window keeps it set while the
 * range follows the timeline's visible range, and clears it while the user brushes a
 * range, so that a brushed month shows only what is known to be in that month.
 *
 * Every change rebuilds both lists (a few hundred events take well under a millisecond)
 * and emits #MasarGraphModel::changed once.
 */
struct _MasarGraphModel
{
  GObject         parent_instance;

  /* Owned references */
  MasarEventSet  *events;
  GListModel     *event_list;
  GListStore     *nodes;
  GListStore     *edges;
  GHashTable     *node_by_id;     /* id → MasarGraphNode (borrowed from nodes) */
  GHashTable     *edge_by_key;    /* "a\x1fb" → MasarGraphEdge (borrowed from edges) */

  /* Filters */
  guint           type_mask;
  gint64          begin;
  gint64          end;
  guint           include_places : 1;
  guint           include_undated : 1;
};

enum {
  NODE_PROP_0,
  NODE_PROP_ID,
  NODE_PROP_NAME_AR,
  NODE_PROP_NAME_EN,
  NODE_PROP_SIDE,
  NODE_PROP_N_EVENTS,
  NODE_N_PROPS
};

enum {
  EDGE_PROP_0,
  EDGE_PROP_SOURCE_ID,
  EDGE_PROP_TARGET_ID,
  EDGE_PROP_WEIGHT,
  EDGE_N_PROPS
};

enum {
  PROP_0,
  PROP_EVENT_SET,
  PROP_TYPE_FILTER,
  PROP_INCLUDE_PLACES,
  PROP_INCLUDE_UNDATED,
  PROP_RANGE_BEGIN,
  PROP_RANGE_END,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (MasarGraphNode, masar_graph_node, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (MasarGraphEdge, masar_graph_edge, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (MasarGraphModel, masar_graph_model, G_TYPE_OBJECT)

static GParamSpec *node_properties[NODE_N_PROPS];
static GParamSpec *edge_properties[EDGE_N_PROPS];
static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* MasarGraphNode */

static void
masar_graph_node_finalize (GObject *object)
{
  MasarGraphNode *self = (MasarGraphNode *)object;

  g_free (self->id);
  g_free (self->name_ar);
  g_free (self->name_en);
  g_free (self->side);
  g_clear_pointer (&self->events, g_array_unref);

  G_OBJECT_CLASS (masar_graph_node_parent_class)->finalize (object);
}

static void
masar_graph_node_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MasarGraphNode *self = MASAR_GRAPH_NODE (object);

  switch (prop_id)
    {
    case NODE_PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case NODE_PROP_NAME_AR:
      g_value_set_string (value, self->name_ar);
      break;
    case NODE_PROP_NAME_EN:
      g_value_set_string (value, self->name_en);
      break;
    case NODE_PROP_SIDE:
      g_value_set_string (value, self->side);
      break;
    case NODE_PROP_N_EVENTS:
      g_value_set_uint (value, self->events->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_graph_node_class_init (MasarGraphNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = masar_graph_node_finalize;
  object_class->get_property = masar_graph_node_get_property;

  /** MasarGraphNode:id: The actor id. */
  node_properties[NODE_PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /** MasarGraphNode:name-ar: The Arabic name. */
  node_properties[NODE_PROP_NAME_AR] =
    g_param_spec_string ("name-ar", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /** MasarGraphNode:name-en: The English name. */
  node_properties[NODE_PROP_NAME_EN] =
    g_param_spec_string ("name-en", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /** MasarGraphNode:side: "russia", "ukraine", "usa", "europe", "mediator" or "other". */
  node_properties[NODE_PROP_SIDE] =
    g_param_spec_string ("side", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /** MasarGraphNode:n-events: Number of events of the actor within the filters. */
  node_properties[NODE_PROP_N_EVENTS] =
    g_param_spec_uint ("n-events", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, NODE_N_PROPS, node_properties);
}

static void
masar_graph_node_init (MasarGraphNode *self)
{
  self->events = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * masar_graph_node_get_id:
 * @self: a #MasarGraphNode
 *
 * Returns: the actor id
 */
const char *
masar_graph_node_get_id (MasarGraphNode *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_NODE (self), NULL);

  return self->id;
}

/**
 * masar_graph_node_get_name_ar:
 * @self: a #MasarGraphNode
 *
 * Returns: the actor's Arabic name
 */
const char *
masar_graph_node_get_name_ar (MasarGraphNode *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_NODE (self), NULL);

  return self->name_ar;
}

/**
 * masar_graph_node_get_name_en:
 * @self: a #MasarGraphNode
 *
 * Returns: the actor's English name
 */
const char *
masar_graph_node_get_name_en (MasarGraphNode *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_NODE (self), NULL);

  return self->name_en;
}

/**
 * masar_graph_node_get_side:
 * @self: a #MasarGraphNode
 *
 * Returns: the actor's side, "other" when the actor is unknown
 */
const char *
masar_graph_node_get_side (MasarGraphNode *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_NODE (self), NULL);

  return self->side;
}

/**
 * masar_graph_node_get_kind:
 * @self: a #MasarGraphNode
 *
 * Returns: the actor's kind
 */
MasarActorKind
masar_graph_node_get_kind (MasarGraphNode *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_NODE (self), MASAR_ACTOR_PERSON);

  return self->kind;
}

/**
 * masar_graph_node_get_index:
 * @self: a #MasarGraphNode
 *
 * Returns: the node's position in masar_graph_model_get_nodes()
 */
guint
masar_graph_node_get_index (MasarGraphNode *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_NODE (self), 0);

  return self->index;
}

/**
 * masar_graph_node_get_n_events:
 * @self: a #MasarGraphNode
 *
 * Returns: the number of events the actor takes part in (its size in the graph)
 */
guint
masar_graph_node_get_n_events (MasarGraphNode *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_NODE (self), 0);

  return self->events->len;
}

/**
 * masar_graph_node_get_events:
 * @self: a #MasarGraphNode
 * @n_events: (out) (optional): the number of indices
 *
 * Returns: (array length=n_events): positions in the event set's events list, ascending
 */
const guint *
masar_graph_node_get_events (MasarGraphNode *self,
                             guint          *n_events)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_NODE (self), NULL);

  if (n_events != NULL)
    *n_events = self->events->len;
  return (const guint *) self->events->data;
}

/* MasarGraphEdge */

static void
masar_graph_edge_finalize (GObject *object)
{
  MasarGraphEdge *self = (MasarGraphEdge *)object;

  g_free (self->source_id);
  g_free (self->target_id);
  g_clear_pointer (&self->events, g_array_unref);

  G_OBJECT_CLASS (masar_graph_edge_parent_class)->finalize (object);
}

static void
masar_graph_edge_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MasarGraphEdge *self = MASAR_GRAPH_EDGE (object);

  switch (prop_id)
    {
    case EDGE_PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;
    case EDGE_PROP_TARGET_ID:
      g_value_set_string (value, self->target_id);
      break;
    case EDGE_PROP_WEIGHT:
      g_value_set_uint (value, self->events->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_graph_edge_class_init (MasarGraphEdgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = masar_graph_edge_finalize;
  object_class->get_property = masar_graph_edge_get_property;

  /** MasarGraphEdge:source-id: The actor id of the source (lower node index). */
  edge_properties[EDGE_PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /** MasarGraphEdge:target-id: The actor id of the target. */
  edge_properties[EDGE_PROP_TARGET_ID] =
    g_param_spec_string ("target-id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /** MasarGraphEdge:weight: The number of shared events within the filters. */
  edge_properties[EDGE_PROP_WEIGHT] =
    g_param_spec_uint ("weight", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, EDGE_N_PROPS, edge_properties);
}

static void
masar_graph_edge_init (MasarGraphEdge *self)
{
  self->events = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * masar_graph_edge_get_source:
 * @self: a #MasarGraphEdge
 *
 * Returns: the index of the first node (the lower index of the two)
 */
guint
masar_graph_edge_get_source (MasarGraphEdge *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_EDGE (self), 0);

  return self->source;
}

/**
 * masar_graph_edge_get_target:
 * @self: a #MasarGraphEdge
 *
 * Returns: the index of the second node
 */
guint
masar_graph_edge_get_target (MasarGraphEdge *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_EDGE (self), 0);

  return self->target;
}

/**
 * masar_graph_edge_get_source_id:
 * @self: a #MasarGraphEdge
 *
 * Returns: the actor id of the first node
 */
const char *
masar_graph_edge_get_source_id (MasarGraphEdge *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_EDGE (self), NULL);

  return self->source_id;
}

/**
 * masar_graph_edge_get_target_id:
 * @self: a #MasarGraphEdge
 *
 * Returns: the actor id of the second node
 */
const char *
masar_graph_edge_get_target_id (MasarGraphEdge *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_EDGE (self), NULL);

  return self->target_id;
}

/**
 * masar_graph_edge_get_weight:
 * @self: a #MasarGraphEdge
 *
 * Returns: the number of events the two actors share
 */
guint
masar_graph_edge_get_weight (MasarGraphEdge *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_EDGE (self), 0);

  return self->events->len;
}

/**
 * masar_graph_edge_get_n_cooperative:
 * @self: a #MasarGraphEdge
 *
 * Returns: how many shared events are cooperative (masar_graph_event_type_is_cooperative())
 */
guint
masar_graph_edge_get_n_cooperative (MasarGraphEdge *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_EDGE (self), 0);

  return self->n_cooperative;
}

/**
 * masar_graph_edge_get_n_conflictual:
 * @self: a #MasarGraphEdge
 *
 * Returns: how many shared events are conflictual (masar_graph_event_type_is_conflictual())
 */
guint
masar_graph_edge_get_n_conflictual (MasarGraphEdge *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_EDGE (self), 0);

  return self->n_conflictual;
}

/**
 * masar_graph_edge_get_balance:
 * @self: a #MasarGraphEdge
 *
 * Returns: (cooperative − conflictual) / (cooperative + conflictual), in [-1, 1]; 0 when
 *   the two actors share only neutral events (statements, aid)
 */
double
masar_graph_edge_get_balance (MasarGraphEdge *self)
{
  guint total;

  g_return_val_if_fail (MASAR_IS_GRAPH_EDGE (self), 0.0);

  total = self->n_cooperative + self->n_conflictual;
  if (total == 0)
    return 0.0;
  return ((double) self->n_cooperative - (double) self->n_conflictual) / total;
}

/**
 * masar_graph_edge_get_events:
 * @self: a #MasarGraphEdge
 * @n_events: (out) (optional): the number of indices
 *
 * Returns: (array length=n_events): positions in the event set's events list, ascending
 */
const guint *
masar_graph_edge_get_events (MasarGraphEdge *self,
                             guint          *n_events)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_EDGE (self), NULL);

  if (n_events != NULL)
    *n_events = self->events->len;
  return (const guint *) self->events->data;
}

/**
 * masar_graph_event_type_is_cooperative:
 * @type: a #MasarEventType
 *
 * The types that make an edge cooperative in the graph: talks, calls, proposals,
 * agreements, ceasefires and prisoner exchanges. Narrower than
 * masar_event_type_is_cooperative(), which follows the CAMEO scale and also counts
 * statements and aid: in the graph those two are neutral, because a statement about
 * someone or aid against someone says nothing of cooperation between the two.
 *
 * Returns: whether @type is cooperative
 */
gboolean
masar_graph_event_type_is_cooperative (MasarEventType type)
{
  return type == MASAR_EVENT_TALKS ||
         type == MASAR_EVENT_CALL ||
         type == MASAR_EVENT_PROPOSAL ||
         type == MASAR_EVENT_AGREEMENT ||
         type == MASAR_EVENT_CEASEFIRE ||
         type == MASAR_EVENT_PRISONER_EXCHANGE;
}

/**
 * masar_graph_event_type_is_conflictual:
 * @type: a #MasarEventType
 *
 * Rejection, pressure and military events. Statements and aid are neither cooperative
 * nor conflictual.
 *
 * Returns: whether @type is conflictual
 */
gboolean
masar_graph_event_type_is_conflictual (MasarEventType type)
{
  return type == MASAR_EVENT_REJECTION ||
         type == MASAR_EVENT_PRESSURE ||
         type == MASAR_EVENT_MILITARY;
}

/* MasarGraphModel */

static char *
edge_key (const char *a,
          const char *b)
{
  if (strcmp (a, b) > 0)
    {
      const char *t = a;

      a = b;
      b = t;
    }
  return g_strconcat (a, "\x1f", b, NULL);
}

static int
compare_nodes (gconstpointer a,
               gconstpointer b)
{
  MasarGraphNode *na = *(MasarGraphNode **) a;
  MasarGraphNode *nb = *(MasarGraphNode **) b;

  if (na->events->len != nb->events->len)
    return na->events->len > nb->events->len ? -1 : 1;
  return strcmp (na->id, nb->id);
}

static int
compare_edges (gconstpointer a,
               gconstpointer b)
{
  MasarGraphEdge *ea = *(MasarGraphEdge **) a;
  MasarGraphEdge *eb = *(MasarGraphEdge **) b;

  if (ea->events->len != eb->events->len)
    return ea->events->len > eb->events->len ? -1 : 1;
  if (ea->source != eb->source)
    return ea->source < eb->source ? -1 : 1;
  if (ea->target != eb->target)
    return ea->target < eb->target ? -1 : 1;
  return 0;
}

static gboolean
event_passes (MasarGraphModel *self,
              MasarEvent      *event)
{
  MasarEventType type = masar_event_get_event_type (event);

  if (type >= MASAR_N_EVENT_TYPES || (self->type_mask & (1u << type)) == 0)
    return FALSE;
  return masar_graph_model_event_in_range (self, event);
}

static MasarGraphNode *
make_node (MasarGraphModel *self,
           const char      *actor_id)
{
  const MasarActor *actor = NULL;
  MasarGraphNode *node;

  if (self->events != NULL)
    actor = masar_event_set_lookup_actor (self->events, actor_id);

  node = g_object_new (MASAR_TYPE_GRAPH_NODE, NULL);
  node->id = g_strdup (actor_id);
  if (actor != NULL)
    {
      node->name_ar = g_strdup (actor->name_ar != NULL ? actor->name_ar : actor_id);
      node->name_en = g_strdup (actor->name_en != NULL ? actor->name_en : actor_id);
      node->side = g_strdup (actor->side != NULL ? actor->side : "other");
      node->kind = actor->kind;
    }
  else
    {
      node->name_ar = g_strdup (actor_id);
      node->name_en = g_strdup (actor_id);
      node->side = g_strdup ("other");
      node->kind = MASAR_ACTOR_PERSON;
    }
  return node;
}

static void
rebuild (MasarGraphModel *self)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) edges = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) node_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) edge_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  guint n_events = 0;
  guint old_nodes, old_edges;

  if (self->event_list != NULL)
    n_events = g_list_model_get_n_items (self->event_list);

  for (guint e = 0; e < n_events; e++)
    {
      g_autoptr(MasarEvent) event = g_list_model_get_item (self->event_list, e);
      MasarEventType type;

      if (!event_passes (self, event))
        continue;
      type = masar_event_get_event_type (event);

      /* The event's distinct actors that are nodes. */
      g_ptr_array_set_size (members, 0);
      for (guint a = 0; a < masar_event_get_n_actors (event); a++)
        {
          const MasarEventActor *ea = masar_event_get_actor (event, a);
          MasarGraphNode *node;
          gboolean seen = FALSE;

          if (ea == NULL || ea->actor_id == NULL)
            continue;

          node = g_hash_table_lookup (node_by_id, ea->actor_id);
          if (node == NULL)
            {
              node = make_node (self, ea->actor_id);
              if (node->kind == MASAR_ACTOR_PLACE && !self->include_places)
                {
                  g_object_unref (node);
                  continue;
                }
              g_ptr_array_add (nodes, node);
              g_hash_table_insert (node_by_id, node->id, node);
            }

          for (guint m = 0; m < members->len; m++)
            if (g_ptr_array_index (members, m) == node)
              seen = TRUE;
          if (!seen)
            {
              g_ptr_array_add (members, node);
              g_array_append_val (node->events, e);
            }
        }

      for (guint i = 0; i < members->len; i++)
        for (guint j = i + 1; j < members->len; j++)
          {
            MasarGraphNode *a = g_ptr_array_index (members, i);
            MasarGraphNode *b = g_ptr_array_index (members, j);
            g_autofree char *key = edge_key (a->id, b->id);
            MasarGraphEdge *edge = g_hash_table_lookup (edge_by_key, key);

            if (edge == NULL)
              {
                edge = g_object_new (MASAR_TYPE_GRAPH_EDGE, NULL);
                if (strcmp (a->id, b->id) < 0)
                  {
                    edge->source_id = g_strdup (a->id);
                    edge->target_id = g_strdup (b->id);
                  }
                else
                  {
                    edge->source_id = g_strdup (b->id);
                    edge->target_id = g_strdup (a->id);
                  }
                g_ptr_array_add (edges, edge);
                g_hash_table_insert (edge_by_key, g_steal_pointer (&key), edge);
              }
            g_array_append_val (edge->events, e);
            if (masar_graph_event_type_is_cooperative (type))
              edge->n_cooperative++;
            else if (masar_graph_event_type_is_conflictual (type))
              edge->n_conflictual++;
          }
    }

  /* Biggest actors first, so that the list and the drawing order are stable and useful. */
  g_ptr_array_sort (nodes, compare_nodes);
  for (guint i = 0; i < nodes->len; i++)
    ((MasarGraphNode *) g_ptr_array_index (nodes, i))->index = i;

  for (guint k = 0; k < edges->len; k++)
    {
      MasarGraphEdge *edge = g_ptr_array_index (edges, k);
      MasarGraphNode *s = g_hash_table_lookup (node_by_id, edge->source_id);
      MasarGraphNode *t = g_hash_table_lookup (node_by_id, edge->target_id);

      if (s->index > t->index)
        {
          char *tmp = edge->source_id;

          edge->source_id = edge->target_id;
          edge->target_id = tmp;
          edge->source = t->index;
          edge->target = s->index;
        }
      else
        {
          edge->source = s->index;
          edge->target = t->index;
        }
    }
  g_ptr_array_sort (edges, compare_edges);

  g_clear_pointer (&self->node_by_id, g_hash_table_unref);
  g_clear_pointer (&self->edge_by_key, g_hash_table_unref);
  self->node_by_id = g_steal_pointer (&node_by_id);
  self->edge_by_key = g_steal_pointer (&edge_by_key);

  old_nodes = g_list_model_get_n_items (G_LIST_MODEL (self->nodes));
  old_edges = g_list_model_get_n_items (G_LIST_MODEL (self->edges));
  g_list_store_splice (self->nodes, 0, old_nodes, nodes->pdata, nodes->len);
  g_list_store_splice (self->edges, 0, old_edges, edges->pdata, edges->len);

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_events_items_changed_cb (MasarGraphModel *self,
                            guint            position,
                            guint            removed,
                            guint            added,
                            GListModel      *list)
{
  g_assert (MASAR_IS_GRAPH_MODEL (self));

  rebuild (self);
}

static void
masar_graph_model_dispose (GObject *object)
{
  MasarGraphModel *self = (MasarGraphModel *)object;

  if (self->event_list != NULL)
    g_signal_handlers_disconnect_by_data (self->event_list, self);
  g_clear_object (&self->event_list);
  g_clear_object (&self->events);
  g_clear_pointer (&self->node_by_id, g_hash_table_unref);
  g_clear_pointer (&self->edge_by_key, g_hash_table_unref);
  g_clear_object (&self->nodes);
  g_clear_object (&self->edges);

  G_OBJECT_CLASS (masar_graph_model_parent_class)->dispose (object);
}

static void
masar_graph_model_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MasarGraphModel *self = MASAR_GRAPH_MODEL (object);

  switch (prop_id)
    {
    case PROP_EVENT_SET:
      g_value_set_object (value, self->events);
      break;
    case PROP_TYPE_FILTER:
      g_value_set_uint (value, self->type_mask);
      break;
    case PROP_INCLUDE_PLACES:
      g_value_set_boolean (value, self->include_places);
      break;
    case PROP_INCLUDE_UNDATED:
      g_value_set_boolean (value, self->include_undated);
      break;
    case PROP_RANGE_BEGIN:
      g_value_set_int64 (value, self->begin);
      break;
    case PROP_RANGE_END:
      g_value_set_int64 (value, self->end);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_graph_model_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MasarGraphModel *self = MASAR_GRAPH_MODEL (object);

  switch (prop_id)
    {
    case PROP_EVENT_SET:
      masar_graph_model_set_event_set (self, g_value_get_object (value));
      break;
    case PROP_TYPE_FILTER:
      masar_graph_model_set_type_filter (self, g_value_get_uint (value));
      break;
    case PROP_INCLUDE_PLACES:
      masar_graph_model_set_include_places (self, g_value_get_boolean (value));
      break;
    case PROP_INCLUDE_UNDATED:
      masar_graph_model_set_include_undated (self, g_value_get_boolean (value));
      break;
    case PROP_RANGE_BEGIN:
      masar_graph_model_set_range (self, g_value_get_int64 (value), self->end);
      break;
    case PROP_RANGE_END:
      masar_graph_model_set_range (self, self->begin, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_graph_model_class_init (MasarGraphModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = masar_graph_model_dispose;
  object_class->get_property = masar_graph_model_get_property;
  object_class->set_property = masar_graph_model_set_property;

  /**
   * MasarGraphModel:event-set:
   *
   * The events the graph is built from.
   */
  properties[PROP_EVENT_SET] =
    g_param_spec_object ("event-set", NULL, NULL,
                         MASAR_TYPE_EVENT_SET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphModel:type-filter:
   *
   * The event types that count, as a mask of `1 << type` bits (%MASAR_GRAPH_ALL_TYPES).
   */
  properties[PROP_TYPE_FILTER] =
    g_param_spec_uint ("type-filter", NULL, NULL,
                       0, MASAR_GRAPH_ALL_TYPES, MASAR_GRAPH_ALL_TYPES,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphModel:include-places:
   *
   * Whether actors of kind place (cities, venues) are nodes. Off by default: a place is
   * where events happen, not who takes part.
   */
  properties[PROP_INCLUDE_PLACES] =
    g_param_spec_boolean ("include-places", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphModel:include-undated:
   *
   * Whether events with no date count whatever the range. On by default; clear it while
   * the user brushes a range on the timeline.
   */
  properties[PROP_INCLUDE_UNDATED] =
    g_param_spec_boolean ("include-undated", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphModel:range-begin:
   *
   * First Julian day (GDate numbering) of the range, inclusive; %G_MININT64 for no bound.
   */
  properties[PROP_RANGE_BEGIN] =
    g_param_spec_int64 ("range-begin", NULL, NULL,
                        G_MININT64, G_MAXINT64, G_MININT64,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphModel:range-end:
   *
   * Last Julian day of the range, inclusive; %G_MAXINT64 for no bound.
   */
  properties[PROP_RANGE_END] =
    g_param_spec_int64 ("range-end", NULL, NULL,
                        G_MININT64, G_MAXINT64, G_MAXINT64,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MasarGraphModel::changed:
   * @self: a #MasarGraphModel
   *
   * Emitted once after the nodes and edges were rebuilt.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
masar_graph_model_init (MasarGraphModel *self)
{
  self->nodes = g_list_store_new (MASAR_TYPE_GRAPH_NODE);
  self->edges = g_list_store_new (MASAR_TYPE_GRAPH_EDGE);
  self->node_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->edge_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->type_mask = MASAR_GRAPH_ALL_TYPES;
  self->begin = G_MININT64;
  self->end = G_MAXINT64;
  self->include_undated = TRUE;
}

/**
 * masar_graph_model_new:
 * @events: (nullable): a #MasarEventSet
 *
 * Returns: (transfer full): a new #MasarGraphModel
 */
MasarGraphModel *
masar_graph_model_new (MasarEventSet *events)
{
  g_return_val_if_fail (events == NULL || MASAR_IS_EVENT_SET (events), NULL);

  return g_object_new (MASAR_TYPE_GRAPH_MODEL, "event-set", events, NULL);
}

/**
 * masar_graph_model_get_event_set:
 * @self: a #MasarGraphModel
 *
 * Returns: (transfer none) (nullable): the event set
 */
MasarEventSet *
masar_graph_model_get_event_set (MasarGraphModel *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_MODEL (self), NULL);

  return self->events;
}

/**
 * masar_graph_model_set_event_set:
 * @self: a #MasarGraphModel
 * @events: (nullable): a #MasarEventSet
 *
 * Sets the events and rebuilds the graph. The model follows later changes to the event
 * set's events list.
 */
void
masar_graph_model_set_event_set (MasarGraphModel *self,
                                 MasarEventSet   *events)
{
  g_return_if_fail (MASAR_IS_GRAPH_MODEL (self));
  g_return_if_fail (events == NULL || MASAR_IS_EVENT_SET (events));

  if (self->events == events)
    return;

  if (self->event_list != NULL)
    g_signal_handlers_disconnect_by_data (self->event_list, self);
  g_clear_object (&self->event_list);
  g_set_object (&self->events, events);

  if (events != NULL)
    {
      self->event_list = g_object_ref (masar_event_set_get_events (events));
      g_signal_connect_object (self->event_list, "items-changed",
                               G_CALLBACK (on_events_items_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_SET]);
}

/**
 * masar_graph_model_get_type_filter:
 * @self: a #MasarGraphModel
 *
 * Returns: the mask of event types that count
 */
guint
masar_graph_model_get_type_filter (MasarGraphModel *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_MODEL (self), 0);

  return self->type_mask;
}

/**
 * masar_graph_model_set_type_filter:
 * @self: a #MasarGraphModel
 * @type_mask: bits `1 << type` of the #MasarEventType values that count
 */
void
masar_graph_model_set_type_filter (MasarGraphModel *self,
                                   guint            type_mask)
{
  g_return_if_fail (MASAR_IS_GRAPH_MODEL (self));

  type_mask &= MASAR_GRAPH_ALL_TYPES;
  if (self->type_mask == type_mask)
    return;

  self->type_mask = type_mask;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TYPE_FILTER]);
}

/**
 * masar_graph_model_get_include_places:
 * @self: a #MasarGraphModel
 *
 * Returns: whether places are nodes
 */
gboolean
masar_graph_model_get_include_places (MasarGraphModel *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_MODEL (self), FALSE);

  return self->include_places;
}

/**
 * masar_graph_model_set_include_places:
 * @self: a #MasarGraphModel
 * @include_places: whether places are nodes
 */
void
masar_graph_model_set_include_places (MasarGraphModel *self,
                                      gboolean         include_places)
{
  g_return_if_fail (MASAR_IS_GRAPH_MODEL (self));

  include_places = !!include_places;
  if (self->include_places == (guint) include_places)
    return;

  self->include_places = include_places;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_PLACES]);
}

/**
 * masar_graph_model_get_include_undated:
 * @self: a #MasarGraphModel
 *
 * Returns: whether undated events count
 */
gboolean
masar_graph_model_get_include_undated (MasarGraphModel *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_MODEL (self), FALSE);

  return self->include_undated;
}

/**
 * masar_graph_model_set_include_undated:
 * @self: a #MasarGraphModel
 * @include_undated: whether undated events count whatever the range
 */
void
masar_graph_model_set_include_undated (MasarGraphModel *self,
                                       gboolean         include_undated)
{
  g_return_if_fail (MASAR_IS_GRAPH_MODEL (self));

  include_undated = !!include_undated;
  if (self->include_undated == (guint) include_undated)
    return;

  self->include_undated = include_undated;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_UNDATED]);
}

/**
 * masar_graph_model_set_range:
 * @self: a #MasarGraphModel
 * @begin_julian: first Julian day (GDate numbering), inclusive, or %G_MININT64
 * @end_julian: last Julian day, inclusive, or %G_MAXINT64
 *
 * Keeps only the events whose days overlap the range (see #MasarGraphModel).
 */
void
masar_graph_model_set_range (MasarGraphModel *self,
                             gint64           begin_julian,
                             gint64           end_julian)
{
  gboolean begin_changed, end_changed;

  g_return_if_fail (MASAR_IS_GRAPH_MODEL (self));

  begin_changed = self->begin != begin_julian;
  end_changed = self->end != end_julian;
  if (!begin_changed && !end_changed)
    return;

  self->begin = begin_julian;
  self->end = end_julian;
  rebuild (self);

  if (begin_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE_BEGIN]);
  if (end_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE_END]);
}

/**
 * masar_graph_model_clear_range:
 * @self: a #MasarGraphModel
 *
 * Removes the time filter.
 */
void
masar_graph_model_clear_range (MasarGraphModel *self)
{
  g_return_if_fail (MASAR_IS_GRAPH_MODEL (self));

  masar_graph_model_set_range (self, G_MININT64, G_MAXINT64);
}

/**
 * masar_graph_model_get_range:
 * @self: a #MasarGraphModel
 * @begin_julian: (out) (optional): the first day, or %G_MININT64
 * @end_julian: (out) (optional): the last day, or %G_MAXINT64
 *
 * Returns: whether a range is set (either bound)
 */
gboolean
masar_graph_model_get_range (MasarGraphModel *self,
                             gint64          *begin_julian,
                             gint64          *end_julian)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_MODEL (self), FALSE);

  if (begin_julian != NULL)
    *begin_julian = self->begin;
  if (end_julian != NULL)
    *end_julian = self->end;
  return self->begin != G_MININT64 || self->end != G_MAXINT64;
}

/**
 * masar_graph_model_get_nodes:
 * @self: a #MasarGraphModel
 *
 * Returns: (transfer none): a #GListModel of #MasarGraphNode, largest first
 */
GListModel *
masar_graph_model_get_nodes (MasarGraphModel *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_MODEL (self), NULL);

  return G_LIST_MODEL (self->nodes);
}

/**
 * masar_graph_model_get_edges:
 * @self: a #MasarGraphModel
 *
 * Returns: (transfer none): a #GListModel of #MasarGraphEdge, heaviest first
 */
GListModel *
masar_graph_model_get_edges (MasarGraphModel *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_MODEL (self), NULL);

  return G_LIST_MODEL (self->edges);
}

/**
 * masar_graph_model_lookup_node:
 * @self: a #MasarGraphModel
 * @actor_id: an actor id
 *
 * Returns: (transfer none) (nullable): the actor's node, if it has events within the filters
 */
MasarGraphNode *
masar_graph_model_lookup_node (MasarGraphModel *self,
                               const char      *actor_id)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_MODEL (self), NULL);
  g_return_val_if_fail (actor_id != NULL, NULL);

  return g_hash_table_lookup (self->node_by_id, actor_id);
}

/**
 * masar_graph_model_lookup_edge:
 * @self: a #MasarGraphModel
 * @actor_a: an actor id
 * @actor_b: another actor id, in either order
 *
 * Returns: (transfer none) (nullable): the edge between the two actors
 */
MasarGraphEdge *
masar_graph_model_lookup_edge (MasarGraphModel *self,
                               const char      *actor_a,
                               const char      *actor_b)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (MASAR_IS_GRAPH_MODEL (self), NULL);
  g_return_val_if_fail (actor_a != NULL && actor_b != NULL, NULL);

  key = edge_key (actor_a, actor_b);
  return g_hash_table_lookup (self->edge_by_key, key);
}

/**
 * masar_graph_model_event_in_range:
 * @self: a #MasarGraphModel
 * @event: a #MasarEvent
 *
 * Whether @event passes the time filter (not the type filter): its days overlap the range,
 * or it has no date and #MasarGraphModel:include-undated is set.
 *
 * Returns: %TRUE if @event is in the range
 */
gboolean
masar_graph_model_event_in_range (MasarGraphModel *self,
                                  MasarEvent      *event)
{
  MasarDate date = MASAR_DATE_INIT;
  MasarDate date_end = MASAR_DATE_INIT;
  gint64 first, last;

  g_return_val_if_fail (MASAR_IS_GRAPH_MODEL (self), FALSE);
  g_return_val_if_fail (MASAR_IS_EVENT (event), FALSE);

  masar_event_get_date (event, &date, &date_end);
  if (!masar_date_is_set (&date))
    return self->include_undated;

  if (self->begin == G_MININT64 && self->end == G_MAXINT64)
    return TRUE;

  first = masar_date_to_julian (&date);
  last = masar_date_is_set (&date_end) ? masar_date_end_julian (&date_end)
                                       : masar_date_end_julian (&date);
  return last >= self->begin && first <= self->end;
}
