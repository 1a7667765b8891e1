#!/usr/bin/env python3
"""Builds StockRecon's sample input set (sample-data/) from the UCI Online Retail data.

    python3 sample-data/make-sample.py [--date 2026-11-25] [--source DIR] [--out sample-data]

Writes, for business date D (default 2026-11-25), the canonical input files of the contract §1 into
--out, and a complete input set for D-1 into --out/previous-day/ (reconcile it first so that D shows
QTY_JUMP). Python 3 standard library only; a fixed seed makes every run produce the same bytes.

Real data: product codes, descriptions, bulk unit prices and daily sold quantities (cancelled invoice
lines are returns) of the last 31 calendar days of the UCI data, shifted so that the last
source day is D-1. Invented: suppliers, stock positions, reservations, purchase orders, feeds and
cycle counts, chosen so that every alert tier and every discrepancy type appears on known SKUs
(printed at the end; notes/readme-samples.md describes them).
"""

import argparse
import csv
import datetime as dt
import math
import random
import re
import shutil
from collections import Counter
from fractions import Fraction
from pathlib import Path

SEED = 20261125
CATALOG_SIZE = 340
SOURCE_DAYS = 31  # calendar days of sales history, ending D-1: the window and three days before it
HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = Path("/work/shared/datasets/online-retail-uci/by-day")

# The contract's policy defaults (jobs/reconciliation.yml leaves them as they are).
WINDOW = 28
CRITICAL, LOW, WARNING = 5, 15, 30
CRITICAL_DAYS, LOW_DAYS, WARNING_DAYS = 2, 7, 14
MIN_VELOCITY = Fraction(1, 10)
REORDER_DAYS = 10
REVIEW_DAYS = 14
SAFETY = Fraction(3, 2)
DEFAULT_LEAD = 7

# Suppliers whose feeds come in their own layouts (jobs/suppliers/<id>.yml): their feed files under
# feeds/<id>/ are kept as they are, not generated; their catalog rows carry the supplier's own codes.
FOREIGN_LAYOUT_SUPPLIERS = [("NORDLAGER", "Nordlager GmbH", 72), ("TABULA", "Tabula Electrical Ltd", "")]
FOREIGN_LAYOUT_CATALOG = (
    [[f"LY-NL-{n:03d}", name, "NORDLAGER", 10, 100, 50, cost, "", "", "", code] for n, (name, cost, code) in
     enumerate([("Schraube M4x20 verzinkt", "0.04", "4711-020"), ("Schraube M4x30 verzinkt", "0.05", "4711-030"),
                ("Schraube M5x20 verzinkt", "0.05", "4711-520"), ("Mutter M4 verzinkt", "0.02", "4712-004"),
                ("Mutter M5 verzinkt", "0.03", "4712-005"), ("Unterlegscheibe Ø 4,3", "0.01", "4713-043"),
                ("Unterlegscheibe Ø 5,3", "0.01", "4713-053"), ("Dübel 6 mm", "0.03", "5120-006"),
                ("Dübel 8 mm", "0.05", "5120-008"), ("Holzschraube 4x40", "0.04", "5230-440"),
                ("Holzschraube 5x60", "0.07", "5230-560"), ("Gewindestange M8 1 m", "2.90", "6001-008"),
                ("Flachstahl 20x3 2 m", "6.40", "6100-203"), ("Winkel 40x40 verzinkt", "0.85", "6210-040"),
                ("Scharnier 60 mm", "1.60", "6300-060"), ("Kabelbinder 200 mm (100 Stück)", "2.10", "7020-200"),
                ("Schlauchschelle 12–22 mm", "0.45", "7110-022"), ("Isolierband schwarz", "0.95", "7200-001"),
                ("Kabelschuh 6 mm²", "0.12", "7300-006"), ("Aderendhülse 1,5 mm²", "0.01", "7310-015")], start=1)]
    + [[f"LY-TB-{n:03d}", name, "TABULA", 5, "", 10, cost, "", "", "", ""] for n, (name, cost) in
       enumerate([("Cable tie 300 mm", "0.06"), ("Cable tie 450 mm", "0.09"), ("Cable duct 40x40", "3.20"),
                  ("Terminal block 2.5 mm²", "0.55"), ("DIN rail 1 m", "2.40")], start=1)])

PRODUCT_CODE = re.compile(r"^\d{5}[A-Z]?$")
PACK_SIZES = {2, 3, 4, 6, 8, 10, 12, 16, 20, 24, 25, 36, 48, 50, 100}
LOCATIONS = ("MAIN", "NORTH", "SHOP")

# supplier_id, name, max_feed_age_hours ('' = policy default), default lead time ('' = policy default),
# words of the product descriptions it supplies (the first supplier whose words match wins). The
# suppliers whose feed freshness decides their stock state their max age; TEXTILIA's is longer.
SUPPLIERS = [
    ("HOLLYBUSH", "Hollybush Seasonal Decor Ltd", 48, 21,
     "CHRISTMAS XMAS ADVENT SANTA REINDEER BAUBLE SNOWFLAKE TREE STAR EASTER DECORATION GARLAND"),
    ("LUMEN", "Lumen & Wick Home Lighting", 48, 10,
     "LIGHT LIGHTS CANDLE CANDLES T-LIGHT T-LIGHTS LANTERN HOLDER CLOCK FRAME MIRROR SIGN HOOK LAMP VASE"
     " ZINC WICKER CABINET DRAWER DOOR"),
    ("BAKEWELL", "Bakewell Kitchen Supplies", 48, "",
     "CAKE BAKING TEA MUG CUP JAR BOWL PLATE LUNCH CUTLERY PANTRY TRAY BOTTLE EGG TIN TINS SPOON JUG TEACUP"
     " SAUCER"),
    ("TEXTILIA", "Textilia Bags & Textiles", 96, 12,
     "BAG TOWEL APRON CUSHION COVER PURSE SHOPPER DOORMAT BLANKET TOTE WARMER UMBRELLA FLANNEL HANGER SCARF"
     " KNITTING SEWING"),
    ("PAPERLARK", "Paperlark Stationery Co", "", 5,
     "CARD CARDS PAPER WRAP NOTEBOOK PEN PENCIL PENCILS STICKER STICKERS TISSUE TISSUES NAPKIN NAPKINS BOOK"
     " PARTY BIRTHDAY GIFT LETTER LETTERS RIBBONS MAGNETS"),
    ("TOYBOX", "Toybox & Trinkets Wholesale", "", 14, ""),
]
# How each supplier's feed behaves in the sample.
FEED_ROLE = {
    "HOLLYBUSH": "stale",      # last file four days old: STALE_FEED, supplier stock 0
    "LUMEN": "usable",         # fresh; MISSING_FROM_FEED, DUPLICATE_SKU, FOREIGN_SKU, UNKNOWN_SKU rows
    "BAKEWELL": "usable",      # yesterday's and today's file: today's is current; QTY_JUMP against D-1
    "TEXTILIA": "usable",      # dated two days back, usable because its max_feed_age_hours is 96
    "PAPERLARK": "invalid",    # broken export, a third of its rows rejected: INVALID_FEED
    "TOYBOX": "missing",       # sends nothing: MISSING_FEED
}


def main():
    args = parse_args()
    rng = random.Random(SEED)
    d = args.date
    source = load_source(args.source, d)
    catalog = choose_catalog(source, rng)
    unknown = choose_unknown(source, catalog, rng)
    sample = Sample(d, source, catalog, unknown, rng)
    sample.design()
    write_today(sample, args.out)
    write_previous_day(sample, args.out / "previous-day")
    sample.print_showcase(args.out)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date(2026, 11, 25),
                        help="business date D of the main set (default 2026-11-25)")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                        help="folder of the UCI Online Retail by-day/*.csv files")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: this script's folder)")
    return parser.parse_args()


# ---------------------------------------------------------------------------------------------------
# The real data

class Product:
    def __init__(self, code):
        self.code = code
        self.lines = 0
        self.largest = 0
        self.descriptions = Counter()
        self.prices = []
        self.line_quantities = Counter()
        self.sold = Counter()       # business date -> units sold that day
        self.returned = Counter()   # business date -> units returned (cancelled lines), negative

    @property
    def name(self):
        return self.descriptions.most_common(1)[0][0]

    @property
    def unit_cost(self):
        # The retailer's lowest (bulk) price stands in for the purchase cost.
        return min(self.prices)

    @property
    def pack_size(self):
        # The quantity most often ordered, when it looks like a pack, is the supplier's pack.
        for qty, _ in self.line_quantities.most_common(3):
            if qty in PACK_SIZES:
                return qty
        return 1


def load_source(folder, d):
    """Every product line of the by-day files, dated so that the last source day is D-1."""
    files = sorted(folder.glob("????-??-??.csv"))
    if not files:
        raise SystemExit(f"no by-day/yyyy-mm-dd.csv files in {folder}")
    last = dt.date.fromisoformat(files[-1].stem)
    shift = (d - dt.timedelta(days=1)) - last
    products = {}
    for file in files:
        if dt.date.fromisoformat(file.stem) <= last - dt.timedelta(days=SOURCE_DAYS):
            continue
        day = dt.date.fromisoformat(file.stem) + shift
        with open(file, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                price = float(row["UnitPrice"])
                if price <= 0:
                    continue  # stock adjustments ('damaged', 'check', ...), not sales
                code = row["StockCode"]
                qty = int(row["Quantity"])
                product = products.setdefault(code, Product(code))
                product.lines += 1
                product.largest = max(product.largest, abs(qty))
                product.descriptions[" ".join(row["Description"].split())] += 1
                product.prices.append(price)
                if row["InvoiceNo"].startswith("C"):
                    product.returned[day] += qty
                else:
                    product.sold[day] += qty
                    product.line_quantities[qty] += 1
    return products


def is_candidate(product):
    # Real products sold often enough to have a velocity, without one-off bulk orders.
    return PRODUCT_CODE.match(product.code) and product.lines >= 10 and product.largest <= 1000


def choose_catalog(source, rng):
    candidates = sorted(code for code, p in source.items() if is_candidate(p))
    return sorted(rng.sample(candidates, CATALOG_SIZE))


def choose_unknown(source, catalog, rng):
    """Three real products that are not (yet) in the catalog."""
    chosen = set(catalog)
    others = sorted(code for code, p in source.items() if is_candidate(p) and code not in chosen)
    return rng.sample(others, 3)


def supplier_of(name):
    words = set(re.findall(r"[A-Z-]+", name))
    for supplier_id, _, _, _, keywords in SUPPLIERS:
        if not keywords or words & set(keywords.split()):
            return supplier_id
    raise AssertionError("the last supplier takes everything")


# ---------------------------------------------------------------------------------------------------
# The contract's rules (§2), exact, to aim each SKU at its case

def velocity(units):
    return Fraction(max(0, units), WINDOW)


def days_of_supply(available, v):
    return Fraction(available) / max(v, MIN_VELOCITY)


def tier(available, v):
    days = days_of_supply(available, v)
    if available <= CRITICAL or days < CRITICAL_DAYS:
        return "CRITICAL"
    if available <= LOW or days < LOW_DAYS:
        return "LOW"
    if available <= WARNING or days < WARNING_DAYS:
        return "WARNING"
    return "NONE"


def suggestion(available, v, lead, moq, pack):
    """(qty before MOQ and packs, order_qty), or None."""
    if days_of_supply(available, v) >= REORDER_DAYS:
        return None
    raw = v * (lead + REVIEW_DAYS) + v * lead * SAFETY - available
    if raw <= 0:
        return None
    qty = math.ceil(raw)
    return qty, math.ceil(max(qty, moq) / pack) * pack


def available_range(target, v):
    """The (lowest, highest) available that gives the tier; highest None when unbounded."""
    v = max(v, MIN_VELOCITY)
    if target == "CRITICAL":
        return 0, max(CRITICAL, math.ceil(CRITICAL_DAYS * v) - 1)
    if target == "LOW":
        return max(CRITICAL + 1, math.ceil(CRITICAL_DAYS * v)), max(LOW, math.ceil(LOW_DAYS * v) - 1)
    if target == "WARNING":
        return max(LOW + 1, math.ceil(LOW_DAYS * v)), max(WARNING, math.ceil(WARNING_DAYS * v) - 1)
    return max(WARNING + 1, math.ceil(WARNING_DAYS * v)), None


def is_jump(previous, current):
    return abs(current - previous) > max(10, Fraction(previous, 2))


# ---------------------------------------------------------------------------------------------------
# The sample: one designed stock position per SKU

class Item:
    """One catalog SKU and everything the input files say about it."""

    def __init__(self, product, supplier):
        self.product = product
        self.sku = product.code
        self.supplier = supplier
        self.lead = ""
        self.moq = ""
        self.pack = ""
        self.target = None
        self.role = None
        self.available = 0
        self.on_hand = {}          # location -> qty
        self.reservations = []     # (order_id, qty)
        self.purchase_orders = []  # (po_number, qty, eta)
        self.feed_qty = None       # quantity in the supplier's current feed; None = not listed
        self.previous_feed_qty = None

    def lead_days(self):
        return DEFAULT_LEAD if self.lead == "" else self.lead

    def terms(self):
        return (self.lead_days(), 0 if self.moq == "" else self.moq, 1 if self.pack == "" else self.pack)


class Sample:

    def __init__(self, d, source, catalog, unknown, rng):
        self.d = d
        self.rng = rng
        self.source = source
        self.unknown = unknown
        self.items = [Item(source[code], supplier_of(source[code].name)) for code in catalog]
        first = d - dt.timedelta(days=WINDOW)
        for item in self.items:
            units = sum(q for day, q in item.product.sold.items() if first <= day < d)
            units += sum(q for day, q in item.product.returned.items() if first <= day < d)
            item.velocity = velocity(units)
        self.order_numbers = iter(range(104200, 999999, 7))
        self.po_numbers = iter(range(3100, 99999, 3))

    def supplier_items(self, supplier):
        return [item for item in self.items if item.supplier == supplier]

    def usable_feed(self, item):
        return FEED_ROLE[item.supplier] == "usable"

    # --- design --------------------------------------------------------------------------------

    def design(self):
        for item in self.items:
            self.terms(item)
        self.assign_roles()
        for item in self.items:
            if item.target is None:
                item.target = self.rng.choices(["NONE", "WARNING", "LOW", "CRITICAL"], [55, 17, 15, 13])[0]
            if item.role != "OVERSOLD":
                self.position(item)
        self.tune_suggestions()
        for item in self.items:
            assert tier(item.available, item.velocity) == item.target, item.sku
        self.previous_feeds()

    def terms(self, item):
        rng = self.rng
        lead = next(s[3] for s in SUPPLIERS if s[0] == item.supplier)
        if lead != "" and rng.random() < 0.15:
            lead += rng.choice([-3, 4, 7])
        item.lead = lead
        pack = item.product.pack_size
        item.pack = "" if pack == 1 and rng.random() < 0.5 else pack
        roll = rng.random()
        if roll < 0.4:
            item.moq = "" if roll < 0.2 else 0
        elif roll < 0.8:
            item.moq = pack * rng.choice([2, 4, 5, 10])
        else:
            item.moq = rng.choice([25, 50, 100])

    def pick(self, role, candidates, target=None):
        free = [item for item in candidates if item.role is None]
        item = self.rng.choice(free)
        item.role = role
        item.target = target
        return item

    def assign_roles(self):
        items = self.items
        lumen = [i for i in items if i.supplier == "LUMEN"]
        bakewell = [i for i in items if i.supplier == "BAKEWELL"]
        usable = [i for i in items if self.usable_feed(i)]
        # Alert tiers, one clear example each on a supplier with a usable feed.
        self.pick("CRITICAL_DAYS", [i for i in usable if i.velocity >= 20], "CRITICAL")
        self.pick("CRITICAL_UNITS", [i for i in usable if i.velocity <= 2], "CRITICAL")
        self.pick("LOW", [i for i in usable if 2 <= i.velocity <= 10], "LOW")
        self.pick("WARNING", [i for i in usable if 2 <= i.velocity <= 10], "WARNING")
        self.pick("NONE", [i for i in usable if 2 <= i.velocity <= 10], "NONE")
        # Purchase suggestions raised by the MOQ and by pack rounding.
        packed = [i for i in usable if 3 <= i.velocity <= 10 and i.product.pack_size >= 6]
        self.pick("MOQ", packed, "LOW")
        self.pick("PACK", packed, "CRITICAL")
        # Feed cases of LUMEN.
        for _ in range(3):
            self.pick("MISSING_FROM_FEED", lumen, "WARNING")
        self.pick("DUPLICATE_SKU", lumen, "NONE")
        self.pick("FOREIGN_SKU", bakewell, "NONE")
        # QTY_JUMP on BAKEWELL: a fall, a rise from nothing, and a move within the tolerance.
        self.pick("QTY_JUMP_FALL", bakewell, "NONE")
        self.pick("QTY_JUMP_RISE", bakewell, "NONE")
        self.pick("NO_JUMP", bakewell, "NONE")
        # A Christmas SKU whose stale feed shows plenty that StockRecon does not count.
        self.pick("STALE", [i for i in items if i.supplier == "HOLLYBUSH" and i.velocity >= 5], "CRITICAL")
        # Oversold: reservations beyond everything there is, on the supplier that sends no feed.
        for _ in range(2):
            item = self.pick("OVERSOLD", [i for i in items if i.supplier == "TOYBOX" and i.velocity < 3],
                             "CRITICAL")
            item.on_hand = {"MAIN": self.rng.randint(1, 4)}
            shortfall = sum(item.on_hand.values()) + self.rng.randint(3, 8)
            item.reservations = self.split_orders(shortfall)
            item.available = 0
        # Cycle counts that disagree with on hand.
        for _ in range(3):
            self.pick("COUNT_MISMATCH", [i for i in items if i.supplier in ("LUMEN", "BAKEWELL", "TEXTILIA")],
                      "NONE")

    def split_orders(self, total):
        parts = [total] if total < 4 or self.rng.random() < 0.5 else [total // 2, total - total // 2]
        return [(f"SO-{next(self.order_numbers)}", qty) for qty in parts]

    def position(self, item, available=None):
        """Chooses available for the target tier and splits it into on hand, orders and feed stock."""
        rng = self.rng
        low, high = available_range(item.target, item.velocity)
        if item.role == "CRITICAL_DAYS":    # plenty of units, under two days of sales
            low = CRITICAL + 1
        elif item.role == "CRITICAL_UNITS":  # a slow mover down to its last few units
            low, high = math.ceil(CRITICAL_DAYS * item.velocity), CRITICAL
        if available is None:
            available = rng.randint(low, high if high is not None else max(low + 10, low * 5 // 2))
        item.available = available
        supplier_share = 0
        if self.usable_feed(item) and rng.random() < 0.8:
            supplier_share = int(available * rng.uniform(0.1, 0.45))
        if item.role in ("QTY_JUMP_RISE", "NO_JUMP", "QTY_JUMP_FALL", "DUPLICATE_SKU"):
            supplier_share = max(12, available * 2 // 5)
        if item.role == "MISSING_FROM_FEED":
            supplier_share = 0
        in_transit = 0
        item.purchase_orders = []
        if available - supplier_share >= 6 and rng.random() < 0.25:
            in_transit = int((available - supplier_share) * rng.uniform(0.2, 0.6))
            self.add_purchase_orders(item, in_transit)
        reserved = rng.randint(1, max(2, available // 6 + 2)) if rng.random() < 0.35 else 0
        item.reservations = self.split_orders(reserved) if reserved else []
        on_hand = available + reserved - in_transit - supplier_share
        item.on_hand = self.split_locations(on_hand)
        if self.usable_feed(item):
            item.feed_qty = None if item.role == "MISSING_FROM_FEED" else supplier_share
        else:
            # Not counted (the feed is stale or invalid), whatever the supplier claims.
            item.feed_qty = rng.randint(400, 700) if item.role == "STALE" else rng.randint(0, 60)

    def add_purchase_orders(self, item, total):
        rng = self.rng
        parts = [total] if total < 10 or rng.random() < 0.7 else [total // 3, total - total // 3]
        for qty in parts:
            roll = rng.random()
            if roll < 0.1:
                eta = ""
            elif roll < 0.2:
                eta = (self.d - dt.timedelta(days=rng.randint(1, 3))).isoformat()  # late, still in transit
            else:
                eta = (self.d + dt.timedelta(days=rng.randint(1, 21))).isoformat()
            item.purchase_orders.append((f"PO-26-{next(self.po_numbers):05d}", qty, eta))

    def split_locations(self, total):
        rng = self.rng
        if total == 0:
            return {"MAIN": 0} if rng.random() < 0.5 else {}
        shares = {"MAIN": total}
        if total >= 4 and rng.random() < 0.5:
            shares["NORTH"] = int(total * rng.uniform(0.15, 0.45))
        if total >= 6 and rng.random() < 0.2:
            shares["SHOP"] = rng.randint(1, min(12, total // 6 + 1))
        shares["MAIN"] = total - sum(q for loc, q in shares.items() if loc != "MAIN")
        return shares

    def tune_suggestions(self):
        """Sets the MOQ and pack of the two suggestion cases so that each one raises the order."""
        moq_item = next(i for i in self.items if i.role == "MOQ")
        lead, _, _ = moq_item.terms()
        moq_item.pack = moq_item.product.pack_size
        qty, _ = suggestion(moq_item.available, moq_item.velocity, lead, 0, 1)
        step = math.lcm(moq_item.pack, 10 if qty < 100 else 50)  # a round MOQ, in whole packs
        moq_item.moq = math.ceil(Fraction(3, 2) * qty / step) * step
        pack_item = next(i for i in self.items if i.role == "PACK")
        pack_item.pack = pack_item.product.pack_size
        pack_item.moq = pack_item.pack
        lead, _, pack = pack_item.terms()
        low, high = available_range(pack_item.target, pack_item.velocity)
        for available in range(pack_item.available, low - 1, -1):
            qty, _ = suggestion(available, pack_item.velocity, lead, pack_item.moq, pack)
            if qty % pack and qty > pack:
                self.position(pack_item, available)
                break
        else:
            raise AssertionError("no available gives a pack-rounded suggestion")

    def previous_feeds(self):
        """Feed quantities of D-1: small moves everywhere, three designed ones on BAKEWELL."""
        for item in self.items:
            if item.feed_qty is None:
                continue
            if item.supplier == "TEXTILIA" or not self.usable_feed(item):
                item.previous_feed_qty = item.feed_qty  # the same file on both days
            else:
                item.previous_feed_qty = max(0, item.feed_qty + self.rng.randint(-8, 8))
            if item.role == "QTY_JUMP_FALL":
                item.previous_feed_qty = item.feed_qty * 3 + 40
            elif item.role == "QTY_JUMP_RISE":
                item.previous_feed_qty = 0
            elif item.role == "NO_JUMP":
                item.previous_feed_qty = math.ceil(item.feed_qty / Fraction(29, 20))
            jump = is_jump(item.previous_feed_qty, item.feed_qty)
            expected = item.role in ("QTY_JUMP_FALL", "QTY_JUMP_RISE")
            assert jump == expected or not self.usable_feed(item), item.sku

    # --- report --------------------------------------------------------------------------------

    def print_showcase(self, out):
        counts = Counter(item.target for item in self.items)
        print(f"business date {self.d}; {len(self.items)} catalog SKUs; designed tiers {dict(sorted(counts.items()))}")
        for item in self.items:
            if item.role:
                lead, moq, pack = item.terms()
                s = suggestion(item.available, item.velocity, lead, moq, pack)
                print(f"  {item.role:18} {item.sku:7} {item.supplier:10} {item.product.name[:34]:34}"
                      f" v={float(item.velocity):7.2f} avail={item.available:5} tier={tier(item.available, item.velocity):8}"
                      f" on_hand={item.on_hand} res={sum(q for _, q in item.reservations)}"
                      f" feed={item.feed_qty} prev_feed={item.previous_feed_qty}"
                      f" lead={lead} moq={moq} pack={pack} suggestion={s}")
        print("  not in the catalog: on_hand " + self.unknown[0] + ", LUMEN feed " + self.unknown[1]
              + ", rejected catalog row " + self.unknown[2])
        total = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
        print(f"sample-data: {total} bytes")


# ---------------------------------------------------------------------------------------------------
# Files

class Raw(str):
    """A line written as it is: a malformed record that the job must reject."""


def write_csv(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            if isinstance(row, Raw):
                f.write(row + "\n")
            else:
                writer.writerow(row)


def insert_at(rows, fraction, row):
    rows.insert(int(len(rows) * fraction), row)


def write_today(sample, out):
    write_set(sample, out, sample.d, previous=False)


def write_previous_day(sample, out):
    write_set(sample, out, sample.d - dt.timedelta(days=1), previous=True)


def write_set(sample, out, d, previous):
    for supplier in SUPPLIERS:
        if (out / "feeds" / supplier[0]).exists():
            shutil.rmtree(out / "feeds" / supplier[0])
    # The foreign-layout suppliers join on D: the previous day neither lists nor compares them.
    write_suppliers(out, previous)
    write_catalog(sample, out, previous)
    write_on_hand(sample, out, previous)
    write_reservations(sample, out)
    write_in_transit(sample, out)
    write_sales(sample, out, d)
    if previous:
        (out / "counts.csv").unlink(missing_ok=True)  # counts are optional; the sample has them on D only
    else:
        write_counts(sample, out)
    write_feeds(sample, out, d, previous)


def write_suppliers(out, previous):
    write_csv(out / "suppliers.csv", ["supplier_id", "name", "max_feed_age_hours"],
              [[s[0], s[1], s[2]] for s in SUPPLIERS] + ([] if previous else [list(s) for s in FOREIGN_LAYOUT_SUPPLIERS]))


def write_catalog(sample, out, previous):
    rows = []
    for item in sample.items:
        rows.append([item.sku, item.product.name, item.supplier, item.lead, item.moq, item.pack,
                     f"{item.product.unit_cost:.2f}", "", "", "", ""])
    # A later duplicate (rejected: the first row stands) and a new listing with a typo (rejected).
    first = next(i for i in sample.items if i.role == "NONE")
    insert_at(rows, 0.9, [first.sku, first.product.name, "TOYBOX", 14, "", "", f"{first.product.unit_cost:.2f}",
                          "", "", "", ""])
    listing = sample.source[sample.unknown[2]]
    insert_at(rows, 0.95, [listing.code, listing.name, supplier_of(listing.name), "2 weeks", "", listing.pack_size,
                           f"{listing.unit_cost:.2f}", "", "", "", ""])
    write_csv(out / "catalog.csv", ["sku", "name", "supplier_id", "lead_time_days", "moq", "pack_size", "unit_cost",
                                    "critical_threshold", "low_threshold", "warning_threshold", "supplier_sku"],
              rows + ([] if previous else FOREIGN_LAYOUT_CATALOG))


def write_on_hand(sample, out, previous):
    d = sample.d
    rows = []
    for item in sample.items:
        on_hand = dict(item.on_hand)
        if previous:
            # Yesterday's stock still held what was sold and shipped on D-1.
            on_hand["MAIN"] = on_hand.get("MAIN", 0) + max(0, item.product.sold[d - dt.timedelta(days=1)])
        for location in LOCATIONS:
            if location in on_hand:
                rows.append([item.sku, location, on_hand[location]])
    # A delivery booked in before its product was set up in the catalog.
    insert_at(rows, 0.4, [sample.unknown[0], "MAIN", 24])
    # A negative bin and a row cut short by the export: both rejected.
    insert_at(rows, 0.6, [sample.items[200].sku, "SHOP", -4])
    insert_at(rows, 0.8, Raw(f"{sample.items[270].sku},NORTH"))
    write_csv(out / "on_hand.csv", ["sku", "location", "quantity"], rows)


def write_reservations(sample, out):
    rows = []
    for item in sample.items:
        for order_id, qty in item.reservations:
            rows.append([order_id, item.sku, qty])
    rows.sort()
    insert_at(rows, 0.5, ["SO-104999", "", 6])  # sku missing: rejected
    write_csv(out / "reservations.csv", ["order_id", "sku", "quantity"], rows)


def write_in_transit(sample, out):
    rows = []
    for item in sample.items:
        for po, qty, eta in item.purchase_orders:
            rows.append([po, item.sku, qty, eta])
    rows.sort()
    insert_at(rows, 0.3, ["PO-26-03999", sample.items[120].sku, "1,200", sample.d.isoformat()])  # rejected
    write_csv(out / "in_transit.csv", ["po_number", "sku", "quantity", "eta"], rows)


def write_sales(sample, out, d):
    """Daily sales and returns up to D-1, as the shop's extract for D would hold them."""
    codes = [item.sku for item in sample.items] + sample.unknown[:2] + ["POST"]
    rows = []
    for code in codes:
        product = sample.source[code]
        for day, qty in product.sold.items():
            if day < d and qty:
                rows.append([day.isoformat(), code, qty])
        for day, qty in product.returned.items():
            if day < d and qty:
                rows.append([day.isoformat(), code, qty])
    rows.sort(key=lambda r: (r[0], r[1], -r[2]))
    middle = sample.items[150].sku
    insert_at(rows, 0.25, [(d - dt.timedelta(days=2)).strftime("%d/%m/%Y"), middle, 12])  # not ISO: rejected
    insert_at(rows, 0.5, [(d - dt.timedelta(days=9)).isoformat(), middle, "2.5"])      # a fraction: rejected
    insert_at(rows, 1.0, Raw("=SUM(C2:C9999),TOTAL,"))                                   # a pasted total: rejected
    write_csv(out / "sales.csv", ["date", "sku", "quantity"], rows)


def write_counts(sample, out):
    """This week's cycle counts: most agree with on hand, three do not."""
    rng = random.Random(SEED + 1)
    rows = []
    counted = [i for i in sample.items if i.on_hand and i.role in (None, "NONE", "WARNING", "LOW")]
    for item in rng.sample(counted, 32):
        location = rng.choice(sorted(item.on_hand))
        rows.append([item.sku, location, item.on_hand[location]])
    mismatches = [i for i in sample.items if i.role == "COUNT_MISMATCH"]
    short, extra, found = mismatches
    rows.append([short.sku, "MAIN", max(0, short.on_hand.get("MAIN", 0) - 7)])       # shrinkage
    rows.append([extra.sku, "MAIN", extra.on_hand.get("MAIN", 0) + 12])              # an uncounted delivery
    found_location = next((loc for loc in LOCATIONS if loc not in found.on_hand), "SHOP")
    rows.append([found.sku, found_location, found.on_hand.get(found_location, 0) + 5])  # stock where none is booked
    rows.append([sample.items[30].sku, "NORTH", ""])                                # count not filled in: rejected
    rng.shuffle(rows)
    write_csv(out / "counts.csv", ["sku", "location", "counted_qty"], rows)


def write_feeds(sample, out, d, previous):
    feeds = out / "feeds"
    qty = (lambda item: item.previous_feed_qty) if previous else (lambda item: item.feed_qty)
    for supplier, role in FEED_ROLE.items():
        items = [i for i in sample.supplier_items(supplier) if i.feed_qty is not None]
        if role == "missing":
            continue
        if supplier == "LUMEN":
            write_lumen(sample, feeds / supplier, d, items, qty)
        elif supplier == "BAKEWELL":
            # D-1's file, still in the folder on D, and D's file: the newer one is current.
            folder = feeds / supplier
            write_bakewell(folder, sample.d - dt.timedelta(days=1), items, lambda item: item.previous_feed_qty,
                           bad_row=True)
            if not previous:
                write_bakewell(folder, sample.d, items, qty, bad_row=False)
        elif supplier == "TEXTILIA":
            as_of = (sample.d - dt.timedelta(days=2)).isoformat()  # the same weekly file on both days
            write_csv(feeds / supplier / "textilia_stock_weekly.csv", ["SKU", "Quantity", "As_Of"],
                      [[i.sku, qty(i), as_of] for i in items])
        elif supplier == "HOLLYBUSH":
            as_of = f"{(sample.d - dt.timedelta(days=4)).isoformat()}T18:00:00Z"  # stale on both days
            write_csv(feeds / supplier / "hollybush_stock.csv", ["sku", "quantity", "as_of"],
                      [[i.sku, qty(i), as_of] for i in items])
        elif supplier == "PAPERLARK":
            write_paperlark(feeds / supplier, d, items, qty)


def write_lumen(sample, folder, d, items, qty):
    as_of = f"{d.isoformat()}T06:15:00+00:00"
    rows = [[i.sku, i.product.name, qty(i), as_of] for i in items]
    duplicate = next(i for i in items if i.role == "DUPLICATE_SKU")
    rows.insert(0, [duplicate.sku, duplicate.product.name, qty(duplicate) + 30, as_of])  # the later row counts
    foreign = next(i for i in sample.items if i.role == "FOREIGN_SKU")
    insert_at(rows, 0.5, [foreign.sku, foreign.product.name, 48, as_of])
    unknown = sample.source[sample.unknown[1]]
    insert_at(rows, 0.7, [unknown.code, unknown.name, 36, as_of])
    unquoted = next(i for i in sample.items if i.role == "MISSING_FROM_FEED")
    insert_at(rows, 0.8, [unquoted.sku, unquoted.product.name, "n/a", as_of])  # rejected, and so missing
    write_csv(folder / f"lumen_stock_{d.strftime('%Y%m%d')}.csv", ["sku", "description", "quantity", "as_of"], rows)


def write_bakewell(folder, day, items, qty, bad_row):
    as_of = f"{day.isoformat()}T05:00:00+01:00"
    rows = [[i.sku, qty(i), as_of] for i in items]
    if bad_row:
        insert_at(rows, 0.5, [items[2].sku, "-12", as_of])  # rejected; the file is not current on D
    write_csv(folder / f"stock_{day.isoformat()}.csv", ["sku", "quantity", "as_of"], rows)


def write_paperlark(folder, d, items, qty):
    """Their new export writes 'n/a' or nothing for discontinued lines: a third of the rows are rejected."""
    as_of = f"{d.isoformat()}T04:00:00"
    rows = []
    for n, item in enumerate(items):
        broken = n % 3 == 1
        rows.append([item.sku, ("n/a" if n % 2 else "") if broken else qty(item), as_of])
    write_csv(folder / "paperlark-export.csv", ["sku", "quantity", "as_of"], rows)


if __name__ == "__main__":
    main()
