#!/usr/bin/env python3
"""End-to-end: run masar-extract on the shared seed articles and score the events file.

    e2e-seeds.py MASAR_EXTRACT [--min-f1 X] [--dev-min-f1 X]

Reads the seeds from $MASAR_SHARED_DIR/corpus/seeds and the gold file next to them, runs
`masar-extract SEEDS -o OUT --threads 2`, checks the exit status, that the file is valid
(`masar-extract OUT --validate`), that every source offset matches the file text, and that
the scorer's F1 reaches --min-f1. Also checks --jsonl (one valid document per article) and
the usage exit code. Then scores the development corpus written in this repository
(tests/data/dev-corpus with its gold file) against --dev-min-f1. Prints TAP; skips when
the shared folder is absent.
"""
import json
import os
import subprocess
import sys
import tempfile


def main():
    exe = sys.argv[1]
    min_f1 = float(sys.argv[sys.argv.index("--min-f1") + 1]) if "--min-f1" in sys.argv else 0.0
    dev_min_f1 = float(sys.argv[sys.argv.index("--dev-min-f1") + 1]) if "--dev-min-f1" in sys.argv else 0.0
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

    print("1..5")
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

        dev_out = os.path.join(tmp, "dev.json")
        r = subprocess.run([exe, dev, "-o", dev_out, "--threads", "2"], capture_output=True, text=True)
        ok = r.returncode == 0
        if ok:
            r = subprocess.run([sys.executable, scorer, dev_out, dev_gold, "--corpus", dev, "-v",
                                "--min-f1", str(dev_min_f1)], capture_output=True, text=True)
            for line in r.stdout.splitlines():
                print("# dev: " + line)
            ok = r.returncode == 0
        failed += not ok
        print(("ok" if ok else "not ok") + " 5 development corpus: F1 >= %.2f and no offset errors" % dev_min_f1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
