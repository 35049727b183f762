stub: upstream file of 3264 bytes
