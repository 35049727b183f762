stub: upstream file of 10518 bytes
