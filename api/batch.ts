// Per-request batching (the role DataLoader plays): every load of one kind made while GraphQL
// resolves a level of the query is sent as one Cypher round trip, and answers are cached.

export class Batch<V> {
  private readonly cache = new Map<string, Promise<V>>();
  private queue: { key: string; resolve: (v: V) => void; reject: (e: unknown) => void }[] = [];

  constructor(
    private readonly fetch: (keys: string[]) => Promise<Map<string, V>>,
    private readonly missing: V,
  ) {}

  load(key: string): Promise<V> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      if (this.queue.length === 0) setImmediate(() => this.flush());
      this.queue.push({ key, resolve, reject });
    });
    this.cache.set(key, promise);
    return promise;
  }

  private async flush(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    try {
      const found = await this.fetch(queue.map((q) => q.key));
      for (const q of queue) q.resolve(found.get(q.key) ?? this.missing);
    } catch (error) {
      for (const q of queue) q.reject(error);
    }
  }
}

/** Groups rows by their `key` field, keeping their order. */
export function groupByKey<Row extends { key: string | null }, V>(rows: Row[], pick: (row: Row) => V) {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const key = row.key ?? '';
    const group = groups.get(key) ?? [];
    group.push(pick(row));
    groups.set(key, group);
  }
  return groups;
}
