stub: upstream file of 8865 bytes
