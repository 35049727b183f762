stub: upstream file of 10730 bytes
