package cn.gongkai.application;

/** A letter was sent to the applicant; an applicant who gave an email address gets it by email once it is stored. */
public record LetterIssued(long applicationId, long letterId) {
}
