stub: upstream file of 15850 bytes
