/* masar-timeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline: draws what MasarTimelineModel lays out. Time mirrors under RTL (the
 * model's time→x does it; the time-direction property overrides the widget direction),
 * lane headers sit at the start edge, and labels keep their own base direction (Pango).
 */

#define G_LOG_DOMAIN "masar-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include <adwaita.h>

#include "masar-export.h"
#include "masar-resources.h"
#include "masar-timeline.h"

#define CSS_RESOURCE     "/io/github/masar/Masar/ui/widgets/masar-timeline.css"
#define LABEL_GAP        4.0
#define MIN_LABEL_WIDTH  36.0
#define HEADER_PAD       6.0
#define UNDATED_LABEL_W  140.0

/* The moving layer's image: half a width beyond each side of the view, scaled by at most
 * CACHE_MAX_SCALE while zooming, redrawn CACHE_SETTLE ms after the zoom stops and at
 * least every CACHE_MAX_AGE ms during it. */
#define CACHE_MARGIN     0.5
#define CACHE_MAX_SCALE  2.0
#define CACHE_SETTLE     120
#define CACHE_MAX_AGE    250

/* A colour with its alpha scaled, for one call. */
#define ALPHA(c, a) (&(GdkRGBA) { (c)->red, (c)->green, (c)->blue, (c)->alpha * (a) })

struct _MasarTimeline
{
  GtkWidget            parent_instance;

  /* Owned references */
  MasarTimelineModel  *model;
  GSignalGroup        *model_signals;
  PangoLayout         *layout;           /* the one layout of the widget */
  cairo_surface_t     *fixed_surface;    /* lane bands, headers, undated strip, legend */
  cairo_surface_t     *moving[2];        /* grid, tick labels, marks and their labels */
  guint                moving_index;     /* which of the two is current */
  GHashTable          *sprites;          /* sprite key → cairo_surface_t of one mark */
  GHashTable          *count_text;       /* cluster count → cairo_surface_t of its text */
  GArray              *marks;            /* MasarTimelineMark, reused between rebuilds */

  /* Cache keys: the moving image maps time cache_t0 to x = 0 and cache_t1 to x = width */
  double               cache_t0;
  double               cache_t1;
  gint64               cache_built;
  int                  cache_margin;
  int                  cache_width;
  int                  cache_height;
  guint                n_rebuilds;
  guint                settle_id;
  guint                cache_stale : 1;

  /* Colours, refreshed on CSS change */
  GdkRGBA              fg;
  GdkRGBA              accent;
  GdkRGBA              brush;
  GdkRGBA              type_colors[MASAR_N_EVENT_TYPES];

  /* State */
  GtkTextDirection     time_direction;   /* GTK_TEXT_DIR_NONE follows the widget */
  guint                hover_item;
  double               pointer_x;
  double               pointer_y;
  double               drag_last_x;
  double               brush_anchor;
  double               pinch_scale;
  double               velocity;         /* pixels per second of a kinetic pan */
  gint64               glide_time;
  guint                glide_id;
  guint                reveal_id;        /* tick callback of masar_timeline_reveal_selected() */
  guint                reveal_item;
  gint64               reveal_time;      /* frame time of the first step; 0 before it */
  double               reveal_from;
  double               reveal_to;
  guint                a11y_idle_id;
  guint                show_hijri : 1;
  guint                show_labels : 1;
  guint                high_contrast : 1;
  guint                brushing : 1;
  guint                dragging : 1;
  guint                selecting : 1;    /* a click or a key of this widget is selecting */
};

enum {
  PROP_0,
  PROP_MODEL,
  PROP_TIME_DIRECTION,
  PROP_SHOW_HIJRI,
  PROP_SHOW_LABELS,
  PROP_HIGH_CONTRAST,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (MasarTimeline, masar_timeline, GTK_TYPE_WIDGET)

#define REVEAL_DURATION_US (250 * G_TIME_SPAN_MILLISECOND)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

static void
invalidate_fixed (MasarTimeline *self)
{
  g_clear_pointer (&self->fixed_surface, cairo_surface_destroy);
  self->cache_stale = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Sprites and count texts carry colours and fonts: dropped when the style changes. */
static void
drop_sprites (MasarTimeline *self)
{
  g_hash_table_remove_all (self->sprites);
  g_hash_table_remove_all (self->count_text);
}

static gboolean
time_runs_rtl (MasarTimeline *self)
{
  GtkTextDirection dir = self->time_direction;

  if (dir == GTK_TEXT_DIR_NONE)
    dir = gtk_widget_get_direction (GTK_WIDGET (self));
  return dir == GTK_TEXT_DIR_RTL;
}

static void
sync_direction (MasarTimeline *self)
{
  if (self->model != NULL)
    masar_timeline_model_set_rtl (self->model, time_runs_rtl (self));
}

static PangoLayout *
ensure_layout (MasarTimeline *self)
{
  if (self->layout == NULL)
    self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  return self->layout;
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
update_colors (MasarTimeline *self)
{
  GtkStyleContext *context;
  guint i;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (GTK_WIDGET (self));
  G_GNUC_END_IGNORE_DEPRECATIONS

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (GTK_WIDGET (self), &self->fg);
#else
  gtk_style_context_get_color (context, &self->fg);
#endif

  if (!lookup_color (context, "masar_timeline_selection", &self->accent) &&
      !lookup_color (context, "accent_color", &self->accent))
    self->accent = self->fg;
  if (!lookup_color (context, "masar_timeline_brush", &self->brush))
    self->brush = self->accent;

  for (i = 0; i < MASAR_N_EVENT_TYPES; i++)
    {
      g_autofree char *name = g_strdup_printf ("masar_timeline_%s", masar_event_type_to_string (i));

      if (!lookup_color (context, name, &self->type_colors[i]))
        self->type_colors[i] = self->fg;
    }
}

/*
 * Whether the drawing under way is for high contrast. Drawing happens on the main thread
 * and only inside snapshot_all(), which sets this from the widget's high-contrast property.
 */
static gboolean drawing_high_contrast;

/* High contrast: faint fills become clearly visible, strong ones opaque. */
static double
contrast_alpha (double alpha)
{
  if (!drawing_high_contrast || alpha <= 0.0)
    return alpha;
  return MIN (1.0, alpha * 1.6 + 0.2);
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *color,
            double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue,
                         color->alpha * contrast_alpha (alpha));
}

/* High contrast: strokes half as thick again. */
static void
set_line_width (cairo_t *cr,
                double   width)
{
  cairo_set_line_width (cr, drawing_high_contrast ? width * 1.5 : width);
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  GdkRGBA c = *color;

  c.alpha *= contrast_alpha (alpha);
  return c;
}

/* Each type has its own shape, so colour is never the only cue. */
static void
shape_path (cairo_t        *cr,
            MasarEventType  type,
            double          x,
            double          y,
            double          r)
{
  static const double plus[] = { -0.35, -1, 0.35, -1, 0.35, -0.35, 1, -0.35, 1, 0.35, 0.35, 0.35,
                                 0.35, 1, -0.35, 1, -0.35, 0.35, -1, 0.35, -1, -0.35, -0.35, -0.35 };
  int sides = 0;
  double rotation = 0;
  int i;

  switch (type)
    {
    case MASAR_EVENT_TALKS:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      return;
    case MASAR_EVENT_CALL:
      sides = 4;
      break;
    case MASAR_EVENT_PROPOSAL:
      cairo_rectangle (cr, x - r * 0.82, y - r * 0.82, r * 1.64, r * 1.64);
      return;
    case MASAR_EVENT_AGREEMENT:
      sides = 6;
      break;
    case MASAR_EVENT_CEASEFIRE:
      sides = 3;
      rotation = -G_PI / 2;
      break;
    case MASAR_EVENT_PRISONER_EXCHANGE:
      sides = 3;
      rotation = G_PI / 2;
      break;
    case MASAR_EVENT_STATEMENT:
      sides = 5;
      rotation = -G_PI / 2;
      break;
    case MASAR_EVENT_REJECTION:
    case MASAR_EVENT_AID:
      cairo_new_sub_path (cr);
      for (i = 0; i < 12; i++)
        {
          double px = plus[2 * i] * r;
          double py = plus[2 * i + 1] * r;

          if (type == MASAR_EVENT_REJECTION)
            {
              /* The same cross turned by 45°. */
              double qx = (px - py) * G_SQRT2 / 2;
              double qy = (px + py) * G_SQRT2 / 2;

              px = qx;
              py = qy;
            }
          if (i == 0)
            cairo_move_to (cr, x + px, y + py);
          else
            cairo_line_to (cr, x + px, y + py);
        }
      cairo_close_path (cr);
      return;
    case MASAR_EVENT_PRESSURE:
      sides = 3;
      rotation = 0;
      break;
    case MASAR_EVENT_MILITARY:
    default:
      cairo_new_sub_path (cr);
      for (i = 0; i < 10; i++)
        {
          double a = -G_PI / 2 + i * G_PI / 5;
          double rr = (i % 2 == 0) ? r * 1.15 : r * 0.5;

          if (i == 0)
            cairo_move_to (cr, x + rr * cos (a), y + rr * sin (a));
          else
            cairo_line_to (cr, x + rr * cos (a), y + rr * sin (a));
        }
      cairo_close_path (cr);
      return;
    }

  cairo_new_sub_path (cr);
  for (i = 0; i < sides; i++)
    {
      double a = rotation + i * 2 * G_PI / sides;
      double rr = r * (sides == 3 ? 1.2 : 1.05);

      if (i == 0)
        cairo_move_to (cr, x + rr * cos (a), y + rr * sin (a));
      else
        cairo_line_to (cr, x + rr * cos (a), y + rr * sin (a));
    }
  cairo_close_path (cr);
}

/*
 * Modality by style: asserted solid; planned, proposed, demanded hollow; hypothetical
 * hollow and dashed; denied solid and struck through.
 */
static void
draw_shape (cairo_t        *cr,
            const GdkRGBA  *color,
            MasarEventType  type,
            MasarModality   modality,
            double          x,
            double          y,
            double          r,
            double          alpha)
{
  shape_path (cr, type, x, y, r);
  switch (modality)
    {
    case MASAR_MODALITY_PLANNED:
    case MASAR_MODALITY_PROPOSED:
    case MASAR_MODALITY_DEMANDED:
    case MASAR_MODALITY_HYPOTHETICAL:
      set_source (cr, color, 0.15 * alpha);
      cairo_fill_preserve (cr);
      set_source (cr, color, alpha);
      set_line_width (cr, 1.6);
      if (modality == MASAR_MODALITY_HYPOTHETICAL)
        {
          static const double dash[] = { 2.0, 2.0 };

          cairo_set_dash (cr, dash, 2, 0);
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    case MASAR_MODALITY_DENIED:
      set_source (cr, color, alpha);
      cairo_fill (cr);
      cairo_move_to (cr, x - r - 3, y + r + 1);
      cairo_line_to (cr, x + r + 3, y - r - 1);
      set_line_width (cr, 1.8);
      cairo_stroke (cr);
      break;
    case MASAR_MODALITY_ASSERTED:
    default:
      set_source (cr, color, alpha);
      cairo_fill (cr);
      break;
    }
}

static void
draw_mark (MasarTimeline           *self,
           cairo_t                 *cr,
           const MasarTimelineMark *mark)
{
  const GdkRGBA *color = &self->type_colors[mark->type];
  double r = masar_timeline_mark_get_radius (mark);
  double cx = (mark->x0 + mark->x1) / 2.0;

  if (mark->count > 1)
    {
      /* A cluster: its extent as a faint band, then a disc sized by the count. */
      if (mark->x1 - mark->x0 > 2 * r)
        {
          set_source (cr, color, 0.25);
          cairo_rectangle (cr, mark->x0, mark->y - 3, mark->x1 - mark->x0, 6);
          cairo_fill (cr);
        }
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, mark->y, r, 0, 2 * G_PI);
      set_source (cr, color, 0.35);
      cairo_fill_preserve (cr);
      set_source (cr, color, 0.9);
      set_line_width (cr, 1.2);
      cairo_stroke (cr);
      return;
    }

  if (mark->x1 - mark->x0 > 1.0)
    {
      double alpha = mark->is_span ? 0.75 : 0.3;
      double h = mark->is_span ? 6.0 : 8.0;

      /* Spans are bars; month- and year-precision dates are faded bars over their interval. */
      set_source (cr, color, alpha);
      cairo_rectangle (cr, mark->x0, mark->y - h / 2, mark->x1 - mark->x0, h);
      cairo_fill (cr);
      if (mark->is_span)
        {
          cx = time_runs_rtl (self) ? mark->x1 : mark->x0;
          draw_shape (cr, color, mark->type, mark->modality, cx, mark->y, r, 1.0);
        }
      else
        draw_shape (cr, color, mark->type, mark->modality, cx, mark->y, r * 0.8, 0.55);
      return;
    }

  draw_shape (cr, color, mark->type, mark->modality, cx, mark->y, r, 1.0);
}

static gboolean
collect_mark_cb (const MasarTimelineMark *mark,
                 gpointer                 user_data)
{
  MasarTimeline *self = user_data;

  g_array_append_val (self->marks, *mark);
  return TRUE;
}

/* Sets @text on the widget's one layout, ellipsized only when wider than @max_width (when
 * @max_width > 0). Only a text too long gets a width: a layout wider than its text would
 * align the text by its own direction inside the box, and Arabic would drift away from its
 * mark. */
static PangoLayout *
prepare_text (MasarTimeline *self,
              const char    *text,
              double         max_width,
              int           *out_w,
              int           *out_h)
{
  PangoLayout *layout = ensure_layout (self);
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  if (max_width > 0 && w > max_width)
    {
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_get_pixel_size (layout, &w, &h);
    }
  else
    pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);

  *out_w = w;
  *out_h = h;
  return layout;
}

static void
append_text (MasarTimeline  *self,
             GtkSnapshot    *snapshot,
             const char     *text,
             double          x,
             double          y,
             double          max_width,
             gboolean        end_aligned,
             const GdkRGBA  *color)
{
  int w, h;
  PangoLayout *layout = prepare_text (self, text, max_width, &w, &h);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (end_aligned ? x - w : x, y - h / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static double
text_width (MasarTimeline *self,
            const char    *text)
{
  PangoLayout *layout = ensure_layout (self);
  int w;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, -1);
  pango_layout_get_pixel_size (layout, &w, NULL);
  return w;
}

/* Text on a cairo context, with the widget's one layout: same rules as append_text(). */
static void
draw_text (MasarTimeline *self,
           cairo_t       *cr,
           const char    *text,
           double         x,
           double         y,
           double         max_width,
           gboolean       end_aligned,
           const GdkRGBA *color)
{
  int w, h;
  PangoLayout *layout = prepare_text (self, text, max_width, &w, &h);

  cairo_move_to (cr, round (end_aligned ? x - w : x), round (y - h / 2.0));
  set_source (cr, color, 1.0);
  pango_cairo_show_layout (cr, layout);
}

/*
 * Sprites: each mark shape (type, modality, size, style) is drawn once into a small image
 * and then only copied, so a rebuild costs a blit per mark instead of a path to fill.
 */
enum {
  SPRITE_MARK,
  SPRITE_FADED,
  SPRITE_CLUSTER,
};

static cairo_surface_t *
ensure_sprite (MasarTimeline  *self,
               guint           style,
               MasarEventType  type,
               MasarModality   modality,
               double          r,
               int            *half)
{
  guint r4 = (guint) MIN (round (r * 4), 255);
  guint key = (style << 24) | ((guint) type << 16) | ((guint) modality << 8) | r4;
  cairo_surface_t *sprite;
  cairo_t *cr;
  int size;

  r = r4 / 4.0;
  size = 2 * (int) ceil (r * 1.3 + 5);
  *half = size / 2;
  sprite = g_hash_table_lookup (self->sprites, GUINT_TO_POINTER (key));
  if (sprite != NULL)
    return sprite;

  sprite = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cr = cairo_create (sprite);
  if (style == SPRITE_CLUSTER)
    {
      const GdkRGBA *color = &self->type_colors[type];

      cairo_new_sub_path (cr);
      cairo_arc (cr, *half, *half, r, 0, 2 * G_PI);
      set_source (cr, color, 0.35);
      cairo_fill_preserve (cr);
      set_source (cr, color, 0.9);
      set_line_width (cr, 1.2);
      cairo_stroke (cr);
    }
  else
    draw_shape (cr, &self->type_colors[type], type, modality, *half, *half, r,
                style == SPRITE_FADED ? 0.55 : 1.0);
  cairo_destroy (cr);
  g_hash_table_insert (self->sprites, GUINT_TO_POINTER (key), sprite);
  return sprite;
}

static void
paint_sprite (MasarTimeline  *self,
              cairo_t        *cr,
              guint           style,
              MasarEventType  type,
              MasarModality   modality,
              double          x,
              double          y,
              double          r)
{
  int half;
  cairo_surface_t *sprite = ensure_sprite (self, style, type, modality, r, &half);

  cairo_set_source_surface (cr, sprite, round (x) - half, round (y) - half);
  cairo_paint (cr);
}

/* A mark, with paths (vector output) or sprites (the on-screen cache). */
static void
draw_mark_fast (MasarTimeline           *self,
                cairo_t                 *cr,
                const MasarTimelineMark *mark,
                gboolean                 vector)
{
  const GdkRGBA *color = &self->type_colors[mark->type];
  double r = masar_timeline_mark_get_radius (mark);
  double cx = (mark->x0 + mark->x1) / 2.0;

  if (vector)
    {
      draw_mark (self, cr, mark);
      return;
    }

  if (mark->count > 1)
    {
      if (mark->x1 - mark->x0 > 2 * r)
        {
          set_source (cr, color, 0.25);
          cairo_rectangle (cr, mark->x0, mark->y - 3, mark->x1 - mark->x0, 6);
          cairo_fill (cr);
        }
      paint_sprite (self, cr, SPRITE_CLUSTER, mark->type, 0, cx, mark->y, round (r * 2) / 2);
      return;
    }

  if (mark->x1 - mark->x0 > 1.0)
    {
      double alpha = mark->is_span ? 0.75 : 0.3;
      double h = mark->is_span ? 6.0 : 8.0;

      set_source (cr, color, alpha);
      cairo_rectangle (cr, mark->x0, mark->y - h / 2, mark->x1 - mark->x0, h);
      cairo_fill (cr);
      if (mark->is_span)
        {
          cx = time_runs_rtl (self) ? mark->x1 : mark->x0;
          paint_sprite (self, cr, SPRITE_MARK, mark->type, mark->modality, cx, mark->y, r);
        }
      else
        paint_sprite (self, cr, SPRITE_FADED, mark->type, mark->modality, cx, mark->y, r * 0.8);
      return;
    }

  paint_sprite (self, cr, SPRITE_MARK, mark->type, mark->modality, cx, mark->y, r);
}

/* A cluster's count, drawn once per count and colour and then copied. */
static void
draw_count (MasarTimeline           *self,
            cairo_t                 *cr,
            const MasarTimelineMark *mark,
            const GdkRGBA           *color,
            gboolean                 vector)
{
  double r = masar_timeline_mark_get_radius (mark);
  double cx = (mark->x0 + mark->x1) / 2;
  cairo_surface_t *text;
  char count[16];

  if (mark->count > 999)
    g_snprintf (count, sizeof count, "%uk", mark->count / 1000);
  else
    g_snprintf (count, sizeof count, "%u", mark->count);

  if (vector)
    {
      double w = text_width (self, count);

      if (w <= 2 * r + 2)
        draw_text (self, cr, count, cx - w / 2, mark->y, -1, FALSE, color);
      return;
    }

  text = g_hash_table_lookup (self->count_text, count);
  if (text == NULL)
    {
      PangoLayout *layout = ensure_layout (self);
      int w, h;
      cairo_t *tcr;

      pango_layout_set_text (layout, count, -1);
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
      pango_layout_get_pixel_size (layout, &w, &h);
      text = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (w, 1), MAX (h, 1));
      tcr = cairo_create (text);
      set_source (tcr, color, 1.0);
      pango_cairo_show_layout (tcr, layout);
      cairo_destroy (tcr);
      g_hash_table_insert (self->count_text, g_strdup (count), text);
    }
  if (cairo_image_surface_get_width (text) > 2 * r + 2)
    return;
  cairo_set_source_surface (cr, text,
                            round (cx - cairo_image_surface_get_width (text) / 2.0),
                            round (mark->y - cairo_image_surface_get_height (text) / 2.0));
  cairo_paint (cr);
}

/* Ticks, grid lines, connectors, marks and labels between x_begin and x_end. */
static void
draw_moving (MasarTimeline *self,
             cairo_t       *cr,
             double         x_begin,
             double         x_end,
             gboolean       vector)
{
  MasarTimelineModel *model = self->model;
  gboolean rtl = time_runs_rtl (self);
  double axis_h = masar_timeline_model_get_axis_height (model);
  double d0 = masar_timeline_model_x_to_time (model, rtl ? x_end : x_begin);
  double d1 = masar_timeline_model_x_to_time (model, rtl ? x_begin : x_end);
  double lanes_bottom;
  g_autoptr(GArray) ticks = NULL;
  GdkRGBA text_color = with_alpha (&self->fg, 0.85);
  GdkRGBA label_color = with_alpha (&self->fg, 0.9);
  guint i;

  masar_timeline_model_get_undated_geometry (model, &lanes_bottom, NULL);

  /* Grid and tick marks, one stroke per strength. */
  ticks = masar_timeline_model_get_ticks (model, d0, d1, self->show_hijri);
  set_line_width (cr, 1.0);
  for (i = 0; i < 2; i++)
    {
      guint j;

      for (j = 0; j < ticks->len; j++)
        {
          const MasarTimelineTick *tick = &g_array_index (ticks, MasarTimelineTick, j);
          double x = round (masar_timeline_model_time_to_x (model, tick->day)) + 0.5;

          if (!tick->major != (i == 0))
            continue;
          cairo_move_to (cr, x, tick->major ? axis_h - 14 : axis_h - 6);
          cairo_line_to (cr, x, lanes_bottom);
        }
      set_source (cr, &self->fg, i == 0 ? 0.06 : 0.16);
      cairo_stroke (cr);
    }

  /* Connectors between the lanes of one event, under the marks. */
  g_array_set_size (self->marks, 0);
  masar_timeline_model_foreach_mark (model, x_begin, x_end, collect_mark_cb, self);
  for (i = 0; i < self->marks->len; i++)
    {
      const MasarTimelineMark *mark = &g_array_index (self->marks, MasarTimelineMark, i);
      guint lanes[16];
      guint n;

      if (mark->count != 1 || mark->undated || mark->row != 0)
        continue;
      n = masar_timeline_model_get_item_lanes (model, mark->item, lanes, G_N_ELEMENTS (lanes));
      if (n > 1 && lanes[0] == mark->lane)
        {
          double top = G_MAXDOUBLE, bottom = -G_MAXDOUBLE;
          guint j;

          for (j = 0; j < n; j++)
            {
              double y, h;

              masar_timeline_model_get_lane_geometry (model, lanes[j], &y, &h);
              top = MIN (top, y + h / 2);
              bottom = MAX (bottom, y + h / 2);
            }
          top = MIN (top, mark->y);
          set_source (cr, &self->type_colors[mark->type], 0.45);
          cairo_rectangle (cr, round ((mark->x0 + mark->x1) / 2), round (top), 1, round (bottom - top));
          cairo_fill (cr);
        }
    }

  for (i = 0; i < self->marks->len; i++)
    {
      const MasarTimelineMark *mark = &g_array_index (self->marks, MasarTimelineMark, i);

      if (!mark->undated)
        draw_mark_fast (self, cr, mark, vector);
    }

  /* Tick labels, on the side of the tick where time goes. */
  for (i = 0; i < ticks->len; i++)
    {
      const MasarTimelineTick *tick = &g_array_index (ticks, MasarTimelineTick, i);
      double x = masar_timeline_model_time_to_x (model, tick->day);

      if (!tick->major || tick->label == NULL)
        continue;
      draw_text (self, cr, tick->label, rtl ? x - 4 : x + 4, axis_h - 20, -1, rtl, &text_color);
    }

  /* Cluster counts and event labels. A label runs from its mark towards later time and
   * stops before the next mark of its row: labels never overlap, and hide without room. */
  for (i = 0; i < self->marks->len; i++)
    {
      const MasarTimelineMark *mark = &g_array_index (self->marks, MasarTimelineMark, i);
      double r = masar_timeline_mark_get_radius (mark);
      double start = rtl ? mark->x0 - r - LABEL_GAP : mark->x1 + r + LABEL_GAP;
      double room = 260.0;
      double view_width = masar_timeline_model_get_width (model);
      const char *label;
      guint j;

      if (mark->undated)
        continue;
      if (mark->count > 1)
        {
          draw_count (self, cr, mark, &label_color, vector);
          continue;
        }
      if (!self->show_labels || masar_timeline_model_get_lane_collapsed (model, mark->lane))
        continue;
      label = masar_timeline_model_get_item_label (model, mark->item);
      if (label == NULL)
        continue;

      for (j = i + 1; j < self->marks->len; j++)
        {
          const MasarTimelineMark *next = &g_array_index (self->marks, MasarTimelineMark, j);
          double gap;

          if (next->lane != mark->lane)
            break;
          if (next->row != mark->row)
            continue;
          gap = rtl ? start - (next->x1 + masar_timeline_mark_get_radius (next)) - LABEL_GAP
                    : (next->x0 - masar_timeline_mark_get_radius (next)) - start - LABEL_GAP;
          if (gap < -200)
            continue;
          room = MIN (room, gap);
          break;
        }
      /* A label of a mark in view stays in view: ellipsized at the edge, not cut. */
      if (mark->x1 >= 0 && mark->x0 <= view_width)
        room = MIN (room, rtl ? start - LABEL_GAP : view_width - LABEL_GAP - start);
      if (room < MIN_LABEL_WIDTH)
        continue;
      draw_text (self, cr, label, start, mark->y, room, rtl, &label_color);
    }
}
/* What does not move with time: lane bands and headers, the undated strip, the legend. */
static void
snapshot_fixed (MasarTimeline *self,
                GtkSnapshot   *snapshot,
                int            width,
                int            height)
{
  MasarTimelineModel *model = self->model;
  gboolean rtl = time_runs_rtl (self);
  double axis_h = masar_timeline_model_get_axis_height (model);
  double undated_y, undated_h;
  guint n_lanes = masar_timeline_model_get_n_lanes (model);
  GdkRGBA header_color = with_alpha (&self->fg, 0.75);
  guint i;

  gtk_snapshot_append_color (snapshot, ALPHA (&self->fg, 0.03),
                             &GRAPHENE_RECT_INIT (0, 0, width, axis_h));
  gtk_snapshot_append_color (snapshot, ALPHA (&self->fg, 0.25),
                             &GRAPHENE_RECT_INIT (0, axis_h - 1, width, 1));

  for (i = 0; i < n_lanes; i++)
    {
      double y, h;
      g_autofree char *header = NULL;
      gboolean collapsed = masar_timeline_model_get_lane_collapsed (model, i);

      masar_timeline_model_get_lane_geometry (model, i, &y, &h);
      if (y > height)
        break;
      if (i % 2 == 1)
        gtk_snapshot_append_color (snapshot, ALPHA (&self->fg, 0.035),
                                   &GRAPHENE_RECT_INIT (0, y, width, h));
      gtk_snapshot_append_color (snapshot, ALPHA (&self->fg, 0.08),
                                 &GRAPHENE_RECT_INIT (0, y + h - 1, width, 1));

      /* Translators: a lane header: disclosure triangle, name, number of events */
      header = g_strdup_printf ("%s %s (%u)", collapsed ? (rtl ? "◂" : "▸") : "▾",
                                masar_timeline_model_get_lane_name (model, i),
                                masar_timeline_model_get_lane_n_items (model, i));
      append_text (self, snapshot, header, rtl ? width - HEADER_PAD : HEADER_PAD, y + 9,
                   width / 3.0, rtl, &header_color);
    }

  masar_timeline_model_get_undated_geometry (model, &undated_y, &undated_h);
  if (undated_h > 0)
    {
      g_autofree char *label = NULL;
      cairo_t *cr;

      gtk_snapshot_append_color (snapshot, ALPHA (&self->fg, 0.06),
                                 &GRAPHENE_RECT_INIT (0, undated_y, width, undated_h));
      label = g_strdup_printf (_("Undated (%u)"), masar_timeline_model_get_n_undated (model));
      append_text (self, snapshot, label, rtl ? width - HEADER_PAD : HEADER_PAD,
                   undated_y + undated_h / 2, UNDATED_LABEL_W, rtl, &header_color);

      g_array_set_size (self->marks, 0);
      masar_timeline_model_foreach_mark (model, 0, 0, collect_mark_cb, self);
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, undated_y, width, undated_h));
      for (i = 0; i < self->marks->len; i++)
        {
          const MasarTimelineMark *mark = &g_array_index (self->marks, MasarTimelineMark, i);

          if (mark->undated)
            draw_mark (self, cr, mark);
        }
      cairo_destroy (cr);
    }

  /* Legend: the types present, by colour and shape, at the end of the axis strip. */
  {
    double x = rtl ? HEADER_PAD : width - HEADER_PAD;
    GdkRGBA legend_color = with_alpha (&self->fg, 0.8);
    guint drawn = 0;

    for (i = MASAR_N_EVENT_TYPES; i-- > 0;)
      {
        const char *name;
        double w;
        cairo_t *cr;

        if (masar_timeline_model_get_type_count (model, i) == 0)
          continue;
        name = masar_event_type_get_label (i);
        w = text_width (self, name);
        /* Only whole entries: in the end half of the strip, or the first one anywhere
         * it fits; never cut at the start edge. */
        if (!rtl && x - w - 16 < (drawn > 0 ? width / 2.0 : HEADER_PAD))
          break;
        if (rtl && x + w + 16 > (drawn > 0 ? width / 2.0 : width - HEADER_PAD))
          break;
        drawn++;
        if (!rtl)
          x -= w;
        append_text (self, snapshot, name, x, 10, -1, FALSE, &legend_color);
        x = rtl ? x + w + 4 : x - 4;
        cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (rtl ? x : x - 12, 2, 12, 16));
        draw_shape (cr, &self->type_colors[i], i, MASAR_MODALITY_ASSERTED,
                    rtl ? x + 6 : x - 6, 10, 4.5, 1.0);
        cairo_destroy (cr);
        x = rtl ? x + 12 + 10 : x - 12 - 10;
      }
  }
}

/* Hover, selection and brush: cheap, drawn every frame on top of the cached layers. */
static void
snapshot_overlay (MasarTimeline *self,
                  GtkSnapshot   *snapshot,
                  int            width,
                  int            height)
{
  MasarTimelineModel *model = self->model;
  double brush_begin = masar_timeline_model_get_brush_begin (model);
  double brush_end = masar_timeline_model_get_brush_end (model);
  guint selected = masar_timeline_model_get_selected (model);
  double x, y;

  if (brush_end > brush_begin)
    {
      double a = masar_timeline_model_time_to_x (model, brush_begin);
      double b = masar_timeline_model_time_to_x (model, brush_end);
      double axis_h = masar_timeline_model_get_axis_height (model);

      gtk_snapshot_append_color (snapshot, ALPHA (&self->brush, 0.18),
                                 &GRAPHENE_RECT_INIT (MIN (a, b), axis_h, fabs (b - a), height - axis_h));
    }

  if (selected != G_MAXUINT &&
      masar_timeline_model_get_item_position (model, selected, &x, &y))
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x - 20, y - 20, 40, 40));

      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, 11, 0, 2 * G_PI);
      set_source (cr, &self->accent, 1.0);
      set_line_width (cr, 2.5);
      cairo_stroke (cr);
      cairo_destroy (cr);
    }

  if (self->hover_item != G_MAXUINT && self->hover_item < masar_timeline_model_get_n_items (model) &&
      masar_timeline_model_get_item_position (model, self->hover_item, &x, &y))
    {
      const char *label = masar_timeline_model_get_item_label (model, self->hover_item);
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x - 20, y - 20, 40, 40));
      gboolean rtl = time_runs_rtl (self);

      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, 9, 0, 2 * G_PI);
      set_source (cr, &self->fg, 0.5);
      set_line_width (cr, 1.5);
      cairo_stroke (cr);
      cairo_destroy (cr);

      /* The full label on hover, over a plate so it reads over other marks. */
      if (label != NULL)
        {
          PangoLayout *layout = ensure_layout (self);
          int w, h;
          double lx;
          GdkRGBA plate;
          GtkStyleContext *context;

          pango_layout_set_text (layout, label, -1);
          pango_layout_set_width (layout, -1);
          pango_layout_get_pixel_size (layout, &w, &h);
          lx = rtl ? x - 14 - w : x + 14;
          lx = CLAMP (lx, 2, MAX (2, width - w - 2));

          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          context = gtk_widget_get_style_context (GTK_WIDGET (self));
          G_GNUC_END_IGNORE_DEPRECATIONS
          if (!lookup_color (context, "view_bg_color", &plate) &&
              !lookup_color (context, "theme_base_color", &plate))
            plate = with_alpha (&self->fg, 0.0);
          plate.alpha = 0.92;
          gtk_snapshot_append_color (snapshot, &plate,
                                     &GRAPHENE_RECT_INIT (lx - 4, y - h / 2.0 - 12 - 2, w + 8, h + 4));
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (lx, y - h / 2.0 - 12));
          gtk_snapshot_append_layout (snapshot, layout, &self->fg);
          gtk_snapshot_restore (snapshot);
        }
    }
}

static gboolean
settle_cb (gpointer data)
{
  MasarTimeline *self = data;

  /* The zoom gesture paused: draw the scaled layer crisp again. */
  self->settle_id = 0;
  self->cache_stale = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
rebuild_moving (MasarTimeline *self,
                int            width,
                int            height)
{
  MasarTimelineModel *model = self->model;
  int margin = (int) ceil (width * CACHE_MARGIN);
  guint index = !self->moving_index;
  cairo_t *cr;

  /* Two images in turn: the last frame's render node still holds the current one, and
   * drawing into it would make cairo copy it first. */
  if (self->moving[index] == NULL ||
      cairo_image_surface_get_width (self->moving[index]) != width + 2 * margin ||
      cairo_image_surface_get_height (self->moving[index]) != height)
    {
      g_clear_pointer (&self->moving[index], cairo_surface_destroy);
      self->moving[index] = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width + 2 * margin, height);
    }
  self->moving_index = index;

  cr = cairo_create (self->moving[index]);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  cairo_translate (cr, margin, 0);
  draw_moving (self, cr, -margin, width + margin, FALSE);
  cairo_destroy (cr);
  cairo_surface_flush (self->moving[index]);

  self->cache_t0 = masar_timeline_model_x_to_time (model, 0);
  self->cache_t1 = masar_timeline_model_x_to_time (model, width);
  self->cache_margin = margin;
  self->cache_built = g_get_monotonic_time ();
  self->cache_stale = FALSE;
  self->n_rebuilds++;
}

static void
rebuild_fixed (MasarTimeline *self,
               int            width,
               int            height)
{
  GtkSnapshot *s = gtk_snapshot_new ();
  GskRenderNode *node;
  cairo_t *cr;

  snapshot_fixed (self, s, width, height);
  node = gtk_snapshot_free_to_node (s);
  g_clear_pointer (&self->fixed_surface, cairo_surface_destroy);
  self->fixed_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  if (node != NULL)
    {
      cr = cairo_create (self->fixed_surface);
      gsk_render_node_draw (node, cr);
      cairo_destroy (cr);
      gsk_render_node_unref (node);
    }
  cairo_surface_flush (self->fixed_surface);
}

/*
 * The static layers are two images: the fixed one (lanes, headers, legend) at the widget's
 * size, and the moving one (grid, ticks, marks, labels) half a width wider on each side.
 * Panning copies the moving image at an offset; zooming scales it (nearest pixels) until
 * the gesture pauses, the scale passes ×2 or ½, the image no longer covers the view, or it is older
 * than CACHE_MAX_AGE. Hover, selection and brush are drawn live on top.
 */
static void
snapshot_cached (MasarTimeline *self,
                 GtkSnapshot   *snapshot,
                 int            width,
                 int            height)
{
  MasarTimelineModel *model = self->model;
  double a = 0, k = 1;
  gboolean rebuild = self->moving[self->moving_index] == NULL || self->cache_stale;
  cairo_t *cr;

  if (self->cache_width != width || self->cache_height != height)
    invalidate_fixed (self);
  self->cache_width = width;
  self->cache_height = height;

  if (self->fixed_surface == NULL)
    rebuild_fixed (self, width, height);

  if (!rebuild)
    {
      double margin = self->cache_margin;

      /* The cached layer maps to the view by x = a + k·x_cached. */
      a = masar_timeline_model_time_to_x (model, self->cache_t0);
      k = (masar_timeline_model_time_to_x (model, self->cache_t1) - a) / width;
      if (k > CACHE_MAX_SCALE || k < 1 / CACHE_MAX_SCALE ||
          a - k * margin > 0.5 || a + k * (width + margin) < width - 0.5)
        rebuild = TRUE;
      else if (fabs (k - 1) > 1e-9 &&
               g_get_monotonic_time () - self->cache_built > CACHE_MAX_AGE * G_TIME_SPAN_MILLISECOND)
        rebuild = TRUE;
    }
  if (rebuild)
    {
      rebuild_moving (self, width, height);
      a = 0;
      k = 1;
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_source_surface (cr, self->fixed_surface, 0, 0);
  cairo_paint (cr);
  if (fabs (k - 1) <= 1e-9)
    {
      /* Whole pixels: a plain copy. */
      cairo_set_source_surface (cr, self->moving[self->moving_index], round (a) - self->cache_margin, 0);
      cairo_paint (cr);
    }
  else
    {
      cairo_translate (cr, a - k * self->cache_margin, 0);
      cairo_scale (cr, k, 1);
      cairo_set_source_surface (cr, self->moving[self->moving_index], 0, 0);
      /* Nearest pixels: a third of the cost of bilinear, and only until the zoom settles. */
      cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_FAST);
      cairo_paint (cr);

      g_clear_handle_id (&self->settle_id, g_source_remove);
      self->settle_id = g_timeout_add (CACHE_SETTLE, settle_cb, self);
    }
  cairo_destroy (cr);
}

/* Every layer as vector drawing, uncached: for SVG and PDF export. */
static void
snapshot_vector (MasarTimeline *self,
                 GtkSnapshot   *snapshot,
                 int            width,
                 int            height)
{
  cairo_t *cr;

  snapshot_fixed (self, snapshot, width, height);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_moving (self, cr, 0, width, TRUE);
  cairo_destroy (cr);
}

static void
snapshot_all (MasarTimeline *self,
              GtkSnapshot   *snapshot,
              int            width,
              int            height,
              gboolean       vector)
{
  if (self->model == NULL || width <= 0 || height <= 0)
    return;

  drawing_high_contrast = self->high_contrast;
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (vector)
    snapshot_vector (self, snapshot, width, height);
  else
    snapshot_cached (self, snapshot, width, height);
  snapshot_overlay (self, snapshot, width, height);
  gtk_snapshot_pop (snapshot);
}

static void
update_accessible (MasarTimeline *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  guint selected;

  if (self->model == NULL)
    return;

  summary = masar_timeline_model_dup_summary (self->model);
  selected = masar_timeline_model_get_selected (self->model);
  if (selected != G_MAXUINT)
    {
      gint32 start;
      const char *label = masar_timeline_model_get_item_label (self->model, selected);
      g_autofree char *date = NULL;

      masar_timeline_model_get_item_days (self->model, selected, &start, NULL);
      date = start > 0
             ? masar_timeline_model_format_day (self->model, start,
                                                masar_timeline_model_get_item_precision (self->model, selected),
                                                FALSE)
             : g_strdup (_("undated"));
      /* Translators: the focused event: label, date, type; then the summary of the timeline */
      description = g_strdup_printf (_("%s, %s, %s. %s"),
                                     label != NULL ? label : _("Event"), date,
                                     masar_event_type_get_label (masar_timeline_model_get_item_type (self->model, selected)),
                                     summary);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : summary,
                                  -1);
}

static gboolean
update_accessible_idle_cb (gpointer data)
{
  MasarTimeline *self = data;

  self->a11y_idle_id = 0;
  update_accessible (self);
  return G_SOURCE_REMOVE;
}

/* Bulk changes (a million appends) must not rebuild the summary each time. */
static void
queue_update_accessible (MasarTimeline *self)
{
  if (self->a11y_idle_id == 0)
    self->a11y_idle_id = g_idle_add (update_accessible_idle_cb, self);
}

static void
activate_item (MasarTimeline *self,
               guint          item)
{
  g_autoptr(MasarEvent) event = NULL;

  if (item == G_MAXUINT || item >= masar_timeline_model_get_n_items (self->model))
    return;
  event = masar_timeline_model_get_item_event (self->model, item);
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event, item);
}

static gboolean
glide_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  MasarTimeline *self = MASAR_TIMELINE (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double dt = (now - self->glide_time) / (double) G_USEC_PER_SEC;

  self->glide_time = now;
  if (self->model == NULL || fabs (self->velocity) < 8.0)
    {
      self->glide_id = 0;
      return G_SOURCE_REMOVE;
    }
  masar_timeline_model_pan (self->model, self->velocity * dt);
  self->velocity *= exp (-dt / 0.3);
  return G_SOURCE_CONTINUE;
}

static void
stop_reveal (MasarTimeline *self)
{
  if (self->reveal_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_id);
  self->reveal_id = 0;
}

static void
stop_glide (MasarTimeline *self)
{
  stop_reveal (self);
  if (self->glide_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->glide_id);
  self->glide_id = 0;
  self->velocity = 0;
}

static gboolean
animations_enabled (MasarTimeline *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled, NULL);
  return enabled;
}

/* Signal callbacks */

static void
on_model_changed_cb (MasarTimeline      *self,
                     MasarTimelineModel *model)
{
  g_assert (MASAR_IS_TIMELINE (self));

  invalidate_fixed (self);
  queue_update_accessible (self);
}

static void
on_model_view_changed_cb (MasarTimeline *self,
                          GParamSpec    *pspec,
                          GObject       *model)
{
  g_assert (MASAR_IS_TIMELINE (self));

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_model_selected_cb (MasarTimeline *self,
                      GParamSpec    *pspec,
                      GObject       *model)
{
  g_assert (MASAR_IS_TIMELINE (self));

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_root_changed_cb (MasarTimeline *self)
{
  g_clear_object (&self->layout);
  drop_sprites (self);
  invalidate_fixed (self);
}

static void
on_motion_cb (MasarTimeline            *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *controller)
{
  MasarTimelineHit hit;
  guint item = G_MAXUINT;

  self->pointer_x = x;
  self->pointer_y = y;
  if (self->model != NULL && masar_timeline_model_hit_test (self->model, x, y, &hit) &&
      hit.kind == MASAR_TIMELINE_HIT_ITEM)
    item = hit.item;
  if (item != self->hover_item)
    {
      self->hover_item = item;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave_cb (MasarTimeline            *self,
             GtkEventControllerMotion *controller)
{
  if (self->hover_item != G_MAXUINT)
    {
      self->hover_item = G_MAXUINT;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
on_scroll_cb (MasarTimeline            *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *controller)
{
  GdkModifierType state;
  GdkScrollUnit unit;
  double step;

  if (self->model == NULL)
    return GDK_EVENT_PROPAGATE;

  stop_glide (self);
  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  unit = gtk_event_controller_scroll_get_unit (controller);
  step = unit == GDK_SCROLL_UNIT_WHEEL ? 60.0 : 1.0;

  if (state & GDK_CONTROL_MASK)
    {
      masar_timeline_model_zoom_at (self->model, exp (-dy * (unit == GDK_SCROLL_UNIT_WHEEL ? 0.2 : 0.01)),
                                    self->pointer_x);
      return GDK_EVENT_STOP;
    }

  /* Either axis pans; the wheel's vertical axis too, since lanes fit the height. */
  masar_timeline_model_pan (self->model, -(dx != 0 ? dx : dy) * step);
  return GDK_EVENT_STOP;
}

static void
on_decelerate_cb (MasarTimeline            *self,
                  double                    vel_x,
                  double                    vel_y,
                  GtkEventControllerScroll *controller)
{
  if (!animations_enabled (self))
    return;
  self->velocity = -(vel_x != 0 ? vel_x : vel_y);
  self->glide_time = g_get_monotonic_time ();
  if (self->glide_id == 0)
    self->glide_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), glide_tick_cb, NULL, NULL);
}

static void
on_drag_begin_cb (MasarTimeline  *self,
                  double          x,
                  double          y,
                  GtkGestureDrag *gesture)
{
  GdkModifierType state;

  stop_glide (self);
  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  self->brushing = (state & GDK_SHIFT_MASK) != 0;
  self->dragging = FALSE;
  self->drag_last_x = 0;
  if (self->brushing && self->model != NULL)
    self->brush_anchor = masar_timeline_model_x_to_time (self->model, x);
}

static void
on_drag_update_cb (MasarTimeline  *self,
                   double          offset_x,
                   double          offset_y,
                   GtkGestureDrag *gesture)
{
  double start_x, start_y;

  if (self->model == NULL)
    return;
  if (!self->dragging && fabs (offset_x) < 3 && fabs (offset_y) < 3)
    return;
  self->dragging = TRUE;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);

  if (self->brushing)
    {
      gtk_gesture_drag_get_start_point (gesture, &start_x, &start_y);
      masar_timeline_model_set_brush (self->model, self->brush_anchor,
                                      masar_timeline_model_x_to_time (self->model, start_x + offset_x));
      return;
    }

  masar_timeline_model_pan (self->model, offset_x - self->drag_last_x);
  self->drag_last_x = offset_x;
}

static void
on_drag_end_cb (MasarTimeline  *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  self->brushing = FALSE;
}

static void
on_click_pressed_cb (MasarTimeline   *self,
                     int              n_press,
                     double           x,
                     double           y,
                     GtkGestureClick *gesture)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  masar_timeline_press_at (self, x, y, n_press);
}

static void
on_zoom_begin_cb (MasarTimeline  *self,
                  GdkEventSequence *sequence,
                  GtkGesture     *gesture)
{
  self->pinch_scale = 1.0;
}

static void
on_zoom_scale_changed_cb (MasarTimeline  *self,
                          double          scale,
                          GtkGestureZoom *gesture)
{
  double cx, cy;

  if (self->model == NULL || scale <= 0)
    return;
  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy))
    cx = self->pointer_x;
  masar_timeline_model_zoom_at (self->model, scale / self->pinch_scale, cx);
  self->pinch_scale = scale;
}

/* Actions: the keyboard goes through these (see the bindings in class_init). */

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MasarTimeline *self = MASAR_TIMELINE (widget);
  gboolean right = g_str_equal (action_name, "timeline.move-right");

  if (self->model == NULL)
    return;
  /* Arrows follow the drawing: right is later in LTR, earlier in RTL. */
  sync_direction (self);
  self->selecting = TRUE;
  masar_timeline_model_select_adjacent (self->model, right != time_runs_rtl (self) ? 1 : -1);
  self->selecting = FALSE;
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MasarTimeline *self = MASAR_TIMELINE (widget);
  double factor = g_str_equal (action_name, "timeline.zoom-in") ? 1.5 : 1 / 1.5;

  if (self->model != NULL)
    masar_timeline_model_zoom_at (self->model, factor,
                                  masar_timeline_model_get_width (self->model) / 2);
}

static void
ends_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MasarTimeline *self = MASAR_TIMELINE (widget);

  if (self->model == NULL)
    return;
  self->selecting = TRUE;
  if (g_str_equal (action_name, "timeline.first"))
    masar_timeline_model_select_first (self->model);
  else
    masar_timeline_model_select_last (self->model);
  self->selecting = FALSE;
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MasarTimeline *self = MASAR_TIMELINE (widget);

  if (self->model != NULL)
    activate_item (self, masar_timeline_model_get_selected (self->model));
}

static void
clear_brush_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MasarTimeline *self = MASAR_TIMELINE (widget);

  if (self->model != NULL)
    masar_timeline_model_clear_brush (self->model);
}

static void
zoom_to_fit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MasarTimeline *self = MASAR_TIMELINE (widget);

  if (self->model == NULL)
    return;
  if (g_str_equal (action_name, "timeline.zoom-to-fit-all"))
    masar_timeline_model_zoom_to_fit_all (self->model);
  else
    masar_timeline_model_zoom_to_fit (self->model);
}

static gboolean
on_query_tooltip_cb (MasarTimeline *self,
                     int            x,
                     int            y,
                     gboolean       keyboard,
                     GtkTooltip    *tooltip)
{
  MasarTimelineModel *model = self->model;
  MasarTimelineHit hit;
  g_autoptr(MasarEvent) event = NULL;
  g_autofree char *date = NULL;
  g_autofree char *actors = NULL;
  g_autoptr(GString) text = NULL;
  const char *label;
  gint32 start, end;
  MasarDatePrecision precision;
  guint item;

  if (model == NULL)
    return FALSE;

  if (keyboard)
    item = masar_timeline_model_get_selected (model);
  else if (masar_timeline_model_hit_test (model, x, y, &hit))
    {
      if (hit.kind == MASAR_TIMELINE_HIT_CLUSTER)
        {
          g_autofree char *msg = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u event — click to zoom in",
                                                               "%u events — click to zoom in",
                                                               hit.count), hit.count);

          gtk_tooltip_set_text (tooltip, msg);
          return TRUE;
        }
      item = hit.item;
    }
  else
    return FALSE;

  if (item == G_MAXUINT)
    return FALSE;

  text = g_string_new (NULL);
  label = masar_timeline_model_get_item_label (model, item);
  masar_timeline_model_get_item_days (model, item, &start, &end);
  precision = masar_timeline_model_get_item_precision (model, item);
  if (start > 0)
    {
      g_autofree char *a = masar_timeline_model_format_day (model, start, precision, FALSE);

      if (end > start && precision == MASAR_DATE_PRECISION_DAY)
        {
          g_autofree char *b = masar_timeline_model_format_day (model, end, precision, FALSE);

          date = g_strdup_printf ("%s – %s", a, b);
        }
      else
        date = g_steal_pointer (&a);
    }
  else
    date = g_strdup (_("Undated"));

  event = masar_timeline_model_get_item_event (model, item);
  if (label != NULL)
    g_string_append_printf (text, "<b>%s</b>\n", label);
  {
    g_autofree char *escaped = g_markup_escape_text (date, -1);
    MasarDateBasis basis = event != NULL ? masar_event_get_date_basis (event) : MASAR_DATE_BASIS_UNKNOWN;

    /* Translators: a date, then how it was found (explicit, relative, publication…) */
    g_string_append_printf (text, _("%s (%s)"), escaped, masar_date_basis_to_string (basis));
    g_string_append_c (text, '\n');
  }
  g_string_append (text, masar_event_type_get_label (masar_timeline_model_get_item_type (model, item)));
  g_string_append_printf (text, " · %s",
                          masar_modality_to_string (masar_timeline_model_get_item_modality (model, item)));
  actors = masar_timeline_model_dup_item_actors (model, item);
  if (actors != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (actors, -1);

      g_string_append_printf (text, "\n%s", escaped);
    }
  g_string_append_c (text, '\n');
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources",
                                             masar_timeline_model_get_item_n_sources (model, item)),
                          masar_timeline_model_get_item_n_sources (model, item));
  gtk_tooltip_set_markup (tooltip, text->str);
  return TRUE;
}

/* Export */

/* The whole widget at a size: as on screen (cached images), or as vector drawing. */
static GskRenderNode *
render_node_full (MasarTimeline *self,
                  int            width,
                  int            height,
                  gboolean       vector)
{
  GtkSnapshot *snapshot;

  sync_direction (self);
  if (self->model != NULL)
    masar_timeline_model_set_size (self->model, width, height);
  snapshot = gtk_snapshot_new ();
  snapshot_all (self, snapshot, width, height, vector);
  return gtk_snapshot_free_to_node (snapshot);
}

G_STATIC_ASSERT ((int) MASAR_TIMELINE_EXPORT_PNG == (int) MASAR_EXPORT_PNG);
G_STATIC_ASSERT ((int) MASAR_TIMELINE_EXPORT_SVG == (int) MASAR_EXPORT_SVG);
G_STATIC_ASSERT ((int) MASAR_TIMELINE_EXPORT_PDF == (int) MASAR_EXPORT_PDF);

static void
draw_export_cb (cairo_t           *cr,
                int                width,
                int                height,
                MasarExportFormat  format,
                gpointer           user_data)
{
  MasarTimeline *self = user_data;
  g_autoptr(GskRenderNode) node = NULL;

  node = render_node_full (self, width, height, TRUE);
  if (format == MASAR_EXPORT_PNG || format == MASAR_EXPORT_PDF)
    {
      GdkRGBA bg;
      GtkStyleContext *context;

      /* Exports stand alone, so they get the view's background. */
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      context = gtk_widget_get_style_context (GTK_WIDGET (self));
      G_GNUC_END_IGNORE_DEPRECATIONS
      if (lookup_color (context, "view_bg_color", &bg) ||
          lookup_color (context, "theme_base_color", &bg))
        {
          gdk_cairo_set_source_rgba (cr, &bg);
          cairo_paint (cr);
        }
    }
  if (node != NULL)
    gsk_render_node_draw (node, cr);
}

static GBytes *
render_export (MasarTimeline              *self,
               MasarTimelineExportFormat   format,
               GError                    **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (width <= 0 || height <= 0)
    {
      width = (int) masar_timeline_model_get_width (self->model);
      height = (int) masar_timeline_model_get_height (self->model);
    }

  /* An unknown format is drawn as PNG. */
  if (format != MASAR_TIMELINE_EXPORT_SVG && format != MASAR_TIMELINE_EXPORT_PDF)
    format = MASAR_TIMELINE_EXPORT_PNG;

  bytes = masar_export_render_bytes (width, height, 1.0, (MasarExportFormat) format,
                                     draw_export_cb, self, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the timeline: %s"), local_error->message);
      return NULL;
    }
  return bytes;
}

/* GtkWidget */

static void
masar_timeline_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  MasarTimeline *self = (MasarTimeline *) widget;

  snapshot_all (self, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget), FALSE);
}

static void
masar_timeline_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  MasarTimeline *self = (MasarTimeline *) widget;

  sync_direction (self);
  if (self->model != NULL)
    masar_timeline_model_set_size (self->model, width, height);
  invalidate_fixed (self);
}

static void
masar_timeline_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 900 : 480;
}

static void
masar_timeline_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  MasarTimeline *self = (MasarTimeline *) widget;

  GTK_WIDGET_CLASS (masar_timeline_parent_class)->css_changed (widget, change);

  update_colors (self);
  if (self->layout != NULL)
    pango_layout_context_changed (self->layout);
  drop_sprites (self);
  invalidate_fixed (self);
}

static void
masar_timeline_direction_changed (GtkWidget        *widget,
                                  GtkTextDirection  previous)
{
  MasarTimeline *self = (MasarTimeline *) widget;

  GTK_WIDGET_CLASS (masar_timeline_parent_class)->direction_changed (widget, previous);

  sync_direction (self);
  invalidate_fixed (self);
}

static gboolean
masar_timeline_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  if (gtk_widget_is_focus (widget))
    return FALSE;
  return gtk_widget_grab_focus (widget);
}

/* GObject */

static void
on_high_contrast_changed_cb (MasarTimeline   *self,
                             GParamSpec      *pspec,
                             AdwStyleManager *style_manager)
{
  masar_timeline_set_high_contrast (self, adw_style_manager_get_high_contrast (style_manager));
}

static void
masar_timeline_dispose (GObject *object)
{
  MasarTimeline *self = (MasarTimeline *) object;

  stop_glide (self);
  g_clear_handle_id (&self->a11y_idle_id, g_source_remove);
  if (self->model_signals != NULL)
    g_signal_group_set_target (self->model_signals, NULL);
  g_clear_object (&self->model_signals);
  g_clear_object (&self->model);
  g_clear_object (&self->layout);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_pointer (&self->fixed_surface, cairo_surface_destroy);
  g_clear_pointer (&self->moving[0], cairo_surface_destroy);
  g_clear_pointer (&self->moving[1], cairo_surface_destroy);
  g_clear_pointer (&self->sprites, g_hash_table_unref);
  g_clear_pointer (&self->count_text, g_hash_table_unref);

  G_OBJECT_CLASS (masar_timeline_parent_class)->dispose (object);
}

static void
masar_timeline_finalize (GObject *object)
{
  MasarTimeline *self = (MasarTimeline *) object;

  g_clear_pointer (&self->marks, g_array_unref);

  G_OBJECT_CLASS (masar_timeline_parent_class)->finalize (object);
}

static void
masar_timeline_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MasarTimeline *self = MASAR_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_TIME_DIRECTION:
      g_value_set_enum (value, self->time_direction);
      break;
    case PROP_SHOW_HIJRI:
      g_value_set_boolean (value, self->show_hijri);
      break;
    case PROP_SHOW_LABELS:
      g_value_set_boolean (value, self->show_labels);
      break;
    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, self->high_contrast);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_timeline_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MasarTimeline *self = MASAR_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      masar_timeline_set_model (self, g_value_get_object (value));
      break;
    case PROP_TIME_DIRECTION:
      masar_timeline_set_time_direction (self, g_value_get_enum (value));
      break;
    case PROP_SHOW_HIJRI:
      masar_timeline_set_show_hijri (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_LABELS:
      masar_timeline_set_show_labels (self, g_value_get_boolean (value));
      break;
    case PROP_HIGH_CONTRAST:
      masar_timeline_set_high_contrast (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_timeline_class_init (MasarTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = masar_timeline_dispose;
  object_class->finalize = masar_timeline_finalize;
  object_class->get_property = masar_timeline_get_property;
  object_class->set_property = masar_timeline_set_property;

  widget_class->snapshot = masar_timeline_snapshot;
  widget_class->size_allocate = masar_timeline_size_allocate;
  widget_class->measure = masar_timeline_measure;
  widget_class->css_changed = masar_timeline_css_changed;
  widget_class->direction_changed = masar_timeline_direction_changed;
  widget_class->focus = masar_timeline_focus;

  /**
   * MasarTimeline:model:
   *
   * The view-model drawn.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, MASAR_TYPE_TIMELINE_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimeline:time-direction:
   *
   * The direction time runs in; %GTK_TEXT_DIR_NONE follows the widget's direction, so
   * time runs right to left under an RTL locale.
   */
  properties[PROP_TIME_DIRECTION] =
    g_param_spec_enum ("time-direction", NULL, NULL, GTK_TYPE_TEXT_DIRECTION, GTK_TEXT_DIR_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimeline:show-hijri:
   *
   * Whether axis labels also show the Hijri date.
   */
  properties[PROP_SHOW_HIJRI] =
    g_param_spec_boolean ("show-hijri", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimeline:show-labels:
   *
   * Whether events carry their labels where there is room.
   */
  properties[PROP_SHOW_LABELS] =
    g_param_spec_boolean ("show-labels", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MasarTimeline:high-contrast:
   *
   * Draws with stronger fills and thicker strokes. When libadwaita is initialized, the
   * widget follows #AdwStyleManager:high-contrast of the default style manager.
   */
  properties[PROP_HIGH_CONTRAST] =
    g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MasarTimeline::event-activated:
   * @self: a #MasarTimeline
   * @event: the #MasarEvent
   * @item: the item index in the model
   *
   * An event was activated (Enter, or a double click): open its source.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, MASAR_TYPE_EVENT, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "timeline.move-left", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "timeline.move-right", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-to-fit", NULL, zoom_to_fit_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-to-fit-all", NULL, zoom_to_fit_action);
  gtk_widget_class_install_action (widget_class, "timeline.first", NULL, ends_action);
  gtk_widget_class_install_action (widget_class, "timeline.last", NULL, ends_action);
  gtk_widget_class_install_action (widget_class, "timeline.activate", NULL, activate_action);
  gtk_widget_class_install_action (widget_class, "timeline.clear-brush", NULL, clear_brush_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.move-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "timeline.move-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.move-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "timeline.move-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_SHIFT_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-to-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "timeline.zoom-to-fit-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_parenright, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "timeline.zoom-to-fit-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "timeline.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "timeline.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "timeline.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "timeline.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "timeline.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "timeline.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "timeline.clear-brush", NULL);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
masar_timeline_init (MasarTimeline *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *gesture;
  static gboolean css_loaded;

  self->marks = g_array_new (FALSE, FALSE, sizeof (MasarTimelineMark));
  self->sprites = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) cairo_surface_destroy);
  self->count_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) cairo_surface_destroy);
  self->hover_item = G_MAXUINT;
  self->time_direction = GTK_TEXT_DIR_NONE;
  self->show_labels = TRUE;

  if (adw_is_initialized ())
    {
      AdwStyleManager *style_manager = adw_style_manager_get_default ();

      self->high_contrast = adw_style_manager_get_high_contrast (style_manager);
      g_signal_connect_object (style_manager, "notify::high-contrast",
                               G_CALLBACK (on_high_contrast_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  /* The widget brings its colours; a theme or the app's style.css may override them. */
  /* Naming masar_get_resource() links the resources of a static build into the program. */
  if (!css_loaded && masar_get_resource () != NULL &&
      g_resources_get_info (CSS_RESOURCE, 0, NULL, NULL, NULL))
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, CSS_RESOURCE);
      gtk_style_context_add_provider_for_display (gtk_widget_get_display (widget),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION - 1);
      css_loaded = TRUE;
    }

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);

  self->model_signals = g_signal_group_new (MASAR_TYPE_TIMELINE_MODEL);
  g_signal_group_connect_object (self->model_signals, "changed",
                                 G_CALLBACK (on_model_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->model_signals, "notify::visible-begin",
                                 G_CALLBACK (on_model_view_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->model_signals, "notify::zoom",
                                 G_CALLBACK (on_model_view_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->model_signals, "notify::brush-end",
                                 G_CALLBACK (on_model_view_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->model_signals, "notify::brush-begin",
                                 G_CALLBACK (on_model_view_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->model_signals, "notify::selected",
                                 G_CALLBACK (on_model_selected_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (self, "notify::root", G_CALLBACK (on_root_changed_cb), NULL);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES |
                                                GTK_EVENT_CONTROLLER_SCROLL_KINETIC);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (on_scroll_cb), self);
  g_signal_connect_swapped (controller, "decelerate", G_CALLBACK (on_decelerate_cb), self);
  gtk_widget_add_controller (widget, controller);

  gesture = gtk_gesture_drag_new ();
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect_swapped (gesture, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  g_signal_connect_swapped (gesture, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (gesture, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect_swapped (gesture, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  update_colors (self);

  {
    g_autoptr(MasarTimelineModel) model = masar_timeline_model_new ();

    masar_timeline_set_model (self, model);
  }
}

/* Public API */

GtkWidget *
masar_timeline_new (void)
{
  return g_object_new (MASAR_TYPE_TIMELINE, NULL);
}

MasarTimelineModel *
masar_timeline_get_model (MasarTimeline *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE (self), NULL);

  return self->model;
}

void
masar_timeline_set_model (MasarTimeline      *self,
                          MasarTimelineModel *model)
{
  g_return_if_fail (MASAR_IS_TIMELINE (self));
  g_return_if_fail (model == NULL || MASAR_IS_TIMELINE_MODEL (model));

  if (!g_set_object (&self->model, model))
    return;

  stop_reveal (self);
  g_signal_group_set_target (self->model_signals, model);
  self->hover_item = G_MAXUINT;
  sync_direction (self);
  invalidate_fixed (self);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

GtkTextDirection
masar_timeline_get_time_direction (MasarTimeline *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE (self), GTK_TEXT_DIR_NONE);

  return self->time_direction;
}

void
masar_timeline_set_time_direction (MasarTimeline    *self,
                                   GtkTextDirection  direction)
{
  g_return_if_fail (MASAR_IS_TIMELINE (self));

  if (direction == self->time_direction)
    return;
  self->time_direction = direction;
  sync_direction (self);
  invalidate_fixed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_DIRECTION]);
}

gboolean
masar_timeline_get_show_hijri (MasarTimeline *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE (self), FALSE);

  return self->show_hijri;
}

void
masar_timeline_set_show_hijri (MasarTimeline *self,
                               gboolean       show_hijri)
{
  g_return_if_fail (MASAR_IS_TIMELINE (self));

  if (!self->show_hijri == !show_hijri)
    return;
  self->show_hijri = !!show_hijri;
  invalidate_fixed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_HIJRI]);
}

gboolean
masar_timeline_get_show_labels (MasarTimeline *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE (self), TRUE);

  return self->show_labels;
}

void
masar_timeline_set_show_labels (MasarTimeline *self,
                                gboolean       show_labels)
{
  g_return_if_fail (MASAR_IS_TIMELINE (self));

  if (!self->show_labels == !show_labels)
    return;
  self->show_labels = !!show_labels;
  invalidate_fixed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LABELS]);
}

/**
 * masar_timeline_get_high_contrast:
 * @self: a #MasarTimeline
 *
 * Returns: whether the timeline draws for high contrast
 */
gboolean
masar_timeline_get_high_contrast (MasarTimeline *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE (self), FALSE);

  return self->high_contrast;
}

/**
 * masar_timeline_set_high_contrast:
 * @self: a #MasarTimeline
 * @high_contrast: whether to draw for high contrast
 *
 * Stronger fills and thicker strokes. The widget sets this itself from libadwaita's style
 * manager; setting it by hand lasts until the style manager's setting next changes.
 */
void
masar_timeline_set_high_contrast (MasarTimeline *self,
                                  gboolean       high_contrast)
{
  g_return_if_fail (MASAR_IS_TIMELINE (self));

  if (!self->high_contrast == !high_contrast)
    return;
  self->high_contrast = !!high_contrast;
  drop_sprites (self);
  invalidate_fixed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGH_CONTRAST]);
}

/**
 * masar_timeline_press_at:
 * @self: a #MasarTimeline
 * @x: x in widget coordinates
 * @y: y in widget coordinates
 * @n_press: 1 for a click, 2 for a double click
 *
 * What a click does, the code path of the click gesture: selects the event under the
 * point (a double click activates it), zooms into a cluster, toggles a lane header, or
 * clears the selection on empty space.
 *
 * Returns: %TRUE if an event was selected or activated
 */
gboolean
masar_timeline_press_at (MasarTimeline *self,
                         double         x,
                         double         y,
                         int            n_press)
{
  MasarTimelineHit hit;

  g_return_val_if_fail (MASAR_IS_TIMELINE (self), FALSE);

  if (self->model == NULL)
    return FALSE;

  sync_direction (self);
  masar_timeline_model_hit_test (self->model, x, y, &hit);
  switch (hit.kind)
    {
    case MASAR_TIMELINE_HIT_ITEM:
      self->selecting = TRUE;
      masar_timeline_model_set_selected (self->model, hit.item);
      self->selecting = FALSE;
      if (n_press == 2)
        activate_item (self, hit.item);
      return TRUE;
    case MASAR_TIMELINE_HIT_CLUSTER:
      masar_timeline_model_zoom_at (self->model, 4.0, x);
      return FALSE;
    case MASAR_TIMELINE_HIT_LANE_HEADER:
      masar_timeline_model_set_lane_collapsed (self->model, hit.lane,
                                               !masar_timeline_model_get_lane_collapsed (self->model, hit.lane));
      return FALSE;
    case MASAR_TIMELINE_HIT_AXIS:
    case MASAR_TIMELINE_HIT_NONE:
    default:
      if (hit.lane != G_MAXUINT && masar_timeline_model_get_lane_collapsed (self->model, hit.lane))
        masar_timeline_model_set_lane_collapsed (self->model, hit.lane, FALSE);
      else if (n_press == 1)
        {
          self->selecting = TRUE;
          masar_timeline_model_set_selected (self->model, G_MAXUINT);
          self->selecting = FALSE;
        }
      return FALSE;
    }
}

static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  MasarTimeline *self = MASAR_TIMELINE (widget);
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);
  double t;

  if (self->model == NULL ||
      self->reveal_item >= masar_timeline_model_get_n_items (self->model))
    {
      self->reveal_id = 0;
      return G_SOURCE_REMOVE;
    }

  if (self->reveal_time == 0)
    {
      /* The first frame: work out the pan now, after whatever else changed the view
       * since the selection. */
      if (!masar_timeline_model_get_reveal_begin (self->model, self->reveal_item, &self->reveal_to))
        {
          self->reveal_id = 0;
          return G_SOURCE_REMOVE;
        }
      self->reveal_from = masar_timeline_model_get_visible_begin (self->model);
      self->reveal_time = now;
      if (!animations_enabled (self))
        {
          masar_timeline_model_set_visible_begin (self->model, self->reveal_to);
          self->reveal_id = 0;
          return G_SOURCE_REMOVE;
        }
    }

  t = (now - self->reveal_time) / (double) REVEAL_DURATION_US;
  if (t >= 1.0)
    {
      masar_timeline_model_set_visible_begin (self->model, self->reveal_to);
      self->reveal_id = 0;
      return G_SOURCE_REMOVE;
    }
  /* Ease out (cubic). */
  t = 1.0 - pow (1.0 - t, 3.0);
  masar_timeline_model_set_visible_begin (self->model,
                                          self->reveal_from + (self->reveal_to - self->reveal_from) * t);
  return G_SOURCE_CONTINUE;
}

/**
 * masar_timeline_reveal_selected:
 * @self: a #MasarTimeline
 *
 * Brings the selected event into view, keeping the zoom: pans so that it sits inside the
 * visible range with a margin (see masar_timeline_model_get_reveal_begin()). On a mapped
 * widget the pan is worked out at the next frame, so it follows any other change to the
 * view made in the meantime, and glides over a quarter of a second unless
 * #GtkSettings:gtk-enable-animations is off; an unmapped widget pans at once. Nothing
 * moves when the event is already inside the range, undated, or nothing is selected.
 * User panning or zooming cancels a glide under way.
 */
void
masar_timeline_reveal_selected (MasarTimeline *self)
{
  guint item;

  g_return_if_fail (MASAR_IS_TIMELINE (self));

  if (self->model == NULL)
    return;
  item = masar_timeline_model_get_selected (self->model);
  if (item >= masar_timeline_model_get_n_items (self->model))
    return;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      stop_reveal (self);
      masar_timeline_model_reveal (self->model, item);
      return;
    }

  /* A new reveal starts over from wherever the view is at the next frame. */
  self->reveal_item = item;
  self->reveal_time = 0;
  if (self->reveal_id == 0)
    self->reveal_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_tick_cb, NULL, NULL);
}

/**
 * masar_timeline_get_revealing:
 * @self: a #MasarTimeline
 *
 * Returns: %TRUE while a masar_timeline_reveal_selected() is waiting for a frame or gliding
 */
gboolean
masar_timeline_get_revealing (MasarTimeline *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE (self), FALSE);

  return self->reveal_id != 0;
}

/**
 * masar_timeline_get_selecting:
 * @self: a #MasarTimeline
 *
 * Whether the selection of the model is being changed by this widget itself (a click or a
 * key), so that a handler of #MasarTimelineModel:selected can tell it from a selection
 * made elsewhere (a list, another page), which should call masar_timeline_reveal_selected().
 *
 * Returns: %TRUE during a selection made by the widget
 */
gboolean
masar_timeline_get_selecting (MasarTimeline *self)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE (self), FALSE);

  return self->selecting;
}

/**
 * masar_timeline_render_node:
 * @self: a #MasarTimeline
 * @width: width in pixels
 * @height: height in pixels
 *
 * Draws the timeline at a size, outside the widget tree: for exports and benchmarks.
 * The model takes that size.
 *
 * Returns: (transfer full) (nullable): the render node
 */
GskRenderNode *
masar_timeline_render_node (MasarTimeline *self,
                            int            width,
                            int            height)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE (self), NULL);

  return render_node_full (self, width, height, FALSE);
}

/**
 * masar_timeline_export:
 * @self: a #MasarTimeline
 * @file: where to write
 * @format: a #MasarTimelineExportFormat
 * @error: return location for a #GError
 *
 * Writes the current view as PNG, SVG or PDF, blocking. Prefer
 * masar_timeline_export_async() in the UI.
 *
 * Returns: %TRUE on success
 */
gboolean
masar_timeline_export (MasarTimeline              *self,
                       GFile                      *file,
                       MasarTimelineExportFormat   format,
                       GError                    **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (MASAR_IS_TIMELINE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = render_export (self, format, error);
  if (bytes == NULL)
    return FALSE;
  return masar_export_write (file, bytes, error);
}

/**
 * masar_timeline_export_async:
 * @self: a #MasarTimeline
 * @file: where to write
 * @format: a #MasarTimelineExportFormat
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written
 * @user_data: data for @callback
 *
 * Draws the current view now and writes it without blocking.
 */
void
masar_timeline_export_async (MasarTimeline              *self,
                             GFile                      *file,
                             MasarTimelineExportFormat   format,
                             GCancellable               *cancellable,
                             GAsyncReadyCallback         callback,
                             gpointer                    user_data)
{
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  g_return_if_fail (MASAR_IS_TIMELINE (self));
  g_return_if_fail (G_IS_FILE (file));

  bytes = render_export (self, format, &error);
  if (bytes == NULL)
    {
      g_task_report_error (self, callback, user_data, masar_timeline_export_async, error);
      return;
    }
  masar_export_write_async (self, masar_timeline_export_async, file, bytes,
                            cancellable, callback, user_data);
}

/**
 * masar_timeline_export_finish:
 * @self: a #MasarTimeline
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the file was written
 */
gboolean
masar_timeline_export_finish (MasarTimeline  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (MASAR_IS_TIMELINE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return masar_export_write_finish (result, error);
}
