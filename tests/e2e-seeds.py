#!/usr/bin/env python3
"""End-to-end: run masar-extract on the shared seed articles and score the events file.

    e2e-seeds.py MASAR_EXTRACT [--min-f1 X] [--dev-min-f1 X] [--heldout-min-f1 X] [--set NAME=X ...]

Reads the seeds from $MASAR_SHARED_DIR/corpus/seeds and the gold file next to them, runs
`masar-extract SEEDS -o OUT --threads 2`, checks the exit status, that the file is valid
(`masar-extract OUT --validate`), that every source offset matches the file text, and that
the scorer's F1 reaches --min-f1. Also checks --jsonl (one valid document per article) and
the usage exit code. Then scores the development corpus written in this repository
(tests/data/dev-corpus with its gold file) against --dev-min-f1. Prints TAP; skips when
the shared folder is absent. Last, the held-out-like set (tests/data/events/heldout-like,
articles written here in the style of other outlets and years, with its gold) is scored
against --heldout-min-f1 (default 0.74). Each --set NAME=X scores tests/data/events/NAME
(the blind sets: written and annotated by someone who never saw the extractor) against X.
"""
import json
import os
import subprocess
import sys
import tempfile


def score_folder(exe, scorer, folder, gold, out, min_f1, tag):
    """Extract FOLDER into OUT and score it against GOLD; print the scorer's lines as comments."""
    r = subprocess.run([exe, folder, "-o", out, "--threads", "2"], capture_output=True, text=True)
    if r.returncode != 0:
        print("# %s: masar-extract exited %d" % (tag, r.returncode))
        return False
    r = subprocess.run([sys.executable, scorer, out, gold, "--corpus", folder, "-v",
                        "--min-f1", str(min_f1)], capture_output=True, text=True)
    for line in r.stdout.splitlines():
        print("# %s: %s" % (tag, line))
    return r.returncode == 0


def main():
    exe = sys.argv[1]
    min_f1 = float(sys.argv[sys.argv.index("--min-f1") + 1]) if "--min-f1" in sys.argv else 0.0
    dev_min_f1 = float(sys.argv[sys.argv.index("--dev-min-f1") + 1]) if "--dev-min-f1" in sys.argv else 0.0
    heldout_min_f1 = (float(sys.argv[sys.argv.index("--heldout-min-f1") + 1])
                      if "--heldout-min-f1" in sys.argv else 0.74)
    here = os.path.dirname(os.path.abspath(__file__))
    dev = os.path.join(here, "data", "dev-corpus")
    dev_gold = os.path.join(here, "data", "dev-corpus.gold.json")
    shared = os.environ.get("MASAR_SHARED_DIR", "")
    seeds = os.path.join(shared, "corpus", "seeds")
    gold = os.path.join(shared, "corpus", "gold", "seeds.gold.json")
    scorer = os.path.join(shared, "tools", "score-events")
    if not (os.path.isdir(seeds) and os.path.exists(gold) and os.path.exists(scorer)):
        print("1..0 # SKIP shared seeds, gold or scorer not found under MASAR_SHARED_DIR=%r" % shared)
        return 0

    sets = [a.split("=", 1) for i, a in enumerate(sys.argv) if i > 0 and sys.argv[i - 1] == "--set"]
    print("1..%d" % (6 + len(sets)))
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "events.json")
        r = subprocess.run([exe, seeds, "-o", out, "--threads", "2"], capture_output=True, text=True)
        ok = r.returncode == 0 and os.path.exists(out)
        print(("ok" if ok else "not ok") + " 1 masar-extract exits 0 and writes the file")
        if not ok:
            print("# " + r.stderr.replace("\n", "\n# "))
            return 1

        r = subprocess.run([exe, out, "--validate"], capture_output=True, text=True)
        ok = r.returncode == 0
        failed += not ok
        print(("ok" if ok else "not ok") + " 2 the events file reads back: " + (r.stdout or r.stderr).strip())

        r = subprocess.run([sys.executable, scorer, out, gold, "--corpus", seeds, "-v",
                            "--min-f1", str(min_f1)], capture_output=True, text=True)
        for line in r.stdout.splitlines():
            print("# " + line)
        ok = r.returncode == 0
        failed += not ok
        print(("ok" if ok else "not ok") + " 3 score: F1 >= %.2f and no offset errors" % min_f1)

        r = subprocess.run([exe, seeds, "--jsonl"], capture_output=True, text=True)
        lines = [l for l in r.stdout.splitlines() if l.strip()]
        ok = r.returncode == 0 and len(lines) > 0
        for l in lines:
            doc = json.loads(l)
            ok = ok and doc.get("format") == "masar-events/1" and len(doc.get("articles", [])) == 1
        usage = subprocess.run([exe], capture_output=True, text=True).returncode
        ok = ok and usage == 2
        failed += not ok
        print(("ok" if ok else "not ok") + " 4 --jsonl gives one document per article (%d); no folder exits 2 (%d)"
              % (len(lines), usage))

        ok = score_folder(exe, scorer, dev, dev_gold, os.path.join(tmp, "dev.json"), dev_min_f1, "dev")
        failed += not ok
        print(("ok" if ok else "not ok") + " 5 development corpus: F1 >= %.2f and no offset errors" % dev_min_f1)

        hl = os.path.join(here, "data", "events", "heldout-like")
        hl_gold = os.path.join(here, "data", "events", "heldout-like.gold.json")
        ok = score_folder(exe, scorer, hl, hl_gold, os.path.join(tmp, "heldout-like.json"),
                          heldout_min_f1, "heldout-like")
        failed += not ok
        print(("ok" if ok else "not ok") + " 6 held-out-like set: F1 >= %.2f and no offset errors" % heldout_min_f1)

        for n, (name, floor) in enumerate(sets, 7):
            folder = os.path.join(here, "data", "events", name)
            ok = score_folder(exe, scorer, folder, folder + ".gold.json", os.path.join(tmp, name + ".json"),
                              float(floor), name)
            failed += not ok
            print(("ok" if ok else "not ok") + " %d %s: F1 >= %s and no offset errors" % (n, name, floor))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
