package cn.gongkai.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A letter as it was sent: never changed afterwards. */
public record Letter(long id, long applicationId, LetterKind kind, String title, String body, String sha256,
		LocalDate issuedOn, OffsetDateTime issuedAt) {
}
