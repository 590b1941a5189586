import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo } from 'react';
import type { SharedIdea } from '../../../shared/session/views.js';
import { BusyButton } from '../../components/BusyButton.js';
import { focusSoon } from '../../components/focus.js';
import { useT, type Translate } from '../../i18n/index.js';

interface RankedListProps {
  ranking: string[];
  ideas: Map<string, SharedIdea>;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** A control of a ranked idea's row, wherever the row has moved to. */
const inRow = (ideaId: string, selector: string) => () =>
  document.querySelector<HTMLElement>(`[data-ranked="${ideaId}"] ${selector}`);

function RankedItem({
  id,
  index,
  count,
  idea,
  onMove,
  onRemove,
}: {
  id: string;
  index: number;
  count: number;
  idea: SharedIdea | undefined;
  onMove: RankedListProps['onMove'];
  onRemove: RankedListProps['onRemove'];
}) {
  const t = useT();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
  });
  const text = idea?.text ?? '';
  const rank = index + 1;
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'ranked ranked--dragging' : 'ranked'}
      data-ranked={id}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="ranked__handle"
        {...attributes}
        {...listeners}
        aria-label={t('ranking.dragHandle', { rank, text })}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="ranked__rank" aria-hidden="true">
        {rank}
      </span>
      <span className="ranked__text">
        <span className="visually-hidden">{t('ranking.rankedAs', { rank })}: </span>
        <bdi>{text}</bdi>
      </span>
      <span className="ranked__buttons">
        {/* Focus moves with the idea; at the top or bottom the arrow stays focusable but does nothing. */}
        <BusyButton
          className="icon-button"
          data-move="up"
          inactive={index === 0}
          onClick={() => {
            onMove(index, index - 1);
            focusSoon(inRow(id, '[data-move="up"]'));
          }}
          aria-label={t('ranking.moveUp', { text })}
        >
          <span aria-hidden="true">↑</span>
        </BusyButton>
        <BusyButton
          className="icon-button"
          data-move="down"
          inactive={index === count - 1}
          onClick={() => {
            onMove(index, index + 1);
            focusSoon(inRow(id, '[data-move="down"]'));
          }}
          aria-label={t('ranking.moveDown', { text })}
        >
          <span aria-hidden="true">↓</span>
        </BusyButton>
        <button
          type="button"
          className="icon-button icon-button--danger"
          data-remove
          onClick={() => onRemove(index)}
          aria-label={t('ranking.remove', { text })}
        >
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </li>
  );
}

/** What screen readers hear while dragging with the keyboard, in the interface's language. */
function dragAnnouncements(t: Translate, ranking: string[], ideas: Map<string, SharedIdea>): Announcements {
  const name = (id: UniqueIdentifier) => ideas.get(String(id))?.text ?? '';
  const rankOf = (id: UniqueIdentifier | undefined) => (id === undefined ? 0 : ranking.indexOf(String(id)) + 1);
  return {
    onDragStart: ({ active }) => t('ranking.dnd.start', { text: name(active.id), rank: rankOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('ranking.dnd.over', { text: name(active.id), rank: rankOf(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('ranking.dnd.end', { text: name(active.id), rank: rankOf(over.id) }) : undefined,
    onDragCancel: ({ active }) => t('ranking.dnd.cancel', { text: name(active.id) }),
  };
}

/** My ranking, best first: reorder by dragging (pointer or keyboard), or with the arrow buttons. */
export function RankedList({ ranking, ideas, onMove, onRemove }: RankedListProps) {
  const t = useT();
  const sensors = useSensors(
    // A small distance before a drag starts, so taps on the handle and scrolling still work on phones.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const accessibility = useMemo(
    () => ({
      announcements: dragAnnouncements(t, ranking, ideas),
      screenReaderInstructions: { draggable: t('ranking.dnd.instructions') },
    }),
    [t, ranking, ideas],
  );
  // Focus goes to the same button of the next idea (else the one before), else to the heading.
  function remove(index: number) {
    const neighbour = ranking[index + 1] ?? ranking[index - 1];
    onRemove(index);
    focusSoon(neighbour ? inRow(neighbour, '[data-remove]') : () => document.getElementById('my-ranking-heading'));
  }
  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    onMove(ranking.indexOf(String(active.id)), ranking.indexOf(String(over.id)));
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={accessibility}
    >
      <SortableContext items={ranking} strategy={verticalListSortingStrategy}>
        <ol className="stack-list ranked-list" aria-label={t('ranking.listLabel')}>
          {ranking.map((id, index) => (
            <RankedItem
              key={id}
              id={id}
              index={index}
              count={ranking.length}
              idea={ideas.get(id)}
              onMove={onMove}
              onRemove={remove}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
