stub: upstream file of 24850 bytes
