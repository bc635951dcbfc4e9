/* test-gazetteer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "masar-arabic.h"
#include "masar-gazetteer.h"

/*
 * Table-driven actor matching: each case gives a text written for this test, the date it
 * speaks of ("" for none) and every match expected, in order, as "id=substring" joined
 * by "|", with "@" before the id of a match made through a role phrase.
 */
typedef struct
{
  const char *text;
  const char *date;
  const char *expected;
} MatchCase;

static const MatchCase match_cases[] = {
  { "استقبل بوتين المبعوث في موسكو", "2025-03-13",
    "putin=بوتين|moscow=موسكو" },
  { "التقى زيلينسكي وترامب في البيت الأبيض", "",
    "zelensky=زيلينسكي|trump=ترامب|white_house=البيت الأبيض" },
  { "وقال زيلنسكي إن الوفد جاهز", "",
    "zelensky=زيلنسكي" },
  { "أكد زيلينسكى أن بلاده مستعدة", "",
    "zelensky=زيلينسكى" },
  { "رد ترمب على الانتقادات", "",
    "trump=ترمب" },
  { "وزيلينسكي يرد", "",
    "zelensky=زيلينسكي" },
  { "رسالة لبوتين من واشنطن", "",
    "putin=بوتين|washington=واشنطن" },
  { "اجتماع بالكرملين أمس", "",
    "kremlin=الكرملين" },
  { "وبالكرملين قال المسؤول", "",
    "kremlin=الكرملين" },
  { "ولبوتين موقف آخر", "",
    "putin=بوتين" },
  { "فزيلينسكي لم يوافق", "",
    "zelensky=زيلينسكي" },
  { "كما دعا ترامبَ إلى التفاوض", "",
    "trump=ترامبَ" },
  { "قال بوتـين إن العمل مستمر", "",
    "putin=بوتـين" },
  { "التقى مُحَمَّد بن سَلْمان بالوفد الأوكراني", "",
    "mbs=مُحَمَّد بن سَلْمان|ukraine=الوفد الأوكراني" },
  { "قال رستم عمروف إن الجولة انتهت", "",
    "umerov=رستم عمروف" },
  { "وصل أوميروف إلى جدة", "",
    "umerov=أوميروف|jeddah=جدة" },
  { "عميروف يترأس الوفد", "",
    "umerov=عميروف" },
  { "قاد ميدينسكي الوفد", "",
    "medinsky=ميدينسكي" },
  { "وقاد مدينسكي المحادثات", "",
    "medinsky=مدينسكي" },
  { "قصف على لوهانسك ولوغانسك", "",
    "luhansk=لوهانسك|luhansk=لوغانسك" },
  { "وصل الوفد إلى كييف صباحا", "",
    "kyiv=كييف" },
  { "وصل الوفد إلى كيف صباحا", "",
    "kyiv=كيف" },
  { "لا أحد يعرف كيف ستنتهي الحرب", "",
    "" },
  { "كيف يمكن إنهاء الحرب؟", "",
    "" },
  { "صرح بيسكوف للصحفيين", "",
    "peskov=بيسكوف" },
  { "قال المتحدث باسم الكرملين إن اللقاء ممكن", "2025-05-17",
    "@peskov=المتحدث باسم الكرملين" },
  { "وقال الناطق باسم الكرملين للصحفيين", "2024-06-01",
    "@peskov=الناطق باسم الكرملين" },
  { "أعلن الرئيس الروسي موافقته", "2025-08-01",
    "@putin=الرئيس الروسي" },
  { "أعلن الرئيس الروسي موافقته", "2010-08-01",
    "@medvedev=الرئيس الروسي" },
  { "قال الرئيس الأوكراني إن بلاده لن تتنازل", "2025-02-01",
    "@zelensky=الرئيس الأوكراني" },
  { "وشارك رئيس الوزراء المصري في اللقاء", "2023-06-17",
    "@madbouly=رئيس الوزراء المصري" },
  { "والتقى مفوضة حقوق الطفل لدى الرئيس الروسي ماريا لفوفا-بيلوفا", "2023-06-29",
    "@lvova_belova=مفوضة حقوق الطفل لدى الرئيس الروسي|lvova_belova=ماريا لفوفا-بيلوفا" },
  { "وشكر مفوض حقوق الإنسان في البرلمان الأوكراني الوسطاء", "2023-10-17",
    "@lubinets=مفوض حقوق الإنسان في البرلمان الأوكراني" },
  { "وأعلنت تاتيانا موسكالكوفا عودة الأسرى", "2025-05-23",
    "moskalkova=تاتيانا موسكالكوفا" },
  { "رحبت رئيسة الوزراء البريطانية ليز تراس بعودة المواطنين", "2022-09-22",
    "uk=البريطانية|truss=ليز تراس" },
  { "صرح وزير الخارجية الروسي بأن المفاوضات مستمرة", "2023-01-01",
    "@lavrov=وزير الخارجية الروسي" },
  { "قال مساعد الرئيس الروسي إن الاجتماع مفيد", "2025-12-02",
    "@ushakov=مساعد الرئيس الروسي" },
  { "هدد الرئيس الأمريكي بفرض عقوبات", "2025-07-15",
    "@trump=الرئيس الأمريكي" },
  { "هدد الرئيس الأمريكي بفرض عقوبات", "2024-07-15",
    "@biden=الرئيس الأمريكي" },
  { "هدد الرئيس الأميركي بفرض عقوبات", "2022-03-01",
    "@biden=الرئيس الأميركي" },
  { "هدد الرئيس الأمريكي بفرض عقوبات", "2019-03-01",
    "@trump=الرئيس الأمريكي" },
  { "هدد الرئيس الأمريكي بفرض عقوبات", "2025-01-10",
    "@biden=الرئيس الأمريكي" },
  { "هدد الرئيس الأمريكي بفرض عقوبات", "2025-01-25",
    "@trump=الرئيس الأمريكي" },
  { "هدد الرئيس الأمريكي بفرض عقوبات", "2025",
    "@trump=الرئيس الأمريكي" },
  { "هدد الرئيس الأمريكي بفرض عقوبات", "2012",
    "usa=الرئيس الأمريكي" },
  { "هدد الرئيس الأمريكي بفرض عقوبات", "",
    "@trump=الرئيس الأمريكي" },
  { "انتقد الرئيس الأمريكي السابق الخطة", "2025-06-01",
    "@biden=الرئيس الأمريكي السابق" },
  { "انتقد الرئيس الأمريكي السابق جو بايدن الخطة", "2025-06-01",
    "@biden=الرئيس الأمريكي السابق|biden=جو بايدن" },
  { "قال الرئيس الأمريكي دونالد ترامب إن الاتفاق قريب", "2024-10-01",
    "@trump=الرئيس الأمريكي|trump=دونالد ترامب" },
  { "وصل المبعوث الأمريكي إلى موسكو", "2025-04-11",
    "@witkoff=المبعوث الأمريكي|moscow=موسكو" },
  { "وصل المبعوث الأمريكي الخاص لأوكرانيا إلى كييف", "2025-02-20",
    "@kellogg=المبعوث الأمريكي الخاص لأوكرانيا|kyiv=كييف" },
  { "اتهم مبعوث الرئيس الأمريكي كيث كيلوغ روسيا بالمماطلة", "2025-07-01",
    "@kellogg=مبعوث الرئيس الأمريكي|kellogg=كيث كيلوغ|russia=روسيا" },
  { "التقى وزير الخارجية الأمريكي نظيره الروسي", "2024-05-01",
    "@blinken=وزير الخارجية الأمريكي|russia=الروسي" },
  { "التقى وزير الخارجية الأمريكي نظيره الروسي", "2025-05-01",
    "@rubio=وزير الخارجية الأمريكي|russia=الروسي" },
  { "قال المستشار الألماني إن برلين تدعم كييف", "2023-01-01",
    "@scholz=المستشار الألماني|berlin=برلين|kyiv=كييف" },
  { "قال المستشار الألماني إن برلين تدعم كييف", "2025-09-01",
    "@merz=المستشار الألماني|berlin=برلين|kyiv=كييف" },
  { "أعلن رئيس الوزراء البريطاني حزمة مساعدات", "2023-06-01",
    "@sunak=رئيس الوزراء البريطاني" },
  { "أعلن رئيس الوزراء البريطاني حزمة مساعدات", "2025-03-02",
    "@starmer=رئيس الوزراء البريطاني" },
  { "قال الأمين العام لحلف الناتو إن الدعم مستمر", "2023-07-01",
    "@stoltenberg=الأمين العام لحلف الناتو" },
  { "قال الأمين العام لحلف الناتو إن الدعم مستمر", "2025-06-01",
    "@rutte=الأمين العام لحلف الناتو" },
  { "قال وزير الدفاع الأوكراني إن الجيش صامد", "2024-01-01",
    "@umerov=وزير الدفاع الأوكراني" },
  { "قال وزير الدفاع الأوكراني إن الجيش صامد", "2025-09-01",
    "@shmyhal=وزير الدفاع الأوكراني" },
  { "قال وزير الخارجية الأوكراني إن كييف منفتحة", "2024-03-01",
    "@kuleba=وزير الخارجية الأوكراني|kyiv=كييف" },
  { "قال وزير الخارجية الأوكراني إن كييف منفتحة", "2025-03-01",
    "@sybiha=وزير الخارجية الأوكراني|kyiv=كييف" },
  { "وللرئيس الروسي رأي آخر", "2025-01-30",
    "@putin=للرئيس الروسي" },
  { "حذر مستشار الرئيس الروسي من التصعيد", "2025-01-30",
    "russia=الروسي" },
  { "وكانت زوجة الرئيس الأوكراني حاضرة", "2024-01-30",
    "ukraine=الأوكراني" },
  { "قالت المتحدثة باسم البيت الأبيض إن ترامب غاضب", "2025-05-05",
    "@leavitt=المتحدثة باسم البيت الأبيض|trump=ترامب" },
  { "قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا", "2025-05-05",
    "@zakharova=المتحدثة باسم الخارجية الروسية|zakharova=ماريا زاخاروفا" },
  { "رحب الجانب الروسي بالمقترح", "",
    "russia=الجانب الروسي" },
  { "أبدى الطرف الأوكراني مرونة", "",
    "ukraine=الطرف الأوكراني" },
  { "تقدمت القوات الروسية في دونيتسك", "",
    "russia=القوات الروسية|donetsk=دونيتسك" },
  { "أعلنت الحكومة الأمريكية عقوبات", "",
    "usa=الحكومة الأمريكية" },
  { "قصف روسي على خاركيف", "",
    "russia=روسي|kharkiv=خاركيف" },
  { "شاركت وفود أوروبية وأمريكية", "",
    "europe=أوروبية|usa=أمريكية" },
  { "وأكد الأوكرانيون تمسكهم بأرضهم", "",
    "ukraine=الأوكرانيون" },
  { "بحث الأمريكيون والروس الملف", "",
    "usa=الأمريكيون|russia=الروس" },
  { "جرت محادثات بين الولاياتالمتحدة وروسيا", "",
    "usa=الولاياتالمتحدة|russia=روسيا" },
  { "أعلن البيتالأبيض موعد القمة", "",
    "white_house=البيتالأبيض" },
  { "وصل ويكتوف إلى موسكو", "2025-08-06",
    "witkoff=ويكتوف|moscow=موسكو" },
  { "دعا زيلينكسي إلى الضغط", "",
    "zelensky=زيلينكسي" },
  { "وصل ستيف ويتكوف إلى موسكو", "",
    "witkoff=ستيف ويتكوف|moscow=موسكو" },
  { "وأكدت واشطن دعمها", "",
    "washington=واشطن" },
  { "يتنقل الركاب بالترامواي في المدينة", "",
    "" },
  { "زار الوفد مدينة ترام القديمة", "",
    "" },
  { "قال بوتان إن المعرض افتتح", "",
    "" },
  { "وصل الوفد إلى بوتان", "",
    "" },
  { "قالت الوزيرة والتي حضرت الاجتماع", "",
    "" },
  { "نقلت وكالات الأنباء الخبر", "",
    "" },
  { "قال روبيو إن واشنطن ستعرف قريبا", "",
    "rubio=روبيو|washington=واشنطن" },
  { "التقى ماركو روبيو وسيرغي لافروف في الرياض", "2025-02-18",
    "rubio=ماركو روبيو|lavrov=سيرغي لافروف|riyadh=الرياض" },
  { "انعقدت المفاوضات في إسطنبول ثم في اسطنبول", "",
    "istanbul=إسطنبول|istanbul=اسطنبول" },
  { "عقدت الجولة في جنيف بسويسرا", "",
    "geneva=جنيف|switzerland=سويسرا" },
  { "أعلنت قطر والإمارات والسعودية وساطتها", "",
    "qatar=قطر|uae=الإمارات|saudi_arabia=السعودية" },
  { "قمة ألاسكا بين بوتين وترامب في أنكوريج", "",
    "alaska=ألاسكا|putin=بوتين|trump=ترامب|anchorage=أنكوريج" },
  { "اجتماع في فلوريدا وآخر في ميامي", "",
    "florida=فلوريدا|miami=ميامي" },
  { "مؤتمر بورغنستوك للسلام في سويسرا", "",
    "burgenstock=بورغنستوك|switzerland=سويسرا" },
  { "قمة في أبوظبي وأخرى في أبو ظبي", "",
    "abu_dhabi=أبوظبي|abu_dhabi=أبو ظبي" },
  { "جولة في الدوحة بوساطة قطرية", "",
    "doha=الدوحة|qatar=قطرية" },
  { "سيطرت القوات على باخموت وأفدييفكا وبوكروفسك", "",
    "bakhmut=باخموت|avdiivka=أفدييفكا|pokrovsk=بوكروفسك" },
  { "استهدفت مسيرات زابوريجيا وخيرسون وأوديسا", "",
    "zaporizhzhia=زابوريجيا|kherson=خيرسون|odesa=أوديسا" },
  { "ضمت روسيا شبه جزيرة القرم عام 2014", "",
    "russia=روسيا|crimea=شبه جزيرة القرم" },
  { "القتال في كورسك وبيلغورود", "",
    "kursk=كورسك|belgorod=بيلغورود" },
  { "اتفاقات مينسك لم تنفذ", "",
    "minsk=مينسك" },
  { "اجتمع قادة مجموعة السبع وحلف شمال الأطلسي", "",
    "g7=مجموعة السبع|nato=حلف شمال الأطلسي" },
  { "قرر الاتحاد الأوروبي تمديد العقوبات", "",
    "eu=الاتحاد الأوروبي" },
  { "دعت الأمم المتحدة والوكالة الدولية للطاقة الذرية", "",
    "un=الأمم المتحدة|iaea=الوكالة الدولية للطاقة الذرية" },
  { "رعت اللجنة الدولية للصليب الأحمر التبادل", "",
    "icrc=اللجنة الدولية للصليب الأحمر" },
  { "اجتمع مجلس الأمن الدولي بطلب روسي", "",
    "un_security_council=مجلس الأمن الدولي|russia=روسي" },
  { "قال مجلس الأمن الروسي في بيان", "",
    "russian_security_council=مجلس الأمن الروسي" },
  { "انتقدت الخارجية الروسية الموقف الأوروبي", "",
    "russian_mfa=الخارجية الروسية|europe=الأوروبي" },
  { "أعلنت وزارة الدفاع الروسية السيطرة على قرية", "",
    "russian_mod=وزارة الدفاع الروسية" },
  { "قاتلت مجموعة فاغنر في باخموت", "",
    "wagner=مجموعة فاغنر|bakhmut=باخموت" },
  { "انسحبت قوات فاجنر", "",
    "wagner=فاجنر" },
  { "أيد أردوغان وفيدان استضافة المحادثات", "",
    "erdogan=أردوغان|fidan=فيدان" },
  { "رحب ماكرون وستارمر وميرتس بالاتفاق", "",
    "macron=ماكرون|starmer=ستارمر|merz=ميرتس" },
  { "قالت أورسولا فون دير لاين وكايا كالاس", "",
    "von_der_leyen=أورسولا فون دير لاين|kallas=كايا كالاس" },
  { "التقى شي جين بينغ وناريندرا مودي", "",
    "xi=شي جين بينغ|modi=ناريندرا مودي" },
  { "دعا غوتيريش وغروسي إلى ضبط النفس", "",
    "guterres=غوتيريش|grossi=غروسي" },
  { "زار ستولتنبرغ كييف ثم زارها روته", "",
    "stoltenberg=ستولتنبرغ|kyiv=كييف|rutte=روته" },
  { "صرح لوكاشينكو بأن مينسك مستعدة", "",
    "lukashenko=لوكاشينكو|minsk=مينسك" },
  { "قال كيريل دميترييف إن التقدم ملحوظ", "",
    "dmitriev=كيريل دميترييف" },
  { "أشار ديميترييف إلى التعاون", "",
    "dmitriev=ديميترييف" },
  { "قال يوري أوشاكوف وجاريد كوشنر", "",
    "ushakov=يوري أوشاكوف|kushner=جاريد كوشنر" },
  { "تحدث دينيس شميهال وأندريه يرماك", "",
    "shmyhal=دينيس شميهال|yermak=أندريه يرماك" },
  { "وقال كارولين ليفيت إن ترمب يركز", "",
    "leavitt=كارولين ليفيت|trump=ترمب" },
  { "قال النائب دميتري رازومكوف", "",
    "razumkov=دميتري رازومكوف" },
  { "وأكد كيريلو بودانوف وأولكسندر سيرسكي", "",
    "budanov=كيريلو بودانوف|syrskyi=أولكسندر سيرسكي" },
  { "قال ﺑﻮﺗﻴﻦ في كلمة", "",
    "putin=ﺑﻮﺗﻴﻦ" },
  { "وعقدت محادثات في أوکرانیا", "",
    "ukraine=أوکرانیا" },
  { "Reutersالرئيس الروسي فلاديمير بوتين", "2025-12-02",
    "@putin=الرئيس الروسي|putin=فلاديمير بوتين" },
  { "قال بوتين، زيلينسكي، ترامب", "",
    "putin=بوتين|zelensky=زيلينسكي|trump=ترامب" },
  { "وزير الخارجية السعودي الأمير فيصل بن فرحان", "2025-02-18",
    "@faisal_bin_farhan=وزير الخارجية السعودي|faisal_bin_farhan=الأمير فيصل بن فرحان" },
  { "رئيس الوزراء وزير الخارجية القطري", "2024-09-01",
    "@qatar_pm=رئيس الوزراء وزير الخارجية القطري" },
  { "التقى أمير قطر الشيخ تميم بن حمد آل ثاني", "2024-09-01",
    "@tamim=أمير قطر|tamim=الشيخ تميم بن حمد آل ثاني" },
  { "قال نائب الرئيس الأمريكي جي دي فانس", "2025-03-01",
    "@vance=نائب الرئيس الأمريكي|vance=جي دي فانس" },
  { "قال البابا إن الفاتيكان مستعد للوساطة", "2025-06-01",
    "@pope_leo=البابا|vatican=الفاتيكان" },
  { "قال البابا إن الفاتيكان مستعد للوساطة", "2023-06-01",
    "@pope_francis=البابا|vatican=الفاتيكان" },
  { "NATO and G7 leaders met", "",
    "nato=NATO|g7=G7" },
  { "وصل وفد روسي إلى إسطنبول وآخر أوكراني", "2025-05-16",
    "russia=روسي|istanbul=إسطنبول|ukraine=أوكراني" },
  { "فرض الاتحاد الأوروبي عقوبات على الكرملين", "",
    "eu=الاتحاد الأوروبي|kremlin=الكرملين" },
};

static MasarGazetteer *
get_gazetteer (void)
{
  g_autoptr(GError) error = NULL;
  MasarGazetteer *gaz = masar_gazetteer_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (gaz);

  return gaz;
}

static char *
substring (const char *text,
           guint       start,
           guint       end)
{
  const char *a = g_utf8_offset_to_pointer (text, start);
  const char *b = g_utf8_offset_to_pointer (text, end);

  return g_strndup (a, b - a);
}

static char *
describe_matches (const char *text,
                  GArray     *matches)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      const MasarActorMatch *m = &g_array_index (matches, MasarActorMatch, i);
      g_autofree char *sub = substring (text, m->start, m->end);

      if (i > 0)
        g_string_append_c (s, '|');
      g_string_append_printf (s, "%s%s=%s", m->by_role ? "@" : "", m->actor->id, sub);
    }

  return g_string_free (s, FALSE);
}

static void
test_match_table (void)
{
  MasarGazetteer *gaz = get_gazetteer ();

  g_assert_cmpuint (G_N_ELEMENTS (match_cases), >=, 100);
  for (guint i = 0; i < G_N_ELEMENTS (match_cases); i++)
    {
      const MatchCase *mc = &match_cases[i];
      MasarDate when = MASAR_DATE_INIT;
      g_autoptr(GArray) matches = NULL;
      g_autofree char *got = NULL;

      if (*mc->date != '\0')
        g_assert_true (masar_date_parse_iso (mc->date, &when));
      matches = masar_gazetteer_match (gaz, mc->text, -1, *mc->date ? &when : NULL);
      got = describe_matches (mc->text, matches);
      g_test_message ("%s [%s] → %s", mc->text, mc->date, got);
      g_assert_cmpstr (got, ==, mc->expected);
    }
}

/* Matching a folded article sentence by sentence gives what matching each sentence does. */
static void
test_match_folded (void)
{
  MasarGazetteer *gaz = get_gazetteer ();
  const char *text =
    "قال الرئيس الأمريكي دونالد ترامب إن ويتكوف سيزور موسكو. وأكد الكرملين ذلك.\n"
    "وقال مستشار الرئيس الروسي إن بوتين مستعد؛ الرئيس الأوكراني السابق صامت.\n"
    "والولاياتالمتحدة تراقب، ووصل ويكتوف إلى كيف أمس.";
  g_autoptr(MasarFoldedText) ft = masar_folded_text_new (text, -1);
  g_autoptr(GArray) sentences = masar_split_sentences (text, -1);
  MasarDate when = { 2025, 8, 6 };
  guint tok = 0;
  guint total = 0;

  g_assert_cmpuint (sentences->len, ==, 5);
  for (guint i = 0; i < sentences->len; i++)
    {
      const MasarSpan *span = &g_array_index (sentences, MasarSpan, i);
      g_autofree char *sentence = substring (text, span->start, span->end);
      g_autoptr(GArray) direct = masar_gazetteer_match (gaz, sentence, -1, &when);
      g_autoptr(GArray) folded = NULL;
      guint first;
      guint start;
      guint end;

      while (tok < ft->tokens->len)
        {
          const MasarFoldedToken *t = &g_array_index (ft->tokens, MasarFoldedToken, tok);

          masar_folded_text_span (ft, t->start, t->end, &start, &end);
          if (start >= span->start)
            break;
          tok++;
        }
      first = tok;
      while (tok < ft->tokens->len)
        {
          const MasarFoldedToken *t = &g_array_index (ft->tokens, MasarFoldedToken, tok);

          masar_folded_text_span (ft, t->start, t->end, &start, &end);
          if (start >= span->end)
            break;
          tok++;
        }

      folded = masar_gazetteer_match_folded (gaz, ft, first, tok, &when);
      g_test_message ("%s: %u matches", sentence, direct->len);
      g_assert_cmpuint (folded->len, ==, direct->len);
      for (guint j = 0; j < direct->len; j++)
        {
          const MasarActorMatch *a = &g_array_index (direct, MasarActorMatch, j);
          const MasarActorMatch *b = &g_array_index (folded, MasarActorMatch, j);

          g_assert_true (a->actor == b->actor);
          g_assert_cmpuint (a->start + span->start, ==, b->start);
          g_assert_cmpuint (a->end + span->start, ==, b->end);
          g_assert_cmpint (a->by_role, ==, b->by_role);
          g_assert_cmpfloat (a->score, ==, b->score);
        }
      total += direct->len;
    }
  /* trump by role and by name, witkoff, moscow; kremlin; russia (adjective), putin;
   * zelensky's predecessor has no entry: ukraine; usa glued, witkoff fuzzy, kyiv. */
  g_assert_cmpuint (total, ==, 11);
}

static void
test_scores (void)
{
  MasarGazetteer *gaz = get_gazetteer ();
  g_autoptr(GArray) m = NULL;
  const char *text = "قال بوتين إن الجانب الروسي والقوات الأوكرانية والولاياتالمتحدة وويكتوف";

  m = masar_gazetteer_match (gaz, text, -1, NULL);
  g_assert_cmpuint (m->len, ==, 5);
  /* An exact name, a side phrase, another, a glued name, a fuzzy one. */
  g_assert_cmpfloat (g_array_index (m, MasarActorMatch, 0).score, ==, 1.0);
  g_assert_cmpfloat (g_array_index (m, MasarActorMatch, 1).score, <, 1.0);
  g_assert_cmpfloat (g_array_index (m, MasarActorMatch, 1).score, >, 0.9);
  g_assert_cmpfloat (g_array_index (m, MasarActorMatch, 3).score, <, 1.0);
  g_assert_cmpstr (g_array_index (m, MasarActorMatch, 4).actor->id, ==, "witkoff");
  g_assert_cmpfloat (g_array_index (m, MasarActorMatch, 4).score, <, 0.8);
  g_assert_cmpfloat (g_array_index (m, MasarActorMatch, 4).score, >=, 0.9 * 0.8);
}

static void
test_offsets_with_marks (void)
{
  MasarGazetteer *gaz = get_gazetteer ();
  /* Tashkeel, tatweel and a direction mark before the name shift nothing. */
  const char *text = "قَالَ\u200f الرَّئِيسُ الأوكرانيُّ فولوديمير زيلـنسكي";
  g_autoptr(GArray) m = masar_gazetteer_match (gaz, text, -1, NULL);
  g_autofree char *role = NULL;
  g_autofree char *name = NULL;

  g_assert_cmpuint (m->len, ==, 2);
  role = substring (text, g_array_index (m, MasarActorMatch, 0).start,
                    g_array_index (m, MasarActorMatch, 0).end);
  name = substring (text, g_array_index (m, MasarActorMatch, 1).start,
                    g_array_index (m, MasarActorMatch, 1).end);
  g_assert_cmpstr (role, ==, "الرَّئِيسُ الأوكرانيُّ");
  g_assert_cmpstr (name, ==, "فولوديمير زيلـنسكي");
  g_assert_true (g_array_index (m, MasarActorMatch, 0).by_role);
  g_assert_false (g_array_index (m, MasarActorMatch, 1).by_role);
}

static void
test_lookup_and_stands_for (void)
{
  MasarGazetteer *gaz = get_gazetteer ();
  const MasarActor *moscow = masar_gazetteer_lookup (gaz, "moscow");
  const MasarActor *kremlin = masar_gazetteer_lookup (gaz, "kremlin");
  const MasarActor *putin = masar_gazetteer_lookup (gaz, "putin");

  g_assert_nonnull (moscow);
  g_assert_cmpint (moscow->kind, ==, MASAR_ACTOR_PLACE);
  g_assert_cmpstr (masar_gazetteer_get_stands_for (gaz, moscow)->id, ==, "russia");
  g_assert_cmpstr (kremlin->country, ==, "RUS");
  g_assert_cmpstr (masar_gazetteer_get_stands_for (gaz, kremlin)->id, ==, "russia");
  g_assert_cmpstr (masar_gazetteer_get_stands_for (gaz, masar_gazetteer_lookup (gaz, "kyiv"))->id, ==, "ukraine");
  g_assert_cmpstr (masar_gazetteer_get_stands_for (gaz, masar_gazetteer_lookup (gaz, "washington"))->id, ==, "usa");
  g_assert_null (masar_gazetteer_get_stands_for (gaz, putin));
  g_assert_cmpstr (putin->name_en, ==, "Vladimir Putin");
  g_assert_cmpstr (putin->side, ==, "russia");
  g_assert_null (masar_gazetteer_lookup (gaz, "nobody"));
}

/* Every actor is well formed, and found by its own Arabic name in a sentence. */
static void
test_every_actor (void)
{
  MasarGazetteer *gaz = get_gazetteer ();
  guint n = masar_gazetteer_get_n_actors (gaz);
  guint n_person = 0;
  guint n_country = 0;
  guint n_place = 0;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, >=, 80);
  for (guint i = 0; i < n; i++)
    {
      const MasarActor *a = masar_gazetteer_get_actor (gaz, i);
      g_autofree char *text = g_strconcat ("قال ", a->name_ar, " اليوم", NULL);
      g_autoptr(GArray) m = NULL;

      g_test_message ("%s", a->id);
      for (const char *p = a->id; *p; p++)
        g_assert_true (g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_');
      g_assert_false (g_hash_table_contains (ids, a->id));
      g_hash_table_add (ids, a->id);
      g_assert_true (masar_text_is_rtl (a->name_ar, -1));
      g_assert_nonnull (a->name_en);
      g_assert_cmpuint (strlen (a->name_en), >, 1);
      g_assert_true (a->side == NULL ||
                     g_strv_contains ((const char *[]) { "russia", "ukraine", "usa", "europe", "mediator", "other", NULL }, a->side));
      g_assert_true (a->country == NULL || strlen (a->country) == 3 ||
                     g_strv_contains ((const char *[]) { "EU", "UN", "NATO", NULL }, a->country));
      if (a->kind == MASAR_ACTOR_PERSON)
        {
          n_person++;
          g_assert_nonnull (strchr (a->name_en, ' '));   /* first and last name */
        }
      n_country += a->kind == MASAR_ACTOR_COUNTRY;
      n_place += a->kind == MASAR_ACTOR_PLACE;

      m = masar_gazetteer_match (gaz, text, -1, NULL);
      g_assert_cmpuint (m->len, >=, 1);
      g_assert_true (g_array_index (m, MasarActorMatch, 0).actor == a);
      g_assert_cmpuint (g_array_index (m, MasarActorMatch, 0).start, ==, 4);
      g_assert_cmpuint (g_array_index (m, MasarActorMatch, 0).end, ==, 4 + g_utf8_strlen (a->name_ar, -1));
    }
  g_assert_cmpuint (n_person, >=, 50);
  g_assert_cmpuint (n_country, >=, 20);
  g_assert_cmpuint (n_place, >=, 30);
}

static void
test_load_errors (void)
{
  static const char * const bad[] = {
    "[]",
    "{ \"format\": \"other/1\", \"actors\": [] }",
    "{ \"format\": \"masar-gazetteer/1\", \"actors\": [ { \"id\": \"a\", \"kind\": \"person\", \"name_ar\": \"ا\" } ] }",
    "{ \"format\": \"masar-gazetteer/1\", \"actors\": [ { \"id\": \"a\", \"kind\": \"robot\", \"name_ar\": \"ا\", \"name_en\": \"A\" } ] }",
    "{ \"format\": \"masar-gazetteer/1\", \"actors\": [ { \"id\": \"a\", \"kind\": \"person\", \"name_ar\": \"ا\", \"name_en\": \"A\" }, { \"id\": \"a\", \"kind\": \"person\", \"name_ar\": \"ب\", \"name_en\": \"B\" } ] }",
    "{ \"format\": \"masar-gazetteer/1\", \"actors\": [ { \"id\": \"a\", \"kind\": \"place\", \"name_ar\": \"ا\", \"name_en\": \"A\", \"stands_for\": \"zz\" } ] }",
    "{ \"format\": \"masar-gazetteer/1\", \"actors\": [], \"roles\": [ { \"phrases\": [\"الرئيس\"], \"holders\": [ { \"id\": \"zz\" } ] } ] }",
    "{ \"format\": \"masar-gazetteer/1\", \"actors\": [ { \"id\": \"a\", \"kind\": \"person\", \"name_ar\": \"ا\", \"name_en\": \"A\" } ], \"roles\": [ { \"phrases\": [\"الرئيس\"], \"holders\": [ { \"id\": \"a\", \"from\": \"2025-13-01\" } ] } ] }",
    "{ \"format\": ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MasarGazetteer) gaz = masar_gazetteer_new_from_data (bad[i], -1, &error);

      g_assert_null (gaz);
      g_assert_nonnull (error);
    }
}

static void
test_small_gazetteer (void)
{
  const char *json =
    "{ \"format\": \"masar-gazetteer/1\","
    "  \"actors\": ["
    "    { \"id\": \"ahmad\", \"kind\": \"person\", \"name_ar\": \"أحمد سالم\", \"name_en\": \"Ahmad Salem\", \"names\": [\"سالم\"] },"
    "    { \"id\": \"karim\", \"kind\": \"person\", \"name_ar\": \"كريم ناصر\", \"name_en\": \"Karim Nasser\" },"
    "    { \"id\": \"land\", \"kind\": \"country\", \"name_ar\": \"البلاد\", \"name_en\": \"Land\" } ],"
    "  \"roles\": [ { \"phrases\": [\"رئيس اللجنة\"], \"else\": \"land\", \"holders\": ["
    "      { \"id\": \"ahmad\", \"from\": \"2020-01-01\", \"until\": \"2022-07-01\" },"
    "      { \"id\": \"karim\", \"from\": \"2022-07-01\" } ] } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarGazetteer) gaz = masar_gazetteer_new_from_data (json, -1, &error);
  g_autofree char *path = NULL;
  MasarDate d = MASAR_DATE_INIT;
  g_autoptr(GArray) m = NULL;
  int fd;

  g_assert_no_error (error);
  g_assert_cmpuint (masar_gazetteer_get_n_actors (gaz), ==, 3);

  /* 2022 overlaps Ahmad for 181 days and Karim for 184: Karim. */
  g_assert_true (masar_date_parse_iso ("2022", &d));
  m = masar_gazetteer_match (gaz, "قال رئيس اللجنة", -1, &d);
  g_assert_cmpuint (m->len, ==, 1);
  g_assert_cmpstr (g_array_index (m, MasarActorMatch, 0).actor->id, ==, "karim");
  g_clear_pointer (&m, g_array_unref);

  g_assert_true (masar_date_parse_iso ("2022-03", &d));
  m = masar_gazetteer_match (gaz, "قال رئيس اللجنة", -1, &d);
  g_assert_cmpstr (g_array_index (m, MasarActorMatch, 0).actor->id, ==, "ahmad");
  g_clear_pointer (&m, g_array_unref);

  g_assert_true (masar_date_parse_iso ("2019-03", &d));
  m = masar_gazetteer_match (gaz, "قال رئيس اللجنة", -1, &d);
  g_assert_cmpstr (g_array_index (m, MasarActorMatch, 0).actor->id, ==, "land");
  g_assert_false (g_array_index (m, MasarActorMatch, 0).by_role);
  g_clear_pointer (&m, g_array_unref);

  /* Both names, the short one with a proclitic. */
  m = masar_gazetteer_match (gaz, "التقى أحمد سالم ثم وسالم", -1, NULL);
  g_assert_cmpuint (m->len, ==, 2);
  g_assert_cmpuint (g_array_index (m, MasarActorMatch, 1).start, ==, 20);
  g_clear_pointer (&m, g_array_unref);

  /* The same file read from disk. */
  fd = g_file_open_tmp ("masar-gazetteer-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_assert_true (g_file_set_contents (path, json, -1, &error));
  g_clear_object (&gaz);
  gaz = masar_gazetteer_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (masar_gazetteer_get_n_actors (gaz), ==, 3);
  g_unlink (path);
}

/* Words that name nobody are remembered per thread: a word that names nobody in one
 * gazetteer must still be found in another one used next on the same thread, and again in
 * the first after that. */
static void
test_dead_words_per_gazetteer (void)
{
  const char *json_a =
    "{ \"format\": \"masar-gazetteer/1\", \"actors\": ["
    "    { \"id\": \"karim\", \"kind\": \"person\", \"name_ar\": \"كريم ناصر\", \"name_en\": \"Karim\" } ] }";
  const char *json_b =
    "{ \"format\": \"masar-gazetteer/1\", \"actors\": ["
    "    { \"id\": \"hall\", \"kind\": \"place\", \"name_ar\": \"المدينة\", \"name_en\": \"Hall\" } ] }";
  const char *text = "وصل كريم ناصر إلى المدينة أمس";
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarGazetteer) a = masar_gazetteer_new_from_data (json_a, -1, &error);
  g_autoptr(MasarGazetteer) b = masar_gazetteer_new_from_data (json_b, -1, &error);

  g_assert_no_error (error);
  for (guint round = 0; round < 3; round++)
    {
      g_autoptr(GArray) ma = masar_gazetteer_match (a, text, -1, NULL);
      g_autoptr(GArray) mb = masar_gazetteer_match (b, text, -1, NULL);

      g_assert_cmpuint (ma->len, ==, 1);
      g_assert_cmpstr (g_array_index (ma, MasarActorMatch, 0).actor->id, ==, "karim");
      g_assert_cmpuint (mb->len, ==, 1);
      g_assert_cmpstr (g_array_index (mb, MasarActorMatch, 0).actor->id, ==, "hall");
      g_assert_cmpuint (g_array_index (mb, MasarActorMatch, 0).start, ==, 18);
    }
}

/* Of two known names equally close to an unseen spelling, the first one listed wins,
 * whatever their lengths (keys are looked at by length). */
static void
test_fuzzy_tie (void)
{
  const char *json_longer_first =
    "{ \"format\": \"masar-gazetteer/1\", \"actors\": ["
    "    { \"id\": \"long\", \"kind\": \"person\", \"name_ar\": \"سامرلندي\", \"name_en\": \"Long\" },"
    "    { \"id\": \"short\", \"kind\": \"person\", \"name_ar\": \"سامرلند\", \"name_en\": \"Short\" } ] }";
  const char *json_shorter_first =
    "{ \"format\": \"masar-gazetteer/1\", \"actors\": ["
    "    { \"id\": \"short\", \"kind\": \"person\", \"name_ar\": \"سامرلند\", \"name_en\": \"Short\" },"
    "    { \"id\": \"long\", \"kind\": \"person\", \"name_ar\": \"سامرلندي\", \"name_en\": \"Long\" } ] }";
  /* One letter off each: سامرلندو (8 letters) against 8 and 7 letters. */
  const char *text = "قال سامرلندو أمس";
  g_autoptr(GError) error = NULL;
  g_autoptr(MasarGazetteer) lf = masar_gazetteer_new_from_data (json_longer_first, -1, &error);
  g_autoptr(MasarGazetteer) sf = masar_gazetteer_new_from_data (json_shorter_first, -1, &error);
  g_autoptr(GArray) m1 = NULL;
  g_autoptr(GArray) m2 = NULL;

  g_assert_no_error (error);
  m1 = masar_gazetteer_match (lf, text, -1, NULL);
  m2 = masar_gazetteer_match (sf, text, -1, NULL);
  g_assert_cmpuint (m1->len, ==, 1);
  g_assert_cmpuint (m2->len, ==, 1);
  g_assert_cmpstr (g_array_index (m1, MasarActorMatch, 0).actor->id, ==, "long");
  g_assert_cmpstr (g_array_index (m2, MasarActorMatch, 0).actor->id, ==, "short");
}

static void
test_actor_helpers (void)
{
  MasarActor *a = masar_actor_new ("x_1", MASAR_ACTOR_GROUP, "مجموعة", "Group", NULL, "other");
  MasarActor *b = masar_actor_copy (a);

  g_assert_cmpstr (b->id, ==, "x_1");
  g_assert_cmpint (b->kind, ==, MASAR_ACTOR_GROUP);
  g_assert_null (b->country);
  g_assert_cmpstr (masar_actor_kind_to_string (MASAR_ACTOR_PLACE), ==, "place");
  g_assert_cmpint (masar_actor_kind_from_string ("country"), ==, MASAR_ACTOR_COUNTRY);
  g_assert_cmpint (masar_actor_kind_from_string ("person"), ==, MASAR_ACTOR_PERSON);
  g_assert_cmpint (masar_actor_kind_from_string ("unheard-of"), ==, MASAR_ACTOR_ORGANIZATION);
  masar_actor_free (a);
  masar_actor_free (b);
}

static gpointer
get_default_thread (gpointer data)
{
  return masar_gazetteer_get_default (NULL);
}

static void
test_default_threads (void)
{
  GThread *t1 = g_thread_new ("a", get_default_thread, NULL);
  GThread *t2 = g_thread_new ("b", get_default_thread, NULL);
  gpointer g1 = g_thread_join (t1);
  gpointer g2 = g_thread_join (t2);

  g_assert_nonnull (g1);
  g_assert_true (g1 == g2);
  g_assert_true (g1 == get_gazetteer ());
}

/* The seed articles: the actors of the track are found, spans are sane, and no fuzzy match
 * lands on a common word (every fuzzy match is a person or place with a similar spelling
 * already tested above). */
static void
test_seeds (void)
{
  MasarGazetteer *gaz = get_gazetteer ();
  const char *shared = g_getenv ("MASAR_SHARED_DIR");
  const char *expected[] = { "putin", "zelensky", "trump", "witkoff", "peskov", "ushakov",
                             "dmitriev", "rubio", "kushner", "kellogg", "leavitt",
                             "razumkov", "shmyhal", "von_der_leyen", "russia", "ukraine",
                             "usa", "qatar", "kremlin", "istanbul", "moscow", "kyiv", NULL };
  g_autoptr(GHashTable) found = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *dir = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;

  if (shared == NULL)
    {
      g_test_skip ("MASAR_SHARED_DIR is not set");
      return;
    }
  dir = g_build_filename (shared, "corpus", "seeds", NULL);
  d = g_dir_open (dir, 0, NULL);
  if (d == NULL)
    {
      g_test_skip ("no seeds corpus");
      return;
    }

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize len;
      g_autoptr(GArray) m = NULL;
      guint prev_end = 0;
      guint n_chars;

      if (!g_file_get_contents (path, &contents, &len, NULL))
        continue;
      n_chars = g_utf8_strlen (contents, len);
      m = masar_gazetteer_match (gaz, contents, len, NULL);
      for (guint i = 0; i < m->len; i++)
        {
          const MasarActorMatch *a = &g_array_index (m, MasarActorMatch, i);

          g_assert_cmpuint (a->start, <, a->end);
          g_assert_cmpuint (a->start, >=, prev_end);
          g_assert_cmpuint (a->end, <=, n_chars);
          g_assert_cmpfloat (a->score, >, 0.7);
          g_assert_cmpfloat (a->score, <=, 1.0);
          if (a->score < 0.8)
            g_assert_true (a->actor->kind == MASAR_ACTOR_PERSON || a->actor->kind == MASAR_ACTOR_PLACE);
          prev_end = a->end;
          g_hash_table_add (found, a->actor->id);
        }
    }

  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_test_message ("seeds name %s", expected[i]);
      g_assert_true (g_hash_table_contains (found, expected[i]));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/masar/gazetteer/match-table", test_match_table);
  g_test_add_func ("/masar/gazetteer/scores", test_scores);
  g_test_add_func ("/masar/gazetteer/match-folded", test_match_folded);
  g_test_add_func ("/masar/gazetteer/offsets-with-marks", test_offsets_with_marks);
  g_test_add_func ("/masar/gazetteer/lookup-and-stands-for", test_lookup_and_stands_for);
  g_test_add_func ("/masar/gazetteer/every-actor", test_every_actor);
  g_test_add_func ("/masar/gazetteer/load-errors", test_load_errors);
  g_test_add_func ("/masar/gazetteer/small-gazetteer", test_small_gazetteer);
  g_test_add_func ("/masar/gazetteer/dead-words-per-gazetteer", test_dead_words_per_gazetteer);
  g_test_add_func ("/masar/gazetteer/fuzzy-tie", test_fuzzy_tie);
  g_test_add_func ("/masar/gazetteer/actor-helpers", test_actor_helpers);
  g_test_add_func ("/masar/gazetteer/default-threads", test_default_threads);
  g_test_add_func ("/masar/gazetteer/seeds", test_seeds);

  return g_test_run ();
}
