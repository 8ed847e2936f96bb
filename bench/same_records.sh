#!/bin/bash
# Whether this tree's records are byte-identical to another tree's (a speed change must not
# change any output): `bench/same_records.sh OTHER_TREE [DIR ...]` extracts each DIR with both
# trees' code (`extract -q DIR -o FILE`) and compares the files with cmp. Default DIRs: the
# gold seeds, dev and corpus pool and the shared study pools. Exit status 1 when any differs.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
other=$(cd "$1" && pwd); shift
py=${PYTHON:-$here/.venv/bin/python}
dirs=("$@")
if [ ${#dirs[@]} -eq 0 ]; then
  shared=$(cd "$here/../shared" && pwd)
  dirs=("$shared/seeds" "$shared/dev" "$here/corpus/dev/pool" "$shared/pool" "$shared/pool-kh")
fi
out=$(mktemp -d)
rc=0
for d in "${dirs[@]}"; do
  name=$(echo "$d" | tr '/' '_')
  for tree in "$here" "$other"; do
    tag=$([ "$tree" = "$here" ] && echo this || echo other)
    (cd "$tree" && PYTHONPATH="$tree" "$py" -m pipeline.cli extract -q "$d" -o "$out/$tag$name.jsonl")
  done
  if cmp -s "$out/this$name.jsonl" "$out/other$name.jsonl"; then
    echo "identical  $(wc -l < "$out/this$name.jsonl") records  $d"
  else
    echo "DIFFERENT  $d"; rc=1
  fi
done
rm -rf "$out"
exit $rc
