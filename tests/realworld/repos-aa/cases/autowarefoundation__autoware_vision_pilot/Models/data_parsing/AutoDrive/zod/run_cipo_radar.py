stub: upstream file of 36344 bytes
