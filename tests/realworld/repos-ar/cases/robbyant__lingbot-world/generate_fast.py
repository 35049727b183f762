stub: upstream file of 10384 bytes
