stub: upstream file of 33314 bytes
