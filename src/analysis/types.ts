/**
 * Shapes shared by the projection and the metrics: the graphology graph the
 * partnership network is built into, and the plain score maps metrics return.
 */
import type { AbstractGraph } from 'graphology-types';
import type { GovernmentLevel, PartnershipType } from '../domain/model';

/** Attributes of a node (a government) in every projected network. */
export interface NetworkNodeAttributes {
  name: string;
  level: GovernmentLevel;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** Containing government in the dataset (context only: containment is never an edge). */
  parentId: string | null;
  isIndonesian: boolean;
  /** 'WORLD' for a place of the world layer that is no government of the dataset (scope WORLD only); absent otherwise. */
  layer?: 'WORLD';
}

/**
 * Attributes of an edge of the two-mode partnership network. `strength` counts
 * the matching agreements between the pair; it is deliberately not called
 * `weight`, which graphology reads as a distance in some metrics.
 */
export interface PartnershipEdgeAttributes {
  strength: number;
  /** Agreement types between the pair, sorted, without repeats. */
  types: PartnershipType[];
  /** Signing years between the pair (known ones only), sorted, without repeats. */
  years: number[];
  /** Ids of the matching partnerships between the pair, sorted. */
  partnershipIds: string[];
  /** Scope WORLD: ids of the world layer's ties between the pair (LOW confidence), sorted; absent when none. */
  worldTieIds?: string[];
}

/** Attributes of an edge of a one-mode projection; which count is set depends on the projection. */
export interface ProjectionEdgeAttributes {
  /** Number of partners both ends share (INDONESIAN_BY_SHARED_PARTNER, FOREIGN_BY_SHARED_PARTNER). */
  sharedPartners?: number;
  /** Number of partner countries both ends share (INDONESIAN_BY_SHARED_COUNTRY). */
  sharedCountries?: number;
}

/** The two-mode partnership network: undirected, simple (no parallel edges, no self loops). */
export type PartnerGraph = AbstractGraph<NetworkNodeAttributes, PartnershipEdgeAttributes>;

/** Any undirected simple graph of governments the metrics accept (two-mode network or a projection). */
export type GovernmentGraph = AbstractGraph<NetworkNodeAttributes, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A score per node id. */
export type Scores = Record<string, number>;
