"""Pure functions over article text: casualty figures and source attributions."""
