import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { UserId } from '../../../domain/hackfest.ts';
import type { DemoError } from '../../../domain/lineup.ts';
import type { Refusal } from '../../../domain/refusals.ts';
import type { UseCases } from '../../../usecases/index.ts';
import { DEMO_FIELD_BLOCKS, readDemoForm } from '../../forms/demoForm.ts';
import { FIELDS } from '../../ids.ts';
import { signedUpModal } from '../../views/demoModal.ts';
import { refusalReason } from '../../views/refusals.ts';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** What was wrong, inline on the field it is about, with the modal left open and nothing saved. */
function inlineErrors(failure: { errors: DemoError[] } | Refusal, askerId: UserId) {
  if ('errors' in failure)
    return {
      response_action: 'errors' as const,
      errors: Object.fromEntries(failure.errors.map(({ field, message }) => [DEMO_FIELD_BLOCKS[field], message])),
    };
  // Teammates who present elsewhere are the team field's fault; the person's own demo is the whole form's.
  const teamsFault = failure.refused === 'already-presenting' && !failure.userIds.includes(askerId);
  return {
    response_action: 'errors' as const,
    errors: { [teamsFault ? FIELDS.team : FIELDS.title]: refusalReason(failure, askerId) },
  };
}

/**
 * The sign-up and edit forms. Invalid input, closed sign-ups or a person who already presents come back inline and
 * nothing is saved. A valid sign-up is made before the form is answered (a crowd's forms are made together), and the
 * form turns into the confirmation: the person's place, on stage or on the waitlist.
 */
export function demoSubmitted(useCases: UseCases, mode: 'sign-up' | 'edit') {
  return async ({ ack, body, view }: SubmitArgs) => {
    const form = readDemoForm(view.state.values);
    const request = { userId: body.user.id, hackfestId: form.hackfestId ?? view.private_metadata, draft: form.draft };
    if (mode === 'edit') {
      const edited = await useCases.editDemo(request);
      return ack(edited.ok ? undefined : inlineErrors(edited, request.userId));
    }
    const signedUp = await useCases.signUp(request);
    if (!signedUp.ok) return ack(inlineErrors(signedUp, request.userId));
    return ack({
      response_action: 'update',
      view: signedUpModal(signedUp.hackfest, signedUp.demo.title, signedUp.place),
    });
  };
}
