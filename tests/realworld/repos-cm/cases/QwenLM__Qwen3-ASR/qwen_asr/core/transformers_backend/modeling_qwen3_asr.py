stub: upstream file of 57850 bytes
