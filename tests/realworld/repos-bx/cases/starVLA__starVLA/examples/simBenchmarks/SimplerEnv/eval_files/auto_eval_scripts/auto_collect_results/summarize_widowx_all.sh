stub: upstream file of 1360 bytes
