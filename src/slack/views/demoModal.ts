import type { KnownBlock, ModalView } from '@slack/types';
import { formatDuration } from '../../domain/duration.ts';
import { type Hackfest, LIMITS } from '../../domain/hackfest.ts';
import { type Demo, exampleDemoLength, type Place } from '../../domain/lineup.ts';
import { CALLBACKS, FIELDS } from '../ids.ts';
import { note, section } from './blocks.ts';
import { plainDate, slackDate } from './dates.ts';
import { input, plain, VALUE } from './inputs.ts';
import { truncate, userText } from './text.ts';

/**
 * The sign-up form, or with `demo` the form to edit it. With several hackfests to choose from (`/hackfest signup` in
 * a channel with more than one open), it starts with a select of them, its times in the reader's `zone` (options are
 * plain text); otherwise the hackfest is in private_metadata.
 */
export function demoModal(
  choice: { hackfest: Hackfest } | { choices: Hackfest[]; zone: string },
  demo?: Demo,
): ModalView {
  const demoLengths = 'hackfest' in choice ? [choice.hackfest.demoMs] : choice.choices.map((each) => each.demoMs);
  // The length offered fits whichever hackfest is picked.
  const demoMs = demoLengths.length > 0 ? Math.min(...demoLengths) : 5 * 60_000;
  const upTo =
    new Set(demoLengths).size > 1 ? "Up to the picked hackfest's demo length" : `At most ${formatDuration(demoMs)}`;
  // Which hackfest the form is for: a choice of them, or its title and time above the fields.
  const pick: KnownBlock[] =
    'choices' in choice
      ? [
          input(FIELDS.hackfest, 'Hackfest', {
            type: 'static_select',
            action_id: VALUE,
            options: choice.choices.slice(0, 100).map((each) => ({
              text: plain(`${truncate(each.title, 55)} · ${plainDate(each.startsAt, choice.zone)}`),
              value: each.id,
            })),
          }),
        ]
      : [
          note(
            `:calendar: *${userText(choice.hackfest.title, 150)}*, ${slackDate(choice.hackfest.startsAt, choice.hackfest.timeZone)}`,
          ),
        ];
  return {
    type: 'modal',
    callback_id: demo ? CALLBACKS.editDemo : CALLBACKS.signUp,
    private_metadata: 'hackfest' in choice ? choice.hackfest.id : '',
    title: plain(demo ? 'Edit your demo' : 'Sign up to demo'),
    submit: plain(demo ? 'Save' : 'Sign up'),
    close: plain('Cancel'),
    blocks: [
      ...pick,
      input(FIELDS.title, 'Demo title', {
        type: 'plain_text_input',
        action_id: VALUE,
        max_length: LIMITS.titleLength,
        placeholder: plain('Slack bot that orders pizza'),
        ...(demo ? { initial_value: demo.title } : {}),
      }),
      input(
        FIELDS.description,
        'In one line',
        {
          type: 'plain_text_input',
          action_id: VALUE,
          max_length: 300,
          ...(demo?.description ? { initial_value: demo.description } : {}),
        },
        { optional: true },
      ),
      input(
        FIELDS.team,
        'Team members',
        {
          type: 'multi_users_select',
          action_id: VALUE,
          max_selected_items: LIMITS.teamSize,
          ...(demo?.teamIds.length ? { initial_users: demo.teamIds } : {}),
        },
        { optional: true, hint: plain(`They present with you; up to ${LIMITS.teamSize}`) },
      ),
      input(
        FIELDS.length,
        'How long you need',
        { type: 'plain_text_input', action_id: VALUE, initial_value: formatDuration(demo?.lengthMs ?? demoMs) },
        { hint: plain(`${upTo}, e.g. ${exampleDemoLength(demoMs)}`) },
      ),
    ],
  };
}

/** What the sign-up form turns into once the demo is signed up: where it stands, and where to change it. */
export function signedUpModal(hackfest: Hackfest, demoTitle: string, place: Place): ModalView {
  const where = place.onStage
    ? `You're number ${place.position} in the line-up`
    : `The line-up is full, so you're number ${place.position} on the waitlist; you'll hear from me if a slot opens`;
  return {
    type: 'modal',
    title: plain("You're signed up"),
    close: plain('Done'),
    blocks: [
      section(
        `:raising_hand: *${userText(demoTitle, 150)}* is signed up for *${userText(hackfest.title, 150)}*, ${slackDate(hackfest.startsAt, hackfest.timeZone)}. ${where}.`,
      ),
      note(`To change or withdraw it, use the announcement in <#${hackfest.channelId}> or your App Home.`),
    ],
  };
}
