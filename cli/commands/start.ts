// `zhengtu start` (npm start): for now it starts the database and applies the schema; importing
// and serving the explorer come with the later issues.
import { defineCommand } from 'citty';
import { loadConfig } from '../../graph/config.ts';
import { connect } from '../../graph/driver.ts';
import { applySchema } from '../../graph/schema.ts';

export default defineCommand({
  meta: { name: 'start', description: 'Start Zhengtu: the database now; import and the explorer later' },
  async run() {
    const db = await connect(loadConfig(), { start: true, say: (line) => console.error(line) });
    try {
      await applySchema(db);
    } finally {
      await db.close();
    }
    console.log(`Neo4j is ready at ${db.uri} (database ${db.database}, schema applied).`);
    console.log(
      'Importing articles and serving the explorer are not built yet; stop the database with `zhengtu db stop`.',
    );
  },
});
