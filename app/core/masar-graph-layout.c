/* masar-graph-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-graph-layout"

#include "config.h"

#include "masar-graph-layout.h"

#include <math.h>
#include <string.h>

/* Below this depth coincident nodes share one quadtree leaf instead of splitting forever. */
#define MAX_TREE_DEPTH 32

/* Iterations in a row below the settle tolerance before the layout calls itself settled. */
#define SETTLE_STEPS 5

typedef struct
{
  guint  source;
  guint  target;
  double weight;
} LayoutEdge;

/* One quadtree cell. Children are four consecutive cells starting at @child. A leaf holds
 * a chain of bodies (more than one only at MAX_TREE_DEPTH) starting at @body. */
typedef struct
{
  double mass;
  double mx;           /* mass-weighted sum of x, then centre of mass after finishing */
  double my;
  double x0;           /* lower corner of the square */
  double y0;
  double width;
  int    child;        /* -1 for a leaf */
  int    body;         /* -1 for an empty leaf */
} Cell;

/**
 * MasarGraphLayout:
 *
 * A force-directed layout in the manner of ForceAtlas2 (Jacomy et al., 2014): repulsion
 * between all nodes proportional to the product of their masses (degree + 1), computed
 * with a Barnes–Hut quadtree in O(n log n); attraction along edges (linear, or
 * logarithmic in LinLog mode) scaled by the edge weight to the power
 * #MasarGraphLayout:edge-weight-influence; gravity toward the origin (or strong gravity,
 * growing with distance); optional overlap prevention using each node's radius; and
 * ForceAtlas2's adaptive global speed, driven by the "swing" (erratic motion) against the
 * "traction" (useful motion) of the nodes, with #MasarGraphLayout:jitter-tolerance.
 *
 * Runs one iteration at a time with masar_graph_layout_step() (on a frame clock), or
 * many on a worker thread with masar_graph_layout_run_async(). Deterministic: the initial
 * positions come from #MasarGraphLayout:seed, and everything after is plain arithmetic.
 * Pinned nodes feel forces but do not move.
 */
struct _MasarGraphLayout
{
  GObject     parent_instance;

  /* Graph and state, n_nodes entries each */
  guint       n_nodes;
  double     *x;
  double     *y;
  double     *dx;
  double     *dy;
  double     *old_dx;
  double     *old_dy;
  double     *mass;
  double     *size;
  guint8     *pinned;
  GArray     *edges;

  /* Scratch for the quadtree, reused between steps */
  Cell       *cells;
  guint       n_cells;
  guint       cells_alloc;
  int        *next_body;
  int        *stack;
  guint       stack_alloc;

  /* Options */
  double      gravity;
  double      scaling_ratio;
  double      edge_weight_influence;
  double      jitter_tolerance;
  double      theta;
  double      settle_tolerance;
  guint       seed;
  guint       strong_gravity : 1;
  guint       linlog : 1;
  guint       prevent_overlap : 1;
  guint       barnes_hut : 1;

  /* Adaptive speed */
  double      speed;
  double      speed_efficiency;
  double      swing;
  double      traction;
  double      motion;
  guint       iterations;
  guint       calm_steps;
  guint       settled : 1;
  guint       masses_dirty : 1;
};

enum {
  PROP_0,
  PROP_GRAVITY,
  PROP_STRONG_GRAVITY,
  PROP_LINLOG,
  PROP_PREVENT_OVERLAP,
  PROP_EDGE_WEIGHT_INFLUENCE,
  PROP_SCALING_RATIO,
  PROP_JITTER_TOLERANCE,
  PROP_BARNES_HUT,
  PROP_BARNES_HUT_THETA,
  PROP_SEED,
  PROP_SETTLE_TOLERANCE,
  PROP_SETTLED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MasarGraphLayout, masar_graph_layout, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (MasarGraphPositions, masar_graph_positions,
                     masar_graph_positions_ref, masar_graph_positions_unref)

static GParamSpec *properties[N_PROPS];

static MasarGraphPositions *
positions_new (guint n_nodes)
{
  MasarGraphPositions *positions;

  positions = g_atomic_rc_box_new0 (MasarGraphPositions);
  positions->n_nodes = n_nodes;
  positions->xy = g_new0 (double, 2 * (gsize) n_nodes);
  return positions;
}

/**
 * masar_graph_positions_ref:
 * @positions: a #MasarGraphPositions
 *
 * Returns: (transfer full): @positions
 */
MasarGraphPositions *
masar_graph_positions_ref (MasarGraphPositions *positions)
{
  g_return_val_if_fail (positions != NULL, NULL);

  return g_atomic_rc_box_acquire (positions);
}

static void
positions_clear (MasarGraphPositions *positions)
{
  g_free (positions->xy);
}

/**
 * masar_graph_positions_unref:
 * @positions: (transfer full): a #MasarGraphPositions
 */
void
masar_graph_positions_unref (MasarGraphPositions *positions)
{
  g_return_if_fail (positions != NULL);

  g_atomic_rc_box_release_full (positions, (GDestroyNotify) positions_clear);
}

static void
set_settled (MasarGraphLayout *self,
             gboolean          settled)
{
  settled = !!settled;
  if (self->settled == (guint) settled)
    return;

  self->settled = settled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTLED]);
}

static void
update_masses (MasarGraphLayout *self)
{
  for (guint i = 0; i < self->n_nodes; i++)
    self->mass[i] = 1.0;
  for (guint e = 0; e < self->edges->len; e++)
    {
      const LayoutEdge *edge = &g_array_index (self->edges, LayoutEdge, e);

      self->mass[edge->source] += 1.0;
      self->mass[edge->target] += 1.0;
    }
  self->masses_dirty = FALSE;
}

static inline double
edge_weight (MasarGraphLayout *self,
             double            weight)
{
  if (self->edge_weight_influence == 0.0)
    return 1.0;
  if (self->edge_weight_influence == 1.0)
    return weight;
  return pow (weight, self->edge_weight_influence);
}

/* Pairwise repulsion of node i by a point mass at (x, y); adds to dx/dy of i only. */
static inline void
repulse_point (MasarGraphLayout *self,
               guint             i,
               double            x,
               double            y,
               double            mass,
               double            other_size,
               gboolean          use_size)
{
  double xd = self->x[i] - x;
  double yd = self->y[i] - y;
  double d2 = xd * xd + yd * yd;
  double factor;

  if (d2 <= 0.0)
    return;

  if (use_size && self->prevent_overlap)
    {
      double d = sqrt (d2) - self->size[i] - other_size;

      if (d > 0.0)
        factor = self->scaling_ratio * self->mass[i] * mass / (d * d);
      else
        factor = 100.0 * self->scaling_ratio * self->mass[i] * mass;
    }
  else
    {
      factor = self->scaling_ratio * self->mass[i] * mass / d2;
    }

  self->dx[i] += xd * factor;
  self->dy[i] += yd * factor;
}

static guint
alloc_cells (MasarGraphLayout *self,
             guint             count)
{
  guint first = self->n_cells;

  if (self->n_cells + count > self->cells_alloc)
    {
      self->cells_alloc = MAX (self->cells_alloc * 2, self->n_cells + count + 64);
      self->cells = g_renew (Cell, self->cells, self->cells_alloc);
    }
  self->n_cells += count;
  return first;
}

static inline guint
quadrant (const Cell *cell,
          double      x,
          double      y)
{
  double half = cell->width * 0.5;

  return (x >= cell->x0 + half ? 1 : 0) + (y >= cell->y0 + half ? 2 : 0);
}

static void
init_cell (Cell   *cell,
           double  x0,
           double  y0,
           double  width)
{
  cell->mass = 0.0;
  cell->mx = 0.0;
  cell->my = 0.0;
  cell->x0 = x0;
  cell->y0 = y0;
  cell->width = width;
  cell->child = -1;
  cell->body = -1;
}

static void
insert_body (MasarGraphLayout *self,
             int               b)
{
  double bx = self->x[b];
  double by = self->y[b];
  double bm = self->mass[b];
  guint ci = 0;
  guint depth = 0;

  for (;;)
    {
      Cell *cell = &self->cells[ci];
      guint first;
      int c;
      double half;

      cell->mass += bm;
      cell->mx += bm * bx;
      cell->my += bm * by;

      if (cell->child >= 0)
        {
          ci = cell->child + quadrant (cell, bx, by);
          depth++;
          continue;
        }

      if (cell->body < 0)
        {
          cell->body = b;
          self->next_body[b] = -1;
          return;
        }

      if (depth >= MAX_TREE_DEPTH)
        {
          self->next_body[b] = cell->body;
          cell->body = b;
          return;
        }

      /* Split the leaf: its single body moves down one level, then b continues. */
      c = cell->body;
      first = alloc_cells (self, 4);
      cell = &self->cells[ci];   /* the array may have moved */
      half = cell->width * 0.5;
      init_cell (&self->cells[first + 0], cell->x0, cell->y0, half);
      init_cell (&self->cells[first + 1], cell->x0 + half, cell->y0, half);
      init_cell (&self->cells[first + 2], cell->x0, cell->y0 + half, half);
      init_cell (&self->cells[first + 3], cell->x0 + half, cell->y0 + half, half);
      cell->child = first;
      cell->body = -1;

      {
        Cell *cc = &self->cells[first + quadrant (cell, self->x[c], self->y[c])];

        cc->body = c;
        cc->mass = self->mass[c];
        cc->mx = self->mass[c] * self->x[c];
        cc->my = self->mass[c] * self->y[c];
        self->next_body[c] = -1;
      }

      ci = first + quadrant (cell, bx, by);
      depth++;
    }
}

static void
build_tree (MasarGraphLayout *self)
{
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE;
  double max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double width;

  for (guint i = 0; i < self->n_nodes; i++)
    {
      min_x = MIN (min_x, self->x[i]);
      max_x = MAX (max_x, self->x[i]);
      min_y = MIN (min_y, self->y[i]);
      max_y = MAX (max_y, self->y[i]);
    }

  width = MAX (max_x - min_x, max_y - min_y);
  width = width * 1.0001 + 1e-9;

  self->n_cells = 0;
  alloc_cells (self, 1);
  init_cell (&self->cells[0], min_x, min_y, width);

  for (guint i = 0; i < self->n_nodes; i++)
    insert_body (self, (int) i);

  for (guint c = 0; c < self->n_cells; c++)
    {
      Cell *cell = &self->cells[c];

      if (cell->mass > 0.0)
        {
          cell->mx /= cell->mass;
          cell->my /= cell->mass;
        }
    }
}

static void
repulse_barnes_hut (MasarGraphLayout *self,
                    guint             i)
{
  double theta2 = self->theta * self->theta;
  double xi = self->x[i];
  double yi = self->y[i];
  guint sp = 0;

  self->stack[sp++] = 0;
  while (sp > 0)
    {
      const Cell *cell = &self->cells[self->stack[--sp]];

      if (cell->mass <= 0.0)
        continue;

      if (cell->child < 0)
        {
          for (int j = cell->body; j >= 0; j = self->next_body[j])
            if ((guint) j != i)
              repulse_point (self, i, self->x[j], self->y[j], self->mass[j], self->size[j], TRUE);
        }
      else
        {
          double xd = xi - cell->mx;
          double yd = yi - cell->my;
          double d2 = xd * xd + yd * yd;
          gboolean inside = xi >= cell->x0 && xi < cell->x0 + cell->width &&
                            yi >= cell->y0 && yi < cell->y0 + cell->width;

          /* Never approximate a cell that holds i itself: its centre of mass includes i. */
          if (!inside && cell->width * cell->width < theta2 * d2)
            {
              repulse_point (self, i, cell->mx, cell->my, cell->mass, 0.0, FALSE);
            }
          else
            {
              g_assert (sp + 4 <= self->stack_alloc);
              for (int k = 0; k < 4; k++)
                self->stack[sp++] = cell->child + k;
            }
        }
    }
}

static void
compute_forces (MasarGraphLayout *self,
                gboolean          exact)
{
  guint n = self->n_nodes;

  if (self->masses_dirty)
    update_masses (self);

  memset (self->dx, 0, n * sizeof (double));
  memset (self->dy, 0, n * sizeof (double));

  /* Repulsion */
  if (exact || n < 64)
    {
      for (guint i = 0; i < n; i++)
        for (guint j = 0; j < n; j++)
          if (i != j)
            repulse_point (self, i, self->x[j], self->y[j], self->mass[j], self->size[j], TRUE);
    }
  else
    {
      build_tree (self);
      for (guint i = 0; i < n; i++)
        repulse_barnes_hut (self, i);
    }

  /* Gravity toward the origin */
  for (guint i = 0; i < n; i++)
    {
      double d = sqrt (self->x[i] * self->x[i] + self->y[i] * self->y[i]);
      double factor;

      if (self->strong_gravity)
        factor = self->gravity * self->mass[i];
      else if (d > 0.0)
        factor = self->gravity * self->mass[i] / d;
      else
        continue;

      self->dx[i] -= self->x[i] * factor;
      self->dy[i] -= self->y[i] * factor;
    }

  /* Attraction along edges */
  for (guint e = 0; e < self->edges->len; e++)
    {
      const LayoutEdge *edge = &g_array_index (self->edges, LayoutEdge, e);
      guint s = edge->source;
      guint t = edge->target;
      double w = edge_weight (self, edge->weight);
      double xd = self->x[s] - self->x[t];
      double yd = self->y[s] - self->y[t];
      double d = sqrt (xd * xd + yd * yd);
      double factor;

      if (s == t || d <= 0.0)
        continue;

      if (self->prevent_overlap)
        {
          double gap = d - self->size[s] - self->size[t];

          if (gap <= 0.0)
            continue;
          d = gap;
        }

      if (self->linlog)
        factor = -w * log1p (d) / d;
      else
        factor = -w;

      self->dx[s] += xd * factor;
      self->dy[s] += yd * factor;
      self->dx[t] -= xd * factor;
      self->dy[t] -= yd * factor;
    }
}

/* ForceAtlas2's adaptive speed (Jacomy et al. 2014, and Gephi's implementation). */
static void
adjust_speed (MasarGraphLayout *self)
{
  guint n = self->n_nodes;
  double swing = 0.0;
  double traction = 0.0;
  double estimated_jt, min_jt, max_jt, jt;
  double target_speed;
  const double min_speed_efficiency = 0.05;
  const double max_rise = 0.5;

  for (guint i = 0; i < n; i++)
    {
      double sx = self->old_dx[i] - self->dx[i];
      double sy = self->old_dy[i] - self->dy[i];
      double tx = self->old_dx[i] + self->dx[i];
      double ty = self->old_dy[i] + self->dy[i];

      if (self->pinned[i])
        continue;
      swing += self->mass[i] * sqrt (sx * sx + sy * sy);
      traction += self->mass[i] * 0.5 * sqrt (tx * tx + ty * ty);
    }

  self->swing = swing;
  self->traction = traction;

  estimated_jt = 0.05 * sqrt (n);
  min_jt = sqrt (estimated_jt);
  max_jt = 10.0;
  jt = self->jitter_tolerance *
       MAX (min_jt, MIN (max_jt, estimated_jt * traction / ((double) n * n)));

  if (traction > 0.0 && swing / traction > 2.0)
    {
      if (self->speed_efficiency > min_speed_efficiency)
        self->speed_efficiency *= 0.5;
      jt = MAX (jt, self->jitter_tolerance);
    }

  if (swing <= 0.0)
    target_speed = G_MAXDOUBLE;
  else
    target_speed = jt * self->speed_efficiency * traction / swing;

  if (swing > jt * traction)
    {
      if (self->speed_efficiency > min_speed_efficiency)
        self->speed_efficiency *= 0.7;
    }
  else if (self->speed < 1000.0)
    {
      self->speed_efficiency *= 1.3;
    }

  self->speed = self->speed + MIN (target_speed - self->speed, max_rise * self->speed);
}

static void
apply_forces (MasarGraphLayout *self)
{
  guint n = self->n_nodes;
  double moved = 0.0;
  double mean_x = 0.0, mean_y = 0.0, spread = 0.0;
  guint n_free = 0;

  for (guint i = 0; i < n; i++)
    {
      double sx = self->old_dx[i] - self->dx[i];
      double sy = self->old_dy[i] - self->dy[i];
      double node_swing = self->mass[i] * sqrt (sx * sx + sy * sy);
      double factor;
      double step_x, step_y;

      if (self->pinned[i])
        continue;

      if (self->prevent_overlap)
        {
          double df = sqrt (self->dx[i] * self->dx[i] + self->dy[i] * self->dy[i]);

          factor = 0.1 * self->speed / (1.0 + sqrt (self->speed * node_swing));
          factor = df > 0.0 ? MIN (factor * df, 10.0) / df : 0.0;
        }
      else
        {
          factor = self->speed / (1.0 + sqrt (self->speed * node_swing));
        }

      step_x = self->dx[i] * factor;
      step_y = self->dy[i] * factor;
      self->x[i] += step_x;
      self->y[i] += step_y;
      moved += sqrt (step_x * step_x + step_y * step_y);
      n_free++;
    }

  for (guint i = 0; i < n; i++)
    {
      mean_x += self->x[i];
      mean_y += self->y[i];
    }
  mean_x /= MAX (n, 1);
  mean_y /= MAX (n, 1);
  for (guint i = 0; i < n; i++)
    spread += (self->x[i] - mean_x) * (self->x[i] - mean_x) +
              (self->y[i] - mean_y) * (self->y[i] - mean_y);
  spread = sqrt (spread / MAX (n, 1));

  self->motion = n_free > 0 ? moved / n_free : 0.0;

  if (n_free == 0 || self->motion <= self->settle_tolerance * MAX (spread, 1e-9))
    self->calm_steps++;
  else
    self->calm_steps = 0;
}

static void
masar_graph_layout_finalize (GObject *object)
{
  MasarGraphLayout *self = (MasarGraphLayout *)object;

  g_free (self->x);
  g_free (self->y);
  g_free (self->dx);
  g_free (self->dy);
  g_free (self->old_dx);
  g_free (self->old_dy);
  g_free (self->mass);
  g_free (self->size);
  g_free (self->pinned);
  g_free (self->cells);
  g_free (self->next_body);
  g_free (self->stack);
  g_clear_pointer (&self->edges, g_array_unref);

  G_OBJECT_CLASS (masar_graph_layout_parent_class)->finalize (object);
}

static void
masar_graph_layout_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MasarGraphLayout *self = MASAR_GRAPH_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_GRAVITY:
      g_value_set_double (value, self->gravity);
      break;
    case PROP_STRONG_GRAVITY:
      g_value_set_boolean (value, self->strong_gravity);
      break;
    case PROP_LINLOG:
      g_value_set_boolean (value, self->linlog);
      break;
    case PROP_PREVENT_OVERLAP:
      g_value_set_boolean (value, self->prevent_overlap);
      break;
    case PROP_EDGE_WEIGHT_INFLUENCE:
      g_value_set_double (value, self->edge_weight_influence);
      break;
    case PROP_SCALING_RATIO:
      g_value_set_double (value, self->scaling_ratio);
      break;
    case PROP_JITTER_TOLERANCE:
      g_value_set_double (value, self->jitter_tolerance);
      break;
    case PROP_BARNES_HUT:
      g_value_set_boolean (value, self->barnes_hut);
      break;
    case PROP_BARNES_HUT_THETA:
      g_value_set_double (value, self->theta);
      break;
    case PROP_SEED:
      g_value_set_uint (value, self->seed);
      break;
    case PROP_SETTLE_TOLERANCE:
      g_value_set_double (value, self->settle_tolerance);
      break;
    case PROP_SETTLED:
      g_value_set_boolean (value, self->settled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_double_option (MasarGraphLayout *self,
                   double           *field,
                   double            value,
                   guint             prop)
{
  if (*field == value)
    return;
  *field = value;
  masar_graph_layout_wake (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_flag_option (MasarGraphLayout *self,
                 guint             prop,
                 gboolean          value)
{
  gboolean old;

  value = !!value;
  switch (prop)
    {
    case PROP_STRONG_GRAVITY:
      old = self->strong_gravity;
      self->strong_gravity = value;
      break;
    case PROP_LINLOG:
      old = self->linlog;
      self->linlog = value;
      break;
    case PROP_PREVENT_OVERLAP:
      old = self->prevent_overlap;
      self->prevent_overlap = value;
      break;
    case PROP_BARNES_HUT:
      old = self->barnes_hut;
      self->barnes_hut = value;
      break;
    default:
      g_assert_not_reached ();
    }

  if (old == value)
    return;
  masar_graph_layout_wake (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
masar_graph_layout_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MasarGraphLayout *self = MASAR_GRAPH_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_GRAVITY:
      set_double_option (self, &self->gravity, g_value_get_double (value), prop_id);
      break;
    case PROP_EDGE_WEIGHT_INFLUENCE:
      set_double_option (self, &self->edge_weight_influence, g_value_get_double (value), prop_id);
      break;
    case PROP_SCALING_RATIO:
      set_double_option (self, &self->scaling_ratio, g_value_get_double (value), prop_id);
      break;
    case PROP_JITTER_TOLERANCE:
      set_double_option (self, &self->jitter_tolerance, g_value_get_double (value), prop_id);
      break;
    case PROP_BARNES_HUT_THETA:
      set_double_option (self, &self->theta, g_value_get_double (value), prop_id);
      break;
    case PROP_SETTLE_TOLERANCE:
      set_double_option (self, &self->settle_tolerance, g_value_get_double (value), prop_id);
      break;
    case PROP_STRONG_GRAVITY:
    case PROP_LINLOG:
    case PROP_PREVENT_OVERLAP:
    case PROP_BARNES_HUT:
      set_flag_option (self, prop_id, g_value_get_boolean (value));
      break;
    case PROP_SEED:
      if (self->seed != g_value_get_uint (value))
        {
          self->seed = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_graph_layout_class_init (MasarGraphLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = masar_graph_layout_finalize;
  object_class->get_property = masar_graph_layout_get_property;
  object_class->set_property = masar_graph_layout_set_property;

  /**
   * MasarGraphLayout:gravity:
   *
   * Pull toward the origin, proportional to a node's mass; keeps components together.
   */
  properties[PROP_GRAVITY] =
    g_param_spec_double ("gravity", NULL, NULL,
                         0.0, G_MAXDOUBLE, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphLayout:strong-gravity:
   *
   * Gravity grows with the distance from the origin instead of being constant.
   */
  properties[PROP_STRONG_GRAVITY] =
    g_param_spec_boolean ("strong-gravity", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphLayout:linlog:
   *
   * Attraction grows with the logarithm of the distance (Noack's LinLog), which makes
   * clusters tighter and further apart.
   */
  properties[PROP_LINLOG] =
    g_param_spec_boolean ("linlog", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphLayout:prevent-overlap:
   *
   * Take each node's radius (masar_graph_layout_set_node_size()) into account so that
   * nodes do not overlap. Best switched on once the layout has roughly settled.
   */
  properties[PROP_PREVENT_OVERLAP] =
    g_param_spec_boolean ("prevent-overlap", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphLayout:edge-weight-influence:
   *
   * The exponent applied to edge weights in the attraction: 0 ignores weights, 1 is linear.
   */
  properties[PROP_EDGE_WEIGHT_INFLUENCE] =
    g_param_spec_double ("edge-weight-influence", NULL, NULL,
                         0.0, 10.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphLayout:scaling-ratio:
   *
   * Strength of the repulsion; larger values give a larger, sparser layout.
   */
  properties[PROP_SCALING_RATIO] =
    g_param_spec_double ("scaling-ratio", NULL, NULL,
                         0.0, G_MAXDOUBLE, 2.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphLayout:jitter-tolerance:
   *
   * How much swinging the adaptive speed accepts: higher is faster and less precise.
   */
  properties[PROP_JITTER_TOLERANCE] =
    g_param_spec_double ("jitter-tolerance", NULL, NULL,
                         0.01, 100.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphLayout:barnes-hut:
   *
   * Approximate the repulsion with a Barnes–Hut quadtree (O(n log n)) instead of exact
   * pairs (O(n²)). Graphs of fewer than 64 nodes always use exact pairs.
   */
  properties[PROP_BARNES_HUT] =
    g_param_spec_boolean ("barnes-hut", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphLayout:barnes-hut-theta:
   *
   * A quadtree cell of width w at distance d is replaced by its centre of mass when
   * w / d is below theta. Smaller is more precise and slower.
   */
  properties[PROP_BARNES_HUT_THETA] =
    g_param_spec_double ("barnes-hut-theta", NULL, NULL,
                         0.0, 10.0, 1.2,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphLayout:seed:
   *
   * Seed of the random initial positions (masar_graph_layout_randomize()).
   */
  properties[PROP_SEED] =
    g_param_spec_uint ("seed", NULL, NULL,
                       0, G_MAXUINT, 42,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphLayout:settle-tolerance:
   *
   * The layout is settled when, for several iterations in a row, nodes move on average
   * less than this fraction of the layout's spread (RMS distance to the centroid).
   */
  properties[PROP_SETTLE_TOLERANCE] =
    g_param_spec_double ("settle-tolerance", NULL, NULL,
                         0.0, 1.0, 0.002,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphLayout:settled:
   *
   * Whether the layout has stopped moving (see #MasarGraphLayout:settle-tolerance).
   * masar_graph_layout_wake() and any change to the graph clear it.
   */
  properties[PROP_SETTLED] =
    g_param_spec_boolean ("settled", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
masar_graph_layout_init (MasarGraphLayout *self)
{
  self->edges = g_array_new (FALSE, FALSE, sizeof (LayoutEdge));
  self->gravity = 1.0;
  self->scaling_ratio = 2.0;
  self->edge_weight_influence = 1.0;
  self->jitter_tolerance = 1.0;
  self->theta = 1.2;
  self->settle_tolerance = 0.002;
  self->seed = 42;
  self->barnes_hut = TRUE;
  self->speed = 1.0;
  self->speed_efficiency = 1.0;
  self->masses_dirty = TRUE;

  /* Depth-first traversal pushes at most 3 siblings per level plus 4 children. */
  self->stack_alloc = 4 * (MAX_TREE_DEPTH + 2);
  self->stack = g_new (int, self->stack_alloc);
}

/**
 * masar_graph_layout_new:
 *
 * Returns: (transfer full): a new, empty #MasarGraphLayout
 */
MasarGraphLayout *
masar_graph_layout_new (void)
{
  return g_object_new (MASAR_TYPE_GRAPH_LAYOUT, NULL);
}

/**
 * masar_graph_layout_copy:
 * @self: a #MasarGraphLayout
 *
 * Copies the graph, positions, options and speed state, for example to run it on a worker
 * thread while @self stays on the main thread.
 *
 * Returns: (transfer full): a new #MasarGraphLayout
 */
MasarGraphLayout *
masar_graph_layout_copy (MasarGraphLayout *self)
{
  MasarGraphLayout *copy;
  gsize n;

  g_return_val_if_fail (MASAR_IS_GRAPH_LAYOUT (self), NULL);

  copy = masar_graph_layout_new ();
  masar_graph_layout_set_n_nodes (copy, self->n_nodes);
  n = self->n_nodes;
  memcpy (copy->x, self->x, n * sizeof (double));
  memcpy (copy->y, self->y, n * sizeof (double));
  memcpy (copy->old_dx, self->old_dx, n * sizeof (double));
  memcpy (copy->old_dy, self->old_dy, n * sizeof (double));
  memcpy (copy->size, self->size, n * sizeof (double));
  memcpy (copy->pinned, self->pinned, n * sizeof (guint8));
  g_array_append_vals (copy->edges, self->edges->data, self->edges->len);
  copy->masses_dirty = TRUE;

  copy->gravity = self->gravity;
  copy->scaling_ratio = self->scaling_ratio;
  copy->edge_weight_influence = self->edge_weight_influence;
  copy->jitter_tolerance = self->jitter_tolerance;
  copy->theta = self->theta;
  copy->settle_tolerance = self->settle_tolerance;
  copy->seed = self->seed;
  copy->strong_gravity = self->strong_gravity;
  copy->linlog = self->linlog;
  copy->prevent_overlap = self->prevent_overlap;
  copy->barnes_hut = self->barnes_hut;
  copy->speed = self->speed;
  copy->speed_efficiency = self->speed_efficiency;
  copy->iterations = self->iterations;

  return copy;
}

/**
 * masar_graph_layout_set_n_nodes:
 * @self: a #MasarGraphLayout
 * @n_nodes: the number of nodes
 *
 * Resizes the graph. Existing nodes keep their positions, sizes and pins; new nodes get
 * random positions from the seed; edges to removed nodes are dropped.
 */
void
masar_graph_layout_set_n_nodes (MasarGraphLayout *self,
                                guint             n_nodes)
{
  guint old;
  g_autoptr(GRand) rand = NULL;
  double radius;

  g_return_if_fail (MASAR_IS_GRAPH_LAYOUT (self));

  old = self->n_nodes;
  if (old == n_nodes)
    return;

  self->x = g_renew (double, self->x, n_nodes);
  self->y = g_renew (double, self->y, n_nodes);
  self->dx = g_renew (double, self->dx, n_nodes);
  self->dy = g_renew (double, self->dy, n_nodes);
  self->old_dx = g_renew (double, self->old_dx, n_nodes);
  self->old_dy = g_renew (double, self->old_dy, n_nodes);
  self->mass = g_renew (double, self->mass, n_nodes);
  self->size = g_renew (double, self->size, n_nodes);
  self->pinned = g_renew (guint8, self->pinned, n_nodes);
  self->next_body = g_renew (int, self->next_body, n_nodes);

  rand = g_rand_new_with_seed (self->seed + old);
  radius = 10.0 * sqrt ((double) MAX (n_nodes, 1));
  for (guint i = old; i < n_nodes; i++)
    {
      self->x[i] = g_rand_double_range (rand, -radius, radius);
      self->y[i] = g_rand_double_range (rand, -radius, radius);
      self->dx[i] = self->dy[i] = 0.0;
      self->old_dx[i] = self->old_dy[i] = 0.0;
      self->size[i] = 1.0;
      self->pinned[i] = FALSE;
    }

  if (n_nodes < old)
    {
      for (guint e = self->edges->len; e > 0; e--)
        {
          const LayoutEdge *edge = &g_array_index (self->edges, LayoutEdge, e - 1);

          if (edge->source >= n_nodes || edge->target >= n_nodes)
            g_array_remove_index (self->edges, e - 1);
        }
    }

  self->n_nodes = n_nodes;
  self->masses_dirty = TRUE;
  masar_graph_layout_wake (self);
}

/**
 * masar_graph_layout_get_n_nodes:
 * @self: a #MasarGraphLayout
 *
 * Returns: the number of nodes
 */
guint
masar_graph_layout_get_n_nodes (MasarGraphLayout *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_LAYOUT (self), 0);

  return self->n_nodes;
}

/**
 * masar_graph_layout_add_edge:
 * @self: a #MasarGraphLayout
 * @source: a node index
 * @target: a node index
 * @weight: a positive weight
 *
 * Adds an undirected edge. Each edge adds one to the mass of both ends.
 */
void
masar_graph_layout_add_edge (MasarGraphLayout *self,
                             guint             source,
                             guint             target,
                             double            weight)
{
  LayoutEdge edge = { source, target, weight };

  g_return_if_fail (MASAR_IS_GRAPH_LAYOUT (self));
  g_return_if_fail (source < self->n_nodes);
  g_return_if_fail (target < self->n_nodes);
  g_return_if_fail (weight > 0.0);

  g_array_append_val (self->edges, edge);
  self->masses_dirty = TRUE;
  masar_graph_layout_wake (self);
}

/**
 * masar_graph_layout_clear_edges:
 * @self: a #MasarGraphLayout
 */
void
masar_graph_layout_clear_edges (MasarGraphLayout *self)
{
  g_return_if_fail (MASAR_IS_GRAPH_LAYOUT (self));

  g_array_set_size (self->edges, 0);
  self->masses_dirty = TRUE;
  masar_graph_layout_wake (self);
}

/**
 * masar_graph_layout_get_n_edges:
 * @self: a #MasarGraphLayout
 *
 * Returns: the number of edges
 */
guint
masar_graph_layout_get_n_edges (MasarGraphLayout *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_LAYOUT (self), 0);

  return self->edges->len;
}

/**
 * masar_graph_layout_randomize:
 * @self: a #MasarGraphLayout
 *
 * Places every node that is not pinned at a random position drawn from
 * #MasarGraphLayout:seed, in a square whose side grows with the square root of the number
 * of nodes, and resets the adaptive speed. The same seed gives the same positions.
 */
void
masar_graph_layout_randomize (MasarGraphLayout *self)
{
  g_autoptr(GRand) rand = NULL;
  double radius;

  g_return_if_fail (MASAR_IS_GRAPH_LAYOUT (self));

  rand = g_rand_new_with_seed (self->seed);
  radius = 10.0 * sqrt ((double) MAX (self->n_nodes, 1));
  for (guint i = 0; i < self->n_nodes; i++)
    {
      double x = g_rand_double_range (rand, -radius, radius);
      double y = g_rand_double_range (rand, -radius, radius);

      if (self->pinned[i])
        continue;
      self->x[i] = x;
      self->y[i] = y;
      self->old_dx[i] = self->old_dy[i] = 0.0;
    }

  self->speed = 1.0;
  self->speed_efficiency = 1.0;
  self->iterations = 0;
  masar_graph_layout_wake (self);
}

/**
 * masar_graph_layout_set_position:
 * @self: a #MasarGraphLayout
 * @node: a node index
 * @x: x in layout units
 * @y: y in layout units
 *
 * Moves a node (pinned or not) and wakes the layout.
 */
void
masar_graph_layout_set_position (MasarGraphLayout *self,
                                 guint             node,
                                 double            x,
                                 double            y)
{
  g_return_if_fail (MASAR_IS_GRAPH_LAYOUT (self));
  g_return_if_fail (node < self->n_nodes);

  self->x[node] = x;
  self->y[node] = y;
  masar_graph_layout_wake (self);
}

/**
 * masar_graph_layout_get_position:
 * @self: a #MasarGraphLayout
 * @node: a node index
 * @x: (out) (optional): x in layout units
 * @y: (out) (optional): y in layout units
 */
void
masar_graph_layout_get_position (MasarGraphLayout *self,
                                 guint             node,
                                 double           *x,
                                 double           *y)
{
  g_return_if_fail (MASAR_IS_GRAPH_LAYOUT (self));
  g_return_if_fail (node < self->n_nodes);

  if (x != NULL)
    *x = self->x[node];
  if (y != NULL)
    *y = self->y[node];
}

/**
 * masar_graph_layout_set_node_size:
 * @self: a #MasarGraphLayout
 * @node: a node index
 * @radius: the node's radius in layout units
 *
 * Sets the radius used by #MasarGraphLayout:prevent-overlap.
 */
void
masar_graph_layout_set_node_size (MasarGraphLayout *self,
                                  guint             node,
                                  double            radius)
{
  g_return_if_fail (MASAR_IS_GRAPH_LAYOUT (self));
  g_return_if_fail (node < self->n_nodes);

  if (self->size[node] == radius)
    return;
  self->size[node] = radius;
  if (self->prevent_overlap)
    masar_graph_layout_wake (self);
}

/**
 * masar_graph_layout_set_pinned:
 * @self: a #MasarGraphLayout
 * @node: a node index
 * @pinned: whether the node keeps its position
 *
 * A pinned node still repels and attracts the others, but never moves by itself.
 */
void
masar_graph_layout_set_pinned (MasarGraphLayout *self,
                               guint             node,
                               gboolean          pinned)
{
  g_return_if_fail (MASAR_IS_GRAPH_LAYOUT (self));
  g_return_if_fail (node < self->n_nodes);

  if (self->pinned[node] == !!pinned)
    return;
  self->pinned[node] = !!pinned;
  masar_graph_layout_wake (self);
}

/**
 * masar_graph_layout_get_pinned:
 * @self: a #MasarGraphLayout
 * @node: a node index
 *
 * Returns: whether the node is pinned
 */
gboolean
masar_graph_layout_get_pinned (MasarGraphLayout *self,
                               guint             node)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_LAYOUT (self), FALSE);
  g_return_val_if_fail (node < self->n_nodes, FALSE);

  return self->pinned[node];
}

/**
 * masar_graph_layout_get_bounds:
 * @self: a #MasarGraphLayout
 * @min_x: (out): smallest x of a node, minus its radius
 * @min_y: (out): smallest y of a node, minus its radius
 * @max_x: (out): largest x of a node, plus its radius
 * @max_y: (out): largest y of a node, plus its radius
 *
 * All four are 0 for an empty graph.
 */
void
masar_graph_layout_get_bounds (MasarGraphLayout *self,
                               double           *min_x,
                               double           *min_y,
                               double           *max_x,
                               double           *max_y)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  g_return_if_fail (MASAR_IS_GRAPH_LAYOUT (self));
  g_return_if_fail (min_x != NULL && min_y != NULL && max_x != NULL && max_y != NULL);

  if (self->n_nodes == 0)
    {
      *min_x = *min_y = *max_x = *max_y = 0.0;
      return;
    }

  for (guint i = 0; i < self->n_nodes; i++)
    {
      x0 = MIN (x0, self->x[i] - self->size[i]);
      y0 = MIN (y0, self->y[i] - self->size[i]);
      x1 = MAX (x1, self->x[i] + self->size[i]);
      y1 = MAX (y1, self->y[i] + self->size[i]);
    }
  *min_x = x0;
  *min_y = y0;
  *max_x = x1;
  *max_y = y1;
}

/**
 * masar_graph_layout_step:
 * @self: a #MasarGraphLayout
 *
 * Runs one iteration: forces, adaptive speed, moves. Cheap enough to call on every frame
 * for a few hundred nodes (see `masar-bench graph` for figures). Stepping a settled layout
 * still moves it a little; callers stop when this returns %TRUE.
 *
 * Returns: %TRUE if the layout is settled (#MasarGraphLayout:settled)
 */
gboolean
masar_graph_layout_step (MasarGraphLayout *self)
{
  double *tmp;

  g_return_val_if_fail (MASAR_IS_GRAPH_LAYOUT (self), TRUE);

  if (self->n_nodes < 2)
    {
      set_settled (self, TRUE);
      return TRUE;
    }

  compute_forces (self, !self->barnes_hut);
  adjust_speed (self);
  apply_forces (self);

  /* The forces of this step become the "old" forces of the next one. */
  tmp = self->old_dx;
  self->old_dx = self->dx;
  self->dx = tmp;
  tmp = self->old_dy;
  self->old_dy = self->dy;
  self->dy = tmp;

  self->iterations++;
  set_settled (self, self->calm_steps >= SETTLE_STEPS);

  return self->settled;
}

/**
 * masar_graph_layout_wake:
 * @self: a #MasarGraphLayout
 *
 * Clears #MasarGraphLayout:settled so that stepping continues, for example after a node
 * was dragged. The adaptive speed is kept.
 */
void
masar_graph_layout_wake (MasarGraphLayout *self)
{
  g_return_if_fail (MASAR_IS_GRAPH_LAYOUT (self));

  self->calm_steps = 0;
  set_settled (self, FALSE);
}

/**
 * masar_graph_layout_get_settled:
 * @self: a #MasarGraphLayout
 *
 * Returns: whether the layout has settled
 */
gboolean
masar_graph_layout_get_settled (MasarGraphLayout *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_LAYOUT (self), FALSE);

  return self->settled;
}

/**
 * masar_graph_layout_get_iterations:
 * @self: a #MasarGraphLayout
 *
 * Returns: iterations run since the last randomization
 */
guint
masar_graph_layout_get_iterations (MasarGraphLayout *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_LAYOUT (self), 0);

  return self->iterations;
}

/**
 * masar_graph_layout_get_swing:
 * @self: a #MasarGraphLayout
 *
 * ForceAtlas2's global swinging of the last step: the mass-weighted sum of how much each
 * node's force changed direction and size, a measure of oscillation.
 *
 * Returns: the swing, ≥ 0
 */
double
masar_graph_layout_get_swing (MasarGraphLayout *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_LAYOUT (self), 0.0);

  return self->swing;
}

/**
 * masar_graph_layout_get_traction:
 * @self: a #MasarGraphLayout
 *
 * ForceAtlas2's global effective traction of the last step: the mass-weighted sum of the
 * forces that kept their direction, a measure of useful motion (an energy-like figure
 * that goes down as the layout settles).
 *
 * Returns: the traction, ≥ 0
 */
double
masar_graph_layout_get_traction (MasarGraphLayout *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_LAYOUT (self), 0.0);

  return self->traction;
}

/**
 * masar_graph_layout_get_motion:
 * @self: a #MasarGraphLayout
 *
 * Returns: the mean distance a free node moved in the last step, in layout units
 */
double
masar_graph_layout_get_motion (MasarGraphLayout *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_LAYOUT (self), 0.0);

  return self->motion;
}

/**
 * masar_graph_layout_compute_forces:
 * @self: a #MasarGraphLayout
 * @exact: compute the repulsion over all pairs instead of with the quadtree
 * @fx: (array) (out caller-allocates): n_nodes x components of the total force
 * @fy: (array) (out caller-allocates): n_nodes y components
 *
 * Computes the forces of the current positions without moving anything (for tests and
 * diagnostics).
 */
void
masar_graph_layout_compute_forces (MasarGraphLayout *self,
                                   gboolean          exact,
                                   double           *fx,
                                   double           *fy)
{
  g_return_if_fail (MASAR_IS_GRAPH_LAYOUT (self));
  g_return_if_fail (fx != NULL && fy != NULL);

  if (self->n_nodes == 0)
    return;

  compute_forces (self, exact);
  memcpy (fx, self->dx, self->n_nodes * sizeof (double));
  memcpy (fy, self->dy, self->n_nodes * sizeof (double));
}

/**
 * masar_graph_layout_dup_positions:
 * @self: a #MasarGraphLayout
 *
 * Returns: (transfer full): a snapshot of the positions
 */
MasarGraphPositions *
masar_graph_layout_dup_positions (MasarGraphLayout *self)
{
  MasarGraphPositions *positions;

  g_return_val_if_fail (MASAR_IS_GRAPH_LAYOUT (self), NULL);

  positions = positions_new (self->n_nodes);
  for (guint i = 0; i < self->n_nodes; i++)
    {
      positions->xy[2 * i] = self->x[i];
      positions->xy[2 * i + 1] = self->y[i];
    }
  return positions;
}

/**
 * masar_graph_layout_set_positions:
 * @self: a #MasarGraphLayout
 * @positions: positions for the same number of nodes
 *
 * Moves every node that is not pinned to @positions (typically the result of
 * masar_graph_layout_run_finish()). Pinned nodes keep the place the user gave them.
 */
void
masar_graph_layout_set_positions (MasarGraphLayout    *self,
                                  MasarGraphPositions *positions)
{
  g_return_if_fail (MASAR_IS_GRAPH_LAYOUT (self));
  g_return_if_fail (positions != NULL);
  g_return_if_fail (positions->n_nodes == self->n_nodes);

  for (guint i = 0; i < self->n_nodes; i++)
    {
      if (self->pinned[i])
        continue;
      self->x[i] = positions->xy[2 * i];
      self->y[i] = positions->xy[2 * i + 1];
      self->old_dx[i] = self->old_dy[i] = 0.0;
    }
}

typedef struct
{
  MasarGraphLayout *work;
  guint             max_iterations;
} RunData;

static void
run_data_free (RunData *data)
{
  g_clear_object (&data->work);
  g_free (data);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunData *data = task_data;

  /* data->work is a private copy: nothing else touches it while this runs. */
  for (guint i = 0; i < data->max_iterations; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      if (masar_graph_layout_step (data->work))
        break;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_pointer (task,
                         masar_graph_layout_dup_positions (data->work),
                         (GDestroyNotify) masar_graph_positions_unref);
}

/**
 * masar_graph_layout_run_async:
 * @self: a #MasarGraphLayout
 * @max_iterations: stop after this many iterations if not settled before
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Runs the layout on a worker thread, on a copy of @self taken now, until it settles or
 * @max_iterations have run. @self is not changed: apply the result with
 * masar_graph_layout_set_positions() after checking that it is not stale.
 */
void
masar_graph_layout_run_async (MasarGraphLayout    *self,
                              guint                max_iterations,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RunData *data;

  g_return_if_fail (MASAR_IS_GRAPH_LAYOUT (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (RunData, 1);
  data->work = masar_graph_layout_copy (self);
  data->max_iterations = max_iterations;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, masar_graph_layout_run_async);
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);
  g_task_run_in_thread (task, run_thread);
}

/**
 * masar_graph_layout_run_finish:
 * @self: a #MasarGraphLayout
 * @result: the #GAsyncResult
 * @error: return location for a #GError (%G_IO_ERROR_CANCELLED when cancelled)
 *
 * Returns: (transfer full): the positions the run reached, or %NULL with @error set
 */
MasarGraphPositions *
masar_graph_layout_run_finish (MasarGraphLayout  *self,
                               GAsyncResult      *result,
                               GError           **error)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_LAYOUT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == masar_graph_layout_run_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
