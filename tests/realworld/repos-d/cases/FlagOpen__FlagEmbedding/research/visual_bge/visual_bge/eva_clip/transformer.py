stub: upstream file of 26732 bytes
