stub: upstream file of 13451 bytes
