// Outside channels (SMS, WeChat): the interface a real gateway would implement, and the only implementation there is,
// which logs that it would send. Nothing leaves the machine, and the log line carries no personal data: the account id
// and the kind only, never a phone number, a name or the text (which may name a household's situation).
import type { NotificationKind } from './schemas.ts';

export interface OutgoingMessage {
  accountId: number;
  kind: NotificationKind;
  title: string;
  body: string;
}

export interface MessageChannel {
  readonly name: string;
  send(message: OutgoingMessage): Promise<void>;
}

interface InfoLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export class LoggingChannel implements MessageChannel {
  readonly name = 'log';

  constructor(private readonly log: InfoLogger) {}

  send(message: OutgoingMessage): Promise<void> {
    this.log.info({ channel: this.name, accountId: message.accountId, kind: message.kind }, 'would send');
    return Promise.resolve();
  }
}

/**
 * Sends one message per account, after the change committed: best effort, since the in-platform notification is the
 * record and a gateway that is down must not undo or fail the change the user made.
 */
export async function sendOutside(
  channel: MessageChannel | undefined,
  accountIds: readonly number[],
  message: Omit<OutgoingMessage, 'accountId'>,
  log?: Pick<InfoLogger, 'warn'>,
): Promise<void> {
  if (!channel) return;
  for (const accountId of new Set(accountIds)) {
    try {
      await channel.send({ ...message, accountId });
    } catch (err) {
      log?.warn({ err, channel: channel.name, accountId, kind: message.kind }, 'outside channel failed');
    }
  }
}
