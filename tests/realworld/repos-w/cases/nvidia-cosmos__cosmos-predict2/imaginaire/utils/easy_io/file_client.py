stub: upstream file of 16324 bytes
