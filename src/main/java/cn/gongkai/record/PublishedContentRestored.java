package cn.gongkai.record;

/**
 * A correction that did not take effect (refused, given up, cancelled): the record is again what its published version
 * {@code versionId} shows. Published inside the transaction, so that what belongs to the draft goes back with it.
 */
public record PublishedContentRestored(long recordId, long versionId) {
}
