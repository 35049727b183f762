stub: upstream file of 16836 bytes
