stub: upstream file of 5115 bytes
