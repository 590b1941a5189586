/** A big "12 of 15" with a bar; the sentence carries the meaning, the bar only echoes it. */
export function ProgressMeter({ value, max, text }: { value: number; max: number; text: string }) {
  const share = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <div className="meter">
      <p className="meter__text">{text}</p>
      <div className="meter__track" aria-hidden="true">
        <div className="meter__fill" style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}
