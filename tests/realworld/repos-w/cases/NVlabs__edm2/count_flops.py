stub: upstream file of 13501 bytes
