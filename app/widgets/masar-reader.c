/* masar-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The article reader: a read-only GtkTextView showing either the clean article (its kept
 * paragraphs joined by blank lines) or the whole decoded file with the article's span
 * marked. Offsets given to the reader are code points into the file's text; the reader keeps
 * a map from file offsets to buffer offsets for whatever it shows, so a source sentence can be
 * highlighted in either mode. Paragraph direction comes from the text itself (GtkTextView
 * resolves each paragraph's base direction from its first strong character), so Arabic
 * paragraphs read right to left and Latin ones left to right whatever the UI direction.
 */

#define G_LOG_DOMAIN "masar-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "masar-resources.h"

#include "masar-reader.h"

/* One displayed run of the file: file code points [file_start, file_end) are shown at buffer
 * offset buf_start. */
typedef struct
{
  guint file_start;
  guint file_end;
  guint buf_start;
} Segment;

struct _MasarReader
{
  GtkWidget       parent_instance;

  /* Owned references */
  MasarArticle   *article;
  MasarEventSet  *event_set;
  GSignalGroup   *article_signals;
  GArray         *segments;      /* of Segment, in file order */

  /* Template widgets */
  GtkStack       *stack;
  GtkLabel       *title_label;
  GtkLabel       *meta_label;
  GtkLabel       *note_label;
  GtkWidget      *excluded_box;
  GtkToggleButton *whole_file_button;
  GtkTextView    *text_view;
  GtkTextBuffer  *buffer;        /* the view's; replaced by every rebuild */
  GtkTextTag     *span_tag;
  GtkTextTag     *highlight_tag;

  /* State */
  guint           scroll_source; /* idle that scrolls to the insert mark once lines are measured */
  MasarSpan       highlight;     /* file code points */
  guint           has_highlight : 1;
  guint           whole_file : 1;
};

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_EVENT_SET,
  PROP_WHOLE_FILE,
  PROP_EXCLUDED,
  N_PROPS
};

enum {
  SET_DATE_REQUESTED,
  EXCLUDE_REQUESTED,
  SPLIT_REQUESTED,
  MERGE_REQUESTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (MasarReader, masar_reader, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/**
 * masar_date_basis_to_words:
 * @basis: a #MasarDateBasis
 *
 * Returns: (transfer none): what the date rests on, in words, translated
 */
const char *
masar_date_basis_to_words (MasarDateBasis basis)
{
  switch (basis)
    {
    case MASAR_DATE_BASIS_EXPLICIT:
      return _("written in the text");
    case MASAR_DATE_BASIS_RELATIVE:
      return _("resolved from a relative date");
    case MASAR_DATE_BASIS_PUBLICATION:
      return _("publication date");
    case MASAR_DATE_BASIS_INFERRED:
      return _("inferred");
    case MASAR_DATE_BASIS_USER:
      return _("set by you");
    case MASAR_DATE_BASIS_WEAK:
      return _("weak hint only");
    case MASAR_DATE_BASIS_UNKNOWN:
    default:
      return _("unknown");
    }
}

/**
 * masar_format_date:
 * @date: a #MasarDate
 *
 * Formats @date at its precision in the UI's locale, with ICU
 * (masar_date_format_for_display()): the locale's month names and digits.
 *
 * Returns: (transfer full) (nullable): the date in words, or %NULL when it is not set
 */
char *
masar_format_date (const MasarDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  /* ICU, like the timeline's axis: the same digits and month names everywhere. */
  return masar_date_format_for_display (date, NULL);
}

/**
 * masar_format_article_meta:
 * @article: a #MasarArticle
 *
 * The metadata line shown under an article's title: outlet, date and what the date rests on.
 *
 * Returns: (transfer full): the line
 */
char *
masar_format_article_meta (MasarArticle *article)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *date_str = NULL;
  MasarDate date = MASAR_DATE_INIT;
  const char *outlet;

  g_return_val_if_fail (MASAR_IS_ARTICLE (article), NULL);

  outlet = masar_article_get_outlet (article);

  /* Start with the UI's direction mark: labels take their base direction from the first
   * strong character, which would otherwise be the outlet's. */
  g_string_append (s, gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL ? "\u200F" : "\u200E");
  masar_article_get_published (article, &date);
  date_str = masar_format_date (&date);

  /* The outlet is isolated (FSI … PDI) so that its direction does not leak into the rest. */
  if (outlet != NULL && *outlet != '\0')
    g_string_append_printf (s, "\u2068%s\u2069", outlet);
  else
    g_string_append (s, _("Unknown outlet"));

  g_string_append (s, " · ");

  if (date_str != NULL)
    /* Translators: a publication date and, in brackets, what it rests on */
    g_string_append_printf (s, _("%s (%s)"), date_str,
                            masar_date_basis_to_words (masar_article_get_published_basis (article)));
  else
    g_string_append (s, _("Date unknown"));

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
map_offset (MasarReader *self,
            guint        offset,
            gboolean     is_end,
            guint       *out)
{
  for (guint i = 0; i < self->segments->len; i++)
    {
      const Segment *seg = &g_array_index (self->segments, Segment, i);
      gboolean inside = is_end
        ? (offset > seg->file_start && offset <= seg->file_end)
        : (offset >= seg->file_start && offset < seg->file_end);

      if (inside || (seg->file_start == seg->file_end && offset == seg->file_start))
        {
          *out = seg->buf_start + (offset - seg->file_start);
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
map_span (MasarReader *self,
          guint        start,
          guint        end,
          guint       *buf_start,
          guint       *buf_end)
{
  if (end <= start)
    return FALSE;

  return map_offset (self, start, FALSE, buf_start) && map_offset (self, end, TRUE, buf_end);
}

static void
add_segment (MasarReader *self,
             GString     *text,
             guint       *buf_chars,
             const char  *utf8,
             gssize       n_bytes,
             guint        file_start,
             guint        file_end)
{
  Segment seg = { file_start, file_end, *buf_chars };

  g_array_append_val (self->segments, seg);
  g_string_append_len (text, utf8, n_bytes);
  *buf_chars += file_end - file_start;
}

/* An article from an events file has no text: show the source sentences the file gives. */
static void
build_sources_text (MasarReader *self,
                    GString     *text)
{
  const char *article_id = masar_article_get_id (self->article);
  GListModel *events;
  guint buf_chars = 0;
  guint n;

  if (self->event_set == NULL || article_id == NULL)
    return;

  events = masar_event_set_get_events (self->event_set);
  n = g_list_model_get_n_items (events);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MasarEvent) event = g_list_model_get_item (events, i);

      for (guint j = 0; j < masar_event_get_n_sources (event); j++)
        {
          const MasarEventSource *src = masar_event_get_source (event, j);
          gboolean seen = FALSE;

          if (g_strcmp0 (src->article_id, article_id) != 0 || src->text == NULL)
            continue;

          /* Several events often cite the same sentence. */
          for (guint k = 0; k < self->segments->len; k++)
            {
              const Segment *seg = &g_array_index (self->segments, Segment, k);

              if (seg->file_start == src->start && seg->file_end == src->end)
                seen = TRUE;
            }
          if (seen)
            continue;

          if (text->len > 0)
            {
              g_string_append (text, "\n\n");
              buf_chars += 2;
            }

          /* The text is exactly [start, end) of the file; trust its length over the offsets. */
          {
            Segment seg = { src->start, src->start + g_utf8_strlen (src->text, -1), buf_chars };

            g_array_append_val (self->segments, seg);
            g_string_append (text, src->text);
            buf_chars += seg.file_end - seg.file_start;
          }
        }
    }
}

static gboolean
scroll_idle_cb (gpointer user_data)
{
  MasarReader *self = user_data;

  self->scroll_source = 0;
  if (self->text_view == NULL)
    return G_SOURCE_REMOVE;

  gtk_text_view_scroll_to_mark (self->text_view,
                                gtk_text_buffer_get_insert (gtk_text_view_get_buffer (self->text_view)),
                                0.0, TRUE, 0.0, self->has_highlight ? 0.3 : 0.1);
  return G_SOURCE_REMOVE;
}

/* Scrolls to the insert mark now, and again once GTK has measured the lines (it validates
 * them in idles of higher priority): before that, line heights are estimates and a long
 * file lands the mark far from where it was asked to be. */
static void
scroll_to_insert (MasarReader *self)
{
  scroll_idle_cb (self);
  if (self->scroll_source == 0)
    self->scroll_source = g_idle_add_full (G_PRIORITY_LOW, scroll_idle_cb,
                                           g_object_ref (self), g_object_unref);
}

static void
apply_highlight (MasarReader *self)
{
  GtkTextIter begin, end;
  guint buf_start, buf_end;

  gtk_text_buffer_get_bounds (self->buffer, &begin, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->highlight_tag, &begin, &end);

  if (!self->has_highlight)
    return;

  if (!map_span (self, self->highlight.start, self->highlight.end, &buf_start, &buf_end))
    return;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &begin, buf_start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end, buf_end);
  gtk_text_buffer_apply_tag (self->buffer, self->highlight_tag, &begin, &end);
  gtk_text_buffer_place_cursor (self->buffer, &begin);
  scroll_to_insert (self);
}

static void
update_header (MasarReader *self)
{
  g_autofree char *meta = NULL;
  const char *title;

  if (self->article == NULL)
    return;

  title = masar_article_get_title (self->article);
  if (title == NULL || *title == '\0')
    title = masar_article_get_file (self->article);

  meta = masar_format_article_meta (self->article);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->meta_label, meta);
  gtk_widget_set_visible (self->excluded_box, masar_article_get_excluded (self->article));
}

/* The corrections the reader offers: "Not an Article" for articles read from a folder,
 * "Split Article Here" in the whole file, "Merge with Previous Article" for an article that
 * is not the first of its file. */
static void
update_correction_actions (MasarReader *self)
{
  gboolean has_text = self->article != NULL && masar_article_get_file_text (self->article) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.excluded", has_text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.split-here", has_text && self->whole_file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.merge-previous",
                                 has_text && masar_article_get_segment (self->article) > 0);
}

static void
rebuild (MasarReader *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  MasarFileText *file_text;
  GtkTextIter begin, end;
  gboolean can_set_date = FALSE;

  g_array_set_size (self->segments, 0);

  /* A fresh buffer each time, detaching the old one first: GTK 4.8 caches line renderings
   * by line, and refilling the buffer (or swapping buffers directly) showed some lines with
   * the colours of the text they replaced. */
  {
    g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (gtk_text_buffer_get_tag_table (self->buffer));

    gtk_text_view_set_buffer (self->text_view, NULL);
    gtk_text_view_set_buffer (self->text_view, buffer);
    self->buffer = buffer;
  }

  if (self->article == NULL)
    {
      gtk_text_buffer_set_text (self->buffer, "", 0);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.set-date", FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->whole_file_button), FALSE);
      update_correction_actions (self);
      return;
    }

  update_header (self);
  file_text = masar_article_get_file_text (self->article);

  if (file_text == NULL)
    {
      build_sources_text (self, text);
      gtk_label_set_text (self->note_label,
                          text->len > 0
                          ? _("The events file holds no article text. These are the source sentences it quotes.")
                          : _("The events file holds no article text and quotes no sentence from this article."));
      gtk_widget_set_visible (GTK_WIDGET (self->note_label), TRUE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->whole_file_button), FALSE);
    }
  else if (self->whole_file)
    {
      Segment seg = { 0, masar_file_text_get_n_chars (file_text), 0 };

      /* The buffer is filled from the file text below, with the article's tags. */
      g_array_append_val (self->segments, seg);
      gtk_widget_set_visible (GTK_WIDGET (self->note_label), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->whole_file_button), TRUE);
      can_set_date = TRUE;
    }
  else
    {
      const GArray *paragraphs = masar_article_get_paragraphs (self->article);
      guint buf_chars = 0;

      for (guint i = 0; i < paragraphs->len; i++)
        {
          const MasarSpan *p = &g_array_index (paragraphs, MasarSpan, i);
          gsize b0 = masar_file_text_byte_offset (file_text, p->start);
          gsize b1 = masar_file_text_byte_offset (file_text, p->end);

          /* Same joining as masar_article_dup_clean_text(). */
          if (text->len > 0)
            {
              g_string_append (text, "\n\n");
              buf_chars += 2;
            }
          add_segment (self, text, &buf_chars,
                       masar_file_text_get_text (file_text) + b0, b1 - b0,
                       p->start, p->end);
        }

      gtk_label_set_text (self->note_label, _("No text of this article survived cleaning. Show the whole file to read it."));
      gtk_widget_set_visible (GTK_WIDGET (self->note_label), paragraphs->len == 0);
      gtk_widget_set_sensitive (GTK_WIDGET (self->whole_file_button), TRUE);
      can_set_date = TRUE;
    }

  if (self->whole_file && file_text != NULL)
    {
      MasarSpan span = masar_article_get_span (self->article);
      const char *utf8 = masar_file_text_get_text (file_text);
      gsize b0, b1;

      span.end = MIN (span.end, masar_file_text_get_n_chars (file_text));
      span.start = MIN (span.start, span.end);
      b0 = masar_file_text_byte_offset (file_text, span.start);
      b1 = masar_file_text_byte_offset (file_text, span.end);

      /* Mark the article's span. (Dimming the rest with a second tag rendered some lines of
       * the span dimmed too in GTK 4.8, although their tags were right.) */
      gtk_text_buffer_set_text (self->buffer, "", 0);
      gtk_text_buffer_get_end_iter (self->buffer, &end);
      gtk_text_buffer_insert (self->buffer, &end, utf8, b0);
      gtk_text_buffer_insert_with_tags (self->buffer, &end, utf8 + b0, b1 - b0, self->span_tag, NULL);
      gtk_text_buffer_insert (self->buffer, &end, utf8 + b1, masar_file_text_get_n_bytes (file_text) - b1);
    }
  else
    gtk_text_buffer_set_text (self->buffer, text->str, text->len);

  gtk_stack_set_visible_child_name (self->stack, "article");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.set-date", can_set_date);
  update_correction_actions (self);
  /* In the whole file the cursor shows where "Split Article Here" would cut. */
  gtk_text_view_set_cursor_visible (self->text_view, self->whole_file && file_text != NULL);

  if (self->whole_file && file_text != NULL)
    {
      MasarSpan span = masar_article_get_span (self->article);

      gtk_text_buffer_get_iter_at_offset (self->buffer, &begin, span.start);
      gtk_text_buffer_place_cursor (self->buffer, &begin);
      if (!self->has_highlight)
        scroll_to_insert (self);
    }
  else
    {
      GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view));

      gtk_text_buffer_get_start_iter (self->buffer, &begin);
      gtk_text_buffer_place_cursor (self->buffer, &begin);
      /* From the very top, margin included (scrolling to the mark would hide the margin). */
      if (!self->has_highlight && vadjustment != NULL)
        {
          g_clear_handle_id (&self->scroll_source, g_source_remove);
          gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
        }
    }

  apply_highlight (self);
}

static void
on_article_changed_cb (MasarReader *self)
{
  g_assert (MASAR_IS_READER (self));

  update_header (self);
}

static void
on_article_excluded_cb (MasarReader *self)
{
  g_assert (MASAR_IS_READER (self));

  update_header (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCLUDED]);
}

static void
split_here_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  MasarReader *self = MASAR_READER (widget);
  GtkTextIter iter;

  if (self->article == NULL || !self->whole_file || masar_article_get_file_text (self->article) == NULL)
    return;

  /* In the whole file, buffer offsets are file offsets. */
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  g_signal_emit (self, signals[SPLIT_REQUESTED], 0, self->article, (guint) gtk_text_iter_get_offset (&iter));
}

static void
merge_previous_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  MasarReader *self = MASAR_READER (widget);

  if (self->article != NULL)
    g_signal_emit (self, signals[MERGE_REQUESTED], 0, self->article);
}

static void
set_date_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  MasarReader *self = MASAR_READER (widget);

  if (self->article != NULL)
    g_signal_emit (self, signals[SET_DATE_REQUESTED], 0, self->article);
}

static void
masar_reader_dispose (GObject *object)
{
  MasarReader *self = (MasarReader *)object;

  g_clear_handle_id (&self->scroll_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), MASAR_TYPE_READER);
  if (self->article_signals != NULL)
    g_signal_group_set_target (self->article_signals, NULL);
  g_clear_object (&self->article_signals);
  g_clear_object (&self->article);
  g_clear_object (&self->event_set);

  G_OBJECT_CLASS (masar_reader_parent_class)->dispose (object);
}

static void
masar_reader_finalize (GObject *object)
{
  MasarReader *self = (MasarReader *)object;

  g_clear_pointer (&self->segments, g_array_unref);

  G_OBJECT_CLASS (masar_reader_parent_class)->finalize (object);
}

static void
masar_reader_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MasarReader *self = MASAR_READER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case PROP_EVENT_SET:
      g_value_set_object (value, self->event_set);
      break;
    case PROP_WHOLE_FILE:
      g_value_set_boolean (value, self->whole_file);
      break;
    case PROP_EXCLUDED:
      g_value_set_boolean (value, masar_reader_get_excluded (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_reader_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MasarReader *self = MASAR_READER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      masar_reader_set_article (self, g_value_get_object (value));
      break;
    case PROP_EVENT_SET:
      masar_reader_set_event_set (self, g_value_get_object (value));
      break;
    case PROP_WHOLE_FILE:
      masar_reader_set_whole_file (self, g_value_get_boolean (value));
      break;
    case PROP_EXCLUDED:
      if (self->article != NULL && g_value_get_boolean (value) != masar_reader_get_excluded (self))
        g_signal_emit (self, signals[EXCLUDE_REQUESTED], 0, self->article, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_reader_class_init (MasarReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  g_autoptr(GBytes) template = NULL;

  object_class->dispose = masar_reader_dispose;
  object_class->finalize = masar_reader_finalize;
  object_class->get_property = masar_reader_get_property;
  object_class->set_property = masar_reader_set_property;

  /**
   * MasarReader:article:
   *
   * The article shown, or %NULL.
   */
  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, MASAR_TYPE_ARTICLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarReader:event-set:
   *
   * The events the article belongs to, used for articles without text (opened from an
   * events file) to show the quoted source sentences. May be %NULL.
   */
  properties[PROP_EVENT_SET] =
    g_param_spec_object ("event-set", NULL, NULL, MASAR_TYPE_EVENT_SET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarReader:whole-file:
   *
   * Whether the whole decoded file is shown (with the article's span marked) rather than
   * the clean article.
   */
  properties[PROP_WHOLE_FILE] =
    g_param_spec_boolean ("whole-file", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MasarReader:excluded:
   *
   * Whether the article shown is marked "not an article". Setting it does not change the
   * article: it emits #MasarReader::exclude-requested, and the property follows the article
   * once the owner has recorded the user's word.
   */
  properties[PROP_EXCLUDED] =
    g_param_spec_boolean ("excluded", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MasarReader::exclude-requested:
   * @self: a #MasarReader
   * @article: the #MasarArticle shown
   * @excluded: whether the user says it is not an article
   *
   * Emitted by the `reader.excluded` action ("Not an Article"). The owner records it.
   */
  signals[EXCLUDE_REQUESTED] =
    g_signal_new ("exclude-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, MASAR_TYPE_ARTICLE, G_TYPE_BOOLEAN);

  /**
   * MasarReader::split-requested:
   * @self: a #MasarReader
   * @article: the #MasarArticle shown
   * @file_offset: the cursor's code point offset in the file's text
   *
   * Emitted by the `reader.split-here` action ("Split Article Here", whole file only): the
   * user says a second article starts on the cursor's line.
   */
  signals[SPLIT_REQUESTED] =
    g_signal_new ("split-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, MASAR_TYPE_ARTICLE, G_TYPE_UINT);

  /**
   * MasarReader::merge-requested:
   * @self: a #MasarReader
   * @article: the #MasarArticle shown
   *
   * Emitted by the `reader.merge-previous` action ("Merge with Previous Article").
   */
  signals[MERGE_REQUESTED] =
    g_signal_new ("merge-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MASAR_TYPE_ARTICLE);

  /**
   * MasarReader::set-date-requested:
   * @self: a #MasarReader
   * @article: the #MasarArticle whose publication date the user wants to set
   *
   * Emitted by the `reader.set-date` action. The owner asks for the date and stores it.
   */
  signals[SET_DATE_REQUESTED] =
    g_signal_new ("set-date-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MASAR_TYPE_ARTICLE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "masar-reader");
  /* Loading the template from masar_get_resource() rather than by path links the resources'
   * object file, and with it their registration (style, icons, other templates), into every
   * program that uses this class, even from the static library. */
  template = g_resource_lookup_data (masar_get_resource (), "/io/github/masar/Masar/ui/masar-reader.ui", 0, NULL);
  gtk_widget_class_set_template (widget_class, template);
  gtk_widget_class_bind_template_child (widget_class, MasarReader, stack);
  gtk_widget_class_bind_template_child (widget_class, MasarReader, title_label);
  gtk_widget_class_bind_template_child (widget_class, MasarReader, meta_label);
  gtk_widget_class_bind_template_child (widget_class, MasarReader, note_label);
  gtk_widget_class_bind_template_child (widget_class, MasarReader, excluded_box);
  gtk_widget_class_bind_template_child (widget_class, MasarReader, whole_file_button);
  gtk_widget_class_bind_template_child (widget_class, MasarReader, text_view);
  gtk_widget_class_bind_template_child (widget_class, MasarReader, span_tag);
  gtk_widget_class_bind_template_child (widget_class, MasarReader, highlight_tag);

  gtk_widget_class_install_action (widget_class, "reader.set-date", NULL, set_date_action);
  gtk_widget_class_install_property_action (widget_class, "reader.whole-file", "whole-file");
  gtk_widget_class_install_property_action (widget_class, "reader.excluded", "excluded");
  gtk_widget_class_install_action (widget_class, "reader.split-here", NULL, split_here_action);
  gtk_widget_class_install_action (widget_class, "reader.merge-previous", NULL, merge_previous_action);
}

static void
masar_reader_init (MasarReader *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->buffer = gtk_text_view_get_buffer (self->text_view);
  self->segments = g_array_new (FALSE, FALSE, sizeof (Segment));

  self->article_signals = g_signal_group_new (MASAR_TYPE_ARTICLE);
  g_signal_group_connect_object (self->article_signals, "notify::title",
                                 G_CALLBACK (on_article_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->article_signals, "notify::outlet",
                                 G_CALLBACK (on_article_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->article_signals, "notify::published",
                                 G_CALLBACK (on_article_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->article_signals, "notify::published-basis",
                                 G_CALLBACK (on_article_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->article_signals, "notify::excluded",
                                 G_CALLBACK (on_article_excluded_cb), self, G_CONNECT_SWAPPED);

  rebuild (self);
}

/**
 * masar_reader_new:
 *
 * Returns: (transfer full): a new #MasarReader
 */
GtkWidget *
masar_reader_new (void)
{
  return g_object_new (MASAR_TYPE_READER, NULL);
}

/**
 * masar_reader_get_article:
 * @self: a #MasarReader
 *
 * Returns: (transfer none) (nullable): the article shown
 */
MasarArticle *
masar_reader_get_article (MasarReader *self)
{
  g_return_val_if_fail (MASAR_IS_READER (self), NULL);

  return self->article;
}

/**
 * masar_reader_set_compact:
 * @self: a #MasarReader
 * @compact: whether the reader sits in a short pane
 *
 * In a short pane (under the timeline) the title and the metadata line keep to one line,
 * ellipsized, instead of wrapping: a wrapping label asked for its height in a pane that is
 * too short requests a width far larger than the pane, and GTK then lays the whole page out
 * wider than the window.
 */
void
masar_reader_set_compact (MasarReader *self,
                          gboolean     compact)
{
  GtkLabel *labels[] = { self->title_label, self->meta_label, self->note_label };

  g_return_if_fail (MASAR_IS_READER (self));

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gtk_label_set_wrap (labels[i], !compact);
      gtk_label_set_ellipsize (labels[i], compact ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
      gtk_label_set_single_line_mode (labels[i], compact);
    }
}

/**
 * masar_reader_set_article:
 * @self: a #MasarReader
 * @article: (nullable): the article to show
 *
 * Shows @article from its beginning, with no highlight.
 */
void
masar_reader_set_article (MasarReader  *self,
                          MasarArticle *article)
{
  g_return_if_fail (MASAR_IS_READER (self));
  g_return_if_fail (article == NULL || MASAR_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;

  self->has_highlight = FALSE;
  g_signal_group_set_target (self->article_signals, article);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCLUDED]);
}

MasarEventSet *
masar_reader_get_event_set (MasarReader *self)
{
  g_return_val_if_fail (MASAR_IS_READER (self), NULL);

  return self->event_set;
}

void
masar_reader_set_event_set (MasarReader   *self,
                            MasarEventSet *event_set)
{
  g_return_if_fail (MASAR_IS_READER (self));
  g_return_if_fail (event_set == NULL || MASAR_IS_EVENT_SET (event_set));

  if (!g_set_object (&self->event_set, event_set))
    return;

  if (self->article != NULL && masar_article_get_file_text (self->article) == NULL)
    rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_SET]);
}

gboolean
masar_reader_get_whole_file (MasarReader *self)
{
  g_return_val_if_fail (MASAR_IS_READER (self), FALSE);

  return self->whole_file;
}

/**
 * masar_reader_set_whole_file:
 * @self: a #MasarReader
 * @whole_file: whether to show the whole file
 *
 * Switches between the clean article and the whole decoded file, where the article's span
 * is marked. A highlighted span stays highlighted when both modes show it.
 */
void
masar_reader_set_whole_file (MasarReader *self,
                             gboolean     whole_file)
{
  g_return_if_fail (MASAR_IS_READER (self));

  whole_file = !!whole_file;
  if (self->whole_file == whole_file)
    return;

  self->whole_file = whole_file;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHOLE_FILE]);
}

/**
 * masar_reader_show_span:
 * @self: a #MasarReader
 * @article: the article the span belongs to
 * @start: first code point, in the file's text
 * @end: one past the last code point
 *
 * Shows @article, highlights `[start, end)` of its file's text and scrolls it into view.
 * When the span is not part of the clean article (it lies outside the kept paragraphs), the
 * reader switches to the whole file.
 */
void
masar_reader_show_span (MasarReader  *self,
                        MasarArticle *article,
                        guint         start,
                        guint         end)
{
  guint buf_start, buf_end;

  g_return_if_fail (MASAR_IS_READER (self));
  g_return_if_fail (MASAR_IS_ARTICLE (article));
  g_return_if_fail (start <= end);

  if (g_set_object (&self->article, article))
    {
      g_signal_group_set_target (self->article_signals, article);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCLUDED]);
    }

  self->highlight.start = start;
  self->highlight.end = end;
  self->has_highlight = TRUE;
  rebuild (self);

  if (!self->whole_file
      && masar_article_get_file_text (article) != NULL
      && !map_span (self, start, end, &buf_start, &buf_end))
    masar_reader_set_whole_file (self, TRUE);
}

/**
 * masar_reader_clear_highlight:
 * @self: a #MasarReader
 *
 * Removes the highlighted span.
 */
void
masar_reader_clear_highlight (MasarReader *self)
{
  g_return_if_fail (MASAR_IS_READER (self));

  self->has_highlight = FALSE;
  apply_highlight (self);
}

/**
 * masar_reader_get_highlight:
 * @self: a #MasarReader
 * @start: (out) (optional): where the highlighted text starts in the buffer
 * @end: (out) (optional): where it ends
 *
 * Returns: %TRUE if a span is highlighted in the text shown
 */
gboolean
masar_reader_get_highlight (MasarReader *self,
                            GtkTextIter *start,
                            GtkTextIter *end)
{
  GtkTextIter iter;
  GtkTextIter stop;

  g_return_val_if_fail (MASAR_IS_READER (self), FALSE);

  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  if (!gtk_text_iter_starts_tag (&iter, self->highlight_tag)
      && !gtk_text_iter_forward_to_tag_toggle (&iter, self->highlight_tag))
    return FALSE;

  stop = iter;
  gtk_text_iter_forward_to_tag_toggle (&stop, self->highlight_tag);

  if (start != NULL)
    *start = iter;
  if (end != NULL)
    *end = stop;

  return TRUE;
}

/**
 * masar_reader_get_text_view:
 * @self: a #MasarReader
 *
 * Returns: (transfer none): the text view showing the article
 */
GtkTextView *
masar_reader_get_text_view (MasarReader *self)
{
  g_return_val_if_fail (MASAR_IS_READER (self), NULL);

  return self->text_view;
}

/**
 * masar_reader_get_excluded:
 * @self: a #MasarReader
 *
 * Returns: whether the article shown is marked "not an article"
 */
gboolean
masar_reader_get_excluded (MasarReader *self)
{
  g_return_val_if_fail (MASAR_IS_READER (self), FALSE);

  return self->article != NULL && masar_article_get_excluded (self->article);
}
