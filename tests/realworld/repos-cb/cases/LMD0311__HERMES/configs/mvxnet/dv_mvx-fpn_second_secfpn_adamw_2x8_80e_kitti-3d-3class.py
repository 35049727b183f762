stub: upstream file of 8599 bytes
