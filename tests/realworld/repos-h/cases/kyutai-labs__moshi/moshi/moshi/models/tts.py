stub: upstream file of 38278 bytes
