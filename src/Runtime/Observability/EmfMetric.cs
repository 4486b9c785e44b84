using System;
using System.Collections.Generic;

namespace Boto3Assist.Observability;

/// <summary>One metric of an Embedded Metric Format line: a name, a unit and one or more values.</summary>
public sealed class EmfMetric
{
    /// <summary>Creates a metric.</summary>
    /// <param name="name">The metric name (1 to 255 characters).</param>
    /// <param name="unit">The unit.</param>
    /// <param name="values">The values; CloudWatch computes statistics over all of them.</param>
    /// <exception cref="ArgumentException">The name is empty or too long, there is no value, or a value is not finite.</exception>
    public EmfMetric(string name, EmfUnit unit, IReadOnlyList<double> values)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 255)
        {
            throw new ArgumentException($"An EMF metric name must be 1 to 255 characters; got '{name}'.", nameof(name));
        }

        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException($"The EMF metric '{name}' has no value.", nameof(values));
        }

        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"The EMF metric '{name}' has a value that is not a finite number ({value}); CloudWatch rejects it.", nameof(values));
            }
        }

        Name = name;
        Unit = unit;
        Values = values;
    }

    /// <summary>Creates a metric with one value.</summary>
    /// <param name="name">The metric name.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="value">The value.</param>
    public EmfMetric(string name, EmfUnit unit, double value)
        : this(name, unit, [value])
    {
    }

    /// <summary>The metric name.</summary>
    public string Name { get; }

    /// <summary>The unit.</summary>
    public EmfUnit Unit { get; }

    /// <summary>The values.</summary>
    public IReadOnlyList<double> Values { get; }
}
