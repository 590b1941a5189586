import { createContext, useContext } from 'react';
import { directionOfLanguage } from '../export-language.js';
import type { ExportModel } from '../export-types.js';
import { translatorOf } from '../report-text.js';
import type { Translator } from '../translator.js';
import { CELL_PADDING, IDEA_CELL_PADDING } from './pdf-styles.js';

/** The report's language and the layout that follows from its direction. */
export interface ReportLayout {
  tr: Translator;
  direction: 'ltr' | 'rtl';
  /** A row of cells in reading order: right to left in Arabic. */
  row: 'row' | 'row-reverse';
  /** Where lines start and end. */
  start: 'left' | 'right';
  end: 'left' | 'right';
  /** Space after a cell's content, on the side towards the next cell. */
  cell: { paddingLeft: number } | { paddingRight: number };
  /** More space after the idea cell, so text running the other way never touches the points. */
  ideaCell: { paddingLeft: number } | { paddingRight: number };
  /** Numbers line up at the end of their column. */
  numeric: { textAlign: 'left' | 'right' };
}

/** The layout of a model's report. */
export function layoutOf(model: ExportModel): ReportLayout {
  const direction = directionOfLanguage(model.language);
  const rtl = direction === 'rtl';
  return {
    tr: translatorOf(model),
    direction,
    row: rtl ? 'row-reverse' : 'row',
    start: rtl ? 'right' : 'left',
    end: rtl ? 'left' : 'right',
    cell: rtl ? { paddingLeft: CELL_PADDING } : { paddingRight: CELL_PADDING },
    ideaCell: rtl ? { paddingLeft: IDEA_CELL_PADDING } : { paddingRight: IDEA_CELL_PADDING },
    numeric: { textAlign: rtl ? 'left' : 'right' },
  };
}

const ReportContext = createContext<ReportLayout | null>(null);

/** Gives every section of the report its language and direction. */
export const ReportLayoutProvider = ReportContext.Provider;

/** The report's language and direction, inside a ReportLayoutProvider. */
export function useReportLayout(): ReportLayout {
  const layout = useContext(ReportContext);
  if (!layout) throw new Error('report sections are drawn inside a ReportLayoutProvider');
  return layout;
}
