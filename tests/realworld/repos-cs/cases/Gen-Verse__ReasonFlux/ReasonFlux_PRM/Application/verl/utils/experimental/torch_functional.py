stub: upstream file of 7993 bytes
