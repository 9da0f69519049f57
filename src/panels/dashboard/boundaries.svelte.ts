import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import {
  createResolver,
  featuresOf,
  parseBoundaries,
  type Region,
  type RegionResolver,
} from '../../lib/geo';
import { dataHref } from '../../lib/db';
import { Resource } from '../../lib/state/resource.svelte';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Province and prefecture shapes from the built TopoJSON, or boundaries the user loaded
 * (kept for the session; the built-in ones come back with "reset").
 */
export class Boundaries {
  readonly topology = new Resource<Topology>();
  user = $state.raw<{ name: string; features: FeatureCollection; unmatched: string[] } | null>(
    null,
  );
  /** The last failed load: shown beside the map; the boundaries in use stay as they were. */
  userError = $state.raw<{ file: string; message: string } | null>(null);
  #resolver: Promise<RegionResolver> | null = null;

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
      const res = await fetch(dataHref('china.topo.json'));
      if (!res.ok) throw new Error(`china.topo.json: HTTP ${res.status}`);
      return (await res.json()) as Topology;
    });
  }

  /** The gazetteer is only fetched when a user's file needs names resolved. */
  private resolver(): Promise<RegionResolver> {
    this.#resolver ??= fetch(dataHref('gazetteer.json'))
      .then((res) => res.json() as Promise<Region[]>)
      .then((regions) => createResolver(regions));
    return this.#resolver;
  }

  /** Loads a GeoJSON or TopoJSON keyed by GB/T code or region name. */
  async loadUserFile(file: File): Promise<void> {
    const [text, resolver] = await Promise.all([file.text(), this.resolver()]);
    const parsed = parseBoundaries(
      text,
      file.name,
      (name) => resolver.resolveRegion(name)?.code ?? null,
    );
    if (!parsed.ok) {
      this.userError = { file: parsed.error.file, message: parsed.error.message };
      return;
    }
    this.userError = null;
    this.user = { name: file.name, features: parsed.features, unmatched: parsed.unmatched };
  }

  resetUser(): void {
    this.user = null;
    this.userError = null;
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
