stub: upstream file of 10243 bytes
