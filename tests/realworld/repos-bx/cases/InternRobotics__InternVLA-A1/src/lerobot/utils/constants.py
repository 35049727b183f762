stub: upstream file of 3001 bytes
