stub: upstream file of 39335 bytes
