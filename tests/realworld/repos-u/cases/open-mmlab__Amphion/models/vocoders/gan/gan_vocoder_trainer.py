stub: upstream file of 43238 bytes
