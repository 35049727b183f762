stub: upstream file of 4488 bytes
