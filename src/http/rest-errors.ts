/**
 * Errors of the REST routes (/export/*, /reports/*) in the shape GraphQL clients know,
 * `{ errors: [{ message, extensions: { code } }] }`, with the HTTP status that fits:
 * 400 bad input, 404 not found, 503 (with Retry-After) for a store that is away or an
 * analysis past its time budget; anything unexpected is logged and answers 500 without
 * details.
 */
import type { Response } from 'express';
import { KotaKembarError, type ErrorCode } from '../domain/errors';
import type { Logger } from '../logger';

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  STORE_UNAVAILABLE: 503,
  TIMEOUT: 503,
};

/** Seconds a client should wait before asking again after a TIMEOUT (the work was stopped; the server may be busy). */
const RETRY_AFTER_TIMEOUT_S = 30;

export function sendRestError(res: Response, err: unknown, logger: Logger, what: string): void {
  const status = err instanceof KotaKembarError ? STATUS[err.code] : undefined;
  if (err instanceof KotaKembarError && status !== undefined) {
    if (err.code === 'TIMEOUT') res.setHeader('Retry-After', String(RETRY_AFTER_TIMEOUT_S));
    res.status(status).json({ errors: [{ message: err.message, extensions: { code: err.code } }] });
    return;
  }
  logger.error({ err }, `${what} failed`);
  res.status(500).json({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}
