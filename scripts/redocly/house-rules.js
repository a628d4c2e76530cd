// The project's house rules for Redocly lint, as a plugin (`house/…` in redocly.yaml). Read by
// `npm run lint:spec` (the Redocly CLI) and by the generator's lint step alike.
//
// Why plain visitors rather than `rule/…` assertions in redocly.yaml: Redocly's assertion engine
// cost about 390 ms on a 1000-operation spec, close to half of the whole lint; these visitors cost
// next to nothing. They report what the assertions reported: same message, same location.
//
// Plain JavaScript (not TypeScript) because the Redocly CLI loads it as it is.

/** Reports `message` at `property` of the node when it is missing or shorter than `minLength`. */
function requireText(property, minLength, message) {
  return (node, { report, location }) => {
    const value = node[property];
    if (value === undefined || (typeof value === 'string' && value.length < minLength)) {
      report({ message, location: location.child(property) });
    }
  };
}

/** Reports `message` on the node's key when it has none of `keys`. */
function requireAnyKey(keys, message) {
  return (node, { report, location }) => {
    if (!keys.some((key) => Object.prototype.hasOwnProperty.call(node, key))) {
      report({ message, location: location.key() });
    }
  };
}

const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;

const rules = {
  'operation-summary': () => ({
    Operation: requireText('summary', 5, "Every operation needs a summary (it becomes the method's first JSDoc line)."),
  }),
  'operation-description': () => ({
    Operation: requireText(
      'description',
      20,
      "Every operation needs a description (it becomes the method's JSDoc and docs page).",
    ),
  }),
  'operation-id-camel-case': () => ({
    Operation(operation, { report, location }) {
      const id = operation.operationId;
      if (id === undefined || (typeof id === 'string' && !CAMEL_CASE.test(id))) {
        report({ message: 'operationId must be camelCase.', location: location.child('operationId') });
      }
    },
  }),
  'operation-4xx-response': () => ({
    Responses: requireAnyKey(
      ['400', '401', '403', '404', '409', '422', '429', '4XX'],
      'Every operation must document at least one 4xx response.',
    ),
  }),
  'media-type-examples': () => ({
    MediaType: requireAnyKey(['example', 'examples'], 'Every request and response body needs an example.'),
  }),
  'schema-property-description': () => ({
    SchemaProperties: {
      Schema: requireText('description', 0, 'Every schema property needs a description.'),
    },
  }),
};

export default function houseRules() {
  return { id: 'house', rules: { oas3: rules } };
}
