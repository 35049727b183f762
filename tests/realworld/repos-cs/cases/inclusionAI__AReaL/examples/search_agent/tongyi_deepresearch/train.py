stub: upstream file of 5950 bytes
