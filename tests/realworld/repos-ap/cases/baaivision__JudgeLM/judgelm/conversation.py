stub: upstream file of 28376 bytes
