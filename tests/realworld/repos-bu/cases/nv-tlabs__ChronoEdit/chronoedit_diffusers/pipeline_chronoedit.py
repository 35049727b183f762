stub: upstream file of 38335 bytes
