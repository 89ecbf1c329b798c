import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [q, css] of [['?demo=5000', ''], ['', ''], ['?demo=5000', ''], ['', '']]) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`http://127.0.0.1:4293/${q}`);
  await page.locator('.react-flow__node, canvas[data-drawn="true"]').first().waitFor({ timeout: 60000 });
  if (css && css !== 'cancel' && css !== 'group' && css !== 'd') await page.addStyleTag({ content: css });
  await page.keyboard.press('t');
  await page.locator('svg.teach-stage[data-moving="false"]').waitFor();
  await page.keyboard.press('PageDown');
  await page.waitForTimeout(500);
  const links = await page.locator('.teach-link').count();
  const service = await page.locator('.teach-link-service').count();
  await page.keyboard.press('PageDown');
  if (css === 'cancel') await page.evaluate(`document.getAnimations().filter((a) => a.effect.target.classList.contains('teach-link')).forEach((a) => a.cancel())`);
  if (css === 'd') await page.evaluate(`document.getAnimations().filter((a) => a.effect.target.classList.contains('teach-link')).forEach((a) => { a.cancel(); const el = a.effect.target; const d = el.getAttribute('d'); const nums = d.split(' '); const from = nums.map((t) => (isNaN(Number(t)) ? t : String(Number(t) * 0.5))).join(' '); el.animate([{ d: 'path("' + from + '")' }, { d: 'path("' + d + '")' }], { duration: 1800 }); })`);
  if (css === 'group') await page.evaluate(`(() => { document.getAnimations().filter((a) => a.effect.target.classList.contains('teach-link')).forEach((a) => a.cancel()); document.querySelector('.teach-links').animate([{ transform: 'translate(0px, 300px) scale(1, -1)' }, { transform: 'translate(0px, 0px) scale(1, 1)' }], { duration: 1800 }); })()`);
  const fps = await page.evaluate(`new Promise((resolve) => {
    let frames = 0; const t0 = performance.now();
    const tick = () => { frames++; if (document.querySelector('svg.teach-stage')?.getAttribute('data-moving') === 'true' || performance.now() - t0 < 100) requestAnimationFrame(tick); else resolve((frames * 1000) / (performance.now() - t0)); };
    requestAnimationFrame(tick);
  })`);
  console.log(q, JSON.stringify(css).slice(0, 50), 'links', links, 'service', service, 'fps', fps);
  await page.close();
}
await browser.close();
