/* masar-html.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text and metadata of an HTML page, with libxml2's HTML parser.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * MasarHtmlPage:
 * @text: (transfer full): the visible body text without scripts, styles, navigation,
 *   headers, footers and asides; one block element per paragraph, separated by blank lines
 * @title: (transfer full) (nullable): og:title, else the first h1, else <title>
 * @site_name: (transfer full) (nullable): og:site_name (or the JSON-LD publisher)
 * @published: (transfer full) (nullable): article:published_time, JSON-LD datePublished,
 *   a date meta or the first <time datetime>, as written
 * @url: (transfer full) (nullable): the canonical link or og:url
 *
 * What masar_html_extract() finds in a page.
 */
typedef struct
{
  char *text;
  char *title;
  char *site_name;
  char *published;
  char *url;
} MasarHtmlPage;

gboolean masar_html_extract    (const char    *utf8,
                                gsize          length,
                                MasarHtmlPage *out);
void     masar_html_page_clear (MasarHtmlPage *page);

G_END_DECLS
