stub: upstream file of 231539 bytes
