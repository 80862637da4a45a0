namespace BpoCloud.Domain.Service;

/// <summary>What a complaint is about: the product itself, the service the customer got, or payment/delivery.</summary>
public enum ComplaintCategory { Product, Service, Transaction }
