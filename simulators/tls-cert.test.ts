import { X509Certificate, createPrivateKey } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSelfSignedCertificate } from "./tls-cert";

describe("createSelfSignedCertificate", () => {
  it("is a valid self-signed CA certificate for localhost, 127.0.0.1 and ::1", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    const { cert, key } = createSelfSignedCertificate(7, now);
    const x509 = new X509Certificate(cert);
    expect(x509.subjectAltName).toBe("DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1");
    expect(x509.ca).toBe(true);
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.checkPrivateKey(createPrivateKey(key))).toBe(true);
    expect(new Date(x509.validFrom).getTime()).toBe(now.getTime() - 3_600_000);
    expect(new Date(x509.validTo).getTime()).toBe(now.getTime() + 7 * 86_400_000);
  });

  it("differs on every call (fresh key and serial)", () => {
    const a = new X509Certificate(createSelfSignedCertificate().cert);
    const b = new X509Certificate(createSelfSignedCertificate().cert);
    expect(a.serialNumber).not.toBe(b.serialNumber);
    expect(a.fingerprint256).not.toBe(b.fingerprint256);
  });
});
