#!/usr/bin/env python3
"""Write blind-f.gold.json (masar-gold/1) from the annotations below.

Blind development set f: eight pages written for this project in the style of the scraped texts
in shared/corpus/seeds (headline or first sentence first, duplicated photo captions, lone
"اعلان" lines, related-story blocks, a ticker of unrelated headlines in f5, a second story
glued after "إقرأ أيضاً:" in f2 and with no marker at all in f7). Outlets and years: RT Arabic
2022 (the quadrilateral grain talks in Istanbul, 13 July 2022), a Lebanese site 2022 with
Levantine months (Macron and Scholz call Putin, 28 May 2022, + Kuleba's answer to "do not
humiliate Russia"), an Egyptian op-ed 2023 (the Vatican and Chinese peace efforts compared),
Al Khaleej 2024 with Arabic-Indic digits (the UAE-mediated exchange of 30 Dec 2024 and the
year's exchanges and repatriations of bodies), a Moroccan site 2024 with Maghrebi months
(Orban's "peace mission" ending at Mar-a-Lago), TRT Arabic 2025 (Fidan in Kyiv with Sybiha
after Moscow), a pan-Arab TV site 2025 with "منذ 5 ساعات" only (Witkoff and Putin in St
Petersburg, 11 April 2025, + the Karelina-Petrov exchange in Abu Dhabi), Asharq Al-Awsat 2025
(the Coalition of the Willing in London, 24 Oct 2025). The events were annotated by hand
without running the extractor or reading its code.

Conventions: real-world dates. Four pages (f2, f3, f5, f7) carry no publication date at all:
their articles are published_inferable=false, and an event there is date_inferable=false unless
the text itself gives its year (f3 gives 2023 for the Chinese paper and its narration runs on
from it, so the months that follow in the same chain count as inferable). On dated pages a
relative date (أمس، الأربعاء الماضي، قبل يومين من الاجتماع) is resolved against the page's date
and is inferable; a sentence with no time expression that is plainly part of the occasion just
told (the same press conference, "عقب اللقاء") takes that date, inferable; a standing position
with no time is date null or the publication date with date_inferable=false.
core=false marks military context, background recalled with "وكان ... قد" when it is only a
list or a reminder, and commentary. A demand that prisoners be released is a statement with
alt prisoner_exchange; a call for a ceasefire is a ceasefire (alt statement/proposal).
Headlines in "related" lists and tickers are not annotated.
Run it after editing an article, then
tools/check-gold.py tests/data/events/blind-f.gold.json tests/data/events/blind-f.
"""
import json
import os

import goldlib

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "blind-f")
OUT = os.path.join(HERE, "blind-f.gold.json")

F1 = "f1-istanbul-grain-rt.txt"
F2 = "f2-macron-calls-lebanon.txt"
F3 = "f3-vatican-china-oped-egypt.txt"
F4 = "f4-uae-exchanges-2024-khaleej.txt"
F5 = "f5-orban-mission-morocco.txt"
F6 = "f6-fidan-sybiha-trt.txt"
F7 = "f7-witkoff-petersburg-tv.txt"
F8 = "f8-london-coalition-awsat.txt"

ARTICLES = [
    (F1, "RT Arabic", "2022-07-14", "الدفاع الروسية: مقترحاتنا"),
    (F2, None, "2022-05-29", "اتصال ثلاثي استمر 80 دقيقة"),
    (F2, None, "2022-06-04", "كوليبا لماكرون"),
    (F3, None, "2023-09-20", "بين روما وبكين"),
    (F4, "الخليج", "2024-12-31", "قبل ساعات من العام الجديد"),
    (F5, "مغرب تايمز", "2024-07-12", "أوربان يختتم"),
    (F6, "TRT عربي", "2025-05-30", "فيدان في كييف بعد موسكو"),
    (F7, None, "2025-04-11", "4 ساعات ونصف في سان بطرسبرغ"),
    (F7, None, "2025-04-10", "صفقة في أبوظبي"),
    (F8, "الشرق الأوسط", "2025-10-25", "ستارمر يحشد"),
]
# No publication date anywhere on these pages.
NOT_INFERABLE_PUBLISHED = {F2, F3, F5, F7}

GRAIN4 = ["Russia", "Ukraine", "Turkey", "United Nations"]

# (file prefix, type, alt_types, date, date_end, date_inferable, actors, location, core, note, [evidence])
E = [
    # f1 — RT Arabic, 14 Jul 2022: the quadrilateral grain meeting in Istanbul (13 Jul)
    ("f1-", "talks", [], "2022-07-13", None, True, GRAIN4 + ["Hulusi Akar"], "Istanbul", True,
     "quadrilateral meeting of Russian, Ukrainian, Turkish military delegations with the UN (أمس الأربعاء), told in lead and body",
     ["خلال الاجتماع الرباعي في إسطنبول حول تصدير الحبوب عبر البحر الأسود",
      "وكانت إسطنبول قد احتضنت أمس الأربعاء اجتماعا مغلقا ضم وفودا عسكرية من روسيا وأوكرانيا وتركيا"]),
    ("f1-", "proposal", [], "2022-07-13", None, True, ["Russia", "Igor Konashenkov"], "Istanbul", True,
     "Russian delegation put forward a package of proposals at the meeting",
     ["إن الجانب الروسي طرح على الطاولة \"حزمة من المقترحات\""]),
    ("f1-", "statement", [], "2022-07-14", None, False, ["Igor Konashenkov", "Russia"], None, True,
     "Russian MoD: proposals got general support, documents to be finished soon (statement not dated in the text)",
     ["أعلنت وزارة الدفاع الروسية أن المقترحات التي قدمها الوفد العسكري الروسي"]),
    ("f1-", "agreement", [], "2022-07-13", None, True, GRAIN4 + ["Hulusi Akar"], "Istanbul", True,
     "Akar: agreement on a coordination centre in Istanbul, joint inspections, safe transit routes",
     ["أعلن وزير الدفاع التركي خلوصي أكار في بيان عقب الاجتماع أن الأطراف اتفقت على إنشاء مركز تنسيق في إسطنبول"]),
    ("f1-", "talks", ["agreement"], "2022-07-18", "2022-07-24", True, ["Russia", "Ukraine", "Turkey", "Hulusi Akar"], "Turkey", True,
     "planned: the two delegations to meet again in Turkey next week to sign (held 22 Jul)",
     ["وأضاف أكار أن الوفدين الروسي والأوكراني سيلتقيان مجددا في تركيا الأسبوع المقبل"]),
    ("f1-", "statement", [], "2022-07-13", None, True, ["Antonio Guterres", "United Nations"], "New York", True,
     "Guterres: an important and substantive step; final deal hoped for next week; peace still far",
     ["وصف الأمين العام للأمم المتحدة أنطونيو غوتيريش ما جرى في إسطنبول بأنه \"خطوة مهمة وجوهرية\""]),
    ("f1-", "statement", [], "2022-07-13", None, True, ["Volodymyr Zelensky", "Ukraine"], None, True,
     "Zelensky in his evening address: some progress (the evening of the meeting)",
     ["أما الرئيس الأوكراني فلاديمير زيلينسكي فقال في خطابه المسائي المصور إن وفد بلاده أبلغه بتحقيق \"بعض التقدم\""]),
    ("f1-", "call", [], "2022-07-11", None, True, ["Recep Tayyip Erdogan", "Vladimir Putin"], None, True,
     "Erdogan-Putin phone call on grain two days before the meeting",
     ["بحث الرئيس التركي رجب طيب أردوغان ملف الحبوب في اتصال هاتفي مع الرئيس الروسي فلاديمير بوتين"]),
    ("f1-", "call", [], "2022-07-11", None, True, ["Recep Tayyip Erdogan", "Volodymyr Zelensky"], None, True,
     "Erdogan-Zelensky call the same day",
     ["ثم أجرى في اليوم نفسه اتصالا مماثلا مع زيلينسكي"]),
    ("f1-", "talks", [], "2022-07-19", None, True, ["Vladimir Putin", "Recep Tayyip Erdogan"], "Tehran", True,
     "planned: Putin to meet Erdogan in Tehran on 19 July on the sidelines of the Astana-format summit",
     ["ومن المقرر أن يتوجه بوتين إلى طهران في التاسع عشر من يوليو الجاري"]),
    ("f1-", "statement", [], "2022-07-14", None, False, ["Dmitry Peskov"], None, False,
     "Peskov does not rule out grain on the Tehran agenda",
     ["ولم يستبعد المتحدث باسم الكرملين دميتري بيسكوف أن تكون مسألة الحبوب ضمن جدول أعمال اللقاء"]),
    ("f1-", "statement", ["rejection"], None, None, False, ["Russia"], None, False,
     "Moscow's standing position: no blockade, Kyiv mined its ports, Western restrictions must go",
     ["وتؤكد موسكو أنها لم تفرض يوما حصارا على الموانئ الأوكرانية"]),
    ("f1-", "rejection", [], None, None, False, ["Ukraine"], None, False,
     "Kyiv rejects Moscow's account, accuses Russia of closing the Black Sea",
     ["تنفي كييف رواية موسكو وتتهم القوات الروسية بإغلاق البحر الأسود"]),
    ("f1-", "military", [], "2022-07-14", None, False, ["Russia", "Ukraine"], "Mykolaiv", False,
     "Russian MoD daily briefing: strikes in Donbas and Mykolaiv region",
     ["واصلت ضرباتها بأسلحة عالية الدقة على مواقع القوات الأوكرانية"]),

    # f2 — Lebanese site, no date (29 May 2022): Macron and Scholz call Putin (28 May)
    ("f2-", "call", [], "2022-05-28", None, False, ["Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"], None, True,
     "joint Macron-Scholz call with Putin, 80 minutes (صباح أمس السبت; no date on the page)",
     ["أجرى الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس، صباح أمس السبت، اتصالاً هاتفياً مشتركاً بالرئيس الروسي"]),
    ("f2-", "ceasefire", ["statement", "pressure"], "2022-05-28", None, False, ["Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"], None, True,
     "they demand an immediate ceasefire and withdrawal of Russian troops",
     ["طالباه خلاله بوقف فوري لإطلاق النار وسحب القوات الروسية من أوكرانيا"]),
    ("f2-", "proposal", ["statement"], "2022-05-28", None, False, ["Emmanuel Macron", "Olaf Scholz", "Vladimir Putin", "Volodymyr Zelensky"], None, True,
     "they call on Putin to enter direct serious talks with Zelensky; solution to be negotiated between Moscow and Kyiv",
     ["ودعوا بوتين إلى الدخول \"في أقرب وقت ممكن\" في حوار مباشر وجدي مع نظيره الأوكراني"]),
    ("f2-", "statement", ["prisoner_exchange"], "2022-05-28", None, False, ["Emmanuel Macron", "Olaf Scholz", "Russia"], "Mariupol", True,
     "demand to release some 2,500 Azovstal defenders held as prisoners of war",
     ["كما طالب ماكرون وشولتس بالإفراج عن نحو 2500 من المقاتلين الأوكرانيين"]),
    ("f2-", "statement", ["proposal"], "2022-05-28", None, False, ["Vladimir Putin", "Russia"], "Odesa", True,
     "Putin's promise (Elysee account): ships may enter Odesa once demined, not used militarily",
     ["وأشار البيان الفرنسي إلى أن الرئيس الروسي تعهد بالسماح للسفن بدخول الميناء"]),
    ("f2-", "proposal", ["statement"], "2022-05-28", None, False, ["Vladimir Putin", "Russia"], None, True,
     "Kremlin: Russia ready to help find options for grain exports; lifting sanctions needed for fertilizers",
     ["أفاد الكرملين في بيانه بأن بوتين أبلغ محدّثيه أن روسيا مستعدة للمساعدة في إيجاد خيارات لتصدير الحبوب"]),
    ("f2-", "statement", ["pressure"], "2022-05-28", None, False, ["Vladimir Putin"], None, True,
     "Putin warns that Western arms deliveries are dangerous",
     ["وحذّر بوتين، وفق البيان الروسي، من أن الاستمرار في ضخ الأسلحة الغربية إلى أوكرانيا"]),
    ("f2-", "statement", [], "2022-05-28", None, False, ["Vladimir Putin", "Russia", "Ukraine"], None, True,
     "Putin: open to resuming dialogue with Kyiv, which froze the talks",
     ["وأكد بوتين انفتاح موسكو على استئناف الحوار مع كييف، متهماً الجانب الأوكراني بتجميد المفاوضات"]),
    ("f2-", "call", [], "2022-03-12", None, False, ["Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"], None, False,
     "earlier three-way call on 12 March (no year in the text)",
     ["بعد اتصال مماثل في الثاني عشر من آذار الماضي"]),
    ("f2-", "call", [], "2022-05-03", None, False, ["Emmanuel Macron", "Vladimir Putin"], None, True,
     "last bilateral Macron-Putin call on 3 May, over two hours",
     ["أما آخر اتصال ثنائي بين ماكرون وبوتين فيعود إلى الثالث من أيار"]),
    ("f2-", "proposal", ["call"], "2022-03-29", None, False, ["Emmanuel Macron", "Vladimir Putin"], "Mariupol", False,
     "late March: Macron's initiative to evacuate civilians from Mariupol (in a call with Putin)",
     ["حين طرح الرئيس الفرنسي مبادرة لإجلاء المدنيين من ماريوبول"]),
    ("f2-", "talks", [], "2022-02-07", None, False, ["Emmanuel Macron", "Vladimir Putin"], "Moscow", False,
     "Macron's visit to Moscow in February, the long table (background)",
     ["إذ زار موسكو في شباط والتقى بوتين حول طاولة طويلة"]),
    ("f2-", "military", [], "2022-05-28", None, False, ["Russia", "Ukraine"], "Lyman", False,
     "Russian MoD claims full control of Lyman (أمس); fighting in Severodonetsk",
     ["إذ أعلنت وزارة الدفاع الروسية أمس سيطرة قواتها بالكامل على مدينة ليمان"]),
    # f2, glued story (4 Jun 2022)
    ("f2-", "rejection", ["statement"], "2022-06-04", None, False, ["Dmytro Kuleba", "Ukraine", "Emmanuel Macron", "France"], None, True,
     "Kuleba: calls not to humiliate Russia can only humiliate France",
     ["ردّ وزير الخارجية الأوكراني دميترو كوليبا بحدّة على تصريحات الرئيس الفرنسي"]),
    ("f2-", "statement", [], "2022-06-03", None, False, ["Emmanuel Macron", "France", "Russia"], None, True,
     "Macron to regional papers: we must not humiliate Russia; France a mediating power; ~100 hours with Putin",
     ["وكان ماكرون قد قال في مقابلة مع صحف فرنسية إقليمية إنه \"يجب ألا نذلّ روسيا"]),
    ("f2-", "proposal", [], "2022-06-03", None, False, ["Emmanuel Macron", "France"], "Odesa", False,
     "Macron: France ready to help an operation for safe access to Odesa port",
     ["مبدياً استعداد بلاده للمساعدة في عملية تتيح الوصول الآمن إلى ميناء أوديسا"]),

    # f3 — Egyptian op-ed, no date (about 20 Sep 2023): Rome and Beijing compared
    ("f3-", "talks", [], "2023-09-14", None, False, ["Matteo Zuppi", "Li Hui", "Vatican", "China"], "Beijing", True,
     "Zuppi meets Li Hui in Beijing (الأسبوع الماضي; no date on the page)",
     ["وهو يصافح المبعوث الصيني لي هوي في بكين الأسبوع الماضي"]),
    ("f3-", "proposal", [], "2023-02-24", None, True, ["China"], None, True,
     "China's 12-point position paper on the political settlement",
     ["ففي الرابع والعشرين من فبراير 2023، أي في الذكرى الأولى لاندلاع الحرب، نشرت الخارجية الصينية وثيقة"]),
    ("f3-", "statement", ["rejection"], "2023-02", None, False, ["Ukraine"], None, False,
     "Kyiv studies some points but rejects any formula without Russian withdrawal",
     ["فيما قالت كييف إنها تدرس بعض بنودها لكنها لن تقبل بأي صيغة لا تنص على انسحاب القوات الروسية"]),
    ("f3-", "talks", [], "2023-03-20", "2023-03-22", True, ["Xi Jinping", "Vladimir Putin", "China", "Russia"], "Moscow", False,
     "Xi's state visit to Moscow in March",
     ["ثم جاءت زيارة الرئيس شي جين بينغ إلى موسكو في مارس"]),
    ("f3-", "call", [], "2023-04-26", None, True, ["Xi Jinping", "Volodymyr Zelensky"], None, True,
     "first Xi-Zelensky call since the war began, nearly an hour; Li Hui named envoy",
     ["أجرى شي في السادس والعشرين من أبريل أول اتصال هاتفي له مع الرئيس الأوكراني فولوديمير زيلينسكي"]),
    ("f3-", "talks", [], "2023-05-16", "2023-05-26", True, ["Li Hui", "China", "Ukraine", "Russia"], None, True,
     "Li Hui's May tour: Kyiv, Warsaw, Paris, Berlin, Brussels, ending in Moscow",
     ["وفي مايو جال لي هوي على كييف ووارسو وباريس وبرلين وبروكسل"]),
    ("f3-", "statement", [], "2023-04-30", None, True, ["Pope Francis", "Vatican"], None, False,
     "the Pope on the flight back from Hungary: a mission under way, not yet public",
     ["لمّح البابا فرنسيس، في طريق عودته من المجر أواخر أبريل"]),
    ("f3-", "talks", [], "2023-05-13", None, True, ["Pope Francis", "Volodymyr Zelensky", "Vatican"], "Vatican", True,
     "the Pope receives Zelensky in the Vatican on 13 May",
     ["الذي استقبله البابا في الفاتيكان في الثالث عشر من مايو"]),
    ("f3-", "rejection", ["statement"], "2023-05-13", None, True, ["Volodymyr Zelensky", "Ukraine"], None, True,
     "Zelensky after the audience: Ukraine does not need mediators",
     ["قال بوضوح بعد اللقاء إن أوكرانيا \"لا تحتاج إلى وسطاء\""]),
    ("f3-", "talks", [], "2023-06-06", None, True, ["Matteo Zuppi", "Volodymyr Zelensky", "Vatican"], "Kyiv", True,
     "Zuppi in Kyiv early June, meets Zelensky",
     ["زار كييف مطلع يونيو والتقى زيلينسكي"]),
    ("f3-", "talks", [], "2023-06-28", "2023-06-29", True, ["Matteo Zuppi", "Yuri Ushakov", "Vatican", "Russia"], "Moscow", True,
     "Zuppi in Moscow late June, meets Ushakov",
     ["ثم موسكو في أواخر الشهر نفسه حيث التقى يوري أوشاكوف"]),
    ("f3-", "talks", [], "2023-07-18", None, True, ["Matteo Zuppi", "Joe Biden", "Vatican", "United States"], "Washington", True,
     "Zuppi received by Biden at the White House in July",
     ["ثم واشنطن في يوليو حيث استقبله الرئيس جو بايدن في البيت الأبيض"]),
    ("f3-", "statement", [], None, None, False, ["Russia", "Ukraine"], None, False,
     "op-ed: the sides' standing conditions (Russia: new realities; Ukraine: full withdrawal)",
     ["فروسيا تشترط الاعتراف بـ\"الواقع الجديد على الأرض\""]),

    # f4 — Al Khaleej, 31 Dec 2024: the UAE-mediated exchange of 30 Dec and the year's exchanges
    ("f4-", "prisoner_exchange", [], "2024-12-30", None, True, ["United Arab Emirates", "Russia", "Ukraine"], None, True,
     "UAE-mediated exchange (أمس الاثنين): 150 Russian servicemen, 189 Ukrainians per Kyiv; lead and body",
     ["نجحت دولة الإمارات العربية المتحدة، أمس الاثنين، في وساطة جديدة بين روسيا الاتحادية وأوكرانيا",
      "وأعلنت وزارة الدفاع الروسية أن ١٥٠ عسكرياً روسياً أُعيدوا من الأراضي التي تسيطر عليها كييف",
      "إن فريق بلاده تمكن من إعادة ١٨٩ أوكرانياً إلى الوطن"]),
    ("f4-", "statement", [], "2024-12-30", None, True, ["Volodymyr Zelensky", "United Arab Emirates"], None, False,
     "Zelensky: we work to free everyone, thanks to the UAE",
     ["وأكد زيلينسكي في منشور على تلغرام"]),
    ("f4-", "statement", [], "2024-12-30", None, True, ["United Arab Emirates"], None, True,
     "UAE foreign ministry thanks both sides, will continue its mediation",
     ["من جهتها، أعربت وزارة الخارجية عن شكرها لكل من روسيا وأوكرانيا على تعاونهما مع جهود الوساطة"]),
    ("f4-", "talks", ["statement"], "2024-12", None, True, ["Tatiana Moskalkova", "Russia", "Ukraine"], None, False,
     "Moskalkova earlier this month: talks on a large-scale exchange, no agreement then",
     ["وكانت قد كشفت في وقت سابق من الشهر الجاري عن مباحثات لإجراء عملية تبادل «واسعة النطاق»"]),
    ("f4-", "prisoner_exchange", [], "2024-01-03", None, True, ["United Arab Emirates", "Russia", "Ukraine"], None, False,
     "3 Jan 2024: largest exchange so far, 230 Ukrainians and 248 Russians",
     ["ففي الثالث من يناير جرت أكبر عملية منذ بدء الحرب"]),
    ("f4-", "prisoner_exchange", [], "2024-01-31", None, True, ["United Arab Emirates", "Russia", "Ukraine"], None, False,
     "31 Jan 2024: 195 for 195",
     ["تلتها عملية في الحادي والثلاثين من يناير شملت ١٩٥ أسيراً"]),
    ("f4-", "prisoner_exchange", [], "2024-02-08", None, True, ["United Arab Emirates", "Russia", "Ukraine"], None, False,
     "8 Feb 2024: 100 for 100",
     ["ثم عملية في الثامن من فبراير شملت ١٠٠ من كل طرف"]),
    ("f4-", "prisoner_exchange", [], "2024-05-31", None, True, ["United Arab Emirates", "Russia", "Ukraine"], None, False,
     "31 May 2024: 75 for 75",
     ["٧٥ مقابل ٧٥ في الحادي والثلاثين من مايو"]),
    ("f4-", "prisoner_exchange", [], "2024-06-25", None, True, ["United Arab Emirates", "Russia", "Ukraine"], None, False,
     "25 Jun 2024: 90 for 90",
     ["٩٠ مقابل ٩٠ في الخامس والعشرين من يونيو"]),
    ("f4-", "prisoner_exchange", [], "2024-07-17", None, True, ["United Arab Emirates", "Russia", "Ukraine"], None, False,
     "17 Jul 2024: 95 for 95",
     ["٩٥ مقابل ٩٥ في السابع عشر من يوليو"]),
    ("f4-", "prisoner_exchange", [], "2024-08-24", None, True, ["United Arab Emirates", "Russia", "Ukraine"], None, False,
     "24 Aug 2024: 115 for 115 on Ukraine's Independence Day, Russians captured in Kursk",
     ["ثم ١١٥ مقابل ١١٥ في الرابع والعشرين من أغسطس"]),
    ("f4-", "prisoner_exchange", [], "2024-09", None, True, ["United Arab Emirates", "Russia", "Ukraine"], None, False,
     "September 2024: 103 each (month only in the text; held 14 Sep)",
     ["وفي سبتمبر جرى تبادل ١٠٣ أسرى من كل جانب"]),
    ("f4-", "prisoner_exchange", [], "2024-10-18", None, True, ["United Arab Emirates", "Russia", "Ukraine"], None, False,
     "18 Oct 2024: 95 each",
     ["وفي الثامن عشر من أكتوبر ٩٥ من كل جانب"]),
    ("f4-", "military", [], "2024-01-24", None, True, ["Russia", "Ukraine"], "Belgorod", False,
     "Il-76 crash in Belgorod region; Moscow says 65 Ukrainian POWs aboard for an exchange and blames Kyiv",
     ["إذ تحطمت في الرابع والعشرين من يناير طائرة نقل عسكرية روسية"]),
    ("f4-", "statement", ["rejection"], "2024-01", None, True, ["Ukraine"], None, False,
     "Kyiv demands an international inquiry, says it was not asked to secure the airspace",
     ["فيما طالبت كييف بتحقيق دولي وقالت إنها لم تُبلَّغ بتأمين المجال الجوي للطائرة"]),
    ("f4-", "prisoner_exchange", [], "2024-11-15", None, True, ["Ukraine", "Russia"], None, False,
     "mid-November: bodies of 563 soldiers returned to Ukraine",
     ["في منتصف نوفمبر الماضي استعادة جثامين ٥٦٣ جندياً"]),
    ("f4-", "prisoner_exchange", [], "2024-06", None, True, ["Ukraine", "Russia"], None, False,
     "June 2024: 254 Ukrainian bodies for 45 Russian",
     ["بعد عملية سابقة في يونيو أعيدت فيها جثامين ٢٥٤ جندياً أوكرانياً"]),
    ("f4-", "ceasefire", ["proposal"], "2024-12", None, True, ["Viktor Orban", "Hungary"], None, True,
     "Orban proposed a Christmas truce and a large exchange early this month",
     ["وكان رئيس الوزراء المجري فيكتور أوربان قد اقترح مطلع الشهر الجاري هدنة بمناسبة عيد الميلاد"]),
    ("f4-", "rejection", [], "2024-12", None, True, ["Volodymyr Zelensky", "Ukraine", "Viktor Orban"], None, True,
     "Zelensky rejected Orban's proposal; the Kremlin says Ukraine rejected it",
     ["غير أن زيلينسكي رفض المقترح، في حين قال الكرملين إن أوكرانيا رفضته"]),

    # f5 — Moroccan site, no date (12 Jul 2024): Orban's "peace mission"
    ("f5-", "talks", [], "2024-07-11", None, False, ["Viktor Orban", "Donald Trump"], "Mar-a-Lago", True,
     "Orban meets Trump at Mar-a-Lago (أمس الخميس; no date on the page), fifth stop of the mission",
     ["حط رئيس الوزراء المجري فيكتور أوربان الرحال، أمس الخميس، في منتجع مار-إيه-لاغو"]),
    ("f5-", "statement", [], "2024-07-11", None, False, ["Viktor Orban"], None, True,
     "Orban on X: Peace mission 5.0, 'he will solve it'",
     ["ونشر أوربان صورة تجمعه بترامب على منصة \"إكس\""]),
    ("f5-", "statement", [], "2024-07-11", None, False, ["Donald Trump"], None, True,
     "Trump on Truth Social: peace must come quickly",
     ["من جانبه، شكر ترامب ضيفه على منصته \"تروث سوشيال\""]),
    ("f5-", "aid", [], "2024-07-10", "2024-07-11", False, ["NATO", "Ukraine"], "Washington", False,
     "NATO Washington summit: at least 40 billion euros of military funding next year, air defence",
     ["التي تعهد خلالها الحلفاء بتقديم تمويل عسكري لأوكرانيا لا يقل عن 40 مليار يورو"]),
    ("f5-", "talks", [], "2024-07-02", None, False, ["Viktor Orban", "Volodymyr Zelensky"], "Kyiv", True,
     "the mission started in Kyiv on 2 July (no year), Orban's first visit since the war",
     ["وكانت \"مهمة السلام\" قد انطلقت في الثاني من يوليوز من كييف"]),
    ("f5-", "ceasefire", ["proposal"], "2024-07-02", None, False, ["Viktor Orban", "Volodymyr Zelensky"], "Kyiv", True,
     "Orban proposes Zelensky consider a quick ceasefire before negotiations",
     ["حيث اقترح على الرئيس فولوديمير زيلينسكي دراسة وقف سريع لإطلاق النار"]),
    ("f5-", "talks", [], "2024-07-05", None, False, ["Viktor Orban", "Vladimir Putin"], "Moscow", True,
     "three days later Orban in the Kremlin with Putin",
     ["فاجأ أوربان العواصم الأوروبية بظهوره في الكرملين إلى جانب الرئيس الروسي فلاديمير بوتين"]),
    ("f5-", "statement", ["rejection", "ceasefire"], "2024-07-05", None, False, ["Vladimir Putin", "Russia", "Ukraine"], "Moscow", True,
     "Putin: ceasefire and talks only if Kyiv withdraws from the four regions; no truce to regroup",
     ["وقال بوتين في مؤتمر صحافي مشترك إن موسكو مستعدة لوقف إطلاق النار والتفاوض"]),
    ("f5-", "statement", [], "2024-07-05", None, False, ["Viktor Orban"], "Moscow", True,
     "Orban: positions are very far apart",
     ["أما أوربان فأقر بأن \"المواقف متباعدة جدا\""]),
    ("f5-", "rejection", ["statement"], "2024-07-05", None, False, ["Charles Michel", "European Union", "Viktor Orban"], None, True,
     "Michel: the rotating presidency has no mandate to engage with Russia for the EU",
     ["وسارع رئيس المجلس الأوروبي شارل ميشيل إلى التذكير بأن الرئاسة الدورية للاتحاد"]),
    ("f5-", "statement", [], "2024-07-05", None, False, ["Ursula von der Leyen", "European Union"], None, False,
     "von der Leyen: appeasement will not stop Putin",
     ["في حين قالت رئيسة المفوضية أورسولا فون دير لاين إن \"المهادنة لن توقف بوتين\""]),
    ("f5-", "statement", [], "2024-07-08", None, False, ["Volodymyr Zelensky"], None, False,
     "Zelensky: not told in advance of Orban's Moscow trip",
     ["من جانبه، قال زيلينسكي إنه لم يكن على علم مسبق بزيارة أوربان إلى موسكو"]),
    ("f5-", "talks", [], "2024-07-08", None, False, ["Viktor Orban", "Xi Jinping", "China"], "Beijing", True,
     "Beijing, third stop on 8 July, received by Xi",
     ["وفي الثامن من يوليوز، كانت بكين المحطة الثالثة"]),
    ("f5-", "statement", [], "2024-07-08", None, False, ["Xi Jinping", "China"], "Beijing", True,
     "Xi: the international community should create conditions for direct dialogue",
     ["وقال إن على المجتمع الدولي أن \"يهيئ الظروف\" لاستئناف الحوار المباشر بين موسكو وكييف"]),
    ("f5-", "rejection", ["statement"], "2024-07-11", None, False, ["Emmanuel Macron", "Viktor Orban"], "Washington", True,
     "Macron from Washington: Orban has no European mandate",
     ["ومن واشنطن، علّق الرئيس الفرنسي إيمانويل ماكرون على الجولة"]),
    ("f5-", "statement", [], "2024-07", None, False, ["Dmitry Peskov", "Viktor Orban"], None, False,
     "Peskov: the Kremlin appreciates Orban's efforts",
     ["على لسان المتحدث باسمه دميتري بيسكوف، عن تقديره لجهود رئيس الوزراء المجري"]),

    # f6 — TRT Arabic, 30 May 2025: Fidan in Kyiv with Sybiha after Moscow
    ("f6-", "talks", [], "2025-05-30", None, True, ["Hakan Fidan", "Andrii Sybiha", "Turkey", "Ukraine"], "Kyiv", True,
     "Fidan-Sybiha talks in Kyiv (الجمعة): peace efforts, Black Sea, bilateral ties",
     ["أجرى وزير الخارجية التركي هاكان فيدان، الجمعة، مباحثات في العاصمة الأوكرانية كييف مع نظيره الأوكراني أندريه سيبيها"]),
    ("f6-", "statement", [], "2025-05-30", None, True, ["Andrii Sybiha"], "Kyiv", True,
     "Sybiha: Fidan briefed me in detail on Moscow; we discussed steps toward peace",
     ["وقال سيبيها عقب اللقاء إن فيدان \"عاد لتوه من موسكو"]),
    ("f6-", "ceasefire", ["statement"], "2025-05-30", None, True, ["Andrii Sybiha", "Hakan Fidan", "Ukraine"], "Kyiv", True,
     "the ministers discussed the need for a complete ceasefire",
     ["وضرورة التوصل إلى وقف كامل لإطلاق النار"]),
    ("f6-", "statement", [], "2025-05-30", None, True, ["Andrii Sybiha", "Turkey", "Ukraine"], "Kyiv", False,
     "Sybiha: Black Sea a space of peace; thanks for Turkey's support of territorial integrity and Crimea",
     ["وأشار الوزير الأوكراني إلى أن البلدين يتشاركان موقفا واحدا"]),
    ("f6-", "talks", [], "2025-05-15", None, True, ["Recep Tayyip Erdogan", "Volodymyr Zelensky"], "Ankara", False,
     "Erdogan received Zelensky in Ankara in mid-May (thanked by Sybiha)",
     ["وعلى استقبال الرئيس فولوديمير زيلينسكي في أنقرة منتصف الشهر الجاري"]),
    ("f6-", "talks", [], "2025-05-30", None, True, ["Hakan Fidan", "Rustem Umerov", "Andriy Yermak"], "Kyiv", True,
     "Fidan also met Umerov and Yermak in Kyiv",
     ["والتقى فيدان في كييف أيضا وزير الدفاع الأوكراني رستم عمروف"]),
    ("f6-", "talks", [], "2025-05-30", None, True, ["Hakan Fidan", "Volodymyr Zelensky"], "Kyiv", True,
     "planned: Fidan to meet Zelensky and Crimean Tatar representatives",
     ["ومن المقرر أن يلتقي الرئيس زيلينسكي وممثلين عن تتار القرم"]),
    ("f6-", "talks", [], "2025-05-26", "2025-05-27", True, ["Hakan Fidan", "Vladimir Putin", "Sergey Lavrov", "Vladimir Medinsky", "Turkey", "Russia"], "Moscow", True,
     "Fidan in Moscow 26-27 May: received by Putin, talks with Lavrov, meets Medinsky",
     ["وكان فيدان قد زار موسكو يومي 26 و27 مايو/أيار"]),
    ("f6-", "proposal", ["talks"], "2025-05-28", None, False, ["Sergey Lavrov", "Russia", "Ukraine"], "Istanbul", True,
     "Lavrov proposes a second round in Istanbul on Monday 2 June, with a Russian memorandum (day of the proposal not given)",
     ["أعلن لافروف أن موسكو تقترح عقد الجولة الثانية من المفاوضات المباشرة مع أوكرانيا في إسطنبول يوم الاثنين 2 يونيو/حزيران"]),
    ("f6-", "statement", [], "2025-05-29", None, False, ["Ukraine"], None, True,
     "Kyiv: not against a new meeting but wants to see the Russian memorandum first",
     ["وقالت كييف إنها لا تعارض لقاء جديدا، لكنها تريد الاطلاع على المذكرة الروسية مسبقا"]),
    ("f6-", "talks", [], "2025-05-15", None, True, ["Hakan Fidan", "Andrii Sybiha"], "Antalya", True,
     "Fidan-Sybiha meeting on 15 May at the NATO informal ministerial in Antalya",
     ["إذ اجتمعا في 15 مايو على هامش الاجتماع غير الرسمي لوزراء خارجية حلف شمال الأطلسي"]),
    ("f6-", "proposal", ["statement"], "2025-05-15", None, True, ["Hakan Fidan", "Turkey"], "Antalya", True,
     "Fidan: Turkey ready for every support including mediation and hosting the talks",
     ["وأكد فيدان حينها استعداد تركيا لتقديم كل أشكال الدعم لتحقيق السلام"]),
    ("f6-", "talks", [], "2025-05-16", None, True, ["Russia", "Ukraine", "Turkey", "Hakan Fidan"], "Istanbul", True,
     "first direct Russia-Ukraine talks since spring 2022 at Dolmabahce, opened by Fidan",
     ["وفي اليوم التالي استضاف قصر دولمة بهتشة في إسطنبول أول مفاوضات مباشرة بين روسيا وأوكرانيا"]),
    ("f6-", "talks", [], "2025-05-16", None, True, ["Turkey", "United States", "Ukraine", "Marco Rubio", "Andrii Sybiha", "Hakan Fidan"], "Istanbul", True,
     "trilateral Turkey-US-Ukraine meeting before the talks",
     ["وسبقها اجتماع ثلاثي ضم وفودا تركية وأمريكية وأوكرانية"]),
    ("f6-", "prisoner_exchange", ["agreement"], "2025-05-23", "2025-05-25", True, ["Russia", "Ukraine"], None, False,
     "1000-for-1000 exchange agreed in Istanbul, carried out in three stages 23-25 May",
     ["وأسفرت تلك الجولة عن الاتفاق على تبادل ألف أسير مقابل ألف من كل جانب"]),
    ("f6-", "proposal", ["statement"], None, None, False, ["Turkey", "Vladimir Putin", "Volodymyr Zelensky", "Donald Trump"], None, False,
     "Ankara's standing offer to host Putin-Zelensky or a three-way summit with Trump",
     ["وتؤكد أنقرة أنها مستعدة لاستضافة لقاء يجمع بوتين وزيلينسكي"]),
    ("f6-", "military", [], "2025-05-24", "2025-05-25", True, ["Russia", "Ukraine"], None, False,
     "one of the heaviest Russian air attacks, night of 24-25 May",
     ["إذ شنت روسيا ليل 24-25 مايو واحدا من أعنف الهجمات الجوية"]),
    ("f6-", "military", [], "2025-05", None, False, ["Ukraine", "Russia"], None, False,
     "Ukrainian drone strikes deep inside Russia",
     ["فيما تواصل أوكرانيا استهداف مطارات ومنشآت داخل العمق الروسي"]),
    ("f6-", "pressure", ["statement"], None, None, False, ["Donald Trump", "United States"], None, False,
     "Trump threatens to walk away from mediation without progress",
     ["في وقت يلوح فيه الرئيس الأمريكي بالانسحاب من جهود الوساطة"]),

    # f7 — pan-Arab TV site, "منذ 5 ساعات" only (11 Apr 2025): Witkoff and Putin in St Petersburg
    ("f7-", "talks", [], "2025-04-11", None, False, ["Vladimir Putin", "Steve Witkoff", "Russia", "United States"], "St Petersburg", True,
     "Putin-Witkoff meeting in St Petersburg, four and a half hours (اليوم الجمعة; no date on the page); headline and body",
     ["4 ساعات ونصف في سان بطرسبرغ.. ويتكوف يلتقي بوتين للمرة الثالثة",
      "عقد الرئيس الروسي فلاديمير بوتين، اليوم الجمعة، اجتماعا مغلقا مع المبعوث الخاص للرئيس الأمريكي ستيف ويتكوف"]),
    ("f7-", "talks", [], "2025-04-11", None, False, ["Kirill Dmitriev", "Steve Witkoff"], "St Petersburg", True,
     "Dmitriev receives Witkoff and meets him before the Putin meeting",
     ["واستقبله كيريل دميترييف، رئيس صندوق الاستثمار المباشر الروسي"]),
    ("f7-", "statement", [], "2025-04-11", None, False, ["Dmitry Peskov"], None, True,
     "Peskov: no breakthroughs to expect; a Putin-Trump meeting possible but no date",
     ["وكان المتحدث باسم الكرملين دميتري بيسكوف قد استبق الاجتماع بالقول إنه \"لا ينبغي توقع اختراقات\""]),
    ("f7-", "statement", [], "2025-04-11", None, False, ["Karoline Leavitt", "United States"], "Washington", False,
     "Leavitt: another step in the negotiating process",
     ["قالت المتحدثة باسم البيت الأبيض كارولين ليفيت إن زيارة ويتكوف"]),
    ("f7-", "statement", ["pressure"], "2025-04-11", None, False, ["Donald Trump", "Russia"], None, True,
     "Trump on Truth Social: Russia has to get moving",
     ["كتب ترمب على منصته \"تروث سوشيال\": \"على روسيا أن تتحرك"]),
    ("f7-", "talks", [], "2025-02-11", None, False, ["Steve Witkoff", "Vladimir Putin"], "Moscow", True,
     "first Witkoff-Putin meeting in Moscow on 11 February (no year in the text)",
     ["وكان ويتكوف قد التقى بوتين لأول مرة في موسكو في 11 فبراير/شباط"]),
    ("f7-", "prisoner_exchange", [], "2025-02-11", "2025-02-12", False, ["Russia", "United States"], None, False,
     "Marc Fogel freed, Alexander Vinnik released in return",
     ["في صفقة أُطلق بموجبها سراح الروسي ألكسندر فينيك المحتجز في الولايات المتحدة"]),
    ("f7-", "talks", [], "2025-03-13", None, False, ["Steve Witkoff", "Vladimir Putin"], "Moscow", True,
     "second meeting in Moscow late on 13 March",
     ["ثم عاد إلى العاصمة الروسية في 13 مارس/آذار، والتقى بوتين في ساعة متأخرة من الليل"]),
    ("f7-", "statement", ["ceasefire"], "2025-03-13", None, False, ["Vladimir Putin"], None, True,
     "Putin backs the 30-day truce in principle but raises 'serious questions'",
     ["بعد ساعات من إعلان الرئيس الروسي أنه يؤيد من حيث المبدأ مقترح الهدنة لمدة 30 يوما"]),
    ("f7-", "ceasefire", ["agreement", "proposal"], "2025-03-11", None, False, ["Ukraine", "United States"], "Jeddah", False,
     "Ukraine accepted the US 30-day truce proposal in Jeddah on the 11th",
     ["وكانت أوكرانيا قد وافقت على المقترح الأمريكي خلال محادثات جدة في 11 من الشهر نفسه"]),
    ("f7-", "ceasefire", ["agreement"], "2025-03-18", None, False, ["Russia", "Ukraine"], None, False,
     "limited 30-day halt on energy strikes, with mutual accusations of violations",
     ["ومنذ ذلك الحين لم يتحقق سوى تفاهم محدود على وقف الضربات على منشآت الطاقة"]),
    ("f7-", "statement", [], None, None, False, ["Russia"], "Black Sea", False,
     "Black Sea arrangements not in force: Moscow's condition on Rosselkhozbank and SWIFT",
     ["إذ تشترط موسكو رفع القيود عن مصرفها الزراعي"]),
    ("f7-", "pressure", [], "2025-03-30", None, False, ["Donald Trump", "Russia"], None, False,
     "late last month Trump threatened secondary tariffs on buyers of Russian oil",
     ["وكان ترمب قد لوّح أواخر الشهر الماضي بفرض رسوم جمركية \"ثانوية\" على مشتري النفط الروسي"]),
    ("f7-", "talks", [], "2025-04-02", "2025-04-03", False, ["Kirill Dmitriev", "Steve Witkoff"], "Washington", False,
     "Dmitriev in Washington early April, meets Witkoff",
     ["قبل أن يزور دميترييف واشنطن مطلع أبريل/نيسان ويلتقي ويتكوف"]),
    ("f7-", "military", [], "2025-04-04", None, False, ["Russia", "Ukraine"], "Kryvyi Rih", False,
     "Russian missile strike on Kryvyi Rih early this month, 20 dead incl. nine children",
     ["إذ قُتل 20 شخصا بينهم تسعة أطفال في ضربة صاروخية روسية على مدينة كريفي ريه"]),
    # f7, second story glued with no marker (10 Apr 2025)
    ("f7-", "prisoner_exchange", [], "2025-04-10", None, False, ["Russia", "United States", "United Arab Emirates"], "Abu Dhabi", True,
     "Ksenia Karelina freed for Arthur Petrov at Abu Dhabi airport, UAE mediation (اليوم الخميس)",
     ["أفرجت روسيا عن راقصة الباليه الروسية الأمريكية كسينيا كارلينا"]),
    ("f7-", "statement", [], "2025-04-10", None, False, ["Marco Rubio", "John Ratcliffe", "United States"], None, False,
     "Rubio: Karelina on a plane home; Ratcliffe: a step in the right direction",
     ["وكتب وزير الخارجية الأمريكي ماركو روبيو أن كارلينا"]),
    ("f7-", "talks", [], "2025-04-10", None, False, ["Russia", "United States"], "Istanbul", True,
     "second round of Russia-US consultations on embassies in Istanbul, about six hours",
     ["وتزامنت العملية مع جولة ثانية من المشاورات الروسية الأمريكية في إسطنبول بشأن عمل السفارتين"]),

    # f8 — Asharq Al-Awsat, 25 Oct 2025: the Coalition of the Willing in London (24 Oct)
    ("f8-", "talks", [], "2025-10-24", None, True, ["Keir Starmer", "Volodymyr Zelensky", "Mark Rutte", "Mette Frederiksen", "Dick Schoof", "United Kingdom", "Ukraine"], "London", True,
     "Coalition of the Willing meeting at the Foreign Office in London (أمس الجمعة), ~20 leaders by video",
     ["استضاف رئيس الوزراء البريطاني كير ستارمر، أمس (الجمعة)، اجتماعاً لما يُعرف بـ«تحالف الراغبين»"]),
    ("f8-", "statement", [], "2025-10-24", None, True, ["Keir Starmer", "Vladimir Putin"], "London", True,
     "Starmer: Ukraine's future is our future; Putin the only one who does not want to stop the war",
     ["قال خلاله ستارمر إن «مستقبل أوكرانيا هو مستقبلنا»",
      "وأضاف أن الرئيس الروسي فلاديمير بوتين «هو الشخص الوحيد في هذا النزاع الذي لا يريد وقف الحرب»"]),
    ("f8-", "military", [], "2025-10-22", None, True, ["Russia", "Ukraine"], "Kharkiv", False,
     "strike on a kindergarten in Kharkiv this week",
     ["مستشهداً بالضربة التي استهدفت روضة أطفال في خاركيف هذا الأسبوع"]),
    ("f8-", "pressure", ["statement"], "2025-10-24", None, True, ["Keir Starmer", "United Kingdom", "Russia"], "London", True,
     "Starmer's line: take Russian oil and gas off world markets",
     ["وحدد ستارمر ثلاثة محاور لتحرك التحالف: إخراج النفط والغاز الروسيين من الأسواق العالمية"]),
    ("f8-", "aid", ["proposal"], "2025-10-24", None, True, ["Keir Starmer", "United Kingdom", "Ukraine"], "London", True,
     "use frozen Russian assets, more long-range capabilities and faster air-defence missiles",
     ["والمضي في استخدام الأصول الروسية المجمدة لتمويل أوكرانيا، وتزويد كييف بمزيد من القدرات بعيدة المدى"]),
    ("f8-", "pressure", [], "2025-10-22", None, True, ["United States", "Donald Trump", "Russia"], None, True,
     "US sanctions on Rosneft and Lukoil (الأربعاء الماضي)",
     ["وكانت واشنطن قد فرضت الأربعاء الماضي عقوبات على أكبر شركتي نفط روسيتين"]),
    ("f8-", "pressure", [], "2025-10-15", None, False, ["United Kingdom", "Russia"], None, False,
     "Britain sanctioned the two companies last week",
     ["بعد أن سبقتها بريطانيا الأسبوع الماضي إلى معاقبة الشركتين"]),
    ("f8-", "pressure", [], "2025-10-23", None, True, ["European Union", "Russia"], "Brussels", True,
     "EU adopts its 19th sanctions package incl. phased LNG ban (the next day)",
     ["أقر الاتحاد الأوروبي حزمته التاسعة عشرة من العقوبات"]),
    ("f8-", "statement", ["rejection"], "2025-10-23", None, True, ["European Union", "Belgium"], "Brussels", False,
     "Brussels summit defers the reparations loan to December; Belgium demands guarantees",
     ["غير أن قمة بروكسل التي انعقدت الخميس أرجأت إلى ديسمبر"]),
    ("f8-", "statement", ["aid"], "2025-10-24", None, True, ["Volodymyr Zelensky", "United States"], "London", True,
     "Zelensky: a very important meeting; asks again for long-range missiles incl. Tomahawks",
     ["من جهته، وصف زيلينسكي الاجتماع بأنه «مهم جداً»"]),
    ("f8-", "talks", [], "2025-10-17", None, True, ["Donald Trump", "Volodymyr Zelensky"], "Washington", False,
     "Trump received Zelensky at the White House on 17 October, reluctant on Tomahawks",
     ["وكان ترمب قد تحفظ على تزويد كييف بهذه الصواريخ خلال استقباله زيلينسكي في البيت الأبيض في 17 أكتوبر"]),
    ("f8-", "talks", [], "2025-10-24", None, True, ["King Charles III", "Volodymyr Zelensky"], "Windsor", False,
     "King Charles receives Zelensky at Windsor before the meeting",
     ["واستقبل الملك تشارلز الثالث الرئيس الأوكراني في قلعة وندسور"]),
    ("f8-", "talks", ["rejection"], "2025-10-22", None, False, ["Donald Trump", "Vladimir Putin"], "Budapest", True,
     "Trump calls off the planned Budapest summit with Putin ('days' before; not a wasted meeting)",
     ["ويأتي الاجتماع بعد أيام من إعلان ترمب إلغاء القمة التي كانت مقررة مع بوتين في بودابست"]),
    ("f8-", "statement", ["pressure", "rejection"], "2025-10-23", None, True, ["Vladimir Putin", "United States"], None, True,
     "Putin (الخميس): US sanctions an unfriendly act; a Tomahawk strike would get an overwhelming response",
     ["وردّ بوتين الخميس بأن العقوبات الأميركية «عمل غير ودي»"]),
    ("f8-", "talks", [], "2025-03-02", None, True, ["United Kingdom", "France"], "London", False,
     "the coalition launched in London last March",
     ["الذي أُطلق في لندن في مارس الماضي بمبادرة بريطانية فرنسية"]),
    ("f8-", "rejection", [], None, None, False, ["Russia"], None, False,
     "Moscow categorically rejects coalition security guarantees (standing position)",
     ["وهو ما ترفضه موسكو بشكل قاطع"]),
]


def main():
    note = ("Blind development set f: 8 scraped-style pages (10 articles, 2022-2025), hand-annotated "
            "without running the extractor. Real-world dates; date_inferable=false where the text alone "
            "does not fix the date (four pages carry no date at all); core=false marks context events. "
            "Written by make-blind-f-gold.py.")
    goldlib.write_gold(CORPUS, ARTICLES, E, OUT, note, "bf")
    # goldlib writes every article as segment 0 with an inferable date: fix the glued second
    # stories of f2 and f7 and the undated pages.
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
