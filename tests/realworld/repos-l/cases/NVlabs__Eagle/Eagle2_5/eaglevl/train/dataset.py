stub: upstream file of 51601 bytes
