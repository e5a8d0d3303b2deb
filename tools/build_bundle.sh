#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle of actviz and smoke-check it.
#
#   bash tools/build_bundle.sh            # uses `python3` on PATH (run it inside your venv)
#   PYTHON=/path/to/python bash tools/build_bundle.sh
#
# Output: dist/actviz/actviz (the program) and dist/actviz/_internal/. The smoke check starts the
# bundled program offscreen with --screenshot and checks that a real PNG came out; it also checks
# that nothing from the exclusion list (torch, matplotlib, tkinter) slipped into the bundle.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
DIST="${ACTVIZ_DIST:-$ROOT/dist}"
WORK="${ACTVIZ_BUILD:-$ROOT/build/pyinstaller}"
cd "$ROOT"

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "== installing PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
    "$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
fi

echo "== building with PyInstaller $("$PYTHON" -m PyInstaller --version)"
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
start=$EPOCHREALTIME
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/actviz.spec
echo "   build took $(elapsed "$start" "$EPOCHREALTIME") s"

APP="$DIST/actviz/actviz"
[ -x "$APP" ] || { echo "FAIL: $APP was not built" >&2; exit 1; }

for unwanted in torch matplotlib tkinter _tkinter PyQt5 PyQt6; do
    if [ -e "$DIST/actviz/_internal/$unwanted" ]; then
        echo "FAIL: $unwanted is in the bundle" >&2
        exit 1
    fi
done

echo "== smoke check: $APP --screenshot (offscreen)"
SHOT="$(mktemp -d)/bundle-smoke.png"
export QT_QPA_PLATFORM=offscreen
# An empty HOME/XDG config keeps the smoke run away from the builder's own settings.
SMOKE_HOME="$(mktemp -d)"
t0=$EPOCHREALTIME
HOME="$SMOKE_HOME" XDG_CONFIG_HOME="$SMOKE_HOME/.config" timeout 120 "$APP" --screenshot "$SHOT"
t1=$EPOCHREALTIME
"$PYTHON" - "$SHOT" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
    sys.exit(f"FAIL: {sys.argv[1]} is not a PNG")
width, height = struct.unpack(">II", data[16:24])
if width < 200 or height < 200:
    sys.exit(f"FAIL: screenshot is only {width}x{height}")
print(f"   PNG ok: {width}x{height}, {len(data)} bytes")
PY
# Warm second start: the figure a user sees on the second double-click.
t2=$EPOCHREALTIME
HOME="$SMOKE_HOME" XDG_CONFIG_HOME="$SMOKE_HOME/.config" timeout 120 "$APP" --screenshot "$SHOT"
t3=$EPOCHREALTIME
echo "== bundle: $DIST/actviz"
echo "   size: $(du -sh "$DIST/actviz" | cut -f1) on disk ($(find "$DIST/actviz" -type f | wc -l) files)"
echo "   start to screenshot and exit: first run $(elapsed "$t0" "$t1") s," \
     "second run $(elapsed "$t2" "$t3") s"
echo "PASS: bundle smoke check"
