/** A message for the next page: set before navigating, taken (once) by the page that shows it. */
let message: string | null = null;

export function setFlash(text: string): void {
  message = text;
}

export function takeFlash(): string | null {
  const text = message;
  message = null;
  return text;
}
