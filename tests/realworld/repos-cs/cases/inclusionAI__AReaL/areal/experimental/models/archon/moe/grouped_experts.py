stub: upstream file of 10369 bytes
