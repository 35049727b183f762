stub: upstream file of 2290 bytes
