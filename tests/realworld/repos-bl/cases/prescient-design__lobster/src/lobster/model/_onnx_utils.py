stub: upstream file of 8192 bytes
