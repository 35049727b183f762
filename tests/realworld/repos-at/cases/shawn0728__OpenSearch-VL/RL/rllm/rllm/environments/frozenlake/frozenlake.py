stub: upstream file of 9999 bytes
