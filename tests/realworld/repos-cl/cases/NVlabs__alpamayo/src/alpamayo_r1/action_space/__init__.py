stub: upstream file of 963 bytes
