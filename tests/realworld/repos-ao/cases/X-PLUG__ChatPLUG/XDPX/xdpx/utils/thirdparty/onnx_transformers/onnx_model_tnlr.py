stub: upstream file of 8407 bytes
