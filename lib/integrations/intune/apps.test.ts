// Graph behaviour that the simulator does not produce, with a scripted transport: PATCH answered
// 200 with the app (Graph may answer 200 or 204), and a 429 pausing every Graph call (Graph throttles per app),
// and nextLinks that leave Graph's host.
import { describe, expect, it } from "vitest";
import { createFakeClock } from "../clock";
import { HttpClient } from "../http";
import { createRateLimiter } from "../rate-limit";
import type { Transport, TransportRequest } from "../transport";
import { getWin32App, listManagedDevices, updateInstallCommandLine } from "./apps";
import type { IntuneContext } from "./context";

const APP = { "@odata.type": "#microsoft.graph.win32LobApp", id: "a1", displayName: "Netskope Client", installCommandLine: "msiexec /I NSClient.msi enrollauthtoken=NEW" };

function context(answers: Array<{ status: number; body?: unknown; headers?: Record<string, string> }>) {
  const calls: TransportRequest[] = [];
  const transport: Transport = async (request) => {
    calls.push(request);
    const answer = answers[calls.length - 1] ?? { status: 500 };
    return { status: answer.status, headers: new Headers(answer.headers ?? {}), body: answer.body === undefined ? "" : JSON.stringify(answer.body) };
  };
  const clock = createFakeClock();
  const graph = new HttpClient({ vendor: "intune", baseUrl: "https://graph.microsoft.com", transport, clock, throttleScope: "service", limiter: createRateLimiter(clock), auth: async () => ({ authorization: "Bearer t" }) });
  const ctx: IntuneContext = { graph, tokens: { getToken: async () => "t" } };
  return { ctx, calls, clock };
}

describe("intune apps over scripted Graph answers", () => {
  it("takes the app from a 200 PATCH answer without reading it again", async () => {
    const { ctx, calls } = context([{ status: 200, body: APP }]);
    expect(await updateInstallCommandLine(ctx, "a1", APP.installCommandLine)).toMatchObject({ id: "a1", installCommandLine: APP.installCommandLine });
    expect(calls.map((call) => call.method)).toEqual(["PATCH"]);
    expect(JSON.parse(calls[0]?.body ?? "{}")).toEqual({ "@odata.type": "#microsoft.graph.win32LobApp", installCommandLine: APP.installCommandLine });
  });

  it("reads the app back after a 204 PATCH", async () => {
    const { ctx, calls } = context([{ status: 204 }, { status: 200, body: APP }]);
    expect((await updateInstallCommandLine(ctx, "a1", APP.installCommandLine)).installCommandLine).toBe(APP.installCommandLine);
    expect(calls.map((call) => call.method)).toEqual(["PATCH", "GET"]);
  });

  it("refuses an app of another type as a Win32 app", async () => {
    const { ctx } = context([{ status: 200, body: { ...APP, "@odata.type": "#microsoft.graph.iosStoreApp" } }]);
    await expect(getWin32App(ctx, "a1")).rejects.toMatchObject({ code: "not_found" });
  });

  it("pauses every Graph call after a 429, not only the throttled endpoint", async () => {
    // A POST without a key is not retried, so the 429 only leaves its pause behind; the next call, to another endpoint, waits it out.
    const { ctx, clock } = context([{ status: 429, headers: { "retry-after": "5" } }, { status: 200, body: { value: [] } }]);
    await expect(ctx.graph.request({ method: "POST", path: "beta/deviceManagement/deviceManagementScripts", endpoint: "beta/deviceManagement/deviceManagementScripts", json: {} })).rejects.toMatchObject({ code: "rate_limited" });
    await listManagedDevices(ctx);
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(5000);
  });

  it("never follows a nextLink to another host with the bearer token", async () => {
    const { ctx, calls } = context([{ status: 200, body: { value: [], "@odata.nextLink": "https://evil.example/v1.0/deviceManagement/managedDevices?$skiptoken=1" } }]);
    await expect(listManagedDevices(ctx)).rejects.toMatchObject({ code: "upstream", message: expect.stringContaining("another host") });
    expect(calls).toHaveLength(1);
  });
});
