package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The vocabulary of query expressions, on the parsed expression: what Tasklist writes passes, nothing else does. */
class QueryExpressionsTest {

	@ParameterizedTest
	@ValueSource(strings = { "${currentUser()}", "${ currentUser() }", "${currentUserGroups()}", "${ now() }",
			"${dateTime()}", "${ dateTime().plusWeeks(2) }", "${dateTime().plusDays(4).withTimeAtStartOfDay()}",
			"${dateTime().minusHours(1).toDate()}", "#{currentUser()}", "%${currentUser()}%", "jiance", "" })
	void tasklistsOwnExpressionsAreAllowed(String expression) {
		assertThat(QueryExpressions.allowed(expression)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "${''.getClass().forName('java.lang.Runtime')}", "${identityService}",
			"${identityService.createUserQuery().count()}", "${execution}", "${currentUser().getClass()}",
			"${now().getClass()}", "${dateTime().getClass().forName('x')}", "${dateTime().plusDays(currentUser())}",
			"${dateTime()['class']}", "${dateTime().plusDays(1).class}", "${1 + 1}", "${S('{}')}",
			"${currentUser() == null ? x : y}", "${JSON('x')}", "${", "${currentUser()}${identityService}" })
	void everythingElseIsRefused(String expression) {
		assertThat(QueryExpressions.allowed(expression)).isFalse();
	}

}
