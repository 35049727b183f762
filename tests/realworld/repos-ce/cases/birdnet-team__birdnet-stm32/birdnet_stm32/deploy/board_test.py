stub: upstream file of 23156 bytes
