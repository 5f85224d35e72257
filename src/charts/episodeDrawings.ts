// The episode drawings of one build (owned by site/build.ts). Frames repeat across editions (the
// past episodes do not move; the scale changes rarely), so each is drawn once per build; only this
// edition's layer is drawn for every edition. This edition's layer is the same in every past panel
// and, where the y labels are as wide, in both languages (it has no words, but the labels set its
// left margin): the last few are kept, with those the chart thread has drawn ahead for the next
// dates (`keep`). `drawnHere` counts layers drawn in-process, which the look-ahead leaves at zero.
import { drawLayer, layerKey, type LayerJob } from './episodeLayer.ts';

export class EpisodeDrawings {
  static readonly LAYERS_KEPT = 48;
  readonly #frames = new Map<string, string>();
  readonly #layers = new Map<string, string>();
  #drawnHere = 0;

  get drawnHere(): number { return this.#drawnHere; }

  /** A layer drawn elsewhere (the chart thread), for the panels that will ask for it. */
  keep(job: LayerJob, layer: string): void { this.#keep(layerKey(job), layer); }

  #keep(key: string, layer: string): void {
    this.#layers.set(key, layer);
    if (this.#layers.size > EpisodeDrawings.LAYERS_KEPT) this.#layers.delete(this.#layers.keys().next().value as string);
  }

  /** A layer drawn ahead or earlier, or drawn now and kept. */
  layer(job: LayerJob): string {
    const key = layerKey(job);
    let layer = this.#layers.get(key);
    if (layer === undefined) {
      this.#drawnHere += 1;
      this.#keep(key, (layer = drawLayer(job)));
    }
    return layer;
  }

  /** A frame drawn once per build. */
  frame(key: string, draw: () => string): string {
    let frame = this.#frames.get(key);
    if (frame === undefined) this.#frames.set(key, (frame = draw()));
    return frame;
  }
}
