package cn.gongkai.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An application for government information and where it stands. The applicant's identity and contact are for the
 * handling staff only: the tracking page, task forms and emails show the tracking number and the request.
 */
public record Application(long id, String trackingNo, Channel channel, ApplicantKind applicantKind, String applicantName,
		String idDocument, String contactPerson, String phone, String email, String postalAddress, String description,
		InfoForm infoForm, Delivery delivery, String registeredBy, OffsetDateTime submittedAt, LocalDate receivedOn,
		LocalDate clockStart, ApplicationStatus status, String unitId, Long obligationId, String processInstanceId,
		String correctionMatters, LocalDate correctionRequestedOn, LocalDate correctionDue, LocalDate correctedOn,
		String correctionText, int extensionDays, String extensionReason, String extensionRequestedBy,
		String extensionApprovedBy, LocalDate extensionApprovedOn, AnswerType answerType, WithholdGround withholdGround,
		Long answerRecordId, LocalDate answeredOn) {

	/** The application's title in staff lists, emails and the answer record: no identity in it. */
	public String title() {
		return "政府信息公开申请 " + trackingNo;
	}

	public boolean correctionRequested() {
		return correctionRequestedOn != null;
	}

}
