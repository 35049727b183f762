stub: upstream file of 8333 bytes
