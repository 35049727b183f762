stub: upstream file of 22528 bytes
