/**
 * How many columns a text takes in a monospaced editor: East Asian Wide and Fullwidth characters
 * (汉字, 全角括号（）, 【】, ％) take two, the rest one; East Asian Ambiguous ones (“”, ≥, —)
 * take one, as VS Code draws them. One function, so that a package (get-east-asian-width) can
 * take its place without touching its callers.
 */
export function displayWidth(text: string): number {
    let width = 0;
    // by code point, without a string per character (for…of made one for every 汉字)
    for (let i = 0; i < text.length;) {
        const code = text.codePointAt(i)!;
        width += isWide(code) ? 2 : 1;
        i += code > 0xffff ? 2 : 1;
    }
    return width;
}

// Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt, merged, emoji left out
const WIDE: readonly (readonly [number, number])[] = [
    [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3041, 0x33ff],
    [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
    [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6],
    [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWide(code: number): boolean {
    if (code < 0x1100) return false;
    let lo = 0;
    let hi = WIDE.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        // indexed, not destructured: a destructuring made an iterator at every step of every character
        const range = WIDE[mid];
        if (code < range[0]) hi = mid - 1;
        else if (code > range[1]) lo = mid + 1;
        else return true;
    }
    return false;
}
