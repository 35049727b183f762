stub: upstream file of 19527 bytes
