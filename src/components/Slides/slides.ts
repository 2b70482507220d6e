/**
 * Slide navigation for /training/<id>/slides/: shows one <section class="slide"> at a time.
 * Keys: → ↓ PageDown space Enter next; ← ↑ PageUp Backspace previous; Home / End; F full
 * screen. Presentation clickers send PageDown/PageUp or arrows, so they work too. The current
 * slide number is kept in the address (#5).
 */
export function mountSlides(doc: Document): void {
  const slides = [...doc.querySelectorAll<HTMLElement>('.slide')];
  const count = doc.querySelector<HTMLElement>('[data-slide-count]')!;
  if (!slides.length) return;
  doc.documentElement.classList.add('slides--deck');
  let current = 0;
  const show = (index: number, remember = true) => {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach((slide, position) => {
      slide.hidden = position !== current;
    });
    count.textContent = `${current + 1} / ${slides.length}`;
    if (remember) history.replaceState(null, '', `#${current + 1}`);
  };
  const fromHash = () => Number.parseInt(location.hash.slice(1), 10) - 1;
  show(Number.isFinite(fromHash()) ? fromHash() : 0, false);
  doc.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const forward = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'];
    const back = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
    // A focused button or link handles its own Enter and space.
    if ((event.key === 'Enter' || event.key === ' ') && (event.target as HTMLElement).closest('a, button')) return;
    if (forward.includes(event.key)) show(current + 1);
    else if (back.includes(event.key)) show(current - 1);
    else if (event.key === 'Home') show(0);
    else if (event.key === 'End') show(slides.length - 1);
    else if (event.key === 'f' || event.key === 'F') void toggleFullscreen(doc);
    else return;
    event.preventDefault();
  });
  doc.querySelector('[data-slide-prev]')?.addEventListener('click', () => show(current - 1));
  doc.querySelector('[data-slide-next]')?.addEventListener('click', () => show(current + 1));
  doc.querySelector('[data-slide-fullscreen]')?.addEventListener('click', () => void toggleFullscreen(doc));
  window.addEventListener('hashchange', () => {
    if (Number.isFinite(fromHash())) show(fromHash(), false);
  });
}

async function toggleFullscreen(doc: Document): Promise<void> {
  try {
    if (doc.fullscreenElement) await doc.exitFullscreen();
    else await doc.documentElement.requestFullscreen();
  } catch {
    // Full screen refused (an embedded frame, a kiosk browser): the slides still work in the window.
  }
}
