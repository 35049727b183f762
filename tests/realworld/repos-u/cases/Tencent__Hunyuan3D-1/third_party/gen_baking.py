stub: upstream file of 10264 bytes
