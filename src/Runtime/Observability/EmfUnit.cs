namespace Boto3Assist.Observability;

/// <summary>The CloudWatch units an Embedded Metric Format metric can declare.</summary>
public enum EmfUnit
{
    /// <summary>No unit.</summary>
    None,

    /// <summary>A count.</summary>
    Count,

    /// <summary>Seconds.</summary>
    Seconds,

    /// <summary>Milliseconds.</summary>
    Milliseconds,

    /// <summary>Microseconds.</summary>
    Microseconds,

    /// <summary>Bytes.</summary>
    Bytes,

    /// <summary>Kilobytes.</summary>
    Kilobytes,

    /// <summary>Megabytes.</summary>
    Megabytes,

    /// <summary>Percent.</summary>
    Percent,

    /// <summary>Count per second.</summary>
    CountPerSecond,

    /// <summary>Bytes per second.</summary>
    BytesPerSecond,
}
