/**
 * The add-in's own writes must not look like a user's edit. ExcelApi 1.8 can turn events off
 * (runtime.enableEvents, used around every write); this gate covers Excel 1.7 and the events of a
 * write that arrive after its sync has returned: listeners drop what comes while it is muted.
 */

export interface EventGate {
  /** Mutes until the returned function is called, and a quiet period after. */
  mute(): () => void;
  readonly muted: boolean;
}

export function eventGate(quietMs = 500): EventGate {
  let holds = 0;
  return {
    mute() {
      holds++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        setTimeout(() => holds--, quietMs);
      };
    },
    get muted() {
      return holds > 0;
    },
  };
}
