import { Field, Int, ObjectType } from 'type-graphql';
import { SourceKindEnum } from '../enums';
import type { SourceKind } from '../../domain/model';

@ObjectType('Country', { description: 'A country (ISO 3166-1).' })
export class CountryType {
  @Field({ description: 'ISO 3166-1 alpha-2 code, upper case, e.g. "ID", "KR", "JP".' })
  code!: string;

  @Field({ description: 'English short name, e.g. "South Korea".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Indonesian name, e.g. "Korea Selatan", where known.' })
  nameId!: string | null;
}

@ObjectType('CooperationField', {
  description: 'A field of cooperation from the controlled vocabulary (urban planning, education, tourism, ...).',
})
export class CooperationFieldType {
  @Field({ description: 'Stable code, e.g. "urban_planning".' })
  code!: string;

  @Field({ description: 'English label, e.g. "Urban planning".' })
  labelEn!: string;

  @Field({ description: 'Indonesian label, e.g. "Perencanaan kota".' })
  labelId!: string;
}

@ObjectType('Source', { description: 'Where a fact comes from: a web page or one of the user-provided documents.' })
export class SourceType {
  @Field({
    description:
      'An http(s) URL, or for a user-provided document its path in the repository (e.g. "seed/documents/000_c2af9eb20108e54a.txt").',
  })
  url!: string;

  @Field(() => SourceKindEnum, { description: 'WEB for a web page, DOCUMENT for a document in the repository.' })
  kind!: SourceKind;

  @Field(() => String, {
    nullable: true,
    description:
      'Title of the page or document as it shows it, where known. When titleSupplied is true the work has no title of its own and this is a description in square brackets (e.g. "[List of Bangkok\'s sister cities, International Affairs Division]").',
  })
  title!: string | null;

  @Field(() => Boolean, {
    description:
      'True when the title is a description supplied by the editors for a page or document that has no title of its own (as APA 7 and Chicago do for untitled works: in English, in square brackets, describing only what the page shows); false when the title is the work\'s own, or there is none.',
  })
  titleSupplied!: boolean;

  @Field(() => String, { nullable: true, description: 'Publisher (news outlet, government, university), where known.' })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) the source was read, where known.' })
  accessed!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Language of the page or document as a BCP 47 tag ("id" Indonesian, "en", "ko", "ja", "zh"), where known.',
  })
  language!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date (YYYY-MM-DD) the page gives as its publication date; null when it gives none or the page was not found.',
  })
  publishedDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date (YYYY-MM-DD) this citation was last checked against the page or a stored copy of it. Every shipped source has one.',
  })
  checkedDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What the last check found, e.g. where the title came from, that the page was not among the stored copies (title unverified) or that it is a spam mirror.',
  })
  checkNote!: string | null;
}

@ObjectType('YearAlternative', { description: 'A signing year another source gives, kept because sources disagree.' })
export class YearAlternativeType {
  @Field(() => Int, { description: 'The year this source gives (a calendar year, e.g. 1994).' })
  year!: number;

  @Field({ description: 'URL of the source that gives it.' })
  sourceUrl!: string;

  @Field(() => String, { nullable: true, description: 'What the source says, or why it differs.' })
  note!: string | null;
}

@ObjectType('PageInfo', { description: 'Relay page information.' })
export class PageInfoType {
  @Field({ description: 'True when a next page exists: pass endCursor as `after` to get it.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when this page does not start at the first item.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge, or null for an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge, or null for an empty page.' })
  endCursor!: string | null;
}
