/**
 * Version of the wire protocol described in docs/protocol.md. Bumped on any change a
 * client written against the previous version could not understand.
 */
export const PROTOCOL_VERSION = 3;
