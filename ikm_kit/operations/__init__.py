"""Sentra operations: occupancy and rent, shared-machine utilisation, OEE, bookings,
capacity, discrete-event simulation, queueing (Erlang C) and cost-recovery tariffs, rent and
the sentra budget.

Computation only (numpy/pandas/SimPy in, DataFrames and result objects out);
figures live in :mod:`ikm_kit.figures.operations`, apps in
:mod:`ikm_kit.widgets.operations`.

    >>> from ikm_kit.operations import oee, erlang_c
    >>> round(oee(420, 47, 1.0, 19271, 18848).oee, 3)
    0.748
    >>> round(erlang_c(2, 3, 2).wq_minutes, 2)
    2.5
"""
from ._common import parse_open_days
from .bookings import (POLICIES, FairnessResult, ScheduleResult, fairness, find_conflicts, is_conflict_free,
                       jain_index, outside_opening_hours, schedule_requests)
from .capacity import CapacityResult, OrderCapacity, capacity_check, order_capacity
from .occupancy import STATUSES, OccupancyResult, occupancy_summary, rent_arrears, unit_status
from .oee import LOSS_KEYS, WORLD_CLASS_OEE, OeeResult, OeeTable, oee, oee_from_log
from .queueing import ErlangCResult, erlang_c, simulate_queue
from .simulation import (DISTRIBUTIONS, METRICS, Distribution, Scenario, ScenarioComparison, SimulationResult,
                         Station, add_machine, compare_scenarios, extend_hours, furniture_scenario,
                         reserve_slots, simulate)
from .tariffs import (MachineTariff, RentIncentive, SentraBudget, WorkshopRent, machine_assumptions, machine_tariff,
                      rent_assumptions, sentra_budget, tariff_curve, workshop_rent)
from .utilization import (BOOKING_STATUSES, UtilizationResult, available_hours, clean_bookings,
                          machine_utilization)

__all__ = [
    # occupancy
    "occupancy_summary", "OccupancyResult", "rent_arrears", "unit_status", "STATUSES",
    # utilisation
    "machine_utilization", "UtilizationResult", "available_hours", "clean_bookings", "BOOKING_STATUSES",
    "parse_open_days",
    # OEE
    "oee", "OeeResult", "oee_from_log", "OeeTable", "LOSS_KEYS", "WORLD_CLASS_OEE",
    # bookings
    "find_conflicts", "outside_opening_hours", "schedule_requests", "ScheduleResult", "fairness",
    "FairnessResult", "jain_index", "is_conflict_free", "POLICIES",
    # capacity
    "capacity_check", "CapacityResult", "order_capacity", "OrderCapacity",
    # simulation / queueing
    "Distribution", "Station", "Scenario", "simulate", "SimulationResult", "compare_scenarios",
    "ScenarioComparison", "furniture_scenario", "add_machine", "extend_hours", "reserve_slots", "METRICS",
    "DISTRIBUTIONS", "erlang_c", "ErlangCResult", "simulate_queue",
    # tariffs, rent and the sentra budget
    "machine_tariff", "MachineTariff", "tariff_curve", "workshop_rent", "WorkshopRent", "RentIncentive",
    "sentra_budget", "SentraBudget", "machine_assumptions", "rent_assumptions",
]
