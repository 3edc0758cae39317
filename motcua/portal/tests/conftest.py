import pytest

from motcua.dossiers.services import dossier_transition
from motcua.dossiers.states import State


@pytest.fixture
def dossier(world, received_dossier):
    """The received dossier (root conftest), now being processed."""
    dossier_transition(dossier=received_dossier, actor=world.counter_a, to=State.PROCESSING)
    return received_dossier
