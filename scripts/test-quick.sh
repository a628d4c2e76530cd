#!/bin/sh
# `npm run test:quick`: the fast loop, side by side on two cores: the spec lint, `generate --check`
# and an incremental `tsc --noEmit` (its state in node_modules/.cache) run beside jest's workers
# instead of before them; each is single-threaded and mostly waits on nothing but the CPU.
# The unit suites: the runtime, the testing kit, the spec contract, the docs server and the
# generator's shape helper, on the project's own generated client. Suites that run the generator on a
# fixture spec first (runtime/paging, runtime/path-values, testing/resources, generator/refs, shapes,
# real-spec-forms, bundle: a few CPU-seconds each), the property suites (*.fuzz.test.ts: their fixed
# runs over loopback were about a quarter of the quick set's time) and the browser tests are
# `npm test`'s; `npm run fuzz` runs the property suites longer.
# The spec lint's and the generator's output is printed after jest's; any failure fails the script.
# Extra arguments go to jest.
set -u
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npm run -s lint:spec >"$out/lint-spec" 2>&1 &
lint_pid=$!
npm run -s generate -- --check >"$out/generate" 2>&1 &
generate_pid=$!
tsc --noEmit --incremental --tsBuildInfoFile node_modules/.cache/seam-connect-client/typecheck-quick.tsbuildinfo &
tsc_pid=$!
jest --testPathPatterns '/test/(runtime/|testing/|spec/contract\.|maintainer/static-server\.|generator/shape\.)' \
  --testPathIgnorePatterns '/test/testing/browser' '/test/runtime/(paging|path-values)' '/test/testing/resources' \
  '\.fuzz\.test\.ts$' "$@"
status=$?
for step in lint-spec:$lint_pid generate:$generate_pid tsc:$tsc_pid; do
  name=${step%%:*}
  wait "${step#*:}"
  step_status=$?
  [ "$name" != tsc ] && cat "$out/$name"
  if [ "$step_status" -ne 0 ]; then
    echo "test:quick: $name failed (exit $step_status)" >&2
    status=$step_status
  fi
done
exit "$status"
