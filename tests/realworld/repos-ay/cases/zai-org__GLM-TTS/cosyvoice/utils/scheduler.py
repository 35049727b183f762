stub: upstream file of 25008 bytes
