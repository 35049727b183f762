stub: upstream file of 7044 bytes
