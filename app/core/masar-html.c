/* masar-html.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-html"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "masar-html.h"

typedef struct
{
  GString  *text;
  gboolean  space;       /* a space is due before the next word */
  char     *h1;
  char     *time;
} Walk;

static const char * const skipped_elements[] = {
  "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
  "button", "select", "template", "head", "figcaption", "object", "embed", "canvas", "video",
  "audio", "input", "textarea", "menu",
};

static const char * const block_elements[] = {
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "article", "section",
  "main", "blockquote", "tr", "table", "pre", "dd", "dt", "dl", "figure", "address", "hr",
  "body", "center", "details", "summary",
};

static const char * const skipped_classes[] = {
  "share", "social", "related", "comment", "cookie", "advert", "banner", "menu", "breadcrumb",
  "newsletter", "subscribe", "sidebar", "widget", "promo", "navbar", "footer", "header",
};

static gboolean
name_in (const xmlChar      *name,
         const char * const *names,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp ((const char *) name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static char *
get_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value;
  char *copy;

  /* An HTML document declares no attribute defaults, so an element without attributes has
   * none to look up (most elements of a page have none). */
  if (node->properties == NULL)
    return NULL;
  value = xmlGetProp (node, (const xmlChar *) name);
  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static gboolean
has_skipped_class (xmlNode *node)
{
  const char *attrs[] = { "class", "id", "role" };

  if (node->properties == NULL)
    return FALSE;
  for (gsize a = 0; a < G_N_ELEMENTS (attrs); a++)
    {
      g_autofree char *value = get_attr (node, attrs[a]);
      g_autofree char *lower = NULL;

      if (value == NULL)
        continue;
      lower = g_ascii_strdown (value, -1);
      if (g_str_equal (attrs[a], "role") &&
          (g_str_equal (lower, "navigation") || g_str_equal (lower, "banner") ||
           g_str_equal (lower, "contentinfo") || g_str_equal (lower, "complementary")))
        return TRUE;
      if (!g_str_equal (attrs[a], "role"))
        for (gsize i = 0; i < G_N_ELEMENTS (skipped_classes); i++)
          if (strstr (lower, skipped_classes[i]) != NULL)
            return TRUE;
    }
  return FALSE;
}

/* The length of the white space (g_unichar_isspace() or U+00A0) at @p, 0 if none. ASCII and
 * the Arabic block (lead bytes D8–DB) are answered without decoding. */
static inline gsize
space_length (const char *p)
{
  guchar b = (guchar) *p;
  gunichar c;

  if (b < 0x80)
    return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' ? 1 : 0;
  if (b >= 0xD8 && b <= 0xDB)
    return 0;
  c = g_utf8_get_char (p);
  return g_unichar_isspace (c) || c == 0xA0 ? (gsize) (g_utf8_next_char (p) - p) : 0;
}

/* The length of the run of characters at @p up to the next white space or the end. */
static inline gsize
word_length (const char *p)
{
  const char *q = p;

  while (*q != '\0' && space_length (q) == 0)
    q = g_utf8_next_char (q);
  return q - p;
}
static void
paragraph_break (Walk *walk)
{
  GString *s = walk->text;

  while (s->len > 0 && (s->str[s->len - 1] == ' '))
    g_string_truncate (s, s->len - 1);
  if (s->len == 0)
    return;
  if (s->len >= 2 && s->str[s->len - 1] == '\n' && s->str[s->len - 2] == '\n')
    return;
  if (s->str[s->len - 1] == '\n')
    g_string_append_c (s, '\n');
  else
    g_string_append (s, "\n\n");
  walk->space = FALSE;
}

/* Appends @text with every run of white space made one space (none at a line start); whole
 * words are copied at once. */
static void
append_text (Walk       *walk,
             const char *text)
{
  GString *s = walk->text;
  const char *p = text;

  while (*p != '\0')
    {
      gsize n = space_length (p);

      if (n > 0)
        {
          walk->space = TRUE;
          p += n;
          continue;
        }
      n = word_length (p);
      if (walk->space && s->len > 0 && s->str[s->len - 1] != '\n')
        g_string_append_c (s, ' ');
      walk->space = FALSE;
      g_string_append_len (s, p, n);
      p += n;
    }
}

static char *
node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  GString *s;
  const char *p;

  if (content == NULL)
    return NULL;
  s = g_string_new (NULL);
  p = (const char *) content;
  while (*p != '\0')
    {
      gsize n = space_length (p);

      if (n > 0)
        {
          p += n;
          continue;
        }
      n = word_length (p);
      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append_len (s, p, n);
      p += n;
    }
  xmlFree (content);
  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

static void
walk_nodes (xmlNode *node,
            Walk    *walk)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        {
          if (n->content != NULL)
            append_text (walk, (const char *) n->content);
          continue;
        }
      if (n->type != XML_ELEMENT_NODE)
        continue;

      if (walk->time == NULL && g_ascii_strcasecmp ((const char *) n->name, "time") == 0)
        walk->time = get_attr (n, "datetime");

      if (name_in (n->name, skipped_elements, G_N_ELEMENTS (skipped_elements)) || has_skipped_class (n))
        continue;

      if (g_ascii_strcasecmp ((const char *) n->name, "br") == 0)
        {
          while (walk->text->len > 0 && walk->text->str[walk->text->len - 1] == ' ')
            g_string_truncate (walk->text, walk->text->len - 1);
          if (walk->text->len > 0 && walk->text->str[walk->text->len - 1] != '\n')
            g_string_append_c (walk->text, '\n');
          walk->space = FALSE;
          continue;
        }
      if (walk->h1 == NULL && g_ascii_strcasecmp ((const char *) n->name, "h1") == 0)
        walk->h1 = node_text (n);

      if (name_in (n->name, block_elements, G_N_ELEMENTS (block_elements)))
        {
          paragraph_break (walk);
          walk_nodes (n->children, walk);
          paragraph_break (walk);
        }
      else
        walk_nodes (n->children, walk);
    }
}

/* Looks for datePublished, headline and publisher.name anywhere in a JSON-LD tree. */
static void
scan_json_ld (JsonNode      *node,
              MasarHtmlPage *out)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        scan_json_ld (json_array_get_element (array, i), out);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *obj = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (obj);

      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *name = l->data;
          JsonNode *value = json_object_get_member (obj, name);

          if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
            {
              if (out->published == NULL && g_str_equal (name, "datePublished"))
                out->published = g_strdup (json_node_get_string (value));
            }
          else if (g_str_equal (name, "publisher") && JSON_NODE_HOLDS_OBJECT (value) && out->site_name == NULL)
            {
              const char *pub = json_object_get_string_member_with_default (json_node_get_object (value), "name", NULL);

              if (pub != NULL && *pub != '\0')
                out->site_name = g_strdup (pub);
            }
          else
            scan_json_ld (value, out);
        }
    }
}

static void
scan_head (xmlNode       *node,
           MasarHtmlPage *out,
           char         **doc_title,
           char         **og_title,
           char         **og_url)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;

      if (g_ascii_strcasecmp ((const char *) n->name, "meta") == 0)
        {
          g_autofree char *property = get_attr (n, "property");
          g_autofree char *name = get_attr (n, "name");
          g_autofree char *itemprop = get_attr (n, "itemprop");
          g_autofree char *content = get_attr (n, "content");
          const char *key = property != NULL ? property : (name != NULL ? name : itemprop);

          if (key != NULL && content != NULL && *content != '\0')
            {
              g_autofree char *lower = g_ascii_strdown (key, -1);

              if (g_str_equal (lower, "og:site_name") && out->site_name == NULL)
                out->site_name = g_strdup (content);
              else if ((g_str_equal (lower, "article:published_time") || g_str_equal (lower, "og:published_time") ||
                        g_str_equal (lower, "datepublished") || g_str_equal (lower, "pubdate") ||
                        g_str_equal (lower, "publishdate") || g_str_equal (lower, "publish-date") ||
                        g_str_equal (lower, "date") || g_str_equal (lower, "dc.date.issued") ||
                        g_str_equal (lower, "parsely-pub-date") || g_str_equal (lower, "sailthru.date")) &&
                       out->published == NULL)
                out->published = g_strdup (content);
              else if (g_str_equal (lower, "og:title") && *og_title == NULL)
                *og_title = g_strdup (content);
              else if (g_str_equal (lower, "og:url") && *og_url == NULL)
                *og_url = g_strdup (content);
            }
        }
      else if (g_ascii_strcasecmp ((const char *) n->name, "link") == 0 && out->url == NULL)
        {
          g_autofree char *rel = get_attr (n, "rel");

          if (rel != NULL && g_ascii_strcasecmp (rel, "canonical") == 0)
            out->url = get_attr (n, "href");
        }
      else if (g_ascii_strcasecmp ((const char *) n->name, "title") == 0 && *doc_title == NULL)
        *doc_title = node_text (n);
      else if (g_ascii_strcasecmp ((const char *) n->name, "script") == 0)
        {
          g_autofree char *type = get_attr (n, "type");

          if (type != NULL && g_ascii_strcasecmp (type, "application/ld+json") == 0)
            {
              xmlChar *content = xmlNodeGetContent (n);

              if (content != NULL)
                {
                  g_autoptr(JsonParser) parser = json_parser_new ();

                  if (json_parser_load_from_data (parser, (const char *) content, -1, NULL))
                    scan_json_ld (json_parser_get_root (parser), out);
                  xmlFree (content);
                }
            }
        }

      scan_head (n->children, out, doc_title, og_title, og_url);
    }
}

/**
 * masar_html_extract:
 * @utf8: the page, decoded to UTF-8 (any charset the page declares is ignored)
 * @length: its length in bytes
 * @out: (out caller-allocates): the text and metadata; clear with masar_html_page_clear()
 *
 * Parses the page with libxml2's forgiving HTML parser and keeps the visible body text, one
 * paragraph per block element, without scripts, styles, navigation, headers, footers,
 * asides, forms, figure captions and elements whose class or id names sharing, related
 * links, comments, cookies, adverts or menus.
 *
 * Returns: %TRUE when the page could be parsed
 */
gboolean
masar_html_extract (const char    *utf8,
                    gsize          length,
                    MasarHtmlPage *out)
{
  htmlDocPtr doc;
  xmlNode *root;
  Walk walk = { 0 };
  g_autofree char *doc_title = NULL;
  g_autofree char *og_title = NULL;
  g_autofree char *og_url = NULL;

  g_return_val_if_fail (utf8 != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  if (length > G_MAXINT)
    return FALSE;

  doc = htmlReadMemory (utf8, (int) length, NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
  if (doc == NULL)
    return FALSE;
  root = xmlDocGetRootElement (doc);
  if (root == NULL)
    {
      xmlFreeDoc (doc);
      return FALSE;
    }

  scan_head (root, out, &doc_title, &og_title, &og_url);

  walk.text = g_string_new (NULL);
  walk_nodes (root, &walk);
  paragraph_break (&walk);
  while (walk.text->len > 0 && walk.text->str[walk.text->len - 1] == '\n')
    g_string_truncate (walk.text, walk.text->len - 1);

  out->text = g_string_free (walk.text, FALSE);
  if (out->published == NULL)
    out->published = g_steal_pointer (&walk.time);
  if (og_title != NULL)
    out->title = g_steal_pointer (&og_title);
  else if (walk.h1 != NULL)
    out->title = g_steal_pointer (&walk.h1);
  else
    out->title = g_steal_pointer (&doc_title);
  if (out->url == NULL)
    out->url = g_steal_pointer (&og_url);

  g_free (walk.h1);
  g_free (walk.time);
  xmlFreeDoc (doc);
  return TRUE;
}

/**
 * masar_html_page_clear:
 * @page: a #MasarHtmlPage
 *
 * Frees the members of @page.
 */
void
masar_html_page_clear (MasarHtmlPage *page)
{
  g_clear_pointer (&page->text, g_free);
  g_clear_pointer (&page->title, g_free);
  g_clear_pointer (&page->site_name, g_free);
  g_clear_pointer (&page->published, g_free);
  g_clear_pointer (&page->url, g_free);
}
