import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { GovernmentLevel } from '../../domain/model';
import { GovernmentLevelEnum } from '../enums';

@ObjectType('Government', {
  description:
    'A government: an Indonesian province, city (kota) or regency (kabupaten), or a foreign partner government (city, prefecture, state, province, ...).',
})
export class GovernmentType {
  @Field(() => ID, {
    description: 'Stable id: a readable slug with the country code, e.g. "id-kota-bandung", "id-prov-jawa-barat", "kr-seoul".',
  })
  id!: string;

  @Field({
    description:
      'Usual name. Indonesian cities and regencies carry their prefix ("Kota Bogor", "Kabupaten Bogor"), provinces do not ("Jawa Barat", "DKI Jakarta").',
  })
  name!: string;

  @Field(() => GovernmentLevelEnum, {
    description: 'Level: PROVINCE, CITY or REGENCY for Indonesian governments, a foreign level (PREFECTURE, STATE, ...) for others.',
  })
  level!: GovernmentLevel;

  @Field({ description: 'The local word for the level: "Kota", "Kabupaten", "Provinsi", "Prefecture", ...' })
  localType!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the country.' })
  countryCode!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First-level region containing a foreign government (e.g. "Kyoto Prefecture", "Gyeonggi"), where known.',
  })
  admin1!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Official Kemendagri region code of an Indonesian government, e.g. "32" (Jawa Barat), "32.73" (Kota Bandung).',
  })
  kemendagriCode!: string | null;

  @Field(() => Float, { nullable: true, description: 'Latitude in decimal degrees (WGS 84) of the seat or centroid.' })
  lat!: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude in decimal degrees (WGS 84) of the seat or centroid.' })
  lon!: number | null;

  @Field(() => [String], {
    description: 'Other names it is known and searched by ("Jogja", "DKI", "서울"), in no particular order.',
  })
  aliases!: string[];

  /** Not exposed directly; resolved to `province`. */
  parentId!: string | null;
}
