/**
 * The body of the government panel, in the page language: place, scores,
 * partners and partnerships with type, years, status, evidence, fields, programs
 * and sources (title and publisher; a description supplied for a page without a
 * title of its own is set in italics and says so on hover; the publisher and the
 * URL when no title is known, the URL alone only when neither is). Only http(s)
 * sources become links; a document path is shown as text.
 */
import { AGREEMENT_TYPE_LABELS, CONFIDENCE_LABELS, labelOf, LEVEL_LABELS, MEASURE_LABELS, STATUS_LABELS, translator, type Language, type Translate } from '../i18n';
import type { GovernmentDetails, SourceRef } from './api';
import { el } from './dom';
import type { NodeData } from './style';

/**
 * A source as its citation reads: "Title (Publisher)". A supplied title (a description in square
 * brackets) is set in italics with class "supplied-title" and a tooltip saying it was supplied.
 */
export function sourceLink(s: SourceRef, t: Translate): HTMLElement {
  const web = /^https?:\/\//i.test(s.url);
  const out = web ? el('a', undefined, { href: s.url, target: '_blank', rel: 'noopener noreferrer' }) : el('span');
  const hover = [s.url];
  if (s.title !== null) {
    if (s.titleSupplied) {
      out.append(el('em', s.title, { class: 'supplied-title' }));
      hover.unshift(t('source.supplied'));
    } else {
      out.append(s.title);
    }
    if (s.publisher) out.append(` (${s.publisher})`);
    if (!web) out.append(` — ${s.url}`);
  } else {
    out.append(s.publisher ? `${s.publisher} — ${s.url}` : s.url);
    if (s.publisher) hover.unshift(t('source.untitled'));
  }
  out.setAttribute('title', hover.join(' — '));
  return out;
}

/** Elements for the panel; `link` makes a link that selects another government. */
export function governmentPanel(
  g: GovernmentDetails,
  scores: NodeData | null,
  lang: Language,
  countryName: (code: string) => string,
  link: (id: string, name: string) => HTMLElement,
): HTMLElement[] {
  const t = translator(lang);
  const body: HTMLElement[] = [el('h2', g.name)];
  const where = [labelOf(LEVEL_LABELS, g.level, lang), g.province?.name, countryName(g.countryCode)].filter(Boolean).join(' · ');
  body.push(el('div', where, { class: 'muted' }));
  if (scores) {
    const list = (['degree', 'betweenness', 'pagerank'] as const).map((m) => `${labelOf(MEASURE_LABELS, m, lang)} ${scores[m].toFixed(3)}`);
    list.push(t('panel.community', { n: scores.community + 1 }));
    body.push(el('div', list.join(' · '), { class: 'muted scores' }));
  }
  body.push(el('h3', t('panel.partners', { count: g.partners.length })));
  const partners = el('ul');
  for (const p of g.partners) {
    const li = el('li');
    li.append(link(p.id, p.name));
    partners.append(li);
  }
  body.push(partners, el('h3', t('panel.partnerships', { count: g.partnerships.length })));
  const list = el('ul');
  for (const p of g.partnerships) {
    const li = el('li', undefined, { 'data-confidence': p.confidence });
    li.append(el('strong', `${labelOf(AGREEMENT_TYPE_LABELS, p.type, lang)} `));
    p.parties
      .filter((x) => x.id !== g.id)
      .forEach((o, i) => {
        if (i > 0) li.append(', ');
        li.append(link(o.id, o.name));
      });
    const years = `${p.signedYear ?? t('panel.yearUnknown')}${p.endedYear ? `–${p.endedYear}` : ''}`;
    const evidence = t('panel.evidence', { confidence: labelOf(CONFIDENCE_LABELS, p.confidence, lang).toLowerCase() });
    li.append(el('span', ` — ${years}, ${labelOf(STATUS_LABELS, p.status, lang).toLowerCase()}, ${evidence}`, { class: 'muted' }));
    if (p.fields.length) li.append(el('div', `${t('panel.fields')}: ${p.fields.map((f) => (lang === 'id' ? f.labelId : f.labelEn)).join(', ')}`));
    if (p.programs.length) li.append(el('div', `${t('panel.programs')}: ${p.programs.map((pr) => pr.name + (pr.startYear ? ` (${pr.startYear})` : '')).join('; ')}`));
    if (p.sources.length) {
      const sources = el('div', `${t('panel.sources')}: `);
      p.sources.forEach((s, i) => {
        if (i > 0) sources.append('; ');
        sources.append(sourceLink(s, t));
      });
      li.append(sources);
    }
    list.append(li);
  }
  body.push(list);
  return body;
}
