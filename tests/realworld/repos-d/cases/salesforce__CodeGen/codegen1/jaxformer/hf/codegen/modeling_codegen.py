stub: upstream file of 27568 bytes
