stub: upstream file of 16198 bytes
