#!/usr/bin/env node
// Node 20 cannot strip TypeScript types, so the CLI runs its sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
