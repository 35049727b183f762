stub: upstream file of 5865 bytes
