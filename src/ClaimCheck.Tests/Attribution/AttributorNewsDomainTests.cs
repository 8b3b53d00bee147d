using ClaimCheck.Recognize.Entities;
using static ClaimCheck.Tests.Attribution.AttributionTestKit;

namespace ClaimCheck.Tests.Attribution;

/// <summary>
/// One sentence per row, written for these tests in the styles of wire copy, local papers and broadcasters, across
/// news domains. Each row gives the exact source, its kind and the chain before the outlet ("" = the source alone).
/// </summary>
public class AttributorNewsDomainTests
{
    private static void Check(string text, string figure, string name, SourceKind kind, string chain)
    {
        var source = SourceShouldBe(text, figure, name, kind);
        var links = chain.Length == 0 ? [name] : chain.Split('|');
        source.Chain.Should().Equal([.. links, Outlet]);
    }

    [Theory]
    [InlineData("The Park Fire has burned more than 350,000 acres, Cal Fire said on Sunday.", "350,000", "Cal Fire", SourceKind.Government, "")]
    [InlineData("Firefighters had contained 40 percent of the blaze by Monday night, according to the US Forest Service.", "40", "US Forest Service", SourceKind.Government, "")]
    [InlineData("Evacuation orders cover 26,000 residents, the county's emergency management office said.", "26,000", "county's emergency management office", SourceKind.Government, "")]
    [InlineData("A fire official said 12 firefighters had been injured.", "12", "fire official", SourceKind.Official, "")]
    [InlineData("The fire has destroyed 1,400 structures, said Chief Brian Fennessy.", "1,400", "Brian Fennessy", SourceKind.Official, "")]
    [InlineData("Smoke pushed the air quality index above 300 in the valley, state health officials warned.", "300", "state health officials", SourceKind.Official, "")]
    [InlineData("The blaze forced 9,000 people from their homes, the Greek fire service said.", "9,000", "Greek fire service", SourceKind.Government, "")]
    [InlineData("Volunteers said 40 horses had been rescued from the ranch.", "40", "volunteers", SourceKind.Witness, "")]
    public void Attribute_Wildfire(string text, string figure, string name, SourceKind kind, string chain) => Check(text, figure, name, kind, chain);

    [Theory]
    [InlineData("Hurricane Milo made landfall with winds of 205 km/h, the National Hurricane Center said.", "205", "National Hurricane Center", SourceKind.Government, "")]
    [InlineData("The storm left 2.1 million customers without power, utility companies said.", "2.1 million", "utility companies", SourceKind.Official, "")]
    [InlineData("Forecasters warned of a storm surge of up to 4 metres along the coast.", "4 metres", "forecasters", SourceKind.Expert, "")]
    [InlineData("FEMA said it had sent 300 generators to the island.", "300", "Federal Emergency Management Agency", SourceKind.Government, "")]
    [InlineData("At least 14 people died in the hurricane, Governor Ron DeSantis told reporters.", "14", "Ron DeSantis", SourceKind.Official, "")]
    [InlineData("The Bureau of Meteorology said the cyclone had weakened to category 3.", "3", "Bureau of Meteorology", SourceKind.Government, "")]
    [InlineData("PAGASA recorded rainfall of 380 mm in Manila in 24 hours.", "380", "PAGASA", SourceKind.Government, "")]
    [InlineData("The typhoon displaced 620,000 people, the NDRRMC said in its latest bulletin.", "620,000", "National Disaster Risk Reduction and Management Council", SourceKind.Government, "")]
    public void Attribute_Hurricane(string text, string figure, string name, SourceKind kind, string chain) => Check(text, figure, name, kind, chain);

    [Theory]
    [InlineData("The quake had a magnitude of 7.1, the US Geological Survey said.", "7.1", "US Geological Survey", SourceKind.Government, "")]
    [InlineData("The Japan Meteorological Agency said waves of 1.2 metres reached the port.", "1.2", "Japan Meteorological Agency", SourceKind.Government, "")]
    [InlineData("Rescuers have pulled 47 survivors from the rubble, the disaster agency said.", "47", "disaster agency", SourceKind.Government, "")]
    [InlineData("The EMSC measured the tremor's depth at 10 km.", "10 km", "European-Mediterranean Seismological Centre", SourceKind.Expert, "")]
    [InlineData("According to AFAD, 1,200 aftershocks followed the main shock.", "1,200", "AFAD", SourceKind.Government, "")]
    [InlineData("A seismologist at the University of Tokyo said 4 more quakes above magnitude 6 were possible.", "4 more", "seismologist at the University of Tokyo", SourceKind.Expert, "seismologist at the University of Tokyo|University of Tokyo")]
    [InlineData("The death toll rose to 2,946, Morocco's interior ministry said on Sunday.", "2,946", "Morocco's interior ministry", SourceKind.Government, "")]
    [InlineData("GFZ put the magnitude at 6.8, slightly below the USGS estimate.", "6.8", "German Research Centre for Geosciences", SourceKind.Expert, "")]
    public void Attribute_Earthquake(string text, string figure, string name, SourceKind kind, string chain) => Check(text, figure, name, kind, chain);

    [Theory]
    [InlineData("The electoral commission said turnout was 66.2 percent.", "66.2", "electoral commission", SourceKind.Government, "")]
    [InlineData("INEC declared that the ruling party's candidate won 8.8 million votes.", "8.8 million", "Independent National Electoral Commission", SourceKind.Government, "")]
    [InlineData("Preliminary results showed the opposition leading with 52 percent, the commission said.", "52", "commission", SourceKind.Government, "")]
    [InlineData("Observers from the European Union said 12 percent of polling stations opened late.", "12", "observers from the European Union", SourceKind.Monitor, "observers from the European Union|European Union")]
    [InlineData("The party's spokesman said it had collected 2 million signatures.", "2 million", "party's spokesman", SourceKind.Official, "")]
    [InlineData("Pollster Datafolha found that 43 percent of voters approved of the government.", "43", "Datafolha", SourceKind.Expert, "")]
    [InlineData("Election observers reported irregularities at 230 polling stations.", "230", "Election observers", SourceKind.Monitor, "")]
    [InlineData("The Central Election Commission said 74 percent of ballots had been counted.", "74", "Central Election Commission", SourceKind.Government, "")]
    public void Attribute_Election(string text, string figure, string name, SourceKind kind, string chain) => Check(text, figure, name, kind, chain);

    [Theory]
    [InlineData("The union said 98 percent of its members had voted for the strike.", "98", "union", SourceKind.Expert, "")]
    [InlineData("The company said 70 percent of flights would still operate.", "70", "company", SourceKind.Official, "")]
    [InlineData("Train drivers will strike for 48 hours from Monday, the union announced.", "48", "union", SourceKind.Expert, "")]
    [InlineData("Management estimates that the walkout costs 25 million euros a day.", "25 million", "management", SourceKind.Official, "")]
    [InlineData("Union leaders told reporters that 12,000 workers had joined the picket lines.", "12,000", "union leaders", SourceKind.Official, "")]
    [InlineData("Some 300 flights were cancelled, airport officials said.", "300", "airport officials", SourceKind.Official, "")]
    [InlineData("About 45,000 autoworkers walked off the job, the United Auto Workers union said.", "45,000", "United Auto Workers union", SourceKind.Expert, "")]
    [InlineData("Nurses at 30 hospitals joined the walkout, the Royal College of Nursing said, adding that 5,000 operations were postponed.", "5,000", "Royal College of Nursing", SourceKind.Expert, "")]
    public void Attribute_StrikeAction(string text, string figure, string name, SourceKind kind, string chain) => Check(text, figure, name, kind, chain);

    [Theory]
    [InlineData("The WHO said 1,900 people had died of cholera this year.", "1,900", "World Health Organization", SourceKind.UnAgency, "")]
    [InlineData("The CDC reported 312 measles cases in 14 states.", "312", "Centers for Disease Control and Prevention", SourceKind.Government, "")]
    [InlineData("Africa CDC said mpox cases had risen to 15,600 across 12 countries.", "15,600", "Africa Centres for Disease Control and Prevention", SourceKind.UnAgency, "")]
    [InlineData("Health officials confirmed 48 new infections on Thursday.", "48", "Health officials", SourceKind.Official, "")]
    [InlineData("Hospitals are treating 230 patients, the regional health department said.", "230", "regional health department", SourceKind.Government, "")]
    [InlineData("Epidemiologists estimate that only 1 in 10 cases is being detected.", "1 in", "epidemiologists", SourceKind.Expert, "")]
    [InlineData("The outbreak has killed 57 people since August, according to Medecins Sans Frontieres.", "57", "Doctors Without Borders", SourceKind.Expert, "")]
    [InlineData("A UNICEF spokesman said 4 million children needed vaccines.", "4 million", "UNICEF", SourceKind.UnAgency, "")]
    public void Attribute_Epidemic(string text, string figure, string name, SourceKind kind, string chain) => Check(text, figure, name, kind, chain);

    [Theory]
    [InlineData("Shares in the chipmaker fell 17 percent, Reuters reported.", "17", "Reuters", SourceKind.NewsAgency, "")]
    [InlineData("Traders said the sell-off wiped $1 trillion off global markets.", "1 trillion", "traders", SourceKind.Expert, "")]
    [InlineData("The Bank of Japan said it had bought 300 billion yen of exchange-traded funds.", "300 billion", "Bank of Japan", SourceKind.Government, "")]
    [InlineData("Analysts at Goldman Sachs estimated the losses at $40 billion.", "40 billion", "analysts at Goldman Sachs", SourceKind.Expert, "analysts at Goldman Sachs|Goldman Sachs")]
    [InlineData("The company's market value dropped by $279 billion, according to Bloomberg data.", "279 billion", "Bloomberg", SourceKind.NewsAgency, "")]
    [InlineData("Brokers told the Financial Times that margin calls had topped $5 billion.", "5 billion", "brokers", SourceKind.Expert, "brokers|Financial Times")]
    [InlineData("Inflation rose to 4.1 percent in May, the Office for National Statistics said.", "4.1", "Office for National Statistics", SourceKind.Government, "")]
    [InlineData("The central bank raised its key rate by 75 basis points, the ECB said in a statement.", "75", "European Central Bank", SourceKind.UnAgency, "")]
    public void Attribute_MarketCrash(string text, string figure, string name, SourceKind kind, string chain) => Check(text, figure, name, kind, chain);

    [Theory]
    [InlineData("Ukraine's air force said it had shot down 44 of 51 drones launched overnight.", "44", "Ukraine's air force", SourceKind.ArmedGroup, "")]
    [InlineData("Russia's defence ministry said its forces had taken 3 villages in the Donetsk region.", "3 villages", "Russian Defence Ministry", SourceKind.Government, "")]
    [InlineData("The Israeli military said 20 projectiles had crossed from Lebanon.", "20", "Israel Defense Forces", SourceKind.ArmedGroup, "")]
    [InlineData("Gaza's health ministry said 58 people were killed in the past 24 hours.", "58", "Gaza Health Ministry", SourceKind.Government, "")]
    [InlineData("An M23 spokesman, Lawrence Kanyuka, said the group controlled 90 percent of the town.", "90", "M23", SourceKind.ArmedGroup, "Lawrence Kanyuka|M23")]
    [InlineData("The Sudanese army said it had retaken 4 districts of the capital.", "4 districts", "Sudanese Armed Forces", SourceKind.ArmedGroup, "")]
    [InlineData("RSF fighters killed at least 200 people in the camp, the Sudan Doctors Network said.", "200", "Sudan Doctors Network", SourceKind.Monitor, "")]
    [InlineData("A Houthi military spokesman, Yahya Saree, said the group had fired 2 ballistic missiles.", "2 ballistic", "Houthis", SourceKind.ArmedGroup, "Yahya Saree|Houthis")]
    [InlineData("Ukrainian officials said 1,300 people had been evacuated from the front-line towns.", "1,300", "Ukrainian officials", SourceKind.Official, "")]
    [InlineData("Russian state media reported that 7 people died in the strike on Belgorod.", "7 people", "Russian state media", SourceKind.Outlet, "")]
    [InlineData("A Britain-based monitor said 31 soldiers died in the clashes.", "31", "monitor", SourceKind.Monitor, "")]
    [InlineData("Ansar Allah said its forces had targeted 3 ships in the Red Sea.", "3 ships", "Houthis", SourceKind.ArmedGroup, "")]
    public void Attribute_War(string text, string figure, string name, SourceKind kind, string chain) => Check(text, figure, name, kind, chain);

    [Theory]
    [InlineData("Police said 23 people had been arrested after the riot.", "23", "police", SourceKind.Official, "")]
    [InlineData("The gunman fired at least 30 shots, the district attorney said.", "30", "district attorney", SourceKind.Official, "")]
    [InlineData("Prosecutors say the scheme defrauded investors of $68 million.", "68 million", "prosecutors", SourceKind.Official, "")]
    [InlineData("The FBI said it had seized 400 kilograms of fentanyl.", "400", "Federal Bureau of Investigation", SourceKind.Government, "")]
    [InlineData("According to court documents, the suspect withdrew $250,000 in cash.", "250,000", "court documents", SourceKind.Government, "")]
    [InlineData("Three officers were injured, the Metropolitan Police said in a statement.", "Three", "Metropolitan Police", SourceKind.Government, "")]
    [InlineData("Interpol said 219 suspects were arrested in the operation.", "219", "Interpol", SourceKind.UnAgency, "")]
    [InlineData("The scam netted $2.3 million, court records show.", "2.3 million", "court records", SourceKind.Government, "")]
    public void Attribute_Crime(string text, string figure, string name, SourceKind kind, string chain) => Check(text, figure, name, kind, chain);

    [Theory]
    [InlineData("The club said the transfer fee was 85 million euros.", "85 million", "club", SourceKind.Official, "")]
    [InlineData("The striker has scored 24 goals in 30 games, according to Opta.", "24", "Opta", SourceKind.Expert, "")]
    [InlineData("Organisers said 60,000 runners had registered for the marathon.", "60,000", "organisers", SourceKind.Official, "")]
    [InlineData("FIFA said 3.4 million tickets had been sold for the tournament.", "3.4 million", "FIFA", SourceKind.Official, "")]
    [InlineData("UEFA fined the club 50,000 euros, a spokesman for the federation said.", "50,000", "federation", SourceKind.Expert, "")]
    [InlineData("The IOC said 10,500 athletes would compete in the Games.", "10,500", "International Olympic Committee", SourceKind.Official, "")]
    [InlineData("The league's chief executive said attendances had risen 8 percent this season.", "8", "league's chief executive", SourceKind.Official, "")]
    public void Attribute_Sport(string text, string figure, string name, SourceKind kind, string chain) => Check(text, figure, name, kind, chain);
}
