stub: upstream file of 2750 bytes
