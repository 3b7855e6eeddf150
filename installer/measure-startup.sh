#!/usr/bin/env bash
# Start-up time of the packaged app against the floor (a minimal JavaFX window packaged the same way), from
# launch to a usable window (member table filled), median of RUNS runs each, interleaved. Needs a display
# (e.g. Xvfb :95) and the app-image: ./mvnw -DskipTests package. Usage: installer/measure-startup.sh [RUNS]
# The floor (installer/startup-floor/StartupFloor.java) is not in the product: the script packages it once, into
# target/startup-floor, with the app-image's runtime, its jars and its launcher options (jpackage from the JDK).
# Besides the wall time it prints the CPU time (user + system, whole process) of each run: on a shared,
# busy machine the wall time swings with the load, the CPU time much less. The load average is printed too.
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=${IMAGE:-target/dist/SoChiBo}
RUNS=${1:-7}
DATA=$(mktemp -d)
TIMES=$(mktemp)
trap 'rm -rf "$DATA" "$TIMES"' EXIT
FLOOR=target/startup-floor/startup-floor
if [ ! -x "$FLOOR/bin/startup-floor" ]; then
  work=$(mktemp -d)
  mkdir -p "$work/classes" "$work/input"
  cp "$IMAGE"/lib/app/*.jar "$work/input/"
  javac --release 17 -cp "$work/input/*" -d "$work/classes" installer/startup-floor/StartupFloor.java
  jar --create --file "$work/input/startup-floor.jar" --main-class StartupFloorLauncher -C "$work/classes" .
  rm -rf target/startup-floor
  # the app's launcher options (installer/args-common.txt) but its start-up archive, which is made for the app
  jpackage --type app-image --name startup-floor --input "$work/input" --main-jar startup-floor.jar \
    --main-class StartupFloorLauncher --runtime-image "$IMAGE/lib/runtime" --dest target/startup-floor \
    --java-options -Dfile.encoding=UTF-8 --java-options -Xshare:auto --java-options -XX:TieredStopAtLevel=1
  rm -rf "$work"
fi
"$IMAGE/bin/sochibo" --data-dir "$DATA" demo > /dev/null
measure() { # prints "wall-ms cpu-ms": launch to STARTUP-READY, and CPU used by the whole process
  local start ready cpu
  start=$(date +%s%3N)
  ready=$(SOCHIBO_STARTUP_PROBE=1 /usr/bin/time -f '%U %S' -o "$TIMES" "$@" 2>/dev/null | awk '/^STARTUP-READY/ {print $2}')
  cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$TIMES")
  echo "$(( ready - start )) $cpu"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }
measure "$FLOOR/bin/startup-floor" > /dev/null; measure "$IMAGE/bin/SoChiBo" --data-dir "$DATA" > /dev/null # warm the file cache
echo "load average before: $(load)"
app=(); floor=(); appcpu=(); floorcpu=()
for i in $(seq 1 "$RUNS"); do
  read -r wall cpu < <(measure "$FLOOR/bin/startup-floor"); floor+=("$wall"); floorcpu+=("$cpu")
  read -r wall cpu < <(measure "$IMAGE/bin/SoChiBo" --data-dir "$DATA"); app+=("$wall"); appcpu+=("$cpu")
done
echo "load average after:  $(load)"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
fm=$(median "${floor[@]}"); am=$(median "${app[@]}")
fc=$(median "${floorcpu[@]}"); ac=$(median "${appcpu[@]}")
echo "floor (minimal JavaFX window): ${floor[*]} ms -> median $fm ms (CPU ${floorcpu[*]} -> median $fc ms)"
echo "Sổ Chi bộ (table filled):      ${app[*]} ms -> median $am ms (CPU ${appcpu[*]} -> median $ac ms)"
awk -v a="$am" -v f="$fm" -v ac="$ac" -v fc="$fc" 'BEGIN {printf "ratio app/floor: %.2f (CPU %.2f)\n", a / f, ac / fc}'
