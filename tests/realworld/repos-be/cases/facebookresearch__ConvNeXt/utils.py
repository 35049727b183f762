stub: upstream file of 17340 bytes
