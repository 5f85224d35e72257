// Values made once from data that never changes, held by the object that owns the data (a
// snapshot, a build), so a cache lives and dies with its owner and no module keeps state.

export class Memo {
  readonly #made = new Map<string, unknown>();

  /** The value named `name`, made by `make` the first time it is asked for. */
  once<T>(name: string, make: () => T): T {
    if (this.#made.has(name)) return this.#made.get(name) as T;
    const value = make();
    this.#made.set(name, value);
    return value;
  }
}
