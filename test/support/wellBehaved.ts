import { expect } from 'vitest';
import { methodsOutsideScopes } from './methodScopes.ts';
import type { TestApp } from './testApp.ts';

/** After a test: everything the app sent kept Block Kit's limits, and it called only methods its scopes allow. */
export function expectWellBehaved(app: TestApp): void {
  expect(app.blockKitViolations()).toEqual([]);
  expect(methodsOutsideScopes(app.slack.calls.map((call) => call.method))).toEqual([]);
}
