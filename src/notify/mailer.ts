/**
 * Sending one e-mail over SMTP with nodemailer. The outbox worker is the only caller; use cases
 * never send directly, they queue mails in the outbox (ADR 0009).
 */
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Full Message-ID header value, `<...@...>`, derived from the outbox row. */
  messageId: string;
}

export interface Mailer {
  /** Resolves when the SMTP server has accepted the message; rejects otherwise. */
  send(msg: MailMessage): Promise<void>;
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465). Otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  /** The From header, e.g. `Fora <fora@kommune.dk>`. */
  from: string;
}

export const DEFAULT_FROM = 'Fora <fora@localhost>';

/**
 * A mailer over SMTP. Timeouts are kept well below the outbox's 10 minutes for a stuck send, so a
 * send that hangs fails and is retried rather than being released while still in flight.
 */
export function smtpMailer(config: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send(msg) {
      await transport.sendMail({
        from: config.from,
        to: msg.to,
        subject: msg.subject,
        text: msg.text,
        messageId: msg.messageId,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
  };
}

/**
 * The SMTP configuration from SMTP_HOST, SMTP_PORT (587), SMTP_SECURE ('true'), SMTP_USER,
 * SMTP_PASSWORD and SMTP_FROM; null when SMTP_HOST is unset (mails then stay queued).
 */
export function smtpConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpConfig | null {
  if (!env.SMTP_HOST) return null;
  const port = Number(env.SMTP_PORT || 587);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`SMTP_PORT: not a port number: ${env.SMTP_PORT}`);
  return {
    host: env.SMTP_HOST,
    port,
    secure: env.SMTP_SECURE === 'true',
    ...(env.SMTP_USER ? { user: env.SMTP_USER, password: env.SMTP_PASSWORD ?? '' } : {}),
    from: env.SMTP_FROM || DEFAULT_FROM,
  };
}

/** An SMTP mailer configured from the environment, or null when SMTP_HOST is unset. */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  const config = smtpConfigFromEnv(env);
  return config ? smtpMailer(config) : null;
}
