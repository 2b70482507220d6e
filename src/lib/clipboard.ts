/**
 * Copies text, line breaks kept, also where the Clipboard API is refused (file://, plain
 * http, older browsers): then through a hidden text area. Returns whether it worked; callers
 * offer the text to copy by hand when it did not.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}
