//! Family `form` (FORM-001): the shape of the input.

pub mod form001_shape;
