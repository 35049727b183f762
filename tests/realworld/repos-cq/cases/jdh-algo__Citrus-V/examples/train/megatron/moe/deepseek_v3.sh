stub: upstream file of 1344 bytes
