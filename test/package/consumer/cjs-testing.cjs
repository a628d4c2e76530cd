// A CommonJS project using the testing kit through require(): the fake over loopback HTTP, and
// under MSW for a client on its default endpoint.
const { SeamClient } = require('seam-connect-client');
const { startFakeSeam, createFakeSeam, FAKE_CREDENTIALS } = require('seam-connect-client/testing');
const { createSeamHandlers } = require('seam-connect-client/msw');
const { setupServer } = require('msw/node');

async function main() {
  const server = await startFakeSeam();
  const code = server.seed.accessCode();
  const overHttp = await new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: server.url }).accessCodes.update({
    access_code_id: code.access_code_id,
    code: '2468',
  });
  await server.close();

  const fake = createFakeSeam();
  const msw = setupServer(...createSeamHandlers(fake));
  msw.listen({ onUnhandledRequest: 'error' });
  const group = fake.seed.accessCode({ common_code_key: 'g' });
  const viaMsw = await new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey }).accessCodes.updateMultiple({
    common_code_key: 'g',
    name: 'MSW',
  });
  msw.close();
  console.log(
    JSON.stringify({
      overHttp: overHttp.result.access_code.code,
      viaMsw,
      name: fake.state.accessCodes.get(group.access_code_id).name,
    }),
  );
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
