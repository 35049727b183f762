stub: upstream file of 168 bytes
