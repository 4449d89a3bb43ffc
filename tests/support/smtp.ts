/** A real SMTP server on loopback (smtp-server) that keeps what it receives, parsed. */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { type Mailer, smtpMailer } from '../../src/notify/mailer.ts';

export interface TestSmtp {
  received: ParsedMail[];
  mailer: Mailer;
  close(): Promise<void>;
}

export async function testSmtp(): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    received,
    mailer: smtpMailer({ host: '127.0.0.1', port, secure: false, from: 'Fora <fora@albertslund.dk>' }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
