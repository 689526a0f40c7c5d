package cn.gongkai.record;

/**
 * A record's new version is on the column. Published inside the publishing transaction, so that what belongs to the
 * version (its data tables) is fixed in the same commit as the version itself.
 */
public record VersionPublished(long recordId, long versionId) {
}
