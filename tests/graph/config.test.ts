import { describe, expect, test } from 'vitest';
import { loadConfig, NEO4J_VERSION } from '../../graph/config.ts';

describe('loadConfig', () => {
  test('manages a server under .zhengtu in the working directory by default', () => {
    const config = loadConfig({}, '/srv/政图');
    expect(config.external).toBeUndefined();
    expect(config.managed).toMatchObject({
      home: '/srv/政图/.zhengtu',
      version: NEO4J_VERSION,
      jarsDir: `/srv/政图/.zhengtu/neo4j-${NEO4J_VERSION}/lib`,
      port: undefined,
    });
  });

  test('uses the server NEO4J_URI names, with the default user and database', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io', NEO4J_PASSWORD: 's3cret' });
    expect(config.external).toEqual({
      uri: 'neo4j+s://abcd.databases.neo4j.io',
      user: 'neo4j',
      password: 's3cret',
      database: 'neo4j',
    });
  });

  test('refuses a Bolt port that is not a port number', () => {
    expect(() => loadConfig({ ZHENGTU_BOLT_PORT: '七六八七' })).toThrowError(
      expect.objectContaining({ code: 'BAD_INPUT' }),
    );
  });
});
