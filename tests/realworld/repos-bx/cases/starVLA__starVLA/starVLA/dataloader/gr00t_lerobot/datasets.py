stub: upstream file of 126172 bytes
