stub: upstream file of 6161 bytes
