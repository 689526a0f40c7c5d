package cn.gongkai.process.envquality;

import java.util.List;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.organization.Organization;
import cn.gongkai.process.Refusals;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.RecordService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Turns the start form into a draft record of the initiator's unit (谁生成，谁发布). The unit is looked up on the server,
 * never taken from the form.
 */
@Component("createDraftDelegate")
class CreateDraftDelegate implements JavaDelegate {

	private final RecordService recordService;
	private final IdentityService identityService;
	private final Catalogue catalogue;

	CreateDraftDelegate(RecordService recordService, IdentityService identityService, Catalogue catalogue) {
		this.recordService = recordService;
		this.identityService = identityService;
		this.catalogue = catalogue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String initiator = (String) execution.getVariable(EnvQualityProcess.VAR_INITIATOR);
		String unitId = drafterUnit(initiator);
		EnvQualityProcess.Subtype subtype = Refusals.parse(EnvQualityProcess.Subtype.class,
				execution.getVariable(EnvQualityProcess.VAR_SUBTYPE), "信息类别");
		if (subtype == null) {
			throw Refusals.refuse("请选择信息类别（空气质量、水环境质量或饮用水源地水质）");
		}
		Object title = execution.getVariable(EnvQualityProcess.VAR_TITLE);
		if (title != null && !(title instanceof String)) {
			throw Refusals.refuse("标题应为文本");
		}
		long recordId = recordService.createDraft(EnvQualityProcess.KEY, subtype.sectionKey(), unitId,
				initiator, (String) title);
		execution.removeVariables(List.of(EnvQualityProcess.VAR_SUBTYPE, EnvQualityProcess.VAR_TITLE));
		// The record id as business key lets Cockpit and Tasklist find the instance of a record.
		execution.setProcessBusinessKey(String.valueOf(recordId));
		execution.setVariable(ReviewChainProcess.VAR_RECORD_ID, recordId);
		execution.setVariable(ReviewChainProcess.VAR_UNIT_ID, unitId);
		execution.setVariable(ReviewChainProcess.VAR_TYPE_KEY, EnvQualityProcess.KEY);
		execution.setVariable(ReviewChainProcess.VAR_PERSONAL_INFO, false);
		execution.setVariable(ReviewChainProcess.VAR_MAJOR_CONCERN, false);
	}

	/** Read from the login's groups: the drafter may not query the identity service under authorization. */
	private String drafterUnit(String userId) {
		Authentication authentication = identityService.getCurrentAuthentication();
		if (userId == null || authentication == null || !userId.equals(authentication.getUserId())) {
			throw Refusals.refuse("请先登录后再发起记录");
		}
		List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
		for (String unit : catalogue.type(EnvQualityProcess.KEY).units()) {
			if (groups.contains(Organization.unitRoleGroupId(unit, Organization.ROLE_DRAFTER))) {
				return unit;
			}
		}
		throw Refusals.refuse("只有监测处或监测站的责任人可以发起空气和水环境质量信息公开记录");
	}

}
