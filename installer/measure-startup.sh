#!/usr/bin/env bash
# Start-up time of the packaged app against the floor (a minimal JavaFX window packaged the same way), from
# launch to a usable window (member table filled), median of RUNS runs each, interleaved. Needs a display
# (e.g. Xvfb :99) and the app-image: ./mvnw -DskipTests package. Usage: installer/measure-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=${IMAGE:-target/dist/SoChiBo}
RUNS=${1:-7}
DATA=$(mktemp -d)
"$IMAGE/bin/sochibo" --data-dir "$DATA" demo > /dev/null
measure() { # prints milliseconds from launch to STARTUP-READY
  local start ready
  start=$(date +%s%3N)
  ready=$(SOCHIBO_STARTUP_PROBE=1 "$@" 2>/dev/null | awk '/^STARTUP-READY/ {print $2}')
  echo $(( ready - start ))
}
app=(); floor=()
for i in $(seq 1 "$RUNS"); do
  floor+=("$(measure "$IMAGE/bin/startup-floor")")
  app+=("$(measure "$IMAGE/bin/SoChiBo" --data-dir "$DATA")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
fm=$(median "${floor[@]}"); am=$(median "${app[@]}")
echo "floor (minimal JavaFX window): ${floor[*]} ms -> median $fm ms"
echo "Sổ Chi bộ (table filled):      ${app[*]} ms -> median $am ms"
awk -v a="$am" -v f="$fm" 'BEGIN {printf "ratio app/floor: %.2f\n", a / f}'
rm -rf "$DATA"
