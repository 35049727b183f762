stub: upstream file of 5899 bytes
