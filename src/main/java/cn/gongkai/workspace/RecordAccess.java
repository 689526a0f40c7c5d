package cn.gongkai.workspace;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gongkai.organization.Organization;
import cn.gongkai.record.ChangeKind;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordChange;
import cn.gongkai.record.RecordNotFoundException;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.security.AccessPolicy;
import cn.gongkai.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who may see a record before publication, and who may change its attachments (谁生成，谁发布). */
@Component
class RecordAccess {

	private final RecordService records;

	RecordAccess(RecordService records) {
		this.records = records;
	}

	/** The record, if the person may see it; a foreign unit's record answers as a missing one does (404). */
	Record visible(long id, Authentication authentication) {
		Record record;
		try {
			record = records.get(id);
		}
		catch (RecordNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "记录不存在");
		}
		if (!canView(CurrentUser.of(authentication), record)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "记录不存在");
		}
		return record;
	}

	/** The record, if the person may change its files and data now: its unit's drafter, while it is being drafted. */
	Record editable(long id, Authentication authentication) {
		Record record = visible(id, authentication);
		if (!canEditAttachments(CurrentUser.of(authentication), record)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本单位责任人可以在起草或退回修改阶段修改附件和数据");
		}
		return record;
	}

	/** The bureau-wide roles, the platform administrators and the administrators' role group. */
	private static final Set<String> BUREAU_WIDE = Stream
		.concat(AccessPolicy.BUREAU_WIDE_ROLES.stream(), Stream.of("admin", Organization.PLATFORM_ADMIN_GROUP))
		.collect(Collectors.toUnmodifiableSet());

	boolean canView(CurrentUser user, Record record) {
		boolean ofUnit = user.inGroup(record.unitId())
				|| user.inGroup(Organization.unitRoleGroupId(record.unitId(), Organization.ROLE_LEADER));
		if (Record.OFF_COLUMN.equals(record.sectionKey())) {
			// An answer to an application: its handling staff and its reviewers only (docs/design.md §9).
			return ofUnit || user.inGroup(AccessPolicy.OFFICE) || user.inGroup("chief") || user.inGroup("secrecy-office");
		}
		return ofUnit || BUREAU_WIDE.stream().anyMatch(user::inGroup);
	}

	boolean canRequestChange(CurrentUser user, Record record) {
		return record.status() == RecordStatus.PUBLISHED
				&& user.inGroup(Organization.unitRoleGroupId(record.unitId(), Organization.ROLE_DRAFTER));
	}

	boolean canGiveUpCorrection(CurrentUser user, Record record, RecordChange pending) {
		return pending != null && pending.kind() == ChangeKind.CORRECTION && record.status().editable()
				&& user.inGroup(Organization.unitRoleGroupId(record.unitId(), Organization.ROLE_DRAFTER));
	}

	boolean canEditAttachments(CurrentUser user, Record record) {
		return record.status().editable()
				&& user.inGroup(Organization.unitRoleGroupId(record.unitId(), Organization.ROLE_DRAFTER));
	}

}
