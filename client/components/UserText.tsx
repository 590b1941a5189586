/**
 * An idea's number, "#12": always laid out left to right and isolated from its neighbours, so it
 * reads "#12" next to Arabic or Hebrew text instead of "12#".
 */
export function IdeaNumber({ number, className }: { number: number; className?: string }) {
  return (
    <bdi dir="ltr" className={className}>
      {`#${number}`}
    </bdi>
  );
}
