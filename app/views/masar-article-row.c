/* masar-article-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row of the sidebar: the article's title, its outlet and date when known, and the file
 * it comes from (with the article's number when the file holds several).
 */

#define G_LOG_DOMAIN "masar-article-row"

#include "config.h"

#include <glib/gi18n.h>

#include "masar-article-row.h"
#include "masar-reader.h"

struct _MasarArticleRow
{
  GtkWidget     parent_instance;

  /* Owned references */
  MasarArticle *article;
  GSignalGroup *article_signals;

  /* Template widgets */
  GtkLabel     *title_label;
  GtkLabel     *meta_label;
  GtkLabel     *file_label;
  GtkLabel     *excluded_label;
};

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MasarArticleRow, masar_article_row, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
update (MasarArticleRow *self)
{
  g_autofree char *meta = NULL;
  g_autofree char *file = NULL;
  const char *title;

  if (self->article == NULL)
    return;

  title = masar_article_get_title (self->article);
  gtk_label_set_text (self->title_label,
                      title != NULL && *title != '\0' ? title : _("Untitled Article"));

  meta = masar_format_article_meta (self->article);
  gtk_label_set_text (self->meta_label, meta);

  if (masar_article_get_segment (self->article) > 0)
    /* Translators: a file name and the number of the article in it */
    file = g_strdup_printf (_("%s, article %u"),
                            masar_article_get_file (self->article),
                            masar_article_get_segment (self->article) + 1);
  else
    file = g_strdup (masar_article_get_file (self->article));
  gtk_label_set_text (self->file_label, file);

  /* "Not an article": dimmed, and marked in words (dimming alone is easy to miss). */
  gtk_widget_set_visible (GTK_WIDGET (self->excluded_label), masar_article_get_excluded (self->article));
  if (masar_article_get_excluded (self->article))
    gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dim-label");
}

static void
masar_article_row_dispose (GObject *object)
{
  MasarArticleRow *self = (MasarArticleRow *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), MASAR_TYPE_ARTICLE_ROW);
  /* The box is not a template child, so dispose_template() leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->article_signals != NULL)
    g_signal_group_set_target (self->article_signals, NULL);
  g_clear_object (&self->article_signals);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (masar_article_row_parent_class)->dispose (object);
}

static void
masar_article_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MasarArticleRow *self = MASAR_ARTICLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_article_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MasarArticleRow *self = MASAR_ARTICLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      masar_article_row_set_article (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_article_row_class_init (MasarArticleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = masar_article_row_dispose;
  object_class->get_property = masar_article_row_get_property;
  object_class->set_property = masar_article_row_set_property;

  /**
   * MasarArticleRow:article:
   *
   * The article shown.
   */
  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, MASAR_TYPE_ARTICLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/masar/Masar/ui/masar-article-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MasarArticleRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, MasarArticleRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, MasarArticleRow, file_label);
  gtk_widget_class_bind_template_child (widget_class, MasarArticleRow, excluded_label);
}

static void
masar_article_row_init (MasarArticleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->article_signals = g_signal_group_new (MASAR_TYPE_ARTICLE);
  g_signal_group_connect_object (self->article_signals, "notify",
                                 G_CALLBACK (update), self, G_CONNECT_SWAPPED);
}

GtkWidget *
masar_article_row_new (void)
{
  return g_object_new (MASAR_TYPE_ARTICLE_ROW, NULL);
}

MasarArticle *
masar_article_row_get_article (MasarArticleRow *self)
{
  g_return_val_if_fail (MASAR_IS_ARTICLE_ROW (self), NULL);

  return self->article;
}

void
masar_article_row_set_article (MasarArticleRow *self,
                               MasarArticle    *article)
{
  g_return_if_fail (MASAR_IS_ARTICLE_ROW (self));
  g_return_if_fail (article == NULL || MASAR_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;

  g_signal_group_set_target (self->article_signals, article);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}
