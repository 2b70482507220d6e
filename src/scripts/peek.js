// Citations and glossary terms show their text on hover or keyboard focus (CSS, so it works
// without this script too). This script, inlined into every page by astro.config.mjs:
// - ties each pop-up to its link with aria-describedby, so screen readers read the text;
// - on wide screens, pins the pop-up to the viewport beside its link, so neither a table's
//   scroll box clips it nor the 本页内容 column covers it, shifted or flipped to stay on screen;
// - on a first tap, opens a sheet (a modal dialog) with the citation or term as its title,
//   the text, 「打开条文」/「查看术语」, 「复制引用」 (the standard citation form) and 关闭 — scrolled so it never covers the link tapped;
//   Esc, 关闭 or a tap outside close it, and focus returns to the link.
(() => {
  const LINK = '.citation__link, .term-ref__link';
  const HOLDER = '.citation, .term-ref';
  const POPUP = '.citation__text, .term-ref__def';
  const wide = () => !window.matchMedia('(max-width: 50rem)').matches;
  let touch = false;
  let sheet;
  document.documentElement.classList.add('peek-js');

  const describe = () => {
    document.querySelectorAll(HOLDER).forEach((holder, index) => {
      const link = holder.querySelector(LINK);
      const popup = holder.querySelector(POPUP);
      if (!link || !popup || popup.id) return;
      popup.id = `peek-${index}`;
      popup.removeAttribute('aria-hidden');
      link.setAttribute('aria-describedby', popup.id);
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', describe);
  else describe();

  const place = (holder) => {
    const popup = holder.querySelector(POPUP);
    if (!popup || !wide()) return;
    // A citation can wrap onto a second line; the pop-up hangs from its first line.
    const link = holder.getClientRects()[0] || holder.getBoundingClientRect();
    const width = Math.min(popup.offsetWidth || 384, window.innerWidth - 16);
    const height = Math.min(popup.offsetHeight || 200, 320);
    // Within the content column: not under the 本页内容 column beside it.
    const column = document.querySelector('.main-pane') || document.querySelector('main');
    const right = Math.min(window.innerWidth, column ? column.getBoundingClientRect().right : window.innerWidth) - 8;
    const left = Math.max(8, Math.min(link.left, right - width));
    const below = window.innerHeight - link.bottom;
    const above = below < height + 8 && link.top > below;
    popup.style.setProperty('--peek-left', `${left}px`);
    popup.style.setProperty('--peek-top', above ? `${Math.max(8, link.top - height - 4)}px` : `${link.bottom + 4}px`);
  };

  const openSheet = (holder, link) => {
    const popup = holder.querySelector(POPUP);
    if (!popup) return false;
    if (!sheet) {
      sheet = document.createElement('dialog');
      sheet.className = 'peek-sheet';
      sheet.setAttribute('aria-labelledby', 'peek-sheet-title');
      sheet.innerHTML = '<h2 id="peek-sheet-title" class="peek-sheet__title"></h2><div class="peek-sheet__text"></div><p class="peek-sheet__actions"><a class="peek-sheet__open"></a><button type="button" class="peek-sheet__copy">复制引用</button><button type="button" class="peek-sheet__close">关闭</button></p>';
      sheet.querySelector('.peek-sheet__close').addEventListener('click', () => sheet.close());
      const copy = sheet.querySelector('.peek-sheet__copy');
      copy.addEventListener('click', async () => {
        const text = copy.dataset.cite;
        try {
          await navigator.clipboard.writeText(text);
          copy.textContent = '已复制';
        } catch {
          window.prompt('复制下面的引用：', text);
        }
        setTimeout(() => { copy.textContent = '复制引用'; }, 2000);
      });
      // A tap on the backdrop lands on the dialog itself.
      sheet.addEventListener('click', (event) => { if (event.target === sheet) sheet.close(); });
      document.body.append(sheet);
    }
    sheet.querySelector('.peek-sheet__title').textContent = link.textContent;
    sheet.querySelector('.peek-sheet__text').textContent = popup.textContent;
    const open = sheet.querySelector('.peek-sheet__open');
    open.setAttribute('href', link.getAttribute('href'));
    open.textContent = link.matches('.citation__link') ? '打开条文' : '查看术语';
    const copy = sheet.querySelector('.peek-sheet__copy');
    // LAW_TITLES (law id → 《full title》) is put before this script by astro.config.mjs.
    const law = /\/law\/([a-z0-9-]+)\//.exec(link.getAttribute('href') || '');
    const title = law && typeof LAW_TITLES === 'object' ? LAW_TITLES[law[1]] : undefined;
    const rest = link.dataset.cite || link.textContent.replace(/^《[^》]*》/, '').replace(/第（([^）]+)）项/g, '第$1项');
    copy.hidden = !link.matches('.citation__link') || !title;
    copy.dataset.cite = title ? `${title}${rest}` : '';
    sheet.addEventListener('close', () => link.focus({ preventScroll: true }), { once: true });
    // The sheet takes the lower half of the screen: bring the link into the upper part first.
    const rect = link.getBoundingClientRect();
    if (rect.bottom > window.innerHeight * 0.45) window.scrollBy({ top: rect.top - window.innerHeight * 0.2, behavior: 'instant' });
    sheet.showModal();
    return true;
  };

  document.addEventListener('pointerdown', (event) => { touch = event.pointerType === 'touch'; }, true);
  for (const type of ['mouseover', 'focusin']) {
    document.addEventListener(type, (event) => {
      const holder = event.target instanceof Element ? event.target.closest(HOLDER) : null;
      if (holder && (type === 'focusin' || !holder.contains(event.relatedTarget))) requestAnimationFrame(() => place(holder));
    });
  }
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest(LINK) : null;
    // A link without a pop-up (glossary basis lists) is followed on the first tap.
    if (!link || !touch || !link.parentElement) return;
    if (openSheet(link.parentElement, link)) event.preventDefault();
  });
})();
