#!/usr/bin/env bash
# Upgrade check of the Linux .deb: installs OLD_DEB, loads the sample branch, installs NEW_DEB over it and checks that
# the register survived and was migrated after a verified "before-migration" backup, then removes the package and
# checks that the data folder is still there. NEW_DEB must be a higher version carrying migrations OLD_DEB lacks.
# Usage (as root, apt installs): installer/linux/check-deb-upgrade.sh OLD_DEB NEW_DEB
# The sochibo commands run with a throw-away HOME and XDG_DATA_HOME (Java takes user.home from the password file,
# not from HOME, so XDG_DATA_HOME is what keeps them out of the real ~/.local/share/sochibo); the real data folder
# is fingerprinted before and after and must not change. An installed sochibo is removed first (not reinstalled);
# the package is removed again at the end, whatever happened. KEEP_TMP=1 keeps the temporary folder.
set -euo pipefail
PKG=sochibo
APP=/opt/sochibo
FAILED=0
say() { printf '%s\n' "$*"; }
ok() { say "  ok    $*"; }
bad() { say "  FAIL  $*"; FAILED=$((FAILED + 1)); }
die() { say "  FAIL  $*"; say "check-deb-upgrade: stopped"; exit 1; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
[ $# -eq 2 ] || { say "usage: $0 OLD_DEB NEW_DEB" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { say "check-deb-upgrade: run as root (apt-get install/remove)" >&2; exit 2; }
for tool in apt-get dpkg dpkg-deb jq sha256sum; do
  command -v "$tool" > /dev/null || { say "check-deb-upgrade: needs $tool" >&2; exit 2; }
done
[ -f "$1" ] || { say "check-deb-upgrade: no file $1" >&2; exit 2; }
[ -f "$2" ] || { say "check-deb-upgrade: no file $2" >&2; exit 2; }
OLD=$(realpath "$1"); NEW=$(realpath "$2")

TMP=$(mktemp -d -t check-deb-upgrade.XXXXXX)  # under $TMPDIR
export HOME=$TMP/home XDG_DATA_HOME=$TMP/home/.local/share
unset SOCHIBO_PASSWORD _JAVA_OPTIONS JAVA_TOOL_OPTIONS
DATA=$XDG_DATA_HOME/sochibo
mkdir -p "$XDG_DATA_HOME"
cd "$TMP"
INSTALLED_BY_US=0
cleanup() {
  local rc=$?
  if [ "$INSTALLED_BY_US" = 1 ] && [[ "$(status)" == i* ]]; then
    say "cleanup: removing $PKG"
    apt-get remove -y "$PKG" > "$TMP/cleanup-remove.log" 2>&1 || say "cleanup: apt-get remove $PKG failed, see $TMP"
  fi
  if [ "${KEEP_TMP:-0}" = 1 ]; then say "temporary folder kept: $TMP"; else rm -rf "$TMP"; fi
  exit $rc
}
trap cleanup EXIT

status() { dpkg-query -W -f='${db:Status-Abbrev}${Version}' "$PKG" 2>/dev/null || true; }
# the real users' data folders (root's, and the sudo caller's): listed with sizes and times, compared at the end;
# logs/ left out, any start of the program elsewhere on the machine writes there
real_homes() { getent passwd root | cut -d: -f6; [ -n "${SUDO_USER:-}" ] && getent passwd "$SUDO_USER" | cut -d: -f6; true; }
fingerprint() {
  local h
  for h in $(real_homes | sort -u); do
    [ -d "$h/.local/share/sochibo" ] && find "$h/.local/share/sochibo" -path '*/logs' -prune -o -printf '%p %s %T@\n' | sort
  done; true
}
install_deb() { # install_deb FILE LOG: sets SECS
  local start end
  start=$(date +%s%N)
  apt-get install -y "$1" > "$2" 2>&1 || { cat "$2"; die "apt-get install $1"; }
  end=$(date +%s%N)
  SECS=$(awk -v ns=$((end - start)) 'BEGIN {printf "%.1f", ns / 1e9}')
}
printed_version() { { "$APP/bin/sochibo" --version || true; } | grep -oE '[0-9]+\.[0-9]+\.[0-9]+[^ ]*' | head -1 || true; }
upstream() { local v=${1#*:}; echo "${v%-*}"; } # 0.2.0-1 -> 0.2.0
member_rows() { "$APP/bin/sochibo" members list --json | jq -r '.[] | "\(.id)\t\(.fullName)"' | sort; }
migration_backups() { { find "$DATA/backups" -maxdepth 1 -name '*-before-migration.sochibo-backup.zip' 2>/dev/null || true; } | sort; }
count_lines() { grep -c . || true; }

OLD_PKG=$(dpkg-deb -f "$OLD" Package); NEW_PKG=$(dpkg-deb -f "$NEW" Package)
OLD_VER=$(dpkg-deb -f "$OLD" Version); NEW_VER=$(dpkg-deb -f "$NEW" Version)
say "check-deb-upgrade: $PKG $OLD_VER -> $NEW_VER (temporary HOME $HOME)"
say "OLD $OLD"
say "NEW $NEW"
[ "$OLD_PKG" = "$PKG" ] && [ "$NEW_PKG" = "$PKG" ] || die "both files must be package $PKG (are $OLD_PKG, $NEW_PKG)"
dpkg --compare-versions "$NEW_VER" gt "$OLD_VER" || die "NEW ($NEW_VER) is not a higher version than OLD ($OLD_VER)"
REAL_BEFORE=$(fingerprint)

say "1. start from no installed $PKG"
before=$(status)
if [[ "$before" == i* ]] || [[ "$before" == [a-z][HFUWt]* ]]; then
  say "  $PKG ${before:3} is installed: removing it (the data folders are not touched)"
  apt-get remove -y "$PKG" > "$TMP/remove-first.log" 2>&1 || { cat "$TMP/remove-first.log"; die "apt-get remove $PKG"; }
fi
[[ "$(status)" != i* ]] || die "$PKG still installed"
[ ! -e "$DATA" ] || die "temporary data folder $DATA exists already"

say "2. install OLD $OLD_VER, load the sample branch"
INSTALLED_BY_US=1
install_deb "$OLD" "$TMP/install-old.log"; old_secs=$SECS
say "  installed in $old_secs s"
check "dpkg: $PKG $OLD_VER installed" test "$(status)" = "ii $OLD_VER"
old_printed=$(printed_version)
say "  sochibo --version: $old_printed"
check "the program's version ($old_printed) is the package's ($(upstream "$OLD_VER"))" \
  test "${old_printed%-SNAPSHOT}" = "$(upstream "$OLD_VER")"
"$APP/bin/sochibo" demo > "$TMP/demo.log" 2>&1 || { cat "$TMP/demo.log"; die "sochibo demo"; }
say "  $(head -1 "$TMP/demo.log")"
check "the sample branch went into the temporary per-user data folder" test -f "$DATA/sochibo.mv.db"
member_rows > "$TMP/members-old.txt" || die "sochibo members list --json (OLD)"
members_old=$(wc -l < "$TMP/members-old.txt")
check "OLD lists $members_old members (more than none)" test "$members_old" -gt 0
say "  data folder: $(cd "$DATA" && find . -type f | sed 's:^\./::' | sort | tr '\n' ' ')"
check "OLD made no before-migration backup" test -z "$(migration_backups)"

say "3. install NEW $NEW_VER over it"
touch "$TMP/before-new"
install_deb "$NEW" "$TMP/install-new.log"; new_secs=$SECS
say "  installed in $new_secs s"
check "dpkg treated it as an upgrade: \"Unpacking $PKG ($NEW_VER) over ($OLD_VER)\"" \
  grep -qF "Unpacking $PKG ($NEW_VER) over ($OLD_VER)" "$TMP/install-new.log"
check "dpkg: $PKG $NEW_VER installed" test "$(status)" = "ii $NEW_VER"
if dpkg-deb -c "$NEW" | grep 'lib/app/sochibo\.classlist$' > /dev/null; then
  # postinst makes the start-up archive for /opt/sochibo; with -Xshare:on the JVM refuses to start without it
  check "postinst made a fresh start-up archive (lib/app/sochibo.jsa)" \
    test -n "$(find "$APP/lib/app/sochibo.jsa" -newer "$TMP/before-new" 2>/dev/null)"
  maps() { _JAVA_OPTIONS=-Xshare:on "$APP/bin/sochibo" --version > /dev/null 2>&1; }
  check "the command line maps it (-Xshare:on)" maps
fi
new_printed=$(printed_version)
say "  sochibo --version: $new_printed"
check "the program's version ($new_printed) is the new package's ($(upstream "$NEW_VER"))" \
  test "${new_printed%-SNAPSHOT}" = "$(upstream "$NEW_VER")"
check "the data folder still holds the database" test -f "$DATA/sochibo.mv.db"
member_rows > "$TMP/members-new.txt" || die "sochibo members list --json (NEW, first start: migration)"
members_new=$(wc -l < "$TMP/members-new.txt")
check "NEW lists the same members ($members_old before, $members_new after; ids and names)" \
  cmp -s "$TMP/members-old.txt" "$TMP/members-new.txt"
backups=$(migration_backups)
check "exactly one before-migration backup (NEW carries migrations OLD lacks?)" test "$(printf '%s' "$backups" | count_lines)" -eq 1
backup_name=$(basename "${backups:-none}")
say "  backup: $backup_name"
"$APP/bin/sochibo" backup list > "$TMP/backup-list.txt" 2>&1 || bad "sochibo backup list"
listed() { grep -F "$backup_name" "$TMP/backup-list.txt" | grep -E "[^0-9]$members_old [^0-9]" > /dev/null; }
check "sochibo backup list shows it, with $members_old members" listed
member_rows > "$TMP/members-again.txt" || bad "sochibo members list --json (NEW, second start)"
check "a second start finds the schema current (no second before-migration backup)" \
  test "$(migration_backups)" = "$backups"

say "4. remove the package"
db_sum=$(sha256sum < "$DATA/sochibo.mv.db")
apt-get remove -y "$PKG" > "$TMP/remove.log" 2>&1 || { cat "$TMP/remove.log"; die "apt-get remove $PKG"; }
check "dpkg: $PKG no longer installed ($(status))" test "$(status | cut -c1-2)" != "ii"
check "$APP is gone (prerm removed the start-up archive, nothing left behind)" test ! -e "$APP"
check "the data folder survives, database unchanged" test "$(sha256sum < "$DATA/sochibo.mv.db" 2>/dev/null)" = "$db_sum"
check "the before-migration backup survives" test -f "$DATA/backups/$backup_name"
check "the real users' data folders were not touched (unless someone used them meanwhile)" \
  test "$(fingerprint)" = "$REAL_BEFORE"

say ""
say "summary: $OLD_VER ($old_printed, installed in $old_secs s, $members_old members)" \
  "-> $NEW_VER ($new_printed, installed over it in $new_secs s, $members_new members), backup $backup_name"
if [ "$FAILED" -gt 0 ]; then say "check-deb-upgrade: $FAILED check(s) FAILED"; exit 1; fi
say "check-deb-upgrade: all checks passed"
