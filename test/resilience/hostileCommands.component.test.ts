import fc from 'fast-check';
import { afterEach, beforeEach, describe, it } from 'vitest';
import { SUBCOMMANDS } from '../../src/slack/ids.ts';
import { engines } from '../support/databases.ts';
import { CHANNEL, type FuzzedApp, ORGANIZER, PRESENTER, STRANGER, startFuzzedApp } from '../support/fuzzedApp.ts';
import { hostileArguments, hostileText } from '../support/hostileText.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

const RUNS = 40;

/** What an organizer types to change the hackfest, with hostile text where a title, a time or a length goes. */
const organizerText = fc.oneof(
  hostileArguments.map((rest) => `schedule ${rest}`),
  fc.tuple(hostileText, hostileArguments).map(([title, rest]) => `schedule "${title}" 2026-12-18 14:00 ${rest}`),
  hostileArguments.map((rest) => `reschedule "Winter Hackfest" ${rest}`),
  hostileArguments.map((rest) => `reschedule ${rest}`),
  hostileArguments.map((rest) => `cancel ${rest}`),
  hostileArguments.map((rest) => `extend ${rest}`),
);

describe.each(engines)('hostile /hackfest text on $name', (engine) => {
  let fuzz: FuzzedApp;

  beforeEach(async () => {
    fuzz = await startFuzzedApp(engine);
  });
  afterEach(async () => {
    expectWellBehaved(fuzz.app);
    await fuzz.stop();
  });

  it('when anyone but an organizer types any subcommand with hostile text, then they get an ephemeral answer or a form, and nothing they may not do changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...SUBCOMMANDS), hostileText),
        hostileArguments,
        fc.constantFrom(STRANGER, PRESENTER),
        (subcommand, rest, userId) => fuzz.check(() => fuzz.command(`${subcommand} ${rest}`, userId)),
      ),
      { numRuns: RUNS },
    );
  });

  it('when an organizer schedules, reschedules, cancels or extends with hostile text, then a refused command changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(organizerText, (text) =>
        fuzz.check(async () => {
          const since = fuzz.app.slack.calls.length;
          const outcome = await fuzz.command(text, ORGANIZER);
          // A reschedule that went through redraws the announcement a moment later: let it land first.
          if (outcome.accepted && text.startsWith('reschedule'))
            await fuzz.deliveredAfter(since, 'chat.update', (call) => call.args.channel === CHANNEL);
          return outcome;
        }),
      ),
      { numRuns: RUNS },
    );
  });
});
