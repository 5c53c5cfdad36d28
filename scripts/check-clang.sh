#!/usr/bin/env bash
# The checked build (scripts/build-sanitize.sh) compiles with clang 14, which lacks a few
# C++20 features g++ 12 has (a structured binding captured by a lambda, parenthesised
# aggregate initialisation, ...). This syntax-checks C++ files with clang 14 using the
# flags of build/compile_commands.json, in seconds rather than a whole checked build:
#   scripts/check-clang.sh                # the .cpp files changed against main
#   scripts/check-clang.sh FILE.cpp...    # these files
set -euo pipefail
cd "$(dirname "$0")/.."
db=build/compile_commands.json
[ -f "$db" ] || { echo "check-clang: $db missing: run scripts/build.sh first" >&2; exit 2; }
if [ $# -eq 0 ]; then
    mapfile -t files < <(git diff --name-only --diff-filter=AM main -- '*.cpp'; git ls-files --others --exclude-standard -- '*.cpp')
else
    files=("$@")
fi
status=0
for f in "${files[@]}"; do
    [ -n "$f" ] || continue
    abs="$(realpath "$f")"
    cmd="$(python3 - "$db" "$abs" <<'EOF'
import json, shlex, sys
for e in json.load(open(sys.argv[1])):
    if e["file"] == sys.argv[2]:
        args = shlex.split(e["command"])
        # drop the launcher and the compiler, the output and dependency-file options
        while args and not args[0].endswith(("g++", "c++", "clang++")):
            args.pop(0)
        out, skip = [], False
        for a in args[1:]:
            if skip:
                skip = False
                continue
            if a in ("-o", "-MF", "-MT", "-MQ"):
                skip = True
                continue
            if a in ("-c", "-MD") or a == sys.argv[2]:
                continue
            out.append(a)
        print(shlex.join(["cd", e["directory"]]) + " && clang++-14 -fsyntax-only -Wno-unknown-warning-option " + shlex.join(out) + " " + shlex.quote(sys.argv[2]))
        break
EOF
)"
    if [ -z "$cmd" ]; then
        echo "check-clang: $f is not in $db (skipped)" >&2
        continue
    fi
    if ! (eval "$cmd"); then
        echo "check-clang: $f does not compile with clang 14" >&2
        status=1
    fi
done
exit $status
