namespace BpoCloud.Domain.Service;

/// <summary>How the watched value is compared with the threshold: the rule fires while the comparison holds.</summary>
public enum AlertComparison { Lt, Lte, Gt, Gte }
