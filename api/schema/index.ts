// The schema: each import adds one type and its root fields to the builder.
import './enums.ts';
import './node.ts';
import './evidence.ts';
import './article.ts';
import './agency.ts';
import './policy.ts';
import './region.ts';
import './initiative.ts';
import './metric.ts';
import './search.ts';
import './subgraph.ts';
import './related.ts';
import './stats.ts';
import './import.ts';
import './runs.ts';
