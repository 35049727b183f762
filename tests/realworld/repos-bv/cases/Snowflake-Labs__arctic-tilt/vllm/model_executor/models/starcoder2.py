stub: upstream file of 14559 bytes
