// The spec the fake serves by default: the package's own, as the generator bundled it, with the
// generated names and types of its operations and its route manifest (what route-manifest.ts
// derives from it, computed once by the generator rather than at each fake's start).
import spec from '../../generated/openapi.json' with { type: 'json' };
import {
  exampleSeeds,
  operationPagination,
  operationResources,
  operationRoutes,
  routeManifest,
  type OperationName,
  type OperationTypes,
} from '../../generated/operations.js';
import type { PagingRule } from './paging.js';
import type { ResourceRule } from './resources.js';
import type { ExampleSeed } from './seeds.js';
import type { RouteEntry } from './manifest.js';
import type { OperationTable } from './route-manifest.js';

export const defaultSpec: object = spec;
export const defaultOperations: OperationTable = operationRoutes;
export const defaultRoutes: readonly RouteEntry[] = routeManifest;
export const defaultResources: Readonly<Record<string, ResourceRule>> = operationResources;
export const defaultPagination: Readonly<Record<string, PagingRule>> = operationPagination;
export const defaultSeeds: readonly ExampleSeed[] = exampleSeeds;
export type { OperationName, OperationTypes };
