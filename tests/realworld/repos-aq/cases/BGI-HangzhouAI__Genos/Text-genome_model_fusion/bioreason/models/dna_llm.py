stub: upstream file of 15144 bytes
