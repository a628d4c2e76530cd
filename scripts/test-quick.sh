#!/bin/sh
# The fast loop's type check and unit suites (`npm run test:quick`, after the spec lint and
# `generate --check`), side by side: tsc is single-threaded and incremental (its state in
# node_modules/.cache), so on two cores it runs beside jest's workers instead of before them.
# The unit suites: the runtime, the testing kit, the spec contract, the docs server and the
# generator's shape helper, on the project's own generated client. Suites that run the generator on a
# fixture spec first (runtime/paging, runtime/path-values, testing/resources, generator/refs, shapes,
# real-spec-forms, bundle: a few CPU-seconds each) and the browser tests are `npm test`'s.
# Extra arguments go to jest.
set -u
tsc --noEmit --incremental --tsBuildInfoFile node_modules/.cache/seam-connect-client/typecheck-quick.tsbuildinfo &
tsc_pid=$!
jest --testPathPatterns '/test/(runtime/|testing/|spec/contract\.|maintainer/static-server\.|generator/shape\.)' \
  --testPathIgnorePatterns '/test/testing/browser' '/test/runtime/(paging|path-values)' '/test/testing/resources' "$@"
jest_status=$?
wait "$tsc_pid"
tsc_status=$?
[ "$tsc_status" -ne 0 ] && exit "$tsc_status"
exit "$jest_status"
