/**
 * Rules for countries, fields and governments: ISO country codes, the field
 * vocabulary, and Indonesian governments checked against the official
 * Kemendagri list (name, code, level, province).
 */
import * as isoCountries from 'i18n-iso-countries';
import { GOVERNMENT_LEVELS, type Dataset, type Government } from '../model';
import {
  acceptedNames, closestRegions, findRegionsByName, normalizeName, suggestionText,
  type OfficialRegion, type OfficialRegions,
} from '../official-regions';
import { duplicates, type RuleContext } from './rule-context';

/** Levels an Indonesian government may have. */
const INDONESIAN_GOVERNMENT_LEVELS = ['PROVINCE', 'CITY', 'REGENCY', 'CAPITAL_AUTHORITY'] as const;

export function validateCountries(ctx: RuleContext, dataset: Dataset): void {
  dataset.countries.forEach((c, i) => {
    if (!/^[A-Z]{2}$/.test(c.code) || !isoCountries.isValid(c.code)) {
      ctx.report('countries', i, 'UNKNOWN_COUNTRY', 'code', { value: c.code }, `"${c.code}" is not an ISO 3166-1 alpha-2 country code`);
    }
    if (!c.name.trim()) ctx.report('countries', i, 'BAD_VALUE', 'name', { value: c.name }, `Country "${c.code}" has no name`);
  });
  for (const d of duplicates(dataset.countries, (c) => c.code)) {
    ctx.report('countries', d.index, 'DUPLICATE_ID', 'code', { value: d.key }, `Country "${d.key}" is listed twice (first on ${ctx.row('countries', d.first)})`);
  }
}

export function validateFields(ctx: RuleContext, dataset: Dataset): void {
  dataset.fields.forEach((f, i) => {
    if (!/^[a-z][a-z0-9_]*$/.test(f.code)) {
      ctx.report('fields', i, 'BAD_VALUE', 'code', { value: f.code }, `Field code "${f.code}" should be snake_case (a-z, 0-9, _)`);
    }
    if (!f.labelEn.trim() || !f.labelId.trim()) {
      ctx.report('fields', i, 'BAD_VALUE', f.labelEn.trim() ? 'labelId' : 'labelEn', { value: f.code }, `Field "${f.code}" needs both an English and an Indonesian label`);
    }
  });
  for (const d of duplicates(dataset.fields, (f) => f.code)) {
    ctx.report('fields', d.index, 'DUPLICATE_ID', 'code', { value: d.key }, `Field "${d.key}" is defined twice (first on ${ctx.row('fields', d.first)})`);
  }
}

export interface GovernmentRuleOptions {
  regions: OfficialRegions;
  requireCoordinates: boolean;
  /** Check only these rows (a write checks the row it adds; the others are there to be referred to). Default: all. */
  rows?: readonly number[];
}

export function validateGovernments(ctx: RuleContext, dataset: Dataset, options: GovernmentRuleOptions): void {
  const countryCodes = new Set(dataset.countries.map((c) => c.code));
  const byId = new Map(dataset.governments.map((g) => [g.id, g]));
  const checked = options.rows ? new Set(options.rows) : null;
  dataset.governments.forEach((g, i) => {
    if (checked && !checked.has(i)) return;
    if (!/^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(g.id) || g.id.slice(0, 2) !== g.countryCode.toLowerCase()) {
      ctx.report('governments', i, 'BAD_VALUE', 'id', { value: g.id, countryCode: g.countryCode },
        `Government id "${g.id}" should be a lower-case slug starting with its country code ("${g.countryCode.toLowerCase()}-...")`);
    }
    if (!g.name.trim()) ctx.report('governments', i, 'BAD_VALUE', 'name', { value: g.name }, `Government "${g.id}" has no name`);
    ctx.checkEnum('governments', i, 'level', g.level, GOVERNMENT_LEVELS);
    if (!countryCodes.has(g.countryCode)) {
      ctx.report('governments', i, 'UNKNOWN_COUNTRY', 'countryCode', { value: g.countryCode },
        `Government "${g.id}" has country "${g.countryCode}", which ${ctx.wording.list('countries')} does not list`);
    }
    if (g.parentId !== null && !byId.has(g.parentId)) {
      ctx.report('governments', i, 'UNKNOWN_GOVERNMENT', 'parentId', { value: g.parentId },
        `Parent "${g.parentId}" of "${g.id}" is not a government in ${ctx.wording.list('governments')}`);
    }
    checkCoordinates(ctx, i, g, options.requireCoordinates);
    if (g.countryCode === 'ID') checkIndonesian(ctx, i, g, byId, options.regions);
    else if (g.kemendagriCode !== null) {
      ctx.report('governments', i, 'BAD_VALUE', 'kemendagriCode', { value: g.kemendagriCode }, `Foreign government "${g.id}" cannot have a Kemendagri code`);
    }
  });
  for (const d of duplicates(dataset.governments, (g) => g.id)) {
    if (checked && !checked.has(d.index)) continue;
    ctx.report('governments', d.index, 'DUPLICATE_ID', 'id', { value: d.key }, `Government id "${d.key}" is used twice (first on ${ctx.row('governments', d.first)})`);
  }
}

function checkCoordinates(ctx: RuleContext, i: number, g: Government, required: boolean): void {
  if (g.lat === null || g.lon === null) {
    if (required) ctx.report('governments', i, 'MISSING_COORDINATES', g.lat === null ? 'lat' : 'lon', {}, `Government "${g.id}" has no lat/lon; maps and layouts need both`);
    return;
  }
  if (!(Math.abs(g.lat) <= 90) || !(Math.abs(g.lon) <= 180)) {
    ctx.report('governments', i, 'BAD_VALUE', Math.abs(g.lat) <= 90 ? 'lon' : 'lat', { lat: g.lat, lon: g.lon }, `Coordinates of "${g.id}" are out of range (lat ${g.lat}, lon ${g.lon})`);
  }
}

function checkIndonesian(
  ctx: RuleContext, i: number, g: Government, byId: ReadonlyMap<string, Government>, regions: OfficialRegions,
): void {
  if (!(INDONESIAN_GOVERNMENT_LEVELS as readonly string[]).includes(g.level)) {
    ctx.report('governments', i, 'BAD_VALUE', 'level', { value: g.level, allowed: INDONESIAN_GOVERNMENT_LEVELS },
      `Indonesian government "${g.id}" has level ${g.level}; expected one of ${INDONESIAN_GOVERNMENT_LEVELS.join(', ')}`);
    return;
  }
  // The Nusantara Capital Authority (Otorita IKN) is not a region in the Kemendagri list.
  if (g.level === 'CAPITAL_AUTHORITY') {
    if (g.kemendagriCode !== null) ctx.report('governments', i, 'BAD_VALUE', 'kemendagriCode', { value: g.kemendagriCode }, `The capital authority "${g.id}" has no Kemendagri code; leave it empty`);
    return;
  }
  const region = g.kemendagriCode === null ? undefined : regions.byCode.get(g.kemendagriCode);
  const nameMatches = region !== undefined && acceptedNames(region).some((a) => normalizeName(a) === normalizeName(g.name));
  if (!region || !nameMatches) {
    reportUnknownRegion(ctx, i, g, regions, region);
    return;
  }
  if (region.level !== g.level) {
    ctx.report('governments', i, 'REGION_MISMATCH', 'level', { value: g.level, official: region.level, code: region.code }, `"${g.name}" (${region.code}) is officially a ${region.level}, not a ${g.level}`);
  }
  if (region.level !== 'PROVINCE') {
    const parent = g.parentId === null ? undefined : byId.get(g.parentId);
    if (!parent || parent.kemendagriCode !== region.provinceCode) {
      const province = regions.byCode.get(region.provinceCode);
      ctx.report('governments', i, 'REGION_MISMATCH', 'parentId', { value: g.parentId, provinceCode: region.provinceCode },
        `"${g.name}" lies in province ${region.provinceCode} (${province?.name ?? '?'}), so its ${ctx.f('governments', 'parentId')} should be that province's government, not "${g.parentId ?? ''}"`);
    }
  }
}

function reportUnknownRegion(
  ctx: RuleContext, i: number, g: Government, regions: OfficialRegions, byCode: OfficialRegion | undefined,
): void {
  const sameName = findRegionsByName(regions, g.name);
  if (sameName.length > 0) {
    const codes = sameName.map((r) => r.code).join(' or ');
    ctx.report('governments', i, 'REGION_MISMATCH', 'kemendagriCode', { value: g.kemendagriCode, official: sameName.map((r) => r.code) },
      `"${g.name}" has Kemendagri code "${g.kemendagriCode ?? ''}", but the official code is ${codes}`);
    return;
  }
  const candidates = closestRegions(regions, g.name);
  if (byCode && !candidates.includes(byCode)) candidates.unshift(byCode);
  ctx.report('governments', i, 'UNKNOWN_REGION', 'name', { value: g.name, suggestions: candidates.slice(0, 3).map((r) => r.code) }, `Unknown Indonesian region "${g.name}"`, `;${suggestionText(candidates.slice(0, 3))}`);
}
