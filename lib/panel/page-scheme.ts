/** Tells whether a page is light or dark, so the panel can match the page rather than the operating system. */

/**
 * 'dark' when the page's background (the body's, else the root's) is dark, else 'light'.
 *
 * @example
 * pageScheme(window); // 'light' on arXiv
 */
export function pageScheme(window: Window): 'light' | 'dark' {
  const { document } = window;
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    const rgba = parseColor(window.getComputedStyle(element).backgroundColor);
    if (rgba && rgba[3] > 0) return relativeLuminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  // A transparent page shows the browser's canvas, which follows the page's color-scheme.
  return window.getComputedStyle(document.documentElement).colorScheme.split(' ')[0] === 'dark' ? 'dark' : 'light';
}

/** Browsers compute colours as `rgb()`/`rgba()`; hex is accepted too, as some DOM implementations keep it. */
function parseColor(color: string): [number, number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (hex) {
    const digits = hex.length === 3 ? [...hex].map((digit) => digit + digit) : (hex.match(/../g) as string[]);
    const [red, green, blue] = digits.map((pair) => parseInt(pair, 16)) as [number, number, number];
    return [red, green, blue, 1];
  }
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color);
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : Number(match[4]);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

function relativeLuminance([red, green, blue]: [number, number, number, number]): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}
