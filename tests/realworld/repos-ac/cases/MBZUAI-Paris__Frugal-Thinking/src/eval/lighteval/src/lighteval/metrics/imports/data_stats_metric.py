stub: upstream file of 6450 bytes
