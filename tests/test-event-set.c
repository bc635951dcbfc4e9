/* test-event-set.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "masar-event-set.h"

static MasarEventSet *
make_set (void)
{
  MasarEventSet *set = masar_event_set_new ();
  g_autoptr(MasarArticle) a1 = masar_article_new ("001_x.txt", 0);
  g_autoptr(MasarArticle) a2 = masar_article_new ("002_y.txt", 1);
  g_autoptr(MasarEvent) e1 = masar_event_new (NULL, MASAR_EVENT_TALKS);
  g_autoptr(MasarEvent) e2 = masar_event_new ("custom", MASAR_EVENT_PRISONER_EXCHANGE);
  MasarDate pub = { 2025, 12, 3 };
  MasarDate weak = { 2024, 0, 0 };
  MasarDate d = { 2025, 12, 2 };
  MasarDate m1 = { 2025, 5, 0 }, m2 = { 2025, 6, 0 };
  MasarActor putin = { (char *) "putin", MASAR_ACTOR_PERSON, (char *) "فلاديمير بوتين",
                       (char *) "Vladimir Putin", (char *) "RUS", (char *) "russia" };
  MasarActor ukraine = { (char *) "ukraine", MASAR_ACTOR_COUNTRY, (char *) "أوكرانيا",
                         (char *) "Ukraine", (char *) "UKR", NULL };

  masar_event_set_set_corpus (set, "seeds");
  masar_article_set_span (a1, 0, 500);
  masar_article_set_title (a1, "عنوان \"مقتبس\"");
  masar_article_set_outlet (a1, "البلاد");
  masar_article_set_published (a1, &pub, MASAR_DATE_BASIS_EXPLICIT);
  masar_article_set_span (a2, 500, 900);
  masar_article_set_published (a2, &weak, MASAR_DATE_BASIS_WEAK);
  masar_event_set_add_article (set, a1);
  masar_event_set_add_article (set, a2);
  masar_event_set_add_actor (set, &putin);
  masar_event_set_add_actor (set, &ukraine);

  masar_event_set_date (e1, &d, NULL, MASAR_DATE_BASIS_RELATIVE);
  masar_event_add_actor (e1, "putin", MASAR_ROLE_PARTICIPANT);
  masar_event_add_actor (e1, "ukraine", MASAR_ROLE_TARGET);
  masar_event_set_location (e1, "Moscow");
  masar_event_set_label (e1, "محادثات بوتين");
  masar_event_set_modality (e1, MASAR_MODALITY_PLANNED);
  masar_event_set_confidence (e1, 0.8234);
  masar_event_add_source (e1, "a1", 10, 20, "نص المصدر");
  masar_event_add_source (e1, "a2", 600, 605, "أخرى");
  masar_event_set_add_event (set, e1);

  masar_event_set_date (e2, &m1, &m2, MASAR_DATE_BASIS_EXPLICIT);
  masar_event_set_add_event (set, e2);
  return set;
}

static void
test_round_trip (void)
{
  g_autoptr(MasarEventSet) set = make_set ();
  g_autoptr(MasarEventSet) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarEvent) e1 = NULL;
  g_autoptr(MasarEvent) e2 = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json2 = NULL;
  MasarArticle *a2;
  MasarDate d, de;
  const MasarActor *putin;
  const MasarEventSource *src;

  json = masar_event_set_to_json (set, FALSE, NULL);
  g_assert_nonnull (strstr (json, "\"format\" : \"masar-events/1\""));
  g_assert_nonnull (strstr (json, "\"published_confidence\" : \"weak\""));
  g_assert_null (strstr (json, "\"weak\","));   /* never as a basis word */

  back = masar_event_set_new_from_data (json, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (masar_event_set_get_corpus (back), ==, "seeds");
  g_assert_cmpuint (g_list_model_get_n_items (masar_event_set_get_articles (back)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (masar_event_set_get_events (back)), ==, 2);

  a2 = masar_event_set_find_article (back, "a2");
  g_assert_nonnull (a2);
  g_assert_cmpint (masar_article_get_published_basis (a2), ==, MASAR_DATE_BASIS_WEAK);
  g_assert_cmpuint (masar_article_get_span (a2).start, ==, 500);
  g_assert_cmpuint (masar_article_get_segment (a2), ==, 1);
  g_assert_cmpstr (masar_article_get_title (masar_event_set_find_article (back, "a1")), ==,
                   "عنوان \"مقتبس\"");

  putin = masar_event_set_lookup_actor (back, "putin");
  g_assert_nonnull (putin);
  g_assert_cmpstr (putin->name_en, ==, "Vladimir Putin");
  g_assert_cmpint (putin->kind, ==, MASAR_ACTOR_PERSON);
  g_assert_cmpstr (putin->country, ==, "RUS");

  e1 = g_list_model_get_item (masar_event_set_get_events (back), 0);
  g_assert_cmpstr (masar_event_get_id (e1), ==, "e1");
  g_assert_cmpint (masar_event_get_event_type (e1), ==, MASAR_EVENT_TALKS);
  g_assert_cmpint (masar_event_get_modality (e1), ==, MASAR_MODALITY_PLANNED);
  g_assert_cmpint (masar_event_get_date_basis (e1), ==, MASAR_DATE_BASIS_RELATIVE);
  masar_event_get_date (e1, &d, &de);
  g_assert_cmpint (d.day, ==, 2);
  g_assert_false (masar_date_is_set (&de));
  g_assert_cmpfloat_with_epsilon (masar_event_get_confidence (e1), 0.82, 1e-9);
  g_assert_cmpuint (masar_event_get_n_actors (e1), ==, 2);
  g_assert_cmpint (masar_event_get_actor (e1, 1)->role, ==, MASAR_ROLE_TARGET);
  g_assert_cmpuint (masar_event_get_n_sources (e1), ==, 2);
  src = masar_event_get_source (e1, 0);
  g_assert_cmpstr (src->text, ==, "نص المصدر");
  g_assert_cmpuint (src->start, ==, 10);
  g_assert_cmpstr (masar_event_get_location (e1), ==, "Moscow");

  e2 = g_list_model_get_item (masar_event_set_get_events (back), 1);
  g_assert_cmpstr (masar_event_get_id (e2), ==, "custom");
  masar_event_get_date (e2, &d, &de);
  g_assert_cmpint (d.month, ==, 5);
  g_assert_cmpint (de.month, ==, 6);

  /* Writing what was read gives the same text. */
  json2 = masar_event_set_to_json (back, FALSE, NULL);
  g_assert_cmpstr (json, ==, json2);
}

/* Event ids past one digit, and texts far longer than the writer sizes its buffer for
 * (the in-place copy must hand over to GString growth), with escapes on the way. */
static void
test_long_texts_and_ids (void)
{
  g_autoptr(MasarEventSet) set = masar_event_set_new ();
  g_autoptr(MasarEventSet) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  g_autofree char *json = NULL;
  g_autofree char *json2 = NULL;
  g_autofree char *line = NULL;
  g_autoptr(MasarArticle) a1 = masar_article_new ("001_x.txt", 0);
  MasarActor putin = { (char *) "putin", MASAR_ACTOR_PERSON, (char *) "فلاديمير بوتين",
                       (char *) "Vladimir Putin", (char *) "RUS", NULL };
  guint n;

  masar_article_set_span (a1, 0, 100);
  masar_event_set_add_article (set, a1);
  masar_event_set_add_actor (set, &putin);
  for (guint i = 0; i < 3000; i++)
    g_string_append (big, i % 7 == 0 ? "\"سطر\"\n" : "كلمة ");
  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(MasarEvent) e = masar_event_new (NULL, MASAR_EVENT_STATEMENT);

      masar_event_add_actor (e, "putin", MASAR_ROLE_SOURCE);
      masar_event_add_source (e, masar_article_get_id (a1), i, i + 1, i == 11 ? big->str : "نص");
      masar_event_set_add_event (set, e);
    }
  json = masar_event_set_to_json (set, FALSE, NULL);
  line = masar_event_set_to_json_line (set, NULL);
  g_assert_nonnull (strstr (json, "\"e12\""));
  g_assert_nonnull (strstr (line, "\"e10\""));
  back = masar_event_set_new_from_data (json, -1, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (masar_event_set_get_events (back));
  g_assert_cmpuint (n, ==, 12);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MasarEvent) e = g_list_model_get_item (masar_event_set_get_events (back), i);
      g_autofree char *id = g_strdup_printf ("e%u", i + 1);

      g_assert_cmpstr (masar_event_get_id (e), ==, id);
      g_assert_cmpstr (masar_event_get_source (e, 0)->text, ==, i == 11 ? big->str : "نص");
    }
  json2 = masar_event_set_to_json (back, FALSE, NULL);
  g_assert_cmpstr (json, ==, json2);
}

static void
test_articles_only (void)
{
  g_autoptr(MasarEventSet) set = make_set ();
  g_autofree char *json = masar_event_set_to_json (set, TRUE, NULL);
  g_autofree char *line = masar_event_set_to_json_line (set, NULL);

  g_assert_nonnull (strstr (json, "\"articles\""));
  g_assert_null (strstr (json, "\"events\""));
  g_assert_null (strstr (json, "\"actors\""));
  g_assert_null (strchr (line, '\n'));
  g_assert_nonnull (strstr (line, "\"events\""));
}

static void
test_unknown_members (void)
{
  const char *json =
    "{\"format\":\"masar-events/1\",\"x-extra\":{\"a\":[1,2]},\n"
    " \"articles\":[{\"id\":\"a1\",\"file\":\"f.txt\",\"colour\":\"red\",\"published\":\"2025-07\"}],\n"
    " \"actors\":[{\"id\":\"qatar\",\"kind\":\"country\",\"name_en\":\"Qatar\",\"flag\":true}],\n"
    " \"events\":[{\"id\":\"e1\",\"type\":\"ceasefire\",\"future\":1,\"actors\":[{\"id\":\"qatar\",\"role\":\"mediator\"}],\n"
    "   \"sources\":[{\"article\":\"a1\",\"start\":0,\"end\":3,\"text\":\"abc\"}],\"confidence\":1}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarEventSet) set = masar_event_set_new_from_data (json, -1, &error);
  g_autoptr(MasarEvent) e = NULL;
  MasarArticle *a;

  g_assert_no_error (error);
  e = g_list_model_get_item (masar_event_set_get_events (set), 0);
  g_assert_cmpint (masar_event_get_actor (e, 0)->role, ==, MASAR_ROLE_MEDIATOR);
  g_assert_cmpfloat (masar_event_get_confidence (e), ==, 1.0);
  g_assert_cmpint (masar_event_get_modality (e), ==, MASAR_MODALITY_ASSERTED);
  a = masar_event_set_find_article (set, "a1");
  /* a date without a basis rests on something unstated: inferred */
  g_assert_cmpint (masar_article_get_published_basis (a), ==, MASAR_DATE_BASIS_INFERRED);
}

typedef struct
{
  const char *json;
  int         code;
  const char *where;   /* must appear in the message */
} BadCase;

static void
test_malformed (void)
{
  const BadCase cases[] = {
    { "{\n  \"format\": \"masar-events/1\",\n  \"articles\": [,]\n}", MASAR_EVENTS_ERROR_SYNTAX, "line 3, column" },
    { "{\"format\": \"masar-events/1\"", MASAR_EVENTS_ERROR_SYNTAX, "line 1, column" },
    { "\n\n\n   nope", MASAR_EVENTS_ERROR_SYNTAX, "line 4, column" },
    { "[1, 2]", MASAR_EVENTS_ERROR_FORMAT, "must be an object" },
    { "{\"format\": \"masar-events/2\"}", MASAR_EVENTS_ERROR_FORMAT, "masar-events/2" },
    { "{\"articles\": []}", MASAR_EVENTS_ERROR_FORMAT, "“format” is missing" },
    { "{\"format\":\"masar-events/1\",\"articles\":{}}", MASAR_EVENTS_ERROR_FORMAT, "“articles” must be an array" },
    { "{\"format\":\"masar-events/1\",\"articles\":[{\"id\":\"a1\"}]}", MASAR_EVENTS_ERROR_FORMAT, "articles[0]: the member “file”" },
    { "{\"format\":\"masar-events/1\",\"articles\":[{\"id\":\"a1\",\"file\":\"f\",\"start\":-4}]}", MASAR_EVENTS_ERROR_FORMAT, "articles[0]: “start” is out of range" },
    { "{\"format\":\"masar-events/1\",\"articles\":[{\"id\":\"a1\",\"file\":\"f\",\"published\":\"2025-13-01\"}]}", MASAR_EVENTS_ERROR_FORMAT, "articles[0]: “published” is not an ISO" },
    { "{\"format\":\"masar-events/1\",\"events\":[{\"id\":\"e1\",\"type\":\"party\"}]}", MASAR_EVENTS_ERROR_FORMAT, "events[0]: “party” is not an event type" },
    { "{\"format\":\"masar-events/1\",\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"actors\":[{\"id\":\"nobody\"}]}]}", MASAR_EVENTS_ERROR_FORMAT, "events[0].actors[0]: no actor" },
    { "{\"format\":\"masar-events/1\",\"articles\":[{\"id\":\"a1\",\"file\":\"f\"}],\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"sources\":[{\"article\":\"a1\",\"start\":\"5\",\"end\":9}]}]}", MASAR_EVENTS_ERROR_FORMAT, "events[0].sources[0]: “start” must be a whole number, not a string" },
    { "{\"format\":\"masar-events/1\",\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"date_basis\":\"guess\"}]}", MASAR_EVENTS_ERROR_FORMAT, "“guess”" },
    { "{\"format\":\"masar-events/1\",\"events\":[{\"id\":\"e1\",\"type\":\"talks\",\"confidence\":\"high\"}]}", MASAR_EVENTS_ERROR_FORMAT, "“confidence” must be a number" },
    { "{\"format\":\"masar-events/1\",\"events\":[3]}", MASAR_EVENTS_ERROR_FORMAT, "events[0]: must be an object, not a number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MasarEventSet) set = masar_event_set_new_from_data (cases[i].json, -1, &error);

      g_test_message ("case %u: %s", i, error ? error->message : "(no error)");
      g_assert_null (set);
      g_assert_error (error, MASAR_EVENTS_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].where));
    }
}

static void
test_save_load_file (void)
{
  g_autoptr(MasarEventSet) set = make_set ();
  g_autoptr(MasarEventSet) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("masar-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "events.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (masar_event_set_save (set, file, NULL, &error));
  g_assert_no_error (error);

  back = masar_event_set_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (masar_event_set_get_events (back)), ==, 2);
  g_clear_object (&back);

  /* a broken file names itself and the place */
  g_assert_true (g_file_set_contents (path, "{\n\"format\": }", -1, NULL));
  back = masar_event_set_new_from_file (file, NULL, &error);
  g_assert_null (back);
  g_assert_error (error, MASAR_EVENTS_ERROR, MASAR_EVENTS_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "events.json: line 2, column"));

  g_unlink (path);
  g_rmdir (dir);
}

/* The streamed document is the string document, chunk boundaries included; a stream that
 * fails reports it; a failed save leaves the old file. */
static void
test_write_stream (void)
{
  g_autoptr(MasarEventSet) set = masar_event_set_new ();
  g_autoptr(GOutputStream) mem = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) small = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarArticle) a1 = masar_article_new ("001_x.txt", 0);
  g_autofree char *json = NULL;
  g_autofree char *articles = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  gpointer buffer;
  gsize length, written;

  masar_article_set_span (a1, 0, 100);
  masar_event_set_add_article (set, a1);
  /* about 3 MB: several chunks of the streamed writer */
  for (guint i = 0; i < 6000; i++)
    {
      g_autoptr(MasarEvent) e = masar_event_new (NULL, MASAR_EVENT_STATEMENT);
      g_autofree char *text = g_strnfill (240 + i % 50, 'x');

      masar_event_add_actor (e, "putin", MASAR_ROLE_SOURCE);
      masar_event_add_source (e, masar_article_get_id (a1), i, i + 1, text);
      masar_event_set_label (e, "تصريح \"مقتبس\"");
      masar_event_set_add_event (set, e);
    }
  json = masar_event_set_to_json (set, FALSE, &length);
  g_assert_cmpuint (length, >, 2 * 1024 * 1024);
  g_assert_true (masar_event_set_write (set, mem, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (mem, NULL, NULL));
  written = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (mem));
  buffer = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (mem));
  g_assert_cmpuint (written, ==, length);
  g_assert_true (memcmp (buffer, json, length) == 0);

  /* articles only */
  g_clear_object (&mem);
  mem = g_memory_output_stream_new_resizable ();
  articles = masar_event_set_to_json (set, TRUE, &length);
  g_assert_true (masar_event_set_write (set, mem, TRUE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (mem)), ==, length);
  g_assert_true (memcmp (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (mem)),
                         articles, length) == 0);

  /* a stream with room for 100 KB only fails, with its error */
  small = g_memory_output_stream_new (g_malloc (100 * 1024), 100 * 1024, NULL, g_free);
  g_assert_false (masar_event_set_write (set, small, FALSE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);

  /* save: the file is the document */
  dir = g_dir_make_tmp ("masar-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "events.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (masar_event_set_save (set, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpstr (contents, ==, json);
  g_clear_pointer (&contents, g_free);

  /* a cancelled save leaves the old file, and no temporary file beside it */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GDir) listing = NULL;
    guint n = 0;

    g_assert_true (g_file_set_contents (path, "old", -1, NULL));
    g_cancellable_cancel (cancellable);
    g_assert_false (masar_event_set_save (set, file, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "old");
    listing = g_dir_open (dir, 0, NULL);
    while (g_dir_read_name (listing) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_event_model (void)
{
  g_autoptr(MasarEvent) e = masar_event_new (NULL, MASAR_EVENT_STATEMENT);
  MasarEventType t;

  masar_event_add_actor (e, "peskov", MASAR_ROLE_PARTICIPANT);
  masar_event_add_actor (e, "peskov", MASAR_ROLE_SOURCE);
  masar_event_add_actor (e, "peskov", MASAR_ROLE_TARGET);
  g_assert_cmpuint (masar_event_get_n_actors (e), ==, 1);
  g_assert_cmpint (masar_event_get_actor (e, 0)->role, ==, MASAR_ROLE_SOURCE);
  g_assert_true (masar_event_has_actor (e, "peskov"));
  g_assert_false (masar_event_has_actor (e, "putin"));

  masar_event_add_source (e, "a1", 1, 5, "abcd");
  masar_event_add_source (e, "a1", 1, 5, "abcd");
  g_assert_cmpuint (masar_event_get_n_sources (e), ==, 1);

  masar_event_set_confidence (e, 3.0);
  g_assert_cmpfloat (masar_event_get_confidence (e), ==, 1.0);

  for (guint i = 0; i < MASAR_N_EVENT_TYPES; i++)
    {
      g_assert_true (masar_event_type_from_string (masar_event_type_to_string (i), &t));
      g_assert_cmpint (t, ==, i);
    }
  g_assert_false (masar_event_type_from_string ("Talks", &t));
  for (guint i = 0; i < MASAR_N_MODALITIES; i++)
    g_assert_cmpint (masar_modality_from_string (masar_modality_to_string (i)), ==, i);
  g_assert_true (masar_event_type_is_cooperative (MASAR_EVENT_CEASEFIRE));
  g_assert_false (masar_event_type_is_cooperative (MASAR_EVENT_PRESSURE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/event-set/round-trip", test_round_trip);
  g_test_add_func ("/masar/event-set/long-texts-and-ids", test_long_texts_and_ids);
  g_test_add_func ("/masar/event-set/articles-only", test_articles_only);
  g_test_add_func ("/masar/event-set/unknown-members", test_unknown_members);
  g_test_add_func ("/masar/event-set/malformed", test_malformed);
  g_test_add_func ("/masar/event-set/save-load-file", test_save_load_file);
  g_test_add_func ("/masar/event-set/write-stream", test_write_stream);
  g_test_add_func ("/masar/event-set/event-model", test_event_model);

  return g_test_run ();
}
