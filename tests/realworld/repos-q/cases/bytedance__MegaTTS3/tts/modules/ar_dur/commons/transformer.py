stub: upstream file of 32062 bytes
