// The fake's webhooks: each recorded event goes to every registered URL as a signed POST (svix-id,
// svix-timestamp, svix-signature, as Svix delivers them), retried on a non-2xx answer
// or a lost connection on Svix's schedule, compressed for tests. Bounded: at most `maxPending`
// deliveries wait at once (more are recorded as dropped), a receiver that never answers 2xx costs
// nothing once its retries are spent, and `deliveries` keeps the newest `maxDeliveries`. Nothing is
// sent anywhere but the URLs a test registered, and by default only to loopback hosts.
import { signWebhook } from '../webhooks/signature.js';
import type { FakeEvent } from './events.js';

export interface WebhookEndpoint {
  url: string;
  /** `whsec_…`: the secret the receiver verifies with. */
  secret: string;
}

/** Svix's retry schedule (after the first attempt): 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const SVIX_RETRY_SCHEDULE_MS: readonly number[] = [5e3, 3e5, 18e5, 72e5, 18e6, 36e6, 36e6];

export interface WebhookOptions {
  /** Milliseconds before each retry (default: Svix's schedule divided by 10 000, about 10 s in all). */
  retryScheduleMs?: readonly number[];
  /** How long one attempt may take (default 5 s). */
  timeoutMs?: number;
  /** Deliveries waiting at once; more are dropped and recorded so (default 100). */
  maxPending?: number;
  /** How many deliveries `deliveries` keeps, the newest (default 1000). */
  maxDeliveries?: number;
  /** Allow URLs whose host is not loopback (127.0.0.0/8, ::1, localhost). Default false. */
  allowAnyHost?: boolean;
}

export interface WebhookAttempt {
  /** The receiver's status, or 0 when the connection failed or timed out. */
  status: number;
  at: string;
}

export interface WebhookDelivery {
  url: string;
  event_id: string;
  event_type: string;
  /** svix-id: the same on every attempt, as Svix keeps it. */
  message_id: string;
  status: 'pending' | 'delivered' | 'failed' | 'dropped';
  attempts: WebhookAttempt[];
  /** The body exactly as sent. */
  body: string;
}

const LOOPBACK = /^(127(?:\.\d{1,3}){3}|\[::1\]|localhost)$/i;

/** The URL, checked: http(s), and loopback unless `allowAnyHost`. The error never quotes the secret. */
export function checkEndpoint(endpoint: WebhookEndpoint, allowAnyHost: boolean): WebhookEndpoint {
  let url: URL;
  try {
    url = new URL(endpoint.url);
  } catch {
    throw new TypeError(`webhook url is not a URL: ${JSON.stringify(String(endpoint.url))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`webhook url must be http or https, not ${url.protocol}`);
  if (!allowAnyHost && !LOOPBACK.test(url.hostname)) {
    throw new TypeError(
      `webhook url ${url.origin} is not loopback: the fake delivers to loopback hosts only, unless created with webhookOptions.allowAnyHost`,
    );
  }
  if (typeof endpoint.secret !== 'string' || !endpoint.secret.startsWith('whsec_'))
    throw new TypeError('webhook secret must be a whsec_… string');
  return { url: url.href, secret: endpoint.secret };
}

export class WebhookDispatcher {
  readonly endpoints: WebhookEndpoint[] = [];
  readonly deliveries: WebhookDelivery[] = [];
  readonly #pending = new Set<Promise<void>>();
  readonly #waiting = new Map<ReturnType<typeof setTimeout>, (go: boolean) => void>();
  #closed = false;
  readonly #options: Required<WebhookOptions>;

  constructor(options: WebhookOptions = {}) {
    this.#options = {
      retryScheduleMs: SVIX_RETRY_SCHEDULE_MS.map((ms) => ms / 10_000),
      timeoutMs: 5000,
      maxPending: 100,
      maxDeliveries: 1000,
      allowAnyHost: false,
      ...options,
    };
  }

  add(endpoint: WebhookEndpoint): void {
    this.endpoints.push(checkEndpoint(endpoint, this.#options.allowAnyHost));
  }

  /** Sends `event` (its id and type as the rules name them) to every endpoint (and to `more`), in the background. */
  dispatch(event: FakeEvent, { id, type }: { id: string; type: string }, more: readonly WebhookEndpoint[] = []): void {
    if (this.#closed) return;
    for (const endpoint of [...this.endpoints, ...more]) {
      const delivery: WebhookDelivery = {
        url: endpoint.url,
        event_id: id,
        event_type: type,
        message_id: `msg_${id}`,
        status: 'pending',
        attempts: [],
        body: JSON.stringify(event),
      };
      this.deliveries.push(delivery);
      if (this.deliveries.length > this.#options.maxDeliveries)
        this.deliveries.splice(0, this.deliveries.length - this.#options.maxDeliveries);
      if (this.#pending.size >= this.#options.maxPending) {
        delivery.status = 'dropped';
        continue;
      }
      const run = this.#deliver(delivery, endpoint.secret).finally(() => this.#pending.delete(run));
      this.#pending.add(run);
    }
  }

  /** Resolves when every delivery under way has been delivered or has spent its retries. */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }

  /** Cancels every retry still waiting; nothing is sent after this. */
  close(): void {
    this.#closed = true;
    for (const [timer, resolve] of this.#waiting) {
      clearTimeout(timer);
      resolve(false);
    }
    this.#waiting.clear();
  }

  async #deliver(delivery: WebhookDelivery, secret: string): Promise<void> {
    const schedule = this.#options.retryScheduleMs;
    for (let attempt = 0; attempt <= schedule.length; attempt++) {
      if (attempt > 0 && !(await this.#wait(schedule[attempt - 1]!))) break;
      if (this.#closed) break;
      const status = await this.#post(delivery, secret);
      delivery.attempts.push({ status, at: new Date().toISOString() });
      if (status >= 200 && status < 300) {
        delivery.status = 'delivered';
        return;
      }
    }
    delivery.status = 'failed';
  }

  /** Waits `ms`; false when closed meanwhile (close() ends every wait at once). */
  #wait(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      if (this.#closed) return resolve(false);
      const timer = setTimeout(() => {
        this.#waiting.delete(timer);
        resolve(!this.#closed);
      }, ms);
      this.#waiting.set(timer, resolve);
    });
  }

  async #post(delivery: WebhookDelivery, secret: string): Promise<number> {
    try {
      // Signed again for each attempt, with its own timestamp, as Svix does.
      const headers = await signWebhook(delivery.body, secret, { id: delivery.message_id });
      const res = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.#options.timeoutMs),
      });
      await res.body?.cancel();
      return res.status;
    } catch {
      return 0;
    }
  }
}
