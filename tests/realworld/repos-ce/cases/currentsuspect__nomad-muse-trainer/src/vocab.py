stub: upstream file of 6589 bytes
