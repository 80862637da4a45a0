using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

public sealed class TranscriptMaskTests
{
    [Theory]
    [InlineData("call me on 13812345678 please", "call me on 138****5678 please")]
    [InlineData("mail li.na@example.com", "mail l***@example.com")]
    [InlineData("card 6222021234567890123", "card ***************0123")]
    [InlineData("order 20261111 arrived", "order 20261111 arrived")]
    [InlineData("", "")]
    public void Personal_data_is_hidden_and_ordinary_text_kept(string text, string masked) =>
        Assert.Equal(masked, TranscriptMask.Mask(text));

    [Fact]
    public void No_text_stays_no_text() => Assert.Null(TranscriptMask.Mask(null));
}
