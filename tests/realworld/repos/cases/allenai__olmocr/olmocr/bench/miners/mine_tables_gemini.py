stub: upstream file of 19331 bytes
