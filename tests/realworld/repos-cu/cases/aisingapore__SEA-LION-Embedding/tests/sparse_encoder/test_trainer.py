stub: upstream file of 7999 bytes
