stub: upstream file of 55477 bytes
