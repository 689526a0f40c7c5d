package cn.gongkai.record;

import java.time.OffsetDateTime;

/**
 * A published version the column no longer lists: retracted, or replaced by a correction's version
 * ({@code replacedBy}).
 */
public record Withdrawn(long versionId, ChangeKind kind, String reason, OffsetDateTime at, Long replacedBy) {
}
