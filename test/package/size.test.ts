// The bundle budget, as a test since bytes are deterministic: a consumer's browser bundle that
// calls `accessCodes.update` is at most 1.5× openapi-fetch alone (gzipped). `npm run bench:size`
// also measures it on a spec grown with operations of other shapes.
import { bundleSize, OPENAPI_FETCH_UPDATE_ONLY, UPDATE_ONLY } from '../../scripts/bench/bundle-size.js';

const BUDGET = 1.5;

it(`a bundle that calls update is at most ${BUDGET}× openapi-fetch alone, gzipped`, async () => {
  const [ours, theirs] = await Promise.all([bundleSize(UPDATE_ONLY()), bundleSize(OPENAPI_FETCH_UPDATE_ONLY)]);
  expect(ours.gzip / theirs.gzip).toBeLessThanOrEqual(BUDGET);
});
