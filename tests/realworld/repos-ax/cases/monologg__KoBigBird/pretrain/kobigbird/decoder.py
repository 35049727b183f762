stub: upstream file of 26836 bytes
