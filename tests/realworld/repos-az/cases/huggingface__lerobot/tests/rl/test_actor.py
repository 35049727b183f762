stub: upstream file of 7542 bytes
