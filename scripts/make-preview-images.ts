// Draws the static link-preview cards (1200×630, one per language) and the PNG icons into public/
// with Debian's chromium. Run by hand when the name, tagline or logo changes; the PNGs are committed.
//   node scripts/make-preview-images.ts
import { readFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/browser.ts';

const LOGO = readFileSync('public/favicon.svg', 'utf8');
const CARDS = {
  zh: { lang: 'zh-CN', name: '美元流动性监测', tagline: '用官方数据，每日衡量美元融资流动性的松紧', foot: 'SOFR · 政策利率区间 · 准备金 · 逆回购 · 财政部账户' },
  en: { lang: 'en', name: 'US Dollar Liquidity Monitor', tagline: 'How tight US dollar funding is, measured daily from official data', foot: 'SOFR · policy range · reserves · reverse repo · Treasury cash' },
} as const;

const card = (c: (typeof CARDS)[keyof typeof CARDS]) => `<!doctype html><html lang="${c.lang}"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body { font-family: "Noto Sans CJK SC", sans-serif; background: #fbfaf7; color: #1b1f24; display: flex; flex-direction: column;
    justify-content: center; padding: 0 96px; box-sizing: border-box; border-top: 18px solid #b4232c; }
  .logo { width: 120px; height: 120px; margin-bottom: 40px; }
  .logo svg { width: 100%; height: 100%; }
  h1 { font-size: ${c.lang === 'en' ? 76 : 88}px; line-height: 1.15; margin: 0 0 28px; font-weight: 700; }
  p { font-size: 38px; line-height: 1.4; margin: 0; color: #3a424c; }
  .foot { margin-top: 44px; font-size: 26px; color: #5b6470; }
</style></head><body><div class="logo">${LOGO}</div><h1>${c.name}</h1><p>${c.tagline}</p><p class="foot">${c.foot}</p></body></html>`;

const icon = (size: number) => `<!doctype html><html><head><style>html,body{margin:0;width:${size}px;height:${size}px;background:transparent}
  svg{display:block;width:${size}px;height:${size}px}</style></head><body>${LOGO}</body></html>`;

const browser = await launchChromium();
try {
  for (const [locale, c] of Object.entries(CARDS)) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
    await page.setContent(card(c));
    await page.screenshot({ path: `public/og-${locale}.png` });
    await page.close();
    console.log(`public/og-${locale}.png`);
  }
  for (const [file, size] of [['favicon-32.png', 32], ['apple-touch-icon.png', 180]] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(icon(size));
    // The touch icon is opaque (iOS fills transparency with black); the favicon keeps its round corners.
    await page.screenshot({ path: `public/${file}`, omitBackground: file === 'favicon-32.png' });
    await page.close();
    console.log(`public/${file}`);
  }
} finally {
  await browser.close();
}
