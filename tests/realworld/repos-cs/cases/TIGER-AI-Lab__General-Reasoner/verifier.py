stub: upstream file of 7754 bytes
