/* test-extractor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Stage 5: triggers, modality, participants and roles, places, dates. Each case is a short
 * article written here (not taken from any outlet) and what must, or must not, come out.
 */

#include "config.h"

#include <string.h>

#include "masar-extractor.h"

static MasarArticle *
make_article (const char *text,
              const char *published)
{
  MasarArticle *article = masar_article_new ("case.txt", 0);
  g_autoptr(MasarFileText) ft = masar_file_text_new (text, -1);
  MasarDate d = MASAR_DATE_INIT;
  const char *p = text;
  guint offset = 0, start = 0;

  masar_article_set_id (article, "a1");
  masar_article_set_file_text (article, ft);
  masar_article_set_span (article, 0, masar_file_text_get_n_chars (ft));
  /* one paragraph per line */
  while (TRUE)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\0')
        {
          if (offset > start)
            masar_article_add_paragraph (article, start, offset);
          start = offset + 1;
          if (c == '\0')
            break;
        }
      p = g_utf8_next_char (p);
      offset++;
    }
  if (published != NULL)
    {
      g_assert_true (masar_date_parse_iso (published, &d));
      masar_article_set_published (article, &d, MASAR_DATE_BASIS_EXPLICIT);
    }
  return article;
}

typedef struct
{
  const char     *text;
  const char     *type;       /* an event of this type must come out, NULL: none at all */
  const char     *modality;   /* NULL: don't care */
  const char     *actor;      /* an actor id it must have, NULL: don't care */
  const char     *role;       /* that actor's role, NULL: don't care */
  const char     *date;       /* its date, NULL: don't care */
  const char     *location;   /* NULL: don't care */
  const char     *not_type;   /* no event of this type may come out */
} Case;

static const Case cases[] = {
  /* talks held, with a place and both sides */
  { "أجرى الرئيس الروسي فلاديمير بوتين محادثات مطولة مع المبعوث الأمريكي ستيف ويتكوف في موسكو أمس.",
    "talks", "asserted", "witkoff", "participant", "2025-12-02", "Moscow", NULL },
  /* "there are no plans to hold a meeting" is no meeting, but the speaker's statement */
  { "وقال المتحدث باسم الكرملين دميتري بيسكوف إنه لا توجد خطط لعقد اجتماع بين بوتين وترامب.",
    "statement", NULL, "peskov", "source", NULL, NULL, "talks" },
  /* a denial is a rejection by the one who denies */
  { "نفت وزارة الخارجية الأوكرانية بشكل قاطع أن تكون كييف قد وافقت على التنازل عن أي أراض.",
    "rejection", NULL, NULL, NULL, NULL, NULL, NULL },
  /* an exchange of prisoners, in the past, explicit date */
  { "تبادلت روسيا وأوكرانيا في 24 أغسطس 2024 مئات الأسرى بوساطة إماراتية.",
    "prisoner_exchange", "asserted", "russia", NULL, "2024-08-24", NULL, NULL },
  /* planned talks */
  { "ومن المقرر أن يلتقي وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي ماركو روبيو في جنيف الأسبوع المقبل.",
    "talks", "planned", "rubio", "participant", NULL, "Geneva", NULL },
  /* possible talks reported by a speaker: a statement, not talks */
  { "أعلن الكرملين أنه من المحتمل أن يلتقي بوتين نظيره الأوكراني زيلينسكي إذا تم التوصل إلى اتفاقات مسبقة.",
    "statement", NULL, NULL, NULL, NULL, NULL, "talks" },
  /* a phone call */
  { "أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين استمر ساعتين.",
    "call", "asserted", "putin", "participant", NULL, NULL, NULL },
  /* "made a call to": the call noun alone, with the verb that makes it */
  { "وفي اليوم التالي، أجرى ترامب اتصالاً بزيلينسكي أطلعه فيه على نتائج المحادثات مع موسكو.",
    "call", "asserted", "zelensky", "participant", NULL, NULL, NULL },
  /* "contacts" are not a call */
  { "وأجرى وزير الخارجية التركي اتصالات مكثفة مع موسكو وكييف لتمديد اتفاق الحبوب.",
    NULL, NULL, NULL, NULL, NULL, NULL, "call" },
  /* a memorandum handed over, an offer made to the other side */
  { "سلّم الوفد الروسي الجانب الأوكراني مذكرة تتضمن رؤية موسكو لتسوية النزاع.",
    "proposal", "proposed", "russia", NULL, NULL, NULL, NULL },
  { "وكانت واشنطن عرضت على كييف ضمانات أمنية شبيهة بالمادة الخامسة من معاهدة الناتو.",
    "proposal", "proposed", "usa", NULL, NULL, NULL, NULL },
  /* a speech given by video is no call: the plan it presents is the event */
  { "قدّم زيلينسكي خطة سلام من عشر نقاط لإنهاء الحرب مع روسيا، في كلمة ألقاها عبر الفيديو أمام قادة مجموعة العشرين.",
    "proposal", NULL, "zelensky", NULL, NULL, NULL, "call" },
  /* aid is given, worth something; a mention of aid in an analysis is none */
  { "وأعلنت الولايات المتحدة عن مساعدات بقيمة 1.5 مليار دولار لقطاع الطاقة في أوكرانيا.",
    "aid", NULL, "usa", NULL, NULL, NULL, NULL },
  { "ويطرح المشهد تساؤلات جدية عن مستقبل الدعم العسكري الأمريكي لأوكرانيا في مواجهة روسيا.",
    NULL, NULL, NULL, NULL, NULL, NULL, "aid" },
  /* aid suspended is pressure */
  { "وكانت واشنطن قد علقت هذه المساعدات لأوكرانيا بعد المشادة مع زيلينسكي.",
    "pressure", NULL, "usa", NULL, NULL, NULL, NULL },
  /* analysts' reading of events is commentary */
  { "ويرى محللون أن مهلة الخمسين يوماً تمنح موسكو هامشاً واسعاً قبل فرض عقوبات جديدة عليها.",
    NULL, NULL, NULL, NULL, NULL, NULL, NULL },
  /* "discussed with": talks */
  { "بحث الرئيس الروسي فلاديمير بوتين مع المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي اليوم وضع محطة زابوريجيا.",
    "talks", "asserted", "putin", "participant", NULL, NULL, NULL },
  /* plural verbs of meeting; a host makes talks happen */
  { "وقال ترامب إن مستشارين رفيعي المستوى من البلدين سيلتقون الأسبوع المقبل في الرياض مع الوفد الروسي.",
    "talks", "planned", NULL, NULL, NULL, NULL, NULL },
  { "ومن المقرر أن تستضيف إسطنبول الجولة الأولى من المحادثات المباشرة بين الوفدين الروسي والأوكراني.",
    "talks", "planned", "ukraine", NULL, NULL, NULL, NULL },
  /* a proposal is dated when it is made, not by the date of what it proposes */
  { "واقترح الوفد الأوكراني عقد اجتماع بين رئيسي البلدين في العاشر من ديسمبر.",
    "proposal", "proposed", "ukraine", NULL, "2025-12-03", NULL, NULL },
  /* spoke with an actor: a call; spoke with journalists: none */
  { "وقال زيلينسكي إنه تحدث مع ترمب مرتين قبل مكالمته مع بوتين.",
    "call", NULL, "trump", "participant", NULL, NULL, NULL },
  { "وقال بيسكوف، الذي تحدث مع الصحفيين في موسكو، إن الكرملين لا يخطط لقمة جديدة.",
    NULL, NULL, NULL, NULL, NULL, NULL, "call" },
  /* a deal extended is an agreement; a side suspending its part rejects it */
  { "أعلنت أوكرانيا والأمم المتحدة اليوم تمديد العمل بمبادرة البحر الأسود لتصدير الحبوب مع روسيا.",
    "agreement", NULL, "ukraine", NULL, NULL, NULL, NULL },
  { "وكانت موسكو قد أعلنت في 29 أكتوبر تعليق مشاركتها في اتفاق الحبوب مع أوكرانيا.",
    "rejection", NULL, "russia", NULL, NULL, NULL, NULL },
  /* after a relative pronoun the speaker is the one named before it */
  { "وجاء اللقاء بعد أيام من تصريحات ترامب الذي اتهم زيلينسكي بإطالة أمد الحرب مع روسيا.",
    "statement", NULL, "trump", "source", NULL, NULL, NULL },
  /* the adviser of an institution speaks, not the institution */
  { "وقال مستشار الرئاسة الروسية يوري أوشاكوف إن المحادثات مع المبعوث الأمريكي كانت بناءة ومفيدة.",
    "statement", NULL, "ushakov", "source", NULL, NULL, NULL },
  /* "a meeting that brought them together"; prisoners counted in the accusative */
  { "وتناول لقاء جمع وزير الخارجية الأمريكي ماركو روبيو ونظيره الروسي سيرغي لافروف مساء أمس في كوالالمبور الحرب في أوكرانيا.",
    "talks", NULL, "lavrov", "participant", "2025-12-02", NULL, NULL },
  { "وأسفرت وساطة إماراتية سابقة عن تبادل 230 أسيراً بين روسيا وأوكرانيا.",
    "prisoner_exchange", NULL, "ukraine", NULL, NULL, NULL, NULL },
  /* searching ships for weapons is no aid */
  { "وينص الاتفاق على مركز في إسطنبول لمراقبة حركة السفن وتفتيشها بحثاً عن الأسلحة الروسية والأوكرانية.",
    NULL, NULL, NULL, NULL, NULL, NULL, "aid" },
  /* a ceasefire demanded is a ceasefire event, with its modality */
  { "وطالبت كييف خلال الجولة بوقف فوري لإطلاق النار وانسحاب القوات الروسية.",
    "ceasefire", "demanded", "ukraine", NULL, NULL, NULL, NULL },
  /* sanctions are pressure by whoever imposes them */
  { "فرضت الولايات المتحدة عقوبات جديدة على أكبر شركتين للنفط في روسيا.",
    "pressure", NULL, "usa", "source", NULL, NULL, NULL },
  /* a proposal */
  { "واقترح الوفد الأوكراني على الجانب الروسي عقد قمة بين الزعيمين في إسطنبول.",
    "proposal", "proposed", "ukraine", "source", NULL, NULL, "talks" },
  /* "since 2022" is not the date of the event */
  { "عقد الوفدان الروسي والأوكراني أمس أول محادثات مباشرة بينهما منذ عام 2022.",
    "talks", NULL, "russia", NULL, "2025-12-02", NULL, NULL },
  /* a ceasefire */
  { "أعلن بوتين هدنة لمدة ثلاثين ساعة بمناسبة عيد الفصح، لكن كييف قالت إن القصف استمر.",
    "ceasefire", NULL, "putin", NULL, NULL, NULL, NULL },
  /* a mediator */
  { "واستضافت الدوحة جولة من المحادثات بين روسيا وأوكرانيا بوساطة قطرية.",
    "talks", NULL, "ukraine", "participant", NULL, NULL, NULL },
  /* not about the track at all: nothing */
  { "التقى وزير الخارجية المغربي نظيره الفرنسي في الرباط لبحث التعاون الاقتصادي.",
    NULL, NULL, NULL, NULL, NULL, NULL, NULL },
  /* a verb is not enough: "the talks" mentioned in passing by nobody */
  { "ويرى مراقبون أن المحادثات لن تكون سهلة في ظل تباعد المواقف بين موسكو وكييف.",
    NULL, NULL, NULL, NULL, NULL, NULL, "talks" },
  /* a negated outcome: the talks happened, the truce did not */
  { "وانتهت الجولة الثانية بين الوفدين الروسي والأوكراني في جنيف دون نتائج، ولم تفضِ إلى هدنة.",
    "talks", NULL, "russia", NULL, NULL, NULL, "ceasefire" },
  { "وقال زيلينسكي إن أي تسوية لا أن تؤدي فقط إلى وقف القتال مع روسيا لن تكون مقبولة.",
    NULL, NULL, NULL, NULL, NULL, NULL, "ceasefire" },
  /* generic "any attack" and a purpose ("to monitor the truce") are not events */
  { "وتعهدت بريطانيا بأن أي هجوم على أوكرانيا بعد الاتفاق سيقابل برد حازم من لندن.",
    NULL, NULL, NULL, NULL, NULL, NULL, "military" },
  { "وتستعد فرنسا لإرسال بعثة أوروبية إلى أوكرانيا لمراقبة الهدنة المقترحة مع روسيا.",
    NULL, NULL, NULL, NULL, NULL, NULL, "ceasefire" },
  /* the support verb must govern the noun: a far verb of another clause does not */
  { "وشارك وزير الدفاع الأوكراني في مؤتمر للمانحين في برلين تناول على مدى يومين إعادة الإعمار وقضايا الطاقة وملفات أخرى بينها مستقبل المحادثات مع روسيا.",
    NULL, NULL, NULL, NULL, NULL, NULL, "talks" },
  /* but a verb-first sentence holds its noun however long the subject is */
  { "عقد وزير الخارجية التركي هاكان فيدان ونظيره الأوكراني أندريه سيبيها، أمس الأربعاء في أنقرة، محادثات تناولت تبادل الأسرى.",
    "talks", NULL, "ukraine", NULL, NULL, NULL, NULL },
  /* what follows "إن" is said, not a speaker: the statement is the carried speaker's */
  { "قال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو مستعدة لمواصلة الحوار.\n"
    "وأضاف أن الولايات المتحدة تدرك موقف روسيا جيداً.",
    "statement", NULL, "peskov", "source", NULL, NULL, NULL },
  /* a country named as an adjective of the real speaker does not speak */
  { "كشفت صحيفة لندنية واسعة الانتشار البريطانية عن مساع جديدة للتهدئة بين موسكو وكييف.",
    NULL, NULL, NULL, NULL, NULL, NULL, "statement" },
  /* the alef of tanween ("اتفاقاً", "مقترحاً") and a signing verb that leads the sentence */
  { "وقّعت روسيا وأوكرانيا، أمس الجمعة، في إسطنبول اتفاقاً لاستئناف تصدير الحبوب.",
    "agreement", NULL, "ukraine", NULL, NULL, NULL, NULL },
  { "وقدم الوفد الأوكراني برئاسة ديفيد أراخاميا مقترحاً مكتوباً إلى الجانب الروسي.",
    "proposal", NULL, "ukraine", NULL, NULL, NULL, NULL },
  /* a plan after حول is what the talks are about, not a proposal of its own */
  { "أجرى وفدان أمريكي وأوكراني محادثات في جنيف حول خطة السلام الأمريكية.",
    "talks", NULL, "ukraine", "participant", NULL, "Geneva", "proposal" },
  /* كان … قد over a long subject is a past perfect, not a possibility */
  { "وكان الرئيس الروسي فلاديمير بوتين قد عرض وقف إطلاق النار على أوكرانيا بشروط.",
    "ceasefire", "asserted", "putin", NULL, NULL, NULL, NULL },
  { "وافقت أوكرانيا على مقترح أمريكي بوقف فوري لإطلاق النار مع روسيا مدته ثلاثون يوماً.",
    "ceasefire", NULL, "ukraine", NULL, NULL, NULL, NULL },
  /* in someone's words the speaker is the doer */
  { "وقال المتحدث باسم الكرملين دميتري بيسكوف: \"الحديث عن مماطلة من جانب فريق ترامب غير مقبول\".",
    "rejection", NULL, "peskov", "source", NULL, NULL, NULL },
  /* a meeting told with the verbal noun and its object */
  { "وقال ترامب عقب لقائه الرئيس الأوكراني فولوديمير زيلينسكي في نيويورك إن الحرب يجب أن تنتهي.",
    "talks", NULL, "zelensky", "participant", NULL, NULL, NULL },
  /* fighting told in someone's words is their claim: a statement, no military event */
  { "وقال وزير الخارجية الروسي سيرغي لافروف إن العملية العسكرية الروسية ستتواصل حتى تحقيق أهدافها.",
    "statement", NULL, "lavrov", "source", NULL, NULL, "military" },
  /* an event told only in someone's words: saying it is an event of its own */
  { "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو وكييف عقدتا محادثات في إسطنبول.",
    "statement", NULL, "zakharova", "source", NULL, NULL, NULL },
  /* but one the narrator tells, with the speaker's words after it, stays the only event */
  { "أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا مع بوتين، وقال إنه كان مثمرا.",
    "call", NULL, "putin", NULL, NULL, NULL, NULL },
  /* a negated outcome with its subject between verb and result */
  { "وعقد الوفدان الروسي والأوكراني ثلاث جولات من المحادثات في إسطنبول، لم تسفر أي منها عن هدنة.",
    "talks", NULL, "russia", NULL, NULL, NULL, "ceasefire" },
  /* a journey: a person travels to a place, or to meet someone */
  { "وصل المبعوث الأمريكي ستيف ويتكوف أمس إلى موسكو للقاء الرئيس الروسي فلاديمير بوتين.",
    "talks", "asserted", "witkoff", "participant", "2025-12-02", "Moscow", NULL },
  { "ومن المقرر أن يتوجه الرئيس الأوكراني فولوديمير زيلينسكي إلى واشنطن الأسبوع المقبل للقاء ترامب.",
    "talks", "planned", "zelensky", "participant", NULL, NULL, NULL },
  /* but weapons that arrive are no visit */
  { "ووصلت شحنة جديدة من الأسلحة الأمريكية إلى أوكرانيا أمس عبر بولندا.",
    NULL, NULL, NULL, NULL, NULL, NULL, "talks" },
  /* "said during his meeting with": the meeting is the setting, the words a statement */
  { "وقال الرئيس الفرنسي إيمانويل ماكرون خلال لقائه زيلينسكي في باريس إن أوروبا ستواصل دعم كييف.",
    "statement", NULL, "macron", "source", NULL, NULL, NULL },
  /* agreeing to meet is a meeting to come, not an agreement */
  { "واتفق الرئيسان الأمريكي دونالد ترامب والروسي فلاديمير بوتين على عقد قمة في بودابست.",
    "talks", "planned", "putin", "participant", NULL, NULL, "agreement" },
  { "أجرى ترامب اتصالا هاتفيا مع بوتين اتفقا خلاله على عقد لقاء قريبا.",
    "talks", "planned", "putin", NULL, NULL, NULL, NULL },
  /* agreeing on something else stays an agreement */
  { "واتفقت روسيا وأوكرانيا على تبادل ألف أسير من كل جانب بعد محادثات في إسطنبول.",
    "prisoner_exchange", NULL, "ukraine", NULL, NULL, NULL, "talks" },
  /* a mediator stays a mediator in the statement that tells of it */
  { "وأعلنت وزارة الدفاع الروسية أمس أن موسكو وكييف تبادلتا مئات الأسرى بوساطة قطرية.",
    "statement", NULL, "qatar", "mediator", NULL, NULL, NULL },
  /* "any attack" said again in the same sentence is the same hypothetical attack */
  { "وتنص الضمانات على أن أي هجوم على أوكرانيا سيعامل على أنه هجوم على جميع الدول الموقعة.",
    NULL, NULL, NULL, NULL, NULL, NULL, "military" },
  /* another word after "any talks" may tell talks that were held */
  { "ولا تلوح في الأفق أي مفاوضات جديدة، بعد توقف المحادثات التي جرت بين موسكو وكييف في إسطنبول.",
    "talks", "asserted", "russia", NULL, NULL, "Istanbul", NULL },
};

static MasarEvent *
find_type (GPtrArray  *events,
           const char *type)
{
  MasarEventType t;

  g_assert_true (masar_event_type_from_string (type, &t));
  for (guint i = 0; i < events->len; i++)
    {
      MasarEvent *e = g_ptr_array_index (events, i);

      if (masar_event_get_event_type (e) == t)
        return e;
    }
  return NULL;
}

static void
check_sources (MasarArticle *article,
               GPtrArray    *events)
{
  MasarFileText *ft = masar_article_get_file_text (article);

  for (guint i = 0; i < events->len; i++)
    {
      MasarEvent *e = g_ptr_array_index (events, i);

      g_assert_cmpuint (masar_event_get_n_sources (e), >=, 1);
      for (guint k = 0; k < masar_event_get_n_sources (e); k++)
        {
          const MasarEventSource *s = masar_event_get_source (e, k);
          g_autofree char *expect = masar_file_text_substring (ft, s->start, s->end);

          g_assert_cmpstr (s->text, ==, expect);
          g_assert_cmpstr (s->article_id, ==, "a1");
        }
      g_assert_nonnull (masar_event_get_label (e));
      g_assert_cmpfloat (masar_event_get_confidence (e), >, 0.0);
      g_assert_cmpfloat (masar_event_get_confidence (e), <=, 1.0);
    }
}

static void
test_cases (void)
{
  g_autoptr(GError) error = NULL;
  MasarGazetteer *gazetteer = masar_gazetteer_get_default (&error);
  g_autoptr(MasarExtractor) extractor = NULL;
  guint failures = 0;

  g_assert_no_error (error);
  if (masar_gazetteer_get_n_actors (gazetteer) == 0)
    {
      g_test_skip ("the built-in gazetteer is empty");
      return;
    }
  extractor = masar_extractor_new (gazetteer);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(MasarArticle) article = make_article (c->text, "2025-12-03");
      g_autoptr(GPtrArray) events = masar_extractor_extract_article (extractor, article);
      MasarEvent *e = NULL;
      gboolean ok = TRUE;

      check_sources (article, events);

      if (c->type == NULL && c->not_type == NULL)
        ok = events->len == 0;
      if (c->type != NULL)
        {
          e = find_type (events, c->type);
          ok = e != NULL;
        }
      if (ok && c->not_type != NULL)
        ok = find_type (events, c->not_type) == NULL;
      if (ok && e != NULL && c->modality != NULL)
        ok = strcmp (masar_modality_to_string (masar_event_get_modality (e)), c->modality) == 0;
      if (ok && e != NULL && c->actor != NULL)
        {
          ok = FALSE;
          for (guint k = 0; k < masar_event_get_n_actors (e); k++)
            {
              const MasarEventActor *a = masar_event_get_actor (e, k);

              if (strcmp (a->actor_id, c->actor) == 0)
                ok = c->role == NULL || strcmp (masar_role_to_string (a->role), c->role) == 0;
            }
        }
      if (ok && e != NULL && c->date != NULL)
        {
          MasarDate d;
          g_autofree char *iso = NULL;

          masar_event_get_date (e, &d, NULL);
          iso = masar_date_to_iso (&d);
          ok = g_strcmp0 (iso, c->date) == 0;
        }
      if (ok && e != NULL && c->location != NULL)
        ok = g_strcmp0 (masar_event_get_location (e), c->location) == 0;

      if (!ok)
        {
          failures++;
          g_test_message ("case %u failed: %s", i, c->text);
          for (guint k = 0; k < events->len; k++)
            {
              MasarEvent *ev = g_ptr_array_index (events, k);
              MasarDate d;
              g_autofree char *iso = NULL;

              masar_event_get_date (ev, &d, NULL);
              iso = masar_date_to_iso (&d);
              g_test_message ("  got %s %s %s %s [%s]",
                              masar_event_type_to_string (masar_event_get_event_type (ev)),
                              masar_modality_to_string (masar_event_get_modality (ev)),
                              iso ? iso : "-", masar_event_get_location (ev) ? masar_event_get_location (ev) : "-",
                              masar_event_get_label (ev));
            }
        }
    }
  g_assert_cmpuint (failures, ==, 0);
}

static void
test_threads_agree (void)
{
  /* The result does not depend on the number of threads. */
  g_autoptr(MasarExtractor) extractor = masar_extractor_new (NULL);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(MasarEventSet) one = NULL;
  g_autoptr(MasarEventSet) two = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *j1 = NULL;
  g_autofree char *j2 = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      MasarArticle *a = make_article (cases[i].text, "2025-12-03");
      g_autofree char *id = g_strdup_printf ("a%u", i + 1);

      masar_article_set_id (a, id);
      g_ptr_array_add (articles, a);
    }
  one = masar_extractor_extract (extractor, articles, 1, NULL, &error);
  g_assert_no_error (error);
  two = masar_extractor_extract (extractor, articles, 2, NULL, &error);
  g_assert_no_error (error);
  j1 = masar_event_set_to_json (one, FALSE, NULL);
  j2 = masar_event_set_to_json (two, FALSE, NULL);
  g_assert_cmpstr (j1, ==, j2);
}

static void
test_cancelled (void)
{
  g_autoptr(MasarExtractor) extractor = masar_extractor_new (NULL);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarEventSet) set = NULL;

  g_ptr_array_add (articles, make_article (cases[0].text, "2025-12-03"));
  g_cancellable_cancel (cancellable);
  set = masar_extractor_extract (extractor, articles, 2, cancellable, &error);
  g_assert_null (set);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* An actor that must, or must not, be in the first event of a type. */
typedef struct
{
  const char *text;
  const char *type;
  const char *actor;
  int         has;          /* HAS, NOT_IN_IT or IN_NONE */
} ActorCheck;

enum { NOT_IN_IT, HAS, IN_NONE };

static void
check_actors (const ActorCheck *checks,
              guint             n_checks)
{
  g_autoptr(GError) error = NULL;
  MasarGazetteer *gazetteer = masar_gazetteer_get_default (&error);
  g_autoptr(MasarExtractor) extractor = NULL;

  g_assert_no_error (error);
  if (masar_gazetteer_get_n_actors (gazetteer) == 0)
    {
      g_test_skip ("the built-in gazetteer is empty");
      return;
    }
  extractor = masar_extractor_new (gazetteer);
  for (guint i = 0; i < n_checks; i++)
    {
      g_autoptr(MasarArticle) article = make_article (checks[i].text, "2025-05-17");
      g_autoptr(GPtrArray) events = masar_extractor_extract_article (extractor, article);
      MasarEvent *e = find_type (events, checks[i].type);

      g_test_message ("case %u: %s", i, checks[i].text);
      g_assert_nonnull (e);
      g_assert_cmpint (masar_event_has_actor (e, checks[i].actor), ==, checks[i].has == HAS);
      if (checks[i].has == IN_NONE)
        for (guint k = 0; k < events->len; k++)
          g_assert_false (masar_event_has_actor (g_ptr_array_index (events, k), checks[i].actor));
    }
}

/* Who announces a joint event in their own words is not one of its sides, unless the
 * words count them in ("إن الطرفين اتفقا"). */
static void
test_announcer (void)
{
  static const ActorCheck checks[] = {
    { "وأكد المتحدث باسم الكرملين دميتري بيسكوف أن تبادل الأسرى مع أوكرانيا جرى أمس بنجاح.",
      "prisoner_exchange", "peskov", NOT_IN_IT },
    { "وأكد المتحدث باسم الكرملين دميتري بيسكوف أن تبادل الأسرى مع أوكرانيا جرى أمس بنجاح.",
      "prisoner_exchange", "ukraine", HAS },
    { "وقال بوتين إن الطرفين اتفقا على تبادل الأسرى مع أوكرانيا.",
      "prisoner_exchange", "putin", HAS },
  };

  check_actors (checks, G_N_ELEMENTS (checks));
}

/* Newspapers and agencies are not actors: the place or country in an outlet's name is not
 * a side of what it reports; what follows "أن"/"عن" still is. */
static void
test_outlets (void)
{
  static const ActorCheck checks[] = {
    { "وذكرت صحيفة واشنطن بوست أن روسيا وأوكرانيا عقدتا محادثات سرية في الدوحة.",
      "talks", "usa", IN_NONE },
    { "وذكرت صحيفة واشنطن بوست أن روسيا وأوكرانيا عقدتا محادثات سرية في الدوحة.",
      "talks", "ukraine", HAS },
    { "ونقلت وكالة تاس الروسية عن مصادر أن وفدين من أوكرانيا والولايات المتحدة أجريا محادثات في جنيف.",
      "talks", "russia", IN_NONE },
    { "ونقلت وكالة تاس الروسية عن مصادر أن وفدين من أوكرانيا والولايات المتحدة أجريا محادثات في جنيف.",
      "talks", "usa", HAS },
    { "وكشفت صحيفة فايننشال تايمز البريطانية أن الرئيس الأمريكي دونالد ترامب أجرى اتصالا هاتفيا مع بوتين.",
      "call", "uk", IN_NONE },
    { "وكشفت صحيفة فايننشال تايمز البريطانية أن الرئيس الأمريكي دونالد ترامب أجرى اتصالا هاتفيا مع بوتين.",
      "call", "trump", HAS },
    { "وبحسب صحيفة الغارديان البريطانية، وقعت أوكرانيا والاتحاد الأوروبي اتفاقا أمنيا في بروكسل.",
      "agreement", "uk", IN_NONE },
    { "وقالت صحيفة نيويورك تايمز إن وفدا أوكرانيا التقى مسؤولين روسا في إسطنبول.",
      "talks", "usa", IN_NONE },
    { "وأفادت قناة سكاي نيوز بأن بريطانيا وفرنسا أجرتا محادثات مع أوكرانيا في لندن.",
      "talks", "uk", HAS },
    { "وأفادت وكالة رويترز نقلا عن مصادر بأن موسكو وكييف تبادلتا مئات الأسرى بوساطة إماراتية.",
      "prisoner_exchange", "russia", HAS },
  };

  check_actors (checks, G_N_ELEMENTS (checks));
}

/* The date (ISO) and basis of the first event of @type extracted from @text. */
static char *
event_date (const char     *text,
            const char     *published,
            const char     *type,
            MasarDateBasis *basis)
{
  g_autoptr(GError) error = NULL;
  MasarGazetteer *gazetteer = masar_gazetteer_get_default (&error);
  g_autoptr(MasarExtractor) extractor = masar_extractor_new (gazetteer);
  g_autoptr(MasarArticle) article = make_article (text, published);
  g_autoptr(GPtrArray) events = masar_extractor_extract_article (extractor, article);
  MasarEvent *e = find_type (events, type);
  MasarDate d, de;

  g_assert_no_error (error);
  g_assert_nonnull (e);
  masar_event_get_date (e, &d, &de);
  *basis = masar_event_get_date_basis (e);
  return masar_date_to_iso (&d);
}

/* "وفي اليوم التالي": the day after the one the article told last. */
static void
test_day_after (void)
{
  MasarDateBasis basis;
  g_autofree char *iso =
    event_date ("واجتمع الوفدان الأمريكي والأوكراني في جنيف في 20 نوفمبر لبحث خطة السلام.\n"
                "وفي اليوم التالي، أجرى ترامب اتصالا هاتفيا بزيلينسكي.",
                "2025-12-03", "call", &basis);

  g_assert_cmpstr (iso, ==, "2025-11-21");
  g_assert_cmpint (basis, ==, MASAR_DATE_BASIS_RELATIVE);
}

/* "وقال بوتين يومها": the time the article told last, not the article's date. */
static void
test_told_then (void)
{
  MasarDateBasis basis;
  g_autofree char *iso =
    event_date ("وأعلنت روسيا في الثاني من نوفمبر استئناف مشاركتها في اتفاق الحبوب مع أوكرانيا.\n"
                "وقال الرئيس الروسي فلاديمير بوتين يومها إن بلاده تحتفظ بحق الانسحاب من الاتفاق.",
                "2022-11-17", "statement", &basis);

  g_assert_cmpstr (iso, ==, "2022-11-02");
}

/* In an undated article an office ("البابا") is held by whoever held it in the latest year
 * the article writes out. */
static void
test_office_in_undated (void)
{
  g_autoptr(GError) error = NULL;
  MasarGazetteer *gazetteer = masar_gazetteer_get_default (&error);
  g_autoptr(MasarExtractor) extractor = masar_extractor_new (gazetteer);
  g_autoptr(MasarArticle) article =
    make_article ("ونشرت بكين خطتها في 24 فبراير 2023 دون أن تلقى ترحيبا غربيا.\n"
                  "واستقبل البابا الرئيس الأوكراني فولوديمير زيلينسكي في الفاتيكان في الثالث عشر من مايو.",
                  NULL);
  g_autoptr(GPtrArray) events = masar_extractor_extract_article (extractor, article);
  MasarEvent *talks = find_type (events, "talks");
  gboolean francis = FALSE, leo = FALSE;

  g_assert_no_error (error);
  g_assert_nonnull (talks);
  for (guint k = 0; k < masar_event_get_n_actors (talks); k++)
    {
      francis |= g_str_equal (masar_event_get_actor (talks, k)->actor_id, "pope_francis");
      leo |= g_str_equal (masar_event_get_actor (talks, k)->actor_id, "pope_leo");
    }
  g_assert_true (francis);
  g_assert_false (leo);
}

/* Two speakers in one sentence, joined by "فيما": a statement each. */
static void
test_second_speaker (void)
{
  g_autoptr(GError) error = NULL;
  MasarGazetteer *gazetteer = masar_gazetteer_get_default (&error);
  g_autoptr(MasarExtractor) extractor = masar_extractor_new (gazetteer);
  g_autoptr(MasarArticle) article =
    make_article ("وقال ستارمر إن الرئيس الروسي يماطل في المفاوضات، فيما أعرب زيلينسكي عن أمله في ضمانات أوروبية قريبا.",
                  "2025-03-27");
  g_autoptr(GPtrArray) events = masar_extractor_extract_article (extractor, article);
  gboolean starmer = FALSE, zelensky = FALSE;

  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      MasarEvent *e = g_ptr_array_index (events, i);
      const MasarEventActor *a = masar_event_get_n_actors (e) > 0 ? masar_event_get_actor (e, 0) : NULL;

      if (masar_event_get_event_type (e) != MASAR_EVENT_STATEMENT || a == NULL || a->role != MASAR_ROLE_SOURCE)
        continue;
      starmer |= g_str_equal (a->actor_id, "starmer");
      zelensky |= g_str_equal (a->actor_id, "zelensky");
    }
  g_assert_true (starmer);
  g_assert_true (zelensky);
}

/* A bare title refers back to the person it last named in the article; a title that other
 * words qualify ("المتحدث باسم …") does not. */
static void
test_title_refers_back (void)
{
  static const ActorCheck checks[] = {
    { "وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو مستعدة للحوار.\n"
      "ونفى المتحدث أن تكون روسيا قد رفضت عقد لقاء مع الوفد الأوكراني.",
      "rejection", "peskov", HAS },
    { "وقال المتحدث باسم الكرملين إن موسكو مستعدة للحوار.\n"
      "وأضاف الناطق الرسمي أن روسيا وأوكرانيا ستعقدان جولة جديدة من المحادثات في إسطنبول.",
      "statement", "peskov", HAS },
    { "وقال وزير الخارجية الأمريكي ماركو روبيو إن واشنطن تريد إنهاء الحرب.\n"
      "ونفى الوزير وجود خلافات مع الجانب الأوكراني.",
      "rejection", "rubio", HAS },
    { "وقال وزير الخارجية الأمريكي ماركو روبيو إن واشنطن تريد إنهاء الحرب.\n"
      "ونفى المتحدث باسم الخارجية الأوكرانية وجود خلافات مع الجانب الأمريكي.",
      "rejection", "rubio", NOT_IN_IT },
    { "ونفى المتحدث وجود خلافات مع الجانب الأوكراني.",
      "rejection", "peskov", IN_NONE },
  };

  check_actors (checks, G_N_ELEMENTS (checks));
}

/* An undated article: a day written without its year takes the latest year the article
 * writes out; with no year anywhere, it stays unknown. */
static void
test_year_hint (void)
{
  g_autoptr(GError) error = NULL;
  MasarGazetteer *gazetteer = masar_gazetteer_get_default (&error);
  g_autoptr(MasarExtractor) extractor = masar_extractor_new (gazetteer);
  static const struct { const char *text; const char *date; const char *basis; } checks[] = {
    { "وكانت الخطة قد نشرت في 24 فبراير 2023 دون أن تلقى ترحيبا غربيا.\n"
      "والتقى المبعوث الصيني وزير الخارجية الأوكراني دميترو كوليبا في كييف يوم 16 مايو.",
      "2023-05-16", "inferred" },
    { "والتقى المبعوث الصيني وزير الخارجية الأوكراني دميترو كوليبا في كييف يوم 16 مايو.",
      NULL, "unknown" },
    /* the year in Arabic-Indic digits */
    { "وكانت الخطة قد نشرت في ٢٤ فبراير ٢٠٢٣ دون أن تلقى ترحيبا غربيا.\n"
      "والتقى المبعوث الصيني وزير الخارجية الأوكراني دميترو كوليبا في كييف يوم 16 مايو.",
      "2023-05-16", "inferred" },
    /* a sentence with no date of its own: the last date the article gave ("حينها") */
    { "وكانت الخطة قد نشرت في 24 فبراير 2023 دون أن تلقى ترحيبا غربيا.\n"
      "واتصل الرئيس الصيني شي جينبينغ بزيلينسكي في 26 أبريل.\n"
      "والتقى المبعوث لي هوي حينها وزير الخارجية الأوكراني دميترو كوليبا في مقر الوزارة.",
      "2023-04-26", "inferred" },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      g_autoptr(MasarArticle) article = make_article (checks[i].text, NULL);
      g_autoptr(GPtrArray) events = masar_extractor_extract_article (extractor, article);
      MasarEvent *e = find_type (events, "talks");
      MasarDate d, de;
      g_autofree char *iso = NULL;

      g_assert_nonnull (e);
      masar_event_get_date (e, &d, &de);
      iso = masar_date_is_set (&d) ? masar_date_to_iso (&d) : NULL;
      g_assert_cmpstr (iso, ==, checks[i].date);
      g_assert_cmpstr (masar_date_basis_to_string (masar_event_get_date_basis (e)), ==, checks[i].basis);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/extractor/cases", test_cases);
  g_test_add_func ("/masar/extractor/threads-agree", test_threads_agree);
  g_test_add_func ("/masar/extractor/cancelled", test_cancelled);
  g_test_add_func ("/masar/extractor/announcer", test_announcer);
  g_test_add_func ("/masar/extractor/outlets", test_outlets);
  g_test_add_func ("/masar/extractor/title-refers-back", test_title_refers_back);
  g_test_add_func ("/masar/extractor/year-hint", test_year_hint);
  g_test_add_func ("/masar/extractor/second-speaker", test_second_speaker);
  g_test_add_func ("/masar/extractor/office-in-undated", test_office_in_undated);
  g_test_add_func ("/masar/extractor/day-after", test_day_after);
  g_test_add_func ("/masar/extractor/told-then", test_told_then);

  return g_test_run ();
}
