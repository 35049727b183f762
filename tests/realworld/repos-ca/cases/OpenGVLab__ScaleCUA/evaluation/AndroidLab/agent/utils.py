stub: upstream file of 4518 bytes
