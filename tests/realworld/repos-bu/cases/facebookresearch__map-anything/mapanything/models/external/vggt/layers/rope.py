stub: upstream file of 7845 bytes
