stub: upstream file of 2762 bytes
