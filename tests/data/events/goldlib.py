"""Shared by the make-*-gold.py scripts: writes a masar-gold/1 file from annotations.

ARTICLES: (file, outlet, published, begins_with) — the article's title is its first line
that starts with begins_with. The articles of one file are its segments 0, 1, … in the order
listed. NOT_INFERABLE: the articles whose publication date the text does not give, by file
name or by (file, begins_with).
EVENTS: (file prefix, type, alt_types, date, date_end, date_inferable, actors, location, core,
note, [evidence excerpts]). Each excerpt must occur exactly once in its file; its offsets
are written in Unicode code points.
"""
import json
import os
import sys


def write_gold(corpus, articles, events, out_path, note, id_prefix, not_inferable=()):
    texts = {}
    arts = []
    segments = {}
    for fn, outlet, pub, begins in articles:
        with open(os.path.join(corpus, fn), encoding="utf-8-sig", newline="") as f:
            texts[fn] = f.read()
        first = next(l for l in texts[fn].splitlines() if l.startswith(begins))
        segment = segments.get(fn, 0)
        segments[fn] = segment + 1
        inferable = fn not in not_inferable and (fn, begins) not in not_inferable
        arts.append({"file": fn, "segment": segment, "outlet": outlet, "published": pub,
                     "published_inferable": inferable, "title": first.strip(), "begins_with": begins})
    files = {fn[:3]: fn for fn, *_ in articles}
    out = []
    for n, (pre, typ, alt, date, date_end, inferable, actors, loc, core, what, ev) in enumerate(events, 1):
        fn = files[pre]
        t = texts[fn]
        spans = []
        for s in ev:
            i = t.find(s)
            if i < 0 or t.find(s, i + 1) >= 0:
                sys.exit("%s: evidence %s %r" % (fn, "missing" if i < 0 else "not unique", s))
            spans.append({"file": fn, "start": i, "end": i + len(s), "text": s})
        e = {"id": "%s%d" % (id_prefix, n), "type": typ}
        if alt:
            e["alt_types"] = alt
        e.update({"date": date, "date_end": date_end, "date_inferable": inferable, "actors": actors,
                  "location": loc, "core": core, "note": what, "evidence": spans})
        out.append(e)
    gold = {"format": "masar-gold/1", "note": note, "articles": arts, "events": out}
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d articles, %d events (%d core)" % (len(arts), len(out), sum(e["core"] for e in out)))
