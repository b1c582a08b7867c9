import { describe, expect, it } from "vitest";
import { answerWhatIf, INITIAL_WHAT_IF, parseVersionForDisplay, type WhatIfState } from "./evaluate";

const withDevice = (device: Partial<WhatIfState["device"]>, rest: Partial<WhatIfState> = {}): WhatIfState => ({
  ...INITIAL_WHAT_IF,
  ...rest,
  device: { ...INITIAL_WHAT_IF.device, ...device },
});

describe("parseVersionForDisplay", () => {
  it.each([
    ["R120", "R120", "120.0"],
    ["R120.1", "R120.1", "120.1"],
    ["120.1.0.2300", "R120.1", "120.1.0.2300"],
    ["v124.0.5", "R124", "124.0.5"],
  ])("%s reads as %s (%s)", (input, release, dotted) => {
    expect(parseVersionForDisplay(input)).toEqual({ release, dotted });
  });

  it.each(["", "latest", "R", "1.2.3.4.5"])("%j is unknown", (input) => {
    expect(parseVersionForDisplay(input)).toBeNull();
  });
});

describe("answerWhatIf", () => {
  it("the starting state enrolls and needs nothing before enforcing", () => {
    const answer = answerWhatIf(INITIAL_WHAT_IF);
    expect(answer.version).toEqual({ release: "R124", dotted: "124.0" });
    expect(answer.enrollment.outcome).toBe("enrolls");
    expect(answer.readiness).toMatchObject({ refused: false, remediations: ["none"] });
  });

  it("no token while Enforced is refused; the device without the token needs nsdiag, MSI re-run or reinstall", () => {
    const answer = answerWhatIf({ ...withDevice({}, { hasCurrentToken: false }), presents: { authToken: "none", encryptionToken: "none" } });
    expect(answer.enrollment.outcome).toBe("refused");
    expect(answer.enrollment.reasons.map((r) => r.code)).toContain("auth-token-missing");
    expect(answer.readiness.refused).toBe(true);
    expect(answer.readiness.remediations).toEqual(["nsdiag", "msi-rerun", "reinstall"]);
  });

  it("an unreadable version is unknown, never new enough", () => {
    const answer = answerWhatIf(withDevice({ clientVersion: "latest" }));
    expect(answer.version).toBeNull();
    expect(answer.enrollment.outcome).toBe("unknown");
    expect(answer.readiness.remediations).toEqual(["upgrade-client", "reinstall"]);
  });

  it("an R120 client fails while Not Enforced", () => {
    const answer = answerWhatIf({ ...withDevice({ clientVersion: "R120" }), tenant: { state: "not-enforced", encryptionTokenEnforced: false } });
    expect(answer.enrollment.outcome).toBe("refused");
    expect(answer.enrollment.reasons.map((r) => r.code)).toEqual(["client-fails-while-not-enforced"]);
  });
});
