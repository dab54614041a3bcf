// The key areas of a program as a tree of places: 重庆市 / 万州区 / 白土镇 / 大林村 becomes four nested nodes, the
// designated one carrying its kinds. Siblings come in region-code order (each subtree sorted by its smallest code,
// which the hierarchical codes make the order of the places themselves).
import type { Designation, DesignationKind } from '../../api/programs.ts';

export type TreeDesignation = Pick<Designation, 'id' | 'kind' | 'regionCode' | 'regionPath'>;

export interface KeyAreaNode {
  /** The path down to this place ("重庆市 / 万州区"), unique in the tree. */
  key: string;
  name: string;
  /** The designations of exactly this place (one place may be named under two kinds). */
  designations: { id: number; kind: DesignationKind; regionCode: string }[];
  /** Designations at this place and below it. */
  count: number;
  children: KeyAreaNode[];
}

const SEPARATOR = ' / ';

function segments(d: TreeDesignation): string[] {
  const parts = (d.regionPath ?? '').split('/').map((s) => s.trim()).filter((s) => s !== '');
  return parts.length > 0 ? parts : [d.regionCode];
}

interface Building extends KeyAreaNode {
  minCode: string;
  byName: Map<string, Building>;
  children: Building[];
}

function node(key: string, name: string): Building {
  return { key, name, designations: [], count: 0, children: [], minCode: '', byName: new Map() };
}

function finish(nodes: Building[]): KeyAreaNode[] {
  return [...nodes]
    .sort((a, b) => (a.minCode < b.minCode ? -1 : a.minCode > b.minCode ? 1 : a.name.localeCompare(b.name)))
    .map((n) => ({ key: n.key, name: n.name, designations: n.designations, count: n.count, children: finish(n.children) }));
}

export function buildKeyAreaTree(designations: readonly TreeDesignation[]): KeyAreaNode[] {
  const root = node('', '');
  for (const d of designations) {
    let at = root;
    const path: string[] = [];
    for (const name of segments(d)) {
      path.push(name);
      let next = at.byName.get(name);
      if (!next) {
        next = node(path.join(SEPARATOR), name);
        at.byName.set(name, next);
        at.children.push(next);
      }
      next.count += 1;
      if (next.minCode === '' || d.regionCode < next.minCode) next.minCode = d.regionCode;
      at = next;
    }
    at.designations.push({ id: d.id, kind: d.kind, regionCode: d.regionCode });
  }
  return finish(root.children);
}

/** The keys of the nodes down to `depth` levels (0: the top level only), for what is open at first. */
export function keysToDepth(nodes: readonly KeyAreaNode[], depth: number): string[] {
  if (depth < 0) return [];
  return nodes.flatMap((n) => (n.children.length > 0 ? [n.key, ...keysToDepth(n.children, depth - 1)] : []));
}
