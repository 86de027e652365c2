// "Started" means Bolt answers with our credentials, not merely that the port is open.
import neo4j from 'neo4j-driver';
import { ZhengtuError } from '../../core/errors.ts';
import type { ConnectionInfo } from '../config.ts';

const POLL_MS = 500;

/**
 * Polls until Bolt accepts `info`. `exited` is asked between attempts so a server that died is
 * reported at once (it returns the error to throw) instead of after the timeout.
 */
export async function waitForBolt(
  info: ConnectionInfo,
  timeoutMs: number,
  exited: () => Promise<ZhengtuError | undefined>,
): Promise<void> {
  const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const failure = await exited();
      if (failure) throw failure;
      if (await answers(driver, info)) return;
      if (Date.now() > deadline) {
        throw new ZhengtuError(
          'SERVER_TIMEOUT',
          `Neo4j did not answer on ${info.uri} within ${timeoutMs / 1000} s.`,
          {
            hint: 'The machine may be busy: try `zhengtu db start` again, or look at the logs in $ZHENGTU_HOME/logs.',
          },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    await driver.close();
  }
}

async function answers(driver: neo4j.Driver, info: ConnectionInfo): Promise<boolean> {
  try {
    await driver.verifyConnectivity({ database: info.database });
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('Neo.ClientError.Security')) {
      throw new ZhengtuError('AUTH_FAILED', 'The managed Neo4j refused the stored password.', {
        hint: 'The password file no longer matches the data: run `zhengtu db reset --yes` (wipes the graph) and start again.',
        cause: error,
      });
    }
    return false;
  }
}
