stub: upstream file of 32501 bytes
