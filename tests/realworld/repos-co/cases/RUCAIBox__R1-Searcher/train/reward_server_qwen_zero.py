stub: upstream file of 10493 bytes
