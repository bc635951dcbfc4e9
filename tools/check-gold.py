#!/usr/bin/env python3
"""Check a gold file (masar-gold/1) against the corpus it describes.

    check-gold.py GOLD.json CORPUS_DIR [-q]

For every event, each evidence span must be exactly the file text at [start, end), counting
Unicode code points into the decoded file (UTF-8, a BOM is skipped, nothing else changed).
Also checks the shape: format, unique event ids, known event types, ISO dates of any
precision (date_end not before date), a list of actor names, booleans for core and
date_inferable, and that every article's title and begins_with occur in its file.

Prints one line per problem and a summary; exits 1 if there is any problem, 2 on bad usage.
"""
import argparse
import json
import os
import re
import sys

TYPES = {"talks", "call", "proposal", "agreement", "ceasefire", "prisoner_exchange",
         "statement", "rejection", "pressure", "aid", "military"}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def date_key(d):
    """Earliest day of an ISO date of any precision, as a comparable tuple."""
    parts = [int(p) for p in d.split("-")]
    return tuple(parts + [1] * (3 - len(parts)))


def read_text(corpus, name, cache):
    if name not in cache:
        path = os.path.join(corpus, name)
        try:
            with open(path, encoding="utf-8-sig", newline="") as f:
                cache[name] = f.read()
        except (OSError, UnicodeDecodeError) as e:
            cache[name] = None
            cache[name + "\0error"] = str(e)
    return cache[name]


def check(gold, corpus):
    problems = []
    cache = {}
    n_spans = 0

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    if gold.get("format") != "masar-gold/1":
        bad("gold", "format is %r, not masar-gold/1" % gold.get("format"))

    for i, a in enumerate(gold.get("articles", [])):
        where = "article %d (%s)" % (i, a.get("file"))
        text = read_text(corpus, a.get("file") or "", cache)
        if text is None:
            bad(where, "cannot read the file")
            continue
        if not isinstance(a.get("segment"), int) or a["segment"] < 0:
            bad(where, "segment must be an integer >= 0")
        pub = a.get("published")
        if pub is not None and not DATE_RE.match(pub):
            bad(where, "published %r is not an ISO date" % pub)
        for key in ("title", "begins_with"):
            val = a.get(key)
            if val and not val.startswith("(") and val not in text:
                bad(where, "%s not found in the file: %r" % (key, val))

    ids = set()
    for i, e in enumerate(gold.get("events", [])):
        eid = e.get("id", "#%d" % i)
        where = "event %s" % eid
        if eid in ids:
            bad(where, "duplicate id")
        ids.add(eid)
        for t in [e.get("type")] + list(e.get("alt_types", [])):
            if t not in TYPES:
                bad(where, "unknown type %r" % t)
        date, date_end = e.get("date"), e.get("date_end")
        if date is not None and not DATE_RE.match(date):
            bad(where, "date %r is not an ISO date" % date)
        if date_end is not None:
            if not DATE_RE.match(date_end):
                bad(where, "date_end %r is not an ISO date" % date_end)
            elif date and DATE_RE.match(date) and date_key(date_end) < date_key(date):
                bad(where, "date_end %s is before date %s" % (date_end, date))
        for key in ("date_inferable", "core"):
            if key in e and not isinstance(e[key], bool):
                bad(where, "%s must be true or false" % key)
        actors = e.get("actors")
        if not isinstance(actors, list) or not all(isinstance(x, str) and x for x in actors):
            bad(where, "actors must be a list of names")
        evidence = e.get("evidence")
        if not evidence:
            bad(where, "no evidence")
            continue
        for s in evidence:
            n_spans += 1
            name = s.get("file") or ""
            text = read_text(corpus, name, cache)
            if text is None:
                bad(where, "cannot read %s: %s" % (name, cache.get(name + "\0error")))
                continue
            start, end = s.get("start"), s.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                bad(where, "bad span [%r, %r) in %s (%d code points)" % (start, end, name, len(text)))
                continue
            got = text[start:end]
            if got != s.get("text"):
                hint = text.find(s.get("text") or "\0")
                bad(where, "%s[%d:%d] is %r, not %r%s" % (
                    name, start, end, got, s.get("text"),
                    " (found at %d)" % hint if hint >= 0 else ""))
    return problems, n_spans


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("corpus")
    ap.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    args = ap.parse_args()
    try:
        with open(args.gold, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        print("%s: %s" % (args.gold, e))
        return 1
    if not os.path.isdir(args.corpus):
        print("%s: not a folder" % args.corpus)
        return 2
    problems, n_spans = check(gold, args.corpus)
    for p in problems:
        print(p)
    if not args.quiet or problems:
        print("%d articles, %d events, %d evidence spans: %d problems" % (
            len(gold.get("articles", [])), len(gold.get("events", [])), n_spans, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
