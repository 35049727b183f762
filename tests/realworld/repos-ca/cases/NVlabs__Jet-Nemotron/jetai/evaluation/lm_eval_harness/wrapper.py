stub: upstream file of 21644 bytes
