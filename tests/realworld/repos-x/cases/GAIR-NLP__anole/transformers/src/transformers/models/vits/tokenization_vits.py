stub: upstream file of 8950 bytes
