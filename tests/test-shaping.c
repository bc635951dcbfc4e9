/* test-shaping.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Arabic in the reader is shaped: "بوتين" laid out with the reader's font (from the app's
 * style sheet) gives five real glyphs in a right-to-left run, in their joined forms rather
 * than the isolated ones. Needs a display (CI runs it under xvfb-run).
 */

#include "config.h"

#include <adwaita.h>
#include <hb.h>
#include <pango/pango.h>

#include "masar-reader.h"

#define WORD "بوتين"

typedef struct
{
  GtkWidget      *window;
  MasarReader    *reader;
  GtkCssProvider *provider;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* AdwApplication loads style.css by itself; a bare test loads it by hand. */
  f->provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (f->provider, "/io/github/masar/Masar/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (f->provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  f->window = gtk_window_new ();
  f->reader = MASAR_READER (masar_reader_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->reader));
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (f->provider));
  g_clear_object (&f->provider);
  gtk_window_destroy (GTK_WINDOW (f->window));
}

/* The single run of @layout, which must hold all of its text. */
static PangoLayoutRun *
get_single_run (PangoLayout *layout)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);

  g_assert_nonnull (line);
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, 1);
  g_assert_nonnull (line->runs);
  g_assert_null (line->runs->next);

  return line->runs->data;
}

static hb_codepoint_t
isolated_glyph (hb_font_t *font,
                gunichar   ch)
{
  hb_buffer_t *buffer = hb_buffer_create ();
  hb_glyph_info_t *info;
  unsigned int n = 0;
  hb_codepoint_t glyph;

  hb_buffer_add_utf32 (buffer, &ch, 1, 0, 1);
  hb_buffer_guess_segment_properties (buffer);
  hb_shape (font, buffer, NULL, 0);
  info = hb_buffer_get_glyph_infos (buffer, &n);
  g_assert_cmpuint (n, ==, 1);
  glyph = info[0].codepoint;
  hb_buffer_destroy (buffer);

  return glyph;
}

static void
test_reader_font_shapes_joined_rtl (Fixture       *f,
                                    gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (masar_reader_get_text_view (f->reader));
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (view, WORD);
  g_autoptr(PangoFontDescription) desc = NULL;
  PangoLayoutRun *run;
  PangoGlyphString *glyphs;
  hb_font_t *hb_font;
  const char *family;
  const char *p;
  guint i;

  run = get_single_run (layout);
  glyphs = run->glyphs;

  /* The style sheet's reading face, not the DejaVu fallback Pango picks by default. */
  desc = pango_font_describe (run->item->analysis.font);
  family = pango_font_description_get_family (desc);
  g_test_message ("reader font: %s", family);
  g_assert_true (g_str_equal (family, "Noto Naskh Arabic")
                 || g_str_equal (family, "Amiri")
                 || g_str_equal (family, "Noto Sans Arabic"));

  /* A right-to-left run. */
  g_assert_cmpint (run->item->analysis.level % 2, ==, 1);

  /* Five glyphs, none missing; Pango keeps RTL glyphs in visual order, so the clusters
   * (byte offsets into the text) strictly descend. */
  g_assert_cmpint (glyphs->num_glyphs, ==, 5);
  for (i = 0; i < 5; i++)
    {
      g_assert_cmpuint (glyphs->glyphs[i].glyph, !=, 0);
      g_assert_false (glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG);
      if (i > 0)
        g_assert_cmpint (glyphs->log_clusters[i], <, glyphs->log_clusters[i - 1]);
    }

  /* Each glyph is the joined form: it differs from the letter shaped alone. */
  hb_font = pango_font_get_hb_font (run->item->analysis.font);
  g_assert_nonnull (hb_font);
  for (p = WORD, i = 0; *p != '\0'; p = g_utf8_next_char (p), i++)
    {
      int offset = p - WORD;
      gboolean found = FALSE;

      for (int g = 0; g < glyphs->num_glyphs; g++)
        {
          if (glyphs->log_clusters[g] != offset)
            continue;
          found = TRUE;
          g_assert_cmpuint (glyphs->glyphs[g].glyph, !=, isolated_glyph (hb_font, g_utf8_get_char (p)));
        }
      g_assert_true (found);
    }
  g_assert_cmpuint (i, ==, 5);
}

static void
test_harfbuzz_direct (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (masar_reader_get_text_view (f->reader));
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (view, WORD);
  PangoLayoutRun *run = get_single_run (layout);
  hb_font_t *hb_font = pango_font_get_hb_font (run->item->analysis.font);
  hb_buffer_t *buffer = hb_buffer_create ();
  hb_glyph_info_t *info;
  unsigned int n = 0;

  hb_buffer_add_utf8 (buffer, WORD, -1, 0, -1);
  hb_buffer_guess_segment_properties (buffer);
  g_assert_cmpint (hb_buffer_get_direction (buffer), ==, HB_DIRECTION_RTL);
  hb_shape (hb_font, buffer, NULL, 0);
  info = hb_buffer_get_glyph_infos (buffer, &n);

  g_assert_cmpuint (n, ==, 5);
  for (unsigned int i = 0; i < n; i++)
    {
      g_assert_cmpuint (info[i].codepoint, !=, 0);
      if (i > 0)
        g_assert_cmpuint (info[i].cluster, <, info[i - 1].cluster);
    }

  hb_buffer_destroy (buffer);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }
  adw_init ();

  g_test_add ("/masar/shaping/reader-font-joined-rtl", Fixture, NULL,
              fixture_set_up, test_reader_font_shapes_joined_rtl, fixture_tear_down);
  g_test_add ("/masar/shaping/harfbuzz", Fixture, NULL,
              fixture_set_up, test_harfbuzz_direct, fixture_tear_down);

  return g_test_run ();
}
