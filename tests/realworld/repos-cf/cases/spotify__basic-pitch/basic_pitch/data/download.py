stub: upstream file of 2061 bytes
