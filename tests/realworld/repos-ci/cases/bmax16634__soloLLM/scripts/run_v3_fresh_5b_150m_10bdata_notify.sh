stub: upstream file of 4233 bytes
