import { splitSubcommand } from '../../../domain/commandLine.ts';
import type { UseCases } from '../../../usecases/index.ts';
import { SUBCOMMANDS, type Subcommand } from '../../ids.ts';
import { aboutMessage } from '../../views/about.ts';
import { unknownSubcommandMessage, usageMessage } from '../../views/usage.ts';
import { cancelCommand } from './cancel.ts';
import { exportCommand } from './export.ts';
import { feedbackCommand } from './feedback.ts';
import { listCommand } from './list.ts';
import { proposeCommand } from './propose.ts';
import { remindersCommand } from './reminders.ts';
import { rescheduleCommand } from './reschedule.ts';
import { scheduleCommand } from './schedule.ts';
import { showCommand } from './show.ts';
import { signupCommand } from './signup.ts';
import { inChannel } from './typedInChannel.ts';
import type { CommandArgs, SubcommandHandler } from './types.ts';
import { withoutWords } from './withoutWords.ts';

const handlers: Record<Subcommand, SubcommandHandler> = {
  help: ({ ack }, _rest, useCases) => ack(usageMessage(useCases.now())),
  about: withoutWords('about', ({ ack }) => ack(aboutMessage())),
  propose: proposeCommand,
  schedule: scheduleCommand,
  signup: inChannel('signup', signupCommand),
  reminders: inChannel('reminders', remindersCommand),
  start: inChannel('start', withoutWords('start', showCommand('start'))),
  next: inChannel('next', withoutWords('next', showCommand('next'))),
  pause: inChannel('pause', withoutWords('pause', showCommand('pause'))),
  resume: inChannel('resume', withoutWords('resume', showCommand('resume'))),
  gong: inChannel('gong', withoutWords('gong', showCommand('gong'))),
  extend: inChannel('extend', showCommand('extend')),
  end: inChannel('end', withoutWords('end', showCommand('end'))),
  list: listCommand,
  reschedule: inChannel('reschedule', rescheduleCommand),
  cancel: inChannel('cancel', cancelCommand),
  export: inChannel('export', withoutWords('export', exportCommand)),
  feedback: inChannel('feedback', withoutWords('feedback', feedbackCommand)),
};

const isSubcommand = (name: string): name is Subcommand => (SUBCOMMANDS as readonly string[]).includes(name);

/** `/hackfest <subcommand> …`, routed to the subcommand's listener. */
export function hackfestCommand(useCases: UseCases) {
  return async (args: CommandArgs): Promise<void> => {
    const { subcommand, rest } = splitSubcommand(args.command.text);
    if (subcommand === '') return args.ack(usageMessage(useCases.now()));
    if (!isSubcommand(subcommand)) return args.ack(unknownSubcommandMessage(subcommand, useCases.now()));
    await handlers[subcommand](args, rest, useCases);
  };
}
