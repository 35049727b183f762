stub: upstream file of 33518 bytes
