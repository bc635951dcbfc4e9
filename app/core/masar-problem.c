/* masar-problem.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "masar-problem"

#include "config.h"

#include "masar-problem.h"

/**
 * MasarProblem:
 *
 * A file of the corpus that could not be read, or was read with losses, and why. The
 * message is translated and meant for the user.
 */
struct _MasarProblem
{
  GObject           parent_instance;

  char             *file;
  char             *message;
  MasarProblemKind  kind;
};

enum {
  PROP_0,
  PROP_FILE,
  PROP_KIND,
  PROP_MESSAGE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MasarProblem, masar_problem, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
masar_problem_finalize (GObject *object)
{
  MasarProblem *self = (MasarProblem *)object;

  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (masar_problem_parent_class)->finalize (object);
}

static void
masar_problem_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MasarProblem *self = MASAR_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
masar_problem_class_init (MasarProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = masar_problem_finalize;
  object_class->get_property = masar_problem_get_property;

  /**
   * MasarProblem:file:
   *
   * The file's path relative to the corpus folder.
   */
  properties[PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * MasarProblem:kind:
   *
   * A #MasarProblemKind.
   */
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, MASAR_PROBLEM_PARTIAL, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * MasarProblem:message:
   *
   * What went wrong, for the user.
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
masar_problem_init (MasarProblem *self)
{
}

/**
 * masar_problem_new:
 * @file: the file's path relative to the corpus folder
 * @kind: a #MasarProblemKind
 * @message: what went wrong, translated
 *
 * Returns: (transfer full): a new #MasarProblem
 */
MasarProblem *
masar_problem_new (const char       *file,
                   MasarProblemKind  kind,
                   const char       *message)
{
  MasarProblem *self;

  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (MASAR_TYPE_PROBLEM, NULL);
  self->file = g_strdup (file);
  self->kind = kind;
  self->message = g_strdup (message);
  return self;
}

const char *
masar_problem_get_file (MasarProblem *self)
{
  g_return_val_if_fail (MASAR_IS_PROBLEM (self), NULL);
  return self->file;
}

MasarProblemKind
masar_problem_get_kind (MasarProblem *self)
{
  g_return_val_if_fail (MASAR_IS_PROBLEM (self), MASAR_PROBLEM_SKIPPED);
  return self->kind;
}

const char *
masar_problem_get_message (MasarProblem *self)
{
  g_return_val_if_fail (MASAR_IS_PROBLEM (self), NULL);
  return self->message;
}
