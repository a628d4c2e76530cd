// What `npm run test:runtimes` runs under each runtime, from a project that installed the packed
// package: calls on the in-process fake and on the fake over loopback HTTP. Plain ESM JavaScript,
// so that every runtime runs it as it is. Prints one JSON line, which the runner compares.
import { SeamClient, SeamNotFoundError, isSeamApiError } from 'seam-connect-client';
import { createFakeSeam, startFakeSeam, FAKE_CREDENTIALS } from 'seam-connect-client/testing';
import { isAccessCodeSetOnDeviceEvent, signWebhook, verifyWebhook } from 'seam-connect-client/webhooks';

const fake = createFakeSeam();
const code = fake.seed.accessCode({ name: 'Front door' });
fake.seed.accessCode({ common_code_key: 'linked-group' });
const seam = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, fetch: fake.fetch });

const attempt = await seam.accessCodes.update({ access_code_id: code.access_code_id, code: '4444', name: 'Back door' });
const multiple = await seam.accessCodes.updateMultiple({ common_code_key: 'linked-group', name: 'Linked' });
let notFound;
try {
  await seam.accessCodes.update({ access_code_id: '00000000-0000-4000-8000-000000000000', name: 'x' });
} catch (err) {
  notFound = { isNotFound: err instanceof SeamNotFoundError, isApiError: isSeamApiError(err), code: err.code };
}

const server = await startFakeSeam();
let overHttp;
try {
  const remote = server.seed.accessCode();
  const client = new SeamClient({ apiKey: FAKE_CREDENTIALS.apiKey, endpoint: server.url });
  overHttp = (await client.accessCodes.update({ access_code_id: remote.access_code_id, code: '2468' })).result.access_code.code;
} finally {
  await server.close();
}

// The events of the update above, as the fake signs them for its webhooks, verified by the package.
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const webhooks = [];
for (const event of fake.events) {
  const body = JSON.stringify(event);
  const headers = await signWebhook(body, secret, { id: `msg_${event.event_id}` });
  const verified = await verifyWebhook(body, headers, secret);
  const refused = await verifyWebhook(body.replace('4444', '4445'), headers, secret).then(() => 'accepted', (err) => err.reason);
  webhooks.push({ type: verified.event_type, code: isAccessCodeSetOnDeviceEvent(verified) ? verified.code : undefined, refused });
}
const stale = await signWebhook('{}', secret, { id: 'm', timestamp: Math.floor(Date.now() / 1000) - 600 });
webhooks.push({ stale: await verifyWebhook('{}', stale, secret).then(() => 'accepted', (err) => err.reason) });

console.log(JSON.stringify({
  inProcess: { status: attempt.status, code: attempt.result.access_code.code, name: fake.state.accessCodes.get(code.access_code_id)?.name },
  multiple,
  notFound,
  overHttp,
  webhooks,
}));
