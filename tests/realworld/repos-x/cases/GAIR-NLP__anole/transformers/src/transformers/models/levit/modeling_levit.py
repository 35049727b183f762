stub: upstream file of 29365 bytes
