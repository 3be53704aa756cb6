/**
 * A Map or a Set that starts as a copy of another without copying it. Each document's organization
 * registry starts as a copy of the lexicon's (some 3 500 names, acronyms and expansions), and copying
 * them took about half a millisecond a report, more than a small report's whole organization pass.
 *
 * A layer reads its own entries, then those of the snapshot it stands on; it writes only to its own.
 * It answers as a copy would, iteration order included (the snapshot's entries, with any value this
 * layer set for them, then the entries it added, in order). `snapshot()` gives its contents for a
 * new layer to stand on; the layer's later writes go to a new layer of its own, so the snapshot
 * never changes. Values may not be undefined (a Map copy would hold them; a layer reads undefined as
 * "not mine").
 */

const EMPTY_MAP: ReadonlyMap<unknown, never> = new Map<unknown, never>();
const EMPTY_SET: ReadonlySet<unknown> = new Set<unknown>();

export class LayeredMap<K, V extends {} | null> {
  private base: ReadonlyMap<K, V>;
  private own = new Map<K, V>();
  /** How many of the own keys are also in base. */
  private shadowed = 0;

  /** Empty, or standing on `from` as it is now. */
  constructor(from?: LayeredMap<K, V>) {
    this.base = from ? from.snapshot() : (EMPTY_MAP as ReadonlyMap<K, V>);
  }

  get size(): number {
    return this.base.size + this.own.size - this.shadowed;
  }

  get(key: K): V | undefined {
    const mine = this.own.get(key);
    return mine !== undefined ? mine : this.base.get(key);
  }

  has(key: K): boolean {
    return this.own.has(key) || this.base.has(key);
  }

  set(key: K, value: V): this {
    if (this.base.size > 0 && !this.own.has(key) && this.base.has(key)) this.shadowed++;
    this.own.set(key, value);
    return this;
  }

  /** As Map.prototype.forEach: an entry set during the walk is seen with its new value, one added is visited. */
  forEach(visit: (value: V, key: K) => void): void {
    for (const [key, value] of this.base) visit(this.own.has(key) ? this.own.get(key)! : value, key);
    for (const [key, value] of this.own) if (!this.base.has(key)) visit(value, key);
  }

  *entries(): IterableIterator<[K, V]> {
    for (const [key, value] of this.base) yield [key, this.own.has(key) ? this.own.get(key)! : value];
    for (const [key, value] of this.own) if (!this.base.has(key)) yield [key, value];
  }

  *values(): IterableIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }

  /** The contents now, never changed afterwards (this layer writes on a new one of its own). */
  snapshot(): ReadonlyMap<K, V> {
    if (this.own.size === 0) return this.base;
    this.base = this.base.size === 0 ? this.own : new Map(this.entries());
    this.own = new Map();
    this.shadowed = 0;
    return this.base;
  }
}

export class LayeredSet<T> {
  private base: ReadonlySet<T>;
  private own = new Set<T>();

  /** Empty, or standing on `from` as it is now. */
  constructor(from?: LayeredSet<T>) {
    this.base = from ? from.snapshot() : (EMPTY_SET as ReadonlySet<T>);
  }

  get size(): number {
    return this.base.size + this.own.size;
  }

  has(value: T): boolean {
    return this.own.has(value) || this.base.has(value);
  }

  add(value: T): this {
    if (!this.base.has(value)) this.own.add(value);
    return this;
  }

  *values(): IterableIterator<T> {
    yield* this.base;
    yield* this.own;
  }

  [Symbol.iterator](): IterableIterator<T> {
    return this.values();
  }

  /** The contents now, never changed afterwards (this layer adds to a new one of its own). */
  snapshot(): ReadonlySet<T> {
    if (this.own.size === 0) return this.base;
    this.base = this.base.size === 0 ? this.own : new Set(this.values());
    this.own = new Set();
    return this.base;
  }
}
