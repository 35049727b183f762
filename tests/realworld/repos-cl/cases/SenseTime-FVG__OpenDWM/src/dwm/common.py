stub: upstream file of 5446 bytes
