#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write a synthetic, noisy Arabic news corpus (deterministic for a given seed).

    gen-corpus.py OUT_DIR [--size-mb 200] [--seed 1] [--html 0.1] [--jsonl 0.05] [--legacy 0.05]
                  [--profile news|dense]

Every file is a scraped-looking page about the negotiation track, built from invented
sentences. With --profile news (the default) a body mixes sentences that report an event of
the track (a speaker, a date, a place) with sentences of context and analysis that report
none, in sentences of the length news uses: about two reported events per KB of page, as in
the real articles of shared/corpus/seeds and in the annotated sets of tests/data. With
--profile dense every body sentence reports one (about six per KB: a worst case for the
extractor). A page has a headline ticker, menus, a headline with a "نشر في … يوم DD - MM - YYYY" line or
a dateline, body paragraphs, "اعلان" slots, duplicated photo captions, "أخبار ذات صلة" and
"مقالات مشابهة" link lists, tag blocks, a copyright line, crawl banners, and sometimes a
second article after "إقرأ أيضاً:". Some pages are HTML, some JSON Lines, some in
windows-1256. The text is made here; nothing is copied from real articles.
Prints one JSON line with the files, articles and bytes written.
"""
import argparse
import json
import os
import random

ACTORS = ["الرئيس الروسي", "الرئيس الأوكراني", "المبعوث الأمريكي", "وزير الخارجية التركي",
          "المتحدث باسم الكرملين", "مستشار الأمن القومي", "رئيس الوفد الأوكراني",
          "رئيس الوفد الروسي", "الأمين العام للأمم المتحدة", "وزيرة الخارجية الألمانية"]
VERBS = ["قال", "أكد", "أعلن", "أوضح", "نفى", "رحب", "حذر", "اقترح", "رفض", "أشار"]
TOPICS = ["جولة جديدة من المحادثات", "تبادل الأسرى", "وقف إطلاق النار", "الضمانات الأمنية",
          "خطة السلام", "الهدنة المؤقتة", "ملف الطاقة", "العقوبات الاقتصادية", "مذكرة التفاهم",
          "لقاء القمة المرتقب", "الممر البحري", "إعادة الإعمار"]
PLACES = ["إسطنبول", "جنيف", "الرياض", "الدوحة", "موسكو", "كييف", "واشنطن", "أنقرة", "بروكسل"]
TIMES = ["يوم الاثنين", "أمس الثلاثاء", "مساء الأربعاء", "الأسبوع الماضي", "اليوم الخميس",
         "صباح الجمعة", "في وقت سابق", "خلال الأيام المقبلة"]
TAILS = ["بحضور وفود من الجانبين", "دون التوصل إلى اتفاق نهائي", "وفق بيان رسمي",
         "بحسب مصادر مطلعة", "في ختام اجتماع استمر عدة ساعات", "وسط تفاؤل حذر",
         "رغم استمرار الخلافات حول عدد من البنود", "بوساطة دولية"]
OUTLETS = ["صحيفة المسار", "وكالة الأفق", "موقع الخبر اليوم", "صحيفة الرائد", "قناة المدار"]
TICKER = ["أسعار الذهب تتراجع", "افتتاح معرض الكتاب", "فوز المنتخب في المباراة الودية",
          "طقس معتدل في نهاية الأسبوع", "ارتفاع صادرات التمور", "مهرجان السينما يعلن الجوائز",
          "انخفاض أسعار الوقود", "إطلاق تطبيق حكومي جديد"]
MENU = "الرئيسية | أخبار | سياسة | اقتصاد | رياضة | ثقافة | فيديو"


# Context and analysis: no speaker of the track, no event.
CONTEXT_OPEN = ["وتأتي هذه التطورات في وقت تشهد فيه", "ويأتي ذلك بينما تعاني", "وعلى صعيد آخر، سجلت",
                "وبحسب أرقام نشرتها جهات مختصة، تراجعت", "ومن المنتظر أن تنعكس الأوضاع الحالية على",
                "وفي سياق متصل، تواصل", "وتشير تقديرات اقتصادية إلى تغير ملحوظ في",
                "ولا تزال حالة من الترقب تخيم على"]
CONTEXT_WHAT = ["أسعار الطاقة في الأسواق الأوروبية", "حركة الملاحة في موانئ البحر الأسود",
                "صادرات الحبوب إلى دول الشرق الأوسط وشمال أفريقيا",
                "أوضاع النازحين في البلدات القريبة من خطوط التماس", "الأسواق المالية في العواصم الكبرى",
                "ميزانيات الدول الأعضاء في الاتحاد الأوروبي", "سوق الأسمدة العالمية وسلاسل الإمداد",
                "قطاع الطيران المدني في المنطقة"]
CONTEXT_TAIL = ["التي شهدت تقلبات حادة خلال الأشهر الأخيرة", "في ظل شتاء يتوقع أن يكون قاسيا",
                "بحسب ما تظهره البيانات الصادرة عن الجهات الرسمية",
                "وهو ما يثير قلق المنظمات الإنسانية العاملة في المنطقة",
                "مع استمرار حالة عدم اليقين بشأن المرحلة المقبلة", "وفق ما أفادت به تقارير صحفية متطابقة",
                "في ظل ارتفاع تكاليف النقل والتأمين", "رغم الجهود المبذولة لاحتواء التداعيات"]


def sentence(rng):
    return "%s %s %s %s %s %s %s." % (
        rng.choice(VERBS), rng.choice(ACTORS), rng.choice(TIMES), "أن", rng.choice(TOPICS),
        "في " + rng.choice(PLACES), rng.choice(TAILS))


def context(rng):
    return "%s %s %s، %s." % (rng.choice(CONTEXT_OPEN), rng.choice(CONTEXT_WHAT),
                             rng.choice(CONTEXT_TAIL), rng.choice(CONTEXT_TAIL))


def news_sentence(rng):
    """A body sentence of the news profile: an event told at the length of news (with a
    clause of context), or context alone, about as often."""
    if rng.random() < 0.45:
        return sentence(rng)[:-1] + "، " + rng.choice(CONTEXT_TAIL) + "."
    return context(rng)


def headline(rng):
    return "%s: %s في %s" % (rng.choice(ACTORS), rng.choice(TOPICS), rng.choice(PLACES))


PROFILE = {"body": sentence}


def paragraph(rng):
    return " ".join(PROFILE["body"](rng) for _ in range(rng.randint(1, 4)))


def date(rng):
    return rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)


def article_lines(rng, second=False):
    lines = []
    y, m, d = date(rng)
    lines.append(headline(rng))
    if rng.random() < 0.5:
        lines.append("نشر في %s يوم %02d - %02d - %d" % (rng.choice(OUTLETS), d, m, y))
    else:
        lines.append("%s (%s، وكالات)" % (rng.choice(PLACES), rng.choice(OUTLETS)))
    lines.append("")
    if rng.random() < 0.4:
        cap = "صورة من %s خلال الاجتماع" % rng.choice(PLACES)
        lines += [cap, cap, ""]
    for i in range(rng.randint(4, 12)):
        lines.append(paragraph(rng))
        lines.append("")
        if i == 1 and rng.random() < 0.5:
            lines += ["اعلان", ""]
        if i == 2 and rng.random() < 0.3:
            lines += ["أخبار ذات صلة"] + ["  • " + headline(rng) for _ in range(3)] + [""]
    return lines


def page(rng):
    lines = []
    if rng.random() < 0.5:
        lines.append("    ".join(rng.sample(TICKER, 5)))
        lines.append("")
    if rng.random() < 0.3:
        lines += [MENU, ""]
    if rng.random() < 0.2:
        y, m, d = date(rng)
        lines += ["تاريخ الزحف: %d-%02d-%02d" % (y + 1, m, d), ""]
    lines += article_lines(rng)
    lines += ["شارك هذا المقال", "كلمات دلالية: " + " ".join(rng.sample(TOPICS, 3)),
              "المصدر: " + rng.choice(OUTLETS), ""]
    n = 1
    if rng.random() < 0.3:
        lines += ["إقرأ أيضاً:", ""] + article_lines(rng, True)
        n = 2
    lines += ["مقالات مشابهة", ""] + ["  • " + headline(rng) for _ in range(rng.randint(3, 8))]
    lines += ["", "Copyright © %s %d" % (rng.choice(OUTLETS), rng.randint(2022, 2025))]
    return "\n".join(lines) + "\n", n


def as_html(text):
    body = []
    for line in text.split("\n"):
        if line:
            body.append("<p>%s</p>" % line.replace("&", "&amp;").replace("<", "&lt;"))
    return ("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            "<title>خبر</title><script>var x = 1;</script></head><body>"
            "<nav><a href=\"/\">الرئيسية</a></nav><article>\n%s\n</article>"
            "<footer>جميع الحقوق محفوظة</footer></body></html>\n" % "\n".join(body))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--size-mb", type=float, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--html", type=float, default=0.1)
    ap.add_argument("--jsonl", type=float, default=0.05)
    ap.add_argument("--legacy", type=float, default=0.05)
    ap.add_argument("--profile", choices=["news", "dense"], default="news")
    args = ap.parse_args()
    PROFILE["body"] = news_sentence if args.profile == "news" else sentence

    rng = random.Random(args.seed)
    target = int(args.size_mb * 1024 * 1024)
    written = files = articles = 0
    while written < target:
        text, n = page(rng)
        sub = os.path.join(args.out, "%03d" % (files // 500))
        os.makedirs(sub, exist_ok=True)
        r = rng.random()
        if r < args.html:
            name, data = "%06d.html" % files, as_html(text).encode("utf-8")
        elif r < args.html + args.jsonl:
            recs = []
            for _ in range(rng.randint(2, 6)):
                y, m, d = date(rng)
                recs.append(json.dumps({"title": headline(rng),
                                        "maintext": "\n".join(paragraph(rng) for _ in range(rng.randint(3, 8))),
                                        "date_publish": "%d-%02d-%02d 10:00:00" % (y, m, d),
                                        "source_domain": "example.test"}, ensure_ascii=False))
            name, data = "%06d.jsonl" % files, ("\n".join(recs) + "\n").encode("utf-8")
            n = len(recs)
        elif r < args.html + args.jsonl + args.legacy:
            name, data = "%06d.txt" % files, text.encode("cp1256", errors="replace")
        else:
            name, data = "%06d.txt" % files, text.encode("utf-8")
        with open(os.path.join(sub, name), "wb") as f:
            f.write(data)
        written += len(data)
        files += 1
        articles += n
    print(json.dumps({"files": files, "articles": articles, "bytes": written, "seed": args.seed,
                      "profile": args.profile}))


if __name__ == "__main__":
    main()
