stub: upstream file of 200 bytes
