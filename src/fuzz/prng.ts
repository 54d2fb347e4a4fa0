// A small seeded random number generator, so that every fuzz case can be made again from its
// seed and number alone: case n of seed s is the same text and the same positions on any machine.

/** mulberry32: 32 bits of state, fast, good enough to pick mutations. */
export function mulberry32(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** The seed of case `n` of a run with seed `seed`: independent of the order cases run in. */
export function caseSeed(seed: number, n: number): number {
    // splitmix32-style mixing of the two numbers
    let z = (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(n >>> 0, 0x85ebca6b) + 0x27d4eb2f) >>> 0;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
}

/** A hash of a text, for corpus files that do not name their seed and case. */
export function hashText(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}

export class Random {
    private state: number;

    constructor(seed: number) {
        this.state = seed >>> 0;
    }

    /** A copy that yields the same numbers from here on. */
    clone(): Random {
        const copy = new Random(0);
        copy.state = this.state;
        return copy;
    }

    private next(): number {
        // mulberry32, as above, with its state kept on the object so that it can be cloned
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    /** A float in [0, 1). */
    float(): number {
        return this.next();
    }

    /** An integer in [0, n); 0 when n ≤ 0. */
    int(n: number): number {
        return n <= 0 ? 0 : Math.floor(this.next() * n);
    }

    /** An integer in [lo, hi]. */
    range(lo: number, hi: number): number {
        return lo + this.int(hi - lo + 1);
    }

    chance(p: number): boolean {
        return this.next() < p;
    }

    pick<T>(items: readonly T[]): T {
        return items[this.int(items.length)];
    }

    /** Picks by weight: [[weight, value], …]. */
    weighted<T>(items: readonly (readonly [number, T])[]): T {
        const total = items.reduce((sum, [w]) => sum + w, 0);
        let x = this.next() * total;
        for (const [w, value] of items) {
            if ((x -= w) < 0) return value;
        }
        return items[items.length - 1][1];
    }
}
