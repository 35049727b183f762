stub: upstream file of 2440 bytes
