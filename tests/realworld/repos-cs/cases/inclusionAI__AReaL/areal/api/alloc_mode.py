stub: upstream file of 43446 bytes
