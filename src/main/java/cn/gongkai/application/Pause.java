package cn.gongkai.application;

import java.time.LocalDate;

/** A third party's opinion asked (条例第三十二条): open until the opinion is recorded. */
public record Pause(long id, long applicationId, String thirdParty, String matters, LocalDate startedOn,
		LocalDate endedOn, ThirdPartyOpinion opinion) {

	public boolean open() {
		return endedOn == null;
	}

}
