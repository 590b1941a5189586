import type { ResultLine } from '../../../shared/session/results.js';
import { useT } from '../../i18n/index.js';
import { ARROWS, movementOf, movementText, type MovementKind } from './movement.js';

type Line = Pick<ResultLine, 'rank'> & Partial<Pick<ResultLine, 'preliminaryRank' | 'previousRank'>>;

/** How an idea moved since the preliminary vote, and for a carried-over goal since the last session. */
export function MovementNotes({ line }: { line: Line }) {
  const t = useT();
  const notes: { kind: MovementKind; before: number | null | undefined }[] = [
    { kind: 'round', before: line.preliminaryRank },
    { kind: 'carried', before: line.previousRank },
  ];
  return (
    <>
      {notes.map(({ kind, before }) => {
        const movement = movementOf(before, line.rank);
        if (!movement) return null;
        return (
          <span key={kind} className={`results__move results__move--${movement.direction}`}>
            <span aria-hidden="true">{ARROWS[movement.direction]} </span>
            {movementText(t, kind, movement)}
          </span>
        );
      })}
    </>
  );
}
