stub: upstream file of 6121 bytes
