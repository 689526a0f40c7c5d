package cn.gongkai.workspace;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The tasks a person may work on now; the workspace knows nothing of the engine that holds them. */
public interface OpenTasks {

	/** Assigned to {@code userId} or open to a group they belong to, the earliest due first; at most {@code limit}. */
	List<OpenTask> of(String userId, int limit);

	/** Who has claimed the drafting of a record not yet submitted; empty while nobody has. */
	Optional<String> draftingHolder(long recordId);

	/** {@code due} is null for a task without a due time. */
	record OpenTask(String id, String name, String processName, OffsetDateTime due, boolean assignedToMe) {
	}

}
