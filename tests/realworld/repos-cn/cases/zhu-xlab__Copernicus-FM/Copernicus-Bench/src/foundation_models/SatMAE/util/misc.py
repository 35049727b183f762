stub: upstream file of 12369 bytes
