stub: upstream file of 3335 bytes
