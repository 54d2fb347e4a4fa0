/** Chinese numerals as reports print them in ordinals and table numbers: 一 … 九十九. */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function chineseNumeral(n: number): string {
    if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
    if (n < 10) return DIGITS[n];
    const ones = n % 10 === 0 ? '' : DIGITS[n % 10];
    return n < 20 ? `十${ones}` : `${DIGITS[Math.floor(n / 10)]}十${ones}`;
}

/** 五 → 5, 十四 → 14, 二十 → 20; undefined for anything else. */
export function parseChineseNumeral(text: string): number | undefined {
    const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
    if (!match || text === '') return undefined;
    const [, tens, ten, ones] = match;
    if (!ten) return tens && !ones ? DIGITS.indexOf(tens) : undefined;
    return (tens ? DIGITS.indexOf(tens) : 1) * 10 + (ones ? DIGITS.indexOf(ones) : 0);
}
