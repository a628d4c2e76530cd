// The spec the fake serves by default: the package's own, as the generator bundled it, with the
// generated names and types of its operations.
import spec from '../../generated/openapi.json' with { type: 'json' };
import {
  exampleSeeds,
  operationPagination,
  operationResources,
  operationRoutes,
  type OperationName,
  type OperationTypes,
} from '../../generated/operations.js';
import type { PagingRule } from './paging.js';
import type { ResourceRule } from './resources.js';
import type { ExampleSeed } from './seeds.js';
import type { Json, OperationTable } from './routes.js';

export const defaultSpec: Json = spec;
export const defaultOperations: OperationTable = operationRoutes;
export const defaultResources: Readonly<Record<string, ResourceRule>> = operationResources;
export const defaultPagination: Readonly<Record<string, PagingRule>> = operationPagination;
export const defaultSeeds: readonly ExampleSeed[] = exampleSeeds;
export type { OperationName, OperationTypes };
