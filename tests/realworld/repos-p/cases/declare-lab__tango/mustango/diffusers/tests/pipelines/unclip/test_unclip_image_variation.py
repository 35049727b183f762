stub: upstream file of 16599 bytes
