stub: upstream file of 3275 bytes
