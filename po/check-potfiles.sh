#!/usr/bin/env bash
# Check that po/POTFILES.in is complete, sorted and up to date.
#
# Usage: po/check-potfiles.sh [--update] [SOURCE_ROOT]
#
# With --update, first rewrites POTFILES.in: adds the missing files, drops
# the files that no longer exist, sorts, and keeps the leading comments.
#
# Fails, naming the files, when
#  - a source file with translatable strings is missing from POTFILES.in:
#    src/**/*.c and *.h with _(), N_(), C_(), NC_(), Q_() or g_d*gettext();
#    ui/**/*.ui and src/**/*.ui with translatable="yes";
#    data/*.desktop.in, data/*.metainfo.xml.in and data/*.gschema.xml;
#  - POTFILES.in lists a file that does not exist;
#  - POTFILES.in is not sorted (LC_ALL=C) or lists a file twice.

set -u
export LC_ALL=C

update=0
if [ "${1:-}" = "--update" ]; then
  update=1
  shift
fi
srcroot=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$srcroot" || exit 2

potfiles=po/POTFILES.in
if [ ! -f "$potfiles" ]; then
  echo "$potfiles not found in $srcroot" >&2
  exit 2
fi

status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Entries of POTFILES.in, without comments and blank lines.
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles" > "$tmp/listed"

# Files with translatable strings.
c_pattern='(^|[^A-Za-z0-9_])(N|C|NC|Q)?_[[:space:]]*\(|(^|[^A-Za-z0-9_])g_d(c|n|p)?(pgettext2|gettext)[[:space:]]*\('
{
  if [ -d src ]; then
    find src -type f \( -name '*.c' -o -name '*.h' \) -print0 |
      xargs -0 -r grep -lE "$c_pattern" --
    find src -type f -name '*.ui' -print0 |
      xargs -0 -r grep -l 'translatable="yes"' --
  fi
  if [ -d ui ]; then
    find ui -type f -name '*.ui' -print0 |
      xargs -0 -r grep -l 'translatable="yes"' --
  fi
  if [ -d data ]; then
    find data -maxdepth 1 -type f \( -name '*.desktop.in' -o -name '*.metainfo.xml.in' \
      -o -name '*.gschema.xml' \) -print
  fi
} | sort -u > "$tmp/needed"

if [ "$update" -eq 1 ]; then
  {
    sed -n '/^#/p' "$potfiles"
    cat "$tmp/listed" "$tmp/needed" | sort -u | while IFS= read -r f; do
      [ -f "$f" ] && printf '%s\n' "$f"
    done
  } > "$tmp/POTFILES.in"
  cp "$tmp/POTFILES.in" "$potfiles"
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles" > "$tmp/listed"
fi

missing=$(comm -23 "$tmp/needed" <(sort -u "$tmp/listed"))
if [ -n "$missing" ]; then
  echo "These files have translatable strings but are missing from $potfiles:" >&2
  printf '  %s\n' $missing >&2
  status=1
fi

while IFS= read -r f; do
  if [ ! -f "$f" ]; then
    echo "$potfiles lists a file that does not exist: $f" >&2
    status=1
  fi
done < "$tmp/listed"

if ! sort -c "$tmp/listed" 2>/dev/null; then
  echo "$potfiles is not sorted (LC_ALL=C sort)" >&2
  status=1
fi

dups=$(uniq -d "$tmp/listed")
if [ -n "$dups" ]; then
  echo "$potfiles lists files more than once:" >&2
  printf '  %s\n' $dups >&2
  status=1
fi

if [ "$status" -eq 0 ]; then
  echo "$potfiles is complete ($(wc -l < "$tmp/listed") files)"
fi
exit "$status"
