stub: upstream file of 12574 bytes
