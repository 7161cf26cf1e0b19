import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { DemoError } from '../../../domain/lineup.ts';
import type { Refusal } from '../../../domain/refusals.ts';
import type { UseCases } from '../../../usecases/index.ts';
import { DEMO_FIELD_BLOCKS, readDemoForm } from '../../forms/demoForm.ts';
import { FIELDS } from '../../ids.ts';
import { refusalMessage, refusalReason } from '../../views/refusals.ts';
import { problemsMessage, signedUpMessage } from '../../views/replies.ts';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** What was wrong, inline on the field it is about, with the modal left open and nothing saved. */
function inlineErrors(failure: { errors: DemoError[] } | Refusal) {
  const errors =
    'errors' in failure
      ? Object.fromEntries(failure.errors.map(({ field, message }) => [DEMO_FIELD_BLOCKS[field], message]))
      : { [failure.refused === 'already-presenting' ? FIELDS.team : FIELDS.title]: refusalReason(failure) };
  return { response_action: 'errors' as const, errors };
}

/**
 * The sign-up and edit forms. Invalid input, closed sign-ups or a person who already presents come back inline and
 * nothing is saved. A valid sign-up is recorded as due work and acked (a burst queues on the hackfest's lock), then made; the person
 * gets an ephemeral confirmation with their place (on stage or on the waitlist).
 */
export function demoSubmitted(useCases: UseCases, mode: 'sign-up' | 'edit') {
  return async ({ ack, body, view, client }: SubmitArgs) => {
    const userId = body.user.id;
    const form = readDemoForm(view.state.values);
    if (Object.keys(form.errors).length > 0)
      return ack({ response_action: 'errors', errors: form.errors as Record<string, string> });
    const hackfestId = form.hackfestId ?? view.private_metadata;
    const request = { userId, hackfestId, draft: form.draft };
    if (mode === 'edit') {
      const edited = await useCases.editDemo(request);
      return ack(edited.ok ? undefined : inlineErrors(edited));
    }
    const accepted = await useCases.acceptSignUp(request);
    if (!accepted.ok) return ack(inlineErrors(accepted));
    await ack();
    const signedUp = await useCases.signUp(request);
    if (signedUp.ok) {
      const reply = signedUpMessage(signedUp.hackfest, signedUp.demo.title, signedUp.place);
      await client.chat.postEphemeral({
        channel: signedUp.hackfest.channelId,
        user: userId,
        text: reply.text,
        blocks: reply.blocks,
      });
      return;
    }
    // Only a race lost since the check gets here (sign-ups closed, a teammate signed up first): say so by DM.
    const reply =
      'errors' in signedUp ? problemsMessage('You are not signed up', signedUp.errors) : refusalMessage(signedUp);
    await client.chat.postMessage({ channel: userId, text: reply.text, blocks: reply.blocks });
  };
}
