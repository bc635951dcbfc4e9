/* test-merge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Stage 6: one event per real event, with every sentence that reports it.
 */

#include "config.h"

#include "masar-extractor.h"

static MasarEvent *
make (MasarEventType  type,
      const char     *date_iso,
      MasarDateBasis  basis,
      const char     *location,
      const char     *article,
      guint           start,
      const char     *actor1,
      MasarRole       role1,
      const char     *actor2)
{
  MasarEvent *e = masar_event_new (NULL, type);
  MasarDate d = MASAR_DATE_INIT;

  if (date_iso != NULL)
    g_assert_true (masar_date_parse_iso (date_iso, &d));
  masar_event_set_date (e, &d, NULL, basis);
  masar_event_set_location (e, location);
  masar_event_add_source (e, article, start, start + 10, "0123456789");
  if (actor1 != NULL)
    masar_event_add_actor (e, actor1, role1);
  if (actor2 != NULL)
    masar_event_add_actor (e, actor2, MASAR_ROLE_PARTICIPANT);
  return e;
}

typedef struct
{
  const char *name;
  MasarEvent *a, *b;
  guint       expected;   /* events after merging */
} MergeCase;

static void
test_pairs (void)
{
  const MasarDateBasis X = MASAR_DATE_BASIS_EXPLICIT, P = MASAR_DATE_BASIS_PUBLICATION;
  const MasarRole PA = MASAR_ROLE_PARTICIPANT, SO = MASAR_ROLE_SOURCE;
  MergeCase cases[] = {
    { "same talks, two articles",
      make (MASAR_EVENT_TALKS, "2025-12-02", X, "Moscow", "a1", 0, "putin", PA, "witkoff"),
      make (MASAR_EVENT_TALKS, "2025-12-02", X, "Moscow", "a2", 50, "witkoff", PA, NULL), 1 },
    { "call and talks are one family",
      make (MASAR_EVENT_CALL, "2025-03-18", X, NULL, "a1", 0, "putin", PA, "trump"),
      make (MASAR_EVENT_TALKS, "2025-03-18", P, NULL, "a1", 40, "trump", PA, NULL), 1 },
    { "publication date two days after the explicit one",
      make (MASAR_EVENT_AGREEMENT, "2025-11-23", X, "Geneva", "a1", 0, "usa", PA, "ukraine"),
      make (MASAR_EVENT_AGREEMENT, "2025-11-25", P, NULL, "a3", 0, "ukraine", PA, NULL), 1 },
    { "month span contains the day",
      make (MASAR_EVENT_PRISONER_EXCHANGE, "2025-05", X, NULL, "a1", 0, "russia", PA, "ukraine"),
      make (MASAR_EVENT_PRISONER_EXCHANGE, "2025-05-16", X, NULL, "a1", 90, "russia", PA, NULL), 1 },
    { "different types",
      make (MASAR_EVENT_TALKS, "2025-12-02", X, NULL, "a1", 0, "putin", PA, NULL),
      make (MASAR_EVENT_REJECTION, "2025-12-02", X, NULL, "a1", 20, "putin", SO, NULL), 2 },
    { "no shared actor",
      make (MASAR_EVENT_TALKS, "2025-12-02", X, NULL, "a1", 0, "putin", PA, "witkoff"),
      make (MASAR_EVENT_TALKS, "2025-12-02", X, NULL, "a1", 20, "zelensky", PA, "umerov"), 2 },
    { "a month apart",
      make (MASAR_EVENT_TALKS, "2025-05-16", X, "Istanbul", "a1", 0, "russia", PA, "ukraine"),
      make (MASAR_EVENT_TALKS, "2025-06-02", X, "Istanbul", "a1", 20, "russia", PA, "ukraine"), 2 },
    { "different places",
      make (MASAR_EVENT_TALKS, "2025-11-30", X, "Florida", "a1", 0, "usa", PA, "ukraine"),
      make (MASAR_EVENT_TALKS, "2025-11-30", X, "Geneva", "a1", 20, "usa", PA, "ukraine"), 2 },
    { "statements by different speakers about the same sides",
      make (MASAR_EVENT_STATEMENT, "2025-12-02", P, NULL, "a1", 0, "rubio", SO, "russia"),
      make (MASAR_EVENT_STATEMENT, "2025-12-02", P, NULL, "a1", 20, "ushakov", SO, "russia"), 2 },
    { "statements by one speaker on one day",
      make (MASAR_EVENT_STATEMENT, "2025-12-02", P, NULL, "a1", 0, "peskov", SO, NULL),
      make (MASAR_EVENT_STATEMENT, "2025-12-02", P, NULL, "a1", 20, "peskov", SO, "ukraine"), 1 },
    { "a year does not merge with a day",
      make (MASAR_EVENT_MILITARY, "2022", X, NULL, "a1", 0, "russia", SO, NULL),
      make (MASAR_EVENT_MILITARY, "2022-02-24", X, NULL, "a1", 20, "russia", SO, NULL), 2 },
  };
  g_autoptr(MasarExtractor) extractor = masar_extractor_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MasarEventSet) set = masar_event_set_new ();
      g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
      GListModel *model;

      g_test_message ("case: %s", cases[i].name);
      g_ptr_array_add (events, cases[i].a);
      g_ptr_array_add (events, cases[i].b);
      masar_extractor_merge (extractor, set, events);
      model = masar_event_set_get_events (set);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, cases[i].expected);
      if (cases[i].expected == 1)
        {
          g_autoptr(MasarEvent) e = g_list_model_get_item (model, 0);

          g_assert_cmpuint (masar_event_get_n_sources (e), ==, 2);
          /* every actor of both, each once */
          for (guint k = 0; k < masar_event_get_n_actors (cases[i].b); k++)
            g_assert_true (masar_event_has_actor (e, masar_event_get_actor (cases[i].b, k)->actor_id));
          /* the actors are in the set, so the file can be read back */
          for (guint k = 0; k < masar_event_get_n_actors (e); k++)
            g_assert_nonnull (masar_event_set_lookup_actor (set, masar_event_get_actor (e, k)->actor_id));
        }
    }
}

static void
test_best_date_kept (void)
{
  g_autoptr(MasarExtractor) extractor = masar_extractor_new (NULL);
  g_autoptr(MasarEventSet) set = masar_event_set_new ();
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(MasarEvent) e = NULL;
  MasarDate d;

  g_ptr_array_add (events, make (MASAR_EVENT_TALKS, "2025-12-03", MASAR_DATE_BASIS_PUBLICATION,
                                 NULL, "a1", 0, "putin", MASAR_ROLE_PARTICIPANT, NULL));
  g_ptr_array_add (events, make (MASAR_EVENT_CALL, "2025-12-02", MASAR_DATE_BASIS_RELATIVE,
                                 "Moscow", "a1", 30, "putin", MASAR_ROLE_PARTICIPANT, NULL));
  masar_extractor_merge (extractor, set, events);

  g_assert_cmpuint (g_list_model_get_n_items (masar_event_set_get_events (set)), ==, 1);
  e = g_list_model_get_item (masar_event_set_get_events (set), 0);
  masar_event_get_date (e, &d, NULL);
  g_assert_cmpint (d.day, ==, 2);
  g_assert_cmpint (masar_event_get_date_basis (e), ==, MASAR_DATE_BASIS_RELATIVE);
  g_assert_cmpstr (masar_event_get_location (e), ==, "Moscow");
  g_assert_cmpint (masar_event_get_event_type (e), ==, MASAR_EVENT_CALL);
}

static void
test_incremental (void)
{
  /* Merging batch by batch (article by article) gives the same result as one batch. */
  g_autoptr(MasarExtractor) extractor = masar_extractor_new (NULL);
  g_autoptr(MasarEventSet) set = masar_event_set_new ();

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *article = g_strdup_printf ("a%u", i);

      g_ptr_array_add (events, make (MASAR_EVENT_CEASEFIRE, "2025-04-20", MASAR_DATE_BASIS_EXPLICIT,
                                     NULL, article, 5, "russia", MASAR_ROLE_PARTICIPANT, NULL));
      masar_extractor_merge (extractor, set, events);
    }
  g_assert_cmpuint (g_list_model_get_n_items (masar_event_set_get_events (set)), ==, 1);
}

static guint
merge_all (MasarEvent *first,
           ...)
{
  g_autoptr(MasarExtractor) extractor = masar_extractor_new (NULL);
  g_autoptr(MasarEventSet) set = masar_event_set_new ();
  va_list args;

  va_start (args, first);
  for (MasarEvent *e = first; e != NULL; e = va_arg (args, MasarEvent *))
    {
      /* one call per event, as the extractor merges article by article */
      g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (events, e);
      masar_extractor_merge (extractor, set, events);
    }
  va_end (args);
  return g_list_model_get_n_items (masar_event_set_get_events (set));
}

static void
test_better_date_moves_event (void)
{
  const MasarDateBasis X = MASAR_DATE_BASIS_EXPLICIT, P = MASAR_DATE_BASIS_PUBLICATION;
  const MasarRole PA = MASAR_ROLE_PARTICIPANT;

  /* four days apart with publication dates: two events */
  g_assert_cmpuint (merge_all (make (MASAR_EVENT_TALKS, "2025-03-10", P, NULL, "a1", 0, "putin", PA, "trump"),
                               make (MASAR_EVENT_TALKS, "2025-03-06", P, NULL, "a3", 0, "putin", PA, "trump"),
                               NULL), ==, 2);
  /* an explicit date in between moves the first to the 8th, where the last one finds it */
  g_assert_cmpuint (merge_all (make (MASAR_EVENT_TALKS, "2025-03-10", P, NULL, "a1", 0, "putin", PA, "trump"),
                               make (MASAR_EVENT_TALKS, "2025-03-08", X, NULL, "a2", 0, "putin", PA, "trump"),
                               make (MASAR_EVENT_TALKS, "2025-03-06", P, NULL, "a3", 0, "putin", PA, "trump"),
                               NULL), ==, 1);
}

static void
test_undated_within_article (void)
{
  const MasarRole SO = MASAR_ROLE_SOURCE;

  g_assert_cmpuint (merge_all (make (MASAR_EVENT_STATEMENT, NULL, MASAR_DATE_BASIS_UNKNOWN, NULL, "a1", 0, "peskov", SO, NULL),
                               make (MASAR_EVENT_STATEMENT, "2025", MASAR_DATE_BASIS_EXPLICIT, NULL, "a1", 40, "peskov", SO, NULL),
                               NULL), ==, 1);
  g_assert_cmpuint (merge_all (make (MASAR_EVENT_STATEMENT, NULL, MASAR_DATE_BASIS_UNKNOWN, NULL, "a1", 0, "peskov", SO, NULL),
                               make (MASAR_EVENT_STATEMENT, NULL, MASAR_DATE_BASIS_UNKNOWN, NULL, "a2", 0, "peskov", SO, NULL),
                               NULL), ==, 2);
}

static void
test_planned_apart (void)
{
  const MasarRole PA = MASAR_ROLE_PARTICIPANT;
  MasarEvent *planned = make (MASAR_EVENT_TALKS, "2025-05-15", MASAR_DATE_BASIS_EXPLICIT, "Istanbul",
                              "a1", 0, "russia", PA, "ukraine");

  masar_event_set_modality (planned, MASAR_MODALITY_PLANNED);
  g_assert_cmpuint (merge_all (planned,
                               make (MASAR_EVENT_TALKS, "2025-05-15", MASAR_DATE_BASIS_EXPLICIT, "Istanbul",
                                     "a2", 0, "russia", PA, "ukraine"),
                               NULL), ==, 2);
}

static void
test_many_actors (void)
{
  /* more actors than an event's merge info keeps inline, merged in a set that already
   * holds events (its index is built from them) */
  g_autoptr(MasarExtractor) extractor = masar_extractor_new (NULL);
  g_autoptr(MasarEventSet) set = masar_event_set_new ();
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(MasarEvent) merged = NULL;
  const char *ids[] = { "witkoff", "ukraine", "umerov", "usa" };
  MasarEvent *first = make (MASAR_EVENT_AGREEMENT, "2025-11-23", MASAR_DATE_BASIS_EXPLICIT, NULL,
                            "a1", 0, "usa", MASAR_ROLE_PARTICIPANT, "russia");

  masar_event_add_actor (first, "ukraine", MASAR_ROLE_PARTICIPANT);
  masar_event_set_add_event (set, first);
  g_object_unref (first);

  g_ptr_array_add (events, make (MASAR_EVENT_AGREEMENT, "2025-11-24", MASAR_DATE_BASIS_EXPLICIT, NULL,
                                 "a2", 0, "witkoff", MASAR_ROLE_SOURCE, "ukraine"));
  masar_event_add_actor (g_ptr_array_index (events, 0), "umerov", MASAR_ROLE_PARTICIPANT);
  masar_event_add_actor (g_ptr_array_index (events, 0), "usa", MASAR_ROLE_PARTICIPANT);
  g_ptr_array_add (events, make (MASAR_EVENT_AGREEMENT, "2025-11-23", MASAR_DATE_BASIS_EXPLICIT, NULL,
                                 "a3", 0, "witkoff", MASAR_ROLE_SOURCE, NULL));
  masar_extractor_merge (extractor, set, events);

  /* the second does not merge with the first (one has a speaker, the other none); the
   * third has the second's speaker */
  g_assert_cmpuint (g_list_model_get_n_items (masar_event_set_get_events (set)), ==, 2);
  merged = g_list_model_get_item (masar_event_set_get_events (set), 1);
  g_assert_cmpuint (masar_event_get_n_sources (merged), ==, 2);
  g_assert_cmpuint (masar_event_get_n_actors (merged), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_true (masar_event_has_actor (merged, ids[i]));
      /* the actors of the events merged are in the set */
      g_assert_nonnull (masar_event_set_lookup_actor (set, ids[i]));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/merge/pairs", test_pairs);
  g_test_add_func ("/masar/merge/best-date-kept", test_best_date_kept);
  g_test_add_func ("/masar/merge/incremental", test_incremental);
  g_test_add_func ("/masar/merge/better-date-moves-event", test_better_date_moves_event);
  g_test_add_func ("/masar/merge/undated-within-article", test_undated_within_article);
  g_test_add_func ("/masar/merge/planned-apart", test_planned_apart);
  g_test_add_func ("/masar/merge/many-actors", test_many_actors);

  return g_test_run ();
}
