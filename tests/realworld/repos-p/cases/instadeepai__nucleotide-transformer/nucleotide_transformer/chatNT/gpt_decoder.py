stub: upstream file of 23461 bytes
