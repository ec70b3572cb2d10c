/**
 * The body of the node panel: a government's place, scores, partners and
 * partnerships with their fields, programs and sources. Only http(s) sources
 * become links; a document path is shown as text.
 */
import type { GovernmentDetails } from './api';
import { el } from './dom';

export interface PanelScores {
  degree: number;
  betweenness: number;
  pagerank: number;
  community: number;
}

/** Elements for the panel; `link` makes a link that selects another government. */
export function governmentPanel(g: GovernmentDetails, scores: PanelScores | null, link: (id: string, name: string) => HTMLElement): HTMLElement[] {
  const body: HTMLElement[] = [el('h2', g.name)];
  const where = [g.localType, g.province?.name, g.country?.name].filter(Boolean).join(' · ');
  body.push(el('div', where, { class: 'muted' }));
  if (scores)
    body.push(
      el('div', `Degree ${scores.degree.toFixed(3)} · betweenness ${scores.betweenness.toFixed(3)} · PageRank ${scores.pagerank.toFixed(3)} · community ${scores.community}`, {
        class: 'muted',
      }),
    );
  body.push(el('h3', `Partners (${g.partners.length})`));
  const partners = el('ul');
  for (const p of g.partners) {
    const li = el('li');
    li.append(link(p.id, p.name));
    partners.append(li);
  }
  body.push(partners, el('h3', `Partnerships (${g.partnerships.length})`));
  const list = el('ul');
  for (const p of g.partnerships) {
    const li = el('li');
    li.append(el('strong', `${p.type.replace(/_/g, ' ').toLowerCase()} `));
    p.parties
      .filter((x) => x.id !== g.id)
      .forEach((o, i) => {
        if (i > 0) li.append(', ');
        li.append(link(o.id, o.name));
      });
    li.append(el('span', ` — ${p.signedYear ?? 'year unknown'}${p.endedYear ? `–${p.endedYear}` : ''}, ${p.status.toLowerCase()}`, { class: 'muted' }));
    if (p.fields.length) li.append(el('div', `Fields: ${p.fields.map((f) => f.labelEn).join(', ')}`));
    if (p.programs.length) li.append(el('div', `Programs: ${p.programs.map((pr) => pr.name + (pr.startYear ? ` (${pr.startYear})` : '')).join('; ')}`));
    if (p.sources.length) {
      const sources = el('div', 'Sources: ');
      p.sources.forEach((s, i) => {
        if (i > 0) sources.append(', ');
        sources.append(
          /^https?:\/\//i.test(s.url)
            ? el('a', s.title ?? s.url, { href: s.url, target: '_blank', rel: 'noopener noreferrer' })
            : el('span', s.title ? `${s.title} (${s.url})` : s.url),
        );
      });
      li.append(sources);
    }
    list.append(li);
  }
  body.push(list);
  return body;
}
