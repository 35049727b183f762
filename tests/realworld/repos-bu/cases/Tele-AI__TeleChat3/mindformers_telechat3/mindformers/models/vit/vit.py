stub: upstream file of 13778 bytes
