// What the fake's stages and rules answer, before it goes on the wire: a status and a value. The
// fake serializes it, adds the request id and applies any scripted fault (serve.ts).

/** What an endpoint answers: a status and a body (JSON unless `contentType` says otherwise). */
export interface Answer {
  status: number;
  body: unknown;
  contentType?: string;
}

/** An error in the API's envelope (`{ ok: false, error: { type, message, … } }`); the request id is added when it is sent. */
export const errorAnswer = (
  status: number,
  type: string,
  message: string,
  extra: Record<string, unknown> = {},
): Answer => ({
  status,
  body: { ok: false, error: { type, message, ...extra } },
});
