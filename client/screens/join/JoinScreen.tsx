import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store.js';
import { openParticipantRoom } from '../../session/room-actions.js';
import { ParticipantScreen } from '../participant/ParticipantScreen.js';
import { JoinForm } from './JoinForm.js';
import { RemovedScreen } from './RemovedScreen.js';

/**
 * `/join/CODE`, the QR code's target. A phone that joined before is the same participant again
 * without typing anything; otherwise it previews the room and asks for a name.
 */
export function JoinScreen({ code }: { code: string }) {
  const role = useAppStore((state) => state.attachment?.role ?? null);
  const removed = useAppStore((state) => state.removed);
  useEffect(() => {
    openParticipantRoom(code);
  }, [code]);
  if (removed) return <RemovedScreen code={code} />;
  if (role === 'participant') return <ParticipantScreen />;
  return <JoinForm code={code} />;
}
