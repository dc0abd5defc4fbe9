//! A state machine from `core` in a Yew reducer. Each action makes a new state; what the machine
//! asks the views to do about it (move focus, save, tell the host page) waits for the render
//! that shows the new state, when the component's effect takes it with `take_effects`.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Reducible;

use crate::app::Shared;
use lsc_core::colleagues::views::{Views, ViewsAction, ViewsEffect};
use lsc_core::explorer::view_state::{ViewAction, ViewFocus, ViewState};
use lsc_core::history::earlier::{Earlier, EarlierAction, EarlierEffect};
use lsc_core::self_check::state::{Action, Effect, SelfCheck};

/// A core state machine: `apply` changes the state and returns its effects.
pub trait Machine: Clone + 'static {
    type Action;
    type Effect;
    fn apply_action(&mut self, action: Self::Action) -> Vec<Self::Effect>;
}

impl Machine for SelfCheck {
    type Action = Action;
    type Effect = Effect;
    fn apply_action(&mut self, action: Action) -> Vec<Effect> {
        self.apply(action)
    }
}

impl Machine for Earlier {
    type Action = EarlierAction;
    type Effect = EarlierEffect;
    fn apply_action(&mut self, action: EarlierAction) -> Vec<EarlierEffect> {
        self.apply(action)
    }
}

impl Machine for Views {
    type Action = ViewsAction;
    type Effect = ViewsEffect;
    fn apply_action(&mut self, action: ViewsAction) -> Vec<ViewsEffect> {
        self.apply(action)
    }
}

impl Machine for ViewState {
    type Action = ViewAction;
    type Effect = ViewFocus;
    fn apply_action(&mut self, action: ViewAction) -> Vec<ViewFocus> {
        self.apply(action).into_iter().collect()
    }
}

pub struct Reducer<M: Machine> {
    pub state: Shared<M>,
    /// Effects of actions not yet carried out, oldest first. Several actions can arrive before
    /// the next render: each reduction takes over the effects still waiting.
    pending: RefCell<Vec<M::Effect>>,
}

impl<M: Machine> Reducer<M> {
    pub fn new(state: M) -> Self {
        Reducer { state: Shared(Rc::new(state)), pending: RefCell::default() }
    }

    /// The effects of the actions since the last call, oldest first.
    pub fn take_effects(&self) -> Vec<M::Effect> {
        self.pending.take()
    }
}

/// Every action makes a new state, so "the same state" is "the same allocation".
impl<M: Machine> PartialEq for Reducer<M> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl<M: Machine> Reducible for Reducer<M> {
    type Action = M::Action;

    fn reduce(self: Rc<Self>, action: M::Action) -> Rc<Self> {
        let mut next = (*self.state).clone();
        let mut pending = self.pending.take();
        pending.extend(next.apply_action(action));
        Rc::new(Reducer { state: Shared(Rc::new(next)), pending: RefCell::new(pending) })
    }
}
