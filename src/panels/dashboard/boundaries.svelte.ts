import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { featuresOf } from '../../lib/geo';
import { Resource } from '../../lib/state/resource.svelte';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Province and prefecture shapes from the built TopoJSON, or boundaries the user loaded
 * (kept for the session; the built-in ones come back with "reset").
 */
export class Boundaries {
  readonly topology = new Resource<Topology>();
  user = $state.raw<{ name: string; features: FeatureCollection } | null>(null);

  readonly provinces = $derived(
    this.topology.data ? featuresOf(this.topology.data, 'provinces') : EMPTY,
  );
  readonly prefectures = $derived(
    this.topology.data ? featuresOf(this.topology.data, 'prefectures') : EMPTY,
  );
  readonly nanhai = $derived(
    this.topology.data ? featuresOf(this.topology.data, 'nanhai') : undefined,
  );

  load(): void {
    void this.topology.load(async () => {
      const res = await fetch(new URL('data/china.topo.json', document.baseURI));
      if (!res.ok) throw new Error(`china.topo.json: HTTP ${res.status}`);
      return (await res.json()) as Topology;
    });
  }

  /** Shapes for the map level: all provinces, or the prefectures of one province. */
  featuresFor(parent: string | null): FeatureCollection {
    if (this.user) return this.user.features;
    if (!parent) return this.provinces;
    const prefix = parent.slice(0, 2);
    const features = this.prefectures.features.filter((f: Feature) =>
      String(f.id ?? '').startsWith(prefix),
    );
    return { type: 'FeatureCollection', features };
  }
}
