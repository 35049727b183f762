stub: upstream file of 12131 bytes
