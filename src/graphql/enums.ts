/**
 * GraphQL enums registered from the domain's closed unions, so the schema and the
 * domain can never disagree on a value.
 */
import { registerEnumType } from 'type-graphql';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditAction, type AuditEntityType } from '../domain/edits';
import {
  CONFIDENCES,
  GOVERNMENT_LEVELS,
  INDONESIAN_LEVELS,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  type Confidence,
  type GovernmentLevel,
  type IndonesianLevel,
  type PartnershipStatus,
  type PartnershipType,
} from '../domain/model';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const GovernmentLevelEnum = enumObject<GovernmentLevel>(GOVERNMENT_LEVELS);
registerEnumType(GovernmentLevelEnum, {
  name: 'GovernmentLevel',
  description:
    'Level of a government. Indonesian governments are PROVINCE (provinsi, incl. DKI Jakarta and DI Yogyakarta), CITY (kota) or REGENCY (kabupaten), plus CAPITAL_AUTHORITY for the Nusantara Capital Authority; foreign governments use the level their country gives them.',
  valuesConfig: {
    PROVINCE: { description: 'Indonesian provinsi, or a foreign province (China, Korea (do), Thailand, Vietnam, ...).' },
    CITY: { description: 'Indonesian kota (city), or a foreign city.' },
    REGENCY: { description: 'Indonesian kabupaten (regency).' },
    CAPITAL_AUTHORITY: { description: 'Otorita Ibu Kota Nusantara, the authority governing the new capital.' },
    SPECIAL_CITY: { description: 'A special city (Seoul, Kaohsiung, Taoyuan).' },
    METROPOLITAN_CITY: { description: 'A metropolitan city (Korean gwangyeoksi such as Busan; Ankara, Istanbul).' },
    METROPOLITAN_MUNICIPALITY: { description: 'A Turkish metropolitan municipality (Gaziantep).' },
    PREFECTURE: { description: 'A Japanese prefecture, including the Tokyo Metropolis.' },
    STATE: { description: 'A state or territory of a federation (US, Australia, Malaysia).' },
    REGION: { description: 'A region (Wallonia, Souss-Massa).' },
    DISTRICT: { description: 'A district inside a city (Korean gu, Turkish ilce, Chinese district).' },
    COUNTY: { description: 'A county.' },
    MUNICIPALITY: { description: 'A municipality (Swedish kommun).' },
    AGGLOMERATION: { description: 'An inter-municipal agglomeration (La Rochelle).' },
    TERRITORY: { description: 'A territory (American Samoa).' },
    OTHER: { description: 'Any other kind of government.' },
  },
});

export const IndonesianLevelEnum = enumObject<IndonesianLevel>(INDONESIAN_LEVELS);
registerEnumType(IndonesianLevelEnum, {
  name: 'IndonesianLevel',
  description: 'The levels Indonesian local governments are counted by.',
  valuesConfig: {
    PROVINCE: { description: 'Provinsi (including DKI Jakarta and DI Yogyakarta).' },
    CITY: { description: 'Kota (city).' },
    REGENCY: { description: 'Kabupaten (regency).' },
  },
});

export const PartnershipTypeEnum = enumObject<PartnershipType>(PARTNERSHIP_TYPES);
registerEnumType(PartnershipTypeEnum, {
  name: 'PartnershipType',
  description: 'The most advanced stage an agreement between the parties has reached.',
  valuesConfig: {
    SISTER_CITY: { description: 'A sister-city agreement (kota kembar / kota bersaudara).' },
    SISTER_PROVINCE: { description: 'A sister-province or sister-state agreement (provinsi kembar).' },
    FRIENDSHIP_CITY: {
      description:
        'A friendship or friendly-exchange agreement (Korean 우호교류, Chinese 友好城市), one step below sister status in East Asian practice; also used for province-level friendship ties.',
    },
    MOU: { description: 'A memorandum of understanding that is not (or not yet) a sister tie.' },
    LETTER_OF_INTENT: { description: 'A letter of intent: the first formal step towards an agreement.' },
    OTHER: { description: 'Another formal partnership, such as a municipal development partnership.' },
  },
});

export const PartnershipStatusEnum = enumObject<PartnershipStatus>(PARTNERSHIP_STATUSES);
registerEnumType(PartnershipStatusEnum, {
  name: 'PartnershipStatus',
  description: 'The current state of a partnership, as its sources show it.',
  valuesConfig: {
    ACTIVE: { description: 'A source shows activity or renewal in recent years.' },
    DORMANT: { description: 'A source says the tie lapsed, stalled or needs revival.' },
    ENDED: { description: 'The partnership was formally ended or retired.' },
    UNKNOWN: { description: 'No source says whether the tie is still active.' },
  },
});

export const ConfidenceEnum = enumObject<Confidence>(CONFIDENCES);
registerEnumType(ConfidenceEnum, {
  name: 'Confidence',
  description:
    'Strength of the evidence for a fact, ordered LOW < MEDIUM < HIGH.',
  valuesConfig: {
    LOW: { description: 'Only a list entry or an indirect mention supports it.' },
    MEDIUM: { description: 'A credible secondary source (news report, list with details) supports it.' },
    HIGH: { description: 'An official or first-hand source confirms the signing.' },
  },
});

export const SourceKindEnum = { WEB: 'WEB', DOCUMENT: 'DOCUMENT' } as const;
registerEnumType(SourceKindEnum, {
  name: 'SourceKind',
  description: 'What kind of source a Source is.',
  valuesConfig: {
    WEB: { description: 'A web page, cited by its URL.' },
    DOCUMENT: { description: 'A document kept in the repository under seed/documents/ (the user-provided thesis abstracts).' },
  },
});

export const SortDirectionEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
registerEnumType(SortDirectionEnum, {
  name: 'SortDirection',
  description: 'Sort direction.',
  valuesConfig: { ASC: { description: 'Ascending: A to Z, smallest first.' }, DESC: { description: 'Descending: Z to A, largest first.' } },
});

export const GovernmentSortFieldEnum = { NAME: 'NAME', PARTNER_COUNT: 'PARTNER_COUNT' } as const;
registerEnumType(GovernmentSortFieldEnum, {
  name: 'GovernmentSortField',
  description: 'What to sort governments by. Ties are broken by name, then id.',
  valuesConfig: {
    NAME: { description: 'Name, case- and accent-insensitive.' },
    PARTNER_COUNT: { description: 'Number of distinct partner governments (all partnership types and statuses).' },
  },
});

export const PartnershipSortFieldEnum = { SIGNED_YEAR: 'SIGNED_YEAR', NAME: 'NAME' } as const;
registerEnumType(PartnershipSortFieldEnum, {
  name: 'PartnershipSortField',
  description: 'What to sort partnerships by. Ties are broken by id.',
  valuesConfig: {
    SIGNED_YEAR: { description: 'Year signed; partnerships with no known year come last in both directions.' },
    NAME: { description: "The parties' names, in party order (Indonesian party first)." },
  },
});

export const AuditActionEnum = enumObject<AuditAction>(AUDIT_ACTIONS);
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'What an edit did.',
  valuesConfig: {
    CREATE_PARTNERSHIP: { description: 'Created a partnership.' },
    UPDATE_PARTNERSHIP: { description: 'Changed a partnership.' },
    RETIRE_PARTNERSHIP: { description: 'Marked a partnership ENDED.' },
    ADD_PROGRAM: { description: 'Added a program.' },
    ADD_SOURCE: { description: 'Added a source.' },
    ADD_GOVERNMENT: { description: 'Added a government.' },
    RESEED_KEEP_EDIT: {
      description: 'A re-seed changed a record an editor had changed too, and was told to keep the edit (`npm run seed -- --on-conflict=keep-edits`); before: the seed\'s record, after: the kept one.',
    },
    RESEED_TAKE_SEED: {
      description: 'A re-seed changed a record an editor had changed too, and was told to take the seed\'s (`npm run seed -- --on-conflict=take-seed`); before: the edited record, after: the seed\'s.',
    },
  },
});

export const AuditEntityTypeEnum = enumObject<AuditEntityType>(AUDIT_ENTITY_TYPES);
registerEnumType(AuditEntityTypeEnum, {
  name: 'AuditEntityType',
  description: 'What kind of record an edit touched.',
  valuesConfig: {
    PARTNERSHIP: { description: 'A partnership (entityId is its id).' },
    PROGRAM: { description: 'A program (entityId is its id).' },
    SOURCE: { description: 'A source (entityId is its URL).' },
    GOVERNMENT: { description: 'A government (entityId is its id).' },
  },
});
