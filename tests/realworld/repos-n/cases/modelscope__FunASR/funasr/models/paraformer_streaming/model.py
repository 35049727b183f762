stub: upstream file of 30222 bytes
