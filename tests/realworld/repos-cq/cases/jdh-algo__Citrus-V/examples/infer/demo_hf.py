stub: upstream file of 2401 bytes
