stub: upstream file of 18432 bytes
