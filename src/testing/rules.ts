// What the fake leaves to a profile: one vendor's rules that its spec cannot say. The fake's core
// (routing, validation, paging, resources from the manifest) reads any spec; these rules are a
// value passed in, Seam's (src/profiles/seam/fake-rules.ts) for this package's fake.
import type { Answer, Store } from './store.js';

export interface FakeAuthRules {
  /** Bearer tokens the fake accepts, by the credential's name (FakeCredentials). */
  tokens: readonly string[];
  /** Of those, the ones that act in a workspace, named by `workspaceHeader` (the credentials' workspaceId). */
  onBehalf: readonly string[];
  workspaceHeader: string;
}

export interface FakeRules {
  auth: FakeAuthRules;
  /** The header every answer carries its request id in (also written into an error body's envelope). */
  requestIdHeader: string;
  /** Stateful answers by operation function name, where the vendor's rules go beyond the spec's (an update's rules, its action attempt). */
  behaviours: Readonly<Record<string, (store: Store, input: Record<string, unknown>) => Answer>>;
  /** What the fake's credentials are when a test gives none (its seeds). */
  credentials: Readonly<Record<string, string>>;
}
