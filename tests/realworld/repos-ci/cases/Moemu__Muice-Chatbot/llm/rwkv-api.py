stub: upstream file of 1451 bytes
