import { TABLE_LIMITS, type TablesSetting } from '../../../shared/session/tables/settings.js';
import { ChoiceGroup } from '../../components/form/ChoiceGroup.js';
import { useT } from '../../i18n/index.js';
import { NumberField, type NumberFieldProps } from '../landing/NumberField.js';

/** A whole number within the bounds the server enforces, which its hint states. */
function RangeNumber(props: Omit<NumberFieldProps, 'hint'>) {
  return <NumberField hint="settings.rangeHint" {...props} />;
}

/** Tables as a new session starts with them, once the facilitator splits the room. */
const STARTING: TablesSetting = {
  split: { by: 'size', size: TABLE_LIMITS.size.default },
  seating: 'mixed',
  shortlist: { kind: 'vote', top: TABLE_LIMITS.shortlistTop.default },
};

interface Props {
  value: TablesSetting | null;
  onChange: (next: TablesSetting | null) => void;
}

/** The set-up form's tables: whether to split the room, into how many, how to seat, what each table sends. */
export function TablesSettingsFields({ value, onChange }: Props) {
  const t = useT();
  const set = (change: Partial<TablesSetting>) => onChange({ ...(value ?? STARTING), ...change });
  return (
    <fieldset className="field settings__group">
      <legend>{t('tables.settings.heading')}</legend>
      <label className="choice">
        <input
          type="checkbox"
          checked={value !== null}
          onChange={(event) => onChange(event.target.checked ? STARTING : null)}
        />
        <span>
          {t('tables.settings.enable')}
          <span className="choice__hint">{t('tables.settings.enableHint')}</span>
        </span>
      </label>
      {value && (
        <>
          <ChoiceGroup
            legend={t('tables.settings.split')}
            value={value.split.by}
            onChange={(by) =>
              set({
                split: by === 'count' ? { by, count: TABLE_LIMITS.count.min } : { by, size: TABLE_LIMITS.size.default },
              })
            }
            choices={[
              {
                value: 'size',
                label: t('tables.settings.bySize'),
                detail: value.split.by === 'size' && (
                  <RangeNumber
                    label="tables.settings.size"
                    value={value.split.size}
                    range={TABLE_LIMITS.size}
                    onChange={(size) => set({ split: { by: 'size', size } })}
                  />
                ),
              },
              {
                value: 'count',
                label: t('tables.settings.byCount'),
                detail: value.split.by === 'count' && (
                  <RangeNumber
                    label="tables.settings.count"
                    value={value.split.count}
                    range={TABLE_LIMITS.count}
                    onChange={(count) => set({ split: { by: 'count', count } })}
                  />
                ),
              },
            ]}
          />
          <ChoiceGroup
            legend={t('tables.settings.seating')}
            value={value.seating}
            onChange={(seating) => set({ seating })}
            choices={[
              { value: 'mixed', label: t('tables.settings.mixed') },
              { value: 'random', label: t('tables.settings.random') },
              { value: 'chosen', label: t('tables.settings.chosen') },
            ]}
          />
          <ChoiceGroup
            legend={t('tables.settings.shortlist')}
            value={value.shortlist.kind}
            onChange={(kind) =>
              set({ shortlist: kind === 'vote' ? { kind, top: TABLE_LIMITS.shortlistTop.default } : { kind } })
            }
            choices={[
              {
                value: 'vote',
                label: t('tables.settings.vote'),
                detail: value.shortlist.kind === 'vote' && (
                  <RangeNumber
                    label="tables.settings.top"
                    value={value.shortlist.top}
                    range={TABLE_LIMITS.shortlistTop}
                    onChange={(top) => set({ shortlist: { kind: 'vote', top } })}
                  />
                ),
              },
              { value: 'all', label: t('tables.settings.all') },
            ]}
          />
        </>
      )}
    </fieldset>
  );
}
