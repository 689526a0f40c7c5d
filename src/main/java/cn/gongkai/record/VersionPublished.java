package cn.gongkai.record;

/**
 * A record's new version is on the column, in {@code sectionKey}. Published inside the publishing transaction, so that
 * what belongs to the version (its data tables) is fixed in the same commit as the version itself; the section comes
 * with it, so that a listener for one section's data need not read the record of every publication.
 */
public record VersionPublished(long recordId, long versionId, String sectionKey) {
}
