stub: upstream file of 2358 bytes
