/**
 * Cytoscape.js elements JSON (the shape `cy.json()` reads and writes):
 * `{ data, elements: { nodes: [{ data, position }], edges: [{ data }] } }`.
 * Node data is the government's attributes plus `id`; edge data the tie's
 * attributes plus `id` ("source--target"), `source` and `target`. Lists stay lists.
 */
import type { ExportEdgeAttributes, ExportGraph, ExportGraphAttributes, ExportNodeAttributes } from './export-graph';

export interface CytoscapeJson {
  data: ExportGraphAttributes;
  elements: {
    nodes: Array<{ data: { id: string } & ExportNodeAttributes; position: { x: number; y: number } }>;
    edges: Array<{ data: { id: string; source: string; target: string } & ExportEdgeAttributes }>;
  };
}

export function toCytoscape(graph: ExportGraph): CytoscapeJson {
  return {
    data: { ...graph.getAttributes() },
    elements: {
      nodes: graph.mapNodes((id, a) => ({ data: { id, ...a }, position: { x: a.x, y: a.y } })),
      edges: graph.mapEdges((_e, a, source, target) => ({ data: { id: `${source}--${target}`, source, target, ...a } })),
    },
  };
}
