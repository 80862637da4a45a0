using Dapper;

namespace BpoCloud.Storage.Common;

/// <summary>Adds one more parameter fluently.</summary>
public static class DynamicParametersExtensions
{
    public static DynamicParameters With(this DynamicParameters parameters, string name, object? value)
    {
        parameters.Add(name, value);
        return parameters;
    }
}
