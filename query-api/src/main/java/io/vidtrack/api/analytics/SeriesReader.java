package io.vidtrack.api.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.vidtrack.api.analytics.SeriesMath.Point;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.DateRange;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Reads what a series needs. A project, creator or campaign: two range reads of {@code aggregate_daily}'s primary
 * key (the sums before the range, the rows of the range), never a scan of snapshots. A video: its own snapshots
 * (the newest before the range, then the range's), which one primary-key range of its partition holds.
 */
@Component
class SeriesReader {

	// one round trip: the first row (day null) sums every day before the range (a cumulative series starts from
	// it), the others are the range's days; no row at all when the entity is not in the caller's org
	private static final String DAYS = """
			with found as (%s)
			select null::date, coalesce(sum(videos), 0), coalesce(sum(gained_views + baseline_views), 0),
				coalesce(sum(gained_likes + baseline_likes), 0), coalesce(sum(gained_comments + baseline_comments), 0),
				coalesce(sum(gained_shares + baseline_shares), 0), coalesce(sum(gained_saves + baseline_saves), 0),
				0, 0, 0, 0, 0
			from aggregate_daily where entity_type = ? and entity_id = ? and day < ?
			having exists (select from found)
			union all
			select day, videos, gained_views, gained_likes, gained_comments, gained_shares, gained_saves,
				baseline_views, baseline_likes, baseline_comments, baseline_shares, baseline_saves
			from aggregate_daily
			where exists (select from found) and entity_type = ? and entity_id = ? and day between ? and ?""";

	private static final Map<EntityKind, String> DAYS_OF = Arrays.stream(EntityKind.values())
		.filter((kind) -> kind != EntityKind.VIDEO)
		.collect(Collectors.toMap((kind) -> kind, (kind) -> DAYS.formatted(kind.findSql())));

	private static final String ANCHOR = """
			select views, likes, comments, shares, saves, captured_at from stats_snapshots
			where video_id = ? and captured_at < ? order by captured_at desc limit 1""";

	private static final String SNAPSHOTS = """
			select views, likes, comments, shares, saves, captured_at from stats_snapshots
			where video_id = ? and captured_at >= ? and captured_at < ? order by captured_at""";

	private final JdbcOperations jdbc;

	SeriesReader(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	List<Point> series(long orgId, EntityKind kind, long id, Metric metric, Mode mode, DateRange range,
			ZoneId zone) {
		if (kind == EntityKind.VIDEO) {
			List<OffsetDateTime> found = this.jdbc.queryForList(kind.findSql(), OffsetDateTime.class, id, orgId);
			if (found.isEmpty()) {
				throw ApiException.notFound(kind.noun());
			}
			OffsetDateTime postedAt = found.getFirst();
			VideoDays days = videoDays(id, (postedAt != null) ? postedAt.toInstant() : null, range, zone);
			return SeriesMath.series(metric, mode, range.days(), days.before(), days.days());
		}
		Counts[] before = new Counts[1];
		Map<LocalDate, Day> rows = new HashMap<>();
		this.jdbc.query(DAYS_OF.get(kind), (RowCallbackHandler) (row) -> {
			LocalDate day = row.getObject(1, LocalDate.class);
			if (day == null) {
				before[0] = counts(row, 2);
			}
			else {
				rows.put(day, new Day(counts(row, 2), new Counts(0, row.getLong(8), row.getLong(9), row.getLong(10),
						row.getLong(11), row.getLong(12))));
			}
		}, id, orgId, kind.wire(), id, range.from(), kind.wire(), id, range.from(), range.to());
		if (before[0] == null) {
			throw ApiException.notFound(kind.noun());
		}
		return SeriesMath.series(metric, mode, range.days(), before[0], rows);
	}

	private VideoDays videoDays(long videoId, @Nullable Instant postedAt, DateRange range, ZoneId zone) {
		OffsetDateTime start = range.from().atStartOfDay(zone).toOffsetDateTime();
		OffsetDateTime end = range.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
		List<Counts> anchor = this.jdbc.query(ANCHOR, (row, n) -> snapshot(row), videoId, utc(start));
		VideoDays days = new VideoDays(zone, range.from(), anchor.isEmpty() ? null : anchor.getFirst());
		days.posted(postedAt);
		this.jdbc.query(SNAPSHOTS, (RowCallbackHandler) (row) -> days
			.snapshot(row.getObject(6, OffsetDateTime.class).toInstant(), snapshot(row)), videoId, utc(start),
				utc(end));
		return days;
	}

	private static OffsetDateTime utc(OffsetDateTime time) {
		return time.withOffsetSameInstant(ZoneOffset.UTC);
	}

	// photo posts may show no views: they count as 0
	private static Counts snapshot(ResultSet row) throws SQLException {
		return new Counts(0, row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5));
	}

	private static Counts counts(ResultSet row, int first) throws SQLException {
		return new Counts(row.getLong(first), row.getLong(first + 1), row.getLong(first + 2), row.getLong(first + 3),
				row.getLong(first + 4), row.getLong(first + 5));
	}

}
