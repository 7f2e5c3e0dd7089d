/** A throwaway self-signed TLS certificate covering every hostname the e2e server stands in for. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

/** Runs `openssl` (the one tool every CI image has) rather than adding a certificate library. */
export function makeCertificate(hostnames: readonly string[]): Certificate {
  const [commonName] = hostnames;
  if (commonName === undefined) throw new Error('makeCertificate needs at least one hostname');
  const dir = mkdtempSync(join(tmpdir(), 'sidenote-e2e-tls-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-nodes', '-days', '2',
        // EC keys are generated in milliseconds; RSA would slow every suite's start.
        '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
        '-subj', `/CN=${commonName}`,
        '-addext', `subjectAltName=${hostnames.map((host) => `DNS:${host}`).join(',')}`,
        '-keyout', keyPath, '-out', certPath,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
