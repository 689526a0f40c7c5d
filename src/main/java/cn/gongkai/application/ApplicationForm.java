package cn.gongkai.application;

/**
 * An application as a person typed it (the public form, or staff copying a letter or a counter form): every field is
 * text until {@link ApplicationService} has checked it.
 *
 * @param website a field hidden from people; only a program fills it
 */
public record ApplicationForm(String applicantKind, String applicantName, String idDocument, String contactPerson,
		String phone, String email, String postalAddress, String description, String infoForm, String delivery,
		String website) {
}
