stub: upstream file of 18373 bytes
