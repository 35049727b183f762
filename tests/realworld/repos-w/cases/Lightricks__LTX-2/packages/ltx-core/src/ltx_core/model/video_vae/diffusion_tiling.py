stub: upstream file of 30823 bytes
