import { parseExtension } from '../../../domain/extendText.ts';
import type { ShowControl } from '../../../usecases/runShow.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { inputErrorMessage, showChangedMessage } from '../../views/replies.ts';
import type { SubcommandHandler } from './types.ts';

/**
 * `/hackfest start`, `next`, `pause`, `resume`, `gong`, `end` and `extend <duration>`: the show live in this
 * channel (for start, the next hackfest here). The channel sees the change; the person gets a short word back.
 */
export function showCommand(type: ShowControl['type']): SubcommandHandler {
  return async ({ ack, command, respond }, rest, useCases) => {
    await ack();
    let control: ShowControl = { type } as ShowControl;
    if (type === 'extend') {
      const extension = parseExtension(rest);
      if (!extension.ok) return respond(inputErrorMessage('extend', extension.error));
      control = { type: 'extend', ms: extension.value };
    }
    const result = await useCases.runShow({
      actorId: command.user_id,
      target: { channelId: command.channel_id },
      control,
    });
    await respond(result.ok ? showChangedMessage(control) : refusalMessage(result));
  };
}
