import { describe, expect, it } from "vitest";
import { parseDeviceImport } from "./csv-import";

const LABEL = "Secure Enrollment token present";
const HEADER = "Hostname,Device ID,Serial Number,OS,OS Version,Client Version,Username,Device Classification,Last Seen,Install Mode,Multi-user,NPA Prelogon";

describe("parseDeviceImport", () => {
  it("reads the console's columns by name, whatever their case and punctuation", () => {
    const csv = `${HEADER}\r\nWS-1,UID-1,SN1,Windows 11,10.0.22631,123.0.5,a@x.test|b@x.test,${LABEL},2026-11-20T10:00:00Z,UPN,yes,no\r\n`;
    const parsed = parseDeviceImport(csv, LABEL);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.errors).toEqual([]);
    expect(parsed.devices).toEqual([
      {
        line: 2, deviceKey: "uid-1", nsDeviceUid: "UID-1", hostname: "WS-1", serialNumber: "SN1", os: "WINDOWS", osVersion: "10.0.22631", clientVersion: "123.0.5",
        installMode: "UPN", multiUser: true, npaPrelogon: false, protectClientConfig: null, classification: "TOKEN_PRESENT", lastSeenAt: new Date("2026-11-20T10:00:00Z"), users: ["a@x.test", "b@x.test"],
      },
    ]);
    expect(parsed.columns.nsDeviceUid).toBe("Device ID");
  });

  it("reports each bad row with its line and keeps the good ones", () => {
    const csv = [
      "hostname,serial number,os,client version,install mode,multi user,last seen",
      "good-1,S1,macOS,R124,IdP,no,2026-11-01",
      ",,Windows,120.1.0,UPN,yes,",
      "bad-os,S3,Solaris,120.1.0,UPN,yes,",
      "bad-ver,S4,Windows,one-twenty,UPN,yes,",
      "bad-mode,S5,Windows,120.1.0,magic,yes,",
      "bad-bool,S6,Windows,120.1.0,UPN,maybe,",
      "bad-date,S7,Windows,120.1.0,UPN,yes,yesterday",
      "dup,S1,Windows,120.1.0,UPN,yes,",
      "short,S9",
      "good-2,S10,Linux,,,,",
    ].join("\n");
    const parsed = parseDeviceImport(csv, LABEL);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.devices.map((d) => [d.line, d.deviceKey, d.os])).toEqual([[2, "s1", "MACOS"], [11, "s10", "OTHER"]]);
    expect(parsed.errors.map((e) => [e.line, e.code])).toEqual([
      [3, "no-key"], [4, "bad-os"], [5, "bad-version"], [6, "bad-install-mode"], [7, "bad-boolean"], [8, "bad-date"], [9, "duplicate"], [10, "wrong-column-count"],
    ]);
    expect(parsed.rows).toBe(10);
  });

  it("refuses a file it cannot use as a whole", () => {
    expect(parseDeviceImport("", LABEL)).toEqual({ ok: false, error: "empty" });
    expect(parseDeviceImport("os,client version\nWindows,120.1.0\n", LABEL)).toEqual({ ok: false, error: "no-key-column" });
    expect(parseDeviceImport('hostname\n"unterminated\n', LABEL)).toEqual({ ok: false, error: "unreadable" });
    // A NUL anywhere (PostgreSQL text cannot hold it): UTF-16 read as UTF-8, or a stray byte in a field.
    expect(parseDeviceImport("h\u0000o\u0000s\u0000t\u0000n\u0000a\u0000m\u0000e\u0000\n\u0000", LABEL)).toEqual({ ok: false, error: "not-utf8" });
    expect(parseDeviceImport("hostname,os\nlaptop\u0000-1,Windows\n", LABEL)).toEqual({ ok: false, error: "not-utf8" });
  });

  it("reads other classification labels as token missing, and several users as multi-user", () => {
    const parsed = parseDeviceImport("hostname,device classification,users\nh1,Corporate laptop,a;b\nh2,,\n", LABEL);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.devices.map((d) => [d.classification, d.multiUser])).toEqual([["TOKEN_MISSING", true], [null, null]]);
  });
});
