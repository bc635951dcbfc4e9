#!/usr/bin/env python3
"""Write blind-d.gold.json (masar-gold/1) from the annotations below.

Blind development set d: eight articles written for this project in the style of scraped pages
of other outlets (Algerian daily, Omani agency, Asharq News, Al Araby Al Jadeed, Al Mayadeen,
Bahraini daily, WAM, Tunisian site), about real events of the track in 2024-2025 that the other
annotated sets do not cover as their main story: the Kursk incursion and the stalled Doha energy
talks, Putin's Victory Day truce and Kyiv's 30-day counter-offer, the Coalition of the Willing
(Paris, Sept. and March 2025), the local ceasefire for repairs at Zaporizhzhia (Oct. 2025), the
Rubio-Lavrov meetings (New York, Kuala Lumpur), the Miami talks of Umerov with Witkoff and
Kushner, a UAE-mediated prisoner exchange (Sept. 2024), and the Munich Security Conference.
The events were annotated by hand without running the extractor or reading its code. Evidence
is an exact excerpt of the file (it must occur once); goldlib writes its offsets in Unicode
code points.

Conventions: real-world dates; a relative date (أمس، الثلاثاء، يوم الأحد الماضي) is resolved
against the article's own date line and counts as inferable. d4 has no date line at all and d8
only says "منذ يومين": a weekday there gives date_inferable=false; an explicit day and month
("يوم 12 فيفري") with the year of the copyright line counts as inferable (as in the seeds).
"منتصف الشهر" or a sentence with no time expression gives the real day with
date_inferable=false, or the month when the text fixes the month. core=false marks military
context and background remarks. Negated or hypothetical mentions ("لا توجد خطط ...") and the
headline lists of the page chrome are not annotated.
d3 and d5 each hold two articles: the second is glued after "اقرأ أيضاً:" (segment 1).
Run it after editing an article, then
tools/check-gold.py tests/data/events/blind-d.gold.json tests/data/events/blind-d.
"""
import json
import os

import goldlib

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "blind-d")
OUT = os.path.join(HERE, "blind-d.gold.json")

ARTICLES = [
    ("d1-kursk-doha-algeria.txt", "يومية المسار العربي", "2024-08-28", "زيلينسكي يربط \"خطة النصر\""),
    ("d2-victory-truce-oman.txt", "وكالة الأنباء العُمانية", "2025-05-09", "الهدنة الروسية تدخل يومها الثاني"),
    ("d3-coalition-willing-asharq.txt", "الشرق للأخبار", "2025-09-05", "بوتين يحذر: أي قوات غربية"),
    ("d3-coalition-willing-asharq.txt", "الشرق للأخبار", "2025-03-27", "ماكرون بعد قمة باريس"),
    ("d4-znpp-repairs-alaraby.txt", "العربي الجديد", "2025-10-18", "هدنة موضعية حول زابوريجيا"),
    ("d5-rubio-lavrov-mayadeen.txt", "الميادين نت", "2025-09-25", "روبيو يلتقي لافروف في نيويورك"),
    ("d5-rubio-lavrov-mayadeen.txt", "الميادين نت", "2025-07-11", "لافروف وروبيو في كوالالمبور"),
    ("d6-miami-talks-bahrain.txt", "الوطن البحرينية", "2025-12-07", "محادثات ميامي تنتهي"),
    ("d7-uae-exchange-wam.txt", "وام", "2024-09-14", "نجاح وساطة إماراتية جديدة"),
    ("d8-munich-vance-tunisia.txt", "تونس الآن", "2025-02-16", "من ميونيخ.. زيلنسكي يدعو"),
]
# d4 has no date at all, d8 only "منذ يومين": their published dates are the real ones, not inferable.
NOT_INFERABLE_PUBLISHED = {"d4-znpp-repairs-alaraby.txt", "d8-munich-vance-tunisia.txt"}

# (file prefix, type, alt_types, date, date_end, date_inferable, actors, location, core, note, [evidence])
E = [
    # d1 — Algerian daily, Wed 28 Aug 2024 (أوت): Kursk, the Doha energy talks, the 26 Aug strike
    ("d1-", "statement", ["proposal"], "2024-08-27", None, True, ["Volodymyr Zelensky"], "Kyiv", True,
     "Zelensky (أمس الثلاثاء): the Kursk incursion is part of the victory plan, meant to force Russia to end the war",
     ["كشف الرئيس الأوكراني فولوديمير زيلينسكي، أمس الثلاثاء، أن التوغل العسكري الذي تنفذه قواته داخل مقاطعة كورسك الروسية",
      "وقال زيلينسكي، خلال منتدى صحفي نظم في العاصمة كييف بمناسبة عيد الاستقلال، إن الخطة تهدف إلى"]),
    ("d1-", "talks", ["proposal"], "2024-09", None, True, ["Volodymyr Zelensky", "Joe Biden"], None, True,
     "planned: plan to be presented to Biden in September",
     ["مؤكدا أنه سيعرض هذه الخطة على الرئيس الأمريكي جو بايدن خلال شهر سبتمبر المقبل"]),
    ("d1-", "talks", ["proposal"], None, None, False, ["Volodymyr Zelensky", "Kamala Harris", "Donald Trump"], None, True,
     "planned, undated: plan also to be shown to the candidates Harris and Trump",
     ["وإنه ينوي أيضا عرضها على المرشحين للرئاسة الأمريكية كامالا هاريس ودونالد ترامب"]),
    ("d1-", "statement", ["aid", "pressure"], "2024-08-27", None, True, ["Volodymyr Zelensky"], None, True,
     "asks allies to lift limits on long-range strikes into Russia",
     ["وجدد الرئيس الأوكراني مطالبته للحلفاء الغربيين برفع القيود المفروضة على استخدام الأسلحة بعيدة المدى"]),
    ("d1-", "military", [], "2024-08-26", None, True, ["Russia", "Ukraine"], None, False,
     "massive Russian missile and drone strike on the energy grid (يوم الاثنين); Russian MoD claim",
     ["وجاءت تصريحات زيلينسكي غداة هجوم روسي ضخم استهدف، يوم الاثنين، منشآت الطاقة",
      "وأكدت وزارة الدفاع الروسية من جهتها أنها نفذت \"ضربة مكثفة بأسلحة عالية الدقة\""]),
    ("d1-", "military", [], "2024-08", None, True, ["Russia"], "Kursk", False,
     "Moscow's first response: counter-terrorism regime in the border regions (real date 9 Aug)",
     ["بإعلان حالة \"عملية مكافحة الإرهاب\" في المقاطعات الحدودية"]),
    ("d1-", "talks", [], "2024-08", None, True, ["Russia", "Ukraine", "Qatar"], "Doha", True,
     "Qatar-mediated indirect talks on a moratorium on energy strikes; delegations were to go to Doha this month, postponed (Washington Post)",
     ["وتعيد هذه التطورات إلى الواجهة مصير الاتصالات غير المباشرة التي كانت قطر ترعاها بين موسكو وكييف",
      "أن وفدي روسيا وأوكرانيا كانا بصدد السفر إلى الدوحة في النصف الثاني من أوت الجاري"]),
    ("d1-", "statement", ["talks"], "2024-08", None, True, ["Ukraine"], "Doha", True,
     "Ukrainian presidency: Doha meeting postponed because of the Middle East, to be held by video",
     ["غير أن الرئاسة الأوكرانية قدمت رواية مختلفة، إذ أكدت أن اجتماع الدوحة أجل"]),
    ("d1-", "rejection", ["statement"], "2024-08", None, False, ["Maria Zakharova", "Russia"], None, True,
     "Zakharova denies any direct or indirect talks on energy facilities (no date in the sentence)",
     ["أما موسكو فقد نفت الناطقة باسم الخارجية الروسية ماريا زاخاروفا وجود أي مفاوضات مباشرة أو غير مباشرة"]),
    ("d1-", "rejection", ["statement"], "2024-08-17", None, False, ["Yuri Ushakov"], None, True,
     "Ushakov: no room now for talks (منتصف الشهر: month only; real date 17 Aug)",
     ["وكان مساعد الرئيس الروسي يوري أوشاكوف قد صرح منتصف الشهر الجاري بأن \"لا مجال الآن\""]),
    ("d1-", "rejection", ["statement"], "2024-08-12", None, True, ["Vladimir Putin"], None, True,
     "Putin at a security meeting (الثاني عشر من أوت): what talks with those who strike civilians",
     ["حين تساءل، خلال اجتماع أمني في الثاني عشر من أوت، عن معنى التفاوض"]),
    ("d1-", "military", [], "2024-08-06", None, True, ["Ukraine", "Russia"], "Kursk", False,
     "the incursion began on 6 August",
     ["يرى محللون أن كييف أرادت من التوغل، الذي انطلق في السادس من أوت"]),
    ("d1-", "military", [], "2024-08-15", None, False, ["Ukraine", "Russia"], "Sudzha", False,
     "Ukraine says it took Sudzha (منتصف الشهر)",
     ["وأسفر بحسب روايتها عن السيطرة على بلدة سودجا منتصف الشهر"]),
    ("d1-", "military", [], "2024-08", None, True, ["Russia", "Ukraine"], "Pokrovsk", False,
     "Russian advance towards Pokrovsk continues",
     ["حيث تواصل قواتها التقدم ببطء نحو مدينة بوكروفسك"]),

    # d2 — Omani agency, Fri 9 May 2025 (Arabic-Indic digits): Victory Day truce
    ("d2-", "ceasefire", [], "2025-05-08", "2025-05-10", True, ["Vladimir Putin", "Russia"], None, True,
     "the three-day truce is in force, second day today",
     ["دخلت الهدنة التي أعلنها الرئيس الروسي فلاديمير بوتين بمناسبة الذكرى الثمانين"]),
    ("d2-", "ceasefire", ["military", "statement"], "2025-05-08", "2025-05-09", True, ["Russia", "Ukraine"], None, True,
     "Russian MoD: Ukraine broke the truce hundreds of times",
     ["وأعلنت وزارة الدفاع الروسية أن القوات الأوكرانية انتهكت الهدنة مئات المرات"]),
    ("d2-", "ceasefire", ["military", "statement"], "2025-05-08", "2025-05-09", True, ["Ukraine", "Russia"], "Pokrovsk", True,
     "Ukrainian General Staff: Russian ground assaults went on",
     ["قالت هيئة الأركان العامة للقوات المسلحة الأوكرانية إن القوات الروسية واصلت شن هجمات برية"]),
    ("d2-", "talks", [], "2025-05-08", None, True, ["Xi Jinping", "Vladimir Putin", "China"], "Moscow", True,
     "Xi-Putin talks in the Kremlin (أمس)",
     ["الذي أجرى أمس مباحثات رسمية مع الرئيس بوتين في الكرملين"]),
    ("d2-", "statement", [], "2025-05-08", None, True, ["Xi Jinping"], None, True,
     "Xi: China supports all efforts towards peace",
     ["وأكد خلالها أن بلاده تدعم \"كل الجهود التي تسهم في تحقيق السلام\""]),
    ("d2-", "ceasefire", ["proposal", "pressure"], "2025-04-28", None, True, ["Vladimir Putin", "Russia"], None, True,
     "Kremlin announces the 8-10 May truce (٢٨ أبريل), threatens a response to violations",
     ["وكان الكرملين قد أعلن يوم ٢٨ أبريل الماضي أن الرئيس بوتين قرر وقف جميع العمليات القتالية"]),
    ("d2-", "proposal", ["ceasefire", "statement"], "2025-04-28", None, True, ["Andrii Sybiha", "Ukraine"], None, True,
     "Sybiha: cease fire now, why wait for 8 May",
     ["قال وزير الخارجية الأوكراني أندريه سيبيها إنه إذا كانت روسيا تريد السلام حقًا"]),
    ("d2-", "proposal", ["ceasefire", "rejection"], "2025-04-28", None, True, ["Volodymyr Zelensky", "Ukraine"], None, True,
     "Zelensky's counter-offer: a full 30-day ceasefire; calls the truce manipulation",
     ["فيما أكد الرئيس فولوديمير زيلينسكي أن بلاده مستعدة لوقف شامل وغير مشروط لإطلاق النار لمدة ثلاثين يومًا على الأقل"]),
    ("d2-", "ceasefire", ["proposal"], "2025-05-08", None, True, ["Donald Trump", "United States"], None, True,
     "Trump (أمس الخميس) calls for a 30-day unconditional ceasefire",
     ["دعا الرئيس الأمريكي دونالد ترامب أمس الخميس إلى وقف \"غير مشروط\" لإطلاق النار"]),
    ("d2-", "pressure", [], "2025-05-08", None, True, ["Donald Trump", "United States", "Russia"], None, True,
     "threat of further sanctions if the ceasefire is not respected",
     ["ستفرض الولايات المتحدة وشركاؤها عقوبات إضافية"]),
    ("d2-", "call", [], "2025-05-08", None, True, ["Donald Trump", "Volodymyr Zelensky"], None, True,
     "Trump-Zelensky phone call before the post",
     ["وجاءت دعوة ترامب عقب اتصال هاتفي أجراه مع الرئيس الأوكراني"]),
    ("d2-", "statement", ["proposal"], "2025-05-08", None, True, ["Volodymyr Zelensky"], None, True,
     "Zelensky: ready for a 30-day ceasefire even today, talks in any format",
     ["قال زيلينسكي بعده إن أوكرانيا \"مستعدة لوقف كامل لإطلاق النار لمدة ثلاثين يومًا، حتى اليوم\""]),
    ("d2-", "statement", [], "2025-05-07", None, True, ["JD Vance"], None, True,
     "Vance (الأربعاء): Russia asks for too much",
     ["وكان نائب الرئيس الأمريكي جيه دي فانس قد قال في تصريحات أدلى بها الأربعاء إن روسيا"]),
    ("d2-", "talks", [], "2025-05-10", None, True, ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Donald Tusk", "Ukraine"], "Kyiv", True,
     "planned: four European leaders in Kyiv tomorrow Saturday",
     ["من المقرر أن يصل إلى العاصمة الأوكرانية غدًا السبت كل من الرئيس الفرنسي إيمانويل ماكرون"]),
    ("d2-", "military", [], "2025-05-05", "2025-05-07", False, ["Ukraine", "Russia"], "Moscow", False,
     "drone attacks on Moscow in the days before the truce; Russian strikes on Kyiv",
     ["وشهدت الأيام التي سبقت بدء الهدنة هجمات مكثفة بالطائرات المسيرة الأوكرانية على العاصمة الروسية"]),
    ("d2-", "ceasefire", [], "2025-04", None, True, ["Russia", "Ukraine"], None, False,
     "background: the Easter truce in April",
     ["بعد هدنة عيد الفصح التي استمرت نحو ثلاثين ساعة في أبريل الماضي"]),

    # d3 segment 0 — Asharq News, Fri 5 Sept 2025: Coalition of the Willing in Paris, Putin's warning
    ("d3-", "statement", ["rejection", "pressure"], "2025-09-05", None, True, ["Vladimir Putin", "Russia"], "Vladivostok", True,
     "Putin (الجمعة): foreign troops in Ukraine would be legitimate targets",
     ["حذّر الرئيس الروسي فلاديمير بوتين، الجمعة، من أن أي قوات أجنبية تنتشر في أوكرانيا",
      "وقال بوتين، خلال الجلسة العامة للمنتدى الاقتصادي الشرقي في فلاديفوستوك"]),
    ("d3-", "talks", [], "2025-09-04", None, True, ["Emmanuel Macron", "Volodymyr Zelensky", "Keir Starmer", "Steve Witkoff", "France"], "Paris", True,
     "Coalition of the Willing meeting at the Elysee (مساء الخميس), Witkoff present",
     ["في ختام اجتماع لما يعرف بـ\"تحالف الراغبين\" استضافه قصر الإليزيه",
      "وشارك المبعوث الأمريكي الخاص ستيف ويتكوف في جانب من المباحثات في باريس"]),
    ("d3-", "agreement", ["aid", "statement"], "2025-09-04", None, True, ["Emmanuel Macron", "France", "Ukraine"], "Paris", True,
     "26 countries formally commit to a reassurance force after a ceasefire (told in lead and body)",
     ["وذلك غداة إعلان الرئيس الفرنسي إيمانويل ماكرون أن 26 دولة تعهدت رسمياً",
      "أن 26 دولة \"التزمت رسمياً\" بنشر قوات في أوكرانيا"]),
    ("d3-", "statement", [], "2025-09-04", None, True, ["Emmanuel Macron"], None, True,
     "Macron: the force is not for war on Russia; US contribution to be set in the coming days",
     ["وأوضح الرئيس الفرنسي أن هذه القوة \"لا تهدف إلى شن حرب على روسيا\""]),
    ("d3-", "call", [], "2025-09-04", None, True, ["Emmanuel Macron", "Volodymyr Zelensky", "Donald Trump"], None, True,
     "leaders' call with Trump after the meeting",
     ["وعقب الاجتماع، أجرى ماكرون وزيلينسكي وعدد من القادة الأوروبيين اتصالاً مع الرئيس الأمريكي دونالد ترمب"]),
    ("d3-", "pressure", ["statement"], "2025-09-04", None, True, ["Donald Trump", "Russia", "China"], None, True,
     "Trump: Europe must stop buying Russian oil and pressure China",
     ["قال البيت الأبيض إن ترمب شدد خلاله على ضرورة أن تتوقف أوروبا عن شراء النفط الروسي"]),
    ("d3-", "statement", [], "2025-09-04", None, True, ["Volodymyr Zelensky"], None, True,
     "Zelensky: the first serious concrete step in a long time",
     ["من جهته، وصف زيلينسكي ما تحقق في باريس بأنه"]),
    ("d3-", "rejection", ["statement"], "2025-09-04", None, True, ["Maria Zakharova", "Russia"], None, True,
     "Zakharova before the meeting: no discussion of any foreign intervention",
     ["كانت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا قد أعلنت أن موسكو"]),
    ("d3-", "proposal", ["talks", "statement"], "2025-09-05", None, True, ["Vladimir Putin", "Volodymyr Zelensky"], "Moscow", True,
     "Putin renews in Vladivostok his readiness to receive Zelensky in Moscow",
     ["جدد بوتين في فلاديفوستوك استعداده لاستقبال زيلينسكي في موسكو"]),
    ("d3-", "proposal", ["talks", "statement"], "2025-09-03", None, True, ["Vladimir Putin", "Volodymyr Zelensky"], "Moscow", True,
     "Putin in Beijing (الأربعاء): let Zelensky come to Moscow",
     ["بعدما كان قد قال الأربعاء في بكين إنه"]),
    ("d3-", "rejection", ["proposal"], "2025-09-04", None, False, ["Volodymyr Zelensky", "Vladimir Putin"], "Kyiv", True,
     "Zelensky: Putin can come to Kyiv; Moscow is not serious (no date in the sentence)",
     ["غير أن الرئيس الأوكراني رد بأن بوتين يمكنه أن يأتي إلى كييف"]),
    # d3 segment 1 — glued article, Thu 27 March 2025: the Paris summit
    ("d3-", "talks", [], "2025-03-27", None, True, ["Emmanuel Macron", "Volodymyr Zelensky", "Keir Starmer", "France"], "Paris", True,
     "segment 1: Coalition of the Willing summit in Paris, about 30 countries",
     ["قمة \"تحالف الراغبين\" التي استضافتها باريس بمشاركة نحو 30 دولة",
      "وقال ماكرون في مؤتمر صحافي عقب القمة، التي حضرها الرئيس الأوكراني"]),
    ("d3-", "proposal", ["statement"], "2025-03-27", None, True, ["Emmanuel Macron", "France"], None, True,
     "segment 1: a European 'reassurance force' after a peace deal, not unanimous",
     ["أعلن الرئيس الفرنسي إيمانويل ماكرون، الخميس، أن عدداً من الدول الأوروبية قد تنشر \"قوة طمأنة\""]),
    ("d3-", "statement", ["aid", "talks"], "2025-03-27", None, True, ["France", "United Kingdom", "Ukraine"], "Ukraine", True,
     "segment 1: a joint Franco-British military team to go to Ukraine",
     ["وأضاف أن فرنسا وبريطانيا سترسلان قريباً فريقاً عسكرياً مشتركاً إلى أوكرانيا"]),
    ("d3-", "pressure", ["statement", "agreement"], "2025-03-27", None, True, ["Emmanuel Macron", "Russia"], None, True,
     "segment 1: consensus that sanctions on Russia stay",
     ["وأكد ماكرون أن المجتمعين أجمعوا على أن \"الوقت ليس مناسباً\" لرفع أي من العقوبات"]),
    ("d3-", "statement", ["proposal"], "2025-03-25", None, False, ["Russia"], None, True,
     "segment 1: Russia's condition, easing of curbs on its farm exports for the Black Sea deal",
     ["في إشارة إلى مطالبة روسيا بتخفيف القيود على صادراتها الزراعية"]),
    ("d3-", "agreement", [], "2025-03-25", None, True, ["United States", "Russia", "Ukraine"], "Riyadh", False,
     "segment 1: background, the Black Sea understandings announced on Tuesday after the Riyadh talks",
     ["الخاصة بالبحر الأسود التي أُعلنت الثلاثاء بعد محادثات الرياض"]),
    ("d3-", "statement", ["pressure"], "2025-03-27", None, True, ["Keir Starmer"], None, True,
     "segment 1: Starmer: Putin is stalling and playing games",
     ["من جانبه، قال ستارمر إن الرئيس الروسي \"يماطل ويواصل ألاعيبه\""]),
    ("d3-", "statement", [], "2025-03-27", None, True, ["Volodymyr Zelensky"], None, True,
     "segment 1: Zelensky hopes for concrete commitments",
     ["فيما أعرب زيلينسكي عن أمله في أن تتحول الخطط الأوروبية"]),
    ("d3-", "talks", [], "2025-03-02", None, True, ["Keir Starmer", "United Kingdom"], "London", False,
     "segment 1: background, London meeting of 2 March",
     ["بعد اجتماع لندن الذي دعا إليه ستارمر في الثاني من مارس"]),
    ("d3-", "talks", [], "2025-03-15", None, False, ["Keir Starmer"], None, False,
     "segment 1: background, virtual meeting mid-March",
     ["واجتماع افتراضي عقد منتصف الشهر نفسه"]),

    # d4 — Al Araby Al Jadeed, no date line (real: Sat 18 Oct 2025): local ceasefire at Zaporizhzhia
    ("d4-", "ceasefire", ["agreement"], "2025-10-18", None, False, ["IAEA", "Rafael Grossi", "Russia", "Ukraine"], "Zaporizhzhia", True,
     "repairs of the plant's power lines start after local ceasefire zones (السبت, page undated)",
     ["أعلنت الوكالة الدولية للطاقة الذرية، السبت، بدء أعمال إصلاح خطوط الكهرباء الخارجية",
      "وذلك إثر إقامة \"مناطق وقف إطلاق نار محلية\""]),
    ("d4-", "statement", [], "2025-10-18", None, False, ["Rafael Grossi"], None, True,
     "Grossi on X: both sides engaged constructively",
     ["وقال المدير العام للوكالة رافائيل غروسي، في منشور على منصة إكس"]),
    ("d4-", "statement", [], "2025-10-18", None, False, ["Russia", "Rosatom"], "Zaporizhzhia", False,
     "Russian-installed plant management: thanks to IAEA-Rosatom cooperation, MoD ensures safety",
     ["وأكدت الإدارة التي عينتها روسيا في المحطة بدء الأعمال"]),
    ("d4-", "military", [], "2025-09-23", None, False, ["Russia", "Ukraine"], "Zaporizhzhia", False,
     "last external line cut on 23 Sept (no year in the text); mutual blame",
     ["وحمّلت كييف القصف الروسي مسؤولية قطع الخط"]),
    ("d4-", "statement", ["ceasefire"], "2025-10-15", None, False, ["Alexey Likhachev", "Rosatom"], None, True,
     "Likhachev: a regime of silence on both sides is being prepared for the repairs",
     ["وكان المدير العام لـ\"روساتوم\" أليكسي ليخاتشوف قد أعلن منتصف الأسبوع"]),
    ("d4-", "statement", [], "2025-10-02", None, False, ["Andrii Sybiha", "Ukraine"], None, True,
     "Sybiha: Russia cut the plant off on purpose to connect it to its own grid",
     ["اتهم وزير الخارجية الأوكراني أندريه سيبيها روسيا في وقت سابق من الشهر"]),
    ("d4-", "statement", [], "2025-09-30", None, False, ["Volodymyr Zelensky"], None, True,
     "Zelensky: the situation at the plant is critical",
     ["كما وصف الرئيس فولوديمير زيلينسكي الوضع في المحطة بأنه \"حرج\""]),
    ("d4-", "talks", [], "2024-03-06", None, True, ["Rafael Grossi", "Vladimir Putin"], "Sochi", False,
     "background: Grossi met Putin in Sochi",
     ["فقد التقى الرئيس الروسي فلاديمير بوتين في مدينة سوتشي في السادس من مارس/ آذار 2024"]),
    ("d4-", "talks", ["statement"], "2024-08", None, True, ["Rafael Grossi", "Alexey Likhachev", "IAEA"], "Kursk", False,
     "background: Grossi at the Kursk nuclear plant with Likhachev (real 27 Aug 2024), warning",
     ["كما زار في أغسطس/ آب من العام نفسه محطة كورسك النووية داخل روسيا برفقة ليخاتشوف"]),
    ("d4-", "proposal", [], "2025-03", None, False, ["Donald Trump", "United States"], "Zaporizhzhia", False,
     "background: Trump's idea that the US run the plant (real 19 March 2025)",
     ["وسبق أن طرح الرئيس الأمريكي دونالد ترامب فكرة أن تتولى الولايات المتحدة إدارة المحطة"]),

    # d5 segment 0 — Al Mayadeen, Thu 25 Sept 2025: Rubio-Lavrov in New York
    ("d5-", "talks", [], "2025-09-24", None, True, ["Marco Rubio", "Sergey Lavrov"], "New York", True,
     "Rubio-Lavrov meeting on the UNGA sidelines (أمس الأربعاء); Russian readout",
     ["التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأميركي ماركو روبيو، أمس الأربعاء",
      "فيما أفادت الوزارة بأن الوزيرين تناولا \"مجمل الأجندة الثنائية\""]),
    ("d5-", "statement", ["pressure"], "2025-09-24", None, True, ["Marco Rubio", "United States"], None, True,
     "State Department: Rubio repeated the call to stop the killing and for meaningful steps",
     ["إن روبيو \"كرر دعوة الرئيس ترامب إلى وقف القتل\""]),
    ("d5-", "talks", [], "2025-09-23", None, True, ["Donald Trump", "Volodymyr Zelensky"], "New York", True,
     "Trump-Zelensky meeting in New York (الثلاثاء)",
     ["إثر لقائه الرئيس الأوكراني فولوديمير زيلينسكي في نيويورك"]),
    ("d5-", "statement", [], "2025-09-23", None, True, ["Donald Trump"], None, True,
     "Trump: Ukraine can win back all its land; Russia a paper tiger",
     ["أن أوكرانيا قادرة بدعم من الاتحاد الأوروبي على \"استعادة كامل أراضيها في شكلها الأصلي\""]),
    ("d5-", "pressure", [], "2025-09-23", None, True, ["Donald Trump", "United States", "Russia"], "New York", True,
     "Trump at the UNGA threatens strong tariffs on Russia",
     ["بفرض \"رسوم جمركية قوية جداً\" على روسيا إذا لم تكن مستعدة لإنهاء الحرب"]),
    ("d5-", "statement", ["rejection"], "2025-09-24", None, False, ["Dmitry Peskov"], None, True,
     "Peskov: Russia is a bear, not a paper tiger (no day in the sentence)",
     ["وفي أول رد من الكرملين، قال المتحدث باسمه دميتري بيسكوف"]),
    ("d5-", "statement", [], "2025-09-24", None, True, ["Volodymyr Zelensky"], "New York", True,
     "Zelensky at the UNGA (الأربعاء): stop Russia now, ready to meet Putin",
     ["أما زيلينسكي فقال في كلمته أمام الجمعية العامة، الأربعاء"]),
    # d5 segment 1 — glued article, Fri 11 July 2025: Kuala Lumpur
    ("d5-", "talks", [], "2025-07-10", None, True, ["Marco Rubio", "Sergey Lavrov"], "Kuala Lumpur", True,
     "segment 1: Rubio-Lavrov meeting at the ASEAN meetings (مساء أمس الخميس)",
     ["وذلك عقب لقاء جمعهما مساء أمس الخميس في العاصمة الماليزية كوالالمبور",
      "فيما وصفت الخارجية الروسية المحادثات التي استمرت نحو خمسين دقيقة"]),
    ("d5-", "proposal", ["statement"], "2025-07-10", None, True, ["Sergey Lavrov", "Russia", "Marco Rubio"], "Kuala Lumpur", True,
     "segment 1: Lavrov passed a 'new idea' that Rubio takes to Trump",
     ["أعلن وزير الخارجية الأميركي ماركو روبيو أنه تلقى من نظيره الروسي سيرغي لافروف \"فكرة جديدة\"",
      "لكنه \"مفهوم مختلف\" سيحمله إلى الرئيس ترامب"]),
    ("d5-", "statement", [], "2025-07-10", None, True, ["Marco Rubio", "Donald Trump"], None, True,
     "segment 1: Rubio: Trump disappointed and frustrated, a roadmap is needed",
     ["لافتاً إلى أن الرئيس الأميركي \"يشعر بخيبة أمل وإحباط\""]),
    ("d5-", "statement", [], "2025-07-11", None, True, ["Sergey Lavrov"], None, True,
     "segment 1: Lavrov (اليوم) confirmed Moscow's position to Rubio",
     ["بدوره، قال لافروف اليوم إنه أكد لروبيو موقف موسكو"]),
    ("d5-", "call", [], "2025-07-03", None, True, ["Vladimir Putin", "Donald Trump"], None, True,
     "segment 1: the Putin-Trump call of 3 July",
     ["خلال اتصالهما الهاتفي في الثالث من تموز"]),
    ("d5-", "statement", ["rejection"], "2025-07-11", None, False, ["Sergei Ryabkov"], None, True,
     "segment 1: Ryabkov denies the positive momentum has faded",
     ["نفى نائب وزير الخارجية سيرغي ريابكوف أن يكون \"الزخم الإيجابي\""]),
    ("d5-", "talks", [], "2025-02", None, True, ["Marco Rubio", "Sergey Lavrov"], "Riyadh", False,
     "segment 1: background, the Riyadh talks in February",
     ["وهو الأول بين الوزيرين منذ محادثات الرياض في شباط الماضي"]),
    ("d5-", "aid", [], "2025-07-07", None, False, ["Donald Trump", "United States", "Ukraine"], None, False,
     "segment 1: Trump says more defensive weapons will go to Ukraine after a pause",
     ["بعد أيام من إعلان ترامب أن بلاده سترسل مزيداً من الأسلحة الدفاعية إلى أوكرانيا"]),

    # d6 — Bahraini daily, Sun 7 Dec 2025, noisy page: Miami talks
    ("d6-", "talks", [], "2025-12-04", "2025-12-06", True, ["Rustem Umerov", "Andriy Hnatov", "Steve Witkoff", "Jared Kushner", "Ukraine", "United States"], "Miami", True,
     "Miami round from Thursday to Saturday",
     ["اختتم الوفد الأوكراني برئاسة أمين مجلس الأمن القومي والدفاع رستم عمروف جولة جديدة من المحادثات",
      "مشيرة إلى أن هذا هو الاجتماع السادس بين المجموعتين خلال أسبوعين"]),
    ("d6-", "agreement", [], "2025-12-05", None, True, ["United States", "Ukraine", "Rustem Umerov", "Steve Witkoff"], "Miami", True,
     "agreed on a framework of security arrangements (joint statement مساء الجمعة; lead and body)",
     ["وأسفرت بحسب الجانبين عن الاتفاق على إطار للترتيبات الأمنية لأوكرانيا بعد الحرب",
      "\"اتفقا على إطار للترتيبات الأمنية\""]),
    ("d6-", "statement", [], "2025-12-05", None, True, ["United States", "Ukraine"], None, True,
     "joint statement: progress depends on Russia's commitment to peace",
     ["وشدد البيان على أن \"أي تقدم حقيقي نحو أي اتفاق يعتمد على استعداد روسيا"]),
    ("d6-", "statement", [], "2025-12-05", None, True, ["Rustem Umerov"], None, True,
     "Umerov: the priority is a settlement protecting independence and sovereignty",
     ["وأكد عمروف، بحسب البيان، أن أولوية أوكرانيا"]),
    ("d6-", "call", [], "2025-12-06", None, True, ["Volodymyr Zelensky", "Steve Witkoff", "Jared Kushner"], None, True,
     "Zelensky's call with Witkoff and Kushner (السبت)",
     ["قال الرئيس الأوكراني فولوديمير زيلينسكي إنه أجرى السبت اتصالاً هاتفياً"]),
    ("d6-", "statement", [], "2025-12-06", None, True, ["Volodymyr Zelensky"], None, True,
     "Zelensky: some issues can only be settled by the leaders",
     ["وأوضح زيلينسكي أن الوفد سيعود إلى كييف لإطلاعه"]),
    ("d6-", "talks", [], "2025-11-30", None, True, ["Rustem Umerov", "Marco Rubio", "Steve Witkoff", "Jared Kushner", "Ukraine", "United States"], "Hallandale Beach", True,
     "first Florida round (يوم الأحد الماضي) with Rubio",
     ["وتأتي محادثات ميامي بعد جولة أولى عقدها الوفدان يوم الأحد الماضي"]),
    ("d6-", "statement", [], "2025-11-30", None, True, ["Marco Rubio"], None, True,
     "Rubio: productive, more work to do",
     ["الذي وصفها حينها بأنها \"مثمرة\""]),
    ("d6-", "talks", [], "2025-12-02", None, True, ["Steve Witkoff", "Jared Kushner", "Vladimir Putin"], "Moscow", True,
     "Witkoff and Kushner with Putin in the Kremlin (الثلاثاء), about five hours",
     ["توجه ويتكوف وكوشنر إلى موسكو حيث التقيا الرئيس الروسي فلاديمير بوتين في الكرملين الثلاثاء"]),
    ("d6-", "statement", [], "2025-12-02", None, True, ["Yuri Ushakov"], None, True,
     "Ushakov: no compromise yet on territory",
     ["وقال مساعد الرئيس الروسي يوري أوشاكوف بعده إنه \"لم يتم التوصل بعد إلى حل وسط\""]),
    ("d6-", "statement", [], "2025-12-03", None, False, ["Donald Trump"], None, True,
     "Trump: the meeting with Putin was very good (no day in the sentence)",
     ["من جهته، وصف ترامب اللقاء مع بوتين بأنه كان \"جيداً جداً\""]),
    ("d6-", "statement", ["pressure"], "2025-12-02", None, True, ["Vladimir Putin"], None, True,
     "Putin before the meeting: no plan to fight Europe, but ready now",
     ["وكان بوتين قد صرح، قبيل لقائه المبعوثين الأمريكيين"]),
    ("d6-", "military", [], "2025-12-06", None, True, ["Russia", "Ukraine"], None, False,
     "massive Russian drone and missile strike on energy (ليل الجمعة - السبت)",
     ["ميدانياً، شنت روسيا ليل الجمعة - السبت هجوماً واسعاً"]),
    ("d6-", "talks", [], "2025-12-08", None, True, ["Volodymyr Zelensky", "Keir Starmer", "Emmanuel Macron", "Friedrich Merz"], "London", True,
     "planned: Zelensky meets Starmer, Macron and Merz in London (غد الاثنين)",
     ["من المقرر أن يلتقي زيلينسكي في لندن يوم غد الاثنين"]),

    # d7 — WAM, Sat 14 Sept 2024: UAE-mediated exchange 103 for 103
    ("d7-", "prisoner_exchange", [], "2024-09-14", None, True, ["Russia", "Ukraine", "United Arab Emirates"], None, True,
     "UAE-mediated exchange of 206 prisoners, 103 each; Russian MoD and Zelensky report it",
     ["نجحت جهود الوساطة التي قامت بها دولة الإمارات العربية المتحدة في إنجاز عملية تبادل جديدة للأسرى",
      "قالت وزارة الدفاع الروسية في بيان نقلته وكالات الأنباء الروسية إن 103 عسكريين روس",
      "أعلن الرئيس الأوكراني فولوديمير زيلينسكي عودة 103 أوكرانيين من الأسر"]),
    ("d7-", "statement", [], "2024-09-14", None, True, ["United Arab Emirates"], None, True,
     "UAE foreign ministry thanks both sides, will keep supporting a peaceful solution",
     ["وأعربت وزارة الخارجية، في بيان لها اليوم، عن شكرها لكل من روسيا وأوكرانيا"]),
    ("d7-", "prisoner_exchange", [], "2024-08-24", None, True, ["Russia", "Ukraine", "United Arab Emirates"], None, True,
     "previous UAE-mediated exchange, 115 for 115",
     ["أسفرت في الرابع والعشرين من أغسطس الماضي عن تبادل 230 أسيراً بين البلدين"]),
    ("d7-", "statement", [], "2024-09-14", None, True, ["Volodymyr Zelensky"], None, True,
     "Zelensky: all tools to bring everyone back (Kursk captives as exchange fund)",
     ["وقال زيلينسكي إن بلاده ستواصل استخدام \"كل الأدوات\" لاستعادة مواطنيها"]),
    ("d7-", "military", [], "2024-08-06", None, True, ["Ukraine", "Russia"], "Kursk", False,
     "Kursk operation since 6 August",
     ["منذ بدء عملياتها في مقاطعة كورسك في السادس من أغسطس الماضي"]),
    ("d7-", "talks", ["proposal"], "2024-09", None, True, ["Volodymyr Zelensky", "Joe Biden"], "United States", True,
     "planned: Zelensky to present his plan to Biden this month",
     ["أعلن مكتب الرئيس الأوكراني أن زيلينسكي سيتوجه خلال الشهر الجاري إلى الولايات المتحدة"]),
    ("d7-", "prisoner_exchange", [], "2024-01-03", None, True, ["Russia", "Ukraine", "United Arab Emirates"], None, True,
     "the largest UAE-mediated exchange, 478 prisoners (الثالث من يناير الماضي)",
     ["كان أكبرها في الثالث من يناير الماضي حين عاد 478 أسيراً إلى بلديهم"]),

    # d8 — Tunisian site, "منذ يومين" only (real 16 Feb 2025): Munich Security Conference
    ("d8-", "statement", [], "2025-02-15", None, False, ["Volodymyr Zelensky"], "Munich", True,
     "Zelensky (السبت, page undated): an army of Europe",
     ["دعا الرئيس الأوكراني فولوديمير زيلنسكي، السبت، في كلمة أمام مؤتمر ميونيخ للأمن"]),
    ("d8-", "rejection", ["statement"], "2025-02-15", None, False, ["Volodymyr Zelensky"], "Munich", True,
     "no deals behind Ukraine's back; will meet only Putin, after a common plan with Trump and Europe",
     ["وشدد زيلنسكي على أن أوكرانيا \"لن تقبل أبدا باتفاقات تُبرم من وراء ظهرها ومن دون مشاركتها\"",
      "وقال إنه لن يلتقي إلا روسيا واحدا هو فلاديمير بوتين"]),
    ("d8-", "call", [], "2025-02-12", None, True, ["Donald Trump", "Vladimir Putin"], None, True,
     "Trump-Putin call of 12 Feb (year from the copyright line)",
     ["بعد أيام من المكالمة الهاتفية المطولة التي أجراها الرئيس الأمريكي دونالد ترمب مع بوتين يوم 12 فيفري"]),
    ("d8-", "agreement", ["talks"], "2025-02-12", None, True, ["Donald Trump", "Vladimir Putin"], None, False,
     "agreed in the call to start negotiations",
     ["والتي اتفق خلالها الرئيسان على بدء مفاوضات لإنهاء الحرب"]),
    ("d8-", "statement", [], "2025-02-14", None, True, ["JD Vance"], "Munich", True,
     "Vance's speech (الجمعة 14 فيفري): the threat from within; hopes for a reasonable settlement",
     ["وكان نائب الرئيس الأمريكي جي دي فانس قد ألقى يوم الجمعة 14 فيفري خطابا أمام المؤتمر",
      "مكتفيا بالقول إن إدارة ترمب تأمل في التوصل إلى \"تسوية معقولة\""]),
    ("d8-", "talks", [], "2025-02-14", None, True, ["JD Vance", "Volodymyr Zelensky"], "Munich", True,
     "Vance-Zelensky meeting the same day",
     ["والتقى فانس زيلنسكي على هامش المؤتمر في اليوم نفسه"]),
    ("d8-", "statement", [], "2025-02-14", None, True, ["JD Vance"], None, True,
     "Vance after the meeting: a durable peace",
     ["وقال عقب اللقاء إن واشنطن تريد \"سلاما دائما ومستداما\""]),
    ("d8-", "statement", [], "2025-02-15", None, False, ["Keith Kellogg"], "Munich", True,
     "Kellogg (السبت): Europe will not sit at the table",
     ["تصريح المبعوث الأمريكي الخاص إلى أوكرانيا وروسيا كيث كيلوغ، السبت"]),
    ("d8-", "call", [], "2025-02-15", None, False, ["Marco Rubio", "Sergey Lavrov"], None, True,
     "Rubio-Lavrov call the same Saturday",
     ["أجرى وزير الخارجية الأمريكي ماركو روبيو اتصالا هاتفيا مع نظيره الروسي سيرغي لافروف"]),
    ("d8-", "rejection", [], "2025-02-15", None, False, ["Volodymyr Zelensky", "United States"], "Munich", True,
     "Zelensky told his ministers not to sign the US minerals draft",
     ["كما كشف زيلنسكي في ميونيخ أنه أوعز إلى وزرائه بعدم التوقيع على مسودة اتفاق المعادن"]),
    ("d8-", "statement", ["proposal"], "2025-01", None, True, ["Volodymyr Zelensky"], "Davos", True,
     "Davos (جانفي الماضي, real 21 Jan): at least 200,000 European peacekeepers",
     ["إذ كان قد أكد في منتدى دافوس في جانفي الماضي"]),
    ("d8-", "talks", [], "2025-02-18", None, False, ["United States", "Russia", "Saudi Arabia"], "Saudi Arabia", True,
     "planned US-Russian contacts in Saudi Arabia in the coming days (real: Riyadh, 18 Feb)",
     ["رغم حديث مسؤولين أمريكيين عن اتصالات مرتقبة مع الجانب الروسي في السعودية خلال الأيام المقبلة"]),
]


def main():
    note = ("Blind development set d: eight articles written for this project in the style of "
            "scraped pages of other outlets (2024-2025; Kursk and the Doha energy talks, Victory Day "
            "truce, Coalition of the Willing, local ceasefire at Zaporizhzhia, Rubio-Lavrov meetings, "
            "Miami talks, a UAE-mediated exchange, Munich Security Conference), annotated by hand "
            "without running the extractor. Real-world dates; date_inferable=false where the text "
            "alone does not fix the date; core=false marks context events. Written by "
            "make-blind-d-gold.py.")
    goldlib.write_gold(CORPUS, ARTICLES, E, OUT, note, "bd")
    # goldlib writes every article as segment 0 with an inferable date: number the glued second
    # articles of d3 and d5, and mark the undated pages d4 and d8.
    with open(OUT, encoding="utf-8") as f:
        gold = json.load(f)
    seen = {}
    for a in gold["articles"]:
        a["segment"] = seen.get(a["file"], 0)
        seen[a["file"]] = a["segment"] + 1
        if a["file"] in NOT_INFERABLE_PUBLISHED:
            a["published_inferable"] = False
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
