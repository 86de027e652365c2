// The layout of a managed server's home directory, named once so no module guesses a path.
import { join } from 'node:path';

export interface ServerPaths {
  home: string;
  /** neo4j.conf that Zhengtu writes before every start */
  conf: string;
  data: string;
  logs: string;
  run: string;
  /** The generated password of the `neo4j` user, mode 0600 */
  password: string;
  /** The running server: pid, port and version (state.ts) */
  state: string;
}

export function serverPaths(home: string): ServerPaths {
  return {
    home,
    conf: join(home, 'conf'),
    data: join(home, 'data'),
    logs: join(home, 'logs'),
    run: join(home, 'run'),
    password: join(home, 'password'),
    state: join(home, 'run', 'server.json'),
  };
}
