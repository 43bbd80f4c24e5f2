"""The project a unit describes (Project, its items, modules, data and the Locale it is written in)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .place import load_place

# =========================================================================== the project a unit describes


@dataclass(frozen=True)
class Item:
    """One line of 一、工程费用 (amounts in 万元)."""

    name: str
    qty: int
    price: str  # 单价, 万元
    note: str = ""
    kind: str = "software"  # software | hardware | service

    @property
    def amount(self) -> Decimal:
        return Decimal(self.price) * self.qty


@dataclass(frozen=True)
class Module:
    name: str
    desc: str


@dataclass(frozen=True)
class DataRes:
    """A data resource the system produces and catalogues (数据资源目录 row)."""

    name: str
    items: str
    share: str = "有条件共享"
    condition: str = "经申请审核后通过政务数据共享交换平台共享"
    open: str = "不予开放"
    update: str = "每日"
    fmt: str = "数据库"


@dataclass(frozen=True)
class DataNeed:
    """Data the system needs from another department."""

    name: str
    provider: str
    via: str = "政务数据共享交换平台接口调用"


@dataclass(frozen=True)
class Indicator:
    level1: str
    level2: str
    name: str
    value: str


@dataclass(frozen=True)
class Locale:
    """Where a project is: the measure it answers to and the names a unit there writes for its
    cloud, network, platforms and authorities. Chapter text and the acceptance materials read
    these, so one builder serves every jurisdiction; TONGLIAO holds the 通辽 wording."""

    id: str
    place: str  # 通辽市 / 湖南省 / 巫山县 / 常州市武进区 / 高平市
    measure: str  # 《…管理办法》
    basis: tuple[str, ...]  # 编制依据
    cloud: str  # 通辽市政务云
    cloud_short: str  # 市政务云
    net: str  # 通辽市电子政务外网
    net_short: str  # 市电子政务外网
    platforms: str  # what the system connects to
    upper: str  # whose built / planned systems a project is compared with
    infra: str  # the existing resources a project relies on
    one_stop: str  # the one-stop government-service platform
    catalog_system: str  # where the data resource catalogue is registered
    sharing_platform: str  # the data-sharing platform the forms name
    police: str  # where the 等保 filing is made
    crypto_support: str  # the shared cryptographic service
    archive_rules: str  # 档案验收依据
    experts: tuple[tuple[str, str, str], ...]  # 初步验收 / 评审 experts (name, unit, title)
    unit_label: str = "项目单位"  # Gaoping: 项目实施单位 (catalog A-30)
    contractor_label: str = "承建单位"  # Gaoping: 项目建设单位
    category_line: bool = False  # Tongliao's 公共 / 专业数字化项目
    confirmation: str = ""  # Tongliao's 数据共享情况确认书 sentence in the 建设总结
    secure_basis: str = ""  # the article the 安全可靠说明 answers
    region_code: str = "150500"  # 行政区划代码 in catalogue and filing numbers
    need_heading: str = "共享数据需求分析"
    solution_extra: tuple[tuple[str, tuple[str, ...]], ...] = ()  # more 总体建设方案 sections


def locale_of(measure: str) -> Locale:
    """The Locale written in data/<measure>/place.yaml."""
    return Locale(**load_place(measure).locale)


TONGLIAO = locale_of("tongliao")  # Project's default locale: the first measure's


@dataclass(frozen=True)
class Project:
    name: str
    system: str  # the system being built, e.g. 政务服务综合受理平台
    unit: str
    region: str  # 通辽市 / 科尔沁区 / 开鲁县 …
    level: str  # 市本级 | 旗县市区
    total: Decimal
    funding: str
    plan_year: int
    application_date: date
    leader: str
    phone: str
    works: tuple[Item, ...]
    modules: tuple[Module, ...]
    data_out: tuple[DataRes, ...]
    users: str
    background: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    upgrade_gap: str = ""  # 新建: why upgrading an old system will not do; 升级改造: what is upgraded
    duplication: str = ""  # relation to higher-level built / planned systems
    needs: tuple[tuple[str, str], ...] = ()
    data_in: tuple[DataNeed, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    project_type: str = "建设类"
    nature: str = "新建"
    category: str = "专业"  # 公共 | 专业
    classification: str = "非涉密"
    mlps: str = "第二级"
    custom: bool = True
    months: int = 12
    code: str | None = None
    original_investment: Decimal | None = None
    implementing_body: str = ""
    designer: str = "内蒙古数智云图信息技术咨询有限公司"  # who wrote the 可研 / 实施方案
    loc: Locale = TONGLIAO
    fees: str = "standard"  # which 工程建设其他费用 lines the 概算 carries (FEE_PROFILES)
    omit_fees: tuple[str, ...] = ()  # fee lines left out (a failing sample)

    @property
    def body(self) -> str:
        return self.implementing_body or f"{self.unit}项目建设领导小组办公室"

    @property
    def crypto_level(self) -> str:
        return self.mlps



D = Decimal
CRYPTO_SVC = "商用密码应用改造服务"


def crypto_item(price: str) -> Item:
    return Item(CRYPTO_SVC, 1, price, "接入市密码服务支撑体系，SSL VPN及签名验签服务", "service")


def db_item(price: str, name: str = "国产数据库软件（企业版）") -> Item:
    return Item(name, 1, price, "列入安全可靠测评结果", "license")
