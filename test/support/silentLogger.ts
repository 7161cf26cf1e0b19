import { pino } from 'pino';
import type { Logger } from '../../src/logger.ts';

export const silentLogger: Logger = pino({ level: 'silent' });
