// The code samples of an operation, one builder per language or entry point: the Markdown pages,
// the HTML docs (x-codeSamples in generated/openapi.yaml) and Try-it all show the same ones.
export { exampleArgument, tsLiteral } from './arguments.js';
export { fetchExample, functionExample, typescriptExample } from './typescript.js';
export { curlExample } from './curl.js';
