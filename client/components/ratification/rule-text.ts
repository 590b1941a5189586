import type { RatificationSettings } from '../../../shared/session/ratification/rule.js';
import type { Translate } from '../../i18n/index.js';

/** The agreed ratification rule in a sentence, as every screen states it. */
export function ruleText(t: Translate, settings: RatificationSettings): string {
  const { rule } = settings;
  switch (rule.kind) {
    case 'none':
      return t('ratify.rule.none');
    case 'unanimity':
      return t('ratify.rule.unanimity');
    case 'consensus':
      return t('ratify.rule.consensus');
    case 'majority':
      return t('ratify.rule.majority', { percent: rule.percent });
    case 'veto':
      return t('ratify.rule.veto', { percent: rule.percent, organizations: rule.organizations.join(', ') });
  }
}

/** Who answers, in a sentence. */
export function votersText(t: Translate, settings: RatificationSettings): string {
  return t(settings.voters === 'delegates' ? 'ratify.voters.delegates' : 'ratify.voters.everyone');
}
