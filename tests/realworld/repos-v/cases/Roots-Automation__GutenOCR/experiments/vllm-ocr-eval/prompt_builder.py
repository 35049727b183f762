stub: upstream file of 38860 bytes
