package cn.gongkai.process.change;

import cn.gongkai.support.GongkaiTest;

/** {@link LongTextJourney} on PostgreSQL. */
@GongkaiTest
class LongTextTest extends LongTextJourney {
}
