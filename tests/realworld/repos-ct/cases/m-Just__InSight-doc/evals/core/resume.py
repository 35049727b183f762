stub: upstream file of 14473 bytes
