/** The process logger (pino, JSON lines). Pass it in; do not import it deep inside modules. */
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'kota-kembar' }, redact: ['req.headers.authorization'] });
}
