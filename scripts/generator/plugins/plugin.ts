// What an output is: a name (its step in the pipeline's timings), the files it writes, and a
// function from the model and the run's options to those files. Each output is one folder of
// plugins/ whose index.ts exports its plugin; plugins/index.ts lists the ones a run writes.
import type { OpenApiDocument } from '../load.js';
import type { ApiModel, Locate } from '../model/index.js';
import type { FileSet } from '../output.js';
import type { EventsModel } from './events/model.js';

/** The do-not-edit line, as each kind of file writes a comment (`text` for JSON, which has none). */
export interface Headers {
  ts: string;
  md: string;
  yaml: string;
  text: string;
}

/** What every output is given beside the model: the same for all of them in one run. */
export interface OutputOptions {
  /** The spec as bundled (one document, every `$ref` internal), for outputs that carry it whole. */
  document: OpenApiDocument;
  /** A JSON pointer into the bundled spec as the file and line a problem should name. */
  locate: Locate;
  headers: Headers;
  /** Module specifier of the runtime (src/runtime/index.ts), relative to the output folder. */
  runtimeImport: string;
  /** The spec's events (plugins/events/model.ts), read once: undefined for a spec without. */
  events: EventsModel | undefined;
}

export interface OutputPlugin {
  /** Its folder's name, and the step it is in the pipeline's timings. */
  readonly name: string;
  /** The files it writes, relative to the output folder (`*` for one per operation or event). */
  readonly writes: readonly string[];
  emit(model: ApiModel, options: OutputOptions): FileSet | Promise<FileSet>;
}
