stub: upstream file of 63170 bytes
