import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the server that can cut the network: drop every connection and refuse
 * new ones, or hold back what the server sends (so a command arrives but its ack does not).
 */
export class CutProxy {
  private readonly server: Server;
  private readonly pairs = new Set<[Socket, Socket]>();
  private cut = false;
  private holdingReplies = false;
  port = 0;

  constructor(private readonly targetPort: number) {
    this.server = createServer((client) => {
      if (this.cut) {
        client.destroy();
        return;
      }
      const upstream = connect(this.targetPort, '127.0.0.1');
      const pair: [Socket, Socket] = [client, upstream];
      this.pairs.add(pair);
      client.on('data', (chunk) => upstream.write(chunk));
      upstream.on('data', (chunk) => {
        if (!this.holdingReplies) client.write(chunk);
      });
      const end = () => {
        client.destroy();
        upstream.destroy();
        this.pairs.delete(pair);
      };
      client.on('close', end);
      upstream.on('close', end);
      client.on('error', end);
      upstream.on('error', end);
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return `http://127.0.0.1:${this.port}`;
  }

  /** From now on, bytes from the server are dropped (the connection itself stays up). */
  holdReplies(): void {
    this.holdingReplies = true;
  }

  /** Drops every connection and refuses new ones until `restore`. */
  cutOff(): void {
    this.cut = true;
    for (const [client, upstream] of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
  }

  restore(): void {
    this.cut = false;
    this.holdingReplies = false;
  }

  async close(): Promise<void> {
    this.cutOff();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
