stub: upstream file of 23133 bytes
