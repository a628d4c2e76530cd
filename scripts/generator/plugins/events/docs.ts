// generated/docs/events.md: each event the spec describes, with its fields, and a complete webhook
// handler (raw body, verification, a switch on event_type) that the tests type-check.
import { fenced, propertyTable } from '../../markdown.js';
import type { ApiModel } from '../../model/types.js';
import type { EventsModel } from './model.js';
import { DISCRIMINATOR } from './model.js';

const anchor = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');

/** The handler of the "Receiving webhooks" section, naming the first events of the spec. */
export function webhookHandlerExample(model: ApiModel, events: EventsModel): string {
  const cases = events.events.slice(0, 3).flatMap((e) => {
    const field = e.properties.find((p) => p.required && p.name !== DISCRIMINATOR && p.name.endsWith('_id'))?.name;
    return [
      `      case ${JSON.stringify(e.eventType)}:`,
      `        console.log('${e.typeName}'${field ? `, event.${field}` : ''});`,
      '        break;',
    ];
  });
  return [
    "import { createServer } from 'node:http';",
    `import { isKnownEvent, verifyWebhook } from '${model.sdk.package}/webhooks';`,
    '',
    "// The webhook's signing secret (whsec_…), from where the webhook was created.",
    "const secret = process.env.WEBHOOK_SECRET ?? '';",
    '',
    'createServer(async (req, res) => {',
    '  // The raw bytes as they came: JSON parsed and serialized again would not verify.',
    '  const chunks: Buffer[] = [];',
    '  for await (const chunk of req) chunks.push(chunk as Buffer);',
    '  const rawBody = Buffer.concat(chunks);',
    '',
    '  let event;',
    '  try {',
    '    event = await verifyWebhook(rawBody, req.headers, secret);',
    '  } catch (err) {',
    "    // err.reason says which check failed: 'bad_signature', 'timestamp_too_old', …",
    '    res.writeHead(400).end();',
    '    return;',
    '  }',
    '  // An event type a newer API added: acknowledge it, so it is not retried.',
    '  if (isKnownEvent(event)) {',
    `    switch (event.${DISCRIMINATOR}) {`,
    ...cases,
    '      default:',
    '        break;',
    '    }',
    '  }',
    '  res.writeHead(204).end();',
    '}).listen(3000);',
  ].join('\n');
}

export function eventsPage(model: ApiModel, events: EventsModel): string {
  const index = events.events.map(
    (e) => `| [\`${e.eventType}\`](#${anchor(e.eventType)}) | \`${e.typeName}\` | \`${e.guardName}\` |`,
  );
  const sections = events.events.map((e) =>
    [
      `### ${e.eventType}\n`,
      `${e.description}\n`,
      `Type \`${e.typeName}\`, guard \`${e.guardName}(event)\`.\n`,
      propertyTable(e.properties),
    ].join('\n'),
  );
  return [
    `# Events\n`,
    `What the API reports after a change: each event is delivered to your webhooks as a signed POST, one event per request, and \`${DISCRIMINATOR}\` tells them apart. \`${model.sdk.package}/webhooks\` exports \`verifyWebhook\`, a type per event and a guard per \`${DISCRIMINATOR}\`; an event type this version does not know passes through as \`UnknownEvent\`.\n`,
    '| event_type | type | guard |\n| --- | --- | --- |',
    ...index,
    '',
    '## Receiving webhooks\n',
    "Each delivery carries `svix-id`, `svix-timestamp` and `svix-signature`: an HMAC-SHA256 of `id.timestamp.body` with the webhook's secret (Svix's scheme, Standard Webhooks). `verifyWebhook(rawBody, headers, secret, { toleranceSeconds, validate })` checks the signature (any of several, for a rotated secret) and that the timestamp is within 5 minutes either way, then parses the body and checks it against the event's required fields (`{ validate: false }` skips that). A failed check throws an error whose `reason` says which check failed (`missing_headers`, `bad_signature`, `timestamp_too_old`, `timestamp_in_future`, `bad_secret`, `invalid_payload`, …); it never quotes the secret.\n",
    "A complete handler, on Node's `http` (any framework works the same way, given the raw body):\n",
    fenced('ts', webhookHandlerExample(model, events)),
    '## Event types\n',
    ...sections,
  ].join('\n');
}
