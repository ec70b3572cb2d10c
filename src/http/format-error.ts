/**
 * The one place errors are translated for clients. Our own errors keep their code and
 * message; GraphQL's input errors become BAD_USER_INPUT; anything unexpected is logged
 * and reaches the client only as "Internal server error." (no stack, no Cypher, no paths).
 */
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { BadInputError, KotaKembarError } from '../domain/errors';
import type { Logger } from '../logger';

/** Validation messages that are really about a bad input value, not a bad query shape. */
const INPUT_VALUE_PATTERNS = [
  /^Value ".*" does not exist in ".*" enum\./,
  /^Enum ".*" cannot represent/,
  /^(Int|Float|String|Boolean|ID) cannot represent/,
  /^Expected value of type/,
  /^Variable "\$.*" got invalid value/,
];

export function createFormatError(logger: Logger) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    if (original instanceof BadInputError && original.problems.length > 0) {
      // Each broken data rule as data: code, the input field at fault, the values involved, the sentence.
      const problems = original.problems.map(({ code, field, values, message }) => ({ code, field, values, message }));
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code, problems } };
    }
    if (original instanceof KotaKembarError) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code } };
    }
    const code = formatted.extensions?.code;
    const tokens = /Document contains more th[ae][nt] (\d+) tokens/.exec(formatted.message);
    if (code === ApolloServerErrorCode.GRAPHQL_PARSE_FAILED && tokens) {
      return {
        message: `The query document has more than ${tokens[1]} tokens, the limit. Ask for fewer fields, or split it into several requests.`,
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      };
    }
    if (code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED && INPUT_VALUE_PATTERNS.some((re) => re.test(formatted.message))) {
      return { ...formatted, extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT } };
    }
    if (code === 'BAD_USER_INPUT' && (original as { validationErrors?: unknown })?.validationErrors) {
      return { ...formatted, extensions: { code } };
    }
    if (code && code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stack, exception: _exception, ...rest } = formatted.extensions ?? {};
      return { ...formatted, extensions: rest };
    }
    logger.error({ err: original }, 'unexpected error');
    return {
      message: 'Internal server error.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
