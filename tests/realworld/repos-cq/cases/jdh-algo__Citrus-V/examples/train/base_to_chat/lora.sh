stub: upstream file of 999 bytes
