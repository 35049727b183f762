stub: upstream file of 8323 bytes
