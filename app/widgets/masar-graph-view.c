/* masar-graph-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-graph-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "masar-export.h"
#include "masar-graph-view.h"

#define ANIMATION_USEC   (400 * G_TIME_SPAN_MILLISECOND)
#define FRAME_BUDGET_US  6000           /* layout time per frame */
#define FIT_MARGIN       12.0           /* pixels around the fitted drawing, labels included */
#define ZOOM_MIN         0.1
#define ZOOM_MAX         20.0
#define PICK_SLOP        3.0            /* pixels added to a node's radius when picking */
#define CSS_RESOURCE     "/io/github/masar/Masar/ui/widgets/masar-graph-view.css"
#define LABEL_GAP        3.0            /* pixels between a node's disc and its label */
#define LABEL_HALO       2.0            /* pixels around a label that other labels keep clear of */
#define DISC_GAP         4.0            /* pixels kept between discs once overlap is prevented */
#define LABEL_CELL       48.0           /* grid cell, pixels, for label collision tests */

typedef struct
{
  MasarGraphNode *node;                 /* owned */
  double          from_radius;          /* pixels at zoom 1 */
  double          to_radius;
  double          from_alpha;
  int             label_w;              /* label size in pixels, -1 until measured */
  int             label_h;
  double          label_x;              /* top left of the placed label, widget coords */
  double          label_y;
  gboolean        label_shown;          /* placed without overlap, or forced (selected…) */
} ViewNode;

typedef struct
{
  GdkRGBA fg;
  GdkRGBA bg;
  GdkRGBA sides[6];
  GdkRGBA cooperative;
  GdkRGBA conflictual;
  GdkRGBA accent;
} Palette;

static const char *side_names[] = { "russia", "ukraine", "usa", "europe", "mediator", "other" };

/* Colours come from CSS: "masar_graph_<side>" etc. when the app's stylesheet defines them
 * (ui/widgets/masar-graph-view.css), else libadwaita's palette names, else these. */
static const struct { const char *name; const char *adwaita; const char *fallback; } palette_names[] = {
  { "masar_graph_russia", "red_3", "#e01b24" },
  { "masar_graph_ukraine", "blue_3", "#3584e4" },
  { "masar_graph_usa", "purple_3", "#9141ac" },
  { "masar_graph_europe", "yellow_5", "#e5a50a" },
  { "masar_graph_mediator", "green_4", "#2ec27e" },
  { "masar_graph_other", "dark_1", "#77767b" },
  { "masar_graph_cooperative", "green_5", "#26a269" },
  { "masar_graph_conflictual", "red_4", "#c01c28" },
  { "masar_graph_accent", "accent_color", "#3584e4" },
};

/**
 * MasarGraphView:
 *
 * The actor graph: nodes sized by their events and coloured by side, labelled with their
 * shaped Arabic names (or English ones, #MasarGraphView:prefer-english), edges weighted by
 * shared events and coloured from conflictual (red) to cooperative (green). The layout runs
 * on the frame clock until it settles. Drag a node to move and pin it, drag the background
 * to pan, Ctrl+scroll or pinch to zoom, `graph.fit` to fit.
 *
 * RTL: the drawing is a spatial map, not a reading order, so it does not mirror in RTL;
 * the same node sits at the same place in both directions, and only the labels follow
 * their own text direction (Pango's bidi). Hit-testing uses the same world_to_widget()
 * mapping as the drawing in both directions.
 *
 * Keyboard: the view takes focus; the arrow keys move the focus to the nearest node in
 * that direction on screen (`graph.move-focus`); being a map, the graph keeps the arrows'
 * screen meaning in RTL too (Left goes left). Enter or Space selects and activates the
 * focused node (`graph.activate-focus`), Escape clears the selection
 * (`graph.clear-selection`), + and - zoom, 0 fits. The focused node has a focus ring and
 * is announced through the accessible description.
 *
 * Labels are placed greedily, larger nodes first, below, above, beside (left first in
 * RTL) their node, where they overlap no other label or disc; a label that finds no room
 * is hidden and shows when its node is hovered, focused or selected.
 */
struct _MasarGraphView
{
  GtkWidget         parent_instance;

  /* Owned references */
  MasarGraphModel  *model;
  GSignalGroup     *model_signals;
  MasarGraphLayout *layout;
  GArray           *nodes;              /* ViewNode, index = model node index */
  GPtrArray        *edges;              /* MasarGraphEdge */
  GArray           *edge_from_width;    /* double per edge: drawn width when the range changed */
  GHashTable       *index_by_id;        /* id → index + 1 */
  PangoLayout      *label_layout;
  GskRenderNode    *cached;
  GCancellable     *cancellable;
  GListStore       *item_models;
  GListModel       *items;
  char             *selected_node;
  MasarGraphEdge   *selected_edge;
  char             *focused_node;       /* keyboard focus among the nodes */

  /* State */
  Palette           palette;
  double            zoom;               /* user zoom, 1 = fitted */
  double            fit_scale;          /* pixels per layout unit at zoom 1 */
  double            center_x;           /* layout coordinates at the widget's centre */
  double            center_y;
  gint64            anim_start;         /* frame time, µs */
  guint             tick_id;
  guint             generation;
  int               drag_node;          /* -1 when panning */
  double            drag_start_x;       /* layout coords of the node, or centre when panning */
  double            drag_start_y;
  double            pinch_zoom;
  double            pointer_x;          /* last pointer position, widget coords */
  double            pointer_y;
  int               hover_index;        /* node under the pointer, or -1 */
  guint             auto_fit : 1;
  guint             overlap_on : 1;     /* the layout's prevent-overlap pass has started */
  guint             keyboard_focus : 1; /* the focus was moved with the keyboard */
  guint             prefer_english : 1;
  guint             palette_valid : 1;
  guint             dragging : 1;
};

enum {
  PROP_0,
  PROP_MODEL,
  PROP_PREFER_ENGLISH,
  PROP_SELECTED_NODE,
  PROP_ZOOM,
  N_PROPS
};

enum {
  NODE_ACTIVATED,
  NODE_SELECTED,
  EDGE_SELECTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (MasarGraphView, masar_graph_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void ensure_ticking (MasarGraphView *self);
static void update_actions (MasarGraphView *self);

static void
invalidate (MasarGraphView *self)
{
  g_clear_pointer (&self->cached, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
animations_enabled (MasarGraphView *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled, NULL);
  return enabled;
}

static double
ease_out_cubic (double t)
{
  double p = t - 1.0;

  return p * p * p + 1.0;
}

static double
animation_progress (MasarGraphView *self)
{
  GdkFrameClock *clock;
  gint64 now;

  if (self->anim_start == 0 || !animations_enabled (self))
    return 1.0;

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  now = clock != NULL ? gdk_frame_clock_get_frame_time (clock) : g_get_monotonic_time ();
  return ease_out_cubic (CLAMP ((double) (now - self->anim_start) / ANIMATION_USEC, 0.0, 1.0));
}

static double
node_radius (MasarGraphView *self,
             guint           i,
             double          t)
{
  const ViewNode *vn = &g_array_index (self->nodes, ViewNode, i);
  double r = vn->from_radius + (vn->to_radius - vn->from_radius) * t;

  return r * CLAMP (sqrt (self->zoom), 0.6, 2.5);
}

static double
node_alpha (MasarGraphView *self,
            guint           i,
            double          t)
{
  const ViewNode *vn = &g_array_index (self->nodes, ViewNode, i);

  return vn->from_alpha + (1.0 - vn->from_alpha) * t;
}

static double
scale (MasarGraphView *self)
{
  return self->fit_scale * self->zoom;
}

/* The one mapping from layout coordinates to widget pixels; see the RTL note above. */
static void
world_to_widget (MasarGraphView *self,
                 double          wx,
                 double          wy,
                 int             width,
                 int             height,
                 double         *x,
                 double         *y)
{
  *x = (wx - self->center_x) * scale (self) + width / 2.0;
  *y = (wy - self->center_y) * scale (self) + height / 2.0;
}

static void
widget_to_world (MasarGraphView *self,
                 double          x,
                 double          y,
                 double         *wx,
                 double         *wy)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  *wx = (x - width / 2.0) / scale (self) + self->center_x;
  *wy = (y - height / 2.0) / scale (self) + self->center_y;
}

static void measure_label (MasarGraphView *self,
                           ViewNode       *vn);

/* The drawing's extent in pixels at @s pixels per layout unit: each node's disc and, when
 * @labels, its label where it goes first (centred below the disc). */
static void
fit_extent (MasarGraphView *self,
            double          s,
            gboolean        labels,
            double         *x0,
            double         *y0,
            double         *x1,
            double         *y1)
{
  double zoom_r = CLAMP (sqrt (self->zoom), 0.6, 2.5);

  *x0 = *y0 = G_MAXDOUBLE;
  *x1 = *y1 = -G_MAXDOUBLE;
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const ViewNode *vn = &g_array_index (self->nodes, ViewNode, i);
      double r = vn->to_radius * zoom_r;
      double half_w = r, below = r;
      double wx, wy;

      if (labels)
        {
          half_w = MAX (r, vn->label_w / 2.0);
          below = r + LABEL_GAP + vn->label_h;
        }
      masar_graph_layout_get_position (self->layout, i, &wx, &wy);
      *x0 = MIN (*x0, wx * s - half_w);
      *x1 = MAX (*x1, wx * s + half_w);
      *y0 = MIN (*y0, wy * s - r);
      *y1 = MAX (*y1, wy * s + below);
    }
}

static gboolean
fit_fits (MasarGraphView *self,
          double          s,
          gboolean        labels,
          double          width,
          double          height)
{
  double x0, y0, x1, y1;

  fit_extent (self, s, labels, &x0, &y0, &x1, &y1);
  return x1 - x0 <= width && y1 - y0 <= height;
}

/* The largest scale at which every disc and label fits the area less FIT_MARGIN on each
 * side, centred. Labels are a fixed size in pixels, so the scale is searched for (the
 * extent grows with it); when even the labels alone are too wide, discs only are fitted. */
static void
compute_fit (MasarGraphView *self,
             int             width,
             int             height)
{
  double x0, y0, x1, y1;
  double w, h, room_w, room_h;
  double lo, hi;
  gboolean labels = TRUE;

  if (self->nodes->len == 0 || width <= 0 || height <= 0)
    {
      self->fit_scale = 1.0;
      self->center_x = self->center_y = 0.0;
      return;
    }

  for (guint i = 0; i < self->nodes->len; i++)
    measure_label (self, &g_array_index (self->nodes, ViewNode, i));

  masar_graph_layout_get_bounds (self->layout, &x0, &y0, &x1, &y1);
  w = MAX (x1 - x0, 1e-6);
  h = MAX (y1 - y0, 1e-6);
  room_w = MAX (width - 2 * FIT_MARGIN, 1.0);
  room_h = MAX (height - 2 * FIT_MARGIN, 1.0);

  if (self->nodes->len == 1)
    {
      self->fit_scale = 1.0;
    }
  else
    {
      /* Centres alone bound the scale from above. */
      hi = MIN (room_w / w, room_h / h);
      lo = hi * 1e-3;
      if (!fit_fits (self, lo, TRUE, room_w, room_h))
        labels = FALSE;
      if (!fit_fits (self, lo, labels, room_w, room_h))
        lo = 0.0;
      for (int k = 0; k < 40 && lo > 0.0 && hi - lo > 1e-4 * hi; k++)
        {
          double mid = (lo + hi) / 2.0;

          if (fit_fits (self, mid, labels, room_w, room_h))
            lo = mid;
          else
            hi = mid;
        }
      self->fit_scale = lo > 0.0 ? lo : hi * 1e-3;
    }

  fit_extent (self, self->fit_scale, labels, &x0, &y0, &x1, &y1);
  self->center_x = (x0 + x1) / 2.0 / self->fit_scale;
  self->center_y = (y0 + y1) / 2.0 / self->fit_scale;
}

static gboolean
lookup_color (GtkStyleContext *context,
              const char      *name,
              GdkRGBA         *color)
{
  gboolean found;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  found = gtk_style_context_lookup_color (context, name, color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return found;
}

static void
ensure_palette (MasarGraphView *self)
{
  GtkStyleContext *context;
  GdkRGBA *slots[G_N_ELEMENTS (palette_names)];

  if (self->palette_valid)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gtk_style_context_get_color (context, &self->palette.fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (!lookup_color (context, "window_bg_color", &self->palette.bg))
    gdk_rgba_parse (&self->palette.bg, "#ffffff");

  for (guint i = 0; i < 6; i++)
    slots[i] = &self->palette.sides[i];
  slots[6] = &self->palette.cooperative;
  slots[7] = &self->palette.conflictual;
  slots[8] = &self->palette.accent;

  for (guint i = 0; i < G_N_ELEMENTS (palette_names); i++)
    if (!lookup_color (context, palette_names[i].name, slots[i]) &&
        !lookup_color (context, palette_names[i].adwaita, slots[i]))
      gdk_rgba_parse (slots[i], palette_names[i].fallback);

  self->palette_valid = TRUE;
}

static const GdkRGBA *
side_color (MasarGraphView *self,
            const char     *side)
{
  for (guint i = 0; i < G_N_ELEMENTS (side_names); i++)
    if (g_strcmp0 (side, side_names[i]) == 0)
      return &self->palette.sides[i];
  return &self->palette.sides[5];
}

static PangoLayout *
ensure_label_layout (MasarGraphView *self)
{
  if (self->label_layout == NULL)
    {
      PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
      g_autoptr(PangoFontDescription) desc = pango_font_description_copy (pango_context_get_font_description (context));

      /* DejaVu is Pango's pick for Arabic otherwise; name a proper Arabic face first. */
      pango_font_description_set_family (desc, "Noto Sans Arabic, Cantarell, Noto Sans, sans-serif");
      self->label_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
      pango_layout_set_font_description (self->label_layout, desc);
      pango_layout_set_auto_dir (self->label_layout, TRUE);
    }
  return self->label_layout;
}

static const char *
node_label (MasarGraphView *self,
            MasarGraphNode *node)
{
  return self->prefer_english ? masar_graph_node_get_name_en (node)
                              : masar_graph_node_get_name_ar (node);
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *color,
            double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
edge_color (MasarGraphView *self,
            MasarGraphEdge *edge,
            GdkRGBA        *out)
{
  double balance = masar_graph_edge_get_balance (edge);
  double t;

  if (masar_graph_edge_get_n_cooperative (edge) + masar_graph_edge_get_n_conflictual (edge) == 0)
    {
      *out = self->palette.fg;
      out->alpha *= 0.45;
      return;
    }

  /* From conflictual at -1 to cooperative at +1 */
  t = (balance + 1.0) / 2.0;
  out->red = self->palette.conflictual.red * (1 - t) + self->palette.cooperative.red * t;
  out->green = self->palette.conflictual.green * (1 - t) + self->palette.cooperative.green * t;
  out->blue = self->palette.conflictual.blue * (1 - t) + self->palette.cooperative.blue * t;
  out->alpha = 0.75;
}

static double
edge_width (MasarGraphEdge *edge)
{
  return 1.0 + 1.5 * sqrt ((double) masar_graph_edge_get_weight (edge) - 1.0);
}

/* The width drawn now: edges grow and shrink with a range change like the nodes do. */
static double
drawn_edge_width (MasarGraphView *self,
                  guint           e,
                  double          t)
{
  double to = edge_width (g_ptr_array_index (self->edges, e));
  double from = g_array_index (self->edge_from_width, double, e);

  return from + (to - from) * t;
}

static int
node_index (MasarGraphView *self,
            const char     *actor_id)
{
  if (actor_id == NULL || self->index_by_id == NULL)
    return -1;
  return GPOINTER_TO_INT (g_hash_table_lookup (self->index_by_id, actor_id)) - 1;
}

static void
measure_label (MasarGraphView *self,
               ViewNode       *vn)
{
  PangoLayout *layout;

  if (vn->label_w >= 0)
    return;
  layout = ensure_label_layout (self);
  pango_layout_set_text (layout, node_label (self, vn->node), -1);
  pango_layout_get_pixel_size (layout, &vn->label_w, &vn->label_h);
}

/* Labels must be measured again when the font, the context or the language changes. */
static void
forget_label_sizes (MasarGraphView *self)
{
  for (guint i = 0; i < self->nodes->len; i++)
    g_array_index (self->nodes, ViewNode, i).label_w = -1;
}

typedef struct
{
  double x0, y0, x1, y1;
} Box;

/* A uniform grid over the widget holding boxes already taken, so that placing n labels
 * costs about n tests, not n². Boxes beyond the edges fall in the border cells. */
typedef struct
{
  int     cols;
  int     rows;
  GArray *boxes;                        /* Box */
  GArray **cells;                       /* guint indices into boxes */
} BoxGrid;

static void
box_grid_init (BoxGrid *grid,
               int      width,
               int      height)
{
  grid->cols = MAX (1, (int) ceil (width / LABEL_CELL));
  grid->rows = MAX (1, (int) ceil (height / LABEL_CELL));
  grid->boxes = g_array_new (FALSE, FALSE, sizeof (Box));
  grid->cells = g_new0 (GArray *, (gsize) grid->cols * grid->rows);
}

static void
box_grid_clear (BoxGrid *grid)
{
  for (int c = 0; c < grid->cols * grid->rows; c++)
    if (grid->cells[c] != NULL)
      g_array_unref (grid->cells[c]);
  g_free (grid->cells);
  g_array_unref (grid->boxes);
}

static void
box_grid_span (BoxGrid   *grid,
               const Box *box,
               int       *c0,
               int       *r0,
               int       *c1,
               int       *r1)
{
  *c0 = CLAMP ((int) floor (box->x0 / LABEL_CELL), 0, grid->cols - 1);
  *c1 = CLAMP ((int) floor (box->x1 / LABEL_CELL), 0, grid->cols - 1);
  *r0 = CLAMP ((int) floor (box->y0 / LABEL_CELL), 0, grid->rows - 1);
  *r1 = CLAMP ((int) floor (box->y1 / LABEL_CELL), 0, grid->rows - 1);
}

static gboolean
box_grid_collides (BoxGrid   *grid,
                   const Box *box)
{
  int c0, r0, c1, r1;

  box_grid_span (grid, box, &c0, &r0, &c1, &r1);
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        GArray *cell = grid->cells[r * grid->cols + c];

        for (guint k = 0; cell != NULL && k < cell->len; k++)
          {
            const Box *other = &g_array_index (grid->boxes, Box, g_array_index (cell, guint, k));

            if (box->x0 < other->x1 && other->x0 < box->x1 &&
                box->y0 < other->y1 && other->y0 < box->y1)
              return TRUE;
          }
      }
  return FALSE;
}

static void
box_grid_add (BoxGrid   *grid,
              const Box *box)
{
  guint index = grid->boxes->len;
  int c0, r0, c1, r1;

  g_array_append_val (grid->boxes, *box);
  box_grid_span (grid, box, &c0, &r0, &c1, &r1);
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        GArray **cell = &grid->cells[r * grid->cols + c];

        if (*cell == NULL)
          *cell = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (*cell, index);
      }
}

typedef struct
{
  guint  index;
  int    forced;                        /* 1 for the selected, focused or hovered node */
  double radius;
} LabelOrder;

static int
compare_label_order (gconstpointer a,
                     gconstpointer b)
{
  const LabelOrder *la = a;
  const LabelOrder *lb = b;

  if (la->forced != lb->forced)
    return lb->forced - la->forced;
  if (la->radius != lb->radius)
    return la->radius < lb->radius ? 1 : -1;
  return la->index < lb->index ? -1 : (la->index > lb->index);
}

/* Greedy label placement: the selected, focused and hovered nodes first, then larger nodes
 * first; each label tries below, above, then beside its node (the side its text starts
 * from first: left in RTL), and takes the first place that overlaps no placed label and
 * no other node's disc. A label without room is hidden, unless its node is forced. */
static void
place_labels (MasarGraphView *self,
              int             width,
              int             height,
              double          t)
{
  g_autofree LabelOrder *order = NULL;
  g_autofree double *sx = NULL;
  g_autofree double *sy = NULL;
  g_autofree double *sr = NULL;
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int selected = node_index (self, self->selected_node);
  int focused = node_index (self, self->focused_node);
  guint n = self->nodes->len;
  BoxGrid grid;

  if (n == 0)
    return;

  order = g_new (LabelOrder, n);
  sx = g_new (double, n);
  sy = g_new (double, n);
  sr = g_new (double, n);
  box_grid_init (&grid, width, height);

  for (guint i = 0; i < n; i++)
    {
      ViewNode *vn = &g_array_index (self->nodes, ViewNode, i);
      double wx, wy;
      Box disc;

      measure_label (self, vn);
      masar_graph_layout_get_position (self->layout, i, &wx, &wy);
      world_to_widget (self, wx, wy, width, height, &sx[i], &sy[i]);
      sr[i] = node_radius (self, i, t);
      vn->label_shown = FALSE;

      order[i].index = i;
      order[i].forced = (int) i == selected || (int) i == focused || (int) i == self->hover_index;
      order[i].radius = vn->to_radius;

      /* Discs are obstacles too; a little inside their bounding box, as they are round. */
      disc.x0 = sx[i] - 0.8 * sr[i];
      disc.x1 = sx[i] + 0.8 * sr[i];
      disc.y0 = sy[i] - 0.8 * sr[i];
      disc.y1 = sy[i] + 0.8 * sr[i];
      box_grid_add (&grid, &disc);
    }

  qsort (order, n, sizeof (LabelOrder), compare_label_order);

  for (guint k = 0; k < n; k++)
    {
      guint i = order[k].index;
      ViewNode *vn = &g_array_index (self->nodes, ViewNode, i);
      double w = vn->label_w;
      double h = vn->label_h;
      double r = sr[i] + LABEL_GAP;
      double side = rtl ? -1.0 : 1.0;
      double candidates[4][2] = {
        { sx[i] - w / 2.0, sy[i] + r },                                       /* below */
        { sx[i] - w / 2.0, sy[i] - r - h },                                   /* above */
        { side < 0 ? sx[i] - r - w : sx[i] + r, sy[i] - h / 2.0 },            /* start side */
        { side < 0 ? sx[i] + r : sx[i] - r - w, sy[i] - h / 2.0 },            /* end side */
      };
      int chosen = -1;

      /* Off screen: nothing to place. */
      if (sx[i] + r + w < 0 || sx[i] - r - w > width || sy[i] + r + h < 0 || sy[i] - r - h > height)
        continue;

      for (int c = 0; c < 4 && chosen < 0; c++)
        {
          Box box = {
            candidates[c][0] - LABEL_HALO, candidates[c][1] - LABEL_HALO,
            candidates[c][0] + w + LABEL_HALO, candidates[c][1] + h + LABEL_HALO
          };

          /* A label cut by the widget's edge is no label: try the next place. */
          if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height)
            continue;
          if (!box_grid_collides (&grid, &box))
            chosen = c;
        }
      if (chosen < 0 && order[k].forced)
        chosen = 0;
      if (chosen < 0)
        continue;

      vn->label_x = candidates[chosen][0];
      vn->label_y = candidates[chosen][1];
      vn->label_shown = TRUE;
      box_grid_add (&grid, &(Box) { vn->label_x - LABEL_HALO, vn->label_y - LABEL_HALO,
                                    vn->label_x + w + LABEL_HALO, vn->label_y + h + LABEL_HALO });
    }

  box_grid_clear (&grid);
}

/* Draws the whole graph with cairo: used by snapshot (through a cached cairo node) and by
 * the PNG, SVG and PDF exports, so they look the same. */
static void
draw_graph (MasarGraphView *self,
            cairo_t        *cr,
            int             width,
            int             height,
            gboolean        background)
{
  PangoLayout *layout = ensure_label_layout (self);
  double t = animation_progress (self);
  const char *selected = self->selected_node;
  int selected_index = -1;
  int focused_index = -1;

  ensure_palette (self);

  if (background)
    {
      set_source (cr, &self->palette.bg, 1.0);
      cairo_paint (cr);
    }

  if (selected != NULL && self->index_by_id != NULL)
    selected_index = GPOINTER_TO_INT (g_hash_table_lookup (self->index_by_id, selected)) - 1;
  if (self->keyboard_focus && gtk_widget_has_focus (GTK_WIDGET (self)))
    focused_index = node_index (self, self->focused_node);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint e = 0; e < self->edges->len; e++)
    {
      MasarGraphEdge *edge = g_ptr_array_index (self->edges, e);
      guint s = masar_graph_edge_get_source (edge);
      guint d = masar_graph_edge_get_target (edge);
      double wx, wy, x0, y0, x1, y1;
      double alpha = MIN (node_alpha (self, s, t), node_alpha (self, d, t));
      GdkRGBA color;

      if (selected_index >= 0 && (int) s != selected_index && (int) d != selected_index)
        alpha *= 0.3;

      masar_graph_layout_get_position (self->layout, s, &wx, &wy);
      world_to_widget (self, wx, wy, width, height, &x0, &y0);
      masar_graph_layout_get_position (self->layout, d, &wx, &wy);
      world_to_widget (self, wx, wy, width, height, &x1, &y1);

      edge_color (self, edge, &color);
      set_source (cr, &color, alpha);
      cairo_set_line_width (cr, drawn_edge_width (self, e, t) * (edge == self->selected_edge ? 2.0 : 1.0));
      cairo_move_to (cr, x0, y0);
      cairo_line_to (cr, x1, y1);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const ViewNode *vn = &g_array_index (self->nodes, ViewNode, i);
      double wx, wy, x, y;
      double r = node_radius (self, i, t);
      double alpha = node_alpha (self, i, t);

      masar_graph_layout_get_position (self->layout, i, &wx, &wy);
      world_to_widget (self, wx, wy, width, height, &x, &y);

      cairo_new_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      set_source (cr, side_color (self, masar_graph_node_get_side (vn->node)), alpha);
      cairo_fill_preserve (cr);
      set_source (cr, &self->palette.bg, alpha);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);

      if ((int) i == selected_index)
        {
          cairo_arc (cr, x, y, r + 4, 0, 2 * G_PI);
          set_source (cr, &self->palette.accent, 1.0);
          cairo_set_line_width (cr, 3.0);
          cairo_stroke (cr);
        }
      if ((int) i == focused_index)
        {
          /* The focus ring: dashed, outside the selection ring, in the text colour. */
          static const double dashes[] = { 3.0, 3.0 };

          cairo_new_path (cr);
          cairo_arc (cr, x, y, r + 8, 0, 2 * G_PI);
          set_source (cr, &self->palette.fg, 0.9);
          cairo_set_line_width (cr, 2.0);
          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0.0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0.0);
        }
      if (masar_graph_layout_get_pinned (self->layout, i))
        {
          cairo_arc (cr, x, y, MAX (r / 3.0, 2.0), 0, 2 * G_PI);
          set_source (cr, &self->palette.bg, alpha);
          cairo_fill (cr);
        }
    }

  place_labels (self, width, height, t);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const ViewNode *vn = &g_array_index (self->nodes, ViewNode, i);

      if (!vn->label_shown)
        continue;

      pango_layout_set_text (layout, node_label (self, vn->node), -1);

      /* A halo in the background colour keeps labels readable over edges. */
      cairo_new_path (cr);
      cairo_move_to (cr, vn->label_x, vn->label_y);
      pango_cairo_layout_path (cr, layout);
      set_source (cr, &self->palette.bg, 0.8 * node_alpha (self, i, t));
      cairo_set_line_width (cr, 3.0);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);

      cairo_move_to (cr, vn->label_x, vn->label_y);
      set_source (cr, &self->palette.fg, node_alpha (self, i, t));
      pango_cairo_show_layout (cr, layout);
    }
}

static void
update_accessible (MasarGraphView *self)
{
  g_autofree char *actors = NULL;
  g_autofree char *links = NULL;
  g_autofree char *description = NULL;
  guint n_nodes = self->nodes->len;
  guint n_edges = self->edges->len;

  int focused = node_index (self, self->focused_node);

  actors = g_strdup_printf (ngettext ("%u actor", "%u actors", n_nodes), n_nodes);
  links = g_strdup_printf (ngettext ("%u link", "%u links", n_edges), n_edges);
  /* Translators: the accessible description of the actor graph: "12 actors, 20 links" */
  description = g_strdup_printf (_("%s, %s"), actors, links);
  if (focused >= 0)
    {
      MasarGraphNode *node = g_array_index (self->nodes, ViewNode, focused).node;
      guint n = masar_graph_node_get_n_events (node);
      g_autofree char *summary = g_steal_pointer (&description);
      g_autofree char *node_text = NULL;

      /* Translators: the node that has the keyboard focus in the actor graph */
      node_text = g_strdup_printf (ngettext ("Focused: %s, %u event", "Focused: %s, %u events", n),
                                   node_label (self, node), n);
      /* Translators: the focused node, then the whole graph: "Focused: Putin, 5 events. 12 actors, 20 links" */
      description = g_strdup_printf (_("%s. %s"), node_text, summary);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Actor graph"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
clear_view_node (ViewNode *vn)
{
  g_clear_object (&vn->node);
}

static double
target_radius (MasarGraphNode *node)
{
  return 5.0 + 3.0 * sqrt ((double) masar_graph_node_get_n_events (node));
}

typedef struct
{
  double x;
  double y;
  double radius;
  double alpha;
  gboolean pinned;
} SavedNode;

/* Rebuilds the view's nodes and the layout from the model, keeping the positions, pins and
 * drawn sizes of actors that stay, so that a range change animates instead of jumping. */
static void
rebuild (MasarGraphView *self)
{
  g_autoptr(GHashTable) saved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) saved_widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (self->generation + 1);
  GListModel *nodes = self->model ? masar_graph_model_get_nodes (self->model) : NULL;
  GListModel *edges = self->model ? masar_graph_model_get_edges (self->model) : NULL;
  guint n_nodes = nodes ? g_list_model_get_n_items (nodes) : 0;
  guint n_edges = edges ? g_list_model_get_n_items (edges) : 0;
  double t = animation_progress (self);
  double spread = 10.0 * sqrt ((double) MAX (n_nodes, 1));
  g_autofree guint8 *placed = g_new0 (guint8, MAX (n_nodes, 1));
  gboolean had_nodes = self->nodes->len > 0;

  self->generation++;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const ViewNode *vn = &g_array_index (self->nodes, ViewNode, i);
      SavedNode *s = g_new0 (SavedNode, 1);

      masar_graph_layout_get_position (self->layout, i, &s->x, &s->y);
      s->pinned = masar_graph_layout_get_pinned (self->layout, i);
      s->radius = vn->from_radius + (vn->to_radius - vn->from_radius) * t;
      s->alpha = node_alpha (self, i, t);
      g_hash_table_insert (saved, g_strdup (masar_graph_node_get_id (vn->node)), s);
    }

  for (guint e = 0; e < self->edges->len; e++)
    {
      MasarGraphEdge *edge = g_ptr_array_index (self->edges, e);
      double *w = g_new (double, 1);

      *w = drawn_edge_width (self, e, t);
      g_hash_table_insert (saved_widths,
                           g_strconcat (masar_graph_edge_get_source_id (edge), "\n",
                                        masar_graph_edge_get_target_id (edge), NULL),
                           w);
    }

  g_array_set_size (self->nodes, 0);
  g_ptr_array_set_size (self->edges, 0);
  g_array_set_size (self->edge_from_width, 0);
  g_hash_table_remove_all (self->index_by_id);
  self->selected_edge = NULL;
  self->hover_index = -1;

  masar_graph_layout_clear_edges (self->layout);
  masar_graph_layout_set_n_nodes (self->layout, 0);
  masar_graph_layout_set_n_nodes (self->layout, n_nodes);
  /* Small graphs (the usual case here) get strong gravity: otherwise actors with no links
   * drift far from the rest and the fitted drawing squeezes the linked ones together. */
  g_object_set (self->layout,
                "scaling-ratio", n_nodes < 100 ? 10.0 : 2.0,
                "strong-gravity", n_nodes < 100,
                "prevent-overlap", FALSE,
                NULL);
  self->overlap_on = FALSE;

  for (guint i = 0; i < n_nodes; i++)
    {
      ViewNode vn = { 0 };
      SavedNode *s;

      vn.node = g_list_model_get_item (nodes, i);
      vn.to_radius = target_radius (vn.node);
      vn.label_w = -1;
      s = g_hash_table_lookup (saved, masar_graph_node_get_id (vn.node));
      if (s != NULL)
        {
          vn.from_radius = s->radius;
          vn.from_alpha = s->alpha;
          masar_graph_layout_set_position (self->layout, i, s->x, s->y);
          masar_graph_layout_set_pinned (self->layout, i, s->pinned);
          placed[i] = TRUE;
        }
      else
        {
          vn.from_radius = had_nodes ? 0.0 : vn.to_radius;
          vn.from_alpha = had_nodes ? 0.0 : 1.0;
        }
      g_array_append_val (self->nodes, vn);
      g_hash_table_insert (self->index_by_id, (gpointer) masar_graph_node_get_id (vn.node),
                           GUINT_TO_POINTER (i + 1));
    }

  for (guint e = 0; e < n_edges; e++)
    {
      MasarGraphEdge *edge = g_list_model_get_item (edges, e);
      g_autofree char *key = g_strconcat (masar_graph_edge_get_source_id (edge), "\n",
                                          masar_graph_edge_get_target_id (edge), NULL);
      const double *old_width = g_hash_table_lookup (saved_widths, key);
      double from_width = old_width != NULL ? *old_width : (had_nodes ? 0.0 : edge_width (edge));

      g_ptr_array_add (self->edges, edge);
      g_array_append_val (self->edge_from_width, from_width);
      masar_graph_layout_add_edge (self->layout,
                                   masar_graph_edge_get_source (edge),
                                   masar_graph_edge_get_target (edge),
                                   masar_graph_edge_get_weight (edge));
    }

  /* New actors start next to an actor they share events with, or anywhere. */
  for (guint i = 0; i < n_nodes; i++)
    {
      double x = g_rand_double_range (rand, -spread, spread);
      double y = g_rand_double_range (rand, -spread, spread);

      if (placed[i])
        continue;
      for (guint e = 0; e < self->edges->len; e++)
        {
          MasarGraphEdge *edge = g_ptr_array_index (self->edges, e);
          guint a = masar_graph_edge_get_source (edge);
          guint b = masar_graph_edge_get_target (edge);
          guint other = a == i ? b : (b == i ? a : G_MAXUINT);

          if (other != G_MAXUINT && placed[other])
            {
              masar_graph_layout_get_position (self->layout, other, &x, &y);
              x += g_rand_double_range (rand, -2.0, 2.0);
              y += g_rand_double_range (rand, -2.0, 2.0);
              break;
            }
        }
      masar_graph_layout_set_position (self->layout, i, x, y);
      placed[i] = TRUE;
    }

  if (self->selected_node != NULL && !g_hash_table_contains (self->index_by_id, self->selected_node))
    masar_graph_view_set_selected_node (self, NULL);
  if (self->focused_node != NULL && !g_hash_table_contains (self->index_by_id, self->focused_node))
    g_clear_pointer (&self->focused_node, g_free);
  update_actions (self);

  self->anim_start = 0;
  if (had_nodes && animations_enabled (self))
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

      self->anim_start = clock ? gdk_frame_clock_get_frame_time (clock) : g_get_monotonic_time ();
    }

  update_accessible (self);
  ensure_ticking (self);
  invalidate (self);
}

static void
on_model_changed_cb (MasarGraphView  *self,
                     MasarGraphModel *model)
{
  g_assert (MASAR_IS_GRAPH_VIEW (self));

  rebuild (self);
}

/* ForceAtlas2 practice: lay the graph out with points first, and once it has roughly
 * settled give the layout each disc's radius (in layout units at the current scale, with
 * a margin, as the fit shrinks a little when the graph spreads) and let the discs push
 * each other apart. Returns whether the pass was started (the layout is awake again). */
static gboolean
start_prevent_overlap (MasarGraphView *self)
{
  if (self->overlap_on || self->nodes->len < 2 || self->fit_scale <= 0.0)
    return FALSE;

  for (guint i = 0; i < self->nodes->len; i++)
    masar_graph_layout_set_node_size (self->layout, i,
                                      1.15 * (node_radius (self, i, 1.0) + DISC_GAP / 2.0) / scale (self));
  self->overlap_on = TRUE;
  g_object_set (self->layout, "prevent-overlap", TRUE, NULL);
  return TRUE;
}

typedef struct
{
  MasarGraphView *self;
  guint           generation;
} RunClosure;

static void
on_run_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  RunClosure *closure = user_data;
  g_autoptr(MasarGraphView) self = closure->self;
  guint generation = closure->generation;
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarGraphPositions) positions = NULL;

  g_free (closure);
  positions = masar_graph_layout_run_finish (MASAR_GRAPH_LAYOUT (object), result, &error);
  if (positions == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Graph layout failed: %s", error->message);
      return;
    }

  /* A result for an older graph is stale; a newer run is on its way. */
  if (generation != self->generation ||
      positions->n_nodes != masar_graph_layout_get_n_nodes (self->layout))
    return;

  masar_graph_layout_set_positions (self->layout, positions);
  if (self->auto_fit)
    compute_fit (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
  invalidate (self);

  /* The points have settled: a second run pushes the discs apart. */
  if (start_prevent_overlap (self))
    ensure_ticking (self);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  MasarGraphView *self = MASAR_GRAPH_VIEW (widget);
  gint64 start = g_get_monotonic_time ();
  gboolean settled = masar_graph_layout_get_settled (self->layout);
  gboolean animating;

  while (!settled && g_get_monotonic_time () - start < FRAME_BUDGET_US)
    settled = masar_graph_layout_step (self->layout);

  animating = self->anim_start != 0 &&
              gdk_frame_clock_get_frame_time (clock) - self->anim_start < ANIMATION_USEC;

  if (self->auto_fit && !self->dragging)
    compute_fit (self, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  if (settled && start_prevent_overlap (self))
    settled = FALSE;
  invalidate (self);

  if ((settled || self->nodes->len == 0) && !animating && !self->dragging)
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
ensure_ticking (MasarGraphView *self)
{
  if (!animations_enabled (self))
    {
      /* No motion wanted: settle on a worker thread and show the result once. */
      if (!masar_graph_layout_get_settled (self->layout) && self->nodes->len > 1)
        {
          RunClosure *closure = g_new0 (RunClosure, 1);

          closure->self = g_object_ref (self);
          closure->generation = self->generation;
          masar_graph_layout_run_async (self->layout, 3000, self->cancellable,
                                        on_run_done_cb, closure);
        }
      return;
    }

  if (self->tick_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
}

static int
pick_index (MasarGraphView *self,
            double          x,
            double          y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double t = animation_progress (self);

  /* Last drawn is on top. */
  for (guint k = self->nodes->len; k > 0; k--)
    {
      guint i = k - 1;
      double wx, wy, nx, ny;
      double r = node_radius (self, i, t) + PICK_SLOP;

      masar_graph_layout_get_position (self->layout, i, &wx, &wy);
      world_to_widget (self, wx, wy, width, height, &nx, &ny);
      if ((x - nx) * (x - nx) + (y - ny) * (y - ny) <= r * r)
        return i;
    }
  return -1;
}

static void
select_edge (MasarGraphView *self,
             MasarGraphEdge *edge)
{
  if (self->selected_edge == edge)
    return;
  self->selected_edge = edge;
  update_actions (self);
  invalidate (self);
  if (edge != NULL)
    g_signal_emit (self, signals[EDGE_SELECTED], 0,
                   masar_graph_edge_get_source_id (edge),
                   masar_graph_edge_get_target_id (edge));
}

static void
on_click_released_cb (MasarGraphView  *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  g_assert (MASAR_IS_GRAPH_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  masar_graph_view_click (self, x, y, n_press);
}

static void
on_drag_begin_cb (MasarGraphView *self,
                  double          x,
                  double          y,
                  GtkGestureDrag *gesture)
{
  g_assert (MASAR_IS_GRAPH_VIEW (self));

  self->drag_node = pick_index (self, x, y);
  if (self->drag_node >= 0)
    masar_graph_layout_get_position (self->layout, self->drag_node,
                                     &self->drag_start_x, &self->drag_start_y);
  else
    {
      self->drag_start_x = self->center_x;
      self->drag_start_y = self->center_y;
    }
}

static void
on_drag_update_cb (MasarGraphView *self,
                   double          dx,
                   double          dy,
                   GtkGestureDrag *gesture)
{
  double s = scale (self);

  g_assert (MASAR_IS_GRAPH_VIEW (self));

  if (!self->dragging)
    {
      if (dx * dx + dy * dy < 16.0)
        return;
      self->dragging = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }

  /* Whatever the user moves stays where they put it. */
  self->auto_fit = FALSE;
  if (self->drag_node >= 0 && self->drag_node < (int) self->nodes->len)
    {
      masar_graph_layout_set_pinned (self->layout, self->drag_node, TRUE);
      masar_graph_layout_set_position (self->layout, self->drag_node,
                                       self->drag_start_x + dx / s, self->drag_start_y + dy / s);
      ensure_ticking (self);
    }
  else
    {
      self->center_x = self->drag_start_x - dx / s;
      self->center_y = self->drag_start_y - dy / s;
    }
  invalidate (self);
}

static void
on_drag_end_cb (MasarGraphView *self,
                double          dx,
                double          dy,
                GtkGestureDrag *gesture)
{
  g_assert (MASAR_IS_GRAPH_VIEW (self));

  self->dragging = FALSE;
  self->drag_node = -1;
}

static void
zoom_around (MasarGraphView *self,
             double          factor,
             double          x,
             double          y)
{
  double wx, wy, nx, ny;

  widget_to_world (self, x, y, &wx, &wy);
  masar_graph_view_set_zoom (self, self->zoom * factor);
  widget_to_world (self, x, y, &nx, &ny);
  /* Keep the point under the pointer in place. */
  self->center_x += wx - nx;
  self->center_y += wy - ny;
  self->auto_fit = FALSE;
  invalidate (self);
}

static gboolean
on_scroll_cb (MasarGraphView           *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0)
    return FALSE;

  /* Scroll events carry no position in GTK 4.8: use the last pointer position. */
  zoom_around (self, pow (1.15, -dy), self->pointer_x, self->pointer_y);
  return TRUE;
}

static void
on_motion_cb (MasarGraphView           *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *controller)
{
  int hover;

  self->pointer_x = x;
  self->pointer_y = y;

  /* A hidden label shows while its node is under the pointer. */
  hover = self->dragging ? self->hover_index : pick_index (self, x, y);
  if (hover != self->hover_index)
    {
      self->hover_index = hover;
      invalidate (self);
    }
}

static void
on_leave_cb (MasarGraphView           *self,
             GtkEventControllerMotion *controller)
{
  if (self->hover_index != -1)
    {
      self->hover_index = -1;
      invalidate (self);
    }
}

static void
on_focus_changed_cb (MasarGraphView          *self,
                     GtkEventControllerFocus *controller)
{
  invalidate (self);
}

static void
on_zoom_begin_cb (MasarGraphView *self,
                  GdkEventSequence *sequence,
                  GtkGestureZoom *gesture)
{
  self->pinch_zoom = self->zoom;
}

static void
on_zoom_scale_changed_cb (MasarGraphView *self,
                          double          factor,
                          GtkGestureZoom *gesture)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  zoom_around (self, self->pinch_zoom * factor / self->zoom, x, y);
}

static gboolean
on_query_tooltip_cb (MasarGraphView *self,
                     int             x,
                     int             y,
                     gboolean        keyboard,
                     GtkTooltip     *tooltip)
{
  int i = pick_index (self, x, y);
  MasarGraphEdge *edge;
  g_autofree char *text = NULL;

  if (i >= 0)
    {
      MasarGraphNode *node = g_array_index (self->nodes, ViewNode, i).node;
      guint n = masar_graph_node_get_n_events (node);

      /* Translators: tooltip of an actor in the graph: English name, Arabic name, count */
      text = g_strdup_printf (ngettext ("%s (%s): %u event", "%s (%s): %u events", n),
                              masar_graph_node_get_name_en (node),
                              masar_graph_node_get_name_ar (node), n);
    }
  else if ((edge = masar_graph_view_pick_edge (self, x, y)) != NULL)
    {
      MasarGraphNode *a = g_array_index (self->nodes, ViewNode, masar_graph_edge_get_source (edge)).node;
      MasarGraphNode *b = g_array_index (self->nodes, ViewNode, masar_graph_edge_get_target (edge)).node;

      /* Translators: tooltip of a link: two names, shared events, cooperative, conflictual */
      text = g_strdup_printf (_("%s – %s: %u shared events (%u cooperative, %u conflictual)"),
                              masar_graph_node_get_name_en (a), masar_graph_node_get_name_en (b),
                              masar_graph_edge_get_weight (edge),
                              masar_graph_edge_get_n_cooperative (edge),
                              masar_graph_edge_get_n_conflictual (edge));
    }

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_root_changed_cb (MasarGraphView *self)
{
  forget_label_sizes (self);
  g_clear_object (&self->label_layout);
  self->palette_valid = FALSE;
  invalidate (self);
}

static void
fit_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  masar_graph_view_fit (MASAR_GRAPH_VIEW (widget));
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MasarGraphView *self = MASAR_GRAPH_VIEW (widget);

  zoom_around (self, 1.25, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MasarGraphView *self = MASAR_GRAPH_VIEW (widget);

  zoom_around (self, 1 / 1.25, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
}

static void
set_focused_index (MasarGraphView *self,
                   int             index,
                   gboolean        keyboard)
{
  const char *id = index >= 0 ? masar_graph_node_get_id (g_array_index (self->nodes, ViewNode, index).node) : NULL;

  self->keyboard_focus = keyboard;
  if (g_strcmp0 (id, self->focused_node) != 0)
    {
      g_free (self->focused_node);
      self->focused_node = g_strdup (id);
    }
  update_accessible (self);
  update_actions (self);
  invalidate (self);
}

/* The nearest node in a screen direction (dx, dy) from node @from: within 45° of the
 * direction if any, scoring distance along it plus twice the sideways offset; otherwise
 * anywhere in that half-plane. The map does not mirror in RTL, so neither do the arrows. */
static int
nearest_in_direction (MasarGraphView *self,
                      int             from,
                      int             dx,
                      int             dy)
{
  double fx, fy;
  int best = -1;
  double best_score = G_MAXDOUBLE;
  gboolean best_in_cone = FALSE;

  masar_graph_layout_get_position (self->layout, from, &fx, &fy);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      double x, y, along, across, score;
      gboolean in_cone;

      if ((int) i == from)
        continue;
      masar_graph_layout_get_position (self->layout, i, &x, &y);
      along = (x - fx) * dx + (y - fy) * dy;
      across = fabs ((x - fx) * dy - (y - fy) * dx);
      if (along <= 0.0)
        continue;
      in_cone = across <= along;
      score = along + 2.0 * across;
      if ((in_cone && !best_in_cone) || (in_cone == best_in_cone && score < best_score))
        {
          best = i;
          best_score = score;
          best_in_cone = in_cone;
        }
    }
  return best;
}

static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MasarGraphView *self = MASAR_GRAPH_VIEW (widget);
  int from = node_index (self, self->focused_node);
  int dx, dy;
  int to;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  if (self->nodes->len == 0)
    return;

  if (from < 0)
    from = node_index (self, self->selected_node);
  if (from < 0)
    {
      /* No focus yet: start from the largest node. */
      to = 0;
      for (guint i = 1; i < self->nodes->len; i++)
        if (g_array_index (self->nodes, ViewNode, i).to_radius >
            g_array_index (self->nodes, ViewNode, to).to_radius)
          to = i;
    }
  else
    {
      to = nearest_in_direction (self, from, dx, dy);
      if (to < 0)
        to = from;
    }
  set_focused_index (self, to, TRUE);
}

static void
activate_focus_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MasarGraphView *self = MASAR_GRAPH_VIEW (widget);
  g_autofree char *id = g_strdup (self->focused_node);

  if (id == NULL)
    return;
  select_edge (self, NULL);
  masar_graph_view_set_selected_node (self, id);
  g_signal_emit (self, signals[NODE_SELECTED], 0, id);
  g_signal_emit (self, signals[NODE_ACTIVATED], 0, id);
}

static void
clear_selection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MasarGraphView *self = MASAR_GRAPH_VIEW (widget);

  if (self->selected_node == NULL && self->selected_edge == NULL)
    return;
  select_edge (self, NULL);
  masar_graph_view_set_selected_node (self, NULL);
  g_signal_emit (self, signals[NODE_SELECTED], 0, NULL);
}

/* Disabled actions let their keys through (e.g. Escape to a dialog, arrows to move the
 * focus out of an empty graph). */
static void
update_actions (MasarGraphView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "graph.move-focus", self->nodes->len > 0);
  gtk_widget_action_set_enabled (widget, "graph.activate-focus", self->focused_node != NULL);
  gtk_widget_action_set_enabled (widget, "graph.clear-selection",
                                 self->selected_node != NULL || self->selected_edge != NULL);
}

static void
masar_graph_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  MasarGraphView *self = (MasarGraphView *)widget;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (width <= 0 || height <= 0 || self->nodes->len == 0)
    return;

  if (self->cached == NULL)
    {
      g_autoptr(GtkSnapshot) s = gtk_snapshot_new ();
      cairo_t *cr = gtk_snapshot_append_cairo (s, &GRAPHENE_RECT_INIT (0, 0, width, height));

      draw_graph (self, cr, width, height, FALSE);
      cairo_destroy (cr);
      self->cached = gtk_snapshot_free_to_node (g_steal_pointer (&s));
    }

  if (self->cached != NULL)
    gtk_snapshot_append_node (snapshot, self->cached);
}

static void
masar_graph_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  MasarGraphView *self = (MasarGraphView *)widget;

  if (self->auto_fit)
    compute_fit (self, width, height);
  invalidate (self);
}

static void
masar_graph_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  *minimum = 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 480;
}

static void
masar_graph_view_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  MasarGraphView *self = (MasarGraphView *)widget;

  GTK_WIDGET_CLASS (masar_graph_view_parent_class)->css_changed (widget, change);

  self->palette_valid = FALSE;
  forget_label_sizes (self);
  if (self->label_layout != NULL)
    pango_layout_context_changed (self->label_layout);
  invalidate (self);
}

static void
masar_graph_view_direction_changed (GtkWidget        *widget,
                                    GtkTextDirection  previous)
{
  /* The graph does not mirror, but labels re-run bidi with the new context. */
  forget_label_sizes (MASAR_GRAPH_VIEW (widget));
  if (MASAR_GRAPH_VIEW (widget)->label_layout != NULL)
    pango_layout_context_changed (MASAR_GRAPH_VIEW (widget)->label_layout);
  invalidate (MASAR_GRAPH_VIEW (widget));
}

static void
masar_graph_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (masar_graph_view_parent_class)->map (widget);
  ensure_ticking (MASAR_GRAPH_VIEW (widget));
}

static void
masar_graph_view_unmap (GtkWidget *widget)
{
  MasarGraphView *self = MASAR_GRAPH_VIEW (widget);

  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (widget, self->tick_id);
      self->tick_id = 0;
    }
  GTK_WIDGET_CLASS (masar_graph_view_parent_class)->unmap (widget);
}

static void
masar_graph_view_realize (GtkWidget *widget)
{
  static gboolean css_loaded;

  GTK_WIDGET_CLASS (masar_graph_view_parent_class)->realize (widget);

  /* Side colours may be overridden in CSS; the defaults ship as a resource when the app
   * bundles ui/widgets/masar-graph-view.css. */
  if (!css_loaded && g_resources_get_info (CSS_RESOURCE, 0, NULL, NULL, NULL))
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, CSS_RESOURCE);
      gtk_style_context_add_provider_for_display (gtk_widget_get_display (widget),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION - 1);
      css_loaded = TRUE;
    }
}

static void
masar_graph_view_dispose (GObject *object)
{
  MasarGraphView *self = (MasarGraphView *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->model_signals != NULL)
    g_signal_group_set_target (self->model_signals, NULL);
  g_clear_object (&self->model_signals);
  g_clear_object (&self->model);
  g_clear_object (&self->label_layout);
  g_clear_pointer (&self->cached, gsk_render_node_unref);
  if (self->nodes != NULL)
    g_array_set_size (self->nodes, 0);
  if (self->edges != NULL)
    g_ptr_array_set_size (self->edges, 0);
  if (self->edge_from_width != NULL)
    g_array_set_size (self->edge_from_width, 0);
  g_clear_object (&self->items);
  g_clear_object (&self->item_models);

  G_OBJECT_CLASS (masar_graph_view_parent_class)->dispose (object);
}

static void
masar_graph_view_finalize (GObject *object)
{
  MasarGraphView *self = (MasarGraphView *)object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->nodes, g_array_unref);
  g_clear_pointer (&self->edges, g_ptr_array_unref);
  g_clear_pointer (&self->edge_from_width, g_array_unref);
  g_clear_pointer (&self->index_by_id, g_hash_table_unref);
  g_free (self->selected_node);
  g_free (self->focused_node);

  G_OBJECT_CLASS (masar_graph_view_parent_class)->finalize (object);
}

static void
masar_graph_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MasarGraphView *self = MASAR_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_PREFER_ENGLISH:
      g_value_set_boolean (value, self->prefer_english);
      break;
    case PROP_SELECTED_NODE:
      g_value_set_string (value, self->selected_node);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_graph_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MasarGraphView *self = MASAR_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      masar_graph_view_set_model (self, g_value_get_object (value));
      break;
    case PROP_PREFER_ENGLISH:
      masar_graph_view_set_prefer_english (self, g_value_get_boolean (value));
      break;
    case PROP_SELECTED_NODE:
      masar_graph_view_set_selected_node (self, g_value_get_string (value));
      break;
    case PROP_ZOOM:
      masar_graph_view_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_graph_view_class_init (MasarGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = masar_graph_view_dispose;
  object_class->finalize = masar_graph_view_finalize;
  object_class->get_property = masar_graph_view_get_property;
  object_class->set_property = masar_graph_view_set_property;

  widget_class->snapshot = masar_graph_view_snapshot;
  widget_class->size_allocate = masar_graph_view_size_allocate;
  widget_class->measure = masar_graph_view_measure;
  widget_class->css_changed = masar_graph_view_css_changed;
  widget_class->direction_changed = masar_graph_view_direction_changed;
  widget_class->map = masar_graph_view_map;
  widget_class->unmap = masar_graph_view_unmap;
  widget_class->realize = masar_graph_view_realize;

  /**
   * MasarGraphView:model:
   *
   * The graph to draw.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         MASAR_TYPE_GRAPH_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphView:prefer-english:
   *
   * Label nodes with English names instead of Arabic ones.
   */
  properties[PROP_PREFER_ENGLISH] =
    g_param_spec_boolean ("prefer-english", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphView:selected-node:
   *
   * The actor id of the selected node, or %NULL.
   */
  properties[PROP_SELECTED_NODE] =
    g_param_spec_string ("selected-node", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarGraphView:zoom:
   *
   * Zoom relative to the fitted drawing (1).
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         ZOOM_MIN, ZOOM_MAX, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MasarGraphView::node-selected:
   * @self: a #MasarGraphView
   * @actor_id: (nullable): the selected actor, or %NULL when the selection was cleared
   *
   * The user selected a node (a click), e.g. to filter the timeline to the actor.
   */
  signals[NODE_SELECTED] =
    g_signal_new ("node-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * MasarGraphView::node-activated:
   * @self: a #MasarGraphView
   * @actor_id: the activated actor
   *
   * The user activated a node (double click, or Enter on the selected node), e.g. to list
   * the actor's events and mentions in a side panel.
   */
  signals[NODE_ACTIVATED] =
    g_signal_new ("node-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * MasarGraphView::edge-selected:
   * @self: a #MasarGraphView
   * @source_id: one actor
   * @target_id: the other actor
   *
   * The user clicked a link, e.g. to list the events the two actors share.
   */
  signals[EDGE_SELECTED] =
    g_signal_new ("edge-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "graph.fit", NULL, fit_action);
  gtk_widget_class_install_action (widget_class, "graph.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "graph.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "graph.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "graph.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "graph.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "graph.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "graph.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "graph.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "graph.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "graph.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "graph.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "graph.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "graph.zoom-out", NULL);

  gtk_widget_class_install_action (widget_class, "graph.move-focus", "(ii)", move_focus_action);
  gtk_widget_class_install_action (widget_class, "graph.activate-focus", NULL, activate_focus_action);
  gtk_widget_class_install_action (widget_class, "graph.clear-selection", NULL, clear_selection_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "graph.move-focus", "(ii)", -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "graph.move-focus", "(ii)", -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "graph.move-focus", "(ii)", 1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "graph.move-focus", "(ii)", 1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "graph.move-focus", "(ii)", 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0, "graph.move-focus", "(ii)", 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "graph.move-focus", "(ii)", 0, 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0, "graph.move-focus", "(ii)", 0, 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "graph.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "graph.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "graph.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "graph.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "graph.clear-selection", NULL);

  gtk_widget_class_set_css_name (widget_class, "graphview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
masar_graph_view_init (MasarGraphView *self)
{
  GtkGesture *click;
  GtkGesture *drag;
  GtkGesture *zoom;
  GtkEventController *scroll;
  GtkEventController *motion;
  GtkEventController *focus;

  self->layout = masar_graph_layout_new ();
  self->nodes = g_array_new (FALSE, TRUE, sizeof (ViewNode));
  g_array_set_clear_func (self->nodes, (GDestroyNotify) clear_view_node);
  self->edges = g_ptr_array_new_with_free_func (g_object_unref);
  self->edge_from_width = g_array_new (FALSE, TRUE, sizeof (double));
  self->hover_index = -1;
  self->index_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->cancellable = g_cancellable_new ();
  self->zoom = 1.0;
  self->fit_scale = 1.0;
  self->auto_fit = TRUE;
  self->drag_node = -1;

  self->item_models = g_list_store_new (G_TYPE_LIST_MODEL);
  self->items = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_object_ref (self->item_models))));

  self->model_signals = g_signal_group_new (MASAR_TYPE_GRAPH_MODEL);
  g_signal_group_connect_object (self->model_signals, "changed",
                                 G_CALLBACK (on_model_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "view");
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  g_signal_connect (self, "notify::root", G_CALLBACK (on_root_changed_cb), NULL);

  click = gtk_gesture_click_new ();
  g_signal_connect_swapped (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (zoom, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect_swapped (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  update_actions (self);

  update_accessible (self);
}

/**
 * masar_graph_view_new:
 *
 * Returns: (transfer full): a new #MasarGraphView
 */
GtkWidget *
masar_graph_view_new (void)
{
  return g_object_new (MASAR_TYPE_GRAPH_VIEW, NULL);
}

/**
 * masar_graph_view_get_model:
 * @self: a #MasarGraphView
 *
 * Returns: (transfer none) (nullable): the model
 */
MasarGraphModel *
masar_graph_view_get_model (MasarGraphView *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), NULL);

  return self->model;
}

/**
 * masar_graph_view_set_model:
 * @self: a #MasarGraphView
 * @model: (nullable): a #MasarGraphModel
 */
void
masar_graph_view_set_model (MasarGraphView  *self,
                            MasarGraphModel *model)
{
  g_return_if_fail (MASAR_IS_GRAPH_VIEW (self));
  g_return_if_fail (model == NULL || MASAR_IS_GRAPH_MODEL (model));

  if (!g_set_object (&self->model, model))
    return;

  g_signal_group_set_target (self->model_signals, model);
  g_list_store_remove_all (self->item_models);
  if (model != NULL)
    {
      g_list_store_append (self->item_models, masar_graph_model_get_nodes (model));
      g_list_store_append (self->item_models, masar_graph_model_get_edges (model));
    }

  /* A new graph starts from scratch: no stale positions or pins. */
  g_array_set_size (self->nodes, 0);
  masar_graph_layout_set_n_nodes (self->layout, 0);
  masar_graph_layout_randomize (self->layout);
  self->auto_fit = TRUE;
  self->zoom = 1.0;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * masar_graph_view_get_prefer_english:
 * @self: a #MasarGraphView
 *
 * Returns: whether labels are English names
 */
gboolean
masar_graph_view_get_prefer_english (MasarGraphView *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), FALSE);

  return self->prefer_english;
}

/**
 * masar_graph_view_set_prefer_english:
 * @self: a #MasarGraphView
 * @prefer_english: whether to label nodes with English names
 */
void
masar_graph_view_set_prefer_english (MasarGraphView *self,
                                     gboolean        prefer_english)
{
  g_return_if_fail (MASAR_IS_GRAPH_VIEW (self));

  prefer_english = !!prefer_english;
  if (self->prefer_english == (guint) prefer_english)
    return;

  self->prefer_english = prefer_english;
  forget_label_sizes (self);
  update_accessible (self);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREFER_ENGLISH]);
}

/**
 * masar_graph_view_get_selected_node:
 * @self: a #MasarGraphView
 *
 * Returns: (nullable): the selected actor id
 */
const char *
masar_graph_view_get_selected_node (MasarGraphView *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), NULL);

  return self->selected_node;
}

/**
 * masar_graph_view_set_selected_node:
 * @self: a #MasarGraphView
 * @actor_id: (nullable): an actor id, or %NULL to clear the selection
 *
 * Selects a node without emitting #MasarGraphView::node-selected (that signal is for the
 * user's clicks).
 */
void
masar_graph_view_set_selected_node (MasarGraphView *self,
                                    const char     *actor_id)
{
  g_return_if_fail (MASAR_IS_GRAPH_VIEW (self));

  if (g_strcmp0 (self->selected_node, actor_id) == 0)
    return;

  g_free (self->selected_node);
  self->selected_node = g_strdup (actor_id);
  update_actions (self);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_NODE]);
}

/**
 * masar_graph_view_get_zoom:
 * @self: a #MasarGraphView
 *
 * Returns: the zoom relative to the fitted drawing
 */
double
masar_graph_view_get_zoom (MasarGraphView *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), 1.0);

  return self->zoom;
}

/**
 * masar_graph_view_set_zoom:
 * @self: a #MasarGraphView
 * @zoom: the zoom relative to the fitted drawing
 */
void
masar_graph_view_set_zoom (MasarGraphView *self,
                           double          zoom)
{
  g_return_if_fail (MASAR_IS_GRAPH_VIEW (self));

  zoom = CLAMP (zoom, ZOOM_MIN, ZOOM_MAX);
  if (zoom == self->zoom)
    return;

  self->zoom = zoom;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/**
 * masar_graph_view_fit:
 * @self: a #MasarGraphView
 *
 * Zooms and pans so that the whole graph shows, and keeps fitting while the layout moves
 * until the user zooms, pans or drags again. Also the `graph.fit` action (Ctrl+0).
 */
void
masar_graph_view_fit (MasarGraphView *self)
{
  g_return_if_fail (MASAR_IS_GRAPH_VIEW (self));

  self->auto_fit = TRUE;
  masar_graph_view_set_zoom (self, 1.0);
  compute_fit (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
  invalidate (self);
}

/**
 * masar_graph_view_set_range:
 * @self: a #MasarGraphView
 * @begin_julian: first Julian day, inclusive, or %G_MININT64
 * @end_julian: last Julian day, inclusive, or %G_MAXINT64
 *
 * Shows the events of a time range (the timeline's visible or brushed range). Actors that
 * stay keep their place and grow or shrink; new ones fade in next to their neighbours;
 * the layout resumes from there. Without animations the change is immediate.
 */
void
masar_graph_view_set_range (MasarGraphView *self,
                            gint64          begin_julian,
                            gint64          end_julian)
{
  g_return_if_fail (MASAR_IS_GRAPH_VIEW (self));

  if (self->model == NULL)
    return;
  masar_graph_model_set_range (self->model, begin_julian, end_julian);
}

/**
 * masar_graph_view_get_layout:
 * @self: a #MasarGraphView
 *
 * Returns: (transfer none): the layout engine, whose node indices are the model's
 */
MasarGraphLayout *
masar_graph_view_get_layout (MasarGraphView *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), NULL);

  return self->layout;
}

/**
 * masar_graph_view_get_items:
 * @self: a #MasarGraphView
 *
 * The text equivalent of the drawing, for a list next to it: the nodes
 * (#MasarGraphNode, largest first) followed by the edges (#MasarGraphEdge, heaviest
 * first). Follows the model.
 *
 * Returns: (transfer none): a #GListModel of #GObject
 */
GListModel *
masar_graph_view_get_items (MasarGraphView *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), NULL);

  return self->items;
}

/**
 * masar_graph_view_settle:
 * @self: a #MasarGraphView
 * @max_iterations: an upper bound
 *
 * Runs the layout to rest now, on this thread (for tests, exports and screenshots), and
 * fits the view if it follows the layout.
 *
 * Returns: whether the layout settled within @max_iterations
 */
gboolean
masar_graph_view_settle (MasarGraphView *self,
                         guint           max_iterations)
{
  gboolean settled;

  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), FALSE);

  settled = masar_graph_layout_get_settled (self->layout);
  for (guint i = 0; i < max_iterations; i++)
    {
      if (settled)
        {
          if (self->auto_fit)
            compute_fit (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
          if (!start_prevent_overlap (self))
            break;
        }
      settled = masar_graph_layout_step (self->layout);
    }

  self->anim_start = 0;
  if (self->auto_fit)
    compute_fit (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)));
  invalidate (self);
  return settled;
}

/**
 * masar_graph_view_get_node_position:
 * @self: a #MasarGraphView
 * @actor_id: an actor id
 * @x: (out): x of the node's centre in widget coordinates
 * @y: (out): y of the node's centre in widget coordinates
 *
 * Returns: whether the actor is a node of the graph
 */
gboolean
masar_graph_view_get_node_position (MasarGraphView *self,
                                    const char     *actor_id,
                                    double         *x,
                                    double         *y)
{
  guint index;
  double wx, wy;

  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), FALSE);
  g_return_val_if_fail (actor_id != NULL && x != NULL && y != NULL, FALSE);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->index_by_id, actor_id));
  if (index == 0)
    return FALSE;

  masar_graph_layout_get_position (self->layout, index - 1, &wx, &wy);
  world_to_widget (self, wx, wy,
                   gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)),
                   x, y);
  return TRUE;
}

/**
 * masar_graph_view_pick_node:
 * @self: a #MasarGraphView
 * @x: x in widget coordinates
 * @y: y in widget coordinates
 *
 * Returns: (nullable): the actor id of the topmost node under the point
 */
const char *
masar_graph_view_pick_node (MasarGraphView *self,
                            double          x,
                            double          y)
{
  int i;

  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), NULL);

  i = pick_index (self, x, y);
  if (i < 0)
    return NULL;
  return masar_graph_node_get_id (g_array_index (self->nodes, ViewNode, i).node);
}

/**
 * masar_graph_view_pick_edge:
 * @self: a #MasarGraphView
 * @x: x in widget coordinates
 * @y: y in widget coordinates
 *
 * Returns: (transfer none) (nullable): the edge nearest the point, within a few pixels
 */
MasarGraphEdge *
masar_graph_view_pick_edge (MasarGraphView *self,
                            double          x,
                            double          y)
{
  int width, height;
  MasarGraphEdge *best = NULL;
  double best_d = G_MAXDOUBLE;

  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), NULL);

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));

  for (guint e = 0; e < self->edges->len; e++)
    {
      MasarGraphEdge *edge = g_ptr_array_index (self->edges, e);
      double wx, wy, x0, y0, x1, y1;
      double vx, vy, len2, u, px, py, d;

      masar_graph_layout_get_position (self->layout, masar_graph_edge_get_source (edge), &wx, &wy);
      world_to_widget (self, wx, wy, width, height, &x0, &y0);
      masar_graph_layout_get_position (self->layout, masar_graph_edge_get_target (edge), &wx, &wy);
      world_to_widget (self, wx, wy, width, height, &x1, &y1);

      vx = x1 - x0;
      vy = y1 - y0;
      len2 = vx * vx + vy * vy;
      u = len2 > 0 ? CLAMP (((x - x0) * vx + (y - y0) * vy) / len2, 0.0, 1.0) : 0.0;
      px = x0 + u * vx;
      py = y0 + u * vy;
      d = hypot (x - px, y - py);
      if (d <= MAX (4.0, edge_width (edge) / 2.0 + 2.0) && d < best_d)
        {
          best = edge;
          best_d = d;
        }
    }
  return best;
}

/**
 * masar_graph_view_click:
 * @self: a #MasarGraphView
 * @x: x in widget coordinates
 * @y: y in widget coordinates
 * @n_press: 1 for a click, 2 for a double click
 *
 * What a primary click does (the click gesture calls this): selects the node under the
 * point and emits #MasarGraphView::node-selected (and #MasarGraphView::node-activated on
 * a double click), or selects the edge under it (#MasarGraphView::edge-selected), or
 * clears the selection.
 */
void
masar_graph_view_click (MasarGraphView *self,
                        double          x,
                        double          y,
                        int             n_press)
{
  const char *id;
  MasarGraphEdge *edge = NULL;

  g_return_if_fail (MASAR_IS_GRAPH_VIEW (self));

  if (self->dragging)
    return;

  id = masar_graph_view_pick_node (self, x, y);
  if (id == NULL)
    edge = masar_graph_view_pick_edge (self, x, y);

  if (id != NULL)
    {
      g_autofree char *copy = g_strdup (id);

      select_edge (self, NULL);
      set_focused_index (self, node_index (self, copy), FALSE);
      masar_graph_view_set_selected_node (self, copy);
      g_signal_emit (self, signals[NODE_SELECTED], 0, copy);
      if (n_press == 2)
        g_signal_emit (self, signals[NODE_ACTIVATED], 0, copy);
    }
  else if (edge != NULL)
    {
      masar_graph_view_set_selected_node (self, NULL);
      select_edge (self, edge);
    }
  else if (self->selected_node != NULL || self->selected_edge != NULL)
    {
      select_edge (self, NULL);
      masar_graph_view_set_selected_node (self, NULL);
      g_signal_emit (self, signals[NODE_SELECTED], 0, NULL);
    }
}

G_STATIC_ASSERT ((int) MASAR_GRAPH_EXPORT_PNG == (int) MASAR_EXPORT_PNG);
G_STATIC_ASSERT ((int) MASAR_GRAPH_EXPORT_SVG == (int) MASAR_EXPORT_SVG);
G_STATIC_ASSERT ((int) MASAR_GRAPH_EXPORT_PDF == (int) MASAR_EXPORT_PDF);

static void
draw_export_cb (cairo_t           *cr,
                int                width,
                int                height,
                MasarExportFormat  format,
                gpointer           user_data)
{
  draw_graph (user_data, cr, width, height, TRUE);
}

/**
 * masar_graph_view_render:
 * @self: a #MasarGraphView
 * @format: a #MasarGraphExportFormat
 * @error: return location for a #GError
 *
 * Draws the graph as it is now, at the widget's size (800 × 600 when not allocated), on
 * the theme's background, into an image or document. CPU only, no I/O.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes *
masar_graph_view_render (MasarGraphView          *self,
                         MasarGraphExportFormat   format,
                         GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;
  int width, height;

  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), NULL);

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (width <= 0 || height <= 0)
    {
      width = 800;
      height = 600;
      compute_fit (self, width, height);
    }

  bytes = masar_export_render_bytes (width, height, 2.0, (MasarExportFormat) format,
                                     draw_export_cb, self, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_FAILED))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("Could not draw the graph: %s"), local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return bytes;
}

/**
 * masar_graph_view_export:
 * @self: a #MasarGraphView
 * @file: where to write
 * @format: a #MasarGraphExportFormat
 * @error: return location for a #GError
 *
 * Writes the drawing to @file synchronously: for tests and command-line use. The window
 * uses masar_graph_view_export_async().
 *
 * Returns: %TRUE on success
 */
gboolean
masar_graph_view_export (MasarGraphView          *self,
                         GFile                   *file,
                         MasarGraphExportFormat   format,
                         GError                 **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = masar_graph_view_render (self, format, error);
  if (bytes == NULL)
    return FALSE;

  return masar_export_write (file, bytes, error);
}

/**
 * masar_graph_view_export_async:
 * @self: a #MasarGraphView
 * @file: where to write
 * @format: a #MasarGraphExportFormat
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written
 * @user_data: data for @callback
 *
 * Draws the graph now, then writes it to @file without blocking.
 */
void
masar_graph_view_export_async (MasarGraphView         *self,
                               GFile                  *file,
                               MasarGraphExportFormat  format,
                               GCancellable           *cancellable,
                               GAsyncReadyCallback     callback,
                               gpointer                user_data)
{
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  g_return_if_fail (MASAR_IS_GRAPH_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  bytes = masar_graph_view_render (self, format, &error);
  if (bytes == NULL)
    {
      g_task_report_error (self, callback, user_data, masar_graph_view_export_async, error);
      return;
    }

  masar_export_write_async (self, masar_graph_view_export_async, file, bytes,
                            cancellable, callback, user_data);
}

/**
 * masar_graph_view_export_finish:
 * @self: a #MasarGraphView
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the file was written
 */
gboolean
masar_graph_view_export_finish (MasarGraphView  *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return masar_export_write_finish (result, error);
}

/**
 * masar_graph_view_get_focused_node:
 * @self: a #MasarGraphView
 *
 * The node with the keyboard focus (moved with the arrow keys, `graph.move-focus`, or to
 * a clicked node).
 *
 * Returns: (nullable): the focused actor id
 */
const char *
masar_graph_view_get_focused_node (MasarGraphView *self)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), NULL);

  return self->focused_node;
}

/**
 * masar_graph_view_get_label_rect:
 * @self: a #MasarGraphView
 * @actor_id: an actor id
 * @rect: (out): the label's box in widget coordinates
 *
 * Where the node's label is drawn now. Labels are placed so that they overlap neither
 * each other nor other nodes; a label that finds no room is hidden unless its node is
 * selected, focused or under the pointer.
 *
 * Returns: whether the label is shown
 */
gboolean
masar_graph_view_get_label_rect (MasarGraphView  *self,
                                 const char      *actor_id,
                                 graphene_rect_t *rect)
{
  const ViewNode *vn;
  int index;

  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), FALSE);
  g_return_val_if_fail (actor_id != NULL && rect != NULL, FALSE);

  index = node_index (self, actor_id);
  if (index < 0)
    return FALSE;

  place_labels (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)),
                animation_progress (self));
  vn = &g_array_index (self->nodes, ViewNode, index);
  graphene_rect_init (rect, vn->label_x, vn->label_y, vn->label_w, vn->label_h);
  return vn->label_shown;
}

/**
 * masar_graph_view_get_edge_width:
 * @self: a #MasarGraphView
 * @source_id: one actor
 * @target_id: the other actor
 *
 * The width the link is drawn with now, in pixels at zoom 1; after a range change it
 * moves from the old width to the new one with the nodes' animation.
 *
 * Returns: the width, or -1 when the two actors share no link
 */
double
masar_graph_view_get_edge_width (MasarGraphView *self,
                                 const char     *source_id,
                                 const char     *target_id)
{
  g_return_val_if_fail (MASAR_IS_GRAPH_VIEW (self), -1.0);
  g_return_val_if_fail (source_id != NULL && target_id != NULL, -1.0);

  for (guint e = 0; e < self->edges->len; e++)
    {
      MasarGraphEdge *edge = g_ptr_array_index (self->edges, e);
      const char *a = masar_graph_edge_get_source_id (edge);
      const char *b = masar_graph_edge_get_target_id (edge);

      if ((g_str_equal (a, source_id) && g_str_equal (b, target_id)) ||
          (g_str_equal (a, target_id) && g_str_equal (b, source_id)))
        return drawn_edge_width (self, e, animation_progress (self));
    }
  return -1.0;
}
