package cn.gongkai.apply;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.gongkai.application.Application;
import cn.gongkai.application.ApplicationStatus;
import cn.gongkai.application.Letter;
import cn.gongkai.application.Pause;
import cn.gongkai.obligation.Due;
import cn.gongkai.record.Attachment;

/**
 * What the applicant's tracking page shows of an application: its dates and clocks, its letters and released files.
 * The applicant's identity and contact, and the third party's name, are not in it, so no page built from it can show
 * them (only the handling staff see who applied).
 */
record Progress(String trackingNo, String status, String channel, OffsetDateTime submittedAt, LocalDate receivedOn,
		LocalDate clockStart, LocalDate answerDueOn, String answerDueExplanation, boolean correctionOpen,
		String correctionMatters, LocalDate correctionRequestedOn, LocalDate correctionDue, LocalDate correctedOn,
		int extensionDays, LocalDate extensionApprovedOn, String answer, LocalDate answeredOn, boolean withdrawn,
		List<Consultation> consultations, List<LetterLink> letters, List<FileLink> files) {

	/** A third party's opinion asked: when, and whether it came; the days between do not count (条例第三十二条). */
	record Consultation(LocalDate startedOn, LocalDate endedOn) {
	}

	record LetterLink(long id, String title, LocalDate issuedOn) {
	}

	record FileLink(long id, String fileName, String size) {
	}

	/** {@code answerDue} is null unless the application is being handled: only then is an answer due. */
	static Progress of(Application a, Due answerDue, List<Pause> pauses, List<Letter> letters,
			List<Attachment> released, ZoneId zone) {
		boolean answered = a.status() == ApplicationStatus.ANSWERED;
		boolean correcting = a.status() == ApplicationStatus.CORRECTION_REQUESTED;
		return new Progress(a.trackingNo(), a.status().label(), a.channel().label(), a.submittedAt(), a.receivedOn(),
				a.clockStart(), answerDue == null ? null : answerDue.dueAt().atZoneSameInstant(zone).toLocalDate(),
				answerDue == null ? null : answerDue.explanation(), correcting,
				// The matters are for the applicant to act on; once corrected, the letter keeps them.
				correcting ? a.correctionMatters() : null, a.correctionRequestedOn(), a.correctionDue(), a.correctedOn(),
				a.extensionDays(), a.extensionApprovedOn(),
				// The unit's proposed answer is under review until it is sent: only a sent one is told.
				answered && a.answerType() != null ? a.answerType().label() : null, a.answeredOn(),
				a.status() == ApplicationStatus.WITHDRAWN,
				pauses.stream().map(p -> new Consultation(p.startedOn(), p.endedOn())).toList(),
				letters.stream().map(l -> new LetterLink(l.id(), l.title(), l.issuedOn())).toList(),
				released.stream().map(f -> new FileLink(f.id(), f.fileName(), f.sizeLabel())).toList());
	}

}
