stub: upstream file of 2050 bytes
