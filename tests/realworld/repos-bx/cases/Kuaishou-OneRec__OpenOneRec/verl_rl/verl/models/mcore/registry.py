stub: upstream file of 8900 bytes
