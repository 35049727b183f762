stub: upstream file of 2350 bytes
