package cn.gongkai.process.escalation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an escalation is about, as the ladder and its emails need it: an open obligation or review task with a due
 * time, its unit, and the open tasks where the work waits.
 */
record Subject(String kind, String id, boolean open, OffsetDateTime dueAt, OffsetDateTime openedAt, String unitId,
		String typeKey, String label, String explanation, List<String> openTaskIds) {
}
