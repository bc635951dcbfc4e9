#!/bin/bash
# flatpak-local-build.sh: build and run the Masar Flatpak with no network.
#
# The GNOME runtime cannot be downloaded on our machines, so this script makes a stand-in
# "org.gnome.Platform" and "org.gnome.Sdk" from this host's /usr (Debian 12: GTK 4.8,
# libadwaita 1.2), exports them into a local OSTree repo, installs them for the current
# user, builds flatpak/io.github.masar.Masar.json against them with flatpak-builder (in the
# sandbox, as on Flathub), installs the app and starts it under Xvfb on the sample corpus.
#
# It checks the install layout, the finish-args and the sandbox (no filesystem permission),
# not the real GNOME runtime. Heavy: about 6 GB in $WORK and a few minutes the first time;
# the runtime is reused afterwards. Not for every CI run.
#
# Usage: tools/flatpak-local-build.sh [--rebuild-runtime] [--worktree] [--no-run]
# Environment: MASAR_FLATPAK_WORK (default /var/tmp/masar-flatpak),
#              MASAR_FLATPAK_BRANCH (runtime branch, default "host-debian12").
# Needs: flatpak, flatpak-builder, ostree, bubblewrap, xvfb-run, imagemagick (import), git,
#        python3, tar, and the build dependencies installed on the host (see README).

set -euo pipefail

SRC=$(cd "$(dirname "$0")/.." && pwd)
WORK=${MASAR_FLATPAK_WORK:-/var/tmp/masar-flatpak}
BRANCH=${MASAR_FLATPAK_BRANCH:-host-debian12}
APP_ID=io.github.masar.Masar
REMOTE=masar-host-runtime
ARCH=$(flatpak --default-arch)
REBUILD_RUNTIME=0
RUN=1
WORKTREE=0

for arg in "$@"; do
  case "$arg" in
    --rebuild-runtime) REBUILD_RUNTIME=1 ;;
    --no-run) RUN=0 ;;
    --worktree) WORKTREE=1 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

step () { printf '\n== %s\n' "$*"; }

for tool in flatpak flatpak-builder ostree bwrap git python3 tar; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

mkdir -p "$WORK"

runtime_installed () {
  flatpak --user info "org.gnome.Platform//$BRANCH" >/dev/null 2>&1 &&
    flatpak --user info "org.gnome.Sdk//$BRANCH" >/dev/null 2>&1
}

# 1. A runtime from the host's /usr, once.
if [ "$REBUILD_RUNTIME" = 1 ] || ! runtime_installed; then
  step "runtime: copying /usr into $WORK/runtime/usr (large trees that no app needs are left out)"
  rm -rf "$WORK/runtime" "$WORK/runtime-repo"
  # build-export wants files/ and metadata to exist; with --runtime it commits usr/ as files/.
  mkdir -p "$WORK/runtime/usr" "$WORK/runtime/files"
  tar -C /usr -cf - \
      --exclude=./local --exclude=./share/doc --exclude=./share/man --exclude=./share/info \
      --exclude=./lib/jvm --exclude=./lib/google-cloud-sdk --exclude=./lib/postgresql \
      --exclude=./share/fpcsrc --exclude=./share/package-lists --exclude=./src \
      . | tar -C "$WORK/runtime/usr" -xf -
  # "build-export --runtime" commits usr/ as the runtime's files/; flatpak shows its etc/ as
  # the sandbox's /etc: give it the loader and font setup.
  mkdir -p "$WORK/runtime/usr/etc"
  cp -aL /etc/ld.so.conf /etc/ld.so.conf.d /etc/fonts "$WORK/runtime/usr/etc/"
  # Debian's libblas.so, liblapack.so and others are symlinks through /etc/alternatives.
  cp -a /etc/alternatives "$WORK/runtime/usr/etc/"
  if [ -e /etc/ssl ]; then cp -aL /etc/ssl "$WORK/runtime/usr/etc/"; fi
  ostree init --mode=archive-z2 --repo="$WORK/runtime-repo"

  for kind in Platform Sdk; do
    step "runtime: exporting org.gnome.$kind//$BRANCH"
    cat > "$WORK/runtime/metadata" <<EOF
[Runtime]
name=org.gnome.$kind
runtime=org.gnome.Platform/$ARCH/$BRANCH
sdk=org.gnome.Sdk/$ARCH/$BRANCH
EOF
    flatpak build-export --runtime --no-update-summary --disable-sandbox \
      "$WORK/runtime-repo" "$WORK/runtime" "$BRANCH"
  done
  flatpak build-update-repo "$WORK/runtime-repo"

  step "runtime: installing for this user from $WORK/runtime-repo"
  flatpak --user remote-delete --force "$REMOTE" >/dev/null 2>&1 || true
  flatpak --user remote-add --no-gpg-verify "$REMOTE" "file://$WORK/runtime-repo"
  flatpak --user install -y --noninteractive --reinstall "$REMOTE" \
    "org.gnome.Platform//$BRANCH" "org.gnome.Sdk//$BRANCH"
  rm -rf "$WORK/runtime"
else
  step "runtime: org.gnome.Platform//$BRANCH and org.gnome.Sdk//$BRANCH already installed"
fi

# 2. A clean copy of the sources: the last commit (HEAD), or with --worktree the files git
#    tracks as they are in the working tree. No build directories either way.
rm -rf "$WORK/src"
mkdir -p "$WORK/src"
if [ "$WORKTREE" = 1 ]; then
  step "sources: the tracked files of the working tree into $WORK/src"
  (cd "$SRC" && git ls-files -z | xargs -0 tar -cf - --no-recursion) | tar -C "$WORK/src" -xf -
else
  step "sources: $(cd "$SRC" && git rev-parse --short HEAD) into $WORK/src"
  (cd "$SRC" && git archive --format=tar HEAD) | tar -C "$WORK/src" -xf -
fi

# 3. The project's manifest, adapted to the stand-in runtime.
step "manifest: $WORK/src/flatpak/$APP_ID.local.json"
python3 - "$WORK/src/flatpak/$APP_ID.json" "$WORK/src/flatpak/$APP_ID.local.json" "$BRANCH" <<'EOF'
import json, sys
src, dst, branch = sys.argv[1:4]
with open(src, encoding="utf-8") as f:
    m = json.load(f)
m["runtime-version"] = branch
m["appstream-compose"] = False
m.setdefault("build-options", {}).update({"no-debuginfo": True, "strip": False})
with open(dst, "w", encoding="utf-8") as f:
    json.dump(m, f, indent=2)
EOF
flatpak-builder --show-manifest "$WORK/src/flatpak/$APP_ID.local.json" >/dev/null

# 4. Build in the sandbox, export to a repo and install for this user.
step "build: flatpak-builder (sandboxed)"
cd "$WORK"
flatpak-builder --user --disable-rofiles-fuse --force-clean \
  --state-dir="$WORK/.flatpak-builder" --repo="$WORK/app-repo" \
  "$WORK/build-dir" "$WORK/src/flatpak/$APP_ID.local.json"
flatpak --user remote-delete --force masar-local-app >/dev/null 2>&1 || true
flatpak --user remote-add --no-gpg-verify masar-local-app "file://$WORK/app-repo"
flatpak --user install -y --noninteractive --reinstall masar-local-app "$APP_ID"

step "installed layout"
flatpak --user info --show-permissions "$APP_ID"
loc=$(flatpak --user info --show-location "$APP_ID")
(cd "$loc/files" && find bin share/applications share/metainfo share/glib-2.0 share/icons \
   share/masar -maxdepth 2 2>/dev/null | sort | head -40)

if [ "$RUN" = 0 ]; then
  exit 0
fi

# 5. Run it under Xvfb on the sample corpus shipped inside the app, take a screenshot.
step "run: flatpak run $APP_ID under Xvfb (12 s), screenshot $WORK/flatpak-run.png"
command -v xvfb-run >/dev/null || { echo "missing: xvfb-run" >&2; exit 1; }
rm -f "$WORK/flatpak-run.png" "$WORK/flatpak-run.log"
dbus-run-session -- xvfb-run -a -s '-screen 0 1280x1024x24' sh -c '
  flatpak run --user --env=GSK_RENDERER=cairo '"$APP_ID"' /app/share/masar/sample-corpus \
    >"'"$WORK"'/flatpak-run.log" 2>&1 &
  pid=$!
  sleep 12
  if kill -0 $pid 2>/dev/null; then
    command -v import >/dev/null && import -window root "'"$WORK"'/flatpak-run.png" || true
    kill $pid; wait $pid 2>/dev/null || true
    echo "app was still running after 12 s: OK"
  else
    wait $pid; rc=$?
    echo "app exited early with status $rc" >&2
    exit 1
  fi
'
echo "log: $WORK/flatpak-run.log"
[ -f "$WORK/flatpak-run.png" ] && echo "screenshot: $WORK/flatpak-run.png"
