stub: upstream file of 1439 bytes
