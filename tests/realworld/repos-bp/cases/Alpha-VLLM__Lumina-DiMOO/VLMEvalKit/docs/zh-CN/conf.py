stub: upstream file of 7421 bytes
