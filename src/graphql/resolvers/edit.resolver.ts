/**
 * The editing mutations and the audit trail. Every one needs an editor token
 * (`Authorization: Bearer <token>`); reads elsewhere stay public. The store checks
 * and applies the edit atomically; this layer only names the editor.
 */
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AuditEntry, WriteResult } from '../../domain/edits';
import { ForbiddenError, UnauthenticatedError } from '../../domain/errors';
import type { Government, Program, Source } from '../../domain/model';
import type { Store } from '../../store/store';
import type { GraphQLContext } from '../context';
import {
  AddGovernmentInput,
  AddProgramInput,
  AddSourceInput,
  AuditTrailArgs,
  CreatePartnershipInput,
  RetirePartnershipArgs,
  UpdatePartnershipArgs,
  YearAlternativeInput,
} from '../types/edit.inputs';
import { AuditEntryType, GovernmentEditType, PartnershipEditType, ProgramEditType, SourceEditType } from '../types/edit.type';

/**
 * The editor's name. Throws FORBIDDEN on a read-only deployment (no editors configured: no
 * token can help), else UNAUTHENTICATED with what to do when there is no valid token.
 */
export function requireEditor(ctx: GraphQLContext): string {
  if (ctx.editor) return ctx.editor;
  if (ctx.readOnly)
    throw new ForbiddenError('This deployment is read-only: it has no editors (EDITOR_TOKEN_HASHES is empty), so nothing can be changed here. Reads need no token.');
  if (ctx.authProblem === 'INVALID')
    throw new UnauthenticatedError('The editor token was not recognised. Check it, or ask the operator for a new one.');
  throw new UnauthenticatedError('Editing needs an editor token: send the header "Authorization: Bearer <token>".');
}

/** Drop the keys GraphQL left undefined (omitted input fields), and give year alternatives their null note. */
function defined<T extends object>(input: T): T {
  const out = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Record<string, unknown>;
  if (Array.isArray(out.signedYearAlternatives))
    out.signedYearAlternatives = (out.signedYearAlternatives as YearAlternativeInput[]).map((a) => ({ ...a, note: a.note ?? null }));
  return out as T;
}

const edit = <T, K extends string>(key: K, r: WriteResult<T>) =>
  ({ [key]: r.record, dataVersion: r.dataVersion, auditEntry: r.audit }) as { [P in K]: T } & {
    dataVersion: number;
    auditEntry: AuditEntry;
  };

@Resolver()
export class EditResolver {
  constructor(private readonly store: Store) {}

  @Mutation(() => PartnershipEditType, { description: 'Record a new partnership (editors only). It starts at version 1.' })
  async createPartnership(
    @Arg('input', () => CreatePartnershipInput, { description: 'The partnership.' }) input: CreatePartnershipInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const who = requireEditor(ctx);
    return edit('partnership', await this.store.createPartnership({ ...defined(input) }, who));
  }

  @Mutation(() => PartnershipEditType, {
    description: 'Change a partnership (editors only), if it is still at `version`; otherwise CONFLICT and nothing changes.',
  })
  async updatePartnership(@Args() args: UpdatePartnershipArgs, @Ctx() ctx: GraphQLContext) {
    const who = requireEditor(ctx);
    const changes = defined({ ...args.changes });
    // null for a non-nullable property means "not given".
    for (const key of ['type', 'status', 'confidence', 'fields', 'sourceUrls', 'signedYearAlternatives'] as const)
      if (changes[key] === null) delete changes[key];
    return edit('partnership', await this.store.updatePartnership(args.id, args.version, changes, who));
  }

  @Mutation(() => PartnershipEditType, {
    description: 'Mark a partnership ENDED in `endedYear` (editors only), with the same version check as updatePartnership.',
  })
  async retirePartnership(@Args() args: RetirePartnershipArgs, @Ctx() ctx: GraphQLContext) {
    const who = requireEditor(ctx);
    return edit('partnership', await this.store.retirePartnership(args.id, args.version, args.endedYear, args.note, who));
  }

  @Mutation(() => ProgramEditType, { description: 'Record a program under a partnership (editors only).' })
  async addProgram(
    @Arg('input', () => AddProgramInput, { description: 'The program.' }) input: AddProgramInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const who = requireEditor(ctx);
    return edit<Program, 'program'>('program', await this.store.addProgram({ ...defined(input), summary: input.summary ?? undefined }, who));
  }

  @Mutation(() => SourceEditType, { description: 'Describe a new source, so partnerships and programs can cite it (editors only).' })
  async addSource(
    @Arg('input', () => AddSourceInput, { description: 'The source.' }) input: AddSourceInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const who = requireEditor(ctx);
    return edit<Source, 'source'>('source', await this.store.addSource({ ...defined(input), kind: input.kind ?? undefined }, who));
  }

  @Mutation(() => GovernmentEditType, { description: 'Record a new government (editors only).' })
  async addGovernment(
    @Arg('input', () => AddGovernmentInput, { description: 'The government.' }) input: AddGovernmentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const who = requireEditor(ctx);
    return edit<Government, 'government'>(
      'government',
      await this.store.addGovernment({ ...defined(input), aliases: input.aliases ?? undefined }, who),
    );
  }

  @Query(() => [AuditEntryType], { description: 'The audit trail of edits, newest first (editors only).' })
  auditTrail(@Args() args: AuditTrailArgs, @Ctx() ctx: GraphQLContext): Promise<AuditEntry[]> {
    requireEditor(ctx);
    return this.store.auditTrail(
      defined({ entityId: args.entityId ?? undefined, who: args.who ?? undefined, action: args.action ?? undefined }),
      { offset: args.offset, limit: args.first },
    );
  }
}
