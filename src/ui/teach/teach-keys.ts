/**
 * What a presenter's keys do in Teach. Presentation remotes send PageDown /
 * PageUp (most clickers), → / ←, Space, Backspace, B or "." (the black-screen
 * button) and F5 / Shift+F5 / Escape (the start-and-stop button), as
 * PowerPoint and Keynote take them.
 */
export type TeachAction = 'next' | 'previous' | 'first' | 'last' | 'black' | 'restart' | 'exit';

/** The action of a key press, or null for a key Teach leaves alone. */
export function teachAction(key: string, shift = false): TeachAction | null {
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'Enter':
    case 'n':
    case 'N':
      return 'next';
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'Backspace':
    case 'p':
    case 'P':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
    case 'w':
    case 'W':
      return 'black';
    case 'F5':
      // Shift+F5 is "from the current slide": the sequence is already there.
      return shift ? null : 'restart';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}
