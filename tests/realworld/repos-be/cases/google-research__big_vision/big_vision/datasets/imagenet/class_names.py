stub: upstream file of 349110 bytes
