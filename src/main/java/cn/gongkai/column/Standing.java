package cn.gongkai.column;

import java.util.List;
import java.util.Optional;

import cn.gongkai.record.ChangeKind;
import cn.gongkai.record.PublishedRecord;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.record.RecordChange;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where one published version stands: current, replaced by a correction, or retracted with its record. The column
 * shows the note at the version's own address (public for the templates), so a link once shared never silently changes or disappears.
 *
 * @param latestId the record's newest published version
 * @param retraction the retraction that took the record off the column, if any
 * @param supersededBy the correction that replaced this version, if any
 * @param madeBy the correction that published this version, if any
 */
public record Standing(PublishedRecord version, long latestId, RecordChange retraction, RecordChange supersededBy,
		RecordChange madeBy) {

	public enum State {

		current, corrected, retracted

	}

	static Optional<Standing> of(PublishedRecords published, long versionId) {
		return published.find(versionId).map(version -> {
			List<PublishedRecord> versions = published.forRecord(version.recordId());
			List<RecordChange> changes = published.effectiveChanges(version.recordId());
			RecordChange retraction = changes.stream()
				.filter(c -> c.kind() == ChangeKind.RETRACTION)
				.reduce((first, second) -> second)
				.orElse(null);
			RecordChange supersededBy = changes.stream()
				.filter(c -> c.kind() == ChangeKind.CORRECTION && c.previousVersionId() == versionId)
				.findFirst()
				.orElse(null);
			RecordChange madeBy = changes.stream()
				.filter(c -> c.kind() == ChangeKind.CORRECTION && c.publishedVersionId() != null
						&& c.publishedVersionId() == versionId)
				.findFirst()
				.orElse(null);
			return new Standing(version, versions.get(versions.size() - 1).id(), retraction, supersededBy, madeBy);
		});
	}

	/**
	 * A version whose data a download may give: 404 for no such version, 410 for a retracted one (its data is no longer
	 * public, though its notice stays).
	 */
	static void requireData(PublishedRecords published, long versionId) {
		Standing standing = of(published, versionId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "信息不存在"));
		if (standing.retracted()) {
			throw new ResponseStatusException(HttpStatus.GONE, "该信息已撤回，数据不再提供");
		}
	}

	public State state() {
		if (retraction != null) {
			return State.retracted;
		}
		return latestId == version.id() ? State.current : State.corrected;
	}

	public boolean retracted() {
		return state() == State.retracted;
	}

	public boolean corrected() {
		return state() == State.corrected;
	}

}
