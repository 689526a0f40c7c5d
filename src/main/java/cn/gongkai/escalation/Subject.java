package cn.gongkai.escalation;

import java.time.OffsetDateTime;

/**
 * What an escalation is about, as the ladder and its emails need it: an open obligation or review task with a due
 * time and its unit. Where the work waits is looked up only when an email goes. An urgent subject (a review of an
 * incident's release, due within hours) climbs the ladder of minutes instead of working days.
 */
public record Subject(String kind, String id, boolean open, OffsetDateTime dueAt, OffsetDateTime openedAt, String unitId,
		String typeKey, String label, String explanation, boolean urgent) {
}
