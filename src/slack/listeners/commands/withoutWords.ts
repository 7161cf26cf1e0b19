import type { Subcommand } from '../../ids.ts';
import { unexpectedWordsMessage } from '../../views/replies.ts';
import type { SubcommandHandler } from './types.ts';

/** A subcommand that takes no words refuses any it is given, showing its bare form, and does nothing. */
export function withoutWords(subcommand: Subcommand, handler: SubcommandHandler): SubcommandHandler {
  return (args, rest, useCases) => {
    const words = rest.trim();
    if (words !== '') return args.ack(unexpectedWordsMessage(subcommand, words, [subcommand]));
    return handler(args, rest, useCases);
  };
}
