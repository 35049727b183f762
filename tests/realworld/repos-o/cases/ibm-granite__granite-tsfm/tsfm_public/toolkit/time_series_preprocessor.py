stub: upstream file of 50525 bytes
