/**
 * A message for the next page: set before navigating, read by the page that shows it, then cleared
 * (read in a state initialiser, cleared in an effect: both may run twice in React's strict mode).
 */
let message: string | null = null;

export function setFlash(text: string): void {
  message = text;
}

export const peekFlash = (): string | null => message;

export function clearFlash(): void {
  message = null;
}
