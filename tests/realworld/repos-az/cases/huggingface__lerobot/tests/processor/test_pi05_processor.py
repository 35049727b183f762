stub: upstream file of 5198 bytes
