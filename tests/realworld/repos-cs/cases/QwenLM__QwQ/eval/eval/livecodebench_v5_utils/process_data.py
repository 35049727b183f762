stub: upstream file of 8755 bytes
