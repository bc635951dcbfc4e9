#!/bin/sh
# Checks that po/ar.po (and every language in LINGUAS) translates every message of the
# sources listed in POTFILES.in, with nothing fuzzy or untranslated and valid format strings.
set -eu
top="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$top"
xgettext --files-from=po/POTFILES.in --directory=. --from-code=UTF-8 \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --keyword=g_dpgettext2:2c,3 \
  -o "$tmp/masar.pot"

status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  po="po/$lang.po"
  if ! msgcmp "$po" "$tmp/masar.pot" 2>"$tmp/msgcmp.log"; then
    echo "$po lacks messages:"; cat "$tmp/msgcmp.log"; status=1
  fi
  msgfmt -c --statistics -o /dev/null "$po" 2>"$tmp/stats.log" || status=1
  cat "$tmp/stats.log"
  if grep -E 'untranslated|fuzzy' "$tmp/stats.log" >/dev/null; then
    echo "$po is not complete"; status=1
  fi
done
exit $status
