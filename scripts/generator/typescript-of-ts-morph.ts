// What openapi-typescript gets when it imports `typescript`, in the generator as scripts/run.mjs
// compiles it: the TypeScript that ts-morph carries (its documented `ts` export). Otherwise one run
// of the generator loads two TypeScript compilers, 9 MB of JavaScript each, which was about 0.3 s
// of every `npm run generate`. openapi-typescript only builds and prints syntax with it.
import { ts } from 'ts-morph';

export default ts;
