stub: upstream file of 12192 bytes
