/** Page text as HTML text, for excerpts that get <mark> around matches (search-ui.ts turns them back into nodes). */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
