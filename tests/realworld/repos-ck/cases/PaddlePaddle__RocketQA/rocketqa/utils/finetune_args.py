stub: upstream file of 8590 bytes
