#!/usr/bin/env python3
# Writes the ingestion fixtures in this folder. The text is written for the project
# (invented news about invented outlets); run it again only to change the fixtures.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

def write(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)

SHORT = ("مفاوضات جديدة بين الوفدين في جنيف\n\n"
         "قال المتحدث باسم الوفد إن الجولة المقبلة من المحادثات ستعقد الأسبوع المقبل في جنيف بحضور وسطاء.\n\n"
         "وأضاف أن الطرفين اتفقا على تبادل قوائم الأسرى قبل نهاية الشهر الجاري.\n")

# Encodings: the same short article.
write('enc/utf8.txt', SHORT.encode('utf-8'))
write('enc/utf8-bom.txt', b'\xef\xbb\xbf' + SHORT.encode('utf-8'))
write('enc/utf16le.txt', b'\xff\xfe' + SHORT.encode('utf-16-le'))
write('enc/utf16be.txt', b'\xfe\xff' + SHORT.encode('utf-16-be'))
write('enc/windows-1256.txt', SHORT.encode('cp1256'))
write('enc/iso-8859-6.txt', SHORT.encode('iso8859_6'))
write('enc/reference.txt', SHORT.encode('utf-8'))
bad = SHORT.encode('utf-8')
cut = bad.index('\n\n'.encode()) + 2
write('enc/invalid-utf8.txt', bad[:cut] + b'\xff\xfe\xfd ' + bad[cut:] + b'\xc3')

# A page with every kind of boilerplate and a second article after "إقرأ أيضاً:".
PAGE = """أسعار القهوة ترتفع    افتتاح مهرجان الفنون    فوز الفريق المحلي بالكأس    طقس معتدل غداً
الرئيسية | أخبار | رياضة | اقتصاد
تاريخ الزحف: 2026-01-15 08:00

الوسطاء يقترحون هدنة لمدة ثلاثين يوماً في الجولة الخامسة
نشر في صحيفة الاختبار يوم 05 - 03 - 2025

صورة من قاعة الاجتماعات في جنيف
صورة من قاعة الاجتماعات في جنيف

أعلن الوسطاء اليوم أنهم قدموا اقتراحاً لهدنة مدتها ثلاثون يوماً إلى الوفدين خلال الجولة الخامسة من المحادثات.

اعلان

وقال رئيس فريق الوساطة إن الاقتراح يشمل وقف الضربات على منشآت الطاقة وتبادل الأسرى على مراحل.

أخبار ذات صلة
  • الوسطاء يصلون إلى جنيف
  • انطلاق الجولة الرابعة من المحادثات

وأكد الوفدان أنهما سيدرسان الاقتراح ويعودان بالرد خلال أسبوع، بحسب بيان مشترك صدر في ختام الجلسة.

شارك هذا المقال
كلمات دلالية: هدنة جنيف وسطاء
المصدر: صحيفة الاختبار

إقرأ أيضاً:

البرلمان يناقش قانون الموازنة الجديدة

العاصمة (وكالة الأنباء التجريبية)

ناقش البرلمان اليوم مشروع قانون الموازنة الجديدة في جلسة استمرت ست ساعات وانتهت دون تصويت.

وقال رئيس اللجنة المالية إن التصويت سيجري الأسبوع المقبل بعد إدخال تعديلات على بنود الإنفاق.

مقالات مشابهة
  • الحكومة تقدم الموازنة إلى البرلمان
  • النواب يطالبون بزيادة الإنفاق على الصحة
"""
write('text/page-split.txt', PAGE.encode('utf-8'))

# A "read also" list that is not an article, and a copyright year.
LIST = """وفد تجاري يزور العاصمة لبحث التعاون الاقتصادي

وصل وفد تجاري كبير إلى العاصمة اليوم لبحث فرص التعاون الاقتصادي وتوقيع عدد من الاتفاقات في مجال الطاقة.

وقال رئيس الوفد إن المحادثات ستتناول الاستثمار في البنية التحتية والموانئ خلال السنوات المقبلة.

اقرأ أيضاً
- ارتفاع أسعار النفط في الأسواق
- افتتاح معرض الكتاب الدولي
- الفريق الوطني يستعد للبطولة

Copyright © Test Outlet 2023
"""
write('text/read-also-list.txt', LIST.encode('utf-8'))

# No headline, no date: title from the first sentence, date unknown.
BARE = ("ذكرت مصادر دبلوماسية أن الاتصالات بين العاصمتين استؤنفت بعد توقف دام عدة أشهر. وأوضحت المصادر أن الجانبين يبحثان ترتيبات لقاء مقبل.\n"
        "وأشارت إلى أن موعد اللقاء لم يحدد بعد لكنه قد يعقد قبل نهاية العام في عاصمة محايدة.\n")
write('text/bare.txt', BARE.encode('utf-8'))

write('text/empty.txt', b'')
write('text/blank.txt', b'  \n\n \t\n')
write('text/binary.dat', b'\x00\x01\x02\x03MZ\x90\x00' * 64)
write('text/photo.png', b'\x89PNG\r\n\x1a\n' + b'\x00' * 32)

HTML = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>الوسطاء يعلنون موعد الجولة المقبلة - موقع الاختبار</title>
<meta property="og:site_name" content="موقع الاختبار">
<meta property="article:published_time" content="2025-04-02T09:30:00+03:00">
<link rel="canonical" href="https://example.test/news/1">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-04-01"}</script>
<style>body { color: red; }</style>
</head>
<body>
<header><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav></header>
<div class="share-buttons">شارك على فيسبوك</div>
<article>
<h1>الوسطاء يعلنون موعد الجولة المقبلة من المحادثات</h1>
<p>أعلن الوسطاء مساء الثلاثاء أن الجولة المقبلة من المحادثات بين الوفدين ستعقد في العاشر من الشهر المقبل.</p>
<p>وقال بيان صادر عن فريق الوساطة إن <b>جدول الأعمال</b> يشمل ملف الأسرى وترتيبات وقف إطلاق النار.</p>
<script>var ad = "لا يجب أن يظهر هذا النص";</script>
<p>ولم يصدر تعليق فوري من الوفدين على البيان.<br>وينتظر أن يعلن الموعد النهائي خلال أيام.</p>
</article>
<aside><h3>الأكثر قراءة</h3><ul><li>خبر جانبي أول</li></ul></aside>
<footer>جميع الحقوق محفوظة © 2025 موقع الاختبار</footer>
</body>
</html>
"""
write('html/page.html', HTML.encode('utf-8'))
write('html/page-1256.htm', HTML.replace('utf-8', 'windows-1256').encode('cp1256'))

REC1 = {"title": "الوفدان يتفقان على تبادل جديد للأسرى",
        "maintext": "اتفق الوفدان في ختام جولة المحادثات على تبادل جديد للأسرى يشمل مئتي شخص من كل جانب.\nوقال الوسطاء إن التبادل سيجري خلال الأسبوع المقبل.",
        "date_publish": "2025-06-10 14:00:00", "url": "https://example.test/a", "source_domain": "example.test"}
REC2 = {"title": "وزير الخارجية يزور العاصمة",
        "text": "وصل وزير الخارجية إلى العاصمة في زيارة رسمية تستمر يومين يبحث خلالها ملف المفاوضات.",
        "date": "2025-06-11", "source": "وكالة الاختبار"}
write('json/records.jsonl', (json.dumps(REC1, ensure_ascii=False) + "\n" + "{not json\n" +
                             json.dumps(REC2, ensure_ascii=False) + "\n").encode('utf-8'))
write('json/records.json', json.dumps([REC1, REC2, {"title": "بلا نص"}], ensure_ascii=False, indent=1).encode('utf-8'))
write('json/events.json', json.dumps({"format": "masar-events/1", "articles": [], "events": []}).encode('utf-8'))
