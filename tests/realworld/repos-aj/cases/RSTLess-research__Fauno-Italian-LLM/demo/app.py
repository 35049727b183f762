stub: upstream file of 7324 bytes
