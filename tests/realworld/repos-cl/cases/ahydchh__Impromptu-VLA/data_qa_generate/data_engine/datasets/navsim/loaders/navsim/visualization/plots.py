stub: upstream file of 8721 bytes
