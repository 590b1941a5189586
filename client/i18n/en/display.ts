/** The projector. */
export const display = {
  'display.documentTitle': 'Projector display',
  'display.page': 'Page {page} / {pages}',
  'display.joinHeading': 'Join on your phone',
  'display.joinAside': 'How to join',
  'display.qrLabel': 'QR code that opens {url}',
  'display.joinAt': 'or go to {host} and enter',
  'display.codeLabel': 'Room code: {code}',
  'display.joined': {
    zero: 'Waiting for people to join',
    one: '{count} person has joined',
    other: '{count} people have joined',
  },
  'display.lobbyLead': 'Scan the code, enter your name, and wait for the start.',
  'display.ideationLead': 'Everyone writes their ideas privately on their phone.',
  'display.doneProgress': { one: '{count} of {total} is done writing', other: '{count} of {total} are done writing' },
  'display.ideasWritten': { zero: 'No ideas yet', one: '{count} idea written', other: '{count} ideas written' },
  'display.turnOf': 'Now sharing: {name}',
  'display.sharedProgress': {
    one: '{count} idea shared · {remaining} to come',
    other: '{count} ideas shared · {remaining} to come',
  },
  'display.rankingLead': {
    one: 'Vote on your phone: pick your top idea.',
    other: 'Vote on your phone: rank your top {count}.',
  },
  'display.ballotsIn': '{count} of {total} ballots in',
  'display.participants': { one: '{count} participant', other: '{count} participants' },
  'display.locked': 'The room is locked',
} as const;
