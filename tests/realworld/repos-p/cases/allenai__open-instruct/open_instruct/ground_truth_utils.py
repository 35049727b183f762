stub: upstream file of 55235 bytes
