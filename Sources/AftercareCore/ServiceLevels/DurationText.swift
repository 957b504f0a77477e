/// Short durations as agents read them in narrow columns: "45m", "3h20m", "2d4h", "-1h05m" when overdue.
public enum DurationText {
    public static func short(seconds: Int64) -> String {
        let sign = seconds < 0 ? "-" : ""
        let total = seconds.magnitude
        let days = total / 86_400
        let hours = (total % 86_400) / 3_600
        let minutes = (total % 3_600) / 60
        if days > 0 { return "\(sign)\(days)d\(hours)h" }
        if hours > 0 { return "\(sign)\(hours)h\(minutes < 10 ? "0" : "")\(minutes)m" }
        return "\(sign)\(minutes)m"
    }
}
