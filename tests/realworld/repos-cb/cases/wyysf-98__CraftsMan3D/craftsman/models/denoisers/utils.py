stub: upstream file of 5938 bytes
