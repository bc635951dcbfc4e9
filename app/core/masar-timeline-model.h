/* masar-timeline-model.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline's view-model: compact arrays of items (no GObject per event), filters,
 * lanes, level-of-detail buckets, the visible and brushed ranges in Julian days, the single
 * time→x function and hit-testing. No GTK: the widget in app/widgets/ draws what this says.
 */

#pragma once

#include <gio/gio.h>

#include "masar-event.h"
#include "masar-event-set.h"
#include "masar-types.h"

G_BEGIN_DECLS

/* Zoom is in pixels per day. */
#define MASAR_TIMELINE_ZOOM_MIN 0.005
#define MASAR_TIMELINE_ZOOM_MAX 600.0

/* Smallest distance in pixels between two marks before they become a cluster. */
#define MASAR_TIMELINE_MARK_SPACING 10.0

/**
 * MasarTimelineLaneMode:
 * @MASAR_TIMELINE_LANES_NONE: one lane for every event
 * @MASAR_TIMELINE_LANES_TYPE: one lane per event type
 * @MASAR_TIMELINE_LANES_ACTOR: one lane per actor; an event shows in each participant's lane
 */
typedef enum
{
  MASAR_TIMELINE_LANES_NONE,
  MASAR_TIMELINE_LANES_TYPE,
  MASAR_TIMELINE_LANES_ACTOR,
} MasarTimelineLaneMode;

/**
 * MasarTimelineHitKind:
 * @MASAR_TIMELINE_HIT_NONE: nothing under the point
 * @MASAR_TIMELINE_HIT_ITEM: one event
 * @MASAR_TIMELINE_HIT_CLUSTER: a cluster of several events
 * @MASAR_TIMELINE_HIT_LANE_HEADER: the header of a lane
 * @MASAR_TIMELINE_HIT_AXIS: the time axis
 */
typedef enum
{
  MASAR_TIMELINE_HIT_NONE,
  MASAR_TIMELINE_HIT_ITEM,
  MASAR_TIMELINE_HIT_CLUSTER,
  MASAR_TIMELINE_HIT_LANE_HEADER,
  MASAR_TIMELINE_HIT_AXIS,
} MasarTimelineHitKind;

/**
 * MasarTimelineMark:
 * @x0: start of the mark in pixels (smaller x, whatever the direction)
 * @x1: end of the mark in pixels; equal to @x0 for a point
 * @y: centre line of the mark in pixels
 * @item: the item (for a cluster, its first item)
 * @count: number of events; more than one makes a cluster
 * @lane: the lane
 * @row: the stacking row inside the lane
 * @type: a #MasarEventType
 * @modality: a #MasarModality
 * @precision: a #MasarDatePrecision
 * @n_sources: number of sources (at most 255)
 * @is_span: the item has an end date
 * @undated: the mark sits in the undated strip
 *
 * One thing to draw, in the pixel space of the current view.
 */
typedef struct
{
  double  x0;
  double  x1;
  double  y;
  guint32 item;
  guint32 count;
  guint16 lane;
  guint8  row;
  guint8  type;
  guint8  modality;
  guint8  precision;
  guint8  n_sources;
  guint8  is_span : 1;
  guint8  undated : 1;
} MasarTimelineMark;

/**
 * MasarTimelineHit:
 * @kind: a #MasarTimelineHitKind
 * @item: the item hit (first of a cluster), or %G_MAXUINT
 * @count: events under the point
 * @lane: the lane under the point, or %G_MAXUINT
 * @day: the Julian day under the point
 */
typedef struct
{
  MasarTimelineHitKind kind;
  guint                item;
  guint                count;
  guint                lane;
  double               day;
} MasarTimelineHit;

/**
 * MasarTimelineTick:
 * @day: Julian day of the tick
 * @major: a labelled tick
 * @label: (nullable): the label of a major tick, formatted with ICU in the model's locale
 */
typedef struct
{
  double    day;
  gboolean  major;
  char     *label;
} MasarTimelineTick;

typedef gboolean (*MasarTimelineMarkFunc) (const MasarTimelineMark *mark,
                                           gpointer                 user_data);

#define MASAR_TYPE_TIMELINE_MODEL (masar_timeline_model_get_type ())
G_DECLARE_FINAL_TYPE (MasarTimelineModel, masar_timeline_model, MASAR, TIMELINE_MODEL, GObject)

MasarTimelineModel    *masar_timeline_model_new                (void);

/* Data */
void                   masar_timeline_model_set_events         (MasarTimelineModel    *self,
                                                                MasarEventSet         *events);
MasarEventSet         *masar_timeline_model_get_events         (MasarTimelineModel    *self);
guint                  masar_timeline_model_append_item        (MasarTimelineModel    *self,
                                                                gint32                 start,
                                                                gint32                 end,
                                                                MasarEventType         type,
                                                                MasarModality          modality,
                                                                MasarDatePrecision     precision,
                                                                guint                  n_sources,
                                                                const char            *label,
                                                                const char * const    *actor_ids);
void                   masar_timeline_model_clear              (MasarTimelineModel    *self);
void                   masar_timeline_model_set_actor_name     (MasarTimelineModel    *self,
                                                                const char            *actor_id,
                                                                const char            *name);
guint                  masar_timeline_model_get_n_items        (MasarTimelineModel    *self);
guint                  masar_timeline_model_get_n_filtered     (MasarTimelineModel    *self);
guint                  masar_timeline_model_get_n_undated      (MasarTimelineModel    *self);
gboolean               masar_timeline_model_get_extent         (MasarTimelineModel    *self,
                                                                gint32                *first_day,
                                                                gint32                *last_day);
const char            *masar_timeline_model_get_item_label     (MasarTimelineModel    *self,
                                                                guint                  item);
void                   masar_timeline_model_get_item_days      (MasarTimelineModel    *self,
                                                                guint                  item,
                                                                gint32                *start,
                                                                gint32                *end);
MasarEventType         masar_timeline_model_get_item_type      (MasarTimelineModel    *self,
                                                                guint                  item);
MasarModality          masar_timeline_model_get_item_modality  (MasarTimelineModel    *self,
                                                                guint                  item);
MasarDatePrecision     masar_timeline_model_get_item_precision (MasarTimelineModel    *self,
                                                                guint                  item);
guint                  masar_timeline_model_get_item_n_sources (MasarTimelineModel    *self,
                                                                guint                  item);
char                  *masar_timeline_model_dup_item_actors    (MasarTimelineModel    *self,
                                                                guint                  item);
MasarEvent            *masar_timeline_model_get_item_event     (MasarTimelineModel    *self,
                                                                guint                  item);
guint                  masar_timeline_model_get_item_lanes     (MasarTimelineModel    *self,
                                                                guint                  item,
                                                                guint                 *lanes,
                                                                guint                  max_lanes);

/* Filters */
void                   masar_timeline_model_set_type_mask      (MasarTimelineModel    *self,
                                                                guint                  mask);
guint                  masar_timeline_model_get_type_mask      (MasarTimelineModel    *self);
void                   masar_timeline_model_set_modality_mask  (MasarTimelineModel    *self,
                                                                guint                  mask);
guint                  masar_timeline_model_get_modality_mask  (MasarTimelineModel    *self);
void                   masar_timeline_model_set_actor_filter   (MasarTimelineModel    *self,
                                                                const char            *actor_id);
const char            *masar_timeline_model_get_actor_filter   (MasarTimelineModel    *self);
void                   masar_timeline_model_set_search_text    (MasarTimelineModel    *self,
                                                                const char            *text);
const char            *masar_timeline_model_get_search_text    (MasarTimelineModel    *self);
gboolean               masar_timeline_model_item_is_filtered   (MasarTimelineModel    *self,
                                                                guint                  item);

/* Lanes */
void                   masar_timeline_model_set_lane_mode      (MasarTimelineModel    *self,
                                                                MasarTimelineLaneMode  mode);
MasarTimelineLaneMode  masar_timeline_model_get_lane_mode      (MasarTimelineModel    *self);
void                   masar_timeline_model_set_max_lanes      (MasarTimelineModel    *self,
                                                                guint                  max_lanes);
guint                  masar_timeline_model_get_n_lanes        (MasarTimelineModel    *self);
const char            *masar_timeline_model_get_lane_name      (MasarTimelineModel    *self,
                                                                guint                  lane);
guint                  masar_timeline_model_get_lane_n_items   (MasarTimelineModel    *self,
                                                                guint                  lane);
void                   masar_timeline_model_get_lane_geometry  (MasarTimelineModel    *self,
                                                                guint                  lane,
                                                                double                *y,
                                                                double                *height);
gboolean               masar_timeline_model_get_lane_collapsed (MasarTimelineModel    *self,
                                                                guint                  lane);
void                   masar_timeline_model_set_lane_collapsed (MasarTimelineModel    *self,
                                                                guint                  lane,
                                                                gboolean               collapsed);
void                   masar_timeline_model_get_undated_geometry (MasarTimelineModel  *self,
                                                                double                *y,
                                                                double                *height);

/* View */
void                   masar_timeline_model_set_size           (MasarTimelineModel    *self,
                                                                double                 width,
                                                                double                 height);
double                 masar_timeline_model_get_width          (MasarTimelineModel    *self);
double                 masar_timeline_model_get_height         (MasarTimelineModel    *self);
double                 masar_timeline_model_get_axis_height    (MasarTimelineModel    *self);
void                   masar_timeline_model_set_rtl            (MasarTimelineModel    *self,
                                                                gboolean               rtl);
gboolean               masar_timeline_model_get_rtl            (MasarTimelineModel    *self);
double                 masar_timeline_model_get_zoom           (MasarTimelineModel    *self);
void                   masar_timeline_model_set_zoom           (MasarTimelineModel    *self,
                                                                double                 zoom);
void                   masar_timeline_model_zoom_at            (MasarTimelineModel    *self,
                                                                double                 factor,
                                                                double                 x);
double                 masar_timeline_model_get_visible_begin  (MasarTimelineModel    *self);
double                 masar_timeline_model_get_visible_end    (MasarTimelineModel    *self);
void                   masar_timeline_model_set_visible_range  (MasarTimelineModel    *self,
                                                                double                 begin,
                                                                double                 end);
void                   masar_timeline_model_pan                (MasarTimelineModel    *self,
                                                                double                 dx);
void                   masar_timeline_model_zoom_to_fit        (MasarTimelineModel    *self);
void                   masar_timeline_model_zoom_to_fit_all    (MasarTimelineModel    *self);
gboolean               masar_timeline_model_get_bulk_extent    (MasarTimelineModel    *self,
                                                                gint32                *first_day,
                                                                gint32                *last_day);
double                 masar_timeline_model_time_to_x          (MasarTimelineModel    *self,
                                                                double                 day);
double                 masar_timeline_model_x_to_time          (MasarTimelineModel    *self,
                                                                double                 x);
guint                  masar_timeline_model_get_lod_level      (MasarTimelineModel    *self);

/* Brush */
void                   masar_timeline_model_set_brush          (MasarTimelineModel    *self,
                                                                double                 begin,
                                                                double                 end);
double                 masar_timeline_model_get_brush_begin    (MasarTimelineModel    *self);
double                 masar_timeline_model_get_brush_end      (MasarTimelineModel    *self);
void                   masar_timeline_model_clear_brush        (MasarTimelineModel    *self);

/* Selection and navigation */
guint                  masar_timeline_model_get_selected       (MasarTimelineModel    *self);
void                   masar_timeline_model_set_selected       (MasarTimelineModel    *self,
                                                                guint                  item);
gboolean               masar_timeline_model_select_adjacent    (MasarTimelineModel    *self,
                                                                int                    direction);
gboolean               masar_timeline_model_select_first       (MasarTimelineModel    *self);
gboolean               masar_timeline_model_select_last        (MasarTimelineModel    *self);
void                   masar_timeline_model_scroll_to_item     (MasarTimelineModel    *self,
                                                                guint                  item);
gboolean               masar_timeline_model_get_reveal_begin   (MasarTimelineModel    *self,
                                                                guint                  item,
                                                                double                *begin);
gboolean               masar_timeline_model_reveal             (MasarTimelineModel    *self,
                                                                guint                  item);
void                   masar_timeline_model_set_visible_begin  (MasarTimelineModel    *self,
                                                                double                 begin);

/* Drawing and hit-testing */
void                   masar_timeline_model_foreach_mark       (MasarTimelineModel    *self,
                                                                double                 x_begin,
                                                                double                 x_end,
                                                                MasarTimelineMarkFunc  func,
                                                                gpointer               user_data);
gboolean               masar_timeline_model_hit_test           (MasarTimelineModel    *self,
                                                                double                 x,
                                                                double                 y,
                                                                MasarTimelineHit      *hit);
double                 masar_timeline_mark_get_radius          (const MasarTimelineMark *mark);
guint                  masar_timeline_model_get_type_count     (MasarTimelineModel    *self,
                                                                MasarEventType         type);
gboolean               masar_timeline_model_get_item_position  (MasarTimelineModel    *self,
                                                                guint                  item,
                                                                double                *x,
                                                                double                *y);

/* Axis */
void                   masar_timeline_model_set_locale         (MasarTimelineModel    *self,
                                                                const char            *locale);
const char            *masar_timeline_model_get_locale         (MasarTimelineModel    *self);
GArray                *masar_timeline_model_get_ticks          (MasarTimelineModel    *self,
                                                                double                 day_begin,
                                                                double                 day_end,
                                                                gboolean               hijri);
char                  *masar_timeline_model_format_day         (MasarTimelineModel    *self,
                                                                gint32                 day,
                                                                MasarDatePrecision     precision,
                                                                gboolean               hijri);
char                  *masar_timeline_model_dup_summary        (MasarTimelineModel    *self);

/* Equivalent list */
GListModel            *masar_timeline_model_get_visible_events (MasarTimelineModel    *self);

G_END_DECLS
