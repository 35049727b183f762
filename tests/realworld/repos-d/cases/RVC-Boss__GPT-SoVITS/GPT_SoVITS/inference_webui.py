stub: upstream file of 54750 bytes
