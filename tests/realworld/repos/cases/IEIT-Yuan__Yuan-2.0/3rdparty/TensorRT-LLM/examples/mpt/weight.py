stub: upstream file of 32365 bytes
