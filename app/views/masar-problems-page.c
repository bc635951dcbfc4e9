/* masar-problems-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files of the corpus that could not be read, or were read with losses, each with its
 * reason. Nothing about a bad file is fatal: it is listed here and the rest of the corpus opens.
 */

#define G_LOG_DOMAIN "masar-problems-page"

#include "config.h"

#include <glib/gi18n.h>

#include "masar-problem.h"
#include "masar-problems-page.h"

struct _MasarProblemsPage
{
  GtkWidget       parent_instance;

  /* Owned references */
  GListModel  *model;
  GSignalGroup *model_signals;

  /* Template widgets */
  GtkStack    *stack;
  GtkListBox  *list_box;
  GtkLabel    *summary_label;
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MasarProblemsPage, masar_problems_page, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  MasarProblem *problem = MASAR_PROBLEM (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  gboolean skipped = masar_problem_get_kind (problem) == MASAR_PROBLEM_SKIPPED;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), masar_problem_get_file (problem));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), masar_problem_get_message (problem));

  icon = gtk_image_new_from_icon_name (skipped ? "action-unavailable-symbolic" : "dialog-warning-symbolic");
  gtk_widget_set_tooltip_text (icon, skipped ? _("Not read") : _("Read with losses"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  skipped ? _("Not read") : _("Read with losses"),
                                  -1);
  if (!skipped)
    gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
update (MasarProblemsPage *self)
{
  guint n = self->model ? g_list_model_get_n_items (self->model) : 0;
  guint skipped = 0;
  g_autofree char *not_read = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MasarProblem) problem = g_list_model_get_item (self->model, i);

      if (masar_problem_get_kind (problem) == MASAR_PROBLEM_SKIPPED)
        skipped++;
    }

  not_read = g_strdup_printf (ngettext ("%u file not read", "%u files not read", skipped), skipped);
  partial = g_strdup_printf (ngettext ("%u file read with losses", "%u files read with losses", n - skipped),
                             n - skipped);
  summary = g_strdup_printf ("%s · %s", not_read, partial);
  gtk_label_set_text (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
masar_problems_page_dispose (GObject *object)
{
  MasarProblemsPage *self = (MasarProblemsPage *)object;

  if (self->model_signals != NULL)
    g_signal_group_set_target (self->model_signals, NULL);
  g_clear_object (&self->model_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), MASAR_TYPE_PROBLEMS_PAGE);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (masar_problems_page_parent_class)->dispose (object);
}

static void
masar_problems_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MasarProblemsPage *self = MASAR_PROBLEMS_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_problems_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MasarProblemsPage *self = MASAR_PROBLEMS_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      masar_problems_page_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_problems_page_class_init (MasarProblemsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = masar_problems_page_dispose;
  object_class->get_property = masar_problems_page_get_property;
  object_class->set_property = masar_problems_page_set_property;

  /**
   * MasarProblemsPage:model:
   *
   * A #GListModel of #MasarProblem.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/masar/Masar/ui/masar-problems-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MasarProblemsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MasarProblemsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, MasarProblemsPage, summary_label);
}

static void
masar_problems_page_init (MasarProblemsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->model_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->model_signals, "items-changed",
                                 G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

GtkWidget *
masar_problems_page_new (void)
{
  return g_object_new (MASAR_TYPE_PROBLEMS_PAGE, NULL);
}

GListModel *
masar_problems_page_get_model (MasarProblemsPage *self)
{
  g_return_val_if_fail (MASAR_IS_PROBLEMS_PAGE (self), NULL);

  return self->model;
}

/**
 * masar_problems_page_set_model:
 * @self: a #MasarProblemsPage
 * @model: (nullable): a #GListModel of #MasarProblem
 */
void
masar_problems_page_set_model (MasarProblemsPage *self,
                               GListModel        *model)
{
  g_return_if_fail (MASAR_IS_PROBLEMS_PAGE (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (!g_set_object (&self->model, model))
    return;

  gtk_list_box_bind_model (self->list_box, model, create_row, NULL, NULL);
  g_signal_group_set_target (self->model_signals, model);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
