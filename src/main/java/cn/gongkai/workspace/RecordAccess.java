package cn.gongkai.workspace;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gongkai.organization.Organization;
import cn.gongkai.record.ChangeKind;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordChange;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.security.AccessPolicy;
import cn.gongkai.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Who may see a record before publication, and who may change its attachments (谁生成，谁发布). */
@Component
class RecordAccess {

	/** The bureau-wide roles, the platform administrators and the administrators' role group. */
	private static final Set<String> BUREAU_WIDE = Stream
		.concat(AccessPolicy.BUREAU_WIDE_ROLES.stream(), Stream.of("admin", Organization.PLATFORM_ADMIN_GROUP))
		.collect(Collectors.toUnmodifiableSet());

	boolean canView(CurrentUser user, Record record) {
		return user.inGroup(record.unitId()) || user.inGroup(Organization.unitRoleGroupId(record.unitId(), Organization.ROLE_LEADER))
				|| BUREAU_WIDE.stream().anyMatch(user::inGroup);
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
