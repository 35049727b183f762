stub: upstream file of 35283 bytes
