stub: upstream file of 12435 bytes
