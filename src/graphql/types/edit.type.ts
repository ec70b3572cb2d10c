/** Output types of the editing mutations and of the audit trail. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { AuditAction, AuditEntityType } from '../../domain/edits';
import { AuditActionEnum, AuditEntityTypeEnum } from '../enums';
import { GovernmentType } from './government.type';
import { PartnershipType, ProgramType } from './partnership.type';
import { SourceType } from './reference.type';

@ObjectType('AuditEntry', { description: 'One edit, as the audit trail records it: who, when, what, before and after.' })
export class AuditEntryType {
  @Field(() => ID, { description: 'Id of the entry.' })
  id!: string;

  @Field(() => Int, { description: 'The data version the edit produced; the trail is ordered by it.' })
  dataVersion!: number;

  @Field({ description: 'When, as an ISO 8601 UTC time.' })
  at!: string;

  @Field({ description: 'The editor: the name their token is configured under.' })
  who!: string;

  @Field(() => AuditActionEnum, { description: 'What the edit did.' })
  action!: AuditAction;

  @Field(() => AuditEntityTypeEnum, { description: 'What kind of record it touched.' })
  entityType!: AuditEntityType;

  @Field({ description: 'Id of the record (a URL for a source).' })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'The record before, as JSON; null when the edit created it.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The record after, as JSON.' })
  after!: string | null;
}

@ObjectType('PartnershipEdit', { description: 'The result of a partnership edit.' })
export class PartnershipEditType {
  @Field(() => PartnershipType, { description: 'The partnership as stored now; pass its `version` to the next edit.' })
  partnership!: PartnershipType;

  @Field(() => Int, { description: 'The data version after the edit.' })
  dataVersion!: number;

  @Field(() => AuditEntryType, { description: 'The audit entry the edit left.' })
  auditEntry!: AuditEntryType;
}

@ObjectType('ProgramEdit', { description: 'The result of adding a program.' })
export class ProgramEditType {
  @Field(() => ProgramType, { description: 'The program as stored.' })
  program!: ProgramType;

  @Field(() => Int, { description: 'The data version after the edit.' })
  dataVersion!: number;

  @Field(() => AuditEntryType, { description: 'The audit entry the edit left.' })
  auditEntry!: AuditEntryType;
}

@ObjectType('SourceEdit', { description: 'The result of adding a source.' })
export class SourceEditType {
  @Field(() => SourceType, { description: 'The source as stored.' })
  source!: SourceType;

  @Field(() => Int, { description: 'The data version after the edit.' })
  dataVersion!: number;

  @Field(() => AuditEntryType, { description: 'The audit entry the edit left.' })
  auditEntry!: AuditEntryType;
}

@ObjectType('GovernmentEdit', { description: 'The result of adding a government.' })
export class GovernmentEditType {
  @Field(() => GovernmentType, { description: 'The government as stored.' })
  government!: GovernmentType;

  @Field(() => Int, { description: 'The data version after the edit.' })
  dataVersion!: number;

  @Field(() => AuditEntryType, { description: 'The audit entry the edit left.' })
  auditEntry!: AuditEntryType;
}
