// The client's options, which the functions output shares: where the generated files import the
// runtime from, and their do-not-edit line.
import type { OutputOptions } from '../plugin.js';

export interface ClientEmitOptions {
  /** Module specifier of the runtime, relative to the output folder. */
  runtimeImport: string;
  header: string;
}

export const clientOptions = ({ runtimeImport, headers }: OutputOptions): ClientEmitOptions => ({
  runtimeImport,
  header: headers.ts,
});
