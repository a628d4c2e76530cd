// Sent as seam-sdk-version; a test keeps it equal to package.json's version.
export const SDK_NAME = 'seam-connect-client';
export const SDK_VERSION = '0.1.0';
